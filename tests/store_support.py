"""Helpers for the tests that run ``communique ingest`` in subprocesses and compare databases."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import communique

CLI = [sys.executable, "-P", "-c", "from communique.cli import cli; cli()"]


@pytest.fixture(scope="session")
def cli_env(tmp_path_factory):
    """The environment for ``communique`` subprocesses: a snapshot of the package taken once.

    Runs compared with each other must run the same code, even while the
    working tree is being edited (each subprocess imports afresh).
    """
    folder = tmp_path_factory.mktemp("code")
    shutil.copytree(Path(communique.__file__).parent, folder / "communique", ignore=shutil.ignore_patterns("__pycache__"))
    return {**os.environ, "PYTHONPATH": str(folder), "PYTHONDONTWRITEBYTECODE": "1"}


def ingest_command(db: Path, paths, batch_size: int = 500) -> list[str]:
    return [*CLI, "ingest", *map(str, paths), "--db", str(db), "--batch-size", str(batch_size)]


def run_ingest(db: Path, paths, env, batch_size: int = 500, timeout: float = 120) -> subprocess.CompletedProcess:
    done = subprocess.run(ingest_command(db, paths, batch_size), capture_output=True, text=True, timeout=timeout, env=env)
    assert done.returncode == 0, done.stderr
    return done


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def check_consistent(path: Path) -> int:
    """Assert the database at ``path`` is whole; return its number of posts.

    SQLite's integrity check, foreign keys, the FTS index against the posts
    table, every stored post with all its events, and migrations recorded
    only once their tables exist.
    """
    if not path.exists():
        return 0
    conn = connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        done = {r[0] for r in conn.execute("SELECT name FROM _migrations")} if "_migrations" in tables else set()
        assert ("posts" in tables) == ("m001_posts_and_events" in done)
        assert ("posts_fts" in tables) == ("m002_posts_fts" in done)
        if "posts" not in tables:
            return 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = conn.execute("SELECT count(*) FROM events WHERE post_id NOT IN (SELECT post_id FROM posts)").fetchone()[0]
        assert orphans == 0, f"{orphans} events without their post"
        stored = dict(conn.execute("SELECT post_id, count(*) FROM events GROUP BY post_id").fetchall())
        for post_id, record in conn.execute("SELECT post_id, record FROM posts"):
            assert stored.get(post_id, 0) == len(json.loads(record)["events"]), f"post {post_id} is missing events"
        if "posts_fts" in tables:
            conn.execute("INSERT INTO posts_fts(posts_fts) VALUES ('integrity-check')")
            unindexed = conn.execute("SELECT count(*) FROM posts WHERE id NOT IN (SELECT id FROM posts_fts_docsize)").fetchone()[0]
            stale = conn.execute("SELECT count(*) FROM posts_fts_docsize WHERE id NOT IN (SELECT id FROM posts)").fetchone()[0]
            assert (unindexed, stale) == (0, 0)
        return conn.execute("SELECT count(*) FROM posts").fetchone()[0]
    finally:
        conn.close()


DUMP = {
    "posts": """SELECT post_id, source_file, source_id, channel, forwarded_from, published, url, title, text,
                       hashtags, organisations, countries, duplicate_of, record FROM posts""",
    "events": """SELECT post_id, seq, is_primary, type, date, end_date, date_inferred, location_city, location_country,
                        forum, plover_event, plover_mode, record FROM events""",
    "participants": """SELECT e.post_id, e.seq, p.name, p.role, p.country, p.wikidata, p.person_key
                       FROM participants p JOIN events e ON e.id = p.event_id""",
    "event_actors": "SELECT e.post_id, e.seq, a.iso3 FROM event_actors a JOIN events e ON e.id = a.event_id",
    "post_organisations": "SELECT post_id, code FROM post_organisations",
    "skipped": "SELECT source_file, location, reason FROM skipped",
}


def canonical_dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without row ids and timestamps; the FTS index as its vocabulary.

    Two databases with equal dumps hold the same posts, events and search index,
    whatever order (and in how many runs) they were written.
    """
    conn = connect(path)
    try:
        dump = {name: sorted(tuple(r) for r in conn.execute(query)) for name, query in DUMP.items()}
        conn.execute("CREATE VIRTUAL TABLE temp.fts_vocab USING fts5vocab(main, posts_fts, 'row')")
        dump["fts_vocabulary"] = sorted(tuple(r) for r in conn.execute("SELECT term, doc, cnt FROM temp.fts_vocab"))
        return dump
    finally:
        conn.close()


def assert_same_dump(got: dict, expected: dict) -> None:
    for name in expected:
        assert len(got[name]) == len(expected[name]), f"{name}: {len(got[name])} rows, expected {len(expected[name])}"
        assert got[name] == expected[name], f"{name} differs"
