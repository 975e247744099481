"""Event coreference within a document: one event reported several times is one event.

News restates its lead ("Erdogan discussed ... by phone" / "Erdogan and Putin
spoke"), and one sentence may name an event twice ("killed in an attack").
Two candidates are merged when they have the same type and assertion status
and their actors share a content word; a mention without an actor (or with only
pronouns) joins one in the same or the next sentence whose times do not differ, or a
distant one naming a common recipient. Within one sentence, their time
expressions (when both have one) do not differ.
"""

from __future__ import annotations

import dataclasses
import re

from sitroom.extract.confidence import Features
from sitroom.model import EventCandidate, Mention

WORD = re.compile(r"[^\W\d_]+")
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Function words and pronouns say nothing about who a participant is.
FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "its", "their", "his", "her", "s", "in",
                            "from", "to", "for", "on", "some", "several", "two", "three", "it",
                            "they", "he", "she", "them", "we", "who", "which", "that", "this",
                            "those", "these", "himself", "themselves", "itself"})  # fmt: skip

POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})

Item = tuple[EventCandidate, Features]


def _words(participants: tuple[Mention, ...]) -> frozenset[str]:
    return frozenset(
        word.removesuffix("s")  # "missiles" and "the third missile" name the same party
        for m in participants
        for word in WORD.findall(m.text.lower())
        if word not in FUNCTION_WORDS
    )


def _years(candidate: EventCandidate) -> frozenset[str]:
    """Years of its time expressions and of the cue of its historical flag."""
    texts = [m.text for m in candidate.times]
    texts += [why for why in candidate.why if why.startswith("historical:")]
    return frozenset(year for text in texts for year in YEAR.findall(text))


def _times_differ(a: EventCandidate, b: EventCandidate) -> bool:
    """Both mentions have time expressions and they share no word."""
    return bool(a.times and b.times and not _words(a.times) & _words(b.times))


def _possessor_only(participants: tuple[Mention, ...]) -> bool:
    return bool(participants) and all(m.text.lower() in POSSESSIVES for m in participants)


def _same_event(a: EventCandidate, b: EventCandidate) -> bool:
    if a.event_type != b.event_type:
        return False
    # A decided or announced act ("the decision to block her return") is not the act done.
    if (a.flags.negated, a.flags.hypothetical, a.flags.historical, a.flags.future) != (
        b.flags.negated,
        b.flags.hypothetical,
        b.flags.historical,
        b.flags.future,
    ):
        return False
    same_sentence = a.sentence_index == b.sentence_index
    years_a, years_b = _years(a), _years(b)
    if years_a and years_b and not years_a & years_b:
        return False  # "invaded Iraq in 2003" and "liberated Kuwait in 1991": two acts
    if same_sentence and _times_differ(a, b):
        # "which captured Mosul in 2017, attacked Raqqa last week": two dated acts (across
        # sentences, news restates one event with other time words: "on Wednesday night").
        return False
    if (
        same_sentence
        and _possessor_only(a.actors) != _possessor_only(b.actors)
        and a.actors
        and b.actors
    ):
        # "forces advancing on X ..., after their capture of Aleppo": within a sentence a
        # possessive points back at a party for a second act, not at a restatement.
        return False
    actors_a, actors_b = _words(a.actors), _words(b.actors)
    # News elaborates its lead: the same actor doing the same kind of thing in one
    # article is one event episode, whatever targets the follow-on sentences name.
    both_named = bool(actors_a and actors_b)
    return bool(actors_a & actors_b) if both_named else _actorless_joins(a, b)


def _actorless_joins(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether a mention without an actor (or with only pronouns) restates the other."""
    if abs(a.sentence_index - b.sentence_index) <= 1:
        # "pounded the village, killing six"; "... were detained. Police held an activist":
        # nearby, the target and the victims of one act are often named apart. Differing
        # times across two sentences make two acts (within one, ruled out above).
        return not _times_differ(a, b)
    # A distant actorless mention ("a man was detained") says too little to join any
    # event of its type: only one naming the same target.
    return bool(_words(a.recipients) & _words(b.recipients))


def _richer(a: Item, b: Item) -> Item:
    """The better-evidenced mention represents the event (roles, attribution, participants)."""

    def weight(item: Item) -> tuple[int, int, bool, bool, int, int]:
        candidate = item[0]
        roles = bool(candidate.actors) + bool(candidate.recipients)
        named = sum(1 for m in (*candidate.actors, *candidate.recipients) if m.label)
        length = candidate.sentence.end - candidate.sentence.start  # body text over headline
        return (
            roles, named, candidate.mode is not None, candidate.attributed_to is not None,
            len(candidate.actors), length,
        )  # fmt: skip

    best, other = (a, b) if weight(a) >= weight(b) else (b, a)
    # A detail one mention lacks may come from the other ("by phone"); the attribution
    # stays with the sentence it was read from. Within one sentence a missing target comes
    # from the other mention too ("the blast killed six after a bomber struck"); actors are
    # not pooled, a second reading's subject is too often a bystander or a place.
    kept, donor = best[0], other[0]
    same_sentence = kept.sentence_index == donor.sentence_index
    return dataclasses.replace(
        kept,
        recipients=kept.recipients or (donor.recipients if same_sentence else ()),
        mode=best[0].mode or other[0].mode,
        context=tuple(dict.fromkeys((*best[0].context, *other[0].context))),
    ), best[1]


def merge(items: list[Item]) -> list[Item]:
    """Merge coreferent candidates, in document order; ``Features.merged`` counts mentions."""
    kept: list[Item] = []
    for item in items:
        for position, other in enumerate(kept):
            if _same_event(item[0], other[0]):
                best = _richer(other, item)
                count = other[1].merged + item[1].merged
                kept[position] = (best[0], dataclasses.replace(best[1], merged=count))
                break
        else:
            kept.append(item)
    return kept
