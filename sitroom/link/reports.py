"""A report: one stored event reduced to what linking compares, and its blocking keys.

A *report* is what one article says about one event. Reports are built from the
contract JSON of an event (``contract.event_json``), so the same code serves fresh
analyses and rows already in the store.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sitroom.link.rules import Rules

DOC_LOCAL_PREFIX = "doc-"  # actor ids minted per document (``doc-actor_...``): not global
MAX_NAMES = 8  # name tokens per report in the blocking keys: bounds the keys per report
_WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W_]")


@dataclass(frozen=True, slots=True)
class Party:
    """One participant as linking sees it."""

    id: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class Where:
    geonameid: int | None
    name: str | None
    country: str | None
    resolution: int | None  # 1 country ... 5 sub-city


@dataclass(frozen=True, slots=True)
class Report:
    """One event as reported by one article."""

    event_id: str
    article_id: str
    doc_id: str
    event_type: str
    actor: tuple[Party, ...]
    recipient: tuple[Party, ...]
    place: Where | None
    date: str | None
    precision: str  # day, week, month, year, none
    lo: int | None  # ordinal days of the interval the date denotes (None: unknown)
    hi: int | None
    dated: bool  # False when the interval is the publication-date proxy
    polarity: tuple[bool, bool, bool]  # negated, hypothetical, future must agree
    source_key: str
    reported: str | None  # publication date of the article
    evidence: str
    sentence_index: int
    attributed_to: str | None = None
    words: frozenset[str] = frozenset()  # content words of the evidence, lower case
    names: frozenset[str] = frozenset()  # capitalised words inside the sentence (Afrin, Shayrat)
    predicate: frozenset[str] = frozenset()  # stems of the trigger's words ("captur")


def evidence_words(text: str, stopwords: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Content words of a sentence and, among them, the capitalised ones after its first word."""
    words: set[str] = set()
    names: set[str] = set()
    for number, match in enumerate(_WORD.finditer(text)):
        raw = match.group()
        word = raw.lower().split("’")[0].split("'")[0]
        if len(word) < 4 or word in stopwords:
            continue
        words.add(word)
        if number and raw[0].isupper():
            names.add(word)
    return frozenset(words), frozenset(names)


def predicate_stems(trigger: str | None, stopwords: frozenset[str]) -> frozenset[str]:
    """Five-letter stems of a trigger's content words: "capturing" and "capture" agree."""
    stems = set()
    for match in _WORD.finditer(trigger or ""):
        word = match.group().lower()
        if len(word) >= 4 and word not in stopwords:
            stems.add(word[:5])
    return frozenset(stems)


def source_key(*, outlet: str | None, url: str | None, source: str | None) -> str:
    """The outlet; else the URL host; else the input file (``path:LINE`` cut to the path)."""
    if outlet:
        return outlet.strip().lower()
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    if source:
        return source.rsplit(":", 1)[0] if source[-1:].isdigit() else source
    return "unknown"


def specific_id(actor_id: str | None) -> str | None:
    """A global id naming one person or group (``person:...``, ``group:...``, ``igo:...``).

    Country-level ids (``USA``, ``IRQ-GOV``) say no more than country and sector, and
    document-local ids (``doc-actor_...``) mean nothing outside their article.
    """
    if actor_id and ":" in actor_id and not actor_id.startswith(DOC_LOCAL_PREFIX):
        return actor_id
    return None


def compact_event(data: dict[str, Any]) -> dict[str, Any]:
    """The part of an event's contract JSON that linking reads (stored with each link)."""
    location = data.get("location")
    keep = ("event_id", "event_type", "date", "date_precision", "negated", "hypothetical",
            "future", "historical", "sentence_index", "attributed_to")  # fmt: skip
    return {
        **{key: data.get(key) for key in keep},
        "actor": [{k: a.get(k) for k in ("country", "sector", "id")} for a in data["actor"]],
        "recipient": [
            {k: a.get(k) for k in ("country", "sector", "id")} for a in data["recipient"]
        ],
        "location": location
        and {k: location.get(k) for k in ("name", "text", "country", "geonameid", "resolution")},
        "evidence": {"sentence": data["evidence"]["sentence"]},
        "trigger": {"text": (data.get("trigger") or {}).get("text")},
    }


