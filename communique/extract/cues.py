"""Patterns tried only where one of their opening words stands.

A long case-blind alternation is slow to *search*: the engine tries every
alternative at every position of the text. When every match starts with one of
a few literal words ("greetings", "letters", "addressees" ...) or at a line's
start, an Aho-Corasick automaton finds those words in one pass over the lowered
text and the pattern is only *matched* where they start. The opening words are
read from the pattern itself (:func:`openings`), so they cannot fall out of step
with it; ``finditer`` and ``search`` give the pattern's own matches
(``tests/test_extract_speedups.py`` compares them on the corpora). The words
are looked for in ``str.lower()`` text, which matches what ``re.I`` matches for
every letter but a few such as the long s "ſ" (re.I takes it for "s").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre
from re import _parser as sre_parse

from ..kb import word_automaton

LINE_START = "^"  # in an opening set: the match starts where a line does
DIGIT = "\\d"  # in an opening set: the match starts with a digit
MARKERS = {LINE_START, DIGIT}
DIGITS = re.compile(r"\d")
MAX_OPENING = 12  # characters of an opening word: enough to be rare
MAX_OPENINGS = 500
ZERO_WIDTH_STARTS = (sre.AT_BEGINNING, sre.AT_BEGINNING_LINE, sre.AT_BEGINNING_STRING)
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def openings(pattern: re.Pattern) -> set[str] | None:
    """Lower-case words one of which opens every match of ``pattern`` (``LINE_START`` for a match
    anchored at a line's start), or None when some match can open with anything."""
    return _sequence(list(sre_parse.parse(pattern.pattern, pattern.flags).data), 0)


def _sequence(items: list, i: int) -> set[str] | None:
    prefix = ""
    while i < len(items):
        op, av = items[i]
        if op is sre.AT:
            if av in ZERO_WIDTH_STARTS and not prefix:
                return {LINE_START}
            i += 1
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):  # lookarounds consume nothing
            i += 1
            continue
        if op is sre.LITERAL:
            prefix += chr(av).lower()
            if len(prefix) >= MAX_OPENING:
                return {prefix}
            i += 1
            continue
        if prefix:  # a literal start, and what follows it where that can be told ("w" + "as|ere")
            rest = _sequence(items, i)
            if rest is None or rest & MARKERS:
                return {prefix}
            found = {(prefix + r)[:MAX_OPENING] for r in rest}
            return found if len(found) <= MAX_OPENINGS else {prefix}
        if op is sre.IN:  # a digit, or a small set of characters: each of them, then what follows
            if av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
                return {DIGIT}
            if not all(kind is sre.LITERAL for kind, _ in av) or len(av) > 4:
                return None
            rest = _sequence(items, i + 1)
            if rest is None or rest & MARKERS:
                return None
            found = {chr(ch).lower() + r for _, ch in av for r in rest}
            return found if len(found) <= MAX_OPENINGS else None
        if op is sre.SUBPATTERN:
            sub = av[-1]
            first, may_be_empty = _sequence(list(sub.data), 0), sub.getwidth()[0] == 0
        elif op is sre.BRANCH:
            first, may_be_empty = set(), False
            for alternative in av[1]:
                got = _sequence(list(alternative.data), 0)
                if got is None:
                    return None
                first |= got
                may_be_empty = may_be_empty or alternative.getwidth()[0] == 0
        elif op in REPEATS:
            low, _, sub = av
            first, may_be_empty = _sequence(list(sub.data), 0), low == 0 or sub.getwidth()[0] == 0
        else:
            return None
        if first is None:
            return None
        if may_be_empty:
            rest = _sequence(items, i + 1)
            if rest is None:
                return None
            first |= rest
        return first if len(first) <= MAX_OPENINGS else None
    return {prefix} if prefix else None


