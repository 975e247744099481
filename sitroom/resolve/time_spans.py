"""Time expression extents: spaCy DATE/TIME spans brought to TIMEX3 conventions.

spaCy's spans are a starting point. TimeML keeps prepositions, focus adverbs and
possessives out ("only [six months]", "[last year]'s"), makes two expressions of
a range or of "the quarter ended Sept. 30", joins a day to its part of day or
clock time ("[noon Thursday]"), and marks words NER ignores ("now", "recently").
Ages ("6-year-old") and bare numbers are not time expressions, nor is a count after a
month ("on 16 July 36 civilians died": not the year 2036).
"""

from __future__ import annotations

import re

from sitroom.model import Annotations
from sitroom.resolve.time_calendar import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS
from sitroom.resolve.time_lookups import TimeRules

_DAYWORDS = "|".join([*WEEKDAYS, "today", "yesterday", "tomorrow", "tonight"])
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_END = re.compile(rf"(?:\b(?:{_DAYWORDS})|\b(?:{_MONTH})\.? \d{{1,2}}(?:, \d{{4}})?)$", re.I)
_CLOCK_END = re.compile(r"(?:[ap]\.m\.?|noon|midnight)(?: [a-z]st| [a-z]dt| gmt)?$", re.I)
_DAY_AFTER = re.compile(
    rf"^(,?\s+)(?:(?:{_DAYWORDS})\b|(?:{_MONTH})\.? \d{{1,2}}\b(?:, \d{{4}})?)", re.I
)
_TIMEISH = re.compile(
    rf"\d|\b(?:{_MONTH}|{'|'.join(WEEKDAYS)}|{'|'.join(SEASONS)}|{'|'.join(PARTS_OF_DAY)})\b|"
    r"\b(?:now|today|tonight|yesterday|tomorrow|currently|current|recent|recently|future|past|"
    r"ago|noon|midnight|second|minute|hour|day|week|weekend|month|quarter|year|decade|century|"
    r"centuries|daily|weekly|monthly|annually|yearly|period|season|time|once|soon|later|earlier|"
    r"thanksgiving|christmas|easter|ramadan|nineties|eighties|seventies|sixties)s?\b|"
    r"(?:day|week|month|quarter|year|decade)s?\b",
    re.I,
)
# TimeBank leaves the article out before a full date and a bare plural unit
# ("the [Dec. 21, 1988] meeting", "in [the weeks] before") but keeps it elsewhere.
_DETERMINER_BEFORE_DATE = re.compile(
    rf"^(?:an?|the)\s+(?=(?:{_MONTH})\.?\s+\d|(?:days|weeks|months|years)$)", re.I
)
_A_BEFORE_MODIFIER = re.compile(
    r"^an?\s+(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]"
    r"(?:day|week|month|quarter|year)$|[\w]+-(?:day|week|month|quarter|year)\b|"
    r"\d+(?:st|nd|rd|th)\b)",
    re.I,
)


