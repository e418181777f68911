"""Every reader and the extractor, given random, mutated and hostile input: posts, Skipped items
with their reason, or a CommuniqueError -- never another exception, a hang or a blow-up of memory.

The number of examples per fuzz test is bounded for CI; for a longer campaign run
``COMMUNIQUE_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz_readers.py`` (or
``--hypothesis-profile=long``), or the atheris harness in ``fuzz/fuzz_readers.py``.
"""

import json
import os
import signal
import subprocess
import sys
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from communique.api import extract_text
from communique.errors import CommuniqueError, LimitExceeded
from communique.models import Post, Skipped
from communique.pipeline import records
from communique.sources import FORMATS, read
from communique.store import Database

LONG = settings().max_examples >= 1000  # --hypothesis-profile=long
EXAMPLES = int(os.environ.get("COMMUNIQUE_FUZZ_EXAMPLES") or (settings().max_examples if LONG else 100))
PER_INPUT_SECONDS = 10
TRIED = {"inputs": 0}

SUFFIXES = {"channel-text": ".txt", "telegram-json": ".json", "telegram-html": ".html", "csv": ".csv",
            "jsonl": ".jsonl", "markdown": ".md", "feed": ".xml", "telegram-web": ".html"}
SEEDS = {
    "channel-text": "Forwarded from Russian MFA 🇷🇺\n#SCO\nOn October 16, Sergey Lavrov met Wang Yi in Beijing.\n\n"
                    "Forwarded from Russian MFA 🇷🇺\nMFA, [20.09.2023 18:01]\nTalks in Moscow.\n",
    "telegram-json": json.dumps({"name": "MFA", "type": "public_channel", "id": 1, "messages": [
        {"id": 1, "type": "message", "date": "2023-09-20T18:01:00", "text": ["Lavrov met ", {"type": "bold", "text": "Wang Yi"}, " in Beijing."]},
        {"id": 2, "type": "service", "action": "pin_message"},
        {"id": 3, "type": "message", "date": "2023-09-21T09:00:00", "forwarded_from": "MFA", "text": "Talks in Astana."}]}),
    "telegram-html": '<html><body><div class="page_header"><div class="text">MFA</div></div>'
                     '<div class="message default clearfix" id="message1"><div class="body"><div class="date" title="20.09.2023 18:01:00 UTC+03:00"></div>'
                     '<div class="text">Lavrov met Wang Yi<br>in Beijing.</div></div></div></body></html>',
    "csv": 'message_id,date,text,urls\n1,2025-12-19T10:00:00+00:00,"Lavrov met Wang Yi, in Beijing.",https://t.me/x/1\n'
           '2,2025-12-20T10:00:00+00:00,"A ""quoted"" word",\n',
    "jsonl": '{"id": "a", "title": "Readout of talks", "published": "2024-02-15T10:00:00-05:00", "text": "The President spoke with Prime Minister Modi."}\n'
             '{"id": "b", "text": "Second readout."}\n',
    "markdown": "---\ntitle: Joint statement\ndate: 2024-03-01\nurl: https://example.org/a\n---\nThe ministers met in Astana.\n",
    "feed": '<?xml version="1.0"?><rss version="2.0"><channel><title>MFA</title><item><title>Talks</title>'
            '<link>https://example.org/1</link><pubDate>Tue, 19 Mar 2024 10:00:00 GMT</pubDate>'
            '<description>&lt;p&gt;Lavrov met Wang Yi.&lt;/p&gt;</description></item></channel></rss>',
    "telegram-web": '<html><body><div class="tgme_widget_message js-widget_message" data-post="mfa/7">'
                    '<div class="tgme_widget_message_text">Lavrov met Wang Yi<br/>in Beijing.</div>'
                    '<a class="tgme_widget_message_date" href="https://t.me/mfa/7"><time datetime="2024-03-19T10:00:00+00:00">'
                    '10:00</time></a></div></body></html>',
}
PAYLOADS = [
    b"\x00", b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", "February 30, 2024".encode(), b"2024-02-30", b"30.02.2024 25:61:00",
    "🇷🇺🤝🇨🇳".encode(), "مرحبا بالعالم".encode(), "\u202eevil\u202c".encode(), "\ufeff".encode(), b'"', b'""', b"{", b"}",
    b"[" * 200, b"]", b"<", b"</div>", b"<![CDATA[", b"&lol;", b"\r\n", b"\n\n", b"\r", b"Forwarded from ", b"---\n",
    b"&a [*a, *a]", b"\\u0000", b"\\ud800", b"1" * 5000, b"NaN", b"-1e999", b",,,,", b"\t", b"#" * 100, b"\x1b[31m",
]


