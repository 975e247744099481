"""The JSON API in process (TestClient) over a temporary store of hand-built events."""

from __future__ import annotations

import dataclasses
import json
import re
import warnings
from pathlib import Path
from typing import Any

import pytest

from sitroom.model import Analysis, Place
from sitroom.serve.api import WEB, create_app
from sitroom.serve.api_db import Database
from sitroom.store import open_store
from tests import factories

with warnings.catch_warnings():
    # starlette 1.10 asks for httpx2 in its TestClient; the pinned httpx 0.28.1 still works.
    warnings.filterwarnings("ignore", "Using `httpx`", UserWarning)
    from fastapi.testclient import TestClient

TYPES = (("ASSAULT", 4), ("ACCUSE", 3), ("CONSULT", 1), ("AID", 2))
ALEPPO = Place("Aleppo", 29, 35, name="Aleppo", country="SYR", lat=36.2, lon=37.16)
ANKARA = Place("Ankara", 29, 35, name="Ankara", country="TUR", lat=39.93, lon=32.86)
ASSERTED = 13  # 12 built below + the factory's asserted ACCUSE (its ASSAULT is negated)


def analyses() -> list[Analysis]:
    """Twelve one-event articles over 1-12 Nov 2024, plus the shared factory article."""
    built = [factories.analysis()]
    for i in range(12):
        event_type, quad = TYPES[i % 4]
        text = f"Report {i}: forces shelled Aleppo near the border. Officials met in Ankara."
        art = factories.article(text, doc_id=f"doc-{i + 2}", title=f"Title {i}")
        art = dataclasses.replace(art, url=f"https://example.org/{i}", outlet="Example")
        event = factories.event(
            art, event_type=event_type, actor=("SYR", "TUR", "RUS")[i % 3],
            recipient=("TUR", "SYR")[i % 2],
        )  # fmt: skip
        event = dataclasses.replace(
            event, quad=quad, date=f"2024-11-{i + 1:02d}", confidence=round(0.5 + i * 0.04, 2),
            location=ALEPPO if i % 2 == 0 else ANKARA,
            attributed_to="state media" if i == 0 else None,
        )  # fmt: skip
        built.append(Analysis(article=art, events=(event,)))
    return built


def build_store(location: str | Path) -> str:
    """The fixture store at ``location``: a SQLite path or a PostgreSQL URL."""
    store = open_store(location)
    store.write(analyses())
    store.close()
    return str(location)


@pytest.fixture
def db_path(store_url: str) -> str:
    """The fixture store on each backend (``store_url``: SQLite, then PostgreSQL)."""
    return build_store(store_url)


@pytest.fixture
def client(db_path: str) -> TestClient:
    return TestClient(create_app(db_path))


