"""Sharing a party's view is an endorsement, not an accord (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder

pytestmark = pytest.mark.model


def _coded(code: Coder, text: str) -> list[tuple[str, list[str]]]:
    return [(c.event_type, [r.text for r in c.recipients]) for c in code(text)]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("The mayor said she agreed with the governor's view on tolls.", "the governor"),
        ("Egypt agreed with Sudan's assessment of the dam.", "Sudan"),
    ],
)
def test_agreeing_with_a_view_supports_its_author(code: Coder, text: str, author: str) -> None:
    assert _coded(code, text) == [("SUPPORT", [author])], text


def test_agreeing_with_a_record_is_support(code: Coder) -> None:
    text = "The mayor agreed with everything the minister has done."
    assert [t for t, _ in _coded(code, text)] == ["SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Portugal agreed with Spain on a new fishing deal.",
        "The mediators agreed with the rebels on all points.",
    ],
)
def test_agreeing_with_a_party_stays_an_accord(code: Coder, text: str) -> None:
    assert [t for t, _ in _coded(code, text)] == ["AGREE"], text
