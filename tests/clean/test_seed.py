"""clean on the seed dump: two articles back to back, with scraping debris."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitroom.clean import clean
from sitroom.ids import digest, make_id
from sitroom.model import Article, RawDocument

SEED = Path(__file__).parents[2] / "examples" / "000_1c38aa2193fbaeb8.txt"
TITLES = (
    "Syrian Armed Factions Assure Iraq that They Pose No Threat to its Security",
    "Türkiye's Erdogan Discusses Syria Situation with Putin by Phone, Ankara Says",
)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    raw = RawDocument(doc_id=SEED.name, source=str(SEED), text=SEED.read_text(encoding="utf-8"))
    result = clean(raw)
    assert isinstance(result, list)
    return result


def test_seed_splits_into_two_articles_with_their_titles(articles: list[Article]) -> None:
    assert [article.doc_id for article in articles] == [f"{SEED.name}#1", f"{SEED.name}#2"]
    assert tuple(article.title for article in articles) == TITLES
    for article in articles:
        assert article.title is not None and article.title not in article.text


def test_seed_dates_are_inferred_from_captions(articles: list[Article]) -> None:
    assert [(a.published, a.published_from) for a in articles] == [
        (dt.date(2024, 12, 2), "caption"),
        (dt.date(2024, 12, 3), "caption"),
    ]


def test_seed_keeps_each_caption_once_with_its_credit(articles: list[Article]) -> None:
    first, second = articles
    assert [c.credit for c in first.captions] == ["Iraqi Defense Ministry/AFP"]
    assert [c.credit for c in second.captions] == ["AP"]
    for article, opening in zip(
        articles, ("A handout picture", "Syrian opposition fighters"), strict=True
    ):
        (caption,) = article.captions
        text = article.text[caption.start : caption.end]
        assert text.startswith(opening) and text.endswith("2024.")
        assert article.text.count(text) == 1


def test_seed_body_has_no_debris_and_credit_is_unglued(articles: list[Article]) -> None:
    first, second = articles
    for article in articles:
        assert "\nTT\n" not in f"\n{article.text}\n"
        assert not article.text.startswith((" ", "\n")) and not article.text.endswith((" ", "\n"))
        assert "\n\n\n" not in article.text
    assert "Tuesday Dec. 3, 2024. (AP)" in second.text
    assert ".(AP)" not in second.text
    assert first.text.startswith("A handout picture")
    assert first.text.endswith("implemented in recent years.")
    assert "Erdogan" not in first.text and "Hama" in second.text
    assert second.text.endswith("the statement said.")


def test_seed_ids_and_hashes_follow_the_recipe(articles: list[Article]) -> None:
    for article in articles:
        assert article.article_id == make_id("art", "", SEED.name, article.doc_id)
        assert article.content_hash == digest(article.text, article.title, article.published)
        assert article.source == str(SEED)
    assert articles[0].article_id != articles[1].article_id
