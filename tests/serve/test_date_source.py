"""``date_source`` end to end: store -> API -> exports (CSV, JSONL, GeoJSON, Parquet),
the CLI's tables and ``show``, and the review path that sets it to ``review``."""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
import io
import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from sitroom.contract import event_json
from sitroom.model import Analysis, DateSource
from sitroom.serve import render
from sitroom.serve.api import create_app
from sitroom.serve.api_export import COLUMNS, write_parquet
from sitroom.serve.cli import app as cli_app
from sitroom.store import open_store
from tests import factories

with warnings.catch_warnings():
    # starlette 1.10 asks for httpx2 in its TestClient; the pinned httpx 0.28.1 still works.
    warnings.filterwarnings("ignore", "Using `httpx`", UserWarning)
    from fastapi.testclient import TestClient

TOKEN = "date-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SOURCES: tuple[DateSource, ...] = ("text", "context", "published")


def analyses() -> list[Analysis]:
    """Three one-event articles whose dates come from the sentence, an earlier sentence
    and the publication day."""
    built = []
    for i, source in enumerate(SOURCES):
        text = f"Item {i}: the envoy condemned the raid on the port. Nothing else happened."
        art = factories.article(text, doc_id=f"ds-{i}", title=f"Item {i}")
        event = dataclasses.replace(
            factories.event(art), date=f"2024-11-0{i + 1}", date_source=source
        )
        built.append(Analysis(article=art, events=(event,)))
    return built


@pytest.fixture
def db_path(store_url: str) -> str:
    store = open_store(store_url)
    store.write(analyses())
    store.write(analyses())  # a re-run: nothing doubles
    store.close()
    return store_url


@pytest.fixture
def client(db_path: str) -> TestClient:
    return TestClient(create_app(db_path, token=TOKEN))


def by_source(client: TestClient, **params: Any) -> dict[str, str]:
    """date_source -> event_id over the listing."""
    response = client.get("/api/events", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    # Each event object names date_source once (no key spliced twice into the JSON text).
    assert response.text.count('"date_source"') == len(response.json()["events"])
    return {event["date_source"]: event["event_id"] for event in response.json()["events"]}


def test_api_events_carry_date_source(client: TestClient) -> None:
    sources = by_source(client)
    assert set(sources) == set(SOURCES) and len(sources) == 3
    detail = client.get(f"/api/events/{sources['published']}").json()
    assert (detail["date"], detail["date_source"]) == ("2024-11-03", "published")
    article = client.get(f"/api/articles/{detail['article_id']}").json()
    assert [event["date_source"] for event in article["events"]] == ["published"]


def test_exports_add_a_date_source_column(client: TestClient, tmp_path: Path) -> None:
    assert COLUMNS[-1] == "date_source"  # added last: earlier columns keep their places
    text = client.get("/api/export", params={"format": "csv"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(row["date_source"] for row in rows) == sorted(SOURCES)
    assert all(row["date"] for row in rows)
    lines = client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    assert sorted(json.loads(line)["date_source"] for line in lines) == sorted(SOURCES)
    features = json.loads(client.get("/api/export", params={"format": "geojson"}).text)
    assert sorted(f["properties"]["date_source"] for f in features["features"]) == sorted(SOURCES)


@pytest.mark.skipif(importlib.util.find_spec("duckdb") is None, reason="duckdb not installed")
def test_parquet_export_has_the_column(tmp_path: Path) -> None:
    import duckdb

    event = _contract_event() | {"date_source": "published"}
    out = tmp_path / "events.parquet"
    assert write_parquet([event], out) == 1
    conn = duckdb.connect()
    names = [row[0] for row in conn.execute(f"DESCRIBE SELECT * FROM '{out}'").fetchall()]
    value = conn.execute(f"SELECT date_source FROM '{out}'").fetchone()
    assert names[-1] == "date_source" and value == ("published",)


def _contract_event() -> dict[str, Any]:
    art = factories.article()
    data = event_json(factories.event(art))
    return data | {"article_id": art.article_id, "doc_id": art.doc_id, "review": None}


def test_a_corrected_date_is_marked_review(client: TestClient) -> None:
    sources = by_source(client)
    stand_in = sources["published"]
    body = {"action": "correct", "reason": "the wire gives the day before",
            "changes": {"date": "2024-11-02"}}  # fmt: skip
    response = client.post(f"/api/events/{stand_in}/review", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    assert (response.json()["date"], response.json()["date_source"]) == ("2024-11-02", "review")
    history = client.get(f"/api/events/{stand_in}/history").json()
    assert history["original"]["date_source"] == "published"
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export?format=csv").text)))
    assert {row["event_id"]: row["date_source"] for row in rows}[stand_in] == "review"
    # Clearing a date leaves the event undated: date_source none.
    body = {"action": "correct", "reason": "no date known", "changes": {"date": None}}
    cleared = client.post(f"/api/events/{sources['context']}/review", json=body, headers=AUTH)
    assert (cleared.json()["date"], cleared.json()["date_source"]) == (None, "none")
    # Other corrections leave the date and its source alone.
    body = {"action": "correct", "reason": "type", "changes": {"event_type": "REJECT"}}
    other = client.post(f"/api/events/{sources['text']}/review", json=body, headers=AUTH)
    assert other.json()["date_source"] == "text"


def test_render_says_where_the_date_comes_from(db_path: str) -> None:
    console = Console(record=True, width=200)
    event = analyses()[2].events[0]
    store = open_store(db_path)
    row = store.event(event.event_id)
    assert row is not None
    render.event_detail(console, row.data)
    assert "when       2024-11-03 (day, publication date)" in console.export_text()
    assert render.date_cell("2024-11-03", "published") == "2024-11-03 (publication date)"
    assert render.date_cell("2024-11-01", "text") == "2024-11-01"
    assert render.date_source_label(None) == "source not recorded"
    rows = list(csv.reader(io.StringIO(render.events_csv([row]))))
    assert (rows[0][-1], rows[1][-1]) == ("date_source", "published")
    assert rows[0][:2] == ["event_id", "date"]  # earlier columns keep their places
    store.close()


def test_cli_events_and_show(tmp_path: Path) -> None:
    db_path = str(tmp_path / "cli.db")  # the CLI on both backends: tests/store/test_cli_backends
    store = open_store(db_path)
    store.write(analyses())
    store.close()
    runner = CliRunner()
    linked = runner.invoke(cli_app, ["events", "--db", db_path, "--format", "csv"])
    assert linked.exit_code == 0, linked.output
    rows = list(csv.DictReader(io.StringIO(linked.stdout)))
    header = linked.stdout.splitlines()[0].split(",")
    assert header[-1] == "date_source" and header.index("n_reports") < header.index("date_source")
    assert sorted(row["date_source"] for row in rows) == sorted(SOURCES)
    event_id = analyses()[1].events[0].event_id
    shown = runner.invoke(cli_app, ["show", event_id, "--db", db_path])
    assert shown.exit_code == 0, shown.output
    assert "(day, from an earlier sentence)" in shown.stdout
