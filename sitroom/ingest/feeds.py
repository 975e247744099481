"""RSS and Atom feeds (feedparser) -> one ``RawDocument`` per entry.

An entry keeps its title, link (``url``), date (``published``) and the feed's
title (``outlet``). Its text is the entry's content or summary, markup
removed; given a ``fetch_page`` function (``sitroom watch --fetch``) the linked
page is fetched and its HTML used instead, the summary being the fallback.
A file that is not a feed, or a feed without usable entries, is a ``Skip``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import Any

import feedparser  # type: ignore[import-untyped]

from sitroom.model import RawDocument, Skip, SkipReason

Item = RawDocument | Skip
PageFetcher = Callable[[str], str | None]  # URL -> the page's HTML, or None when unavailable

_BLOCKS = frozenset({"p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"})
_SPACES = re.compile(r"[ \t\r\f\v]+")


class _Text(HTMLParser):
    """Text of an HTML fragment: a summary is short, so the stdlib parser is enough."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def fragment_text(fragment: str) -> str | None:
    """Plain text of an HTML fragment (paragraphs on their own lines), ``None`` if blank."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    return text or None


def _date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    return None


def _clean(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _body(entry: Any) -> str | None:
    """The richest text the entry carries: full content before the summary."""
    for content in entry.get("content") or ():
        text = fragment_text(content.get("value") or "")
        if text:
            return text
    return fragment_text(entry.get("summary") or "")


def _entry(
    entry: Any, *, index: int, source: str, outlet: str | None, fetch_page: PageFetcher | None
) -> Item:
    url = _clean(entry.get("link"))
    doc_id = _clean(entry.get("id")) or url or f"entry-{index + 1}"
    where = f"{source}:{index + 1}"
    html = fetch_page(url) if fetch_page is not None and url else None
    text = None if html else _body(entry)
    if html is None and text is None:
        return Skip(SkipReason.EMPTY, "entry has no content, summary or page", where, doc_id)
    return RawDocument(
        doc_id=doc_id, source=where, text=text, html=html, title=_clean(entry.get("title")),
        published=_date(entry), url=url, outlet=outlet, position=index,
    )  # fmt: skip


def parse_feed(
    data: bytes, *, source: str, fetch_page: PageFetcher | None = None
) -> Iterator[Item]:
    """The entries of one RSS/Atom document, in feed order.

    ``source`` names the file or URL; each entry's source is ``source:N``.
    """
    # A stream, never a string: feedparser would treat a string as a URL or path to open.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            yield Skip(SkipReason.UNREADABLE, f"not a readable RSS/Atom feed: {problem}", source)
        elif parsed.get("version"):
            yield Skip(SkipReason.EMPTY, "feed has no entries", source)
        else:
            yield Skip(SkipReason.UNSUPPORTED, "XML, but not an RSS or Atom feed", source)
        return
    outlet = _clean(parsed.get("feed", {}).get("title"))
    for index, entry in enumerate(entries):
        yield _entry(entry, index=index, source=source, outlet=outlet, fetch_page=fetch_page)
