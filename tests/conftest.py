"""Shared test set-up: paths to fixtures, the bundled example, stores on both backends."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_1c38aa2193fbaeb8.txt"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def seed_path() -> Path:
    return SEED


# -- PostgreSQL: one throwaway server per session, one schema per test -----------------
_PG_NAMES = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """A throwaway PostgreSQL server (``sitroom.store.pgtemp``) for the session.

    Skipped, with the reason, when psycopg or the server binaries are missing; CI sets
    ``SITROOM_REQUIRE_POSTGRES=1`` (and installs both), which turns that into a failure.
    """
    from sitroom.store import pgtemp

    if not os.environ.get("SITROOM_REQUIRE_POSTGRES"):
        pytest.importorskip("psycopg", reason="psycopg not installed: pip install -e '.[postgres]'")
        if pgtemp.find_bin_dir() is None:
            pytest.skip("PostgreSQL binaries not found: apt-get install postgresql")
    import psycopg  # noqa: F401 - required: fails here, not in every test

    server = pgtemp.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: Any) -> str:
    """An empty schema of its own on the session's server (a schema is made in ~1 ms; a
    database takes a second), as a URL whose ``search_path`` points at it."""
    return _pg_schema(pg_server)


def _pg_schema(server: Any) -> str:
    import psycopg

    name = f"test_{next(_PG_NAMES)}"
    with psycopg.connect(server.url(), autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {name}")
    return f"{server.url()}?options=-csearch_path%3D{name}"


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where to open a store: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def other_store_url(store_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A second, empty store on the same backend as ``store_url``."""
    if not store_url.startswith("postgresql://"):
        return str(tmp_path / "other.db")
    return _pg_schema(request.getfixturevalue("pg_server"))
