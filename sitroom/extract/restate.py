"""Restatements: token tests for a later mention that names a reported event again.

News returns to its events with definite nouns ("police detained two editors ... their
arrest drew protests", "leaders met in Oslo ... the summit ended"). Such a noun, without a
number or a "new, second, similar" modifier, names the event of the nearest earlier mention
of the same word (a verb and its noun), of a word of the same kind, or of the object it
names ("attended a conference ... the conference"). Within one sentence, "fighting" and
"clashes" are one battle. ``merge`` decides with these tests (docs/codebook.md, One event,
several mentions); the word classes are ``lexicon/coreference.yml``.
"""

from __future__ import annotations

import functools

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Doc, Token

from sitroom import datafile
from sitroom.extract.arguments import object_of
from sitroom.extract.lexicon import LEXICON_DIR
from sitroom.extract.patterns import default_patterns
from sitroom.extract.phrases import mention_head, mention_span, relative_head
from sitroom.model import EventCandidate

NOUNS = frozenset({"NOUN", "PROPN"})
CONTENT = frozenset({"NOUN", "VERB", "PROPN"})
# "attended *the conference*", "the talks *were* brokered": the object names the event.
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
# Dependents of a trigger that say who acted or add another clause, not what the act was about.
ASIDE_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "expl", "advcl", "ccomp", "conj", "cc",
                        "parataxis", "relcl", "punct", "npadvmod", "advmod", "aux", "auxpass",
                        "neg", "mark"})  # fmt: skip
# Left modifiers of an event noun that can name a party or a place of its own.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
# Prepositions that place an event ("marched *in* Leeds", "rallied *outside* the embassy").
LOCATIVE_PREPS = frozenset({"in", "at", "outside", "near", "inside", "around", "across"})
# A verb and its event noun: "kill"/"killing", "negotiate"/"negotiation", "withdraw"/"withdrawal",
# "attend"/"attendance".
SUFFIXES = ("", "s", "ing", "ion", "ation", "ment", "al", "ance")


class Coreference(BaseModel):
    """Word lists of event coreference (``coreference.yml``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    definite_determiners: frozenset[str]
    new_event_modifiers: frozenset[str]
    event_classes: dict[str, frozenset[str]]
    framing_preps: frozenset[str]
    fighting: frozenset[str]
    placed_types: frozenset[str]
    patron_participles: frozenset[str]
    other_party_modifiers: frozenset[str]
    alignment_prefixes: frozenset[str]
    office_titles: frozenset[str]


@functools.cache
def coreference() -> Coreference:
    return datafile.load(LEXICON_DIR / "coreference.yml", Coreference, what="lexicon")


def restating(token: Token) -> bool:
    """A definite, possessed or bare event noun: no article "a", number or "second, fresh"."""
    if token.pos_ not in NOUNS:
        return False
    lexicon = coreference()
    for child in token.children:
        if child.dep_ in ("det", "predet") and child.lower_ not in lexicon.definite_determiners:
            return False  # "a summit", "another raid", "no talks", "any arrest"
        if child.dep_ == "nummod" or child.like_num or child.ent_type_ in ("ORDINAL", "CARDINAL"):
            return False  # "two arrests", "the third raid"
        if child.i < token.i and child.lower_ in lexicon.new_event_modifiers:
            return False  # "fresh clashes", "a similar protest", "the latest arrest"
    return True


def modifier_names(token: Token) -> list[str]:
    """Names among the noun's left modifiers: "the *Vienna* talks", "*Turkish* raids"."""
    return [
        word.lower_
        for child in token.lefts
        if child.dep_ in MODIFIER_DEPS
        for word in child.subtree
        if word.pos_ == "PROPN" or (word.pos_ == "ADJ" and word.text[:1].isupper())
    ]


def names(doc: Doc, candidate: EventCandidate) -> tuple[frozenset[str], frozenset[str]]:
    """Lemmas of the trigger's content words, and of the heads of its objects."""
    span = mention_span(doc, candidate.trigger)
    if span is None:
        return frozenset(), frozenset()
    own = frozenset(t.lemma_.lower() for t in span if t.pos_ in CONTENT)
    objects = frozenset(c.lemma_.lower() for c in span.root.children if c.dep_ in OBJECT_DEPS)
    return own, objects


def content(doc: Doc, candidate: EventCandidate) -> frozenset[str]:
    """Lemmas of what the trigger's clause is about: its objects, complements and their
    words, less its subject and adjunct clauses ("refused *to attend the summit*")."""
    token = mention_head(doc, candidate.trigger)
    if token is None:
        return frozenset()
    words = {token.lemma_.lower()}
    for child in token.children:
        if child.dep_ in ASIDE_DEPS:
            continue
        words |= {t.lemma_.lower() for t in child.subtree if t.pos_ in CONTENT}
    return frozenset(words)


def derived(noun: str, word: str) -> bool:
    """The noun is the word or its event noun ("arrest", "negotiation" of "negotiate")."""
    stem = word.removesuffix("e")
    return any(noun in (word + suffix, stem + suffix) for suffix in SUFFIXES)


def kin(noun: str, words: frozenset[str]) -> bool:
    """The noun and one of the words name one kind of event ("met" ... "the summit")."""
    return any(noun in kind and kind & words for kind in coreference().event_classes.values())


def venues(doc: Doc, candidate: EventCandidate) -> frozenset[str]:
    """Proper names of the places the trigger's locative phrases name ("marching in *Leeds*")."""
    token = mention_head(doc, candidate.trigger)
    if token is None:
        return frozenset()
    return frozenset(
        word.lower_
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS
        for word in prep.subtree
        if word.pos_ == "PROPN"
    )


def _nonfinite(token: Token) -> bool:
    """A noun, or a participle without an auxiliary ("fighters *fighting* alongside")."""
    if token.pos_ in NOUNS:
        return True
    return token.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in token.children
    )


def one_battle(doc: Doc, a: EventCandidate, b: EventCandidate) -> bool:
    """Two fighting words of one sentence, one of them a noun or participle, name one battle.

    "Fighters *fighting* alongside the army were killed in *clashes* with the rebels": one
    two-sided battle. Two finite clauses ("A fought B while C clashed with D") stay two.
    """
    if a.sentence_index != b.sentence_index or a.trigger == b.trigger:
        return False
    heads = [mention_head(doc, a.trigger), mention_head(doc, b.trigger)]
    fighting = coreference().fighting
    return all(t is not None and t.lemma_.lower() in fighting for t in heads) and any(
        t is not None and _nonfinite(t) for t in heads
    )


def frames(doc: Doc, noun: EventCandidate, verb: EventCandidate) -> bool:
    """The event noun, of the verb's kind, heads a framing phrase of the verb's clause
    ("attacked the town *in* its biggest assault"): one act told twice in one sentence."""
    token, head = mention_head(doc, noun.trigger), mention_head(doc, verb.trigger)
    if token is None or head is None or token.pos_ not in NOUNS:
        return False
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in coreference().framing_preps:
        return False
    if prep.head != head and prep.head not in head.subtree:
        return False
    own = frozenset({head.lemma_.lower()})
    return derived(token.lemma_.lower(), head.lemma_.lower()) or kin(token.lemma_.lower(), own)


def taken_places(doc: Doc, candidate: EventCandidate) -> frozenset[str]:
    """Content words of the place a capture took ("retook *the town of Qaim*",
    "*the city* fell to ..."), its object or, for "fall", its subject; empty for others."""
    found = default_patterns().by_id.get(candidate.pattern)
    token = mention_head(doc, candidate.trigger)
    if found is None or token is None:
        return frozenset()
    pattern = found[1]
    if pattern.subject_place:
        heads = [c for c in token.children if c.dep_ == "nsubj"]
    elif pattern.object_is_location:
        heads = object_of(token)
    else:
        return frozenset()
    return frozenset(
        t.lemma_.lower()
        for head in heads
        for t in relative_head(head).subtree
        if t.is_alpha and t.pos_ in {"NOUN", "PROPN"}
    )
