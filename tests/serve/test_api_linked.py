"""The event detail names the linked event and the other reports of it."""

from __future__ import annotations

import warnings
from pathlib import Path

from sitroom.store import links as store_links
from sitroom.store.sqlite import SQLiteStore
from tests.link.test_store_links import BATCH, STRIKE_A, STRIKE_B

with warnings.catch_warnings():
    # starlette 1.10 asks for httpx2 in its TestClient; the pinned httpx 0.28.1 still works.
    warnings.filterwarnings("ignore", "Using `httpx`", UserWarning)
    from fastapi.testclient import TestClient

from sitroom.serve.api import create_app


def test_event_detail_lists_other_reports(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = SQLiteStore(path)
    store.write(BATCH)
    store_links.link_analyses(store.conn, BATCH)
    store.close()
    client = TestClient(create_app(path))
    detail = client.get(f"/api/events/{STRIKE_B.event_id}").json()
    assert detail["linked"]["n_reports"] == 2
    assert detail["linked"]["n_sources"] == 2
    assert [r["event_id"] for r in detail["other_reports"]] == [STRIKE_A.event_id]
    assert detail["other_reports"][0]["evidence"] == STRIKE_A.evidence.sentence
