"""From files to records: read, clean, mark duplicates, give each post its date context, extract.

``records(paths)`` is the one loop that ``communique extract``, ``communique
ingest`` and the Python API share. It yields a record (a dict) per post in input
order, and a :class:`~communique.models.Skipped` for anything that could not be
read or extracted; one bad post never stops the batch.
"""

from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .clean import clean_text, fingerprint
from .errors import CommuniqueError
from .extract import extract
from .extract.dates import DateContext, find_anchor
from .kb import KB, load_kb
from .models import Post, Skipped
from .sources import ReadOptions, expand_paths, read

MAX_BUFFER = 50  # posts without dates held back until a neighbour gives the year


class Deduplicator:
    """Remembers a short hash of every text seen; a repeat points at the first post."""

    def __init__(self):
        self.seen: dict[bytes, str] = {}

    def check(self, post_id: str, text: str) -> str | None:
        key = hashlib.blake2b(fingerprint(text).encode(), digest_size=12).digest()
        first = self.seen.setdefault(key, post_id)
        return None if first == post_id else first


def prepared(posts: Iterable[Post | Skipped], kb: KB) -> Iterator[Post | Skipped]:
    for item in posts:
        if isinstance(item, Post):
            item = replace(item, text=clean_text(item.text, kb.vocabulary))
        yield item


def with_context(posts: Iterable[Post | Skipped]) -> Iterator[tuple[Post | Skipped, DateContext | None]]:
    """Pair each post with the date its relative dates resolve against.

    A post with a publication date uses it. In a dump without dates, posts are
    in channel order, so a post takes its year from the previous post that
    states a full date or, before the first such post, from the next one.
    """
    waiting: deque = deque()
    last: DateContext | None = None
    for item in posts:
        if isinstance(item, Skipped) or item.published:
            yield from ((p, last) for p in waiting) if last else ((p, None) for p in waiting)
            waiting.clear()
            yield item, (DateContext.from_published(item.published) if isinstance(item, Post) else None)
            continue
        anchor = find_anchor(item.text)
        if anchor is not None and last is not None and anchor < last.reference - timedelta(days=45):
            anchor = None  # a historical date ("the summit of October 14, 2022"), not this post's
        if anchor is not None:
            for p in waiting:
                yield p, DateContext(anchor, "before")
            waiting.clear()
            last = DateContext(anchor, "after")
            yield item, DateContext(anchor, "after")
        elif last is not None:
            yield item, last
        else:
            waiting.append(item)
            if len(waiting) > MAX_BUFFER:
                yield waiting.popleft(), None
    for p in waiting:
        yield p, last


def records(paths, format: str = "auto", options: ReadOptions | None = None, kb: KB | None = None,
            on_error: Callable[[Path, CommuniqueError], None] | None = None, names=None,
            workers: int = 1) -> Iterator[dict | Skipped]:
    """Every post of every file, extracted, in input order (see module doc).

    A file that cannot be read raises its InputError, unless ``on_error`` is
    given: then it is called with the path and the error, and the next file
    is read. Reposts are found across all the files of one call. With
    ``workers`` > 1, extraction runs in that many processes (reading, date
    context and repost detection stay in order in this one).
    """
    kb = kb or load_kb()
    dedup = Deduplicator()
    stream = _contexts(paths, format, options, kb, on_error)
    if workers > 1 and names is None:
        extracted = _parallel(stream, workers)
    else:
        extracted = ((item, _safe_extract(item, kb, context, names)) for item, context in stream)
    for item, result in extracted:
        if isinstance(result, dict):
            result["duplicate_of"] = dedup.check(result["post_id"], item.text)
        yield result


def _contexts(paths, format, options, kb, on_error) -> Iterator[tuple[Post | Skipped, DateContext | None]]:
    """(post, date context) for every post of every file, in order; unreadable files reported."""
    for path in expand_paths(paths):
        try:
            yield from with_context(prepared(read(path, format, options), kb))
        except CommuniqueError as ex:
            if on_error is None:
                raise
            on_error(path, ex)


def _safe_extract(item: Post | Skipped, kb: KB, context, names=None) -> dict | Skipped:
    if isinstance(item, Skipped):
        return item
    try:
        return extract(item, kb, context, names)
    except Exception as ex:  # one bad post never stops a batch: record why and go on
        return Skipped(item.source_file, item.source_id or "?", f"extraction failed: {type(ex).__name__}: {ex}")


def _extract_chunk(chunk: list) -> list:
    kb = load_kb()
    return [_safe_extract(item, kb, context) for item, context in chunk]


def _parallel(stream, workers: int, chunk_size: int = 64) -> Iterator[tuple]:
    """Extract in ``workers`` processes, chunk by chunk, keeping the input order."""
    from concurrent.futures import ProcessPoolExecutor
    from itertools import islice

    chunks = iter(lambda: list(islice(stream, chunk_size)), [])
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append((chunk, pool.submit(_extract_chunk, chunk)))
            if len(pending) >= 2 * workers:
                yield from _drain(pending.popleft())
        while pending:
            yield from _drain(pending.popleft())


def _drain(entry) -> Iterator[tuple]:
    chunk, future = entry
    yield from zip((item for item, _ in chunk), future.result())


def extract_one(post: Post, kb: KB, context, dedup: Deduplicator, names=None) -> dict | Skipped:
    """One post through extraction and repost detection (the Python API's path)."""
    record = _safe_extract(post, kb, context, names)
    if isinstance(record, dict):
        record["duplicate_of"] = dedup.check(record["post_id"], post.text)
    return record
