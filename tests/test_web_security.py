"""Security of the web app: headers, escaping of hostile posts and queries, request limits, loopback only."""

import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from communique.cli import cli, is_loopback
pytest_plugins = ["web_support"]  # fixtures: client, web_db_path
XSS_ID = "xss-post-1"  # web_support.XSS_ID: the hostile post

URLS = ["/", "/search?q=Lavrov", "/timeline", "/network", "/state/RUS", "/person/Sergey%20Lavrov", "/org/SCO",
        f"/post/{XSS_ID}", "/feed", "/api/stats", "/api/events?limit=1", "/static/style.css", "/nowhere", "/api/nowhere"]
HOSTILE_Q = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', "'; DROP TABLE posts; --", "NEAR(", '"',
             "*", "AND OR NOT", "\x00", "Lavrov\x00<b>", "javascript:alert(1)", "%3Cscript%3E", "{{7*7}}"]
ALERT = re.compile(r"<script>alert|<svg onload|<img src=x onerror|onmouseover=\"alert|href=\"javascript:", re.I)


@pytest.mark.parametrize("url", URLS)
def test_security_headers_everywhere(client, url):
    headers = client.get(url).headers
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("url", ["/", "/search?q=Lavrov", "/timeline", "/network?level=person", "/state/RUS",
                                 f"/post/{XSS_ID}"])
def test_pages_have_no_inline_script_or_style(client, url):
    html = client.get(url).text
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", html))
    assert not re.search(r"<[^>]+\son[a-z]+\s*=", html)
    assert not re.search(r"<[^>]+\sstyle\s*=", html)
    assets = re.findall(r'<script src="([^"]+)"', html) + re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert assets and all(a.startswith("/static/") for a in assets)  # served by the app, no CDN


@pytest.mark.parametrize("url", [f"/post/{XSS_ID}", "/search?q=onmouseover", "/search?q=alert+xss",
                                 "/timeline?since=2024-05-01&until=2024-05-01", "/network?pair=CHN,RUS&since=2024-05",
                                 "/state/CHN", "/search?channel=hostile%22%3E%3Cscript%3Ealert(3)%3C%2Fscript%3E"])
def test_hostile_post_is_shown_as_text(client, url):
    html = client.get(url).text
    assert client.get(url).status_code == 200
    assert not ALERT.search(html), ALERT.search(html)


def test_hostile_post_page_keeps_the_payload_visible(client):
    html = client.get(f"/post/{XSS_ID}").text
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in html
    assert "&#34; onmouseover=&#34;alert(1)&#34;" in html
    assert "javascript:alert(4)" not in html  # a non-http(s) source URL is not linked at all
    assert "&lt;Beijing&gt;" in html


def test_hostile_post_in_feeds_is_escaped(client):
    response = client.get("/feed", params={"q": "onmouseover"})
    assert b"<script>" not in response.content
    feed = ET.fromstring(response.content)
    ns = "{http://www.w3.org/2005/Atom}"
    entry = feed.find(f"{ns}entry")
    assert entry.find(f"{ns}title").text == '<img src=x onerror="alert(5)">'
    assert '<script>alert("xss")</script>' in entry.find(f"{ns}content").text


@pytest.mark.parametrize("q", HOSTILE_Q)
def test_hostile_search_words(client, q):
    html_response = client.get("/search", params={"q": q})
    assert html_response.status_code == 200
    assert not ALERT.search(html_response.text)
    for path in ("/api/posts", "/feed", "/timeline", "/api/events"):
        assert client.get(path, params={"q": q}).status_code == 200, path


def test_search_words_are_not_templates(client):
    assert 'value="{{7*7}}"' in client.get("/search", params={"q": "{{7*7}}"}).text


def test_request_limits(client):
    assert client.get("/api/stats", headers={"content-length": "999999"}).status_code == 413
    response = client.get("/search", params={"q": "x" * 200, "person": "y" * 400, "org": "z" * 400,
                                             "channel": "w" * 400, "type": "v" * 400, "until": "u" * 400,
                                             "since": "t" * 400, "actor": "s" * 400, "extra": "r" * 2000})
    assert response.status_code == 414
    assert client.get("/api/posts", params={"q": "x" * 501}).status_code == 400
    assert client.get("/api/events", params={"limit": 10_000}).status_code == 400


def test_serve_refuses_remote_hosts(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "--allow-remote" in result.output and "127.0.0.1" in result.output


def test_serve_needs_an_existing_database(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "no database here" in result.output


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True),
                                            ("0.0.0.0", False), ("192.168.1.4", False), ("example.org", False), ("::", False)])
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback
