"""In-document coreference, rule-based: pronouns, definite descriptions and surnames.

The document's named entities (pre-scanned, with offsets) and every mention resolved so
far are candidate antecedents. A later mention takes the nearest preceding antecedent
that agrees with it:

- "he", "she", "his" ... -> a person (a PERSON entity or a person-like mention), not one
  an earlier pronoun of the other gender referred to;
- "it", "its" -> an organisation or a country;
- "they", "them", "their" -> a plural group, else an organisation or a country, only
  from the salience window (this sentence and the one before); a possessive state or
  organisation earlier in the pronoun's own sentence ("Canada's position is that ...
  they") beats a group from the sentence before;
- "the organisation", "the party" ... -> an organisation; "the group", "the movement",
  "the militia" ... -> one outside the state (an armed group, a party, an NGO: no army or
  ministry); so is a description "the group" owns ("the group's members", not a relational
  "the group's rivals");
- "the government", "the militants" ... (a definite sector noun without a name) ->
  in the salience window the nearest antecedent of the same sector or a bare state
  ("US officials said the administration"), else the nearest of the same sector, else
  any with a country; a state institution ("the government", "the army", not "the
  leader") never takes a non-state code (IMG, NGO ...) as its country, nor a private
  party's nationality ("an Iraqi civilian", "Polish workers");
- "the country", "the nation" -> a state (a country or a seat of power, no organisation),
  not one another party of its own event names ("Russia ... destroying the country");
- "its forces", "his country" -> the possessor's country, with the mention's sector;
- "Erdogan" after "Recep Tayyip Erdogan" -> the earlier person with that surname; a name
  repeated -> what its earlier mention had ("Mira" after "Mira, a Dutch volunteer,").
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from sitroom.model import Actor
from sitroom.resolve.actor_kb import NON_STATE, KnowledgeBase
from sitroom.resolve.actor_text import fold, tokenize

Anaphor = Literal[
    "person_singular", "singular", "plural", "organisation", "group", "state", "definite"
]
DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Anaphors that are descriptions, not pronouns: a cited source owns none (``actor_scope``).
NOMINAL: frozenset[Anaphor] = frozenset({"definite", "organisation", "group", "state"})
DEFINITE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "SPY", "PTY", "OPP"})
# Institutions of a state: "the government" after "Islamic State" is not IMG's government.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Private parties: their nationality says where they are from, not whose state acts
# ("the family of an Iraqi civilian ... the government's refusal" is no Iraqi government).
PRIVATE_SECTORS = frozenset({"CVL", "REF", "JRN", "LAB", "BUS", "REL", "MED", "EDU", "CRM",
                             "AGR", "SOC"})  # fmt: skip
_SUBJECT_OPENERS = frozenset({"", "the"})  # what may stand before a sentence's subject


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A resolved mention that later mentions may refer back to."""

    start: int
    end: int
    actor: Actor
    person: bool = False
    plural: bool = False
    organisation: bool = False  # an organisation, armed group or institution
    participant: bool = False  # an event participant, not only a name in the text
    state: bool = False  # names a country, a seat of power or an organisation, not a town
    possessive: bool = False  # "Canada's position": the owner of what follows


