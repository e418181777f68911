"""Queries for the web app that the Database does not offer: totals and facets of a search,
events per week, and dossiers (one state, person or organisation, with its counterparts).

Every function takes a :class:`~communique.store.Database` and runs its SQL through
``db._rows`` (so the read-only time limit applies). As in :mod:`.queries`, values
travel as named parameters; only fixed SQL is assembled.
"""

from __future__ import annotations

import json
from dataclasses import replace

from ..errors import NotFoundError, QueryError
from . import queries as sql
from .filters import ISO3, Filters, check_limit, escape_fts, person_key

# Each facet counts the matching posts per value, best first (years newest first), in one
# query: the posts (``matched``) and their events are found once. ``pos`` keeps each facet's order.
FACET_ARMS = {
    "actor": """SELECT value, label, n, row_number() OVER (ORDER BY n DESC, value) AS pos FROM (
                    SELECT a.iso3 AS value, a.iso3 AS label, count(DISTINCT e.post_id) AS n
                    FROM event_actors a JOIN matched_events e ON e.id = a.event_id
                    GROUP BY 1 ORDER BY n DESC, 1 LIMIT :size)""",
    "person": """SELECT label AS value, label, n, row_number() OVER (ORDER BY n DESC, id) AS pos FROM (
                    SELECT t.id, t.n, (SELECT name FROM participants WHERE coalesce(wikidata, person_key) = t.id
                                       GROUP BY name ORDER BY count(*) DESC, length(name) DESC, name LIMIT 1) AS label
                    FROM (SELECT coalesce(pa.wikidata, pa.person_key) AS id, count(DISTINCT e.post_id) AS n
                          FROM participants pa JOIN matched_events e ON e.id = pa.event_id
                          GROUP BY 1 ORDER BY n DESC, 1 LIMIT :size) t)""",
    "org": """SELECT value, label, n, row_number() OVER (ORDER BY n DESC, value) AS pos FROM (
                  SELECT code AS value, code AS label, count(DISTINCT post_id) AS n FROM (
                      SELECT post_id, code FROM post_organisations WHERE post_id IN (SELECT post_id FROM matched)
                      UNION SELECT post_id, forum FROM matched_events WHERE forum IS NOT NULL)
                  GROUP BY 1 ORDER BY n DESC, 1 LIMIT :size)""",
    "type": """SELECT value, label, n, row_number() OVER (ORDER BY n DESC, value) AS pos FROM (
                   SELECT type AS value, type AS label, count(DISTINCT post_id) AS n FROM matched_events
                   WHERE type IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT :size)""",
    "channel": """SELECT value, label, n, row_number() OVER (ORDER BY n DESC, value) AS pos FROM (
                      SELECT channel AS value, channel AS label, count(*) AS n FROM matched
                      WHERE channel IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT :size)""",
    "year": """SELECT value, label, n, row_number() OVER (ORDER BY value DESC) AS pos FROM (
                   SELECT substr(published, 1, 4) AS value, substr(published, 1, 4) AS label, count(*) AS n FROM matched
                   WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT :size)""",
}
FACETS = tuple(FACET_ARMS)
FACET_SQL = """
WITH matched AS (SELECT p.post_id, p.channel, p.published FROM posts p WHERE {where}),
matched_events AS (SELECT id, post_id, type, forum FROM events WHERE post_id IN (SELECT post_id FROM matched))
""" + "\nUNION ALL\n".join(f"SELECT '{name}' AS facet, * FROM ({arm})" for name, arm in FACET_ARMS.items()) + """
ORDER BY facet, pos"""
COUNT_MATCHES = "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH :match"

WEEKLY = """
SELECT date(e.date, '-' || ((CAST(strftime('%w', e.date) AS INTEGER) + 6) % 7) || ' days') AS week,
       coalesce(e.type, 'unknown') AS type, count(*) AS n
FROM events e JOIN posts p ON p.post_id = e.post_id
WHERE {where} AND date(e.date) IS NOT NULL
GROUP BY 1, 2 ORDER BY 1, 2
"""

