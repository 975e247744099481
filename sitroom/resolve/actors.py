"""PLACEHOLDER: replaced by the actor resolver."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sitroom.model import Actor, Annotations, Mention


def document_resolver(
    text: str, annotations: Annotations, *, published: dt.date | None
) -> Callable[[Mention], Actor]:
    """A resolver for participant mentions of one document (holds its coreference state)."""
    del text, annotations, published

    def resolve(mention: Mention) -> Actor:
        return Actor(text=mention.text, start=mention.start, end=mention.end)

    return resolve
