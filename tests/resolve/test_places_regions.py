"""Regions, completed spans, lists and weak voters in place resolution (hand-made gazetteer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.model import Place
from sitroom.resolve.gazetteer import Gazetteer, Record, write
from sitroom.resolve.places import places
from tests.resolve.test_places import RECORDS, annotate_text, entry

EXTRA: list[Record] = [
    (entry(366755, "Sudan", "PCLI", "SDN", cc2="SD", lat=15.0, lon=30.0, pop=41_000_000), []),
    (entry(-100001, "Darfur", "RGN", "SDN", cc2="SD", lat=14.2, lon=25.1, pop=2_000_000), []),
    (entry(203312, "Democratic Republic of the Congo", "PCLI", "COD", cc2="CD", lat=0.0,
           lon=25.0, pop=86_000_000), ["Democratic Republic of Congo", "DRC"]),
    (entry(2420477, "Guinea", "PCLI", "GIN", cc2="GN", lat=11.0, lon=-10.0, pop=12_000_000), []),
    (entry(2372248, "Guinea-Bissau", "PCLI", "GNB", cc2="GW", lat=12.0, lon=-15.0,
           pop=1_800_000), []),
    (entry(9_000_001, "Irakkent", "PPL", "TUR", cc2="TR", lat=38.0, lon=40.0, pop=500_000),
     ["Iraq"]),  # invented: a town one of whose alternate names is a country's
    (entry(3718426, "Saint-Marc", "PPL", "HTI", cc2="HT", lat=19.11, lon=-72.69, pop=160_000), []),
    (entry(4866445, "Mount Pleasant", "PPL", "USA", cc2="US", admin1="IA", lat=40.96,
           lon=-91.56, pop=8_600), []),
]  # fmt: skip


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    target: Path = tmp_path_factory.mktemp("gaz") / "gazetteer-regions.sqlite"
    write(target, [*RECORDS, *EXTRA])
    return Gazetteer(target)


def resolve(text: str, ents: list[tuple[str, str]], gazetteer: Gazetteer) -> dict[str, Place]:
    return {
        place.text: place for place in places(text, annotate_text(text, ents), gazetteer=gazetteer)
    }


def test_places_region_has_no_geonames_id(gazetteer: Gazetteer) -> None:
    found = resolve("Clashes spread across Darfur.", [("Darfur", "GPE")], gazetteer)
    darfur = found["Darfur"]
    assert (darfur.feature_code, darfur.country, darfur.resolution) == ("RGN", "SDN", 2)
    assert darfur.geonameid is None  # derived: no GeoNames record to point at


def test_places_kind_word_in_the_span_is_dropped(gazetteer: Gazetteer) -> None:
    found = resolve("Aid reached Darfur region.", [("Darfur region", "GPE")], gazetteer)
    assert found["Darfur region"].name == "Darfur"


@pytest.mark.parametrize(
    ("text", "cut", "whole", "country"),
    [("Aid reached the Democratic Republic of the Congo on Monday.", "Democratic Republic",
      "Democratic Republic of the Congo", "COD"),
     ("Polls opened in Guinea-Bissau today.", "Guinea", "Guinea-Bissau", "GNB")],
)  # fmt: skip
def test_places_span_cut_short_is_completed(
    gazetteer: Gazetteer, text: str, cut: str, whole: str, country: str
) -> None:
    found = resolve(text, [(cut, "GPE")], gazetteer)
    assert list(found) == [whole]
    assert found[whole].country == country


def test_places_country_in_a_list_is_not_paired(gazetteer: Gazetteer) -> None:
    text = "Fighting spread to Iraq, Turkey and Syria."
    ents = [("Iraq", "GPE"), ("Turkey", "GPE"), ("Syria", "GPE")]
    assert resolve(text, ents, gazetteer)["Iraq"].country == "IRQ"  # not the Turkish town


def test_places_weak_mentions_vote_for_nearby_towns(gazetteer: Gazetteer) -> None:
    text = "New London police joined Winfield and Mount Pleasant officers."
    ents = [("New London", "GPE"), ("Winfield", "ORG"), ("Mount Pleasant", "ORG")]
    assert resolve(text, ents, gazetteer)["New London"].admin1 is None  # Iowa's (no name given)
    assert resolve(text, ents, gazetteer)["New London"].lat == pytest.approx(40.93)


def test_places_short_first_word_and_prefix(gazetteer: Gazetteer) -> None:
    found = resolve("Floods hit St. Marc.", [("St. Marc", "GPE")], gazetteer)
    assert found["St. Marc"].name == "Saint-Marc"
    found = resolve("The City of Baghdad said.", [("City of Baghdad", "GPE")], gazetteer)
    assert (found["City of Baghdad"].name, found["City of Baghdad"].resolution) == ("Baghdad", 4)
