"""Political contests that are not violence (docs/codebook.md, "Political contests"):
electoral contests code no event, a war of words is ACCUSE (disapprove)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Greens hope to beat the Liberals at the polls in June.",
        "The party needs enough young voters to beat the Nationalists in the seat.",
    ],
)
def test_an_electoral_contest_is_no_event(code: Coder, text: str) -> None:
    assert of_type(code(text), "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Green leader launched an attack on the cost of the rail project.",
        "The Liberals attacked the Nationalists' plans for a regional sales tax.",
        "The shadow home secretary clashed with the minister over prison places.",
    ],
)
def test_a_war_of_words_is_disapproval(code: Coder, text: str) -> None:
    found = code(text)
    assert of_type(found, "ASSAULT") == []
    assert [c.mode for c in of_type(found, "ACCUSE")] == ["disapprove"]


@pytest.mark.parametrize(
    "text",
    [
        "Youths attacked the minister's car with stones.",
        "Gunmen attacked the minister at his farm.",
        "Rioters beat the candidate at the polls with sticks.",
    ],
)
def test_force_keeps_the_assault(code: Coder, text: str) -> None:
    assert of_type(code(text), "ASSAULT")
