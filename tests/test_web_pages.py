"""The HTML pages and feeds, rendered over the three real corpora."""

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from communique.store import Database
pytest_plugins = ["web_support"]  # fixtures: client, web_db_path, scratch_client, make_hostile

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_LINK = re.compile(r'<link rel="alternate" type="application/atom\+xml"[^>]* href="([^"]+)">')


class Links(HTMLParser):
    """The href of every <a>, and the text inside the element with a given id."""

    def __init__(self, text_id=None):
        super().__init__(convert_charrefs=True)
        self.hrefs, self.text_id, self.depth, self.text = [], text_id, 0, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "href" in attrs:
            self.hrefs.append(attrs["href"])
        if self.depth or (self.text_id and attrs.get("id") == self.text_id):
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def parse(html, text_id=None):
    links = Links(text_id)
    links.feed(html)
    return links


def get_page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def feed_of(client, html):
    """The Atom feed a page advertises, parsed."""
    href = FEED_LINK.search(html)[1].replace("&amp;", "&")
    response = client.get(href)
    assert response.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_overview(client):
    html = get_page(client, "/")
    assert "Overview" in html and ">1," in html  # posts and events in the thousands
    hrefs = parse(html).hrefs
    assert {"/search", "/timeline", "/network", "/state/USA", "/state/RUS"} <= set(hrefs)
    assert any(h.startswith("/person/") for h in hrefs) and any(h.startswith("/org/") for h in hrefs)
    assert feed_of(client, html).find(f"{ATOM}entry") is not None


def test_search_results_facets_and_highlights(client):
    html = get_page(client, "/search?q=Lavrov+Wang+Yi")
    assert "<mark>Lavrov</mark>" in html and "<mark>Wang</mark>" in html
    for facet in ("actor", "person", "org", "type", "channel", "year"):
        assert f'data-facet="{facet}"' in html
    facet_links = [h for h in parse(html).hrefs if h.startswith("/search?") and "actor=CHN" in h]
    assert facet_links
    narrowed = get_page(client, facet_links[0].replace("&amp;", "&"))
    assert "actor: CHN" in narrowed and "<mark>Lavrov</mark>" in narrowed


def test_search_pages(client):
    first = get_page(client, "/search?q=Lavrov")
    total = int(re.search(r"1–20 of (\d+)", first)[1])
    assert total > 100
    next_href = [h for h in parse(first).hrefs if "offset=20" in h][0]
    second = get_page(client, next_href)
    assert f"21–40 of {total}" in second and 'rel="prev"' in second
    assert parse_qs(urlsplit(next_href).query)["q"] == ["Lavrov"]


def test_search_feed_matches_the_search(client):
    html = get_page(client, "/search?q=Lavrov&channel=sco-channel-2023-2024")
    feed = feed_of(client, html)
    entries = feed.findall(f"{ATOM}entry")
    assert entries and all("Lavrov" in e.find(f"{ATOM}content").text for e in entries)
    assert all(e.find(f"{ATOM}category").get("term") == "sco-channel-2023-2024" for e in entries)
    assert client.get("/search.atom?q=Lavrov").status_code == 200


def test_search_without_results(client):
    assert "No posts match" in get_page(client, "/search?q=zzzxqwv")


def test_timeline_chart_and_list(client):
    html = get_page(client, "/timeline?actor=RUS&type=meeting")
    assert '<svg viewBox="0 0 960' in html and 'class="t-meeting"' in html
    assert "Events per week" in html
    assert html.count("<tr>") > 20
    bar_links = [h for h in parse(html).hrefs if "since=" in h and "until=" in h]
    assert bar_links and all("actor=RUS" in h and "type=meeting" in h for h in bar_links)
    assert feed_of(client, html) is not None


def test_network_states_and_people(client):
    html = get_page(client, "/network")
    assert 'class="node" data-id="USA"' in html and 'class="edge"' in html
    hrefs = parse(html).hrefs
    assert "/timeline?actor=USA" in hrefs
    pair = [h for h in hrefs if "pair=" in h][0]
    assert "Events of" in get_page(client, pair)
    people = get_page(client, "/network?level=person&actor=RUS")
    assert "Lavrov" in people and 'src="/static/network.js"' in people


@pytest.mark.parametrize("url, words", [
    ("/state/RUS", ["Counterpart states", "Sergey Lavrov", "Frameworks"]),
    ("/state/usa", ["USA", "Counterpart people"]),
    ("/person/Sergey%20Lavrov", ["Sergey Lavrov", "Wang Yi", "Counterpart states"]),
    ("/person/sergey%20lavrov", ["Sergey Lavrov"]),
    ("/org/SCO", ["SCO", "Latest posts"]),
])
def test_dossiers(client, url, words):
    html = get_page(client, url)
    assert all(w in html for w in words)
    assert "<svg" in html and FEED_LINK.search(html)
    assert any(h.startswith("/post/") for h in parse(html).hrefs)


def test_post_shows_highlights_and_events(client, web_db_path):
    with Database(web_db_path, readonly=True) as db:
        event = db.events(actor="CAF", type="meeting", limit=1)[0]
        record = db.post(event["post_id"])
    html = get_page(client, f"/post/{record['post_id']}")
    assert 'class="ev ev-participants' in html and 'class="ev ev-date' in html
    shown = "".join(parse(html, "post-text").text)
    assert shown == record["text"]
    assert "/state/CAF" in parse(html).hrefs


@pytest.mark.parametrize("url, status", [("/post/nope", 404), ("/nowhere", 404), ("/state/R", 400),
                                          ("/person/Nobody%20Atall", 404), ("/timeline?since=soon", 400),
                                          ("/search?limit=1000", 400)])
def test_error_pages(client, url, status):
    html = get_page(client, url, status)
    assert f"Error {status}" in html and 'class="error-message"' in html


payloads = st.sampled_from(['<script>alert(1)</script>', '" onmouseover="alert(1)', "'><img src=x onerror=alert(1)>",
                            "&amp;", "</textarea>", "]]>", "<!--", "\u2028", "Lavrov"])
texts = st.lists(st.one_of(payloads, st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.just("\n"),
                                             max_size=30)), min_size=1, max_size=6).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts.filter(lambda t: t.strip()))
def test_post_text_round_trips_escaped(scratch_client, make_hostile, text):
    client = scratch_client
    post_id = f"prop-{abs(hash(text))}"
    record = make_hostile(post_id, text, evidence={"organisations": [[0, len(text)]]}, events=[])
    client.db.ingest([record])
    html = get_page(client, f"/post/{post_id}")
    assert "".join(parse(html, "post-text").text) == text
    assert "<script>alert" not in html and "onmouseover=\"alert" not in html
    feed = ET.fromstring(client.get("/feed", params={"channel": record["channel"], "limit": 200}).content)
    contents = {e.find(f"{ATOM}id").text.rsplit("/", 1)[1]: e.find(f"{ATOM}content").text or "" for e in feed.iter(f"{ATOM}entry")}
    assert contents[post_id] == text