def ids(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/api/events", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    return [event["event_id"] for event in response.json()["events"]]


def assert_error(response: Any, status: int, code: str) -> None:
    """The one error shape, pinned: exactly {"error": {"code", "message"}}."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_events_default_is_asserted_newest_first(client: TestClient) -> None:
    events = client.get("/api/events").json()["events"]
    assert len(events) == ASSERTED
    assert events[0]["date"] == "2024-12-02"
    assert [e["date"] for e in events[1:4]] == ["2024-11-12", "2024-11-11", "2024-11-10"]
    assert all(not e["negated"] and not e["hypothetical"] for e in events)
    assert {"event_type", "actor", "recipient", "evidence", "article_id", "review"} <= set(
        events[0]
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "ASSAULT"}, 3),
        ({"type": "assault,aid"}, 6),
        ({"quad": "4"}, 3),
        ({"quad": "1,2"}, 6),
        ({"actor_country": "SYR"}, 4),
        ({"actor_country": "IRQ"}, 1),
        ({"actor_sector": "GOV"}, ASSERTED),
        ({"recipient_country": "TUR"}, 6),
        ({"actor_country": "SYR", "recipient_country": "TUR"}, 2),
        ({"place": "aleppo"}, 6),
        ({"bbox": "32,39,33,40"}, 6),
        ({"bbox": "170,-10,-170,10"}, 0),
        ({"since": "2024-11-10"}, 4),
        ({"until": "2024-11-03"}, 3),
        ({"since": "2024-11-02", "until": "2024-11-04"}, 3),
        ({"q": "shelled aleppo"}, 12),
        ({"q": "condemned"}, 1),
        ({"q": 'NEAR(" OR * AND -'}, 0),
        ({"min_confidence": 0.89}, 2),
        ({"include_negated": "true"}, ASSERTED + 1),
    ],
)
def test_events_filter(client: TestClient, params: dict[str, Any], expected: int) -> None:
    assert len(ids(client, **params)) == expected


@pytest.mark.parametrize("sort", ["-date", "date", "-confidence", "confidence"])
def test_cursor_pages_cover_everything_once_in_order(client: TestClient, sort: str) -> None:
    whole = ids(client, sort=sort, include_negated="true")
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        params: dict[str, Any] = {"sort": sort, "limit": 4, "include_negated": "true"}
        if cursor:
            params["cursor"] = cursor
        body = client.get("/api/events", params=params).json()
        seen += [event["event_id"] for event in body["events"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == whole
    assert len(set(seen)) == ASSERTED + 1


def test_sort_by_confidence(client: TestClient) -> None:
    events = client.get("/api/events", params={"sort": "-confidence"}).json()["events"]
    scores = [event["confidence"] for event in events]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/api/events?limit=501", 422, "invalid_request"),
        ("/api/events?limit=0", 422, "invalid_request"),
        ("/api/events?sort=evil", 422, "invalid_request"),
        ("/api/events?q=" + "x" * 201, 422, "invalid_request"),
        ("/api/events?type=BOMB", 400, "invalid_parameter"),
        ("/api/events?quad=5", 400, "invalid_parameter"),
        ("/api/events?since=yesterday", 400, "invalid_parameter"),
        ("/api/events?bbox=1,2,3", 400, "invalid_parameter"),
        ("/api/events?actor_country=SY%3BR", 400, "invalid_parameter"),
        ("/api/events?cursor=not-a-cursor", 400, "invalid_cursor"),
        ("/api/events/evt-missing", 404, "not_found"),
        ("/api/articles/missing", 404, "not_found"),
        ("/api/nothing-here", 404, "not_found"),
        ("/api/stats/timeline?bucket=week", 422, "invalid_request"),
    ],
)
def test_errors_have_one_shape(client: TestClient, path: str, status: int, code: str) -> None:
    assert_error(client.get(path), status, code)


def test_error_shape_for_wrong_method_and_other_sort_cursor(client: TestClient) -> None:
    assert_error(client.delete("/api/events"), 405, "method_not_allowed")
    cursor = client.get("/api/events", params={"limit": 2}).json()["next_cursor"]
    response = client.get("/api/events", params={"cursor": cursor, "sort": "confidence"})
    assert_error(response, 400, "invalid_cursor")


def test_event_detail_has_evidence_article_and_attribution(client: TestClient) -> None:
    event_id = ids(client, q="Report 0")[0]
    detail = client.get(f"/api/events/{event_id}").json()
    assert detail["evidence"]["sentence"] == "Report 0: forces shelled Aleppo near the border."
    assert (detail["evidence"]["start"], detail["evidence"]["end"]) == (0, 48)
    assert detail["attributed_to"] == "state media"
    assert detail["article"]["title"] == "Title 0"
    assert detail["article"]["url"] == "https://example.org/0"
    assert detail["article"]["source"] == "fixture.jsonl:1"
    assert detail["other_reports"] == []


def test_article_has_text_and_events(client: TestClient) -> None:
    article_id = factories.article().article_id
    body = client.get(f"/api/articles/{article_id}").json()
    assert body["text"] == factories.TEXT
    assert [event["event_type"] for event in body["events"]] == ["ACCUSE", "ASSAULT"]
    assert client.get("/api/articles/doc-1").json()["id"] == article_id


def test_stats_timeline_places_network(client: TestClient) -> None:
    series = client.get("/api/stats/timeline").json()["series"]
    assert sum(entry["total"] for entry in series) == ASSERTED
    assert sum(entry["q4"] for entry in series) == 3
    monthly = client.get("/api/stats/timeline", params={"bucket": "month"}).json()["series"]
    assert [(entry["period"], entry["total"]) for entry in monthly] == [
        ("2024-11", 12), ("2024-12", 1),
    ]  # fmt: skip
    places = {p["name"]: p for p in client.get("/api/stats/places").json()["places"]}
    assert places["Aleppo"]["count"] == 6
    assert places["Aleppo"]["quads"] == [3, 0, 0, 3]  # CONSULT and ASSAULT on even days
    network = client.get("/api/stats/network").json()
    edges = {(edge["source"], edge["target"]): edge for edge in network["edges"]}
    assert edges[("SYR", "TUR")]["count"] == 2
    assert edges[("SYR", "TUR")]["types"] == {"ASSAULT": 1, "CONSULT": 1}
    assert {node["id"] for node in network["nodes"]} == {"SYR", "TUR", "RUS"}
    filtered = client.get("/api/stats/network", params={"type": "ASSAULT"}).json()
    assert sum(edge["count"] for edge in filtered["edges"]) == 3


def test_version_and_offline_docs(client: TestClient) -> None:
    version = client.get("/api/version").json()
    assert version["api"] == 1 and version["review_enabled"] is False
    assert version["schema"] >= 2
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs
    assert not re.search(r"""(src|href)=["']https?://""", docs)
    assert client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/events/{event_id}/review" in spec["paths"]


def test_page_and_its_files_load_nothing_from_outside(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<html" in page.text
    own = [path for path in WEB.rglob("*") if path.suffix in {".html", ".js", ".css"}]
    own = [path for path in own if "vendor" not in path.parts]
    assert own, "the page's own files are missing"
    for path in own:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href|url)\s*[=(]\s*["']?https?://""", text), path
        assert "fetch('http" not in text and 'fetch("http' not in text, path
    for src in re.findall(r"""(?:src|href)="([^"]+)\"""", page.text):
        assert client.get(src).status_code == 200, src


def test_event_json_is_the_stored_contract(client: TestClient, db_path: str) -> None:
    event = client.get("/api/events", params={"limit": 1}).json()["events"][0]
    store = open_store(db_path)
    stored = store.conn.execute(  # type: ignore[attr-defined]
        "SELECT data FROM events WHERE event_id = ?", (event["event_id"],)
    ).fetchone()[0]
    store.close()
    for key, value in json.loads(stored).items():
        assert event[key] == value


def test_store_stamp_moves_with_every_commit(db_path: str) -> None:
    """The aggregates' cache key: a commit by another process must change it at once."""
    db = Database(db_path)
    before = db.stamp()
    art = factories.article("Rebels shelled Aleppo on Sunday.", doc_id="doc-late")
    store = open_store(db_path)
    store.write([Analysis(article=art, events=(factories.event(art),))])
    store.close()
    assert db.stamp() != before
