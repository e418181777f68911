"""The extractor's shortcuts never change what it finds."""

import pytest

from communique.extract import events


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


def test_not_a_participant_stems_never_hide_a_match(corpus_records):
    """The not-a-participant patterns run only where one of their stems stands: no stem, no match."""
    from communique.extract import people

    windows = []
    for items in corpus_records.values():
        for r in items:
            if isinstance(r, dict):
                text = r["text"]
                windows += [text[i:i + 120] for i in range(0, min(len(text), 3000), 60)]
    hidden = [w for w in windows if people.NON_PARTICIPANT.search(w)
              and not any(stem in w.lower() for stem in people.NON_PARTICIPANT_STEMS)]
    assert len(windows) > 20000
    assert hidden == []
