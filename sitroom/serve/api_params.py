"""Query parameters shared by every listing, aggregate and export: one place, one set of limits."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from fastapi import Query

from sitroom.model import EVENT_TYPES
from sitroom.serve.api_errors import ApiError
from sitroom.store.queries import EventFilter

MAX_LIST = 20  # values in one comma-separated filter
CODE = re.compile(r"^[A-Za-z0-9_-]{1,16}$")

Text = Annotated[str | None, Query(max_length=200)]


def _split(name: str, value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    parts = tuple(part.strip().upper() for part in value.split(",") if part.strip())
    if len(parts) > MAX_LIST:
        raise ApiError(400, "invalid_parameter", f"{name}: at most {MAX_LIST} values")
    bad = [part for part in parts if not CODE.match(part)]
    if bad:
        raise ApiError(400, "invalid_parameter", f"{name}: not a code: {bad[0][:20]!r}")
    return parts


def _date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(400, "invalid_parameter", f"{name}: expected YYYY-MM-DD") from None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        minlon, minlat, maxlon, maxlat = (float(part) for part in value.split(","))
    except ValueError:
        raise ApiError(
            400, "invalid_parameter", "bbox: expected minlon,minlat,maxlon,maxlat"
        ) from None
    lons_ok = all(-180 <= lon <= 180 for lon in (minlon, maxlon))
    if not lons_ok or not -90 <= minlat <= maxlat <= 90:
        raise ApiError(400, "invalid_parameter", "bbox: outside -180..180 / -90..90")
    return minlon, minlat, maxlon, maxlat


async def event_filter(
    *,
    type: Annotated[
        str | None, Query(max_length=300, description="PLOVER types, comma-separated.")
    ] = None,
    quad: Annotated[str | None, Query(max_length=20, description="Quad classes 1-4.")] = None,
    actor_country: Annotated[str | None, Query(max_length=300)] = None,
    actor_sector: Annotated[str | None, Query(max_length=300)] = None,
    actor_id: Text = None,
    recipient_country: Annotated[str | None, Query(max_length=300)] = None,
    place: Text = None,
    bbox: Annotated[
        str | None, Query(max_length=100, description="minlon,minlat,maxlon,maxlat")
    ] = None,
    since: Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Words in the evidence (all must match).")
    ] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    include_negated: bool = False,
    include_hypothetical: bool = False,
    include_rejected: bool = False,
    reports: Annotated[
        bool,
        Query(
            description="One row (and one count) per report. Default: per linked event,"
            " listed when any of its reports matches the filters."
        ),
    ] = False,
) -> EventFilter:
    """The filters from the query string, validated (a FastAPI dependency).

    ``async`` although it awaits nothing: FastAPI then calls it on the event loop instead
    of handing it to a worker thread, which halves the cost of a cheap request."""
    types = _split("type", type)
    unknown = [name for name in types if name not in EVENT_TYPES]
    if unknown:
        raise ApiError(400, "invalid_parameter", f"type: unknown PLOVER type {unknown[0]!r}")
    quads = _split("quad", quad)
    if any(value not in {"1", "2", "3", "4"} for value in quads):
        raise ApiError(400, "invalid_parameter", "quad: expected 1, 2, 3 or 4")
    return EventFilter(
        types=types,
        quads=tuple(int(value) for value in quads),
        actor_country=_split("actor_country", actor_country),
        actor_sector=_split("actor_sector", actor_sector),
        actor_id=actor_id or None,
        recipient_country=_split("recipient_country", recipient_country),
        place=place or None,
        bbox=_bbox(bbox),
        since=_date("since", since),
        until=_date("until", until),
        text=q or None,
        min_confidence=min_confidence,
        include_negated=include_negated,
        include_hypothetical=include_hypothetical,
        include_rejected=include_rejected,
        reports=reports,
    )
