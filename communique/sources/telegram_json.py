"""Telegram Desktop "Export chat history" in JSON (``result.json``).

The file is one object: the chat's ``name``, ``type`` and ``id`` and a
``messages`` list. A message's ``text`` is a string or a list of strings and
entity objects (``{"type": "hashtag", "text": "#SCO"}``). The list is parsed
incrementally (ijson), so an export of any size is read message by message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import ijson

from ..errors import InputError
from ..models import Post, Skipped


def flatten(text) -> str:
    """A message's text as one string, whatever form the export gave it."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) for part in text if isinstance(part, (str, dict)))
    return ""


def _check_complete(path: Path) -> None:
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        fh.seek(max(0, fh.tell() - 64))
        tail = fh.read().rstrip()
    if not tail.endswith(b"}"):
        raise InputError(path, "the JSON export is truncated (it does not end with '}')", "Export the chat again from Telegram Desktop and wait for it to finish.")


def read(path: Path, options) -> Iterator[Post | Skipped]:
    _check_complete(path)
    channel = options.channel or _chat_name(path) or path.stem
    with open(path, "rb") as fh:
        try:
            for msg in ijson.items(fh, "messages.item", use_float=True):
                yield from _message(msg, path, channel)
        except ijson.JSONError as ex:
            raise InputError(path, f"not a Telegram JSON export ({ex})", "Export with Telegram Desktop: Export chat history, format JSON.") from None


def _chat_name(path: Path) -> str | None:
    with open(path, "rb") as fh:
        try:
            for prefix, event, value in ijson.parse(fh):
                if prefix == "name" and event == "string":
                    return value
                if prefix == "messages":
                    return None
        except ijson.JSONError:
            return None
    return None


def _message(msg, path: Path, channel: str) -> Iterator[Post | Skipped]:
    if not isinstance(msg, dict):
        yield Skipped(str(path), "?", "a message that is not a JSON object")
        return
    if msg.get("type", "message") != "message":
        return  # service messages (pinned, joined...) are not posts
    text = flatten(msg.get("text"))
    if not text.strip():
        caption = msg.get("caption")
        text = flatten(caption) if caption else ""
    if not text.strip():
        return  # photos and stickers without text
    ident = msg.get("id")
    yield Post(
        text=text,
        source_file=str(path),
        source_id=str(ident) if ident is not None else None,
        channel=channel,
        forwarded_from=msg.get("forwarded_from"),
        published=msg.get("date"),
        extra={k: msg[k] for k in ("from", "date_unixtime", "edited") if k in msg},
    )
