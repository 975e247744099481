"""Calendar words and arithmetic used by the time normaliser (TIMEX3 value forms)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI",
                "nights": "TNI", "tonight": "TNI", "mid-afternoon": "TAF", "midafternoon": "TAF",
                "dawn": "TMO", "daybreak": "TMO", "dusk": "TEV"}  # fmt: skip
_UNITS_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_VAGUE = ("several", "a few", "few", "many", "some", "the", "a number of", "numerous", "a few more")
_WORDS = "|".join(sorted([*_UNITS_WORDS, *_VAGUE], key=len, reverse=True))
NUMBER = rf"(?:\d+(?:\.\d+)?(?: \d/\d)?|(?:{_WORDS})(?:[ -](?:{_WORDS}))?)"
_AHEAD_DAYS = 92  # a month named up to a quarter ahead is an announced date, not last year's


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a relative expression resolves against."""

    published: dt.date | None
    future: bool = False  # a future-tense cue governs the expression
    quarter: str | None = None  # the fiscal quarter the document last talked about
    last: str | None = None  # the last calendar value the document named ("that year")
    after: str = ""  # the words right after the expression ("the year [ended Sept. 30]")

    def day(self, offset: int) -> dt.date:
        if self.published is None:
            raise ValueError("no document date")
        return self.published + dt.timedelta(days=offset)


def number(text: str) -> str | None:
    """``"two"`` -> ``"2"``, ``"twenty-four"`` -> ``"24"``, ``"2 1/2"`` -> ``"2.5"``, vague ``"X"``.

    None when ``text`` is not a number.
    """
    text = text.strip().replace("-", " ")
    half = text.endswith((" and a half", " 1/2"))
    text = text.removesuffix(" and a half").removesuffix(" 1/2")
    if text in _VAGUE or text.split()[0] in ("several", "few", "many", "numerous"):
        return "X"
    if text.replace(".", "", 1).isdigit():
        value = float(text)
    elif text in _UNITS_WORDS:
        value = _UNITS_WORDS[text]
    else:
        words = text.split()
        if len(words) > 1 and words[0] in ("a", "an"):  # "a two day rally": the article goes
            words = words[1:]
        parts = [_UNITS_WORDS.get(part) for part in words]
        if None in parts or not parts:
            return None
        value = sum(part for part in parts if part is not None)
    value += 0.5 if half else 0
    return str(int(value)) if value == int(value) else str(value)


def day_value(date: dt.date) -> str:
    return date.isoformat()


def week_value(date: dt.date) -> str:
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def quarter_of(date: dt.date) -> str:
    return f"{date.year}-Q{(date.month - 1) // 3 + 1}"


def shift_quarter(quarter: str, step: int) -> str:
    """``"1989-Q3"`` moved by ``step`` quarters; other forms keep their year arithmetic."""
    year, _, rest = quarter.partition("-")
    if not rest.startswith("Q") or not rest[1:].isdigit():
        return f"{int(year) + step // 4}-{rest}" if year.isdigit() else quarter
    index = int(year) * 4 + int(rest[1:]) - 1 + step
    return f"{index // 4}-Q{index % 4 + 1}"


def season_shift(date: dt.date, code: str, step: int) -> str:
    """This year's season ``code``, the last one that has ended (-1) or the next to begin (+1)."""
    start = SEASON_START[code]
    # Winter begins in December: in January and February "this winter" began last year.
    year = date.year - 1 if code == "WI" and date.month < 3 else date.year
    if step < 0:
        while add_months(dt.date(year, start, 1), 3) > date:
            year -= 1
    elif step > 0:
        while dt.date(year, start, 1) <= date:
            year += 1
    return f"{year}-{code}"


def weekday_date(date: dt.date, weekday: int, *, future: bool, strict: bool = False) -> dt.date:
    """The nearest ``weekday`` on or before ``date`` (after it when ``future``).

    News reports weekdays that already happened unless a future cue says otherwise;
    ``strict`` excludes ``date`` itself ("last Friday" written on a Friday).
    """
    if future:
        ahead = (weekday - date.weekday()) % 7 or (7 if strict else 0)
        return date + dt.timedelta(days=ahead)
    back = (date.weekday() - weekday) % 7 or (7 if strict else 0)
    return date - dt.timedelta(days=back)


def month_near(date: dt.date, month: int, day: int | None, direction: str | None) -> int:
    """The year of a month (and day) named without one.

    ``past``: the latest occurrence before ``date``'s month; ``future``: the next one
    on or after it; otherwise the next occurrence when it is less than about two months
    ahead (announced dates: "payable Jan. 2"), else the latest on or before ``date``.
    """
    if direction == "past":
        return date.year if (month, day or 1) < (date.month, 1) else date.year - 1
    if not _valid(date.year, month, day):  # 29 February
        return date.year
    ref = date if day else date.replace(day=1)
    window = _AHEAD_DAYS if day is None else _AHEAD_DAYS * 2 // 3  # a day: about two months
    ahead = (dt.date(date.year, month, day or 1) - ref).days
    if ahead <= 0:
        if direction == "future" and ahead < -62:  # a date of the last two months stays past
            return date.year + 1
        following = (
            (dt.date(date.year + 1, month, day or 1) - ref).days
            if _valid(date.year + 1, month, day)
            else 999
        )
        return date.year + 1 if following <= window else date.year
    return date.year if direction == "future" or ahead <= window else date.year - 1


def _valid(year: int, month: int, day: int | None) -> bool:
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return False
    return True
