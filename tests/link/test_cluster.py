"""Clustering in memory: restatements, the seed case, determinism, blocking completeness."""

from __future__ import annotations

import itertools
from dataclasses import replace
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.link import MemoryIndex, blocking_keys, link, link_article, load_rules
from sitroom.link.compat import contradiction
from sitroom.link.reports import Report
from tests.link import factory as f

# The seed: article 1 reports HTS capturing Aleppo; article 2, days later, mentions "their
# sudden capture of Aleppo last week" (coded COERCE, undated, the group named vaguely).
ALEPPO = ("Aleppo", "SYR", 170063, 4)
SEED_1 = f.article("seed#1", published="2024-12-02", outlet="Asharq Al-Awsat",
                   title="Syrian armed factions assure Iraq")  # fmt: skip
SEED_2 = f.article("seed#2", published="2024-12-03", url="https://www.aawsat.com/x")
CAPTURE = f.event(
    SEED_1, sentence=3, actor=(("SYR", "REB"),), actor_ids=("group:hts",),
    recipient=(("SYR", "GOV"),), place=ALEPPO, date="2024-11-30", trigger="capturing",
    evidence="Hayat Tahrir al-Sham made advances in Aleppo, capturing Syria's second city.",
)  # fmt: skip
HEADLINE = f.event(
    SEED_1, sentence=0, actor=(("SYR", "REB"),), actor_ids=("group:hts",), recipient=(),
    place=ALEPPO, date=None, evidence="Rebels seize Aleppo in lightning offensive.",
    event_type="COERCE",
)  # fmt: skip
RECAP = f.event(
    SEED_2, event_type="COERCE", sentence=2, actor=(("SYR", "REB"),), recipient=(),
    place=ALEPPO, date=None,
    evidence="Opposition forces pushed on Hama after their sudden capture of Aleppo last week.",
)  # fmt: skip
HAMA = f.event(
    SEED_2, sentence=2, actor=(("SYR", "REB"),), recipient=(("SYR", "GOV"),),
    place=("Hama", "SYR", 170017, 4), date="2024-12-03",
    evidence="Opposition forces pushed close to the city of Hama on Tuesday.",
)  # fmt: skip


def _run(*articles: list[Report]) -> dict[str, list[str]]:
    index = MemoryIndex()
    for reports in articles:
        link_article(reports, index, load_rules())
    return index.clusters()


def test_seed_capture_of_aleppo_is_one_event_with_two_reports() -> None:
    first = [f.report(CAPTURE, SEED_1)]
    second = [f.report(RECAP, SEED_2), f.report(HAMA, SEED_2)]
    clusters = _run(first, second)
    assert sorted(map(sorted, clusters.values())) == sorted(
        [sorted([CAPTURE.event_id, RECAP.event_id]), [HAMA.event_id]]
    )


def test_restatement_inside_an_article_is_one_event() -> None:
    # Headline and body of one article: one event with two evidence sentences.
    reports = [f.report(HEADLINE, SEED_1), f.report(CAPTURE, SEED_1)]
    assignments = link_article(reports, MemoryIndex(), load_rules())
    assert len({a.linked_id for a in assignments}) == 1
    restated = [a for a in assignments if a.matched_event_id]
    assert restated and restated[0].reasons[0] == "restated in the same article"


def test_two_strikes_on_one_city_a_week_apart_stay_two() -> None:
    early = f.article("x", published="2018-02-21")
    late = f.article("y", published="2018-02-28")
    clusters = _run(
        [f.report(f.event(early, date="2018-02-20"), early)],
        [f.report(f.event(late, date="2018-02-27"), late)],
    )
    assert len(clusters) == 2


def test_clusters_are_deterministic_and_ids_stable() -> None:
    articles = [[f.report(CAPTURE, SEED_1)], [f.report(RECAP, SEED_2), f.report(HAMA, SEED_2)]]
    assert _run(*articles) == _run(*articles)


