"""``clean``: one raw document in, its cleaned article(s) out, or a ``Skip``."""

from __future__ import annotations

import datetime as dt
import os

from sitroom.clean import dates
from sitroom.clean.html import extract_page
from sitroom.clean.rules import load_rules
from sitroom.clean.text import Piece, scrub
from sitroom.ids import digest, make_id
from sitroom.model import Article, PublishedFrom, RawDocument, Skip, SkipReason

# Only a plain-text file may hold several articles back to back (a scraped
# dump); one JSONL record is one article, whatever it looks like.
_DUMP_SUFFIXES = (".txt",)


def source_file(source: str) -> str:
    """File name of a record's source, without the ``:LINE`` of a JSONL record."""
    path, sep, line = source.rpartition(":")
    if sep and line.isdigit():
        source = path
    return os.path.basename(source)


def _is_dump(source: str) -> bool:
    return source_file(source).casefold().endswith(_DUMP_SUFFIXES)


def _published(
    raw: RawDocument, piece: Piece, page_date: dt.date | None
) -> tuple[dt.date | None, PublishedFrom]:
    if raw.published is not None:
        return raw.published, "input"
    if page_date is not None:
        return page_date, "metadata"
    inferred = dates.infer_published(piece.text, piece.captions)
    return inferred if inferred is not None else (None, "none")


def _article(
    raw: RawDocument, piece: Piece, *, doc_id: str, title: str | None, page_date: dt.date | None
) -> Article:
    published, published_from = _published(raw, piece, page_date)
    return Article(
        article_id=make_id("art", raw.url or "", source_file(raw.source), doc_id),
        doc_id=doc_id,
        source=raw.source,
        text=piece.text,
        title=title,
        published=published,
        published_from=published_from,
        url=raw.url,
        outlet=raw.outlet,
        captions=piece.captions,
        content_hash=digest(piece.text, title, published),
    )


def clean(raw: RawDocument) -> list[Article] | Skip:
    """Cleaned article(s) of one raw document; a dump (``.txt``) may give several.

    ``text`` wins over ``html`` when a record has both. A text that needs no
    cleaning is kept byte for byte. A given title and date win over found ones.
    """
    rules = load_rules()
    page_title: str | None = None
    page_date: dt.date | None = None
    if raw.text is not None:
        pieces = scrub(raw.text, rules=rules, split=_is_dump(raw.source), title=raw.title)
    elif raw.html is not None:
        page = extract_page(raw.html, url=raw.url, source=raw.source, doc_id=raw.doc_id)
        if isinstance(page, Skip):
            return page
        page_title, page_date = page.title, page.date
        pieces = scrub(page.text, rules=rules, title=raw.title or page.title)
    else:
        return Skip(SkipReason.MISSING_FIELD, "neither text nor html", raw.source, raw.doc_id)
    pieces = [piece for piece in pieces if piece.text.strip()]
    if not pieces:
        return Skip(SkipReason.NO_TEXT, "nothing left after cleaning", raw.source, raw.doc_id)
    many = len(pieces) > 1
    return [
        _article(
            raw,
            piece,
            doc_id=f"{raw.doc_id}#{number}" if many else raw.doc_id,
            title=raw.title or piece.title or page_title,
            page_date=page_date,
        )
        for number, piece in enumerate(pieces, start=1)
    ]
