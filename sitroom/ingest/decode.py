"""Bytes of a file to text: strict UTF-8, with the legacy fallbacks HTML allows."""

from __future__ import annotations

import codecs
import re

# Browsers look for the declaration within the first 1024 bytes; be generous.
_SNIFF = 4096
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)
_UTF8 = frozenset({"utf-8", "utf8"})


def is_binary(data: bytes) -> bool:
    """NUL bytes do not occur in text (UTF-16 is refused too: we never guess it)."""
    return b"\x00" in data


def decode_text(data: bytes) -> str | None:
    """Strict UTF-8 (a byte-order mark is dropped), or ``None``."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag, if Python knows it."""
    found = _CHARSET.search(data[:_SNIFF])
    if found is None:
        return None
    name = found.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` of an HTML page, or ``None`` when no honest decoding exists.

    UTF-8 first; else the charset the page declares; an undeclared page falls
    back to cp1252, the legacy default of the web. A page that declares UTF-8
    yet is not UTF-8 is refused rather than garbled.
    """
    text = decode_text(data)
    if text is not None:
        return text, "utf-8"
    declared = declared_charset(data)
    if declared in _UTF8:
        return None
    encoding = declared or "cp1252"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None
