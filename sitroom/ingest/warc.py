"""WARC files (warcio) -> one ``RawDocument`` per HTML response record.

Only ``response`` records are documents; ``warcinfo``, ``request`` and
``metadata`` records are passed over without comment. A response that is not
an HTTP 200 HTML page is reported as a ``Skip`` (``unsupported-type``), a
payload over ``max_bytes`` as ``too-large``. ``doc_id`` and ``url`` are the
record's target URI. ``WARC-Date`` becomes ``published`` only when the page
declares no publication date of its own, since the crawl date is merely an
upper bound. A truncated or corrupt file yields what could be read, then a
``Skip``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

from sitroom.ingest.decode import decode_html, is_binary
from sitroom.model import RawDocument, Skip, SkipReason

Item = RawDocument | Skip

# Publication-date markup the cleaner reads (meta tags, JSON-LD, <time>); the head is enough.
_PAGE_DATE = re.compile(
    r"""article:published_time|datePublished|name=["']?(?:pubdate|publish[-_]?date|date)["'\s>]"""
    r"""|<time[^>]+datetime""",
    re.I,
)
_HEAD = 65_536
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def _crawl_date(record: Any) -> dt.date | None:
    value = record.rec_headers.get_header("WARC-Date") or ""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _decode(payload: bytes, content_type: str) -> str | None:
    """HTML text: the HTTP charset first, then what the page declares (``decode_html``)."""
    declared = _CHARSET.search(content_type)
    if declared:
        try:
            return payload.decode(declared.group(1))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header is common: fall back to the page's own declaration
    decoded = decode_html(payload)
    return decoded[0] if decoded else None


def _expected(record: Any) -> int:
    """Payload length the record declares (its block minus the HTTP head); 0 if unknown."""
    http = record.http_headers
    if http.get_header("Transfer-Encoding") or http.get_header("Content-Encoding"):
        return 0  # decoded by warcio: the stored length says nothing about the page's
    try:
        block = int(record.rec_headers.get_header("Content-Length") or 0)
    except ValueError:
        return 0
    return block - int(getattr(http, "total_len", 0) or 0)


def _not_a_page(record: Any, where: str, doc_id: str) -> Skip | None:
    """Why a response record is not an HTML page, or ``None``."""
    http = record.http_headers
    status = http.get_statuscode() if http is not None else None
    if status != "200":
        return Skip(SkipReason.UNSUPPORTED, f"HTTP status {status}", where, doc_id)
    content_type = http.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return Skip(SkipReason.UNSUPPORTED, f"not HTML: {content_type!r}", where, doc_id)
    return None


def _html(payload: bytes, content_type: str, where: str, doc_id: str) -> str | Skip:
    if not payload.strip():
        return Skip(SkipReason.EMPTY, "empty payload", where, doc_id)
    if is_binary(payload[:8192]):
        return Skip(SkipReason.BINARY, "NUL bytes in an HTML payload", where, doc_id)
    html = _decode(payload, content_type)
    if html is None:
        return Skip(SkipReason.ENCODING, "not decodable in its declared charset", where, doc_id)
    return html


def _document(record: Any, *, index: int, source: str, max_bytes: int) -> Item | None:
    if record.rec_type != "response":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    doc_id = url or record.rec_headers.get_header("WARC-Record-ID") or f"record-{index}"
    where = f"{source}:{index}"
    refused = _not_a_page(record, where, doc_id)
    if refused is not None:
        return refused
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return Skip(SkipReason.TOO_LARGE, f"payload over {max_bytes:,} bytes", where, doc_id)
    if len(payload) < _expected(record):  # warcio returns a cut record short, silently
        return Skip(SkipReason.UNREADABLE, "truncated record", where, doc_id)
    html = _html(payload, record.http_headers.get_header("Content-Type") or "", where, doc_id)
    if isinstance(html, Skip):
        return html
    published = None if _PAGE_DATE.search(html[:_HEAD]) else _crawl_date(record)
    return RawDocument(
        doc_id=doc_id, source=where, html=html, published=published, url=url, position=index
    )


def read_stream(stream: BinaryIO, *, source: str, max_bytes: int) -> Iterator[Item]:
    """Documents of one WARC stream (plain or gzip), numbered by record from 1."""
    index = given = 0
    try:
        for record in ArchiveIterator(stream):
            index += 1
            if record.format != "warc":  # warcio falls back to ARC on anything else
                detail = f"record {index} is not a WARC record (read as {record.format})"
                yield Skip(SkipReason.UNREADABLE, detail, source)
                return
            item = _document(record, index=index, source=source, max_bytes=max_bytes)
            if item is not None:
                given += 1
                yield item
    # warcio trips over some corrupt headers with AttributeError or TypeError (found by
    # fuzzing); a damaged file must become a Skip whatever the parser raises.
    except Exception as err:
        detail = f"corrupt or truncated WARC after {index} record(s): {type(err).__name__}: {err}"
        yield Skip(SkipReason.UNREADABLE, detail, source)
        return
    if not given:
        yield Skip(SkipReason.EMPTY, f"no response records among {index} record(s)", source)


def read_warc(path: Path, *, max_bytes: int) -> Iterator[Item]:
    """Documents of a ``.warc`` or ``.warc.gz`` file, streamed record by record."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield Skip(SkipReason.UNREADABLE, err.strerror or str(err), str(path))
        return
    with handle:
        yield from read_stream(handle, source=str(path), max_bytes=max_bytes)
