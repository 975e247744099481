"""A psycopg 3 connection that reads like ``sqlite3``: ``?`` placeholders, rows by name.

The store's SQL is written once (see ``dialect``); this wrapper runs it on PostgreSQL.
It stays in autocommit mode, so transactions are the explicit ``BEGIN``/``COMMIT`` the
SQLite code already issues, and wraps psycopg's errors in ``dialect.PgError``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus

from sitroom.store.dialect import Conflict, PgError

MULTI_ROWS = 500  # rows per multi-row INSERT
MAX_PARAMS = 30_000  # PostgreSQL's limit is 65,535 parameters per statement
_INSERT = re.compile(
    r"(?P<head>INSERT INTO (?P<table>\w+)(?: \((?P<columns>[^)]*)\))?)"
    r" VALUES (?P<row>\([^()]*\))(?P<tail>.*)",
    re.DOTALL,
)
_UPDATE_TARGET = re.compile(r"ON CONFLICT\s*\(([^)]*)\)\s*DO UPDATE")


class Row:
    """A result row like ``sqlite3.Row``: by index, by column name, iterable, comparable."""

    __slots__ = ("_index", "_values")

    def __init__(self, values: Sequence[Any], index: dict[str, int]) -> None:
        self._values = tuple(values)
        self._index = index

    def __getitem__(self, key: int | str) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        return list(self._index)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Row):
            return NotImplemented
        return self._values == other._values and self.keys() == other.keys()

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        return f"Row{self._values!r}"


def _row_factory(cursor: psycopg.Cursor[Any]) -> Any:
    index: dict[str, int] = {}
    for i, column in enumerate(cursor.description or ()):
        index.setdefault(column.name, i)  # a repeated name reads as its first column
    return lambda values: Row(values, index)


@functools.lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """``?`` to ``%s`` and ``%`` to ``%%``, outside quoted strings and identifiers."""
    out: list[str] = []
    quote = ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        if char == "%":
            out.append("%%")
            continue
        out.append(char)
    return "".join(out)


class PgCursor:
    """The rows of one statement."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self._cursor = cursor

    def fetchone(self) -> Any:
        try:
            return self._cursor.fetchone()
        except psycopg.Error as err:
            raise PgError(str(err)) from err

    def fetchall(self) -> list[Any]:
        try:
            return self._cursor.fetchall()
        except psycopg.Error as err:
            raise PgError(str(err)) from err

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount


class PgConnection:
    """``sqlite3.Connection``'s ``execute``/``executemany``/``in_transaction`` on PostgreSQL."""

    def __init__(self, url: str) -> None:
        try:
            self.raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory)
        except psycopg.Error as err:
            raise PgError(str(err).strip()) from err
        self._inserts: dict[tuple[str, int, Conflict], str] = {}
        self._columns: dict[str, list[str]] = {}

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgCursor:
        """Run one statement (or a script, when there are no parameters)."""
        try:
            if parameters:
                cursor = self.raw.execute(translate(sql), tuple(parameters))
            else:
                cursor = self.raw.execute(sql.encode())  # bytes: no placeholder parsing
        except psycopg.Error as err:
            raise PgError(str(err).strip()) from err
        return PgCursor(cursor)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]], /) -> None:
        """One statement over many rows: an ``INSERT ... VALUES`` becomes multi-row
        statements (a round trip per chunk, not per row); others are pipelined."""
        rows = list(rows)
        if not rows:
            return
        insert = _INSERT.match(sql)
        try:
            if insert is None:
                with self.raw.cursor() as cursor:
                    cursor.executemany(translate(sql), rows)
                return
            rows = self._last_per_key(insert, rows)
            template = insert["row"]
            per_row = template.count("?")
            step = max(1, min(MULTI_ROWS, MAX_PARAMS // max(per_row, 1)))
            for start in range(0, len(rows), step):
                chunk = rows[start : start + step]
                values = ",".join([template] * len(chunk))
                statement = f"{insert['head']} VALUES {values}{insert['tail']}"
                self.raw.execute(translate(statement), [v for row in chunk for v in row])
        except psycopg.Error as err:
            raise PgError(str(err).strip()) from err

    def _last_per_key(self, insert: re.Match[str], rows: list[Sequence[Any]]) -> list[Any]:
        """For an upsert, one row per conflict key (the last), as row-by-row upserts leave
        it: PostgreSQL refuses to update one row twice in a statement."""
        target = _UPDATE_TARGET.search(insert["tail"])
        if target is None:
            return rows
        names = insert["columns"] or ",".join(self.columns_all_ordered(insert["table"]))
        columns = [c.strip().strip('"') for c in names.split(",")]
        items = [i.strip() for i in insert["row"].strip()[1:-1].split(",")]
        params = {item: sum(x == "?" for x in items[:item]) for item, v in enumerate(items)
                  if v == "?"}  # fmt: skip
        keys = [columns.index(k.strip().strip('"')) for k in target[1].split(",")]
        if not all(k in params for k in keys):
            return rows
        last = {tuple(row[params[k]] for k in keys): row for row in rows}
        return list(last.values())

    @contextmanager
    def pipeline(self) -> Iterator[None]:
        """Send statements without waiting for each answer (until a result is read)."""
        try:
            with self.raw.pipeline():
                yield
        except psycopg.Error as err:
            raise PgError(str(err).strip()) from err

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()

    def __del__(self) -> None:
        # Like sqlite3: a forgotten connection is closed, not reported (psycopg warns).
        raw = getattr(self, "raw", None)
        if raw is not None and not raw.closed:
            raw.close()

    def columns(self, table: str) -> list[str]:
        """The table's columns in order, without the ``rowid`` that stands in for SQLite's."""
        return [name for name in self.columns_all_ordered(table) if name != "rowid"]

    def primary_key(self, table: str) -> list[str]:
        rows = self.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
            " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
            " WHERE i.indrelid = CAST(? AS regclass) AND i.indisprimary"
            " ORDER BY array_position(i.indkey, a.attnum)",
            (table,),
        ).fetchall()
        return [row[0] for row in rows]

    def insert_sql(self, table: str, n: int, conflict: Conflict) -> str:
        """SQLite's ``INSERT [OR IGNORE|OR REPLACE] INTO t VALUES (...)`` in PostgreSQL."""
        key = (table, n, conflict)
        if key not in self._inserts:
            columns = self.columns(table)[:n]
            sql = f"INSERT INTO {table} ({', '.join(_quote(c) for c in columns)})"
            sql += f" VALUES ({','.join('?' * n)})"
            if conflict == "ignore":
                sql += " ON CONFLICT DO NOTHING"
            elif conflict == "replace":
                pk = self.primary_key(table)
                sets = [f"{_quote(c)} = excluded.{_quote(c)}" for c in columns if c not in pk]
                if "rowid" in self.columns_all_ordered(table):
                    sets.append("rowid = DEFAULT")  # REPLACE makes a new row: it sorts last
                target = f" ON CONFLICT ({', '.join(_quote(c) for c in pk)})"
                action = f"DO UPDATE SET {', '.join(sets)}" if sets else "DO NOTHING"
                sql += f"{target} {action}"
            self._inserts[key] = sql
        return self._inserts[key]

    def columns_all_ordered(self, table: str) -> list[str]:
        """Every column of the table, ``rowid`` included, in order (cached: migrations
        run before anything reads this)."""
        if table not in self._columns:
            rows = self.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = ?"
                " ORDER BY ordinal_position",
                (table,),
            ).fetchall()
            self._columns[table] = [row[0] for row in rows]
        return self._columns[table]


def _quote(column: str) -> str:
    return f'"{column}"'
