"""The JSON API over the three real corpora: every endpoint, its filters, pages and errors."""

import pytest

from communique.store import Database
pytest_plugins = ["web_support"]  # fixtures: client, web_db_path, xss_id, make_client

LISTS = ["/api/posts", "/api/events", "/api/people", "/api/states", "/api/organisations"]


def error_of(response, status):
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]["message"]


def test_stats_match_the_database(client, web_db_path):
    with Database(web_db_path, readonly=True) as db:
        expected = db.stats()
    got = client.get("/api/stats").json()
    assert got["posts"] == expected["posts"] > 1900
    assert got["by_type"] == expected["by_type"]
    assert got["top_pairs"][0] == list(expected["top_pairs"][0])


@pytest.mark.parametrize("path", LISTS)
def test_every_list_has_page_metadata(client, path):
    body = client.get(path, params={"limit": 3}).json()
    assert set(body) == {"items", "total", "limit", "offset", "next"}
    assert len(body["items"]) == 3 and body["limit"] == 3 and body["offset"] == 0
    assert "offset=3" in body["next"] and "limit=3" in body["next"]


def test_posts_search_highlights_and_counts(client):
    body = client.get("/api/posts", params={"q": "Lavrov", "limit": 5}).json()
    assert body["total"] > 100
    assert all("[Lavrov]" in p["snippet"] for p in body["items"])


def test_posts_pages_do_not_overlap(client):
    first = client.get("/api/posts", params={"q": "Lavrov", "limit": 10}).json()
    second = client.get(first["next"]).json()
    assert second["offset"] == 10 and second["total"] == first["total"]
    assert not {p["post_id"] for p in first["items"]} & {p["post_id"] for p in second["items"]}


def test_posts_filters(client):
    sco = "sco-channel-2023-2024"
    body = client.get("/api/posts", params={"q": "Wang Yi", "channel": sco, "limit": 50}).json()
    assert 0 < body["total"] <= 19 and all(p["channel"] == sco for p in body["items"])
    dated = client.get("/api/posts", params={"since": "2026-01", "until": "2026-01", "limit": 200}).json()
    assert dated["items"] and all(p["published"].startswith("2026-01") for p in dated["items"])


def test_posts_without_words_are_newest_first(client):
    items = client.get("/api/posts", params={"limit": 20}).json()["items"]
    published = [p["published"] for p in items if p["published"]]
    assert published == sorted(published, reverse=True)


def test_one_post(client):
    post_id = client.get("/api/posts", params={"q": "Lavrov", "limit": 1}).json()["items"][0]["post_id"]
    record = client.get(f"/api/posts/{post_id}").json()
    assert record["post_id"] == post_id and "Lavrov" in record["text"] and isinstance(record["events"], list)


def test_events_filters(client):
    body = client.get("/api/events", params={"actor": "rus", "type": "meeting", "since": "2026-01-01", "limit": 200}).json()
    assert body["items"] and body["total"] >= len(body["items"])
    for event in body["items"]:
        assert "RUS" in event["actors"] and event["type"] == "meeting" and event["date"] >= "2026-01-01"
    lavrov = client.get("/api/events", params={"person": "lavrov", "limit": 5}).json()["items"]
    assert all(any("Lavrov" in p["name"] for p in e["participants"]) for e in lavrov)
    sco = client.get("/api/events", params={"org": "sco", "limit": 5}).json()
    assert sco["total"] > 0


def test_events_last_page_has_no_next(client):
    total = client.get("/api/events", params={"actor": "CHN", "limit": 1}).json()["total"]
    last = client.get("/api/events", params={"actor": "CHN", "limit": 10, "offset": total - 1}).json()
    assert len(last["items"]) == 1 and last["next"] is None


def test_events_total_matches_the_store(client, web_db_path):
    with Database(web_db_path, readonly=True) as db:
        expected = db.count_events(actor="USA", type="phone_call")
    assert client.get("/api/events", params={"actor": "USA", "type": "phone_call"}).json()["total"] == expected


def test_people_states_organisations(client):
    people = client.get("/api/people", params={"limit": 5}).json()["items"]
    assert people[0]["events"] >= people[-1]["events"] and {"id", "name", "events"} <= set(people[0])
    states = client.get("/api/states", params={"limit": 200}).json()["items"]
    assert {"USA", "RUS", "CHN"} <= {s["iso3"] for s in states}
    orgs = client.get("/api/organisations", params={"offset": 1, "limit": 2}).json()
    assert orgs["offset"] == 1 and len(orgs["items"]) == 2


@pytest.mark.parametrize("level", ["state", "person"])
def test_network(client, level):
    body = client.get("/api/network", params={"level": level, "limit": 20, "since": "2022"}).json()
    assert body["level"] == level and len(body["edges"]) <= 20 and body["nodes"]
    ids = {n["id"] for n in body["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids and e["weight"] > 0 for e in body["edges"])
    assert body["filters"] == {"since": "2022-01-01"}


@pytest.mark.parametrize("path, params, status, words", [
    ("/api/events", {"limit": 0}, 400, "limit"),
    ("/api/events", {"limit": 201}, 400, "200"),
    ("/api/posts", {"offset": -1}, 400, "offset"),
    ("/api/events", {"since": "last week"}, 400, "YYYY-MM-DD"),
    ("/api/events", {"since": "2024", "until": "2023"}, 400, "swap"),
    ("/api/events", {"actor": "Russia"}, 400, "alpha-3"),
    ("/api/network", {"level": "galaxy"}, 400, "level"),
    ("/api/posts", {"q": "x" * 501}, 400, "q"),
    ("/api/posts/no-such-post", {}, 404, "no-such-post"),
    ("/api/nothing-here", {}, 404, "no such page"),
])
def test_errors_have_one_shape(client, path, params, status, words):
    assert words in error_of(client.get(path, params=params), status)


def test_wrong_method_is_a_json_error(client):
    error_of(client.post("/api/events"), 405)


def test_unexpected_errors_are_500_without_details(web_db_path, make_client, monkeypatch):
    monkeypatch.setattr(Database, "stats", lambda self, top=10: 1 / 0)
    with make_client(web_db_path, raise_server_exceptions=False) as test_client:
        message = error_of(test_client.get("/api/stats"), 500)
    assert "ZeroDivision" not in message


def test_slow_queries_are_stopped(web_db_path, make_client):
    with make_client(web_db_path) as test_client:
        test_client.app.state.time_limit = 1e-9
        assert "took longer" in error_of(test_client.get("/api/network", params={"level": "person"}), 400)


def test_openapi_describes_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    expected = {"/api/posts", "/api/posts/{post_id}", "/api/events", "/api/people", "/api/states",
                "/api/organisations", "/api/network", "/api/stats"}
    assert expected == set(spec["paths"])
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert names == {"q", "actor", "org", "type", "person", "since", "until", "channel", "limit", "offset"}


def test_the_hostile_post_is_returned_as_data(client, xss_id):
    record = client.get(f"/api/posts/{xss_id}").json()
    assert "<script>" in record["text"]


def test_head_answers_like_get_without_a_body(client):
    get, head = client.get("/feed?q=Lavrov"), client.head("/feed?q=Lavrov")
    assert head.status_code == get.status_code == 200
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.content == b""
    assert "content-security-policy" in head.headers
