"""JSON Lines: one JSON object per line with a text field.

Recognised fields: ``text`` (or message/content/body), ``title``, ``id``,
``published`` (or date), ``url``, ``channel``. A title and a text both belong
to the document: the title becomes the first paragraph of the post's text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from ..models import Post, Skipped
from .csv_table import CHANNELS, DATES, IDS, TEXT, TITLES, URLS


def first(obj: dict, names: tuple[str, ...], override: str | None = None):
    if override:
        return obj.get(override)
    return next((obj[n] for n in names if obj.get(n) not in (None, "")), None)


def read(path: Path, options) -> Iterator[Post | Skipped]:
    with open(path, encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except (ValueError, RecursionError) as ex:  # JSONDecodeError, an int of over 4,300 digits, nesting
                yield Skipped(str(path), f"line {lineno}", f"not valid JSON: {ex}"[:300])
                continue
            if not isinstance(obj, dict):
                yield Skipped(str(path), f"line {lineno}", f"a JSON {type(obj).__name__}, not an object")
                continue
            yield from _post(obj, path, lineno, options)


def _post(obj: dict, path: Path, lineno: int, options) -> Iterator[Post | Skipped]:
    text = first(obj, TEXT, options.text_column)
    if not isinstance(text, str):
        yield Skipped(str(path), f"line {lineno}", "no text field (text, message, content, body); name it with --text-column")
        return
    title = first(obj, TITLES)
    title = title.strip() if isinstance(title, str) else None
    body = f"{title}\n\n{text}" if title and not text.lstrip().startswith(title) else text
    ident = first(obj, IDS, options.id_column)
    published = first(obj, DATES, options.date_column)
    yield Post(
        text=body,
        source_file=str(path),
        source_id=str(ident) if ident is not None else str(lineno),
        channel=options.channel or _str(first(obj, CHANNELS)) or path.stem,
        published=_str(published),
        url=_str(first(obj, URLS)),
        title=title,
        extra={"line": lineno},
    )


def _str(value) -> str | None:
    return None if value is None else str(value)