def test_bridge_report_joins_the_earliest_founded_event_in_other_orders() -> None:
    # A vague report matching two linked events joins one; never merges them.
    a1, a2, a3 = (f.article(name, published="2018-01-22") for name in ("p", "q", "r"))
    left = f.event(a1, place=("Afrin", "SYR", 170000, 4), recipient=(("SYR", "REB"),))
    right = f.event(a2, place=("Manbij", "SYR", 166365, 4), recipient=(("SYR", "REB"),))
    vague = f.event(a3, place=None, recipient=(("SYR", "REB"),), evidence="Turkey attacked.")
    reports = [f.report(left, a1), f.report(right, a2), f.report(vague, a3)]
    forward = _run(*([r] for r in reports))
    assert len(forward) == 2
    assert sum(vague.event_id in members for members in forward.values()) == 1


_TYPES = st.sampled_from(["ASSAULT", "COERCE", "ACCUSE", "CONSULT"])
_SIDE = st.lists(
    st.tuples(st.sampled_from(["TUR", "SYR", "USA", None]), st.sampled_from(["MIL", "GOV", None])),
    max_size=2,
).map(tuple)
_DATE = st.sampled_from(
    [("2018-01-20", "day"), ("2018-01-21", "day"), ("2018-01-24", "day"), ("2018-01", "month"),
     ("2018-01-18", "week"), ("2018", "year"), (None, "none")]
)  # fmt: skip
_PLACE = st.sampled_from([("Afrin", "SYR", 1, 4), ("Syria", "SYR", 2, 1), ("Mosul", "IRQ", 3, 4),
                          None])  # fmt: skip
_WORDS = st.sampled_from(["Turkey attacked Afrin.", "Jets hit Manbij.", "Clashes were reported."])


Spec = tuple[str, f.Side, f.Side, tuple[str | None, str], f.PlaceSpec, str]
_SPEC: st.SearchStrategy[Spec] = st.tuples(_TYPES, _SIDE, _SIDE, _DATE, _PLACE, _WORDS)


@settings(max_examples=300, deadline=None)
@given(_SPEC, _SPEC)
def test_blocking_never_misses_a_pair_that_links(left: Spec, right: Spec) -> None:
    made = []
    for number, (kind, actor, recipient, when, place, words) in enumerate((left, right)):
        art = f.article(f"h{number}", published="2018-01-25")
        made.append(f.report(f.event(
            art, event_type=kind, actor=actor, recipient=recipient, date=when[0],
            precision=when[1], place=place, evidence=words,  # type: ignore[arg-type]
        ), art))  # fmt: skip
    rules = load_rules()
    if link(made[0], made[1], rules) is not None:
        assert blocking_keys(made[0], rules) & blocking_keys(made[1], rules)


def _afrin(name: str, date: str, precision: str = "day", published: str = "2018-01-22") -> Report:
    art = f.article(name, published=published)
    return f.report(f.event(art, date=date, precision=precision), art)  # type: ignore[arg-type]


def test_a_vague_recap_does_not_chain_two_attacks_a_fortnight_apart() -> None:
    # "Turkey attacked Afrin in January" links with the attack on the 5th and with the
    # one on the 20th; the two attacks contradict each other, so whatever the order they
    # never share a linked event (the recap joins whichever came first).
    early = _afrin("early", "2018-01-05", published="2018-01-06")
    recap = _afrin("recap", "2018-01", "month", published="2018-02-01")
    late = _afrin("late", "2018-01-20", published="2018-01-21")
    rules = load_rules()
    assert link(early, recap, rules) and link(recap, late, rules)
    for order in itertools.permutations([early, recap, late]):
        clusters = _run(*([r] for r in order))
        assert not any(
            {early.event_id, late.event_id} <= set(members) for members in clusters.values()
        ), order


def test_reports_of_two_distinct_events_give_the_same_clusters_in_every_order() -> None:
    launch = [_afrin(f"l{n}", day) for n, day in enumerate(("2018-01-20", "2018-01-21"))]
    launch.append(_afrin("l2", "2018-01-15", "week", published="2018-01-24"))
    capture = [_afrin(f"c{n}", day, published="2018-03-19") for n, day in
               enumerate(("2018-03-18", "2018-03-18", "2018-03"))]  # fmt: skip
    capture[-1] = replace(capture[-1], precision="month")
    reports = launch + capture
    seen = set()
    for order in itertools.permutations(reports):
        clusters = _run(*([r] for r in order))
        seen.add(frozenset(frozenset(members) for members in clusters.values()))
    assert seen == {frozenset({frozenset(r.event_id for r in launch),
                               frozenset(r.event_id for r in capture)})}  # fmt: skip


