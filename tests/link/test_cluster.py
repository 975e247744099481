"""Clustering in memory: restatements, the seed case, determinism, blocking completeness."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.link import MemoryIndex, blocking_keys, link, link_article, load_rules
from sitroom.link.reports import Report
from tests.link import factory as f

# The seed: article 1 reports HTS capturing Aleppo; article 2, days later, mentions "their
# sudden capture of Aleppo last week" (coded COERCE, undated, the group named vaguely).
ALEPPO = ("Aleppo", "SYR", 170063, 4)
SEED_1 = f.article("seed#1", published="2024-12-02", outlet="Asharq Al-Awsat",
                   title="Syrian armed factions assure Iraq")  # fmt: skip
SEED_2 = f.article("seed#2", published="2024-12-03", url="https://www.aawsat.com/x")
CAPTURE = f.event(
    SEED_1, actor=(("SYR", "REB"),), actor_ids=("group:hts",), recipient=(("SYR", "GOV"),),
    place=ALEPPO, date="2024-11-30",
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
