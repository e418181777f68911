"""The Python API: what ``import communique`` offers beyond the Database and ``records``."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from .errors import CommuniqueError
from .models import Post, Skipped


@lru_cache(maxsize=1)
def default_kb():
    from .kb import load_kb

    return load_kb()


def extract_text(text: str, published: str | None = None, channel: str | None = None) -> dict:
    """The record for one text: cleaned, with its events extracted.

    Example::

        record = extract_text("On October 16, Beijing hosted talks between Sergey Lavrov and Wang Yi.",
                              published="2023-10-16T09:00:00+03:00")
        record["events"][0]["type"], record["events"][0]["date"]
    """
    from .pipeline import Deduplicator, extract_one, prepared, with_context

    if not isinstance(text, str) or not text.strip():
        raise CommuniqueError("extract_text needs a non-empty text.")
    kb = default_kb()
    post = Post(text=text, source_file="<text>", channel=channel, published=published)
    (item, context), = with_context(prepared([post], kb))
    result = extract_one(item, kb, context, Deduplicator())
    if isinstance(result, Skipped):
        raise CommuniqueError(f"the text could not be extracted: {result.reason}")
    return result


def ingest_files(db, paths, format: str = "auto", options=None, batch_size: int = 500,
                 on_progress: Callable[[int], None] | None = None):
    """Extract and store every file in ``paths``; one IngestReport for all of them.

    Each file goes in in one transaction: a file that turns out unreadable
    (an InputError, even half-way through) leaves the database as it was and
    is listed in ``report.errors``; the other files still go in.
    """
    from .pipeline import records
    from .sources import expand_paths
    from .store import IngestReport

    report = IngestReport()
    for path in expand_paths(paths):
        try:
            with db.atomic():
                report += db.ingest(records([path], format, options, kb=default_kb()), batch_size, on_progress)
        except CommuniqueError as ex:
            report.errors.append(ex)
    return report
