"""The event coder: sentences -> matched patterns -> ``EventCandidate`` records.

Per sentence: triggers fire (``triggers``), participants come from the parse
(``arguments``), modality and attribution from the clause (``modality``,
``attribution``), places and times it governs (``setting``), then PLOVER's
type rules (committed future cooperation -> AGREE, announced conflict -> THREATEN;
docs/codebook.md), codebook values and a calibrated score. Mentions of one event
(same type, compatible participants, same assertion status) are merged.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from sitroom.extract import (
    allegations,
    attribution,
    codebook,
    confidence,
    contest,
    conversion,
    held,
    linked,
    modality,
    precision,
    setting,
    venues,
)
from sitroom.extract.agents import is_agent, is_attack, unowned_machine
from sitroom.extract.arguments import mentions, relative_head, role_heads, without_venues
from sitroom.extract.lexicon import contexts, frames
from sitroom.extract.media import press_talk
from sitroom.extract.merge import merge
from sitroom.extract.participants import agentive
from sitroom.extract.patterns import PatternSet, default_patterns
from sitroom.extract.phrases import doc_text
from sitroom.extract.triggers import Match, find
from sitroom.model import Annotations, EventCandidate, Mention
from sitroom.model import Span as TextSpan

EXTRACTOR = "sitroom-coder/1.0.0"

Participants = tuple[tuple[Mention, ...], tuple[Mention, ...], bool, bool]
POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
STOP_WORDS = frozenset({"the", "a", "an", "of", "and"})
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
# Conflict acts whose allegation by a third party is an accusation.
ALLEGEABLE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})
# Shooting named by its shooter ("sniper fire", ``_shooters``).
FIRE_NOUNS = frozenset({"fire", "gunfire"})
# Only harm can be blamed on nature; aid "after the cyclone" is still aid.
QUADS_MATERIAL_CONFLICT = {"ASSAULT": True, "COERCE": True, "MOBILIZE": True}
# Material acts whose target, when unnamed, is the polity where they happen.
PLACE_TARGETS = frozenset({"PROTEST", "COERCE", "CONCEDE", "ASSAULT", "MOBILIZE", "RETREAT"})
# Demands and denunciations voiced by protesters, and clashes they join, are the protest itself.
PROTEST_VOICED = frozenset({"REQUEST", "ACCUSE", "REJECT", "ASSAULT"})


def _accusation(
    match: Match, actors: tuple[Mention, ...], recipients: tuple[Mention, ...]
) -> tuple[Mention, ...] | None:
    """ "The US claimed that ISIL attacked Iraq": a conflict act only alleged by a third
    party is that party's ACCUSE `allege` against the alleged perpetrator (PLOVER's
    ACCUSE covers allegations). Returns the accusers, or ``None`` when no rule applies."""
    claim = modality.claimed_by(match.frame)
    if claim is None or match.event_type not in ALLEGEABLE:
        return None
    doc = match.token.doc
    subjects = role_heads(claim, "subject", frame=claim)
    voices = agentive(subjects) or allegations.witnesses(subjects)  # "witnesses claimed"
    claimants = tuple(c for c in _unique(mentions(voices)) if allegations.claimant(doc, c))
    if not claimants:
        return None
    # "ISIL claimed its fighters attacked": a claim of responsibility; "the group claimed
    # unknown men abducted 27 members": a victim's report. Only an identified perpetrator
    # ("the militia", "Russian troops") that is not the claimant, against an identified
    # target if any, makes an accusation (``allegations``).
    claimant_words = {w for c in claimants for w in c.text.lower().split()} - STOP_WORDS
    named = bool(actors) and all(allegations.identified(doc, a) for a in actors)
    named = named and all(allegations.target(doc, r) for r in recipients)
    shared = any(set(a.text.lower().split()) & claimant_words for a in actors)
    return claimants if named and not shared else None


def _protesters(participants: tuple[Mention, ...]) -> bool:
    words = frames().protesters
    return any(word in words for m in participants for word in m.text.lower().split())


def _participants(match: Match) -> Participants | None:
    """Actors, recipients, whether a weapon was the agent and whether a recipient is a
    person or group (not property); ``None`` for a natural cause."""
    pattern = match.pattern
    actor_heads = [
        relative_head(h)  # "a fire that burned ...": the fire is the agent
        for role in pattern.actor
        for h in role_heads(match.token, role, frame=match.frame)
    ]
    if pattern.symmetric and match.nominal:
        actor_heads = without_venues(match.token, actor_heads)  # "the Sochi summit"
    recipient_heads = venues.addressed(match.event_type, [
        h for role in pattern.recipient for h in role_heads(match.token, role, frame=match.frame)
    ])  # fmt: skip
    causes = frames().natural_causes
    shooters = _shooters(actor_heads)  # "killed by sniper fire": the sniper fires
    if any(head.lemma_.lower() in causes and head not in shooters.values() for head in actor_heads):
        return None
    # "opened fire", "imposed sanctions": the object that defines the trigger is no
    # participant; as an actor only that object is barred ("the army deployed troops").
    instruments = frames().instruments
    defining = frozenset() if pattern.object_is_participant else frozenset(pattern.object)
    # "killed by an IED": a weapon shows a deliberate act though it is no participant.
    armed = any(
        h.lemma_.lower() in instruments or is_attack(h) or unowned_machine(h) for h in actor_heads
    )
    # Participants are agents ("the signing of an accord" -> the signatories, "a report" -> none).
    barred = instruments | defining
    recipient_heads += held.holders(match, recipient_heads, actor_heads)  # "the rebel-held town"
    recipient_heads = agentive(h for h in recipient_heads if h.lemma_.lower() not in barred)
    named_agents = [
        h for h in actor_heads
        if h.lemma_.lower() not in instruments
        and not unowned_machine(h)  # "killed by drones": the weapon, its user unknown
        and not (h.lemma_.lower() in defining and h.dep_ in OBJECT_DEPS)
    ]  # fmt: skip
    actor_heads = agentive(named_agents + [s for s in shooters if s not in named_agents])
    partners = role_heads(match.token, "with", frame=match.frame) if "with" in pattern.actor else []
    partners = [h for h in partners if h.i > match.token.i]  # not "With the signing of ..., X"
    if (
        partners
        and not match.nominal
        and not agentive(h for h in named_agents if h not in partners)
    ):
        # "to exchange data with the court": a "with" partner is a co-party, never alone.
        partner_agents = agentive(partners)
        actor_heads = [h for h in actor_heads if h not in partner_agents]
    if not actor_heads and "subject" in pattern.actor:
        actor_heads = linked.takers(match.frame)  # "was arrested when police raided X"
    caused = any(h.head.lower_ == "by" for h in named_agents) and not actor_heads
    if caused and not QUADS_MATERIAL_CONFLICT.get(match.event_type):
        return None  # "helped along by extremism": a cause, not a party that acts
    trigger_ids = {match.token.i, match.frame.i}
    actors = _unique(m for m in mentions(h for h in actor_heads if h.i not in trigger_ids))
    recipients = _unique(
        m
        for m in mentions(h for h in recipient_heads if h.i not in trigger_ids)
        if not any(m.start < a.end and a.start < m.end for a in actors)
    )
    actors, recipients = _named_first(actors), _named_first(recipients)
    harms_people = any(is_agent(head) for head in recipient_heads)
    return actors, recipients, armed, harms_people


def _shooters(heads: list[Token]) -> dict[Token, Token]:
    """ "killed by sniper fire", "Israeli fire hit the car": fire with a party modifier is
    shot by that party (the fire is no natural cause); the modifier maps to its fire. A
    weapon's maker or model ("a BAK missile") names no shooter."""
    return {
        c: head for head in heads if head.lemma_.lower() in FIRE_NOUNS
        for c in head.lefts if c.dep_ in {"compound", "amod"} and is_agent(c)
        and (c.ent_type_ in {"NORP", "GPE"} or (c.pos_ == "NOUN" and not c.ent_type_))
    }  # fmt: skip


