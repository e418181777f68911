"""End to end in a real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.

The app runs under uvicorn on a free loopback port. Screenshots of each page
go to test-artifacts/screenshots/.
"""

from pathlib import Path

import pytest

pytest_plugins = ["web_support"]  # fixtures: live_server, web_db_path, xss_id

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.is_file(), reason="needs Chromium at /usr/bin/chromium (apt-get install -y chromium)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page; fails the test on any dialog, page error or CSP violation."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems = []
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    yield page
    context.close()
    assert not problems


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_search_then_facet(page):
    page.goto("/")
    shot(page, "overview")
    page.fill("header input[name=q]", "Lavrov Wang Yi")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Lavrov+Wang+Yi")
    assert page.locator(".snippet mark").count() > 3
    shot(page, "search")
    page.locator('[data-facet="actor"] a', has_text="CHN").click()
    page.wait_for_url("**actor=CHN**")
    assert page.locator(".chip", has_text="actor: CHN").is_visible()
    assert page.locator("li.result").count() > 0
    shot(page, "search-facet")


def test_dossier_from_the_overview(page):
    page.goto("/")
    page.locator("a.state", has_text="RUS").first.click()
    page.wait_for_url("**/state/RUS")
    assert page.locator("h1").inner_text() == "RUS"
    assert page.locator(".timeline-chart rect").count() > 10
    assert page.locator("a.person", has_text="Sergey Lavrov").count() > 0
    shot(page, "dossier-state")
    page.locator("a.person", has_text="Sergey Lavrov").first.click()
    page.wait_for_url("**/person/**")
    assert "Sergey Lavrov" in page.locator("h1").inner_text()
    shot(page, "dossier-person")


def test_network_node_click(page):
    page.goto("/network")
    node = page.locator('a.node[data-id="USA"]')
    node.hover()
    assert "focused" in page.locator("#network").get_attribute("class")  # network.js ran under the CSP
    assert page.locator("a.edge.lit").count() > 5
    shot(page, "network")
    node.click()
    page.wait_for_url("**/timeline?actor=USA")
    assert page.locator("table.events tbody tr").count() == 50
    shot(page, "timeline")


def test_post_highlights(page, web_db_path):
    from communique.store import Database

    with Database(web_db_path, readonly=True) as db:
        post_id = db.events(actor="CAF", type="meeting", limit=1)[0]["post_id"]
    page.goto(f"/post/{post_id}")
    marks = page.locator("#post-text mark.ev")
    assert marks.count() > 3 and marks.first.is_visible()
    assert page.locator("#post-text mark.ev-participants").count() > 0
    shot(page, "post")


def test_xss_post_shows_as_text(page, xss_id):
    page.goto(f"/post/{xss_id}")
    text = page.locator("#post-text").inner_text()
    assert '<script>alert("xss")</script>' in text and '" onmouseover="alert(1)"' in text
    page.locator("#post-text").hover()
    page.goto("/search?q=onmouseover")
    page.locator(".snippet").first.hover()
    assert "<img src=x onerror=" in page.locator("li.result h3").first.inner_text()
    shot(page, "xss")
