"""Organisations and states mentioned anywhere in a post: text, hashtags and flags."""

from __future__ import annotations

import re

from ..kb import KB, Mention
from .document import Document, Zone

SECRETARY_GENERAL_OF_UN = re.compile(r"(?:^|[.;:!?\n]|\b(?:the|by|with|to|and|of|from))\s*$")
QUALIFIER = re.compile(r"(?:National|Presidential|Federal|State)\s+$")
STATE_GAP = re.compile(r"(?:[’']s)?[\s-]*(?:(?:National|Presidential|Federal|State|Bilateral|Strategic)\s+)?")
SPELLED_WORD = re.compile(r"[A-Z][a-z]{3,}")  # the content words an acronym is spelled out with
CAMEL_PART = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+")
DOMAIN_PUBLISHERS = {
    "whitehouse": "USA", "state.gov": "USA", "presidency.ucsb.edu": "USA", "mid.ru": "RUS", "kremlin": "RUS", "mfarussia": "RUS",
    "usembassy": "USA", "russianembassy": "RUS", "russia-emb": "RUS", "rusemb": "RUS", "russiaeu": "RUS", "fmprc": "CHN", "chineseembassy": "CHN",
    "china-embassy": "CHN", "gov.uk": "GBR", "mfa.gov": None,
}
# a government's own site: "mea.gov.in", "mofa.go.jp", "dirco.gov.za", "www.gob.mx", "diplomatie.gouv.fr", "mfa.gov.tr"
GOVERNMENT_HOST = re.compile(r"^(?:https?://)?(?:[\w-]+\.)*(?:gov|gob|gouv|go|govt|gv|gc)\.(?P<cc>[a-z]{2})(?:[:/]|$)", re.I)


def hashtag_org(kb: KB, tag: str) -> str | None:
    """The organisation a hashtag names: "#SCO", "#UNGA79", "#RussiaASEAN"."""
    bare = tag.rstrip("0123456789")
    if (code := kb.org_alias.get(bare)):
        return code
    for part in CAMEL_PART.findall(tag):
        if part.isupper() and (code := kb.org_alias.get(part)):
            return code
    return None


def hashtag_countries(kb: KB, tag: str) -> list[str]:
    """States in a bilateral hashtag: "#RussiaChina" -> RUS, CHN."""
    parts, found, i = CAMEL_PART.findall(tag), [], 0
    while i < len(parts):
        for width in (3, 2, 1):
            key = "".join(parts[i:i + width])
            if (iso3 := kb.hashtag_countries.get(key)):
                found.append(iso3)
                i += width
                break
        else:
            i += 1
    return found


def all_org_mentions(doc: Document) -> list[Mention]:
    """Organisation mentions in the whole text and its hashtags, in order."""
    found = [m for m in doc.mentions if m.kind == "org" and _accepted(doc, m)]
    office_orgs = doc.kb.office_orgs
    if office_orgs:  # "European Commission President": the office names its organisation
        starts = {m.start for m in found}
        found += [Mention(m.start, m.end, "org", office_orgs[m.surface], m.surface) for m in doc.mentions
                  if m.kind == "office" and m.surface in office_orgs and m.start not in starts]
        found.sort(key=lambda m: m.start)
    found = [_resolved(doc, m, found) for m in found]
    redefined = {m.surface for m in found if m.surface.isupper() and _redefined(doc, m, found)}
    if redefined:  # "the Space for Climate Observatory (SCO)": that acronym is another body's here
        found = [m for m in found if m.surface not in redefined]
    dependent = doc.kb.dependent_org_aliases
    if any(m.surface in dependent for m in found):  # "the Alliance" counts where NATO is named
        named = {m.value for m in found if m.surface not in dependent}
        found = [m for m in found if m.surface not in dependent or m.value in named]
    covered = {m.start for m in found}
    for h_start, h_end, tag in doc.hashtags:
        if h_start + 1 not in covered and (code := hashtag_org(doc.kb, tag)):
            found.append(Mention(h_start, h_end, "org", code, tag))
    return sorted(found, key=lambda m: m.start)


def _redefined(doc: Document, m: Mention, found: list[Mention]) -> bool:
    """Whether the post spells out an acronym as something else: "Space for Climate Observatory (SCO)"."""
    text = doc.text
    at = text.find(f"({m.surface})")
    if at < 0 or not re.search(r"[A-Z][\w-]*\s*$", text[max(0, at - 40): at]):
        return False
    if any(o.value == m.value and at - 3 <= o.end <= at for o in found):
        return False
    org = doc.kb.organisations[m.value]
    own = {w.lower() for form in (org.name, *org.aliases) for w in SPELLED_WORD.findall(form)}
    spelled = {w.lower() for w in SPELLED_WORD.findall(text[max(0, at - 70): at])}
    return not own & spelled  # "Association of Southeast Nations (ASEAN)" is ASEAN misspelt, not another body


