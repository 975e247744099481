"""Epithets: "the regime" is the government the document calls so with its owner named.

A writer calls one government "the regime" (or "the junta") throughout a document, and
names its owner once in a while: "the Zimbabwean regime", "Mugabe's regime", "the Mugabe
regime", "the junta of Myanmar". A later bare "the regime" is that one, whatever
state was named last (``epithets`` in ``sectors.yml``): lexical coreference on the head
noun, where the nearest-state search would take a foe or a host ("Botswana said it would
never arm the regime"). Without an owned mention before it, the ordinary search decides.
"""

from __future__ import annotations

import functools
import re

from sitroom.model import Mention
from sitroom.resolve.actor_kb import KnowledgeBase
from sitroom.resolve.actor_text import fold
from sitroom.resolve.coref import Antecedent, Chain

_BEFORE = re.compile(r"^(?:['’]s)?\s+$")  # "Mugabe's regime", "the Mugabe regime"
_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?$")  # "the junta of Myanmar"


@functools.cache
def _noun(words: frozenset[str]) -> re.Pattern[str]:
    alternation = "|".join(sorted(words))
    return re.compile(rf"(?<![\w-])({alternation})(?![\w-])", re.IGNORECASE)


def epithet_owner(
    kb: KnowledgeBase, chain: Chain, text: str, mention: Mention
) -> Antecedent | None:
    """The owner of the last explicitly owned mention of the epithet ``mention`` is."""
    words = fold(mention.text.strip()).split()
    if len(words) != 2 or words[0] != "the" or words[1] not in kb.words["epithets"]:
        return None
    pattern = _noun(kb.words["epithets"])
    spots = [m for m in pattern.finditer(text, 0, mention.start) if fold(m.group()) == words[1]]
    for spot in reversed(spots):
        for item in reversed(chain.items):
            if item.actor.country is None:
                continue
            covers = item.start < spot.start() and spot.end() <= item.end  # "Zimbabwean regime"
            before = item.end <= spot.start() and _BEFORE.match(text[item.end : spot.start()])
            after = spot.end() <= item.start and _AFTER.match(text[spot.end() : item.start])
            if covers or before or after:
                return item
    return None
