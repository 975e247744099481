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


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the parser hangs "put them" on the relative clause: it belongs to "take back"
        (
            "Britain should take back the fighters that the Kurds captured and put them on trial.",
            "put",
        ),
        (
            "The minister urged Britain to take back the fighters that the Kurds captured and "
            "put them on trial.",
            "put",
        ),
    ],
)
def test_conjunct_shares_the_mode_of_the_first(code: Coder, text: str, trigger: str) -> None:
    events = _triggered(code(text), trigger)
    assert events and not asserted(events)


def test_conjunct_shares_the_governor_of_the_first(code: Coder) -> None:
    events = _triggered(code("The army plans to attack the town and arrest the mayor."), "arrest")
    assert events and all(e.flags.future for e in events)


def test_conjuncts_keep_their_own_assertion_and_negation(code: Coder) -> None:
    both = asserted(code("The army captured the town and detained the mayor."))
    assert of_type(both, "ASSAULT") and of_type(both, "COERCE")
    events = code("The army will not attack but will negotiate.")
    assert all(e.flags.negated for e in _triggered(events, "attack"))
    talks = _triggered(events, "negotiate")
    assert talks and not any(e.flags.negated for e in talks)
    assert all(e.event_type == "CONSULT" for e in talks)  # no refusal (REJECT)
    # its own auxiliary: not under the first conjunct's "not", even after "and"
    own = _triggered(code("The army will not attack the town and will negotiate."), "negotiate")
    assert own and all(e.event_type == "CONSULT" and not e.flags.negated for e in own)
    withdrew = _triggered(code("The army did not attack the town but withdrew."), "withdrew")
    assert withdrew and not any(e.flags.negated for e in withdrew)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russia mounts assaults when western leaders gather to discuss Syria.", "discuss"),
        ("Rebels attack the convoys whenever the army withdraws from the valley.", "withdraws"),
        ("Russia shells the city at times when the envoys gather to discuss peace.", "discuss"),
    ],
)
def test_present_when_clause_is_a_habit(code: Coder, text: str, trigger: str) -> None:
    events = _triggered(code(text), trigger)
    assert events and not asserted(events)
    assert any("habitual" in reason for reason in events[0].why)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("When the leaders met on Monday, they discussed Syria.", "met"),
        ("The leaders will discuss Syria when they meet in Geneva.", "discuss"),
    ],
)
def test_past_or_future_when_clause_stays_an_event(code: Coder, text: str, trigger: str) -> None:
    events = _triggered(code(text), trigger)
    assert events and not any("habitual" in r for e in events for r in e.why)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police lack the means to arrest the smugglers.", "arrest"),
        ("There are serious difficulties involved in repatriating the prisoners.", "repatriating"),
        ("The main problem is bringing the commanders to trial.", "bringing"),
        ("The challenge is to prosecute the fighters.", "prosecute"),
        ("Clerics have a role in persuading the rebels to surrender.", "surrender"),
        ("The court has the authority to detain the suspects.", "detain"),
    ],
)
def test_capability_or_task_is_no_act(code: Coder, text: str, trigger: str) -> None:
    events = _triggered(code(text), trigger)
    assert events and not asserted(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army used its power to seize the town.", "seize"),
        ("The government exercised its right to expel the diplomats.", "expel"),
        ("The envoy played a role in brokering the truce.", "brokering"),
    ],
)
def test_exercised_capability_is_the_act(code: Coder, text: str, trigger: str) -> None:
    assert _triggered(asserted(code(text)), trigger)


def test_decided_conflict_act_keeps_its_type(code: Coder) -> None:
    text = "The minister defended the government's decision to expel the ambassador."
    events = _triggered(code(text), "expel")
    assert events and all(e.event_type == "SANCTION" and e.flags.future for e in events)
    assert any("decided" in reason for reason in events[0].why)
    vowed = code("Russia vowed that it will impose sanctions on Iran.")
    assert of_type(vowed, "THREATEN") and not of_type(vowed, "SANCTION")


def test_decided_act_is_not_merged_with_an_act_done(code: Coder) -> None:
    text = (
        "The ambassador was expelled on Monday. "
        "The minister defended the government's decision to expel the consul."
    )
    events = of_type(code(text), "SANCTION")
    assert sorted(e.flags.future for e in events) == [False, True]
