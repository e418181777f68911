"""Safe HTML from post text: escape first, then insert the <mark> elements.

Nothing from a post reaches a page except through :func:`markupsafe.escape`;
the only markup added here is ``<mark>`` with class names from a fixed alphabet.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

START, END = "\ue000", "\ue001"  # private-use characters: where SQLite's snippet() marks a match
MARKED = re.compile(f"{START}([^{START}{END}]*){END}")
NOT_CLASS = re.compile(r"[^a-z_]")
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)


def snippet_html(snippet: str | None) -> Markup:
    """A search snippet with its matches in <mark>; stray markers are dropped."""
    escaped = str(escape(snippet or ""))
    marked = MARKED.sub(r"<mark>\1</mark>", escaped)
    return Markup(marked.replace(START, "").replace(END, ""))


def plain_snippet(snippet: str | None) -> str:
    return (snippet or "").replace(START, "").replace(END, "")


def evidence_spans(record: dict) -> list[tuple[int, int, str, str]]:
    """Every valid evidence span of a record: (start, end, field, label), from its events and the post."""
    size = len(record.get("text") or "")
    found = []
    sources = [(f"event {i}", e.get("evidence")) for i, e in enumerate(record.get("events") or [], 1) if isinstance(e, dict)]
    sources.append(("post", record.get("evidence")))
    for owner, evidence in sources:
        for field, spans in (evidence or {}).items() if isinstance(evidence, dict) else ():
            for span in spans if isinstance(spans, list) else ():
                if _valid(span, size):
                    found.append((span[0], span[1], NOT_CLASS.sub("", str(field).lower()), f"{owner}: {field}"))
    return found


def _valid(span, size: int) -> bool:
    return (isinstance(span, (list, tuple)) and len(span) == 2 and all(type(v) is int for v in span)
            and 0 <= span[0] < span[1] <= size)


def highlighted_text(text: str, spans: list[tuple[int, int, str, str]]) -> Markup:
    """``text`` escaped, each stretch covered by spans in <mark class="ev ev-FIELD" title="...">."""
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        active = [(field, label) for s, e, field, label in spans if s <= a and b <= e]
        if not active:
            out.append(str(piece))
            continue
        classes = " ".join(dict.fromkeys(f"ev-{field}" for field, _ in active))
        title = escape(", ".join(dict.fromkeys(label for _, label in active)))
        out.append(f'<mark class="ev {classes}" title="{title}">{piece}</mark>')
    return Markup("".join(out))


def xml_text(value) -> str:
    """Text that XML 1.0 can carry (control characters removed); escaping is the template's job."""
    return XML_INVALID.sub("", "" if value is None else str(value))


def safe_url(value) -> str | None:
    """A URL from a post, only if it is http(s) (never javascript: or data:)."""
    return value if isinstance(value, str) and SAFE_URL.match(value.strip()) else None
