"""Fixtures and helpers shared by the tests of the web app (tests/test_web_*.py).

The corpora are ingested once per session by ``loaded_db_path`` (conftest.py);
these fixtures build apps, clients and hostile posts on top of it.
"""

from __future__ import annotations

import shutil
import socket
import sqlite3
import threading
import time
import warnings

import pytest

from communique.store import Database

XSS_TEXT = ('Lavrov met <script>alert("xss")</script> Wang Yi in Beijing. '
            'Quote " onmouseover="alert(1)" and <img src=x onerror=alert(2)> end.')
XSS_ID = "xss-post-1"


def hostile_record(post_id: str = XSS_ID, text: str = XSS_TEXT, **fields) -> dict:
    """A post whose every field tries to break out of HTML, attributes, URLs and XML."""
    record = {
        "post_id": post_id, "source": {"file": "hostile.txt", "id": post_id},
        "channel": 'hostile"><script>alert(3)</script>', "forwarded_from": "<b>MFA</b>",
        "published": "2024-05-01T10:00:00+00:00", "url": "javascript:alert(4)",
        "title": '<img src=x onerror="alert(5)">', "text": text,
        "hashtags": ['"><svg onload=alert(6)>'], "organisations": ["<SCO>"], "countries_mentioned": ["RUS"],
        "evidence": {"organisations": [[0, 6]]}, "duplicate_of": None,
        "events": [{
            "type": "meeting", "date": "2024-05-01", "actors": ["RUS", "CHN"], "forum": None,
            "location": {"city": "<Beijing>", "country": "CHN"},
            "participants": [{"name": "Sergey <i>Lavrov</i>", "role": '"><script>alert(7)</script>', "country": "RUS"},
                             {"name": "Wang Yi", "role": "Foreign Minister", "country": "CHN"}],
            "evidence": {"participants": [[0, 6], [9, 40]], "type": [[7, 10]], "bogus": [[-1, 5], [5, 99999], "x"]},
        }],
    }
    record.update(fields)
    return record


@pytest.fixture(scope="session")
def xss_id() -> str:
    """The id of the hostile post stored in ``web_db_path``."""
    return XSS_ID


@pytest.fixture(scope="session")
def make_hostile():
    """``hostile_record``: a factory of hostile posts."""
    return hostile_record


@pytest.fixture(scope="module")
def scratch_client(tmp_path_factory):
    """A client over a database of its own, empty, that ``scratch_client.db`` (writable) fills."""
    path = tmp_path_factory.mktemp("scratch") / "scratch.db"
    with Database(path) as db, app_client(path) as test_client:
        test_client.db = db
        yield test_client


def app_client(path, **options):
    from communique.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette: "use httpx2"
        from fastapi.testclient import TestClient
    return TestClient(create_app(path), **options)


@pytest.fixture(scope="session")
def make_client():
    """``app_client(path, **TestClient options)``: a test client over another database."""
    return app_client


def copy_db(source, target) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    shutil.copymode(source, target)


@pytest.fixture(scope="session")
def web_db_path(tmp_path_factory, loaded_db_path):
    """The three corpora and the hostile post, in a file of its own."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    copy_db(loaded_db_path, path)
    with Database(path) as db:
        db.ingest([hostile_record()])
    return path


@pytest.fixture(scope="session")
def client(web_db_path):
    with app_client(web_db_path) as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(web_db_path):
    """The app served by uvicorn on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    from communique.web.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(web_db_path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start within 10 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
