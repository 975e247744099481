"""Roles that a construction around a nominal trigger assigns: "come to X's aid", "whose
killing at the hands of Y", "On a visit to X, he ..."."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


def _roles(code: Coder, text: str, event_type: str) -> tuple[list[str], list[str]]:
    found = of_type(code(text), event_type)
    assert found, f"no {event_type} in {text!r}"
    return [m.text for m in found[0].actors], [m.text for m in found[0].recipients]


def test_who_comes_to_a_possessors_aid_helps_it(code: Coder) -> None:
    text = "Critics warned that Norway is coming to Estonia's aid in the dispute over fishing."
    assert _roles(code, text, "AID") == (["Norway"], ["Estonia"])


def test_whose_killing_names_the_victim_and_at_the_hands_of_the_killer(code: Coder) -> None:
    text = (
        "The country was shaken by the death of the longtime governor Ivo Marek, whose "
        "killing at the hands of rebel gunmen left the province without a leader."
    )
    actors, recipients = _roles(code, text, "ASSAULT")
    assert actors == ["rebel gunmen"]
    assert recipients == ["the longtime governor"]


def test_a_passive_at_the_hands_of_names_the_doer(code: Coder) -> None:
    actors, _ = _roles(code, "The reporter was murdered at the hands of a drug cartel.", "ASSAULT")
    assert actors == ["a drug cartel"]


def test_the_subject_of_the_clause_is_on_the_visit(code: Coder) -> None:
    text = "On a brief visit to Oslo on Monday, the Danish premier embraced the Polish president."
    actors, _ = _roles(code, text, "CONSULT")
    assert actors == ["the Danish premier"]


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        ("The plan will fail if the rebels lack the support of Norway, their long-term sponsor.",
         ["Norway"], ["the rebels"]),
        ("The government received the backing of the opposition for the reform.",
         ["the opposition"], ["The government"]),
    ],
)  # fmt: skip
def test_the_of_object_of_an_undergone_event_is_its_doer(
    code: Coder, text: str, actors: list[str], recipients: list[str]
) -> None:
    assert _roles(code, text, "SUPPORT") == (actors, recipients)


def test_who_goes_further_in_criticism_criticises(code: Coder) -> None:
    text = "The Danish minister went further in criticism of the Swedish government on Friday."
    assert _roles(code, text, "ACCUSE") == (["The Danish minister"], ["the Swedish government"])
