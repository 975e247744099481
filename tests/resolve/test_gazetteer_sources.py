"""Derived gazetteer records: country names without "the", named and UN regions."""

from __future__ import annotations

from types import SimpleNamespace

from sitroom.resolve.gazetteer_points import Vector
from sitroom.resolve.gazetteer_sources import _m49_regions, _named_regions, _without_article


def test_gazetteer_sources_country_names_without_article() -> None:
    names = _without_article({"Democratic Republic of the Congo", "The Gambia"})
    assert "Democratic Republic of Congo" in names
    assert "Gambia" in names
    assert "Democratic Republic of the Congo" in names  # the original stays


def division(code: str, name: str, *aliases: str) -> SimpleNamespace:
    return SimpleNamespace(geonames_code=code, name=name, aliases=list(aliases))


AREAS: dict[str, Vector] = {
    "SD.55": (0.8, 0.5, 0.3), "SD.49": (0.85, 0.5, 0.15), "SD.47": (0.8, 0.55, 0.2),
    "SD.62": (0.8, 0.6, 0.2), "SD.43": (0.7, 0.6, 0.35),
    "NG.01": (0.99, 0.1, 0.1), "GH.01": (0.99, 0.0, 0.1), "ZA.01": (0.8, 0.3, -0.5),
}  # fmt: skip


def test_gazetteer_sources_region_named_by_its_divisions() -> None:
    level1 = [
        division("SD.55", "North Darfur", "North Darfur State"),
        division("SD.49", "South Darfur"),
        division("SD.47", "West Darfur", "Western Darfur"),
        division("SD.62", "West Kordofan"),  # alone: no region
        division("SD.43", "Northern", "Northern State"),  # a compass word only: no region
    ]
    found = list(_named_regions(level1, AREAS, {"SD.55": 5, "SD.49": 7}, {"SD": "SDN"}, {"SD"}))
    assert [record[0].name for record in found] == ["Darfur"]
    darfur = found[0][0]
    assert (darfur.feature_code, darfur.country, darfur.population) == ("RGN", "SDN", 12)
    assert darfur.geonameid < 0
    assert darfur.lat is not None and 0 < darfur.lat < 30


def test_gazetteer_sources_un_regions_with_short_names() -> None:
    found = {record[0].name: set(record[1]) for record in _m49_regions(AREAS, {})}
    assert "West Africa" in found["Western Africa"]
    assert "Southern Africa" in found
    assert "South Africa" not in found["Southern Africa"]  # a country's name is taken
    assert "Africa" not in found  # continents come from GeoNames
