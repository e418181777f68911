import subprocess
import sys

import pytest

import communique
from communique.errors import CommuniqueError


def test_extract_text_returns_a_record():
    record = communique.extract_text(
        "On October 16, Beijing hosted talks between Foreign Minister Sergey Lavrov and Foreign Minister of China Wang Yi.",
        published="2023-10-16T09:00:00+03:00", channel="mfa",
    )
    assert record["channel"] == "mfa" and record["published"] == "2023-10-16T09:00:00+03:00"
    assert isinstance(record["events"], list) and record["duplicate_of"] is None


def test_extract_text_needs_text():
    with pytest.raises(CommuniqueError, match="non-empty text"):
        communique.extract_text("   ")


def test_extract_text_takes_a_documents_title():
    body = "Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister of China Wang Yi."
    title = "Press release on Foreign Minister Sergey Lavrov’s telephone conversation with Wang Yi"
    record = communique.extract_text(body, published="2023-10-16T09:00:00+03:00", title=title)
    assert record["title"] == title and record["text"].startswith(title + "\n\n" + body[:20])
    assert record["events"][0]["type"] == "phone_call"
    with pytest.raises(CommuniqueError, match="title must be"):
        communique.extract_text(body, title="  ")


def test_import_is_light():
    code = "import sys, communique; print(sorted(m for m in sys.modules if m.startswith(('communique.', 'sqlite3', 'click'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_public_names():
    assert communique.__version__ == "0.1.0"
    assert communique.Database.__name__ == "Database" and callable(communique.records)
    with pytest.raises(AttributeError):
        communique.nothing_here
