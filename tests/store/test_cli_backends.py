"""The CLI over PostgreSQL gives what it gives over SQLite: ingest, events, show, export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.serve.cli import app
from sitroom.store import open_store
from tests.conftest import SEED

pytestmark = pytest.mark.model

QUERIES = (
    ["events", "--format", "jsonl"],
    ["events", "--reports", "--all", "--format", "csv"],
    ["events", "--text", "syria", "--all", "--reports", "--format", "jsonl"],
    ["events", "--type", "CONSULT", "--actor", "IRQ", "--format", "csv"],
    ["export", "--format", "geojson"],
)


def _run(args: list[str], db: str) -> str:
    result = CliRunner().invoke(app, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_postgres_answers_like_sqlite(pg_url: str, tmp_path: Path) -> None:
    lite = str(tmp_path / "s.db")
    for db in (lite, pg_url):
        _run(["ingest", str(SEED)], db)
        again = CliRunner().invoke(app, ["ingest", str(SEED), "--db", db])
        assert "0 articles stored new" in again.output.replace("\n", " ")
    pg_store, lite_store = open_store(pg_url), open_store(lite)
    assert pg_store.counts() == lite_store.counts()
    assert pg_store.counts()["events"] > 5
    for args in QUERIES:
        assert _run(args, pg_url) == _run(args, lite), args
    event_ids = [line.split(",")[0] for line in _run(QUERIES[1], lite).splitlines()[1:]]
    for key in [*event_ids[:4], "000_1c38aa2193fbaeb8.txt#1"]:
        assert _run(["show", key], pg_url) == _run(["show", key], lite), key


def test_export_text_and_place_filters_on_postgres(pg_url: str, tmp_path: Path) -> None:
    lite = str(tmp_path / "s.db")
    for db in (lite, pg_url):
        _run(["ingest", str(SEED)], db)
    rows = list(csv.DictReader(io.StringIO(_run(["export", "--format", "csv"], lite))))
    place = next(row["place"] for row in rows if row["place"])
    for args in (
        ["export", "--text", "syria", "--format", "csv"],
        ["export", "--place", place, "--format", "csv"],
        ["export", "--text", "syria", "--place", place, "--format", "jsonl"],
    ):
        answer = _run(args, pg_url)
        assert answer == _run(args, lite), args
    filtered = _run(["export", "--place", place, "--format", "csv"], pg_url).splitlines()
    assert 1 < len(filtered) < len(rows) + 1
