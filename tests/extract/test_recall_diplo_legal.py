"""Recall of routine diplomatic and legal acts told through counting heads, kept-up
contacts, trials faced, questioning by the authorities and withdrawn charges.

Each rule has a counter-example that must not fire (another sense or no party acting).
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, type_patterns


@pytest.mark.parametrize(
    ("text", "event_type", "pattern"),
    [
        (
            "The foreign minister held a new round of talks with the Valdorian envoy.",
            "CONSULT",
            "consult.nominal",
        ),
        (
            "The premier held a round of telephone diplomacy with the leaders of Sudmark.",
            "CONSULT",
            "consult.phone-diplomacy",
        ),
        ("Rebels launched a series of raids on army posts.", "ASSAULT", "assault.attack-nominal"),
        (
            "The ministry remained in contact with the Valdorian authorities.",
            "CONSULT",
            "consult.in-contact",
        ),
        (
            "The embassy kept in touch with the Sudmark government throughout the crisis.",
            "CONSULT",
            "consult.in-contact",
        ),
        (
            "The former minister faces trial over the bribery scandal.",
            "ACCUSE",
            "accuse.face-trial",
        ),
        ("The general stood trial for fraud last year.", "ACCUSE", "accuse.face-trial"),
        (
            "The activist was questioned by police after the march.",
            "ACCUSE",
            "accuse.questioned-by",
        ),
        (
            "The cleric was interviewed by Valdorian officials for six hours.",
            "ACCUSE",
            "accuse.questioned-by",
        ),
        ("Prosecutors withdrew the charges against the editor.", "CONCEDE", "concede.ease"),
    ],
)
def test_frame_codes(code: Coder, text: str, event_type: str, pattern: str) -> None:
    assert (event_type, pattern) in type_patterns(code, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The pilots lost contact with the control tower.", "CONSULT"),
        ("The consulate is in contact with his family.", "CONSULT"),
        ("The trial of the former minister opened on Monday.", "ACCUSE"),
        ("The president was interviewed by the BBC on Sunday.", "ACCUSE"),
        ("Analysts questioned the wisdom of the plan.", "ACCUSE"),
        ("The teacher was questioned by her pupils.", "ACCUSE"),
        ("The army withdrew its troops from the border.", "CONCEDE"),
    ],
)
def test_other_senses_do_not_code(code: Coder, text: str, event_type: str) -> None:
    assert event_type not in {found for found, _ in type_patterns(code, text)}


def test_pressure_faced_stays_a_request(code: Coder) -> None:
    """Trials are bound to "face"; other nouns it governs keep their own reading."""
    assert ("REQUEST", "request.nominal") in type_patterns(
        code, "The mayor faces pressure from residents to resign."
    )


def test_series_keeps_the_light_verb_subject(code: Coder) -> None:
    (talks,) = [c for c in code("The two ministers held a fresh round of negotiations.")
                if c.event_type == "CONSULT"]  # fmt: skip
    assert [m.text for m in talks.actors] == ["The two ministers"]


def test_questioning_and_a_later_charge_are_two_acts(code: Coder) -> None:
    """An actorless allegation in the next sentence does not restate an investigation."""
    found = code(
        "The activist was questioned by police in the capital. "
        "She is accused of organising the riot."
    )
    modes = sorted(c.mode or "" for c in found if c.event_type == "ACCUSE")
    assert modes == ["allege", "investigate"]
