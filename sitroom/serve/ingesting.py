"""``sitroom ingest``: stream documents through the pipeline into the store in batches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from sitroom import ingest, settings
from sitroom.model import Analysis, RawDocument, Skip
from sitroom.run.local import run as run_local
from sitroom.store import links, open_store


@dataclass(slots=True)
class IngestReport:
    """Counts of one ingest run."""

    read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    events: int = 0
    events_written: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    reports_linked: int = 0  # reports (re)linked into linked events
    reports_joined: int = 0  # of which joined a linked event reported by another article


def ingest_paths(
    paths: Sequence[str],
    *,
    db: str,
    workers: int = 1,
    on_skip: Callable[[Skip], None] | None = None,
    on_analysis: Callable[[Analysis], None] | None = None,
    console: Console | None = None,
) -> IngestReport:
    """Analyse ``paths`` and upsert the results; memory stays bounded by the batch size."""
    batch_size = int(settings.get("batch_size"))
    store = open_store(db)
    report = IngestReport()
    run_id = store.start_run("ingest " + " ".join(paths))

    def counted(raws: Iterator[RawDocument | Skip]) -> Iterator[RawDocument | Skip]:
        for raw in raws:
            report.read += 1
            yield raw

    # No live bar (a thread) when forking workers: fork copies a thread's locks mid-use.
    progress = Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
        disable=console is None or not console.is_terminal or workers > 1,
    )  # fmt: skip
    batch: list[Analysis] = []

    def flush() -> None:
        stats = store.write(batch)
        report.new += stats.new
        report.changed += stats.changed
        report.unchanged += stats.unchanged
        report.events_written += stats.events
        conn = getattr(store, "conn", None)
        if conn is not None and batch:
            # Linking runs after the write, in its own transaction (both backends).
            linked = links.link_analyses(conn, batch)
            report.reports_linked += linked.reports
            report.reports_joined += linked.joined
        batch.clear()

    try:
        with progress:
            task = progress.add_task("ingest", total=None)
            raws = counted(ingest.read(paths, max_bytes=int(settings.get("max_bytes"))))
            for outcome in run_local(raws, workers=workers, batch_size=batch_size):
                progress.advance(task)
                if isinstance(outcome, Skip):
                    report.skipped[outcome.reason.value] += 1
                    store.log_skip(run_id, outcome)
                    if on_skip:
                        on_skip(outcome)
                    continue
                report.events += len(outcome.events)
                if on_analysis:
                    on_analysis(outcome)
                batch.append(outcome)
                if len(batch) >= batch_size:
                    flush()
            flush()
    finally:
        store.finish_run(
            run_id,
            {"read": report.read, "new": report.new, "changed": report.changed,
             "unchanged": report.unchanged, "events": report.events,
             "skipped": dict(report.skipped)},
        )  # fmt: skip
        store.close()
    return report
