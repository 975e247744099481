"""The CLI end to end on small fixtures: analyze, ingest, events, show, explain."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import click
import pytest
import typer
from typer.testing import CliRunner

from sitroom.serve.cli import app
from tests.conftest import FIXTURES, SEED

pytestmark = pytest.mark.model
DOCS = FIXTURES / "cli" / "docs.jsonl"


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    tables = ("articles", "sentences", "entities", "places", "times", "events")
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(app, ["--help"])
    for command in ("analyze", "ingest", "events", "show", "explain", "gazetteer", "about"):
        assert command in result.output


def test_help_lists_commands_in_registration_order() -> None:
    # The commands live in several modules; cli.py registers them in this order.
    group = typer.main.get_command(app)
    assert group.list_commands(click.Context(group)) == [
        "analyze", "ingest", "events", "show", "explain", "serve", "export", "spark", "watch",
        "about", "gazetteer",
    ]  # fmt: skip


def test_analyze_bad_line_yields_error_object_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "ok", "text": "Iraq condemned the attack."}\n{not json\n', "utf-8")
    result = CliRunner().invoke(app, ["analyze", str(path)])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["doc_id"] == "ok" and "error" not in lines[0]
    assert "error" in lines[1]
    assert "mixed.jsonl:2" in result.stderr


def test_analyze_unreadable_input_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 1
    assert result.stdout == ""


def test_ingest_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = CliRunner().invoke(app, ["ingest", str(SEED), str(DOCS), "--db", str(db)])
    assert first.exit_code == 0, first.output
    counts = _counts(db)
    assert counts["articles"] == 5
    assert counts["events"] > 0
    second = CliRunner().invoke(app, ["ingest", str(SEED), str(DOCS), "--db", str(db)])
    assert second.exit_code == 0
    assert _counts(db) == counts
    assert "5 unchanged" in second.stderr


def test_ingest_reports_skips_and_keeps_stored_rows(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    CliRunner().invoke(app, ["ingest", str(DOCS), "--db", str(db)])
    before = _counts(db)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', "utf-8")
    result = CliRunner().invoke(app, ["ingest", str(bad), "--db", str(db)])
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.stderr
    assert _counts(db) == before


def test_events_formats_and_show(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    CliRunner().invoke(app, ["ingest", str(SEED), str(DOCS), "--db", db])
    rows = CliRunner().invoke(app, ["events", "--db", db, "--format", "jsonl", "--all"])
    events = [json.loads(line) for line in rows.stdout.splitlines()]
    assert events
    csv_out = CliRunner().invoke(app, ["events", "--db", db, "--format", "csv", "--all"])
    records = list(csv.reader(io.StringIO(csv_out.stdout)))
    assert records[0][:3] == ["event_id", "date", "event_type"]
    assert len(records) == len(events) + 1
    assert all("\n" not in record[-1] for record in records)
    table = CliRunner().invoke(app, ["events", "--db", db])
    assert table.exit_code == 0
    first = events[0]
    shown = CliRunner().invoke(app, ["show", first["event_id"], "--db", db])
    assert shown.exit_code == 0
    assert first["event_type"] in shown.stdout
    assert first["evidence"]["sentence"][:40] in shown.stdout.replace("\n", " ")
    typed = CliRunner().invoke(app, ["events", "--db", db, "--type", first["event_type"],
                                     "--format", "jsonl", "--all"])  # fmt: skip
    assert {json.loads(x)["event_type"] for x in typed.stdout.splitlines()} == {first["event_type"]}
    missing = CliRunner().invoke(app, ["show", "nope", "--db", db])
    assert missing.exit_code != 0


def test_explain_shows_pattern_and_reasons() -> None:
    result = CliRunner().invoke(
        app,
        ["explain", "Police arrested twelve protesters in Berlin.", "--published", "2024-03-05"],
    )
    assert result.exit_code == 0
    assert "pattern" in result.stdout


def test_workers_come_from_the_setting_unless_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sitroom.run import local

    seen: list[int] = []

    def fake_run(raws, *, workers, batch_size):  # type: ignore[no-untyped-def]
        seen.append(workers)
        return iter(())

    monkeypatch.setattr(local, "run", fake_run)
    path = tmp_path / "one.jsonl"
    path.write_text('{"id": "a", "text": "Iraq condemned the attack."}\n', "utf-8")
    monkeypatch.setenv("SITROOM_WORKERS", "3")
    assert CliRunner().invoke(app, ["analyze", str(path)]).exit_code == 0
    assert CliRunner().invoke(app, ["analyze", str(path), "--workers", "2"]).exit_code == 0
    monkeypatch.delenv("SITROOM_WORKERS")
    assert CliRunner().invoke(app, ["analyze", str(path)]).exit_code == 0
    assert seen == [3, 2, 1]
