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
    (entry(4839416, "New London", "PPL", "USA", cc2="US", admin1="CT", lat=41.36, lon=-72.1,
           pop=27_000), []),
    (entry(4867730, "New London", "PPL", "USA", cc2="US", admin1="IA", lat=40.93, lon=-91.4,
           pop=1_900), []),
    (entry(4881268, "Winfield", "PPL", "USA", cc2="US", admin1="IA", lat=41.12, lon=-91.44,
           pop=1_100), []),
    (entry(5108955, "Winfield", "PPL", "USA", cc2="US", admin1="NJ", lat=40.64, lon=-74.29,
           pop=1_500), []),
    (entry(4921868, "Indiana", "ADM1", "USA", cc2="US", admin1="IN", lat=40.0, lon=-86.25,
           pop=6_500_000, admin1_name="Indiana"), []),
    (entry(5165418, "Ohio", "ADM1", "USA", cc2="US", admin1="OH", lat=40.25, lon=-82.75,
           pop=11_000_000, admin1_name="Ohio"), []),
    (entry(5001836, "Michigan", "ADM1", "USA", cc2="US", admin1="MI", lat=44.0, lon=-85.0,
           pop=9_000_000, admin1_name="Michigan"), []),
    (entry(5744337, "Oregon", "ADM1", "USA", cc2="US", admin1="OR", lat=44.0, lon=-120.5,
           pop=3_800_000, admin1_name="Oregon"), []),
    (entry(5165734, "Oregon", "PPL", "USA", cc2="US", admin1="OH", lat=41.64, lon=-83.49,
           pop=20_000, admin1_name="Ohio"), []),
    (entry(232422, "Central", "ADM1", "UGA", cc2="UG", admin1="C", lat=0.5, lon=32.5,
           pop=9_000_000), []),
]  # fmt: skip


def build(folder: Path) -> Path:
    target = folder / "gazetteer-test.sqlite"
    write(target, RECORDS)
    return target


def annotate_text(text: str, ents: list[tuple[str, str]]) -> Annotations:
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
    found = places(text, annotate_text(text, ents), gazetteer=gazetteer)
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
    found = places(text, annotate_text(text, [("Baghdad", "GPE")]), gazetteer=gazetteer)
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
        text, annotate_text(text, [("Turkey", "GPE"), ("Aleppo", "GPE")]), gazetteer=gazetteer
    )
    where = event_location(
        candidate(text, "Jets struck near Aleppo.", ("Aleppo",)), found, text=text
    )
    assert where is not None and where.name == "Aleppo"


def test_event_location_none_without_clause_or_dateline(gazetteer: Gazetteer) -> None:
    text = "Turkey warned on Monday. Jets struck again."
    found = places(text, annotate_text(text, [("Turkey", "GPE")]), gazetteer=gazetteer)
    assert event_location(candidate(text, "Jets struck again."), found, text=text) is None


def test_event_location_dateline(gazetteer: Gazetteer) -> None:
    text = "BAGHDAD (Reuters) - Jets struck again. Turkey warned."
    found = places(text, annotate_text(text, [("Turkey", "GPE")]), gazetteer=gazetteer)
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
    with pytest.raises(ConfigError, match=r"places\.yml: invalid places file at us_states"):
        parse(bad)


def test_places_towns_near_each_other_win_together(gazetteer: Gazetteer) -> None:
    text = "New London police met Winfield officials."
    found = resolve(text, [("New London", "GPE"), ("Winfield", "GPE")], gazetteer)
    assert (found["New London"].lat, found["Winfield"].lat) == (40.93, 41.12)  # both Iowa


def test_places_bare_town_keeps_the_bigger_namesake(gazetteer: Gazetteer) -> None:
    found = resolve("New London police met.", [("New London", "GPE")], gazetteer)
    assert found["New London"].lat == 41.36


def test_places_state_heads_an_organisation_after_the(gazetteer: Gazetteer) -> None:
    text = "The Indiana State Police bomb squad responded."
    found = resolve(text, [("The Indiana State Police", "ORG")], gazetteer)
    assert found["Indiana"].feature_code == "ADM1"


@pytest.mark.parametrize(
    ("text", "ents"),
    [("The New York Times reported it.", [("The New York Times", "ORG")]),
     ("Texas Tribune reporters said so.", [("Texas Tribune", "ORG")]),
     ("The Central Committee met.", [("The Central Committee", "ORG")])],
)  # fmt: skip
def test_places_no_place_in_newspapers_or_bare_qualifiers(
    gazetteer: Gazetteer, text: str, ents: list[tuple[str, str]]
) -> None:
    assert resolve(text, ents, gazetteer) == {}


def test_places_state_among_states_is_the_state(gazetteer: Gazetteer) -> None:
    text = "Cases were found in Michigan, Oregon and Ohio."
    found = resolve(text, [("Michigan", "GPE"), ("Oregon", "GPE"), ("Ohio", "GPE")], gazetteer)
    assert (found["Oregon"].feature_code, found["Oregon"].lon) == ("ADM1", -120.5)
