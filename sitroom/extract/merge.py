"""Event coreference within a document: one event reported several times is one event.

News restates its lead ("Erdogan discussed ... by phone" / "Erdogan and Putin spoke"), and
one sentence may name an event twice ("killed in an attack"). A mention joins an event when
it restates any of its mentions: the same type and assertion status (an act hoped for and
the same act planned are one status), and their actors name one party (``merge_parties``),
the candidate's named actors being among those the event's mentions name, and not only one
of two distant sentences names a year (background). A mention without an actor (or with only
pronouns) joins one in the same or the next sentence whose times do not differ, or a distant
one naming a common recipient and not dated later; across sentences an actorless verbal act
of another mode is another act. Within one sentence, a possessive-only actor ("their
capture") beside a named one is a second act unless the noun frames the verb's act. A
refusal told as a negated cooperation and as a REJECT is one REJECT (``merge_refusals``).
The earliest mention represents the event unless a later one fills more roles; the others
ride along (``restatements``) and may date it.

Some mentions are kept apart from every mention of an event, whatever their parties: their
times say two acts (``merge_times``: contradicting years, differing calendar days, across
sentences differing captured places, within one sentence differing times), or they are
distant and set at other places with no actor name in common
(``merge_recounted.placed_apart``). An act recounted in another form is one act without the
party checks (``merge_recounted.one_act``): a transfer told from both ends ("A is giving
help to B" / "B has received assistance"), a person's arrest named by a possessed noun and
later by a verb.

With the parse (``restate``), a later definite event noun that adds no party, place or time
("their arrest", "the summit") joins the nearest earlier event it names again, keeping that
event's participants; "fighting" and "clashes" of one sentence are one battle whose sides
are pooled; a quoted protest at the place of a reported one is that protest.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from sitroom.extract import merge_forms as forms
from sitroom.extract import merge_parties as parties
from sitroom.extract import merge_recounted as recounted
from sitroom.extract import merge_refusals as refusals
from sitroom.extract import merge_times as times
from sitroom.extract import restate
from sitroom.extract.agents import TOPONYM_LABELS
from sitroom.extract.codebook import VERBAL_QUADS
from sitroom.extract.confidence import Features
from sitroom.extract.merge_parties import Party
from sitroom.extract.phrases import doc_text, mention_head
from sitroom.model import EventCandidate, Mention

POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})

Item = tuple[EventCandidate, Features]


def _possessor_only(participants: tuple[Mention, ...]) -> bool:
    return bool(participants) and all(m.text.lower() in POSSESSIVES for m in participants)


def _status(candidate: EventCandidate) -> tuple[bool, bool, bool, bool]:
    """Assertion status. A decided or announced act ("the decision to block her return") is
    not the act done; but an unrealised act hoped for and the same act planned are one."""
    flags = candidate.flags
    return (
        flags.negated, flags.hypothetical, flags.historical,
        flags.future and not flags.hypothetical,
    )  # fmt: skip


def _joins(
    candidate: EventCandidate, kept: EventCandidate, members: list[EventCandidate], doc: Doc | None
) -> bool:
    """The candidate restates a mention of the event (the kept one or any other: "nearby"
    is near any of them), its actors fit the event's and its times none of its mentions'."""
    if any(
        times.dated_apart(candidate, member, doc) or recounted.placed_apart(doc, candidate, member)
        for member in members
    ):
        return False
    mentions = (kept, *members)
    # "aid to help the victims": an act and its purpose infinitive of its type are one act
    # whatever the infinitive's own reading (``merge_forms``).
    if any(forms.purpose(doc, candidate, member) is not None for member in mentions):
        return True
    # "the bombings blew apart buildings": the noun's act is what did it, whatever the
    # parties of the two readings.
    if any(
        _status(candidate) == _status(member) and forms.act_as_participant(candidate, member)
        for member in mentions
    ):
        return True
    # An act recounted in another form checks its parties itself (a converse names the giver
    # by other words: "Ostravia" ... "consular officials").
    if any(recounted.one_act(doc, candidate, member) for member in mentions):
        return True
    return _fits(candidate, members) and any(
        _same_event(candidate, member, doc) for member in mentions
    )


def _same_event(a: EventCandidate, b: EventCandidate, doc: Doc | None = None) -> bool:
    told_alike = _status(a) == _status(b) and (
        a.event_type == b.event_type or forms.one_pattern(doc, a, b)
    )
    one_kind = refusals.kind(a, _status(a)) == refusals.kind(b, _status(b))
    if not (told_alike or (one_kind and refusals.one_refusal(doc, a, b))):
        return False
    same_sentence = a.sentence_index == b.sentence_index
    if times.dated_apart(a, b, doc):
        return False
    if (
        same_sentence
        and _possessor_only(a.actors) != _possessor_only(b.actors)
        and a.actors
        and b.actors
    ):
        # "forces advancing on X ..., after their capture of Aleppo": within a sentence a
        # possessive points back at a party for a second act, not at a restatement, unless
        # the noun frames the verb's act ("bombed X in its heaviest assault").
        noun, verb = (a, b) if _possessor_only(a.actors) else (b, a)
        return doc is not None and restate.frames(doc, noun, verb)
    actors_a, actors_b = _actors(a), _actors(b)
    # News elaborates its lead: the same actor doing the same kind of thing in one
    # article is one event episode, whatever targets the follow-on sentences name. But a
    # distant mention placed in a year the other does not name is background ("attacked X
    # ...; relations soured in 2016, when it shot down a jet"): another act.
    if actors_a and actors_b:
        return parties.share(actors_a, actors_b) and not times.year_apart(a, b, doc)
    return _actorless_joins(a, b)


def _actorless_joins(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether a mention without an actor (or with only pronouns) restates the other."""
    if _other_act(a, b):
        return False
    if abs(a.sentence_index - b.sentence_index) <= 1:
        # "pounded the village, killing six"; "... were detained. Police held an activist":
        # nearby, the target and the victims of one act are often named apart. Differing
        # times across two sentences make two acts (within one, ruled out above).
        return not times.times_differ(a, b)
    # A distant actorless mention ("a man was detained") says too little to join any
    # event of its type: only one naming the same target, and not as a later mention with a
    # year of its own ("in 2016, when it sent troops to fight X": background, another act).
    shared = parties.share(_parties(a.recipients, a), _parties(b.recipients, b))
    return shared and not times.dated_later(a, b)