# Dates a fortnight apart and a month covering both: the makings of a chain.
_CHAIN_DATE = st.sampled_from([("2018-01-05", "day"), ("2018-01-20", "day"), ("2018-01", "month"),
                               ("2018-01-12", "week")])  # fmt: skip
_CHAIN_SPEC: st.SearchStrategy[Spec] = st.tuples(
    st.sampled_from(["ASSAULT", "COERCE"]), _SIDE, _SIDE, _CHAIN_DATE, _PLACE, _WORDS
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_CHAIN_SPEC, min_size=3, max_size=8), st.randoms(use_true_random=False))
def test_every_linked_event_is_consistent_as_a_whole(specs: list[Spec], rnd: Random) -> None:
    # Single-link chains are what this rules out: no two members of a linked event may
    # contradict each other, in any arrival order.
    reports = []
    for number, (kind, actor, recipient, when, place, words) in enumerate(specs):
        art = f.article(f"k{number}", published="2018-02-01")
        reports.append(f.report(f.event(
            art, event_type=kind, actor=actor, recipient=recipient, date=when[0],
            precision=when[1], place=place, evidence=words,  # type: ignore[arg-type]
        ), art))  # fmt: skip
    rnd.shuffle(reports)
    by_id = {r.event_id: r for r in reports}
    rules = load_rules()
    for members in _run(*([r] for r in reports)).values():
        group = [by_id[e] for e in members]
        for left, right in itertools.combinations(group, 2):
            assert contradiction(left, right, rules) is None, (left, right)


def test_two_events_of_one_sentence_go_to_the_linked_event_each_matches_best() -> None:
    # "Rebels pushed on Hama after their capture of Aleppo last week": the advance and the
    # capture are two events of one sentence, so at most one may join the capture of
    # article 1. The undated advance also scores above the threshold against it; the
    # dated capture scores higher and must win whichever comes first in the text.
    sentence = "Opposition forces pushed on Hama after their sudden capture of Aleppo last week."
    advance = f.event(SEED_2, sentence=3, actor=(("SYR", "REB"),), recipient=(("SYR", "GOV"),),
                      place=None, date=None, evidence=sentence)  # fmt: skip
    capture = f.event(SEED_2, event_type="COERCE", sentence=3, actor=(("SYR", "REB"),),
                      recipient=(), place=ALEPPO, date="2024-11-26", precision="week",
                      evidence=sentence)  # fmt: skip
    assert advance.event_id < capture.event_id  # the advance comes first in the text order
    rules = load_rules()
    first = f.report(CAPTURE, SEED_1)
    later = [f.report(advance, SEED_2), f.report(capture, SEED_2)]
    scores = [link(report, first, rules) for report in later]
    assert scores[0] and scores[1] and scores[0].score < scores[1].score
    clusters = _run([first], later)
    assert sorted(map(sorted, clusters.values())) == sorted(
        [sorted([CAPTURE.event_id, capture.event_id]), [advance.event_id]]
    )


def test_of_two_matches_in_one_sentence_the_one_restating_the_predicate_wins() -> None:
    # The real seed as the coder reads it: both events of the sentence undated, and the
    # advance (better actor match) outscores the capture. "Capture" restates article 1's
    # "capturing", so the capture is placed first; the advance then contradicts it.
    sentence = "Opposition forces pushed on Hama after their sudden capture of Aleppo last week."
    advance = f.event(SEED_2, sentence=3, actor=(("SYR", "REB"),), recipient=(("SYR", "GOV"),),
                      place=None, date=None, evidence=sentence, trigger="pushed")  # fmt: skip
    capture = f.event(SEED_2, event_type="COERCE", sentence=3, actor=(("SYR", "REB"),),
                      recipient=(), place=ALEPPO, date=None, evidence=sentence,
                      trigger="capture")  # fmt: skip
    rules = load_rules()
    first = f.report(CAPTURE, SEED_1)
    later = [f.report(advance, SEED_2), f.report(capture, SEED_2)]
    scores = [link(report, first, rules) for report in later]
    assert scores[0] and scores[1] and scores[0].score > scores[1].score
    clusters = _run([first], later)
    assert sorted(map(sorted, clusters.values())) == sorted(
        [sorted([CAPTURE.event_id, capture.event_id]), [advance.event_id]]
    )
