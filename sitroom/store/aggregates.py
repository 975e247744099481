"""Aggregates for the page's overviews: counts over time, places and the actor network.

By default they count linked events: a linked event counts once in a bucket (a period,
a place, an actor pair and type) when any of its matching reports falls in it. Its
reports rarely disagree; when they do (two dates, two places) the event counts once in
each. Within a period or a place it counts in one quad class, that of its most material
report (the highest quad number), so the classes add up to the total. With
``flt.reports`` they count reports. The filters come from ``queries.where``.

Most linked events have one report, so a linked count is the report count corrected
by the linked events of several reports alone: minus their reports, plus one per event
(per bucket). The report count scans a narrow covering index; the correction reads
only the reports of linked events with ``n_reports > 1``. Plain SQL either way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from sitroom.store.dialect import Connection, is_sqlite
from sitroom.store.queries import ALL_DENSE, EventFilter, run, where

Key = tuple[Any, ...]  # a bucket's values, then its quad class (None if not counted by class)


def _and(sql: str, clause: str) -> str:
    return sql + (" AND " if sql else " WHERE ") + clause


def counts(
    conn: Connection,
    flt: EventFilter,
    keys: Sequence[str],
    *,
    joins: str = "",
    condition: str,
    by_quad: bool = True,
) -> Counter[Key]:
    """Reports (``flt.reports``) or linked events per bucket ``keys`` (and quad class).

    ``joins`` and ``condition`` add tables and a clause to the filters (``e``: events).
    """
    pg = not is_sqlite(conn)
    sql, params = where(flt, pg=pg)
    sql = _and(sql, condition)
    group = ", ".join(keys)
    columns = ", ".join(f"{key} AS k{i}" for i, key in enumerate(keys))
    quad = "e.quad" if by_quad else "NULL"
    # PostgreSQL refuses a constant in GROUP BY: group by the class only when counted.
    grouped = f"{group}, e.quad" if by_quad else group
    top = "MAX(e.quad)" if by_quad else "NULL"
    found: Counter[Key] = Counter()
    for row in run(
        conn,
        f"SELECT {columns}, {quad} AS quad, COUNT(DISTINCT e.event_id) AS n"
        f" FROM events e{joins}{sql} GROUP BY {grouped}",
        params,
    ):
        found[tuple(row)[:-1]] += row["n"]
    if flt.reports:
        return found
    # Linked events of several reports: take their reports out, count each event once.
    # Filters checked row by row here: an IN (...) list of matches would be probed once
    # per linked event through the join (n x m lookups).
    dense_sql, dense_params = where(flt, ALL_DENSE, pg=pg)
    dense_sql = _and(dense_sql, condition)
    # CROSS JOIN: SQLite then reads the tables in this order (from the few linked events
    # of several reports outwards, not from every event); elsewhere it is an inner join.
    several = f" FROM linked_events le CROSS JOIN event_links l CROSS JOIN events e{joins}" + _and(
        dense_sql, "le.n_reports > 1 AND l.linked_id = le.linked_id AND e.event_id = l.event_id"
    )
    for row in run(
        conn,
        f"SELECT {columns}, {quad} AS quad, COUNT(DISTINCT e.event_id) AS n{several}"
        f" GROUP BY {grouped}",
        dense_params,
    ):
        found[tuple(row)[:-1]] -= row["n"]
    outer = ", ".join(f"k{i}" for i in range(len(keys)))
    for row in run(
        conn,
        f"SELECT {outer}, quad, COUNT(*) AS n FROM (SELECT {columns}, {top} AS quad"
        f"{several} GROUP BY {group}, l.linked_id) u GROUP BY {outer}, quad",
        dense_params,
    ):
        found[tuple(row)[:-1]] += row["n"]
    return +found  # drop buckets left at zero


def timeline(conn: Connection, flt: EventFilter, *, bucket: str = "day") -> list[Any]:
    """``[[period, quad, count], ...]`` by day, month or year of the event date."""
    width = {"day": 10, "month": 7, "year": 4}[bucket]
    found = counts(
        conn, flt, [f"substr(e.date, 1, {width})"], condition=f"length(e.date) >= {width}"
    )
    return sorted([[period, quad, n] for (period, quad), n in found.items()],
                  key=lambda item: (item[0], item[1] or 0))  # fmt: skip


def places(conn: Connection, flt: EventFilter, *, limit: int = 2000) -> list[dict[str, Any]]:
    """Located events grouped by place and point, with counts per quad class (``q1``..)."""
    found = counts(
        conn, flt, ["e.place", "e.lat", "e.lon"],
        condition="e.lat IS NOT NULL AND e.lon IS NOT NULL",
    )  # fmt: skip
    points: dict[Key, dict[str, Any]] = {}
    for (place, lat, lon, quad), n in found.items():
        point = points.setdefault(
            (place, lat, lon),
            {"place": place, "lat": lat, "lon": lon, "n": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0},
        )
        point["n"] += n
        if quad in (1, 2, 3, 4):
            point[f"q{quad}"] += n
    ranked = sorted(points.values(), key=lambda p: (-p["n"], p["place"] or "", p["lat"], p["lon"]))
    return ranked[:limit]


def network(
    conn: Connection, flt: EventFilter, *, by: str = "country", limit: int = 300
) -> list[dict[str, Any]]:
    """Directed actor -> recipient edges with event counts per type (strongest first)."""
    column = {"country": "{t}.country", "id": "coalesce({t}.actor_id, {t}.name, {t}.text)"}[by]
    source, target = column.format(t="a"), column.format(t="t")
    found = counts(
        conn, flt, [source, target, "e.event_type"],
        joins=" JOIN event_actors a ON a.event_id = e.event_id AND a.role = 'actor'"
        " JOIN event_actors t ON t.event_id = e.event_id AND t.role = 'recipient'",
        condition=f"{source} IS NOT NULL AND {target} IS NOT NULL", by_quad=False,
    )  # fmt: skip
    edges = [
        {"source": s, "target": t, "event_type": kind, "n": n}
        for (s, t, kind, _), n in found.items()
    ]
    edges.sort(key=lambda e: (-e["n"], e["source"], e["target"], e["event_type"]))
    return edges[:limit]
