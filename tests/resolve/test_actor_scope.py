"""Sources, counterparts, place targets, armed factions, coordinated owners (hand-made)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.model import Actor, Mention
from sitroom.resolve.actor_groups import document_participants
from tests.resolve.test_actor_speaker import Entities, resolve_word
from tests.resolve.test_actors import annotations, resolve_one

DAY = dt.date(2019, 2, 18)


def participants_of(
    text: str, entities: Entities, word: str, *, event_type: str | None = None
) -> tuple[Actor, ...]:
    """The actors of the last occurrence of ``word`` resolved as one participant list."""
    participants = document_participants(text, annotations(text, entities), published=DAY)
    start = text.rindex(word)
    return participants.resolve((Mention(word, start, start + len(word)),), event_type=event_type)


# 1. A capital attacked is the place; in diplomacy it is the government.


@pytest.mark.parametrize("event_type", ["ASSAULT", "PROTEST", "COERCE", "MOBILIZE"])
def test_capital_targeted_by_a_material_act_is_the_place(event_type: str) -> None:
    text = "Suicide bombers attacked Lisbon on Friday"
    (actor,) = participants_of(text, (("Lisbon", "GPE"),), "Lisbon", event_type=event_type)
    assert (actor.country, actor.sector, actor.id) == ("PRT", None, "PRT")


@pytest.mark.parametrize("event_type", ["ACCUSE", "CONSULT", "SANCTION", None])
def test_capital_in_diplomacy_stays_the_government(event_type: str | None) -> None:
    text = "Washington accused Lisbon of lying"
    (actor,) = participants_of(text, (("Lisbon", "GPE"),), "Lisbon", event_type=event_type)
    assert (actor.country, actor.sector) == ("PRT", "GOV")


def test_named_government_of_a_capital_attacked_keeps_its_sector() -> None:
    text = "Hackers attacked the Lisbon government"
    (actor,) = participants_of(text, (), "the Lisbon government", event_type="ASSAULT")
    assert (actor.country, actor.sector) == ("PRT", "GOV")


# 2. A cited source owns no description in the clause it reports.


@pytest.mark.parametrize(
    "text",
    [
        "A UN report said the militia had shelled the convoy",
        "The UN said the militia had shelled the convoy",
        "According to the UN, the militia had shelled the convoy",
    ],
)
def test_cited_organisation_does_not_own_the_reported_participants(text: str) -> None:
    actor = resolve_word(text, (("UN", "ORG"),), "the militia")
    assert actor.country is None


def test_organisation_named_as_a_party_still_owns_the_group() -> None:
    text = "The UN deployed a force. Later the group withdrew"
    actor = resolve_word(text, (("UN", "ORG"),), "the group")
    assert actor.country == "UNO"


def test_pronoun_still_takes_the_cited_organisation() -> None:
    text = "The UN said its peacekeepers were attacked"
    actor = resolve_word(text, (("UN", "ORG"),), "its peacekeepers")
    assert (actor.country, actor.sector) == ("UNO", "MIL")


# 3. A counterpart is of another state.


def test_counterparts_state_is_not_the_persons() -> None:
    text = "The foreign minister called his Russian counterpart on Tuesday"
    actor = resolve_word(text, (("Russian", "NORP"),), "The foreign minister")
    assert actor.country is None


def test_counterpart_in_a_capital_is_not_the_persons() -> None:
    text = "The foreign minister called his counterpart in Moscow on Tuesday"
    actor = resolve_word(text, (("Moscow", "GPE"),), "The foreign minister")
    assert actor.country is None


def test_a_state_named_otherwise_is_still_the_sentence_context() -> None:
    text = "The foreign minister called a Russian envoy on Tuesday"
    actor = resolve_word(text, (("Russian", "NORP"),), "The foreign minister")
    assert actor.country == "RUS"


# 4. Armed factions and militias are armed non-state groups, with their demonym.


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iraqi armed factions", "IRQ"),
        ("armed factions", None),
        ("the Iraqi militias", "IRQ"),
        ("Syrian factions", "SYR"),
    ],
)
def test_armed_factions_and_militias_are_rebels(text: str, country: str | None) -> None:
    actor = resolve_one(text, day=DAY)
    assert (actor.country, actor.sector) == (country, "REB")


def test_a_hyphenated_armed_is_still_not_the_owner() -> None:
    assert resolve_one("US-armed factions", day=DAY).country is None


# 5. The commander of an armed group is of the group's sector.


@pytest.mark.parametrize(
    "text", ["an SDF commander", "the commander of the Free Syrian Army", "Hamas forces"]
)
def test_commander_of_an_armed_group_takes_its_sector(text: str) -> None:
    assert resolve_one(text, day=DAY).sector == "REB"


def test_army_commander_stays_military() -> None:
    assert (resolve_one("a Syrian army commander", day=DAY).sector) == "MIL"


# 6. "Germany, France and Britain ... their citizens": each of them, never one alone.

LIST = "Germany, France and Britain said their citizens were held"
LIST_ENTITIES: Entities = (("Germany", "GPE"), ("France", "GPE"), ("Britain", "GPE"))


def test_plural_owner_after_a_coordinated_list_is_every_state() -> None:
    found = participants_of(LIST, LIST_ENTITIES, "their citizens")
    assert [(a.country, a.sector) for a in found] == [
        ("DEU", "CVL"),
        ("FRA", "CVL"),
        ("GBR", "CVL"),
    ]


def test_plural_owner_after_one_state_is_that_state() -> None:
    text = "Germany said their citizens were held"
    found = participants_of(text, (("Germany", "GPE"),), "their citizens")
    assert [a.country for a in found] == ["DEU"]


def test_a_list_in_the_sentence_before_is_not_expanded() -> None:
    text = "Ahmed toured Berlin, Paris and London. Some Gulf states said they would pay"
    entities: Entities = (("Berlin", "GPE"), ("Paris", "GPE"), ("London", "GPE"))
    assert len(participants_of(text, entities, "they")) == 1
