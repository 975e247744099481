"""Peoples of several states ("Kurdish fighters", "the Hazaras"): no country from the states
their sentence names; a named group in apposition, a place they are in, or the state the
document is set in (hand-made sentences)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from sitroom.errors import ConfigError
from sitroom.model import Actor, Mention, Place
from sitroom.resolve.actor_kb import load
from sitroom.resolve.actors import document_resolver
from tests.resolve.test_actor_kb import _copy, _replace
from tests.resolve.test_actor_relations import codes, event_of
from tests.resolve.test_actors import annotations, resolve_one

DAY = dt.date(2019, 5, 1)


def _resolver(
    text: str, entities: tuple[tuple[str, str], ...] = (), places: tuple[Place, ...] = ()
) -> Callable[[Mention], Actor]:
    return document_resolver(text, annotations(text, entities), published=DAY, places=places)


def _mention(text: str, words: str, occurrence: int = 0) -> Mention:
    starts = [i for i in range(len(text)) if text.startswith(words, i)]
    return Mention(words, starts[occurrence], starts[occurrence] + len(words))


def test_the_forces_of_a_people_are_rebels_of_no_state() -> None:
    assert (resolve_one("Kurdish forces").country, resolve_one("Kurdish forces").sector) == (
        None,
        "REB",
    )
    assert resolve_one("a Baloch commander").sector == "REB"


def test_a_state_in_the_mention_keeps_its_sector() -> None:
    actor = resolve_one("Iraqi Kurdish forces")
    assert (actor.country, actor.sector) == ("IRQ", "MIL")


def test_a_foe_named_in_the_sentence_gives_no_country() -> None:
    text = "Baloch fighters fled when Ghana's army advanced"
    (fighters,), _ = event_of(text, (("Ghana", "GPE"),), ("Baloch fighters",), ())
    assert codes((fighters,)) == [(None, "REB")]


def test_a_plain_sector_noun_still_takes_that_state() -> None:
    text = "Gunmen fled when Ghana's army advanced"
    (gunmen,), _ = event_of(text, (("Ghana", "GPE"),), ("Gunmen",), ())
    assert gunmen.country == "GHA"


def test_the_place_a_people_is_in_gives_the_country() -> None:
    text = "Tuareg fighters ambushed a patrol in Niger on Monday"
    (fighters,), _ = event_of(text, (("Niger", "GPE"),), ("Tuareg fighters",), ())
    assert codes((fighters,)) == [("NER", "REB")]


def test_a_named_group_in_apposition_is_that_group() -> None:
    text = "The Kurdish guerrillas, the PKK, withdrew from the hills"
    actor = _resolver(text, (("PKK", "ORG"),))(_mention(text, "The Kurdish guerrillas"))
    assert (actor.country, actor.sector, actor.id) == ("TUR", "REB", "group:pkk")
    text = "Tamil units (LTTE) withdrew from the hills"
    actor = _resolver(text)(_mention(text, "Tamil units"))
    assert (actor.country, actor.id) == ("LKA", "group:ltte")


def test_a_document_set_in_one_state_gives_it() -> None:
    text = "Tuareg fighters withdrew. Gao, Kidal and Timbuktu were quiet; Niamey was not"
    places = (
        Place("Gao", 26, 29, country="MLI", resolution=4),
        Place("Kidal", 31, 36, country="MLI", resolution=4),
        Place("Timbuktu", 41, 49, country="MLI", resolution=4),
        Place("Niamey", 63, 69, country="NER", resolution=4),
    )
    actor = _resolver(text, places=places)(_mention(text, "Tuareg fighters"))
    assert (actor.country, actor.sector) == ("MLI", "REB")
    # Two towns in each state: the document is set in neither.
    even = (*places[:2], places[3], Place("Zinder", 0, 0, country="NER", resolution=4))
    assert _resolver(text, places=even)(_mention(text, "Tuareg fighters")).country is None


def test_a_bare_people_takes_no_country_but_is_they() -> None:
    text = "Chad closed the border. The Hazaras protested, and they blocked a road"
    resolve = _resolver(text, (("Chad", "GPE"),))
    people = resolve(_mention(text, "The Hazaras"))
    they = resolve(_mention(text, "they"))
    assert people.country is None
    assert (they.country, they.antecedent) == (None, "The Hazaras")


def test_an_armed_side_named_by_whom_it_backs_takes_no_foes_country() -> None:
    text = "Canadian troops killed ten pro-government gunmen near the dam"
    _, (gunmen,) = event_of(
        text, (("Canadian", "NORP"),), ("Canadian troops",), ("ten pro-government gunmen",)
    )
    assert gunmen.country is None
    text = "Canadian troops shot down two anti-aircraft batteries near the dam"
    _, (guns,) = event_of(
        text, (("Canadian", "NORP"),), ("Canadian troops",), ("two anti-aircraft batteries",)
    )
    assert guns.country == "CAN"  # "anti-aircraft" names no side


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("stateless: [Kurd,", "stateless: [Kenyan, Kurd,", "Kenyan names a state"),
        ("  AUT: [Viennese]", "  AUT: [Viennese, Austrian]", "Austrian is already a name"),
        ("  AUT: [Viennese]", "  XYZ: [Viennese]", "cities.XYZ"),
    ],
)
def test_demonym_file_is_validated(tmp_path: Path, old: str, new: str, expected: str) -> None:
    directory = _copy(tmp_path)
    _replace(directory / "demonyms.yml", old, new)
    with pytest.raises(ConfigError, match=r"demonyms\.yml") as caught:
        load(directory)
    assert expected in str(caught.value)
