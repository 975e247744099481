"""A bare generic noun for armed non-state fighters, told of the one group just named.

"Isis held the town. About 100 militants surrendered": news re-mentions an armed group by
a generic noun (militants, jihadists, insurgents, fighters). Such a noun with no modifier
of its own (only determiners and counts) is that group when its sentence and the one
before name exactly one armed non-state group; with two groups ("the SDF fought Isis")
it stays unresolved, as does "foreign fighters", "Kurdish fighters" or "the army".
"""

from __future__ import annotations

import re

from sitroom.model import Mention
from sitroom.resolve.actor_kb import KnowledgeBase
from sitroom.resolve.actor_rules import ARMED_NON_STATE, Reading
from sitroom.resolve.actor_text import fold
from sitroom.resolve.coref import Antecedent, Chain

# Words that may stand before the noun: determiners, quantities, hedges on a count.
_COUNTING = frozenset({
    "a", "an", "the", "some", "about", "around", "approximately", "estimated", "more", "than",
    "at", "least", "nearly", "almost", "over", "up", "to", "dozens", "hundreds", "thousands",
    "of", "several", "many", "few", "scores", "numbers", "remaining",
})  # fmt: skip
_NUMBER = re.compile(r"^[\d,.]+$")


def generic_fighters(kb: KnowledgeBase, text: str, reading: Reading) -> bool:
    """Whether the mention is only a generic armed noun, counted ("about 100 militants")."""
    if reading.named or reading.located or reading.country is not None:
        return False
    if reading.sector not in ARMED_NON_STATE:
        return False
    words = fold(text.strip()).split()
    if not words or words[-1] not in kb.words["generic_fighters"]:
        return False
    return all(w in _COUNTING or _NUMBER.match(w) for w in words[:-1])


def one_armed_group(chain: Chain, mention: Mention, window: int | None) -> Antecedent | None:
    """The one armed non-state group named from ``window`` (the previous sentence's start)
    up to the mention; None with none or several."""
    if window is None:
        return None
    groups = [
        item for item in chain.items
        if window <= item.start and item.end <= mention.start and item.organisation
        and item.actor.country is not None and item.actor.sector in ARMED_NON_STATE
    ]  # fmt: skip
    if len({item.actor.id or item.actor.text for item in groups}) != 1:
        return None
    return groups[-1]
