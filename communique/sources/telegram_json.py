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

MAX_DEPTH = 64
# ijson re-reads a string token at every buffer refill: with the default 64 KiB a 50 MB text takes 20 s, with 4 MiB 0.5 s
BUFFER = 4 << 20


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
            for msg in messages(fh, path):
                yield from _message(msg, path, channel)
        except ijson.JSONError as ex:
            raise InputError(path, f"not a Telegram JSON export ({ex})", "Export with Telegram Desktop: Export chat history, format JSON.") from None


def messages(fh, path: Path) -> Iterator:
    """The items of the top-level ``messages`` list, built one at a time.

    ``ijson.items`` keeps a prefix string per nesting level, which costs memory
    quadratic in the depth (gigabytes for 10,000 levels); the events of
    ``basic_parse`` carry no prefix, and nesting deeper than MAX_DEPTH (a real
    export nests 4 or 5 levels) is refused.
    """
    depth, key, builder, in_messages = 0, None, None, False
    for event, value in ijson.basic_parse(fh, buf_size=BUFFER, use_float=True):
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(path, f"JSON nested over {MAX_DEPTH} levels deep", "Export the chat again from Telegram Desktop.")
        elif event in ("end_map", "end_array"):
            depth -= 1
        if builder is not None:
            builder.event(event, value)
            if depth == 2:
                yield builder.value
                builder = None
        elif in_messages and depth == 3:
            builder = ijson.ObjectBuilder()
            builder.event(event, value)
        elif in_messages and depth == 2 and event not in ("start_map", "start_array", "end_map", "end_array"):
            yield value  # a scalar in the list: not a message, reported as such
        elif depth == 1 and event == "map_key":
            key = value
        in_messages = depth >= 2 and (in_messages or key == "messages")


def _chat_name(path: Path) -> str | None:
    """The top-level ``name``, if it comes before the messages (basic_parse: see :func:`messages`)."""
    depth, key = 0, None
    with open(path, "rb") as fh:
        try:
            for event, value in ijson.basic_parse(fh, buf_size=BUFFER):
                if depth == 1 and key == "name" and event == "string":
                    return value
                if depth == 1 and event == "map_key":
                    key = value
                    if key == "messages":
                        return None
                depth += event in ("start_map", "start_array")
                depth -= event in ("end_map", "end_array")
                if depth > MAX_DEPTH:
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
        source_id=str(ident) if isinstance(ident, (str, int, float)) else None,
        channel=channel,
        forwarded_from=_text(msg.get("forwarded_from")),
        published=_text(msg.get("date")),
        extra={k: msg[k] for k in ("from", "date_unixtime", "edited") if k in msg},
    )


def _text(value) -> str | None:
    """A field that should be a string: kept if it is one, else left out."""
    return value if isinstance(value, str) and value.strip() else None