@pytest.fixture(scope="module", autouse=True)
def report_count(request):
    yield
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled():  # shown even without -s
        print(f"\nfuzzed inputs tried in {__name__}: {TRIED['inputs']}")


class Hang(Exception):
    pass


@contextmanager
def time_limit(seconds):
    def fire(*_):
        raise Hang(f"no result after {seconds}s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_read(path, format, options=None, seconds=PER_INPUT_SECONDS) -> list:
    """Read ``path`` fully: Posts with text fields, Skipped with a reason, or a CommuniqueError."""
    TRIED["inputs"] += 1
    with time_limit(seconds):
        try:
            items = list(read(path, format, options))
        except CommuniqueError as ex:
            assert str(ex).strip()
            return [ex]
    for item in items:
        assert isinstance(item, (Post, Skipped)), item
        if isinstance(item, Skipped):
            assert item.reason.strip()
        else:
            assert isinstance(item.text, str) and item.text.strip()
            for name in ("source_id", "channel", "forwarded_from", "published", "url", "title"):
                assert getattr(item, name) is None or isinstance(getattr(item, name), str), (name, getattr(item, name))
    return items


def check_pipeline(path, format):
    """The same file through extraction into a database: records or Skipped, never an exception."""
    with time_limit(PER_INPUT_SECONDS), Database(memory=True) as db:
        errors = []
        report = db.ingest(records([path], format, on_error=lambda p, ex: errors.append(ex)), batch_size=50)
        assert report.read == report.new + report.already_present + len(report.skipped)
        db.conn.execute("INSERT INTO posts_fts(posts_fts) VALUES ('integrity-check')")


@st.composite
def mutated(draw, format):
    """A valid document of ``format`` with a few random edits: cut, insert, delete, repeat, flip."""
    data = bytearray(SEEDS[format].encode())
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["truncate", "insert", "insert", "delete", "repeat", "flip"]))
        at = draw(st.integers(0, len(data)))
        if op == "truncate":
            data = data[:at]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from(PAYLOADS) | st.binary(max_size=20))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif op == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 80))] * draw(st.integers(2, 50))
        elif data and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
    return bytes(data)


def inputs(format):
    seed_format = st.sampled_from(sorted(SEEDS)) if format == "auto" else st.just(format)
    return st.one_of(
        seed_format.flatmap(mutated),
        st.binary(max_size=3000),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(st.sampled_from(PAYLOADS), max_size=30).map(b"".join),
    )


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@pytest.mark.parametrize("format", FORMATS)
def test_readers_survive_random_and_mutated_input(format, scratch):
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=inputs(format), suffix=st.sampled_from(sorted(set(SUFFIXES.values()))))
    def fuzz(data, suffix):
        path = scratch / f"input-{format}{suffix if format == 'auto' else SUFFIXES[format]}"
        path.write_bytes(data)
        results = check_read(path, format)
        if not (results and isinstance(results[0], CommuniqueError)):
            check_pipeline(path, format)

    fuzz()


