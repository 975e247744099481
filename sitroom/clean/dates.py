"""Publication date inferred from the text when none was given.

Photo captions usually carry the day the picture was taken ("... on December
2, 2024."), which for news is the day of publication or the day before; a
body rarely names the publication day outright. A candidate date is checked
against the weekdays the body mentions ("on Monday"): a date whose weekday
the body names is preferred, and a date that names its own weekday wrongly
("Tuesday Dec. 4, 2024") is discarded. A date from the body alone is used
only when its weekday is confirmed that way: bodies cite history
("September 11, 2001") more often than their own date. A wire dateline is the
exception: a full date ending one of the first lines, alone or after the place
("MOSCOW 1996-08-30", "NICE, France, Aug. 30, 1996"), is the day of filing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitroom.model import Caption, PublishedFrom

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?P<weekday>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day|nesday|urday)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = (
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),  # Tuesday Dec. 3, 2024
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),  # Tuesday 3 December 2024
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),  # 2024-12-03
)
# A dateline: the place in capitals (an optional ", Region" after it) or nothing before the
# date, and at most a dash after it ("LONDON 1996-08-30", "MILWAUKEE , Wisconsin 1996-08-29").
_DATELINE_PLACE = re.compile(
    r"(?:[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*){0,3}"
    r"(?:\s*,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*,?\s*)?"
)
_DATELINE_END = re.compile(r"\s*(?:[-\u2013\u2014:.]\s*)?")
DATELINE_LINES = 4  # a headline, a byline and the dateline itself come first
_WEEKDAY_MENTION = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@dataclass(frozen=True, slots=True)
class Found:
    """A full date written in the text."""

    date: dt.date
    weekday: int | None  # the weekday written next to it, if any


def _month(value: str) -> int:
    return int(value) if value.isdigit() else _MONTHS[value[:3].casefold()]


def _weekday(value: str | None) -> int | None:
    if not value:
        return None
    prefix = value[:2].casefold()
    return next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(prefix))


def full_dates(text: str) -> list[Found]:
    """Every day-precision date written out in ``text``, in order of appearance."""
    found: list[tuple[int, Found]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            try:
                date = dt.date(int(groups["year"]), _month(groups["month"]), int(groups["day"]))
            except ValueError:
                continue  # "February 30": not a date
            found.append((match.start(), Found(date, _weekday(groups.get("weekday")))))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def weekdays_mentioned(text: str) -> frozenset[int]:
    """Weekdays named in ``text`` (0 = Monday)."""
    names = (found.group(1).casefold() for found in _WEEKDAY_MENTION.finditer(text))
    return frozenset(_WEEKDAYS.index(name) for name in names)


def _pick(
    candidates: Sequence[Found], mentioned: frozenset[int], *, confirmed: bool
) -> dt.date | None:
    """The latest candidate, preferring those whose weekday the body names.

    A date that names its weekday wrongly is a typo or not what it seems. With
    ``confirmed``, a date is taken only if its weekday is named (by the body or
    next to the date itself): a bare date in a body is as often history.
    """
    valid = [c for c in candidates if c.weekday in (None, c.date.weekday())]
    if confirmed:
        valid = [c for c in valid if c.weekday is not None or c.date.weekday() in mentioned]
    if not valid:
        return None
    best = max(valid, key=lambda c: (c.date.weekday() in mentioned, c.date))
    return best.date


def dateline(text: str) -> dt.date | None:
    """The date of a wire dateline among the first lines of ``text``."""
    for line in text.lstrip().splitlines()[:DATELINE_LINES]:
        for pattern in _DATE_PATTERNS:
            for match in pattern.finditer(line):
                if not (
                    _DATELINE_PLACE.fullmatch(line[: match.start()])
                    and _DATELINE_END.fullmatch(line[match.end() :])
                ):
                    continue
                found = full_dates(match.group())
                if found and found[0].weekday in (None, found[0].date.weekday()):
                    return found[0].date
    return None


def infer_published(text: str, captions: Sequence[Caption]) -> tuple[dt.date, PublishedFrom] | None:
    """The publication date suggested by caption dates, else by dates in the body."""
    caption_text = " ".join(text[caption.start : caption.end] for caption in captions)
    # Weekdays of the body only: caption dates are the candidates. Captions are
    # blanked out, not cut, so nothing on either side is glued together.
    parts, position = [], 0
    for caption in sorted(captions, key=lambda caption: caption.start):
        parts += [text[position : caption.start], " " * (caption.end - caption.start)]
        position = max(position, caption.end)
    body = "".join([*parts, text[position:]])
    filed = dateline(body)
    if filed is not None:
        return filed, "text"  # the contract's value for any date read from the text
    mentioned = weekdays_mentioned(body)
    date = _pick(full_dates(caption_text), mentioned, confirmed=False)
    if date is not None:
        return date, "caption"
    date = _pick(full_dates(body), mentioned, confirmed=True)
    return (date, "text") if date is not None else None
