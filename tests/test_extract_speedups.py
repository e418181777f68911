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


@pytest.fixture(scope="module")
def windows(corpus_records):
    found = []
    for items in corpus_records.values():
        for r in items:
            if isinstance(r, dict):
                text = r["text"]
                found += [text[i:i + 160] for i in range(0, min(len(text), 3000), 80)]
    assert len(found) > 20000
    return found


def test_not_a_participant_stems_never_hide_a_match(windows):
    """The not-a-participant patterns run only where one of their stems stands: no stem, no match."""
    from communique.extract import people

    hidden = [w for w in windows if people.NON_PARTICIPANT.search(w)
              and not any(stem in w.lower() for stem in people.NON_PARTICIPANT_STEMS)]
    assert hidden == []


def test_date_gates_never_hide_a_date(windows):
    """Relative and numeric dates are only looked for where their cheap gates let them through."""
    from communique.extract import dates

    hidden = [w for w in windows
              if (dates.RELATIVE.search(w) or dates.WEEKDAY_ONLY.search(w) or dates.YEARS_AGO.search(w)) and not dates._may_be_relative(w)]
    hidden += [w for w in windows if dates.NUMERIC_DAY_FIRST.search(w) and not dates.NUMERIC_HINT.search(w)]
    assert hidden == []


def test_bilateral_remarks_are_statement_stems(headlines):
    """"Remarks at the meeting with ..." is looked for only where a statement stem stands."""
    hidden = [line for line in headlines if events.BILATERAL_AT.search(line)
              and not any(stem in line.lower() for stem in events.STEMS["statement"])]
    assert hidden == []


@pytest.mark.parametrize("name", ["PARTY_CUE", "FORUM_BEFORE", "FUTURE"])
def test_patterns_for_lowered_text_match_as_case_blind_ones(name, windows):
    """Some patterns are matched against ``text.lower()`` (faster than re.I): they hold no capital
    letter, and find what the same pattern with re.I finds."""
    import re

    from communique import extract

    pattern = getattr(extract, name, None) or getattr(events, name)
    assert re.findall(r"(?<!\\)[A-Z]", pattern.pattern) == [], "a capital letter never matches lowered text"
    blind = re.compile(pattern.pattern, re.I)
    differ = [w for w in windows if bool(pattern.search(w[:90].lower())) != bool(blind.search(w[:90]))]
    assert differ == []
    assert any(pattern.search(w[:90].lower()) for w in windows)


def test_the_party_cue_search_starts_where_a_cue_can(windows):
    """The party cue is searched from the first word a cue can open with: the same matches as a search from the start."""
    import communique.extract as extract

    import re

    # the text before each word a cue ends with, as the actors' reader looks at it
    tails = [w[max(0, m.end() - 60): m.end()].lower() for w in windows for m in re.finditer(r"\b(?:of|from|between|the|and|dear) ", w)]
    differ = [t for t in tails if (extract.PARTY_CUE.search(t) or None) and extract.party_cue(t) is None
              or (extract.party_cue(t) and extract.party_cue(t).span() != extract.PARTY_CUE.search(t).span())]
    assert sum(1 for t in tails if extract.PARTY_CUE.search(t)) > 100  # the cue stands in the corpora
    assert differ == []


def test_a_trigger_search_starts_no_further_than_its_reach_before_the_first_stem(headlines):
    """Each type's pattern is searched from its reach before the first of its stems: the same match as a search from the start."""
    samples = headlines + ["Sergey Lavrov's responses to the foreign journalists' questions", "Maria Zakharova held her weekly briefing",
                           "An interview to the TASS news agency", "Heads of State Council of the CIS", "The sides strongly condemned it"]
    differ = []
    for line in samples:
        low = line.lower()
        for name, pattern in events.TRIGGERS:
            starts = [low.find(stem) for stem in events.STEMS[name] if stem in low]
            if not starts:
                continue
            full, fast = pattern.search(line), pattern.search(line, max(0, min(starts) - events.STEM_REACH[name]))
            if (full and full.span()) != (fast and fast.span()):
                differ.append((name, line))
    assert differ == []


