"""Take the README's screenshot: the page at 1366x768 over a store, one linked event open.

    .venv/bin/python -m tests.browser.screenshot STORE.db docs/screenshot.png

The store is any ``sitroom ingest`` output (the README's is the seed plus a sample of
Guardian articles, ingested into a temporary file outside the repository). Uses
Debian's chromium through Playwright, like the browser tests; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from tests.browser.launch import ARGS, CHROMIUM, serving


def most_reported(db: Path) -> str | None:
    """A report of the linked event with the most sources (ties: most reports, then id)."""
    row = (
        sqlite3.connect(db)
        .execute(
            "SELECT first_event_id FROM linked_events ORDER BY n_sources DESC, n_reports DESC,"
            " linked_id LIMIT 1"
        )
        .fetchone()
    )
    return str(row[0]) if row else None


def shoot(db: Path, out: Path) -> list[str]:
    """Save the screenshot; returns the URLs that left 127.0.0.1 (none expected)."""
    outside: list[str] = []
    server = serving(db)
    base = next(server)
    try:
        with sync_playwright() as play:
            browser = play.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1366, "height": 768})
            page.on(
                "request",
                lambda r: None if r.url.startswith(base + "/") else outside.append(r.url),
            )
            event = most_reported(db)
            page.goto(base + "/" + (f"?event={event}" if event else ""))
            expect(page.locator("#events li").first).to_be_visible(timeout=20_000)
            expect(page.locator("#map path.land").first).to_be_attached(timeout=20_000)
            expect(page.locator("#network canvas").first).to_be_attached()
            if event:
                expect(page.locator("#detail mark#evidence")).to_be_visible(timeout=20_000)
            page.wait_for_timeout(1000)  # let the network layout settle
            # Scroll to the timeline: the list (with report counts) and the open event's
            # reports come into view under it, with the network beside.
            page.evaluate(
                "window.scrollTo(0, document.querySelector('.panel.timeline').offsetTop - 8)"
            )
            page.screenshot(path=str(out))
            browser.close()
    finally:
        next(server, None)  # runs the code after its yield: stops uvicorn
    return outside


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    outside = shoot(args.db, args.out)
    print(f"saved {args.out}; requests outside 127.0.0.1: {len(outside)}")


if __name__ == "__main__":
    main()
