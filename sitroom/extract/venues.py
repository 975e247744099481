"""Where an act happens is not whom it is done to: venues of meetings and protests, and
locative phrases that may still name a party ("fired at the government")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.extract import lexicon
from sitroom.extract.agents import (
    NAME_LABELS,
    agent_noun,
    entity_start,
    forms,
    is_agent,
    is_word,
)
from sitroom.extract.phrases import mention_head
from sitroom.model import Mention

LOCATIVE_ROLES = frozenset({"in", "near", "along", "into", "at", "outside"})
VENUE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def without_venues(noun: Token, heads: list[Token]) -> list[Token]:
    """Heads of a two-sided nominal event ("talks", "summit", "clashes") without a lone
    place-name modifier: "the Munich security conference", "the Sochi summit" name where it
    is held (left for the place stage), not a party. Paired names ("US-China talks",
    "EU-Turkey summit"), demonyms, bodies and persons stay."""
    modifiers = [h for h in heads if h.head == noun and h.dep_ in {"compound", "amod", "nmod"}]
    names = {entity_start(t) for m in modifiers for t in m.subtree if t.ent_type_ in NAME_LABELS}
    if len(names) != 1 or any(c.dep_ == "conj" for m in modifiers for c in m.children):
        return heads
    return [h for h in heads if h not in modifiers or h.ent_type_ not in VENUE_LABELS]


def located(found: list[Token], role: str) -> list[Token]:
    """ "in X", "at X" name a participant only when X is a named place or an agent
    ("fired at the government"), not a mere place ("at the building")."""
    if role not in LOCATIVE_ROLES:
        return found
    return [t for t in found if is_agent(t) or _authored(t)]


def _authored(head: Token) -> bool:
    """ "an inquiry into the minister's conduct", "looking at the council's decision": a
    party's words or deeds stand for it (``agents.authored``), also after "at"/"into"."""
    return is_word(head, lexicon.agents().authored) and any(c.dep_ == "poss" for c in head.children)


def protest_venue(head: Token) -> bool:
    """ "demonstrated at the railway station", "a rally in the main square": a place after a
    locative preposition is where a protest is held, not whom it addresses. An institution
    there is addressed ("outside the parliament", "at the Norwegian embassy"), and so is a
    named building that stands for one ("outside the White House")."""
    if head.dep_ != "pobj" or head.head.lower_ not in lexicon.setting().locative_preps:
        return False
    words = forms(head)
    if words & lexicon.frames().venue_nouns:
        return True  # a public space: the name before it is its own ("Victoria Station")
    if agent_noun(head) or head.ent_type_ in {"PERSON", "ORG", "NORP"} or _owned(head):
        return False
    places = lexicon.frames().place_nouns | lexicon.setting().place_nouns
    return head.ent_type_ in {"GPE", "LOC"} or bool(words & places)


def _owned(head: Token) -> bool:
    """ "outside the army headquarters", "at Norway's consulate": a body's building."""
    own = entity_start(head) if head.ent_type_ else head.i
    return any(
        c.dep_ in {"compound", "amod", "poss"}
        and is_agent(c)
        and c.ent_type_ not in VENUE_LABELS
        and (not c.ent_type_ or entity_start(c) != own)
        for c in head.lefts
    )


# Acts not done to a place: where they happen names no party.
HELD_ACTS = frozenset({"PROTEST"})


def addressed(event_type: str, heads: list[Token]) -> list[Token]:
    """Recipient heads of an act of ``event_type`` without the venues where it was held."""
    if event_type not in HELD_ACTS:
        return heads
    return [h for h in heads if not protest_venue(h)]


def place_targets(event_type: str, places: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Places that may stand for an unnamed target ("curfew in Cizre" -> its polity): for a
    protest a polity, never a facility it was held at ("a sit-in on the bridge")."""
    if event_type not in HELD_ACTS:
        return places
    return tuple(p for p in places if p.label != "FAC")


# Verbal acts: their parties are addressed, never reached through a place.
SPOKEN_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT"}
)


def spoken_venues(
    doc: Doc, event_type: str, recipients: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """Recipients of a verbal act that are where it was said or refused: "refused to
    engage in Lausanne", "agreed to meet at Camp Bastion". The resolver keeps one only if
    it names a state ("agreed to invest in Kenya")."""
    if event_type not in SPOKEN_TYPES:
        return ()
    heads = [(m, mention_head(doc, m)) for m in recipients]
    return tuple(
        mention for mention, head in heads
        if head is not None and head.ent_type_ in VENUE_LABELS
        and head.dep_ == "pobj" and head.head.lower_ in {"in", "at"}
    )  # fmt: skip
