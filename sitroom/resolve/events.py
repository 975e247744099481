"""Candidates -> Events: participants resolved, location, date, flags, ids, provenance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sitroom.ids import make_id
from sitroom.model import (
    Annotations,
    Article,
    DatePrecision,
    DateSource,
    Event,
    EventCandidate,
    Evidence,
    Flags,
    Place,
    TimeExpr,
)
from sitroom.resolve import commerce, relevance, taken_places
from sitroom.resolve.actor_groups import document_participants
from sitroom.resolve.places import event_location
from sitroom.resolve.time_context import NarrativeAnchor, narrative_anchors
from sitroom.resolve.times import calendar_date, is_year_cue, sourced_date, year_cue_stands

# An event dated this long before publication is reported history, not news.
HISTORICAL_AFTER = dt.timedelta(days=90)


def _period_end(date: str) -> dt.date | None:
    """Last day of a ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` period."""
    try:
        parts = [int(part) for part in date.split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        year, month = parts
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(parts[0], parts[1], parts[2])


def is_historical(date: str | None, published: dt.date | None) -> bool:
    """True when the whole dated period ends well before publication."""
    if date is None or published is None:
        return False
    end = _period_end(date)
    return end is not None and end < published - HISTORICAL_AFTER


def _inherited(
    candidate: EventCandidate, source: str, anchors: dict[int, NarrativeAnchor]
) -> NarrativeAnchor | None:
    """The narrative anchor of an event with no date of its own (``time_context``)."""
    flags = candidate.flags
    if source == "text" or flags.future or flags.hypothetical:
        return None
    return anchors.get(candidate.sentence_index)


def _restated_date(
    candidate: EventCandidate, times: Sequence[TimeExpr], article: Article
) -> tuple[str | None, DatePrecision, DateSource] | None:
    """The explicit date of the first other mention of the event that has one."""
    for mention in candidate.restatements:
        found = sourced_date(mention, times, published=article.published, text=article.text)
        if found[2] == "text":
            return found
    return None


def event_id(article_id: str, candidate: EventCandidate) -> str:
    """Hash of article, sentence, trigger span and type: stable across runs."""
    return make_id(
        "evt",
        article_id,
        candidate.sentence_index,
        candidate.trigger.start,
        candidate.trigger.end,
        candidate.event_type,
    )


def events(
    candidates: Sequence[EventCandidate],
    *,
    article: Article,
    annotations: Annotations,
    places: Sequence[Place],
    times: Sequence[TimeExpr],
    extractor: str,
) -> tuple[Event, ...]:
    """Resolve every candidate of one article into an ``Event``."""
    participants = document_participants(
        article.text, annotations, published=article.published, places=places
    )
    anchors = narrative_anchors(
        article.text, annotations.sentences, times, published=article.published
    )
    found: dict[str, Event] = {}
    for candidate in candidates:
        speaker = candidate.attributed_to
        taking_part = (*candidate.actors, *candidate.recipients)
        actors = participants.resolve(candidate.actors, speaker=speaker, event=taking_part)
        recipients = participants.resolve(
            candidate.recipients,
            speaker=speaker,
            event_type=candidate.event_type,
            event=taking_part,
        )
        # "It also arms the alliance": a pronoun is not the other side of its event.
        actors = participants.apart(
            candidate.actors, actors, recipients, speaker=speaker, event=taking_part
        )
        recipients = participants.apart(
            candidate.recipients, recipients, actors, speaker=speaker, event=taking_part
        )
        actors, recipients = relevance.without_places(
            candidate, actors, recipients, toponyms=annotations.toponyms
        )
        recipients = relevance.venue_recipients(candidate, recipients)  # "marched in Leeds"
        recipients, taken = taken_places.split(candidate, recipients, places)  # "took Raqqa"
        people = participants.people()
        if relevance.private_only(candidate, (*actors, *recipients), people=people):
            continue  # "a midwife helped me": no political participant
        if commerce.market_only(candidate, (*actors, *recipients), text=article.text):
            continue  # "the firm agreed to sell its unit": market business
        date, precision, source = sourced_date(
            candidate, times, published=article.published, text=article.text
        )
        restated = _restated_date(candidate, times, article) if source != "text" else None
        if restated is not None:  # "the assault ... began the assault on Friday": one event
            date, precision, source = restated
        anchor = _inherited(candidate, source, anchors)
        if anchor is not None:  # told in a past period set by the sentences before
            date, precision = calendar_date(anchor.expression.value, article.published)
            source = "context"
        # The coder's year cue stands only if that year is the event's own (not "the 2016
        # coup", not "since 2014"); otherwise the resolved date decides.
        cued = candidate.flags.historical and year_cue_stands(candidate, article.text)
        historical = cued or anchor is not None or is_historical(date, article.published)
        flags = Flags(
            negated=candidate.flags.negated,
            hypothetical=candidate.flags.hypothetical,
            future=candidate.flags.future,
            historical=historical,
        )
        why = candidate.why
        if candidate.flags.historical and not cued:
            why = tuple(line for line in why if not is_year_cue(line))
        if anchor is not None and not cued:
            why = (
                *why,
                f"historical: told after '{anchor.expression.text}' (sentence "
                f"{anchor.sentence_index}), well before publication",
            )
        elif historical and not cued:
            why = (*why, f"historical: dated {date}, well before publication {article.published}")
        sentence = candidate.sentence
        event = Event(
            event_id=event_id(article.article_id, candidate),
            article_id=article.article_id,
            doc_id=article.doc_id,
            event_type=candidate.event_type,
            mode=candidate.mode,
            context=candidate.context,
            actor=actors,
            recipient=recipients,
            location=event_location(candidate, places, text=article.text) or taken,
            date=date,
            date_precision=precision,
            date_source=source,
            flags=flags,
            attributed_to=candidate.attributed_to,
            evidence=Evidence(
                article.text[sentence.start : sentence.end], sentence.start, sentence.end
            ),
            sentence_index=candidate.sentence_index,
            trigger=candidate.trigger,
            confidence=round(min(1.0, max(0.0, candidate.score)), 4),
            pattern=candidate.pattern,
            cameo=candidate.cameo,
            quad=candidate.quad,
            intensity=candidate.intensity,
            extractor=extractor,
            why=why,
        )
        # Two patterns firing on the same trigger for the same type are one event.
        found.setdefault(event.event_id, event)
    return tuple(found.values())