def _lowered(text: str, start: int, stop: int) -> str | None:
    """The text between two offsets in lower case, or None when lowering changes its length (its
    offsets would no longer be the text's)."""
    window = text[start:stop].lower()
    return window if len(window) == stop - start else None


def _line_starts(text: str, window: str, start: int) -> list[int]:
    """Where lines start in ``window``, the text from ``start`` on."""
    found = [start] if start == 0 or text[start - 1] == "\n" else []
    at = window.find("\n")
    while at >= 0:
        found.append(start + at + 1)
        at = window.find("\n", at + 1)
    return found


class CuedSet:
    """Named patterns whose opening words one automaton finds in one pass: ``starts`` gives, for each
    name, where its pattern may match."""

    def __init__(self, patterns: dict[str, re.Pattern]):
        words: dict[str, set[str]] = {}
        self.at_line_starts: list[str] = []
        self.at_digits: list[str] = []
        for name, pattern in patterns.items():
            found = openings(pattern)
            if found is None:
                raise ValueError(f"some match of {pattern.pattern[:60]!r} opens with no fixed word")
            if LINE_START in found:
                self.at_line_starts.append(name)
            if DIGIT in found:
                self.at_digits.append(name)
            for word in found - MARKERS:
                words.setdefault(word, set()).add(name)
        self.words = sorted(words)
        self.names_of = [tuple(sorted(words[w])) for w in self.words]
        self._automaton = word_automaton(self.words) if self.words else None

    def starts(self, text: str, start: int = 0, stop: int | None = None) -> dict[str, list[int]] | None:
        """Where each pattern may match between two offsets, in order (None when lowering the text
        changes its length, so its offsets cannot be trusted)."""
        stop = len(text) if stop is None else stop
        if (window := _lowered(text, start, stop)) is None:
            return None
        found: dict[str, set[int]] = {}
        if self._automaton is not None:
            for index, at, _ in self._automaton.find_matches_as_indexes(window, overlapping=True):
                for name in self.names_of[index]:
                    found.setdefault(name, set()).add(start + at)
        if self.at_line_starts:
            lines = _line_starts(text, window, start)
            for name in self.at_line_starts:
                found.setdefault(name, set()).update(lines)
        if self.at_digits and (digits := [start + m.start() for m in DIGITS.finditer(window)]):
            for name in self.at_digits:
                found.setdefault(name, set()).update(digits)
        return {name: sorted(positions) for name, positions in found.items()}


def matches_at(pattern: re.Pattern, text: str, starts: list[int], start: int, stop: int) -> Iterator[re.Match]:
    """``pattern.finditer(text, start, stop)``, given every position a match may start at."""
    reach = start
    for at in starts:
        if at >= reach and at <= stop and (m := pattern.match(text, at, stop)) is not None:
            yield m
            reach = max(m.end(), at + 1)


class WordCued:
    """``pattern`` searched only where one of its opening words (any case) stands or, where it has
    alternatives that open there, where a line starts or a digit stands: a :class:`CuedSet` of one."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self._cues = CuedSet({"": pattern})

    def finditer(self, text: str, start: int = 0, stop: int | None = None) -> Iterator[re.Match]:
        stop = len(text) if stop is None else min(stop, len(text))
        cues = self._cues
        if cues.at_line_starts or cues.at_digits:
            starts = cues.starts(text, start, stop)
            if starts is None:
                return self.pattern.finditer(text, start, stop)
            return matches_at(self.pattern, text, starts.get("", ()), start, stop)
        if (window := _lowered(text, start, stop)) is None:  # the common case, its opening words alone: no sets by name to build
            return self.pattern.finditer(text, start, stop)
        found = cues._automaton.find_matches_as_indexes(window, overlapping=True)
        if not found:
            return iter(())
        return matches_at(self.pattern, text, sorted({start + at for _, at, _ in found}), start, stop)

    def search(self, text: str, start: int = 0, stop: int | None = None) -> re.Match | None:
        return next(self.finditer(text, start, stop), None)
