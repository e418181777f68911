"""Every reader, on the real corpora and on small fixtures of each export format's structure."""

import http.server
import threading
from pathlib import Path

import pytest

from communique.clean import clean_text
from communique.errors import InputError
from communique.models import Post, Skipped
from communique.pipeline import records
from communique.sources import detect_format, read

FIXTURES = Path(__file__).parent / "fixtures"


def posts(path, **kwargs):
    return [p for p in read(path, **kwargs) if isinstance(p, Post)]


def test_channel_dump_gives_19_posts_each_text_once(corpus):
    found = posts(corpus["sco"])
    assert len(found) == 19
    assert all(p.forwarded_from == "Russian MFA 🇷🇺" for p in found)
    for p in found:
        text = clean_text(p.text)
        lines = [l for l in text.split("\n") if len(l) > 40]
        assert len(lines) == len(set(lines)), f"a repeated body survived in post {p.source_id}"


def test_channel_dump_keeps_a_leading_hashtag_line_with_its_post(corpus):
    last = posts(corpus["sco"])[-1]
    assert last.text.startswith("#RussiaChina")
    assert "On September 25, Sergey Lavrov met" in last.text


def test_mfa_csv_columns_are_recognised(corpus):
    found = posts(corpus["mfa"])
    assert len(found) == 505
    first = found[0]
    assert first.source_id == "28614" and first.published == "2026-03-09T08:04:57+00:00"
    assert "urls" in first.extra and "views" in first.extra


def test_csv_with_another_text_column_is_named_with_an_option(tmp_path):
    table = tmp_path / "posts.csv"
    table.write_text("id,content_en,date\n7,President Vladimir Putin met with President of Laos Thongloun Sisoulith.,2026-01-05\n",
                     encoding="utf-8")
    with pytest.raises(InputError, match="--text-column"):
        list(read(table))
    from communique.sources import ReadOptions

    (post,) = posts(table, options=ReadOptions(text_column="content_en"))
    assert post.source_id == "7" and post.published == "2026-01-05"


def test_readouts_put_the_title_before_the_text(corpus):
    found = posts(corpus["whitehouse"])
    assert len(found) == 1412
    assert found[0].text.startswith(found[0].title + "\n\n")
    assert found[0].published.endswith("-05:00")


def test_telegram_json_export(tmp_path):
    found = posts(FIXTURES / "telegram_result.json")
    assert [p.source_id for p in found] == ["2", "3"]  # the service message and the bare photo are not posts
    assert found[0].channel == "Example Ministry"
    assert found[1].forwarded_from == "Other Channel"
    assert "#SCO summit and cooperation in the #EAEU." in found[1].text  # entity lists flattened in order


def test_truncated_telegram_json_export_is_refused(tmp_path):
    whole = (FIXTURES / "telegram_result.json").read_bytes()
    cut = tmp_path / "result.json"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match="truncated"):
        list(read(cut))


def test_telegram_html_export():
    found = posts(FIXTURES / "telegram_messages.html")
    assert [p.source_id for p in found] == ["2", "3"]
    assert found[0].published == "2026-03-02T17:05:00+03:00"
    assert found[0].text.startswith("🇷🇺🇮🇷 On March 2, Foreign Minister Sergey Lavrov met")
    assert "\n\nThe Ministers discussed #BRICS matters." in found[0].text
    assert found[1].forwarded_from == "Other Channel"


def test_telegram_web_preview():
    found = posts(FIXTURES / "telegram_web.html")
    assert [(p.channel, p.source_id) for p in found] == [("exampleministry", "101"), ("exampleministry", "102")]
    assert found[0].url == "https://t.me/exampleministry/101"
    assert found[1].forwarded_from == "Other Channel"


def test_markdown_press_release():
    (post,) = posts(FIXTURES / "press_release.md")
    assert post.title == "Readout of the Secretary's Meeting with the Foreign Minister of Japan"
    assert post.published == "2026-03-05" and post.source_id == "release-17"
    assert post.text.startswith(post.title + "\n\nToday, Secretary of State Antony Blinken met")


def test_atom_feed():
    found = posts(FIXTURES / "feed.atom")
    assert [p.source_id for p in found] == ["urn:example:ministry:news:201", "urn:example:ministry:news:202"]
    assert found[0].channel == "Example Ministry news"
    assert "held talks with Foreign Minister of Türkiye Hakan Fidan in Antalya" in found[0].text


@pytest.mark.parametrize("name,expected", [
    ("telegram_result.json", "telegram-json"), ("telegram_messages.html", "telegram-html"),
    ("telegram_web.html", "telegram-web"), ("feed.atom", "feed"), ("press_release.md", "markdown"),
])
def test_formats_are_detected_from_content(name, expected):
    assert detect_format(FIXTURES / name) == expected


def test_corpus_formats_are_detected(corpus):
    assert [detect_format(corpus[k]) for k in ("sco", "mfa", "whitehouse")] == ["channel-text", "csv", "jsonl"]


def test_every_fixture_extracts_its_events():
    got = {}
    for r in records(sorted(FIXTURES.iterdir())):
        assert not isinstance(r, Skipped), r
        got[r["text"][:40]] = r["events"][0]
    types = sorted(e["type"] for e in got.values())
    assert types.count("meeting") >= 3 and "phone_call" in types and "message" in types


@pytest.fixture
def web_server():
    """A local server for the fixtures: a live feed and a channel preview, on loopback only."""
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(FIXTURES), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.RequestHandlerClass.log_message = lambda *a: None
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_live_feed_and_channel_preview_over_http(web_server):
    feed_posts = posts(f"{web_server}/feed.atom")
    channel_posts = posts(f"{web_server}/telegram_web.html")
    assert len(feed_posts) == 2 and feed_posts[0].source_file.endswith("/feed.atom")
    assert [p.source_id for p in channel_posts] == ["101", "102"]


def test_an_address_that_fails_names_itself(web_server):
    with pytest.raises(InputError, match="404"):
        list(read(f"{web_server}/missing.atom"))
