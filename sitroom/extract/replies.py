"""Whom a bare refusal answers: the requester of the sentence before (``arguments``).

"The rebels called on Ruritania to protect them. However, Ruritania refused." A refusal
with no object of its own ("refused", "declined to do so") answers what was just asked of
its subject: the one who asked is whom it is refused to (codebook §"Participants").
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from sitroom.extract.agents import is_agent
from sitroom.extract.clauses import OBJECTS, SUBJECTS, is_passive, pobjs
from sitroom.extract.lexicon import frames

PERSONAL = frozenset({"he", "she", "it", "they"})


def answered_request(refusal: Token) -> list[Token]:
    """The requester a bare refusal answers, if the sentence before asked its subject."""
    if refusal.lemma_.lower() not in frames().refusal_verbs or refusal.pos_ != "VERB":
        return []
    if is_passive(refusal):  # "was refused entry"
        return []
    if any(c.dep_ in OBJECTS and is_agent(c) for c in refusal.children):
        return []  # "refused Ruritania": whom is said
    refusers = [c for c in refusal.children if c.dep_ in SUBJECTS]
    sentence = refusal.sent
    if len(refusers) != 1 or sentence.start == 0:
        return []
    before = refusal.doc[sentence.start - 1].sent
    asking = _asking()
    for verb in before:
        preps = asking.get(verb.lemma_.lower())
        if preps is None or verb.pos_ != "VERB" or is_passive(verb):
            continue
        asked = pobjs(verb, preps) if preps else [c for c in verb.children if c.dep_ in OBJECTS]
        askers = [c for c in verb.children if c.dep_ in SUBJECTS and is_agent(c)]
        if askers and any(_same_party(refusers[0], a) for a in asked):
            return askers
    return []


def _same_party(refuser: Token, asked: Token) -> bool:
    """The refuser is the one asked: the same word or a personal pronoun. (Another name of
    the same state, "Russia ... Moscow", is knowledge of the resolver, which extraction does
    not read: such a refusal keeps no recipient.)"""
    if refuser.lower_ == asked.lower_ or refuser.lemma_.lower() == asked.lemma_.lower():
        return True
    return refuser.lower_ in PERSONAL and is_agent(asked)


@functools.cache
def _asking() -> dict[str, frozenset[str]]:
    """Verbs of asking and the prepositions that mark whom they ask (``request_markers``:
    "call on", "appeal to", "urge")."""
    found: dict[str, set[str]] = {}
    for entry in frames().request_markers:
        verb, _, prep = entry.partition(" ")
        found.setdefault(verb, set()).update({prep} if prep else set())
    return {verb: frozenset(preps) for verb, preps in found.items()}
