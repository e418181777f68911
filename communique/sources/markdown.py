"""Markdown press releases with YAML front matter (``title``, ``date``, ``url``...).

One file is one post; the front matter's title becomes the first paragraph.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Iterator

import yaml

from ..models import Post, Skipped


MAX_FRONT_MATTER = 65536  # characters; YAML is parsed in pure Python, slowly


def split_front_matter(text: str) -> tuple[dict, str]:
    if not text.startswith("---"):
        return {}, text
    parts = text.split("\n---", 1)
    if len(parts) < 2:
        return {}, text
    if len(parts[0]) > MAX_FRONT_MATTER:
        raise ValueError(f"the front matter is over {MAX_FRONT_MATTER:,} characters")
    meta = yaml.safe_load(parts[0][3:]) or {}
    body = parts[1].split("\n", 1)[1] if "\n" in parts[1] else ""
    return (meta if isinstance(meta, dict) else {}), body


def read(path: Path, options) -> Iterator[Post | Skipped]:
    raw = path.read_text(encoding="utf-8-sig")
    try:
        meta, body = split_front_matter(raw)
    except (yaml.YAMLError, ValueError, RecursionError) as ex:  # ValueError: a date like 2024-02-30
        yield Skipped(str(path), "front matter", f"invalid YAML front matter: {(str(ex).splitlines() or [type(ex).__name__])[0]}")
        return
    title = scalar(meta.get("title"))
    body = body.strip()
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    yield Post(
        text=text,
        source_file=str(path),
        source_id=scalar(meta.get("id")) or path.stem,
        channel=options.channel or scalar(meta.get("channel")) or scalar(meta.get("source")) or path.parent.name or None,
        published=scalar(meta.get("date")) or scalar(meta.get("published")),
        url=scalar(meta.get("url")),
        title=title,
    )


def scalar(value) -> str | None:
    """A front matter value as text; lists and mappings (and YAML alias bombs built of them) are ignored."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip() or None
    return None
