"""Company and market business (``commerce.yml``): a firm buying another, an executive
resigning or investors welcoming a move are no political events."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from sitroom import datafile
from sitroom.model import Actor, EventCandidate

LOOKUP = Path(__file__).parent / "lookups" / "commerce.yml"
# Ids of bodies the knowledge base knows ("inst:gbr-cbi"): a business lobby is a party.
KNOWN_PREFIXES = ("inst:", "group:", "igo:", "ngo:", "party:", "region:")


class Commerce(BaseModel):
    """The rule's data: which types, which words mark a firm, a holder, a transaction."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    types: datafile.EventTypes
    material_types: datafile.EventTypes
    sectors: frozenset[str]
    firm_marks: tuple[str, ...]
    holders: frozenset[str]
    transactions: tuple[str, ...]
    state_labels: frozenset[str]
    party_marks: frozenset[str]
    persons: frozenset[str]


@functools.cache
def rules(path: Path = LOOKUP) -> Commerce:
    """The commerce rules, validated (``ConfigError`` names the file and key)."""
    return datafile.load(path, Commerce, what="commerce rules")


@functools.cache
def _pattern(words: tuple[str, ...], flags: int = 0) -> re.Pattern[str]:
    """Whole words or phrases; a final period is optional ("Co." ends "Werner Co")."""
    alts = "|".join(re.escape(w.removesuffix(".")) + r"\.?" for w in words)
    return re.compile(rf"(?<![\w.])(?:{alts})(?!\w)", flags)


def market_only(
    candidate: EventCandidate,
    participants: tuple[Actor, ...],
    *,
    text: str,
    lookup: Commerce | None = None,
) -> bool:
    """True when ``candidate`` is routine business: no political participant, and a firm
    or market holder takes part, or only unknown names do and the trigger's clause in
    ``text`` (the article) names a market transaction ("agreed to sell the unit")."""
    lookup = lookup or rules()
    material = candidate.event_type in lookup.material_types
    if candidate.event_type not in lookup.types and not material:
        return False
    # "negotiating with the Soviets": a state or people named is a party even when left
    # unresolved; "British industry" (a sector given) is business.
    states = {(m.start, m.end) for m in (*candidate.actors, *candidate.recipients)
              if m.label in lookup.state_labels}  # fmt: skip
    kinds = [
        "political" if (a.start, a.end) in states and not a.sector else _kind(a, lookup)
        for a in participants
    ]
    if "political" in kinds:
        return False
    if material:  # "shares were hit"; a bombed bank stays a target
        return "holder" in kinds
    if "firm" in kinds or "holder" in kinds:
        return True
    clause = text[candidate.trigger.start : candidate.sentence.end]
    return bool(_pattern(lookup.transactions, re.IGNORECASE).search(clause))


def _kind(actor: Actor, lookup: Commerce) -> str:
    """holder (investors, shares), firm (a business sector or a company name), unknown (a
    name or pronoun resolved to nothing) or political (any other party)."""
    if (
        (actor.id or "").startswith(KNOWN_PREFIXES)  # a body the knowledge base knows
        or (actor.sector not in lookup.sectors and (actor.sector or actor.country))
        or actor.text.lower() in lookup.persons  # "him" left unresolved may be the minister
    ):
        return "political"
    if _pattern(lookup.firm_marks).search(actor.text):
        return "firm"  # "Hallwood Group Inc."
    words = set(actor.text.lower().replace("'s", " ").split())
    if words & lookup.party_marks:
        return "political"  # "the agency's chief executive", "business groups"
    if words & lookup.holders:
        return "holder"
    return "firm" if actor.sector in lookup.sectors else "unknown"
