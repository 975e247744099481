"""The store as the API sees it: one connection per thread, event rows as contract JSON."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request

from sitroom.errors import StoreError
from sitroom.serve.api_errors import ApiError
from sitroom.serve.api_params import event_filter
from sitroom.store import queries, review
from sitroom.store.queries import EventFilter
from sitroom.store.sqlite import SQLiteStore


class Database:
    """The store file: migrated once, then one connection per worker thread."""

    def __init__(self, path: Path) -> None:
        if str(path).startswith(("postgresql:", "postgres:")):
            # The read queries (store/queries.py) still speak SQLite only.
            raise StoreError("the API serves a SQLite store only for now, not PostgreSQL")
        self.path = path
        store = SQLiteStore(path)  # creates and migrates
        self.schema = store.schema_version()
        review.reapply(store.conn)
        store.close()
        self._local = threading.local()

    def connect(self, *, same_thread: bool = True) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=30, isolation_level=None, check_same_thread=same_thread
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    def conn(self) -> sqlite3.Connection:
        """This thread's connection (FastAPI runs plain ``def`` routes in a thread pool)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.connect()
            self._local.conn = conn
        return conn


async def get_db(request: Request) -> Database:  # async: no thread hop (see api_params)
    db: Database = request.app.state.db
    return db


Db = Annotated[Database, Depends(get_db)]
Filter = Annotated[EventFilter, Depends(event_filter)]


def event_out(row: sqlite3.Row) -> dict[str, Any]:
    """The contract JSON of an event, with where it came from and its review."""
    data: dict[str, Any] = json.loads(row["data"])
    data.update(event_out_extra(row))
    return data


def event_out_text(row: sqlite3.Row) -> str:
    """``event_out`` as JSON text, spliced from the stored JSON (the list's hot path)."""
    extra = event_out_extra(row)
    stored: str = row["data"]
    return stored[:-1] + ", " + json.dumps(extra)[1:]


def event_out_extra(row: sqlite3.Row) -> dict[str, Any]:
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


def fetch_event(conn: sqlite3.Connection, event_id: str) -> sqlite3.Row:
    row = conn.execute(queries.SELECT_EVENTS + " WHERE e.event_id = ?", (event_id,)).fetchone()
    if row is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    result: sqlite3.Row = row
    return result


def article_head(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["article_id"], "doc_id": row["doc_id"], "title": row["title"],
        "url": row["url"], "source": row["source"], "outlet": row["outlet"],
        "published": row["published"],
    }  # fmt: skip
