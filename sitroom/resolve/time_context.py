"""Dates an event takes from its context when its own clause names none.

- **Narrative anchor**: a past-tense sentence with no time expression of its own that
  directly follows a past-tense sentence framed by a period well before publication ("In
  the 1970s, the kingdom fought the rebels. The rebels declared a truce.") is told of that
  period and inherits its anchor, for at most ``MAX_CARRY`` sentences. The chain breaks at
  a paragraph break, at a sentence with any time expression of its own (a recent one
  starts the news again, an old one starts a new anchor) and at a sentence with a
  present-tense or present-time cue ("is", "has", "now", "today"), so news of the day is
  never pushed into the past. Only a framing expression anchors: a fronted one ("In 2009,
  ...", "Three years ago ...") or the only calendar expression of the sentence outside a
  relative clause and a noun modifier.
- **Frame clause**: a fronted "when/while/once" clause ("When the army invaded the valley,
  she kept writing") presupposes its event as a known time frame; with no date of its own it
  stays undated rather than taking the publication day.
- **Trailing window**: "over the past week", "in the last few days" is the window ending at
  publication (the week before it), not the previous calendar week.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitroom.model import DatePrecision, EventCandidate, Mention, Sentence, Span, TimeExpr
from sitroom.resolve.time_lookups import default_rules
from sitroom.resolve.time_scope import foreign

# An event dated this long before publication is reported history (``events.HISTORICAL_AFTER``).
HISTORICAL_AFTER = dt.timedelta(days=90)
MAX_CARRY = 3  # sentences after the anchor that can inherit it

# Finite present or future, or a present-time adverb: the sentence is not told in the past.
_PRESENT = re.compile(
    r"\b(?:is|are|am|isn['’]t|aren['’]t|has|have|hasn['’]t|haven['’]t|does|do|doesn['’]t|"
    r"don['’]t|will|won['’]t|shall|can|can['’]t|cannot|must|may|might|now|today|tonight|"
    r"currently|nowadays|still|this (?:week|month|year)|so far)\b|['’](?:re|ve|ll)\b",
    re.I,
)
_PAST_AUX = re.compile(r"\b(?:was|were|had|did|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t)\b", re.I)
_PLUPERFECT = re.compile(
    r"\b(?:had|['’]d)\s+(?:(?:not|never|already|just|also|long|previously|once|\w+ly)\s+)*"
    r"(?:been\s+)?(?-i:[a-z]+(?:ed|en|wn|ne|ght|ft|pt|lt|nt|ung|un|ook|ld|id|ot))\b",
    re.I,
)
_PAST_VERB = re.compile(r"\b(?-i:[a-z]+ed)\b")
_WORD = re.compile(r"[a-z]+")
# A relative or comparison clause before the expression: the time belongs to that clause.
_EMBEDDED = re.compile(r"\b(?:who|whom|whose|which|that|like|unlike|as in|since)\b", re.I)
_NOW = frozenset({"PRESENT_REF", "FUTURE_REF"})
_FRONTED_WORDS = 3  # an expression starting within this many words frames the sentence
_DECADE = re.compile(r"(\d{3})")
_CENTURY = re.compile(r"(\d{2})")
_FRAME_CLAUSE = re.compile(
    r"^\W*(?:(?:and|but|so|yet|then)\s+)?(?:when|while|once|as soon as)\b[^,;:]*$", re.I
)
_WINDOW_WEEK = re.compile(
    r"^(?:over |in |during |throughout |for )?the (?:past|last) "
    r"(?:week|seven days|7 days|few days|several days|couple of days|[2-7] days|"
    r"(?:two|three|four|five|six) days)$",
    re.I,
)
_WINDOW_DAY = re.compile(
    r"^(?:over |in |during |for )?the (?:past|last) (?:day|24 hours|36 hours|48 hours|"
    r"(?:twenty-four|thirty-six|forty-eight) hours)$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class NarrativeAnchor:
    """The framing expression a later sentence inherits (``times.calendar_date`` gives its
    date; a decade or century gives none but is still historical)."""

    expression: TimeExpr
    sentence_index: int


def period_end(value: str | None) -> dt.date | None:  # noqa: PLR0911 (one per value form)
    """Last day of the period a TIMEX3 value names (day, month, year, season/quarter,
    decade ``199``, century ``19``), or None for other values."""
    if value is None:
        return None
    if match := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.fullmatch(r"(\d{4})-(\d\d)", value):
        year, month = int(match[1]), int(match[2])
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    if match := re.fullmatch(r"(\d{4})(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI|W\d\d(?:-WE)?))?", value):
        return dt.date(int(match[1]), 12, 31)
    if match := _DECADE.fullmatch(value):
        return dt.date(int(match[1]) * 10 + 9, 12, 31)
    if match := _CENTURY.fullmatch(value):
        return dt.date(int(match[1]) * 100 + 99, 12, 31)
    return None


def told_in_past(text: str) -> bool:
    """The sentence has a past-tense verb and no present or future cue (a lexical test:
    a quoted present breaks it too, which only makes the anchor stop earlier). A pluperfect
    ("had moved", "had called") is not: it places its event before some other reference
    time, so neither the anchor nor the order of what follows is known."""
    if _PRESENT.search(text) or _PLUPERFECT.search(text):
        return False
    rules = default_rules()
    words = set(_WORD.findall(text.lower()))
    return bool(_PAST_AUX.search(text) or _PAST_VERB.search(text) or words & rules.past_irregular)


def narrative_anchors(
    text: str,
    sentences: Sequence[Sentence],
    times: Sequence[TimeExpr],
    *,
    published: dt.date | None,
) -> dict[int, NarrativeAnchor]:
    """Sentence index -> the past anchor it inherits (only sentences without a time
    expression of their own, told in the past, right after an old anchored sentence)."""
    if published is None:
        return {}
    inherited: dict[int, NarrativeAnchor] = {}
    anchor: NarrativeAnchor | None = None
    carried = 0
    previous_end: int | None = None
    for sent in sentences:
        if previous_end is not None and "\n" in text[previous_end : sent.start]:
            anchor = None  # a paragraph break ends the narrative
        previous_end = sent.end
        own = [expr for expr in times if sent.start <= expr.start < sent.end]
        past = told_in_past(text[sent.start : sent.end])
        if own:
            anchor = _anchor(text, sent, own, published) if past else None
            carried = 0
            continue
        if anchor is None or not past or carried >= MAX_CARRY:
            anchor = None
            continue
        inherited[sent.index] = anchor
        carried += 1
    return inherited


def _anchor(
    text: str, sent: Sentence, own: Sequence[TimeExpr], published: dt.date
) -> NarrativeAnchor | None:
    """The sentence's framing expression, when every expression it has is well in the past."""
    if any(expr.value in _NOW for expr in own):
        return None
    # Durations and vague values ("for weeks", "the opening months") place nothing.
    placed = [(expr, end) for expr in own if (end := period_end(expr.value)) is not None]
    if not placed or any(end >= published - HISTORICAL_AFTER for _, end in placed):
        return None  # a recent time: the news, not the past
    framing = [expr for expr, _ in placed if _frames(text, sent, expr)]
    if len(framing) != 1:
        return None
    return NarrativeAnchor(framing[0], sent.index)


