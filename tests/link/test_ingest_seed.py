"""The ingest loop links after each write: the seed dump end to end (loads the model)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitroom.serve.ingesting import ingest_paths
from tests.conftest import SEED

pytestmark = pytest.mark.model


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    tables = ("events", "event_links", "linked_events", "article_stories", "link_keys")
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_ingest_links_every_event_once_and_reingest_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "seed.db"
    first = ingest_paths([str(SEED)], db=str(db))
    counts = _counts(db)
    assert counts["event_links"] == counts["events"] == first.reports_linked > 0
    assert counts["linked_events"] <= counts["events"] and counts["article_stories"] == 2
    again = ingest_paths([str(SEED)], db=str(db))
    assert again.reports_linked == 0
    assert _counts(db) == counts
