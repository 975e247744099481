"""Recall of judicial findings, legal challenges, addressed appeals and meetings told in a
time adjunct (accuse.court-ruling, accuse.legal-challenge, request.appeal-to, and the
"after talks with X" partner of consult.nominal).

Each rule has a counter-example that must not fire (another sense or no party acting).
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, type_patterns


@pytest.mark.parametrize(
    ("text", "event_type", "pattern"),
    [
        (
            "The judges ruled that the Valdorian government had breached the convention.",
            "ACCUSE",
            "accuse.court-ruling",
        ),
        (
            "The tribunal ruled that the council's closure of the depot was unlawful.",
            "ACCUSE",
            "accuse.court-ruling",
        ),
        (
            "The fishermen have won a challenge against the ministry's decision to shut the port.",
            "ACCUSE",
            "accuse.legal-challenge",
        ),
        (
            "Residents lodged a challenge against the Kestrel county council.",
            "ACCUSE",
            "accuse.legal-challenge",
        ),
        (
            "We appeal to the Kestrel health board to let patients pick their clinic.",
            "REQUEST",
            "request.appeal-to",
        ),
        (
            "The families appealed to the Valdorian government to release the prisoners.",
            "REQUEST",
            "request.appeal-to",
        ),
    ],
)
def test_legal_and_appeal_frames_code(
    code: Coder, text: str, event_type: str, pattern: str
) -> None:
    assert (event_type, pattern) in type_patterns(code, text)


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("The judge ruled out a retrial.", "accuse.court-ruling"),
        ("The referee ruled that the winger broke the rules.", "accuse.court-ruling"),
        ("The tribunal ruled that the dispute fell within its remit.", "accuse.court-ruling"),
        ("The side mounted a challenge against Arsenal.", "accuse.legal-challenge"),
        ("The club won a challenge against the decision.", "accuse.legal-challenge"),
        ("The minister appealed to voters in the north.", "request.appeal-to"),
        ("The policy appeals to young voters.", "request.appeal-to"),
    ],
)
def test_other_senses_do_not_code(code: Coder, text: str, pattern: str) -> None:
    assert pattern not in {p for _, p in type_patterns(code, text)}


def test_court_ruling_judges_the_party(code: Coder) -> None:
    [event] = [
        c
        for c in code("The judges ruled that the Valdorian government had breached the convention.")
        if c.pattern == "accuse.court-ruling"
    ]
    assert [m.text for m in event.actors] == ["The judges"]
    assert [m.text for m in event.recipients] == ["the Valdorian government"]


def test_talks_in_a_time_adjunct_are_a_meeting_of_the_subject(code: Coder) -> None:
    text = "After talks with the employers' federation, the union called off the strike."
    [event] = [c for c in code(text) if c.event_type == "CONSULT"]
    assert {m.text for m in event.actors} == {"the union", "the employers' federation"}


def test_a_meeting_with_friends_is_no_meeting_of_parties(code: Coder) -> None:
    text = "After a meeting with friends, the minister went home."
    assert not [c for c in code(text) if c.event_type == "CONSULT"]
