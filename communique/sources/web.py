"""Live sources: an RSS/Atom feed or a Telegram channel preview fetched over HTTP(S).

The page is fetched once per read, with a time limit and the file size limit,
then parsed by the feed or Telegram-preview reader as if it were a saved file.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import Iterator

from .. import __version__
from ..errors import InputError, LimitExceeded
from ..models import Post
from . import feed, telegram_web

TIMEOUT = 30


def is_url(value) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int, timeout: float = TIMEOUT) -> bytes:
    """The body at ``url``; InputError naming the address on any failure."""
    request = urllib.request.Request(url, headers={"User-Agent": f"communique/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
    except urllib.error.HTTPError as ex:
        raise InputError(url, f"the server answered {ex.code} {ex.reason}", "Check the address.") from None
    except (urllib.error.URLError, OSError, ValueError) as ex:
        reason = getattr(ex, "reason", ex)
        raise InputError(url, f"cannot be fetched ({reason})", "Check the address and the network.") from None
    if len(body) > max_bytes:
        raise LimitExceeded(f"{url}: the page is over the size limit of {max_bytes:,} bytes. Raise it with --max-file-bytes.")
    return body


def read(url: str, format: str, options) -> Iterator[Post]:
    """The posts of a live feed or channel preview."""
    body = fetch(url, options.max_file_bytes)
    if format == "auto":
        format = "telegram-web" if telegram_web.MARK.encode() in body[:500_000] else "feed"
    if format == "telegram-web":
        yield from telegram_web.parse(body.decode("utf-8", "replace"), url, options.channel)
    elif format == "feed":
        yield from feed.parse(body, url, options.channel)
    else:
        raise InputError(url, f"a web address cannot be read as {format}", "Use --format auto, feed or telegram-web.")
