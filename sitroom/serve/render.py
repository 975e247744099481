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


def _actors(items: Sequence[dict[str, Any]]) -> str:
    parts = []
    for item in items:
        code = "/".join(x for x in (item.get("country"), item.get("sector")) if x)
        label = item.get("name") or item.get("text")
        parts.append(f"{label} [{code}]" if code else str(label))
    return "; ".join(parts)


def _flags(data: dict[str, Any]) -> str:
    return ",".join(flag for flag in ("negated", "hypothetical", "future", "historical") if data.get(flag))


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
        console.print(
            f"    {event.event_type:<9} {who or '-'} -> {whom or '-'} at {where} on"
            f" {event.date or '-'} ({event.confidence:.2f}){' [' + flags + ']' if flags else ''}",
            markup=False,
            highlight=False,
        )


def events_table(rows: Sequence[EventRow]) -> Table:
    table = Table(show_lines=False)
    for column in ("date", "type", "actor", "recipient", "place", "conf", "flags", "evidence", "id"):
        table.add_column(column, overflow="fold")
    for row in rows:
        data = row.data
        location = data.get("location") or {}
        table.add_row(
            row.date or "",
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


def events_csv(rows: Sequence[EventRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["event_id", "date", "event_type", "mode", "actor", "actor_countries", "recipient",
         "recipient_countries", "place", "lat", "lon", "confidence", "negated", "hypothetical",
         "future", "historical", "attributed_to", "doc_id", "evidence"]
    )  # fmt: skip
    for row in rows:
        data = row.data
        location = data.get("location") or {}
        writer.writerow(
            [row.event_id, row.date or "", row.event_type, data.get("mode") or "",
             _actors(data["actor"]), " ".join(a["country"] or "" for a in data["actor"]).strip(),
             _actors(data["recipient"]),
             " ".join(a["country"] or "" for a in data["recipient"]).strip(),
             location.get("name") or "", location.get("lat") or "", location.get("lon") or "",
             row.confidence, int(data["negated"]), int(data["hypothetical"]), int(data["future"]),
             int(data["historical"]), data.get("attributed_to") or "", row.doc_id, row.evidence]
        )  # fmt: skip
    return buffer.getvalue()


def events_jsonl(rows: Sequence[EventRow]) -> str:
    return "".join(
        json.dumps({**row.data, "doc_id": row.doc_id, "article_id": row.article_id}, ensure_ascii=False)
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
    """One event (contract JSON) with its reasons and, given the article, its highlighted evidence."""
    console.print(f"[bold]{data['event_type']}[/bold] {data.get('mode') or ''}  event {data['event_id']}")
    console.print(f"  actor      {_actors(data['actor']) or '-'}", markup=False)
    console.print(f"  recipient  {_actors(data['recipient']) or '-'}", markup=False)
    location = data.get("location") or {}
    console.print(f"  where      {location.get('name') or '-'} ({location.get('country') or '-'})")
    console.print(f"  when       {data.get('date') or '-'} ({data['date_precision']})")
    console.print(f"  flags      {_flags(data) or 'asserted'}   confidence {data['confidence']:.2f}")
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