def _other_act(a: EventCandidate, b: EventCandidate) -> bool:
    """ "was questioned by X. He is accused of Y": across sentences, a verbal act of another
    mode is another act (material modes name means a restatement may vary)."""
    verbal = a.quad in VERBAL_QUADS and b.quad in VERBAL_QUADS
    apart = a.sentence_index != b.sentence_index
    return verbal and apart and bool(a.mode and b.mode) and a.mode != b.mode


def _parties(mentions: tuple[Mention, ...], candidate: EventCandidate) -> tuple[Party, ...]:
    start = candidate.sentence.start
    return parties.parties(mentions, frozenset({start, start + 1}))  # after a quotation mark


def _actors(candidate: EventCandidate) -> tuple[Party, ...]:
    """The named actors; a group pronoun reported by a source is that source ("the ministry
    said it struck ...", "'we will hold the line,' the commander said")."""
    named = _parties(candidate.actors, candidate)
    source = candidate.attributed_to
    if named or source is None:
        return named
    if not any(m.text.lower() in parties.GROUP_PRONOUNS for m in candidate.actors):
        return named
    return parties.parties((Mention(source, 0, 0),), frozenset())


def _fits(candidate: EventCandidate, members: list[EventCandidate]) -> bool:
    """The candidate's actors, if named, are among the actors named by the event's mentions.

    Compared with the kept mention alone, an actorless mention would bridge two acts:
    "the council voted for a truce. The fighting raised pressure on the president. Two
    leaders urged the president ..." are not one request.
    """
    actors = _actors(candidate)
    known = [party for member in members for party in _actors(member)]
    return not actors or not known or parties.share(actors, known)


