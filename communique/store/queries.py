"""Every SQL statement the Database runs (SQLite dialect), and the WHERE clauses built from Filters.

Values always travel as named parameters; the only text assembled here is
fixed SQL chosen by which filters are set. A second backend (PostgreSQL)
would provide a module with the same names.
"""

from __future__ import annotations

from .filters import Filters, escape_fts

INSERT_POST = """
INSERT INTO posts (post_id, source_file, source_id, channel, forwarded_from, published, url, title, text,
                   hashtags, organisations, countries, duplicate_of, record, ingested_at)
VALUES (:post_id, :source_file, :source_id, :channel, :forwarded_from, :published, :url, :title, :text,
        :hashtags, :organisations, :countries, :duplicate_of, :record, :ingested_at)
ON CONFLICT (post_id) DO NOTHING
"""
INSERT_EVENT = """
INSERT INTO events (post_id, seq, is_primary, type, date, end_date, date_inferred, location_city,
                    location_country, forum, plover_event, plover_mode, record)
VALUES (:post_id, :seq, :is_primary, :type, :date, :end_date, :date_inferred, :location_city,
        :location_country, :forum, :plover_event, :plover_mode, :record)
"""
INSERT_PARTICIPANT = """
INSERT INTO participants (event_id, name, role, country, wikidata, person_key)
VALUES (:event_id, :name, :role, :country, :wikidata, :person_key)
"""
INSERT_ACTOR = "INSERT OR IGNORE INTO event_actors (event_id, iso3) VALUES (?, ?)"
INSERT_POST_ORG = "INSERT OR IGNORE INTO post_organisations (post_id, code) VALUES (?, ?)"
INSERT_SKIPPED = """
INSERT INTO skipped (source_file, location, reason, at) VALUES (?, ?, ?, ?)
ON CONFLICT (source_file, location, reason) DO NOTHING
"""

POST = "SELECT record, ingested_at FROM posts WHERE post_id = :post_id"

COUNTS = """
SELECT (SELECT count(*) FROM posts) AS posts,
       (SELECT count(*) FROM events) AS events,
       (SELECT count(DISTINCT coalesce(wikidata, person_key)) FROM participants) AS people,
       (SELECT count(DISTINCT iso3) FROM event_actors) AS states,
       (SELECT count(*) FROM (SELECT code FROM post_organisations
                              UNION SELECT forum FROM events WHERE forum IS NOT NULL)) AS organisations,
       (SELECT count(*) FROM posts WHERE duplicate_of IS NOT NULL) AS duplicates,
       (SELECT count(*) FROM skipped) AS skipped,
       (SELECT min(date) FROM events) AS first_date,
       (SELECT max(date) FROM events) AS last_date
"""
TOP_PAIRS = """
SELECT a.iso3, b.iso3, count(*) AS n
FROM event_actors a JOIN event_actors b ON a.event_id = b.event_id AND a.iso3 < b.iso3
GROUP BY a.iso3, b.iso3 ORDER BY n DESC, a.iso3, b.iso3 LIMIT :limit
"""
BY_TYPE = "SELECT coalesce(type, 'unknown'), count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1"
BY_CHANNEL = "SELECT coalesce(channel, 'unknown'), count(*) AS n FROM posts GROUP BY 1 ORDER BY n DESC, 1"

# One person: the same Wikidata id, else the same name key. Their name and country are the most
# frequent ones written; ``{events}`` restricts to a set of event ids. People are counted first and
# named after, one lookup each: joining every person's names to every participation was quadratic
# (1.4 s for the 6,000 participations of the shared corpora; the listing now takes 30 ms).
NAMED = """
WITH named AS MATERIALIZED (
    SELECT coalesce(wikidata, person_key) AS id, event_id, name, country, wikidata FROM participants
    WHERE {events}
)"""
NAME_OF = "(SELECT name FROM named m WHERE m.id = {id} GROUP BY name ORDER BY count(*) DESC, length(name) DESC, name LIMIT 1)"
COUNTRY_OF = ("(SELECT country FROM named m WHERE m.id = {id} AND country IS NOT NULL "
              "GROUP BY country ORDER BY count(*) DESC, country LIMIT 1)")