TEXTS = st.one_of(
    st.text(max_size=500),
    st.text(alphabet=st.sampled_from("🇷🇺🇨🇳🤝😀 \nعربيעברית\u202e\u200fABC .,"), max_size=300),
    st.lists(st.sampled_from([p.decode("utf-8", "replace") for p in PAYLOADS] + [
        "Sergey Lavrov", " met ", "Wang Yi", " in Beijing", " on February 30, 2024", " yesterday", "#SCO", "\n\n",
        "President Biden", " spoke with ", "Forwarded from Russian MFA", " 🇷🇺 🇨🇳", "وزير الخارجية"]), max_size=40).map("".join),
)
PUBLISHED = st.one_of(st.none(), st.sampled_from(["2024-02-30", "2024-02-29T10:00:00+03:00", "February 30, 2024", "", "Z", "9999-12-31T23:59:59-23:59"]), st.text(max_size=30))


@settings(max_examples=EXAMPLES * 8, deadline=None, database=None)
@given(text=TEXTS, published=PUBLISHED)
def test_extractor_survives_any_text(text, published):
    TRIED["inputs"] += 1
    with time_limit(PER_INPUT_SECONDS):
        try:
            record = extract_text(text, published=published)
        except CommuniqueError as ex:
            assert str(ex).strip()
            return
    assert isinstance(record["events"], list)
    json.dumps(record)


# -- named payloads ---------------------------------------------------------------------------

def write(scratch, name, content):
    path = scratch / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    return path


