"""The page in real Chromium against a server on 127.0.0.1: filter, read, review, stay local."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.launch import ARGS, CHROMIUM, serving
from tests.serve.test_api import ASSERTED, build_store
from tests.serve.test_api_linked import link_by_hand

TOKEN = "browser-token"

pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists():
    if os.environ.get("SITROOM_REQUIRE_BROWSER"):  # CI: a missing browser is a failure
        raise RuntimeError(f"{CHROMIUM} is missing and SITROOM_REQUIRE_BROWSER is set")
    print(f"browser tests skipped: {CHROMIUM} is missing (apt-get install chromium)")
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serving(build_store(tmp_path_factory.mktemp("browser") / "page.db"), TOKEN)


@pytest.fixture(scope="module")
def linked_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same events, with two groups of reports linked (3 + 2: ten linked events)."""
    db = build_store(tmp_path_factory.mktemp("browser-linked") / "page.db")
    conn = sqlite3.connect(db)
    by_date = [row[0] for row in conn.execute("SELECT event_id FROM events ORDER BY date")]
    conn.close()
    link_by_hand(db, [[by_date[0], by_date[5], by_date[11]], [by_date[2], by_date[8]]])
    yield from serving(db, TOKEN)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("SITROOM_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"screenshots in {folder}")
    return folder


@pytest.fixture
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as play:
        chromium = play.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def test_filter_read_review_and_stay_local(server: str, browser: object, shots: Path) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})  # type: ignore[attr-defined]
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(server + "/")
    items = page.locator("#events li")
    sync_api.expect(items).to_have_count(ASSERTED)
    sync_api.expect(page.locator("#map path.land").first).to_be_attached(timeout=10_000)
    sync_api.expect(page.locator("#map g.pt").first).to_be_visible()
    sync_api.expect(page.locator("#timeline canvas").first).to_be_attached()
    sync_api.expect(page.locator("#network canvas").first).to_be_attached()
    page.screenshot(path=str(shots / "page-1366.png"))

    # A filter changes every view and the URL.
    page.select_option("#f-type", "ASSAULT")
    sync_api.expect(items).to_have_count(3)
    assert "type=ASSAULT" in page.url
    # The URL is a bookmark: loading it again gives the same view.
    page.goto(page.url)
    sync_api.expect(items).to_have_count(3)

    # Keyboard: focus an event and open it with Enter.
    items.first.focus()
    page.keyboard.press("Enter")
    mark = page.locator("#detail mark#evidence")
    sync_api.expect(mark).to_contain_text("forces shelled Aleppo near the border.")
    sync_api.expect(page.locator("#detail")).to_contain_text("Officials met in Ankara.")
    page.screenshot(path=str(shots / "evidence.png"))

    # Review mode: reject the open event in place.
    page.locator("details.token summary").click()
    page.fill("#token", TOKEN)
    page.click("#token-save")
    form = page.locator("form.review-form")
    sync_api.expect(form).to_be_visible()
    form.locator("select[name=action]").select_option("reject")
    form.locator("textarea[name=reason]").fill("not an attack: a drill")
    form.locator("button[type=submit]").click()
    sync_api.expect(items).to_have_count(2)
    sync_api.expect(page.locator("#detail")).to_contain_text("rejected by web")
    page.screenshot(path=str(shots / "reviewed.png"))

    # Phone width still shows the list and the map.
    page.set_viewport_size({"width": 390, "height": 844})
    page.click("#reset")
    sync_api.expect(items).to_have_count(ASSERTED - 1)
    page.screenshot(path=str(shots / "page-390.png"), full_page=True)

    assert errors == []
    outside = [url for url in requests if not url.startswith(server + "/")]
    assert requests and outside == [], outside


def test_linked_events_and_their_reports(linked_server: str, browser: object, shots: Path) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(linked_server + "/")
    items = page.locator("#events li")
    sync_api.expect(items).to_have_count(ASSERTED - 3)  # 13 reports, 10 linked events
    three = items.filter(has_text="3 reports")
    sync_api.expect(three).to_have_count(1)
    sync_api.expect(items.filter(has_text="2 reports")).to_have_count(1)
    three.click()
    reports = page.locator("#detail .reports-list li")
    sync_api.expect(reports).to_have_count(3)
    sync_api.expect(page.locator("#detail .reports-list h4")).to_contain_text("3 reports")
    # Another report of the same event opens in place, with its own sentence marked.
    other = (
        reports.filter(has_not=page.locator(".current")).and_(page.locator("[role=button]")).first
    )
    sentence = other.locator("div").inner_text()
    other.click()
    sync_api.expect(page.locator("#detail mark#evidence")).to_have_text(sentence)
    sync_api.expect(page.locator("#detail .reports-list li")).to_have_count(3)
    page.screenshot(path=str(shots / "linked.png"))
    # One row per report, kept in the URL like every filter.
    page.check("input[name=reports]")
    sync_api.expect(items).to_have_count(ASSERTED)
    assert "reports=true" in page.url
    assert errors == []


def test_api_docs_render_offline(server: str, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server + "/docs")
    sync_api.expect(page.locator(".opblock").first).to_be_visible(timeout=15_000)
    assert page.locator(".opblock").count() >= 8
    outside = [url for url in requests if not url.startswith(server + "/")]
    assert outside == [], outside
