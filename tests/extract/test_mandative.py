"""A mandative subjunctive after "insist" is a demand (docs/codebook.md, "Per type"): the
type comes from the speech act, not from the complement's verb."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The ministry insisted that the rebels withdraw from the town.",
        "The ministry wrote to the governors to insist they withdraw the order.",
        "The ministry wrote to the governor to insist he withdraw the order.",
    ],
)
def test_insisting_on_a_subjunctive_is_a_request(code: Coder, text: str) -> None:
    found = code(text)
    assert [c.mode for c in of_type(found, "REQUEST")] == ["yield"]
    assert of_type(found, "RETREAT") == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # an indicative complement reports the act, or claims a state
        ("The rebels insisted they withdrew from the town last week.", "RETREAT"),
        ("But the Greens and Labour insist commuters face higher fares under the plan.", None),
    ],
)
def test_insisting_on_a_fact_is_no_request(code: Coder, text: str, event_type: str | None) -> None:
    found = code(text)
    assert of_type(found, "REQUEST") == []
    if event_type:
        assert of_type(found, event_type) != []
