"""Judicial findings of an unlawful act whose author the ruling does not name: "ruled it
illegal", "held in breach of the law", "ruled against the curfew rules" (ACCUSE, no
recipient). Each rule has a counter-example: a non-judicial subject, a denied finding."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder


def _patterns(code: Coder, text: str) -> set[str]:
    return {c.pattern for c in code(text) if c.event_type == "ACCUSE"}


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        (
            "Weeks later the constitutional judges ruled it illegal.",
            "accuse.court-ruling",
        ),
        (
            "The tribunal ruled that the strikers were held in breach of the labour laws.",
            "accuse.court-ruling",
        ),
        (
            "The appeal judges ruled that the curfew was incompatible with the constitution.",
            "accuse.court-ruling",
        ),
        ("The Dunmore magistrates ruled against the curfew rules.", "accuse.rule-against"),
    ],
)
def test_unlawful_findings_code(code: Coder, text: str, pattern: str) -> None:
    assert pattern in _patterns(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "Weeks later the party chairman ruled it illegal.",
        "The appeal judges ruled that the curfew was not illegal.",
        "The tribunal ruled that the strikers were held in the old barracks.",
        "The appeal judges ruled that the curfew was compatible with the constitution.",
    ],
)
def test_other_findings_do_not_code(code: Coder, text: str) -> None:
    assert not _patterns(code, text) & {"accuse.court-ruling", "accuse.rule-against"}
