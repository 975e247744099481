"""Records -> the JSON objects of the ``sitroom analyze`` contract.

Field names here are a public contract (``docs/analyze-contract.md`` upstream):
add fields, never rename or remove one.
"""

from __future__ import annotations

from typing import Any

from sitroom.model import Actor, Analysis, Event, Place, Skip


def place_json(place: Place) -> dict[str, Any]:
    return {
        "text": place.text,
        "start": place.start,
        "end": place.end,
        "name": place.name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "feature_code": place.feature_code,
        "resolution": place.resolution,
        "estimated": place.estimated,
    }


def actor_json(actor: Actor) -> dict[str, Any]:
    return {
        "text": actor.text,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "id": actor.id,
        "start": actor.start,
        "end": actor.end,
        "antecedent": actor.antecedent,
    }


def event_json(event: Event, *, explain: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "event_id": event.event_id,
        "event_type": event.event_type,
        "mode": event.mode,
        "context": list(event.context),
        "actor": [actor_json(actor) for actor in event.actor],
        "recipient": [actor_json(actor) for actor in event.recipient],
        "location": place_json(event.location) if event.location else None,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_source": event.date_source,
        "negated": event.flags.negated,
        "hypothetical": event.flags.hypothetical,
        "future": event.flags.future,
        "historical": event.flags.historical,
        "attributed_to": event.attributed_to,
        "evidence": {
            "sentence": event.evidence.sentence,
            "start": event.evidence.start,
            "end": event.evidence.end,
        },
        "confidence": event.confidence,
        "codebook": event.codebook,
        "cameo": event.cameo,
        "quad": event.quad,
        "intensity": event.intensity,
        "trigger": {
            "text": event.trigger.text,
            "start": event.trigger.start,
            "end": event.trigger.end,
        },
        "pattern": event.pattern,
        "sentence_index": event.sentence_index,
        "extractor": event.extractor,
    }
    if explain:
        data["why"] = list(event.why)
    return data


def analysis_json(analysis: Analysis, *, explain: bool = False) -> dict[str, Any]:
    """One output document of ``sitroom analyze``."""
    article = analysis.article
    return {
        "doc_id": article.doc_id,
        "article_id": article.article_id,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from,
        "text": article.text,
        "captions": [
            {"start": caption.start, "end": caption.end, "credit": caption.credit}
            for caption in article.captions
        ],
        "n_sentences": len(analysis.sentences),
        "n_words": analysis.words,
        "entities": [
            {"text": ent.text, "start": ent.start, "end": ent.end, "label": ent.label}
            for ent in analysis.entities
        ],
        "places": [place_json(place) for place in analysis.places],
        "times": [
            {"text": time.text, "start": time.start, "end": time.end, "value": time.value}
            for time in analysis.times
        ],
        "events": [event_json(event, explain=explain) for event in analysis.events],
    }


def skip_json(skip: Skip) -> dict[str, Any]:
    """A document that could not be analysed: its id (when known) and the reason."""
    return {
        "doc_id": skip.doc_id,
        "source": skip.source,
        "error": f"{skip.reason.value}: {skip.detail}",
        "events": [],
    }
