"""Normalisation of one time expression against the document date (no model, no network)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.resolve.time_calendar import Anchor, month_near, number, season_shift, weekday_date
from sitroom.resolve.time_values import normalise

TUE = dt.date(2024, 12, 3)  # a Tuesday
MON = dt.date(2024, 12, 2)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # weekdays: the last one on or before publication
        ("Monday", MON, "2024-12-02"),
        ("on Sunday", TUE, None),  # a preposition is a span error, not a value
        ("Sunday", TUE, "2024-12-01"),
        ("Tuesday", TUE, "2024-12-03"),
        ("Wednesday", TUE, "2024-11-27"),
        ("last Tuesday", TUE, "2024-11-26"),
        ("next Monday", TUE, "2024-12-09"),
        ("Tuesday Dec. 3, 2024", TUE, "2024-12-03"),
        ("Thursday, April 6", dt.date(2000, 4, 5), "2000-04-06"),
        # days
        ("today", TUE, "2024-12-03"),
        ("yesterday", TUE, "2024-12-02"),
        ("tomorrow", TUE, "2024-12-04"),
        ("two days ago", TUE, "2024-12-01"),
        ("10 days ago", dt.date(1998, 3, 22), "1998-03-12"),
        ("December 2, 2024", TUE, "2024-12-02"),
        ("Sept. 30", dt.date(1989, 10, 27), "1989-09-30"),
        ("Jan. 2", dt.date(1989, 11, 2), "1990-01-02"),  # announced date ahead
        ("21 March 2003", TUE, "2003-03-21"),
        # weeks
        ("last week", TUE, "2024-W48"),
        ("this week", TUE, "2024-W49"),
        ("next week", TUE, "2024-W50"),
        ("six weeks ago", dt.date(1998, 3, 1), "1998-W03"),
        ("the weekend", dt.date(1990, 8, 13), "1990-W32-WE"),
        # months
        ("June 2014", TUE, "2014-06"),
        ("in June 2014", TUE, "2014-06"),  # dateparser, granularity kept
        ("last month", TUE, "2024-11"),
        ("next month", TUE, "2025-01"),
        ("this month", TUE, "2024-12"),
        ("earlier this month", TUE, "2024-12"),
        ("five months ago", dt.date(1998, 3, 31), "1997-10"),
        ("December", dt.date(1998, 1, 8), "1997-12"),
        ("last February", dt.date(1998, 5, 1), "1998-02"),
        ("July last year", dt.date(1998, 5, 1), "1997-07"),
        ("early March", dt.date(2024, 6, 3), "2024-03"),
        ("March", TUE, "2025-03"),  # a month within a quarter ahead is announced, not past
        # years, decades, centuries
        ("2011", TUE, "2011"),
        ("this year", TUE, "2024"),
        ("last year", TUE, "2023"),
        ("next year", TUE, "2025"),
        ("early next year", TUE, "2025"),
        ("the end of 1990", TUE, "1990"),
        ("two years ago", dt.date(1998, 4, 24), "1996"),
        ("fiscal 1990", TUE, "1990"),
        ("nineteen ninety-four", TUE, "1994"),
        ("the year two thousand", TUE, "2000"),
        ("the 1990s", TUE, "199"),
        ("the late 1970s", TUE, "197"),
        ("the '80s", TUE, "198"),
        ("the 20th century", TUE, "19"),
        # quarters, halves, seasons
        ("the third quarter", dt.date(1989, 10, 27), "1989-Q3"),
        ("third-quarter", dt.date(1989, 10, 27), "1989-Q3"),
        ("the fiscal first quarter", dt.date(1989, 10, 27), "1989-Q1"),
        ("next year's first quarter", TUE, "2025-Q1"),
        ("the second half of 1990", TUE, "1990-H2"),
        ("the previous quarter", TUE, "2024-Q3"),
        ("this summer", dt.date(1998, 3, 22), "1998-SU"),
        ("last fall", dt.date(1998, 2, 6), "1997-FA"),
        ("the winter of nineteen ninety-four", TUE, "1994-WI"),
        # references
        ("now", TUE, "PRESENT_REF"),
        ("currently", TUE, "PRESENT_REF"),
        ("recently", TUE, "PAST_REF"),
        ("recent years", TUE, "PAST_REF"),
        ("the past", TUE, "PAST_REF"),
        ("the future", TUE, "FUTURE_REF"),
        ("the coming years", TUE, "FUTURE_REF"),
        ("several years ago", TUE, "PAST_REF"),
        # times of day
        ("this morning", TUE, "2024-12-03TMO"),
        ("Friday morning", TUE, "2024-11-29TMO"),
        ("yesterday afternoon", TUE, "2024-12-02TAF"),
        ("10:35 a.m.", TUE, "2024-12-03T10:35"),
        ("noon Thursday", dt.date(1998, 2, 13), "1998-02-12T12:00"),
        ("5 p.m. EST, Nov. 6", dt.date(1989, 10, 30), "1989-11-06T17:00"),
        ("10 p.m. Wednesday", dt.date(1998, 2, 13), "1998-02-11T22:00"),
        # no document date: relative expressions cannot be resolved
        ("last week", None, None),
        ("Monday", None, None),
        ("June 2014", None, "2014-06"),
    ],
)
def test_normalise_date_rules(text: str, published: dt.date | None, value: str | None) -> None:
    assert normalise(text, Anchor(published)).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three days", "P3D"),
        ("two years", "P2Y"),
        ("five hours", "PT5H"),
        ("24 hours", "PT24H"),
        ("the past three months", "P3M"),
        ("the first nine months", "P9M"),
        ("the first nine months of 1997", "P9M"),
        ("a minute and a half", "PT1M30S"),
        ("2 1/2 years", "P2Y6M"),
        ("two decades", "P20Y"),  # TimeBank writes decades in years
        ("a decade", "P10Y"),
        ("years", "PXY"),
        ("for years", "PXY"),
        ("several months", "PXM"),
        ("recent weeks", "PXW"),
        ("three-year", "P3Y"),
        ("at least 72 hours", "PT72H"),
        ("nearly two weeks", "P2W"),
        ("the past two quarters", "P6M"),
        ("a week", "P1W"),
    ],
)
def test_normalise_durations(text: str, value: str) -> None:
    found = normalise(text, Anchor(TUE))
    assert (found.value, found.kind) == (value, "DURATION")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("daily", "P1D"),
        ("every day", "P1D"),
        ("each month", "P1M"),
        ("each Thursday", "XXXX-WXX-4"),
        ("each July", "XXXX-07"),
        ("Tuesday nights", "XXXX-WXX-2TNI"),
    ],
)
def test_normalise_sets(text: str, value: str) -> None:
    found = normalise(text, Anchor(TUE))
    assert (found.value, found.kind) == (value, "SET")


def test_normalise_kind_time_for_clock_times() -> None:
    assert normalise("9 a.m.", Anchor(TUE)).kind == "TIME"


@pytest.mark.parametrize(
    ("text", "quarter", "value"),
    [
        ("a year ago", "1989-Q3", "1988-Q3"),
        ("the year-ago period", "1989-Q3", "1988-Q3"),
        ("a year earlier", None, "1988"),
        ("the quarter", "1989-Q2", "1989-Q2"),
        ("the quarter", None, "1989-Q3"),  # the last closed quarter
        ("the latest quarter", None, "1989-Q3"),
        ("the 1988 period", "1989-Q3", "1988-Q3"),
    ],
)
def test_normalise_quarter_anchor(text: str, quarter: str | None, value: str) -> None:
    assert normalise(text, Anchor(dt.date(1989, 11, 2), quarter=quarter)).value == value


@pytest.mark.parametrize(
    ("text", "last", "value"),
    [("that year", "1998-06", "1998"), ("the same day", "1998-06-03", "1998-06-03")],
)
def test_normalise_anaphora_takes_last_date(text: str, last: str, value: str) -> None:
    assert normalise(text, Anchor(TUE, last=last)).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("Monday", "2024-12-09"), ("December", "2024-12"), ("the weekend", "2024-W49-WE")],
)
def test_normalise_future_cue_looks_ahead(text: str, value: str) -> None:
    assert normalise(text, Anchor(TUE, future=True)).value == value


@pytest.mark.parametrize("text", ["the night of", "stauber", "the eighth day"])
def test_normalise_gives_none_when_no_rule_applies(text: str) -> None:
    assert normalise(text, Anchor(TUE)).value is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("two", "2"), ("twenty-four", "24"), ("2 1/2", "2.5"), ("several", "X"), ("blue", None)],
)
def test_number_words(text: str, value: str | None) -> None:
    assert number(text) == value


def test_weekday_date_strict_skips_the_same_day() -> None:
    assert weekday_date(TUE, 1, future=False, strict=True) == dt.date(2024, 11, 26)
    assert weekday_date(TUE, 1, future=True, strict=True) == dt.date(2024, 12, 10)


@pytest.mark.parametrize(
    ("month", "day", "direction", "year"),
    [(11, None, None, 2024), (2, None, None, 2025), (6, None, None, 2024),
     (6, None, "future", 2025), (12, 25, "past", 2023)],
)  # fmt: skip
def test_month_near(month: int, day: int | None, direction: str | None, year: int) -> None:
    assert month_near(TUE, month, day, direction) == year


@pytest.mark.parametrize(
    ("code", "step", "value"),
    [("SU", 0, "2024-SU"), ("SU", -1, "2024-SU"), ("FA", -1, "2024-FA"), ("SP", 1, "2025-SP"),
     ("WI", 0, "2024-WI"), ("WI", -1, "2023-WI")],
)  # fmt: skip
def test_season_shift(code: str, step: int, value: str) -> None:
    assert season_shift(TUE, code, step) == value


@pytest.mark.parametrize(
    ("text", "published", "future", "value"),
    [
        # fixed dates, nth weekdays (with an offset), Easter-based
        ("Christmas", dt.date(1998, 12, 10), False, "1998-12-25"),  # less than two months ahead
        ("Christmas", dt.date(1999, 3, 1), False, "1998-12-25"),
        ("New Year's Day", dt.date(1999, 3, 1), False, "1999-01-01"),
        ("Independence Day", dt.date(2000, 8, 1), False, "2000-07-04"),
        ("the Fourth of July", dt.date(2000, 3, 1), True, "2000-07-04"),  # a future cue
        ("Thanksgiving Day", dt.date(2000, 1, 7), False, "1999-11-25"),
        ("last Thanksgiving", dt.date(2000, 2, 10), False, "1999-11-25"),
        ("Election Day", dt.date(1998, 10, 26), False, "1998-11-03"),  # Tuesday after 1st Monday
        ("Memorial Day 1999", dt.date(2000, 1, 1), False, "1999-05-31"),  # the last Monday
        ("Labor Day", dt.date(2024, 9, 3), False, "2024-09-02"),
        ("next Christmas", dt.date(1998, 12, 25), False, "1999-12-25"),
        ("this Christmas", dt.date(1998, 3, 1), False, "1998-12-25"),
        ("Easter", dt.date(2000, 4, 30), False, "2000-04-23"),
        ("Good Friday", dt.date(2024, 4, 1), False, "2024-03-29"),
        ("Easter week", dt.date(2000, 4, 17), False, "2000-W16"),
        ("Thanksgiving", None, False, None),  # no document date
    ],
)
def test_normalise_holidays(
    text: str, published: dt.date | None, future: bool, value: str | None
) -> None:
    assert normalise(text, Anchor(published, future=future)).value == value


@pytest.mark.parametrize(
    ("text", "last", "value"),
    [
        ("the following year", "1995-05-22", "1996"),
        ("The following month", "1989-03", "1989-04"),
        ("the following week", "2000-02-22", "2000-W09"),
        ("the next day", "2000-02-22", "2000-02-23"),
        ("the next morning", "2000-02-22", "2000-02-23TMO"),
        ("the previous day", "2000-03-01", "2000-02-29"),
        ("the day after", "1998-10-23", "1998-10-24"),
        ("the day before", "1998-10-23", "1998-10-22"),
        ("the following day", None, "2024-12-04"),  # no earlier date: the document's
        ("the following month", "1995", "2025-01"),  # too coarse a date: the document's
        ("next year", "1995-05-22", "2025"),  # deictic, not anaphoric
    ],
)
def test_normalise_anaphora_steps_from_last_date(text: str, last: str | None, value: str) -> None:
    assert normalise(text, Anchor(TUE, last=last)).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the next 12 to 18 months", "PXM"),  # a range of counts is one vague duration
        ("two to three weeks", "PXW"),
        ("12-18 months", "PXM"),
        ("a two day", "P2D"),  # an article before a number is not "one more"
    ],
)
def test_normalise_count_ranges(text: str, value: str) -> None:
    assert normalise(text, Anchor(TUE)).value == value


@pytest.mark.parametrize(
    ("text", "last", "value"),
    [
        ("the previous Friday", "1989-10-27", "1989-10-20"),  # before the Friday just named
        ("the following Monday", "1989-10-27", "1989-10-30"),
        ("the previous Friday", None, "2024-11-29"),  # nothing named: the document date
    ],
)
def test_normalise_anaphoric_weekday(text: str, last: str | None, value: str) -> None:
    assert normalise(text, Anchor(TUE, last=last)).value == value


@pytest.mark.parametrize(
    ("text", "after", "value"),
    [
        ("the year", ", pet food volume", "1989"),  # "For the year": the year reported on
        ("the fiscal year", ". In fiscal 1988", "1989"),
        ("the year", " ended Sept. 30", "P1Y"),  # a fiscal year: a duration
        ("the year", " ending June 30", "P1Y"),
        ("the year before", "", "1988"),  # relative, not the year reported on
        ("an additional year", "", "P1Y"),
    ],
)
def test_normalise_the_year_reads_following_words(text: str, after: str, value: str) -> None:
    assert normalise(text, Anchor(dt.date(1989, 11, 2), after=after)).value == value
