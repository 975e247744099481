"""Clause primitives of the parse: subjects, objects, passives and prepositional objects,
with repairs for the small model's usual misparses."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitroom.extract.agents import NAME_LABELS
from sitroom.extract.phrases import NOT_PARTICIPANTS, np_bounds

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj"})
# Any subject slot of a clause, the expletive included ("there would be ...").
CLAUSE_SUBJECTS = SUBJECTS | PASSIVE_SUBJECTS | {"expl"}
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
# A year of the 19th to 21st century in running text ("in 2016", "the 1990 war").
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Present-tense verb tags ("says", "say").
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def lemma(token: Token) -> str:
    """The lower-case lemma (pattern and lexicon lists are lower case)."""
    return token.lemma_.lower()


def is_year(token: Token) -> bool:
    """A token that is a year of the 19th to 21st century ("2016")."""
    return _YEAR.match(token.text) is not None


def is_verbal(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")


def to_infinitive(token: Token) -> bool:
    """Does ``token`` head a "to"-infinitive ("to attack")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


# "is opposed to", "is committed to": adjectival participles, not passives.
STATIVE_PARTICIPLES = frozenset({"oppose", "commit", "prepare", "determine", "devote", "dedicate"})


def stative(verb: Token) -> bool:
    return verb.lemma_.lower() in STATIVE_PARTICIPLES and not any(
        child.dep_ == "agent" for child in verb.children
    )


def reduced_passive(verb: Token) -> bool:
    """ "a soldier wounded by shelling", "the volunteer killed in a raid": a participle
    modifying a noun. The small model may tag it as a past tense (VBD); a finite verb is never
    an ``acl``, so one without a subject or object of its own is the participle too."""
    if verb.dep_ != "acl":
        return False
    if verb.tag_ == "VBN":
        return True
    own = SUBJECTS | PASSIVE_SUBJECTS | OBJECTS
    return verb.tag_ == "VBD" and not any(child.dep_ in own for child in verb.children)


def is_passive(verb: Token) -> bool:
    if stative(verb):
        return False
    return any(child.dep_ in PASSIVE_SUBJECTS or child.dep_ == "auxpass" for child in verb.children)


# One-preposition sets for ``prep_objects``.
AGAINST, FOR, IN, OF, WITH = (frozenset({word}) for word in ("against", "for", "in", "of", "with"))


def has_negation(token: Token) -> bool:
    """A "not"/"never" of the token's own ("did not attack", "never to surrender")."""
    return any(c.dep_ == "neg" for c in token.children)


def prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """The plain objects of ``token``'s prepositions in ``preps`` ("against X", "with Y"),
    as the parser hangs them; ``pobjs`` also reads agents, datives and stranded objects."""
    return [
        obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in preps
        for obj in prep.children if obj.dep_ == "pobj"
    ]  # fmt: skip


def pobjs(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of ``token``'s prepositions in ``preps`` ("on Monday" is a time, not a party)."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ not in {"prep", "agent", "dative"} or child.lower_ not in preps:
            continue
        objects = [_clausal_object(o) for o in child.children if o.dep_ in {"pobj", "pcomp"}]
        for obj in objects or _stranded_object(child):
            if obj.ent_type_ not in NOT_PARTICIPANTS:
                found.append(obj)
                continue
            # "met with President Bashar Assad Tuesday": the small model heads the phrase
            # with the date; the name before it is the participant.
            names = [c for c in obj.lefts if c.dep_ == "compound" and c.ent_type_ in NAME_LABELS]
            found.extend(names[-1:])
    return found


def _clausal_object(obj: Token) -> Token:
    """ "asylum to four officers holed up in ...": a noun phrase parsed as the subject of a
    clause that is the preposition's complement is its object."""
    if obj.dep_ == "pcomp" and is_verbal(obj):
        for child in obj.children:
            if child.dep_ in SUBJECTS and child.left_edge.i == obj.head.i + 1:
                return child
    return obj


def _stranded_object(prep: Token) -> list[Token]:
    """ "granted asylum to five officers holed up in ...": the small parser can leave the
    preposition without an object and make the noun the subject of the next clause."""
    doc = prep.doc
    for token in doc[prep.i + 1 : min(len(doc), prep.i + 12)]:
        if token.dep_ not in SUBJECTS | PASSIVE_SUBJECTS or token.pos_ not in {
            "NOUN", "PROPN", "PRON"
        }:  # fmt: skip
            continue
        start, _ = np_bounds(token)
        if start == prep.i + 1 and token.head.i > token.i:
            return [token]
        break
    return []


def object_of(verb: Token) -> list[Token]:
    """Direct object (or the passive subject; or the noun a reduced passive modifies)."""
    if is_passive(verb):
        own = [child for child in verb.children if child.dep_ in PASSIVE_SUBJECTS]
        if own or verb.dep_ != "conj" or not is_verbal(verb.head):
            return own
        # "Protesters marched and were dispersed by police": the conjunct's passive subject
        # is the subject of the verb it is coordinated with.
        return [c for c in verb.head.children if c.dep_ in {"nsubj", *PASSIVE_SUBJECTS}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not stative(verb):
        return [verb.head]
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and is_verbal(verb.head)
        and is_passive(verb.head)
    ):
        # "were killed or wounded": the coordinated participle shares the passive subject.
        return [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECTS]
    objects = [child for child in verb.children if child.dep_ in OBJECTS]
    # "told Putin that ...": some parses make the addressee a dative.
    return (
        objects
        or [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        or _shifted_object(verb)
    )


def _shifted_object(verb: Token) -> list[Token]:
    """ "denounced as a crime Serbia's suppression of ...": a heavy object moved after the
    "as" predicate is parsed as a second object of "as" or an apposition to it."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        shifted = objects[1:] + [a for a in objects[:1] for a in a.children if a.dep_ == "appos"]
        return [o for o in shifted if o.i > objects[0].i]
    return []
