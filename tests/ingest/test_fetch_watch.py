"""``sitroom watch --once`` against a local server: fetch, keep raw answers, ingest, no repeats."""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from sitroom.errors import SourceError
from sitroom.ingest.watch import parse_every, read_feed_list
from sitroom.serve.cli import app
from tests.ingest.http_fixture import Page, Site, serve

ITEM = """<item><title>{title}</title><link>{base}/{slug}</link><guid>{base}/{slug}</guid>
<pubDate>Tue, 03 Dec 2024 08:15:00 GMT</pubDate><description>{summary}</description></item>"""
PAGE = """<html><head><title>{title}</title></head><body><article>
<h1>{title}</h1><p>{body}</p><p>Officials in Baghdad confirmed the decision on Monday.</p>
</article></body></html>"""


def _feed(base: str, items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        ITEM.format(title=title, base=base, slug=slug, summary=summary)
        for slug, title, summary in items
    )
    return (
        f'<rss version="2.0"><channel><title>Local Wire</title>{entries}</channel></rss>'.encode()
    )


ITEMS = [
    ("a1", "Iraq closes crossing", "Iraq closed the border crossing with Syria."),
    ("a2", "Talks in Ankara", "Turkish and Iraqi ministers met in Ankara."),
]


@pytest.fixture
def site() -> Iterator[Site]:
    with serve(Site()) as running:
        running.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        running.pages["/feed.xml"] = Page(_feed(running.base, ITEMS), "application/rss+xml", '"1"')
        for slug, title, summary in ITEMS:
            running.pages[f"/{slug}"] = Page(PAGE.format(title=title, body=summary).encode())
        yield running


def _watch(tmp_path: Path, *extra: str) -> str:
    args = ["watch", str(tmp_path / "feeds.txt"), "--once", "--db", str(tmp_path / "w.db"),
            "--raw", str(tmp_path / "raw"), "--host-interval", "0", *extra]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.output


def _articles(tmp_path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(tmp_path / "w.db")
    rows = conn.execute("SELECT url, outlet, title FROM articles ORDER BY url").fetchall()
    conn.close()
    return rows


@pytest.mark.model
def test_watch_fetches_stores_raw_and_does_not_repeat(tmp_path: Path, site: Site) -> None:
    (tmp_path / "feeds.txt").write_text(f"# wire\n{site.base}/feed.xml\n\n", encoding="utf-8")
    _watch(tmp_path, "--fetch")
    assert [row[0] for row in _articles(tmp_path)] == [f"{site.base}/a1", f"{site.base}/a2"]
    assert {row[1] for row in _articles(tmp_path)} == {"Local Wire"}
    (round_dir,) = [p for p in (tmp_path / "raw").iterdir() if p.is_dir()]
    with gzip.open(round_dir / "responses.warc.gz", "rb") as handle:
        urls = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(handle)]
    assert urls == [f"{site.base}/feed.xml", f"{site.base}/a1", f"{site.base}/a2"]
    state = json.loads((tmp_path / "raw" / "state.json").read_text())
    assert state["validators"][f"{site.base}/feed.xml"] == {"etag": '"1"'}

    # Unchanged feed: a conditional GET answered 304, no page fetched again.
    before = len(site.log)
    _watch(tmp_path, "--fetch")
    assert site.paths()[before:] == ["/robots.txt", "/feed.xml"]
    assert site.log[-1][2]["If-None-Match"] == '"1"'

    # One new entry: only its page is fetched; old entries are not ingested again.
    items = [*ITEMS, ("a3", "Aid arrives", "The UN delivered aid to Aleppo.")]
    site.pages["/feed.xml"] = Page(_feed(site.base, items), "application/rss+xml", '"2"')
    site.pages["/a3"] = Page(PAGE.format(title="Aid arrives", body=items[2][2]).encode())
    before = len(site.log)
    output = _watch(tmp_path, "--fetch")
    assert [p for p in site.paths()[before:] if p.startswith("/a")] == ["/a3"]
    assert "1 new entries" in output
    assert len(_articles(tmp_path)) == 3


@pytest.mark.model
def test_without_fetch_the_summary_is_the_text(tmp_path: Path, site: Site) -> None:
    (tmp_path / "feeds.txt").write_text(f"{site.base}/feed.xml\n", encoding="utf-8")
    _watch(tmp_path)
    assert not [p for p in site.paths() if p.startswith("/a")]
    conn = sqlite3.connect(tmp_path / "w.db")
    texts = [row[0] for row in conn.execute("SELECT text FROM articles ORDER BY url")]
    conn.close()
    assert texts == [ITEMS[0][2], ITEMS[1][2]]


def test_feed_list_and_interval_parsing(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("https://a.example/rss  # main\n\n# off\nhttp://b.example/atom\n", "utf-8")
    assert read_feed_list(path) == ["https://a.example/rss", "http://b.example/atom"]
    path.write_text("/etc/passwd\n", "utf-8")
    with pytest.raises(SourceError):
        read_feed_list(path)
    assert parse_every("15m") == 900 and parse_every("90s") == 90 and parse_every("2") == 2
    with pytest.raises(SourceError):
        parse_every("soon")
