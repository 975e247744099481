"""The store: a small ``Store`` protocol, SQLite by default (PostgreSQL can implement it later)."""

from sitroom.store.base import ArticleRow, EventQuery, EventRow, Store, WriteStats, open_store

__all__ = ["ArticleRow", "EventQuery", "EventRow", "Store", "WriteStats", "open_store"]