DEEP = 100_000
PAYLOAD_FILES = {
    "invalid-utf8.txt": b"Lavrov met \xff\xfe Wang Yi",
    "nul-bytes.csv": b"id,text\n1,Lavrov\x00met\n",
    "deep.jsonl": '{"text": "deep", "x": ' + "[" * DEEP + "]" * DEEP + "}\n",
    "deep-telegram.json": '{"name": "c", "messages": [{"id": 1, "type": "message", "text": "hi", "date": ' + "[" * DEEP + "]" * DEEP + "}]}",
    "deep-name.json": '{"name": ' + "[" * DEEP + "]" * DEEP + ', "messages": []}',
    "deep-front-matter.md": "---\ntitle: " + "[" * DEEP + "]" * DEEP + "\n---\nbody\n",
    "deep.html": '<html><div class="message default" id="message1"><div class="text">' + "<b>" * 20_000 + "hi</div></div></html>",
    "deep.xml": "<rss><channel><item><description>" + "<x>" * DEEP + "</description></item></channel></rss>",
    "alias-bomb.md": "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                     "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
                     "title: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\nbody\n",
    "billion-laughs.xml": '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + "]><rss><channel><item><title>&i;</title></item></channel></rss>",
    "truncated.json": SEEDS["telegram-json"][: len(SEEDS["telegram-json"]) // 2],
    "truncated-at-end.json": SEEDS["telegram-json"][:-2] + "}",
    "broken-quoting.csv": 'id,text\n1,"unclosed\n2,"a"b"\n3,fine\n',
    "ragged.csv": "id,text\n1,a,b,c\n2\n3,ok\n",
    "feb-30.csv": "id,date,text\n1,2024-02-30,Talks on February 30 2024\n2,30.02.2024,Talks\n",
    "feb-30.md": "---\ntitle: T\ndate: 2024-02-30\n---\nTalks on February 30.\n",
    "feb-30.txt": "MFA, [30.02.2024 10:00]\nTalks on February 30.\n",
    "feb-30.html": '<html><div class="message default" id="message1"><div class="date" title="30.02.2024 10:00:00 UTC+03:00"></div><div class="text">Talks</div></div></html>',
    "emoji-only.txt": "🇷🇺🤝🇨🇳\n\n😀😀😀\n\n🇺🇸 🇺🇦",
    "rtl.jsonl": json.dumps({"text": "التقى وزير الخارجية لافروف مع وانغ يي في بكين \u202e", "id": "r"}, ensure_ascii=False) + "\n",
    "forwarded-spaces.txt": "Forwarded from X\nhello\n\nForwarded from a" + " " * 60_000 + "b\nbody\n",
    "huge-int.jsonl": '{"text": "a", "id": ' + "1" * 5000 + "}\n",
    "wrong-types.json": '{"name": "c", "messages": [{"id": [1], "type": "message", "text": "hello there", "date": {"a": 1}, "forwarded_from": 5}, 7, "x"]}',
    "wrong-types.md": "---\ntitle: [a, b]\nurl: {a: 1}\nchannel: [1]\nid: {x: 1}\n---\nbody text\n",
}


@pytest.mark.parametrize("name", sorted(PAYLOAD_FILES))
def test_hostile_payloads_give_posts_skips_or_clear_errors(scratch, name):
    path = write(scratch, name, PAYLOAD_FILES[name])
    results = check_read(path, "auto", seconds=20)
    if results[:1] and not isinstance(results[0], CommuniqueError):
        check_pipeline(path, "auto")


def test_deep_nesting_is_refused_clearly(scratch):
    (error,) = check_read(write(scratch, "deep-telegram.json", PAYLOAD_FILES["deep-telegram.json"]), "auto")
    assert "nested over 64 levels" in str(error)


def test_quoting_errors_skip_the_row_and_go_on(scratch):
    items = check_read(write(scratch, "broken.csv", PAYLOAD_FILES["broken-quoting.csv"]), "csv")
    assert any(isinstance(i, Skipped) and "broken CSV quoting" in i.reason for i in items)


def test_a_long_line_of_flags_is_extracted_in_time():
    with time_limit(3):
        extract_text("🇷🇺" * 20_000)


def test_extract_text_refuses_a_text_over_the_limit():
    with pytest.raises(LimitExceeded, match="max_chars"):
        extract_text("x" * 200_001)


# -- a 50 MB single line, in a subprocess with a memory ceiling -------------------------------

BIG_LINE = r"""
import json, resource, sys, time
from communique.errors import CommuniqueError
from communique.sources import read
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
path, format = sys.argv[1], sys.argv[2]
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.monotonic()
try:
    out = [type(i).__name__ + ": " + getattr(i, "reason", "") for i in read(path, format)]
except CommuniqueError as ex:
    out = ["error: " + str(ex)]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"items": out[:3], "seconds": time.monotonic() - start, "growth_mb": (peak - base) / 1024}))
"""
LINE = "Lavrov met Wang Yi. " * (50 * 1024 * 1024 // 20)
BIG = {
    "channel-text": ("big.txt", lambda: LINE),
    "jsonl": ("big.jsonl", lambda: json.dumps({"id": 1, "text": LINE})),
    "csv": ("big.csv", lambda: "id,text\n1," + LINE),
    "csv-unclosed-quote": ("big-quote.csv", lambda: 'id,text\n1,"' + LINE),
    "telegram-json": ("big.json", lambda: json.dumps({"name": "c", "messages": [{"id": 1, "type": "message", "text": LINE}]})),
    "markdown": ("big.md", lambda: "---\ntitle: t\n---\n" + LINE),
    "telegram-html": ("big.html", lambda: '<html><div class="message default" id="message1"><div class="text">' + LINE + "</div></div></html>"),
    "feed": ("big.xml", lambda: "<rss><channel><item><title>t</title><description>" + LINE + "</description></item></channel></rss>"),
}


@pytest.mark.parametrize("case", sorted(BIG))
def test_a_50mb_line_is_skipped_in_bounded_time_and_memory(scratch, case):
    name, content = BIG[case]
    path = write(scratch, name, content())
    TRIED["inputs"] += 1
    done = subprocess.run([sys.executable, "-c", BIG_LINE, str(path), "auto"], capture_output=True, text=True, timeout=120)
    path.unlink()
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["items"], result
    assert all("--max-post-chars" in i or i.startswith("error: ") for i in result["items"]), result
    assert result["seconds"] < 60 and result["growth_mb"] < 1500, result
