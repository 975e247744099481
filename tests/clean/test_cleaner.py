"""clean.clean: ids, splitting only for .txt dumps, text kept byte for byte, skips."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.clean import clean
from sitroom.clean.cleaner import source_file
from sitroom.ids import make_id
from sitroom.model import Article, RawDocument, Skip, SkipReason

DUMP = (
    "Storm Hits the Coast\n\nStorm Hits the Coast\n\n"
    "Winds of 120 km/h hit the coast on Monday.\n\n\n"
    "Parliament Passes the Budget\n\nParliament Passes the Budget\n\nThe vote was 201 to 150.\n"
)


def _articles(raw: RawDocument) -> list[Article]:
    result = clean(raw)
    assert isinstance(result, list), result
    return result


@pytest.mark.parametrize(
    ("source", "name"),
    [("a/b/docs.jsonl:12", "docs.jsonl"), ("dump.txt", "dump.txt"), ("<stdin>:3", "<stdin>"),
     ("/x/page.html", "page.html"), ("<api>", "<api>")],
)  # fmt: skip
def test_source_file_drops_folder_and_line(source: str, name: str) -> None:
    assert source_file(source) == name


def test_clean_splits_a_txt_dump_into_numbered_articles() -> None:
    first, second = _articles(RawDocument(doc_id="d.txt", source="in/d.txt", text=DUMP))
    assert (first.doc_id, second.doc_id) == ("d.txt#1", "d.txt#2")
    assert (first.title, second.title) == ("Storm Hits the Coast", "Parliament Passes the Budget")
    assert first.text == "Winds of 120 km/h hit the coast on Monday."
    assert first.article_id == make_id("art", "", "d.txt", "d.txt#1")


def test_clean_does_not_split_a_jsonl_record() -> None:
    (article,) = _articles(RawDocument(doc_id="r1", source="in/d.jsonl:4", text=DUMP))
    assert article.doc_id == "r1"
    assert article.title == "Storm Hits the Coast"
    assert "Parliament Passes the Budget" in article.text


def test_clean_keeps_clean_text_byte_for_byte_with_input_fields() -> None:
    text = "  EU - UK TALKS RESUME .\r\nBRUSSELS 1996-08-30\r\nTalks resumed on Friday .\n\n"
    raw = RawDocument(
        doc_id="x", source="d.jsonl:1", text=text, title="Talks", published=dt.date(1996, 8, 30),
        url="https://example.org/x", outlet="Wire",
    )  # fmt: skip
    (article,) = _articles(raw)
    assert article.text == text
    assert (article.title, article.url, article.outlet) == (
        "Talks",
        "https://example.org/x",
        "Wire",
    )
    assert (article.published, article.published_from) == (dt.date(1996, 8, 30), "input")


def test_clean_ids_are_deterministic_and_depend_on_url_file_and_doc_id() -> None:
    raw = RawDocument(doc_id="x", source="a/d.jsonl:1", text="Some text.")
    same_file_elsewhere = RawDocument(doc_id="x", source="b/d.jsonl:9", text="Other text.")
    with_url = RawDocument(doc_id="x", source="a/d.jsonl:1", text="Some text.", url="https://e.org")
    other_id = RawDocument(doc_id="y", source="a/d.jsonl:1", text="Some text.")
    ids = [
        _articles(item)[0].article_id
        for item in (raw, raw, same_file_elsewhere, with_url, other_id)
    ]
    assert ids[0] == ids[1] == ids[2]
    assert len({ids[0], ids[3], ids[4]}) == 3
    assert _articles(raw)[0].content_hash != _articles(same_file_elsewhere)[0].content_hash


def test_clean_published_none_when_nothing_says() -> None:
    (article,) = _articles(RawDocument(doc_id="x", source="d.jsonl:1", text="No dates at all."))
    assert (article.published, article.published_from) == (None, "none")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (
            RawDocument(doc_id="x", source="d.jsonl:1", text="Advertisement\nTT\n"),
            SkipReason.NO_TEXT,
        ),
        (RawDocument(doc_id="x", source="d.jsonl:1", text="   \n"), SkipReason.NO_TEXT),
        (RawDocument(doc_id="x", source="d.jsonl:1"), SkipReason.MISSING_FIELD),
    ],
)
def test_clean_nothing_to_analyse_is_a_skip(raw: RawDocument, reason: SkipReason) -> None:
    result = clean(raw)
    assert isinstance(result, Skip) and result.reason is reason
    assert result.doc_id == "x" and "d.jsonl:1" in result.message()
