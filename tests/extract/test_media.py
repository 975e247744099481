"""Speech addressed to the press is the article's sourcing, not a CONSULT."""

from __future__ import annotations

import pytest

from sitroom.extract.media import is_press
from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed, a rebel commander, told the Guardian that the town had fallen.",
        "Speaking to the BBC, the minister said talks would continue.",
        "The spokesman told journalists that the army would respond.",
        "\u201cWe will not back down,\u201d the interior minister told Channel Nine.",
        "The minister told the state news agency that the border would reopen.",
    ],
)
def test_talk_to_the_press_is_not_consult(code: Coder, text: str) -> None:
    assert of_type(code(text), "CONSULT") == []


def test_talk_between_leaders_stays_consult(code: Coder) -> None:
    consult = of_type(code("Erdogan told Putin that Turkey supports a ceasefire."), "CONSULT")
    assert [sorted(a.text for a in c.actors) for c in consult] == [["Erdogan", "Putin"]]


def test_an_agency_that_is_no_outlet_is_a_party(code: Coder) -> None:
    # "agency" alone names any body; only a news or press agency is the press.
    found = of_type(
        code("The UN refugee agency urged the donor states to fund the camps."), "REQUEST"
    )
    assert [[r.text for r in c.recipients] for c in found] == [["the donor states"]]


@pytest.mark.parametrize(
    ("text", "press"),
    [
        ("the Haqqani network", False),  # an armed group
        ("the Velorian Network for Human Rights", False),  # a monitor
        ("the English Channel", False),  # a sea
        ("Channel Nine", True),
        ("Channel 4", True),
        ("the channel", True),
    ],
)
def test_network_and_channel_make_no_outlet_by_themselves(text: str, press: bool) -> None:
    assert is_press(text) is press


def test_talks_with_an_armed_network_stay_consult(code: Coder) -> None:
    found = of_type(code("The Elbonian envoy held talks with Haqqani network leaders."), "CONSULT")
    assert len(found) == 1
