"""Rules, habits, tallies and the topics of a policy code no event (docs/codebook.md,
"Generic and personal statements"); each has a specific act that must survive."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a rule: a present passive of prohibition on a bare plural, and what it forbids
        ("Under the guild's code, members are forbidden from striking one another.", "COERCE"),
        ("Under the guild's code, members are forbidden from striking one another.", "ASSAULT"),
        # a habit: a subjectless "when" gerund under a modal or a present
        ("Tourists should take care when visiting Valdoria and Ostrava.", "CONSULT"),
        # a tally of cases
        ("Of the ten farmers killed last year, suspects were detained in only two cases.",
         "COERCE"),
        # the topic of a policy
        ("The firm said the post broke its policy on threatening and abusive language.",
         "THREATEN"),
    ],
)  # fmt: skip
def test_norms_habits_and_tallies_are_no_events(code: Coder, text: str, event_type: str) -> None:
    assert of_type(code(text), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The ministry prohibited the rally on Monday.", "COERCE"),
        ("The minister met the mayor when visiting Ostrava on Monday.", "CONSULT"),
        ("Police detained two suspects in the case of the murdered farmer.", "COERCE"),
        ("The rebels threatened the mayor on Monday.", "THREATEN"),
    ],
)
def test_specific_acts_survive(code: Coder, text: str, event_type: str) -> None:
    assert of_type(code(text), event_type)


def test_seizing_an_airliner_is_a_hijack(code: Coder) -> None:
    text = "Gunmen seized a ferry with 90 passengers aboard on Sunday."
    events = code(text)
    assert [(e.event_type, e.mode) for e in events] == [("ASSAULT", "abduct")]
    goods = code("Customs officers seized two trucks of cigarettes on Sunday.")
    assert [e.event_type for e in goods] == ["COERCE"]
