"""The query parameters every page and API endpoint shares, named like the CLI options.

``filter_params`` is a FastAPI dependency: it reads ``q``, ``actor``, ``org``,
``type``, ``person``, ``since``, ``until`` and ``channel`` and returns checked
:class:`~communique.store.Filters` (a QueryError, i.e. a 400, when one is wrong).
``page_params`` reads ``limit`` (1 to 200) and ``offset``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Query

from ..store import Filters

MAX_PAGE = 200
MAX_OFFSET = 100_000
MAX_TEXT = 500  # characters in any one query parameter

Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
FILTER_NAMES = tuple(f.name for f in fields(Filters))


def filter_params(
    q: Text = None, actor: Text = None, org: Text = None,
    type_: Annotated[str | None, Query(alias="type", max_length=MAX_TEXT)] = None,
    person: Text = None, since: Text = None, until: Text = None, channel: Text = None,
) -> Filters:
    """The filters of a request, checked."""
    return Filters.of(q=q, actor=actor, org=org, type=type_, person=person, since=since, until=until, channel=channel)


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page_params(limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
                offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> Page:
    return Page(limit, offset)


def as_params(filters: Filters, **extra) -> dict:
    """The non-empty filters and extra values, as query parameters (in a stable order)."""
    values = {name: getattr(filters, name) for name in FILTER_NAMES}
    values.update(extra)
    return {k: v for k, v in values.items() if v not in (None, "")}


def href(path: str, params: dict | None = None, **changes) -> str:
    """``path`` with ``params`` as its query string; a change to None drops that parameter."""
    values = {**(params or {}), **changes}
    query = urlencode({k: v for k, v in values.items() if v not in (None, "")})
    return f"{path}?{query}" if query else path
