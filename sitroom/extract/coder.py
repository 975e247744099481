"""PLACEHOLDER: replaced by the event coder."""

from __future__ import annotations

from spacy.tokens import Doc

from sitroom.model import Annotations, EventCandidate

EXTRACTOR = "sitroom-coder/0.1.0"


def events(doc: Doc, annotations: Annotations) -> list[EventCandidate]:
    """The events each sentence of ``doc`` asserts (or reports as negated/hypothetical)."""
    del doc, annotations
    return []
