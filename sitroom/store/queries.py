"""Filtered event queries for the API and exports: one WHERE builder, keyset pages.

Every value reaches the database as a bound parameter; the only text spliced into SQL
comes from the fixed tables below (sort orders, column names), never from the caller.
The SQL is SQLite's; on PostgreSQL (``pg``) the words, place and box filters take the
dialect's forms (``dialect``), since FTS5 and the R-tree are SQLite's own tables.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from sitroom.errors import StoreError
from sitroom.store.dialect import (
    DB_ERRORS,
    Connection,
    is_sqlite,
    pg_bbox,
    place_equals,
    text_match,
)
from sitroom.store.filters import fts_query

Sort = Literal["-date", "date", "-confidence", "confidence"]

# sort -> (key expression, direction); ties are broken by event_id in the same direction.
SORTS: dict[str, tuple[str, str]] = {
    "-date": ("coalesce(e.date, '')", "DESC"),
    "date": ("coalesce(e.date, '')", "ASC"),
    "-confidence": ("e.confidence", "DESC"),
    "confidence": ("e.confidence", "ASC"),
}

# The review columns every listing carries, so corrections and rejections show everywhere.
SELECT_EVENTS = (
    "SELECT e.rowid AS rowid_, e.event_id, e.article_id, e.doc_id, e.data, e.date,"
    " e.confidence, r.status AS review_status, r.reviewer AS review_reviewer,"
    " r.reviewed_at AS review_at, r.reason AS review_reason"
    " FROM events e LEFT JOIN event_reviews r ON r.event_id = e.event_id"
)
# The listings' rows: the same, plus the linked event the report belongs to and its
# counts (NULL: never linked). Joined per listed row only: the page stops at its limit.
SELECT_LISTED = (
    SELECT_EVENTS.replace(
        " FROM events e",
        ", l.linked_id AS link_id, le.n_reports AS link_reports, le.n_articles AS link_articles,"
        " le.n_sources AS link_sources, le.first_reported AS link_first,"
        " le.last_reported AS link_last FROM events e",
    )
    + " LEFT JOIN event_links l ON l.event_id = e.event_id"
    " LEFT JOIN linked_events le ON le.linked_id = l.linked_id"
)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The filters shared by the list, the aggregates and the exports (``None``: any)."""

    types: tuple[str, ...] = ()
    quads: tuple[int, ...] = ()
    actor_country: tuple[str, ...] = ()
    actor_sector: tuple[str, ...] = ()
    actor_id: str | None = None
    recipient_country: tuple[str, ...] = ()
    place: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # minlon, minlat, maxlon, maxlat
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    text: str | None = None
    min_confidence: float | None = None
    include_negated: bool = False
    include_hypothetical: bool = False
    include_rejected: bool = False
    # One row (and one count) per report instead of per linked event (see linked_queries).
    reports: bool = False


