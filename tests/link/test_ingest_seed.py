"""The ingest loop links after each write: the seed dump end to end (loads the model)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sitroom.link import load_rules, report_from_json, score
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


Found = list[tuple[str, dict[str, Any], str | None]]  # linked id, event JSON, published


def _captures(db: Path) -> tuple[Found, Found]:
    """The Aleppo captures: article 1's verb ("capturing Syria's second city") and
    article 2's nominal recap ("their sudden capture of Aleppo last week")."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT l.linked_id, e.data, a.doc_id, a.published FROM events e"
        " JOIN event_links l USING (event_id) JOIN articles a USING (article_id)"
        " ORDER BY e.event_id"
    ).fetchall()
    found: tuple[Found, Found] = ([], [])
    for linked_id, data, doc_id, published in rows:
        event = json.loads(data)
        trigger = (event.get("trigger") or {}).get("text", "").lower()
        if trigger.startswith("captur") and "aleppo" in event["evidence"]["sentence"].lower():
            found[0 if doc_id.endswith("#1") else 1].append((linked_id, event, published))
    return found


def test_seed_capture_of_aleppo_links_across_the_two_articles(tmp_path: Path) -> None:
    # The seed case on the real pipeline: one event, two reports. Linking is
    # tested on hand-built events in test_cluster.py; this needs the coder to extract
    # the nominal "capture" of article 2 (and the verb of article 1).
    db = tmp_path / "seed.db"
    ingest_paths([str(SEED)], db=str(db))
    first, second = _captures(db)
    if not first or not second:
        pytest.xfail(
            "coder does not yet extract the Aleppo capture in "
            + ("article 1 ('capturing Syria's second city')" if not first else
               "article 2 (nominal 'their sudden capture of Aleppo last week')")
            + ": nothing to link (sitroom/extract)"
        )  # fmt: skip
    pairs = [(a, b) for a in first for b in second]
    assert any(a[0] == b[0] for a, b in pairs), [_explain(a, b) for a, b in pairs]


def _explain(*pair: tuple[str, dict[str, Any], str | None]) -> str:
    """The pair score and reasons (or the veto), for a failure message."""
    rules = load_rules()
    reports = [
        report_from_json(event, article_id=str(n), doc_id=str(n), published=published,
                         source=str(n), rules=rules)
        for n, (_, event, published) in enumerate(pair)
    ]  # fmt: skip
    match = score(reports[0], reports[1], rules)
    return f"score {match.score} {match.reasons}" if match else f"vetoed: {reports}"
