"""Document context in place recognition and resolution (hand-made gazetteer).

Lists, local institutions, named divisions, waters, one sense per discourse and the
back-off of names the gazetteer lacks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.model import Place
from sitroom.resolve.gazetteer import Gazetteer, Record, write
from sitroom.resolve.place_backoff import backoff
from sitroom.resolve.places import places
from tests.resolve.test_places import RECORDS, annotate_text, entry

EXTRA: list[Record] = [
    (entry(895949, "Zambia", "PCLI", "ZMB", cc2="ZM", lat=-14.3, lon=27.6, pop=17_000_000), []),
    (entry(927384, "Malawi", "PCLI", "MWI", cc2="MW", lat=-13.5, lon=34.0, pop=18_000_000), []),
    (entry(1036973, "Mozambique", "PCLI", "MOZ", cc2="MZ", lat=-18.25, lon=35.0,
           pop=29_000_000), []),
    (entry(4155751, "Florida", "ADM1", "USA", cc2="US", admin1="FL", lat=28.0, lon=-81.7,
           pop=21_000_000, admin1_name="Florida"), []),
    (entry(4156404, "Gainesville", "PPL", "USA", cc2="US", admin1="FL", lat=29.65, lon=-82.32,
           pop=133_000, admin1_name="Florida"), []),
    (entry(4693003, "Gainesville", "PPL", "USA", cc2="US", admin1="TX", lat=33.63, lon=-97.13,
           pop=16_000, admin1_name="Texas"), []),
    (entry(4167147, "Ocala", "PPL", "USA", cc2="US", admin1="FL", lat=29.19, lon=-82.14,
           pop=60_000, admin1_name="Florida"), []),
    (entry(5145607, "Butler County", "ADM2", "USA", cc2="US", admin1="OH", lat=39.44,
           lon=-84.58, pop=380_000, admin1_name="Ohio"), []),
    (entry(4900001, "Wagner", "PPL", "USA", cc2="US", admin1="SD", lat=43.08, lon=-98.29,
           pop=1_500), []),
    (entry(3996063, "Guerrero", "ADM1", "MEX", cc2="MX", admin1="12", lat=17.6, lon=-99.9,
           pop=3_500_000, admin1_name="Guerrero"), []),
    (entry(3996064, "Guerrero", "PPL", "MEX", cc2="MX", admin1="12", lat=18.4, lon=-100.2,
           pop=700, admin1_name="Guerrero"), []),
    (entry(3533462, "Acapulco", "PPL", "MEX", cc2="MX", admin1="12", lat=16.86, lon=-99.89,
           pop=650_000, admin1_name="Guerrero"), []),
    (entry(-200000, "Pacific Ocean", "OCN", "", lat=0.0, lon=-160.0), ["Pacific"]),
    (entry(4402245, "Pacific", "PPL", "USA", cc2="US", admin1="MO", lat=38.48, lon=-90.74,
           pop=7_000), []),
    (entry(4398678, "Missouri", "ADM1", "USA", cc2="US", admin1="MO", lat=38.25, lon=-92.5,
           pop=6_000_000, admin1_name="Missouri"), []),
]  # fmt: skip


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    target: Path = tmp_path_factory.mktemp("gaz") / "gazetteer-context.sqlite"
    write(target, [*RECORDS, *EXTRA])
    return Gazetteer(target)


def resolve(text: str, ents: list[tuple[str, str]], gazetteer: Gazetteer) -> dict[str, Place]:
    return {
        place.text: place for place in places(text, annotate_text(text, ents), gazetteer=gazetteer)
    }


def test_places_country_listed_with_countries_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Cases were reported in Zambia, Malawi, and Mozambique."
    ents = [("Zambia", "GPE"), ("Malawi", "PERSON"), ("Mozambique", "GPE")]
    assert resolve(text, ents, gazetteer)["Malawi"].country == "MWI"


def test_places_untagged_town_joined_by_and_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Police in Gainesville and Ocala searched homes."
    found = resolve(text, [("Gainesville", "GPE")], gazetteer)
    assert found["Ocala"].admin1 == "Florida"
    assert found["Gainesville"].admin1 == "Florida"  # Ocala, 50 km away, agrees


@pytest.mark.parametrize(
    ("text", "ents"),
    [("In Boston, Wagner said the road was closed.", [("Boston", "GPE"), ("Wagner", "PERSON")]),
     ("In Boston, Wagner said the road was closed.", [("Boston", "GPE")])],
)  # fmt: skip
def test_places_town_after_a_comma_is_no_list(
    gazetteer: Gazetteer, text: str, ents: list[tuple[str, str]]
) -> None:
    assert "Wagner" not in resolve(text, ents, gazetteer)  # a surname, not a town of a list


def test_places_county_named_with_its_kind_word_inside_an_organisation(
    gazetteer: Gazetteer,
) -> None:
    text = "The Butler County Sheriff's Office said the road was closed."
    found = resolve(text, [("The Butler County Sheriff's Office", "ORG")], gazetteer)
    assert found["Butler County"].feature_code == "ADM2"


def test_places_town_heading_its_police_is_a_weak_place(gazetteer: Gazetteer) -> None:
    text = "Florida officials thanked the Gainesville Police Department."
    found = resolve(text, [("Florida", "GPE"), ("Gainesville Police Department", "ORG")], gazetteer)
    assert found["Gainesville"].admin1 == "Florida"


def test_places_town_heading_a_school_is_not_a_place(gazetteer: Gazetteer) -> None:
    text = "Florida officials visited the Gainesville High School."
    found = resolve(text, [("Florida", "GPE"), ("Gainesville High School", "ORG")], gazetteer)
    assert "Gainesville" not in found


def test_places_weak_mention_keeps_the_documents_sense(gazetteer: Gazetteer) -> None:
    text = "Guerrero police met in Acapulco, a city of the state of Guerrero."
    ents = [("Guerrero police", "ORG"), ("Acapulco", "GPE"), ("Guerrero", "PERSON")]
    found = places(text, annotate_text(text, ents), gazetteer=gazetteer)
    assert [place.feature_code for place in found if place.text == "Guerrero"] == [
        "ADM1",
        "ADM1",  # the second is not the village of Guerrero state
    ]


def test_places_bare_ocean_name_is_the_ocean(gazetteer: Gazetteer) -> None:
    found = resolve("Storms formed over the Pacific.", [("Pacific", "LOC")], gazetteer)
    pacific = found["Pacific"]
    assert (pacific.feature_code, pacific.resolution, pacific.geonameid) == ("OCN", 1, None)


def test_places_town_named_like_an_ocean_with_its_state(gazetteer: Gazetteer) -> None:
    text = "Missouri troopers closed a road in Pacific."
    found = resolve(text, [("Missouri", "GPE"), ("Pacific", "GPE")], gazetteer)
    assert found["Pacific"].feature_code == "PPL"


def test_places_unknown_name_takes_the_point_of_the_nearest_place(gazetteer: Gazetteer) -> None:
    text = "Flooding hit Qwertyville, a village near Ocala, and later Baghdad."
    ents = [("Qwertyville", "GPE"), ("Ocala", "GPE"), ("Baghdad", "GPE")]
    unknown = resolve(text, ents, gazetteer)["Qwertyville"]
    assert (unknown.lat, unknown.lon, unknown.country) == (29.19, -82.14, "USA")
    assert unknown.name is None and unknown.geonameid is None and unknown.feature_code is None


def place(text: str, start: int, code: str | None, lat: float | None) -> Place:
    return Place(
        text=text, start=start, end=start + len(text), feature_code=code, lat=lat,
        lon=None if lat is None else 0.0, country="XXX" if lat is not None else None,
        resolution={"PCLI": 1, "PPL": 4, "CONT": 1}.get(code or ""),
    )  # fmt: skip


def test_place_backoff_prefers_a_local_place_then_a_country() -> None:
    found = backoff(
        [place("Africa", 0, "CONT", 7.0), place("Kenya", 10, "PCLI", 1.0),
         place("Xville", 20, None, None), place("Nairobi", 60, "PPL", -1.3)]
    )  # fmt: skip
    assert found[2].lat == -1.3  # the town, though the country is nearer in the text
    assert found[2].estimated and found[2].geonameid is None and found[2].name is None
    assert not any(p.estimated for p in (found[0], found[1], found[3]))
    only_country = backoff([place("Kenya", 10, "PCLI", 1.0), place("Xville", 20, None, None)])
    assert only_country[1].lat == 1.0
    assert only_country[1].resolution == 1


def test_place_backoff_never_uses_a_continent() -> None:
    found = backoff([place("Africa", 0, "CONT", 7.0), place("Xville", 20, None, None)])
    assert found[1].lat is None


@pytest.mark.parametrize(
    ("text", "name"),
    [("A Gainesville man was arrested.", "Gainesville"),
     ("Two Gainesville residents marched.", "Gainesville"),
     ("The Gainesville-based firm sued.", "Gainesville")],
)  # fmt: skip
def test_places_name_of_where_people_live_is_a_place(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    found = resolve(text, [(name, "ORG")], gazetteer)  # no other place to confirm it
    assert found[name].admin1 == "Florida"  # the larger Gainesville


def test_places_family_named_like_a_town_is_no_place(gazetteer: Gazetteer) -> None:
    assert resolve("The Wagner family thanked neighbours.", [("Wagner", "PERSON")], gazetteer) == {}
