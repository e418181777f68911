"""Text normalisation and the removal of blocks that copied posts repeat.

Each step is a small function, cheapest first; :func:`clean_text` runs them in
order. None of them drops content that appears only once.
"""

from __future__ import annotations

import html
import re
import unicodedata

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b\u200e\u200f\u2060\ufeff]")  # soft hyphen, word joiner too
HYPHENS = ("\u2010", "\u2011")  # "al‑Shaibani" with a non-breaking hyphen
LETTER_MINUS = re.compile(r"(?<=[^\W\d_])\u2212(?=[^\W\d_])")  # "Russia−GCC": a minus sign set for a hyphen
ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# "&amp;", "&#8217;", "&nbsp;" left in scraped tables; and what remains when a scraper drops the
# ampersands ("Rudakov.nbsp;", "Wersquo;ve"): none of those names is an English word before a semicolon
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|(?:nbsp|[lr][sd]quo|[lr]aquo|[mn]dash|hellip);")
SCRAPED_BREAK = re.compile(r"[ \t]*\n[ \t]*")
SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")
SPACE_BEFORE_PUNCT = re.compile(r"(?<=\w) +([.,;:!?)])(?=\s|$)")
BLANK_RUN = re.compile(r"\n{3,}")
# words that open diplomatic headlines, mended even when the text never writes them whole
HEADLINE_WORDS = {
    "interview", "statement", "comment", "remarks", "address", "speech", "briefing", "answer", "answers", "head",
    "meeting", "talks", "message", "greetings", "congratulations", "condolences", "president", "minister",
    "ambassador", "deputy", "foreign", "ministry", "when", "article", "report", "joint", "opening",
}
SPLIT_RUN = re.compile(r"(?<![\w.'’-])([A-Z])((?: [a-z]{1,2})+) ([a-z]{2,})\b")  # "F e bruary": split more than once
SPLIT_WORD = re.compile(r"(?<![\w.'’-])([A-Z]) ([a-zß-öø-ÿ][a-zß-öø-ÿ\u0100-\u017f]+)\b")  # "A lexander", "P éter"
NAME_NEXT = re.compile(r" [A-Z][a-z]")


def normalise(text: str) -> str:
    """NFC, no control characters, one space between words, tidy line breaks."""
    if ";" in text:
        text = ENTITY.sub(_entity, text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub("", text)
    for hyphen in HYPHENS:
        if hyphen in text:
            text = text.replace(hyphen, "-")
    if "\u2212" in text:
        text = LETTER_MINUS.sub("-", text)
    text = ODD_SPACE.sub(" ", text)
    text = SCRAPED_BREAK.sub("\n", text)
    text = SPACE_RUN.sub(" ", text)
    text = SPACE_BEFORE_PUNCT.sub(r"\1", text)
    if CYRILLIC.search(text):
        text = MIXED_WORD.sub(lambda m: m[0].translate(HOMOGLYPHS), text)
    return BLANK_RUN.sub("\n\n", text).strip()


def _entity(m: re.Match) -> str:
    entity = m[0] if m[0][0] == "&" else "&" + m[0]
    return html.unescape(entity)  # an unknown name ("&foo;") stays as written


CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z])\w*[\u0400-\u04ff]\w*")  # a Latin word with a Cyrillic look-alike in it
HOMOGLYPHS = str.maketrans("аеорсухіјѕԁӧёАВЕКМНОРСТХІЈЅӦЁ", "aeopcyxijsdöëABEKMHOPCTXIJSÖË")  # "Niinistӧ" -> "Niinistö"


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


def _mend_run(m: re.Match, whole: set[str], vocabulary) -> str:
    """"F e bruary" -> "February" when the joined word is known (a month, written whole in the text, or in ``vocabulary``)."""
    word = m[1] + m[2].replace(" ", "") + m[3]
    return word if word.lower() in whole or word.lower() in MONTHS or word in vocabulary else m[0]


def join_split_words(text: str, vocabulary=frozenset()) -> str:
    """Mend words a scraper split after their capital ("A lexander" -> "Alexander").

    A pair is joined when the joined word is known: in ``vocabulary`` (the
    knowledge base's capitalised words) or written whole elsewhere in the text,
    in any case ("I nterview" when "interview" occurs); or when it is a first
    name before a surname ("L ynne Tracy"), which "Part B that" or "R&D funding"
    is not.
    """
    if not SPLIT_WORD.search(text) and not SPLIT_RUN.search(text):
        return text
    whole = {w.lower() for w in re.findall(r"\b[A-Za-z]{3,}\b", text)} | HEADLINE_WORDS
    text = SPLIT_RUN.sub(lambda m: _mend_run(m, whole, vocabulary), text)

    def mend(m: re.Match) -> str:
        word = m[1] + m[2]
        if word.lower() in whole or word in vocabulary:
            return word
        if m[1] not in "AIO" and len(m[2]) >= 3 and NAME_NEXT.match(m.string, m.end()):
            return word  # "L ynne Tracy", "S tanislav Surovtsev": a first name (no English word is one capital letter but A, I, O)
        return m[0]

    return SPLIT_WORD.sub(mend, text)


def remove_repeated_tail(text: str, min_chars: int = 20) -> str:
    """Drop a block of lines that repeats the block just before it.

    Copying a Telegram post as text gives its body twice: once after the
    headline, once again without it. The longest exactly repeated tail wins.
    """
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    stripped = [lines[i].strip() for i in content]
    n = len(stripped)
    for k in range(n // 2, 0, -1):
        if stripped[n - k:] == stripped[n - 2 * k:n - k] and sum(map(len, stripped[n - k:])) >= min_chars:
            return "\n".join(lines[: content[n - k]]).rstrip()
    return text


def clean_text(text: str, vocabulary=frozenset()) -> str:
    """The full cleaning cascade for one post's text."""
    text = normalise(text)
    text = remove_repeated_tail(text)
    return join_split_words(text, vocabulary)


def fingerprint(text: str) -> str:
    """A key under which reposts of the same text collide (case, spacing, emoji aside)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[\W_]+", "", folded)
