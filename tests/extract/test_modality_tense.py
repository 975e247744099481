"""Time and scope cues of everyday news: the "be to" timetable, an event framing a future
act, an "only once" precondition, talks under way since a year, a real example of a
refused kind of act, a reporter's own act coordinated after a clause about a thing, and the
conjunct of a denial (docs/codebook.md, Modality). Invented names and sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract import modality_chain
from sitroom.extract import modality_pending as pending
from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Anna Berg is to visit Kenya and Uganda this week.",
        "Mayor Tom Alvik is to join Minister Per Lund in a visit to Bergen on Friday.",
    ],
)
def test_be_to_is_a_timetable(code: Coder, text: str) -> None:
    events = of_type(code(text), "CONSULT")
    assert events and all(e.flags.future and not e.flags.hypothetical for e in events)
    assert any("a timetable" in r for r in events[0].why)


@pytest.mark.parametrize(
    ("text", "verb", "timetable"),
    [
        ("The envoy is to meet the rebels in Oslo.", "meet", True),
        ("It is not wrong to talk about border controls.", "talk", False),
        ("The governor is to blame for the unrest.", "blame", False),
    ],
)
def test_be_to_reading(pipeline: Language, text: str, verb: str, timetable: bool) -> None:
    token = next(t for t in pipeline(text) if t.text == verb)
    assert (pending.be_to([token, *modality_chain.climb(token)]) is not None) is timetable


def test_only_once_is_a_precondition(code: Coder) -> None:
    text = "The exiled leader says he will only visit Kabul once foreign occupation has ended."
    events = of_type(code(text), "AGREE") + of_type(code(text), "CONSULT")
    assert events and events[0].flags.hypothetical
    assert any("precondition" in r for r in events[0].why)


def test_plain_once_clause_keeps_the_act_planned(code: Coder) -> None:
    text = "The exiled leader says he will visit Kabul once foreign occupation has ended."
    events = of_type(code(text), "AGREE") + of_type(code(text), "CONSULT")
    assert events and not any("precondition" in r for r in events[0].why)


def test_talks_under_way_since_a_year_are_an_event(code: Coder) -> None:
    text = "He said the ministry had been negotiating the return of the hostages since 2008."
    events = of_type(code(text), "CONSULT")
    assert events and not events[0].flags.hypothetical


def test_refused_kind_with_a_dated_example_keeps_the_example_real(code: Coder) -> None:
    text = (
        "The governor said she would never tolerate attacks such as last Tuesday's raid on "
        "the port of Varna."
    )
    events = of_type(code(text), "ASSAULT")
    assert events and not events[0].flags.negated and not events[0].flags.future


def test_refused_kind_alone_stays_negated(code: Coder) -> None:
    text = "The governor said she would never tolerate attacks on the port of Varna."
    events = of_type(code(text), "ASSAULT")
    assert events and events[0].flags.negated


@pytest.mark.parametrize(
    "text",
    [
        "At a briefing on Friday the governor said her remarks were not offensive and "
        "refused to apologise.",
    ],
)
def test_own_act_after_a_clause_about_a_thing_is_not_negated(code: Coder, text: str) -> None:
    events = of_type(code(text), "REJECT")
    assert events and not events[0].flags.negated


def test_conjunct_of_a_denial_is_not_denied(code: Coder) -> None:
    text = "The minister denied his forecasts were too rosy - but refused to withdraw the levies."
    events = of_type(code(text), "REJECT")
    assert events and not events[0].flags.negated


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("During his visit, Mr Lund will meet President Ivo Berg.", True),
        ("During his visit, Mr Lund met President Ivo Berg.", False),
    ],
)
def test_event_framing_a_future_act_is_ahead(code: Coder, text: str, future: bool) -> None:
    visits = [e for e in code(text) if e.trigger.text == "visit"]
    assert visits and visits[0].flags.future is future
