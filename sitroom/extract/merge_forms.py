"""Two readings of one act (for ``merge``): a purpose infinitive, a converted type.

- A purpose: an act whose own purpose clause names an act of its type ("aid to help the
  victims", "an offensive to capture the town", "sent aid to help them") is one act. The
  infinitive is irrealis (flagged hypothetical) only because it states the aim; the act
  itself is the one asserted, so the governing trigger represents the event and the
  infinitive lends its target.
- A conversion: one pattern on one verb told twice ("X will be consulted", later
  "'X will of course be consulted'") may get two types when only one mention is voiced by a
  source (a voiced future meeting is an AGREE, PLOVER); both are the pattern's one act.
- An act as a participant: within one sentence a participant phrase of one mention that
  holds the other's trigger ("the bombings blew apart buildings", "the raid killed six")
  is that act, told by its noun and again by what it did.

(docs/codebook.md, One event, several mentions.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitroom.extract.clauses import to_infinitive
from sitroom.extract.patterns import default_patterns
from sitroom.extract.phrases import mention_head
from sitroom.model import EventCandidate

# Dependencies by which a "to"-infinitive states the purpose of its head ("aid to help"
# is parsed as a relative clause as often as an adjectival one).
PURPOSE_DEPS = frozenset({"acl", "relcl", "advcl"})


def purpose(doc: Doc | None, a: EventCandidate, b: EventCandidate) -> EventCandidate | None:
    """Of two mentions of one type in one sentence, the one whose trigger governs the
    other's as its purpose infinitive (that governing mention), else None."""
    if doc is None or a.sentence_index != b.sentence_index or a.event_type != b.event_type:
        return None
    for act, aim in ((a, b), (b, a)):
        if aim.flags.negated or act.flags.negated:
            continue  # "aid not to help X" / "no aid to help X": the polarity differs
        head, verb = mention_head(doc, act.trigger), mention_head(doc, aim.trigger)
        if head is None or verb is None or verb.head.i != head.i or verb.i == head.i:
            continue
        if verb.dep_ in PURPOSE_DEPS and verb.pos_ == "VERB" and to_infinitive(verb):
            return act
    return None


def pattern_type(candidate: EventCandidate) -> str | None:
    """The type of the pattern that fired, before any PLOVER conversion."""
    found = default_patterns().by_id.get(candidate.pattern)
    return found[0] if found is not None else None


def one_pattern(doc: Doc | None, a: EventCandidate, b: EventCandidate) -> bool:
    """One pattern on one verb lemma, converted in one mention only: told alike."""
    if doc is None or a.pattern != b.pattern or a.event_type == b.event_type:
        return False
    if pattern_type(a) not in (a.event_type, b.event_type):
        return False
    head_a, head_b = mention_head(doc, a.trigger), mention_head(doc, b.trigger)
    return head_a is not None and head_b is not None and head_a.lemma_ == head_b.lemma_


def act_as_participant(a: EventCandidate, b: EventCandidate) -> bool:
    """One mention's actor or target phrase holds the other's trigger, in one sentence, both
    of one type and told alike (the caller checks the status)."""
    if a.sentence_index != b.sentence_index or a.event_type != b.event_type:
        return False
    for mention, act in ((a, b), (b, a)):
        trigger = act.trigger
        for participant in (*mention.actors, *mention.recipients):
            if participant.start <= trigger.start and trigger.end <= participant.end:
                return True
    return False
