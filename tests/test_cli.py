import hashlib
import json

import pytest
from click.testing import CliRunner

from communique.cli import cli
from communique.store import Database

BAD_INPUTS = {
    "empty.txt": b"",
    "cp1251.txt": "Министр иностранных дел Сергей Лавров".encode("cp1251"),
    "no-text.csv": b"id,date,views\n1,2024-01-01,5\n2,2024-01-02,7\n",
    "result.json": b'{\n "name": "MFA Russia",\n "type": "public_channel",\n "messages": [\n  {\n   "id": 1,\n   "type": "message",\n'
                   b'   "date": "2024-01-01T10:00:00",\n   "text": "Sergey Lavrov met Wang Yi"\n  },\n  {\n   "id": 2,\n   "ty',
    "photo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "zeros.bin": b"\x00\x01\x02\x03" * 64,
}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def snapshot(path) -> tuple:
    with Database(path) as db:
        counts = {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("posts", "events", "skipped", "posts_fts_docsize")}
        rows = db.conn.execute("SELECT post_id, record, ingested_at FROM posts ORDER BY post_id").fetchall()
        return counts, hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()


@pytest.fixture
def bad_file(tmp_path, request):
    path = tmp_path / request.param
    path.write_bytes(BAD_INPUTS[request.param])
    return path


@pytest.mark.parametrize("name,lines", [("sco", 19), ("mfa", 505), ("whitehouse", 1412)])
def test_extract_prints_one_record_per_post(corpus, name, lines):
    result = run("extract", corpus[name])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == lines
    assert all(r["source"]["file"] == str(corpus[name]) for r in records)
    assert result.stderr == ""


