"""The store logic both backends share: idempotent upserts, runs and issues, reads.

Written once in SQLite's SQL over a ``dialect.Connection``; subclasses open the
connection and migrate it (``sqlite.SQLiteStore``, ``postgres.PostgresStore``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sitroom.contract import analysis_json
from sitroom.errors import StoreError
from sitroom.ids import make_id
from sitroom.model import Analysis, Skip
from sitroom.store import dialect
from sitroom.store.base import ArticleRow, EventQuery, EventRow, WriteStats
from sitroom.store.dialect import DB_ERRORS, Connection

COUNTED = ("articles", "sentences", "entities", "places", "times", "events", "runs", "issues")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SqlStore:
    """``Store`` over one connection; ``name`` says which store errors refer to."""

    conn: Connection
    name: str

    def schema_version(self) -> int:
        return int(self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0])

    # -- writing --------------------------------------------------------------
    def write(self, analyses: Sequence[Analysis]) -> WriteStats:
        stats = WriteStats()
        stamp = now()
        try:
            with dialect.pipelined(self.conn):
                dialect.begin_write(self.conn)
                # One read for the batch: then PostgreSQL's pipeline never waits.
                stored = self._stored([a.article.article_id for a in analyses])
                for analysis in analyses:
                    self._write_one(analysis, stamp, stats, stored)
                self.conn.execute("COMMIT")
        except DB_ERRORS as err:
            # SQLite has already rolled back after SQLITE_FULL, and BEGIN may have failed
            # (locked, read-only): a blind ROLLBACK would raise and hide the real error.
            dialect.rollback(self.conn)
            raise StoreError(f"cannot write to {self.name}: {err}") from err
        return stats

    def _stored(self, article_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """Content hash and first sighting of those articles already stored."""
        ids = sorted(set(article_ids))
        stored: dict[str, tuple[str, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            stored.update(
                (row[0], (row[1], row[2]))
                for row in self.conn.execute(
                    "SELECT article_id, content_hash, first_seen FROM articles"
                    f" WHERE article_id IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return stored

    def _write_one(
        self, analysis: Analysis, stamp: str, stats: WriteStats, stored: dict[str, tuple[str, str]]
    ) -> None:
        conn = self.conn
        article = analysis.article
        row = stored.get(article.article_id)
        # A later copy of this article in the same batch compares against this one.
        stored[article.article_id] = (article.content_hash, row[1] if row else stamp)
        if row is not None and row[0] == article.content_hash:
            conn.execute(
                "UPDATE articles SET last_seen = ? WHERE article_id = ?",
                (stamp, article.article_id),
            )
            stats.unchanged += 1
            return
        first_seen = stamp
        if row is not None:
            first_seen = row[1]
            # A changed article is replaced in place; its children cascade away.
            conn.execute("DELETE FROM articles WHERE article_id = ?", (article.article_id,))
            stats.changed += 1
        else:
            stats.new += 1
        data = analysis_json(analysis, explain=True)
        conn.execute(
            dialect.insert(conn, "articles", 15),
            (
                article.article_id, article.doc_id, article.source, article.title, article.url,
                article.outlet, data["published"], article.published_from, article.text,
                json.dumps(data["captions"]), article.content_hash, len(analysis.sentences),
                analysis.words, first_seen, stamp,
            ),
        )  # fmt: skip
        aid = article.article_id
        conn.executemany(
            dialect.insert(conn, "sentences", 4),
            [(aid, s.index, s.start, s.end) for s in analysis.sentences],
        )
        conn.executemany(
            dialect.insert(conn, "entities", 5, "ignore"),
            [(aid, e.start, e.end, e.text, e.label) for e in analysis.entities],
        )
        conn.executemany(
            dialect.insert(conn, "places", 11, "ignore"),
            [
                (aid, p.start, p.end, p.text, p.name, p.country, p.lat, p.lon, p.geonameid,
                 p.feature_code, p.resolution)
                for p in analysis.places
            ],
        )  # fmt: skip
        conn.executemany(
            dialect.insert(conn, "times", 5, "ignore"),
            [(aid, t.start, t.end, t.text, t.value) for t in analysis.times],
        )
        for event_data in data["events"]:
            self._write_event(event_data, aid, article.doc_id, first_seen, stamp)
            stats.events += 1

    def _write_event(
        self, data: dict[str, Any], article_id: str, doc_id: str, first_seen: str, stamp: str
    ) -> None:
        location = data["location"] or {}
        evidence = data["evidence"]
        self.conn.execute(
            dialect.insert(self.conn, "events", 29, "replace"),
            (
                data["event_id"], article_id, doc_id, data["event_type"], data["mode"],
                data["quad"], data["cameo"], data["date"], data["date_precision"],
                int(data["negated"]), int(data["hypothetical"]), int(data["future"]),
                int(data["historical"]), data["attributed_to"], evidence["sentence"],
                evidence["start"], evidence["end"], data["sentence_index"], location.get("lat"),
                location.get("lon"), location.get("name") or location.get("text"),
                data["confidence"], data["pattern"], data["extractor"], data["codebook"],
                json.dumps(data, ensure_ascii=False), first_seen, stamp, data["date_source"],
            ),
        )  # fmt: skip
        rows = [
            (data["event_id"], role, i, a["text"], a["name"], a["country"], a["sector"], a["id"])
            for role in ("actor", "recipient")
            for i, a in enumerate(data[role])
        ]
        self.conn.executemany(dialect.insert(self.conn, "event_actors", 8, "replace"), rows)

    # -- runs and issues ------------------------------------------------------
    def start_run(self, command: str) -> str:
        started = now()
        run_id = make_id("run", command, started, id(self))
        self.conn.execute(
            "INSERT INTO runs VALUES (?,?,?,?,?)", (run_id, started, None, command, None)
        )
        return run_id

    def log_skip(self, run_id: str, skip: Skip) -> None:
        self.conn.execute(
            "INSERT INTO issues VALUES (?,?,?,?,?)",
            (run_id, skip.source, skip.doc_id, skip.reason.value, skip.detail),
        )

    def finish_run(self, run_id: str, counts: dict[str, Any]) -> None:
        self.conn.execute(
            "UPDATE runs SET finished = ?, counts = ? WHERE run_id = ?",
            (now(), json.dumps(counts), run_id),
        )

    # -- reading --------------------------------------------------------------
    def events(self, query: EventQuery) -> list[EventRow]:
        where, params = dialect.event_where(self.conn, query)
        sql = "SELECT * FROM events e" + where
        sql += " ORDER BY e.date IS NULL, e.date DESC, e.event_id LIMIT ?"
        params.append(query.limit)
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except DB_ERRORS as err:
            raise StoreError(f"query failed: {err}") from err
        return [event_row(row) for row in rows]

    def event(self, event_id: str) -> EventRow | None:
        row = self.conn.execute("SELECT * FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return event_row(row) if row else None

    def article(self, key: str) -> ArticleRow | None:
        row = self.conn.execute(
            "SELECT * FROM articles WHERE article_id = ? OR doc_id = ? ORDER BY article_id LIMIT 1",
            (key, key),
        ).fetchone()
        if row is None:
            return None
        event_ids = tuple(
            r[0]
            for r in self.conn.execute(
                "SELECT event_id FROM events WHERE article_id = ?"
                " ORDER BY sentence_index, event_id",
                (row["article_id"],),
            )
        )
        return ArticleRow(
            article_id=row["article_id"], doc_id=row["doc_id"], source=row["source"],
            title=row["title"], url=row["url"], outlet=row["outlet"], published=row["published"],
            published_from=row["published_from"], text=row["text"],
            n_sentences=row["n_sentences"], event_ids=event_ids,
        )  # fmt: skip

    def counts(self) -> dict[str, int]:
        return {
            table: int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in COUNTED
        }

    def close(self) -> None:
        self.conn.close()


def event_row(row: Any) -> EventRow:
    """An ``events`` row (``sqlite3.Row`` or ``pgconn.Row``) as an ``EventRow``."""
    return EventRow(
        event_id=row["event_id"], article_id=row["article_id"], doc_id=row["doc_id"],
        event_type=row["event_type"], date=row["date"], confidence=row["confidence"],
        evidence=row["evidence"], evidence_start=row["evidence_start"],
        evidence_end=row["evidence_end"], data=json.loads(row["data"]),
    )  # fmt: skip