def _richer(a: Item, b: Item, doc: Doc | None = None) -> Item:
    """The mention that represents the event (evidence, trigger, attribution, date).

    Across sentences the earlier one, unless the later one fills more roles (a named actor,
    a target): the lead states the event, the body elaborates. Within a sentence (one
    evidence) the better-evidenced trigger: roles, named participants, a mode, an
    attribution, more actors. Of a refusal told as REJECT and as a negated act, the REJECT.
    Of an act and its purpose infinitive told as unrealised ("aid to help X"), the act.
    """

    def roles(item: Item) -> int:
        """Named actor (not a pronoun) and target."""
        return bool(_actors(item[0])) + bool(item[0].recipients)

    def trigger_weight(item: Item) -> tuple[int, int, bool, bool, int]:
        candidate = item[0]
        filled = bool(candidate.actors) + bool(candidate.recipients)
        named = sum(1 for m in (*candidate.actors, *candidate.recipients) if m.label)
        return (
            filled, named, candidate.mode is not None, candidate.attributed_to is not None,
            len(candidate.actors),
        )  # fmt: skip

    # Only an aim told as unrealised must yield; told alike, the better-evidenced trigger.
    act = forms.purpose(doc, a[0], b[0]) if _status(a[0]) != _status(b[0]) else None
    if act is not None:
        best, other = (a, b) if act is a[0] else (b, a)
    elif a[0].sentence_index == b[0].sentence_index:
        best, other = (a, b) if trigger_weight(a) >= trigger_weight(b) else (b, a)
    else:
        first, later = (a, b) if a[0].sentence.start <= b[0].sentence.start else (b, a)
        best, other = (later, first) if roles(later) > roles(first) else (first, later)
    # A detail one mention lacks may come from the other ("by phone"); the attribution
    # stays with the sentence it was read from. Within one sentence a missing target comes
    # from the other mention too ("the blast killed six after a bomber struck"); actors are
    # not pooled, a second reading's subject is too often a bystander or a place.
    types = {best[0].event_type, other[0].event_type}
    converted = "REJECT" not in types and forms.one_pattern(doc, best[0], other[0])
    if len(types) > 1 and not converted:  # a refusal, told two ways
        best = refusals.as_refusal(*best, other[0])
    kept, donor = best[0], other[0]
    same_sentence = kept.sentence_index == donor.sentence_index
    return dataclasses.replace(
        kept,
        recipients=kept.recipients or (donor.recipients if same_sentence else ()),
        held_places=tuple(dict.fromkeys((*kept.held_places, *donor.held_places))),  # held.py
        mode=kept.mode or (donor.mode if donor.event_type == kept.event_type else None),
        context=tuple(dict.fromkeys((*best[0].context, *other[0].context))),
    ), best[1]


def _sentence_words(doc: Doc, candidate: EventCandidate) -> frozenset[str]:
    text = doc_text(doc)[candidate.sentence.start : candidate.sentence.end].lower()
    return frozenset(word.removesuffix("s") for word in parties.WORD.findall(text))


def _adds_nothing(doc: Doc, later: EventCandidate, members: list[EventCandidate]) -> bool:
    """The later mention names no party, place or time its event's mentions do not name.

    Known are the mentions' participants and places and, outside the later mention's own
    sentence, every word of their sentences ("delegates went to Sochi ... the Sochi talks").
    """
    known: set[str] = set()
    for member in members:
        known |= times.words((*member.actors, *member.recipients, *member.places))
        if member.sentence_index != later.sentence_index:
            known |= _sentence_words(doc, member)
    token = mention_head(doc, later.trigger)
    modifiers = [Mention(name, 0, 0) for name in restate.modifier_names(token)] if token else []
    named = times.words((*later.actors, *later.recipients, *later.places, *modifiers))
    dated = times.words(tuple(time for member in members for time in member.times))
    return named <= known and (not later.times or bool(times.words(later.times) & dated))


def _restates(doc: Doc, later: EventCandidate, members: list[EventCandidate]) -> bool:
    """A definite event noun naming the event of an earlier mention again ("their arrest")."""
    token = mention_head(doc, later.trigger)
    if token is None or not restate.restating(token) or not _adds_nothing(doc, later, members):
        return False
    noun = token.lemma_.lower()
    for earlier in members:
        if _status(earlier) != _status(later):
            continue  # "the planned raid" does not restate a raid done
        own, objects = restate.names(doc, earlier)
        if any(restate.derived(noun, word) for word in own):
            # One sense per discourse: the verb's reading, fixed by its arguments, is the
            # noun's too ("captured two fighters ... their capture"), whatever type it got.
            return True
        if earlier.event_type == later.event_type and (
            noun in objects or restate.kin(noun, own | objects)
        ):
            return True
    return False


