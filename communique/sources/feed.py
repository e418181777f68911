"""RSS and Atom feeds (a saved file or a live URL), parsed by feedparser."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import feedparser
from bs4 import BeautifulSoup

from ..errors import InputError
from ..models import Post


def entry_text(entry) -> str:
    html = ""
    if entry.get("content"):
        html = entry["content"][0].get("value", "")
    html = html or entry.get("summary", "")
    text = BeautifulSoup(html, "html.parser").get_text("\n") if "<" in html else html
    title = (entry.get("title") or "").strip()
    return f"{title}\n\n{text.strip()}" if title and not text.strip().startswith(title) else text.strip()


def entry_published(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    return entry.get("published") or entry.get("updated")


def parse(source, label: str, channel: str | None = None) -> Iterator[Post]:
    parsed = feedparser.parse(source)
    if parsed.bozo and not parsed.entries:
        raise InputError(label, f"not a readable RSS or Atom feed ({parsed.get('bozo_exception')})", "Check the URL or file.")
    name = channel or parsed.feed.get("title") or label
    for entry in parsed.entries:
        yield Post(
            text=entry_text(entry),
            source_file=label,
            source_id=entry.get("id") or entry.get("link"),
            channel=name,
            published=entry_published(entry),
            url=entry.get("link"),
            title=(entry.get("title") or "").strip() or None,
        )


def read(path: Path, options) -> Iterator[Post]:
    yield from parse(path.read_bytes(), str(path), options.channel)
