"""Oceans, seas and macro-regions for the gazetteer build, from ``lookups/areas.yml``.

Build time only. No installed package lists water bodies, nor regions such as "Middle
East" or "Horn of Africa" that are no UN M49 region; without them "the Pacific" resolves
to a town called Pacific and "the Middle East" to a hamlet in Maryland. Waters keep the
point the file gives (feature codes OCN, SEA, GULF as in GeoNames); a region is placed at
the centre of its member countries' territory (feature code RGN), like the M49 regions.
Both have negative ids: no GeoNames record stands behind them here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from sitroom import datafile
from sitroom.errors import ConfigError
from sitroom.resolve.gazetteer import Entry, Record
from sitroom.resolve.gazetteer_points import Vector, centre

AREA_FILE = Path(__file__).parent / "lookups" / "areas.yml"
_WATER_IDS = 200_000
_REGION_IDS = 300_000


class _Water(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    code: Literal["OCN", "SEA", "GULF"]
    point: tuple[float, float]
    aliases: list[str]

    @field_validator("point")
    @classmethod
    def _on_earth(cls, point: tuple[float, float]) -> tuple[float, float]:
        if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
            raise ValueError(f"point {point} is not [lat, lon]")
        return point


class _Region(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    aliases: list[str]
    members: list[str]

    @field_validator("members")
    @classmethod
    def _alpha3(cls, members: list[str]) -> list[str]:
        bad = [code for code in members if len(code) != 3 or not code.isupper()]
        if bad or not members:
            raise ValueError(f"members must be ISO alpha-3 codes: {bad or 'none given'}")
        return members


class AreasFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    waters: list[_Water]
    regions: list[_Region]


def load(path: Path = AREA_FILE) -> AreasFile:
    """The validated file; ``ConfigError`` names the file and the key."""
    return datafile.load(path, AreasFile, what="areas file")


def records(
    areas: Mapping[str, Vector],
    population: Mapping[str, int],
    cc2_of: Mapping[str, str],
    *,
    path: Path = AREA_FILE,
) -> Iterator[Record]:
    """Water bodies, then regions. ``areas``/``population`` are keyed by "CC.A1" division
    codes (``gazetteer_sources``); ``cc2_of`` maps ISO alpha-3 to alpha-2."""
    data = load(path)
    for number, water in enumerate(data.waters):
        yield (
            Entry(
                geonameid=-(_WATER_IDS + number), name=water.name, feature_code=water.code,
                country=None, cc2=None, admin1=None, admin1_name=None, admin2=None,
                lat=water.point[0], lon=water.point[1], population=0,
            ),
            water.aliases,
        )  # fmt: skip
    for number, region in enumerate(data.regions):
        unknown = [code for code in region.members if code not in cc2_of]
        if unknown:
            raise ConfigError(f"{path}: regions ({region.name}): unknown countries {unknown}")
        prefixes = tuple(f"{cc2_of[code]}." for code in region.members)
        codes = [code for code in areas if code.startswith(prefixes)]
        found = region_record(
            -(_REGION_IDS + number), region.name, codes, areas=areas, population=population,
            country=None, aliases=region.aliases,
        )  # fmt: skip
        if found is not None:
            yield found


def _added(totals: Iterable[Vector]) -> Vector:
    x = y = z = 0.0
    for total in totals:
        x, y, z = x + total[0], y + total[1], z + total[2]
    return (x, y, z)


def region_record(
    gid: int, name: str, members: list[str], *, areas: Mapping[str, Vector],
    population: Mapping[str, int], country: tuple[str, str] | None, aliases: Iterable[str] = (),
) -> Record | None:  # fmt: skip
    """A region made of divisions ``members`` ("CC.A1"), at the centre of their territory."""
    point = centre(_added(areas[code] for code in members if code in areas))
    if point is None:
        return None
    return (
        Entry(
            geonameid=gid, name=name, feature_code="RGN",
            country=country[1] if country else None, cc2=country[0] if country else None,
            admin1=None, admin1_name=None, admin2=None,
            lat=round(point[0], 5), lon=round(point[1], 5),
            population=sum(population.get(code, 0) for code in members),
        ),
        aliases,
    )  # fmt: skip
