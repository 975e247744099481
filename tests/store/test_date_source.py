"""``date_source`` in the store: migration 5 upgrades old stores in place, writes keep it.

Every test taking ``store_url`` runs on SQLite and on PostgreSQL (see ``tests/conftest.py``).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from typing import Any

from sitroom.contract import analysis_json
from sitroom.store import open_store, review
from sitroom.store.base import is_postgres
from sitroom.store.schema import MIGRATIONS
from sitroom.store.schema_pg import PG_MIGRATIONS
from sitroom.store.sqlstore import SqlStore
from tests import factories

OLD_VERSION = 4  # the schema before events had a date_source column
EVENT_COLUMNS = (
    "event_id", "article_id", "doc_id", "event_type", "mode", "quad", "cameo", "date",
    "date_precision", "negated", "hypothetical", "future", "historical", "attributed_to",
    "evidence", "evidence_start", "evidence_end", "sentence_index", "lat", "lon", "place",
    "confidence", "pattern", "extractor", "codebook", "data", "first_seen", "last_seen",
)  # fmt: skip
STAMP = "2024-12-03T00:00:00+00:00"


def _old_connection(url: str) -> Any:
    """A connection to a store at schema version 4, as the previous sitroom left it."""
    if is_postgres(url):
        from sitroom.store.pgconn import PgConnection

        conn: Any = PgConnection(url)
        conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TEXT)")
        for version, script in enumerate(PG_MIGRATIONS[:OLD_VERSION], start=1):
            conn.execute(script)
            conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version, STAMP))
        return conn
    conn = sqlite3.connect(url, isolation_level=None)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TEXT)")
    for version, script in enumerate(MIGRATIONS[:OLD_VERSION], start=1):
        conn.executescript(script)
        conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version, STAMP))
    return conn


def _write_old(conn: Any, *, keep_source: set[int]) -> list[str]:
    """The factory article as the previous store wrote it: 28 event columns, and the JSON
    without ``date_source`` except for the events at the indexes in ``keep_source`` (a
    newer coder feeding the older store)."""
    data = analysis_json(factories.analysis(), explain=True)
    art = factories.article()
    conn.execute(
        "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (art.article_id, art.doc_id, art.source, art.title, None, None, data["published"],
         art.published_from, art.text, "[]", art.content_hash, 2, 11, STAMP, STAMP),
    )  # fmt: skip
    event_ids = []
    for i, event in enumerate(data["events"]):
        if i not in keep_source:
            del event["date_source"]
        evidence, place = event["evidence"], event["location"] or {}
        values = (
            event["event_id"], art.article_id, art.doc_id, event["event_type"], event["mode"],
            event["quad"], event["cameo"], event["date"], event["date_precision"],
            int(event["negated"]), int(event["hypothetical"]), int(event["future"]),
            int(event["historical"]), event["attributed_to"], evidence["sentence"],
            evidence["start"], evidence["end"], event["sentence_index"], place.get("lat"),
            place.get("lon"), place.get("name"), event["confidence"], event["pattern"],
            event["extractor"], event["codebook"], json.dumps(event, ensure_ascii=False),
            STAMP, STAMP,
        )  # fmt: skip
        conn.execute(
            f"INSERT INTO events ({', '.join(EVENT_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(EVENT_COLUMNS))})",
            values,
        )
        event_ids.append(event["event_id"])
    return event_ids


def test_an_old_store_gains_the_column_in_place(store_url: str) -> None:
    conn = _old_connection(store_url)
    old_id, kept_id = _write_old(conn, keep_source={1})
    # A confirmed review of the old event: its codings lack date_source as well.
    coding = conn.execute("SELECT data FROM events WHERE event_id = ?", (old_id,)).fetchone()[0]
    conn.execute(
        "INSERT INTO event_reviews VALUES (?,?,?,?,?,?,?)",
        (old_id, "confirmed", coding, coding, "ana", STAMP, "checked"),
    )
    conn.close()

    store = open_store(store_url)
    assert isinstance(store, SqlStore)
    assert store.schema_version() == len(MIGRATIONS) == OLD_VERSION + 1
    rows = {
        row["event_id"]: (row["date_source"], json.loads(row["data"]))
        for row in store.conn.execute("SELECT event_id, date_source, data FROM events")
    }
    # Not recorded before: NULL, and the JSON says so explicitly (every event has the key).
    assert rows[old_id][0] is None and rows[old_id][1]["date_source"] is None
    assert rows[kept_id][0] == rows[kept_id][1]["date_source"] == "text"
    assert rows[old_id][1]["date"] == "2024-12-02"  # the rest of the coding is untouched
    original, current = store.conn.execute(
        "SELECT original, current FROM event_reviews WHERE event_id = ?", (old_id,)
    ).fetchone()
    assert json.loads(original)["date_source"] is None
    # The review still matches the stored coding: nothing to re-apply, nothing rewritten.
    assert review.reapply(store.conn) == 0
    stored = store.conn.execute("SELECT data FROM events WHERE event_id = ?", (old_id,))
    assert current == stored.fetchone()[0]

    # Re-running the same input on the upgraded store adds nothing.
    assert store.write([factories.analysis()]).unchanged == 1
    assert store.counts()["events"] == 2
    store.close()


def test_date_source_is_written_and_read_back(store_url: str) -> None:
    art = factories.article()
    base = factories.analysis(art)
    stand_in = dataclasses.replace(base.events[0], date_source="published")
    analysis = dataclasses.replace(base, events=(stand_in, base.events[1]))
    store = open_store(store_url)
    assert isinstance(store, SqlStore)
    store.write([analysis])
    assert store.write([analysis]).unchanged == 1  # idempotent: nothing doubled
    row = store.event(stand_in.event_id)
    assert row is not None and row.data["date_source"] == "published"
    columns = dict(store.conn.execute("SELECT event_id, date_source FROM events").fetchall())
    assert columns == {stand_in.event_id: "published", base.events[1].event_id: "text"}
    assert store.counts()["events"] == 2
    store.close()


def test_a_reviewed_date_is_marked_and_reapplied(store_url: str) -> None:
    analysis = factories.analysis()
    event_id = analysis.events[0].event_id
    store = open_store(store_url)
    assert isinstance(store, SqlStore)
    store.write([analysis])
    conn = store.conn
    before = review.current_data(conn, event_id)
    assert before is not None
    after = before | {"date": "2024-11-30", "date_source": review.REVIEWED_DATE}
    review.apply(conn, event_id, action="correct", after=after, reviewer="ana", reason="wire")
    column = conn.execute("SELECT date_source FROM events WHERE event_id = ?", (event_id,))
    assert column.fetchone()[0] == "review"
    history = review.history(conn, event_id)
    assert history is not None
    assert (history["original"]["date_source"], history["current"]["date_source"]) == (
        "text",
        "review",
    )
    # A re-coded article gets the coder's value back, then the review on top of it.
    conn.execute("UPDATE events SET date_source = 'text', data = ? WHERE event_id = ?",
                 (json.dumps(before), event_id))  # fmt: skip
    assert review.reapply(conn) == 1
    column = conn.execute("SELECT date_source FROM events WHERE event_id = ?", (event_id,))
    assert column.fetchone()[0] == "review"
    store.close()
