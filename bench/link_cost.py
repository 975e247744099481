"""Linking cost per new article on a store of 100,000 synthetic events.

Builds a SQLite store through the real write + link path (synthetic articles of four
events each: many real-world events are reported by several articles), then times
linking new articles one at a time. The cost is measured at two store sizes in the same
run: with blocking keys and indexes it should barely grow with the store (a pairwise
scan would grow tenfold). Prints ms per article and writes JSON (figures, git SHA,
versions, CPU count) to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitroom import __version__
from sitroom.ids import digest, make_id
from sitroom.link import load_rules
from sitroom.model import (
    EVENT_TYPES,
    Actor,
    Analysis,
    Article,
    Event,
    Evidence,
    Flags,
    Mention,
    Place,
)  # fmt: skip
from sitroom.store import links, open_store
from sitroom.store.sqlite import SQLiteStore

HERE = Path(__file__).resolve().parent
EVENTS_PER_ARTICLE = 4
START = dt.date(2023, 1, 1)
DAYS = 730
COUNTRIES = [f"C{n:02d}" for n in range(60)]
SECTORS = ["GOV", "MIL", "REB", "CVL", "PTY", None]
VOCABULARY = [f"word{n}" for n in range(5000)]
PLACES = [(f"Town{n}", COUNTRIES[n % 60], 100_000 + n, 4) for n in range(500)]


class World:
    """A two-year news stream in time order; real-world events are reported 1-4 times.

    Articles arrive at a constant rate, so a store ten times bigger covers ten times as
    many days at the same density: the two probes compare store size, not news volume.
    """

    def __init__(self, seed: int, total_articles: int) -> None:
        self.rng = random.Random(seed)
        self.serial = 0
        self.per_day = max(1.0, total_articles / DAYS)

    def today(self) -> int:
        return int(self.serial / self.per_day)

    def event_spec(self) -> dict[str, Any]:
        rng = self.rng
        place = rng.choice(PLACES)
        return {
            "type": rng.choice(EVENT_TYPES), "day": max(0, self.today() - rng.randrange(3)),
            "place": place,
            "actor": (place[1] if rng.random() < 0.6 else rng.choice(COUNTRIES),
                      rng.choice(SECTORS)),
            "recipient": (rng.choice(COUNTRIES), rng.choice(SECTORS)),
            "words": [*rng.sample(VOCABULARY, 6), place[0]],
        }  # fmt: skip

    def articles(self, count: int) -> Iterator[Analysis]:
        pending: list[dict[str, Any]] = []
        for _ in range(count):
            specs = []
            for _ in range(EVENTS_PER_ARTICLE):
                if pending and self.rng.random() < 0.4:
                    specs.append(pending.pop(self.rng.randrange(len(pending))))
                else:
                    spec = self.event_spec()
                    pending.extend([spec] * self.rng.randrange(0, 4))  # further reports
                    specs.append(spec)
            del pending[: -int(self.per_day * 12)]  # stories fade after a few days
            yield self.article(specs)

    def article(self, specs: list[dict[str, Any]]) -> Analysis:
        self.serial += 1
        rng = self.rng
        published = START + dt.timedelta(days=max(s["day"] for s in specs) + rng.randrange(3))
        sentences = [" ".join(["Reports"] + spec["words"]) + "." for spec in specs]
        body = " ".join([*sentences, " ".join(rng.sample(VOCABULARY, 60))])
        doc_id = f"synthetic-{self.serial}"
        article = Article(
            article_id=make_id("art", "bench", doc_id), doc_id=doc_id, source="bench.jsonl",
            text=body, title=sentences[0], published=published, published_from="input",
            outlet=f"outlet{rng.randrange(40)}", content_hash=digest(body),
        )  # fmt: skip
        events = []
        offset = 0
        for number, (spec, sentence) in enumerate(zip(specs, sentences, strict=True)):
            name, country, geonameid, resolution = spec["place"]
            day = START + dt.timedelta(days=spec["day"])
            events.append(Event(
                event_id=make_id("evt", article.article_id, number), article_id=article.article_id,
                doc_id=doc_id, event_type=spec["type"], mode=None, context=(),
                actor=(Actor(text="a", country=spec["actor"][0], sector=spec["actor"][1]),),
                recipient=(Actor(text="r", country=spec["recipient"][0],
                                 sector=spec["recipient"][1]),),
                location=Place(name, 0, 1, name=name, country=country, geonameid=geonameid,
                               resolution=resolution),
                date=day.isoformat(), date_precision="day", flags=Flags(), attributed_to=None,
                evidence=Evidence(sentence, offset, offset + len(sentence)),
                sentence_index=number, trigger=Mention("x", offset, offset + 1),
                confidence=0.8, pattern="bench", extractor="bench/0",
            ))  # fmt: skip
            offset += len(sentence) + 1
        return Analysis(article=article, events=tuple(events))


def grow(store: SQLiteStore, world: World, articles: int, batch: int = 500) -> float:
    started = time.perf_counter()
    for start in range(0, articles, batch):
        analyses = list(world.articles(min(batch, articles - start)))
        store.write(analyses)
        links.link_analyses(store.conn, analyses)
    return time.perf_counter() - started


def probe(store: SQLiteStore, world: World, count: int) -> list[float]:
    """Link ``count`` new articles one at a time; ms each (the write is not counted)."""
    timings = []
    for analysis in world.articles(count):
        store.write([analysis])
        started = time.perf_counter()
        links.link_analyses(store.conn, [analysis])
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def summary(timings: list[float]) -> dict[str, float]:
    ordered = sorted(timings)
    return {"median_ms": round(statistics.median(ordered), 3),
            "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 3),
            "mean_ms": round(statistics.fmean(ordered), 3)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--probe", type=int, default=200, help="new articles timed")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    world = World(args.seed, args.events // EVENTS_PER_ARTICLE)
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.db")
        assert isinstance(store, SQLiteStore)
        small = args.events // 10 // EVENTS_PER_ARTICLE
        build = grow(store, world, small)
        figures["small"] = {
            "events": _count(store.conn),
            **summary(probe(store, world, args.probe)),
        }
        build += grow(store, world, args.events // EVENTS_PER_ARTICLE - small - args.probe)
        figures["large"] = {
            "events": _count(store.conn),
            **summary(probe(store, world, args.probe)),
        }
        figures["build_s"] = round(build, 1)
        figures["linked_events"] = store.conn.execute(
            "SELECT COUNT(*) FROM linked_events").fetchone()[0]  # fmt: skip
        figures["stories"] = store.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        store.close()
    figures["growth_ratio"] = round(
        figures["large"]["median_ms"] / figures["small"]["median_ms"], 2
    )
    print(
        f"linking: {figures['large']['median_ms']:.2f} ms per new article (median; p95"
        f" {figures['large']['p95_ms']:.2f}) on {figures['large']['events']} events;"
        f" {figures['small']['median_ms']:.2f} ms on {figures['small']['events']}"
        f" (x{figures['growth_ratio']} for x10 events); {figures['linked_events']} linked events"
    )
    record = {
        "benchmark": "link_cost", "figures": figures, "rules": load_rules().version,
        "events_per_article": EVENTS_PER_ARTICLE, "seed": args.seed, "sitroom": __version__,
        "git": _git_sha(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(), "engine": "sqlite",
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }  # fmt: skip
    out = HERE / "results" / "link_cost.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def _count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])


def _git_sha() -> str | None:
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                              check=True, cwd=HERE)  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip()


if __name__ == "__main__":
    main()
