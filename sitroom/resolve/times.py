"""Time expressions (TIMEX3 values) and the date of each event.

``times`` finds every temporal expression (spaCy DATE/TIME spans fixed to TimeML
extents plus a lexicon, see ``time_spans``) and normalises it against the
document date (``time_values``). Each expression is resolved with its sentence's
tense cue (a bare "Monday" is the last one unless "will ... Monday") and the
fiscal quarter the document last named ("a year ago" in earnings news is that
quarter a year before).

``event_date`` picks, in order:

1. the first expression governed by the event's clause (``candidate.times``,
   matched by offset) with a calendar value: ``YYYY-MM-DD`` (day; a time of day
   keeps its day), ``YYYY-Www`` (week: the Monday's date; a weekend ``-WE`` its
   Saturday), ``YYYY-MM`` (month), ``YYYY`` or ``YYYY-Qn``/``YYYY-SU``/``YYYY-H1``
   (year); ``PRESENT_REF`` is the document date (day);
2. otherwise the only calendar expression of the event's own clause, if there is
   exactly one, or exactly one in the trigger's own comma stretch (the coder may not have
   attached it). With the text, an expression
   is in another clause when a clause break (``clause_boundary`` in ``time.yml``: a
   quotation mark, ", but", "as", "who" ...) lies between it and the trigger:
   "arrived 18 months ago, but figures rose as forces attacked" leaves "attacked"
   undated, and "saying 'tomorrow we win' and urging" does not date "urging"; so does
   a relative or complement clause after the trigger ("that he linked to the coup in
   2015") or a clause inserted before it ("the envoy, who was freed in May, said");

With the text, no expression (attached or not) dates the event when it modifies
another noun ("the 2016 coup", "last week's raid"), follows "since" (an ongoing act),
or sits in a conjunct with its own auxiliary (``time_scope.foreign``).
3. otherwise the document date, precision ``day``, when news reports it as done:
   a document date exists, the event is not future, hypothetical or historical,
   its sentence has no time expression at all (nothing contradicts), and the
   trigger is past or perfect ("attacked", "has struck", "met") but not past
   perfect ("had promised": background before the news, date unknown); news
   reports such events on the day or the day before, so the day is an approximation
   (``sourced_date`` says ``published``); not for a trigger in a fronted "when" clause
   (``time_context.in_frame_clause``);
4. otherwise ``(None, "none")``: e.g. "recently", "for years", a future event.

A trailing window ("the past week") is dated from publication (``time_context``); the
narrative anchor of earlier sentences is applied in ``events``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sitroom.model import (
    Annotations,
    DatePrecision,
    DateSource,
    EventCandidate,
    Sentence,
    TimeExpr,
)
from sitroom.resolve.time_calendar import Anchor
from sitroom.resolve.time_context import in_frame_clause, trailing_window
from sitroom.resolve.time_lookups import TimeRules, default_rules
from sitroom.resolve.time_scope import foreign, same_clause
from sitroom.resolve.time_spans import find_spans
from sitroom.resolve.time_values import normalise

_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_CALENDAR = re.compile(r"\d{4}(?:-\d\d){0,2}(?:T.*)?")
# Only a quarter named outright anchors "a year ago" and "the quarter" that follow.
_NAMES_QUARTER = re.compile(
    r"^(?!.*(?:ago|earlier|previous)).*\b(?:first|second|third|fourth|1st|2nd|3rd|4th|"
    r"q[1-4])\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# The coder's why line for its year cue is "historical: '<expression>' is well before ...".
_YEAR_CUE = re.compile(r"historical: '.*' is well before ")


def is_year_cue(line: str) -> bool:
    """Is this why line the coder's year cue for the historical flag?"""
    return _YEAR_CUE.match(line) is not None


_CUE_WINDOW = 60  # characters before an expression searched for a tense cue


def times(
    text: str, annotations: Annotations, *, published: dt.date | None
) -> tuple[TimeExpr, ...]:
    """Every temporal expression with its TIMEX3 value (None when it cannot be normalised)."""
    rules = default_rules()
    found: list[TimeExpr] = []
    quarter: str | None = None
    last: str | None = None
    for start, end, lexical in find_spans(text, annotations, rules):
        chunk = text[start:end]
        if lexical is not None:
            found.append(TimeExpr(chunk, start, end, lexical, "DATE"))
            continue
        future = _future(text, start, end, _sentence(annotations.sentences, start), rules)
        try:
            after = text[end : end + 20]
            anchor = Anchor(published, future=future, quarter=quarter, last=last, after=after)
            value = normalise(chunk, anchor)
        except ValueError:
            # A relative expression ("last night") cannot be placed without a document date.
            found.append(TimeExpr(chunk, start, end, None, "DATE"))
            continue
        if value.value and _CALENDAR.fullmatch(value.value):
            last = value.value
        if value.value and _QUARTER.fullmatch(value.value) and _NAMES_QUARTER.search(chunk):
            quarter = value.value
        found.append(TimeExpr(chunk, start, end, value.value, value.kind))
    return tuple(found)


