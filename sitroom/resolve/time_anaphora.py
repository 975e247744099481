"""Anaphoric expressions: values taken from the last date the document named.

TimeML resolves these against the reference time, not the document date: "that year",
"the same day" (the last date at that granularity), "the following month", "the next
morning", "the previous day", "the day after" (one unit on from it), "the previous Friday" (the
one before the day last named). Without an earlier
date of fine enough granularity, "the following day" falls back to the document date
and "that year" has no value.

Deictic forms stay with the document date (``relative_unit``): "next week", "last year";
"the next"/"the previous" count as anaphoric only with day-sized units ("the next day"),
"the following" with any unit.
"""

from __future__ import annotations

import datetime as dt
import re

from sitroom.resolve.time_calendar import (
    PARTS_OF_DAY,
    WEEKDAYS,
    Anchor,
    add_months,
    day_value,
    week_value,
    weekday_date,
)
from sitroom.resolve.time_dates import Value

_SAME = re.compile(r"(?:earlier |later )?(?:that|same) (day|week|month|quarter|year)")
_DAYISH = r"day|morning|afternoon|evening|night"
_STEP_UNIT = re.compile(
    rf"(?:(?P<fwd>following)|(?P<back>preceding)) (?P<unit>{_DAYISH}|week|weekend|month|year)"
    rf"|(?:(?P<fwd2>next)|(?P<back2>previous|prior)) (?P<unit2>{_DAYISH})"
    r"|day (?:(?P<fwd3>after)|(?P<back3>before))"
)
_WEEKDAY = re.compile(rf"(?P<q>previous|preceding|prior|following) (?P<wd>{'|'.join(WEEKDAYS)})")
_SIZES = {"day": 10, "month": 7, "year": 4}
_DATE = re.compile(r"\d{4}(?:-\d\d){0,2}")


def anaphora(text: str, anchor: Anchor) -> Value | None:
    """The value of an anaphoric expression in ``text`` (cleaned, lower-cased), or None."""
    match = _SAME.fullmatch(text)
    if match:
        return _same(match.group(1), anchor)
    match = _WEEKDAY.fullmatch(text)
    if match:  # "the previous Friday": the one before the Friday just named
        ref = _reference(anchor, 10)
        if ref is None:
            return None
        future = match.group("q") == "following"
        weekday = WEEKDAYS.index(match.group("wd"))
        day = weekday_date(dt.date.fromisoformat(ref), weekday, future=future, strict=True)
        return Value(day_value(day))
    match = _STEP_UNIT.fullmatch(text)
    if match is None:
        return None
    step = 1 if (match.group("fwd") or match.group("fwd2") or match.group("fwd3")) else -1
    unit = match.group("unit") or match.group("unit2") or "day"
    return _step(unit, step, anchor)


def _same(unit: str, anchor: Anchor) -> Value | None:
    last = anchor.last
    if last is None:
        return None
    if unit == "quarter":
        return Value(anchor.quarter) if anchor.quarter else None
    size = _SIZES.get(unit)
    if size and len(last) >= size and _DATE.fullmatch(last[:size]):
        return Value(last[:size])
    return None


def _reference(anchor: Anchor, size: int) -> str | None:
    """The last date named, cut to ``size`` characters, else the document date's."""
    last = (anchor.last or "")[:size]
    if len(last) == size and _DATE.fullmatch(last):
        return last
    return anchor.published.isoformat()[:size] if anchor.published else None


def _step(unit: str, step: int, anchor: Anchor) -> Value | None:  # noqa: PLR0911 (one per unit)
    size = 4 if unit == "year" else 7 if unit == "month" else 10
    ref = _reference(anchor, size)
    if ref is None:
        return None
    if unit == "year":
        return Value(str(int(ref) + step))
    if unit == "month":
        return Value(add_months(dt.date.fromisoformat(ref + "-01"), step).strftime("%Y-%m"))
    day = dt.date.fromisoformat(ref)
    if unit in ("week", "weekend"):
        shifted = day + dt.timedelta(weeks=step)
        if unit == "weekend":
            saturday = shifted + dt.timedelta(days=(5 - shifted.weekday()) % 7)
            return Value(week_value(saturday) + "-WE")
        return Value(week_value(shifted))
    shifted = day + dt.timedelta(days=step)
    if unit == "day":
        return Value(day_value(shifted))
    return Value(f"{day_value(shifted)}{PARTS_OF_DAY[unit]}", "TIME")
