"""Fuzzing ingest, clean and analyze: no crash; every bad record comes back as a value.

Bounded (``max_examples``, no per-example deadline for file I/O) so the suite
stays fast; hypothesis keeps failing examples in its database for replay.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom import clean, ingest
from sitroom.ingest.records import parse_record
from sitroom.model import Analysis, Article, RawDocument, Skip

SUFFIXES = [".jsonl", ".txt", ".html", ".rss", ".xml", ".atom", ".warc", ".warc.gz"]
ENCODINGS = ["utf-8", "utf-16", "latin-1", "cp1252", "shift_jis", "utf-8-sig", "koi8-r"]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

texts = st.text(st.characters(codec="utf-8"), max_size=300)


@st.composite
def odd_text_bytes(draw: st.DrawFn) -> bytes:
    text = draw(st.text(max_size=200))
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(encoding, errors="replace")


@st.composite
def deep_html(draw: st.DrawFn) -> bytes:
    depth = draw(st.integers(1, 3000))
    tag = draw(st.sampled_from(["div", "p", "span", "table", "b"]))
    inner = draw(texts)
    closed = draw(st.booleans())
    return (f"<{tag}>" * depth + inner + (f"</{tag}>" * depth if closed else "")).encode()


@st.composite
def broken_json(draw: st.DrawFn) -> bytes:
    record = draw(
        st.dictionaries(
            st.sampled_from(["id", "text", "html", "title", "published", "url", "outlet", "x"]),
            st.one_of(st.none(), texts, st.integers(), st.lists(st.integers(), max_size=3)),
            max_size=6,
        )
    )
    line = json.dumps(record)
    cut = draw(st.integers(0, len(line)))
    return (line[:cut] if draw(st.booleans()) else line).encode()


@st.composite
def huge_line(draw: st.DrawFn) -> bytes:
    size = draw(st.integers(1_000, 200_000))
    return b'{"id": "h", "text": "' + b"x" * size + b'"}'


def _valid_warc(gz: bool) -> bytes:
    from tests.ingest.test_warc import PAGE, write_warc

    with tempfile.TemporaryDirectory() as folder:
        path = write_warc(
            Path(folder) / "w.warc", [("https://a.example/", "text/html", PAGE)], gz=gz
        )
        return path.read_bytes()


WARCS = [_valid_warc(gz=False), _valid_warc(gz=True)]


@st.composite
def damaged_warc(draw: st.DrawFn) -> bytes:
    """A real WARC (plain or gzip) cut short or with a few bytes overwritten."""
    data = bytearray(draw(st.sampled_from(WARCS)))
    for _ in range(draw(st.integers(0, 4))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data[: draw(st.integers(0, len(data)))])


payloads = st.one_of(
    damaged_warc(), damaged_warc(),
    st.binary(max_size=2000), odd_text_bytes(), deep_html(), broken_json(), huge_line(),
    st.lists(broken_json(), max_size=5).map(b"\n".join),
)  # fmt: skip


@FAST
@given(data=payloads, suffix=st.sampled_from(SUFFIXES))
def test_ingest_read_never_raises(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        items = list(ingest.read([str(path)], max_bytes=50_000))
    assert items, "every file gives at least a document or a Skip"
    assert all(isinstance(item, RawDocument | Skip) for item in items)
    for item in items:
        if isinstance(item, Skip):
            assert item.detail and item.source
        else:
            assert item.text is not None or item.html is not None


@FAST
@given(line=st.one_of(st.binary(max_size=500), broken_json(), odd_text_bytes()))
def test_a_jsonl_line_is_a_document_a_skip_or_blank(line: bytes) -> None:
    item = parse_record(line, source="f.jsonl:1", position=0)
    assert item is None or isinstance(item, RawDocument | Skip)


@FAST
@given(body=st.one_of(texts, deep_html().map(bytes.decode)), as_html=st.booleans(),
       title=st.one_of(st.none(), texts))  # fmt: skip
def test_clean_returns_articles_or_a_skip(body: str, as_html: bool, title: str | None) -> None:
    raw = RawDocument(
        doc_id="f", source="f.jsonl:1", text=None if as_html else body,
        html=body if as_html else None, title=title,
    )  # fmt: skip
    if raw.text is None and raw.html is None:
        return
    result = clean.clean(raw)
    if isinstance(result, Skip):
        assert result.detail
        return
    for article in result:
        assert isinstance(article, Article)
        for caption in article.captions:
            assert 0 <= caption.start <= caption.end <= len(article.text)


@pytest.mark.model
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies=st.lists(st.one_of(texts, deep_html().map(bytes.decode)), min_size=1, max_size=4))
def test_analyze_gives_one_outcome_per_document_in_order(bodies: list[str]) -> None:
    from sitroom.run import process_partition

    raws = [RawDocument(doc_id=f"d{i}", source="f.jsonl", text=b) for i, b in enumerate(bodies)]
    outcomes = list(process_partition(raws, batch_size=2))
    ids = [o.doc_id if isinstance(o, Skip) else o.article.doc_id for o in outcomes]
    # A .jsonl record is never split, so one outcome per document, in input order.
    assert ids == [raw.doc_id for raw in raws]
    for outcome in outcomes:
        if isinstance(outcome, Analysis):
            size = len(outcome.article.text)
            assert all(0 <= e.start <= e.end <= size for e in outcome.entities)
            assert all(0 <= ev.evidence.start <= ev.evidence.end <= size for ev in outcome.events)
