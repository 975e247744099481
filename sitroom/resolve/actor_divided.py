""" "The North", "the South": the short form of a divided country the document names.

A capitalised compass word standing alone as a party ("the North fired a missile") is,
in news about a divided country, that country's half: after "North Korea" (or "South
Korea", "South Korean") "the North" is North Korea. Only a pair of states the knowledge
base holds both halves of counts ("North X" and "South X"; not "South Africa", after
which "the South" may be another country's region). Without such a name earlier in the
document the mention has no country: the gazetteer's namesake region ("North", a
province of some state) says nothing about who acts.
"""

from __future__ import annotations

import re

from sitroom.resolve.actor_kb import KnowledgeBase
from sitroom.resolve.actor_rules import read

_COMPASS = re.compile(r"(?:[Tt]he\s+)?(North|South)")
_HALF = re.compile(r"\b(North|South)\s+([A-Z][\w-]+)")
_OTHER = {"North": "South", "South": "North"}


def compass_half(text: str) -> str | None:
    """ "North" or "South" if ``text`` is a bare capitalised compass word ("the North")."""
    found = _COMPASS.fullmatch(text.strip())
    return found.group(1) if found else None


def divided_state(kb: KnowledgeBase, text: str, half: str, before: int) -> str | None:
    """The country "the ``half``" stands for: the ``half`` of a divided country named
    before ``before`` (the nearest such name), else none."""
    for found in reversed(list(_HALF.finditer(text, 0, before))):
        name = found.group(2)
        states = [read(f"{side} {name}", kb, day=None) for side in (half, _OTHER[half])]
        # "North Korea", "South Korean troops": a state's name or its demonym.
        known = all(s.kind in {"country", "demonym"} and s.country is not None for s in states)
        if known and states[0].country != states[1].country:
            return states[0].country
    return None