def _party(data: dict[str, Any]) -> Party:
    return Party(id=data.get("id"), country=data.get("country"), sector=data.get("sector"))


def _interval(
    date: str | None, precision: str, published: str | None, rules: Rules
) -> tuple[int | None, int | None, bool]:
    """Ordinal-day interval the date denotes, and whether it came from the event itself."""
    try:
        if date and len(date) == 10:
            day = dt.date.fromisoformat(date).toordinal()
            half = 3 if precision == "week" else 0
            return day - half, day + half, True
        if date and len(date) == 7:
            first = dt.date.fromisoformat(date + "-01")
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first.toordinal(), nxt.toordinal() - 1, True
        if date and len(date) == 4:
            year = int(date)
            return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal(), True
        if published:
            day = dt.date.fromisoformat(published).toordinal()
            return day - rules.undated_lookback_days, day, False
    except ValueError:
        pass  # a malformed date is treated as unknown, never guessed
    return None, None, False


def report_from_json(
    data: dict[str, Any],
    *,
    article_id: str,
    doc_id: str,
    published: str | None,
    source: str,
    rules: Rules,
) -> Report:
    """A report from one event's contract JSON and its article's provenance."""
    location = data.get("location")
    place = None
    if location:
        place = Where(
            geonameid=location.get("geonameid"),
            name=location.get("name") or location.get("text"),
            country=location.get("country"),
            resolution=location.get("resolution"),
        )
    precision = data.get("date_precision") or "none"
    lo, hi = None, None
    dated = False
    if not (data.get("historical") and not data.get("date")):
        # An undated historical mention has no usable time: it is not linked across articles.
        lo, hi, dated = _interval(data.get("date"), precision, published, rules)
    words, names = evidence_words(data["evidence"]["sentence"], rules.stopwords)
    return Report(
        event_id=data["event_id"],
        article_id=article_id,
        doc_id=doc_id,
        event_type=data["event_type"],
        actor=tuple(_party(a) for a in data.get("actor", [])),
        recipient=tuple(_party(a) for a in data.get("recipient", [])),
        place=place,
        date=data.get("date"),
        precision=precision if dated else "none",
        lo=lo,
        hi=hi,
        dated=dated,
        polarity=(bool(data.get("negated")), bool(data.get("hypothetical")),
                  bool(data.get("future"))),
        source_key=source,
        reported=published,
        evidence=data["evidence"]["sentence"],
        sentence_index=int(data.get("sentence_index", 0)),
        attributed_to=data.get("attributed_to"),
        words=words,
        names=frozenset(sorted(names)[:MAX_NAMES]),
        predicate=predicate_stems((data.get("trigger") or {}).get("text"), rules.stopwords),
    )  # fmt: skip


def tolerance(report: Report, rules: Rules) -> int:
    return rules.tolerance.get(report.precision, 0) if report.dated else 0


def tokens(report: Report) -> set[str]:
    """Participant and place tokens shared by reports of one event (both roles pooled)."""
    found: set[str] = set()
    for party in report.actor + report.recipient:
        if specific_id(party.id):
            found.add(f"id:{party.id}")
        if party.country:
            found.add("c:" + party.country)
    if report.place and report.place.geonameid is not None:
        found.add(f"g:{report.place.geonameid}")
    if report.place and report.place.name:
        found.add("p:" + report.place.name.lower())
    found.update("n:" + name for name in report.names)
    return found


def blocking_keys(report: Report, rules: Rules) -> set[str]:
    """``group|token|bucket`` keys: two linkable reports always share one (see tests)."""
    if report.lo is None or report.hi is None:
        return set()
    group = rules.group.get(report.event_type, report.event_type)
    flags = "".join("1" if flag else "0" for flag in report.polarity)
    if report.hi - report.lo > rules.max_interval_days:
        # A year-dated report only links with other year-dated reports: one bucket a year.
        if report.precision != "year" or not report.date:
            return set()
        buckets = [f"y{report.date[:4]}"]
    else:
        pad = tolerance(report, rules)
        first = (report.lo - pad) // rules.bucket_days
        last = (report.hi + pad) // rules.bucket_days
        buckets = [str(bucket) for bucket in range(first, last + 1)]
    return {f"{group}|{flags}|{token}|{bucket}" for token in tokens(report) for bucket in buckets}
