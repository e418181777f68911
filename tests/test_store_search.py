import pytest
from hypothesis import given, settings, strategies as st

from communique.errors import NotFoundError, QueryError
from communique.store import Database, escape_fts

SCO = "sco-channel-2023-2024"
HOSTILE = ['"', '"unbalanced', "AND", "AND OR", "OR NOT", "NEAR(", "NEAR(a b", "*", "-", "^", ":", "()", "title:",
           "'; DROP TABLE posts; --", "Lavrov AND", '"Wang Yi', "\\", "%", "_", "\x00", "🇷🇺", "   "]


def test_search_ranks_and_highlights(loaded_db):
    results = loaded_db.search("Lavrov", limit=50)
    assert len(results) == 50
    assert [r["rank"] for r in results] == sorted(r["rank"] for r in results)
    assert all("[Lavrov]" in r["snippet"] for r in results)
    assert any(r["channel"] == SCO for r in loaded_db.search("Lavrov", limit=200))


def test_search_sco_posts(loaded_db):
    results = loaded_db.search("Lavrov Wang Yi", filters={"channel": SCO})
    assert results and all(r["channel"] == SCO for r in results)
    assert {"post_id", "title", "published", "url", "snippet", "rank", "type", "date"} <= set(results[0])


def test_phrases_prefixes_and_accents(loaded_db):
    assert loaded_db.search('"Wang Yi"', limit=5)
    prefix = loaded_db.search("Lavr*", limit=500)
    assert len(prefix) >= len(loaded_db.search("Lavrov", limit=500))
    assert loaded_db.search("traore") == loaded_db.search("Traoré")


