"""Telegram Desktop "Export chat history" in HTML (``messages.html``, ``messages2.html``...).

Each post is a ``div.message.default`` with an ``id="messageN"``; its time is
the ``title`` of ``div.date`` ("20.09.2023 18:01:00 UTC+03:00"), its text
``div.text``, and a forward's origin ``div.forwarded div.from_name``.
Telegram splits exports into files of 1,000 messages, so one file fits in memory.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Iterator

from bs4 import BeautifulSoup

from ..errors import InputError
from ..models import Post

STAMP = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?: UTC([+-]\d{2}):(\d{2}))?")


def parse_stamp(title: str | None) -> str | None:
    m = STAMP.search(title or "")
    if not m:
        return None
    d, mo, y, H, M, S, oh, om = m.groups()
    try:
        stamp = datetime(int(y), int(mo), int(d), int(H), int(M), int(S)).isoformat()
    except ValueError:
        return None
    return f"{stamp}{oh}:{om}" if oh else stamp


def read(path: Path, options) -> Iterator[Post]:
    with open(path, encoding="utf-8-sig") as fh:
        soup = BeautifulSoup(fh.read(), "html.parser")
    messages = soup.select("div.message")
    if not messages:
        raise InputError(path, "an HTML file with no Telegram messages (div.message)", "Pass messages.html from a Telegram Desktop export.")
    header = soup.select_one("div.page_header div.text")
    channel = options.channel or (header.get_text(" ", strip=True) if header else path.stem)
    for div in messages:
        if "service" in (div.get("class") or []):
            continue
        text_div = div.select_one("div.body > div.text") or div.select_one("div.text")
        if text_div is None:
            continue
        for br in text_div.find_all("br"):
            br.replace_with("\n")
        forwarded = div.select_one("div.forwarded div.from_name")
        if forwarded is not None:
            for span in forwarded.select("span.details"):
                span.extract()
        date_div = div.select_one("div.date")
        yield Post(
            text=text_div.get_text(),
            source_file=str(path),
            source_id=(div.get("id") or "").removeprefix("message") or None,
            channel=channel,
            forwarded_from=forwarded.get_text(" ", strip=True) if forwarded is not None else None,
            published=parse_stamp(date_div.get("title") if date_div is not None else None),
        )
