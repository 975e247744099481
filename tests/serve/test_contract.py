"""Every field of the analyze contract, with its documented type, on real output."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from sitroom.model import EVENT_TYPES
from sitroom.serve.cli import app
from tests.conftest import FIXTURES, SEED

pytestmark = pytest.mark.model

OPTIONAL_STR = (str, type(None))
OPTIONAL_NUM = (int, float, type(None))
PLACE = {"text": str, "start": int, "end": int, "name": OPTIONAL_STR, "country": OPTIONAL_STR,
         "lat": OPTIONAL_NUM, "lon": OPTIONAL_NUM, "geonameid": (int, type(None)),
         "feature_code": OPTIONAL_STR, "estimated": bool}  # fmt: skip
ACTOR = {"text": str, "name": OPTIONAL_STR, "country": OPTIONAL_STR, "sector": OPTIONAL_STR,
         "id": OPTIONAL_STR}  # fmt: skip
EVENT = {"event_id": str, "event_type": str, "mode": OPTIONAL_STR, "context": list,
         "actor": list, "recipient": list, "location": (dict, type(None)),
         "date": OPTIONAL_STR, "date_precision": str, "negated": bool, "hypothetical": bool,
         "future": bool, "historical": bool, "attributed_to": OPTIONAL_STR, "evidence": dict,
         "confidence": (int, float), "codebook": str}  # fmt: skip
DOCUMENT = {"doc_id": str, "title": OPTIONAL_STR, "url": OPTIONAL_STR, "outlet": OPTIONAL_STR,
            "published": OPTIONAL_STR, "published_from": str, "text": str, "entities": list,
            "places": list, "times": list, "events": list}  # fmt: skip


def _check(obj: dict[str, Any], shape: dict[str, Any], where: str) -> None:
    for key, kind in shape.items():
        assert key in obj, f"{where}: missing {key}"
        assert isinstance(obj[key], kind), f"{where}.{key}: {type(obj[key]).__name__}"


def _check_span(item: dict[str, Any], text: str, where: str) -> None:
    assert 0 <= item["start"] < item["end"] <= len(text), where
    assert text[item["start"] : item["end"]] == item["text"], where


@pytest.fixture(scope="module")
def outputs() -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["analyze", str(SEED), str(FIXTURES / "cli" / "docs.jsonl")])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_one_object_per_document_in_input_order(outputs: list[dict[str, Any]]) -> None:
    ids = [doc["doc_id"] for doc in outputs]
    assert ids == [f"{SEED.name}#1", f"{SEED.name}#2", "f1", "f2", "f3"]


def test_every_documented_field_has_its_type(outputs: list[dict[str, Any]]) -> None:
    n_events = 0
    for doc in outputs:
        where = doc["doc_id"]
        _check(doc, DOCUMENT, where)
        assert doc["published_from"] in {"input", "caption", "text", "metadata", "none"}
        text = doc["text"]
        for ent in doc["entities"]:
            _check_span(ent, text, f"{where} entity")
            assert ent["label"] in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}
        for place in doc["places"]:
            _check(place, PLACE, f"{where} place")
            _check_span(place, text, f"{where} place")
        for time in doc["times"]:
            _check_span(time, text, f"{where} time")
            assert isinstance(time["value"], OPTIONAL_STR)
        for event in doc["events"]:
            n_events += 1
            _check(event, EVENT, f"{where} event")
            assert event["event_type"] in EVENT_TYPES
            assert event["date_precision"] in {"day", "week", "month", "year", "none"}
            assert 0.0 <= event["confidence"] <= 1.0
            for actor in event["actor"] + event["recipient"]:
                _check(actor, ACTOR, f"{where} actor")
            if event["location"] is not None:
                _check(event["location"], {**PLACE, "resolution": (int, type(None))}, where)
            evidence = event["evidence"]
            assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]
    assert n_events > 0, "the fixtures report events; none were coded"


def test_event_ids_are_deterministic(outputs: list[dict[str, Any]]) -> None:
    again = CliRunner().invoke(app, ["analyze", str(SEED)])
    first = [e["event_id"] for doc in outputs[:2] for e in doc["events"]]
    second = [
        e["event_id"] for line in again.stdout.splitlines() for e in json.loads(line)["events"]
    ]
    assert first == second
