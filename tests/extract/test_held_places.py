"""Places taken or left are marked; the holder named beside them is the recipient (held.py)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


def _capture(code: Coder, text: str, event_type: str = "ASSAULT") -> tuple[list[str], list[str]]:
    found = of_type(asserted(code(text)), event_type)
    assert found, f"no asserted {event_type} in {text!r}"
    return [m.text for m in found[0].recipients], [m.text for m in found[0].held_places]


@pytest.mark.parametrize(
    ("text", "event_type", "held"),
    [
        ("Rebel fighters captured the city of Homs on Sunday.", "ASSAULT", ["the city of Homs"]),
        ("The army retook the rest of Tikrit.", "ASSAULT", ["the rest of Tikrit"]),
        ("The militants withdrew from Mosul on Monday.", "RETREAT", ["Mosul"]),
    ],
)
def test_a_place_taken_or_left_is_marked(
    code: Coder, text: str, event_type: str, held: list[str]
) -> None:
    assert _capture(code, text, event_type)[1] == held


def test_a_party_attacked_is_not_a_place(code: Coder) -> None:
    assert _capture(code, "Government troops attacked the rebels in Homs.")[1] == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The alliance against the Red Front took over Velna last month.", "the Red Front"),
        ("Government troops recaptured the rebel-held town of Velna.", "rebel"),
        ("Soldiers seized Tikrit, a town held by the Red Front.", "the Red Front"),
        ("Troops seized Idlib, the last stronghold of the Red Front.", "the Red Front"),
        ("Rebels seized the town of Tikrit, which the army had controlled for years.", "the army"),
        ("Soldiers seized a village that had become one of the final refuges of the Red Front.",
         "the Red Front"),
    ],
)  # fmt: skip
def test_the_holder_named_beside_the_place_is_the_recipient(
    code: Coder, text: str, holder: str
) -> None:
    assert holder in _capture(code, text)[0]


def test_no_holder_without_a_holding_phrase(code: Coder) -> None:
    recipients, _ = _capture(code, "Soldiers seized Tikrit, a town near the Red Front lines.")
    assert "the Red Front" not in recipients


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Government forces were shelling districts controlled by the Red Front near Velna.",
         "ASSAULT"),
        ("Jets bombed Tikrit, a town held by the Red Front, on Monday.", "ASSAULT"),
        ("Jets bombed the city of Tikrit, which is held by the Red Front, on Monday.", "ASSAULT"),
        ("The general threatened to storm Tikrit, a town held by the Red Front.", "THREATEN"),
        ("The general said he would launch an assault on areas controlled by the Red Front.",
         "THREATEN"),
    ],
)  # fmt: skip
def test_the_holder_of_a_place_struck_is_the_recipient(
    code: Coder, text: str, event_type: str
) -> None:
    recipients, held = _capture(code, text, event_type)
    assert "the Red Front" in recipients
    assert "the Red Front" not in held
    assert all(place in held for place in recipients if place != "the Red Front")


def test_a_place_struck_without_a_holder_stays_the_target(code: Coder) -> None:
    # "curfew in Cizre": an attacked town stands for its polity; its own modifier
    # ("rebel-held") already names the holder's sector.
    for text in (
        "Jets bombed the town of Tikrit on Monday.",
        "Jets bombed the rebel-held town of Velna.",
    ):
        recipients, held = _capture(code, text)
        assert recipients and held == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Velnan delegation flatly refused to negotiate in Lausanne.", "REJECT"),
        ("The Velnan ministers declined to sit down in Lausanne.", "REJECT"),
    ],
)
def test_a_venue_of_a_verbal_act_is_marked(code: Coder, text: str, event_type: str) -> None:
    assert _capture(code, text, event_type)[1] == ["Lausanne"]
