"""The SQLite store: migrations, idempotent upserts, in-place updates, queries."""

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
from tests import factories


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


def test_open_store_migrates_and_uses_wal(store_path: Path) -> None:
    store = open_store(store_path)
    store.close()
    conn = sqlite3.connect(store_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
    # Re-opening does not re-apply migrations.
    open_store(store_path).close()
    assert conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == len(MIGRATIONS)


def test_write_twice_adds_nothing(store_path: Path) -> None:
    store = open_store(store_path)
    first = store.write([factories.analysis()])
    second = store.write([factories.analysis()])
    assert (first.new, first.events) == (1, 2)
    assert (second.new, second.unchanged, second.events) == (0, 1, 0)
    assert store.counts()["articles"] == 1
    assert store.counts()["events"] == 2
    assert store.counts()["entities"] == 2


def test_changed_article_updates_in_place(store_path: Path) -> None:
    store = open_store(store_path)
    store.write([factories.analysis()])
    conn = sqlite3.connect(store_path)
    conn.execute("UPDATE articles SET first_seen = '2000-01-01T00:00:00+00:00'")
    conn.commit()
    original = factories.article()
    text = original.text.replace("Monday", "Sunday")
    changed = dataclasses.replace(
        original, text=text, content_hash=digest(text, original.title, original.published)
    )
    stats = store.write([factories.analysis(changed)])
    assert stats.changed == 1
    assert store.counts()["articles"] == 1
    stored = store.article(original.article_id)
    assert stored is not None
    assert "Sunday" in stored.text
    first_seen = conn.execute("SELECT first_seen FROM articles").fetchone()[0]
    assert first_seen == "2000-01-01T00:00:00+00:00"  # kept across the in-place update


def test_events_query_filters(store_path: Path) -> None:
    store = open_store(store_path)
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


def test_full_text_search_is_safe_from_fts_syntax(store_path: Path) -> None:
    store = open_store(store_path)
    store.write([factories.analysis()])
    assert len(store.events(EventQuery(text="condemned"))) == 1
    assert store.events(EventQuery(text="ceasefire")) == []
    # Quotes, operators and parentheses are searched as words, not parsed.
    assert store.events(EventQuery(text='condemned" OR (x')) == []


def test_event_and_article_lookup(store_path: Path) -> None:
    store = open_store(store_path)
    analysis = factories.analysis()
    store.write([analysis])
    event_id = analysis.events[0].event_id
    row = store.event(event_id)
    assert row is not None
    assert row.data["evidence"]["sentence"] == "Iraq condemned the attack on Monday."
    by_doc = store.article("doc-1")
    assert by_doc is not None
    assert event_id in by_doc.event_ids
    assert store.event("evt_missing") is None


def test_skips_are_logged_with_the_run(store_path: Path) -> None:
    store = open_store(store_path)
    run_id = store.start_run("ingest x")
    store.log_skip(run_id, Skip(SkipReason.EMPTY, "file is empty", "x.txt"))
    store.finish_run(run_id, {"read": 1})
    assert store.counts()["issues"] == 1
    assert store.counts()["runs"] == 1


def test_postgres_url_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://localhost/x")


def test_unopenable_path_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing-dir" / "x.db")