@dataclass(slots=True)
class Chain:
    """Antecedents of one document, kept in text order."""

    items: list[Antecedent] = field(default_factory=list)
    # Actor id -> "he" or "she", learnt from the pronouns already resolved to it.
    genders: dict[str, str] = field(default_factory=dict)

    def without(self, dropped: Callable[[Antecedent], bool]) -> Chain:
        """The chain less the antecedents ``dropped`` names (itself when none is)."""
        kept = [a for a in self.items if not dropped(a)]
        return self if len(kept) == len(self.items) else Chain(kept, self.genders)

    def add(self, item: Antecedent) -> None:
        if any(o.start == item.start and o.end == item.end for o in self.items):
            return
        bisect.insort(self.items, item, key=lambda a: (a.start, a.end))

    def learn(self, item: Antecedent, gender: str | None) -> None:
        """Remember that a "he" or "she" referred to the person ``item``."""
        if gender is not None and item.person and item.actor.id is not None:
            self.genders.setdefault(item.actor.id, gender)

    def nearest(self, before: int, accept: Callable[[Antecedent], bool]) -> Antecedent | None:
        """The closest antecedent ending at or before ``before`` that ``accept`` takes."""
        for item in reversed(self.items):
            if item.end <= before and accept(item):
                return item
        return None

    def within(self, start: int, end: int) -> Antecedent | None:
        """A pre-scanned name inside the span ``start:end`` with a country (a person: or
        a sector, from a title such as "the party chairman")."""
        inside = [a for a in self.items if start <= a.start and a.end <= end]
        return next((a for a in inside if _known(a)), None)

    def by_surname(self, text: str, before: int, *, known: bool = True) -> Antecedent | None:
        """An earlier person whose name ends with (or contains) the words of ``text``, else
        one of the same name ("Mira" again, first described as "Mira, a Dutch volunteer,");
        ``known``: only one with a country (or a titled one with a sector); an unknown one
        only by its full name's surname ("Elsheikh" after "El Shafee Elsheikh")."""
        words = tuple(t.folded for t in tokenize(text) if t.folded not in DETERMINERS)
        if not words:
            return None

        def same_person(item: Antecedent) -> bool:
            if not item.person or (known and not _known(item)):
                return False
            names = [item.actor.text, item.actor.name or ""]
            for name in names:
                theirs = _words(name)
                if len(theirs) > len(words) and (
                    theirs[-len(words) :] == words or words[-1] in theirs[1:]
                ):
                    return True
            return False

        def same_name(item: Antecedent) -> bool:  # an unknown one may be a mistagged place
            return item.person and _known(item) and _words(item.actor.text) == words

        return self.nearest(before, same_person) or self.nearest(before, same_name)


def opening_subjects(chain: Chain, text: str, here: int, end: int) -> list[Antecedent]:
    """The antecedents from the sentence start ``here`` up to ``end`` when the sentence opens
    on the first of them (bare or after "the"); none otherwise."""
    opening = [a for a in chain.items if here <= a.start and a.end <= end]
    if not opening or fold(text[here : opening[0].start].strip()) not in _SUBJECT_OPENERS:
        return []
    return opening


def subject_party(item: Antecedent) -> bool:
    """A sentence subject that may stand for a later "it"/"they": a party of some country,
    neither a person nor a possessive ("Canada's position")."""
    return not (item.person or item.possessive) and item.actor.country is not None


def _known(item: Antecedent) -> bool:
    return item.actor.country is not None or (item.person and item.actor.sector is not None)


@functools.lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    return tuple(token.folded for token in tokenize(name))


def anaphor(text: str, kb: KnowledgeBase, *, sector: str | None, named: bool) -> Anaphor | None:
    """Whether a mention refers back: a pronoun, "the group", or "the <sector noun>"."""
    folded = fold(text.strip())
    kinds: tuple[Anaphor, ...] = (
        "person_singular", "singular", "plural", "organisation", "group", "state"
    )  # fmt: skip
    for kind in kinds:
        if folded in kb.anaphors.get(kind, frozenset()):
            return kind
    words = folded.split()
    # "the group's members": the group (not "the group's rivals": ``actor_relations``).
    owner = " ".join(words[:2]).removesuffix("'s")
    if len(words) > 2 and words[1].endswith("'s") and owner in kb.anaphors["group"]:
        return None if words[-1] in kb.words["relational_nouns"] else "group"
    # "the government", "the army", "the militants": short, and an institution or armed
    # group; "this liberal journalist" or "the fate of ..." are not referring back.
    short = 2 <= len(words) <= 3 and words[0] == "the"
    # "the Kurdish militia": a capitalised modifier describes a new party, not an old one.
    modified = any(word[:1].isupper() for word in text.split()[1:-1])
    if short and sector in DEFINITE_SECTORS and not named and not modified:
        return "definite"
    return None


