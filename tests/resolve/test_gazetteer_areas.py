"""Oceans, seas and macro-regions from ``lookups/areas.yml`` (gazetteer build)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import ConfigError
from sitroom.resolve.gazetteer_areas import load, records
from sitroom.resolve.gazetteer_points import Vector

AREAS: dict[str, Vector] = {
    "EG.01": (0.8, 0.5, 0.3), "SA.01": (0.7, 0.6, 0.4), "NO.01": (0.5, 0.1, 0.85),
}  # fmt: skip
CC2 = {"EGY": "EG", "SAU": "SA", "NOR": "NO"}

FILE = """
waters:
  - {name: Pacific Ocean, code: OCN, point: [0.0, -160.0], aliases: [Pacific]}
regions:
  - {name: Middle East, aliases: [Mideast], members: [EGY, SAU]}
"""


def test_gazetteer_areas_bundled_file_is_valid() -> None:
    data = load()
    names = {water.name for water in data.waters} | {region.name for region in data.regions}
    assert {"Pacific Ocean", "Mediterranean Sea", "Middle East"} <= names


def test_gazetteer_areas_waters_and_regions(tmp_path: Path) -> None:
    path = tmp_path / "areas.yml"
    path.write_text(FILE, encoding="utf-8")
    found = {entry.name: (entry, set(aliases)) for entry, aliases in
             records(AREAS, {"EG.01": 5, "SA.01": 7, "NO.01": 9}, CC2, path=path)}  # fmt: skip
    ocean, aliases = found["Pacific Ocean"]
    assert (ocean.feature_code, ocean.lat, ocean.lon, ocean.resolution) == ("OCN", 0.0, -160.0, 1)
    assert aliases == {"Pacific"} and ocean.geonameid < 0
    region, _ = found["Middle East"]
    assert (region.feature_code, region.population, region.country) == ("RGN", 12, None)
    assert region.lat is not None and 20 < region.lat < 40  # between its members, not Norway


@pytest.mark.parametrize(
    ("text", "message"),
    [("waters: []\nregions:\n  - {name: X, aliases: [], members: [ZZZ]}\n", "unknown countries"),
     ("waters:\n  - {name: Y, code: OCN, point: [95.0, 0.0], aliases: []}\nregions: []\n",
      "lat, lon")],
)  # fmt: skip
def test_gazetteer_areas_bad_entries_name_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "areas.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        list(records(AREAS, {}, CC2, path=path))
