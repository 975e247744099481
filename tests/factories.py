"""Hand-built records for tests that need no spaCy model."""

from __future__ import annotations

import datetime as dt

from sitroom.ids import digest, make_id
from sitroom.model import (
    Actor,
    Analysis,
    Article,
    Entity,
    Event,
    Evidence,
    Flags,
    Mention,
    Place,
    Sentence,
    TimeExpr,
)

TEXT = "Iraq condemned the attack on Monday. Turkey did not attack Syria."


def article(text: str = TEXT, *, doc_id: str = "doc-1", title: str | None = "A title") -> Article:
    published = dt.date(2024, 12, 3)
    return Article(
        article_id=make_id("art", "", "fixture.jsonl", doc_id),
        doc_id=doc_id,
        source="fixture.jsonl:1",
        text=text,
        title=title,
        published=published,
        published_from="input",
        content_hash=digest(text, title, published),
    )


def event(art: Article, *, event_type: str = "ACCUSE", start: int = 0, negated: bool = False,
          actor: str = "IRQ", recipient: str | None = None) -> Event:  # fmt: skip
    sentence_end = art.text.find(".", start) + 1
    return Event(
        event_id=make_id("evt", art.article_id, start, event_type),
        article_id=art.article_id,
        doc_id=art.doc_id,
        event_type=event_type,
        mode=None,
        context=(),
        actor=(Actor(text=actor, name=actor, country=actor, sector="GOV"),),
        recipient=(Actor(text=recipient, country=recipient),) if recipient else (),
        location=Place("Baghdad", 0, 7, name="Baghdad", country="IRQ", lat=33.3, lon=44.4),
        date="2024-12-02",
        date_precision="day",
        flags=Flags(negated=negated),
        attributed_to=None,
        evidence=Evidence(art.text[start:sentence_end], start, sentence_end),
        sentence_index=0 if start == 0 else 1,
        trigger=Mention("condemned", start + 5, start + 14),
        confidence=0.8,
        pattern="test.pattern",
        extractor="test/0",
    )


def analysis(art: Article | None = None) -> Analysis:
    art = art or article()
    return Analysis(
        article=art,
        sentences=(
            Sentence(0, 0, 36, art.text[0:36]),
            Sentence(1, 37, len(art.text), art.text[37:]),
        ),
        entities=(Entity("Iraq", 0, 4, "GPE"), Entity("Turkey", 37, 43, "GPE")),
        places=(Place("Iraq", 0, 4, name="Iraq", country="IRQ", lat=33.0, lon=44.0),),
        times=(TimeExpr("Monday", 29, 35, "2024-12-02"),),
        events=(
            event(art),
            event(art, event_type="ASSAULT", start=37, negated=True, actor="TUR", recipient="SYR"),
        ),
        words=11,
    )
