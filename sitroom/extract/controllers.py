"""Who does what a clause leaves without a subject of its own (``arguments``).

- A participle that shares a passive ("was shot, held and beaten", "reported being stopped
  and searched") or a participle small clause ("want them deported") has a patient, not an
  agent: its surface subject is the recipient; only a "by" phrase acts.
- Object control: "put pressure on X to V", "an invitation to X to V" (X does V); a
  non-agent noun's own possessor controls its infinitive ("X's attempt to V"); "a case
  against Y for V-ing", "fined Y for V-ing" (Y does V).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import is_agent
from sitroom.extract.clauses import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    is_passive,
    is_verbal,
    pobjs,
    to_infinitive,
)
from sitroom.extract.lexicon import agents, frames

PARTICIPLES = frozenset({"VBN", "VBD"})
OWN_ARGUMENTS = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "obj", "dative", "ccomp", "attr"}
)
ADDRESSEES = frozenset({"on", "upon", "to"})
AGAINST = frozenset({"against"})
OF = frozenset({"of"})


def _bare_participle(verb: Token) -> bool:
    """A past participle with no subject, auxiliary or object of its own."""
    return (
        verb.tag_ in PARTICIPLES
        and not any(c.dep_ in OWN_ARGUMENTS for c in verb.children)
        and verb.lemma_.lower() not in agents().intransitive_verbs
    )


def shared_passive(  # noqa: PLR0911 - one exit per construction
    verb: Token, depth: int = 0
) -> list[Token] | None:
    """The patients of a participle that shares a passive, or ``None`` if it has none."""
    if depth > 4:
        return None
    governor = verb.head.lemma_.lower() in agents().small_clause_verbs
    if verb.tag_ == "VBN" and verb.dep_ in {"ccomp", "xcomp", "oprd"} and governor:
        own = [c for c in verb.children if c.dep_ == "nsubj"]
        helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass", *OBJECTS}]
        if own and not helpers:
            return own  # "would rather see them deported": a participle small clause
    head = verb.head
    if verb.dep_ not in {"conj", "advcl"} or head.i > verb.i or not is_verbal(head):
        return None
    if not _bare_participle(verb) or (verb.dep_ == "advcl" and verb.tag_ != "VBN"):
        return None
    if is_passive(head):
        own = [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]
        if own or head.dep_ != "xcomp":
            return own
        # "reported being stopped and searched": the raised subject of the passive.
        return [c for c in head.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "conj" and any(
        c.dep_ == "xcomp" and c.i < verb.i and c.tag_ == "VBN" and is_passive(c)
        for c in head.children
    ):  # "said they were being followed and threatened": the parser hangs it on "said"
        return [c for c in head.children if c.dep_ == "nsubj"]
    inner = shared_passive(head, depth + 1)
    return inner if inner else None


def controller(verb: Token) -> list[Token]:
    """Who does an infinitive or gerund that the syntax gives to someone else's subject."""
    head = verb.head
    infinitive = to_infinitive(verb)
    control = frames().object_control
    if infinitive and verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
        if head.lemma_.lower() in control:  # "an invitation to X to visit"
            found = pobjs(head, ADDRESSEES)
            if found:
                return found
        if not is_agent(head):  # "X's attempt to seize", not "X's troops to protect"
            owners = [c for c in head.children if c.dep_ == "poss"]
            return owners or [o for o in pobjs(head, OF) if is_agent(o)]  # "the right of X to"
        return []
    if infinitive and verb.dep_ in {"advcl", "xcomp"} and is_verbal(head):
        for obj in head.children:  # "put pressure on X to V"
            if obj.dep_ in OBJECTS and obj.lemma_.lower() in control:
                found = pobjs(obj, ADDRESSEES) + pobjs(head, frozenset({"on", "upon"}))
                if found:
                    return found
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.lower_ == "for":
        anchor = head.head  # "a case against Y for refusing", "fined Y for refusing"
        objects = [c for c in anchor.children if c.dep_ in OBJECTS]
        against = pobjs(anchor, AGAINST) + [p for o in objects for p in pobjs(o, AGAINST)]
        return against or [o for o in objects if is_agent(o)]
    return []


def light_carrier(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "signed a deal to V": the verb whose subject does V; "signed a pact with X to V"
    (the parser hangs the infinitive on X): X is a co-party, not the only one."""
    if verb.dep_ != "acl" or not to_infinitive(verb):
        return None
    noun, partners = verb.head, []
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and is_agent(noun):
        partners, noun = [noun], noun.head.head
    if is_agent(noun) or noun.dep_ not in OBJECTS or not is_verbal(noun.head):
        return None
    return noun.head, partners
