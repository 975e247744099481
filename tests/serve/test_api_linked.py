"""Linked events by default in the list, the aggregates and the exports; reports on request."""

from __future__ import annotations

import csv
import io
import json
import warnings
from typing import Any

import pytest
from typer.testing import CliRunner

from sitroom.serve.cli import app
from sitroom.store import links as store_links
from sitroom.store import open_store
from tests.link.test_store_links import BATCH, HOLD_A, MARCH_C, STRIKE_A, STRIKE_B
from tests.serve.test_api import ASSERTED, build_store

with warnings.catch_warnings():
    # starlette 1.10 asks for httpx2 in its TestClient; the pinned httpx 0.28.1 still works.
    warnings.filterwarnings("ignore", "Using `httpx`", UserWarning)
    from fastapi.testclient import TestClient

from sitroom.serve.api import create_app


@pytest.fixture
def linked_db(store_url: str) -> str:
    """The link tests' batch: STRIKE_A + STRIKE_B are one event; HOLD_A, MARCH_C alone
    (on each backend)."""
    store = open_store(store_url)
    store.write(BATCH)
    store_links.link_analyses(store.conn, BATCH)  # type: ignore[attr-defined]
    store.close()
    return store_url


def listed(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/events", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_event_detail_lists_other_reports(linked_db: str) -> None:
    client = TestClient(create_app(linked_db))
    detail = client.get(f"/api/events/{STRIKE_B.event_id}").json()
    assert detail["linked"]["n_reports"] == 2
    assert detail["linked"]["n_sources"] == 2
    assert [r["event_id"] for r in detail["other_reports"]] == [STRIKE_A.event_id]
    assert detail["other_reports"][0]["evidence"] == STRIKE_A.evidence.sentence
    # Every report, this one included, in the order they were linked (the page's list).
    assert [r["event_id"] for r in detail["reports"]] == [STRIKE_A.event_id, STRIKE_B.event_id]
    assert [r["source"] for r in detail["reports"]] == ["guardian", "reuters.com"]


def test_list_counts_linked_events_by_default(linked_db: str) -> None:
    client = TestClient(create_app(linked_db))
    body = listed(client)
    assert body["unit"] == "linked_event"
    assert body["count"] == 3
    rows = {row["linked_id"]: row for row in body["events"]}
    strike = next(row for row in rows.values() if row["n_reports"] == 2)
    assert set(strike["report_ids"]) == {STRIKE_A.event_id, STRIKE_B.event_id}
    assert strike["event_id"] in strike["report_ids"]
    assert (strike["n_sources"], strike["n_articles"]) == (2, 2)
    assert (strike["first_reported"], strike["last_reported"]) == ("2018-01-21", "2018-01-22")
    alone = [row for row in rows.values() if row["n_reports"] == 1]
    assert sorted(row["report_ids"][0] for row in alone) == sorted(
        [HOLD_A.event_id, MARCH_C.event_id]
    )
    per_report = listed(client, reports="true")
    assert per_report["unit"] == "report"
    assert sorted(row["event_id"] for row in per_report["events"]) == sorted(
        e.event_id for e in (STRIKE_A, STRIKE_B, HOLD_A, MARCH_C)
    )
    # Every report row still names its linked event.
    by_id = {row["event_id"]: row for row in per_report["events"]}
    assert by_id[STRIKE_A.event_id]["linked_id"] == by_id[STRIKE_B.event_id]["linked_id"]


def test_a_linked_event_matches_when_any_report_matches(linked_db: str) -> None:
    client = TestClient(create_app(linked_db))
    # Only STRIKE_B's evidence has "army": its linked event is listed, shown by that report.
    body = listed(client, q="army")
    assert [row["event_id"] for row in body["events"]] == [STRIKE_B.event_id]
    assert body["events"][0]["n_reports"] == 2
    assert listed(client, q="army", reports="true")["count"] == 1
    assert listed(client, q="nothing-like-this")["count"] == 0


def link_by_hand(db: str, groups: list[list[str]]) -> None:
    """Link the given reports by hand (what sitroom.link would store), one group each."""
    store = open_store(db)
    conn = store.conn  # type: ignore[attr-defined]
    conn.execute("BEGIN")
    for n, group in enumerate(groups):
        linked_id = f"lnk-{n}"
        for event_id in group:
            article_id = conn.execute(
                "SELECT article_id FROM events WHERE event_id = ?", (event_id,)
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO event_links VALUES (?,?,?,?,?,?,?,?,?)",
                (event_id, linked_id, article_id, f"src{event_id}", "2024-12-01", None, 1.0,
                 "[]", "{}"),
            )  # fmt: skip
        conn.execute(
            "INSERT INTO linked_events VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (linked_id, "ASSAULT", group[0], None, len(group), len(group), len(group),
             "2024-12-01", "2024-12-01", "test", "now"),
        )  # fmt: skip
    conn.execute("COMMIT")
    store.close()


@pytest.fixture
def grouped(store_url: str) -> TestClient:
    """The API tests' 13 asserted events (+1 negated), with two groups linked by hand."""
    db = build_store(store_url)
    store = open_store(db)
    by_date = [
        row[0]
        for row in store.conn.execute(  # type: ignore[attr-defined]
            "SELECT event_id FROM events ORDER BY date, event_id"
        )
    ]
    store.close()
    # Reports far apart in every order, so that a page break falls inside each group.
    groups = [[by_date[0], by_date[5], by_date[11]], [by_date[2], by_date[8]]]
    link_by_hand(db, groups)
    return TestClient(create_app(db))


