"""The store as the API sees it: one connection per thread, event rows as contract JSON."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request

from sitroom.serve.api_errors import ApiError
from sitroom.serve.api_params import event_filter
from sitroom.store import is_postgres, open_store, queries, review
from sitroom.store.dialect import Connection
from sitroom.store.queries import EventFilter
from sitroom.store.sqlstore import SqlStore


class Database:
    """The store (a SQLite file or a PostgreSQL URL): migrated once, then one connection
    per worker thread."""

    def __init__(self, location: str | Path) -> None:
        self.pg = is_postgres(str(location))
        self.path: str | Path = str(location) if self.pg else Path(location)
        store = open_store(self.path)  # creates and migrates
        assert isinstance(store, SqlStore)  # both backends are
        self.schema = store.schema_version()
        review.reapply(store.conn)
        store.close()
        self._local = threading.local()

    def connect(self, *, same_thread: bool = True) -> Connection:
        if self.pg:
            from sitroom.store.pgconn import PgConnection  # noqa: PLC0415 - the extra

            return PgConnection(str(self.path))
        conn = sqlite3.connect(
            self.path, timeout=30, isolation_level=None, check_same_thread=same_thread
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    def conn(self) -> Connection:
        """This thread's connection (FastAPI runs plain ``def`` routes in a thread pool)."""
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.connect()
            self._local.conn = conn
        return conn

    def stamp(self) -> tuple[Any, ...]:
        """Changes whenever any process commits to the store (for cached aggregates).

        SQLite: the file's and its write-ahead log's times and sizes. PostgreSQL: the
        server's write-ahead log insert position, which every write moves at once (the
        flushed position lags without ``synchronous_commit``, the ``pg_stat`` counters
        by seconds); another database's writes on the server move it too, which only
        costs a recomputation."""
        if self.pg:
            row = (
                self.conn()
                .execute(
                    "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()"
                    " ELSE pg_current_wal_insert_lsn() END::text"
                )
                .fetchone()
            )
            return (row[0],)
        marks: list[Any] = []
        for file in (Path(self.path), Path(f"{self.path}-wal")):
            try:
                info = file.stat()
                marks += [info.st_mtime_ns, info.st_size]
            except FileNotFoundError:
                marks += [None, None]
        return tuple(marks)


async def get_db(request: Request) -> Database:  # async: no thread hop (see api_params)
    db: Database = request.app.state.db
    return db


Db = Annotated[Database, Depends(get_db)]
Filter = Annotated[EventFilter, Depends(event_filter)]


def event_out(row: Any) -> dict[str, Any]:
    """The contract JSON of an event, with where it came from and its review."""
    data: dict[str, Any] = json.loads(row["data"])
    data.update(event_out_extra(row))
    return data


def event_out_text(row: Any) -> str:
    """``event_out`` as JSON text, spliced from the stored JSON (the list's hot path)."""
    extra = event_out_extra(row)
    stored: str = row["data"]
    return stored[:-1] + ", " + json.dumps(extra)[1:]


def event_out_extra(row: Any) -> dict[str, Any]:
    return {
        "article_id": row["article_id"],
        "doc_id": row["doc_id"],
        "review": {
            "status": row["review_status"],
            "reviewer": row["review_reviewer"],
            "at": row["review_at"],
            "reason": row["review_reason"],
        }
        if row["review_status"]
        else None,
    }


def fetch_event(conn: Connection, event_id: str) -> Any:
    row = conn.execute(queries.SELECT_EVENTS + " WHERE e.event_id = ?", (event_id,)).fetchone()
    if row is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    return row


def article_head(row: Any) -> dict[str, Any]:
    return {
        "id": row["article_id"], "doc_id": row["doc_id"], "title": row["title"],
        "url": row["url"], "source": row["source"], "outlet": row["outlet"],
        "published": row["published"],
    }  # fmt: skip
