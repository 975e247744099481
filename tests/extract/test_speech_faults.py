"""Criticism voiced as a fault found in another party or its act (PLOVER ACCUSE): "said the
minister's plan was misguided", "described the mayor's reshuffle as a gimmick", "was
critical of the premier's handling", "said the ministry should have acted sooner". The act's
author is the recipient; faults of situations, counts or one's own side are no events."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, by_pattern

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pattern", "actor", "recipient"),
    [
        ("The dockers' union said the minister's pension plan was misguided.",
         "accuse.say-judged", "The dockers' union", "the minister"),
        ("The dockers' union said the minister's pension plan was misdirected.",
         "accuse.say-judged", "The dockers' union", "the minister"),
        ("Councillor Hala Brennt described the mayor's reshuffle as a cynical gimmick.",
         "accuse.describe-as", "Councillor Hala Brennt", "the mayor"),
        ("The home secretary said the opposition leader was wrong to attack the judges.",
         "accuse.say-judged", "The home secretary", "the opposition leader"),
        ("Mr Okafor was critical of the prime minister's handling of the strike.",
         "accuse.be-critical", "Mr Okafor", "the prime minister"),
        ("The opposition leader said the government should have acted sooner.",
         "accuse.say-judged", "The opposition leader", "the government"),
    ],
)  # fmt: skip
def test_fault_found_in_another_party_is_accuse(
    code: Coder, text: str, pattern: str, actor: str, recipient: str
) -> None:
    assert by_pattern(code, text, pattern) == [("ACCUSE", [actor], [recipient])]


def test_missed_obligation_is_no_request(code: Coder) -> None:
    text = "The opposition leader said the government should have acted sooner."
    assert not by_pattern(code, text, "request.deontic")
    # An obligation still open is a demand.
    text = "The opposition leader said the government should act sooner."
    assert by_pattern(code, text, "request.deontic")


@pytest.mark.parametrize(
    "text",
    [
        "Senator Vale said the weather was disappointing.",  # a situation
        "The treasury minister said the figures were wrong.",  # a count
        "The party said its plan was a gimmick.",  # own side ("its")
        "Senator Vale said the governor's decision was not disappointing.",  # negated
        "Senator Vale said the budget was misguided.",  # no author named
        "The mayor said residents should have been warned.",  # passive: no party faulted
        "The report was critical of the delays.",  # no party's act
    ],
)
def test_fault_without_another_party_is_no_accuse(code: Coder, text: str) -> None:
    assert not [c for c in code(text) if c.event_type == "ACCUSE"]
