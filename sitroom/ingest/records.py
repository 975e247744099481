"""One JSONL line to a ``RawDocument``, or a ``Skip`` saying what is wrong with it.

Schema (``spec/analyze-contract.md``): ``id`` required; ``text`` or ``html``
required; ``title``, ``published`` (``YYYY-MM-DD``), ``url``, ``outlet``
optional. Every one of these must be a string or null: a number where a
string belongs is refused, not converted. Other keys are ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re

from sitroom.model import RawDocument, Skip, SkipReason

log = logging.getLogger(__name__)

FIELDS = ("id", "text", "html", "title", "published", "url", "outlet")
# A full ISO timestamp is accepted for its date: feeds often carry one.
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?")


def parse_published(value: str, *, source: str) -> dt.date | None:
    """The date of ``YYYY-MM-DD`` (or an ISO timestamp); anything else warns and gives ``None``."""
    found = _ISO_DATE.fullmatch(value.strip())
    if found is not None:
        try:
            return dt.date.fromisoformat(found.group(1))
        except ValueError:
            pass
    log.warning("%s: ignoring published %r: expected YYYY-MM-DD", source, value)
    return None


def _optional(value: str | None) -> str | None:
    """Missing is ``None``, never ``""``."""
    if value is None:
        return None
    return value.strip() or None


def _load(line: bytes, source: str) -> dict[str, object] | Skip | None:
    """The JSON object on a line; ``None`` for a blank line."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as err:
        return Skip(SkipReason.ENCODING, f"invalid UTF-8 at byte {err.start} of the line", source)
    text = text.lstrip("\ufeff").strip()
    if not text:
        return None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        return Skip(SkipReason.MALFORMED_JSON, f"{err.msg} at column {err.colno}", source)
    if not isinstance(record, dict):
        kind = type(record).__name__
        return Skip(SkipReason.MALFORMED_JSON, f"expected a JSON object, got {kind}", source)
    return record


def _strings(record: dict[str, object], source: str) -> dict[str, str | None] | Skip:
    """The known fields, each a string or ``None``; a field of another type is refused."""
    raw_id = record.get("id")
    doc_id = raw_id if isinstance(raw_id, str) and raw_id.strip() else None
    fields: dict[str, str | None] = {}
    for name in FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            detail = f"field {name!r} must be a string, got {type(value).__name__}"
            return Skip(SkipReason.MALFORMED_JSON, detail, source, doc_id)
        fields[name] = value
    fields["id"] = doc_id
    return fields


def parse_record(line: bytes, *, source: str, position: int) -> RawDocument | Skip | None:
    """The document on one JSONL line; ``None`` for a blank line."""
    record = _load(line, source)
    if record is None or isinstance(record, Skip):
        return record
    fields = _strings(record, source)
    if isinstance(fields, Skip):
        return fields
    doc_id, body, html = fields["id"], fields["text"], fields["html"]
    if doc_id is None:
        return Skip(SkipReason.MISSING_FIELD, "no 'id'", source)
    if body is None and html is None:
        return Skip(SkipReason.MISSING_FIELD, "neither 'text' nor 'html'", source, doc_id)
    if body is not None and not body.strip():
        body = None  # an empty text next to an html page defers to the page
    if body is None and (html is None or not html.strip()):
        return Skip(SkipReason.EMPTY, "'text'/'html' is empty", source, doc_id)
    published = fields["published"]
    return RawDocument(
        doc_id=doc_id,
        source=source,
        text=body,
        html=html if body is None else None,
        title=_optional(fields["title"]),
        published=parse_published(published, source=source) if published else None,
        url=_optional(fields["url"]),
        outlet=_optional(fields["outlet"]),
        position=position,
    )
