"""A place taken or left is where the event happened, not its recipient (taken_places.py)."""

from __future__ import annotations

import pytest

from sitroom.model import Actor, EventCandidate, Mention, Place, Span
from sitroom.resolve import taken_places
from sitroom.run.pipeline import analyze_text


def _capture(*held: Mention) -> EventCandidate:
    return EventCandidate(
        event_type="ASSAULT", sentence_index=0, sentence=Span(0, 60),
        trigger=Mention("took", 10, 14), pattern="assault.capture", held_places=held,
    )  # fmt: skip


TOWN = Place("Velna", 15, 20, name="Velna", country="SYR", lat=35.0, lon=38.0,
             feature_code="PPL", resolution=4)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "place", "kept"),
    [
        ("Velna", TOWN, False),  # a town: where it happened
        ("Kuwait", None, True),  # a country is the state attacked
        ("Kabul", None, True),  # a capital stands for its government
        ("Daesh", None, True),  # a party the knowledge base knows, whatever the NER said
    ],
)
def test_only_a_state_stays_the_recipient(name: str, place: Place | None, kept: bool) -> None:
    held = Mention(name, 15, 15 + len(name), "GPE")
    recipient = Actor(name, country="SYR", start=held.start, end=held.end)
    places = (place,) if place else ()
    recipients, location = taken_places.split(_capture(held), (recipient,), places)
    assert recipients == ((recipient,) if kept else ())
    assert location == (None if kept else place)


def test_a_recipient_not_marked_as_taken_stays() -> None:
    recipient = Actor("Velna", country="SYR", start=15, end=20)
    assert taken_places.split(_capture(), (recipient,), (TOWN,)) == ((recipient,), None)


def test_a_place_naming_its_holder_stays_when_alone() -> None:
    held = Mention("a guerrilla stronghold", 15, 37)
    stronghold = Actor(held.text, sector="REB", start=15, end=37)
    assert taken_places.split(_capture(held), (stronghold,), ()) == ((stronghold,), None)
    holder = Actor("the guerrillas", sector="REB", start=40, end=54)
    assert taken_places.split(_capture(held), (stronghold, holder), ()) == ((holder,), None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Rebel fighters captured the city of Homs on Sunday.", []),
        ("The militants withdrew from Mosul on Monday.", []),
        ("Iraqi troops invaded Kuwait in August.", ["Kuwait"]),
    ],
)
def test_captured_town_is_the_location(text: str, recipients: list[str]) -> None:
    events = analyze_text(text, published="2020-05-04").events
    assert events and [r.text for r in events[0].recipient] == recipients
    if not recipients:
        assert events[0].location is not None


@pytest.mark.model
def test_a_quarter_taken_gives_no_recipient() -> None:
    # The gazetteer's "Old Town" is a town abroad: as a recipient it gave the event a
    # foreign state.
    text = "In Velna, where French-backed militias have taken the Old Town, the siege went on."
    events = analyze_text(text, published="2020-05-04").events
    captures = [e for e in events if e.pattern == "assault.capture"]
    assert captures and not any(e.recipient for e in captures)
