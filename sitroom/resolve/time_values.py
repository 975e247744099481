"""Normalise one time expression to a TIMEX3 value against the document date.

Rules, tried in order on the cleaned, lower-cased text: lexical references
("now"), sets ("each July"), clock times and parts of day, anaphora ("that
year"), year-ago comparisons, quarters, years, durations and "N units ago",
relative units ("last week"), seasons, weekdays and days, month dates, modifiers
("early", "the end of"), and dateparser last, for other absolute dates, keeping
its granularity (it fills a missing day from the base date: "June 2014" must
stay ``2014-06``).

Values follow the TimeBank gold where it is consistent: decades ``199``,
centuries ``19``, durations of decades in years (``P20Y``, not ``P2DE``: the gold
never writes ``DE``), quarters ``1998-Q3`` and quarter durations in months
(``P6M``), weeks ``1998-W02``, weekends ``1998-W02-WE``, seasons ``1998-SU``,
"recent years" ``PAST_REF``, "for years" ``PXY``, "Friday night" ``1998-02-13TNI``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from sitroom.resolve.time_anaphora import anaphora
from sitroom.resolve.time_calendar import (
    MONTHS,
    NUMBER,
    PARTS_OF_DAY,
    WEEKDAYS,
    Anchor,
    add_months,
    day_value,
    number,
    quarter_of,
    shift_quarter,
    week_value,
)
from sitroom.resolve.time_dates import (
    WD,
    Kind,
    Value,
    month_date,
    named_day,
    named_quarter,
    named_season,
    relative_unit,
    year_value,
)
from sitroom.resolve.time_holidays import holiday

TIME_UNITS = {"second": "S", "minute": "M", "hour": "H"}
DATE_UNITS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
              "century": "CE", "night": "D", "weekend": "WE", "period": "X"}  # fmt: skip
HALF = {"Y": (6, "M"), "M": (15, "D"), "D": (12, "H"), "H": (30, "M"), "M_T": (30, "S")}
QUALIFIER = (
    r"(?:no more than|no less than|not more than|about|around|nearly|almost|roughly|approximately|"
    r"more than|less than|fewer than|at least|at most|up to|over|under|another|within|for|some|"
    r"just|only)"
)


def _kind(value: str | None) -> Kind:
    if value is None or value.endswith("_REF"):
        return "DATE"
    if value.startswith("P"):
        return "DURATION"
    return "TIME" if "T" in value else "DATE"


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("\u2013", "-")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?<![ap]\.m)[.,;:]+$", "", text).strip()
    text = re.sub(r"\b(a|p)\.?m\b\.?", r"\1.m.", text)
    text = re.sub(r"^this past ", "last ", text)
    text = re.sub(r"\bfiscal[- ](?=\S)", "", text)
    return re.sub(r"^the (?=.)", "", text).strip()


def normalise(text: str, anchor: Anchor) -> Value:
    """The TIMEX3 value and type of ``text``; value None when no rule applies."""
    clean = _clean(text)
    for rule in _RULES:
        found = rule(clean, anchor)
        if found is not None:
            return found if found.kind != "DATE" else Value(found.value, _kind(found.value))
    return Value(None)


# --- lexical references and sets -------------------------------------------------------

_LEXICAL = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "present": "PRESENT_REF", "already": "PRESENT_REF",
    "these days": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "until recently": "PAST_REF", "past": "PAST_REF", "previously": "PAST_REF",
    "once": "PAST_REF", "formerly": "PAST_REF", "recent": "PAST_REF", "recent years": "PAST_REF",
    "future": "FUTURE_REF", "near future": "FUTURE_REF", "foreseeable future": "FUTURE_REF",
    "distant future": "FUTURE_REF", "immediate future": "FUTURE_REF", "soon": "FUTURE_REF",
    "coming years": "FUTURE_REF", "a later date": "FUTURE_REF", "coming months": "FUTURE_REF",
    "years to come": "FUTURE_REF",
}  # fmt: skip
_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
              "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M"}  # fmt: skip


def _lexical(text: str, anchor: Anchor) -> Value | None:
    del anchor
    if text in _LEXICAL:
        return Value(_LEXICAL[text])
    if text in _SET_WORDS:
        return Value(_SET_WORDS[text], "SET")
    return None


def _set(text: str, anchor: Anchor) -> Value | None:
    del anchor
    match = re.fullmatch(r"(?:every|each|per|once a|twice a) (\w+)", text)
    if match:
        word = match.group(1)
        if word in WEEKDAYS:
            return Value(f"XXXX-WXX-{WEEKDAYS.index(word) + 1}", "SET")
        if word in MONTHS:
            return Value(f"XXXX-{MONTHS[word]:02d}", "SET")
        if word in DATE_UNITS or word in TIME_UNITS:
            return Value(_duration("1", word), "SET")
    match = re.fullmatch(WD + r"(?: (?P<pod>\w+))?", text)
    if match and any(word.endswith("s") for word in text.split()):  # "Tuesday nights": weekly
        pod = PARTS_OF_DAY.get(match.group("pod") or "", "")
        return Value(f"XXXX-WXX-{WEEKDAYS.index(match.group('wd')) + 1}{pod}", "SET")
    return None


# --- clock times and parts of day -------------------------------------------------------

_CLOCK = re.compile(
    r"(?:(?:about|around|at|approximately|shortly after|just after|just before) )?"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))? ?(?P<ap>[ap])\.m\.|(?P<noon>noon|midday|midnight))"
    r"(?: (?:[a-z]st|[a-z]dt|gmt|utc|local time))?(?:,? (?:on )?(?P<rest>.+))?"
)


def _clock(text: str, anchor: Anchor) -> Value | None:
    match = _CLOCK.fullmatch(text)
    if not match:
        return _part_of_day(text, anchor)
    day = _day_of(match.group("rest"), anchor)
    if day is None:
        return None
    if match.group("noon"):
        hour, minute = (24 if match.group("noon") == "midnight" else 12), 0
    else:
        hour, minute = int(match.group("h")) % 12, int(match.group("m") or 0)
        hour += 12 if match.group("ap") == "p" else 0
    return Value(f"{day}T{hour:02d}:{minute:02d}", "TIME")


def _part_of_day(text: str, anchor: Anchor) -> Value | None:
    words = "|".join(PARTS_OF_DAY)
    match = re.fullmatch(rf"(?:early |late |mid-? ?)?(?P<pod>{words})(?:,? (?P<rest>.+))?", text)
    match = match or re.fullmatch(
        rf"(?P<rest>.+?)(?:,? (?:early |late |mid-? ?)?(?P<pod>{words}))", text
    )
    if not match or match.group("rest") in ("the", "a", "that", "one", "last"):
        if match and match.group("rest") == "last" and match.group("pod") == "night":
            return Value(f"{day_value(anchor.day(-1))}TNI", "TIME")
        return None
    if match.group("rest") is None:  # a bare part of day is the document day's
        day = _day_of(None, anchor)
        return Value(f"{day}{PARTS_OF_DAY[match.group('pod')]}", "TIME") if day else None
    rest = match.group("rest")
    day = _day_of(rest, anchor)
    if day is None:
        return None
    return Value(f"{day}{PARTS_OF_DAY[match.group('pod')]}", "TIME")


def _day_of(text: str | None, anchor: Anchor) -> str | None:
    """The day a clock time or part of day belongs to (the document date by default)."""
    if text is None or text in ("this", "today", "tonight"):
        return day_value(anchor.published) if anchor.published else None
    found = normalise(text, anchor).value
    return found if found and re.fullmatch(r"\d{4}-\d\d-\d\d", found) else None


# --- durations and "N units ago" ----------------------------------------------------------

_UNITS = "|".join([*DATE_UNITS, *TIME_UNITS])
_DURATION = re.compile(
    rf"(?:{QUALIFIER} )*(?:(?:the|these|those|its|his|her|their) )?"
    r"(?:(?P<q>past|last|next|first|coming|previous|following|latest|final|remaining|initial|future|"
    r"recent|same|year-earlier|year-ago|entire|full|whole) )?"
    rf"(?:(?P<n>{NUMBER}(?: (?:and a half|1/2))?)(?P<range>(?: to | or |-){NUMBER})?[ -])?"
    r"(?:(?:more|additional|straight|"
    r"consecutive|full|long|or so|trading|business|working|calendar) )?"
    rf"(?P<unit>{_UNITS}|centurie)(?P<pl>s)?(?P<half> and a half)?(?:-long|-old| or so)?"
    r"(?: (?:or so |and a half )?"
    r"(?P<dir>ago|earlier|before|later|after|from now|hence|back|ahead))?"
    r"(?: (?:of|in) (?:the year|this year|last year|\d{4}))?"
)


def _duration(count: str, unit: str) -> str:
    code = TIME_UNITS.get(unit) or DATE_UNITS.get(unit, "X")
    prefix = "PT" if unit in TIME_UNITS else "P"
    if code == "WE":
        return "P2D" if count == "1" else f"P{count}WE"
    if code == "Q":  # TimeBank writes quarters in months: P9M, PXM
        return f"P{int(count) * 3}M" if count.isdigit() else "PXM"
    if code in ("DE", "CE"):  # and decades and centuries in years: P20Y
        years = 10 if code == "DE" else 100
        return (
            f"P{int(float(count) * years)}Y"
            if count != "X"
            else f"PX{code[0] if code == 'CE' else 'Y'}"
        )
    half = count.endswith(".5")
    whole = count[:-2] if half else count
    if half:
        small, small_code = HALF.get(code + ("_T" if unit == "minute" else ""), (0, ""))
        if whole == "0":
            return f"{prefix}{small}{small_code}"
        return f"{prefix}{whole}{code}{small}{small_code}"
    return f"{prefix}{whole}{code}"


_YEAR_AGO = re.compile(
    r"(?:(?:comparable|corresponding|same|its|their) )*"
    r"(?:year-ago|year-earlier|a year (?:ago|earlier)|(?:period|quarter|results) "
    r"(?:a year (?:ago|earlier)|last year)|last year's (?:quarter|period))"
    r"(?: (?:\w+ )?(?:quarter|period|results))?"
)


def _year_ago(text: str, anchor: Anchor) -> Value | None:
    """Earnings news compares with the same quarter a year before ("the year-ago period")."""
    if not _YEAR_AGO.fullmatch(text) or anchor.published is None:
        return None
    if anchor.quarter:
        return Value(shift_quarter(anchor.quarter, -4))
    return Value(str(anchor.published.year - 1))


def _durations(text: str, anchor: Anchor) -> Value | None:  # noqa: PLR0911 (one per form)
    match = _DURATION.fullmatch(text)
    if not match:
        return None
    unit = "century" if match.group("unit") == "centurie" else match.group("unit")
    qualifier, direction = match.group("q"), match.group("dir")
    count = number(match.group("n")) if match.group("n") else None
    if (count is None and match.group("pl")) or match.group("range"):
        count = "X"  # "years", "12 to 18 months": the count is not one number
    if match.group("half") and count and count.isdigit():
        count = f"{count}.5"
    whole = qualifier in ("full", "entire", "whole")
    # "the quarter", "the weekend", "the full year": the unit the document is about
    bare = count is None and not text.startswith("a ") and (whole or qualifier is None)
    if bare and (whole or unit in ("quarter", "weekend", "period")):
        return relative_unit(f"this {unit}", anchor)
    if text == "year" and (year := _the_year(anchor)):
        return year
    if direction in ("ago", "earlier", "before", "back"):
        return _ago(count or "1", unit, anchor)
    if qualifier in ("year-earlier", "year-ago", "same") and anchor.quarter:
        return Value(shift_quarter(anchor.quarter, -4))
    if count is None:
        if qualifier in ("past", "last", "previous", "next", "coming", "following"):
            return relative_unit(f"{qualifier} {unit}", anchor)
        if qualifier == "latest":
            return relative_unit(f"latest {unit}", anchor)
        count = "1"
    if count == "X" and qualifier == "recent":
        return Value("PAST_REF" if unit == "year" else _duration("X", unit), "DURATION")
    if qualifier == "future" or (count == "X" and qualifier == "coming"):
        return Value("FUTURE_REF")
    return Value(_duration(count, unit), "DURATION")


def _the_year(anchor: Anchor) -> Value | None:
    """ "For the year": the year reported on; "the year ended March 31" is a fiscal year, P1Y."""
    if anchor.published is None or _YEAR_ENDED.match(anchor.after):
        return None
    return Value(str(anchor.published.year))


_YEAR_ENDED = re.compile(r"\s*(?:ended|ending|to date|through|before|after|earlier|ago)\b")


def _ago(count: str, unit: str, anchor: Anchor) -> Value | None:  # noqa: PLR0911 (one per unit)
    if anchor.published is None:
        return None
    if count == "X" or not count.isdigit():
        return Value("PAST_REF")
    n = int(count)
    if unit == "year" and n == 1 and anchor.quarter:  # earnings news: "a year ago" = that quarter
        return Value(shift_quarter(anchor.quarter, -4))
    pub = anchor.published
    if unit in ("day", "night"):
        return Value(day_value(pub - dt.timedelta(days=n)))
    if unit in ("week", "weekend"):
        return Value(week_value(pub - dt.timedelta(weeks=n)))
    if unit == "month":
        return Value(add_months(pub, -n).strftime("%Y-%m"))
    if unit in ("quarter", "period"):
        return Value(shift_quarter(quarter_of(pub), -n))
    years = {"year": 1, "decade": 10, "century": 100}.get(unit)
    return Value(str(pub.year - n * years)) if years else None


def _modified(text: str, anchor: Anchor) -> Value | None:
    """Strip a modifier TIMEX3 keeps out of the value ("early next year", "the end of May")."""
    match = re.fullmatch(
        r"(?:early|late|mid-?|earlier|later|around|about|approximately|the end of|the beginning of|"
        r"the start of|end of|beginning of|start of|the middle of|middle of|the rest of|rest of|"
        r"the remainder of|(?:the )?(?:first|second|last) half of|as early as|"
        r"the turn of|the close of|the dawn of)[ -](?P<rest>.+)",
        text,
    )
    if not match:
        end = re.fullmatch(r"(?:the )?(?:year[- ]end|year's end|end of (?:the )?year)", text)
        return Value(str(anchor.published.year)) if end and anchor.published else None
    if re.match(r"(?:the )?(?:first|second|last) half", text):
        year = year_value(match.group("rest"), anchor)
        half = "1" if "first" in text else "2"
        return Value(f"{year.value}-H{half}") if year and year.value else None
    rest = re.sub(
        r"^(?:in|of) (?:the )?(?=(?:week|month|year|quarter|decade|century|day)$)",
        "this ",
        match.group("rest"),
    )
    rest = re.sub(r"^the (?=(?:week|month|year|quarter|decade|century)$)", "this ", rest)
    inner = normalise(rest, anchor)
    return inner if inner.value else None


@functools.lru_cache(maxsize=64)
def _parser(published: dt.date) -> Any:
    """A dateparser parser relative to one document date (settings measured in research/deps.md)."""
    from dateparser.date import DateDataParser  # noqa: PLC0415  (0.2 s import, rarely needed)

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)),
            "PREFER_DATES_FROM": "current_period",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )


def _fallback(text: str, anchor: Anchor) -> Value | None:
    """dateparser for other absolute dates, its granularity kept."""
    if anchor.published is None or not re.search(r"\d", text):
        return None
    parser = _parser(anchor.published)
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    date = data.date_obj.date()
    period = data.period or "day"
    forms = {"day": day_value(date), "week": week_value(date), "month": date.strftime("%Y-%m"),
             "year": str(date.year)}  # fmt: skip
    return Value(forms.get(period, day_value(date)))


_RULES = (_lexical, _set, holiday, anaphora, _clock, _year_ago, named_quarter, year_value,
          _durations, relative_unit, named_season, named_day, month_date, _modified,
          _fallback)  # fmt: skip
