"""The Python API: what ``import communique`` offers beyond the Database and ``records``."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from .errors import CommuniqueError, LimitExceeded
from .models import Post, Skipped


@lru_cache(maxsize=1)
def default_kb():
    from .kb import load_kb

    return load_kb()


def extract_text(text: str, published: str | None = None, channel: str | None = None,
                 max_chars: int | None = None, title: str | None = None) -> dict:
    """The record for one text: cleaned, with its events extracted.

    ``title`` is a document's headline when it has one (a press release, a
    readout); as the readers do, it opens the text if the text does not
    already start with it.

    A text longer than ``max_chars`` (default: the readers' ``max_post_chars``)
    raises LimitExceeded, as such a post is skipped when read from a file.

    Example::

        record = extract_text("On October 16, Beijing hosted talks between Sergey Lavrov and Wang Yi.",
                              published="2023-10-16T09:00:00+03:00")
        record["events"][0]["type"], record["events"][0]["date"]
    """
    from .pipeline import Deduplicator, extract_one, prepared, with_context

    from .sources import ReadOptions

    if not isinstance(text, str) or not text.strip():
        raise CommuniqueError("extract_text needs a non-empty text.")
    limit = ReadOptions.max_post_chars if max_chars is None else max_chars
    if len(text) > limit:
        raise LimitExceeded(f"a text of {len(text):,} characters is over the limit of {limit:,}: pass a larger max_chars= to extract it.")
    if published is not None and not isinstance(published, str):
        raise CommuniqueError(f"published must be an ISO 8601 string, not {type(published).__name__}.")
    if title is not None and (not isinstance(title, str) or not title.strip()):
        raise CommuniqueError("title must be a non-empty string when given.")
    if title is not None and not text.lstrip().startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}"
    kb = default_kb()
    post = Post(text=text, source_file="<text>", channel=channel, published=published, title=title.strip() if title else None)
    (item, context), = with_context(prepared([post], kb))
    result = extract_one(item, kb, context, Deduplicator())
    if isinstance(result, Skipped):
        raise CommuniqueError(f"the text could not be extracted: {result.reason}")
    return result


def ingest_files(db, paths, format: str = "auto", options=None, batch_size: int = 500,
                 on_progress: Callable[[int], None] | None = None, workers: int = 1, names=None):
    """Extract and store every file in ``paths``; one IngestReport for all of them.

    Posts are committed in batches, so memory stays flat on any input. A file
    that cannot be read (an InputError) is listed in ``report.errors`` and the
    other files still go in; nothing already stored is changed.
    """
    from .pipeline import records
    from .store import IngestReport

    errors = []
    stream = records(paths, format, options, kb=default_kb(), on_error=lambda path, ex: errors.append(ex),
                     names=names, workers=workers)
    report = db.ingest(stream, batch_size, on_progress) or IngestReport()
    report.errors.extend(errors)
    return report
