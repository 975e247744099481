"""Reviews (token-gated writes with an audit trail) and exports, over the same fixture store."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitroom.extract import codebook
from sitroom.serve.api import create_app
from sitroom.serve.cli import app as cli_app
from sitroom.store import open_store
from tests.serve.test_api import ASSERTED, assert_error, build_store, ids

with warnings.catch_warnings():
    # starlette 1.10 asks for httpx2 in its TestClient; the pinned httpx 0.28.1 still works.
    warnings.filterwarnings("ignore", "Using `httpx`", UserWarning)
    from fastapi.testclient import TestClient

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def db_path(store_url: str) -> str:
    return build_store(store_url)


@pytest.fixture
def client(db_path: str) -> TestClient:
    return TestClient(create_app(db_path, token=TOKEN))


def first_assault(client: TestClient) -> str:
    return ids(client, type="ASSAULT", sort="date")[0]


def post(client: TestClient, event_id: str, body: dict[str, Any], **kw: Any) -> Any:
    return client.post(f"/api/events/{event_id}/review", json=body, **kw)


def test_writes_refused_without_configured_token(db_path: str) -> None:
    client = TestClient(create_app(db_path))
    event_id = first_assault(client)
    response = post(client, event_id, {"action": "reject", "reason": "x"}, headers=AUTH)
    assert_error(response, 403, "read_only")
    assert len(ids(client)) == ASSERTED


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": "Basic x"}],
)
def test_writes_need_the_right_token(client: TestClient, headers: dict[str, str]) -> None:
    response = post(client, first_assault(client), {"action": "reject", "reason": "x"},
                    headers=headers)  # fmt: skip
    assert_error(response, 401, "unauthorized")
    assert response.headers["WWW-Authenticate"] == "Bearer"
    assert client.get(f"/api/events/{first_assault(client)}/history").json()["audit"] == []


def test_reject_hides_everywhere_and_keeps_history(client: TestClient) -> None:
    event_id = first_assault(client)
    before = client.get("/api/stats/places").json()["places"]  # cached until the store changes
    assert sum(place["count"] for place in before) == ASSERTED
    response = post(client, event_id, {"action": "reject", "reason": "not an attack",
                                       "reviewer": "ana"}, headers=AUTH)  # fmt: skip
    assert response.status_code == 200, response.text
    assert response.json()["review"]["status"] == "rejected"
    assert event_id not in ids(client)
    assert event_id in ids(client, include_rejected="true")
    places = client.get("/api/stats/places").json()["places"]
    assert sum(place["count"] for place in places) == ASSERTED - 1
    export = client.get("/api/export", params={"format": "jsonl"}).text
    assert event_id not in export
    history = client.get(f"/api/events/{event_id}/history").json()
    assert history["status"] == "rejected"
    [audit] = history["audit"]
    assert (audit["reviewer"], audit["action"]) == ("ana", "reject")
    assert audit["reason"] == "not an attack"
    assert audit["at"]


def test_correction_shows_in_queries_and_exports_and_original_stays(client: TestClient) -> None:
    event_id = first_assault(client)
    original = client.get(f"/api/events/{event_id}").json()
    body = {
        "action": "correct", "reason": "it was a protest, in Idlib, by civilians",
        "changes": {
            "event_type": "PROTEST",
            "actor": [{"name": "Protesters", "country": "SYR", "sector": "CVL"}],
            "location": {"name": "Idlib", "country": "SYR", "lat": 35.93, "lon": 36.63},
            "date": "2024-10",
        },
    }  # fmt: skip
    response = post(client, event_id, body, headers=AUTH)
    assert response.status_code == 200, response.text
    after = response.json()
    cameo, quad, _ = codebook.codes("PROTEST", None)
    assert (after["event_type"], after["quad"], after["cameo"]) == ("PROTEST", quad, cameo)
    assert after["date_precision"] == "month"
    assert after["review"]["status"] == "corrected"
    assert after["evidence"] == original["evidence"]
    assert event_id in ids(client, type="PROTEST")
    assert event_id not in ids(client, type="ASSAULT")
    assert event_id in ids(client, actor_sector="CVL", place="idlib", until="2024-10-31")
    assert event_id in ids(client, bbox="36,35,37,36")
    places = {p["name"] for p in client.get("/api/stats/places").json()["places"]}
    assert "Idlib" in places
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export?format=csv").text)))
    [row] = [row for row in rows if row["event_id"] == event_id]
    assert (row["event_type"], row["place"], row["review"]) == ("PROTEST", "Idlib", "corrected")
    history = client.get(f"/api/events/{event_id}/history").json()
    assert history["original"]["event_type"] == "ASSAULT"
    assert history["original"]["location"]["name"] == original["location"]["name"]
    assert history["audit"][0]["before"]["event_type"] == "ASSAULT"
    assert history["audit"][0]["after"]["event_type"] == "PROTEST"


def test_confirm_then_correct_records_each_step(client: TestClient) -> None:
    event_id = first_assault(client)
    assert post(client, event_id, {"action": "confirm", "reason": "ok"}, headers=AUTH).is_success
    body = {"action": "correct", "reason": "negated", "changes": {"negated": True}}
    assert post(client, event_id, body, headers=AUTH).is_success
    assert event_id not in ids(client)
    assert event_id in ids(client, include_negated="true")
    audit = client.get(f"/api/events/{event_id}/history").json()["audit"]
    assert [step["action"] for step in audit] == ["confirm", "correct"]


@pytest.mark.parametrize(
    "body",
    [
        {"action": "correct", "reason": "nothing to change"},
        {"action": "correct", "reason": "x", "changes": {}},
        {"action": "correct", "reason": "x", "changes": {"event_type": "BOMB"}},
        {"action": "correct", "reason": "x", "changes": {"colour": "red"}},
        {"action": "correct", "reason": "x", "changes": {"date": "2 May"}},
        {"action": "correct", "reason": "x", "changes": {"mode": "not-a-mode"}},
        {"action": "reject", "reason": ""},
        {"action": "reject", "reason": "x", "changes": {"negated": True}},
        {"action": "delete", "reason": "x"},
    ],
)
def test_bad_reviews_are_refused(client: TestClient, body: dict[str, Any]) -> None:
    event_id = first_assault(client)
    assert_error(post(client, event_id, body, headers=AUTH), 422, "invalid_request")
    assert client.get(f"/api/events/{event_id}/history").json()["audit"] == []


def test_review_of_missing_event_is_404(client: TestClient) -> None:
    response = post(client, "evt-none", {"action": "reject", "reason": "x"}, headers=AUTH)
    assert_error(response, 404, "not_found")


def test_reviews_return_after_the_event_is_recoded(client: TestClient, db_path: str) -> None:
    event_id = first_assault(client)
    body = {"action": "correct", "reason": "x", "changes": {"event_type": "PROTEST"}}
    post(client, event_id, body, headers=AUTH)
    store = open_store(db_path)
    conn = store.conn  # type: ignore[attr-defined]
    original = conn.execute(
        "SELECT original FROM event_reviews WHERE event_id = ?", (event_id,)
    ).fetchone()[0]
    # What a re-ingest of a changed article does: the event comes back as coded.
    conn.execute(
        "UPDATE events SET event_type = 'ASSAULT', data = ? WHERE event_id = ?",
        (original, event_id),
    )
    if conn.in_transaction:
        conn.execute("COMMIT")
    store.close()
    fresh = TestClient(create_app(db_path, token=TOKEN))
    assert event_id in ids(fresh, type="PROTEST")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson"])
def test_export_formats(client: TestClient, fmt: str) -> None:
    response = client.get("/api/export", params={"format": fmt, "type": "ASSAULT,AID"})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    text = response.text
    if fmt == "jsonl":
        events = [json.loads(line) for line in text.splitlines()]
        assert {event["event_type"] for event in events} == {"ASSAULT", "AID"}
        assert len(events) == 6
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == 6 and rows[0]["evidence"]
    else:
        features = json.loads(text)["features"]
        assert len(features) == 6
        lon, lat = features[0]["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert features[0]["properties"]["event_type"] in {"ASSAULT", "AID"}


def test_export_parquet_when_duckdb_is_installed(client: TestClient, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb", reason="parquet export needs duckdb==1.4.4")
    response = client.get("/api/export", params={"format": "parquet"})
    assert response.status_code == 200
    path = tmp_path / "out.parquet"
    path.write_bytes(response.content)
    count = duckdb.connect().execute(f"SELECT COUNT(*) FROM '{path}'").fetchone()[0]
    assert count == ASSERTED


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson"])
def test_cli_export_matches_the_api(client: TestClient, db_path: str, fmt: str,
                                    tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(
        cli_app, ["export", "--db", str(db_path), "--format", fmt, "--type", "ASSAULT",
                  "--out", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    api = client.get("/api/export", params={"format": fmt, "type": "ASSAULT"}).text
    assert out.read_text(encoding="utf-8") == api


@pytest.mark.parametrize(
    ("options", "params"),
    [(["--text", "shelled Aleppo"], {"q": "shelled Aleppo"}),
     (["--place", "aleppo"], {"place": "aleppo"}),
     (["--text", "shelled", "--place", "ANKARA"], {"q": "shelled", "place": "ANKARA"})],
)  # fmt: skip
def test_cli_export_words_and_place_filters(
    client: TestClient, db_path: str, options: list[str], params: dict[str, str], tmp_path: Path
) -> None:
    """The words and place filters on both backends (FTS5 / tsvector, NOCASE / lower)."""
    out = tmp_path / "events.jsonl"
    args = ["export", "--db", db_path, "--format", "jsonl", *options, "--out", str(out)]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and len(rows) < ASSERTED
    if "place" in params:
        assert {row["location"]["name"].lower() for row in rows} == {params["place"].lower()}
    api = client.get("/api/export", params={"format": "jsonl", **params}).text
    assert out.read_text(encoding="utf-8") == api


def test_serve_command_passes_the_token_and_binds_loopback(
    db_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.setenv("SITROOM_API_TOKEN", TOKEN)
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(db_path), "--port", "8123"])
    assert result.exit_code == 0, result.output
    [(api, options)] = calls
    assert options["host"] == "127.0.0.1" and options["port"] == 8123
    assert TestClient(api).get("/api/version").json()["review_enabled"] is True


def test_cli_export_parquet_to_an_awkward_path(db_path: str, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb", reason="parquet export needs duckdb==1.4.4")
    out = tmp_path / "it's events.parquet"
    args = ["export", "--db", str(db_path), "--format", "parquet", "--out", str(out)]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    conn = duckdb.connect()
    assert conn.read_parquet(str(out)).aggregate("count(*)").fetchone()[0] == ASSERTED
