"""Negative quantifiers negate the event; negative-looking constructions that assert."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Nobody attacked the convoy near Harlow on Tuesday.", "ASSAULT"),
        ("None of the parties signed the ceasefire agreement in Vesta.", "SUPPORT"),
        ("Neither Marovia nor Keldor agreed to the truce.", "AGREE"),
        ("Marovian forces attacked nobody in Oskel.", "ASSAULT"),
        ("The Marovian government no longer supports the rebels in Tarn.", "SUPPORT"),
    ],
)
def test_negative_quantifier_negates(code: Coder, text: str, event_type: str) -> None:
    events = of_type(code(text), event_type)
    assert events and all(e.flags.negated for e in events)
    assert any(reason.startswith("negated:") for reason in events[0].why)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Marovian army not only besieged Oskel but also shelled its hospital.", "ASSAULT"),
        ("Marovia has not just threatened Keldor but attacked it.", "THREATEN"),
        ("No sooner had the troops arrived in Oskel than they arrested the mayor.", "COERCE"),
        ("The Keldor minister called the incursion nothing less than an invasion.", "ASSAULT"),
        ("The militia did nothing but attack civilians in Oskel.", "ASSAULT"),
        ("Marovian forces attacked the town without warning.", "ASSAULT"),
        ("None other than the Marovian army shelled Oskel.", "ASSAULT"),
        ("No fewer than ten Marovian soldiers attacked the convoy.", "ASSAULT"),
        ("The rebels attacked the convoy near Harlow on Tuesday.", "ASSAULT"),
    ],
)
def test_negative_looking_asserts(code: Coder, text: str, event_type: str) -> None:
    events = of_type(code(text), event_type)
    assert events and not any(e.flags.negated for e in events)


def test_quantifier_does_not_reach_an_object_controlled_clause(code: Coder) -> None:
    events = of_type(code("Nobody in Keldor expected Marovia to invade."), "ASSAULT")
    assert events and not any(e.flags.negated for e in events)


def test_quantifier_stays_in_its_own_conjunct(code: Coder) -> None:
    events = of_type(code("The army shelled Oskel and nobody helped the residents."), "ASSAULT")
    assert events and not any(e.flags.negated for e in events)


def test_negative_quantifier_with_will_is_negated_future(code: Coder) -> None:
    coded = code("No Marovian unit will attack Oskel, the general said.")
    events = of_type(coded, "ASSAULT")  # a denied future attack is no threat (type rule 3)
    assert events and all(e.flags.negated and e.flags.future for e in events)
    assert not of_type(coded, "THREATEN")


def test_neither_will_sign_is_a_refusal(code: Coder) -> None:
    events = code("Neither Marovia nor Keldor will sign the peace treaty in Vesta.")
    assert of_type(events, "REJECT") and not of_type(events, "AGREE")
