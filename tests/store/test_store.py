"""Both store backends: migrations, idempotent upserts, in-place updates, queries.

Every test taking ``store_url`` runs on SQLite and on PostgreSQL (a throwaway server,
see ``tests/conftest.py``); the PostgreSQL runs skip only outside CI.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from sitroom.errors import StoreError
from sitroom.ids import digest
from sitroom.model import Skip, SkipReason
from sitroom.store import EventQuery, open_store
from sitroom.store.schema import MIGRATIONS
from sitroom.store.schema_pg import PG_MIGRATIONS
from sitroom.store.sqlstore import SqlStore
from tests import factories


def _open(url: str) -> SqlStore:
    store = open_store(url)
    assert isinstance(store, SqlStore)
    return store


def test_both_dialects_have_the_same_migrations() -> None:
    assert len(MIGRATIONS) == len(PG_MIGRATIONS)


def test_open_store_migrates_once(store_url: str) -> None:
    _open(store_url).close()
    store = _open(store_url)  # re-opening does not re-apply migrations
    assert store.schema_version() == len(MIGRATIONS)
    count = store.conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0]
    assert count == len(MIGRATIONS)
    store.close()


def test_sqlite_store_uses_wal(tmp_path: Path) -> None:
    open_store(tmp_path / "test.db").close()
    conn = sqlite3.connect(tmp_path / "test.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_write_twice_adds_nothing(store_url: str) -> None:
    store = _open(store_url)
    first = store.write([factories.analysis()])
    second = store.write([factories.analysis()])
    assert (first.new, first.events) == (1, 2)
    assert (second.new, second.unchanged, second.events) == (0, 1, 0)
    counts = store.counts()
    assert (counts["articles"], counts["events"], counts["entities"]) == (1, 2, 2)
    assert counts["sentences"] == 2


def test_changed_article_updates_in_place(store_url: str) -> None:
    store = _open(store_url)
    store.write([factories.analysis()])
    store.conn.execute("UPDATE articles SET first_seen = '2000-01-01T00:00:00+00:00'")
    original = factories.article()
    text = original.text.replace("Monday", "Sunday")
    changed = dataclasses.replace(
        original, text=text, content_hash=digest(text, original.title, original.published)
    )
    stats = store.write([factories.analysis(changed)])
    assert stats.changed == 1
    assert store.counts()["articles"] == 1
    assert store.counts()["events"] == 2  # the old events cascaded away
    stored = store.article(original.article_id)
    assert stored is not None
    assert "Sunday" in stored.text
    first_seen = store.conn.execute("SELECT first_seen FROM articles").fetchone()[0]
    assert first_seen == "2000-01-01T00:00:00+00:00"  # kept across the in-place update


def test_events_query_filters(store_url: str) -> None:
    store = _open(store_url)
    store.write([factories.analysis()])
    asserted = store.events(EventQuery())
    assert [row.event_type for row in asserted] == ["ACCUSE"]
    everything = store.events(EventQuery(asserted_only=False))
    assert {row.event_type for row in everything} == {"ACCUSE", "ASSAULT"}
    assert store.events(EventQuery(event_type="accuse"))[0].event_type == "ACCUSE"
    assert store.events(EventQuery(actor="TUR")) == []
    assert len(store.events(EventQuery(actor="TUR", asserted_only=False))) == 1
    assert len(store.events(EventQuery(recipient="SYR", asserted_only=False))) == 1
    assert store.events(EventQuery(since=dt.date(2024, 12, 3))) == []
    assert len(store.events(EventQuery(until=dt.date(2024, 12, 2)))) == 1
    assert len(store.events(EventQuery(asserted_only=False, limit=1))) == 1


def test_full_text_search_is_safe_from_fts_syntax(store_url: str) -> None:
    store = _open(store_url)
    store.write([factories.analysis()])
    assert len(store.events(EventQuery(text="condemned"))) == 1
    assert len(store.events(EventQuery(text="CONDEMNED attack"))) == 1
    assert store.events(EventQuery(text="condemned ceasefire")) == []  # every word must match
    assert store.events(EventQuery(text="ceasefire")) == []
    # Quotes, operators and parentheses are searched as words, not parsed.
    assert store.events(EventQuery(text='condemned" OR (x')) == []
    assert store.events(EventQuery(text="condemned | attack & !x :*")) == []


def test_event_and_article_lookup(store_url: str) -> None:
    store = _open(store_url)
    analysis = factories.analysis()
    store.write([analysis])
    event_id = analysis.events[0].event_id
    row = store.event(event_id)
    assert row is not None
    assert row.data["evidence"]["sentence"] == "Iraq condemned the attack on Monday."
    assert isinstance(row.confidence, float) and row.data["confidence"] == row.confidence
    by_doc = store.article("doc-1")
    assert by_doc is not None
    assert event_id in by_doc.event_ids
    assert store.event("evt_missing") is None
    assert store.article("missing") is None


def test_skips_are_logged_with_the_run(store_url: str) -> None:
    store = _open(store_url)
    run_id = store.start_run("ingest x")
    store.log_skip(run_id, Skip(SkipReason.EMPTY, "file is empty", "x.txt"))
    store.finish_run(run_id, {"read": 1})
    assert store.counts()["issues"] == 1
    assert store.counts()["runs"] == 1
    finished = store.conn.execute("SELECT finished FROM runs").fetchone()[0]
    assert finished is not None


def test_failed_write_rolls_back_everything(store_url: str) -> None:
    store = _open(store_url)
    good = factories.analysis()
    broken = factories.analysis(factories.article(doc_id="doc-2"))
    broken = dataclasses.replace(broken, article=dataclasses.replace(broken.article, source=None))  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.write([good, broken])  # NOT NULL fails on the second article
    assert store.counts()["articles"] == 0
    assert store.write([good]).new == 1  # the connection is usable again


def test_unreachable_postgres_is_a_store_error() -> None:
    with pytest.raises(StoreError, match=r"127\.0\.0\.1|needs psycopg"):
        open_store("postgresql://postgres@127.0.0.1:1/x")


def test_unopenable_path_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing-dir" / "x.db")


def test_text_search_splits_words_at_typographic_apostrophes(store_url: str) -> None:
    store = _open(store_url)
    art = factories.article("Syria\u2019s army condemned the raid on Monday. No one else did.")
    store.write([factories.analysis(art)])
    assert len(store.events(EventQuery(text="syria"))) == 1
    assert len(store.events(EventQuery(text="syria\u2019s raid"))) == 1


def test_an_article_twice_in_one_batch(store_url: str) -> None:
    store = _open(store_url)
    original = factories.article()
    text = original.text.replace("Monday", "Sunday")
    changed = dataclasses.replace(
        original, text=text, content_hash=digest(text, original.title, original.published)
    )
    stats = store.write([factories.analysis(), factories.analysis(), factories.analysis(changed)])
    assert (stats.new, stats.unchanged, stats.changed) == (1, 1, 1)
    stored = store.article(original.article_id)
    assert stored is not None and "Sunday" in stored.text
    assert store.counts()["events"] == 2
