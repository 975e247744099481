"""Contracted and curly-apostrophe auxiliaries read as full words (docs/codebook.md, Modality)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.contractions import word
from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "clitic", "full"),
    [
        ("They’ll shell the port.", "’ll", "will"),
        ("They won't shell the port.", "wo", "will"),
        ("They can’t shell the port.", "ca", "can"),
        ("They shan't shell the port.", "sha", "shall"),
        ("They didn’t shell the port.", "n’t", "not"),
        ("They'd shell the port.", "'d", "would"),
        ("They'd have shelled the port.", "'d", "would"),
        ("They'd shelled the port before.", "'d", "had"),
        ("They'd been shelled before.", "'d", "had"),
    ],
)
def test_word(pipeline: Language, text: str, clitic: str, full: str) -> None:
    token = next(t for t in pipeline(text) if t.text == clitic)
    assert word(token) == full


def test_curly_negation_negates(code: Coder) -> None:
    events = of_type(code("The rebels didn’t attack the village near Homs."), "ASSAULT")
    assert events and all(e.flags.negated for e in events)


def test_curly_negation_of_threat(code: Coder) -> None:
    text = "Officials in Baku say that Yerevan doesn’t threaten Georgia with its army."
    assert not of_type(asserted(code(text)), "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "They’ll attack the harbour next week, the commander said.",
        "He said they’d storm the airport.",
        "The army’s going to attack the town, a general said.",
    ],
)
def test_contracted_future_is_a_threat(code: Coder, text: str) -> None:
    events = asserted(code(text))
    assert [e.event_type for e in events] == ["THREATEN"]
    assert events[0].flags.future


def test_contracted_modal_is_hypothetical(code: Coder) -> None:
    events = of_type(code("The guerrillas can’t attack the base."), "ASSAULT")
    assert events and events[0].flags.hypothetical and events[0].flags.negated


def test_shan_t_is_a_negated_future(code: Coder) -> None:
    events = code("The rebels shan't attack the border post.")
    assert events and all(e.flags.negated and e.flags.future for e in events)


def test_going_to_as_motion_is_no_future(code: Coder) -> None:
    """ "for going to meet them": a motion, not the "be going to" future."""
    events = code("Two reporters were punished by the junta for going to meet the rebels.")
    assert not [e for e in events if e.flags.future or e.event_type == "AGREE"]
