"""Latency of ``GET /api/events`` over a store of 1,000,000 synthetic events, on loopback only.

Builds the store (bulk insert through the real schema and its triggers; every event
in a linked event, 30% of them in linked events of three reports, so that the default
one-row-per-linked-event path is what is measured), starts
``sitroom serve``'s app with uvicorn in a child process on 127.0.0.1, then sends an
open-loop load (a fixed rate for a fixed time; it stops by itself) with a mix of
filters. Prints p50/p95/p99 latency, requests/s and errors, then times each aggregate
route computed afresh, and writes a JSON record (with the machine's load average) to
``bench/results/``. Target: p95 <= 50 ms at 200 requests/s.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from sitroom import __version__
from sitroom.model import CODEBOOK, EVENT_TYPES
from sitroom.store.sqlite import SQLiteStore

HERE = Path(__file__).resolve().parent
QUAD = {t: 1 + i // 4 for i, t in enumerate(EVENT_TYPES)}  # rough: 4 types per quad class
COUNTRIES = ("SYR", "TUR", "IRQ", "IRN", "ISR", "LBN", "RUS", "USA", "UKR", "JOR", "SAU", "EGY")
PLACES = (
    ("Aleppo", 36.2, 37.16), ("Damascus", 33.51, 36.29), ("Idlib", 35.93, 36.63),
    ("Baghdad", 33.34, 44.4), ("Mosul", 36.34, 43.13), ("Ankara", 39.93, 32.86),
    ("Beirut", 33.89, 35.5), ("Gaza", 31.5, 34.47), ("Kyiv", 50.45, 30.52),
    ("Tehran", 35.69, 51.39), ("Amman", 31.95, 35.93), ("Homs", 34.73, 36.72),
)  # fmt: skip
WORDS = (
    "shelled", "talks", "ceasefire", "convoy", "protest", "sanctions", "troops", "aid",
    "border", "drone", "strike", "envoy", "minister", "rebels", "militia", "refugees",
)  # fmt: skip
RARE = 20_000  # size of the long-tail vocabulary
# Indexes dropped during the bulk load and rebuilt afterwards (much faster than row by row).
INDEXES = (
    "events_type_date", "events_date", "events_article", "event_actors_country",
    "events_sort_date", "events_sort_confidence", "events_type_sort", "events_quad_sort",
    "events_place", "event_actors_lookup", "event_actors_sector", "event_actors_id",
    "events_place_sort", "events_scan", "events_by_id", "event_actors_by_event",
)  # fmt: skip


def build(path: Path, n_events: int, seed: int = 7) -> dict[str, Any]:
    """A store of ``n_events`` synthetic events (10 per article); returns timing and size."""
    started = time.perf_counter()
    store = SQLiteStore(path)
    conn = store.conn
    schema = dict(
        conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql NOT NULL")
    )
    for name in INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    conn.execute("PRAGMA synchronous=OFF")
    rng = random.Random(seed)
    now = "2026-01-01T00:00:00+00:00"
    conn.execute("BEGIN")
    for a in range(n_events // 10):
        article_id = f"art-{a:07d}"
        conn.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (article_id, f"doc-{a}", "bench", f"Bench article {a}", None, "Bench", "2024-01-01",
             "input", "synthetic", "[]", str(a), 10, 100, now, now),
        )  # fmt: skip
        events, actors = [], []
        for k in range(10):
            event_id = f"evt-{a:07d}-{k}"
            event_type = rng.choice(EVENT_TYPES)
            day = rng.randrange(0, 3 * 365)
            date = time.strftime("%Y-%m-%d", time.gmtime(1640995200 + day * 86400))
            place, lat, lon = rng.choice(PLACES)
            actor, recipient = rng.sample(COUNTRIES, 2)
            # Four common words and eight from a long tail, like real text: search terms
            # range from very common (a quarter of all events) to rare (a few hundred).
            common = [rng.choice(WORDS) for _ in range(4)]
            rare = [f"k{int(rng.paretovariate(1.0)) % RARE}" for _ in range(8)]
            sentence = " ".join(common + rare) + f" in {place}."
            negated = int(rng.random() < 0.05)
            confidence = round(rng.random(), 3)
            data = {
                "event_id": event_id, "event_type": event_type, "mode": None, "context": [],
                "actor": [{"text": actor, "name": actor, "country": actor, "sector": "GOV",
                           "id": None}],
                "recipient": [{"text": recipient, "name": recipient, "country": recipient,
                               "sector": "MIL", "id": None}],
                "location": {"text": place, "name": place, "country": None, "lat": lat,
                             "lon": lon},
                "date": date, "date_precision": "day", "date_source": "text",
                "negated": bool(negated),
                "hypothetical": False, "future": False, "historical": False,
                "attributed_to": None, "evidence": {"sentence": sentence, "start": 0,
                                                    "end": len(sentence)},
                "confidence": confidence, "codebook": CODEBOOK, "quad": QUAD[event_type],
            }  # fmt: skip
            events.append((
                event_id, article_id, f"doc-{a}", event_type, None, QUAD[event_type], None, date,
                "day", negated, 0, 0, 0, None, sentence, 0, len(sentence), k, lat, lon, place,
                confidence, "bench", "bench/0", CODEBOOK, json.dumps(data), now, now, "text",
            ))  # fmt: skip
            actors += [
                (event_id, "actor", 0, actor, actor, actor, "GOV", None),
                (event_id, "recipient", 0, recipient, recipient, recipient, "MIL", None),
            ]
        conn.executemany(f"INSERT INTO events VALUES ({', '.join('?' * 29)})", events)
        conn.executemany("INSERT INTO event_actors VALUES (?,?,?,?,?,?,?,?)", actors)
        if a % 10_000 == 9_999:
            conn.execute("COMMIT")
            print(f"  {(a + 1) * 10:,} events ({time.perf_counter() - started:.0f} s)", flush=True)
            conn.execute("BEGIN")
    conn.execute("COMMIT")
    loaded = time.perf_counter() - started
    for name in INDEXES:
        if name in schema:
            conn.execute(schema[name])
    linked = link(conn)
    conn.execute("ANALYZE")
    store.close()
    return {
        "events": n_events, "linked_events": linked, "load_s": round(loaded, 1),
        "build_s": round(time.perf_counter() - started, 1),
        "size_mb": round(path.stat().st_size / 1e6, 1),
    }  # fmt: skip


def link(conn: sqlite3.Connection) -> int:
    """Link the synthetic reports as ``sitroom ingest`` would: every event in a linked event.

    The first three events of each article join the same-position events of the two
    neighbouring articles (30% of reports in linked events of three, from three sources);
    the others are linked events of one report. Returns the number of linked events.
    """
    conn.execute("BEGIN")
    conn.execute("DELETE FROM event_links")
    conn.execute("DELETE FROM linked_events")
    article_no = "CAST(substr(e.article_id, 5) AS INTEGER)"
    conn.execute(
        "INSERT INTO event_links SELECT e.event_id,"
        f" CASE WHEN e.sentence_index < 3 THEN 'lnk-' || ({article_no} / 3) || '-'"
        " || e.sentence_index ELSE 'lnk-' || e.event_id END,"
        f" e.article_id, 'src' || ({article_no} % 3), a.published, NULL, 1.0, '[]', '{{}}'"
        " FROM events e JOIN articles a ON a.article_id = e.article_id ORDER BY e.rowid"
    )
    conn.execute(
        "INSERT INTO linked_events SELECT l.linked_id, MIN(e.event_type), MIN(l.event_id),"
        " MIN(e.date), COUNT(*), COUNT(DISTINCT l.article_id), COUNT(DISTINCT l.source_key),"
        " MIN(l.reported), MAX(l.reported), 'bench', '2026-01-01'"
        " FROM event_links l JOIN events e ON e.event_id = l.event_id GROUP BY l.linked_id"
    )
    conn.execute("COMMIT")
    return int(conn.execute("SELECT COUNT(*) FROM linked_events").fetchone()[0])


def request_mix(rng: random.Random) -> dict[str, Any]:
    """One request's filters, drawn from what an analyst does on the page."""
    day = rng.randrange(0, 3 * 365 - 30)
    since = time.strftime("%Y-%m-%d", time.gmtime(1640995200 + day * 86400))
    until = time.strftime("%Y-%m-%d", time.gmtime(1640995200 + (day + 30) * 86400))
    place, lat, lon = rng.choice(PLACES)
    choices: list[dict[str, Any]] = [
        {},
        {"type": rng.choice(EVENT_TYPES)},
        {"quad": rng.randint(1, 4)},
        {"actor_country": rng.choice(COUNTRIES)},
        {"recipient_country": rng.choice(COUNTRIES)},
        {"actor_country": rng.choice(COUNTRIES), "type": rng.choice(EVENT_TYPES)},
        {"since": since, "until": until},
        {"since": since, "until": until, "type": rng.choice(EVENT_TYPES)},
        {"q": rng.choice(WORDS)},
        {"q": f"k{rng.randrange(20, 2000)}"},
        {"q": f"{rng.choice(WORDS)} k{rng.randrange(5, 500)}"},
        {"place": place},
        {"bbox": f"{lon - 1},{lat - 1},{lon + 1},{lat + 1}"},
        {"min_confidence": 0.9, "sort": "-confidence"},
        {"sort": "date", "include_negated": "true"},
    ]
    return {"limit": 50, **rng.choice(choices)}


