"""Political relevance: events of private persons only are not coded (``relevance.yml``)."""

from __future__ import annotations

import functools
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from sitroom import datafile
from sitroom.model import EVENT_TYPES, Actor, EventCandidate

LOOKUP = Path(__file__).parent / "lookups" / "relevance.yml"


class Relevance(BaseModel):
    """The rule's data: which types need a political participant, what is private."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    types: frozenset[str]
    private_sectors: frozenset[str]
    name_labels: frozenset[str]

    @field_validator("types")
    @classmethod
    def _known(cls, types: frozenset[str]) -> frozenset[str]:
        unknown = types - set(EVENT_TYPES)
        if unknown:
            raise ValueError(f"unknown event types {sorted(unknown)}")
        return types


@functools.cache
def rules(path: Path = LOOKUP) -> Relevance:
    """The relevance rules, validated (``ConfigError`` names the file and key)."""
    return datafile.load(path, Relevance, what="relevance rules")


def private_only(
    candidate: EventCandidate, participants: tuple[Actor, ...], *, lookup: Relevance | None = None
) -> bool:
    """True when ``candidate`` is of a type that needs a political participant and has none."""
    lookup = lookup or rules()
    if candidate.event_type not in lookup.types:
        return False
    mentions = (*candidate.actors, *candidate.recipients)
    if any(m.label in lookup.name_labels for m in mentions):
        return False
    return not any(
        actor.country or (actor.sector and actor.sector not in lookup.private_sectors)
        for actor in participants
    )
