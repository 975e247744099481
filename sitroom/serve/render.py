"""Human-readable output of the CLI: summaries, event tables, highlighted evidence."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sitroom.model import Analysis
from sitroom.store import ArticleRow, EventRow
from sitroom.store.links_query import LinkedEvent, LinkedRow, StoryRow


def _actors(items: Sequence[dict[str, Any]]) -> str:
    parts = []
    for item in items:
        code = "/".join(x for x in (item.get("country"), item.get("sector")) if x)
        label = item.get("name") or item.get("text")
        parts.append(f"{label} [{code}]" if code else str(label))
    return "; ".join(parts)


# Where a date comes from (``date_source``), in words; NULL: stored before it was recorded.
DATE_SOURCES: dict[str | None, str] = {
    "text": "from the sentence", "context": "from an earlier sentence",
    "published": "publication date", "review": "set by review", "none": "",
    None: "source not recorded",
}  # fmt: skip


def date_source_label(source: str | None) -> str:
    """``date_source`` in words ("publication date"); empty for ``none`` (no date)."""
    return DATE_SOURCES.get(source, source or "")


def date_cell(date: str | None, source: str | None) -> str:
    """A table's date: marked unless it is the event's own ("2018-03-01 (publication date)")."""
    if not date:
        return ""
    return date if source in ("text", None) else f"{date} ({date_source_label(source)})"


def _flags(data: dict[str, Any]) -> str:
    return ",".join(
        flag for flag in ("negated", "hypothetical", "future", "historical") if data.get(flag)
    )


def article_summary(console: Console, analysis: Analysis) -> None:
    """The per-article block printed by ``make run``."""
    article = analysis.article
    published = article.published.isoformat() if article.published else "unknown"
    console.print(f"[bold]{article.title or '(no title)'}[/bold]")
    console.print(
        f"  id {article.doc_id} ({article.article_id})  published {published}"
        f" (from {article.published_from})  source {article.source}"
    )
    console.print(
        f"  {len(analysis.sentences)} sentences, {len(analysis.entities)} entities,"
        f" {len(analysis.places)} places, {len(analysis.times)} dates,"
        f" {len(analysis.events)} events, {len(article.captions)} captions"
    )
    for event in analysis.events:
        flags = ",".join(
            name for name in ("negated", "hypothetical", "future", "historical")
            if getattr(event.flags, name)
        )  # fmt: skip
        who = "; ".join(f"{a.name or a.text} [{a.country or '?'}]" for a in event.actor)
        whom = "; ".join(f"{a.name or a.text} [{a.country or '?'}]" for a in event.recipient)
        where = event.location.name if event.location else "-"
        when = date_cell(event.date, event.date_source) or "-"
        console.print(
            f"    {event.event_type:<9} {who or '-'} -> {whom or '-'} at {where} on"
            f" {when} ({event.confidence:.2f}){' [' + flags + ']' if flags else ''}",
            markup=False,
            highlight=False,
        )


def events_table(rows: Sequence[EventRow]) -> Table:
    table = Table(show_lines=False)
    for column in (
        "date",
        "type",
        "actor",
        "recipient",
        "place",
        "conf",
        "flags",
        "evidence",
        "id",
    ):
        table.add_column(column, overflow="fold")
    for row in rows:
        data = row.data
        location = data.get("location") or {}
        table.add_row(
            date_cell(row.date, data.get("date_source")),
            row.event_type + (f"/{data['mode']}" if data.get("mode") else ""),
            _actors(data.get("actor", [])),
            _actors(data.get("recipient", [])),
            location.get("name") or location.get("text") or "",
            f"{row.confidence:.2f}",
            _flags(data),
            row.evidence if len(row.evidence) <= 160 else row.evidence[:157] + "...",
            row.event_id,
        )
    return table


EVENT_COLUMNS = [
    "event_id", "date", "event_type", "mode", "actor", "actor_countries", "recipient",
    "recipient_countries", "place", "lat", "lon", "confidence", "negated", "hypothetical",
    "future", "historical", "attributed_to", "doc_id", "evidence",
]  # fmt: skip
# Columns added later go last (in linked_csv too, after its own), so that readers of the
# earlier columns by position keep working.
LATE_COLUMNS = ["date_source"]


def _event_values(row: EventRow) -> list[Any]:
    data = row.data
    location = data.get("location") or {}
    return [
        row.event_id, row.date or "", row.event_type, data.get("mode") or "",
        _actors(data["actor"]), " ".join(a["country"] or "" for a in data["actor"]).strip(),
        _actors(data["recipient"]), " ".join(a["country"] or "" for a in data["recipient"]).strip(),
        location.get("name") or "", location.get("lat") or "", location.get("lon") or "",
        row.confidence, int(data["negated"]), int(data["hypothetical"]), int(data["future"]),
        int(data["historical"]), data.get("attributed_to") or "", row.doc_id, row.evidence,
    ]  # fmt: skip


def _late_values(row: EventRow) -> list[Any]:
    return [row.data.get("date_source") or ""]


def events_csv(rows: Sequence[EventRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS + LATE_COLUMNS)
    for row in rows:
        writer.writerow(_event_values(row) + _late_values(row))
    return buffer.getvalue()


def events_jsonl(rows: Sequence[EventRow]) -> str:
    return "".join(
        json.dumps(
            {**row.data, "doc_id": row.doc_id, "article_id": row.article_id}, ensure_ascii=False
        )
        + "\n"
        for row in rows
    )


def highlighted(article: ArticleRow, start: int, end: int, *, context: int = 600) -> Text:
    """The article text around ``start:end`` with the evidence sentence highlighted."""
    left = max(0, start - context)
    right = min(len(article.text), end + context)
    text = Text()
    text.append(("..." if left else "") + article.text[left:start])
    text.append(article.text[start:end], style="bold black on yellow")
    text.append(article.text[end:right] + ("..." if right < len(article.text) else ""))
    return text


def event_detail(console: Console, data: dict[str, Any], article: ArticleRow | None = None) -> None:
    """One event (contract JSON), its reasons and, given the article, the evidence highlighted."""
    console.print(
        f"[bold]{data['event_type']}[/bold] {data.get('mode') or ''}  event {data['event_id']}"
    )
    console.print(f"  actor      {_actors(data['actor']) or '-'}", markup=False)
    console.print(f"  recipient  {_actors(data['recipient']) or '-'}", markup=False)
    location = data.get("location") or {}
    console.print(f"  where      {location.get('name') or '-'} ({location.get('country') or '-'})")
    source = date_source_label(data.get("date_source"))
    console.print(
        f"  when       {data.get('date') or '-'}"
        f" ({data['date_precision']}{', ' + source if data.get('date') and source else ''})"
    )
    console.print(
        f"  flags      {_flags(data) or 'asserted'}   confidence {data['confidence']:.2f}"
    )
    console.print(f"  according  {data.get('attributed_to') or '-'}", markup=False)
    intensity = data.get("intensity")
    console.print(
        f"  cameo {data.get('cameo') or '-'}  quad {data.get('quad') or '-'}"
        f"  intensity {'-' if intensity is None else intensity}"
    )
    console.print(
        f"  pattern    {data['pattern']} on '{data['trigger']['text']}'  ({data['extractor']})",
        markup=False,
    )
    for reason in data.get("why", []):
        console.print(f"    why: {reason}", markup=False)
    evidence = data["evidence"]
    if article is None:
        console.print(f"  evidence   {evidence['sentence']}", markup=False)
        return
    console.print(
        f"  article    {article.doc_id} ({article.article_id}) {article.title or ''}", markup=False
    )
    console.print(f"  offsets    {evidence['start']}-{evidence['end']} in {article.source}")
    console.print(highlighted(article, evidence["start"], evidence["end"]))


# -- linked events: one real-world event, many reports ----------------------------------
LINKED_COLUMNS = ["linked_id", "n_reports", "n_sources", "first_reported", "last_reported"]


def _linked_values(row: LinkedRow) -> list[str]:
    return [row.linked_id, str(row.n_reports), str(row.n_sources), row.first_reported or "",
            row.last_reported or ""]  # fmt: skip


def linked_table(rows: Sequence[LinkedRow]) -> Table:
    """One line per linked event: its best-supported report and how many reported it."""
    table = Table(show_lines=False)
    for column in ("date", "type", "actor", "recipient", "place", "reports", "sources",
                   "evidence", "linked id"):  # fmt: skip
        table.add_column(column, overflow="fold")
    for row in rows:
        data = row.event.data
        location = data.get("location") or {}
        evidence = row.event.evidence
        table.add_row(
            date_cell(row.event.date, data.get("date_source")),
            row.event.event_type + (f"/{data['mode']}" if data.get("mode") else ""),
            _actors(data.get("actor", [])),
            _actors(data.get("recipient", [])),
            location.get("name") or location.get("text") or "",
            str(row.n_reports),
            str(row.n_sources),
            evidence if len(evidence) <= 160 else evidence[:157] + "...",
            row.linked_id,
        )
    return table


def linked_csv(rows: Sequence[LinkedRow]) -> str:
    """``events_csv`` of the representative reports, the linked-event columns appended
    (appended, so readers of the per-report columns by position keep working), then the
    columns added later (``LATE_COLUMNS``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS + LINKED_COLUMNS + LATE_COLUMNS)
    for row in rows:
        writer.writerow(_event_values(row.event) + _linked_values(row) + _late_values(row.event))
    return buffer.getvalue()


