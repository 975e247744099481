"""CLI commands that read the store: events, show, export."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from sitroom import settings
from sitroom.errors import SitroomError
from sitroom.serve import render
from sitroom.serve.cli_options import (
    DbOption,
    IncludeAll,
    PerReport,
    Since,
    Until,
    err,
    fail,
    out,
)
from sitroom.store import EventQuery, links, open_store


def events(
    *,
    db: DbOption = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor country (ISO3 or IGO...).")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient country.")] = None,
    since: Since = None,
    until: Until = None,
    text: Annotated[str | None, typer.Option(help="Words searched in the evidence (FTS5).")] = None,
    include_all: IncludeAll = False,
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 100,
    output_format: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
    per_report: PerReport = False,
) -> None:
    """Query stored events: one row per real-world (linked) event, or per report."""
    if output_format not in {"table", "jsonl", "csv"}:
        raise fail(SitroomError(f"unknown --format {output_format!r} (table, jsonl, csv)"))
    try:
        query = EventQuery(
            event_type=event_type, actor=actor, recipient=recipient,
            since=dt.date.fromisoformat(since) if since else None,
            until=dt.date.fromisoformat(until) if until else None,
            text=text, asserted_only=not include_all, limit=limit,
        )  # fmt: skip
    except ValueError as error:
        raise fail(SitroomError(f"bad date: {error}")) from error
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
        raise fail(error) from error
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


def show(
    key: Annotated[
        str, typer.Argument(help="An event id, linked event id, article id or document id.")
    ],
    *,
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
        raise fail(error) from error


def export_command(
    *,
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
    since: Since = None,
    until: Until = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence.")] = None,
    min_confidence: Annotated[float | None, typer.Option(min=0, max=1)] = None,
    include_all: IncludeAll = False,
    include_rejected: Annotated[
        bool, typer.Option("--include-rejected", help="Include events rejected in review.")
    ] = False,
    per_report: PerReport = False,
) -> None:
    """Export stored linked events (reviewed values applied) as JSONL, CSV, GeoJSON or Parquet.

    A linked event is exported when any of its reports matches the filters."""
    import asyncio  # noqa: PLC0415

    from sitroom.serve.api_errors import ApiError  # noqa: PLC0415
    from sitroom.serve.api_export import write  # noqa: PLC0415
    from sitroom.serve.api_params import event_filter  # noqa: PLC0415

    if output_format not in {"jsonl", "csv", "geojson", "parquet"}:
        raise fail(SitroomError(f"unknown --format {output_format!r}"))
    try:
        flt = asyncio.run(event_filter(
            type=event_type, quad=quad, actor_country=actor, actor_sector=None, actor_id=None,
            recipient_country=recipient, place=place, bbox=None, since=since, until=until,
            q=text, min_confidence=min_confidence, include_negated=include_all,
            include_hypothetical=include_all, include_rejected=include_rejected,
            reports=per_report,
        ))  # fmt: skip
    except ApiError as error:
        raise fail(SitroomError(error.message)) from error
    try:
        store = open_store(settings.get("db", db))
        conn = getattr(store, "conn", None)
        if conn is None:
            raise SitroomError("export needs the SQLite store")
        count = write(conn, flt, output_format, Path(out_path) if out_path else sys.stdout)
        store.close()
    except SitroomError as error:
        raise fail(error) from error
    unit = "reports" if per_report else "linked events"
    err.print(f"{count} {unit} exported", highlight=False)
