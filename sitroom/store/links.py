"""Linked events and stories in the store: the incremental index behind ``sitroom.link``.

``link_analyses`` runs after each store ``write``, in its own transaction, on SQLite or
PostgreSQL (SQL written once, see ``dialect``). Per
article, in input order: an article whose events are already linked (and which is in
a story) is skipped, so re-ingesting adds nothing; a new or changed article is unlinked
(its clusters recounted) and linked afresh through the blocking keys of ``link_keys``
(an index lookup per key, never a scan of the store), then put in a story.

Read functions for the CLI and the API live in ``links_query`` and are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sitroom.contract import event_json
from sitroom.errors import StoreError
from sitroom.ids import make_id
from sitroom.link.cluster import MAX_MEMBERS, Assignment, link_article
from sitroom.link.reports import Report, compact_event, report_from_json, source_key
from sitroom.link.rules import Rules, load_rules
from sitroom.link.stories import cosine, term_counts, vector
from sitroom.model import Analysis
from sitroom.store import dialect
from sitroom.store.dialect import DB_ERRORS, Connection
from sitroom.store.links_query import (
    LinkedEvent,
    LinkedReport,
    LinkedRow,
    StoryRow,
    linked_event,
    linked_events,
    reports,
    story,
)

__all__ = [
    "LinkStats", "LinkedEvent", "LinkedReport", "LinkedRow", "StoryRow", "link_analyses",
    "linked_event", "linked_events", "reports", "story",
]  # fmt: skip

STORY_LOOKUP_TERMS = 10  # an article's heaviest terms used to find story candidates
SQL_CHUNK = 500  # bound parameters per IN (...) list

# compact event JSON, article id, doc id, published, source key
Provenance = tuple[dict[str, Any], str, str, str | None, str]


@dataclass(slots=True)
class LinkStats:
    """What one linking pass did."""

    articles: int = 0  # articles (re)linked
    unchanged: int = 0  # articles already linked: skipped
    reports: int = 0
    founded: int = 0  # reports that founded a linked event
    joined: int = 0  # reports that joined a linked event of another article
    stories: set[str] = field(default_factory=set)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), SQL_CHUNK):
        yield items[start : start + SQL_CHUNK]


class StoreIndex:
    """``cluster.Index`` over the ``link_keys`` and ``event_links`` tables."""

    def __init__(self, conn: Connection, rules: Rules, provenance: dict[str, Provenance]) -> None:
        self.conn = conn
        self.rules = rules
        self.provenance = provenance  # event id -> what is stored with its link
        self.touched: set[str] = set()

    def candidates(self, keys: set[str]) -> dict[str, list[Report]]:
        linked_ids: set[str] = set()
        for chunk in _chunks(sorted(keys)):
            marks = ",".join("?" * len(chunk))
            linked_ids.update(
                row[0]
                for row in self.conn.execute(
                    f"SELECT DISTINCT linked_id FROM link_keys WHERE key IN ({marks})", chunk
                )
            )
        # The last MAX_MEMBERS reports of each, oldest first: one query per chunk of ids.
        found: dict[str, list[Report]] = {linked_id: [] for linked_id in sorted(linked_ids)}
        for chunk in _chunks(sorted(linked_ids)):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                "SELECT linked_id, report FROM (SELECT linked_id, report, rowid AS seq,"
                " ROW_NUMBER() OVER (PARTITION BY linked_id ORDER BY rowid DESC) AS n"
                f" FROM event_links WHERE linked_id IN ({marks})) AS t"
                " WHERE n <= ? ORDER BY linked_id, seq",
                (*chunk, MAX_MEMBERS),
            ):
                found[row[0]].append(self._report(row[1]))
        return found

    def _report(self, text: str) -> Report:
        stored = json.loads(text)
        return report_from_json(
            stored["event"], article_id=stored["article_id"], doc_id=stored["doc_id"],
            published=stored["published"], source=stored["source"], rules=self.rules,
        )  # fmt: skip

    def add(self, report: Report, assignment: Assignment) -> None:
        event, article_id, doc_id, published, source = self.provenance[report.event_id]
        stored = {"event": event, "article_id": article_id, "doc_id": doc_id,
                  "published": published, "source": source}  # fmt: skip
        self.conn.execute(
            dialect.insert(self.conn, "event_links", 9, "replace"),
            (
                report.event_id, assignment.linked_id, article_id, source, published,
                assignment.matched_event_id, assignment.score, json.dumps(assignment.reasons),
                json.dumps(stored, ensure_ascii=False),
            ),
        )  # fmt: skip
        self.conn.executemany(
            dialect.insert(self.conn, "link_keys", 2, "ignore"),
            [(key, assignment.linked_id) for key in sorted(assignment.keys)],
        )
        self.touched.add(assignment.linked_id)


def link_analyses(
    conn: Connection, analyses: Sequence[Analysis], *, rules: Rules | None = None
) -> LinkStats:
    """Link the events of stored analyses (in order) and group their articles into stories."""
    rules = rules or load_rules()
    stats = LinkStats()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    try:
        dialect.begin_write(conn)
        for analysis in analyses:
            _link_one(conn, analysis, rules, now, stats)
        conn.execute("COMMIT")
    except DB_ERRORS as err:
        dialect.rollback(conn)
        raise StoreError(f"cannot link events: {err}") from err
    return stats


def _link_one(
    conn: Connection, analysis: Analysis, rules: Rules, now: str, stats: LinkStats
) -> None:
    article = analysis.article
    aid = article.article_id
    event_ids = {event.event_id for event in analysis.events}
    stored = {
        row[0]
        for row in conn.execute("SELECT event_id FROM event_links WHERE article_id = ?", (aid,))
    }
    linked_as = conn.execute(
        "SELECT content_hash FROM article_stories WHERE article_id = ?", (aid,)
    ).fetchone()
    # The content hash catches a changed article whose event ids happen to be unchanged.
    if stored == event_ids and linked_as is not None and linked_as[0] == article.content_hash:
        stats.unchanged += 1
        return
    _unlink(conn, aid, rules, now)
    published = article.published.isoformat() if article.published else None
    source = source_key(outlet=article.outlet, url=article.url, source=article.source)
    provenance: dict[str, Provenance] = {}
    reports_ = []
    for event in analysis.events:
        compact = compact_event(event_json(event))
        provenance[event.event_id] = (compact, aid, article.doc_id, published, source)
        reports_.append(report_from_json(
            compact, article_id=aid, doc_id=article.doc_id, published=published, source=source,
            rules=rules,
        ))  # fmt: skip
    index = StoreIndex(conn, rules, provenance)
    assignments = link_article(reports_, index, rules)
    _refresh(conn, index.touched, rules, now)
    stats.articles += 1
    stats.reports += len(assignments)
    stats.founded += sum(a.matched_event_id is None for a in assignments)
    by_event = {r.event_id: r for r in reports_}
    stats.joined += sum(
        1 for a in assignments
        if a.matched_event_id and a.matched_event_id not in by_event
    )  # fmt: skip
    stats.stories.add(_assign_story(conn, analysis, assignments, rules))


def _unlink(conn: Connection, article_id: str, rules: Rules, now: str) -> None:
    """Take an article out of its linked events and its story (a changed article relinks)."""
    touched = {
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT linked_id FROM event_links WHERE article_id = ?", (article_id,)
        )
    }
    conn.execute("DELETE FROM event_links WHERE article_id = ?", (article_id,))
    _refresh(conn, touched, rules, now)
    row = conn.execute(
        "SELECT story_id FROM article_stories WHERE article_id = ?", (article_id,)
    ).fetchone()
    if row is not None:
        conn.execute("DELETE FROM article_stories WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM article_terms WHERE article_id = ?", (article_id,))
        _refresh_story(conn, row[0])


def _refresh(conn: Connection, linked_ids: Iterable[str], rules: Rules, now: str) -> None:
    """Recount linked events from their reports; drop those left without any.

    Keys of a removed report stay with a surviving linked event: keys are a superset,
    and a stale key only costs one scored candidate.
    """
    for chunk in _chunks(sorted(linked_ids)):
        marks = ",".join("?" * len(chunk))
        counts = {
            row[0]: tuple(row)[1:]
            for row in conn.execute(
                "SELECT linked_id, COUNT(*), COUNT(DISTINCT article_id),"
                " COUNT(DISTINCT source_key), MIN(reported), MAX(reported)"
                f" FROM event_links WHERE linked_id IN ({marks}) GROUP BY linked_id",
                chunk,
            )
        }
        gone = [(linked_id,) for linked_id in chunk if linked_id not in counts]
        conn.executemany("DELETE FROM linked_events WHERE linked_id = ?", gone)
        conn.executemany("DELETE FROM link_keys WHERE linked_id = ?", gone)
        first = {
            row[0]: (row[1], json.loads(row[2])["event"])
            for row in conn.execute(
                "SELECT linked_id, event_id, report FROM (SELECT linked_id, event_id, report,"
                " ROW_NUMBER() OVER (PARTITION BY linked_id ORDER BY rowid) AS n"
                f" FROM event_links WHERE linked_id IN ({marks})) AS t WHERE n = 1",
                chunk,
            )
        }
        conn.executemany(
            dialect.insert(conn, "linked_events", 11, "replace"),
            [
                (linked_id, first[linked_id][1]["event_type"], first[linked_id][0],
                 first[linked_id][1]["date"], *counts[linked_id], rules.version, now)
                for linked_id in chunk
                if linked_id in counts
            ],
        )  # fmt: skip


def _assign_story(
    conn: Connection, analysis: Analysis, assignments: Sequence[Assignment], rules: Rules
) -> str:
    """Put the article in the story of its best match, or start a story; returns its id."""
    article = analysis.article
    aid = article.article_id
    counts = term_counts(f"{article.title or ''}\n{article.text}", rules)
    n_docs = int(conn.execute("SELECT value FROM link_meta WHERE name = 'n_docs'").fetchone()[0])
    terms = sorted(counts)
    df: dict[str, int] = {}
    for chunk in _chunks(terms):
        marks = ",".join("?" * len(chunk))
        df.update(conn.execute(f"SELECT term, df FROM term_df WHERE term IN ({marks})", chunk))
    weights = vector(counts, df, n_docs, top=rules.story_top_terms)
    day = article.published.toordinal() if article.published else None
    scores = _story_candidates(conn, weights, day, rules) if day is not None else {}
    shared: dict[str, str] = {}
    for chunk in _chunks(sorted({a.linked_id for a in assignments})):
        marks = ",".join("?" * len(chunk))
        for linked_id, other in conn.execute(
            "SELECT DISTINCT linked_id, article_id FROM event_links"
            f" WHERE linked_id IN ({marks}) AND article_id != ? ORDER BY linked_id, article_id",
            (*chunk, aid),
        ):
            shared.setdefault(other, linked_id)
    best: tuple[float, str, str] | None = None
    for other in sorted(set(scores) | set(shared)):
        if other in scores:
            # The partial dot product found a candidate; the full cosine decides.
            scores[other] = cosine(weights, _terms(conn, other))
        similarity = scores.get(other, 0.0)
        if other not in shared and similarity < rules.story_cosine:
            continue
        rank = similarity + (1.0 if other in shared else 0.0)
        why = f"cosine {similarity:.2f}" + (f"; shares {shared[other]}" if other in shared else "")
        if best is None or rank > best[0]:
            best = (rank, other, why)
    if best is None:
        story_id, matched, why, value = make_id("sty", aid), None, "first article", 1.0
        conn.execute(
            dialect.insert(conn, "stories", 6, "replace"),
            (story_id, aid, article.title, 0, None, None),
        )
    else:
        matched, why, value = best[1], best[2], round(scores.get(best[1], 0.0), 3)
        story_id = conn.execute(
            "SELECT story_id FROM article_stories WHERE article_id = ?", (matched,)
        ).fetchone()[0]
    conn.execute(
        dialect.insert(conn, "article_stories", 7, "replace"),
        (aid, story_id, matched, value, why, day, article.content_hash),
    )
    # Keyed (term, day): a story lookup reads only its window of each term's postings.
    # An undated article is stored on day -1 and never found by date; it can still join
    # through a shared linked event.
    conn.executemany(
        dialect.insert(conn, "article_terms", 4, "replace"),
        [
            (term, -1 if day is None else day, aid, weight)
            for term, weight in sorted(weights.items())
        ],
    )
    conn.executemany(
        "INSERT INTO term_df VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = term_df.df + 1",
        [(term,) for term in terms],
    )
    conn.execute("UPDATE link_meta SET value = value + 1 WHERE name = 'n_docs'")
    _refresh_story(conn, story_id)
    return story_id


def _story_candidates(
    conn: Connection, weights: dict[str, float], day: int, rules: Rules
) -> dict[str, float]:
    """Partial dot products with the articles of the date window sharing a heavy term."""
    window = (day - rules.story_window_days, day + rules.story_window_days)
    lookup = sorted(weights, key=lambda t: (-weights[t], t))[:STORY_LOOKUP_TERMS]
    if not lookup:
        return {}
    postings: dict[str, list[tuple[str, float]]] = {term: [] for term in lookup}
    marks = ",".join("?" * len(lookup))
    for term, other, weight in conn.execute(
        "SELECT term, article_id, weight FROM article_terms"
        f" WHERE term IN ({marks}) AND published_day BETWEEN ? AND ?"
        " ORDER BY term, published_day, article_id",
        (*lookup, *window),
    ):
        postings[term].append((other, weight))
    scores: dict[str, float] = {}
    for term in lookup:  # summed in lookup order, heaviest term first
        for other, weight in postings[term]:
            scores[other] = scores.get(other, 0.0) + weights[term] * weight
    return scores


def _terms(conn: Connection, article_id: str) -> dict[str, float]:
    return dict(
        conn.execute("SELECT term, weight FROM article_terms WHERE article_id = ?", (article_id,))
    )


def _refresh_story(conn: Connection, story_id: str) -> None:
    count, first, last = conn.execute(
        "SELECT COUNT(*), MIN(published_day), MAX(published_day) FROM article_stories"
        " WHERE story_id = ?",
        (story_id,),
    ).fetchone()
    if count == 0:
        conn.execute("DELETE FROM stories WHERE story_id = ?", (story_id,))
        return
    conn.execute(
        "UPDATE stories SET n_articles = ?, first_published = ?, last_published = ?"
        " WHERE story_id = ?",
        (count, *(dt.date.fromordinal(d).isoformat() if d else None for d in (first, last)),
         story_id),
    )  # fmt: skip
