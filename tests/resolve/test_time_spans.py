"""Time expression extents and ``times`` end to end on hand-built annotations (no model)."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator

import pytest

from sitroom.model import Annotations, Mention, Sentence
from sitroom.resolve.time_lookups import default_rules
from sitroom.resolve.time_spans import find_spans
from sitroom.resolve.times import times

TUE = dt.date(2024, 12, 3)


def annotated(text: str, *spans: str) -> Annotations:
    """Annotations whose DATE mentions are the first occurrence of each of ``spans``."""
    mentions = []
    for span in spans:
        start = text.index(span)
        mentions.append(Mention(span, start, start + len(span), "DATE"))
    sentences, start = [], 0
    for index, part in enumerate(text.split(". ")):
        end = min(len(text), start + len(part) + 1)
        sentences.append(Sentence(index, start, end, text[start:end]))
        start = end + 1
    return Annotations(sentences=tuple(sentences), entities=(), toponyms=(), times=tuple(mentions))


def texts(text: str, *spans: str) -> list[str]:
    return [
        text[start:end]
        for start, end, _ in find_spans(text, annotated(text, *spans), default_rules())
    ]


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        # possessive, focus adverbs and prepositions stay out
        ("He cited last year's figures.", "last year's", ["last year"]),
        ("It took only six months to build.", "only six months", ["six months"]),
        ("They waited just a few minutes.", "just a few minutes", ["a few minutes"]),
        ("It fell about five hours later.", "about five hours later", ["five hours"]),
        # an article before a full date or a bare plural unit goes
        ("The Aug. 7, 1998 bombings.", "The Aug. 7, 1998", ["Aug. 7, 1998"]),
        ("He was seen in the weeks before.", "the weeks", ["weeks"]),
        # ranges and "ended" make two expressions
        ("From Aug. 26 to Oct. 20 it rose.", "Aug. 26 to Oct. 20", ["Aug. 26", "Oct. 20"]),
        ("It grew between 1985 and 1987.", "between 1985 and 1987", ["1985", "1987"]),
        ("Net rose in the quarter ended Sept. 30.", "the quarter ended Sept. 30",
         ["the quarter", "Sept. 30"]),
        ("It may last a year or two.", "a year or two", ["a year or two"]),
        # a day joins its part of day or clock time
        ("They met Friday morning.", "Friday", ["Friday morning"]),
        ("The deadline is noon Thursday.", "noon", ["noon Thursday"]),
        ("It expires at 5 p.m. EST Nov. 9.", "5 p.m. EST", ["5 p.m. EST Nov. 9"]),
        ("They met Friday morning.", "morning", ["Friday morning"]),
        # a bare unit takes its determiner
        ("He said this year that it was over.", "year", ["this year"]),
        # scraped caption debris ends a span
        ("Hama, Syria, Tuesday Dec. 3, 2024.(AP) Syrian", "Tuesday Dec. 3, 2024.(AP",
         ["Tuesday Dec. 3, 2024"]),
        # sets take their quantifier
        ("The third departs each Thursday from August 6.", "Thursday", ["each Thursday"]),
        ("Orangemen march each July downtown.", "July", ["each July"]),
        # a range of counts is one duration; NER cut before the unit
        ("It will buy during the next 12 to 18 months.", "the next 12 to 18 months",
         ["the next 12 to 18 months"]),
        ("There was violence for the past three summers.", "the past three",
         ["the past three summers"]),
        # a stray word before the expression
        ("It has 13 plants, up from seven a year ago.", "seven a year ago", ["a year ago"]),
        ("He fled after a coup d'etat last year.", "d'etat last year", ["last year"]),
        ("They began a two day rally.", "a two day", ["two day"]),
        ("It may be extended for an additional year.", "an additional year",
         ["an additional year"]),
        # a count after a month is neither its day nor a year
        ("Raids on 4 June 52 people died.", "4 June 52", ["4 June"]),
        ("By June 75 shops had shut.", "June 75", ["June"]),
        ("They met on June 25 in Oslo.", "June 25", ["June 25"]),
        ("It opened on 2 June 2015.", "2 June 2015", ["2 June 2015"]),
        # "May" the prime minister, not the month
        ("The petition calls on May to act for the sailor.", "May", []),
        ("Unions urged May to reopen the talks.", "May", []),
        ("The vote slipped from April to May to allow a recount.", "May", ["May"]),
        ("The talks resume in May to draft a text.", "May", ["May"]),
        ("They met in late May.", "May", ["May"]),
        # not time expressions
        ("The 6-year-old boy smiled.", "6-year-old", []),
        ("Smith, 44, resigned.", "44", []),
        ("It pays a quarterly dividend.", "quarterly", []),
        ("Mr. Stauber spoke.", "Stauber", []),
    ],
)  # fmt: skip
def test_spans_follow_timeml_extents(text: str, ner: str, expected: list[str]) -> None:
    assert texts(text, ner) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices are now higher.", ["now"]),
        ("Now, he says, it is over.", []),  # a discourse marker
        ("Aqaba is its only outlet now that the noose has tightened.", ["now"]),
        ("It is back to its schedule now, the unit said.", ["now"]),
        ("But I think right now, for them, it is hard.", ["right now"]),
        ("He said, ``Now, we wait.''", []),
        # holidays (calendar rules in time.yml)
        ("Elian was found Thanksgiving Day at sea.", ["Thanksgiving Day"]),
        ("He was found last Thanksgiving at sea.", ["last Thanksgiving"]),
        ("They met on Christmas Eve, 1997.", ["Christmas Eve, 1997"]),
        ("He currently leads it.", ["currently"]),
        ("They recently agreed.", ["recently"]),
        ("It has happened in the past.", ["the past"]),
        ("Talks may resume in the near future.", ["the near future"]),
        ("Flights run daily to Sydney.", ["daily"]),
        ("Average daily volume fell.", []),
        ("He left today.", ["today"]),
        ("In today's world it is rare.", []),
        ("It was January nineteen ninety-seven.", ["January nineteen ninety-seven"]),
        ("Former minister Paul spoke.", []),  # TimeBank never marks "former"
    ],
)
def test_lexicon_adds_what_ner_misses(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_lexicon_does_not_duplicate_ner_spans() -> None:
    assert texts("It is now or never right now.", "right now") == ["now", "right now"]


SEED = (
    "The Syrian government said on Monday that it would act. Their capture of Aleppo last week "
    "rocked the region. In June 2014, armed groups swept in, and the war began in 2011. "
    "Iran has backed the regime for years, as seen in recent years."
)


def test_times_on_seed_sentences() -> None:
    spans = ["Monday", "last week", "June 2014", "2011", "years", "recent years"]
    found = times(SEED, annotated(SEED, *spans), published=dt.date(2024, 12, 2))
    assert [(expr.text, expr.value) for expr in found] == [
        ("Monday", "2024-12-02"),
        ("last week", "2024-W48"),
        ("June 2014", "2014-06"),
        ("2011", "2011"),
        ("years", "PXY"),
        ("recent years", "PAST_REF"),
    ]
    assert [expr.kind for expr in found] == ["DATE"] * 4 + ["DURATION", "DATE"]


def test_times_sorted_by_offset_with_offsets_into_text() -> None:
    text = "Yesterday he left. Tomorrow he returns, he said today."
    found = times(text, annotated(text, "today"), published=TUE)
    assert [expr.start for expr in found] == sorted(expr.start for expr in found)
    assert all(text[expr.start : expr.end] == expr.text for expr in found)
    assert [expr.value for expr in found] == ["2024-12-02", "2024-12-04", "2024-12-03"]


def test_times_future_cue_makes_weekday_next() -> None:
    text = "The ministers will meet on Thursday. They met on Monday."
    found = times(text, annotated(text, "Thursday", "Monday"), published=TUE)
    assert [expr.value for expr in found] == ["2024-12-05", "2024-12-02"]


def test_times_fronted_expression_takes_clause_tense() -> None:
    text = "On Monday, the talks will resume."
    found = times(text, annotated(text, "Monday"), published=TUE)
    assert found[0].value == "2024-12-09"


def test_times_reported_speech_is_not_future() -> None:
    text = "The company said Friday it will close the plant."
    found = times(text, annotated(text, "Friday"), published=TUE)
    assert found[0].value == "2024-11-29"


def test_times_quarter_anchors_year_ago() -> None:
    text = "Net rose in the third quarter, up from a year ago."
    found = times(text, annotated(text, "the third quarter", "a year ago"),
                  published=dt.date(1989, 11, 2))  # fmt: skip
    assert [expr.value for expr in found] == ["1989-Q3", "1988-Q3"]


def test_times_without_published_keeps_absolute_values_only() -> None:
    text = "It began in 2011 and ended last week."
    found = times(text, annotated(text, "2011", "last week"), published=None)
    assert [expr.value for expr in found] == ["2011", None]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


@pytest.mark.usefixtures("no_network")
def test_times_uses_no_network() -> None:
    text = "They met on 3rd of Dec 2024 and on 12/02/2024."  # dateparser fallback paths
    found = times(text, annotated(text, "3rd of Dec 2024", "12/02/2024"), published=TUE)
    assert [expr.value for expr in found] == ["2024-12-03", "2024-12-02"]


@pytest.mark.parametrize(
    ("text", "ner", "value"),
    [
        # "until" just before the expression is a deadline
        ("Officials postponed until Thursday morning any action.", "Thursday morning",
         "2024-12-05TMO"),
        ("They have until 9 a.m. Monday to sign.", "9 a.m. Monday", "2024-12-09T09:00"),
        ("Until Monday, they had not seen him.", "Monday", "2024-12-02"),  # fronted: past
        # "planned"/"planning" look ahead; a capitalised "-ed" word is no past cue
        ("Protesters planned a large demonstration on Saturday.", "Saturday", "2024-12-07"),
        ("He would be traveling to the United States Thursday.", "Thursday", "2024-12-05"),
        ("The thrift announced the plan Friday.", "Friday", "2024-11-29"),  # a noun
    ],
)  # fmt: skip
def test_times_future_cues(text: str, ner: str, value: str) -> None:
    found = times(text, annotated(text, ner), published=TUE)
    assert [expr.value for expr in found] == [value]


def test_times_anaphora_anchors_on_last_date() -> None:
    text = "On May 22, 1995, he was promoted, and the following year he left."
    found = times(text, annotated(text, "May 22, 1995", "the following year"), published=TUE)
    assert [expr.value for expr in found] == ["1995-05-22", "1996"]
