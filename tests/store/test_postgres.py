"""What is particular to the PostgreSQL backend: one schema for both, SQL translation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitroom.store import EventQuery, open_store
from sitroom.store.dialect import WRITE_LOCK, text_match
from sitroom.store.sqlstore import SqlStore
from tests import factories

pytest.importorskip("psycopg", reason="psycopg not installed: pip install -e '.[postgres]'")

from sitroom.store.pgconn import PgConnection, translate

PG_TYPES = {"TEXT": {"text"}, "INTEGER": {"integer", "bigint"}, "REAL": {"double precision"}}


def _sqlite_catalog(path: Path) -> dict[str, list[tuple[str, str, bool, bool]]]:
    conn = sqlite3.connect(path)
    # Virtual tables (FTS5, R-tree) and their shadow tables are SQLite's indexes.
    virtual = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
    )]  # fmt: skip
    catalog = {}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if any(table == v or table.startswith(f"{v}_") for v in virtual):
            continue
        if table == "sqlite_sequence":
            continue
        columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
        catalog[table] = [(c[1], c[2], bool(c[3]) or c[5] > 0, c[5] > 0) for c in columns]
    return catalog


def test_both_dialects_create_the_same_tables_and_columns(pg_url: str, tmp_path: Path) -> None:
    open_store(tmp_path / "s.db").close()
    open_store(pg_url).close()
    lite = _sqlite_catalog(tmp_path / "s.db")
    conn = PgConnection(pg_url)
    pg: dict[str, list[tuple[str, str, bool]]] = {}
    for row in conn.execute(
        "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
        " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
    ):
        pg.setdefault(row[0], []).append((row[1], row[2], row[3] == "NO"))
    assert sorted(pg) == sorted(lite)
    for table, columns in lite.items():
        if any(c[0] == "rowid" for c in pg[table]):  # SQLite's implicit rowid, made explicit
            assert table in {"events", "event_links"}
        pg_columns = [c for c in pg[table] if c[0] != "rowid"]
        assert [c[0] for c in pg_columns] == [c[0] for c in columns], table
        for (name, decl, not_null, _), pg_column in zip(columns, pg_columns, strict=True):
            _, pg_type, pg_not_null = pg_column
            assert pg_type in PG_TYPES[decl], (table, name, pg_type)
            assert not_null == pg_not_null, (table, name)
        keys = [r[0] for r in conn.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
            " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = CAST(? AS regclass)"
            " AND i.indisprimary", (table,))]  # fmt: skip
        assert sorted(keys) == sorted(c[0] for c in columns if c[3]), table


def test_text_search_uses_the_gin_index(pg_url: str) -> None:
    store = open_store(pg_url)
    assert isinstance(store, SqlStore)
    store.write([factories.analysis()])
    store.conn.execute("SET enable_seqscan = off")
    assert len(store.events(EventQuery(text="condemned"))) == 1
    clause, words = text_match("e.evidence", "condemned")
    plan = " ".join(row[0] for row in store.conn.execute(
        f"EXPLAIN SELECT * FROM events e WHERE {clause}", (words,)))  # fmt: skip
    assert "events_fts" in plan


def test_translate_placeholders_outside_quotes() -> None:
    assert translate("SELECT ? FROM t WHERE a LIKE 'x?%' AND b = ?") == (
        "SELECT %s FROM t WHERE a LIKE 'x?%%' AND b = %s"
    )
    assert translate('SELECT "a?" FROM t') == 'SELECT "a?" FROM t'


def test_concurrent_stores_write_one_after_the_other(pg_url: str) -> None:
    first, second = open_store(pg_url), open_store(pg_url)
    assert isinstance(first, SqlStore) and isinstance(second, SqlStore)
    first.conn.execute("BEGIN")
    first.conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
    second.conn.execute("SET lock_timeout = '200ms'")
    with pytest.raises(Exception, match="lock timeout"):
        second.write([factories.analysis()])
    first.conn.execute("COMMIT")
    assert second.write([factories.analysis()]).new == 1


def test_place_and_bounding_box_clauses(pg_url: str) -> None:
    from sitroom.store.dialect import pg_bbox, place_equals

    store = open_store(pg_url)
    assert isinstance(store, SqlStore)
    store.write([factories.analysis()])  # both events in Baghdad (33.3 N, 44.4 E)
    conn = store.conn

    def count(where: str, params: list[object]) -> int:
        return int(conn.execute(f"SELECT COUNT(*) FROM events e WHERE {where}", params)
                   .fetchone()[0])  # fmt: skip

    assert count(place_equals("e.place", pg=True), ["BAGHDAD"]) == 2
    assert count(*pg_bbox("e", (40.0, 30.0, 50.0, 35.0))) == 2
    assert count(*pg_bbox("e", (45.0, 30.0, 50.0, 35.0))) == 0
    assert count(*pg_bbox("e", (170.0, 30.0, 50.0, 35.0))) == 2  # across the antimeridian
    assert count(*pg_bbox("e", (170.0, 30.0, 40.0, 35.0))) == 0


def test_both_dialects_create_the_same_named_indexes(pg_url: str, tmp_path: Path) -> None:
    """A read path indexed in one backend only is a silent full scan in the other."""
    open_store(tmp_path / "s.db").close()
    open_store(pg_url).close()
    lite = sqlite3.connect(tmp_path / "s.db")
    lite_names = {r[0] for r in lite.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    )}  # fmt: skip
    conn = PgConnection(pg_url)
    pg_names = {r[0] for r in conn.execute(
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
        " AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'"
    )}  # fmt: skip
    # SQLite's full-text and R-tree indexes are virtual tables, PostgreSQL's are GIN/GiST.
    pg_only = {"events_fts", "events_geo"}
    assert lite_names - pg_names == set()
    assert pg_names - lite_names <= pg_only
