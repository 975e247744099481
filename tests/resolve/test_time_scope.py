"""A time expression dates an event only from the trigger's own clause or noun phrase
(``time_scope``): noun-phrase modifiers, "since" phrases, own-auxiliary conjuncts and
inserted clauses do not; the coder's historical cue falls with its year."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sitroom.model import Annotations, EventCandidate, Flags, Mention, Sentence, Span, TimeExpr
from sitroom.resolve.events import HISTORICAL_AFTER, is_historical
from sitroom.resolve.time_calendar import Anchor
from sitroom.resolve.time_values import normalise
from sitroom.resolve.times import event_date, times, year_cue_stands

WED = dt.date(2019, 3, 20)


def in_text(
    text: str, trigger: str, exprs: list[tuple[str, str]], *, attached: bool = False
) -> tuple[EventCandidate, list[TimeExpr]]:
    """A candidate on ``trigger`` in one-sentence ``text``; ``attached``: the coder also hung
    every expression on the trigger (``candidate.times``)."""
    start = text.index(trigger)
    found = [TimeExpr(s, text.index(s), text.index(s) + len(s), value) for s, value in exprs]
    cand = EventCandidate(
        event_type="ASSAULT",
        sentence_index=0,
        sentence=Span(0, len(text)),
        trigger=Mention(trigger, start, start + len(trigger)),
        pattern="test",
        times=tuple(Mention(e.text, e.start, e.end) for e in found) if attached else (),
    )
    return cand, found


def dated(text: str, trigger: str, *exprs: tuple[str, str], attached: bool = False) -> str | None:
    cand, found = in_text(text, trigger, list(exprs), attached=attached)
    return event_date(cand, found, published=WED, text=text)[0]


# --- noun-phrase modifiers -------------------------------------------------------------


@pytest.mark.parametrize("attached", [False, True])
@pytest.mark.parametrize(
    ("text", "trigger", "expr"),
    [
        # a year inside another noun phrase dates that noun, not the refusal
        (
            "Greece declined to extradite officers accused over the 2016 mutiny.",
            "declined",
            ("2016", "2016"),
        ),
        ("The envoy praised the failed 2015 accord on water.", "praised", ("2015", "2015")),
        ("Russia's 2015 intervention was praised by the regime.", "praised", ("2015", "2015")),
        # a possessive date is the following noun's
        ("Ankara condemned the army for last week's raid.", "condemned", ("last week", "2019-W11")),
        # an adjective of time modifies its noun
        (
            "The minister denounced the militia amid current unrest.",
            "denounced",
            ("current", "PRESENT_REF"),
        ),
    ],
)
def test_noun_phrase_modifier_dates_no_other_event(
    text: str, trigger: str, expr: tuple[str, str], attached: bool
) -> None:
    assert dated(text, trigger, expr, attached=attached) is None


@pytest.mark.parametrize(
    ("text", "trigger", "expr", "date"),
    [
        # the expression modifies the trigger noun itself
        (
            "The 2003 invasion of Iraq by the coalition began in March.",
            "invasion",
            ("2003", "2003"),
            "2003",
        ),
        (
            "Last month's U.S. raid on the port killed nine.",
            "raid",
            ("Last month", "2019-02"),
            "2019-02",
        ),
        (
            "Last week's air raid on the port killed nine.",
            "raid",
            ("Last week", "2019-W11"),
            "2019-03-11",
        ),
        # no determiner: a fronted adverbial, comma or not
        ("In June 2014 rebels attacked the town.", "attacked", ("June 2014", "2014-06"), "2014-06"),
        (
            "In June 2014, rebels attacked the town.",
            "attacked",
            ("June 2014", "2014-06"),
            "2014-06",
        ),
        # a noun phrase after "during" is the clause's time frame
        ("During the 2014 offensive, rebels seized the dam.", "seized", ("2014", "2014"), "2014"),
        # after "after"/"following" it places the event in time (approximately)
        (
            "Moscow sent envoys after the 2016 mutiny, pledging full backing.",
            "pledging",
            ("2016", "2016"),
            "2016",
        ),
        # an adverbial after the object is no modifier of it
        (
            "Gunmen seized the airport last week, officials said.",
            "seized",
            ("last week", "2019-W11"),
            "2019-03-11",
        ),
        ("Troops shelled the town on Monday.", "shelled", ("Monday", "2019-03-18"), "2019-03-18"),
    ],
)
def test_own_noun_or_clause_expression_still_dates(
    text: str, trigger: str, expr: tuple[str, str], date: str
) -> None:
    assert dated(text, trigger, expr) == date
    assert dated(text, trigger, expr, attached=True) == date


# --- "since": an ongoing act -------------------------------------------------------------


@pytest.mark.parametrize("attached", [False, True])
@pytest.mark.parametrize(
    ("text", "trigger", "expr"),
    [
        ("Iran has funded the militia since 2012.", "funded", ("2012", "2012")),
        ("Since 2012 Iran has funded the militia.", "funded", ("2012", "2012")),
        (
            "Rebels have shelled the town since the truce collapsed in 2016.",
            "shelled",
            ("2016", "2016"),
        ),
    ],
)
def test_since_gives_no_point_date(
    text: str, trigger: str, expr: tuple[str, str], attached: bool
) -> None:
    assert dated(text, trigger, expr, attached=attached) is None


def test_trigger_inside_since_clause_keeps_its_time() -> None:
    text = "Since the army attacked the town on Monday, talks have stalled."
    assert dated(text, "attacked", ("Monday", "2019-03-18")) == "2019-03-18"


def test_since_year_cue_drops_historical_flag() -> None:
    """The coder's historical flag rests on a year; after "since" it does not stand."""
    text = "Since 2012 Iran has funded the militia."
    cand, _ = in_text(text, "funded", [("2012", "2012")], attached=True)
    cand = dataclasses.replace(cand, flags=Flags(historical=True))
    assert not year_cue_stands(cand, text)
    # a flag from another cue than a year is not the year's to drop
    other = dataclasses.replace(cand, why=("historical: decision 'plan' dated 2012, carried out",))
    assert year_cue_stands(other, text)
    fronted = "In 2012 Iran funded the militia."
    cand, _ = in_text(fronted, "funded", [("2012", "2012")], attached=True)
    assert year_cue_stands(cand, fronted)


