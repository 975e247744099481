"""``sitroom watch``: rounds of polite feed fetching, each ingested through ``ingest_paths``.

A round fetches (``ingest.watch.run_round``), ingests the new entries' JSONL
files into the store, and only then commits the watch state. A crash between
the two redoes the round next time; the upsert makes that harmless.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sitroom.ingest.fetch import Fetcher, FetchOptions
from sitroom.ingest.watch import Round, WatchState, read_feed_list, run_round
from sitroom.model import Skip
from sitroom.serve.ingesting import IngestReport, ingest_paths


@dataclass(frozen=True, slots=True)
class WatchReport:
    round: Round
    ingest: IngestReport | None  # None when nothing new arrived


def watch_round(
    feeds_file: Path,
    *,
    db: str,
    raw_dir: Path,
    fetcher: Fetcher,
    fetch_pages: bool = False,
    workers: int = 1,
    on_skip: Callable[[Skip], None] | None = None,
) -> WatchReport:
    """One round: fetch what is new, store it, then remember it as seen."""
    feeds = read_feed_list(feeds_file)
    state_path = raw_dir / "state.json"
    state = WatchState.load(state_path)
    fetched = run_round(
        feeds, raw_dir=raw_dir, fetcher=fetcher, state=state, fetch_pages=fetch_pages
    )
    if on_skip is not None:
        for skip in fetched.skips:
            on_skip(skip)
    report = None
    if fetched.paths:
        report = ingest_paths(fetched.paths, db=db, workers=workers, on_skip=on_skip)
    fetched.commit(state)
    state.save(state_path)
    return WatchReport(fetched, report)


def watch(
    feeds_file: Path,
    *,
    db: str,
    raw_dir: Path,
    every: float,
    once: bool = False,
    fetch_pages: bool = False,
    workers: int = 1,
    options: FetchOptions | None = None,
    on_skip: Callable[[Skip], None] | None = None,
    on_round: Callable[[WatchReport], None] | None = None,
) -> None:
    """Run rounds every ``every`` seconds (one with ``once``); robots rules kept between rounds."""
    fetcher = Fetcher(options or FetchOptions())
    while True:
        started = time.monotonic()
        report = watch_round(
            feeds_file, db=db, raw_dir=raw_dir, fetcher=fetcher, fetch_pages=fetch_pages,
            workers=workers, on_skip=on_skip,
        )  # fmt: skip
        if on_round is not None:
            on_round(report)
        if once:
            return
        time.sleep(max(0.0, every - (time.monotonic() - started)))
