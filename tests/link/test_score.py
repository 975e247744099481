"""Each linking rule on hand-built pairs: what links, what is vetoed, and the reasons kept."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.link import link, load_rules, score
from sitroom.link.reports import blocking_keys
from tests.link import factory as f

A = f.article("a", "Turkish troops attacked Afrin on Saturday.", published="2018-01-21")
B = f.article("b", "Turkey's army attacked Afrin, officials said.", published="2018-01-22")
C = f.article("c", "Jets struck near Afrin.", published="2018-01-22", outlet="Reuters")


def _pair(left: dict[str, Any], right: dict[str, Any], *, other=B):  # type: ignore[no-untyped-def]
    return f.report(f.event(A, **left), A), f.report(f.event(other, **right), other)


def test_link_same_event_scores_with_reasons() -> None:
    a, b = _pair({}, {})
    match = link(a, b, load_rules())
    assert match is not None
    assert match.reasons[:4] == ("type ASSAULT", "same day 2018-01-20", "same place Afrin",
                                 "actor TUR/MIL")  # fmt: skip
    assert match.score >= load_rules().threshold


@pytest.mark.parametrize(
    ("right", "linked"),
    [
        ({"event_type": "COERCE"}, True),  # "captured" vs "seized": compatible types
        ({"event_type": "ACCUSE"}, False),  # incompatible types
        ({"negated": True}, False),  # a denial is not a report of the deed
        ({"date": "2018-01-21"}, True),  # a day's drift is tolerated
        ({"date": "2018-01-23"}, False),  # three days apart: another strike
        ({"date": "2018-01", "precision": "month"}, True),  # the month contains the day
        ({"date": "2018-02", "precision": "month"}, False),
        ({"date": "2018-01-17", "precision": "week"}, True),  # a week date drifts 3 days
        ({"date": "2018", "precision": "year"}, False),  # "in 2018" would be a hub: no
        ({"date": None}, True),  # undated: the days before publication
        ({"place": ("Syria", "SYR", 163843, 1)}, True),  # nested: Afrin is in Syria
        ({"place": ("Manbij", "SYR", 166365, 4)}, False),  # two cities: two events
        ({"place": ("Mosul", "IRQ", 99072, 4)}, False),
        ({"place": None}, True),  # unknown place neither helps nor vetoes
        ({"actor": (("USA", "MIL"),)}, False),  # both name the attacker, and disagree
        ({"actor": (("TUR", "GOV"),)}, False),  # same country, other sector: other actor
        ({"actor": ((None, None),)}, True),  # an unknown attacker cannot contradict
    ],
)
def test_link_rule(right: dict[str, Any], linked: bool) -> None:
    a, b = _pair({}, right)
    assert (link(a, b, load_rules()) is not None) is linked


@pytest.mark.parametrize(("year", "linked"), [("2018", True), ("2017", False)])
def test_link_year_dated_reports_link_only_with_each_other(year: str, linked: bool) -> None:
    a, b = _pair({"date": "2018", "precision": "year"}, {"date": year, "precision": "year"})
    rules = load_rules()
    assert (link(a, b, rules) is not None) is linked
    assert bool(blocking_keys(a, rules) & blocking_keys(b, rules)) is linked


def test_link_is_symmetric() -> None:
    a, b = _pair({}, {"date": "2018-01", "precision": "month", "event_type": "COERCE"})
    rules = load_rules()
    forward, backward = score(a, b, rules), score(b, a, rules)
    assert forward is not None and backward is not None
    assert forward.score == backward.score


def test_link_needs_more_than_type_and_time() -> None:
    # Same type and day but no participant, place or name in common.
    a, b = _pair(
        {"actor": (("IRQ", None),), "recipient": (("IRN", None),), "place": None},
        {"actor": ((None, None),), "recipient": (("USA", None),), "place": None,
         "evidence": "Militants shelled a base."},
    )  # fmt: skip
    assert score(a, b, load_rules()) is None


def test_link_meeting_sides_are_interchangeable() -> None:
    # "Trump called Erdogan" vs "Erdogan spoke with Trump": one call, roles swapped.
    left = {"event_type": "CONSULT", "actor": (("USA", "GOV"),), "recipient": (), "place": None,
            "evidence": "Trump called Erdogan about Syria."}  # fmt: skip
    right = {**left, "actor": (("TUR", "GOV"),), "evidence": "Erdogan spoke with Trump on Syria."}
    a, b = _pair(left, right)
    assert link(a, b, load_rules()) is not None
    # The same call coded as a demand is vetoed: the sides of a REQUEST are not interchangeable.
    a, b = _pair({**left, "event_type": "REQUEST"}, {**right, "event_type": "REQUEST"})
    assert link(a, b, load_rules()) is None


def test_link_document_local_ids_mean_nothing_across_articles() -> None:
    side = {"actor": ((None, "CVL"),), "actor_ids": ("doc-actor_1",), "recipient": (),
            "place": None, "evidence": "People were killed."}  # fmt: skip
    a, b = _pair(side, side)
    assert score(a, b, load_rules()) is None
    same_article = f.report(f.event(A, sentence=3, **side), A)  # type: ignore[arg-type]
    assert score(a, same_article, load_rules()) is not None


def test_link_threshold_is_lower_inside_one_article() -> None:
    rules = load_rules()
    thin = {"actor": (("TUR", None),), "recipient": (), "place": None, "date": None,
            "evidence": "Turkey attacked overnight."}  # fmt: skip
    a = f.report(f.event(A, **thin), A)  # type: ignore[arg-type]
    b = f.report(f.event(A, sentence=4, **thin), A)  # type: ignore[arg-type]
    c = f.report(f.event(B, **thin), B)  # type: ignore[arg-type]
    match = score(a, b, rules)
    assert match is not None and rules.threshold_same_article <= match.score < rules.threshold
    assert link(a, b, rules) is not None
    assert link(a, c, rules) is None


@pytest.mark.parametrize(
    "right",
    # 2018-01-20 and -21 fall in two weekly buckets: only the tolerance padding joins them.
    [{}, {"date": "2018-01-21"}, {"date": "2018-01", "precision": "month"}, {"date": None},
     {"event_type": "COERCE"},
     {"date": "2018-01-17", "precision": "week"}, {"place": ("Syria", "SYR", 163843, 1)}],
)  # fmt: skip
def test_blocking_keys_shared_by_every_linked_pair(right: dict[str, Any]) -> None:
    a, b = _pair({}, right, other=C)
    rules = load_rules()
    assert link(a, b, rules) is not None
    assert blocking_keys(a, rules) & blocking_keys(b, rules)


def test_blocking_keys_none_without_a_usable_time() -> None:
    # A year still blocks (52 weekly buckets); an undated mention of the past cannot.
    rep = f.report(f.event(A, date="2010", precision="year"), A)
    vague = f.report(f.event(A, date=None, historical=True), A)
    rules = load_rules()
    assert blocking_keys(rep, rules)
    assert not blocking_keys(vague, rules)
