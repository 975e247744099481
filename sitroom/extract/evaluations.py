"""Negative evaluations voiced about a party or its act: "described the incursion as
reckless", "dismissed the summit as a charade", "said the blockade was illegal" (PLOVER
ACCUSE, disapprove). The judged thing must be a party, a party's marked act ("the Freedonian
blockade") or an act noun; "said the food was awful" judges nothing political."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import NAME_LABELS, is_agent
from sitroom.extract.clauses import lemma
from sitroom.extract.complements import extraposed_subjects
from sitroom.extract.lexicon import evaluation
from sitroom.extract.patterns import default_patterns

PREDICATIVE = frozenset({"oprd", "acomp", "attr"})
# The parser hangs "as reckless" on "as" in many ways.
AS_DEPS = frozenset({"pobj", "amod", "acomp", "pcomp", "advmod", "attr", "dobj", "npadvmod"})


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return tokens + [c for t in tokens for c in t.conjuncts]


def _judgements(trigger: Token) -> list[Token]:
    """What the trigger predicates of the judged thing: "as reckless", "a violation", or
    the predicate of a copular complement ("said the blockade was illegal")."""
    found = [c for c in trigger.children if c.dep_ in PREDICATIVE]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            found += [c for c in prep.children if c.dep_ in AS_DEPS]
    for comp in trigger.children:
        if comp.dep_ == "ccomp" and lemma(comp) == "be":
            found += [c for c in comp.children if c.dep_ in {"acomp", "attr"}]
    return _with_conjuncts(found)


def _negative(word: Token) -> bool:
    lex = evaluation()
    if lemma(word) in lex.negative or word.lower_ in lex.negative:
        return True
    if lemma(word) in lex.attempt_nouns:  # "an attempt to circumvent the process"
        return any(lemma(c) in lex.undermining for c in word.children if c.dep_ in {"acl", "xcomp"})
    # "a flagrant violation", "a dangerous provocation": the noun or its modifier judges.
    return word.pos_ == "NOUN" and any(
        c.dep_ == "amod" and lemma(c) in lex.negative for c in word.children
    )


def _judged(trigger: Token) -> Token | None:
    """The thing judged: the object ("described X as"), the passive subject ("X was
    described as"), or the subject of the copular complement ("said X was")."""
    for comp in trigger.children:
        # "argued it was unacceptable for X to stay - a reference to Y": the parser may take an
        # appended apposition for an object; the extraposed party is what is judged.
        copular = comp.dep_ == "ccomp" and lemma(comp) == "be"
        extraposed = extraposed_subjects(comp) if copular else []
        if extraposed:
            return extraposed[0]
    for child in trigger.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
    for comp in trigger.children:
        if comp.dep_ == "ccomp" and lemma(comp) == "be":
            # "said it was unacceptable for Chile to stay": Chile's act is judged.
            subjects = extraposed_subjects(comp) or [c for c in comp.children if c.dep_ == "nsubj"]
            return subjects[0] if subjects else None
    return None


def _political(thing: Token) -> bool:
    """A party, a party's act ("Freedonia's move", "the Freedonian blockade") or an act."""
    if thing.tag_ == "PRP" and thing.lower_ in {"it", "this", "that"}:
        return False  # "said it was unacceptable": what "it" is stays open
    if is_agent(thing):
        return True
    if lemma(thing) in evaluation().charges:
        return False  # "dismissed the allegations as baseless" denies a charge (REJECT)
    marked = any(
        c.dep_ in {"poss", "amod", "compound", "nmod"}
        and (c.ent_type_ in NAME_LABELS or is_agent(c))
        for c in thing.children
    )
    act = lemma(thing) in evaluation().act_nouns or bool(
        default_patterns().candidates(lemma(thing))
    )
    return marked or act


def evaluates(trigger: Token) -> bool:
    """Does the trigger voice a negative judgement of a party or its act?"""
    thing = _judged(trigger)
    if thing is None or not _political(thing):
        return False
    # "dismissed the summit as a meeting of friends": the verb judges an act; a person
    # "dismissed as coach" loses a post, so only an active verb on a non-party counts.
    dismissed = thing.dep_ == "dobj" and not is_agent(thing)
    if (
        dismissed
        and lemma(trigger) in evaluation().dismissive
        and any(c.dep_ == "prep" and c.lower_ == "as" and any(c.children) for c in trigger.children)
    ):
        return True
    return any(_negative(j) for j in _judgements(trigger))
