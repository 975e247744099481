"""Representative points of countries for the gazetteer build (build time only).

Published country points (GeoNames, the CIA factbook, countryinfo's ``latlng``) are
rounded to whole degrees, which places a small country well but a large one a few
hundred kilometres from its middle (China at 35N 105E, Australia at 27S 133E). For a
country of at least ``LARGE_KM2`` we store the area centroid of its main territory: the
largest polygon of countryinfo's outline plus every polygon within ``ISLAND_KM`` of it,
transitively (Canada's Arctic islands, Indonesia's chain; not Alaska, not overseas
departments). This is the capital-independent geographic centre. Measured on the LGL
and GeoVirus gold sets, it beats both the published point and the centroid of towns
weighted by population, which drifts to where people crowd (coasts, capitals).

The centroid replaces the published point only when they are between ``KEEP_KM`` and
``GUARD_KM`` apart. Closer, the published point is as central and is the point other
gazetteers share (Argentina, Saudi Arabia); further, the published point is a convention
the centroid does not refine (Russia's 60N 100E, the area centroid being near 65N 96E).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

LARGE_KM2 = 2_000_000
GUARD_KM = 300.0
KEEP_KM = 100.0
ISLAND_KM = 300.0
EARTH_KM = 6371.0088

Ring = Sequence[Sequence[float]]  # [[lon, lat], ...]
Polygon = Sequence[Ring]  # outline, then holes
Vector = tuple[float, float, float]


def representative(info: dict[str, Any], published: tuple[float, float]) -> tuple[float, float]:
    """The point to store for a country: its area centroid if large, else ``published``."""
    if float(info.get("area") or 0) < LARGE_KM2:
        return published
    centre = territory_centroid(polygons(info.get("geoJSON")))
    if centre is None or not KEEP_KM < km(*centre, *published) <= GUARD_KM:
        return published
    return (round(centre[0], 4), round(centre[1], 4))


def territory_centroid(shapes: Sequence[Polygon]) -> tuple[float, float] | None:
    """Area centroid (lat, lon) of the largest polygon and the polygons near it."""
    shapes = [shape for shape in shapes if shape and len(shape[0]) >= 3]
    if not shapes:
        return None
    moments = [_moments(shape) for shape in shapes]
    main = max(range(len(shapes)), key=lambda index: moments[index][0])
    vertices = [[_unit(lon, lat) for lon, lat in shape[0]] for shape in shapes]
    members, frontier = {main}, [main]
    while frontier:
        current = frontier.pop()
        for index in range(len(shapes)):
            if index not in members and _near(vertices[current], vertices[index]):
                members.add(index)
                frontier.append(index)
    x = sum(moments[index][1][0] for index in members)
    y = sum(moments[index][1][1] for index in members)
    z = sum(moments[index][1][2] for index in members)
    if x == y == z == 0:
        return None
    return (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))


def _moments(shape: Polygon) -> tuple[float, Vector]:
    """Area and area-weighted sum of unit vectors of one polygon, holes subtracted.

    Triangles fanned from the first vertex in the cylindrical equal-area projection
    (x = lon, y = sin lat), so areas weigh the same at every latitude; longitudes are
    unwrapped around that vertex so that a polygon across the antimeridian stays whole.
    The 3-D mean of the triangle centres keeps a wide country's centre on the globe.
    """
    reference = float(shape[0][0][0])
    area, total = 0.0, [0.0, 0.0, 0.0]
    for index, ring in enumerate(shape):
        points = [
            ((float(lon) - reference + 180.0) % 360.0 - 180.0 + reference,
             math.sin(math.radians(float(lat))))
            for lon, lat in ring
        ]  # fmt: skip
        pieces = [
            (
                ((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2,
                (a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3,
            )
            for a, b, c in ((points[0], b, c) for b, c in itertools.pairwise(points[1:]))
        ]  # fmt: skip
        # Orientation differs between sources; the first ring adds, holes subtract.
        sign = (1.0 if sum(piece[0] for piece in pieces) >= 0 else -1.0) * (
            1.0 if index == 0 else -1.0
        )
        for piece_area, x, y in pieces:
            weight = sign * piece_area
            unit = _unit(x, math.degrees(math.asin(max(-1.0, min(1.0, y)))))
            area += weight
            for axis in range(3):
                total[axis] += weight * unit[axis]
    return area, (total[0], total[1], total[2])


def _unit(lon: float, lat: float) -> Vector:
    phi, lam = math.radians(lat), math.radians(lon)
    return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))


def _near(first: list[Vector], second: list[Vector]) -> bool:
    """Whether two outlines have vertices within ``ISLAND_KM`` (chord distance)."""
    limit = (2 * math.sin(ISLAND_KM / EARTH_KM / 2)) ** 2
    return any(
        (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2 <= limit
        for a in first
        for b in second
    )


def polygons(geojson: Any) -> list[Polygon]:
    """The polygons of countryinfo's outline (a GeoJSON FeatureCollection)."""
    if not isinstance(geojson, dict):
        return []
    found: list[Polygon] = []
    for feature in geojson.get("features", []):
        geometry = feature.get("geometry") or {}
        if geometry.get("type") == "Polygon":
            found.append(geometry["coordinates"])
        elif geometry.get("type") == "MultiPolygon":
            found.extend(geometry["coordinates"])
    return found


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(a))
