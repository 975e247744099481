"""Scope of modes: imperatives, negation inside subordinate clauses, participles on a
predicate noun, standing situations over a duration, decisions taken."""

from __future__ import annotations

import pytest

from sitroom.model import EventCandidate
from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


def _triggered(events: list[EventCandidate], word: str) -> list[EventCandidate]:
    return [e for e in events if e.trigger.text.lower() == word]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ('"Release the hostages," the president told the rebels.', "RETREAT"),
        ('"Attack the convoy tonight," the commander told his men.', "ASSAULT"),
        ("Please forgive us, the minister told the villagers.", "CONCEDE"),
        ("The president said: release the hostages now.", "RETREAT"),
        ("Let us negotiate with the rebels, the envoy said.", "CONSULT"),
        ("Comrades, brothers … attack the convoy now!", "ASSAULT"),  # a vocative
    ],
)
def test_imperative_is_a_directive_not_an_act(code: Coder, text: str, event_type: str) -> None:
    events = of_type(code(text), event_type)
    assert events and not asserted(events)
    assert any("directive" in reason for reason in events[0].why)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Troops kill 12 protesters in Cairo.",
            "ASSAULT",
        ),  # a headline: finite, no subject dropped
        ("The army helped evacuate civilians from the town.", "AID"),  # a bare infinitive
        ("Police arrest five protesters in Cairo.", "COERCE"),
        ("The rebels, who hold the north, attack the town every night.", "ASSAULT"),
    ],
)
def test_base_forms_with_a_subject_stay_asserted(code: Coder, text: str, event_type: str) -> None:
    assert of_type(asserted(code(text)), event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "The deal is not a wise plan in that we would have to free the prisoners.",
            "RETREAT",
        ),
        ("The army did not know that the rebels had attacked the village.", "ASSAULT"),
    ],
)
def test_negation_stops_at_a_finite_clause(code: Coder, text: str, event_type: str) -> None:
    events = of_type(code(text), event_type)
    assert events and not any(e.flags.negated for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Officials do not think that the army attacked the village.",  # negation raised
        "It is not true that the army attacked the village.",
        "The government denied that the army attacked the village.",
        "The army did not try to attack the village.",
    ],
)
def test_negation_still_reaches_raised_and_controlled_clauses(code: Coder, text: str) -> None:
    events = of_type(code(text), "ASSAULT")
    assert events and all(e.flags.negated for e in events)


def test_what_was_not_said_is_not_asserted(code: Coder) -> None:
    text = "The minister did not say that the army attacked the village."
    assert of_type(code(text), "ASSAULT")
    assert not of_type(asserted(code(text)), "ASSAULT")
    said = "The minister said that the army attacked the village."
    assert of_type(asserted(code(said)), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "He could be one of those sanctioned by the United States.",
        "She would have to be among those sanctioned by Washington.",
    ],
)
def test_participle_on_a_predicate_shares_its_mode(code: Coder, text: str) -> None:
    events = of_type(code(text), "SANCTION")
    assert events and all(e.flags.hypothetical for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The protesters arrested by police in the raid will be released next week.",
        "He was among those arrested by police on Monday.",
    ],
)
def test_participle_on_a_participant_keeps_its_act(code: Coder, text: str) -> None:
    events = of_type(asserted(code(text)), "COERCE")
    assert events and not any(e.flags.future for e in events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Turkey has for years been threatening the Kurds.", "THREATEN"),
        ("The opposition has accused the government of fraud since 2015.", "ACCUSE"),
        ("Russia has supported the regime for a long time.", "SUPPORT"),
    ],
)
def test_verbal_act_over_years_is_standing(code: Coder, text: str, event_type: str) -> None:
    events = of_type(code(text), event_type)
    assert events and not asserted(events)
    assert any("standing" in reason for reason in events[0].why)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The rebels have been attacking the town for months.", "ASSAULT"),  # material
        ("The government has accused the rebels of the attack.", "ACCUSE"),  # no duration
        ("Russia has threatened Ukraine for two days.", "THREATEN"),  # a short spell
    ],
)
def test_material_or_undated_perfect_stays_asserted(
    code: Coder, text: str, event_type: str
) -> None:
    assert of_type(asserted(code(text)), event_type)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("His decision to withdraw troops angered the allies.", "withdraw"),
        ("The minister made a decision to expel the ambassador.", "expel"),
    ],
)
def test_decision_taken_makes_its_act_future(code: Coder, text: str, trigger: str) -> None:
    events = _triggered(code(text), trigger)
    assert events and all(e.flags.future and not e.flags.hypothetical for e in events)


def test_open_decision_stays_hypothetical(code: Coder) -> None:
    events = _triggered(code("Any decision to expel the envoy would be a mistake."), "expel")
    assert events and all(e.flags.hypothetical for e in events)