def _frames(text: str, sent: Sentence, expr: TimeExpr) -> bool:
    """Fronted ("In 2009, ..."), or outside a relative/comparison clause and not modifying a
    noun ("the 2013 attack")."""
    lead = text[sent.start : expr.start]
    if len(lead.split()) <= _FRONTED_WORDS and "," not in lead:
        return True
    if _EMBEDDED.search(lead):
        return False
    # A pseudo-candidate on the sentence's last character: only the noun-modifier check of
    # ``foreign`` can fire for an expression before it.
    probe = EventCandidate(
        event_type="ASSAULT",
        sentence_index=sent.index,
        sentence=Span(sent.start, sent.end),
        trigger=Mention(text[sent.end - 1 : sent.end], sent.end - 1, sent.end),
        pattern="context",
    )
    return foreign(text, probe, expr.start, expr.end, default_rules()) is None


def in_frame_clause(text: str, candidate: EventCandidate) -> bool:
    """The trigger sits in a fronted when/while/once clause (before its closing comma)."""
    return _FRAME_CLAUSE.match(text[candidate.sentence.start : candidate.trigger.start]) is not None


def trailing_window(expr: TimeExpr, published: dt.date | None) -> tuple[str, DatePrecision] | None:
    """The window "the past week" names ending at publication: its first day, precision week;
    "the past 24 hours" the publication day."""
    if published is None:
        return None
    chunk = " ".join(expr.text.split())
    if _WINDOW_WEEK.match(chunk):
        return (published - dt.timedelta(days=6)).isoformat(), "week"
    if _WINDOW_DAY.match(chunk):
        return published.isoformat(), "day"
    return None
