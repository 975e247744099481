"""Whom the purpose clause of an act addresses or opposes ("marched to demand reforms by
the government"): a role of protests, demands and other acts (``arguments``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import is_agent
from sitroom.extract.clauses import object_of, pobjs, to_infinitive

BY = frozenset({"by"})

PURPOSE_PREPS = frozenset({"by", "for", "against", "of", "on", "to", "from"})
# Purposes that address or oppose someone: "marched to demand ...", "to show anger at ...".
PURPOSE_VERBS = frozenset(
    {"demand", "protest", "oppose", "denounce", "condemn", "show", "express", "voice", "press",
     "urge", "call", "seek", "reject", "decry", "challenge", "pressure", "force"}
)  # fmt: skip


def purpose_targets(trigger: Token, frame: Token) -> list[Token]:
    """ "marched to demand reforms by the government", "to show their anger at the United
    States' policies": whom the purpose clause of an act addresses or opposes."""
    for clause in [*trigger.children, *(frame.children if frame.i != trigger.i else ())]:
        purpose = (
            clause.dep_ in {"advcl", "xcomp", "acl"}
            and clause.lemma_.lower() in PURPOSE_VERBS
            and to_infinitive(clause)
        )
        if not purpose:
            continue
        for obj in object_of(clause) + pobjs(clause, PURPOSE_PREPS):
            found = _addressee(obj)
            if found:
                return found
    return []


def _addressee(phrase: Token, depth: int = 0) -> list[Token]:
    """The named party a demanded or opposed thing belongs to, or is asked of."""
    if is_agent(phrase) and phrase.pos_ != "PRON":
        return [phrase]
    owners = [c for c in phrase.children if c.dep_ == "poss" and c.pos_ != "PRON" and is_agent(c)]
    if owners or depth >= 2:
        return owners
    # "the return of land seized by the army": the agent of a reduced passive too.
    seized = [c for c in phrase.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    inner = pobjs(phrase, PURPOSE_PREPS) + [o for c in seized for o in pobjs(c, BY)]
    return [found for obj in inner for found in _addressee(obj, depth + 1)]


# Purposes that keep someone off a place or party: "to defend the town from X".
DEFENCE_VERBS = frozenset({"defend", "protect", "shield", "guard", "save", "secure"})
OPPONENT_PREPS = frozenset({"from", "against"})


def defended_from(trigger: Token, frame: Token) -> list[Token]:
    """ "a long battle to protect the valley from the militia", "fought to guard the port
    against the rebels": the fight's other side is whom the purpose keeps off."""
    for clause in [*trigger.children, *(frame.children if frame.i != trigger.i else ())]:
        defence = clause.dep_ in {"advcl", "xcomp", "acl", "relcl"} and to_infinitive(clause)
        if defence and clause.lemma_.lower() in DEFENCE_VERBS:
            return pobjs(clause, OPPONENT_PREPS)
    return []
