"""WARC files: HTML responses become documents; the rest is passed over or reported."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitroom import ingest
from sitroom.ingest.warc import read_stream
from sitroom.model import RawDocument, Skip, SkipReason

PAGE = b"<html><head><title>T</title></head><body><p>Iraq closed the border.</p></body></html>"
DATED = PAGE.replace(
    b"<title>", b'<meta property="article:published_time" content="2024-12-01"><title>'
)


def write_warc(path: Path, records: list[tuple[str, str, bytes]], *, gz: bool = True) -> Path:
    """``(url, content type, payload)`` responses, plus a warcinfo and a request record."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for url, content_type, payload in records:
            status = "404 Not Found" if url.endswith("/missing") else "200 OK"
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), length=len(payload),
                http_headers=headers, warc_headers_dict={"WARC-Date": "2024-12-03T08:15:00Z"},
            )  # fmt: skip
            writer.write_record(record)
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(url, "request", payload=io.BytesIO(b""), length=0,
                                          http_headers=request)
            )  # fmt: skip
    return path


@pytest.mark.parametrize("gz", [True, False])
def test_html_responses_become_documents(tmp_path: Path, gz: bool) -> None:
    name = "crawl.warc.gz" if gz else "crawl.warc"
    path = write_warc(tmp_path / name, [
        ("https://a.example/1", "text/html; charset=utf-8", PAGE),
        ("https://a.example/2", "text/html", DATED),
        ("https://a.example/logo.png", "image/png", b"\x89PNG"),
        ("https://a.example/missing", "text/html", b"<html>gone</html>"),
    ], gz=gz)  # fmt: skip
    items = list(ingest.read([str(path)]))
    first, second, image, missing = items
    assert isinstance(first, RawDocument) and first.html is not None
    assert first.url == first.doc_id == "https://a.example/1"
    assert first.published == dt.date(2024, 12, 3)  # the crawl date: the page declares none
    assert isinstance(second, RawDocument) and second.published is None  # the page's own date
    assert isinstance(image, Skip) and image.reason is SkipReason.UNSUPPORTED
    assert isinstance(missing, Skip) and "404" in missing.detail


def test_a_payload_over_max_bytes_is_too_large(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "big.warc.gz", [("https://a.example/1", "text/html", PAGE)])
    (item,) = ingest.read([str(path)], max_bytes=20)
    assert isinstance(item, Skip) and item.reason is SkipReason.TOO_LARGE


def test_a_legacy_charset_from_the_http_header_is_honoured(tmp_path: Path) -> None:
    page = "<html><body><p>Türkiye said no.</p></body></html>".encode("latin-1")
    path = write_warc(tmp_path / "l.warc", [("https://a.example/1", "text/html; charset=iso-8859-1",
                                            page)], gz=False)  # fmt: skip
    (item,) = ingest.read([str(path)])
    assert isinstance(item, RawDocument) and item.html is not None and "Türkiye" in item.html


def test_a_truncated_file_keeps_what_was_read_then_reports(tmp_path: Path) -> None:
    noise = os.urandom(30_000).hex().encode()  # incompressible: the cut falls in the payload
    path = write_warc(tmp_path / "t.warc.gz", [
        ("https://a.example/1", "text/html", PAGE), ("https://a.example/2", "text/html", noise)
    ])  # fmt: skip
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 400])
    items = list(ingest.read([str(path)]))
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[-1], Skip) and items[-1].reason is SkipReason.UNREADABLE


def test_a_file_that_is_not_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "x.warc.gz"
    path.write_bytes(gzip.compress(b"hello world, not a WARC\n"))
    (item,) = ingest.read([str(path)])
    assert isinstance(item, Skip) and item.reason is SkipReason.UNREADABLE


def test_empty_stream() -> None:
    (item,) = read_stream(io.BytesIO(b""), source="e.warc", max_bytes=100)
    assert isinstance(item, Skip) and item.reason is SkipReason.EMPTY