def _resolved(doc: Document, m: Mention, found: list[Mention]) -> Mention:
    """An ambiguous alias belongs to the organisation the post names in full with it:
    "the Commonwealth Charter" in a post about the Commonwealth of Independent States."""
    if m.surface not in doc.kb.ambiguous_org_aliases:
        return m
    word = m.surface.removeprefix("the ").lower()
    for other in found:
        if other.value != m.value and other.surface not in doc.kb.ambiguous_org_aliases:
            if word in doc.kb.organisations[other.value].name.lower():
                return Mention(m.start, m.end, m.kind, other.value, m.surface)
    return m


def org_mentions(doc: Document, start: int = 0, end: int | None = None) -> list[Mention]:
    """Organisation mentions between two offsets."""
    end = len(doc.text) if end is None else end
    return [m for m in doc.org_mentions if start <= m.start < end]


def _accepted(doc: Document, m: Mention) -> bool:
    """An ambiguous alias ("Security Council", "Alliance") counts unless a state qualifies it:
    "the Russian Security Council", "the U.S.-Japan Alliance", "Secretary General of Japan's
    National Security Secretariat", "the National Security Council"."""
    if m.surface not in doc.kb.ambiguous_org_aliases:
        return True
    text = doc.text
    before = text[max(0, m.start - 30): m.start]
    if m.surface.startswith("Secretary") and (not SECRETARY_GENERAL_OF_UN.search(before) or _other_secretary_general(doc, m)):
        return False  # "CSTO Secretary General", "Mr Secretary General", "Secretariat Secretary General"; "the Secretary General"
        # of a post about "NATO Secretary General Jens Stoltenberg"
    if QUALIFIER.search(before) or re.match(r"\s+of\s+(?!the\s+(?:United Nations|UN)\b)", text[m.end: m.end + 30]):
        return False
    for other in doc.mentions_in(Zone(max(0, m.start - 40), m.start), ("country", "adjective")):
        if STATE_GAP.fullmatch(text[other.end: m.start]):
            return False
    return True


OWN_SECRETARY_GENERAL = re.compile(r"(?:[’']s)?\s+(?:Secretary[- ]General|Secretariat)\b")
SECRETARY_GENERAL_OF = re.compile(r"\bSecretary[- ]General\s+of\s+(?:the\s+)?$")


def _other_secretary_general(doc: Document, m: Mention) -> bool:
    """Whether the post names another organisation's Secretary General ("NATO Secretary General")."""
    office_orgs = doc.kb.office_orgs
    for o in doc.mentions:
        if o.kind == "office" and "Secretary" in o.surface and office_orgs.get(o.surface, m.value) != m.value:
            return True  # "NATO Secretary General", an office that names its organisation
        if o.kind == "org" and o.value != m.value and o.surface not in doc.kb.ambiguous_org_aliases and (OWN_SECRETARY_GENERAL.match(
                doc.text, o.end) or SECRETARY_GENERAL_OF.search(doc.text, max(0, o.start - 30), o.start)):
            return True  # "the CSTO Secretary General", "the SCO Secretariat", "Secretary General of the Gulf Cooperation Council"
    return False


def organisations(doc: Document) -> tuple[list[str], list[tuple[int, int]]]:
    codes, spans = [], []
    for m in org_mentions(doc):
        spans.append((m.start, m.end))
        if m.value not in codes:
            codes.append(m.value)
    return codes, spans


def countries_mentioned(doc: Document) -> list[str]:
    found = [m.value for m in doc.mentions if m.kind in ("country", "adjective")]
    found += [iso3 for _, _, iso3 in doc.leading_flags]
    for _, _, tag in doc.hashtags:
        found += hashtag_countries(doc.kb, tag)
    return list(dict.fromkeys(found))


def _url_owner(url: str) -> str:
    """Who a URL belongs to: its host, and the path's names ("t.me/s/MFARussia/1234", a mirror's "/str/RusEmbUK/1982");
    not a slug of hyphened words, which on a news site is the page's headline ("menafn.com/.../Deputy-Secretary-Landaus-
    Meeting-With-Japanese-...")."""
    host, _, path = url.strip().split("//", 1)[-1].partition("/")
    path = path.split("?", 1)[0].split("#", 1)[0]
    return " ".join([host, *(part for part in path.split("/") if part and "-" not in part and not part.isdigit())])


def publisher_country(doc: Document) -> str | None:
    """The publishing state, from the channel, the forward's origin or the URL."""
    post = doc.post
    parts = [post.forwarded_from, post.channel, post.url and _url_owner(post.url), post.source_file.rsplit("/", 1)[-1]]
    label = " ".join(p for p in parts if p)
    low = label.lower()
    for needle, iso3 in DOMAIN_PUBLISHERS.items():
        if needle in low and iso3:
            return iso3
    if post.url and (host := GOVERNMENT_HOST.match(post.url.strip())):
        if (iso3 := doc.kb.by_iso2.get(host["cc"].upper())):
            return iso3
    for m in doc.kb.scan(label.replace("-", " ").replace("_", " ")):
        if m.kind in ("country", "adjective"):
            return m.value
        if m.kind == "venue":
            return m.value[1]
    return None
