"""PLACEHOLDER: replaced by the toponym resolver."""

from __future__ import annotations

from collections.abc import Sequence

from sitroom.model import Annotations, EventCandidate, Place


def places(text: str, annotations: Annotations) -> tuple[Place, ...]:
    """Every toponym mention of the document, resolved where possible."""
    del text
    return tuple(Place(text=m.text, start=m.start, end=m.end) for m in annotations.toponyms)


def event_location(
    candidate: EventCandidate, places: Sequence[Place], *, text: str
) -> Place | None:
    """Where the event happened (its own clause, else a dateline), or None."""
    del candidate, places, text
    return None
