"""Reading linked events and stories: what ``sitroom events``/``show`` and the API need.

By default a query counts linked events (one row per real-world event, with how many
reports and distinct sources it has); ``EventQuery`` filters select the reports, and a
linked event is listed when any of its reports matches. Events stored before linking
existed (never linked) count as linked events of one report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sitroom.errors import StoreError
from sitroom.store import dialect
from sitroom.store.base import EventQuery, EventRow
from sitroom.store.dialect import DB_ERRORS, Connection


@dataclass(frozen=True, slots=True)
class LinkedReport:
    """One report of a linked event, with its provenance and why it was linked."""

    event_id: str
    article_id: str
    doc_id: str
    title: str | None
    url: str | None
    source: str  # outlet, else URL host, else input file
    reported: str | None  # publication date of the article
    evidence: str
    attributed_to: str | None
    matched_event_id: str | None
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LinkedEvent:
    linked_id: str
    event_type: str
    first_event_id: str
    date: str | None
    n_reports: int
    n_articles: int
    n_sources: int
    first_reported: str | None
    last_reported: str | None
    rules: str
    reports: tuple[LinkedReport, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkedRow:
    """One row of the default query: a representative report plus the counts."""

    linked_id: str
    event: EventRow  # the matching report with the highest confidence
    n_reports: int
    n_sources: int
    first_reported: str | None
    last_reported: str | None


@dataclass(frozen=True, slots=True)
class StoryRow:
    story_id: str
    title: str | None
    n_articles: int
    first_published: str | None
    last_published: str | None
    articles: tuple[tuple[str, str, str | None, str], ...]  # article id, doc id, title, reason


def reports(conn: Connection, linked_id: str) -> list[LinkedReport]:
    """Every report of a linked event, in the order they were linked."""
    rows = conn.execute(
        "SELECT l.*, e.doc_id, e.evidence, e.attributed_to, a.title, a.url"
        " FROM event_links l LEFT JOIN events e ON e.event_id = l.event_id"
        " LEFT JOIN articles a ON a.article_id = l.article_id"
        " WHERE l.linked_id = ? ORDER BY l.rowid",
        (linked_id,),
    ).fetchall()
    out = []
    for row in rows:
        stored = json.loads(row["report"])
        out.append(LinkedReport(
            event_id=row["event_id"], article_id=row["article_id"],
            doc_id=row["doc_id"] or stored["doc_id"], title=row["title"], url=row["url"],
            source=row["source_key"], reported=row["reported"],
            evidence=row["evidence"] or stored["event"]["evidence"]["sentence"],
            attributed_to=row["attributed_to"], matched_event_id=row["matched_event_id"],
            score=row["score"], reasons=tuple(json.loads(row["reasons"])),
        ))  # fmt: skip
    return out


def linked_event(conn: Connection, key: str) -> LinkedEvent | None:
    """A linked event with its reports, by linked id or by the id of any of its reports."""
    row = conn.execute("SELECT * FROM linked_events WHERE linked_id = ?", (key,)).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT le.* FROM event_links l JOIN linked_events le USING (linked_id)"
            " WHERE l.event_id = ?",
            (key,),
        ).fetchone()
    if row is None:
        return None
    return LinkedEvent(
        linked_id=row["linked_id"], event_type=row["event_type"],
        first_event_id=row["first_event_id"], date=row["date"], n_reports=row["n_reports"],
        n_articles=row["n_articles"], n_sources=row["n_sources"],
        first_reported=row["first_reported"], last_reported=row["last_reported"],
        rules=row["rules"], reports=tuple(reports(conn, row["linked_id"])),
    )  # fmt: skip


def linked_events(conn: Connection, query: EventQuery) -> list[LinkedRow]:
    """One row per linked event with a report matching ``query``, newest first."""
    where, params = dialect.event_where(conn, query)
    if dialect.is_sqlite(conn):
        # SQLite's bare-column rule: with MAX(), the other columns come from the max row.
        sql = (
            "SELECT h.*, MAX(h.confidence) AS best FROM (SELECT e.*,"
            " coalesce(l.linked_id, e.event_id) AS lid FROM events e"
            f" LEFT JOIN event_links l ON l.event_id = e.event_id{where}) h"
            " GROUP BY h.lid ORDER BY h.date IS NULL, h.date DESC, h.lid LIMIT ?"
        )
    else:
        sql = (
            "SELECT * FROM (SELECT DISTINCT ON (coalesce(l.linked_id, e.event_id)) e.*,"
            " coalesce(l.linked_id, e.event_id) AS lid FROM events e"
            f" LEFT JOIN event_links l ON l.event_id = e.event_id{where}"
            " ORDER BY coalesce(l.linked_id, e.event_id), e.confidence DESC, e.event_id) h"
            " ORDER BY h.date IS NULL, h.date DESC, h.lid LIMIT ?"
        )
    try:
        rows = conn.execute(sql, [*params, query.limit]).fetchall()
    except DB_ERRORS as err:
        raise StoreError(f"query failed: {err}") from err
    counts = {}
    lids = [row["lid"] for row in rows]
    for start in range(0, len(lids), 500):
        chunk = lids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT linked_id, n_reports, n_sources, first_reported, last_reported"
            f" FROM linked_events WHERE linked_id IN ({marks})",
            chunk,
        ):
            counts[row[0]] = tuple(row)[1:]
    out = []
    for row in rows:
        n_reports, n_sources, first, last = counts.get(row["lid"], (1, 1, None, None))
        event = EventRow(
            event_id=row["event_id"], article_id=row["article_id"], doc_id=row["doc_id"],
            event_type=row["event_type"], date=row["date"], confidence=row["confidence"],
            evidence=row["evidence"], evidence_start=row["evidence_start"],
            evidence_end=row["evidence_end"], data=json.loads(row["data"]),
        )  # fmt: skip
        out.append(LinkedRow(row["lid"], event, n_reports, n_sources, first, last))
    return out


def story(conn: Connection, key: str) -> StoryRow | None:
    """A story by story id or by the id of one of its articles, with its articles."""
    row = conn.execute("SELECT * FROM stories WHERE story_id = ?", (key,)).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT s.* FROM article_stories a JOIN stories s USING (story_id)"
            " WHERE a.article_id = ?",
            (key,),
        ).fetchone()
    if row is None:
        return None
    articles = tuple(
        (r[0], r[1], r[2], r[3])
        for r in conn.execute(
            "SELECT s.article_id, a.doc_id, a.title, s.reason FROM article_stories s"
            " JOIN articles a USING (article_id) WHERE s.story_id = ?"
            " ORDER BY s.published_day, s.article_id",
            (row["story_id"],),
        )
    )
    return StoryRow(
        story_id=row["story_id"], title=row["title"], n_articles=row["n_articles"],
        first_published=row["first_published"], last_published=row["last_published"],
        articles=articles,
    )  # fmt: skip
