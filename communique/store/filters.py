"""What a query may ask for, checked before any SQL is built.

:class:`Filters` holds the filters that ``search``, ``events`` and ``network``
share; :func:`escape_fts` turns what a user typed into a MATCH expression that
cannot be a syntax error (datasette's ``escape_fts``: every token quoted).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import date

from ..errors import QueryError

MAX_LIMIT = 10_000
MAX_OFFSET = 1_000_000_000  # beyond any table here; far below SQLite's 64-bit integers
ISO3 = re.compile(r"^[A-Za-z]{3}$")
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
NOT_WORD = re.compile(r"[^\w\s]+")
FTS_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def person_key(name: str) -> str:
    """The key people are found by: casefolded, accents and punctuation stripped, spaces collapsed.

    "Joseph R. Biden, Jr." -> "joseph r biden jr"; "Jean-Marie Traoré" -> "jean marie traore".
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(NOT_WORD.sub(" ", plain).split())


def escape_fts(query: str) -> str:
    """A MATCH expression for ``query`` in which every token is a quoted string.

    Quoted phrases stay phrases, an unbalanced quote is closed, tokens without
    a letter or digit are dropped, and a trailing ``*`` keeps its prefix
    meaning. ``AND``, ``NEAR(``, ``'; DROP TABLE`` are just words.
    """
    query = query.replace("\x00", " ")  # SQLite reads a MATCH string up to the first NUL
    if query.count('"') % 2:
        query += '"'
    terms = []
    for phrase, word in FTS_TOKEN.findall(query):
        token, prefix = phrase or word, word.endswith("*")
        token = token.rstrip("*") if prefix else token
        if re.search(r"\w", token):
            terms.append('"' + token.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def parse_date(value: str | None, name: str, end: bool = False) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a full ISO date (the period's last day when ``end``)."""
    if value in (None, ""):
        return None
    m = PARTIAL_DATE.match(str(value).strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
        if day is None:
            day = calendar.monthrange(year, month)[1] if end else 1
        return date(year, month, int(day)).isoformat()
    except ValueError:
        raise QueryError(f"{name}={value!r} is not a date. Use YYYY-MM-DD (or YYYY-MM, YYYY), e.g. {name}=2024-03-01.") from None


def check_limit(limit, offset) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise QueryError(f"limit and offset must be whole numbers, not {limit!r} and {offset!r}.") from None
    if not 0 < limit <= MAX_LIMIT:
        raise QueryError(f"limit={limit} is out of range: use 1 to {MAX_LIMIT:,}.")
    if offset < 0:
        raise QueryError(f"offset={offset} is negative: use 0 or more.")
    if offset > MAX_OFFSET:
        raise QueryError(f"offset={offset} is out of range: use 0 to {MAX_OFFSET:,}.")
    return limit, offset


@dataclass(frozen=True)
class Filters:
    """Filters on events (and on the posts that report them). Empty values filter nothing."""

    actor: str | None = None  # ISO 3166-1 alpha-3, a state that took part
    org: str | None = None  # organisation code: the event's forum or one the post mentions
    type: str | None = None  # event type (meeting, phone_call...)
    person: str | None = None  # words of a participant's name, accents and case ignored
    since: str | None = None  # event date (for search: publication date) on or after
    until: str | None = None  # ... on or before
    q: str | None = None  # full-text search in the post
    channel: str | None = None

    @classmethod
    def of(cls, value: "Filters | dict | None" = None, **kwargs) -> "Filters":
        """Filters from a Filters, a dict and/or keyword arguments, checked and normalised."""
        given = dict(vars(value) if isinstance(value, Filters) else (value or {}), **kwargs)
        unknown = set(given) - {f.name for f in fields(cls)}
        if unknown:
            raise QueryError(f"unknown filter {', '.join(sorted(unknown))}. Use: {', '.join(f.name for f in fields(cls))}.")
        given = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in given.items()}
        if given.get("actor"):
            if not ISO3.match(given["actor"]):
                raise QueryError(f"actor={given['actor']!r} is not an ISO 3166-1 alpha-3 code. Use e.g. actor=RUS.")
            given["actor"] = given["actor"].upper()
        if given.get("org"):
            given["org"] = given["org"].upper()
        if given.get("person"):
            given["person"] = person_key(given["person"])
        given["since"] = parse_date(given.get("since"), "since")
        given["until"] = parse_date(given.get("until"), "until", end=True)
        if given["since"] and given["until"] and given["since"] > given["until"]:
            raise QueryError(f"since={given['since']} is after until={given['until']}: swap them.")
        return cls(**given)
