"""CSV (and TSV) tables with one post per row.

The text column is found by name (``text``, ``message``, ``content``, ``body``,
``post``) unless ``--text-column`` names it; likewise the id, date, URL and
channel columns. The Russian MFA scrape's columns (message_id, date, text,
urls, has_photo, views) are recognised as they are.

Quoting is read strictly: a row with broken quoting is skipped with the reason
and reading goes on at the next row. A field may hold up to twice
``max_post_chars`` characters, so an unclosed quote cannot swallow the whole
file into memory.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..models import Post, Skipped

TEXT = ("text", "message", "content", "body", "post", "full_text")
IDS = ("message_id", "id", "post_id", "msg_id", "guid")
DATES = ("date", "published", "datetime", "timestamp", "created_at", "time")
URLS = ("url", "link", "permalink")
CHANNELS = ("channel", "channel_name", "source", "author")
TITLES = ("title", "headline")


def pick(columns: list[str], wanted: tuple[str, ...], override: str | None = None) -> str | None:
    if override:
        return override if override in columns else None
    lower = {c.lower().strip(): c for c in columns}
    return next((lower[w] for w in wanted if w in lower), None)


def read(path: Path, options) -> Iterator[Post | Skipped]:
    csv.field_size_limit(max(2 * options.max_post_chars, 65536))
    with open(path, encoding="utf-8-sig", newline="") as fh:
        sample = fh.read(65536)
        fh.seek(0)
        delimiter = "\t" if path.suffix.lower() == ".tsv" or sample.split("\n", 1)[0].count("\t") > sample.split("\n", 1)[0].count(",") else ","
        reader = csv.DictReader(fh, delimiter=delimiter, strict=True)
        try:
            columns = reader.fieldnames or []
        except csv.Error as ex:
            raise InputError(path, f"the header row cannot be read ({ex})", "Check the file's quoting, or pass --format.") from None
        text_col = pick(columns, TEXT, options.text_column)
        if text_col is None:
            raise InputError(
                path,
                f"no text column among {', '.join(columns) or 'no columns'}",
                "Name it with --text-column COLUMN.",
            )
        id_col = pick(columns, IDS, options.id_column)
        date_col = pick(columns, DATES, options.date_column)
        url_col, chan_col, title_col = pick(columns, URLS), pick(columns, CHANNELS), pick(columns, TITLES)
        known = {text_col, id_col, date_col, url_col, chan_col, title_col}
        row_no = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as ex:
                row_no += 1
                if "field larger than field limit" in str(ex):
                    yield Skipped(str(path), f"line {reader.line_num}", f"a field of over {csv.field_size_limit():,} characters "
                                  "(an unclosed quote?); the rest of the file was not read (--max-post-chars)")
                    return
                yield Skipped(str(path), f"line {reader.line_num}", f"broken CSV quoting: {ex}")
                continue
            row_no += 1
            if None in row:
                yield Skipped(str(path), f"row {row_no}", f"row has {len(columns) + len(row[None])} fields, the header {len(columns)}")
                continue
            text = row.get(text_col) or ""
            yield Post(
                text=text,
                source_file=str(path),
                source_id=(row.get(id_col) or "").strip() or str(row_no) if id_col else str(row_no),
                channel=options.channel or (row.get(chan_col) if chan_col else None) or path.stem,
                published=(row.get(date_col) or None) if date_col else None,
                url=(row.get(url_col) or None) if url_col else None,
                title=(row.get(title_col) or None) if title_col else None,
                extra={k: v for k, v in row.items() if k not in known and v not in (None, "")},
            )