POSSESSIVES: dict[str, Anaphor] = {
    "his": "person_singular", "her": "person_singular", "its": "singular", "their": "plural",
}  # fmt: skip


def possessor(text: str) -> Anaphor | None:
    """ "its peacekeeping forces": the kind of antecedent a leading possessive needs."""
    words = fold(text.strip()).split()
    return POSSESSIVES.get(words[0]) if len(words) > 1 else None


def antecedent_for(
    chain: Chain,
    kind: Anaphor,
    before: int,
    *,
    sector: str | None = None,
    recent: int | None = None,
    here: int | None = None,
    office: bool = False,
    gender: str | None = None,
) -> Antecedent | None:
    """The nearest preceding antecedent that agrees with an anaphor of ``kind``.

    Event participants since ``recent`` (the previous sentence) come first: they are
    what the text is about, where a place named on the way ("in Raqqa") is not. ``here``
    is the start of the anaphor's own sentence; ``office`` says a definite description
    names a person ("the leader"), who may lead a non-state group.
    """

    def find(accept: Callable[[Antecedent], bool], *, window: bool = False) -> Antecedent | None:
        if recent is not None:
            found = chain.nearest(
                before, lambda a: a.participant and a.start >= recent and accept(a)
            )
            if found is not None:
                return found
            if window:
                return chain.nearest(before, lambda a: a.start >= recent and accept(a))
        return chain.nearest(before, accept)

    if kind == "person_singular":
        # "she" skips a person an earlier "he" referred to.
        return find(lambda a: a.person and chain.genders.get(a.actor.id or "", gender) == gender)
    if kind == "singular":
        return find(lambda a: not a.person and not a.plural)
    if kind == "plural":
        return _plural(chain, before, find, here)
    if kind in _NOMINAL_KINDS:
        return find(_NOMINAL_KINDS[kind])
    return _definite(find, sector, office=office)


_NOMINAL_KINDS: dict[Anaphor, Callable[[Antecedent], bool]] = {
    "organisation": lambda a: a.organisation,
    # "the group", "the militia": not a state's institution.
    "group": lambda a: a.organisation and a.actor.sector not in STATE_SECTORS,
    # "the country": a state, not a body or a town in it.
    "state": lambda a: (
        a.state and not a.organisation and not a.person and a.actor.country not in NON_STATE
    ),
}


Finder = Callable[..., Antecedent | None]


def _party(item: Antecedent) -> bool:
    return item.organisation or (not item.person and item.actor.country is not None)


def _plural(chain: Chain, before: int, find: Finder, here: int | None) -> Antecedent | None:
    """ "they": a plural group or a party from the salience window, never further back."""
    group = find(lambda a: a.plural, window=True)
    if here is not None and (group is None or group.start < here):
        # "Canada's position is that ... they": a possessive party of this sentence beats
        # a group of the sentence before.
        own = chain.nearest(
            before, lambda a: a.start >= here and a.possessive and a.state and not a.person
        )
        if own is not None:
            return own
    return group or find(_party, window=True)


def _definite(find: Finder, sector: str | None, *, office: bool) -> Antecedent | None:
    """ "the government": this sector or a bare state nearby, else this sector anywhere."""
    state_only = sector in STATE_SECTORS and not office

    def owner(a: Antecedent) -> bool:
        country = a.actor.country
        private = state_only and a.actor.sector in PRIVATE_SECTORS
        return country is not None and not private and not (state_only and country in NON_STATE)

    def near(a: Antecedent) -> bool:
        bare = a.actor.sector is None and a.state  # "US officials": the state itself
        return owner(a) and (a.actor.sector == sector or bare)

    nearby = find(near, window=True)
    same = find(lambda a: owner(a) and a.actor.sector == sector)
    return nearby or same or find(owner)
