"""``sitroom events`` counts linked events by default; ``--reports`` lists every report;
``sitroom show`` lists the reports of a linked event."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from sitroom.serve.cli import app
from tests.link.test_store_links import BATCH, STRIKE_A, STRIKE_B, _ingest


def _db(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    _ingest(path, BATCH).close()
    return str(path)


def test_events_default_one_row_per_linked_event(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = CliRunner().invoke(app, ["events", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3
    strike = next(row for row in rows if row["event_type"] == "ASSAULT")
    assert (strike["n_reports"], strike["n_sources"]) == (2, 2)
    assert strike["linked_id"].startswith("lnk_")


def test_events_reports_option_one_row_per_report(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = CliRunner().invoke(app, ["events", "--db", db, "--reports", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 4 and "n_reports" not in rows[0]


def test_events_csv_and_table_carry_counts(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = CliRunner().invoke(app, ["events", "--db", db, "--format", "csv", "--type", "ASSAULT"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["n_reports"], r["n_sources"], r["event_type"]) for r in rows] == [
        ("2", "2", "ASSAULT")
    ]
    table = CliRunner().invoke(app, ["events", "--db", db])
    assert "1 linked events" not in table.output and "3 linked events (4 reports)" in table.output


def test_show_lists_the_reports_of_a_linked_event(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = CliRunner().invoke(app, ["show", STRIKE_A.event_id, "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 reports in 2 articles from 2 sources" in result.output
    assert STRIKE_B.event_id in result.output and "reuters.com" in result.output
    assert "type ASSAULT" in result.output  # the reason it was linked