def test_extract_sco_texts_appear_once(corpus):
    result = run("extract", corpus["sco"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len({r["text"] for r in records}) == len({r["post_id"] for r in records}) == 19
    assert "🇷🇺" in result.stdout  # not \\ud83c escapes
    for record in records:  # the body that copying repeats is kept once
        long_lines = [line for line in record["text"].splitlines() if len(line) > 40]
        assert len(long_lines) == len(set(long_lines))
    assert [int(r["source"]["id"]) for r in records] == sorted(int(r["source"]["id"]) for r in records)


def test_extract_reports_skipped_on_stderr(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": 1, "text": "Sergey Lavrov met Wang Yi."}\n[1]\n', encoding="utf-8")
    result = run("extract", path)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr == f"Skipped {path} line 2: a JSON list, not an object\n"


@pytest.mark.parametrize("bad_file", list(BAD_INPUTS), indirect=True)
def test_extract_stops_at_a_bad_file(corpus, bad_file):
    result = run("extract", corpus["sco"], bad_file)
    assert result.exit_code == 2
    assert len(result.stdout.splitlines()) == 19  # what came before is printed
    assert result.stderr.startswith(f"Error: {bad_file}: ") and result.stderr.count("\n") == 1


def test_ingest_reports_and_is_idempotent(corpus, db_path):
    first = run("ingest", corpus["sco"], "--db", db_path)
    assert (first.exit_code, first.stdout) == (0, "Read 19 posts: 19 new, 0 already present, 0 duplicates, 0 skipped\n")
    before = snapshot(db_path)
    second = run("ingest", corpus["sco"], "--db", db_path)
    assert (second.exit_code, second.stdout) == (0, "Read 19 posts: 0 new, 19 already present, 0 duplicates, 0 skipped\n")
    assert snapshot(db_path) == before


def test_ingest_counts_duplicates_and_groups_skipped(tmp_path, db_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": 1, "text": "Sergey Lavrov met Wang Yi in Beijing."}\n[1]\n[2]\n'
        '{"id": 2, "text": "Sergey Lavrov met Wang Yi in Beijing!"}\n{"id": 3}\n',
        encoding="utf-8",
    )
    result = run("ingest", path, "--db", db_path, "--batch-size", 2)
    assert result.exit_code == 0
    assert result.stdout == (
        "Read 5 posts: 2 new, 0 already present, 1 duplicate, 3 skipped\n"
        "  2 skipped: a JSON list, not an object\n"
        "  1 skipped: no text field (text, message, content, body); name it with --text-column\n"
    )


def test_ingest_uses_the_environment_database(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_DB", str(tmp_path / "env.db"))
    assert run("ingest", corpus["sco"]).exit_code == 0
    assert snapshot(tmp_path / "env.db")[0]["posts"] == 19


@pytest.mark.parametrize("bad_file", list(BAD_INPUTS), indirect=True)
def test_a_bad_file_leaves_the_database_unchanged(corpus, db_path, bad_file):
    run("ingest", corpus["sco"], "--db", db_path)
    before = snapshot(db_path)
    result = run("ingest", bad_file, "--db", db_path)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {bad_file}: ") and result.stderr.count("\n") == 1
    assert snapshot(db_path) == before


def test_other_files_still_go_in(corpus, tmp_path, db_path):
    bad = tmp_path / "empty.txt"
    bad.touch()
    result = run("ingest", bad, corpus["sco"], "--db", db_path)
    assert result.exit_code == 2
    assert result.stdout.startswith("Read 19 posts: 19 new")
    assert result.stderr == f"Error: {bad}: the file is empty. Export the channel again or pass another file.\n"
    assert snapshot(db_path)[0]["posts"] == 19


def test_a_file_that_is_not_a_database(corpus, tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("not sqlite " * 200)
    result = run("stats", "--db", notes)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {notes}: not a communique database")


@pytest.fixture(scope="module")
def sco_db(tmp_path_factory, corpus):
    path = tmp_path_factory.mktemp("cli") / "sco.db"
    assert run("ingest", corpus["sco"], "--db", path).exit_code == 0
    return path


def test_search(sco_db):
    result = run("search", "Lavrov", "--db", sco_db, "--limit", 3)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 6 and lines[0].startswith("1. ") and lines[4].startswith("3. ")
    assert all("[Lavrov]" in line for line in lines[1::2])


def test_search_json_and_no_results(sco_db):
    results = json.loads(run("search", "Wang Yi", "--db", sco_db, "--json").stdout)
    assert results and all("[Wang] [Yi]" in r["snippet"] or "[Wang]" in r["snippet"] for r in results)
    nothing = run("search", "'; DROP TABLE posts; --", "--db", sco_db)
    assert (nothing.exit_code, nothing.stdout) == (0, "No posts match \"'; DROP TABLE posts; --\".\n")


def test_queries_need_an_existing_database(tmp_path):
    missing = tmp_path / "missing.db"
    for command in (["search", "x"], ["events"], ["stats"]):
        result = run(*command, "--db", missing)
        assert result.exit_code == 2
        assert result.stderr == f"Error: {missing}: no database here. Create it with: communique ingest FILE --db {missing}\n"
    assert not missing.exists()


def test_events(sco_db):
    table = run("events", "--db", sco_db, "--actor", "rus", "--limit", 5)
    assert table.exit_code == 0
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["date", "type", "actors", "participants", "location", "forum", "post"]
    assert 2 < len(lines) <= 7
    found = json.loads(run("events", "--db", sco_db, "--org", "SCO", "--json").stdout)
    assert found and all({"event_id", "post_id", "type", "date", "actors", "participants"} <= set(e) for e in found)


def test_events_bad_date(sco_db):
    result = run("events", "--db", sco_db, "--since", "2024-02-30")
    assert result.exit_code == 2
    assert result.stderr == "Error: since='2024-02-30' is not a date. Use YYYY-MM-DD (or YYYY-MM, YYYY), e.g. since=2024-03-01.\n"


def test_stats(sco_db):
    stats = json.loads(run("stats", "--db", sco_db, "--json").stdout)
    assert {"posts", "events", "people", "states", "organisations", "top_pairs", "by_type", "by_channel"} <= set(stats)
    assert stats["posts"] == 19
    text = run("stats", "--db", sco_db).stdout
    assert text.startswith("posts          19\n")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.stdout


def test_extract_with_format_and_text_column(tmp_path):
    path = tmp_path / "posts.data"
    path.write_text("msg_no,said\n7,Sergey Lavrov met Wang Yi in Beijing.\n", encoding="utf-8")
    without = run("extract", path, "--format", "csv")
    assert without.exit_code == 2 and "Name it with --text-column COLUMN." in without.stderr
    result = run("extract", path, "--format", "csv", "--text-column", "said")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"] == "Sergey Lavrov met Wang Yi in Beijing."


def test_watch_follows_a_live_source_round_after_round(tmp_path, monkeypatch):
    """Each round ingests what is new: the second round of the same page adds nothing."""
    import http.server
    import threading
    from pathlib import Path

    from click.testing import CliRunner

    from communique.cli import cli

    fixtures = Path(__file__).parent / "fixtures"
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(fixtures), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.RequestHandlerClass.log_message = lambda *a: None
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr("time.sleep", lambda seconds: None)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/telegram_web.html"
        result = CliRunner().invoke(cli, ["watch", url, "--db", str(tmp_path / "w.db"), "--rounds", "2", "--every", "60"])
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    rounds = [line for line in result.output.splitlines() if "Read " in line]
    assert len(rounds) == 2
    assert rounds[0].endswith("Read 2 posts: 2 new, 0 already present, 0 duplicates, 0 skipped")
    assert rounds[1].endswith("Read 2 posts: 0 new, 2 already present, 0 duplicates, 0 skipped")


def test_extraction_does_not_vary_with_the_hash_seed(corpus):
    """Two processes with different string-hash seeds extract the same records: nothing the records hold may
    depend on the order of a set (a resumed ingest must write what an uninterrupted one writes)."""
    import os
    import subprocess
    import sys

    command = [sys.executable, "-P", "-c", "from communique.cli import cli; cli()", "extract", str(corpus["whitehouse"]), str(corpus["mfa"]), str(corpus["sco"])]
    outputs = [subprocess.run(command, capture_output=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert outputs[0].count(b"\n") == 1412 + 505 + 19
    assert outputs[0] == outputs[1]
