"""Linking in the store: incremental, idempotent, reconciled on change; counts and reports."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.model import Analysis
from sitroom.store import EventQuery, open_store
from sitroom.store import links as store_links
from sitroom.store.sqlstore import SqlStore
from tests.link import factory as f

TEXT_A = "Turkish troops attacked Afrin on Saturday. Kurdish fighters said they held the line."
TEXT_B = "Turkey's army attacked Afrin, Kurdish officials said. The offensive began at dawn."
TEXT_C = "Protesters marched in Paris against pension reform on Thursday."
ART_A = f.article("a", TEXT_A, published="2018-01-21", outlet="Guardian")
ART_B = f.article("b", TEXT_B, published="2018-01-22", url="https://www.reuters.com/x")
ART_C = f.article("c", TEXT_C, published="2018-01-22", outlet="AFP")
STRIKE_A = f.event(ART_A, evidence="Turkish troops attacked Afrin on Saturday.")
HOLD_A = f.event(
    ART_A,
    event_type="REJECT",
    sentence=1,
    actor=(("SYR", "REB"),),
    recipient=(),
    place=None,
    evidence="Kurdish fighters said they held the line.",
)
STRIKE_B = f.event(ART_B, evidence="Turkey's army attacked Afrin, Kurdish officials said.")
MARCH_C = f.event(ART_C, event_type="PROTEST", actor=(("FRA", "CVL"),), recipient=(),
                  place=("Paris", "FRA", 2988507, 4), date="2018-01-18",
                  evidence="Protesters marched in Paris.")  # fmt: skip

BATCH = [f.analysis(ART_A, STRIKE_A, HOLD_A), f.analysis(ART_B, STRIKE_B),
         f.analysis(ART_C, MARCH_C)]  # fmt: skip


def _ingest(url: str, *batches: list[Analysis]) -> SqlStore:
    store = open_store(url)
    assert isinstance(store, SqlStore)
    for batch in batches:
        store.write(batch)
        store_links.link_analyses(store.conn, batch)
    return store


def _clusters(conn: Any) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for event_id, linked_id in conn.execute("SELECT event_id, linked_id FROM event_links"):
        groups.setdefault(linked_id, set()).add(event_id)
    return {frozenset(members) for members in groups.values()}


def _tables(conn: Any) -> dict[str, int]:
    tables = ("linked_events", "event_links", "link_keys", "stories", "article_stories",
              "article_terms", "term_df")  # fmt: skip
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_reports_of_one_event_are_linked_with_sources(store_url: str) -> None:
    store = _ingest(store_url, BATCH)
    assert _clusters(store.conn) == {
        frozenset({STRIKE_A.event_id, STRIKE_B.event_id}), frozenset({HOLD_A.event_id}),
        frozenset({MARCH_C.event_id}),
    }  # fmt: skip
    linked = store_links.linked_event(store.conn, STRIKE_B.event_id)
    assert linked is not None
    assert (linked.n_reports, linked.n_articles, linked.n_sources) == (2, 2, 2)
    assert (linked.first_reported, linked.last_reported) == ("2018-01-21", "2018-01-22")
    assert [r.source for r in linked.reports] == ["guardian", "reuters.com"]
    joined = linked.reports[1]
    assert joined.matched_event_id == STRIKE_A.event_id
    assert joined.score >= 0.6 and "type ASSAULT" in joined.reasons
    assert joined.evidence == STRIKE_B.evidence.sentence


def test_incremental_linking_equals_one_batch(store_url: str, other_store_url: str) -> None:
    one = _ingest(store_url, BATCH)
    many = _ingest(other_store_url, *([analysis] for analysis in BATCH))
    assert _clusters(one.conn) == _clusters(many.conn)
    assert _tables(one.conn) == _tables(many.conn)
    story_query = "SELECT article_id, story_id FROM article_stories ORDER BY 1"
    assert one.conn.execute(story_query).fetchall() == many.conn.execute(story_query).fetchall()


def test_reingesting_adds_nothing(store_url: str) -> None:
    store = _ingest(store_url, BATCH)
    before = _tables(store.conn)
    stats = store_links.link_analyses(store.conn, BATCH)
    assert (stats.unchanged, stats.articles, stats.reports) == (3, 0, 0)
    assert _tables(store.conn) == before


def test_changed_article_is_relinked_and_counts_follow(store_url: str) -> None:
    store = _ingest(store_url, BATCH)
    # Article B is corrected: it now reports a strike on Manbij a week later.
    changed = f.article("b", TEXT_B + " Updated.", published="2018-01-22",
                        url="https://www.reuters.com/x")  # fmt: skip
    manbij = f.event(changed, date="2018-01-27", place=("Manbij", "SYR", 166365, 4),
                     evidence="Turkish jets struck Manbij.")  # fmt: skip
    store.write([f.analysis(changed, manbij)])
    store_links.link_analyses(store.conn, [f.analysis(changed, manbij)])
    linked = store_links.linked_event(store.conn, STRIKE_A.event_id)
    assert linked is not None and linked.n_reports == 1 and linked.n_sources == 1
    assert frozenset({manbij.event_id}) in _clusters(store.conn)
    orphans = store.conn.execute(
        "SELECT COUNT(*) FROM linked_events WHERE linked_id NOT IN"
        " (SELECT linked_id FROM event_links)"
    ).fetchone()[0]
    assert orphans == 0


def test_query_counts_linked_events_by_default(store_url: str) -> None:
    store = _ingest(store_url, BATCH)
    rows = store_links.linked_events(store.conn, EventQuery(event_type="ASSAULT"))
    assert [(row.n_reports, row.n_sources) for row in rows] == [(2, 2)]
    assert len(store.events(EventQuery(event_type="ASSAULT"))) == 2
    everything = store_links.linked_events(store.conn, EventQuery())
    assert len(everything) == 3 and sum(row.n_reports for row in everything) == 4


def test_unlinked_events_count_as_events_of_one_report(store_url: str) -> None:
    store = open_store(store_url)
    assert isinstance(store, SqlStore)
    store.write(BATCH)  # stored without linking (as before the migration)
    rows = store_links.linked_events(store.conn, EventQuery())
    assert len(rows) == 4 and {row.n_reports for row in rows} == {1}


def test_articles_sharing_a_linked_event_share_a_story(store_url: str) -> None:
    store = _ingest(store_url, BATCH)
    story_a = store_links.story(store.conn, ART_A.article_id)
    story_c = store_links.story(store.conn, ART_C.article_id)
    assert story_a is not None and story_c is not None
    assert [a[1] for a in story_a.articles] == ["a", "b"]
    assert "shares lnk_" in story_a.articles[1][3]
    assert story_c.story_id != story_a.story_id and story_c.n_articles == 1


def test_similar_text_joins_a_story_without_a_shared_event(store_url: str) -> None:
    follow = f.article("d", TEXT_A + " Kurdish fighters in Afrin said the Turkish troops"
                       " attacked again.", published="2018-01-23")  # fmt: skip
    store = _ingest(store_url, BATCH, [f.analysis(follow)])
    story = store_links.story(store.conn, follow.article_id)
    assert story is not None and story.n_articles == 3
    row = store.conn.execute(
        "SELECT reason, score FROM article_stories WHERE article_id = ?", (follow.article_id,)
    ).fetchone()
    assert row[0].startswith("cosine") and row[1] >= 0.3


@pytest.mark.parametrize("key", ["linked", "event"])
def test_linked_event_by_either_id(store_url: str, key: str) -> None:
    store = _ingest(store_url, BATCH)
    linked = store_links.linked_event(store.conn, STRIKE_A.event_id)
    assert linked is not None
    again = store_links.linked_event(
        store.conn, linked.linked_id if key == "linked" else STRIKE_B.event_id
    )
    assert again == linked
    assert store_links.linked_event(store.conn, "lnk_missing") is None
