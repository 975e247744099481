"""A promise whose content is a refusal announces that refusal (codebook type rule 3;
invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder

pytestmark = pytest.mark.model


def _types(code: Coder, text: str) -> list[tuple[str, bool]]:
    return [(c.event_type, c.flags.future) for c in code(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Greens have pledged to oppose the ferry levy in the chamber.",
        "The farmers' party vowed to reject the quota reform.",
        "Labour promised to oppose the harbour charges.",
    ],
)
def test_promised_stance_refusal_is_a_future_reject(code: Coder, text: str) -> None:
    assert _types(code, text) == [("REJECT", True)], text


def test_promised_block_of_a_proposal_is_a_threat(code: Coder) -> None:
    types = _types(code, "The senator pledged to block the nomination of Judge Orlov.")
    assert [t for t, _ in types] == ["THREATEN"]


def test_promised_vote_against_is_no_agreement(code: Coder) -> None:
    text = "Opposition leaders promised to vote against the fishing budget."
    assert "AGREE" not in [t for t, _ in _types(code, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The governor pledged to support the fishermen.",
        "The Greens pledged not to oppose the ferry levy.",
    ],
)
def test_promise_without_refusal_stays_an_agreement(code: Coder, text: str) -> None:
    assert "AGREE" in [t for t, _ in _types(code, text)], text
