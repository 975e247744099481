"""Captures told from the loser's side or through the place, and incident lists
(docs/codebook.md, ASSAULT: converse capture frames; One event, several mentions)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type


def _captures(code: Coder, text: str, pattern: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([m.text for m in c.actors], [m.text for m in c.recipients])
        for c in of_type(code(text), "ASSAULT")
        if c.pattern == pattern
    ]


@pytest.mark.parametrize(
    ("text", "pattern", "actor", "recipient"),
    [
        (
            "The Taliban lost Kandahar to Afghan commandos on Friday.",
            "assault.lose-to",
            "Afghan commandos",
            "The Taliban",
        ),
        (
            "The rebels lost the hill town to government paratroopers on Monday.",
            "assault.lose-to",
            "government paratroopers",
            "The rebels",
        ),
        ("Kabul fell to the militants on Sunday.", "assault.fall-to", "the militants", None),
        (
            "The army drove the rebels out of Tikrit on Monday.",
            "assault.drive-out",
            "The army",
            "the rebels",
        ),
        (
            "The militants were driven out of Homs by Kurdish fighters last month.",
            "assault.drive-out",
            "Kurdish fighters",
            "The militants",
        ),
        (
            "The battle for the northern town of Tikrit was won by Iraqi forces last week.",
            "assault.win-battle",
            "Iraqi forces",
            None,
        ),
    ],
)
def test_a_capture_told_from_the_loser_or_the_place(
    code: Coder, text: str, pattern: str, actor: str, recipient: str | None
) -> None:
    found = _captures(code, text, pattern)
    assert found, text
    actors, recipients = found[0]
    assert actors == [actor]
    assert recipients == ([recipient] if recipient else [])


@pytest.mark.parametrize(
    "text",
    [
        "The Democrats lost Ohio to the Republicans.",  # an election, no armed winner
        "The senator lost the district to her rival.",
        "The task fell to the troops.",  # a duty, not a place
        "Prices fell to a record low.",
        "Police drove the protesters out of the square.",  # dispersal, not a capture
        "The party won the battle for votes in the district.",  # a metaphor
    ],
)
def test_no_capture_without_an_armed_winner_and_a_place(code: Coder, text: str) -> None:
    assert not [
        c
        for c in of_type(code(text), "ASSAULT")
        if c.pattern
        in {"assault.lose-to", "assault.fall-to", "assault.drive-out", "assault.win-battle"}
    ]


def test_a_relative_pronoun_stands_for_the_captured_place(code: Coder) -> None:
    text = "Fallujah, which was recaptured by Iraqi troops in June, is quiet now."
    found = _captures(code, text, "assault.capture")
    assert found and found[0][0] == ["Iraqi troops"]


def test_incidents_on_different_calendar_days_are_not_merged(code: Coder) -> None:
    text = (
        "Twelve villagers were reportedly killed in airstrikes on 3 May near Idlib. "
        "Thirty people were reportedly killed in airstrikes on 19 May in residential areas."
    )
    assert len(of_type(code(text), "ASSAULT")) == 2


def test_reclaimed_is_a_capture_and_the_fall_noun_too(code: Coder) -> None:
    assert _captures(code, "The town was later reclaimed by government troops.", "assault.capture")
    found = _captures(
        code,
        "The fall of the city to the militants shocked the capital.",
        "assault.fall-to-nominal",
    )
    assert found and found[0][0] == ["the militants"]


def test_two_places_taken_in_two_sentences_are_two_captures(code: Coder) -> None:
    text = (
        "The Marovian army said it had reclaimed the border town of Qaim from the rebels. "
        "The rebels had fled after losing the city of Tikrit to the Marovian army."
    )
    assert len(of_type(code(text), "ASSAULT")) == 2


def test_an_armed_service_between_nationality_and_attack_noun_keeps_the_party(
    code: Coder,
) -> None:
    found = of_type(
        code("A Syrian air force onslaught has continued against the rebels."), "ASSAULT"
    )
    assert found and any("Syria" in m.text for c in found for m in c.actors)


def test_an_infinitive_after_a_prepositional_noun_is_that_nouns_content(code: Coder) -> None:
    # the parser hangs "to reclaim" on "mounting"; it is still the campaign's aim
    text = (
        "Concerns are mounting over the human cost of the UN-backed alliance\u2019s campaign "
        "to reclaim the rebel group\u2019s main stronghold of Tikrit, with reports of shelling "
        "killing dozens."
    )
    captures = [c for c in of_type(code(text), "ASSAULT") if c.pattern == "assault.capture"]
    assert captures and all(c.flags.hypothetical for c in captures)
