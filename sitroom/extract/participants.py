"""Agentive participant heads: the nearest agent inside a phrase that is not one.

A head that cannot act ("the signing of a Memorandum", "a report", "a call for talks")
gives way to the nearest agentive head inside its own phrase: its possessor ("China's
assistance" -> China), or the object of "of"/"by" ("hundreds of UN troops" -> troops)
with its conjuncts ("the signing of an accord, the government and the SPLA" -> the
signatories). A phrase with a name inside is kept whole: the name says whose it is
("Kampuchean guerrilla camps", "the West Bank city of Nablus"). When no agentive head
exists the phrase is not a participant at all (codebook §"Participants"). A speaking
document stands for its issuer ("a report released by the UN", "... in the Rwandan capital").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from sitroom.extract.agents import (
    NAME_LABELS,
    is_agent,
    is_attack,
    is_goods,
    is_word,
    perpetrator,
)
from sitroom.extract.clauses import pobjs
from sitroom.extract.lexicon import agents, frames
from sitroom.extract.phrases import conjuncts, mention, relative_head

OWNER_PREPS = frozenset({"of", "by"})
TRANSFER_PREPS = frozenset({"to", "from"})
MAX_DEPTH = 3


def _activity(token: Token) -> bool:
    """ "a separatist war", "jihadist terrorism": a kind of fighting, whoever it is by;
    "TPIM control orders": a legal means, whoever issued it."""
    lexicon = agents()
    return token.pos_ == "NOUN" and is_word(token, lexicon.activities | lexicon.measures)


def _perpetrators(attack: Token, depth: int) -> list[Token]:
    """Who carried out an attack: its possessor, its "by" phrase, or the phrase named by an
    agentive modifier ("the Isis attack", "the Russian airstrike", "a rebel ambush", "US air
    strikes"); a place modifier is where it happened ("the Berlin market bombing")."""
    found = [h for c in attack.children if c.dep_ == "poss" for h in _inner(c, depth + 1)]
    found += [
        h for prep in attack.children if prep.dep_ in {"prep", "agent"} and prep.lower_ == "by"
        for obj in prep.children if obj.dep_ == "pobj" for h in _inner(obj, depth + 1)
    ]  # fmt: skip
    if found:
        return found
    modifiers = [c for c in attack.lefts if c.dep_ in {"amod", "compound", "nmod"}]
    # Through a means modifier: "Israeli tank shelling", "the Taliban suicide bombing",
    # "Saudi-led strikes".
    modifiers += [g for c in modifiers for g in c.lefts
                  if g.dep_ in {"amod", "compound", "npadvmod"}]  # fmt: skip
    # The phrase stays whole ("a Saudi-led coalition air strike"): its modifiers name the party.
    return [attack] if any(perpetrator(c, attack) for c in modifiers) else []


def _owned(token: Token) -> bool:
    """A phrase whose modifier or name says whose it is: "Albanian rebel-held territory",
    "an army base", "the police station"; never a kind of fighting ("a separatist war")."""
    if token.pos_ not in {"NOUN", "PROPN"} or _activity(token):
        return False
    owners = [c for c in token.lefts if c.dep_ in {"compound", "amod", "poss"} and is_agent(c)]
    return bool(owners) or mention(token).label is not None


def _counted(token: Token) -> bool:
    """ "Thousands of students": a count of agents stands for them, phrase and all."""
    if not (token.like_num or token.ent_type_ == "CARDINAL"):
        return False
    return any(
        is_agent(obj)
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _inner(token: Token, depth: int) -> list[Token]:
    """The nearest agentive heads inside the phrase headed by ``token``."""
    if is_attack(token):
        return _perpetrators(token, depth)
    authors = _authors(token, depth)
    if authors:
        return authors
    if is_agent(token) or _owned(token) or _counted(token):
        return [token]
    if depth >= MAX_DEPTH:
        return []
    found = _owners(token, depth)
    if not found and depth == 0:
        found = _receiver(token)
    if not found and not _activity(token):
        found = [
            child
            for child in token.lefts
            if child.dep_ in {"amod", "compound", "nmod"} and child.ent_type_ in NAME_LABELS
        ]
    # Only a speaking subject or an inner phrase: an object's own participle may be the
    # trigger itself ("a clinic supported by a charity").
    # Never a pronoun: "those inspired by X" are not X.
    issued = (depth > 0 or token.dep_ in {"nsubj", "csubj"}) and token.pos_ != "PRON"
    return found or (_issuer(token, depth) if issued else [])


def _authors(token: Token, depth: int) -> list[Token]:
    """ "the minister's comments", "the council's plan": words, plans and deeds stand for
    their possessor, who said, planned or did them (not the phrase kept whole as a thing
    the name owns, like "the army's base"). Only as what an act is aimed at, or what a
    speaker judges ("said X's comments were rash"); the subject of a main clause ("X's
    speech called for") is left to the speaker and duplicate rules."""
    if token.pos_ != "NOUN" or not is_word(token, agents().authored):
        return []
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ != "ccomp":
        return []
    return [h for c in token.children if c.dep_ == "poss" for h in _inner(c, depth + 1)]


def _owners(token: Token, depth: int) -> list[Token]:
    """Agents among the possessor and the "of"/"by" objects (not arms changing hands)."""
    found = [h for c in token.children if c.dep_ == "poss" for h in _inner(c, depth + 1)]
    for child in token.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in OWNER_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    for member in conjuncts(obj):
                        if child.lower_ != "of" or not is_goods(member):
                            found.extend(_inner(member, depth + 1))
    return found


def _receiver(token: Token) -> list[Token]:
    """ "blocked the sale of jets to Turkey": a transfer's "to"/"from" party, on the noun or,
    when the parser hangs it there, on the verb the noun is the object of."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return []  # only a transfer of something: "the sale of X to Y"
    pps = pobjs(token, TRANSFER_PREPS)
    if not pps and token.dep_ in {"dobj", "obj"}:
        pps = [o for o in pobjs(token.head, TRANSFER_PREPS) if o.i > token.i]
    return [member for obj in pps for member in conjuncts(obj) if is_agent(member)]


def _issuer(token: Token, depth: int) -> list[Token]:
    """ "a report released by the UN" -> the UN; "a report released in the Rwandan
    capital" -> the capital, the seat of the state it was issued in (a metonym)."""
    held = frames().descriptive_participles  # "files held by X": X holds them, says nothing
    for clause in token.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() in held:
            continue
        by = [o for p in clause.children if p.dep_ == "agent" for o in p.children
              if o.dep_ == "pobj"]  # fmt: skip
        found = [head for obj in by for head in _inner(obj, depth + 1)]
        if found:
            return found
        return [
            obj
            for prep in clause.children
            if prep.dep_ == "prep" and prep.lower_ in {"in", "from"}
            for obj in prep.children
            if obj.dep_ == "pobj" and _seat(obj)
        ]
    return []


def _seat(token: Token) -> bool:
    """A state or its capital: "Kigali", "the Rwandan capital"."""
    if token.ent_type_ == "GPE":
        return True
    return token.lemma_.lower() == "capital" and any(
        c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE"}
        for c in token.children
    )


def agentive(heads: Iterable[Token]) -> list[Token]:
    """Each head, or the agentive heads inside its phrase; heads of no one are dropped."""
    found: list[Token] = []
    for head in heads:
        found.extend(_inner(relative_head(head), 0))
    return list(dict.fromkeys(found))
