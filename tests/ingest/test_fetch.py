"""The polite fetcher against a local server: robots.txt, retries, rate limit, conditional GET."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitroom.ingest.fetch import USER_AGENT, Fetcher, FetchOptions, Response
from sitroom.model import Skip, SkipReason
from tests.ingest.http_fixture import Page, Site, serve

ROBOTS = b"User-agent: *\nDisallow: /private/\n"


@pytest.fixture
def site() -> Iterator[Site]:
    pages = {
        "/robots.txt": Page(ROBOTS, "text/plain"),
        "/feed.xml": Page(b"<rss/>", "application/rss+xml", etag='"v1"'),
        "/private/page": Page(b"secret"),
        "/flaky": Page(b"finally", fail_first=2),
        "/down": Page(b"never", fail_first=99),
        "/a": Page(b"a"),
        "/b": Page(b"b"),
    }
    with serve(Site(pages)) as running:
        yield running


def _fetcher(**options: float) -> Fetcher:
    waits: list[float] = []
    fetcher = Fetcher(FetchOptions(timeout=5, backoff=0.01, min_interval=0, **options))  # type: ignore[arg-type]
    fetcher.sleep = waits.append  # record the waits instead of sleeping
    return fetcher


def test_user_agent_names_sitroom_and_robots_is_read_first(site: Site) -> None:
    fetcher = _fetcher()
    response = fetcher.get(f"{site.base}/a")
    assert isinstance(response, Response) and response.body == b"a"
    assert site.paths() == ["/robots.txt", "/a"]
    assert all(headers["User-Agent"] == USER_AGENT for _, _, headers in site.log)
    assert USER_AGENT.startswith("sitroom/")


def test_robots_disallow_is_obeyed(site: Site) -> None:
    result = _fetcher().get(f"{site.base}/private/page")
    assert isinstance(result, Skip) and "robots.txt" in result.detail
    assert "/private/page" not in site.paths()


def test_unreachable_robots_means_disallow(site: Site) -> None:
    site.pages["/robots.txt"] = Page(b"", fail_first=99)
    result = _fetcher(retries=0).get(f"{site.base}/a")
    assert isinstance(result, Skip) and "/a" not in site.paths()


def test_missing_robots_means_allow(site: Site) -> None:
    del site.pages["/robots.txt"]
    assert isinstance(_fetcher().get(f"{site.base}/a"), Response)


def test_server_errors_are_retried_with_growing_backoff(site: Site) -> None:
    fetcher = Fetcher(FetchOptions(timeout=5, backoff=0.5, min_interval=0, retries=3))
    waits: list[float] = []
    fetcher.sleep = waits.append
    response = fetcher.get(f"{site.base}/flaky")
    assert isinstance(response, Response) and response.body == b"finally"
    assert site.paths().count("/flaky") == 3
    assert waits == [0.0, 0.0]  # Retry-After: 0 from the server wins over the backoff


def test_backoff_doubles_without_retry_after(site: Site) -> None:
    fetcher = Fetcher(FetchOptions(timeout=5, backoff=0.5, min_interval=0, retries=2))
    waits: list[float] = []
    fetcher.sleep = waits.append
    result = fetcher.get("http://127.0.0.1:9/nothing-listens-here")
    # robots.txt is the first request to fail; without it nothing is fetched.
    assert isinstance(result, Skip) and result.reason is SkipReason.UNREADABLE
    assert waits == [0.5, 1.0]
    assert "robots.txt unreachable" in result.detail and "3 attempts" in result.detail


def test_giving_up_after_retries_is_a_skip(site: Site) -> None:
    result = _fetcher(retries=2).get(f"{site.base}/down")
    assert isinstance(result, Skip) and "HTTP 503" in result.detail
    assert site.paths().count("/down") == 3


def test_conditional_get_turns_an_unchanged_feed_into_a_304(site: Site) -> None:
    fetcher = _fetcher()
    first = fetcher.get(f"{site.base}/feed.xml")
    second = fetcher.get(f"{site.base}/feed.xml")
    assert isinstance(first, Response) and first.status == 200
    assert isinstance(second, Response) and second.not_modified and second.body == b""
    assert site.log[-1][2]["If-None-Match"] == '"v1"'
    assert fetcher.validators[f"{site.base}/feed.xml"] == {"etag": '"v1"'}


def test_requests_to_one_host_are_spaced(site: Site) -> None:
    clock = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    fetcher = Fetcher(
        FetchOptions(timeout=5, min_interval=2.0), sleep=sleep, clock=lambda: clock[0]
    )
    fetcher.get(f"{site.base}/a")
    clock[0] += 0.5
    fetcher.get(f"{site.base}/b")
    # robots.txt then /a back to back cost 2 s; /b came 0.5 s after /a: 1.5 s more.
    assert waits == [2.0, 1.5]


def test_not_found_and_non_http_urls_are_skips(site: Site) -> None:
    fetcher = _fetcher()
    missing = fetcher.get(f"{site.base}/nope")
    assert isinstance(missing, Skip) and "404" in missing.detail
    local = fetcher.get("file:///etc/passwd")
    assert isinstance(local, Skip) and local.reason is SkipReason.UNSUPPORTED