def serve(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    """What ``sitroom serve --workers N`` runs, in a child process on loopback.

    Through uvicorn directly: the CLI module also imports the NLP pipeline, which the
    server does not need.
    """
    command = [
        sys.executable, "-m", "uvicorn", "sitroom.serve.api:app_from_env", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    env = {**os.environ, "SITROOM_DB": str(db), "SITROOM_API_TOKEN": ""}
    return subprocess.Popen(command, env=env)


def load(base: str, rate: float, seconds: float, seed: int = 11) -> dict[str, Any]:
    """Open loop: request i is due at i / rate whatever the server does; stops after ``seconds``."""
    rng = random.Random(seed)
    total = int(rate * seconds)
    plan = [request_mix(rng) for _ in range(total)]
    latencies: list[float] = []
    by_kind: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    lock = threading.Lock()
    local = threading.local()

    host, port = base.removeprefix("http://").split(":")

    def one(params: dict[str, Any]) -> None:
        # http.client, not httpx: on a 2-CPU machine the load generator must stay light,
        # or it measures its own CPU use. One keep-alive connection per thread.
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection(host, int(port), timeout=10)
        began = time.perf_counter()
        try:
            conn.request("GET", "/api/events?" + urllib.parse.urlencode(params))
            response = conn.getresponse()
            response.read()
            ok = response.status == 200
            key = f"http {response.status}"
        except (OSError, http.client.HTTPException) as err:
            ok, key = False, type(err).__name__
            conn.close()
            local.conn = None
        elapsed = time.perf_counter() - began
        kind = "+".join(sorted(set(params) - {"limit"})) or "none"
        with lock:
            latencies.append(elapsed)
            by_kind.setdefault(kind, []).append(elapsed)
            if not ok:
                errors[key] = errors.get(key, 0) + 1

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=32) as pool:
        for i, params in enumerate(plan):
            delay = started + i / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            pool.submit(one, params)
    wall = time.perf_counter() - started
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1)

    return {
        "requests": len(latencies), "target_rps": rate, "seconds": seconds,
        "achieved_rps": round(len(latencies) / wall, 1), "errors": errors,
        "p50_ms": pct(0.50), "p95_ms": pct(0.95), "p99_ms": pct(0.99),
        "mean_ms": round(1000 * statistics.fmean(ordered), 1), "max_ms": pct(1.0),
        "p95_ms_by_filter": {
            kind: round(1000 * sorted(values)[int(0.95 * len(values))], 1)
            for kind, values in sorted(by_kind.items())
        },
    }  # fmt: skip


