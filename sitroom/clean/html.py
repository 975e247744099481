"""Article body, title and date of an HTML page, through trafilatura.

Settings (measured on the article-extraction dev set, see the clean/ report):
trafilatura's default balance of precision and recall, tables kept, comments
dropped, no cross-document deduplication (its cache would make the output
depend on what was extracted before).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

import trafilatura

from sitroom.model import Skip, SkipReason

log = logging.getLogger(__name__)

# Above this, lxml and trafilatura take seconds to minutes: first drop the
# bulk that never holds article text, then give up.
MAX_HTML_CHARS = 5_000_000
_BULK_OPEN = re.compile(r"<(script|style|svg|noscript|template)\b|<!--", re.IGNORECASE)
_BULK_CLOSE = {
    tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE)
    for tag in ("script", "style", "svg", "noscript", "template")
}
_COMMENT_CLOSE = re.compile(r"-->")


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found on a page."""

    text: str
    title: str | None
    date: dt.date | None


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        log.warning("ignoring page date %r: not YYYY-MM-DD", value)
        return None


def strip_bulk(html: str) -> str:
    """``html`` without scripts, styles, inline SVG and comments, in one linear pass.

    A lazy ``<script>.*?</script>`` regex rescans to the end of the page for
    every unclosed tag; here an unclosed block simply ends the page.
    """
    parts: list[str] = []
    position = 0
    while (opened := _BULK_OPEN.search(html, position)) is not None:
        parts.append(html[position : opened.start()])
        tag = opened.group(1)
        closer = _BULK_CLOSE[tag.lower()] if tag else _COMMENT_CLOSE
        closed = closer.search(html, opened.end())
        if closed is None:
            return "".join(parts)
        parts.append(" ")
        position = closed.end()
    parts.append(html[position:])
    return "".join(parts)


def extract_page(html: str, *, url: str | None, source: str, doc_id: str | None) -> Page | Skip:
    """Body text and metadata of one page, or a ``Skip`` saying why there is none."""
    if len(html) > MAX_HTML_CHARS:
        html = strip_bulk(html)
    if len(html) > MAX_HTML_CHARS:
        detail = f"HTML has {len(html):,} characters without scripts (limit {MAX_HTML_CHARS:,})"
        return Skip(SkipReason.TOO_LARGE, detail, source, doc_id)
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
    except Exception as err:  # a parser failure on one page must not stop the run
        return Skip(SkipReason.FAILED, f"trafilatura: {type(err).__name__}: {err}", source, doc_id)
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        return Skip(SkipReason.NO_TEXT, "no article text found in the HTML", source, doc_id)
    title = getattr(result, "title", None)
    return Page(
        text=text.strip(),
        title=title.strip() or None if isinstance(title, str) else None,
        date=_date(getattr(result, "date", None)),
    )
