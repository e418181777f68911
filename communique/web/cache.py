"""Answers kept for a short time: the same GET over the same data is not computed twice.

:class:`ResponseCache` is ASGI middleware. It keeps the finished 200 answers to
GET requests without a body, keyed by the version of the data (see
:meth:`Readers.version <communique.web.readers.Readers.version>`: any commit to
the database, or a new file at the path, makes a new key) and by the request's
scheme, host, path and query string. Entries expire after ``ttl`` seconds; the
least recently used go first once ``max_bytes`` of bodies are held.
"""

from __future__ import annotations

import time
from collections import OrderedDict

TTL = 30.0  # seconds
MAX_BYTES = 32 * 1024 * 1024  # of response bodies held
MAX_ENTRY = 1024 * 1024  # larger answers are not kept


class ResponseCache:
    def __init__(self, app, readers, ttl: float = TTL, max_bytes: int = MAX_BYTES, skip: tuple[str, ...] = ("/static/",)):
        self.app, self.readers, self.ttl, self.max_bytes, self.skip = app, readers, ttl, max_bytes, skip
        self._entries: OrderedDict[tuple, tuple[float, dict, bytes]] = OrderedDict()
        self._bytes = 0

    async def __call__(self, scope, receive, send):
        key = self._key(scope) if self.max_bytes > 0 else None
        version = self.readers.version() if key else None
        if version is None:
            return await self.app(scope, receive, send)
        key = (version, *key)
        if hit := self._get(key):
            start, body = hit
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        start, chunks = {}, []

        async def keep(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    self._put(key, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, keep)

    def _key(self, scope) -> tuple | None:
        """What the answer depends on, or None for a request that must not be cached."""
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(self.skip):
            return None
        headers = dict(scope["headers"])
        if headers.get(b"content-length", b"0") != b"0" or b"transfer-encoding" in headers:
            return None
        return scope["scheme"], headers.get(b"host"), scope.get("root_path", ""), scope["path"], scope["query_string"]

    def _get(self, key) -> tuple[dict, bytes] | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        stored, start, body = entry
        if time.monotonic() - stored > self.ttl:
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return start, body

    def _put(self, key, start: dict, body: bytes) -> None:
        if start.get("status") != 200 or len(body) > MAX_ENTRY:
            return
        self._drop(key)
        self._entries[key] = (time.monotonic(), dict(start), body)
        self._bytes += len(body)
        while self._bytes > self.max_bytes:
            self._drop(next(iter(self._entries)))

    def _drop(self, key) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= len(entry[2])