PEOPLE = NAMED.format(events="1") + f""", page AS (
    SELECT id, max(wikidata) AS wikidata, count(DISTINCT event_id) AS events FROM named
    GROUP BY id ORDER BY events DESC, id LIMIT :limit OFFSET :offset
)
SELECT p.id, {NAME_OF.format(id="p.id")} AS name, {COUNTRY_OF.format(id="p.id")} AS country, p.wikidata, p.events
FROM page p ORDER BY p.events DESC, p.id
"""
STATES = """
SELECT a.iso3, count(DISTINCT a.event_id) AS events, count(DISTINCT e.post_id) AS posts
FROM event_actors a JOIN events e ON e.id = a.event_id
GROUP BY a.iso3 ORDER BY events DESC, a.iso3 LIMIT :limit OFFSET :offset
"""
ORGANISATIONS = """
SELECT code, sum(posts) AS posts, sum(events) AS events FROM (
    SELECT code, count(*) AS posts, 0 AS events FROM post_organisations GROUP BY code
    UNION ALL
    SELECT forum, 0, count(*) FROM events WHERE forum IS NOT NULL GROUP BY forum
) GROUP BY code ORDER BY posts DESC, events DESC, code LIMIT :limit OFFSET :offset
"""

SEARCH_COLUMNS = """p.post_id, p.title, p.channel, p.published, p.url, p.duplicate_of,
       (SELECT type FROM events e WHERE e.post_id = p.post_id ORDER BY e.is_primary DESC, e.seq LIMIT 1) AS type,
       (SELECT date FROM events e WHERE e.post_id = p.post_id ORDER BY e.is_primary DESC, e.seq LIMIT 1) AS date"""
# The page of matches is ranked first; snippets and event columns are made for that page only.
SEARCH = f"""
WITH top AS (
    SELECT p.id, bm25(posts_fts, 2.0, 1.0) AS rank
    FROM posts_fts JOIN posts p ON p.id = posts_fts.rowid
    WHERE posts_fts MATCH :match AND {{where}}
    ORDER BY rank, p.id LIMIT :limit OFFSET :offset
)
SELECT {SEARCH_COLUMNS},
       snippet(posts_fts, -1, :start, :end, '…', :tokens) AS snippet, top.rank
FROM top JOIN posts p ON p.id = top.id JOIN posts_fts ON posts_fts.rowid = top.id
WHERE posts_fts MATCH :match
ORDER BY top.rank, p.id
"""
BROWSE = f"""
SELECT {SEARCH_COLUMNS}, substr(p.text, 1, 200) AS snippet, NULL AS rank
FROM posts p WHERE {{where}}
ORDER BY p.published IS NULL, p.published DESC, p.id DESC LIMIT :limit OFFSET :offset
"""
# The page of ids is chosen first, so the sort carries ids rather than whole records.
EVENTS = """
SELECT e.id AS event_id, e.post_id, e.record, p.channel, p.published, p.title, p.url
FROM events e JOIN posts p ON p.post_id = e.post_id
WHERE e.id IN (SELECT e.id FROM events e JOIN posts p ON p.post_id = e.post_id WHERE {where}
               ORDER BY e.date IS NULL, e.date DESC, e.id DESC LIMIT :limit OFFSET :offset)
ORDER BY e.date IS NULL, e.date DESC, e.id DESC
"""
COUNT_EVENTS = "SELECT count(*) FROM events e JOIN posts p ON p.post_id = e.post_id WHERE {where}"

