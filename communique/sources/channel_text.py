"""Channel text dumps: posts copied out of a Telegram channel as plain text.

Three layouts are recognised from the first 64 KiB:

* "Forwarded from NAME" lines open each post (a doubled header is one post);
* Telegram Desktop's copy header "NAME, [20.09.2023 18:01]" opens each post
  (and gives its publication time);
* otherwise posts are blocks separated by blank lines.

The body that copied posts repeat is removed later, by :mod:`communique.clean`.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Iterator

from ..models import Post

# No lazy group before a trailing \s*$: that backtracks quadratically on a long run of spaces.
FORWARDED = re.compile(r"^\s*Forwarded from\s+(?P<name>\S.*)$")
MAX_HEADER = 400  # a header line is short; longer lines are body text and never matched
COPY_HEADER = re.compile(r"^(?P<name>.{1,120}?),\s*\[(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\]\s*$")


def _layout(path: Path) -> str:
    with open(path, encoding="utf-8-sig") as fh:
        head = fh.read(65536)
    lines = [line for line in head.splitlines() if len(line) <= MAX_HEADER]
    if any(FORWARDED.match(l) for l in lines):
        return "forwarded"
    if any(COPY_HEADER.match(l) for l in lines):
        return "copy-header"
    return "blocks"


def read(path: Path, options) -> Iterator[Post]:
    layout = _layout(path)
    channel = options.channel or path.stem
    number = 0
    header: dict = {}
    body: list[str] = []

    def emit():
        nonlocal number
        text = "\n".join(body).strip("\n")
        if text.strip():
            number += 1
            return Post(
                text=text,
                source_file=str(path),
                source_id=str(number),
                channel=channel,
                forwarded_from=header.get("forwarded_from"),
                published=header.get("published"),
                extra={"line": header.get("line", 1)},
            )
        return None

    with open(path, encoding="utf-8-sig") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\r\n")
            new_header = _header(line, layout, lineno)
            if new_header is None and layout == "blocks" and not line.strip():
                new_header = {"line": lineno + 1}
            if new_header is not None:
                if layout == "forwarded" and not "".join(body).strip() and header.get("forwarded_from"):
                    continue  # a doubled "Forwarded from" line: still the same post
                if (post := emit()) is not None:
                    yield post
                header, body = new_header, []
                continue
            body.append(line)
    if (post := emit()) is not None:
        yield post


def _header(line: str, layout: str, lineno: int) -> dict | None:
    if len(line) > MAX_HEADER:
        return None
    if layout == "forwarded" and (m := FORWARDED.match(line)):
        return {"forwarded_from": m["name"].rstrip(), "line": lineno}
    if layout == "copy-header" and (m := COPY_HEADER.match(line)):
        try:
            stamp = datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"]), int(m["M"]), int(m["S"] or 0))
        except ValueError:
            return None
        return {"published": stamp.isoformat(), "line": lineno}
    return None
