"""The store: a small ``Store`` protocol; SQLite by default, PostgreSQL for ``postgresql://``."""

from sitroom.store.base import (
    ArticleRow,
    EventQuery,
    EventRow,
    Store,
    WriteStats,
    is_postgres,
    open_store,
)

__all__ = [
    "ArticleRow",
    "EventQuery",
    "EventRow",
    "Store",
    "WriteStats",
    "is_postgres",
    "open_store",
]
