"""Read-only connections kept open between requests, and the version of the data they read.

Opening a connection (and checking its migrations) costs more than many of the
queries the app runs, so :class:`Readers` lends each request an idle
connection, or opens one, and takes it back afterwards. Every connection is
``mode=ro`` with the app's time limit. When the file at the path is replaced
(another inode), the connections to the old one are closed and new ones opened.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import CommuniqueError
from ..store import Database

MAX_IDLE = 16  # connections kept open between requests; more are opened under load and closed after


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, None if there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class Readers:
    """A pool of read-only Databases over one file; each is used by one request at a time."""

    def __init__(self, path, max_idle: int = MAX_IDLE):
        self.path, self.max_idle = Path(path), max_idle
        self._lock = threading.Lock()
        self._idle: list[Database] = []
        self._identity = file_identity(self.path)
        self._watch: Database | None = None  # asks for PRAGMA data_version

    @contextmanager
    def reader(self, time_limit: float) -> Iterator[Database]:
        """A read-only Database for the length of a request, stopping queries after ``time_limit`` seconds."""
        db, identity = self._take(time_limit)
        db.time_limit = time_limit
        try:
            yield db
        finally:
            self._give(db, identity)

    def version(self) -> tuple | None:
        """A value that changes whenever the data changes: the file's identity and SQLite's data_version.

        None when it cannot be known without waiting (no file, or the file locked): do not cache then.
        """
        identity = file_identity(self.path)
        with self._lock:
            self._check(identity)
            try:
                if self._watch is None:
                    self._watch = Database(self.path, readonly=True)
                    self._watch.conn.execute("PRAGMA busy_timeout = 0")
                return identity, self._watch.conn.execute("PRAGMA data_version").fetchone()[0]
            except (sqlite3.Error, CommuniqueError):  # no file, not a database, locked: the request will tell
                self._drop_watch()
                return None

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            self._drop_watch()
        for db in idle:
            db.close()

    def _take(self, time_limit: float) -> tuple[Database, tuple | None]:
        identity = file_identity(self.path)
        with self._lock:
            self._check(identity)
            db = self._idle.pop() if self._idle else None
        return db or Database(self.path, readonly=True, time_limit=time_limit), identity

    def _give(self, db: Database, identity) -> None:
        with self._lock:
            keep = identity == self._identity and len(self._idle) < self.max_idle and not db.conn.in_transaction
            if keep:
                self._idle.append(db)
        if not keep:
            db.close()

    def _check(self, identity) -> None:
        """Called with the lock held: forget the connections to a file that has been replaced."""
        if identity == self._identity:
            return
        self._identity, stale = identity, self._idle
        self._idle = []
        self._drop_watch()
        for db in stale:
            db.close()

    def _drop_watch(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
