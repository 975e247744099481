"""Hand-built articles, events and reports for the linking tests (no model needed)."""

from __future__ import annotations

import datetime as dt

from sitroom.contract import event_json
from sitroom.ids import digest, make_id
from sitroom.link import Report, compact_event, load_rules, report_from_json, source_key
from sitroom.model import (
    Actor,
    Analysis,
    Article,
    DatePrecision,
    Event,
    Evidence,
    Flags,
    Mention,
    Place,
)

Side = tuple[tuple[str | None, str | None], ...]  # (country, sector) per participant
AFRIN = ("Afrin", "SYR", 170000, 4)
PlaceSpec = tuple[str, str, int | None, int] | None


def article(
    doc_id: str, text: str = "Turkish troops attacked Afrin.", *, published: str = "2018-01-21",
    outlet: str | None = None, url: str | None = None, title: str | None = None,
) -> Article:  # fmt: skip
    day = dt.date.fromisoformat(published)
    return Article(
        article_id=make_id("art", "fixture", doc_id), doc_id=doc_id, source="fixture.jsonl:1",
        text=text, title=title, published=day, published_from="input", url=url, outlet=outlet,
        content_hash=digest(text, title, day),
    )  # fmt: skip


def _actors(side: Side, ids: tuple[str | None, ...] = ()) -> tuple[Actor, ...]:
    out = []
    for number, (country, sector) in enumerate(side):
        actor_id = ids[number] if number < len(ids) else None
        out.append(Actor(text=country or "someone", country=country, sector=sector, id=actor_id))
    return tuple(out)


def event(
    art: Article, *, event_type: str = "ASSAULT", sentence: int = 0,
    actor: Side = (("TUR", "MIL"),), recipient: Side = (("SYR", "REB"),),
    actor_ids: tuple[str | None, ...] = (), place: PlaceSpec = AFRIN,
    date: str | None = "2018-01-20", precision: DatePrecision = "day",
    evidence: str | None = None, negated: bool = False, historical: bool = False,
    trigger: str = "attacked",
) -> Event:  # fmt: skip
    text = evidence or art.text
    location = None
    if place is not None:
        name, country, geonameid, resolution = place
        location = Place(name, 0, len(name), name=name, country=country, geonameid=geonameid,
                         resolution=resolution)  # fmt: skip
    return Event(
        event_id=make_id("evt", art.article_id, sentence, event_type), article_id=art.article_id,
        doc_id=art.doc_id, event_type=event_type, mode=None, context=(),
        actor=_actors(actor, actor_ids), recipient=_actors(recipient), location=location,
        date=date, date_precision=precision if date else "none",
        flags=Flags(negated=negated, historical=historical), attributed_to=None,
        evidence=Evidence(text, 0, len(text)), sentence_index=sentence,
        trigger=Mention(trigger, 0, len(trigger)), confidence=0.8, pattern="test.pattern",
        extractor="test/0",
    )  # fmt: skip


def analysis(art: Article, *events: Event) -> Analysis:
    return Analysis(article=art, events=events)


def report(ev: Event, art: Article) -> Report:
    published = art.published.isoformat() if art.published else None
    return report_from_json(
        compact_event(event_json(ev)), article_id=art.article_id, doc_id=art.doc_id,
        published=published, source=source_key(outlet=art.outlet, url=art.url, source=art.source),
        rules=load_rules(),
    )  # fmt: skip