def _in(column: str, values: tuple[Any, ...], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' * len(values))})"


def _actor_clause(
    e: str, role: str, column: str, values: tuple[Any, ...], params: list[Any], *, dense: bool
) -> str:
    params.append(role)
    inner = _in(column, values, params)
    if dense:
        # Many matches: walk the sort order and check each event (stops after one page).
        return (
            f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = {e}.event_id"
            f" AND a.role = ? AND a.{inner})"
        )
    # Few matches: collect them all, then sort only those.
    return f"{e}.event_id IN (SELECT event_id FROM event_actors WHERE role = ? AND {inner})"


ALL_DENSE = frozenset({"actor_country", "actor_sector", "actor_id", "recipient_country",
                       "text", "bbox"})  # fmt: skip


def where(
    flt: EventFilter, dense: frozenset[str] = frozenset(), *, alias: str = "e", pg: bool = False
) -> tuple[str, list[Any]]:
    """``(" WHERE ...", params)`` for events aliased ``alias`` (``pg``: on PostgreSQL).

    ``dense`` names the filters that match so many events that checking them row by row
    along the sort index is cheaper than collecting their matches first (see ``page``).
    """
    params: list[Any] = []
    clauses = _code_clauses(flt, params, dense, alias)
    clauses += _value_clauses(flt, params, dense, alias, pg=pg)
    if not flt.include_negated:
        clauses.append(f"{alias}.negated = 0")
    if not flt.include_hypothetical:
        clauses.append(f"{alias}.hypothetical = 0")
    if not flt.include_rejected:
        clauses.append(
            f"{alias}.event_id NOT IN"
            " (SELECT event_id FROM event_reviews WHERE status = 'rejected')"
        )
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _code_clauses(flt: EventFilter, params: list[Any], dense: frozenset[str], e: str) -> list[str]:
    """Type, quad class and actor filters (lists of codes, any of which may match)."""
    clauses: list[str] = []
    if flt.types:
        clauses.append(_in(f"{e}.event_type", flt.types, params))
    if flt.quads:
        clauses.append(_in(f"{e}.quad", flt.quads, params))
    for name, role, column, values in _actor_filters(flt):
        clauses.append(_actor_clause(e, role, column, values, params, dense=name in dense))
    return clauses


def _actor_filters(flt: EventFilter) -> list[tuple[str, str, str, tuple[Any, ...]]]:
    """``(filter name, role, column, values)`` of the actor filters that are set."""
    candidates: list[tuple[str, str, str, tuple[Any, ...]]] = [
        ("actor_country", "actor", "country", flt.actor_country),
        ("actor_sector", "actor", "sector", flt.actor_sector),
        ("actor_id", "actor", "actor_id", (flt.actor_id,) if flt.actor_id else ()),
        ("recipient_country", "recipient", "country", flt.recipient_country),
    ]
    return [candidate for candidate in candidates if candidate[3]]


def _value_clauses(
    flt: EventFilter, params: list[Any], dense: frozenset[str], e: str, *, pg: bool
) -> list[str]:
    """Place, box, dates, words and confidence."""
    clauses: list[str] = []
    if flt.place:
        clauses.append(place_equals(f"{e}.place", pg=pg))
        params.append(flt.place)
    if flt.bbox and pg:
        box_sql, box_params = pg_bbox(e, flt.bbox)
        clauses.append(box_sql)
        params.extend(box_params)
    elif flt.bbox:
        clauses.append(_bbox_clause(e, flt.bbox, params, dense="bbox" in dense))
    # coalesce(...) matches the sort indexes; '' (no date) sorts first and never matches.
    if flt.since:
        clauses.append(f"coalesce({e}.date, '') >= ?")
        params.append(flt.since)
    if flt.until:
        # "2024-12" and "2024" sort before "2024-12-31", so month and year dates count as in.
        clauses.append(f"coalesce({e}.date, '') BETWEEN '0' AND ?")
        params.append(flt.until)
    phrase = fts_query(flt.text or "")
    if phrase and pg:
        text_sql, words = text_match(f"{e}.evidence", flt.text or "")
        clauses.append(text_sql)
        params.append(words)
    elif phrase:
        clauses.append(_fts_clause(e, dense="text" in dense))
        params.append(phrase)
    if flt.min_confidence is not None:
        clauses.append(f"{e}.confidence >= ?")
        params.append(flt.min_confidence)
    return clauses


def _fts_clause(e: str, *, dense: bool) -> str:
    """Evidence words (SQLite FTS5 ``MATCH``; one bound parameter, the quoted phrase)."""
    if dense:
        return f"EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ? AND rowid = {e}.rowid)"
    return f"{e}.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"


def _bbox_clause(
    e: str, bbox: tuple[float, float, float, float], params: list[Any], *, dense: bool = False
) -> str:
    """A bounding box: row by row on lat/lon (portable), or through the SQLite R-tree."""
    minlon, minlat, maxlon, maxlat = bbox
    if dense:
        params.extend([minlat, maxlat, minlon, maxlon])
        across = "OR" if minlon > maxlon else "AND"  # a box across the antimeridian
        return f"{e}.lat BETWEEN ? AND ? AND ({e}.lon >= ? {across} {e}.lon <= ?)"
    geo = "SELECT id FROM events_geo WHERE minlat >= ? AND maxlat <= ? AND "
    if minlon <= maxlon:
        params.extend([minlat, maxlat, minlon, maxlon])
        return f"{e}.rowid IN ({geo}minlon >= ? AND maxlon <= ?)"
    # A box across the antimeridian (minlon > maxlon) is two boxes.
    params.extend([minlat, maxlat, minlon, minlat, maxlat, maxlon])
    return f"({e}.rowid IN ({geo}minlon >= ?) OR {e}.rowid IN ({geo}maxlon <= ?))"


def encode_cursor(sort: str, key: Any, event_id: str) -> str:
    raw = json.dumps([sort, key, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """The ``(key, event_id)`` a cursor continues after; ``ValueError`` if it is not ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        cur_sort, key, event_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError) as err:
        raise ValueError("cursor is not valid") from err
    if cur_sort != sort or not isinstance(event_id, str):
        raise ValueError("cursor belongs to another sort order")
    if not isinstance(key, str | int | float):
        raise ValueError("cursor is not valid")
    return key, event_id


DENSE = 5000  # matches above which a filter is checked row by row along the sort order


def dense_filters(conn: Connection, flt: EventFilter) -> frozenset[str]:
    """The filters with at least ``DENSE`` matches, each counted with a capped probe.

    PostgreSQL checks words and boxes in one form only (its planner picks the index)."""
    probes: list[tuple[str, str, list[Any]]] = []
    for name, role, column, values in _actor_filters(flt):
        params: list[Any] = [role]
        inner = _in(column, values, params)
        probes.append((name, f"SELECT 1 FROM event_actors WHERE role = ? AND {inner}", params))
    phrase = fts_query(flt.text or "")
    if phrase and is_sqlite(conn):
        probes.append(("text", "SELECT 1 FROM events_fts WHERE events_fts MATCH ?", [phrase]))
    if flt.bbox and is_sqlite(conn):
        minlon, minlat, maxlon, maxlat = flt.bbox
        lon = "minlon >= ? AND maxlon <= ?" if minlon <= maxlon else "(minlon >= ? OR maxlon <= ?)"
        sql = f"SELECT 1 FROM events_geo WHERE minlat >= ? AND maxlat <= ? AND {lon}"
        probes.append(("bbox", sql, [minlat, maxlat, minlon, maxlon]))
    return frozenset(
        name
        for name, sql, params in probes
        if run(conn, f"SELECT COUNT(*) FROM ({sql} LIMIT {_cap(name)}) p", params)[0][0]
        >= _cap(name)
    )


def _cap(name: str) -> int:
    # Checking a phrase row by row costs about 30 times more than a join to an actor or a
    # point: it takes a denser phrase before walking the sort order pays off.
    return DENSE * 6 if name == "text" else DENSE


@dataclass(frozen=True, slots=True)
class Page:
    rows: list[Any]  # SELECT_LISTED rows (sqlite3.Row or pgconn.Row): event, review, link
    next_cursor: str | None


def first_of_linked(
    flt: EventFilter, sort: str, dense: frozenset[str] = ALL_DENSE, *, pg: bool = False
) -> tuple[str, list[Any]]:
    """The report is the first matching report of its linked event in the ``sort`` order.

    A linked event is listed once, at its first report (in the requested order) that
    matches the filters: the row's fields are that report's, and keyset paging over the
    reports stays stable because that position does not depend on the page. Reports of
    one-report events (and events never linked) pass at once. ``dense`` as in ``where``:
    the same choice as the outer query's (a sparse filter's matches are collected once).
    """
    key_sql, direction = SORTS[sort]
    sibling_key = key_sql.replace("e.", "s.")
    before = ">" if direction == "DESC" else "<"
    sub, params = where(flt, dense, alias="s", pg=pg)
    sub = sub.replace(" WHERE ", " AND ", 1)
    return (
        "(l.linked_id IS NULL OR NOT EXISTS (SELECT 1 FROM event_links sl"
        " JOIN events s ON s.event_id = sl.event_id"
        " WHERE sl.linked_id = l.linked_id AND sl.event_id <> e.event_id"
        f" AND ({sibling_key}, s.event_id) {before} ({key_sql}, e.event_id){sub}))",
        params,
    )


def page(
    conn: Connection,
    flt: EventFilter,
    *,
    sort: str = "-date",
    limit: int = 50,
    cursor: str | None = None,
) -> Page:
    """One page in a stable order: linked events (or reports if ``flt.reports``).

    ``next_cursor`` is ``None`` on the last page.
    """
    key_sql, direction = SORTS[sort]
    tag = sort if flt.reports else f"{sort} linked"  # a cursor of one unit fails in the other
    pg = not is_sqlite(conn)
    dense = dense_filters(conn, flt)
    sql, params = where(flt, dense, pg=pg)
    clauses: list[str] = []
    if not flt.reports:
        first, first_params = first_of_linked(flt, sort, dense, pg=pg)
        clauses.append(first)
        params += first_params
    if cursor:
        key, event_id = decode_cursor(cursor, tag)
        op = "<" if direction == "DESC" else ">"
        clauses.append(f"({key_sql}, e.event_id) {op} (?, ?)")
        params += [key, event_id]
    if clauses:
        sql += (" AND " if sql else " WHERE ") + " AND ".join(clauses)
    order = f" ORDER BY {key_sql} {direction}, e.event_id {direction} LIMIT ?"
    rows = run(conn, SELECT_LISTED + sql + order, [*params, limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = None
    if more and rows:
        last = rows[-1]
        key_value = (last["date"] or "") if "date" in sort else last["confidence"]
        next_cursor = encode_cursor(tag, key_value, last["event_id"])
    return Page(rows, next_cursor)


def pages(
    conn: Connection, flt: EventFilter, *, sort: str = "-date", limit: int | None = None
) -> Iterator[Page]:
    """Every matching row in order, in keyset pages of up to 1000 (for exports)."""
    cursor: str | None = None
    sent = 0
    while True:
        size = 1000 if limit is None else min(1000, limit - sent)
        if size <= 0:
            return
        result = page(conn, flt, sort=sort, limit=size, cursor=cursor)
        yield result
        sent += len(result.rows)
        if result.next_cursor is None:
            return
        cursor = result.next_cursor


def iterate(
    conn: Connection, flt: EventFilter, *, sort: str = "-date", limit: int | None = None
) -> Iterator[Any]:
    """Every matching row in order, one by one."""
    for result in pages(conn, flt, sort=sort, limit=limit):
        yield from result.rows


def run(conn: Connection, sql: str, params: list[Any]) -> list[Any]:
    try:
        return conn.execute(sql, params).fetchall()
    except DB_ERRORS as err:
        raise StoreError(f"query failed: {err}") from err
