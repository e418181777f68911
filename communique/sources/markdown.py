"""Markdown press releases with YAML front matter (``title``, ``date``, ``url``...).

One file is one post; the front matter's title becomes the first paragraph.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import yaml

from ..models import Post, Skipped


def split_front_matter(text: str) -> tuple[dict, str]:
    if not text.startswith("---"):
        return {}, text
    parts = text.split("\n---", 1)
    if len(parts) < 2:
        return {}, text
    meta = yaml.safe_load(parts[0][3:]) or {}
    body = parts[1].split("\n", 1)[1] if "\n" in parts[1] else ""
    return (meta if isinstance(meta, dict) else {}), body


def read(path: Path, options) -> Iterator[Post | Skipped]:
    raw = path.read_text(encoding="utf-8-sig")
    try:
        meta, body = split_front_matter(raw)
    except yaml.YAMLError as ex:
        yield Skipped(str(path), "front matter", f"invalid YAML front matter: {str(ex).splitlines()[0]}")
        return
    title = str(meta["title"]).strip() if meta.get("title") else None
    body = body.strip()
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    date = meta.get("date") or meta.get("published")
    yield Post(
        text=text,
        source_file=str(path),
        source_id=str(meta.get("id") or path.stem),
        channel=options.channel or meta.get("channel") or meta.get("source") or path.parent.name or None,
        published=date.isoformat() if hasattr(date, "isoformat") else (str(date) if date else None),
        url=meta.get("url"),
        title=title,
    )
