"""Idioms and goals that make a trigger another sense (pattern keys ``not_governor``,
``not_where``, ``goal_objects``): "took charge of", "hit them where it hurts", "hit its
target for cutting waiting lists"."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import is_agent, is_word
from sitroom.extract.arguments import PLACE_LABELS, object_of
from sitroom.extract.clauses import lemma, to_infinitive
from sitroom.extract.lexicon import frames
from sitroom.extract.patterns import Pattern


def idiom_governor(pattern: Pattern, token: Token) -> bool:
    """ "took charge of the response", "the minister in charge": a bare noun under these
    verbs or prepositions is an idiom of responsibility; "brought charges" lays one."""
    if not pattern.not_governor or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} for c in token.children):
        return False
    phrase = f"{lemma(token.head)} {lemma(token)}"  # "in criticism of X" still criticises
    return token.dep_ in {"dobj", "pobj"} and phrase in pattern.not_governor


def where_idiom(pattern: Pattern, token: Token) -> bool:
    """ "hit them where it hurts": a "where" clause of feeling makes the blow a figure."""
    if not pattern.not_where:
        return False
    heads = [token, *object_of(token)]
    return any(
        c.dep_ in {"advcl", "relcl", "ccomp"} and lemma(c) in pattern.not_where
        and any(w.lower_ == "where" for w in c.children)
        for h in heads for c in h.children
    )  # fmt: skip


def goal_object(pattern: Pattern, token: Token) -> bool:
    """ "hit its target for cutting waiting lists", "struck the 2% inflation target": a
    goal with what it measures is reached, not struck; "hit Isis targets", "hit targets
    in the city" name what was attacked."""
    if not pattern.goal_objects:
        return False
    return any(
        is_word(o, pattern.goal_objects) and _measured(o)
        for o in object_of(token) if not o.ent_type_
    )  # fmt: skip


def _measured(goal: Token) -> bool:
    """The goal says what it measures: a number, a common-noun compound, an infinitive,
    or a "for"/"of"/"on" phrase that is no place or party ("targets of the regime")."""
    verb = goal.head
    for c in goal.children:
        if c.like_num or c.dep_ == "nummod" or c.ent_type_ in {"PERCENT", "MONEY", "QUANTITY"}:
            return True
        if c.dep_ == "compound" and not c.ent_type_ and not place_or_party(c):
            return True
        if c.dep_ == "acl" and to_infinitive(c):
            return True
    # The parser often hangs the goal's "for" phrase on the verb ("hit its target for X").
    preps = [c for c in goal.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "on"}]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    return any(
        o.dep_ == "pcomp" or (o.dep_ == "pobj" and not place_or_party(o) and not _time(o))
        for prep in preps for o in prep.children
    )  # fmt: skip


def _time(noun: Token) -> bool:
    """ "struck targets for a second day": a duration, not what a goal measures."""
    return noun.ent_type_ in {"DATE", "TIME"} or lemma(noun) in {"day", "week", "hour", "night"}


def place_or_party(token: Token) -> bool:
    """A place or a party (not a pronoun): what a blow lands on, no goal measured."""
    return (
        token.ent_type_ in PLACE_LABELS
        or lemma(token) in frames().place_nouns
        or (is_agent(token) and token.pos_ != "PRON")
    )
