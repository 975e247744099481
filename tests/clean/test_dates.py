"""clean.dates: publication date from caption dates, checked against weekday mentions."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.clean.dates import dateline, full_dates, infer_published, weekdays_mentioned
from sitroom.model import Caption


@pytest.mark.parametrize(
    ("text", "expected", "weekday"),
    [
        ("on December 2, 2024.", dt.date(2024, 12, 2), None),
        ("Hama, Syria, Tuesday Dec. 3, 2024.(AP)", dt.date(2024, 12, 3), 1),
        ("News Wednesday 4th March, 2015 A Libyan", dt.date(2015, 3, 4), 2),
        ("BERLIN 1996-08-30", dt.date(1996, 8, 30), None),
        ("Sept. 9, 2001", dt.date(2001, 9, 9), None),
    ],
)
def test_full_dates_reads_common_forms(text: str, expected: dt.date, weekday: int | None) -> None:
    (found,) = full_dates(text)
    assert (found.date, found.weekday) == (expected, weekday)


def test_full_dates_skips_impossible_dates() -> None:
    assert full_dates("on February 30, 2024 and 2024-13-01") == []


def test_weekdays_mentioned() -> None:
    assert weekdays_mentioned("met on Monday and again on Sunday; monday is lower case") == {0, 6}


def _with_caption(caption: str, body: str) -> tuple[str, tuple[Caption, ...]]:
    return f"{caption}\n\n{body}", (Caption(0, len(caption)),)


def test_infer_published_from_caption_checked_against_body_weekday() -> None:
    text, captions = _with_caption(
        "Tanks on the road on December 1, 2024. Crowds on December 2, 2024.",
        "The government said on Sunday that talks would resume.",
    )
    # Both dates are in the caption; the body names Sunday, and Dec 1 2024 is a Sunday.
    assert infer_published(text, captions) == (dt.date(2024, 12, 1), "caption")


def test_infer_published_discards_a_date_naming_the_wrong_weekday() -> None:
    text, captions = _with_caption("Protest, Wednesday Dec. 3, 2024.", "Crowds gathered.")
    assert infer_published(text, captions) is None  # Dec 3 2024 was a Tuesday


def test_infer_published_body_date_needs_a_weekday_confirmation() -> None:
    history = "The attacks of September 11, 2001 changed the region."
    assert infer_published(history, ()) is None
    confirmed = "Filed in Minsk on 1996-08-30: the politician spoke on Friday."
    assert infer_published(confirmed, ()) == (dt.date(1996, 8, 30), "text")


def test_infer_published_caption_wins_over_body() -> None:
    text, captions = _with_caption(
        "A rally on March 4, 2024.", "BERLIN 2024-03-05. The rally on Monday drew crowds."
    )
    assert infer_published(text, captions) == (dt.date(2024, 3, 4), "caption")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HOCKEY - OTTERS WIN AGAIN .\nHALIFAX 1997-03-14\nThe Otters won.", dt.date(1997, 3, 14)),
        (
            "Grain prices ease .\nSPRINGFIELD , Ill .\n1997-03-14\nPrices fell.",
            dt.date(1997, 3, 14),
        ),
        ("A headline\nJane Doe\nLYON , France 1997-03-14\nText.", dt.date(1997, 3, 14)),
        ("OSLO, Friday, March 14, 1997 -\nThe talks began.", dt.date(1997, 3, 14)),
    ],
)
def test_infer_published_takes_a_wire_dateline_without_weekday(
    text: str, expected: dt.date
) -> None:
    # No weekday is named in these bodies: only the dateline form vouches for the date.
    assert infer_published(text, ()) == (expected, "text")


@pytest.mark.parametrize(
    "text",
    [
        "Talks\nThe envoy said on 1997-03-14 that talks would go on.",  # inside a sentence
        "OSLO, Thursday, March 14, 1997 -\nThe talks began.",  # the named weekday is wrong
        "One\nTwo\nThree\nFour\nOSLO 1997-03-14\nText.",  # below the first lines
    ],
)
def test_dateline_needs_the_form_and_the_top_of_the_text(text: str) -> None:
    assert dateline(text) is None
