"""Toponyms coordinated with a recognised toponym: "Mozambique and Botswana".

Coordination joins words of one kind, so a name listed next to a place ("A, B and C",
"A or B") is a place of the same kind when the gazetteer has it by its main name as
that kind: a country next to a country, a province next to a province, a town next to a
town. NER often tags such names PERSON or ORG ("Niger", "Togo", "Akershus") or misses
them. The rule runs along the list in both directions, from each place it adds.
"""

from __future__ import annotations

import re

from sitroom.model import Mention
from sitroom.resolve.gazetteer import MAIN, Gazetteer, normalise
from sitroom.resolve.place_lookups import PlaceLookups, lookup

# The class of a feature code: what coordination may join.
_CLASS = {"PCLI": "country", "ADM1": "division", "ADM2": "district", "PPL": "town",
          "PPLC": "town", "RGN": "region", "CONT": "region"}  # fmt: skip
_WIDE_CLASSES = frozenset({"country", "division", "region"})
_NAME = r"[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|de|del|do|da|of|the)){0,3}"
_AFTER = re.compile(rf"(,)?[ \t]*((?:and|or)[ \t]+)?({_NAME})")
_BEFORE = re.compile(rf"({_NAME})(?:(,)[ \t]*|[ \t]+(and|or)[ \t]+)$")
_ROUNDS = 10  # lists longer than this many steps from a tagged place are rare


def coordinated(
    text: str, mentions: list[Mention], people: list[Mention],
    gazetteer: Gazetteer, lookups: PlaceLookups,
) -> list[Mention]:  # fmt: skip
    """New mentions listed next to ``mentions`` (which they must not overlap).

    Towns are common words and surnames ("in Boston, Wagner said"): a town joins only
    by "and"/"or" and outside a PERSON span; a country or division joins by a comma too,
    and even when the NER took it for a person ("Zambia, Malawi, and Mozambique").
    """
    taken = list(mentions)
    frontier = list(mentions)
    added: list[Mention] = []
    for _ in range(_ROUNDS):
        found: list[Mention] = []
        for anchor in frontier:
            kinds = _classes(anchor.text, gazetteer, lookups, main_only=False)
            for neighbour, conjunction in _neighbours(text, anchor) if kinds else []:
                if any(neighbour.start < o.end and o.start < neighbour.end for o in taken):
                    continue
                person = any(neighbour.start < p.end and p.start < neighbour.end for p in people)
                allowed = kinds if conjunction and not person else kinds & _WIDE_CLASSES
                if _listable(neighbour.text, lookups) and allowed & _classes(
                    neighbour.text, gazetteer, lookups, main_only=True
                ):
                    found.append(neighbour)
                    taken.append(neighbour)
        if not found:
            break
        added += found
        frontier = found
    return added


def _neighbours(text: str, anchor: Mention) -> list[tuple[Mention, bool]]:
    """The names listed right after and right before ``anchor``, each with whether a
    conjunction ("and", "or") joins it."""
    found = []
    after = _AFTER.match(text, anchor.end)
    if after and (after.group(1) or after.group(2)):
        found.append((_trimmed(text, after.start(3), after.end(3)), bool(after.group(2))))
    offset = max(0, anchor.start - 60)
    before = _BEFORE.search(text[offset : anchor.start])
    if before:
        mention = _trimmed(text, offset + before.start(1), offset + before.end(1))
        found.append((mention, bool(before.group(3))))
    return [(mention, joined) for mention, joined in found if mention.end > mention.start]


def _trimmed(text: str, start: int, end: int) -> Mention:
    """The longest leading words of a run that are capitalised (no trailing "of the")."""
    words = text[start:end].split()
    while words and not words[-1][:1].isupper():
        words.pop()
    surface = " ".join(words)
    surface = re.sub(r"['’]s$", "", surface)
    return Mention(surface, start, start + len(surface))


def _listable(surface: str, lookups: PlaceLookups) -> bool:
    key = normalise(surface)
    return surface[:1].isupper() and key not in lookups.demonyms and key not in lookups.qualifiers


def _classes(
    surface: str, gazetteer: Gazetteer, lookups: PlaceLookups, *, main_only: bool
) -> set[str]:
    return {
        _CLASS[entry.feature_code]
        for entry, kind in lookup(surface, gazetteer, lookups)
        if entry.feature_code in _CLASS and (kind == MAIN or not main_only)
    }
