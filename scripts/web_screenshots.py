#!/usr/bin/env python3
"""Screenshots of the web app for the README: docs/screenshots/*.png.

Usage: python scripts/web_screenshots.py URL   (a running ``communique serve`` over the corpora)

Needs Playwright for Python and Debian's Chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = {
    "overview": "/",
    "search": "/search?q=Lavrov+Wang+Yi",
    "timeline": "/timeline?actor=USA",
    "network": "/network?since=2025",
    "dossier": "/state/RUS",
    "post": "/search?q=Touadera&type=meeting",  # the first result is opened below
}


def main(base: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(base_url=base, viewport={"width": 1200, "height": 800})
        for name, url in PAGES.items():
            page.goto(url)
            if name == "post":
                page.locator("li.result h3 a").first.click()
                page.wait_for_url("**/post/**")
            page.screenshot(path=str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
