"""Which candidates of a document's toponyms lie near candidates of its other toponyms.

Local news names places that are near each other ("Paris" and "Henry County" in
Tennessee, "New London" and "Winfield" in Iowa). Before any mention is resolved, a
candidate earns support from every other name of the document that has a candidate
within ``RADIUS_KM`` of it: the readings that agree with each other win together.
Only towns and counties vote and are voted for: a country or a first-level division is
too large for its point to say anything about its neighbours.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from sitroom.resolve.gazetteer import Entry
from sitroom.resolve.gazetteer_points import km

RADIUS_KM = 50.0
_LOCAL = frozenset({"PPL", "PPLC", "ADM2"})
_CELL = 1.0  # degrees of latitude per grid cell; a cell is wider than RADIUS_KM


def support(keyed: Sequence[tuple[str, Sequence[Entry]]]) -> dict[int, int]:
    """geonameid -> how many other names have a candidate within ``RADIUS_KM``."""
    grid: dict[tuple[int, int], list[tuple[str, float, float]]] = defaultdict(list)
    local: list[tuple[str, Entry, float, float]] = []
    seen: set[tuple[str, int]] = set()
    for key, entries in keyed:
        for entry in entries:
            if (
                entry.feature_code not in _LOCAL
                or entry.lat is None
                or entry.lon is None
                or (key, entry.geonameid) in seen
            ):
                continue
            seen.add((key, entry.geonameid))
            grid[_cell(entry.lat, entry.lon)].append((key, entry.lat, entry.lon))
            local.append((key, entry, entry.lat, entry.lon))
    found: dict[int, int] = {}
    for key, entry, lat, lon in local:
        row, column = _cell(lat, lon)
        span = max(1, math.ceil(1 / max(math.cos(math.radians(lat)), 0.1)))
        names = {
            other
            for dr in (-1, 0, 1)
            for dc in range(-span, span + 1)
            for other, other_lat, other_lon in grid.get((row + dr, column + dc), ())
            if other != key and km(lat, lon, other_lat, other_lon) <= RADIUS_KM
        }
        if names:
            found[entry.geonameid] = max(found.get(entry.geonameid, 0), len(names))
    return found


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return (math.floor(lat / _CELL), math.floor(lon / _CELL))
