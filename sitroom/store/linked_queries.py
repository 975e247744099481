"""The linked-event fields of listed rows: counts, sources and the ids of every report.

Every row of a listing or export carries the linked event its report belongs to; an
event never linked (stored before linking, or a store filled without it) is a linked
event of one report whose id is the event id and whose reporting dates are its
article's publication date.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sitroom.store.dialect import Connection
from sitroom.store.queries import run

CHUNK = 500  # bound parameters per IN (...) list


def _chunks(items: Sequence[str]) -> list[Sequence[str]]:
    return [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]


def link_fields(conn: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
    """For each ``queries.SELECT_LISTED`` row, the fields of its linked event (in order).

    The counts come with the row; only the report ids of events reported more than once,
    and the publication dates of events never linked, take a query (one per page).
    """
    shared = sorted({row["link_id"] for row in rows if (row["link_reports"] or 1) > 1})
    loose = sorted({row["article_id"] for row in rows if row["link_reports"] is None})
    report_ids: dict[str, list[str]] = {}
    published: dict[str, str | None] = {}
    for chunk in _chunks(shared):
        marks = ", ".join("?" * len(chunk))
        # In the order they were linked (the rowid of event_links).
        for row in run(
            conn,
            f"SELECT linked_id, event_id FROM event_links WHERE linked_id IN ({marks})"
            " ORDER BY linked_id, rowid",
            list(chunk),
        ):
            report_ids.setdefault(row["linked_id"], []).append(row["event_id"])
    for chunk in _chunks(loose):
        marks = ", ".join("?" * len(chunk))
        for row in run(
            conn,
            f"SELECT article_id, published FROM articles WHERE article_id IN ({marks})",
            list(chunk),
        ):
            published[row["article_id"]] = row["published"]
    return [_fields(row, report_ids, published) for row in rows]


def _fields(
    row: Any, report_ids: dict[str, list[str]], published: dict[str, str | None]
) -> dict[str, Any]:
    if row["link_reports"] is None:  # never linked (or its linked event is gone)
        day = published.get(row["article_id"])
        return {
            "linked_id": row["event_id"], "n_reports": 1, "n_articles": 1, "n_sources": 1,
            "first_reported": day, "last_reported": day, "report_ids": [row["event_id"]],
        }  # fmt: skip
    return {
        "linked_id": row["link_id"], "n_reports": row["link_reports"],
        "n_articles": row["link_articles"], "n_sources": row["link_sources"],
        "first_reported": row["link_first"], "last_reported": row["link_last"],
        "report_ids": report_ids.get(row["link_id"], [row["event_id"]]),
    }  # fmt: skip
