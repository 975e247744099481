""" "The former" and "the latter": the first or the last of the parties coordinated just
before ("the army and its allies ... after the latter seized the town" -> its allies)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.extract.agents import is_agent

# Which member of the coordination each anaphor picks.
MEMBER = {"former": 0, "latter": -1}
NOMINAL_SLOTS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "obj", "pobj", "poss", "conj", "appos", "attr", "dative"}
)
SENTENCES_BACK = 2
NOMINAL = frozenset({"NOUN", "PROPN"})


def is_anaphor(token: Token) -> bool:
    """ "the former", "the latter('s)" heading a noun phrase (not "the former minister")."""
    return (
        token.lower_ in MEMBER
        and token.dep_ in NOMINAL_SLOTS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def antecedent(token: Token) -> Token | None:
    """The party "the former"/"the latter" stands for: a member of the nearest preceding
    coordination of agents ("A and B"), else of the last two parties named in its own
    sentence ("A fought B before the former ..."), else of a coordination in the two
    sentences before; ``None`` when there is none (the anaphor stays, for the resolver)."""
    doc = token.doc
    here = token.sent.start
    start = here
    for _ in range(SENTENCES_BACK):
        if start > 0:
            start = doc[start - 1].sent.start
    members = _coordination(doc[here : token.i]) or _last_two(doc[here : token.i])
    members = members or _coordination(doc[start:here])
    return members[MEMBER[token.lower_]] if members else None


def _coordination(tokens: Span) -> list[Token]:
    """The last two members of the last coordination headed by an agent among ``tokens``
    ("former" and "latter" pick out of two; a longer list is mostly a misparse that joins
    the end of one clause to the subject of the next: "over Tromso, Oslo and Bergen")."""
    members: list[Token] = []
    end = tokens.end
    for first in tokens:
        if first.dep_ == "conj" or not is_agent(first):
            continue
        found = [first, *(c for c in first.conjuncts if c.i < end and c.pos_ in NOMINAL)]
        if len(found) >= 2 and max(t.i for t in found) > max((t.i for t in members), default=-1):
            members = sorted(found, key=lambda t: t.i)
    return members[-2:]


def _last_two(tokens: Span) -> list[Token]:
    """The last two parties named as phrases of their own ("A fought B")."""
    heads = [
        t for t in tokens
        if t.dep_ in NOMINAL_SLOTS and t.pos_ in NOMINAL and is_agent(t)
    ]  # fmt: skip
    return heads[-2:] if len(heads) >= 2 else []
