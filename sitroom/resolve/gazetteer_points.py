"""Representative points of countries and their divisions for the gazetteer build.

Build time only.

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
the centroid does not refine (Russia's 60N 100E, the area centroid being near 65N 96E;
India, Indonesia and Chile, long or scattered, are 400 km or more off too). In between
it is only a coarse point: the factbook's Democratic Republic of the Congo sits on the
equator at 0N 25E, 350 km from the centre that GeoNames (2.5S 23.5E) and Wikipedia
(2.9S 23.7E) both give.

No package ships outlines of first-level divisions, so ``territories`` rebuilds them:
the country outline is cut into ``STEP``-degree cells and each cell goes to the division
of its nearest town. The area centroid of a division's cells is its geographic centre,
which encyclopedias and GeoNames give for states and provinces; the towns alone cluster
where people live (Ontario's south, Queensland's coast), a few hundred km from it.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

LARGE_KM2 = 2_000_000
GUARD_KM = 400.0
KEEP_KM = 100.0
ISLAND_KM = 300.0
EARTH_KM = 6371.0088
STEP = 0.25  # degrees; cells of at most 28 km: fine enough, 250k cells for the world
STRAY_FACTOR = 3.0
STRAY_MIN_KM = 50.0
_CHUNK = 2048  # cells per distance matrix: bounded memory for Russia or the United States

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
    return centre((x, y, z))


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


def territories(
    shapes: Sequence[Polygon], towns: Sequence[tuple[float, float, str]]
) -> dict[str, Vector]:
    """Per division code, the cos-weighted sum of unit vectors of the cells nearest its towns.

    ``towns`` are (lat, lon, division code) of one country. Sums rather than centres so
    that callers can add divisions up into regions; ``centre`` turns a sum into a point.
    """
    cells = raster(shapes)
    towns = _without_strays(towns)
    if not cells or not towns:
        return {}
    codes = sorted({code for _, _, code in towns})
    index = {code: number for number, code in enumerate(codes)}
    town_vectors = _units(np.array([(lat, lon) for lat, lon, _ in towns], dtype=float))
    town_codes = np.array([index[code] for _, _, code in towns])
    grid = np.array(cells, dtype=float)
    cell_vectors = _units(grid)
    weights = np.cos(np.radians(grid[:, 0]))  # equal-angle cells shrink towards the poles
    owners = np.empty(len(cells), dtype=int)
    for start in range(0, len(cells), _CHUNK):
        nearness = cell_vectors[start : start + _CHUNK] @ town_vectors.T  # cosine of distance
        owners[start : start + _CHUNK] = town_codes[np.argmax(nearness, axis=1)]
    sums = np.zeros((len(codes), 3))
    np.add.at(sums, owners, cell_vectors * weights[:, None])
    return {
        code: (float(sums[number, 0]), float(sums[number, 1]), float(sums[number, 2]))
        for number, code in enumerate(codes)
        if sums[number].any()
    }


def _without_strays(towns: Sequence[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """Towns of each division less those coded to it far from all the others.

    A few towns carry a wrong division code (Tibetan villages coded to Hebei); in empty
    land nothing disputes their cells, and they would drag the centre across the country.
    A town further than ``STRAY_FACTOR`` times the 90th-percentile distance from the
    division's median point is dropped; sparse frontiers (northern Ontario) stay.
    """
    by_code: dict[str, list[tuple[float, float, str]]] = {}
    for town in towns:
        by_code.setdefault(town[2], []).append(town)
    kept: list[tuple[float, float, str]] = []
    for members in by_code.values():
        lat = sorted(town[0] for town in members)[len(members) // 2]
        lon = sorted(town[1] for town in members)[len(members) // 2]
        distances = [km(town[0], town[1], lat, lon) for town in members]
        limit = STRAY_FACTOR * max(sorted(distances)[int(len(members) * 0.9)], STRAY_MIN_KM)
        kept.extend(town for town, far in zip(members, distances, strict=True) if far <= limit)
    return kept


def centre(total: Vector) -> tuple[float, float] | None:
    """(lat, lon) of a sum of unit vectors; None for an empty sum."""
    x, y, z = total
    if x == y == z == 0:
        return None
    return (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))


def raster(shapes: Sequence[Polygon], step: float = STEP) -> list[tuple[float, float]]:
    """(lat, lon) centres of the ``step``-degree grid cells inside the polygons.

    Scanlines: each row's crossings with the polygon's rings, filled pairwise (even-odd,
    so holes stay empty). A polygon smaller than a cell may yield none.
    """
    found: list[tuple[float, float]] = []
    for shape in shapes:
        edges = [
            (float(a[0]), float(a[1]), float(b[0]), float(b[1]))
            for ring in shape
            for a, b in zip(ring, [*ring[1:], ring[0]], strict=True)
            if a[1] != b[1]
        ]
        if not edges:
            continue
        low = math.floor(min(min(edge[1], edge[3]) for edge in edges) / step)
        high = math.ceil(max(max(edge[1], edge[3]) for edge in edges) / step)
        for row in range(low, high):
            lat = (row + 0.5) * step
            crossings = sorted(
                x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
                for x1, y1, x2, y2 in edges
                if (y1 <= lat) != (y2 <= lat)
            )
            for west, east in zip(crossings[::2], crossings[1::2], strict=False):
                first, last = math.ceil(west / step - 0.5), math.floor(east / step - 0.5)
                found.extend((lat, (column + 0.5) * step) for column in range(first, last + 1))
    return found


def _units(points: Any) -> Any:
    """Unit vectors of an (n, 2) array of (lat, lon) in degrees."""
    phi, lam = np.radians(points[:, 0]), np.radians(points[:, 1])
    return np.stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)], axis=1)


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
