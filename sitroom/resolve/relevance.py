"""Political relevance (``relevance.yml``): places are no parties, and events of private
persons only are not coded."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from sitroom import datafile
from sitroom.model import EVENT_TYPES, Actor, EventCandidate, Mention
from sitroom.resolve import gazetteer

LOOKUP = Path(__file__).parent / "lookups" / "relevance.yml"


class Relevance(BaseModel):
    """The rule's data: which types need a political participant, what is private."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    types: frozenset[str]
    private_sectors: frozenset[str]
    name_labels: frozenset[str]
    place_population: int
    place_target_types: frozenset[str]

    @field_validator("types", "place_target_types")
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


def without_places(
    candidate: EventCandidate,
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    *,
    toponyms: Sequence[Mention] = (),
    lookup: Relevance | None = None,
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """Actors and recipients with unresolved places taken out of the actors ("the Raqqa
    offensive": Raqqa is where, not who); a material act may keep them as its target."""
    lookup = lookup or rules()
    # Only whole toponyms: "DfID-funded partners" carries a place label but is no place.
    spans = {(m.start, m.end) for m in toponyms}
    places = tuple(
        a for a in actors
        if not a.country and not a.sector
        and (_core(a) in spans or _big_place(_bare(a.text), lookup.place_population))
    )  # fmt: skip
    if not places:
        return actors, recipients
    kept = tuple(a for a in actors if a not in places)
    if not recipients and candidate.event_type in lookup.place_target_types:
        recipients = places
    return kept, recipients


def _big_place(text: str, population: int) -> bool:
    """A gazetteer place of that size (any of its names: "Raqqa" for "Ar Raqqah")."""
    entries = gazetteer.open_index().lookup(text)
    return any(e.population >= population or e.feature_code == "ADM1" for e, _ in entries)


def _bare(text: str) -> str:
    return text.removeprefix("the ").removeprefix("The ")


def _core(actor: Actor) -> tuple[int, int] | None:
    """The actor's span without a leading determiner ("the Raqqa" is the toponym "Raqqa")."""
    if actor.start is None or actor.end is None:
        return None
    return actor.start + len(actor.text) - len(_bare(actor.text)), actor.end
