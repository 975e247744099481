"""The ``sitroom`` command: parses options, calls one function, formats the result."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import Annotated

import typer
from rich.console import Console

from sitroom import __version__, ingest, settings
from sitroom.contract import analysis_json, skip_json
from sitroom.errors import SitroomError
from sitroom.model import Skip
from sitroom.run import analyze_text
from sitroom.run.local import run as run_local
from sitroom.serve import render
from sitroom.store import EventQuery, open_store

app = typer.Typer(
    help="sitroom: offline political-event monitor. News in; PLOVER events with sources out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="The offline gazetteer index (GeoNames data).", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

Paths = Annotated[list[str] | None, typer.Argument(help="Files or folders; '-' or none: stdin (JSONL).")]
DbOption = Annotated[str | None, typer.Option("--db", help="Store path (default: sitroom.db).")]
Workers = Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")]


def _fail(error: SitroomError) -> typer.Exit:
    err.print(f"sitroom: error: {error}", markup=False, highlight=False)
    return typer.Exit(error.exit_code)


@app.command()
def analyze(
    paths: Paths = None,
    output_format: Annotated[str, typer.Option("--format", help="Output format (jsonl).")] = "jsonl",
    workers: Workers = 1,
    explain: Annotated[bool, typer.Option("--explain", help="Add each event's reasons (why).")] = False,
) -> None:
    """Analyse documents and write one JSON object per document to stdout (touches no database)."""
    if output_format != "jsonl":
        raise _fail(SitroomError(f"unknown --format {output_format!r} (only jsonl)"))
    try:
        raws = ingest.read(paths or ["-"], max_bytes=settings.get("max_bytes"))
        for outcome in run_local(raws, workers=workers, batch_size=settings.get("batch_size")):
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
    workers: Workers = 1,
    summary: Annotated[bool, typer.Option("--summary", help="Print a summary per article.")] = False,
) -> None:
    """Analyse documents and store articles, annotations and events (idempotent upsert)."""
    from sitroom.serve.ingesting import ingest_paths  # noqa: PLC0415 - keeps --help fast

    try:
        report = ingest_paths(
            paths or ["-"], db=settings.get("db", db), workers=workers,
            on_skip=lambda skip: err.print(skip.message(), markup=False, highlight=False),
            on_analysis=(lambda a: render.article_summary(out, a)) if summary else None,
            console=err,
        )  # fmt: skip
    except SitroomError as error:
        raise _fail(error) from error
    skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(report.skipped.items())) or "none"
    err.print(
        f"read {report.read} documents: {report.new} stored new, {report.changed} updated,"
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
) -> None:
    """Query stored events."""
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


@app.command()
def show(
    key: Annotated[str, typer.Argument(help="An event id, article id or document id.")],
    db: DbOption = None,
) -> None:
    """One event or article with its provenance; the evidence is highlighted in the article."""
    try:
        store = open_store(settings.get("db", db))
        row = store.event(key)
        if row is not None:
            render.event_detail(out, row.data, store.article(row.article_id))
            return
        article = store.article(key)
        if article is None:
            raise SitroomError(f"no event or article with id {key!r}")
        out.print(f"[bold]{article.title or '(no title)'}[/bold]  {article.doc_id} ({article.article_id})")
        out.print(f"published {article.published or 'unknown'} (from {article.published_from}); "
                  f"source {article.source}; {article.n_sentences} sentences", markup=False)
        for event_id in article.event_ids:
            event_row = store.event(event_id)
            if event_row is not None:
                out.print(f"  {event_row.event_type:<9} {event_id}  {event_row.evidence[:100]}",
                          markup=False)
        out.print(article.text, markup=False)
    except SitroomError as error:
        raise _fail(error) from error


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="A sentence or article text.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
) -> None:
    """Code TEXT and show, per event, the pattern, tokens and reasons behind it."""
    data = analysis_json(analyze_text(text, published=published), explain=True)
    if not data["events"]:
        out.print("no event found")
    for event in data["events"]:
        render.event_detail(out, event)


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
