"""The event's location: only toponyms reached through a locative preposition."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Police arrested twelve protesters in Berlin on Sunday.", ["Berlin"]),
        # A place-like object passes its setting on.
        ("Militants attacked a checkpoint near Kirkuk.", ["Kirkuk"]),
        ("Protesters marched through Tbilisi on Thursday.", ["Tbilisi"]),
        ("Troops were deployed near the border town of Kobani.", ["Kobani"]),
        # The topic of a conversation is not where it happened.
        ("Erdogan discussed the conflict in Syria with Putin by phone.", []),
        # Nor is a place that only modifies the object.
        ("Iraq condemned the advance of armed factions in Syria.", []),
    ],
)
def test_places_of_the_event(code: Coder, text: str, places: list[str]) -> None:
    candidates = code(text)
    assert candidates, text
    found = sorted({place.text for c in candidates for place in c.places})
    assert found == places


def test_a_name_before_led_or_backed_is_no_place_of_the_act(code: Coder) -> None:
    # "UK-led airstrikes": the UK leads them; it is not where they struck, nor their target.
    candidates = code("UK-led airstrikes pounded the area overnight.")
    assert candidates
    assert all(m.text != "UK" for c in candidates for m in (*c.recipients, *c.places))


@pytest.mark.parametrize(
    "text",
    [
        # "when" relates the clause to the time just before it, however the parse attaches it.
        "Its role grew in mid-2014, when it sent troops to fight the Delan militia.",
        "Ties soured in March 2015, when Ostria armed the Delan militia and shelled Korvo.",
    ],
)
def test_a_when_clause_after_a_time_happened_then(code: Coder, text: str) -> None:
    acts = [c for c in code(text) if c.event_type in {"ASSAULT", "AID"}]
    assert acts, text
    assert all(any("201" in t.text for t in c.times) for c in acts)
