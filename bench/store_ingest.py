"""Ingest rate into the store: PostgreSQL vs SQLite, same analyses, same run.

The Guardian sample is analysed once (the NLP rate is printed for scale); then the same
analyses are written in batches into a fresh store of each backend, alternating, with
the best of ``--rounds`` kept since the machine is shared and noisy. Three figures per
backend, each in docs/s and events/s: ``write`` (the upsert transaction), ``link``
(incremental linking, its own transaction) and ``ingest`` (both, what ``sitroom ingest``
adds to the NLP), plus ``reingest`` (every article unchanged). PostgreSQL is a throwaway
local server (``sitroom.store.pgtemp``; fsync on, ``synchronous_commit`` off: as safe as
SQLite's WAL with ``synchronous=NORMAL``) unless ``--pg URL`` names one; each round uses a
schema of its own. Writes JSON (figures, git SHA, versions) to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sitroom import __version__, ingest, settings
from sitroom.model import Analysis, RawDocument
from sitroom.run import process_partition
from sitroom.store import links, open_store
from sitroom.store.sqlstore import SqlStore

HERE = Path(__file__).resolve().parent
FIXTURE = HERE.parent / "tests" / "fixtures" / "bench" / "docs.jsonl"
_SCHEMAS = itertools.count(1)


def analyses(shared: Path, limit: int) -> tuple[Path, list[Analysis], float]:
    path = shared / "data" / "guardian-syria" / "docs.jsonl"
    if not path.exists():
        path = FIXTURE
    raws = [raw for raw in ingest.read([str(path)]) if isinstance(raw, RawDocument)][:limit]
    started = time.perf_counter()
    out = [a for a in process_partition(raws, batch_size=32) if isinstance(a, Analysis)]
    return path, out, time.perf_counter() - started


@contextmanager
def sqlite_store() -> Iterator[SqlStore]:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.db")
        assert isinstance(store, SqlStore)
        yield store
        store.close()


def pg_stores(url: str) -> Callable[[], Any]:
    """Fresh stores in new schemas of the database at ``url``, dropped afterwards."""
    import psycopg  # noqa: PLC0415 - the postgres extra

    @contextmanager
    def fresh() -> Iterator[SqlStore]:
        name = f"sitroom_bench_{os.getpid()}_{next(_SCHEMAS)}"
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"CREATE SCHEMA {name}")
        sep = "&" if "?" in url else "?"
        store = open_store(f"{url}{sep}options=-csearch_path%3D{name}")
        assert isinstance(store, SqlStore)
        try:
            yield store
        finally:
            store.close()
            with psycopg.connect(url, autocommit=True) as admin:
                admin.execute(f"DROP SCHEMA {name} CASCADE")

    return fresh


def one_round(
    fresh: Callable[[], Any], batches: list[list[Analysis]]
) -> tuple[dict[str, float], dict[str, int]]:
    """Seconds spent writing, linking and re-writing every batch into a fresh store, and
    the rows stored (both backends must store the same)."""
    with fresh() as store:
        write = link = 0.0
        for batch in batches:
            started = time.perf_counter()
            store.write(batch)
            write += time.perf_counter() - started
            started = time.perf_counter()
            links.link_analyses(store.conn, batch)
            link += time.perf_counter() - started
        started = time.perf_counter()
        for batch in batches:
            store.write(batch)
        reingest = time.perf_counter() - started
        counts = store.counts()
        linked = store.conn.execute("SELECT COUNT(*) FROM linked_events").fetchone()[0]
    assert counts["articles"] == sum(len(b) for b in batches)
    return {"write": write, "link": link, "ingest": write + link, "reingest": reingest}, {
        **counts, "linked_events": int(linked)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pg", help="postgresql:// URL (default: a throwaway local server)")
    args = parser.parse_args()
    path, done, nlp_seconds = analyses(args.shared, args.docs)
    n_events = sum(len(a.events) for a in done)
    size = int(settings.get("batch_size"))
    batches = [done[i : i + size] for i in range(0, len(done), size)]
    server = None
    url = args.pg
    if url is None:
        from sitroom.store import pgtemp  # noqa: PLC0415

        server = pgtemp.start(durable=True)
        url = server.url()
    try:
        backends = {"sqlite": sqlite_store, "postgres": pg_stores(url)}
        best: dict[str, dict[str, float]] = {}
        stored: dict[str, dict[str, int]] = {}
        for _ in range(args.rounds):
            for name, fresh in backends.items():
                seconds, stored[name] = one_round(fresh, batches)
                kept = best.setdefault(name, seconds)
                for key, value in seconds.items():
                    kept[key] = min(kept[key], value)
    finally:
        if server is not None:
            server.stop()
    figures: dict[str, Any] = {"docs": len(done), "events": n_events, "batch_size": size,
                               "nlp_docs_per_s": round(len(done) / nlp_seconds, 2)}  # fmt: skip
    for name, seconds in best.items():
        for key, value in seconds.items():
            figures[f"{name}_{key}_docs_per_s"] = round(len(done) / value, 1)
            figures[f"{name}_{key}_events_per_s"] = round(n_events / value, 1)
    figures["same_rows_both_backends"] = stored["sqlite"] == stored["postgres"]
    for key in ("write", "link", "ingest", "reingest"):
        figures[f"pg_to_sqlite_{key}"] = round(best["sqlite"][key] / best["postgres"][key], 3)
    for key, value in figures.items():
        print(f"{key:<34} {value}")
    record = {
        "benchmark": "store_ingest", "figures": figures, "corpus": str(path),
        "rounds": args.rounds,
        "pg_server": "throwaway (fsync on, synchronous_commit off)" if server else "given",
        "sitroom": __version__, "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version, "cpus": os.cpu_count(),
        "git": subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                              check=False).stdout.strip(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }  # fmt: skip
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "store_ingest.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
