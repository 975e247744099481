"""Mentions of a people living in several states ("Kurdish fighters", "the Kurds").

PLOVER codes states, not nations: such a people has no country of its own
(``demonyms.yml``, ``stateless``), and the states its sentence names are as often its foes
or hosts as its home ("Baloch fighters fleeing Ghana's army" are not Ghanaian).
So a mention it modifies takes a country only

- from its own words ("Iraqi Kurds", "Kurdish forces in Iraq": ``actor_rules.read``);
- from a named group in apposition ("the Kurdish guerrillas, the PKK,", "Tamil units
  (LTTE)"): that group, country and sector (``named_group``);
- from the one state it is located in: a state or place of its sentence after a locative
  preposition ("Tuareg fighters ambushed a patrol in Niger"), else the state the document is
  clearly set in: the one its towns and regions lie in, at least three of them and twice
  as many as in any other state (``located_state``). A bare people ("the Kurds") has no
  sector and so takes neither.

Its "forces", "troops" or "commander" are no state's army: REB (``actor_rules.read``).
An armed side named by whom it backs or fights ("pro-regime fighters") takes a country the
same way (``Reading.located``), keeping its own sector.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from sitroom.model import Mention, Place, Sentence
from sitroom.resolve.actor_kb import KnowledgeBase
from sitroom.resolve.actor_relations import locative
from sitroom.resolve.actor_rules import Reading, read

_SCENE_LEAST = 3  # towns and regions of one state that set a document there
# ", the PKK," / " (LTTE)" right after the mention.
_APPOSITION = re.compile(
    r"^(?:,\s+((?:the\s+)?[^,.;:()“”\"]{2,60}?)\s*(?:[,.;:]|$)|\s+\(([^()]{2,60})\))"
)


def named_group(
    kb: KnowledgeBase, text: str, mention: Mention, day: dt.date | None
) -> Reading | None:
    """The organisation named in apposition to a people's description, if any."""
    found = _APPOSITION.match(text[mention.end : mention.end + 80])
    if found is None:
        return None
    other = read(found.group(1) or found.group(2), kb, day=day)
    return other if other.organisation is not None and other.person is None else None


def located_state(
    kb: KnowledgeBase,
    text: str,
    sentence: Sentence,
    span: tuple[int, int],
    *,
    named: Sequence[tuple[int, str]],
    places: Sequence[Place],
) -> str | None:
    """The one state that the states (``named``: offset, country) and gazetteer places of
    the sentence after a locative preposition ("in", "inside", "across" ...) name, outside
    the mention ``span``; else the state the document's ``places`` are set in."""
    inside = [(p.start, p.country) for p in places if sentence.start <= p.start < sentence.end]
    states = {
        country
        for at, country in (*named, *inside)
        if country is not None
        and not span[0] <= at < span[1]
        and locative(kb, text, at, sentence.start)
    }
    if len(states) == 1:
        return states.pop()
    return None if states else scene_state(places)


def scene_state(places: Sequence[Place]) -> str | None:
    """The state the document's towns and regions (not states) clearly lie in."""
    counts = Counter(p.country for p in places
                     if p.country and (p.resolution or 1) > 1 and not p.estimated)  # fmt: skip
    ranked = counts.most_common(2)
    if not ranked:
        return None
    top, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if count >= _SCENE_LEAST and count >= 2 * second else None
