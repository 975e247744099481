"""Reviews in the store, on both backends: applied to the event, audited, re-applied."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from sitroom.errors import StoreError
from sitroom.ids import digest
from sitroom.store import EventQuery, open_store, review
from sitroom.store.sqlstore import SqlStore
from tests import factories


def _store(url: str) -> tuple[SqlStore, str, dict[str, Any]]:
    store = open_store(url)
    assert isinstance(store, SqlStore)
    analysis = factories.analysis()
    store.write([analysis])
    event_id = analysis.events[0].event_id
    data = review.current_data(store.conn, event_id)
    assert data is not None
    return store, event_id, data


def test_correction_is_written_into_the_event_and_audited(store_url: str) -> None:
    store, event_id, data = _store(store_url)
    corrected = {
        **data,
        "event_type": "DEMAND",
        "recipient": [
            {"text": "Syria", "name": "Syria", "country": "SYR", "sector": None, "id": None}
        ],
    }
    result = review.apply(store.conn, event_id, action="correct", after=corrected,
                          reviewer="ana", reason="a demand, not an accusation")  # fmt: skip
    assert (result.status, result.before["event_type"]) == ("corrected", "ACCUSE")
    assert [row.event_id for row in store.events(EventQuery(event_type="DEMAND"))] == [event_id]
    assert [row.event_id for row in store.events(EventQuery(recipient="SYR"))] == [event_id]
    review.apply(store.conn, event_id, action="confirm", after=corrected, reviewer="bo",
                 reason="checked")  # fmt: skip
    history = review.history(store.conn, event_id)
    assert history is not None
    assert history["status"] == "confirmed"
    assert history["original"]["event_type"] == "ACCUSE"
    assert [(a["reviewer"], a["action"]) for a in history["audit"]] == [
        ("ana", "correct"), ("bo", "confirm")]  # fmt: skip
    assert history["audit"][0]["id"] < history["audit"][1]["id"]


def test_review_of_a_missing_event_changes_nothing(store_url: str) -> None:
    store, _, data = _store(store_url)
    with pytest.raises(StoreError, match="no event"):
        review.apply(store.conn, "evt_missing", action="confirm", after=data, reviewer="ana",
                     reason="x")  # fmt: skip
    assert not store.conn.in_transaction
    assert store.conn.execute("SELECT COUNT(*) FROM review_audit").fetchone()[0] == 0


def test_reviews_return_after_the_article_is_recoded(store_url: str) -> None:
    store, event_id, data = _store(store_url)
    review.apply(store.conn, event_id, action="correct", after={**data, "event_type": "DEMAND"},
                 reviewer="ana", reason="r")  # fmt: skip
    original = factories.article()
    text = original.text.replace("Monday", "Sunday")
    changed = dataclasses.replace(
        original, text=text, content_hash=digest(text, original.title, original.published)
    )
    store.write([factories.analysis(changed)])  # re-coded: ACCUSE again
    assert store.events(EventQuery(event_type="DEMAND")) == []
    assert review.reapply(store.conn) == 1
    assert [row.event_id for row in store.events(EventQuery(event_type="DEMAND"))] == [event_id]
    assert review.reapply(store.conn) == 0
