"""PostgreSQL backend (extra ``sitroom[postgres]``): the SQLite store's logic over psycopg 3.

Many processes may ingest into one database: writes and linking take a transaction-
scoped advisory lock (``dialect.begin_write``), so they queue as SQLite writers do.
Pending migrations run under the same lock in one transaction (DDL is transactional).
"""

from __future__ import annotations

import re

from sitroom.errors import StoreError
from sitroom.store.dialect import WRITE_LOCK, PgError
from sitroom.store.schema_pg import PG_MIGRATIONS
from sitroom.store.sqlstore import SqlStore, now


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


class PostgresStore(SqlStore):
    """A store in a PostgreSQL database (``postgresql://user@host:port/dbname``)."""

    def __init__(self, url: str) -> None:
        try:
            from sitroom.store.pgconn import PgConnection  # noqa: PLC0415 - needs the extra
        except ImportError as err:
            raise StoreError(
                "the PostgreSQL backend needs psycopg: pip install 'sitroom[postgres]'"
            ) from err
        self.url = url
        self.name = redact(url)
        try:
            self.conn = PgConnection(url)
            self._migrate()
        except PgError as err:
            raise StoreError(f"cannot open store {self.name}: {err}") from err

    def _migrate(self) -> None:
        conn = self.conn
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version"
                " (version INTEGER PRIMARY KEY, applied TEXT)"
            )
            current = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
            for version, script in enumerate(PG_MIGRATIONS, start=1):
                if version <= current:
                    continue
                conn.execute(script)
                conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version, now()))
            conn.execute("COMMIT")
        except PgError:
            conn.execute("ROLLBACK")
            raise