def test_custom_highlight_markers(loaded_db):
    result = loaded_db.search("Lavrov", limit=1, highlight=("<b>", "</b>"))[0]
    assert "<b>Lavrov</b>" in result["snippet"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(loaded_db, query):
    assert isinstance(loaded_db.search(query, limit=5), list)
    assert isinstance(loaded_db.events(q=query, limit=5), list)
    assert loaded_db.stats()["posts"] == 1934


@pytest.mark.parametrize("query,expected", [
    ("Lavrov", '"Lavrov"'),
    ("Lavrov AND Wang", '"Lavrov" "AND" "Wang"'),
    ('"Wang Yi" Lavrov', '"Wang Yi" "Lavrov"'),
    ('"unbalanced', '"unbalanced"'),
    ("NEAR(", '"NEAR("'),
    ("*", ""),
    ("Lavr*", '"Lavr"*'),
    ('a"b', '"a""b"""'),
    ("'; DROP TABLE posts; --", '"DROP" "TABLE" "posts;"'),
    ("Lavrov\x00", '"Lavrov"'),
])
def test_escape_fts(query, expected):
    assert escape_fts(query) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_safe_query(query):
    with Database(memory=True) as db:
        db.conn.execute("INSERT INTO posts (post_id, text, record, ingested_at) VALUES ('p', 'Lavrov met Wang Yi', '{}', 'now')")
        assert isinstance(db.search(query), list)


def test_raw_queries_report_syntax_errors(loaded_db):
    assert loaded_db.search("NEAR(Lavrov Wang, 5)", raw=True)
    with pytest.raises(QueryError, match="query failed"):
        loaded_db.search('"unbalanced', raw=True)


def test_empty_query_lists_newest_posts(loaded_db):
    results = loaded_db.search("", limit=3)
    assert [r["published"] for r in results] == sorted((r["published"] for r in results), reverse=True)


def test_search_filters(loaded_db):
    for result in loaded_db.search("talks", filters={"since": "2025-12-20", "until": "2026-01"}, limit=100):
        assert "2025-12-20" <= result["published"][:10] <= "2026-01-31"
    sco = {r["post_id"] for r in loaded_db.search("Lavrov", filters={"org": "sco"}, limit=500)}
    assert sco and sco < {r["post_id"] for r in loaded_db.search("Lavrov", limit=1000)}
    calls = loaded_db.search("Lavrov", filters={"type": "phone_call", "actor": "IRN"}, limit=100)
    assert calls
    for call in calls:
        events = loaded_db.post(call["post_id"])["events"]
        assert any(e["type"] == "phone_call" and "IRN" in e["actors"] for e in events)


def test_events_filters(loaded_db):
    for event in loaded_db.events(actor="chn", limit=200):
        assert "CHN" in event["actors"]
    for event in loaded_db.events(type="phone_call", since="2025", until="2025-06-30", limit=200):
        assert event["type"] == "phone_call" and "2025-01-01" <= event["date"] <= "2025-06-30"
    lavrov = loaded_db.events(person="LAVROV", limit=500)
    assert lavrov and all(any("Lavrov" in p["name"] for p in e["participants"]) for e in lavrov)
    org = loaded_db.events(org="SCO", limit=500)
    assert org and all(e["forum"] == "SCO" or "SCO" in loaded_db.post(e["post_id"])["organisations"] for e in org)
    assert loaded_db.count_events(person="Sergey Lavrov") == len(loaded_db.events(person="sergey  lavrov", limit=1000))
    assert loaded_db.events(q="Lavrov", channel=SCO, limit=100)


def test_events_pages_do_not_overlap(loaded_db):
    first, second = loaded_db.events(limit=10), loaded_db.events(limit=10, offset=10)
    assert not {e["event_id"] for e in first} & {e["event_id"] for e in second}
    dates = [e["date"] for e in first + second if e["date"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("kwargs,message", [
    ({"since": "2024-13-01"}, "since='2024-13-01' is not a date"),
    ({"until": "yesterday"}, "until='yesterday' is not a date"),
    ({"since": "2025", "until": "2024"}, "is after"),
    ({"actor": "Russia"}, "not an ISO 3166-1 alpha-3 code"),
    ({"colour": "red"}, "unknown filter colour"),
    ({"limit": 0}, "limit=0 is out of range"),
    ({"offset": -1}, "offset=-1 is negative"),
])
def test_bad_filters_are_query_errors(loaded_db, kwargs, message):
    with pytest.raises(QueryError, match=message):
        loaded_db.events(**kwargs)


def test_post(loaded_db):
    post_id = loaded_db.search("Lavrov", limit=1)[0]["post_id"]
    assert loaded_db.post(post_id)["post_id"] == post_id
    with pytest.raises(NotFoundError):
        loaded_db.post("nope")


def test_stats(loaded_db):
    stats = loaded_db.stats()
    assert stats["posts"] == 1934
    assert stats["events"] == sum(stats["by_type"].values())
    assert sum(stats["by_channel"].values()) == stats["posts"]
    assert stats["people"] == len(loaded_db.people(limit=10_000))
    assert stats["states"] == len(loaded_db.states())
    assert stats["organisations"] == len(loaded_db.organisations())
    assert all(len(pair) == 3 and pair[0] < pair[1] for pair in stats["top_pairs"])
    assert [p[2] for p in stats["top_pairs"]] == sorted((p[2] for p in stats["top_pairs"]), reverse=True)


def test_listings(loaded_db):
    people = loaded_db.people(limit=5)
    assert {"id", "name", "country", "wikidata", "events"} <= set(people[0])
    assert [p["events"] for p in people] == sorted((p["events"] for p in people), reverse=True)
    assert {"iso3", "events", "posts"} <= set(loaded_db.states(limit=1)[0])
    assert {"code", "posts", "events"} <= set(loaded_db.organisations(limit=1)[0])


@pytest.mark.parametrize("level", ["state", "person"])
def test_network(loaded_db, level):
    network = loaded_db.network({"since": "2025-01-01"}, level=level)
    ids = {n["id"] for n in network["nodes"]}
    assert network["edges"] and all(e["source"] in ids and e["target"] in ids and e["weight"] > 0 for e in network["edges"])


def test_network_level_is_checked(loaded_db):
    with pytest.raises(QueryError, match="level='planet'"):
        loaded_db.network(level="planet")


def test_readonly_queries_have_a_time_limit(loaded_db_path):
    with Database(loaded_db_path, readonly=True, time_limit=0.001) as db:
        with pytest.raises(QueryError, match="longer than"):
            db.network(level="person")
