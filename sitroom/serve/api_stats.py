"""Aggregates for the page's views: timeline by quad class, actor network, places."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request

from sitroom.serve.api_db import Database, Db, Filter
from sitroom.store import aggregates, queries

router = APIRouter(prefix="/api/stats", tags=["stats"])


class StatsCache:
    """Answers of the aggregate routes, kept until the store changes.

    Aggregates read every matching event (seconds over a million); the page asks for
    the same ones again on every filter change and reload. ``Database.stamp`` changes
    with any commit by any process, so it says whether a cached answer is current.
    """

    def __init__(self, size: int = 128) -> None:
        self.size = size
        self.items: OrderedDict[tuple[Any, ...], tuple[Any, ...]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple[Any, ...], db: Database, compute: Callable[[], Any]) -> Any:
        stamp = db.stamp()
        with self.lock:
            hit = self.items.get(key)
            if hit is not None and hit[0] == stamp:
                self.items.move_to_end(key)
                return hit[1]
        value = compute()
        with self.lock:
            self.items[key] = (stamp, value)
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


def cached(request: Request, db: Database, compute: Callable[[], Any]) -> Any:
    cache: StatsCache = request.app.state.stats_cache
    key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
    return cache.get(key, db, compute)


@router.get("/timeline")
def timeline(
    request: Request, db: Db, flt: Filter, bucket: Literal["day", "month", "year"] = "day"
) -> dict[str, Any]:
    """Events per period and quad class (1 verbal coop ... 4 material conflict); dated only.

    Counts linked events (once per period and class any of their reports falls in);
    ``reports=true`` counts reports."""
    result: dict[str, Any] = cached(request, db, lambda: _timeline(db, flt, bucket))
    return result


def _timeline(db: Database, flt: queries.EventFilter, bucket: str) -> dict[str, Any]:
    series: dict[str, dict[str, Any]] = {}
    for period, quad, count in aggregates.timeline(db.conn(), flt, bucket=bucket):
        entry = series.setdefault(
            period, {"period": period, "q1": 0, "q2": 0, "q3": 0, "q4": 0, "total": 0}
        )
        if quad in (1, 2, 3, 4):
            entry[f"q{quad}"] += count
        entry["total"] += count
    return {"bucket": bucket, "series": list(series.values())}


@router.get("/network")
def network(
    request: Request,
    db: Db,
    flt: Filter,
    by: Literal["country", "id"] = "country",
    limit: Annotated[int, Query(ge=1, le=2000)] = 300,
) -> dict[str, Any]:
    """Who acts on whom: nodes are actor countries (or actor ids), edges count events by type."""
    result: dict[str, Any] = cached(request, db, lambda: _network(db, flt, by, limit))
    return result


def _network(db: Database, flt: queries.EventFilter, by: str, limit: int) -> dict[str, Any]:
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    nodes: dict[str, dict[str, Any]] = {}
    for row in aggregates.network(db.conn(), flt, by=by, limit=limit):
        key = (row["source"], row["target"])
        edge = edges.setdefault(key, {"source": key[0], "target": key[1], "count": 0, "types": {}})
        edge["count"] += row["n"]
        edge["types"][row["event_type"]] = row["n"]
        for node_id, role in ((key[0], "out"), (key[1], "in")):
            node = nodes.setdefault(node_id, {"id": node_id, "out": 0, "in": 0})
            node[role] += row["n"]
    ranked = sorted(edges.values(), key=lambda edge: -int(edge["count"]))
    return {"by": by, "nodes": list(nodes.values()), "edges": ranked}


@router.get("/places")
def places(
    request: Request, db: Db, flt: Filter, limit: Annotated[int, Query(ge=1, le=5000)] = 2000
) -> dict[str, Any]:
    """Located events per place, with counts by quad class (the map's points)."""
    result: dict[str, Any] = cached(request, db, lambda: _places(db, flt, limit))
    return result


def _places(db: Database, flt: queries.EventFilter, limit: int) -> dict[str, Any]:
    return {
        "places": [
            {
                "name": row["place"],
                "lat": row["lat"],
                "lon": row["lon"],
                "count": row["n"],
                "quads": [row["q1"], row["q2"], row["q3"], row["q4"]],
            }
            for row in aggregates.places(db.conn(), flt, limit=limit)
        ]
    }
