"""The schema, as a list of named migrations applied in order.

Each migration is a function of one connection, recorded by name in the
``_migrations`` table once it has run; each runs in its own transaction, so a
failure leaves the database as it was before that step. Add new steps at the
end; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from typing import Callable

MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = []


def migration(fn: Callable[[sqlite3.Connection], None]):
    MIGRATIONS.append(fn)
    return fn


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run each statement of ``script`` (triggers included) inside the open transaction.

    ``executescript`` would commit first; this keeps the migration atomic.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement[:80]!r}")


@migration
def m001_posts_and_events(conn: sqlite3.Connection) -> None:
    run_script(conn, """
    CREATE TABLE posts (
        id INTEGER PRIMARY KEY,
        post_id TEXT NOT NULL UNIQUE,
        source_file TEXT,
        source_id TEXT,
        channel TEXT,
        forwarded_from TEXT,
        published TEXT,
        url TEXT,
        title TEXT,
        text TEXT NOT NULL,
        hashtags TEXT NOT NULL DEFAULT '[]',
        organisations TEXT NOT NULL DEFAULT '[]',
        countries TEXT NOT NULL DEFAULT '[]',
        duplicate_of TEXT,
        record TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX posts_published ON posts(published);
    CREATE INDEX posts_channel ON posts(channel);
    CREATE INDEX posts_duplicate_of ON posts(duplicate_of);

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        post_id TEXT NOT NULL REFERENCES posts(post_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        is_primary INTEGER NOT NULL,
        type TEXT,
        date TEXT,
        end_date TEXT,
        date_inferred INTEGER NOT NULL DEFAULT 0,
        location_city TEXT,
        location_country TEXT,
        forum TEXT,
        plover_event TEXT,
        plover_mode TEXT,
        record TEXT NOT NULL,
        UNIQUE (post_id, seq)
    );
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_type_date ON events(type, date);
    CREATE INDEX events_forum ON events(forum);

    CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT,
        country TEXT,
        wikidata TEXT,
        person_key TEXT NOT NULL
    );
    CREATE INDEX participants_event ON participants(event_id);
    CREATE INDEX participants_person_key ON participants(person_key);

    CREATE TABLE event_actors (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        iso3 TEXT NOT NULL,
        PRIMARY KEY (event_id, iso3)
    ) WITHOUT ROWID;
    CREATE INDEX event_actors_iso3 ON event_actors(iso3, event_id);

    CREATE TABLE post_organisations (
        post_id TEXT NOT NULL REFERENCES posts(post_id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        PRIMARY KEY (post_id, code)
    ) WITHOUT ROWID;
    CREATE INDEX post_organisations_code ON post_organisations(code, post_id);

    CREATE TABLE skipped (
        id INTEGER PRIMARY KEY,
        source_file TEXT NOT NULL,
        location TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (source_file, location, reason)
    );
    """)


@migration
def m002_posts_fts(conn: sqlite3.Connection) -> None:
    """Full-text search over title and text, kept in step with ``posts`` by triggers."""
    run_script(conn, """
    CREATE VIRTUAL TABLE posts_fts USING fts5(
        title, text, content='posts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
        INSERT INTO posts_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
        INSERT INTO posts_fts(posts_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, text ON posts BEGIN
        INSERT INTO posts_fts(posts_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO posts_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    INSERT INTO posts_fts(posts_fts) VALUES ('rebuild');
    """)


@migration
def m003_read_indexes(conn: sqlite3.Connection) -> None:
    """Indexes for what the web app reads most: a person's id (facets, dossiers), newest events and posts first."""
    run_script(conn, """
    CREATE INDEX participants_person_id ON participants(coalesce(wikidata, person_key), name, event_id);
    CREATE INDEX events_newest ON events(date IS NULL, date DESC, id DESC);
    CREATE INDEX posts_newest ON posts(published IS NULL, published DESC, id DESC);
    """)

def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations already applied, oldest first (none in a new database)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'").fetchone():
        return []
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def pending(conn: sqlite3.Connection, migrations=None) -> list[Callable]:
    done = set(applied(conn))
    return [m for m in (MIGRATIONS if migrations is None else migrations) if m.__name__ not in done]


def apply(db, migrations=None) -> list[str]:
    """Run the pending migrations on ``db`` (a Database), each in its own transaction."""
    names = []
    for step in pending(db.conn, migrations):
        with db.atomic():
            if step.__name__ in applied(db.conn):
                continue  # another process applied it while this one waited for the write lock
            db.conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            step(db.conn)
            db.conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (step.__name__, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
        names.append(step.__name__)
    return names
