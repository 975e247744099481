"""Frozen records passed between stages.

Flow (one arrow per stage; see ``run/pipeline.py``)::

    ingest  -> RawDocument | Skip
    clean   -> Article     | Skip        (a dump may split into several Articles)
    nlp     -> spaCy Doc + Annotations   (the Doc never leaves nlp/ and extract/)
    extract -> EventCandidate
    resolve -> Place, TimeExpr, Actor, Event
    run     -> Analysis                  (one per output document)

Conventions: missing is ``None``, never ``""``; offsets are half-open
``start``/``end`` character offsets into ``Article.text``; dates carry an
explicit precision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

CODEBOOK = "plover-sitroom-1"

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


PublishedFrom = Literal["input", "metadata", "caption", "text", "none"]
DatePrecision = Literal["day", "week", "month", "year", "none"]
# Where an event's date comes from: a time expression of its clause ("text"), the past
# period earlier sentences set ("context"), the publication day standing in for an
# undated report ("published": reported on that day, date unknown), or nothing ("none").
DateSource = Literal["text", "context", "published", "none"]


class SkipReason(StrEnum):
    """Why a record was not processed; counted per run and logged."""

    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "encoding"
    MALFORMED_JSON = "malformed-json"
    MISSING_FIELD = "missing-field"
    TOO_LARGE = "too-large"
    UNSUPPORTED = "unsupported-type"
    UNREADABLE = "unreadable"
    NO_TEXT = "no-text"
    TIMEOUT = "timeout"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Skip:
    """A bad record, as a value: the run goes on."""

    reason: SkipReason
    detail: str
    source: str  # file path, with ``:LINE`` for a JSONL record
    doc_id: str | None = None

    def message(self) -> str:
        """One line for standard error naming the record and the reason."""
        who = f"{self.source} ({self.doc_id})" if self.doc_id else self.source
        return f"skipped {who}: {self.reason.value}: {self.detail}"


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input record as read, before cleaning."""

    doc_id: str
    source: str  # path (and ``:LINE``) or ``<stdin>``
    text: str | None = None
    html: str | None = None
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    position: int = 0  # index of the record within its source


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range into the article text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption kept once in the body, its credit parsed off."""

    start: int
    end: int
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: one output document of ``analyze``."""

    article_id: str  # stable hash of source + doc_id + position
    doc_id: str
    source: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_from: PublishedFrom = "none"
    url: str | None = None
    outlet: str | None = None
    captions: tuple[Caption, ...] = ()
    content_hash: str = ""  # digest of the cleaned text: a changed article updates in place


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention (spaCy labels PERSON ORG GPE LOC NORP FAC EVENT)."""

    text: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A raw span of text (an event participant, a toponym, a time expression)."""

    text: str
    start: int
    end: int
    label: str | None = None  # NER label when the span came from NER


@dataclass(frozen=True, slots=True)
class Annotations:
    """What the NLP stage exposes to the other stages as plain records."""

    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    toponyms: tuple[Mention, ...]  # GPE/LOC/FAC candidates, before resolution
    times: tuple[Mention, ...]  # DATE/TIME candidates, before normalisation
    words: int = 0


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym mention, resolved against the gazetteer where possible."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature_code: str | None = None  # GeoNames: PCLI, ADM1, PPLC, PPL ...
    resolution: int | None = None  # 5 sub-city, 4 city, 3 district, 2 province, 1 country
    admin1: str | None = None
    population: int | None = None
    # Not in the gazetteer: the point of the nearest place mentioned with it (no name, no
    # gazetteer id). An estimate, so consumers can drop it; see resolve/place_backoff.py.
    estimated: bool = False


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A temporal expression normalised to a TIMEX3 value (``2024-12-03``, ``P3D`` ...)."""

    text: str
    start: int
    end: int
    value: str | None
    kind: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"


@dataclass(frozen=True, slots=True)
class Actor:
    """An event participant resolved to country, sector and a stable id."""

    text: str
    name: str | None = None
    country: str | None = None  # ISO3 or PLOVER non-state code (IGO, UNO, EUR, NGO, ISM, IMG, MNC)
    sector: str | None = None  # PLOVER sector code (GOV, MIL, REB, PTY, CVL ...)
    id: str | None = None
    start: int | None = None
    end: int | None = None
    antecedent: str | None = None  # text of the coreference antecedent, when resolved through one


@dataclass(frozen=True, slots=True)
class Flags:
    """PLOVER auxiliary modes of one event."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False


@dataclass(frozen=True, slots=True)
class EventCandidate:
    """What the coder found in one sentence, before participants are resolved."""

    event_type: str
    sentence_index: int
    sentence: Span
    trigger: Mention
    pattern: str  # id of the pattern that fired (auditable)
    mode: str | None = None
    context: tuple[str, ...] = ()
    actors: tuple[Mention, ...] = ()
    recipients: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()  # toponyms governed by the event's clause ("in X", "near X")
    times: tuple[Mention, ...] = ()  # time expressions governed by the event's clause
    flags: Flags = field(default_factory=Flags)
    attributed_to: str | None = None
    score: float = 0.5  # calibrated probability that the event is right
    why: tuple[str, ...] = ()  # human-readable reasons for flags and choices
    cameo: str | None = None  # best-matching CAMEO code (crosswalk in reverse)
    quad: int | None = None  # PLOVER quad class 1..4
    intensity: float | None = None  # PLOVER base score of type (and mode)
    # The recipient is where the act happened, no explicit target ("curfew in Cizre").
    place_recipient: bool = False
    # Recipients that are places taken, left or held by a named party, or venues of a verbal
    # act ("took the town", extract/held.py; "refused to meet in Geneva", venues.py): the
    # resolver keeps only those naming a state (resolve/taken_places.py).
    held_places: tuple[Mention, ...] = ()
    # Other mentions of the same event merged into this one (extract/merge.py), in order.
    restatements: tuple[EventCandidate, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """A coded, resolved event with its provenance."""

    event_id: str
    article_id: str
    doc_id: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    location: Place | None
    date: str | None
    date_precision: DatePrecision
    flags: Flags
    attributed_to: str | None
    evidence: Evidence
    sentence_index: int
    trigger: Mention
    confidence: float
    pattern: str
    cameo: str | None = None
    # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    quad: int | None = None
    intensity: float | None = None
    codebook: str = CODEBOOK
    extractor: str = ""  # "name/version" of the coder
    why: tuple[str, ...] = ()
    date_source: DateSource = "text"


@dataclass(frozen=True, slots=True)
class Analysis:
    """One output document of ``analyze``: the article and everything found in it."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()
    words: int = 0
