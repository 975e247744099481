"""Where a person is from, when no title or demonym says it.

News names a private person's home as often as a nationality: "Ola Berg, 31, from
Tromvik, Troms,", "Joe Bloggs, of Leeds,", "the Bristol-born medic". A person is
taken to be of the state that home is in, read after nothing else gave a country:

- ``home_after``: ", [age,] from/of PLACE" right after a person's name;
- ``birthplace``: "PLACE-born" (or -raised, -bred) inside the mention.

The place's state comes from the knowledge base (countries, capitals, big cities), else
from the place the gazetteer resolved at that spot in the document, else from the place
the name mostly means: the most populous place by that main name, five times as populous
as any place of another state by it ("Leeds" GBR, not the town in Alabama).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitroom.model import Place
from sitroom.resolve import gazetteer
from sitroom.resolve.actor_kb import KnowledgeBase
from sitroom.resolve.actor_rules import read

_DIRECTIONS = "north|south|east|west|central|northern|southern|eastern|western"
# A capitalised place name of up to three words, maybe after a direction ("west London");
# not a determiner ("The Bristol-born ...").
_PLACE = (
    r"(?!(?:The|A|An|His|Her|Their|Its)\s)"
    rf"((?:(?:{_DIRECTIONS})(?:-(?:east|west))?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})"
)
# ", 31, from Tromvik" / ", aged 40, of Leeds" / ", from Bristol"
_HOME = re.compile(rf"^,\s+(?:(?:aged\s+)?\d{{1,3}},\s+)?(?:from|of)\s+{_PLACE}")
_BORN = re.compile(rf"\b{_PLACE}-(?:born|raised|bred)\b")
_PLACE_KINDS = frozenset({"country", "capital", "city", "partial", "demonym"})
_RIVALS = 5  # how many times more populous than any namesake of another state
_SMALLEST = 5_000  # a hamlet's name says too little


def _mostly(name: str) -> str | None:
    """The state of the place ``name`` mostly means, if one clearly does."""
    entries = [e for e, kind in gazetteer.open_index().lookup(name)
               if kind == gazetteer.MAIN and e.country]  # fmt: skip
    if not entries:
        return None
    best = max(entries, key=lambda e: e.population)
    rivals = [e.population for e in entries if e.country != best.country]
    if best.population < _SMALLEST or any(best.population < _RIVALS * p for p in rivals):
        return None
    return best.country


def _state_of(kb: KnowledgeBase, name: str, at: int, places: Sequence[Place]) -> str | None:
    """The state of the place ``name`` found at offset ``at`` of the document."""
    reading = read(name, kb, day=None)
    if reading.kind in _PLACE_KINDS and reading.organisation is None:
        return reading.country
    resolved = next((p for p in places if p.start <= at < p.end), None)
    if resolved is not None:
        return resolved.country
    bare = re.sub(r"^\S+\s+(?=[A-Z])", "", name) if name[:1].islower() else name
    return _mostly(bare)


def home_after(kb: KnowledgeBase, text: str, end: int, places: Sequence[Place]) -> str | None:
    """ "Ola Berg, 31, from Tromvik,": the state of the home named after the name ending
    at ``end``."""
    found = _HOME.match(text[end : end + 80])
    if found is None:
        return None
    return _state_of(kb, found.group(1), end + found.start(1), places)


def birthplace(kb: KnowledgeBase, text: str, start: int, places: Sequence[Place]) -> str | None:
    """ "the Bristol-born medic": the state of the birthplace inside the mention ``text``
    found at ``start``."""
    found = _BORN.search(text)
    if found is None:
        return None
    return _state_of(kb, found.group(1), start + found.start(1), places)
