"""Pronouns and the clause they stand in.

- ``complement_subject``: "it"/"they" opening the complement of a saying, fearing or
  warning predicate ("Israel, wary of the militia, said it would ...", "amid fears it may
  be hit") is the sentence's opening subject; appositive and participial adjuncts set off
  by commas are skipped. An object between the predicate and the pronoun ("warned Turkey
  that it") leaves the pronoun to the ordinary search.
- ``adjunct_subject``: "he"/"she" opening an adverbial clause with no comma before it
  ("X is touring the north as he visits ...") is the person who opens the sentence as its subject,
  not a person named on the way (centering: the main clause's subject is the preferred
  centre); a gender an earlier pronoun gave that person must agree.
- ``unbound``: a pronoun or a definite description never refers to what another argument
  of its own event names ("he demanded the Syrian leader resign": "he" is not that leader;
  "Chad fought the government": the government is not Chad's); those
  antecedents are left out of its search.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from sitroom.model import Mention
from sitroom.resolve.actor_kb import KnowledgeBase
from sitroom.resolve.actor_relations import goal_of_act
from sitroom.resolve.actor_rules import Reading, read
from sitroom.resolve.actor_text import fold
from sitroom.resolve.coref import Antecedent, Chain, opening_subjects, subject_party

_PRONOUNS = frozenset({"it", "they"})
_PERSONAL = frozenset({"he", "him", "she", "it", "they", "them"})
_ADJUNCT = re.compile(r",[^,]*,")  # ", unwilling to ...,", ", which captured ...,"


@functools.cache
def _predicate(verbs: frozenset[str], nouns: frozenset[str]) -> re.Pattern[str]:
    alternation = "|".join(sorted(verbs | nouns, key=len, reverse=True))
    when = r"(?:\s+(?:at|on|in|last|this|earlier|later)\b[^,.;]{0,25}?)?"  # "said on Monday"
    return re.compile(rf"\b(?:{alternation}){when}\s+(?:that\s+)?$", re.IGNORECASE)


def complement_subject(
    kb: KnowledgeBase, chain: Chain, text: str, mention: Mention, here: int | None
) -> Antecedent | None:
    """The opening subject, for "it"/"they" right after a saying verb or fear noun."""
    pronoun = fold(mention.text.strip())
    if here is None or pronoun not in _PRONOUNS:
        return None  # checked first: this runs for every anaphor
    predicate = _predicate(kb.words["reporting_verbs"], kb.words["fear_nouns"]).search(
        text[here : mention.start]
    )
    if predicate is None:
        return None
    opening = opening_subjects(chain, text, here, here + predicate.start())
    if not opening:
        return None
    subject = opening[0]
    # Between the subject and the predicate only adjuncts set off by commas may name others.
    gap = text[subject.end : here + predicate.start()]
    bare = _ADJUNCT.sub(lambda m: " " * len(m.group()), gap)
    if any(bare[a.start - subject.end : a.end - subject.end].strip() for a in opening[1:]):
        return None
    if not subject_party(subject):
        return None
    return subject if subject.plural == (pronoun == "they") else None  # number agrees


# "as he", not ", though he": a clause set off by a comma is left to the nearest search.
_SUBORDINATE = re.compile(r"(?<![,;])\s(\w+)\s+$")
_CONNECTIVES = frozenset({"but", "and", "yet", "so", "meanwhile", "now", "later", "earlier"})


def opens(
    kb: KnowledgeBase, text: str, here: int, subject: Antecedent, connectives: frozenset[str]
) -> bool:
    """Whether ``subject`` opens the sentence at ``here`` as its subject: only
    ``connectives`` and titles before it ("But Labour MP ..."), and its verb after it."""
    words = kb.words["person_nouns"] | kb.words["title_lowercase"] | connectives
    opening = text[here : subject.start].replace(",", " ").split()
    if any(fold(w) not in words and not w[:1].isupper() for w in opening):
        return False
    return re.match(r"\s+[a-z]", text[subject.end : subject.end + 3]) is not None


def adjunct_subject(
    kb: KnowledgeBase, chain: Chain, text: str, mention: Mention, here: int | None
) -> Antecedent | None:
    """The person opening the sentence, for "he"/"she" right after a subordinator."""
    pronoun = fold(mention.text.strip())
    if here is None or pronoun not in {"he", "she"}:
        return None
    clause = _SUBORDINATE.search(text, here, mention.start)
    if clause is None or fold(clause.group(1)) not in kb.words["subordinators"]:
        return None
    subject = next((a for a in chain.items if here <= a.start and a.end <= clause.start()), None)
    if subject is None or not subject.person or not opens(kb, text, here, subject, _CONNECTIVES):
        return None
    gender = chain.genders.get(subject.actor.id or "")
    return None if gender is not None and gender != pronoun else subject


def _reading(kb: KnowledgeBase, text: str, day: dt.date | None) -> Reading:
    """A co-argument's reading; a small clause's verb is dropped ("the leader resign")."""
    reading = read(text, kb, day=day)
    words = text.split()
    if not reading.person_like and len(words) > 2:
        shorter = read(" ".join(words[:-1]), kb, day=day)
        return shorter if shorter.person_like else reading
    return reading


def unbound(
    kb: KnowledgeBase,
    chain: Chain,
    text: str,
    mention: Mention,
    *,
    others: Sequence[tuple[int, int]],
    day: dt.date | None,
    definite: bool = False,
) -> Chain:
    """The antecedents less those another argument of the pronoun's (or ``definite``
    description's) event names."""
    pronoun = fold(mention.text.strip())
    plural = pronoun in {"they", "them"}
    if pronoun not in _PERSONAL and not definite:  # "the US backs its plan": may be bound
        return chain
    readings = [
        _reading(kb, text[a:b], day) for a, b in others if (a, b) != (mention.start, mention.end)
    ]
    readings = [r for r in readings if r.country is not None]

    def named(item: Antecedent) -> bool:
        actor = item.actor
        if plural and not (item.plural or item.organisation or item.possessive) and item.state:
            # "The family fled to Jordan, where they ...": a singular goal is no "they".
            return goal_of_act(kb, text, item.start, 0, verbs=False)
        for r in readings:
            person = r.person_like or r.person is not None
            if r.country != actor.country or person != item.person:
                continue
            if r.person is not None and r.person.id != actor.id:
                continue
            if r.sector == actor.sector:
                return True
        return False

    return chain.without(named)