def sequential(base: str, count: int, seed: int = 5) -> dict[str, Any]:
    """One client, one request at a time: the latency of each filter without queueing."""
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    rng = random.Random(seed)
    by_kind: dict[str, list[float]] = {}
    for _ in range(count):
        params = request_mix(rng)
        began = time.perf_counter()
        conn.request("GET", "/api/events?" + urllib.parse.urlencode(params))
        conn.getresponse().read()
        kind = "+".join(sorted(set(params) - {"limit"})) or "none"
        by_kind.setdefault(kind, []).append(time.perf_counter() - began)
    everything = sorted(value for values in by_kind.values() for value in values)
    return {
        "requests": count,
        "p50_ms": round(1000 * everything[len(everything) // 2], 1),
        "p95_ms": round(1000 * everything[int(0.95 * len(everything))], 1),
        "p50_ms_by_filter": {
            kind: round(1000 * statistics.median(values), 1)
            for kind, values in sorted(by_kind.items())
        },
    }


def aggregates(base: str) -> dict[str, float]:
    """Seconds per aggregate route, computed afresh (a unique parameter defeats the cache).

    Linked events (the default) and ``reports=true``, unfiltered (the page's first view)
    and with one filter of each kind.
    """
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=600)
    timings: dict[str, float] = {}
    filters: list[dict[str, Any]] = [{}, {"type": "ASSAULT"}, {"actor_country": "SYR"}]
    for n, (route, params, reports) in enumerate(
        (route, params, reports)
        for reports in (False, True)
        for route in ("timeline", "places", "network")
        for params in filters
    ):
        query = {**params, "fresh": n, **({"reports": "true"} if reports else {})}
        began = time.perf_counter()
        conn.request("GET", f"/api/stats/{route}?" + urllib.parse.urlencode(query))
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{route} {params}: HTTP {response.status}")
        unit = "reports" if reports else "linked"
        name = "+".join(sorted(params)) or "none"
        timings[f"{route} {unit} {name}"] = round(time.perf_counter() - began, 2)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/sitroom-bench-api.db"))
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2, help="sitroom serve --workers")
    parser.add_argument("--rebuild", action="store_true", help="Rebuild the store even if present.")
    parser.add_argument(
        "--no-aggregates", action="store_true", help="Skip timing the aggregate routes."
    )
    args = parser.parse_args()
    built: dict[str, Any] = {"reused": True}
    if args.rebuild or not args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        print(f"building {args.events:,} events in {args.db} ...", flush=True)
        built = build(args.db, args.events)
    elif not sqlite3.connect(args.db).execute("SELECT 1 FROM event_links LIMIT 1").fetchone():
        print("linking the stored synthetic events ...", flush=True)
        store = SQLiteStore(args.db)  # migrated first: an older store has no link tables
        built["linked_events"] = link(store.conn)
        store.conn.execute("ANALYZE")
        store.close()
    count = sqlite3.connect(args.db).execute("SELECT COUNT(*) FROM events").fetchone()[0]
    load_before = os.getloadavg()  # other work on the machine skews every figure
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server = serve(args.db, port, args.workers)
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/api/version", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        load(base, rate=20, seconds=3)  # warm the page cache and the threads
        alone = sequential(base, 600)
        result = load(base, rate=args.rate, seconds=args.seconds)
        stats = {} if args.no_aggregates else aggregates(base)
    finally:
        server.terminate()
        server.wait(timeout=10)
    sha = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                         cwd=HERE, check=False).stdout.strip()  # fmt: skip
    record = {
        "bench": "api_latency", "sitroom": __version__, "git_sha": sha, "store_events": count,
        "store": built, "workers": args.workers, "sequential": alone, "load": result,
        "aggregates_s": stats, "loadavg_before": load_before, "loadavg_after": os.getloadavg(),
        "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(), "engine": "sqlite",
    }  # fmt: skip
    print(json.dumps(record, indent=2))
    out = HERE / "results" / "api_latency.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"one client: p50 {alone['p50_ms']} ms, p95 {alone['p95_ms']} ms")
    print(f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, {result['achieved_rps']} req/s,"
          f" errors {sum(result['errors'].values())}; written to {out}")  # fmt: skip


if __name__ == "__main__":
    main()
