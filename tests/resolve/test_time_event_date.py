"""``event_date``: which time expression dates an event, and with what precision."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sitroom.model import EventCandidate, Flags, Mention, Span, TimeExpr
from sitroom.resolve.times import calendar_date, event_date

TUE = dt.date(2024, 12, 3)
SENTENCE = Span(0, 100)


def candidate(
    *governed: TimeExpr, trigger: str = "attacked", flags: Flags | None = None
) -> EventCandidate:
    return EventCandidate(
        event_type="ASSAULT",
        sentence_index=0,
        sentence=SENTENCE,
        trigger=Mention(trigger, 10, 10 + len(trigger)),
        pattern="test",
        times=tuple(Mention(expr.text, expr.start, expr.end) for expr in governed),
        flags=flags or Flags(),
    )


def expr(value: str | None, start: int = 40, text: str = "x") -> TimeExpr:
    return TimeExpr(text, start, start + len(text), value)


@pytest.mark.parametrize(
    ("value", "date", "precision"),
    [
        ("2024-12-02", "2024-12-02", "day"),
        ("2024-12-02TMO", "2024-12-02", "day"),
        ("2024-12-02T14:00", "2024-12-02", "day"),
        ("2024-W48", "2024-11-25", "week"),  # the week's Monday
        ("2024-W48-WE", "2024-11-30", "week"),  # a weekend: its Saturday
        ("2014-06", "2014-06", "month"),
        ("2011", "2011", "year"),
        ("1998-Q3", "1998", "year"),
        ("1998-SU", "1998", "year"),
        ("PRESENT_REF", "2024-12-03", "day"),
        ("PAST_REF", None, "none"),
        ("FUTURE_REF", None, "none"),
        ("PXY", None, "none"),
        ("P3D", None, "none"),
        ("199", None, "none"),
        ("XXXX-WXX-4", None, "none"),
        (None, None, "none"),
    ],
)
def test_calendar_date_forms(value: str | None, date: str | None, precision: str) -> None:
    assert calendar_date(value, TUE) == (date, precision)


def test_governed_expression_wins_over_others() -> None:
    governed, other = expr("2024-12-02", 40), expr("2011", 60)
    assert event_date(candidate(governed), [governed, other], published=TUE) == (
        "2024-12-02",
        "day",
    )


def test_first_governed_calendar_value_wins() -> None:
    vague, dated = expr("PAST_REF", 40), expr("2024-11", 60)
    assert event_date(candidate(vague, dated), [vague, dated], published=TUE) == (
        "2024-11",
        "month",
    )


def test_governed_mention_matched_by_overlap_not_identity() -> None:
    normalised = TimeExpr("last week", 40, 49, "2024-W48")
    raw = dataclasses.replace(candidate(), times=(Mention("week", 45, 49),))
    assert event_date(raw, [normalised], published=TUE) == ("2024-11-25", "week")


def test_only_calendar_expression_of_sentence_is_used() -> None:
    lone = expr("2014-06", 40)
    assert event_date(candidate(), [lone], published=TUE) == ("2014-06", "month")


def test_two_calendar_expressions_in_sentence_are_ambiguous() -> None:
    first, second = expr("2014-06", 40), expr("2011", 60)
    assert event_date(candidate(), [first, second], published=TUE) == (None, "none")


def test_expression_outside_sentence_is_ignored() -> None:
    outside = expr("2011", 200)
    assert event_date(candidate(), [outside], published=TUE) == ("2024-12-03", "day")


@pytest.mark.parametrize("trigger", ["attacked", "met", "has struck", "said"])
def test_undated_past_news_event_takes_publication_day(trigger: str) -> None:
    assert event_date(candidate(trigger=trigger), [], published=TUE) == ("2024-12-03", "day")


@pytest.mark.parametrize(
    ("trigger", "flags", "published"),
    [
        ("attack", Flags(), TUE),  # present or bare form: tense unknown
        ("attacked", Flags(future=True), TUE),
        ("attacked", Flags(hypothetical=True), TUE),
        ("attacked", Flags(historical=True), TUE),
        ("attacked", Flags(), None),
    ],
)
def test_no_date_without_support(trigger: str, flags: Flags, published: dt.date | None) -> None:
    assert event_date(candidate(trigger=trigger, flags=flags), [], published=published) == (
        None,
        "none",
    )


def test_vague_expression_in_sentence_blocks_publication_day() -> None:
    recently = expr("PAST_REF", 40)
    assert event_date(candidate(recently), [recently], published=TUE) == (None, "none")


def test_relative_expression_without_document_date_has_no_value() -> None:
    from sitroom.model import Annotations, Mention
    from sitroom.resolve.times import times

    text = "Fighters attacked military positions last night."
    start = text.index("last night")
    annotations = Annotations(
        sentences=(), entities=(), toponyms=(),
        times=(Mention("last night", start, start + 10, "TIME"),),
    )  # fmt: skip
    found = times(text, annotations, published=None)
    assert [(t.text, t.value) for t in found] == [("last night", None)]


# --- with the text: an unattached expression dates the event only from its own clause ------


def in_text(
    text: str, trigger: str, *exprs: tuple[str, str | None]
) -> tuple[EventCandidate, list[TimeExpr]]:
    """A candidate on ``trigger`` in one-sentence ``text``, with time expressions found by text."""
    start = text.index(trigger)
    cand = EventCandidate(
        event_type="ASSAULT",
        sentence_index=0,
        sentence=Span(0, len(text)),
        trigger=Mention(trigger, start, start + len(trigger)),
        pattern="test",
    )
    found = [TimeExpr(s, text.index(s), text.index(s) + len(s), value) for s, value in exprs]
    return cand, found


@pytest.mark.parametrize(
    ("text", "trigger", "exprs", "date"),
    [
        # a coordinated clause's own time is not the event's
        (
            "Aid convoys started arriving two years ago, but prices have doubled as gunmen "
            "have attacked the roads.",
            "attacked",
            [("two years ago", "2022")],
            None,
        ),
        # a time inside a quotation is the quote's, not the reporting clause's
        (
            "The rebels posted a message saying “tomorrow we march” and urging supporters to rise.",
            "urging",
            [("tomorrow", "2024-12-04")],
            None,
        ),
        (
            "The mayor resigned, and the council said on Friday it would meet.",
            "resigned",
            [("Friday", "2024-11-29")],
            None,
        ),
        # a quoted phrase closed in between does not break the clause
        (
            "The minister said on Monday he was “alarmed” as he condemned the raid.",
            "condemned",
            [("Monday", "2024-12-02")],
            "2024-12-02",
        ),
        # "not X but Y" is one clause
        (
            "The militia was not retreating but regrouping near the dam on Sunday.",
            "regrouping",
            [("Sunday", "2024-12-01")],
            "2024-12-01",
        ),
        # same clause: the lone expression still dates the event
        (
            "Troops shelled the village after dawn on Monday.",
            "shelled",
            [("Monday", "2024-12-02")],
            "2024-12-02",
        ),
        # a "when" clause shares its main clause's time
        (
            "Villagers were abducted in 2014 when the militia stormed the valley.",
            "stormed",
            [("2014", "2014")],
            "2014",
        ),
        # a fronted expression frames the sentence across a subordinate clause
        (
            "In March, after the talks collapsed, the army attacked the port.",
            "attacked",
            [("March", "2024-03")],
            "2024-03",
        ),
    ],
)
def test_unattached_expression_only_from_own_clause(
    text: str, trigger: str, exprs: list[tuple[str, str]], date: str | None
) -> None:
    cand, found = in_text(text, trigger, *exprs)
    assert event_date(cand, found, published=TUE, text=text)[0] == date


def test_own_clause_expression_chosen_among_several() -> None:
    text = (
        "Rebels pushed towards the city on Tuesday, officials said, after their seizure of "
        "the airport last week shocked the capital."
    )
    exprs = (("Tuesday", "2024-12-03"), ("last week", "2024-W48"))
    assert event_date(*in_text(text, "seizure", *exprs), published=TUE, text=text) == (
        "2024-11-25",
        "week",
    )
    assert event_date(*in_text(text, "pushed", *exprs), published=TUE, text=text) == (
        "2024-12-03",
        "day",
    )


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        ("The envoy had promised to withdraw the tanks.", "promised", None),
        ("The town had already been shelled by the army.", "shelled", None),
        ("The envoy promised to withdraw the tanks.", "promised", "2024-12-03"),
        ("The army has shelled the town.", "shelled", "2024-12-03"),
        # backshift under a reporting verb: reported news, not background
        ("The ministry said the army had shelled the town.", "shelled", "2024-12-03"),
    ],
)
def test_past_perfect_without_own_date_is_undated(
    text: str, trigger: str, date: str | None
) -> None:
    cand, found = in_text(text, trigger)
    assert event_date(cand, found, published=TUE, text=text)[0] == date


def test_weekend_before_tuesday_publication_is_dated_by_its_saturday() -> None:
    from sitroom.resolve.time_calendar import Anchor
    from sitroom.resolve.time_values import normalise

    value = normalise("the weekend", Anchor(dt.date(2019, 3, 26))).value
    assert calendar_date(value, dt.date(2019, 3, 26)) == ("2019-03-23", "week")