def test_dates_are_looked_for_only_beside_a_day_and_its_month(windows):
    """Month-first dates are read only where a day follows a month, day-first ones where a day precedes one."""
    from communique.extract import dates

    missed = []
    for w in windows:
        month_first, day_first = dates._month_windows(w)
        gated = {m.span() for lo, hi in month_first for m in dates.MONTH_FIRST.finditer(w, lo, hi)}
        gated |= {m.span() for lo, hi in day_first for m in dates.DAY_FIRST.finditer(w, lo, hi)}
        everywhere = {m.span() for m in dates.MONTH_FIRST.finditer(w)} | {m.span() for m in dates.DAY_FIRST.finditer(w)}
        missed += [(w, span) for span in everywhere - gated]
    assert sum(1 for w in windows if dates.MONTH_FIRST.search(w)) > 1000  # dates stand in the corpora
    assert missed == []


def _cued_patterns():
    from communique import extract

    return {"ATTENDANCE": extract.ATTENDANCE, "MESSAGE_TO": extract.MESSAGE_TO, "RECEIVED_FROM": extract.RECEIVED_FROM}


@pytest.mark.parametrize("name", ["ATTENDANCE", "MESSAGE_TO", "RECEIVED_FROM"])
def test_a_pattern_tried_at_its_opening_words_finds_what_it_finds_everywhere(name, windows):
    """A pattern matched only where its opening words or a line start stand gives the matches of its own finditer."""
    cued = _cued_patterns()[name]
    texts = windows + ["Attending the meeting were:\nA", "Greetings were sent to: A; B", "N received greetings from X", "Participants:\nA"]
    differ = [(t, lo) for t in texts for lo in (0, 7)
              if [m.span() for m in cued.finditer(t, lo, len(t) - 3)] != [m.span() for m in cued.pattern.finditer(t, lo, len(t) - 3)]]
    assert sum(1 for t in texts if cued.pattern.search(t)) >= 4
    assert differ == []


def test_a_trigger_tried_at_its_opening_words_matches_as_the_whole_pattern(headlines):
    """Each event type's pattern is matched only where its opening words stand: the same first match as its own search."""
    samples = headlines + ["🎙 Briefing by Foreign Ministry Spokeswoman Maria Zakharova", "Briefing on current foreign policy issues",
                           "On this day 80 years ago, the Red Army liberated Warsaw", "İstanbul hosted a briefing"]
    differ = []
    for line in samples:
        starts = events.TRIGGER_CUES.starts(line)
        for name, pattern in events.TRIGGERS:
            for pos in (0, 5):
                whole, cued = pattern.search(line, pos), events._trigger(pattern, line, starts, name, pos)
                if (whole and whole.span()) != (cued and cued.span()):
                    differ.append((name, line, pos))
    assert differ == []


def test_opening_words_are_read_from_the_pattern():
    import re

    from communique.extract.cues import DIGIT, LINE_START, openings

    assert openings(re.compile(r"\b(?:tele)?phone\b|\bvideo ?call", re.I)) == {"tele", "phone", "video ", "videocall"}
    assert openings(re.compile(r"(?:was|were) (?:also )?attended by")) == {"was", "were"}
    assert openings(re.compile(r"^\W*briefing|\binterview", re.I | re.M)) == {LINE_START, "interview"}
    assert openings(re.compile(r"\b\d+\s+years ago|\bceremony")) == {DIGIT, "ceremony"}
    assert openings(re.compile(r"[Oo]n (?:this|that) day")) == {"on this", "on that"}
    assert openings(re.compile(r"\b[A-Z]\w+ met")) is None  # any capital can open it: no word to look for
    assert openings(re.compile(r"(?:the )?\w+ summit")) is None
