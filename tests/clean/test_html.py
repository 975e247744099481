"""clean on HTML: trafilatura body, title and date; size guard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sitroom.clean import clean
from sitroom.clean.html import MAX_HTML_CHARS, extract_page, strip_bulk
from sitroom.model import Article, RawDocument, Skip, SkipReason

PAGE = Path(__file__).parents[1] / "fixtures" / "ingest" / "page.html"


def _raw(**fields: object) -> RawDocument:
    html = PAGE.read_text(encoding="utf-8")
    return RawDocument(doc_id="page.html", source=str(PAGE), html=html, **fields)  # type: ignore[arg-type]


def _article(raw: RawDocument) -> Article:
    result = clean(raw)
    assert isinstance(result, list) and len(result) == 1, result
    return result[0]


def test_clean_html_takes_body_title_and_date_from_the_page() -> None:
    article = _article(_raw())
    assert article.title == "Ministers Agree to Reopen Border Crossing"
    assert (article.published, article.published_from) == (dt.date(2024, 3, 5), "metadata")
    assert article.text.startswith("The foreign ministers of the two neighbouring countries")
    assert "parliament next week." in article.text
    for boilerplate in (
        "Ministers Agree",
        "Most read",
        "Storm hits coast",
        "All rights reserved",
        "tracking",
    ):
        assert boilerplate not in article.text


def test_clean_html_given_title_and_date_win() -> None:
    article = _article(_raw(title="Border deal", published=dt.date(2024, 3, 6)))
    assert article.title == "Border deal"
    assert (article.published, article.published_from) == (dt.date(2024, 3, 6), "input")


def test_clean_html_without_text_is_no_text() -> None:
    raw = RawDocument(
        doc_id="x", source="x.html", html="<html><body><script>var a = 1;</script>  </body></html>"
    )
    result = clean(raw)
    assert isinstance(result, Skip) and result.reason is SkipReason.NO_TEXT


def test_extract_page_refuses_huge_html_quickly() -> None:
    huge = "<html><body>" + "<div>" * 1000 + "x" * (MAX_HTML_CHARS + 10)
    result = extract_page(huge, url=None, source="big.html", doc_id="big")
    assert isinstance(result, Skip) and result.reason is SkipReason.TOO_LARGE
    assert result.doc_id == "big"


def test_strip_bulk_removes_scripts_styles_and_comments_linearly() -> None:
    html = "a<SCRIPT type='x'>b</script >c<!-- d -->e<style>f</STYLE>g<script>never closed"
    assert strip_bulk(html) == "a c e g"
    unclosed = "<script>x" * 100_000  # quadratic for a lazy regex; instant here
    assert strip_bulk(unclosed) == ""
