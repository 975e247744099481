"""Representative points of countries: mainland-plus-near-islands area centroid, guarded."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.resolve.gazetteer_points import (
    centre,
    km,
    polygons,
    raster,
    representative,
    territories,
    territory_centroid,
)


def square(lon: float, lat: float, size: float) -> list[list[list[float]]]:
    """A polygon (outline only) with its south-west corner at (lon, lat)."""
    return [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size]]]


def outline(*shapes: list[list[list[float]]]) -> dict[str, Any]:
    return {
        "type": "FeatureCollection",
        "features": [{"geometry": {"type": "MultiPolygon", "coordinates": list(shapes)}}],
    }


def test_gazetteer_points_centroid_of_a_square_is_its_middle() -> None:
    lat, lon = territory_centroid([square(10.0, -1.0, 2.0)]) or (99.0, 99.0)
    assert lat == pytest.approx(0.0, abs=1e-6)
    assert lon == pytest.approx(11.0, abs=1e-6)


def test_gazetteer_points_orientation_and_holes() -> None:
    clockwise = [list(reversed(square(10.0, -1.0, 2.0)[0]))]
    assert territory_centroid([clockwise]) == pytest.approx(territory_centroid([square(10, -1, 2)]))
    # A hole in the eastern half pulls the centre west.
    holed = [square(10.0, -1.0, 2.0)[0], square(11.2, -0.3, 0.6)[0]]
    lat, lon = territory_centroid([holed]) or (99.0, 99.0)
    assert lon < 11.0 and lat == pytest.approx(0.0, abs=1e-6)


def test_gazetteer_points_near_islands_count_far_ones_do_not() -> None:
    mainland = square(0.0, 0.0, 10.0)
    near = square(10.5, 0.0, 4.0)  # about 55 km off the coast
    far = square(60.0, 0.0, 10.0)  # an overseas territory as large as the mainland
    with_near = territory_centroid([mainland, near]) or (99.0, 99.0)
    with_far = territory_centroid([mainland, far]) or (99.0, 99.0)
    assert with_near[1] > 5.5  # the near island pulls the centre east
    assert with_far[1] == pytest.approx(5.0, abs=0.01)  # the far one is ignored


def test_gazetteer_points_antimeridian_polygon_stays_whole() -> None:
    lat, lon = territory_centroid([square(178.0, 0.0, 4.0)]) or (99.0, 99.0)
    assert abs(lon) == pytest.approx(180.0, abs=0.01)  # not 0: the polygon is whole
    assert lat == pytest.approx(2.0, abs=0.01)


@pytest.mark.parametrize(
    ("area", "published", "moved"),
    [(100_000, (3.0, 3.0), False),  # small country: the published point
     (9_000_000, (3.5, 3.5), True),  # large, 235 km off: the centroid
     (9_000_000, (5.5, 5.5), False),  # large, within 100 km: the published point is as good
     (9_000_000, (7.4, 7.4), True),  # large, 376 km off: still a coarse point, the centroid
     (9_000_000, (15.0, 15.0), False)],  # large, far off: a convention, kept
)  # fmt: skip
def test_gazetteer_points_representative(
    area: int, published: tuple[float, float], moved: bool
) -> None:
    info = {"area": area, "geoJSON": outline(square(0.0, 0.0, 10.0))}
    point = representative(info, published)
    centre = territory_centroid(polygons(info["geoJSON"])) or (99.0, 99.0)
    assert (km(*point, *centre) < 1.0) is moved
    assert (point == published) is not moved


def test_gazetteer_points_no_outline_keeps_published() -> None:
    assert representative({"area": 9_000_000}, (1.0, 2.0)) == (1.0, 2.0)


def test_gazetteer_points_raster_fills_inside_and_leaves_holes() -> None:
    assert len(raster([square(0.0, 0.0, 2.0)], step=0.5)) == 16
    holed = [square(0.0, 0.0, 2.0)[0], square(0.5, 0.5, 1.0)[0]]
    cells = raster([holed], step=0.5)
    assert len(cells) == 12
    assert (1.25, 1.25) not in cells and (0.25, 0.25) in cells


def test_gazetteer_points_territories_split_a_country_between_divisions() -> None:
    country = [[[[0.0, 0.0], [10.0, 0.0], [10.0, 2.0], [0.0, 2.0]]]]
    towns = [(1.0, 1.0, "W"), (1.0, 2.0, "W"), (1.0, 9.0, "E")]  # (lat, lon, division)
    west = centre(territories(country, towns)["W"]) or (99.0, 99.0)
    east = centre(territories(country, towns)["E"]) or (99.0, 99.0)
    # The boundary lies midway between the nearest towns (lon 5.5), not at the towns.
    assert west[1] == pytest.approx(2.75, abs=0.2)
    assert east[1] == pytest.approx(7.75, abs=0.2)


def test_gazetteer_points_stray_town_does_not_drag_its_division() -> None:
    country = [[[[0.0, 0.0], [20.0, 0.0], [20.0, 2.0], [0.0, 2.0]]]]
    west = [(1.0, 0.5 + lon / 4, "W") for lon in range(12)]  # a cluster near lon 0.5-3.3
    east = [(1.0, 10.0, "E")]
    stray = [(1.0, 19.5, "W")]  # miscoded: a "W" town at the far end of the country
    with_stray = centre(territories(country, [*west, *east, *stray])["W"]) or (99.0, 99.0)
    assert with_stray[1] < 4.0  # the stray's cells are not W's
