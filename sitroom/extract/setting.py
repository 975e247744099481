"""Where and when: toponyms and time expressions governed by the event's clause."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.extract.triggers import Match
from sitroom.model import Mention

# Edges a place or time expression may climb to reach the event's clause
# ("in the outskirts of Hama", "on Tuesday", "last week").
SETTING_EDGES = frozenset(
    {"pobj", "prep", "compound", "appos", "npadvmod", "tmod", "nmod", "conj", "pcomp", "amod",
     "nummod", "advmod", "obl", "dobj", "poss"}
)  # fmt: skip


def _root(doc: Doc, item: Mention) -> Token | None:
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    return span.root if span is not None else None


def _governed(token: Token, anchors: set[int]) -> bool:
    for _ in range(8):
        if token.i in anchors:
            return True
        if token.dep_ not in SETTING_EDGES or token.head.i == token.i:
            return False
        token = token.head
    return token.i in anchors


def governed(
    doc: Doc, match: Match, items: tuple[Mention, ...], *, exclude: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """Mentions of ``items`` attached to the trigger's clause and not inside a participant."""
    anchors = {match.token.i, match.frame.i}
    if match.frame.dep_ == "conj":
        anchors.add(match.frame.head.i)  # "In June 2014, X breached A and occupied B"
    found: list[Mention] = []
    for item in items:
        if any(p.start < item.end and item.start < p.end for p in exclude):
            continue
        root = _root(doc, item)
        if root is not None and root.i not in anchors and _governed(root, anchors):
            found.append(item)
    return tuple(found)