# A dossier's subject is a set of event ids; ``{events}`` is that subquery.
SUBJECT_EVENTS = {
    "state": "SELECT event_id FROM event_actors WHERE iso3 = :key",
    "person": "SELECT event_id FROM participants WHERE coalesce(wikidata, person_key) = :key",
    "org": """SELECT id FROM events WHERE forum = :key
              UNION SELECT e.id FROM events e JOIN post_organisations o ON o.post_id = e.post_id WHERE o.code = :key""",
}
SUMMARY = """SELECT count(*) AS events, min(date) AS first_date, max(date) AS last_date,
                    count(DISTINCT post_id) AS posts FROM events WHERE id IN ({events})"""
COUNTERPART_STATES = """
SELECT iso3 AS id, iso3 AS label, count(DISTINCT event_id) AS n FROM event_actors
WHERE event_id IN ({events}) AND iso3 != :key GROUP BY 1 ORDER BY n DESC, 1 LIMIT :size
"""
COUNTERPART_PEOPLE = sql.NAMED.format(events="event_id IN ({events})") + f"""
SELECT c.id, {sql.NAME_OF.format(id="c.id")} AS label, {sql.COUNTRY_OF.format(id="c.id")} AS country, c.n
FROM (SELECT id, count(DISTINCT event_id) AS n FROM named WHERE id != :key GROUP BY id ORDER BY n DESC, id LIMIT :size) c
ORDER BY c.n DESC, c.id
"""
FRAMEWORKS = """
SELECT code AS id, code AS label, count(DISTINCT event_id) AS n FROM (
    SELECT id AS event_id, forum AS code FROM events WHERE forum IS NOT NULL AND id IN ({events})
    UNION SELECT e.id, o.code FROM events e JOIN post_organisations o ON o.post_id = e.post_id WHERE e.id IN ({events})
) WHERE code != :key GROUP BY 1 ORDER BY n DESC, 1 LIMIT :size
"""
LATEST_POSTS = f"""
SELECT {sql.SEARCH_COLUMNS}, substr(p.text, 1, 240) AS snippet
FROM posts p WHERE p.post_id IN (SELECT post_id FROM events WHERE id IN ({{events}}))
ORDER BY p.published IS NULL, p.published DESC, p.id DESC LIMIT :size
"""
PERSON_BY_KEY = """SELECT coalesce(wikidata, person_key) FROM participants
                   WHERE wikidata = :key OR person_key = :key OR person_key = :name_key
                   GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"""
PAIR_EVENTS = {
    "state": "SELECT a.event_id FROM event_actors a JOIN event_actors b ON a.event_id = b.event_id "
             "WHERE a.iso3 = :a AND b.iso3 = :b",
    "person": "SELECT a.event_id FROM participants a JOIN participants b ON a.event_id = b.event_id "
              "WHERE coalesce(a.wikidata, a.person_key) = :a AND coalesce(b.wikidata, b.person_key) = :b",
}


def _posts_where(q: str | None, filters: Filters) -> tuple[str, dict]:
    """Conditions on ``posts p`` for a search: the filters, and the words when there are any."""
    where, params = sql.post_where(filters)
    match = escape_fts(q or "")
    if match:
        where += " AND p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH :match)"
        params["match"] = match
    return where, params


def search_total(db, q: str | None, filters: Filters | dict | None = None) -> int:
    """How many posts ``db.search(q, filters=filters)`` would page through."""
    filters = replace(Filters.of(filters), q=None)
    match = escape_fts(q or "")
    if match and filters == Filters():
        return db._rows(COUNT_MATCHES, {"match": match})[0][0]  # the full-text index alone, no join
    where, params = _posts_where(q, filters)
    return db._rows(f"SELECT count(*) FROM posts p WHERE {where}", params)[0][0]


