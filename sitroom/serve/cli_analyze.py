"""CLI commands that run the pipeline: analyze, ingest, explain, spark, watch.

Each imports the pipeline (spaCy) inside the command: ``--help`` and the store commands stay light.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from sitroom import ingest, settings
from sitroom.contract import analysis_json, skip_json
from sitroom.errors import ConfigError, RunFailed, SitroomError
from sitroom.model import Skip
from sitroom.serve import render
from sitroom.serve.cli_options import DbOption, Paths, Workers, err, fail, out, print_skip


def analyze(
    paths: Paths = None,
    *,
    output_format: Annotated[
        str, typer.Option("--format", help="Output format (jsonl).")
    ] = "jsonl",
    workers: Workers = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Add each event's reasons (why).")
    ] = False,
) -> None:
    """Analyse documents and write one JSON object per document to stdout (touches no database)."""
    if output_format != "jsonl":
        raise fail(SitroomError(f"unknown --format {output_format!r} (only jsonl)"))
    try:
        raws = ingest.read(paths or ["-"], max_bytes=settings.get("max_bytes"))
        # The pipeline (spaCy) loads only for commands that analyse: serve/events stay light.
        from sitroom.run.local import run as run_local  # noqa: PLC0415

        for outcome in run_local(
            raws, workers=int(settings.get("workers", workers)),
            batch_size=settings.get("batch_size"),
        ):  # fmt: skip
            if isinstance(outcome, Skip):
                print_skip(outcome)
                data = skip_json(outcome)
            else:
                data = analysis_json(outcome, explain=explain)
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    except SitroomError as error:
        raise fail(error) from error


def ingest_command(
    paths: Paths = None,
    *,
    db: DbOption = None,
    workers: Workers = None,
    summary: Annotated[
        bool, typer.Option("--summary", help="Print a summary per article.")
    ] = False,
) -> None:
    """Analyse documents and store articles, annotations and events (idempotent upsert)."""
    from sitroom.serve.ingesting import ingest_paths  # noqa: PLC0415 - keeps --help fast

    try:
        report = ingest_paths(
            paths or ["-"], db=settings.get("db", db),
            workers=int(settings.get("workers", workers)),
            on_skip=print_skip,
            on_analysis=(lambda a: render.article_summary(out, a)) if summary else None,
            console=err,
        )  # fmt: skip
    except SitroomError as error:
        raise fail(error) from error
    skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(report.skipped.items())) or "none"
    err.print(
        f"read {report.read} input records: {report.new} articles stored new,"
        f" {report.changed} updated,"
        f" {report.unchanged} unchanged, skipped {sum(report.skipped.values())} ({skipped});"
        f" {report.events} events found, {report.events_written} written",
        highlight=False,
    )
    if report.skipped:
        raise typer.Exit(1)


def explain(
    text: Annotated[str, typer.Argument(help="A sentence or article text.")],
    *,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
) -> None:
    """Code TEXT and show, per event, the pattern, tokens and reasons behind it."""
    from sitroom.run import analyze_text  # noqa: PLC0415 - spaCy loads only when needed

    data = analysis_json(analyze_text(text, published=published), explain=True)
    if not data["events"]:
        out.print("no event found")
    for event in data["events"]:
        render.event_detail(out, event)


def spark_command(
    paths: Annotated[
        list[str], typer.Argument(help="JSONL, Parquet or WARC inputs: paths, globs or URIs.")
    ],
    *,
    out_dir: Annotated[
        str, typer.Option("--out", help="Output folder: articles/, events/, issues/ (Parquet).")
    ],
    master: Annotated[str, typer.Option(help="Spark master URL.")] = "local[2]",
    partitions: Annotated[
        int | None, typer.Option(min=1, help="Tasks (default: the cluster's parallelism).")
    ] = None,
) -> None:
    """Analyse a corpus on Spark (local[N] or a cluster) into Parquet; needs the spark extra."""
    try:
        from sitroom.run import spark as spark_runner  # noqa: PLC0415 - an optional extra
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith(("pyspark", "py4j")):
            raise
        missing = ConfigError("pyspark is not installed: pip install 'sitroom[spark]'")
        raise fail(missing) from error
    try:
        spark = spark_runner.session(master)
    except RuntimeError as error:  # no Java, or the master cannot be reached
        raise fail(RunFailed(f"cannot start Spark ({master}): {error}")) from error
    try:
        report = spark_runner.analyse(
            spark, paths, out=out_dir, batch_size=settings.get("batch_size"),
            max_bytes=settings.get("max_bytes"), partitions=partitions,
        )  # fmt: skip
    except SitroomError as error:
        raise fail(error) from error
    finally:
        spark.stop()
    err.print(
        f"{report.articles} articles, {report.events} events, {report.issues} skipped records"
        f" written to {report.out}",
        highlight=False,
    )


def watch(
    feeds: Annotated[Path, typer.Argument(help="Text file: one feed URL per line, # comments.")],
    *,
    every: Annotated[str, typer.Option(help="Time between rounds: 90s, 15m, 1h.")] = "15m",
    db: DbOption = None,
    once: Annotated[bool, typer.Option("--once", help="One round, then exit.")] = False,
    fetch: Annotated[
        bool, typer.Option("--fetch", help="Fetch each new entry's page for its full text.")
    ] = False,
    raw: Annotated[
        Path, typer.Option("--raw", help="Folder for raw responses (WARC) and the watch state.")
    ] = Path("raw"),
    host_interval: Annotated[
        float, typer.Option(min=0, help="Seconds between two requests to one host.")
    ] = 2.0,
    workers: Workers = None,
) -> None:
    """Fetch feeds politely every interval and ingest their new entries into the store."""
    from sitroom.ingest.fetch import FetchOptions  # noqa: PLC0415 - keeps --help fast
    from sitroom.ingest.watch import parse_every  # noqa: PLC0415
    from sitroom.serve.watching import WatchReport  # noqa: PLC0415
    from sitroom.serve.watching import watch as watch_feeds  # noqa: PLC0415

    def report(done: WatchReport) -> None:
        fetched, stored = done.round, done.ingest
        err.print(
            f"round {fetched.folder.name}: {fetched.feeds_changed} feeds changed,"
            f" {fetched.feeds_unchanged} unchanged, {fetched.new_entries} new entries,"
            f" {fetched.pages} pages fetched; {stored.new if stored else 0} articles stored new,"
            f" {stored.events_written if stored else 0} events written",
            highlight=False,
        )

    try:
        watch_feeds(
            feeds, db=settings.get("db", db), raw_dir=raw, every=parse_every(every), once=once,
            fetch_pages=fetch, workers=int(settings.get("workers", workers)),
            options=FetchOptions(min_interval=host_interval),
            on_skip=print_skip, on_round=report,
        )  # fmt: skip
    except SitroomError as error:
        raise fail(error) from error
