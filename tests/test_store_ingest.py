import sqlite3

import pytest

from communique.errors import InputError, NotFoundError
from communique.models import Skipped
from communique.store import Database, person_key


def fts_ok(db):
    db.conn.execute("INSERT INTO posts_fts(posts_fts) VALUES ('integrity-check')")
    return True


@pytest.mark.parametrize("name,read,posts", [
    ("sco", 19, 19),
    ("mfa", 505, 505),
    # the White House file holds two documents twice (same id, same text): read 1,412, stored 1,410
    ("whitehouse", 1412, 1410),
])
def test_ingest_corpus_counts(fresh_db, corpus_records, table_counts, name, read, posts):
    items = corpus_records[name]
    report = fresh_db.ingest(items)
    assert report.read == read
    assert (report.new, report.already_present, len(report.skipped)) == (posts, read - posts, 0)
    stored = {i["post_id"]: i for i in items if isinstance(i, dict)}
    counts = table_counts(fresh_db)
    assert counts["posts"] == counts["posts_fts_docsize"] == posts
    assert counts["events"] == sum(len(r["events"]) for r in stored.values())
    assert report.duplicates == sum(1 for i in items if isinstance(i, dict) and i["duplicate_of"])
    assert fts_ok(fresh_db)


def test_ingesting_twice_adds_nothing(db_path, corpus_records, table_counts):
    items = [i for name in ("sco", "mfa", "whitehouse") for i in corpus_records[name]]
    with Database(db_path) as db:
        first = db.ingest(items)
        before = table_counts(db)
    with Database(db_path) as db:
        second = db.ingest(items)
        assert table_counts(db) == before
        assert fts_ok(db)
    assert before["posts"] == 19 + 505 + 1410
    assert (second.read, second.new, second.already_present) == (first.read, 0, first.read)


def test_stored_rows_follow_the_record(fresh_db, make_record):
    fresh_db.ingest([make_record()])
    event = fresh_db.conn.execute("SELECT * FROM events").fetchone()
    assert (event["post_id"], event["seq"], event["is_primary"], event["type"]) == ("p1", 0, 1, "meeting")
    assert (event["location_city"], event["location_country"], event["plover_event"]) == ("Beijing", "CHN", "CONSULT")
    people = fresh_db.conn.execute("SELECT name, person_key FROM participants ORDER BY id").fetchall()
    assert [tuple(p) for p in people] == [("Sergey Lavrov", "sergey lavrov"), ("Wang Yi", "wang yi")]
    actors = fresh_db.conn.execute("SELECT iso3 FROM event_actors ORDER BY iso3").fetchall()
    assert [a[0] for a in actors] == ["CHN", "RUS"]
    assert fresh_db.post("p1")["events"][0]["location"]["city"] == "Beijing"


def test_person_key():
    assert person_key("  Jean-Marie   TRAORÉ ") == "jean marie traore"
    assert person_key("Joseph R. Biden, Jr.") == "joseph r biden jr"


def test_skipped_items_are_recorded_once(fresh_db, make_record, table_counts):
    items = [make_record(), Skipped("a.jsonl", "line 3", "not valid JSON"), {"text": "no id"}, "junk"]
    report = fresh_db.ingest(items)
    assert (report.read, report.new, len(report.skipped)) == (4, 1, 3)
    assert report.reasons() == {"not valid JSON": 1, "record has no post_id": 1, "not a record but a str": 1}
    again = fresh_db.ingest(items)
    assert (again.new, again.already_present, len(again.skipped)) == (0, 1, 3)
    assert table_counts(fresh_db)["skipped"] == 3


def test_skipped_from_a_real_file(fresh_db, tmp_path, corpus):
    from communique.pipeline import records

    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": 1, "text": "Sergey Lavrov met Wang Yi."}\n{broken\n[1, 2]\n', encoding="utf-8")
    report = fresh_db.ingest(records([path]))
    assert (report.read, report.new, len(report.skipped)) == (3, 1, 2)
    rows = fresh_db.conn.execute("SELECT location, reason FROM skipped ORDER BY location").fetchall()
    assert [r["location"] for r in rows] == ["line 2", "line 3"]


def test_a_failing_batch_rolls_back(fresh_db, make_record, table_counts):
    def items():
        yield from (make_record(f"p{i}") for i in range(3))
        raise RuntimeError("reader broke")

    with pytest.raises(RuntimeError):
        fresh_db.ingest(items(), batch_size=2)
    # the first batch (p0, p1) is committed; the second (p2, then the error) is not
    assert [r[0] for r in fresh_db.conn.execute("SELECT post_id FROM posts ORDER BY post_id")] == ["p0", "p1"]
    assert table_counts(fresh_db)["events"] == 2


def test_a_record_that_cannot_be_stored_is_skipped(fresh_db, make_record, table_counts):
    odd = make_record("p9", events=[{"type": "meeting", "participants": [{"name": "X", "role": ["not", "text"]}]}])
    report = fresh_db.ingest([make_record("p8"), odd, make_record("p10")])
    assert (report.new, len(report.skipped)) == (2, 1)
    assert report.skipped[0].where == "p9" and report.skipped[0].reason.startswith("record cannot be stored")
    assert table_counts(fresh_db)["events"] == 2  # nothing of p9 is left behind


def test_a_database_error_rolls_back_the_batch(fresh_db, make_record):
    fresh_db.conn.execute(
        "CREATE TEMP TRIGGER fail BEFORE INSERT ON posts WHEN new.post_id = 'p9' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="disk on fire"):
        fresh_db.ingest([make_record("p8"), make_record("p9")])
    assert fresh_db.conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 0


def test_atomic_nests_as_savepoints(fresh_db, make_record):
    with fresh_db.atomic():
        fresh_db.ingest([make_record("outer")])
        with pytest.raises(ValueError):
            with fresh_db.atomic():
                fresh_db.ingest([make_record("inner")])
                raise ValueError
    assert [r[0] for r in fresh_db.conn.execute("SELECT post_id FROM posts")] == ["outer"]


def test_progress_is_reported_per_batch(fresh_db, make_record):
    seen = []
    fresh_db.ingest((make_record(f"p{i}") for i in range(5)), batch_size=2, on_progress=seen.append)
    assert seen == [2, 2, 1]


def test_file_database_settings(db_path):
    with Database(db_path) as db:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_default_path_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_DB", str(tmp_path / "env.db"))
    with Database() as db:
        assert db.path == tmp_path / "env.db"
    assert (tmp_path / "env.db").is_file()


def test_readonly_cannot_write(db_path, make_record):
    Database(db_path).close()
    with Database(db_path, readonly=True) as db:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.ingest([make_record()])


def test_readonly_needs_an_existing_file(tmp_path):
    with pytest.raises(NotFoundError, match="communique ingest"):
        Database(tmp_path / "none.db", readonly=True)


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not SQLite " * 100)
    with pytest.raises(InputError, match="not a communique database"):
        Database(path)
