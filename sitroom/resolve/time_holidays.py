"""Holidays as TIMEX3 dates: "Christmas" -> ``1998-12-25``, "last Thanksgiving" -> ``1999-11-25``.

The calendar rules are data (``holidays`` in ``lookups/time.yml``): a fixed date, the nth
weekday of a month (plus an offset: Election Day is the Tuesday after the first Monday of
November) or a number of days from Easter Sunday. The year follows the document date:
"last"/"this past" take the latest one before it, "next"/"this coming" (or a future cue)
the next one after it, "this" the one of its year; a bare name takes the latest one on or
before it unless the next one is less than two months ahead (an announced date).
"""

from __future__ import annotations

import datetime as dt
import re

from sitroom.resolve.time_calendar import Anchor, day_value, week_value
from sitroom.resolve.time_dates import Value
from sitroom.resolve.time_lookups import Holiday, default_rules

_AHEAD_DAYS = 61  # a holiday up to two months ahead is the coming one
_FORM = re.compile(
    r"(?:(?P<q>last|next|this coming|this) )?(?P<name>.+?)(?P<week> week)?"
    r"(?:,? (?:of )?(?P<year>\d{4}))?"
)


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(rule: Holiday, year: int) -> dt.date | None:  # noqa: PLR0911 (one per form)
    """The day of ``rule`` in ``year``; None when the rule gives no valid date."""
    if rule.easter is not None:
        return easter_sunday(year) + dt.timedelta(days=rule.easter)
    if rule.month is None:
        return None
    if rule.day is not None:
        try:
            return dt.date(year, rule.month, rule.day)
        except ValueError:
            return None
    if rule.weekday is None or rule.nth is None:
        return None
    if rule.nth > 0:
        first = dt.date(year, rule.month, 1)
        day = first + dt.timedelta(days=(rule.weekday - first.weekday()) % 7 + 7 * (rule.nth - 1))
    else:  # the last such weekday of the month
        following = dt.date(year + rule.month // 12, rule.month % 12 + 1, 1)
        last = following - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.weekday() - rule.weekday) % 7)
    if day.month != rule.month:
        return None
    return day + dt.timedelta(days=rule.offset)


def holiday(text: str, anchor: Anchor) -> Value | None:
    """The date of a holiday named in ``text`` (cleaned, lower-cased); None if it names none.

    "Easter week" is the week of the holiday (``2000-W16``).
    """
    found = _holiday_day(text, anchor)
    if found is None or found.value is None or not text.endswith(" week"):
        return found
    return Value(week_value(dt.date.fromisoformat(found.value)))


def _holiday_day(text: str, anchor: Anchor) -> Value | None:
    match = _FORM.fullmatch(text)
    if match is None:
        return None
    name = match.group("name")
    rule = next((rule for rule in default_rules().holidays if rule.names.fullmatch(name)), None)
    if rule is None:
        return None
    if match.group("year"):
        day = holiday_date(rule, int(match.group("year")))
        return Value(day_value(day)) if day else None
    pub = anchor.published
    if pub is None:
        return None
    qualifier = match.group("q")
    if qualifier == "this":
        day = holiday_date(rule, pub.year)
        return Value(day_value(day)) if day else None
    days = [day for year in (pub.year - 1, pub.year, pub.year + 1)
            if (day := holiday_date(rule, year))]  # fmt: skip
    before = [day for day in days if day < pub or (day == pub and qualifier != "last")]
    after = [day for day in days if day > pub or (day == pub and qualifier is None)]
    previous, coming = (before[-1] if before else None), (after[0] if after else None)
    if qualifier in ("next", "this coming") or anchor.future:
        chosen = coming
    elif qualifier == "last" or coming is None:
        chosen = previous
    else:
        chosen = coming if (coming - pub).days <= _AHEAD_DAYS else previous
    return Value(day_value(chosen)) if chosen else None
