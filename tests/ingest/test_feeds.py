"""RSS/Atom feeds: one document per entry, with title, link, date and outlet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitroom import ingest
from sitroom.ingest.feeds import fragment_text, parse_feed
from sitroom.model import RawDocument, Skip, SkipReason

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Example Wire</title><link>https://news.example/</link>
  <item>
    <title>Iraq closes border crossing</title>
    <link>https://news.example/a1</link>
    <guid>https://news.example/a1</guid>
    <pubDate>Tue, 03 Dec 2024 08:15:00 GMT</pubDate>
    <description>&lt;p&gt;Iraq closed the border with Syria on Monday.&lt;/p&gt;
      &lt;p&gt;Officials said so.&lt;/p&gt;</description>
  </item>
  <item>
    <title>No body</title>
    <link>https://news.example/a2</link>
  </item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Times</title>
  <entry>
    <id>tag:atom.example,2024:1</id>
    <title>Türkiye talks</title>
    <link href="https://atom.example/t1"/>
    <updated>2024-12-02T10:00:00Z</updated>
    <content type="html">&lt;p&gt;Erdoğan spoke with Putin by phone.&lt;/p&gt;</content>
    <summary>short</summary>
  </entry>
</feed>""".encode()


def test_rss_entries_carry_title_url_date_and_outlet() -> None:
    items = list(parse_feed(RSS, source="wire.rss"))
    first, second = items
    assert isinstance(first, RawDocument)
    assert first.doc_id == "https://news.example/a1"
    assert first.url == "https://news.example/a1"
    assert first.title == "Iraq closes border crossing"
    assert first.published == dt.date(2024, 12, 3)
    assert first.outlet == "Example Wire"
    assert first.text == "Iraq closed the border with Syria on Monday.\nOfficials said so."
    assert first.source == "wire.rss:1" and first.position == 0
    assert isinstance(second, Skip) and second.reason is SkipReason.EMPTY


def test_atom_content_wins_over_summary() -> None:
    (entry,) = parse_feed(ATOM, source="t.atom")
    assert isinstance(entry, RawDocument)
    assert entry.doc_id == "tag:atom.example,2024:1"
    assert entry.text == "Erdoğan spoke with Putin by phone."
    assert entry.published == dt.date(2024, 12, 2)
    assert entry.outlet == "Atom Times"


def test_fetched_page_replaces_the_summary_and_falls_back_when_missing() -> None:
    pages = {"https://news.example/a1": "<html><body><p>Full page.</p></body></html>"}
    first, second = parse_feed(RSS, source="wire.rss", fetch_page=pages.get)
    assert isinstance(first, RawDocument) and first.html == pages["https://news.example/a1"]
    assert first.text is None
    assert isinstance(second, Skip)  # no page and no summary


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html><body>not a feed</body></html>", SkipReason.UNSUPPORTED),
        (b"<rss version='2.0'><channel><title>x</title></channel></rss>", SkipReason.EMPTY),
        (b"\x00\xff<<<", SkipReason.UNREADABLE),
    ],
)
def test_a_file_that_is_not_a_usable_feed_is_a_skip(data: bytes, reason: SkipReason) -> None:
    (item,) = parse_feed(data, source="x.xml")
    assert isinstance(item, Skip) and item.reason is reason


def test_a_string_that_looks_like_a_url_is_never_fetched() -> None:
    (item,) = parse_feed(b"https://example.invalid/feed", source="x.xml")
    assert isinstance(item, Skip)


def test_read_dispatches_feed_suffixes(tmp_path: Path) -> None:
    (tmp_path / "a.rss").write_bytes(RSS)
    (tmp_path / "b.atom").write_bytes(ATOM)
    (tmp_path / "c.xml").write_bytes(RSS)
    items = list(ingest.read([str(tmp_path)]))
    docs = [item for item in items if isinstance(item, RawDocument)]
    assert [doc.source for doc in docs] == [
        f"{tmp_path}/a.rss:1",
        f"{tmp_path}/b.atom:1",
        f"{tmp_path}/c.xml:1",
    ]


def test_fragment_text_keeps_paragraphs_and_drops_markup() -> None:
    assert fragment_text("<p>One &amp; <b>two</b></p><p>three</p>") == "One & two\nthree"
    assert fragment_text("<br/>  ") is None