NETWORK_EVENTS = "SELECT e.id FROM events e JOIN posts p ON p.post_id = e.post_id WHERE {where}"
NETWORK = {
    "state": (
        """SELECT iso3 AS id, iso3 AS label, iso3 AS country, count(DISTINCT event_id) AS events
           FROM event_actors WHERE event_id IN ({events}) GROUP BY iso3 ORDER BY events DESC, id""",
        """SELECT a.iso3 AS source, b.iso3 AS target, count(DISTINCT a.event_id) AS weight
           FROM event_actors a JOIN event_actors b ON a.event_id = b.event_id AND a.iso3 < b.iso3
           WHERE a.event_id IN ({events}) GROUP BY 1, 2 ORDER BY weight DESC, 1, 2 LIMIT :limit""",
    ),
    "person": (
        NAMED.format(events="event_id IN ({events})") + f"""
           SELECT c.id, {NAME_OF.format(id="c.id")} AS label, {COUNTRY_OF.format(id="c.id")} AS country, c.events
           FROM (SELECT id, count(DISTINCT event_id) AS events FROM named GROUP BY id) c ORDER BY c.events DESC, c.id""",
        NAMED.format(events="event_id IN ({events})") + """
           SELECT a.id AS source, b.id AS target, count(DISTINCT a.event_id) AS weight
           FROM named a JOIN named b ON a.event_id = b.event_id AND a.id < b.id
           GROUP BY 1, 2 ORDER BY weight DESC, 1, 2 LIMIT :limit""",
    ),
}


def like_words(words: str) -> str:
    """A LIKE pattern matching ``words`` as whole words inside ' ' || column || ' '."""
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped} %"


def event_where(f: Filters) -> tuple[str, dict]:
    """Conditions on ``events e JOIN posts p`` for the filters that are set."""
    where, params = [], {}
    if f.actor:
        where.append("e.id IN (SELECT event_id FROM event_actors WHERE iso3 = :actor)")
        params["actor"] = f.actor
    if f.org:
        where.append("(e.forum = :org OR e.post_id IN (SELECT post_id FROM post_organisations WHERE code = :org))")
        params["org"] = f.org
    if f.type:
        where.append("e.type = :type")
        params["type"] = f.type
    if f.person:
        where.append("e.id IN (SELECT event_id FROM participants WHERE ' ' || person_key || ' ' LIKE :person ESCAPE '\\')")
        params["person"] = like_words(f.person)
    if f.since:
        where.append("e.date >= :since")
        params["since"] = f.since
    if f.until:
        where.append("e.date <= :until")
        params["until"] = f.until
    if f.q and escape_fts(f.q):
        where.append("p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH :q)")
        params["q"] = escape_fts(f.q)
    if f.channel:
        where.append("p.channel = :channel")
        params["channel"] = f.channel
    return " AND ".join(where) or "1", params


def post_where(f: Filters) -> tuple[str, dict]:
    """Conditions on ``posts p``: dates are publication dates; event filters need a matching event."""
    where, params = [], {}
    if f.channel:
        where.append("p.channel = :channel")
        params["channel"] = f.channel
    if f.since:
        where.append("substr(p.published, 1, 10) >= :since")
        params["since"] = f.since
    if f.until:
        where.append("substr(p.published, 1, 10) <= :until")
        params["until"] = f.until
    if f.org:
        where.append("p.post_id IN (SELECT post_id FROM post_organisations WHERE code = :org)")
        params["org"] = f.org
    event_filters = Filters(actor=f.actor, type=f.type, person=f.person)
    if event_filters != Filters():
        sub, sub_params = event_where(event_filters)
        where.append(f"p.post_id IN (SELECT e.post_id FROM events e WHERE {sub})")
        params.update(sub_params)
    return " AND ".join(where) or "1", params


def types_where(types) -> tuple[str, dict]:
    names = {f"type{i}": t for i, t in enumerate(types)}
    return f"e.type IN ({', '.join(':' + n for n in names)})", names
