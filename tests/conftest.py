import os
from pathlib import Path

import pytest
from hypothesis import settings

from communique.store import Database

# pytest --hypothesis-profile=long: a longer fuzzing campaign (tests/test_fuzz_readers.py reads max_examples from it)
settings.register_profile("long", max_examples=int(os.environ.get("COMMUNIQUE_FUZZ_EXAMPLES", 5000)), deadline=None)

REPO = Path(__file__).resolve().parent.parent
CORPORA = {
    "sco": "sco-channel-2023-2024.txt",
    "mfa": "mfarussia-telegram-2025-12-to-2026-03.csv",
    "whitehouse": "whitehouse-readouts-2021-2026.jsonl",
}


@pytest.fixture(autouse=True)
def default_db_in_tmp(tmp_path, monkeypatch):
    """No test ever touches the user's real database."""
    monkeypatch.setenv("COMMUNIQUE_DB", str(tmp_path / "default.db"))


@pytest.fixture
def fresh_db():
    db = Database(memory=True)
    yield db
    db.close()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def corpus():
    """The three real corpora: $COMMUNIQUE_CORPUS or <repo>/../shared/corpus. They must exist."""
    folder = Path(os.environ.get("COMMUNIQUE_CORPUS") or REPO.parent / "shared" / "corpus")
    paths = {name: folder / file for name, file in CORPORA.items()}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        pytest.fail(f"corpus files missing: {', '.join(missing)}. Set COMMUNIQUE_CORPUS to their folder.")
    return paths


@pytest.fixture(scope="session")
def corpus_records(corpus):
    """Each corpus through the pipeline once per session (records and Skipped items, in order)."""
    from communique.pipeline import records

    return {name: list(records([path])) for name, path in corpus.items()}


@pytest.fixture(scope="session")
def loaded_db_path(tmp_path_factory, corpus_records):
    """A database file holding all three corpora, shared by the read-only tests."""
    path = tmp_path_factory.mktemp("loaded") / "corpora.db"
    with Database(path) as db:
        for items in corpus_records.values():
            db.ingest(items)
    return path


@pytest.fixture
def loaded_db(loaded_db_path):
    db = Database(loaded_db_path, readonly=True)
    yield db
    db.close()


@pytest.fixture
def make_record():
    """A hand-made record in the pipeline's shape."""

    def make(post_id="p1", text="Sergey Lavrov met Wang Yi in Beijing.", events=None, **fields):
        if events is None:
            events = [{
                "type": "meeting", "date": "2023-10-16", "end_date": None, "date_inferred": False,
                "location": {"city": "Beijing", "country": "CHN"},
                "participants": [
                    {"name": "Sergey Lavrov", "role": "Foreign Minister", "country": "RUS", "wikidata": None},
                    {"name": "Wang Yi", "role": "Foreign Minister", "country": "CHN", "wikidata": None},
                ],
                "actors": ["RUS", "CHN"], "forum": None, "organisations": ["SCO"],
                "plover": {"event": "CONSULT", "mode": "visit"}, "evidence": {}, "primary": True,
            }]
        record = {
            "post_id": post_id, "source": {"file": "hand.txt", "id": post_id}, "channel": "hand",
            "forwarded_from": None, "published": "2023-10-17T09:00:00+03:00", "url": None, "title": None,
            "text": text, "hashtags": [], "organisations": ["SCO"], "countries_mentioned": ["RUS", "CHN"],
            "duplicate_of": None, "events": events,
        }
        record.update(fields)
        return record

    return make


@pytest.fixture
def table_counts():
    """Rows in every table, the FTS index included (its docsize shadow table: one row per indexed post)."""
    tables = ["posts", "events", "participants", "event_actors", "post_organisations", "skipped", "posts_fts_docsize"]

    def counts(db) -> dict:
        return {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    return counts
