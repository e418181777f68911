import pytest

from communique.errors import CommuniqueError
from communique.store import Database, migrations
from communique.store.migrations import MIGRATIONS


def recorded(db):
    return [tuple(r) for r in db.conn.execute("SELECT name, applied_at FROM _migrations ORDER BY rowid")]


def test_migrations_are_recorded_in_order(db_path):
    with Database(db_path) as db:
        assert [name for name, _ in recorded(db)] == [m.__name__ for m in MIGRATIONS]
        tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"posts", "events", "participants", "event_actors", "post_organisations", "skipped", "posts_fts"} <= tables


def test_reopening_is_a_no_op(db_path):
    with Database(db_path) as db:
        first = recorded(db)
    with Database(db_path) as db:
        assert recorded(db) == first
        assert migrations.apply(db) == []


def test_an_older_database_is_upgraded(db_path, make_record):
    with Database(db_path, migrate=False) as db:
        assert migrations.apply(db, MIGRATIONS[:1]) == ["m001_posts_and_events"]
        db.ingest([make_record("old", text="Sergey Lavrov met Wang Yi in Beijing.")])
        assert not db.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'posts_fts'").fetchone()
    with pytest.raises(CommuniqueError, match="needs an upgrade"):
        Database(db_path, readonly=True)
    with Database(db_path) as db:
        assert [name for name, _ in recorded(db)] == [m.__name__ for m in MIGRATIONS]
        assert [r["post_id"] for r in db.search("Lavrov")] == ["old"]  # the FTS index covers the older posts
        db.ingest([make_record("new", text="Wang Yi called Sergey Lavrov.")])
        assert len(db.search("Lavrov")) == 2


def test_a_failing_migration_leaves_no_trace(db_path, monkeypatch):
    def m999_broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, m999_broken])
    with pytest.raises(RuntimeError, match="step failed"):
        Database(db_path)
    with Database(db_path, migrate=False) as db:
        assert "m999_broken" not in migrations.applied(db.conn)
        assert not db.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone()
        assert migrations.applied(db.conn) == [m.__name__ for m in MIGRATIONS]  # the earlier steps stayed


def test_run_script_splits_triggers_correctly(fresh_db):
    triggers = fresh_db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    assert [t[0] for t in triggers] == ["posts_fts_delete", "posts_fts_insert", "posts_fts_update"]


def test_fts_follows_updates_and_deletes(fresh_db, make_record):
    fresh_db.ingest([make_record("p1", text="Sergey Lavrov met Wang Yi.")])
    fresh_db.conn.execute("UPDATE posts SET text = 'Antony Blinken met Wang Yi.' WHERE post_id = 'p1'")
    assert fresh_db.search("Lavrov") == [] and len(fresh_db.search("Blinken")) == 1
    fresh_db.conn.execute("DELETE FROM posts WHERE post_id = 'p1'")
    assert fresh_db.search("Blinken") == []
    assert fresh_db.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0  # cascades
    fresh_db.conn.execute("INSERT INTO posts_fts(posts_fts) VALUES ('integrity-check')")
