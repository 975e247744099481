"""Calendar expressions: relative units, quarters, seasons, weekdays, month dates, years.

Each function takes the cleaned, lower-cased text and an ``Anchor`` and returns a
``Value`` or None when the text is not of its form.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from sitroom.resolve.time_calendar import (
    MONTHS,
    SEASONS,
    WEEKDAYS,
    Anchor,
    add_months,
    day_value,
    month_near,
    number,
    quarter_of,
    season_shift,
    shift_quarter,
    week_value,
    weekday_date,
)

Kind = Literal["DATE", "TIME", "DURATION", "SET"]
MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WD = r"(?P<wd>" + "|".join(WEEKDAYS) + r")s?"


@dataclass(frozen=True, slots=True)
class Value:
    """A TIMEX3 value and type."""

    value: str | None
    kind: Kind = "DATE"


# --- relative calendar units: "last week", "this year", "next month" -----------------------

_REL = re.compile(
    r"(?:(?P<mod>early|late|mid-?|earlier|later|the end of|the beginning of|the start of|end of|"
    r"beginning of|start of|the middle of|middle of|the rest of|rest of|the remainder of) )?"
    r"(?P<q>this|last|next|past|previous|coming|current|following|latest|same|prior|"
    r"the current|the previous|the following) "
    r"(?P<unit>week|weekend|month|year|quarter|period|decade|century|"
    r"spring|summer|fall|autumn|winter)"
)


_STEP = {"last": -1, "past": -1, "previous": -1, "prior": -1, "latest": -1}
_STEP |= {"next": 1, "coming": 1, "following": 1}


def relative_unit(text: str, anchor: Anchor) -> Value | None:  # noqa: PLR0911 (one per unit)
    match = _REL.fullmatch(text)
    if not match or anchor.published is None:
        return None
    pub = anchor.published
    step = _STEP.get(match.group("q").removeprefix("the "), 0)
    unit = match.group("unit")
    if unit == "week":
        return Value(week_value(pub + dt.timedelta(weeks=step)))
    if unit == "weekend":
        saturday = weekday_date(pub, 5, future=step > 0 or anchor.future)
        return Value(week_value(saturday) + "-WE")
    if unit == "month":
        return Value(add_months(pub, step).strftime("%Y-%m"))
    if unit == "year":
        return Value(str(pub.year + step))
    if unit in ("quarter", "period"):
        if match.group("q") in ("latest", "same", "this") or (step == -1 and anchor.quarter):
            # Earnings news: "this quarter" is the one reported, the last one closed.
            return Value(anchor.quarter or shift_quarter(quarter_of(pub), -1))
        return Value(shift_quarter(quarter_of(pub), step))
    if unit == "decade":
        return Value(str(pub.year // 10 + step))
    if unit == "century":
        return Value(f"{pub.year // 100 + step:02d}")
    return Value(season_shift(pub, SEASONS[unit], step))


# --- named units: quarters, halves, seasons ------------------------------------------------

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "last": 4, "final": 4}  # fmt: skip
_QUARTER = re.compile(
    r"(?:(?P<pre>this year's|last year's|next year's|its|their|the|(?P<y1>\d{4})(?:'s)?) )?"
    r"(?:(?:fiscal|year-ago|year-earlier|comparable|calendar)[ -])*"
    r"(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|final)[- ](?:fiscal[- ])?"
    r"(?P<unit>quarter|half|period)s?(?: (?:of|in) (?:fiscal )?(?P<y2>\d{4}))?"
)


def named_quarter(text: str, anchor: Anchor) -> Value | None:
    match = _QUARTER.fullmatch(text)
    if match is None:
        match = re.fullmatch(r"q(?P<ord>[1-4])(?: (?P<y2>\d{4}))?", text)
        if match is None:
            return None
        index = int(match.group("ord"))
        unit, pre, year_text = "quarter", None, match.group("y2")
    else:
        index, unit, pre = _ORD[match.group("ord")], match.group("unit"), match.group("pre")
        year_text = match.group("y1") or match.group("y2")
    if year_text:
        year = int(year_text)
    elif anchor.published is None:
        return None
    else:
        year = anchor.published.year + {"last year's": -1, "next year's": 1}.get(pre or "", 0)
    if "year-ago" in text or "year-earlier" in text:
        year -= 1
    return Value(f"{year}-Q{index}" if unit != "half" else f"{year}-H{index}")


def named_season(text: str, anchor: Anchor) -> Value | None:
    match = re.fullmatch(rf"(?P<s>{'|'.join(SEASONS)})(?: (?:of )?(?P<y>\d{{4}}|.+))?", text)
    if not match:
        return None
    code = SEASONS[match.group("s")]
    if match.group("y"):
        year = year_value(match.group("y"), anchor)
        return Value(f"{year.value}-{code}") if year and year.value else None
    if anchor.published is None:
        return None
    return Value(season_shift(anchor.published, code, 0))


# --- weekdays, days, months, years ---------------------------------------------------------

_DAY = re.compile(
    rf"(?:(?P<q>last|this|next|past|coming|earlier|later|early|late|previous|following) )?"
    rf"(?:{WD}(?:,? (?P<date>.+))?|(?P<rel>today|tonight|yesterday|tomorrow))"
)


def named_day(text: str, anchor: Anchor) -> Value | None:
    match = _DAY.fullmatch(text)
    if not match or anchor.published is None:
        return None
    if match.group("date"):
        return month_date(match.group("date"), anchor)
    if match.group("rel"):
        offset = {"yesterday": -1, "tomorrow": 1}.get(match.group("rel"), 0)
        return Value(day_value(anchor.day(offset)))
    weekday = WEEKDAYS.index(match.group("wd"))
    qualifier = match.group("q")
    if qualifier in ("next", "coming"):
        future, strict = True, True
    elif qualifier in ("last", "past", "previous"):
        future, strict = False, True
    else:
        future, strict = anchor.future, False
    return Value(day_value(weekday_date(anchor.published, weekday, future=future, strict=strict)))


# A range of days in one month ("24-25 April", "April 24-25") is dated by its first day.
_TO_DAY = r"(?:st|nd|rd|th)?(?: ?- ?\d{1,2}(?:st|nd|rd|th)?)?"
_MONTH_DATE = re.compile(
    rf"(?:(?P<q>last|this|next|early|late|mid-?|mid) ?)?"
    rf"(?:{MON}(?: (?P<d>\d{{1,2}}){_TO_DAY})?"
    rf"|(?P<d2>\d{{1,2}}){_TO_DAY} (?:of )?{MON.replace('mon>', 'mon2>')})"
    r"(?:,? (?:of )?(?P<y>\d{4}|'\d\d|(?:nineteen|twenty) [a-z-]+|two thousand|"
    r"(?P<yrel>last|this|next) year))?"
)


def month_date(text: str, anchor: Anchor) -> Value | None:
    match = _MONTH_DATE.fullmatch(text)
    if not match:
        return None
    month = MONTHS[match.group("mon") or match.group("mon2")]
    day_text = match.group("d") or match.group("d2")
    day = int(day_text) if day_text else None
    if match.group("y") and not match.group("yrel"):
        found = year_value(match.group("y"), anchor)
        year = int(found.value) if found and found.value and found.value.isdigit() else None
    elif anchor.published is None:
        return None
    else:
        pub = anchor.published
        step = {"last": -1, "next": 1}.get(match.group("yrel") or "", 0)
        qualifier = match.group("q")
        direction = {"last": "past", "next": "future"}.get(qualifier or "")
        year = (
            pub.year + step
            if match.group("yrel") or qualifier == "this"
            else month_near(pub, month, day, direction or ("future" if anchor.future else None))
        )
    if year is None:
        return None
    if day is None:
        return Value(f"{year:04d}-{month:02d}")
    try:
        return Value(dt.date(year, month, day).isoformat())
    except ValueError:
        return None


def year_value(text: str, anchor: Anchor) -> Value | None:  # noqa: PLR0911 (one per form)
    words = re.fullmatch(r"(?:(?:the )?year )?(nineteen|twenty) ([a-z]+(?:-[a-z]+)?)", text)
    if words:
        tail = number(words.group(2))
        head = "19" if words.group(1) == "nineteen" else "20"
        return Value(f"{head}{int(tail):02d}") if tail and tail.isdigit() else None
    if re.fullmatch(r"(?:(?:the )?year )?two thousand", text):
        return Value("2000")
    match = re.fullmatch(
        r"(?:(?:the )?year |mid-?|calendar |fiscal |model year )?(\d{4}|'\d\d)(?: period)?", text
    )
    period = re.fullmatch(r"(\d{4}) (?:period|quarter)", text)
    if period and anchor.quarter:  # "the 1988 period": the quarter under discussion, in 1988
        return Value(f"{period.group(1)}-{anchor.quarter[5:]}")
    if match:
        digits = match.group(1)
        if digits.startswith("'"):
            century = anchor.published.year // 100 if anchor.published else 19
            return Value(f"{century}{digits[1:]}")
        return Value(digits) if 1000 <= int(digits) <= 2199 else None
    decade = re.fullmatch(r"(?:early |late |mid-?)?(\d\d\d)0'?s|'(\d)0s", text)
    if decade:
        return Value(decade.group(1) or f"19{decade.group(2)}")
    if re.fullmatch(
        r"(?:the )?(?:nineteen[- ])?(twenties|thirties|forties|fifties|sixties|seventies|"
        r"eighties|nineties)",
        text,
    ):
        tens = [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ].index(text.rsplit(maxsplit=1)[-1].rsplit("-", maxsplit=1)[-1]) + 2
        return Value(f"19{tens}")
    ordinal = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)[- ]century", text)
    if ordinal:
        return Value(f"{int(ordinal.group(1)) - 1:02d}")
    return None
