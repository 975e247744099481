"""Clauses the small model hangs in the wrong place, and the clause each belongs to (for
``subjects.subject_of``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import is_agent
from sitroom.extract.clauses import OBJECTS
from sitroom.extract.lexicon import frames
from sitroom.extract.phrases import RELATIVE_PRONOUNS


def list_start(noun: Token, clause: Token) -> Token:
    """ "a group of miners, students and teachers fighting X": a participle after a
    list that the parser hangs on a member other than the last one modifies the whole list
    (the first member stands for all; members after the participle belong inside it:
    ``phrases.conjuncts``). On the last member it is that member's own ("quarrels, and
    donors funding rival clans")."""
    if not any(c.dep_ == "conj" and c.i < clause.i for c in noun.children):
        return noun
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun


def journey_before(verb: Token) -> Token | None:
    """ "shot at a column of volunteers crossing the river to help X": a purpose infinitive right
    after a participle of motion on a noun is that journey's purpose (the column helps),
    though the parser hangs it on the main verb."""
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is None:
        return None
    for token in [before, *before.ancestors]:
        if token.i == verb.head.i:
            return None
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.right_edge.i == before.i:
            return token if token.lemma_.lower() in frames().motion_verbs else None
    return None


def modal_sibling(verb: Token) -> Token | None:
    """ "said the force would hold the town, continue to fight X and ...", "whether X would
    halt it if that happened or engage in Y": a bare verb the parser joins to a finite one
    continues the bare (or modal) clause before it, below or above that finite verb."""
    head = verb.head
    if verb.tag_ != "VB" or head.tag_ not in {"VBD", "VBN", "VBZ", "VBP", "VBG"}:
        return None
    below = [t for t in head.subtree if t.tag_ == "VB" and t.i < verb.i and t.i != head.i]
    above = [t for t in head.ancestors if t.tag_ == "VB" and t.i < verb.i and _modal(t)]
    # The nearest bare verb below ("try to destroy not just A, but attack B"), else above.
    found = max(below, key=lambda t: t.i) if below else None
    return found or (max(above, key=lambda t: t.i) if above else None)


def _modal(verb: Token) -> bool:
    return any(c.tag_ == "MD" for c in verb.children)


def relative_object_gap(clause: Token) -> bool:
    """A relative clause on an object whose own object is the gap ("fighters that we
    captured", "fighters we captured")."""
    if clause.dep_ != "relcl" or clause.head.dep_ not in OBJECTS:
        return False
    objects = [c for c in clause.children if c.dep_ in OBJECTS]
    return all(c.lower_ in RELATIVE_PRONOUNS for c in objects)


def preceding_relative(verb: Token) -> Token | None:
    """ "the group that has made advances in Aleppo, capturing the city": a participle
    after a relative clause continues it (the parser attaches it to the main verb)."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for token in [doc[verb.i - 2], *doc[verb.i - 2].ancestors]:
        if token.dep_ == "relcl":
            return token if token.i < verb.i and is_agent(token.head) else None
        if token.i == verb.head.i:
            return None
    return None


def stranded_possessor(noun: Token) -> list[Token]:
    """ "their Turkish patrons’ focus": a curly apostrophe after a plural the parser reads as
    punctuation, leaving the possessor outside the noun phrase it owns."""
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].text not in {"’", "'"} or doc[noun.i - 1].dep_ != "punct":
        return []
    owner = doc[noun.i - 2]
    plural = owner.tag_ in {"NNS", "NNPS"} and owner.lower_.endswith("s")
    return [owner] if plural else []  # whether it can act is judged later (``agentive``)
