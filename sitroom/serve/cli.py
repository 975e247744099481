"""The ``sitroom`` command: parses options, calls one function, formats the result."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sitroom import __version__, ingest, settings
from sitroom.contract import analysis_json, skip_json
from sitroom.errors import ConfigError, RunFailed, SitroomError
from sitroom.model import Skip
from sitroom.serve import render
from sitroom.store import EventQuery, is_postgres, links, open_store

app = typer.Typer(
    help="sitroom: offline political-event monitor. News in; PLOVER events with sources out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(
    help="The offline gazetteer index (GeoNames data).", no_args_is_help=True
)
app.add_typer(gazetteer_app, name="gazetteer")

err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

Paths = Annotated[
    list[str] | None, typer.Argument(help="Files or folders; '-' or none: stdin (JSONL).")
]
DbOption = Annotated[str | None, typer.Option("--db", help="Store path (default: sitroom.db).")]
Workers = Annotated[
    int | None, typer.Option("--workers", min=1, help="Worker processes (default: setting).")
]


def _fail(error: SitroomError) -> typer.Exit:
    err.print(f"sitroom: error: {error}", markup=False, highlight=False)
    return typer.Exit(error.exit_code)


@app.command()
def analyze(
    paths: Paths = None,
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
        raise _fail(SitroomError(f"unknown --format {output_format!r} (only jsonl)"))
    try:
        raws = ingest.read(paths or ["-"], max_bytes=settings.get("max_bytes"))
        # The pipeline (spaCy) loads only for commands that analyse: serve/events stay light.
        from sitroom.run.local import run as run_local  # noqa: PLC0415

        for outcome in run_local(
            raws, workers=int(settings.get("workers", workers)),
            batch_size=settings.get("batch_size"),
        ):  # fmt: skip
            if isinstance(outcome, Skip):
                err.print(outcome.message(), markup=False, highlight=False)
                data = skip_json(outcome)
            else:
                data = analysis_json(outcome, explain=explain)
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    except SitroomError as error:
        raise _fail(error) from error


@app.command("ingest")
def ingest_command(
    paths: Paths = None,
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
            on_skip=lambda skip: err.print(skip.message(), markup=False, highlight=False),
            on_analysis=(lambda a: render.article_summary(out, a)) if summary else None,
            console=err,
        )  # fmt: skip
    except SitroomError as error:
        raise _fail(error) from error
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


@app.command()
def events(
    db: DbOption = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor country (ISO3 or IGO...).")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient country.")] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="To date YYYY-MM-DD.")] = None,
    text: Annotated[str | None, typer.Option(help="Words searched in the evidence (FTS5).")] = None,
    include_all: Annotated[
        bool, typer.Option("--all", help="Include negated and hypothetical events.")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 100,
    output_format: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
    per_report: Annotated[
        bool,
        typer.Option(
            "--reports", help="One row per report (default: one per linked event, with counts)."
        ),
    ] = False,
) -> None:
    """Query stored events: one row per real-world (linked) event, or per report."""
    if output_format not in {"table", "jsonl", "csv"}:
        raise _fail(SitroomError(f"unknown --format {output_format!r} (table, jsonl, csv)"))
    try:
        query = EventQuery(
            event_type=event_type, actor=actor, recipient=recipient,
            since=dt.date.fromisoformat(since) if since else None,
            until=dt.date.fromisoformat(until) if until else None,
            text=text, asserted_only=not include_all, limit=limit,
        )  # fmt: skip
    except ValueError as error:
        raise _fail(SitroomError(f"bad date: {error}")) from error
    try:
        store = open_store(settings.get("db", db))
        conn = getattr(store, "conn", None)
        if not per_report and conn is not None:
            linked = links.linked_events(conn, query)
            store.close()
            _print_linked(linked, output_format)
            return
        rows = store.events(query)
        store.close()
    except SitroomError as error:
        raise _fail(error) from error
    if output_format == "jsonl":
        sys.stdout.write(render.events_jsonl(rows))
    elif output_format == "csv":
        sys.stdout.write(render.events_csv(rows))
    else:
        out.print(render.events_table(rows))
        err.print(f"{len(rows)} events", highlight=False)


def _print_linked(rows: list[links.LinkedRow], output_format: str) -> None:
    if output_format == "jsonl":
        sys.stdout.write(render.linked_jsonl(rows))
    elif output_format == "csv":
        sys.stdout.write(render.linked_csv(rows))
    else:
        out.print(render.linked_table(rows))
        reports = sum(row.n_reports for row in rows)
        err.print(f"{len(rows)} linked events ({reports} reports)", highlight=False)


@app.command()
def show(
    key: Annotated[
        str, typer.Argument(help="An event id, linked event id, article id or document id.")
    ],
    db: DbOption = None,
) -> None:
    """One event or article with its provenance; the evidence is highlighted in the article."""
    try:
        store = open_store(settings.get("db", db))
        conn = getattr(store, "conn", None)
        linked = links.linked_event(conn, key) if conn is not None else None
        row = store.event(key)
        if row is not None:
            render.event_detail(out, row.data, store.article(row.article_id))
        if linked is not None and conn is not None:
            render.linked_detail(out, linked, links.story(conn, linked.reports[0].article_id))
        if row is not None or linked is not None:
            return
        article = store.article(key)
        if article is None:
            raise SitroomError(f"no event or article with id {key!r}")
        out.print(
            f"[bold]{article.title or '(no title)'}[/bold]  {article.doc_id} ({article.article_id})"
        )
        out.print(
            f"published {article.published or 'unknown'} (from {article.published_from}); "
            f"source {article.source}; {article.n_sentences} sentences",
            markup=False,
        )
        for event_id in article.event_ids:
            event_row = store.event(event_id)
            if event_row is not None:
                out.print(
                    f"  {event_row.event_type:<9} {event_id}  {event_row.evidence[:100]}",
                    markup=False,
                )
        out.print(article.text, markup=False)
    except SitroomError as error:
        raise _fail(error) from error


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="A sentence or article text.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
) -> None:
    """Code TEXT and show, per event, the pattern, tokens and reasons behind it."""
    from sitroom.run import analyze_text  # noqa: PLC0415 - spaCy loads only when needed

    data = analysis_json(analyze_text(text, published=published), explain=True)
    if not data["events"]:
        out.print("no event found")
    for event in data["events"]:
        render.event_detail(out, event)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes.")] = 1,
) -> None:
    """Serve the JSON API and the web page; reviews need SITROOM_API_TOKEN set."""
    import os  # noqa: PLC0415 - the server's imports stay out of the other commands

    import uvicorn  # noqa: PLC0415

    from sitroom.serve.api import create_app  # noqa: PLC0415

    location = str(settings.get("db", db))
    try:
        api = create_app(location, token=os.environ.get("SITROOM_API_TOKEN"))  # migrates
    except SitroomError as error:
        raise _fail(error) from error
    err.print(f"sitroom: serving on http://{host}:{port}/ (API docs at /docs)", highlight=False)
    if workers == 1:
        uvicorn.run(api, host=host, port=port, log_level="warning")
        return
    # Worker processes import the app by name; they find the store through the environment.
    os.environ["SITROOM_DB"] = location if is_postgres(location) else str(Path(location).resolve())
    uvicorn.run(
        "sitroom.serve.api:app_from_env", factory=True, host=host, port=port,
        workers=workers, log_level="warning",
    )  # fmt: skip


@app.command("export")
def export_command(
    db: DbOption = None,
    output_format: Annotated[
        str, typer.Option("--format", help="jsonl, csv, geojson or parquet.")
    ] = "jsonl",
    out_path: Annotated[
        str | None, typer.Option("--out", help="Output file (default: stdout).")
    ] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER types, a,b.")] = None,
    quad: Annotated[str | None, typer.Option(help="Quad classes 1-4, a,b.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor countries, a,b.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient countries, a,b.")] = None,
    place: Annotated[str | None, typer.Option(help="Place name.")] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="To date YYYY-MM-DD.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence.")] = None,
    min_confidence: Annotated[float | None, typer.Option(min=0, max=1)] = None,
    include_all: Annotated[
        bool, typer.Option("--all", help="Include negated and hypothetical events.")
    ] = False,
    include_rejected: Annotated[
        bool, typer.Option("--include-rejected", help="Include events rejected in review.")
    ] = False,
    per_report: Annotated[
        bool,
        typer.Option(
            "--reports", help="One row per report (default: one per linked event, with counts)."
        ),
    ] = False,
) -> None:
    """Export stored linked events (reviewed values applied) as JSONL, CSV, GeoJSON or Parquet.

    A linked event is exported when any of its reports matches the filters."""
    import asyncio  # noqa: PLC0415

    from sitroom.serve.api_errors import ApiError  # noqa: PLC0415
    from sitroom.serve.api_export import write  # noqa: PLC0415
    from sitroom.serve.api_params import event_filter  # noqa: PLC0415

    if output_format not in {"jsonl", "csv", "geojson", "parquet"}:
        raise _fail(SitroomError(f"unknown --format {output_format!r}"))
    try:
        flt = asyncio.run(event_filter(
            type=event_type, quad=quad, actor_country=actor, actor_sector=None, actor_id=None,
            recipient_country=recipient, place=place, bbox=None, since=since, until=until,
            q=text, min_confidence=min_confidence, include_negated=include_all,
            include_hypothetical=include_all, include_rejected=include_rejected,
            reports=per_report,
        ))  # fmt: skip
    except ApiError as error:
        raise _fail(SitroomError(error.message)) from error
    try:
        store = open_store(settings.get("db", db))
        conn = getattr(store, "conn", None)
        if conn is None:
            raise SitroomError("export needs the SQLite store")
        count = write(conn, flt, output_format, Path(out_path) if out_path else sys.stdout)
        store.close()
    except SitroomError as error:
        raise _fail(error) from error
    unit = "reports" if per_report else "linked events"
    err.print(f"{count} {unit} exported", highlight=False)


@app.command("spark")
def spark_command(
    paths: Annotated[
        list[str], typer.Argument(help="JSONL, Parquet or WARC inputs: paths, globs or URIs.")
    ],
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
        raise _fail(missing) from error
    try:
        spark = spark_runner.session(master)
    except RuntimeError as error:  # no Java, or the master cannot be reached
        raise _fail(RunFailed(f"cannot start Spark ({master}): {error}")) from error
    try:
        report = spark_runner.analyse(
            spark, paths, out=out_dir, batch_size=settings.get("batch_size"),
            max_bytes=settings.get("max_bytes"), partitions=partitions,
        )  # fmt: skip
    except SitroomError as error:
        raise _fail(error) from error
    finally:
        spark.stop()
    err.print(
        f"{report.articles} articles, {report.events} events, {report.issues} skipped records"
        f" written to {report.out}",
        highlight=False,
    )


@app.command()
def watch(
    feeds: Annotated[Path, typer.Argument(help="Text file: one feed URL per line, # comments.")],
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
            on_skip=lambda skip: err.print(skip.message(), markup=False, highlight=False),
            on_round=report,
        )  # fmt: skip
    except SitroomError as error:
        raise _fail(error) from error


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Build the gazetteer index from the installed GeoNames packages (once per version)."""
    from sitroom.resolve import gazetteer  # noqa: PLC0415

    path = gazetteer.ensure()
    err.print(f"gazetteer index ready: {path}", highlight=False)


@app.command()
def about() -> None:
    """Versions, codebook, data sources and their licences."""
    from sitroom import ABOUT  # noqa: PLC0415

    out.print(f"sitroom {__version__}", markup=False)
    out.print(ABOUT, markup=False)


def main() -> None:
    """Console-script entry point."""
    logging.basicConfig(level=logging.WARNING, format="sitroom: %(levelname)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
