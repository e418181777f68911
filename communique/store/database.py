"""The Database: one object owns the SQLite connection, its transactions and every query."""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.request import pathname2url

from ..errors import CommuniqueError, InputError, NotFoundError, QueryError
from ..models import Skipped
from . import migrations, queries as sql, rows
from .filters import Filters, check_limit, escape_fts

NETWORK_TYPES = ("meeting", "phone_call", "visit")
MAX_BATCH_SIZE = 100_000  # a batch is held in memory until its transaction commits


def default_path() -> Path:
    """``$COMMUNIQUE_DB``, else ``communique.db`` in the user's data folder."""
    if os.environ.get("COMMUNIQUE_DB"):
        return Path(os.environ["COMMUNIQUE_DB"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("communique")) / "communique.db"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class IngestReport:
    """What an ingest did. ``new + already_present + len(skipped) == read``.

    ``duplicates`` counts the posts read whose text repeats an earlier post;
    they are stored (with ``duplicate_of``) and also counted as new or present.
    ``errors`` holds whole files that could not be read (see ``api.ingest_files``).
    """

    read: int = 0
    new: int = 0
    already_present: int = 0
    duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    errors: list[CommuniqueError] = field(default_factory=list)

    def reasons(self) -> Counter:
        return Counter(s.reason for s in self.skipped)

    def __iadd__(self, other: "IngestReport") -> "IngestReport":
        for name in ("read", "new", "already_present", "duplicates"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.skipped += other.skipped
        self.errors += other.errors
        return self


class Database:
    """A communique database: posts, their events, and the people, states and forums in them.

    ``Database()`` opens (and creates, and migrates) the default file;
    ``Database(memory=True)`` is for tests; ``readonly=True`` opens an existing
    file through a ``mode=ro`` URI and stops any query running longer than
    ``time_limit`` seconds (the web app's connections).
    """

    def __init__(self, path=None, memory: bool = False, readonly: bool = False, timeout: float = 5.0,
                 time_limit: float | None = None, migrate: bool = True):
        self.memory, self.readonly = memory, readonly
        self.path = None if memory else Path(path) if path else default_path()
        self.time_limit = time_limit if time_limit is not None else (2.0 if readonly else None)
        self._deadline: float | None = None
        self._depth = 0
        self.conn = self._connect(timeout)
        try:
            if migrate and not readonly:
                migrations.apply(self)
            elif readonly and migrations.pending(self.conn):
                raise CommuniqueError(f"{self.path}: the database needs an upgrade. Open it once for writing (e.g. communique stats --db {self.path}).")
        except BaseException:
            self.close()
            raise

    def _connect(self, timeout: float) -> sqlite3.Connection:
        if self.memory:
            conn = sqlite3.connect(":memory:", isolation_level=None)
        elif self.readonly:
            if not self.path.is_file():
                raise NotFoundError(f"{self.path}: no database here. Create it with: communique ingest FILE --db {self.path}")
            # A read-only connection may serve one thread, then another (the web app's pool); never two at once.
            conn = sqlite3.connect(f"file:{pathname2url(str(self.path.resolve()))}?mode=ro", uri=True, timeout=timeout,
                                   isolation_level=None, check_same_thread=False)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
        conn.row_factory = sqlite3.Row
        try:
            self._configure(conn, timeout)
        except sqlite3.DatabaseError as ex:
            conn.close()
            if "locked" in str(ex) or "busy" in str(ex):
                raise InputError(self.path, f"the database stayed locked for {timeout:g} s", "Another process is writing it: try again.") from None
            raise InputError(self.path, f"not a communique database ({ex})", "Pass another file with --db, or a new name to create one") from None
        if self.time_limit:
            conn.set_progress_handler(self._over_time, 1000)
        return conn

    def _configure(self, conn: sqlite3.Connection, timeout: float) -> None:
        """Pragmas for a new connection. Switching a new file to WAL takes a lock that the
        busy timeout does not wait for, so a "locked" answer is retried until the timeout."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
                conn.execute("PRAGMA foreign_keys = ON")
                if not self.memory and not self.readonly:
                    conn.execute("PRAGMA journal_mode = WAL")
                    conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return
            except sqlite3.OperationalError as ex:
                if not ("locked" in str(ex) or "busy" in str(ex)) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _over_time(self) -> int:
        return int(self._deadline is not None and time.monotonic() > self._deadline)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return f"<Database {'memory' if self.memory else self.path}{' readonly' if self.readonly else ''}>"

    @classmethod
    def existing(cls, path=None, **kwargs) -> "Database":
        """Open a database that must already exist (query commands never create one)."""
        path = Path(path) if path else default_path()
        if not path.is_file():
            raise NotFoundError(f"{path}: no database here. Create it with: communique ingest FILE --db {path}")
        return cls(path, **kwargs)

    # -- transactions -------------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """A transaction; nested calls are savepoints. Any exception rolls back (this level) and propagates."""
        outer = self._depth == 0
        name = f"sp{self._depth}"
        self.conn.execute(("BEGIN" if self.readonly else "BEGIN IMMEDIATE") if outer else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            self.conn.execute("ROLLBACK" if outer else f"ROLLBACK TO {name}")
            if not outer:
                self.conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self.conn.execute("COMMIT" if outer else f"RELEASE {name}")

    def _rows(self, query: str, params=()) -> list[sqlite3.Row]:
        """Run one read query within the time limit; SQLite errors become QueryError."""
        self._deadline = time.monotonic() + self.time_limit if self.time_limit else None
        try:
            return self.conn.execute(query, params).fetchall()
        except sqlite3.OperationalError as ex:
            if "interrupted" in str(ex):
                raise QueryError(f"the query took longer than {self.time_limit}s and was stopped. Narrow it with filters or a smaller limit.") from None
            raise QueryError(f"the query failed: {ex}.") from None
        except (sqlite3.Error, UnicodeEncodeError, OverflowError) as ex:  # a lone surrogate, an int over 64 bits
            raise QueryError(f"a value of the query cannot be passed to SQLite ({ex}). Check the search text and filters.") from None
        finally:
            self._deadline = None

    # -- writing -------------------------------------------------------------

    def ingest(self, items: Iterable[dict | Skipped], batch_size: int = 500,
               on_progress: Callable[[int], None] | None = None) -> IngestReport:
        """Store records and Skipped items, ``batch_size`` per transaction.

        Posts already stored (by ``post_id``) are left as they are, so ingesting
        the same input twice adds nothing. A record that cannot be stored is
        recorded as skipped with the reason. If anything raises, the batch in
        progress is rolled back and the exception propagates; earlier batches
        stay. ``on_progress(n)`` is called after each batch with its size.
        """
        if not 1 <= batch_size <= MAX_BATCH_SIZE:
            raise QueryError(f"batch_size={batch_size}: use 1 to {MAX_BATCH_SIZE:,}.")
        report = IngestReport()
        it = iter(items)
        while batch := list(itertools.islice(it, batch_size)):
            with self.atomic():
                outcomes = [self._store(item) for item in batch]
            report.read += len(batch)
            report.new += outcomes.count("new")
            report.already_present += outcomes.count("already_present")
            report.skipped += [o for o in outcomes if isinstance(o, Skipped)]
            report.duplicates += sum(1 for item in batch if isinstance(item, dict) and item.get("duplicate_of"))
            if on_progress:
                on_progress(len(batch))
        return report

    def _store(self, item) -> str | Skipped:
        """Write one item: "new", "already_present", or the Skipped it was recorded as."""
        reason = rows.problem(item) if not isinstance(item, Skipped) else None
        if reason is None and isinstance(item, dict):
            try:
                with self.atomic():
                    return "new" if self._insert_record(item) else "already_present"
            except (TypeError, ValueError, sqlite3.InterfaceError, sqlite3.ProgrammingError) as ex:
                reason = f"record cannot be stored: {ex}"
        if not isinstance(item, Skipped):
            source = (item.get("source") if isinstance(item, dict) else None) or {}
            item = Skipped(str(source.get("file") or "?"), str(source.get("id") or "?"), reason)
        self.conn.execute(sql.INSERT_SKIPPED, (item.source_file, str(item.where), item.reason, now()))
        return item

    def _insert_record(self, record: dict) -> bool:
        cursor = self.conn.execute(sql.INSERT_POST, rows.post_row(record, now()))
        if cursor.rowcount == 0:
            return False
        post_id = record["post_id"]
        self.conn.executemany(sql.INSERT_POST_ORG, [(post_id, c) for c in rows.codes(record.get("organisations"))])
        for seq, event in enumerate(record.get("events") or []):
            event_id = self.conn.execute(sql.INSERT_EVENT, rows.event_row(post_id, seq, event)).lastrowid
            self.conn.executemany(sql.INSERT_PARTICIPANT, rows.participant_rows(event_id, event))
            self.conn.executemany(sql.INSERT_ACTOR, [(event_id, a) for a in rows.codes(event.get("actors"))])
        return True

    # -- reading ---------------------------------------------------------------

    def post(self, post_id: str) -> dict:
        """The stored record of one post."""
        found = self._rows(sql.POST, {"post_id": post_id})
        if not found:
            raise NotFoundError(f"no post with id {post_id!r}. Find ids with: communique search QUERY")
        return {**json.loads(found[0]["record"]), "ingested_at": found[0]["ingested_at"]}

    def search(self, query: str, limit: int = 20, offset: int = 0, filters: Filters | dict | None = None,
               highlight: tuple[str, str] = ("[", "]"), raw: bool = False, tokens: int = 24) -> list[dict]:
        """Posts matching ``query``, best first (bm25, titles weigh double), with a highlighted snippet.

        The query is escaped (every word a literal) unless ``raw=True``, in which
        case FTS5 syntax is allowed and a syntax error is a QueryError. A query
        with no words lists the newest posts.
        """
        limit, offset = check_limit(limit, offset)
        where, params = sql.post_where(Filters.of(filters))
        params.update(limit=limit, offset=offset)
        match = (query or "").strip() if raw else escape_fts(query or "")
        if not match:
            return [dict(r) for r in self._rows(sql.BROWSE.format(where=where), params)]
        params.update(match=match, start=highlight[0], end=highlight[1], tokens=max(1, min(int(tokens), 64)))
        return [dict(r) for r in self._rows(sql.SEARCH.format(where=where), params)]

    def events(self, filters: Filters | dict | None = None, limit: int = 50, offset: int = 0, **kwargs) -> list[dict]:
        """Events matching the filters (``actor=``, ``org=``, ``type=``, ``person=``, ``since=``, ``until=``, ``q=``), newest first."""
        limit, offset = check_limit(limit, offset)
        where, params = sql.event_where(Filters.of(filters, **kwargs))
        params.update(limit=limit, offset=offset)
        out = []
        for r in self._rows(sql.EVENTS.format(where=where), params):
            post = {k: r[k] for k in ("post_id", "channel", "published", "title", "url")}
            out.append({"event_id": r["event_id"], **post, **json.loads(r["record"])})
        return out

    def count_events(self, filters: Filters | dict | None = None, **kwargs) -> int:
        where, params = sql.event_where(Filters.of(filters, **kwargs))
        return self._rows(sql.COUNT_EVENTS.format(where=where), params)[0][0]

    def stats(self, top: int = 10) -> dict:
        """Counts of posts, events, people, states and organisations, the top state pairs, events by type, posts by channel."""
        out = dict(self._rows(sql.COUNTS)[0])
        out["top_pairs"] = [list(r) for r in self._rows(sql.TOP_PAIRS, {"limit": top})]
        out["by_type"] = dict(tuple(r) for r in self._rows(sql.BY_TYPE))
        out["by_channel"] = dict(tuple(r) for r in self._rows(sql.BY_CHANNEL))
        return out

    def people(self, limit: int = 100, offset: int = 0) -> list[dict]:
        """People who took part in events, by number of events: key, name, country, wikidata, events."""
        return self._listing(sql.PEOPLE, limit, offset)

    def states(self, limit: int = 300, offset: int = 0) -> list[dict]:
        """States that took part in events: iso3, events, posts."""
        return self._listing(sql.STATES, limit, offset)

    def organisations(self, limit: int = 300, offset: int = 0) -> list[dict]:
        """Organisation codes: posts mentioning them and events held in their framework."""
        return self._listing(sql.ORGANISATIONS, limit, offset)

    def _listing(self, query: str, limit: int, offset: int) -> list[dict]:
        limit, offset = check_limit(limit, offset)
        return [dict(r) for r in self._rows(query, {"limit": limit, "offset": offset})]

    def network(self, filters: Filters | dict | None = None, level: str = "state",
                types: Iterable[str] = NETWORK_TYPES, limit: int = 1000) -> dict:
        """Who met whom: nodes (states or people) with event counts, edges weighted by shared events.

        Only events of ``types`` (meetings, calls, visits) count.
        """
        if level not in sql.NETWORK:
            raise QueryError(f"level={level!r}: use one of {', '.join(sql.NETWORK)}.")
        limit, _ = check_limit(limit, 0)
        where, params = sql.event_where(Filters.of(filters))
        type_where, type_params = sql.types_where(list(types))
        events = sql.NETWORK_EVENTS.format(where=f"{where} AND {type_where}")
        params.update(type_params, limit=limit)
        nodes_sql, edges_sql = sql.NETWORK[level]
        return {
            "level": level,
            "nodes": [dict(r) for r in self._rows(nodes_sql.format(events=events), params)],
            "edges": [dict(r) for r in self._rows(edges_sql.format(events=events), params)],
        }
