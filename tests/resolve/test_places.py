"""A tiny gazetteer built from hand-made records, so place tests need no real index."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitroom.model import Annotations, Entity, EventCandidate, Mention, Place, Sentence, Span
from sitroom.resolve.gazetteer import Entry, Gazetteer, Record, write
from sitroom.resolve.places import event_location, places


def entry(
    gid: int, name: str, code: str, country: str, *, cc2: str = "", admin1: str = "",
    lat: float = 0.0, lon: float = 0.0, pop: int = 0, admin1_name: str = "",
) -> Entry:  # fmt: skip
    return Entry(
        geonameid=gid, name=name, feature_code=code, country=country, cc2=cc2 or None,
        admin1=admin1 or None, admin1_name=admin1_name or None, admin2=None,
        lat=lat, lon=lon, population=pop,
    )  # fmt: skip


RECORDS: list[Record] = [
    (entry(298795, "Turkey", "PCLI", "TUR", cc2="TR", lat=39.0, lon=35.0, pop=82_000_000),
     ["Türkiye", "Republic of Turkey"]),
    (entry(99237, "Iraq", "PCLI", "IRQ", cc2="IQ", lat=33.0, lon=44.0, pop=38_000_000), []),
    (entry(98182, "Baghdad", "PPLC", "IRQ", cc2="IQ", admin1="07", lat=33.34, lon=44.4,
           pop=7_200_000), ["Bagdad"]),
    (entry(163843, "Syria", "PCLI", "SYR", cc2="SY", lat=35.0, lon=38.0, pop=17_000_000), []),
    (entry(170062, "Ḩalab", "ADM1", "SYR", cc2="SY", admin1="09", lat=36.4, lon=37.4,
           pop=2_800_000), ["Aleppo", "Aleppo Governorate"]),
    (entry(170063, "Aleppo", "PPL", "SYR", cc2="SY", admin1="09", lat=36.2, lon=37.16,
           pop=2_100_000), ["Halab"]),
    (entry(4736286, "Texas", "ADM1", "USA", cc2="US", admin1="TX", lat=31.25, lon=-99.25,
           pop=22_000_000, admin1_name="Texas"), []),
    (entry(4896861, "Illinois", "ADM1", "USA", cc2="US", admin1="IL", lat=40.0, lon=-89.25,
           pop=12_000_000, admin1_name="Illinois"), []),
    (entry(2988507, "Paris", "PPLC", "FRA", cc2="FR", admin1="11", lat=48.85, lon=2.35,
           pop=2_138_551), []),
    (entry(4717560, "Paris", "PPL", "USA", cc2="US", admin1="TX", lat=33.66, lon=-95.56,
           pop=24_782, admin1_name="Texas"), []),
    (entry(4409896, "Springfield", "PPL", "USA", cc2="US", admin1="MO", lat=37.2, lon=-93.3,
           pop=170_188), []),
    (entry(4250542, "Springfield", "PPL", "USA", cc2="US", admin1="IL", lat=39.8, lon=-89.64,
           pop=114_394, admin1_name="Illinois"), []),
    (entry(4196508, "Fulton County", "ADM2", "USA", cc2="US", admin1="GA", lat=33.8, lon=-84.5,
           pop=1_100_000), ["Fulton"]),
    (entry(6252001, "United States", "PCLI", "USA", cc2="US", lat=39.76, lon=-98.5,
           pop=327_000_000), ["United States of America"]),
]  # fmt: skip


def build(folder: Path) -> Path:
    target = folder / "gazetteer-test.sqlite"
    write(target, RECORDS)
    return target


def annotations(text: str, ents: list[tuple[str, str]]) -> Annotations:
    """Entities given as (surface, label), found in order of appearance in ``text``."""
    entities: list[Entity] = []
    cursor = 0
    for surface, label in ents:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        entities.append(Entity(surface, start, cursor, label))
    toponyms = tuple(
        Mention(ent.text, ent.start, ent.end, ent.label)
        for ent in entities
        if ent.label in {"GPE", "LOC", "FAC"}
    )
    return Annotations(
        sentences=(Sentence(0, 0, len(text), text),),
        entities=tuple(entities),
        toponyms=toponyms,
        times=(),
    )


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return Gazetteer(build(tmp_path_factory.mktemp("gaz")))


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network used in a places test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


def resolve(text: str, ents: list[tuple[str, str]], gazetteer: Gazetteer) -> dict[str, Place]:
    found = places(text, annotations(text, ents), gazetteer=gazetteer)
    return {place.text: place for place in found}


def test_places_alias_turkiye_is_turkey(gazetteer: Gazetteer) -> None:
    found = resolve("Türkiye closed the border.", [("Türkiye", "GPE")], gazetteer)
    assert found["Türkiye"].country == "TUR"
    assert found["Türkiye"].feature_code == "PCLI"
    assert found["Türkiye"].resolution == 1


def test_places_demonym_is_not_a_place(gazetteer: Gazetteer) -> None:
    found = resolve("Iraqi troops entered Syria.", [("Iraqi", "GPE"), ("Syria", "GPE")], gazetteer)
    assert "Iraqi" not in found
    assert found["Syria"].country == "SYR"


def test_places_country_inside_organisation(gazetteer: Gazetteer) -> None:
    text = "Iraq's Defense Ministry said so."
    found = resolve(text, [("Iraq's Defense Ministry", "ORG")], gazetteer)
    assert set(found) == {"Iraq"}
    assert (found["Iraq"].start, found["Iraq"].end) == (0, 4)


def test_places_context_picks_paris_texas(gazetteer: Gazetteer) -> None:
    text = "Storms hit Texas on Monday. In Paris, roofs were torn off."
    found = resolve(text, [("Texas", "GPE"), ("Paris", "GPE")], gazetteer)
    assert found["Paris"].country == "USA"
    assert found["Paris"].admin1 == "Texas"


def test_places_bare_paris_is_the_capital(gazetteer: Gazetteer) -> None:
    found = resolve("Talks opened in Paris.", [("Paris", "GPE")], gazetteer)
    assert (found["Paris"].country, found["Paris"].feature_code) == ("FRA", "PPLC")


def test_places_population_ranks_bare_names(gazetteer: Gazetteer) -> None:
    found = resolve("A fire in Springfield.", [("Springfield", "GPE")], gazetteer)
    assert found["Springfield"].geonameid == 4409896  # the larger, in Missouri


@pytest.mark.parametrize("state", ["Ill.", "Illinois", "IL"])
def test_places_city_state_pattern(gazetteer: Gazetteer, state: str) -> None:
    text = f"A fire in Springfield, {state}, on Monday."
    found = resolve(text, [("Springfield", "GPE")], gazetteer)
    assert found["Springfield"].geonameid == 4250542


def test_places_aleppo_city_unless_province_is_said(gazetteer: Gazetteer) -> None:
    city = resolve("Shelling in Aleppo.", [("Aleppo", "GPE")], gazetteer)["Aleppo"]
    assert (city.feature_code, city.resolution) == ("PPL", 4)
    region = resolve("Shelling in Aleppo province.", [("Aleppo", "GPE")], gazetteer)["Aleppo"]
    assert (region.feature_code, region.resolution) == ("ADM1", 2)


def test_places_county_resolution_level(gazetteer: Gazetteer) -> None:
    found = resolve("Deputies in Fulton County said.", [("Fulton County", "GPE")], gazetteer)
    assert (found["Fulton County"].feature_code, found["Fulton County"].resolution) == ("ADM2", 3)


def test_places_unknown_toponym_kept_unresolved(gazetteer: Gazetteer) -> None:
    found = resolve("Rain fell on Zzyzxville.", [("Zzyzxville", "GPE")], gazetteer)
    assert found["Zzyzxville"].lat is None
    assert found["Zzyzxville"].name is None


def test_places_repeat_mention_recovered(gazetteer: Gazetteer) -> None:
    text = "Baghdad was calm. Later Baghdad police said..."
    found = places(text, annotations(text, [("Baghdad", "GPE")]), gazetteer=gazetteer)
    assert [place.start for place in found] == [0, 24]
    assert all(place.country == "IRQ" for place in found)


def candidate(text: str, sentence: str, place_surfaces: tuple[str, ...] = ()) -> EventCandidate:
    start = text.index(sentence)
    mentions = tuple(
        Mention(surface, text.index(surface, start), text.index(surface, start) + len(surface))
        for surface in place_surfaces
    )
    return EventCandidate(
        event_type="ASSAULT", sentence_index=0, sentence=Span(start, start + len(sentence)),
        trigger=Mention(sentence.split()[1], start, start + 1), pattern="test", places=mentions,
    )  # fmt: skip


def test_event_location_from_the_clause_not_the_first_place(gazetteer: Gazetteer) -> None:
    text = "Turkey warned on Monday. Jets struck near Aleppo."
    found = places(
        text, annotations(text, [("Turkey", "GPE"), ("Aleppo", "GPE")]), gazetteer=gazetteer
    )
    where = event_location(
        candidate(text, "Jets struck near Aleppo.", ("Aleppo",)), found, text=text
    )
    assert where is not None and where.name == "Aleppo"


def test_event_location_none_without_clause_or_dateline(gazetteer: Gazetteer) -> None:
    text = "Turkey warned on Monday. Jets struck again."
    found = places(text, annotations(text, [("Turkey", "GPE")]), gazetteer=gazetteer)
    assert event_location(candidate(text, "Jets struck again."), found, text=text) is None


def test_event_location_dateline(gazetteer: Gazetteer) -> None:
    text = "BAGHDAD (Reuters) - Jets struck again. Turkey warned."
    found = places(text, annotations(text, [("Turkey", "GPE")]), gazetteer=gazetteer)
    where = event_location(candidate(text, "Jets struck again."), found, text=text)
    assert where is not None and where.country == "IRQ" and where.feature_code == "PPLC"
    assert text[where.start : where.end] == "BAGHDAD"


def test_places_site_inside_a_town_is_sub_city(gazetteer: Gazetteer) -> None:
    text = "Flights left Baghdad International Airport."
    found = resolve(text, [("Baghdad International Airport", "FAC")], gazetteer)
    site = found["Baghdad International Airport"]
    assert (site.name, site.resolution) == ("Baghdad", 5)


def test_place_lookups_bad_file_names_the_key(tmp_path: Path) -> None:
    from sitroom.errors import ConfigError
    from sitroom.resolve.place_lookups import LOOKUP_FILE, parse

    bad = tmp_path / "places.yml"
    bad.write_text(
        LOOKUP_FILE.read_text(encoding="utf-8").replace("  GA: [Ga., GA]", "  Gx: [Ga.]")
    )
    with pytest.raises(ConfigError, match=r"places\.yml: us_states"):
        parse(bad)
