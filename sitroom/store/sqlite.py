"""SQLite backend: WAL mode, one writer, FTS5 over evidence, idempotent upserts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sitroom.errors import StoreError
from sitroom.store.schema import MIGRATIONS
from sitroom.store.sqlstore import SqlStore, now


class SQLiteStore(SqlStore):
    """The embedded store of record."""

    conn: sqlite3.Connection

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = str(path)
        try:
            self.conn = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.Error as err:
            raise StoreError(f"cannot open store {path}: {err}") from err

    def _migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT)"
        )
        current = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        for version, script in enumerate(MIGRATIONS, start=1):
            if version <= current:
                continue
            # executescript commits first; wrap the script itself so a failure rolls back.
            record = f"INSERT INTO schema_version VALUES ({version}, '{now()}');"
            self.conn.executescript(f"BEGIN;\n{script}\n{record}\nCOMMIT;")
