"""Political relevance (``relevance.yml``): places are no parties, and events of private
persons only are not coded."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from sitroom import datafile
from sitroom.model import Actor, EventCandidate, Mention
from sitroom.resolve import gazetteer
from sitroom.resolve.actor_kb import default_kb
from sitroom.resolve.actor_rules import read
from sitroom.resolve.actor_text import fold, scan, tokenize

LOOKUP = Path(__file__).parent / "lookups" / "relevance.yml"
DOCUMENT_ID = "doc-actor"  # an actor the knowledge base does not know (``actor_rules``)
STATE_KINDS = frozenset({"country", "capital"})


class Relevance(BaseModel):
    """The rule's data: which types need a political participant, what is private."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    types: datafile.EventTypes
    private_sectors: frozenset[str]
    name_labels: frozenset[str]
    personal_pronouns: frozenset[str]
    office_words: frozenset[str]
    peer_titles: frozenset[str]
    place_population: int
    place_target_types: datafile.EventTypes
    venue_only_types: datafile.EventTypes


@functools.cache
def rules(path: Path = LOOKUP) -> Relevance:
    """The relevance rules, validated (``ConfigError`` names the file and key)."""
    return datafile.load(path, Relevance, what="relevance rules")


def private_only(
    candidate: EventCandidate,
    participants: tuple[Actor, ...],
    *,
    people: frozenset[str] = frozenset(),
    lookup: Relevance | None = None,
) -> bool:
    """True when ``candidate`` is of a type that needs a political participant and has none;
    ``people`` are the ids of the persons the resolver knows ("Campbell" after "Anna
    Campbell", whatever the NER called it)."""
    lookup = lookup or rules()
    if candidate.event_type not in lookup.types:
        return False
    mentions = (*candidate.actors, *candidate.recipients)
    persons = {(m.start, m.end) for m in mentions if _person(m, lookup)}
    persons |= {(a.start, a.end) for a in participants
                if a.id in people and a.start is not None and a.end is not None}  # fmt: skip
    if any(m.label in lookup.name_labels and (m.start, m.end) not in persons for m in mentions):
        return False
    return not any(_political(actor, persons, lookup) for actor in participants)


def _person(mention: Mention, lookup: Relevance) -> bool:
    """A person named or spoken of ("Ann Lee", "she", "I"), not an organisation or a state."""
    return mention.label == "PERSON" or fold(mention.text) in lookup.personal_pronouns


def _political(actor: Actor, persons: set[tuple[int, int]], lookup: Relevance) -> bool:
    """A state, organisation, group or collective; a person only with an office or a
    sector ("the minister", "a rebel commander") or known to the knowledge base: an
    interviewee "from Leeds" has a country but no part in politics."""
    if actor.sector and actor.sector not in lookup.private_sectors:
        return True
    if _office_in_words(actor.text, lookup):
        return True  # "party spokesman Ann Lee", "Lord Hale": the office the text gives
    if (actor.start, actor.end) in persons:
        return not (actor.id or "").startswith(DOCUMENT_ID)
    return actor.country is not None


def _office_in_words(text: str, lookup: Relevance) -> bool:
    """The mention's own words give an office or a body of public life: a sector word of
    a non-private sector ("his minister"), a speaker's office before a name ("health
    spokesman Ann Lee", which the resolver reads as a bare name) or a peer's title ("Lord
    Hale", a member of the upper house)."""
    tokens = tokenize(text)
    if not tokens:
        return False
    if tokens[0].text in lookup.peer_titles and len(tokens) > 1 and tokens[1].text[:1].isupper():
        return True
    if any(t.folded in lookup.office_words for t in tokens):
        return True
    kb = default_kb()
    return any(
        str(value) not in lookup.private_sectors
        for _, _, values in scan(kb.strong, tokens)
        for value in values
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
    # A person ("Florence" the nurse; "she" after her) is no place.
    persons = {(m.start, m.end) for m in candidate.actors if _person(m, lookup)}
    places = tuple(
        a for a in actors
        if not a.country and not a.sector and a.antecedent is None
        and (a.start, a.end) not in persons
        and (_core(a) in spans or _big_place(_bare(a.text), lookup.place_population))
    )  # fmt: skip
    if not places:
        return actors, recipients
    kept = tuple(a for a in actors if a not in places)
    if not recipients and candidate.event_type in lookup.place_target_types:
        recipients = places
    return kept, recipients


def venue_recipients(
    candidate: EventCandidate, recipients: tuple[Actor, ...], *, lookup: Relevance | None = None
) -> tuple[Actor, ...]:
    """The recipients of ``candidate`` less a town the coder took from where a protest was
    held ("marched in Leeds": Leeds is the place); a country or a capital stands for its
    state ("protested in Ankara": Turkey, PLOVER's convention)."""
    lookup = lookup or rules()
    if candidate.event_type not in lookup.venue_only_types:
        return recipients
    if not candidate.place_recipient:
        return recipients
    kb = default_kb()
    return tuple(r for r in recipients if read(r.text, kb, day=None).kind in STATE_KINDS)


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
