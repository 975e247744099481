"""Negated, hypothetical, future (PLOVER retyping), historical; attribution."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Government troops did not attack the village.",
        "The rebels never attacked the town of Hama.",
        "The army denied attacking the convoy.",
    ],
)
def test_negated(code: Coder, text: str) -> None:
    events = of_type(code(text), "ASSAULT")
    assert events and all(e.flags.negated for e in events)
    assert any(reason.startswith("negated:") for reason in events[0].why)


def test_no_threat_is_negated(code: Coder) -> None:
    text = "The group said its operations pose no threat to Iraq."
    assert not of_type(asserted(code(text)), "THREATEN")


def test_not_a_threat_is_no_asserted_threat(code: Coder) -> None:
    text = (
        "The so-called Syrian Salvation Government assured on Monday the Iraqi government and "
        "people that its operations inside Syria are not a threat to Iraq."
    )
    assert not of_type(asserted(code(text)), "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "The army could attack the town of Hama next week.",
        "Iraq could be attacked by the factions should they continue their advances.",
        "If the rebels attack the city, the army will respond.",
    ],
)
def test_hypothetical(code: Coder, text: str) -> None:
    assert not of_type(asserted(code(text)), "ASSAULT")
    flagged = [c for c in code(text) if c.flags.hypothetical]
    assert flagged and any(r.startswith("hypothetical:") for r in flagged[0].why)


def test_future_consult_becomes_agree(code: Coder) -> None:
    events = asserted(code("The Turkish president will visit Moscow next month, Ankara said."))
    assert [e.event_type for e in events] == ["AGREE"]
    assert events[0].flags.future and events[0].cameo == "036"
    assert any("coded AGREE" in reason for reason in events[0].why)


def test_announced_would_is_future_not_hypothetical(code: Coder) -> None:
    events = asserted(code("Japan announced it would send aid to Bangladesh."))
    assert [e.event_type for e in events] == ["AGREE"]


def test_future_retreat_is_not_agree(code: Coder) -> None:
    events = asserted(code("The prime minister will resign next week."))
    assert [e.event_type for e in events] == ["RETREAT"] and events[0].flags.future


def test_conditional_withdrawal_is_a_threat(code: Coder) -> None:
    text = (
        "Nigeria announced that it will withdraw its troops from Chad unless a ceasefire is "
        "arranged."
    )
    assert of_type(asserted(code(text)), "THREATEN")


def test_refused_future_cooperation_is_reject(code: Coder) -> None:
    events = asserted(code("Merkel said she would not provide support to Poland."))
    assert [e.event_type for e in events] == ["REJECT"]


def test_historical_year(code: Coder) -> None:
    text = (
        "The offensive began on December 2, 2024. In June 2014, armed groups breached Iraq from "
        "Syria and occupied a third of Iraqi territory."
    )
    old = [e for e in code(text) if e.sentence_index == 1]
    assert old and all(e.flags.historical for e in old)


def test_attribution_and_quote_continuation(code: Coder) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan discussed the conflict in Syria with Russian "
        "President Vladimir Putin by phone, Erdogan's office said in a post on X on Tuesday. "
        "Erdogan told Putin that Türkiye supports Syria's territorial integrity, "
        "the statement said."
    )
    events = code(text)
    consult = of_type(events, "CONSULT")[0]
    assert consult.mode == "phone"
    assert [m.text for m in consult.actors] == [
        "Turkish President Recep Tayyip Erdogan", "Russian President Vladimir Putin"
    ]  # fmt: skip
    assert consult.attributed_to == "Erdogan's office"
    support = of_type(events, "SUPPORT")[0]
    assert [m.text for m in support.actors] == ["Türkiye"]
    assert support.attributed_to == "Erdogan's office"


def test_according_to(code: Coder) -> None:
    event = of_type(code("Rebels attacked the town of Hama, according to state media."), "ASSAULT")[
        0
    ]
    assert event.attributed_to == "state media"


def test_places_and_times_governed_by_the_clause(code: Coder) -> None:
    event = of_type(code("Rebels attacked an army base near Goma on Sunday."), "ASSAULT")[0]
    assert [p.text for p in event.places] == ["Goma"]
    assert [t.text for t in event.times] == ["Sunday"]


@pytest.mark.parametrize(
    "text",
    [
        "Six people were killed when a chemical plant exploded on Thursday.",
        "At least 50 people were killed in the flood that hit the province.",
        "A blast tore through a depot of fertiliser on the river.",
    ],
)
def test_accidents_and_disasters_are_not_assaults(code: Coder, text: str) -> None:
    assert not of_type(asserted(code(text)), "ASSAULT")


def test_event_inside_a_condition_is_hypothetical(code: Coder) -> None:
    text = "Nigeria will withdraw its troops unless rebels fighting the government lay down arms."
    assert not of_type(asserted(code(text)), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Obama wants Putin to attack Switzerland.", "ASSAULT"),  # wished of another party
        ("The US claimed that ISIL had attacked Iraq.", "ASSAULT"),  # only claimed
        ("Rebels allege that the army shelled the village.", "ASSAULT"),
    ],
)
def test_wished_or_claimed_acts_are_not_asserted(code: Coder, text: str, event_type: str) -> None:
    # The claimed act is not asserted; a named party's allegation is its ACCUSE instead.
    found = code(text)
    assert found
    assert not of_type(asserted(found), event_type)


def test_own_wish_is_an_intention(code: Coder) -> None:
    assert of_type(asserted(code("Obama wants to attack Switzerland.")), "THREATEN")


def test_present_necessity_is_no_act(code: Coder) -> None:
    events = of_type(
        code("The Andorran parties will have to agree on a new constitution."), "AGREE"
    )
    assert events and all(e.flags.hypothetical for e in events)


def test_past_necessity_was_done(code: Coder) -> None:
    events = of_type(code("The governor had to resign after the vote."), "RETREAT")
    assert events and not any(e.flags.hypothetical for e in events)
