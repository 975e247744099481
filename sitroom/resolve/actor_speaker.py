"""First-person pronouns inside a quotation: the attributed speaker speaks for them.

In "“We will not free them,” the commander said", "we" is the commander's side: the
organisation or country the speaker resolves to ("we" after an SDF commander is the SDF's
country and sector; after a government spokesman, that government). "I" and "me" are the
speaker in person. Only a pronoun inside the quotation marks of the attributed sentence
is read this way: "we" in the reporter's own words is not the speaker's. So is a bare
state institution ("the state", "the government", "the police") in a quotation that has
named no state before it: like "we", it is the speaker's own state's ("The state hounded
us," said a Dutch volunteer: NLD); not "the regime" (``epithets``), which nobody
calls their own government, nor an institution of an organisation speaking.

Two more salience rules live here, both preferring a named party over the nearest one:

- ``clause_subject``: "it"/"they" right after a comma and a subordinator (", even if it",
  ", saying it") takes the subject that opens its sentence, not a nearer object or
  prepositional noun (centering: "The EU backs the deal the US left, even if it ...");
- ``office_holder``: "the president" takes the most recently named person who held that
  office on the publication day, not the holder in the last state named.

``pronoun_gender`` reads "he"/"she" so that a person one gender of pronoun referred to is
not taken by the other later (``coref.Chain.genders``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from sitroom.model import Actor, Mention
from sitroom.resolve.actor_kb import NON_STATE, KnowledgeBase
from sitroom.resolve.actor_names import names_in
from sitroom.resolve.actor_quote import quoted
from sitroom.resolve.actor_rules import Reading, actor_of, read, relabel
from sitroom.resolve.actor_text import fold, tokenize
from sitroom.resolve.coref import (
    STATE_SECTORS,
    Antecedent,
    Chain,
    opening_subjects,
    subject_party,
)

Voice = Literal["singular", "plural", "own"]
_OPEN = "“"
_STATE_ID = re.compile(r"^[A-Z]{3}(?:-[A-Z]{3})?$")  # "SYR", "GBR-GOV": a state or its sector
# ", even if it": a subordinator after a comma opens a clause on the main clause, where
# "defend Riyadh if it is attacked" (no comma) hangs on the nearer verb.
_CLAUSE = re.compile(r",\s+(?:(?:even|only|just)\s+)?(\w+)\s+$")
_COMPOUND = re.compile(r"-\w+\s+")  # "NATO-member Norway"


def first_person(kb: KnowledgeBase, text: str) -> Voice | None:
    """ "we"/"us"/"our fighters" -> plural; "I"/"me" -> singular; else None."""
    words = fold(text.strip()).split()
    if len(words) == 1 and words[0] in kb.words["first_singular"]:
        return "singular"
    if len(words) == 1 and words[0] in kb.words["first_plural"]:
        return "plural"
    return "plural" if len(words) > 1 and words[0] == "our" else None


def own_state(kb: KnowledgeBase, text: str, mention: Mention) -> Voice | None:
    """ "own" for "the state", "the government", "the police" ... in a quotation that names
    no state before it (``quoted`` is checked by the caller); else None."""
    words = fold(mention.text.strip()).split()
    if len(words) != 2 or words[0] != "the" or words[1] in kb.words["epithets"]:
        return None  # the cheap test first: this runs for every mention of a quote
    reading = read(mention.text, kb, day=None)
    if reading.sector not in STATE_SECTORS or reading.weak or reading.named:
        return None
    if reading.person_like or reading.role is not None:
        return None  # "the president" is an office holder (``office_holder``)
    before = text[max(0, mention.start - 600) : mention.start]
    quote = before[max(before.rfind(_OPEN), before.rfind('"')) + 1 :]
    states = [e for *_, entries in names_in(kb, tokenize(quote), quote) for e in entries
              if e.kind in {"country", "capital", "demonym", "partial"}]  # fmt: skip
    return None if states else "own"


def voice_of(kb: KnowledgeBase, text: str, mention: Mention) -> Voice | None:
    """Whose voice a mention inside a quotation is: ``first_person``, else ``own_state``."""
    return first_person(kb, mention.text) or own_state(kb, text, mention)


def pronoun_gender(kb: KnowledgeBase, text: str) -> str | None:
    """ "he", "his brother" -> "he"; "she", "her husband" -> "she"; else None."""
    words = fold(text.strip()).split()
    first = words[0] if words else ""
    if first in kb.words["masculine"]:
        return "he"
    return "she" if first in kb.words["feminine"] else None


def speaker_span(
    text: str, speaker: str, at: int, sentence: tuple[int, int]
) -> tuple[int, int] | None:
    """Where the attributed speaker is named: outside quotes in the pronoun's sentence,
    nearest to it, else the last mention of it before the pronoun."""
    lo, hi = sentence
    spots = [m.start() for m in re.finditer(re.escape(speaker), text[lo:hi])]
    outside = [lo + s for s in spots if not quoted(text, lo + s)]
    if outside:
        start = min(outside, key=lambda s: abs(s - at))
        return start, start + len(speaker)
    earlier = text.rfind(speaker, 0, at)
    return (earlier, earlier + len(speaker)) if earlier >= 0 else None


def as_speaker(
    kb: KnowledgeBase,
    mention: Mention,
    reading: Reading,
    voice: Actor,
    person: Voice,
    *,
    scope: str,
) -> Actor | None:
    """The first-person mention read as the speaker: "I" is the speaker; "we" is the
    speaker's body (itself if an organisation or state, else its country and sector).
    "I" is the speaker even when no country is known for them: the person is; "we" then
    names no body."""
    if person == "singular":
        return relabel(voice, mention)
    if voice.country is None or (person == "own" and voice.country in NON_STATE):
        return None
    if person == "own" and (voice.id or "") in kb.organisations:
        return None  # "the government" in an NGO's words is not the NGO's
    body = voice.id is not None and (voice.id in kb.organisations or _STATE_ID.match(voice.id))
    if body and reading.sector in {None, voice.sector}:
        return relabel(voice, mention)
    own = Reading(country=voice.country, sector=reading.sector or voice.sector, named=True)
    return actor_of(kb, own, mention, scope=scope, antecedent=voice.text)


def clause_subject(
    kb: KnowledgeBase, chain: Chain, text: str, mention: Mention, here: int | None
) -> Antecedent | None:
    """The party opening the sentence, for "it"/"they" opening a subordinate clause."""
    pronoun = fold(mention.text.strip())
    if here is None or pronoun not in {"it", "they"}:
        return None
    clause = _CLAUSE.search(text[here : mention.start])
    if clause is None or fold(clause.group(1)) not in kb.words["subordinators"]:
        return None
    opening = opening_subjects(chain, text, here, here + clause.start())
    if not opening:
        return None
    subject = opening[0]
    for item in opening[1:]:  # "NATO-member Norway": the opening phrase ends on its head
        if not _COMPOUND.fullmatch(text[subject.end : item.start]):
            break
        subject = item
    if not subject_party(subject):
        return None
    if pronoun == "it" and subject.plural:
        return None
    return subject


def office_holder(
    kb: KnowledgeBase, chain: Chain, role: str, before: int, day: dt.date | None
) -> Antecedent | None:
    """The nearest earlier named person who held ``role`` on ``day`` ("the president"
    after "Donald Trump"), whichever state was named since."""

    def holds(item: Antecedent) -> bool:
        person = kb.persons.get(item.actor.id or "")
        if not item.person or person is None:
            return False
        return any(t.role == role and (day is None or t.covers(day)) for t in person.terms)

    return chain.nearest(before, holds)
