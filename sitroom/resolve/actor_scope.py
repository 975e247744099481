"""Names a sentence holds that do not speak for its other participants.

- ``is_source``: an organisation cited as the source ("A UN report said the militia had
  shelled ...", "according to Amnesty, police ...") is how the article knows, not the
  owner of the reported clause: "the militia" is not the UN's. A pronoun or a possessive
  description may still take it ("The UN said its peacekeepers were attacked": "its" is
  the UN; so is "the organisation's" in "The UN said the organisation's staff ...").
- ``on_counterpart``: a state named on a counterpart ("his Russian counterpart",
  "his counterpart in Moscow") is, by the meaning of the word, another state than the
  person's; it is no sentence context for "the foreign minister".
- ``place_target``: a capital that is the target of a material act ("bombers attacked
  Paris") is the place, its country without a sector; in diplomatic acts it stays the
  government ("Washington accused Moscow").
"""

from __future__ import annotations

import functools
import re

from sitroom.model import Actor, Mention
from sitroom.resolve.actor_kb import KnowledgeBase
from sitroom.resolve.actor_rules import Reading, actor_of
from sitroom.resolve.actor_text import fold
from sitroom.resolve.coref import Chain

# Up to three lower-case words between the name and the verb: "A UN report said",
# "the UN's latest report says".
_BETWEEN = r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,3}?"


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])


def _patterns(kb: KnowledgeBase) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = kb.words
    return _compiled(words["reporting_verbs"], words["source_lead"], words["counterparts"])


@functools.cache
def _compiled(
    verbs: frozenset[str], leads: frozenset[str], counterparts: frozenset[str]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verb = re.compile(rf"^{_BETWEEN}\s+(?:{_alternation(verbs)})\b")
    lead = re.compile(rf"\b(?:{_alternation(leads)})\s+(?:the\s+|an?\s+)?$", re.I)
    nouns = _alternation(counterparts)
    counterpart = re.compile(
        rf"^\s+(?:[a-z]\w*\s+)?(?:{nouns})\b|\b(?:{nouns})\s+(?:in|from|of)\s+(?:the\s+)?$", re.I
    )
    return verb, lead, counterpart


def is_source(kb: KnowledgeBase, text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is cited as a source: the subject of a reporting
    verb (with up to three lower-case words between) or the object of "according to"."""
    verb, lead, _ = _patterns(kb)
    return bool(verb.match(text[end : end + 80]) or lead.search(text[max(0, start - 30) : start]))


def on_counterpart(kb: KnowledgeBase, text: str, start: int, end: int) -> bool:
    """Whether the state named at ``start:end`` is a counterpart's ("Russian counterpart",
    "counterpart in Moscow")."""
    *_, counterpart = _patterns(kb)
    return bool(
        counterpart.match(text[end : end + 40])
        or counterpart.search(text[max(0, start - 40) : start])
    )


def without_sources(
    kb: KnowledgeBase, chain: Chain, text: str, here: int | None, *, of: str = ""
) -> Chain:
    """The antecedents, less organisations cited as sources in the sentence at ``here``:
    a description ("the militia", "the group") in the reported clause is not theirs. As
    the owner in the description ``of`` ("the group's members") it may be, like "its"."""
    if here is None or "'s " in fold(of):
        return chain
    return chain.without(
        lambda a: a.start >= here and a.organisation and is_source(kb, text, a.start, a.end)
    )


def place_target(
    kb: KnowledgeBase, reading: Reading, actor: Actor, event_type: str | None, *, scope: str
) -> Actor:
    """A capital standing for its government, as the target of a material act: the place
    (its country, no sector)."""
    material = event_type is not None and fold(event_type) in kb.words["place_targets"]
    metonym = reading.metonym and reading.kind == "capital" and reading.country is not None
    if not (material and metonym and actor.country == reading.country and actor.sector == "GOV"):
        return actor
    assert actor.start is not None and actor.end is not None
    place = Reading(country=reading.country, named=True, kind=reading.kind)
    mention = Mention(actor.text, actor.start, actor.end)
    return actor_of(kb, place, mention, scope=scope, antecedent=actor.antecedent)