@pytest.mark.parametrize("sort", ["-date", "date", "-confidence", "confidence"])
@pytest.mark.parametrize("size", [1, 2, 3])
def test_linked_pages_list_each_event_once_in_order(
    grouped: TestClient, sort: str, size: int
) -> None:
    client = grouped
    whole = [row["linked_id"] for row in listed(client, sort=sort)["events"]]
    assert len(whole) == ASSERTED - 3  # 13 reports, 5 of them in 2 linked events
    assert {"lnk-0", "lnk-1"} <= set(whole)
    seen: list[str] = []
    cursor = None
    for _ in range(40):
        params: dict[str, Any] = {"sort": sort, "limit": size}
        if cursor:
            params["cursor"] = cursor
        body = listed(client, **params)
        seen += [row["linked_id"] for row in body["events"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == whole
    reports = listed(client, sort=sort, reports="true")["events"]
    assert len(reports) == ASSERTED
    # The linked event sits where its first report in this order sits.
    first_of = {}
    for row in reports:
        first_of.setdefault(row["linked_id"], row["event_id"])
    rows = listed(client, sort=sort)["events"]
    assert [row["event_id"] for row in rows] == list(first_of.values())
    assert {row["linked_id"]: row["n_reports"] for row in rows}["lnk-0"] == 3


def test_cursor_of_one_unit_is_refused_in_the_other(
    grouped: TestClient,
) -> None:
    client = grouped
    cursor = listed(client, limit=2)["next_cursor"]
    response = client.get("/api/events", params={"cursor": cursor, "reports": "true"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_cursor"


def test_aggregates_count_linked_events(grouped: TestClient) -> None:
    client = grouped
    # Reports of one linked event on different days count once on each of those days.
    series = client.get("/api/stats/timeline", params={"bucket": "year"}).json()["series"]
    assert [entry["total"] for entry in series] == [ASSERTED - 3]
    per_report = client.get("/api/stats/timeline", params={"bucket": "year", "reports": "true"})
    assert [entry["total"] for entry in per_report.json()["series"]] == [ASSERTED]
    linked = {p["name"]: p for p in client.get("/api/stats/places").json()["places"]}
    reports = client.get("/api/stats/places", params={"reports": "true"}).json()["places"]
    # Aleppo has six reports; two of them (days 3 and 9) are one linked event.
    assert {p["name"]: p["count"] for p in reports}["Aleppo"] == 6
    assert linked["Aleppo"]["count"] == 5
    assert linked["Aleppo"]["quads"] == [2, 0, 0, 3]


def test_network_counts_a_linked_event_once(linked_db: str) -> None:
    client = TestClient(create_app(linked_db))
    edges = client.get("/api/stats/network").json()["edges"]
    assert [(e["source"], e["target"], e["count"]) for e in edges] == [("TUR", "SYR", 1)]
    per_report = client.get("/api/stats/network", params={"reports": "true"}).json()["edges"]
    assert [e["count"] for e in per_report] == [2]


def test_exports_are_linked_by_default(grouped: TestClient) -> None:
    client = grouped
    lines = client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == ASSERTED - 3
    assert {row["linked_id"]: row["n_reports"] for row in rows}["lnk-0"] == 3
    per_report = client.get("/api/export", params={"format": "jsonl", "reports": "true"})
    assert len(per_report.text.splitlines()) == ASSERTED
    table = list(csv.DictReader(io.StringIO(client.get("/api/export?format=csv").text)))
    assert len(table) == ASSERTED - 3
    two = next(row for row in table if row["linked_id"] == "lnk-1")
    assert two["n_reports"] == "2" and len(two["report_ids"].split("; ")) == 2
    geo = client.get("/api/export", params={"format": "geojson"}).json()
    assert {f["properties"]["linked_id"] for f in geo["features"]} >= {"lnk-0", "lnk-1"}


def test_cli_export_linked_and_per_report(linked_db: str) -> None:
    db = str(linked_db)
    result = CliRunner().invoke(app, ["export", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(int(row["n_reports"]) for row in rows) == [1, 1, 2]
    per_report = CliRunner().invoke(app, ["export", "--db", db, "--format", "jsonl", "--reports"])
    assert len(per_report.stdout.splitlines()) == 4


@pytest.mark.parametrize("bucket", ["day", "month"])
def test_linked_timeline_and_places_follow_their_definition(
    grouped: TestClient, bucket: str
) -> None:
    """Recount from the report rows: once per linked event and bucket, at its highest quad."""
    client = grouped
    rows = listed(client, reports="true")["events"]
    width = {"day": 10, "month": 7}[bucket]
    best: dict[tuple[str, str], int] = {}
    at: dict[tuple[Any, ...], int] = {}
    for row in rows:
        period = (row["date"] or "")[:width]
        key = (period, row["linked_id"])
        best[key] = max(best.get(key, 0), row.get("quad") or 0)  # 0: no quad class
        loc = row["location"]
        point = (loc["name"], loc["lat"], loc["lon"], row["linked_id"])
        at[point] = max(at.get(point, 0), row.get("quad") or 0)
    expected: dict[tuple[str, int], int] = {}
    for (period, _), quad in best.items():
        if quad and len(period) == width:
            expected[(period, quad)] = expected.get((period, quad), 0) + 1
    series = client.get("/api/stats/timeline", params={"bucket": bucket}).json()["series"]
    got = {
        (entry["period"], q): entry[f"q{q}"] for entry in series for q in (1, 2, 3, 4)
        if entry[f"q{q}"]
    }  # fmt: skip
    assert got == expected
    places: dict[str, list[int]] = {}
    for (name, _, _, _), quad in at.items():
        counts = places.setdefault(name, [0, 0, 0, 0])
        if quad:
            counts[quad - 1] += 1
    answer = client.get("/api/stats/places").json()["places"]
    assert {p["name"]: p["quads"] for p in answer} == places
    assert sum(p["count"] for p in answer) == len(at)
