"""SQLite backend: WAL mode, one writer, FTS5 over evidence, idempotent upserts."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sitroom.contract import analysis_json
from sitroom.errors import StoreError
from sitroom.ids import make_id
from sitroom.model import Analysis, Skip
from sitroom.store.base import ArticleRow, EventQuery, EventRow, WriteStats
from sitroom.store.filters import event_where
from sitroom.store.schema import MIGRATIONS


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SQLiteStore:
    """The embedded store of record."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.conn = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.Error as err:
            raise StoreError(f"cannot open store {path}: {err}") from err

    # -- schema ---------------------------------------------------------------
    def _migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT)"
        )
        current = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        for version, script in enumerate(MIGRATIONS, start=1):
            if version <= current:
                continue
            # executescript commits first; wrap the script itself so a failure rolls back.
            record = f"INSERT INTO schema_version VALUES ({version}, '{_now()}');"
            self.conn.executescript(f"BEGIN;\n{script}\n{record}\nCOMMIT;")

    def schema_version(self) -> int:
        return int(self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0])

    # -- writing --------------------------------------------------------------
    def write(self, analyses: Sequence[Analysis]) -> WriteStats:
        stats = WriteStats()
        now = _now()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for analysis in analyses:
                self._write_one(analysis, now, stats)
            self.conn.execute("COMMIT")
        except sqlite3.Error as err:
            # SQLite has already rolled back after SQLITE_FULL, and BEGIN may have failed
            # (locked, read-only): a blind ROLLBACK would raise and hide the real error.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.path}: {err}") from err
        return stats

    def _write_one(self, analysis: Analysis, now: str, stats: WriteStats) -> None:
        article = analysis.article
        row = self.conn.execute(
            "SELECT content_hash, first_seen FROM articles WHERE article_id = ?",
            (article.article_id,),
        ).fetchone()
        if row is not None and row["content_hash"] == article.content_hash:
            self.conn.execute(
                "UPDATE articles SET last_seen = ? WHERE article_id = ?", (now, article.article_id)
            )
            stats.unchanged += 1
            return
        first_seen = now
        if row is not None:
            first_seen = row["first_seen"]
            # A changed article is replaced in place; its children cascade away.
            self.conn.execute("DELETE FROM articles WHERE article_id = ?", (article.article_id,))
            stats.changed += 1
        else:
            stats.new += 1
        data = analysis_json(analysis, explain=True)
        self.conn.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.article_id, article.doc_id, article.source, article.title, article.url,
                article.outlet, data["published"], article.published_from, article.text,
                json.dumps(data["captions"]), article.content_hash, len(analysis.sentences),
                analysis.words, first_seen, now,
            ),
        )  # fmt: skip
        aid = article.article_id
        self.conn.executemany(
            "INSERT INTO sentences VALUES (?,?,?,?)",
            [(aid, s.index, s.start, s.end) for s in analysis.sentences],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO entities VALUES (?,?,?,?,?)",
            [(aid, e.start, e.end, e.text, e.label) for e in analysis.entities],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (aid, p.start, p.end, p.text, p.name, p.country, p.lat, p.lon, p.geonameid,
                 p.feature_code, p.resolution)
                for p in analysis.places
            ],
        )  # fmt: skip
        self.conn.executemany(
            "INSERT OR IGNORE INTO times VALUES (?,?,?,?,?)",
            [(aid, t.start, t.end, t.text, t.value) for t in analysis.times],
        )
        for event_data in data["events"]:
            self._write_event(event_data, aid, article.doc_id, first_seen, now)
            stats.events += 1

    def _write_event(
        self, data: dict[str, Any], article_id: str, doc_id: str, first_seen: str, now: str
    ) -> None:
        location = data["location"] or {}
        evidence = data["evidence"]
        self.conn.execute(
            f"INSERT OR REPLACE INTO events VALUES ({', '.join('?' * 28)})",
            (
                data["event_id"], article_id, doc_id, data["event_type"], data["mode"],
                data["quad"], data["cameo"], data["date"], data["date_precision"],
                int(data["negated"]), int(data["hypothetical"]), int(data["future"]),
                int(data["historical"]), data["attributed_to"], evidence["sentence"],
                evidence["start"], evidence["end"], data["sentence_index"], location.get("lat"),
                location.get("lon"), location.get("name") or location.get("text"),
                data["confidence"], data["pattern"], data["extractor"], data["codebook"],
                json.dumps(data, ensure_ascii=False), first_seen, now,
            ),
        )  # fmt: skip
        rows = [
            (data["event_id"], role, i, a["text"], a["name"], a["country"], a["sector"], a["id"])
            for role in ("actor", "recipient")
            for i, a in enumerate(data[role])
        ]
        self.conn.executemany("INSERT OR REPLACE INTO event_actors VALUES (?,?,?,?,?,?,?,?)", rows)

    # -- runs and issues ------------------------------------------------------
    def start_run(self, command: str) -> str:
        started = _now()
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
            (_now(), json.dumps(counts), run_id),
        )

    # -- reading --------------------------------------------------------------
    def events(self, query: EventQuery) -> list[EventRow]:
        where, params = event_where(query)
        sql = "SELECT * FROM events e" + where
        sql += " ORDER BY e.date IS NULL, e.date DESC, e.event_id LIMIT ?"
        params.append(query.limit)
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as err:
            raise StoreError(f"query failed: {err}") from err
        return [_event_row(row) for row in rows]

    def event(self, event_id: str) -> EventRow | None:
        row = self.conn.execute("SELECT * FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return _event_row(row) if row else None

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
        tables = (
            "articles",
            "sentences",
            "entities",
            "places",
            "times",
            "events",
            "runs",
            "issues",
        )
        return {
            table: int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in tables
        }

    def close(self) -> None:
        self.conn.close()


def _event_row(row: sqlite3.Row) -> EventRow:
    return EventRow(
        event_id=row["event_id"], article_id=row["article_id"], doc_id=row["doc_id"],
        event_type=row["event_type"], date=row["date"], confidence=row["confidence"],
        evidence=row["evidence"], evidence_start=row["evidence_start"],
        evidence_end=row["evidence_end"], data=json.loads(row["data"]),
    )  # fmt: skip
