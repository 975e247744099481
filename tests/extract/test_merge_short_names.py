"""One act told again: by a short name of its party, by its event noun as the doer, and
with a deadline year in one mention only (docs/codebook.md, One event, several mentions).
Invented names and sentences."""

from __future__ import annotations

import pytest

from sitroom.extract import merge_parties
from sitroom.model import Mention
from tests.extract.conftest import Coder, of_type


def _party(text: str) -> merge_parties.Party:
    return merge_parties.party(Mention(text, 0, len(text)))


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("the UP", "the United Provinces", True),  # initials
        ("the NRF", "the National Reform Front", True),
        ("The Prog Dems", "the Progressive Democrats", True),  # words clipped one by one
        ("the UP", "Ulvia and Porsk", False),  # initials of a list, not of one name
        ("Dan", "Daniel", False),  # one clipped word may be another person's name
        ("the P Dems", "the Progressive Democrats", False),  # a letter is no clipped word
        ("Prog Dem leader Ivo Marek", "the Progressive Democrats", False),  # names of two parties
        ("the UP navy", "the United Provinces", False),  # a part of the party may act apart
    ],
)
def test_a_short_name_names_its_party(first: str, second: str, same: bool) -> None:
    assert merge_parties.same_party(_party(first), _party(second)) is same
    assert merge_parties.same_party(_party(second), _party(first)) is same


@pytest.mark.model
def test_a_refusal_restated_by_initials_is_one_refusal(code: Coder) -> None:
    text = ("The United Provinces refused to sign the fishing treaty, officials said. Envoys "
            "met in Oslo on Monday to discuss the quotas. So far the UP has refused to sign "
            "the treaty, calling it unfair to its fleets.")  # fmt: skip
    assert len(of_type(code(text), "REJECT")) == 1


@pytest.mark.model
def test_an_attack_noun_as_the_doer_is_that_attack(code: Coder) -> None:
    text = "Insurgent attacks on army posts near Velna killed twelve soldiers on Sunday."
    assert len(of_type(code(text), "ASSAULT")) == 1


@pytest.mark.model
def test_a_deadline_year_marks_no_background(code: Coder) -> None:
    text = ("Governor Halden said he and rebel commander Ivo Marek agreed after long talks to "
            "postpone the referendum until March 1, 2031. Floods closed three roads in the "
            "north. Heavy rain is expected this week. Halden said he and Marek agreed to "
            "delay the referendum by five years.")  # fmt: skip
    assert len(of_type(code(text), "AGREE")) == 1
