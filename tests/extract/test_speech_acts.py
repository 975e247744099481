"""Verbal reactions coded as the speech act they are: a negative judgement of a party or
its act is ACCUSE, lobbying a party is REQUEST, a stated refusal to attend is REJECT
done when voiced (no future flag)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder


def _patterns(code: Coder, text: str) -> dict[str, str]:
    return {c.pattern: c.event_type for c in code(text)}


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("The Chilean foreign minister described the Peruvian troop build-up as reckless.",
         "accuse.describe-as"),
        ("Bolivia's envoy called the Chilean blockade a flagrant violation of the treaty.",
         "accuse.describe-as"),
        ("The Bolivian opposition leader dismissed the Chilean summit as a charade.",
         "accuse.describe-as"),
        ("Peru's president said the Chilean blockade was illegal.", "accuse.say-judged"),
        ("Ecuador's foreign ministry said the Peruvian plan was an attempt to circumvent the "
         "UN process.", "accuse.say-judged"),
    ],
)  # fmt: skip
def test_negative_judgement_is_accuse(code: Coder, text: str, pattern: str) -> None:
    assert _patterns(code, text).get(pattern) == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "The farmer said the harvest was terrible.",  # no party judged
        "The referee was dismissed as head of the league on Monday.",  # fired from a post
        "The minister dismissed the allegations as baseless.",  # a denial, not a charge
        "Peru's president said the Chilean blockade was long.",  # no judgement
    ],
)
def test_no_judgement_no_accuse(code: Coder, text: str) -> None:
    patterns = _patterns(code, text)
    assert "accuse.describe-as" not in patterns
    assert "accuse.say-judged" not in patterns


def test_lobbying_a_party_is_request(code: Coder) -> None:
    found = [
        c
        for c in code(
            "The Bolivian opposition has been lobbying Brussels not to offer aid to La Paz."
        )
        if c.pattern == "request.lobby"
    ]
    assert found and found[0].event_type == "REQUEST"
    assert not [c for c in code("Bolivia lobbied hard.") if c.pattern == "request.lobby"]


def test_stated_refusal_to_take_part_is_rejected_now(code: Coder) -> None:
    found = [
        c
        for c in code("Peru said it would not take part in the talks.")
        if c.pattern == "consult.take-part"
    ]
    assert found and found[0].event_type == "REJECT"
    assert not found[0].flags.future


def test_refusal_to_participate_keeps_the_speaker_as_actor(code: Coder) -> None:
    found = code(
        "Peru will not participate in any negotiations with the junta, a Peruvian spokesman said."
    )
    assert [c.pattern for c in found if c.event_type == "REJECT"] == ["consult.participate"]