def _places(doc: Doc, candidate: EventCandidate) -> frozenset[str]:
    named = (*candidate.places, *(m for m in candidate.recipients if m.label in TOPONYM_LABELS))
    return times.words(named) | restate.venues(doc, candidate)


def _quoted_restatement(doc: Doc, later: EventCandidate, members: list[EventCandidate]) -> bool:
    """A quoted statement describing a protest at the place of a reported one, undated."""
    if later.attributed_to is None or later.times:
        return False
    if later.event_type not in restate.coreference().placed_types:
        return False
    where = _places(doc, later)
    return any(
        earlier.event_type == later.event_type
        and _status(earlier) == _status(later)
        and bool(where & _places(doc, earlier))
        for earlier in members
    )


def _battle(doc: Doc, later: EventCandidate, members: list[EventCandidate]) -> bool:
    """ "Fighting" and "clashes" of one sentence, at no other time or place: one battle."""
    return any(
        earlier.event_type == later.event_type
        and _status(earlier) == _status(later)
        and not times.times_differ(earlier, later)
        and not (
            earlier.places
            and later.places
            and not times.words(earlier.places) & times.words(later.places)
        )
        and restate.one_battle(doc, earlier, later)
        for earlier in members
    )


def _antecedent(
    doc: Doc, later: EventCandidate, clusters: list[list[EventCandidate]]
) -> tuple[int, bool] | None:
    """The nearest earlier event the mention names again, and whether it is one battle."""
    for position in reversed(range(len(clusters))):
        members = clusters[position]
        if _battle(doc, later, members):
            return position, True
        if _restates(doc, later, members) or _quoted_restatement(doc, later, members):
            return position, False
    return None


def _restated(kept: Item, later: Item) -> Item:
    """The earlier event keeps its participants and evidence; the restatement adds its mode."""
    candidate = kept[0]
    return dataclasses.replace(
        candidate,
        mode=candidate.mode
        or (later[0].mode if later[0].event_type == candidate.event_type else None),
        context=tuple(dict.fromkeys((*candidate.context, *later[0].context))),
    ), kept[1]


def _sides(kept: Item, later: Item) -> Item:
    """One battle: the kept mention, with the actors of both as its sides."""
    best, features = _richer(kept, later)
    actors = {m.text.lower(): m for m in (*kept[0].actors, *later[0].actors)}
    sides = tuple(actors.values())
    recipients = tuple(m for m in best.recipients if m.text.lower() not in actors)
    return dataclasses.replace(best, actors=sides, recipients=recipients), features


def merge(items: list[Item], doc: Doc | None = None) -> list[Item]:
    """Merge coreferent candidates, in document order; ``Features.merged`` counts mentions.

    Without ``doc`` only the participant rules apply (no restatements, no battles).
    """
    kept: list[Item] = []
    clusters: list[list[EventCandidate]] = []
    for item in items:
        position = next(
            (i for i, other in enumerate(kept) if _joins(item[0], other[0], clusters[i], doc)),
            None,
        )
        if position is not None:
            best = _richer(kept[position], item, doc)
        elif doc is not None and (found := _antecedent(doc, item[0], clusters)) is not None:
            position, battle = found
            best = _sides(kept[position], item) if battle else _restated(kept[position], item)
        else:
            kept.append(item)
            clusters.append([item[0]])
            continue
        count = kept[position][1].merged + item[1].merged
        kept[position] = (best[0], dataclasses.replace(best[1], merged=count))
        clusters[position].append(item[0])
    return [
        (_with_restatements(candidate, members), features)
        for (candidate, features), members in zip(kept, clusters, strict=True)
    ]


def _with_restatements(kept: EventCandidate, members: list[EventCandidate]) -> EventCandidate:
    """The kept mention, with the others of its event (a later one may date it)."""
    others = tuple(
        member
        for member in members
        if (member.sentence_index, member.trigger) != (kept.sentence_index, kept.trigger)
    )
    return dataclasses.replace(kept, restatements=others) if others else kept