def facets(db, q: str | None, filters: Filters | dict | None = None, size: int = 10) -> dict[str, list[dict]]:
    """For each facet (state, person, organisation, type, channel, year): values with their post counts."""
    where, params = _posts_where(q, Filters.of(filters))
    params["size"] = size
    found: dict[str, list[dict]] = {name: [] for name in FACETS}
    for r in db._rows(FACET_SQL.format(where=where), params):
        found[r["facet"]].append({"value": r["value"], "label": r["label"], "n": r["n"]})
    return found


def _weekly(db, where: str, params: dict) -> list[dict]:
    return [dict(r) for r in db._rows(WEEKLY.format(where=where), params)]


def events_per_week(db, filters: Filters | dict | None = None) -> list[dict]:
    """Events per week (weeks start on Monday) and type: ``[{week, type, n}]``, oldest first."""
    where, params = sql.event_where(Filters.of(filters))
    return _weekly(db, where, params)


def pair_events(db, level: str, a: str, b: str, filters: Filters | dict | None = None, limit: int = 50) -> list[dict]:
    """Events in which both ``a`` and ``b`` (states or person ids) took part, within the filters, newest first."""
    if level not in PAIR_EVENTS:
        raise QueryError(f"level={level!r}: use one of {', '.join(PAIR_EVENTS)}.")
    limit, _ = check_limit(limit, 0)
    where, params = sql.event_where(Filters.of(filters))
    params.update(a=a, b=b, limit=limit, offset=0)
    return _event_list(db, f"{where} AND e.id IN ({PAIR_EVENTS[level]})", params)


def _event_list(db, where: str, params: dict) -> list[dict]:
    out = []
    for r in db._rows(sql.EVENTS.format(where=where), params):
        post = {k: r[k] for k in ("post_id", "channel", "published", "title", "url")}
        out.append({"event_id": r["event_id"], **post, **json.loads(r["record"])})
    return out


def resolve_person(db, key: str) -> str:
    """A person's id (Wikidata id, else name key) from an id, a name key or a name."""
    found = db._rows(PERSON_BY_KEY, {"key": key, "name_key": person_key(key)})
    if not found:
        raise NotFoundError(f"no person {key!r} in the database. Find people at /api/people or with: communique events --person NAME")
    return found[0][0]


def subject_key(db, kind: str, key: str) -> str:
    """The key a dossier is stored under: ISO3 upper-cased, organisation code upper-cased, a person's id."""
    if kind == "person":
        return resolve_person(db, key)
    if kind == "state" and not ISO3.match(key or ""):
        raise QueryError(f"{key!r} is not an ISO 3166-1 alpha-3 code. Use e.g. /state/RUS.")
    if kind not in SUBJECT_EVENTS:
        raise QueryError(f"kind={kind!r}: use one of {', '.join(SUBJECT_EVENTS)}.")
    return key.upper()


def dossier(db, kind: str, key: str, size: int = 15) -> dict:
    """Everything the dossier page shows about one state, person or organisation."""
    key = subject_key(db, kind, key)
    events = SUBJECT_EVENTS[kind]
    params = {"key": key, "size": size, "limit": size, "offset": 0}
    summary = dict(db._rows(SUMMARY.format(events=events), params)[0])
    if not summary["events"] and kind != "org":
        raise NotFoundError(f"no events of {kind} {key!r} in the database.")
    ranked = {name: [dict(r) for r in db._rows(query.format(events=events), params)]
              for name, query in (("states", COUNTERPART_STATES), ("people", COUNTERPART_PEOPLE),
                                  ("frameworks", FRAMEWORKS))}
    where = f"e.id IN ({events})"
    return {
        "kind": kind, "key": key, "name": _name(db, kind, key), **summary, **ranked,
        "weekly": _weekly(db, where, params),
        "latest_events": _event_list(db, where, params),
        "latest_posts": [dict(r) for r in db._rows(LATEST_POSTS.format(events=events), params)],
    }


def _name(db, kind: str, key: str) -> str:
    if kind != "person":
        return key
    found = db._rows("SELECT name FROM participants WHERE coalesce(wikidata, person_key) = :key "
                     "GROUP BY name ORDER BY count(*) DESC, length(name) DESC LIMIT 1", {"key": key})
    return found[0][0] if found else key