def linked_jsonl(rows: Sequence[LinkedRow]) -> str:
    lines = []
    for row in rows:
        data = {**row.event.data, "doc_id": row.event.doc_id, "article_id": row.event.article_id,
                "linked_id": row.linked_id, "n_reports": row.n_reports,
                "n_sources": row.n_sources, "first_reported": row.first_reported,
                "last_reported": row.last_reported}  # fmt: skip
        lines.append(json.dumps(data, ensure_ascii=False) + "\n")
    return "".join(lines)


def linked_detail(console: Console, linked: LinkedEvent, story: StoryRow | None = None) -> None:
    """A linked event and every report of it: source, date, evidence, and why it was linked."""
    console.print(
        f"[bold]linked event {linked.linked_id}[/bold]  {linked.event_type}"
        f"  {linked.date or '-'}: {linked.n_reports} reports in {linked.n_articles} articles"
        f" from {linked.n_sources} sources, first {linked.first_reported or '-'},"
        f" last {linked.last_reported or '-'}  ({linked.rules})"
    )
    for report in linked.reports:
        how = "; ".join(report.reasons)
        matched = f" ~ {report.matched_event_id}" if report.matched_event_id else ""
        console.print(
            f"  {report.reported or '-'} {report.source} {report.doc_id} {report.event_id}"
            f"{matched} score {report.score:.2f}: {how}",
            markup=False, highlight=False,
        )  # fmt: skip
        who = f" (according to {report.attributed_to})" if report.attributed_to else ""
        console.print(f"      {report.evidence}{who}", markup=False, highlight=False)
    if story is not None:
        console.print(
            f"  story {story.story_id}: {story.n_articles} articles"
            f" {story.first_published or '-'}..{story.last_published or '-'}"
            f" ({story.title or 'no title'})",
            markup=False, highlight=False,
        )  # fmt: skip
