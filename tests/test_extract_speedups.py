"""The extractor's shortcuts never change what it finds."""

import pytest

from communique.extract import events
from communique.kb import load_kb


@pytest.fixture(scope="module")
def headlines(corpus_records):
    lines = []
    for items in corpus_records.values():
        for r in items:
            if isinstance(r, dict):
                lines += [l for l in r["text"].split("\n")[:6] if l.strip()]
    return lines


def test_type_stems_never_hide_a_trigger(headlines):
    """A trigger pattern is only tried when one of its stems is in the text: no stem, no match."""
    hidden = [
        (name, line) for line in headlines for name, pattern in events.TRIGGERS
        if pattern.search(line) and not any(stem in line.lower() for stem in events.STEMS[name])
    ]
    assert len(headlines) > 5000
    assert hidden == []


def test_scan_finds_whole_words_only():
    kb = load_kb()
    found = {(m.surface, m.kind) for m in kb.scan("Russian-Chinese talks in Moscow; Oman, not Romania. The UN and UNGA79.")}
    assert ("Russian", "adjective") in found and ("Chinese", "adjective") in found
    assert ("Moscow", "city") in found and ("Oman", "country") in found
    assert ("Romania", "country") in found
    assert not any(s == "Oman" and k == "country" for s, k in found - {("Oman", "country")})
    assert ("UN", "org") in found
    assert not any(s.startswith("UNGA") and k == "org" for s, k in found)


def test_latin_america_is_not_the_united_states():
    kb = load_kb()
    assert [m.kind for m in kb.scan("Latin America and the Caribbean") if m.surface == "America"] == []
