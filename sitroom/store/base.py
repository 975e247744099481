"""The store interface: what every backend offers to the runners and the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sitroom.model import Analysis, Skip


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters of ``sitroom events`` (all optional; ``None`` means any)."""

    event_type: str | None = None
    actor: str | None = None  # country code of an actor
    recipient: str | None = None  # country code of a recipient
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None  # full-text search over the evidence sentence
    asserted_only: bool = True  # drop negated and hypothetical events
    limit: int = 100


@dataclass(frozen=True, slots=True)
class EventRow:
    """One stored event: flat fields for tables plus the contract JSON in ``data``."""

    event_id: str
    article_id: str
    doc_id: str
    event_type: str
    date: str | None
    confidence: float
    evidence: str
    evidence_start: int
    evidence_end: int
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ArticleRow:
    article_id: str
    doc_id: str
    source: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    published_from: str
    text: str
    n_sentences: int
    event_ids: tuple[str, ...] = ()


@dataclass(slots=True)
class WriteStats:
    """What one write did: new, changed (updated in place) and unchanged articles."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    events: int = 0
    skipped: dict[str, int] = field(default_factory=dict)


class Store(Protocol):
    """What the runners and the CLI need from a backend."""

    def write(self, analyses: Sequence[Analysis]) -> WriteStats:
        """Upsert analysed articles (one transaction); unchanged articles are left alone."""
        ...

    def start_run(self, command: str) -> str:
        """Record the start of a run; returns its id."""
        ...

    def log_skip(self, run_id: str, skip: Skip) -> None:
        """Append a bad record to the run's issues log."""
        ...

    def finish_run(self, run_id: str, counts: dict[str, Any]) -> None: ...

    def events(self, query: EventQuery) -> list[EventRow]: ...

    def event(self, event_id: str) -> EventRow | None: ...

    def article(self, key: str) -> ArticleRow | None:
        """An article by ``article_id`` or ``doc_id``."""
        ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...


def is_postgres(url: str | Path) -> bool:
    """Is ``url`` a PostgreSQL URL (else a SQLite file path)?"""
    return str(url).startswith(("postgresql://", "postgres://"))


def open_store(url: str | Path) -> Store:
    """Open (and migrate) the store at ``url``: ``postgresql://...`` or a SQLite file path."""
    text = str(url)
    if is_postgres(text):
        from sitroom.store.postgres import PostgresStore  # noqa: PLC0415 - loads on demand

        return PostgresStore(text)
    from sitroom.store.sqlite import SQLiteStore  # noqa: PLC0415 - backends load on demand

    return SQLiteStore(Path(text))
