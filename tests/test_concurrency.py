"""The same input twice, two ingests at once, and readers during an ingest: one result, no errors."""

import json
import shutil
import subprocess
import time

import pytest

from communique.errors import CommuniqueError
from communique.store import Database
from store_support import CLI, assert_same_dump, canonical_dump, check_consistent, cli_env, ingest_command, run_ingest  # noqa: F401

STORED = 1915  # posts of the MFA channel and the White House readouts, repeats stored once


@pytest.fixture(scope="module")
def paths(corpus):
    return [corpus["mfa"], corpus["whitehouse"]]


@pytest.fixture(scope="module")
def reference(tmp_path_factory, paths, cli_env):
    """One uninterrupted ``communique ingest`` of both files: its database and canonical dump."""
    db = tmp_path_factory.mktemp("reference") / "reference.db"
    done = run_ingest(db, paths, cli_env)
    assert done.stdout.startswith(f"Read 1917 posts: {STORED} new, 2 already present")
    return db, canonical_dump(db)


def test_same_input_twice_changes_nothing(tmp_path, paths, cli_env, reference):
    db = tmp_path / "twice.db"
    shutil.copy(reference[0], db)
    done = run_ingest(db, paths, cli_env)
    assert done.stdout.startswith("Read 1917 posts: 0 new, 1917 already present")
    assert_same_dump(canonical_dump(db), reference[1])


def test_two_ingests_at_once_store_what_one_does(tmp_path, paths, cli_env, reference):
    db = tmp_path / "shared.db"
    procs = [subprocess.Popen(ingest_command(db, paths, batch_size), env=cli_env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for batch_size in (5, 50)]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
        assert out.startswith("Read 1917 posts: ")
    new = sum(int(out.split(": ")[1].split(" new")[0]) for out, _ in outputs)
    assert new == STORED  # each post stored by exactly one of the two
    assert check_consistent(db) == STORED
    assert_same_dump(canonical_dump(db), reference[1])


def open_when_ready(path, timeout=30.0) -> Database:
    """A read-only Database once the ingest has created and migrated the file."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return Database(path, readonly=True)
        except CommuniqueError:  # no file yet, or migrations still running
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


SNAPSHOT = """SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM events), (SELECT count(*) FROM posts_fts_docsize),
                     (SELECT count(*) FROM events WHERE post_id NOT IN (SELECT post_id FROM posts))"""


def test_readers_see_consistent_growing_data_during_an_ingest(tmp_path, paths, cli_env):
    db_path = tmp_path / "growing.db"
    writer = subprocess.Popen(ingest_command(db_path, paths, batch_size=10), env=cli_env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    db = open_when_ready(db_path)
    seen, reads, searches, last_search = [(0, 0)], 0, 0, 0.0
    try:
        while writer.poll() is None:
            posts, events, indexed, orphans = db.conn.execute(SNAPSHOT).fetchone()
            assert (indexed, orphans) == (posts, 0)
            stats = db.stats()
            assert (stats["posts"], stats["events"]) >= (posts, events)
            assert len(db.search("president talks", limit=5)) <= 5
            db.events({"type": "phone_call"}, limit=5)
            assert (posts, events) >= seen[-1], "a reader saw the counts go down"
            seen.append((posts, events))
            reads += 1
            if time.monotonic() - last_search > 1.0:  # the command, as a user would run it meanwhile
                found = subprocess.run([*CLI, "search", "Lavrov", "--db", str(db_path), "--json"], env=cli_env,
                                       capture_output=True, text=True, timeout=60)
                assert found.returncode == 0, found.stderr
                assert isinstance(json.loads(found.stdout), list)
                searches, last_search = searches + 1, time.monotonic()
    finally:
        db.close()
        out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert reads >= 10 and searches >= 2, (reads, searches)
    assert len({s for s in seen}) > 3, "the reads all saw the same state: they did not overlap the ingest"
    with Database(db_path, readonly=True) as db:
        assert db.stats()["posts"] == STORED


def test_processes_creating_the_database_at_once_all_succeed(tmp_path, cli_env):
    """Migrations are checked again under the write lock: a second process waits, then finds them done."""
    for attempt in range(3):
        db = tmp_path / f"new-{attempt}.db"
        code = f"from communique.store import Database; Database({str(db)!r}).close()"
        procs = [subprocess.Popen([*CLI[:2], "-c", code], env=cli_env, stderr=subprocess.PIPE, text=True) for _ in range(4)]
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
        assert check_consistent(db) == 0
