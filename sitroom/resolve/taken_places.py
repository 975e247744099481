"""A place taken or left is where the event happened, not whom it hit.

The coder marks the recipients of a capture or a withdrawal that are places
(``EventCandidate.held_places``, ``extract/held.py``); only the gazetteer and the
knowledge base tell a state from a town. A country, or a capital standing for its
government, stays the recipient ("invaded Kuwait", "the rebels took Kabul"); a town,
district, province or quarter leaves the recipients and becomes the event's location
when it has none ("took Raqqa", "withdrew from the Old City").
"""

from __future__ import annotations

from collections.abc import Sequence

from sitroom.model import Actor, EventCandidate, Place
from sitroom.resolve.actor_kb import default_kb
from sitroom.resolve.actor_rules import read
from sitroom.resolve.relevance import STATE_KINDS

CAPITAL_CODE = "PPLC"


def split(
    candidate: EventCandidate, recipients: tuple[Actor, ...], places: Sequence[Place]
) -> tuple[tuple[Actor, ...], Place | None]:
    """The recipients that stay, and the resolved place of those that left (if any)."""
    if not candidate.held_places:
        return recipients, None
    spans = {(m.start, m.end) for m in candidate.held_places}
    held = [r for r in recipients if (r.start, r.end) in spans and not _state(r, places)]
    parties = [r for r in recipients if r not in held]
    # "a guerrilla stronghold", "the rebel-held town": a sector names the holder; the place
    # stays the only trace of it when no holder was found beside it.
    moved = [r for r in held if parties or not r.sector]
    if not moved:
        return recipients, None
    kept = tuple(r for r in recipients if r not in moved)
    found = [p for r in moved for p in _places_of(r, places)]
    # "a district in Kunduz province": the finest place named.
    return kept, max(found, key=lambda p: p.resolution or 0, default=None)


def _state(actor: Actor, places: Sequence[Place]) -> bool:
    """A country, a capital standing for its government, or a party the knowledge base
    knows whatever the NER called it ("Daesh")."""
    reading = read(actor.text, default_kb(), day=None)
    if reading.kind in STATE_KINDS and not reading.complement:
        return True
    if reading.organisation is not None or reading.person is not None:
        return True
    own = [p for p in _places_of(actor, places) if _whole(actor, p)]
    return any((p.feature_code or "").startswith("PCL") or p.feature_code == CAPITAL_CODE
               for p in own)  # fmt: skip


def _places_of(actor: Actor, places: Sequence[Place]) -> list[Place]:
    if actor.start is None or actor.end is None:
        return []
    return [
        p for p in places
        if p.start < actor.end and actor.start < p.end and p.lat is not None
    ]  # fmt: skip


def _whole(actor: Actor, place: Place) -> bool:
    """The mention is the place's name, with at most an article ("the Sudan")."""
    bare = actor.text.removeprefix("the ").removeprefix("The ")
    return bare == place.text
