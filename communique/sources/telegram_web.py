"""A public Telegram channel's web preview (``https://t.me/s/CHANNEL``), live or saved.

Each post is a ``div.tgme_widget_message`` whose ``data-post`` is
"CHANNEL/ID"; its text is ``div.tgme_widget_message_text`` (``<br>`` for line
breaks), its time the ``datetime`` of the ``time`` inside
``a.tgme_widget_message_date`` (whose ``href`` is the post's address), and a
forward names its origin in ``.tgme_widget_message_forwarded_from_name``. The
preview shows the latest posts (about twenty) of an open channel, which is
how a channel is followed without an account or an API key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from bs4 import BeautifulSoup

from ..errors import InputError
from ..models import Post

MARK = "tgme_widget_message"


def parse(html: str, label: str, channel: str | None = None) -> Iterator[Post]:
    soup = BeautifulSoup(html, "html.parser")
    messages = soup.select("div.tgme_widget_message[data-post]")
    if not messages and MARK not in html:
        raise InputError(label, "not a Telegram channel preview (no tgme_widget_message)", "Pass a t.me/s/CHANNEL page.")
    for div in messages:
        text_div = div.select_one("div.tgme_widget_message_text")
        if text_div is None:
            continue  # a photo or a sticker without a caption
        for br in text_div.find_all("br"):
            br.replace_with("\n")
        name, _, ident = div["data-post"].partition("/")
        stamp = div.select_one("a.tgme_widget_message_date time[datetime]")
        link = div.select_one("a.tgme_widget_message_date[href]")
        origin = div.select_one(".tgme_widget_message_forwarded_from_name")
        yield Post(
            text=text_div.get_text(),
            source_file=label,
            source_id=ident or None,
            channel=channel or name or None,
            forwarded_from=origin.get_text(" ", strip=True) if origin is not None else None,
            published=stamp["datetime"] if stamp is not None else None,
            url=link["href"] if link is not None else None,
        )


def read(path: Path, options) -> Iterator[Post]:
    yield from parse(path.read_text(encoding="utf-8-sig"), str(path), options.channel)