# A word that cannot start a time expression before "a/the/last ...": "seven [a year ago]".
_STRAY_HEAD = re.compile(
    r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|\w+['’]\w+)\s+"
    r"(?=(?:a|an|the|last|this|next)\s)",
    re.I,
)

# A number after a month that can be neither its day nor a year is the count of what
# follows ("on 16 July 36 civilians", "in May 40 people"): never part of the date.
_COUNT_AFTER_MONTH = re.compile(
    rf"(?P<day>\b\d{{1,2}}\s+)?\b(?:{_MONTH})\.?(?P<count>\s+\d{{1,3}})$", re.I
)


def _count_after_month(chunk: str) -> re.Match[str] | None:
    found = _COUNT_AFTER_MONTH.search(chunk)
    if found is None or (found["day"] is None and int(found["count"]) <= 31):
        return None  # "May 12" is a day
    return found


Span = tuple[int, int, str | None]  # start, end, lexical value (None: to be normalised)


# A bare "May" is Theresa May, not the month, as the object of a verb that takes a person
# ("urged May", "call on May") or before "to" and a verb ("May to engage"); never after a
# preposition of time or a range ("in May", "from April to May to allow ...").
_MAY_DATE_BEFORE = re.compile(
    r"\b(?:from|to|until|till|in|since|by|between|and|or|of|through|during|before|after|"
    r"last|next|this|early|late|mid|end|until|on|each|every)\s+$",
    re.I,
)
_MAY_PERSON_BEFORE = re.compile(
    r"(?:\b(?:Mrs|Ms|Theresa|urg(?:e|es|ed|ing)|told|tells?|ask(?:s|ed)?|begg?(?:ed|s)?|"
    r"press(?:es|ed)?|lobb(?:y|ies|ied)|thank(?:s|ed)?)|\bcall(?:s|ed|ing)?\s+on)\s+$"
)
_MAY_PERSON_AFTER = re.compile(
    rf"\s+to\s+(?!(?:the|a|an|mid|early|late|end|{_MONTH})\b)[a-z]+\b", re.I
)


def _person_may(text: str, start: int, end: int) -> bool:
    if text[start:end] != "May":
        return False
    before = text[max(0, start - 30) : start]
    if _MAY_PERSON_BEFORE.search(before):
        return True
    after = _MAY_PERSON_AFTER.match(text, end)
    return bool(after and after.group()[-1:].islower() and not _MAY_DATE_BEFORE.search(before))


def find_spans(text: str, annotations: Annotations, rules: TimeRules) -> list[Span]:
    """Every time expression in ``text``, sorted, with the lexicon's value where it gives one."""
    found: list[tuple[int, int]] = []
    for mention in annotations.times:
        for start, end in _split(text, mention.start, mention.end, rules):
            trimmed = _trim(text, start, end, rules)
            if trimmed is not None:
                found.append(_extend(text, *trimmed, rules))
    spans: list[Span] = [
        (*span, None) for span in found
        if _is_time(text[span[0] : span[1]], rules) and not _person_may(text, *span)
    ]  # fmt: skip
    spans.extend(_lexicon(text, spans, rules))
    return _without_overlaps(spans)


def _split(text: str, start: int, end: int, rules: TimeRules) -> list[tuple[int, int]]:
    """Cut a span at a range or "ended" connector when both sides are time expressions."""
    chunk = text[start:end]
    for match in rules.split_on.finditer(chunk):
        left, right = chunk[: match.start()], chunk[match.end() :]
        if (
            not _count_range(left, right)
            and _TIMEISH.search(left)
            and _TIMEISH.search(right)
            and _anchored(left)
            and _anchored(right)
        ):
            first = [(start, start + match.start())]
            return first + _split(text, start + match.end(), end, rules)
    return [(start, end)]


_COUNT_END = re.compile(
    r"(?:^|\s)(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)$", re.I
)
_UNIT_WORDS = (
    r"second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie)|spring|summer|"
    r"autumn|fall|winter"
)
_COUNT_UNIT = re.compile(rf"\S+\s+(?:{_UNIT_WORDS})s?\b", re.I)


def _count_range(left: str, right: str) -> bool:
    # "the next 12 to 18 months" is one duration whose count is a range, not two expressions.
    return bool(_COUNT_END.search(left.rstrip()) and _COUNT_UNIT.match(right))


def _anchored(text: str) -> bool:
    # Both halves need a calendar anchor; "a year or two" and "weeks or months" stay whole.
    return bool(
        re.search(
            rf"\d|\b(?:{_MONTH}|{_DAYWORDS}|now|(?:quarter|year|month|week|day|period)s?)\b",
            text,
            re.I,
        )
    )


def _trim(text: str, start: int, end: int, rules: TimeRules) -> tuple[int, int] | None:
    # A bracket or line break ends an expression ("Dec. 3, 2024.(AP)" in scraped captions).
    cut = re.search(r"\s*[()\[\]\n]", text[start:end])
    end = start + cut.start() if cut and cut.start() > 0 else end
    while True:
        chunk = text[start:end]
        stripped = chunk.strip(" \t\n\"'`“”([")
        start += chunk.index(stripped) if stripped else len(chunk)
        end = start + len(stripped)
        chunk = text[start:end]
        head = (rules.strip_leading.match(chunk) or _DETERMINER_BEFORE_DATE.match(chunk)
                or _A_BEFORE_MODIFIER.match(chunk) or _STRAY_HEAD.match(chunk))  # fmt: skip
        # A full stop after a digit closes the sentence, not an abbreviation ("2024.").
        tail = rules.strip_trailing.search(chunk) or re.search(r"(?<=\d)\.$", chunk)
        count = _count_after_month(chunk)
        if head and head.end() < len(chunk):
            start += head.end()
        elif count is not None:
            end = start + count.start("count")
        elif tail and tail.start() > 0:
            end = start + tail.start()
        else:
            return (start, end) if end > start else None


def _extend(text: str, start: int, end: int, rules: TimeRules) -> tuple[int, int]:
    """Join a day and its part of day or clock time ("Friday morning", "9 a.m. Tuesday")."""
    chunk = text[start:end]
    pod = rules.part_of_day
    if _DAY_END.search(chunk):
        after = re.match(rf"^\s+(?:{pod})\b", text[end:], re.I)
        if after:
            end += after.end()
    if _CLOCK_END.search(chunk) or re.fullmatch(rf"(?:mid-?)?(?:{pod})", chunk, re.I):
        after = _DAY_AFTER.match(text[end:])
        if after:
            end += after.end()
    if re.fullmatch(rf"(?:{'|'.join(WEEKDAYS)}|{_MONTH})s?(?: (?:{pod}))?", chunk, re.I):
        before = re.search(r"\b(?:each|every)\s+$", text[:start], re.I)  # a set: "each July"
        start = before.start() if before else start
    if _COUNT_END.search(chunk):  # NER stopped before the unit: "the past three [summers]"
        unit = re.match(rf"\s+(?:{_UNIT_WORDS})s?\b", text[end:], re.I)
        end += unit.end() if unit else 0
    if re.fullmatch(r"(?:week|weekend|month|year|quarter)", chunk, re.I):
        before = re.search(r"\b(?:this|last|next|that)\s+$", text[:start], re.I)
        start = before.start() if before else start
    if re.match(rf"(?:{pod})\b", chunk, re.I) or re.match(
        r"\d{1,2}(?::\d\d)? ?[ap]\.m", chunk, re.I
    ):
        before = re.search(rf"\b(?:{_DAYWORDS}),?\s+$", text[:start], re.I)
        if before and not re.search(r"\b(?:to|and|or)\s+$", text[:start]):
            start = before.start()
    return start, end


def _is_time(chunk: str, rules: TimeRules) -> bool:
    return bool(_TIMEISH.search(chunk)) and not rules.reject.fullmatch(chunk.strip())


def _lexicon(text: str, found: list[Span], rules: TimeRules) -> list[Span]:
    added: list[Span] = []
    for entry in rules.lexicon:
        for match in entry.pattern.finditer(text):
            start, end = match.span()
            if any(start < other[1] and other[0] < end for other in found + added):
                continue
            if entry.not_followed_by and entry.not_followed_by.match(text, end):
                continue
            if entry.only_after and not entry.only_after.search(text[max(0, start - 40) : start]):
                continue
            added.append((start, end, entry.value))
    return added


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if kept and span[0] < kept[-1][1]:
            if span[1] - span[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = span
            continue
        kept.append(span)
    return kept
