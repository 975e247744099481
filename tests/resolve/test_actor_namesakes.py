"""Codes from names the document itself explains: namesakes, sent parties, foreign
institutions and people the tagger took for organisations (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.model import Annotations, Entity, Mention
from sitroom.resolve.actor_kb import default_kb
from sitroom.resolve.actor_rules import read
from sitroom.resolve.actors import document_resolver
from tests.resolve.test_actors import annotations, resolve_one

DAY = dt.date(2018, 3, 1)


@pytest.mark.parametrize("text", ["Maher al-Assad", "Melania Trump", "Rami al-Hariri"])
def test_other_given_name_is_a_namesake(text: str) -> None:
    assert read(text, default_kb(), day=DAY).person is None


@pytest.mark.parametrize("text", ["Mr Hariri", "Beyond Donald Trump", "Bashar al-Assad"])
def test_known_person_with_title_or_own_name(text: str) -> None:
    assert read(text, default_kb(), day=DAY).person is not None


def test_surname_after_titled_namesake_is_that_person() -> None:
    text = ("Rami al-Hariri, head of the Yemeni opposition delegation, spoke. "
            "Later Hariri urged Oman to act.")  # fmt: skip
    resolve = document_resolver(text, annotations(text, (("Rami al-Hariri", "PERSON"),)),
                                published=DAY)  # fmt: skip
    first = resolve(Mention("Rami al-Hariri", 0, 14, "PERSON"))
    at = text.index("Hariri urged")
    later = resolve(Mention("Hariri", at, at + 6, "PERSON"))
    assert later.id == first.id and later.country != "LBN"


def test_office_apposition_makes_a_mistagged_name_a_person() -> None:
    text = "Aid groups urged Lars van Hoek, the UN special envoy for Chad, to stay."
    resolve = document_resolver(text, annotations(text, (("Lars van Hoek", "ORG"),)),
                                published=DAY)  # fmt: skip
    envoy = resolve(Mention("Lars van Hoek", 17, 30, "ORG"))
    assert (envoy.country, envoy.sector) == ("UNO", "GOV")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the opposition delegation in Cairo", None),
        ("an envoy at Geneva", None),
        ("the Saudi delegation in Geneva", "SAU"),
        ("the army in Idlib", None),  # a place in the mention: the gazetteer's, not read's
        ("protesters in Tehran", "IRN"),
    ],
)
def test_sent_party_is_not_of_its_place(text: str, country: str | None) -> None:
    assert read(text, default_kb(), day=DAY).country == country


@pytest.mark.parametrize(
    ("text", "country", "org"),
    [
        ("a Peruvian Congress on Water", "PER", None),
        ("the US Congress", "USA", "inst:usa-congress"),
        ("American Congress", "USA", "inst:usa-congress"),
    ],
)
def test_other_states_institution(text: str, country: str, org: str | None) -> None:
    actor = resolve_one(text)
    assert actor.country == country
    assert (actor.id == org) if org else actor.id != "inst:usa-congress"


def test_prescanned_surname_after_titled_namesake() -> None:
    text = ("Rami al-Hariri, head of the Yemeni opposition delegation, spoke. "
            "Hariri, who is in Paris, said he would go.")  # fmt: skip
    parsed = annotations(text)
    second = text.index("Hariri, who")
    entities = (Entity("Rami al-Hariri", 0, 14, "PERSON"),
                Entity("Hariri", second, second + 6, "PERSON"))  # fmt: skip
    parsed = Annotations(parsed.sentences, entities, (), ())
    resolve = document_resolver(text, parsed, published=DAY)
    at = text.index("he would")
    assert resolve(Mention("he", at, at + 2)).country == "YEM"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the chief negotiator for the Yemeni opposition", "YEM", "OPP"),
        ("a spokesman for the Turkish army", "TUR", "MIL"),
        ("the envoy for Syria", None, "GOV"),  # sent to Syria, not Syria's
    ],
)
def test_person_noun_for_whom_it_works(text: str, country: str | None, sector: str) -> None:
    reading = read(text, default_kb(), day=DAY)
    assert (reading.country, reading.sector) == (country, sector)


@pytest.mark.parametrize(
    ("after", "sector"),
    [
        ("the militia that drove out the group", "REB"),
        ("the anti-Obote militia", "REB"),
    ],
)
def test_establishing_description_is_no_anaphor(after: str, sector: str) -> None:
    text = f"Boko Haram held the town. Later {after} took it."
    ents = (("Boko Haram", "ORG"),)
    resolve = document_resolver(text, annotations(text, ents), published=DAY)
    resolve(Mention("Boko Haram", 0, 10, "ORG"))
    noun = after.split(" that", maxsplit=1)[0]
    at = text.index(noun)
    actor = resolve(Mention(noun, at, at + len(noun)))
    assert actor.country != "IMG" and actor.id != "group:boko-haram"
    assert actor.sector == sector


def test_plain_definite_still_refers_back() -> None:
    text = "Boko Haram held the town. Later the militia took it."
    resolve = document_resolver(text, annotations(text, (("Boko Haram", "ORG"),)), published=DAY)
    resolve(Mention("Boko Haram", 0, 10, "ORG"))
    at = text.index("the militia")
    assert resolve(Mention("the militia", at, at + 11)).antecedent == "Boko Haram"


@pytest.mark.parametrize("text", ["Mr German", "Mrs English", "Dr French", "Ms Kenya"])
def test_place_or_nationality_word_after_an_honorific_is_a_surname(text: str) -> None:
    assert read(text, default_kb(), day=DAY).country is None