def _named_first(items: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """ "The government ... its support": a pronoun beside a named participant adds nothing."""
    # Only possessives are dropped: "they" in "they would meet X" is a party of its own.
    named = tuple(m for m in items if m.text.lower() not in POSSESSIVES)
    return named or items


def _unique(items: Iterable[Mention]) -> tuple[Mention, ...]:
    seen: dict[tuple[int, int], Mention] = {}
    for item in items:
        seen.setdefault((item.start, item.end), item)
    return tuple(seen.values())


def _natural_setting(match: Match) -> bool:
    """ "killed in the flood": the event's cause is not a political actor."""
    causes = frames().natural_causes
    for token in (match.token, match.frame):
        for prep in token.children:
            eventive = prep.dep_ in {"prep", "agent"} and prep.lower_ in {
                "in",
                "by",
                "during",
                "after",
            }
            if eventive and any(
                obj.lemma_.lower() in causes and not _shooters([obj])
                for obj in prep.children if obj.dep_ == "pobj"
            ):  # fmt: skip
                return True
    return False


def _mode(match: Match) -> str | None:
    pattern = match.pattern
    if pattern.mode_cues:
        lemmas = {t.lemma_.lower() for t in match.frame.subtree} | {
            t.lemma_.lower() for t in match.token.subtree
        }
        for mode, cues in pattern.mode_cues.items():
            if lemmas & set(cues):
                return mode
    return pattern.mode


def _contexts(match: Match) -> tuple[str, ...]:
    lemmas = {t.lemma_.lower() for t in match.frame.subtree}
    found = [name for name, cues in contexts().contexts.items() if lemmas & cues]
    return tuple(dict.fromkeys([*match.pattern.context, *found]))


def _sentence_index(annotations: Annotations, sent: Span, fallback: int) -> tuple[int, TextSpan]:
    for sentence in annotations.sentences:
        if sentence.start <= sent.start_char < sentence.end:
            return sentence.index, TextSpan(sentence.start, sentence.end)
    return fallback, TextSpan(sent.start_char, sent.end_char)


def _candidate(
    match: Match, sent: Span, *, index: int, span: TextSpan, annotations: Annotations,
    source: str | None, latest_year: int | None,
) -> tuple[EventCandidate, confidence.Features] | None:  # fmt: skip
    doc = sent.doc
    found = _participants(match)
    if found is None or (QUADS_MATERIAL_CONFLICT.get(match.event_type) and _natural_setting(match)):
        return None
    actors, recipients, armed, harms_people = found
    if "actor" in match.pattern.requires and not actors and not armed:
        return None
    if "recipient" in match.pattern.requires and not recipients:
        return None
    participants = (*actors, *recipients)
    in_sentence = tuple(m for m in annotations.toponyms if span.start <= m.start < span.end)
    times_here = tuple(m for m in annotations.times if span.start <= m.start < span.end)
    # Clause places may stand for an unnamed target; only locative ones are where it happened.
    places = setting.governed(doc, match, in_sentence, exclude=participants)
    located = setting.governed(doc, match, in_sentence, exclude=participants, locative=True)
    located += tuple(m for m in setting.object_places(doc, match, in_sentence) if m not in located)
    times = setting.governed(doc, match, times_here, exclude=participants, subject_clause=True)
    modal = modality.read(match, times=times, latest_year=latest_year)
    press = match.event_type == "CONSULT" and press_talk(match.token, (*actors, *recipients))
    if press or precision.non_event(match, actors, recipients, places):
        return None  # "told the Guardian", "destroy their future", "everyone agrees"
    why = list(modal.why)
    # "Labour attacked the plans": criticism, PLOVER ACCUSE (``contest.retyped``)
    event_type, mode = contest.retyped(match, actors, recipients, _mode(match), why)
    targets = venues.place_targets(event_type, places)
    place_recipient = False
    if not recipients and targets and not match.pattern.symmetric and event_type in PLACE_TARGETS:
        # PLOVER's target of an act on a place is that place's polity ("curfew in Cizre").
        recipients = targets[:1]
        why.append(f"recipient: '{targets[0].text}', where it happened (no explicit target)")
        place_recipient = True
    flags = modal.flags
    event_type, mode, future_of, flags = conversion.convert(
        match, event_type, mode, flags, why, voiced=source is not None, scheduled=modal.scheduled
    )
    accusers = _accusation(match, actors, recipients)
    if accusers is not None:
        why.append(f"type: {event_type} only alleged by '{accusers[0].text}' coded ACCUSE")
        event_type, mode, future_of = "ACCUSE", "allege", None
        actors, recipients = accusers, actors or recipients
        flags = dataclasses.replace(flags, hypothetical=False, future=False)
    # "took the town": a place taken or left is where it happened; the resolver keeps it as
    # recipient only if it names a state.
    taken = (
        ()
        if accusers is not None
        else held.taken_places(doc, match, recipients, from_setting=place_recipient)
    )
    taken += venues.spoken_venues(doc, event_type, recipients)  # "refused to meet in Lausanne"
    if not actors and not recipients:
        # No one acts, no one or no place is acted on: PLOVER codes no implicit actors.
        return None
    if event_type in PROTEST_VOICED and _protesters(
        actors if event_type != "ASSAULT" else participants
    ):
        why.append(f"type: {event_type} by protesters coded PROTEST")
        event_type, mode = "PROTEST", ("riot" if event_type == "ASSAULT" else "demo")
        if match.event_type == "ASSAULT" and not match.pattern.symmetric and harms_people:
            # One-sided violence against people stays ASSAULT; damage to property by
            # protesters is their riot (PLOVER PROTEST riot/vandalize).
            event_type, mode = "ASSAULT", _mode(match)
            why.pop()
    if not codebook.known_mode(event_type, mode):
        why.append(f"mode: {mode!r} is not a mode of {event_type} in the codebook; dropped")
        mode = None
    cameo, quad, intensity = codebook.codes(event_type, mode, future_of=future_of)
    if match.pattern.cameo and event_type == match.event_type and mode == match.pattern.mode:
        cameo = match.pattern.cameo
    start, end = doc[match.start].idx, doc[match.end - 1].idx + len(doc[match.end - 1])
    features = confidence.Features(
        strength=match.pattern.strength,
        has_actor=bool(actors),
        has_recipient=bool(recipients),
        named_participant=any(m.label for m in participants),
        nominal=match.nominal,
        sentence_tokens=len(sent),
        attributed=source is not None,
        future=flags.future,
        quad=quad,
        converted=event_type != match.event_type,
        document_sentences=len(annotations.sentences),
    )
    candidate = EventCandidate(
        event_type=event_type,
        sentence_index=index,
        sentence=span,
        trigger=Mention(doc_text(doc)[start:end], start, end),
        pattern=match.pattern.id,
        mode=mode,
        context=_contexts(match),
        actors=actors,
        recipients=recipients,
        places=located,
        times=times,
        flags=flags,
        attributed_to=source,
        score=confidence.raw_score(features),  # calibrated once merged
        why=tuple(why),
        place_recipient=place_recipient,
        held_places=taken,
        cameo=cameo,
        quad=quad,
        intensity=intensity,
    )
    return candidate, features


def events(
    doc: Doc, annotations: Annotations, *, patterns: PatternSet | None = None
) -> list[EventCandidate]:
    """The events each sentence of ``doc`` asserts (or reports as negated/hypothetical)."""
    return [
        dataclasses.replace(
            candidate, score=round(confidence.calibrate(confidence.raw_score(features)), 4)
        )
        for candidate, features in scored(doc, annotations, patterns=patterns)
    ]


def scored(
    doc: Doc, annotations: Annotations, *, patterns: PatternSet | None = None
) -> list[tuple[EventCandidate, confidence.Features]]:
    """Merged candidates with the features their confidence is computed from."""
    patterns = patterns or default_patterns()
    latest = modality.latest_year([m.text for m in annotations.times])
    previous: str | None = None
    found: list[tuple[EventCandidate, confidence.Features]] = []
    for position, sent in enumerate(doc.sents):
        index, span = _sentence_index(annotations, sent, position)
        for match in find(sent, patterns):
            source = attribution.attributed_to(match, sent, previous)
            candidate = _candidate(
                match, sent, index=index, span=span, annotations=annotations,
                source=source, latest_year=latest,
            )  # fmt: skip
            if candidate is not None:
                found.append(candidate)
        previous = attribution.sentence_source(sent, previous) or previous
    return _with_rivals(merge(precision.one_per_clause(doc, found), doc))


def _with_rivals(
    items: list[tuple[EventCandidate, confidence.Features]],
) -> list[tuple[EventCandidate, confidence.Features]]:
    """Count competing readings: other asserted event types coded from the same sentence."""
    by_sentence: dict[int, set[str]] = {}
    for candidate, _ in items:
        if not candidate.flags.negated and not candidate.flags.hypothetical:
            by_sentence.setdefault(candidate.sentence_index, set()).add(candidate.event_type)
    return [
        (
            candidate,
            dataclasses.replace(
                features,
                rivals=len(
                    by_sentence.get(candidate.sentence_index, set()) - {candidate.event_type}
                ),
            ),
        )
        for candidate, features in items
    ]
