"""Prospects, elided conditions and time-ahead modifiers (docs/codebook.md, Modality)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("There is little chance of the rebels agreeing to disarm, the envoy said.", "AGREE"),
        ('There is still "little prospect" of Valdoria agreeing to cut tariffs, which could '
         "anger farmers.", "AGREE"),
        ("The possibility of a meeting between the two presidents resurfaced on Monday.",
         "CONSULT"),
    ],
)  # fmt: skip
def test_prospect_nouns_leave_the_act_unasserted(code: Coder, text: str, event_type: str) -> None:
    events = of_type(code(text), event_type)
    assert events and all(e.flags.hypothetical for e in events)


def test_a_meeting_held_stays_asserted(code: Coder) -> None:
    events = of_type(code("A meeting between the two presidents took place on Monday."), "CONSULT")
    assert asserted(events)


@pytest.mark.parametrize(
    "text",
    [
        "The dockers must be charged by noon. If not they will be freed at once.",
        "The prisoners must be charged by noon. If not, the prisoners will be freed at once.",
    ],
)
def test_if_not_is_an_elided_condition_not_a_negation(code: Coder, text: str) -> None:
    events = of_type(code(text), "RETREAT")
    assert events and events[0].flags.hypothetical and not events[0].flags.negated
    assert any("elided condition" in r for r in events[0].why)


def test_a_plain_negation_still_negates(code: Coder) -> None:
    events = of_type(code("The prisoners will not be freed at once."), "RETREAT")
    assert events and events[0].flags.negated


def test_imminent_nominal_event_is_scheduled(code: Coder) -> None:
    text = "Chile and Peru have announced their imminent withdrawal from the mission."
    events = of_type(code(text), "RETREAT")
    assert events and events[0].flags.future
    done = of_type(code("Chile and Peru have announced their withdrawal from the mission."),
                   "RETREAT")  # fmt: skip
    assert done and not done[0].flags.future
