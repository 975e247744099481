"""Dates from context (``time_context``): narrative anchors, fronted frame clauses, trailing
windows; the comparison-phrase and comma-stretch checks of ``event_date``; ``date_source``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from sitroom.model import EventCandidate, Mention, Sentence, Span, TimeExpr
from sitroom.resolve.time_context import narrative_anchors, period_end, told_in_past
from sitroom.resolve.times import event_date, sourced_date
from sitroom.run.pipeline import analyze_text

PUB = dt.date(2021, 6, 10)  # a Thursday


def sentences(text: str) -> tuple[Sentence, ...]:
    found = []
    for index, match in enumerate(re.finditer(r"[^.!?]+[.!?]", text)):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        found.append(Sentence(index, start, match.end(), text[start : match.end()]))
    return tuple(found)


def exprs(text: str, *pairs: tuple[str, str | None]) -> list[TimeExpr]:
    return [TimeExpr(s, text.index(s), text.index(s) + len(s), value) for s, value in pairs]


def anchored(text: str, *pairs: tuple[str, str | None]) -> dict[int, str]:
    found = narrative_anchors(text, sentences(text), exprs(text, *pairs), published=PUB)
    return {index: anchor.expression.text for index, anchor in found.items()}


def one(text: str, trigger: str) -> EventCandidate:
    start = text.index(trigger)
    return EventCandidate(
        event_type="ASSAULT",
        sentence_index=0,
        sentence=Span(0, len(text)),
        trigger=Mention(trigger, start, start + len(trigger)),
        pattern="test",
    )


# --- narrative anchors -----------------------------------------------------------------


def test_past_sentences_after_an_old_fronted_date_inherit_it() -> None:
    text = (
        "In 2009, the junta closed the border. The rebels shelled the garrison. "
        "Villagers fled north."
    )
    assert anchored(text, ("2009", "2009")) == {1: "2009", 2: "2009"}


def test_a_decade_anchors_too() -> None:
    text = "In the 1970s, the kingdom fought the rebels. The rebels declared a truce."
    assert anchored(text, ("the 1970s", "197")) == {1: "the 1970s"}


@pytest.mark.parametrize(
    "second",
    [
        "The rebels now hold the garrison.",  # present-time cue
        "The rebels are shelling the garrison.",  # present tense
        "The rebels had shelled the garrison.",  # pluperfect: another reference time
        "The rebels will shell the garrison.",  # future
    ],
)
def test_present_future_or_pluperfect_sentence_breaks_the_chain(second: str) -> None:
    text = f"In 2009, the junta closed the border. {second} Villagers fled north."
    assert anchored(text, ("2009", "2009")) == {}


def test_a_recent_date_starts_the_news_again() -> None:
    text = "In 2009, the junta closed the border. On Monday the army attacked. Villagers fled."
    assert anchored(text, ("2009", "2009"), ("Monday", "2021-06-07")) == {}


def test_a_date_within_ninety_days_is_no_anchor() -> None:
    text = "In April, the junta closed the border. The rebels shelled the garrison."
    assert anchored(text, ("April", "2021-04")) == {}


def test_paragraph_break_ends_the_anchor() -> None:
    text = "In 2009, the junta closed the border.\n\nThe rebels shelled the garrison."
    assert anchored(text, ("2009", "2009")) == {}


def test_the_anchor_carries_three_sentences_at_most() -> None:
    text = (
        "In 2009, the junta closed the border. A raid followed. Police arrested a mayor. "
        "Troops burned a depot. Crowds marched."
    )
    assert sorted(anchored(text, ("2009", "2009"))) == [1, 2, 3]


@pytest.mark.parametrize(
    ("first", "expr"),
    [
        # a year in a relative clause or a noun modifier does not frame the sentence
        ("The general, who seized power in 2009, reviewed the troops.", ("2009", "2009")),
        ("The envoy recalled the bitter 2009 ceasefire talks at length.", ("2009", "2009")),
        ("Like the valley in 2009, the town suffered greatly.", ("2009", "2009")),
    ],
)
def test_only_a_framing_expression_anchors(first: str, expr: tuple[str, str]) -> None:
    assert anchored(f"{first} The rebels shelled the garrison.", expr) == {}


def test_told_in_past_reads_had_with_a_noun_as_plain_past() -> None:
    assert told_in_past("Its troops had orders to hold the bridge.")
    assert not told_in_past("Its troops had crossed the bridge.")


@pytest.mark.parametrize(
    ("value", "end"),
    [("2014", "2014-12-31"), ("2014-02", "2014-02-28"), ("199", "1999-12-31"), ("P3D", None)],
)
def test_period_end(value: str, end: str | None) -> None:
    result = period_end(value)
    assert (result.isoformat() if result else None) == end


# --- event_date additions ---------------------------------------------------------------


def test_fronted_when_clause_stays_undated() -> None:
    text = "And when Ruritania invaded the valley, the poet kept writing letters."
    result = sourced_date(one(text, "invaded"), [], published=PUB, text=text)
    assert result == (None, "none", "none")


def test_undated_past_event_is_reported_on_publication_day() -> None:
    text = "Rebels stormed the depot near the dam."
    result = sourced_date(one(text, "stormed"), [], published=PUB, text=text)
    assert result == ("2021-06-10", "day", "published")


@pytest.mark.parametrize(
    ("chunk", "date", "precision"),
    [
        ("the past week", "2021-06-04", "week"),
        ("the last few days", "2021-06-04", "week"),
        ("the past 24 hours", "2021-06-10", "day"),
    ],
)
def test_trailing_window_ends_at_publication(chunk: str, date: str, precision: str) -> None:
    text = f"Border guards clashed with smugglers over {chunk}."
    found = exprs(text, (chunk, "2021-W22"))
    assert event_date(one(text, "clashed"), found, published=PUB, text=text) == (date, precision)


def test_comparison_phrase_year_does_not_date_the_event() -> None:
    text = "Like the mountain town in 1987, the valley was besieged by militia units."
    found = exprs(text, ("1987", "1987"))
    cand = one(text, "besieged")
    attached = dataclasses.replace(cand, times=(Mention("1987", found[0].start, found[0].end),))
    assert event_date(cand, found, published=PUB, text=text) == (None, "none")
    assert event_date(attached, found, published=PUB, text=text) == (None, "none")


def test_own_comma_stretch_breaks_a_tie_between_expressions() -> None:
    text = "The medic, who was killed last October fighting the cartel, was buried on Sunday."
    found = exprs(text, ("last October", "2020-10"), ("Sunday", "2021-06-06"))
    assert event_date(one(text, "fighting"), found, published=PUB, text=text) == (
        "2020-10",
        "month",
    )


# --- through the pipeline ---------------------------------------------------------------


@pytest.mark.model
def test_background_paragraph_events_are_historical_with_context_source() -> None:
    text = (
        "In 2009, the junta closed the northern border. The rebels declared a truce. "
        "On Monday, the army attacked a village near the coast."
    )
    events = analyze_text(text, published="2021-06-10").events
    by_trigger = {event.trigger.text: event for event in events}
    truce, attack = by_trigger["declared"], by_trigger["attacked"]
    assert (truce.date, truce.date_source, truce.flags.historical) == ("2009", "context", True)
    assert (attack.date, attack.date_source, attack.flags.historical) == (
        "2021-06-07",
        "text",
        False,
    )
