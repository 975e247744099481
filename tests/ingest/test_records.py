"""ingest.records: one JSONL line to a RawDocument, or the reason it is refused."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest

from sitroom.ingest.records import parse_record
from sitroom.model import RawDocument, Skip, SkipReason


def _parse(record: object) -> RawDocument | Skip | None:
    return parse_record(json.dumps(record).encode(), source="d.jsonl:7", position=6)


def test_parse_record_reads_every_field() -> None:
    record = {
        "id": "a1", "text": "Body.", "title": " Headline ", "published": "2024-12-03",
        "url": "https://example.org/a1", "outlet": "Example", "extra": [1, 2],
    }  # fmt: skip
    raw = _parse(record)
    assert raw == RawDocument(
        doc_id="a1", source="d.jsonl:7", text="Body.", title="Headline",
        published=dt.date(2024, 12, 3), url="https://example.org/a1", outlet="Example", position=6,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("record", "reason", "words"),
    [
        ({"text": "No id."}, SkipReason.MISSING_FIELD, "'id'"),
        ({"id": "  ", "text": "Blank id."}, SkipReason.MISSING_FIELD, "'id'"),
        ({"id": "a"}, SkipReason.MISSING_FIELD, "'text' nor 'html'"),
        ({"id": "a", "text": None, "html": None}, SkipReason.MISSING_FIELD, "'text' nor 'html'"),
        ({"id": "a", "text": "   "}, SkipReason.EMPTY, "empty"),
        ({"id": 7, "text": "Numeric id."}, SkipReason.MALFORMED_JSON, "'id' must be a string"),
        ({"id": "a", "text": ["x"]}, SkipReason.MALFORMED_JSON, "'text' must be a string"),
        ({"id": "a", "text": "T", "title": 3}, SkipReason.MALFORMED_JSON, "'title'"),
        ({"id": "a", "text": "T", "published": 20241203}, SkipReason.MALFORMED_JSON, "published"),
        (["id", "a"], SkipReason.MALFORMED_JSON, "JSON object"),
    ],
)
def test_parse_record_refuses_bad_records(record: object, reason: SkipReason, words: str) -> None:
    skip = _parse(record)
    assert isinstance(skip, Skip)
    assert skip.reason is reason
    assert words in skip.detail
    assert skip.source == "d.jsonl:7"
    assert "d.jsonl:7" in skip.message()


def test_parse_record_malformed_json_names_the_column() -> None:
    skip = parse_record(b'{"id": "a", "text": "x",}', source="d.jsonl:3", position=2)
    assert isinstance(skip, Skip) and skip.reason is SkipReason.MALFORMED_JSON
    assert "column" in skip.detail
    assert skip.message().startswith("skipped d.jsonl:3: malformed-json:")


def test_parse_record_blank_line_is_none() -> None:
    assert parse_record(b"  \r\n", source="d.jsonl:1", position=0) is None


def test_parse_record_html_record_and_text_wins_over_html() -> None:
    html = _parse({"id": "h", "html": "<p>Page</p>"})
    assert isinstance(html, RawDocument) and html.html == "<p>Page</p>" and html.text is None
    both = _parse({"id": "b", "text": "Text.", "html": "<p>Page</p>"})
    assert isinstance(both, RawDocument) and both.text == "Text." and both.html is None
    empty_text = _parse({"id": "e", "text": "", "html": "<p>Page</p>"})
    assert isinstance(empty_text, RawDocument) and empty_text.html == "<p>Page</p>"


@pytest.mark.parametrize("value", ["03/12/2024", "2024-13-01", "yesterday"])
def test_parse_record_malformed_published_keeps_the_document_and_warns(
    value: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="sitroom.ingest.records"):
        raw = _parse({"id": "a", "text": "T.", "published": value})
    assert isinstance(raw, RawDocument) and raw.published is None
    assert "d.jsonl:7" in caplog.text and value in caplog.text


def test_parse_record_accepts_an_iso_timestamp_for_its_date() -> None:
    raw = _parse({"id": "a", "text": "T.", "published": "2024-12-03T08:15:00Z"})
    assert isinstance(raw, RawDocument) and raw.published == dt.date(2024, 12, 3)


def test_parse_record_empty_optional_strings_become_none() -> None:
    raw = _parse({"id": "a", "text": "T.", "title": "", "url": " ", "outlet": None})
    assert isinstance(raw, RawDocument)
    assert (raw.title, raw.url, raw.outlet) == (None, None, None)
