"""The shapes that flow through communique: a Post in, a record out."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Post:
    """One published item (a channel post, a press release, a readout) as read.

    Every reader yields this shape; ``text`` is the raw text as published and is
    cleaned later by :mod:`communique.clean`.
    """

    text: str
    source_file: str = ""
    source_id: str | None = None  # the native id: message id, row number, document id
    channel: str | None = None
    forwarded_from: str | None = None
    published: str | None = None  # ISO 8601, with offset when known
    url: str | None = None
    title: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def post_id(self) -> str:
        """A stable id: the channel (or file name) and native id, else a text hash."""
        origin = self.channel or self.source_file.rsplit("/", 1)[-1]
        if self.source_id:
            key = f"{origin}:{self.source_id}"
        else:
            key = f"{origin}:{self.published or ''}:{self.text}"
        return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Skipped:
    """A post (or a piece of input) that could not be read, with the reason."""

    source_file: str
    where: str  # line number, row, message id...
    reason: str
