"""The SQL ``WHERE`` clause of an ``EventQuery``: one builder for every event listing."""

from __future__ import annotations

from typing import Any

from sitroom.store.base import EventQuery


def fts_query(words: str) -> str:
    """Quote each word so user input is never parsed as FTS5 syntax."""
    terms = [word.replace('"', '""') for word in words.split()]
    return " ".join(f'"{term}"' for term in terms if term)


def event_where(query: EventQuery) -> tuple[str, list[Any]]:
    """``" WHERE ..."`` (or ``""``) over the ``events`` table aliased ``e``, and its parameters."""
    where: list[str] = []
    params: list[Any] = []
    if query.event_type:
        where.append("e.event_type = ?")
        params.append(query.event_type.upper())
    for role, code in (("actor", query.actor), ("recipient", query.recipient)):
        if code:
            where.append(
                "e.event_id IN (SELECT event_id FROM event_actors WHERE role = ? AND country = ?)"
            )
            params += [role, code.upper()]
    if query.since:
        where.append("e.date >= ?")
        params.append(query.since.isoformat())
    if query.until:
        # A month or year date sorts before its days; compare on the prefix of the bound.
        where.append("substr(e.date, 1, length(?)) <= ?")
        params += [query.until.isoformat()] * 2
    if query.text:
        where.append("e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        params.append(fts_query(query.text))
    if query.asserted_only:
        where.append("e.negated = 0 AND e.hypothetical = 0")
    return (" WHERE " + " AND ".join(where)) if where else "", params