# --- other clauses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expr", "attached"),
    [
        # a conjunct with its own auxiliary (also when the parse attached the year)
        (
            "The party gained power in 2014 and is still backed by the army.",
            "backed",
            ("2014", "2014"),
            True,
        ),
        (
            "The army has attacked the port and will withdraw on Friday.",
            "attacked",
            ("Friday", "2019-03-22"),
            False,
        ),
        # a clause inserted between subject and trigger
        (
            "The envoy, who was released in 2015, criticised the government.",
            "criticised",
            ("2015", "2015"),
            False,
        ),
        (
            "The draft, due to be debated on Monday, urges both sides to talk.",
            "urges",
            ("Monday", "2019-03-25"),
            False,
        ),
        # a relative or complement clause after the trigger
        (
            "The envoy urged London to expel exiles that he tied to the mutiny in 2015.",
            "urged",
            ("2015", "2015"),
            False,
        ),
    ],
)
def test_expression_of_another_clause_does_not_date(
    text: str, trigger: str, expr: tuple[str, str], attached: bool
) -> None:
    assert dated(text, trigger, expr, attached=attached) is None


@pytest.mark.parametrize(
    ("text", "trigger", "expr", "date"),
    [
        # a bare second verb shares the first conjunct's time
        (
            "The army attacked the port on Monday and seized the bridge.",
            "seized",
            ("Monday", "2019-03-18"),
            "2019-03-18",
        ),
        (
            "Police on Monday arrested and charged two men.",
            "charged",
            ("Monday", "2019-03-18"),
            "2019-03-18",
        ),
        # a fronted expression frames both conjuncts
        ("In 2014 the group took the city and has held it.", "held", ("2014", "2014"), "2014"),
        # an adverbial insertion is the clause's own
        (
            "The army, on Monday, attacked the port.",
            "attacked",
            ("Monday", "2019-03-18"),
            "2019-03-18",
        ),
        # a list after a colon is no inserted clause
        (
            "Options remain open: easing sanctions; or even now, backing the truce.",
            "backing",
            ("now", "PRESENT_REF"),
            "2019-03-20",
        ),
        # a demonstrative "that" opens no clause
        ("The army attacked that town in 2015.", "attacked", ("2015", "2015"), "2015"),
    ],
)
def test_same_clause_expression_still_dates(
    text: str, trigger: str, expr: tuple[str, str], date: str
) -> None:
    assert dated(text, trigger, expr) == date


# --- values -----------------------------------------------------------------------------


def test_passive_participle_after_be_keeps_future_cue() -> None:
    text = "The draft is due to be debated on Monday."
    start = text.index("Monday")
    annotations = Annotations(
        sentences=(Sentence(0, 0, len(text), text),), entities=(), toponyms=(),
        times=(Mention("Monday", start, start + 6, "DATE"),),
    )  # fmt: skip
    assert times(text, annotations, published=WED)[0].value == "2019-03-25"


@pytest.mark.parametrize(
    ("text", "value"), [("24-25 April", "2019-04-24"), ("April 24-25", "2019-04-24")]
)
def test_day_range_is_dated_by_its_first_day(text: str, value: str) -> None:
    assert normalise(text, Anchor(WED, future=True)).value == value


# --- historical: more than a quarter before publication ----------------------------------


@pytest.mark.parametrize(
    ("date", "historical"),
    [("2017", True), ("2018", False), ("2018-12-19", True), ("2019-01-02", False), (None, False)],
)
def test_historical_threshold_is_ninety_days(date: str | None, historical: bool) -> None:
    assert dt.timedelta(days=90) == HISTORICAL_AFTER
    assert is_historical(date, WED) is historical
