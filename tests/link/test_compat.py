"""The contradiction test that keeps a linked event consistent (``compat.py``), rule by rule."""

from __future__ import annotations

from sitroom.link import load_rules
from sitroom.link.compat import contradiction, date_gap
from sitroom.link.reports import Report
from tests.link import factory as f

A1 = f.article("c1", published="2018-01-25")
A2 = f.article("c2", published="2018-01-26")


def _pair(**changes: object) -> tuple[Report, Report]:
    """A baseline report (Turkish army attacks rebels in Afrin, 20 Jan) and a changed one."""
    base = f.report(f.event(A1), A1)
    other = f.report(f.event(A2, **changes), A2)  # type: ignore[arg-type]
    return base, other


def test_a_report_and_its_restatement_are_compatible() -> None:
    assert contradiction(*_pair(date="2018-01-21"), load_rules()) is None


def test_compatible_types_and_vaguer_places_and_dates_do_not_contradict() -> None:
    # COERCE ~ ASSAULT, Syria contains Afrin, January contains the 20th, no actor named.
    vague = _pair(event_type="COERCE", place=("Syria", "SYR", 163843, 1), date="2018-01",
                  precision="month", actor=())  # fmt: skip
    assert contradiction(*vague, load_rules()) is None


def test_each_contradiction_is_named() -> None:
    rules = load_rules()
    cases = {
        "type": {"event_type": "ACCUSE"},
        "polarity": {"negated": True},
        "places": {"place": ("Manbij", "SYR", 166365, 4)},
        "acting sides": {"actor": (("USA", "MIL"),)},
        "dates": {"date": "2018-01-05"},
    }
    for reason, change in cases.items():
        found = contradiction(*_pair(**change), rules)
        assert found is not None and found.startswith(reason), (reason, found)


def test_army_and_rebels_of_one_country_are_opposite_sides_but_army_and_government_not() -> None:
    rules = load_rules()
    army = _pair(actor=(("SYR", "MIL"),), recipient=())
    rebels = f.report(f.event(A1, actor=(("SYR", "REB"),), recipient=()), A1)
    government = f.report(f.event(A1, actor=(("SYR", "GOV"),), recipient=()), A1)
    assert contradiction(rebels, army[1], rules) == "acting sides"
    assert contradiction(government, army[1], rules) is None


def test_a_participant_named_on_the_other_side_is_no_contradiction() -> None:
    # "Rebels were attacked by Turkey" coded the other way round: a passive restatement.
    crossed = _pair(actor=(("SYR", "REB"),), recipient=(("TUR", "MIL"),))
    assert contradiction(*crossed, load_rules()) is None


def test_meeting_reports_naming_different_parties_contradict_only_when_both_are_full() -> None:
    rules = load_rules()

    def meeting(art: f.Article, *parties: tuple[str, str]) -> Report:
        return f.report(f.event(art, event_type="CONSULT", actor=parties, recipient=(),
                                place=None), art)  # fmt: skip

    trump, erdogan, iran = ("USA", "GOV"), ("TUR", "GOV"), ("IRN", "GOV")
    assert contradiction(meeting(A1, trump), meeting(A2, erdogan), rules) is None
    assert contradiction(meeting(A1, trump, erdogan), meeting(A2, erdogan, iran), rules) is None
    assert contradiction(meeting(A1, trump, ("RUS", "GOV")), meeting(A2, erdogan, iran), rules)


def test_date_gap_counts_days_beyond_the_padding() -> None:
    rules = load_rules()
    base, week_later = _pair(date="2018-01-27")
    pad = rules.tolerance["day"]
    assert date_gap(base, week_later, rules) == 7 - pad
    assert date_gap(*_pair(date="2018-01", precision="month"), rules) == 0
    slack = rules.cluster_date_slack_days
    assert contradiction(*_pair(date=f"2018-01-{20 + slack + pad:02d}"), rules) is None
    assert contradiction(*_pair(date=f"2018-01-{21 + slack + pad:02d}"), rules) is not None


def test_two_events_of_one_sentence_are_two_events() -> None:
    rules = load_rules()
    same_sentence = f.report(f.event(A1, event_type="COERCE", place=None), A1)
    base = f.report(f.event(A1), A1)
    assert contradiction(base, same_sentence, rules) == "one sentence"
    later_sentence = f.report(f.event(A1, event_type="COERCE", sentence=4, place=None), A1)
    assert contradiction(base, later_sentence, rules) is None