def _sentence(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    return next((sent for sent in sentences if sent.start <= offset < sent.end), None)


def _future(text: str, start: int, end: int, sent: Sentence | None, rules: TimeRules) -> bool:
    """A future cue governs the expression: "will meet on Monday", "talks next week"."""
    floor = max(sent.start if sent else 0, start - _CUE_WINDOW)
    before = text[floor:start]
    cues = list(rules.future_cues.finditer(before))
    if cues and not rules.past_cues.search(before, cues[-1].end()):
        return True
    # A fronted expression takes the tense of its clause ("On Monday, talks will resume");
    # elsewhere a "will" after it belongs to another clause ("said Friday it will close").
    if len(text[sent.start if sent else 0 : start].split()) > 2:
        return False
    after = text[end : min(sent.end if sent else len(text), end + 25)]
    return bool(re.match(r"[,\s]*(?:\w+\s+){0,2}(?:will|'ll|is to|are to)\b", after))


def event_date(
    candidate: EventCandidate,
    times: Sequence[TimeExpr],
    *,
    published: dt.date | None,
    text: str | None = None,
) -> tuple[str | None, DatePrecision]:
    """The event's date (``YYYY-MM-DD``/``YYYY-MM``/``YYYY``) and its precision.
    ``text`` (the article text the offsets point into) enables the clause checks."""
    date, precision, _ = sourced_date(candidate, times, published=published, text=text)
    return date, precision


def sourced_date(
    candidate: EventCandidate,
    times: Sequence[TimeExpr],
    *,
    published: dt.date | None,
    text: str | None = None,
) -> tuple[str | None, DatePrecision, DateSource]:
    """``event_date`` with where the date comes from: ``text`` (an expression of the
    event's clause), ``published`` (the step 3 stand-in) or ``none``."""
    rules = default_rules()
    governed = [
        expr
        for mention in candidate.times
        for expr in times
        if expr.start < mention.end and mention.start < expr.end
    ]
    if text is not None:
        governed = [expr for expr in governed if not _foreign(text, candidate, expr, rules)]
    for expr in governed:
        date = _expr_date(expr, published)
        if date[0] is not None:
            return (*date, "text")
    in_sentence = [
        expr for expr in times if candidate.sentence.start <= expr.start < candidate.sentence.end
    ]
    if not governed:  # governed expressions were checked above
        own = [
            expr
            for expr in in_sentence
            if _expr_date(expr, published)[0]
            and (
                text is None
                or (
                    not _foreign(text, candidate, expr, rules)
                    and same_clause(text, candidate, expr.start, expr.end, rules)
                )
            )
        ]
        if len(own) > 1 and text is not None:
            # Several in the clause: the one in the trigger's own comma-free stretch ("who
            # was killed last October fighting the cartel, was buried on Sunday").
            own = [expr for expr in own if _same_stretch(text, candidate, expr)] or own
        if len(own) == 1:
            return (*_expr_date(own[0], published), "text")
    flags = candidate.flags
    if (
        published is not None
        and not (flags.future or flags.hypothetical or flags.historical)
        and not in_sentence
        and _past(candidate, rules)
        and not (text is not None and _past_perfect(text, candidate, rules))
        and not (text is not None and in_frame_clause(text, candidate))
    ):
        return published.isoformat(), "day", "published"
    return None, "none", "none"


def _expr_date(expr: TimeExpr, published: dt.date | None) -> tuple[str | None, DatePrecision]:
    """An expression's date: a trailing window ("the past week") ends at publication."""
    return trailing_window(expr, published) or calendar_date(expr.value, published)


def _same_stretch(text: str, candidate: EventCandidate, expr: TimeExpr) -> bool:
    """No comma, semicolon, colon, dash or bracket between the expression and the trigger."""
    trigger = candidate.trigger
    low, high = (
        (expr.end, trigger.start) if expr.end <= trigger.start else (trigger.end, expr.start)
    )
    return re.search(r"[,;:()\u2013\u2014]", text[low:high]) is None


def _foreign(text: str, candidate: EventCandidate, expr: TimeExpr, rules: TimeRules) -> bool:
    return foreign(text, candidate, expr.start, expr.end, rules) is not None


def year_cue_stands(candidate: EventCandidate, text: str) -> bool:
    """False when every attached expression naming a year (the coder's cue for the historical
    flag) cannot date the event (``time_scope.foreign``): the flag then rests on the date."""
    if any(line.startswith("historical: ") and not is_year_cue(line) for line in candidate.why):
        return True  # set by another cue (a dated decision carried out), not by a year
    rules = default_rules()
    years = [mention for mention in candidate.times if _YEAR.search(mention.text)]
    return not years or any(
        foreign(text, candidate, mention.start, mention.end, rules) is None for mention in years
    )


def _past_perfect(text: str, candidate: EventCandidate, rules: TimeRules) -> bool:
    """The trigger follows "had" ("had promised", "had already been seized"), and no reporting
    verb before it makes it a backshifted report ("said the army had seized")."""
    before = text[candidate.sentence.start : candidate.trigger.start]
    match = rules.past_perfect.search(before)
    return match is not None and not rules.reported_speech.search(before, 0, match.start())


def calendar_date(  # noqa: PLR0911 (one per value form)
    value: str | None, published: dt.date | None
) -> tuple[str | None, DatePrecision]:
    """A TIMEX3 value as an event date and precision; ``(None, "none")`` if not a calendar date."""
    if value is None:
        return None, "none"
    if value == "PRESENT_REF":
        return (published.isoformat(), "day") if published else (None, "none")
    if match := re.fullmatch(r"(\d{4}-\d\d-\d\d)(?:T.*)?", value):
        return match.group(1), "day"
    if match := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        # A week is dated by its Monday, a weekend by its Saturday (still precision week).
        day = 6 if match.group(3) else 1
        first = dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), day)
        return first.isoformat(), "week"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return value, "month"
    if match := re.fullmatch(r"(\d{4})(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?", value):
        return match.group(1), "year"
    return None, "none"


def _past(candidate: EventCandidate, rules: TimeRules) -> bool:
    """The trigger reads as past or perfect tense."""
    word = candidate.trigger.text.lower().split()[-1] if candidate.trigger.text.split() else ""
    return word.endswith("ed") or word in rules.past_irregular
