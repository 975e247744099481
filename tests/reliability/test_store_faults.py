"""A read-only, locked or full database: a clear ``StoreError``, and the store stays intact."""

from __future__ import annotations

import ctypes
import dataclasses
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from sitroom.errors import StoreError
from sitroom.store import open_store
from tests import factories
from tests.conftest import ROOT


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _seeded(db: Path) -> None:
    store = open_store(db)
    store.write([factories.analysis()])
    store.close()


def _article_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def _big(doc_id: str, size: int) -> object:
    art = factories.article(doc_id=doc_id)
    return factories.analysis(dataclasses.replace(art, text=art.text + " x" * size))


def test_a_full_disk_is_a_store_error_and_nothing_is_half_written(tmp_path: Path) -> None:
    db = tmp_path / "full.db"
    _seeded(db)
    store = open_store(db)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own quota stands in for a full disk: the same SQLITE_FULL error path.
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(StoreError, match="full"):
        store.write([_big("big", 200_000)])  # type: ignore[list-item]
    store.close()
    assert _integrity(db) == "ok"
    assert _article_count(db) == 1  # the failed batch rolled back whole
    store = open_store(db)  # reopens and writes again once there is room
    store.write([_big("big", 200_000)])  # type: ignore[list-item]
    store.close()
    assert _article_count(db) == 2


def test_a_locked_database_is_a_store_error(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    _seeded(db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process mid-write
    store = open_store(db)
    store.conn.execute("PRAGMA busy_timeout = 100")  # the default waits 30 s
    try:
        with pytest.raises(StoreError, match="locked"):
            store.write([_big("other", 10)])  # type: ignore[list-item]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.write([_big("other", 10)])  # type: ignore[list-item]  # and works once released
    store.close()
    assert _integrity(db) == "ok" and _article_count(db) == 2


def test_a_query_only_connection_is_a_store_error(tmp_path: Path) -> None:
    db = tmp_path / "ro.db"
    _seeded(db)
    store = open_store(db)
    store.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(StoreError, match="readonly"):
        store.write([_big("other", 10)])  # type: ignore[list-item]
    store.close()
    assert _integrity(db) == "ok" and _article_count(db) == 1


_WRITE = """
import sys
from sitroom.errors import StoreError
from sitroom.store import open_store
from tests import factories
try:
    store = open_store(sys.argv[1])
    store.write([factories.analysis(factories.article(doc_id="new"))])
except StoreError as error:
    print(f"StoreError: {error}")
    sys.exit(4)
"""


def _drop_file_override() -> None:
    """Root ignores file modes; drop the capabilities that let it, for the child only."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            os._exit(97)


def test_a_read_only_file_is_a_clear_error() -> None:
    # In /tmp, not pytest's private (0700) folder: an unprivileged user must reach the file.
    with tempfile.TemporaryDirectory(prefix="sitroom-ro-") as name:
        folder = Path(name)
        db = folder / "ro.db"
        _seeded(db)
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA journal_mode=DELETE")  # no -wal/-shm files left beside it
        conn.close()
        folder.chmod(0o555)
        db.chmod(0o444)
        try:
            result = subprocess.run(
                [sys.executable, "-c", _WRITE, str(db)], cwd=ROOT, capture_output=True,
                text=True, preexec_fn=_drop_file_override if os.geteuid() == 0 else None,
                check=False,
            )  # fmt: skip
        finally:
            folder.chmod(0o755)
            db.chmod(0o644)
        if result.returncode == 97:
            pytest.skip("running as root without CAP_SETPCAP: cannot make a file read-only")
        assert result.returncode == 4, result.stderr
        assert "StoreError" in result.stdout and "readonly" in result.stdout
        assert _integrity(db) == "ok" and _article_count(db) == 1
