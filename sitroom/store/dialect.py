"""What differs between the SQLite and PostgreSQL stores, behind a few functions.

Store code is written once, in SQLite's syntax with ``?`` placeholders, against a
``Connection``: a ``sqlite3.Connection`` or a ``PgConnection`` (``sitroom.store.pgconn``),
which translates the placeholders and returns rows readable by index and by column name,
like ``sqlite3.Row``. Only what the two cannot share goes through here: opening a write
transaction, upserts, full-text search, place and bounding-box filters, pipelining and
the error classes.

Both dialects have a ``rowid`` on ``events`` and ``event_links`` (implicit in SQLite, an
identity column in PostgreSQL), so ``ORDER BY rowid`` (insertion order) reads the same.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from sitroom.store.base import EventQuery
from sitroom.store.filters import event_where as sqlite_event_where

if TYPE_CHECKING:
    from sitroom.store.pgconn import PgConnection

Connection: TypeAlias = "sqlite3.Connection | PgConnection"
Conflict = Literal["ignore", "replace"] | None
WRITE_LOCK = 0x517E  # pg_advisory_xact_lock key: one writer at a time, as in SQLite
# Typographic quotes and dashes split words in FTS5 but not in PostgreSQL's parser (under
# the C locale any non-ASCII character is a letter): map them to spaces on both sides.
PUNCTUATION = "‘’“”«»–—"
# The PostgreSQL full-text expression; the GIN index of migration 1 is on exactly this.
_SPACES = " " * len(PUNCTUATION)
PG_TSVECTOR = f"to_tsvector('simple', translate({{column}}, '{PUNCTUATION}', '{_SPACES}'))"


class PgError(Exception):
    """A PostgreSQL error, raised by ``PgConnection`` (so psycopg loads only when used)."""


# What a failed statement raises, whichever the backend.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, PgError)


def is_sqlite(conn: Connection) -> bool:
    return isinstance(conn, sqlite3.Connection)


def begin_write(conn: Connection) -> None:
    """Open a write transaction; writers queue here (SQLite's lock, an advisory lock in PG)."""
    if is_sqlite(conn):
        conn.execute("BEGIN IMMEDIATE")
    else:
        conn.execute("BEGIN")
        conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))


def pipelined(conn: Connection) -> AbstractContextManager[None]:
    """Around a batch of writes: PostgreSQL's pipeline mode saves a round trip per statement."""
    if isinstance(conn, sqlite3.Connection):
        return contextlib.nullcontext()
    return conn.pipeline()


def rollback(conn: Connection) -> None:
    """Roll back if a transaction is open (after SQLITE_FULL SQLite has already done so)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def insert(conn: Connection, table: str, n: int, conflict: Conflict = None) -> str:
    """``INSERT`` of ``n`` positional values; on a key conflict ignore or replace the row."""
    if is_sqlite(conn):
        verb = {None: "INSERT", "ignore": "INSERT OR IGNORE", "replace": "INSERT OR REPLACE"}
        return f"{verb[conflict]} INTO {table} VALUES ({','.join('?' * n)})"
    assert not isinstance(conn, sqlite3.Connection)  # for mypy
    return conn.insert_sql(table, n, conflict)


def event_where(conn: Connection, query: EventQuery) -> tuple[str, list[Any]]:
    """``filters.event_where`` with the dialect's full-text search (FTS5 or tsvector)."""
    if is_sqlite(conn) or not query.text:
        return sqlite_event_where(query)
    where, params = sqlite_event_where(dataclasses.replace(query, text=None))
    clause, param = text_match("e.evidence", query.text)
    where = f"{where} AND {clause}" if where else f" WHERE {clause}"
    return where, [*params, param]


def text_match(column: str, words: str) -> tuple[str, str]:
    """PostgreSQL: every word of ``words`` in ``column`` (like FTS5's quoted terms), no syntax."""
    plain = words.translate({ord(c): " " for c in PUNCTUATION})
    return f"{PG_TSVECTOR.format(column=column)} @@ plainto_tsquery('simple', ?)", plain


def place_equals(column: str, *, pg: bool) -> str:
    """``column`` equals one bound place name, ignoring case (ASCII case, as NOCASE)."""
    if not pg:
        return f"{column} = ? COLLATE NOCASE"
    return f"lower({column}) = lower(?)"  # the events_place index is on lower(place)


def pg_bbox(alias: str, box: tuple[float, float, float, float]) -> tuple[str, list[float]]:
    """PostgreSQL's stand-in for the R-tree: events of ``alias`` inside (west, south, east,
    north), a box crossing the antimeridian (west > east) included; uses ``events_geo``."""
    west, south, east, north = box
    lat = f"{alias}.lat BETWEEN ? AND ?"
    if west <= east:
        return f"{lat} AND {alias}.lon BETWEEN ? AND ?", [south, north, west, east]
    return f"{lat} AND ({alias}.lon >= ? OR {alias}.lon <= ?)", [south, north, west, east]
