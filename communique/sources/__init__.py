"""Readers: one module per input format, each yielding :class:`~communique.models.Post`.

``read(path)`` sniffs the format from the file's content (``--format`` overrides),
checks the file once (exists, not empty, valid UTF-8, within the size limit) and
then streams it post by post. A post that cannot be read is yielded as a
:class:`~communique.models.Skipped` with its reason, never raised.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from ..errors import InputError, LimitExceeded, UnknownFormat
from ..models import Post, Skipped
from . import channel_text, csv_table, feed, jsonl, markdown, telegram_html, telegram_json, telegram_web, web


@dataclass
class ReadOptions:
    """Settings shared by all readers (one object, not twenty keyword arguments)."""

    max_file_bytes: int = 2 * 1024**3  # --max-file-bytes: a bigger file is an error, nothing of it is read
    max_post_chars: int = 200_000  # --max-post-chars: a longer post is skipped with the reason
    max_posts: int = 1_000_000  # --max-posts: posts read from one file; the rest is skipped with the reason
    text_column: str | None = None  # CSV / JSON Lines: the field holding the post text
    id_column: str | None = None
    date_column: str | None = None
    channel: str | None = None  # override the channel name


READERS: dict[str, Callable[[Path, ReadOptions], Iterator[Post | Skipped]]] = {
    "channel-text": channel_text.read,
    "telegram-json": telegram_json.read,
    "telegram-html": telegram_html.read,
    "csv": csv_table.read,
    "jsonl": jsonl.read,
    "markdown": markdown.read,
    "feed": feed.read,
    "telegram-web": telegram_web.read,
}
FORMATS = ["auto", *READERS]
SUFFIXES = {".txt", ".json", ".html", ".htm", ".csv", ".tsv", ".jsonl", ".ndjson", ".md", ".markdown", ".xml", ".rss", ".atom"}


NOT_POSTS = ("readme", "license", "licence", "changelog", "contributing", ".")


def expand_paths(paths) -> list:
    """Files named directly, plus the readable files inside named folders (sorted;
    a folder's README, LICENSE and hidden files are not posts); web addresses as they are."""
    out: list = []
    for p in paths:
        if web.is_url(p):
            out.append(p)
            continue
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.lower().startswith(NOT_POSTS)
            ))
        else:
            out.append(p)
    return out


def check_file(path: Path, options: ReadOptions) -> None:
    """Raise a clear InputError unless ``path`` is a non-empty UTF-8 file within the limit."""
    try:
        _check_readable(path, options)
    except OSError as ex:
        raise InputError(path, f"cannot be read ({ex.strerror or ex})", "Check the file's permissions.") from None


def _check_readable(path: Path, options: ReadOptions) -> None:
    if not path.exists():
        raise InputError(path, "no such file", "Check the path; folders are read recursively.")
    if not path.is_file():
        raise InputError(path, "not a regular file", "Pass a file or a folder of files.")
    size = path.stat().st_size
    if size == 0:
        raise InputError(path, "the file is empty", "Export the channel again or pass another file.")
    if size > options.max_file_bytes:
        raise LimitExceeded(
            f"{path}: {size:,} bytes is over the file size limit of {options.max_file_bytes:,}. "
            "Split the file, or raise the limit with --max-file-bytes."
        )
    _check_utf8(path)


def _check_utf8(path: Path) -> None:
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as ex:
                raise InputError(
                    path,
                    f"invalid UTF-8 at byte {offset + ex.start}",
                    "Save the file as UTF-8 (e.g. iconv -f WINDOWS-1251 -t UTF-8 FILE > FILE.utf8).",
                ) from None
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise InputError(path, "the file ends inside a UTF-8 character", "The file looks truncated: copy it again.") from None


def detect_format(path: Path) -> str:
    """Name the format of ``path`` from its first bytes (and, for JSON, its keys)."""
    with open(path, "rb") as fh:
        head = fh.read(65536)
    if b"\x00" in head:
        raise UnknownFormat(path, "this is a binary file, not a text export", "Pass a text, JSON, CSV, HTML, Markdown or feed file.")
    text = head.decode("utf-8", "ignore").lstrip("\ufeff")
    stripped = text.lstrip()
    suffix = path.suffix.lower()
    if stripped.startswith("{"):
        first_line = stripped.split("\n", 1)[0].strip()
        if suffix in (".jsonl", ".ndjson") or (first_line.endswith("}") and '"messages"' not in first_line[:200]):
            return "jsonl"
        return "telegram-json"
    if stripped.startswith("<"):
        low = stripped[:4000].lower()
        if "<rss" in low or "<feed" in low or "<rdf:rdf" in low:
            return "feed"
        if telegram_web.MARK in low:
            return "telegram-web"
        if "<html" in low or "<!doctype html" in low:
            return "telegram-html"
        raise UnknownFormat(path, "XML that is neither RSS nor Atom", "Pass an RSS or Atom feed, or a Telegram HTML export.")
    if stripped.startswith("---\n") or stripped.startswith("---\r\n"):
        return "markdown"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".md", ".markdown"):
        return "markdown"
    return "channel-text"


def read(path, format: str = "auto", options: ReadOptions | None = None) -> Iterator[Post | Skipped]:
    """Stream the posts of one file. Raises InputError before the first post if the file is unusable."""
    options = options or ReadOptions()
    if web.is_url(path):
        yield from within_limits(web.read(path, format, options), path, options)
        return
    path = Path(path)
    check_file(path, options)
    name = detect_format(path) if format == "auto" else format
    if name not in READERS:
        raise UnknownFormat(path, f"unknown format {name!r}", f"Use one of: {', '.join(FORMATS)}.")
    yield from within_limits(READERS[name](path, options), path, options)


def within_limits(items: Iterator[Post | Skipped], path: Path, options: ReadOptions) -> Iterator[Post | Skipped]:
    """The items of one file, long and empty posts skipped, and no more than ``max_posts`` of them."""
    count = 0
    for item in items:
        count += 1
        if count > options.max_posts:
            yield Skipped(str(path), f"post {count:,}", f"the file has more than {options.max_posts:,} posts; the rest were not read (--max-posts)")
            return
        if isinstance(item, Post) and len(item.text) > options.max_post_chars:
            yield Skipped(str(path), item.source_id or "?", f"post of {len(item.text):,} characters is over the limit of {options.max_post_chars:,} (--max-post-chars)")
        elif isinstance(item, Post) and not item.text.strip():
            yield Skipped(str(path), item.source_id or "?", "post has no text")
        else:
            yield item
