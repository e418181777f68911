"""A post prepared for extraction: its zones, knowledge-base mentions, hashtags and flags.

The *headline* is the first line that says something (leading hashtag and
emoji-only lines are skipped; a document's title is its headline). The *lead*
is the headline plus the lines that complete it (a "📍 Place, date" line) and
the first sentence after it: the primary event is read from the lead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..kb import KB, Mention
from ..models import Post
from .dates import MONTHS, WEEKDAYS
from .datelines import (CAPS_AGENCY, CAPS_CITY_STOP, CAPS_DASH_OPENING, CITY_COLON_OPENING, CITY_DASH_OPENING, CITY_SLASHED_AGENCY, DATE_AGENCY_STOP,
                        MONTH_NAME, WIRE_OPENING)

HASHTAG_FAST = re.compile(r"#(\w{2,60})")
HASHTAG = re.compile(r"(?<![\w#])#(\w{2,60})")
URL = re.compile(r"(?:https?|ftp)://[^\s)\]>\"“”]+")
FLAG_PAIR = re.compile(r"[\U0001F1E6-\U0001F1FF]{2}")
BULLET = r"(?:[•▪◾●▫◽■➖🔹🔸🔷🔶✔✅*\-–—]\uFE0F?)"  # what opens a list item ("▪️ " is a bullet and a variation selector)
PICTOGRAPH = r"(?:[\u2600-\u27BF\U0001F300-\U0001FAFF]\uFE0F?)"  # any other pictograph, which opens items too ("🤝 President of ...")
SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s+[\"“(]?[A-Z0-9🇦-🇿]|\s*$))")  # one character class first: the engine skips to it
ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Dr|Ms|St|No|Jr|Sr|Gen|Lt|Col|Maj|Adm|Capt|Sgt|Brig|Cmdr|Gov|Sen|Rep|Amb|Prof|Rev|Hon|v|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Kh|Ts|Ch|Sh|Zh))$")  # "Griswold v. Connecticut", "Oct. 26",
# a Mongolian patronymic's initial: "Kh. Battulga"

PARAGRAPH_NUMBER = re.compile(r"[ \t]*\d{1,2}\.$")


def sentence_ends(text: str, start: int, end: int):
    """Ends of sentences between two offsets: ". " before a capital, or a line break;
    not after an initial or a title ("Joseph R. Biden", "Dr. Tedros")."""
    for m in SENTENCE_END.finditer(text, start, end):
        if m.group() == "." and (ABBREVIATION.search(text, max(start, m.start() - 5), m.start()) or (
                text[m.start() - 1: m.start()].isdigit() and PARAGRAPH_NUMBER.match(text, text.rfind("\n", 0, m.start()) + 1, m.end()))):
            continue  # (nor after a paragraph's number: "1. Minister of Foreign Affairs Cho Tae-yul met with ...")
        if m.group() == "." and _in_brackets(text, max(start, m.start() - 80), m.start(), m.end()):
            continue  # nor inside brackets: "(local time; around 1:30 p.m. Japan time)"
        yield m


def _in_brackets(text: str, floor: int, at: int, after: int) -> bool:
    """Whether a bracket opened since ``floor`` is still open at ``at`` and closes on the same line soon after."""
    opened = text.rfind("(", floor, at)
    if opened < 0 or text.find(")", opened, at) >= 0:
        return False
    close, newline = text.find(")", after, after + 40), text.find("\n", after, after + 40)
    return close >= 0 and (newline < 0 or close < newline)


DIARY_LABEL = re.compile(r"^\s*(?:Travel|Trip)\s+Diary\s*:\s*")  # a blog's series label: "Travel Diary: Secretary Clinton Meets With ..."
# "Statement by NSC Spokesperson Bernadette Meehan on National Security Advisor Susan E. Rice’s Call with ...": a readout by another name
SPOKESPERSON_ON_EVENT = re.compile(r"^\s*(?:[A-Z][\w ]{1,30}:\s+)?Statement\s+(?:(?:by|from|From)\s+(?:the\s+)?[^\n]{0,80}?\s+)?[Oo]n\s+(?:the\s+)?"
                                   r"(?=Call [Ww]ith\b|[^\n]{0,80}?(?:[’']s\s+(?:[\w-]+\s+)?(?i:calls?|meetings?|conversation|trip|travel|visit)|\b(?:[Tt]ravel|[Vv]isit) (?:of|to))\b)")
# (and "... on the Travel of National Security Advisor ...", "... on the Visit of Prime Minister ...", "... On Call With Zelenskyy",
# a mirror's "Africa: Statement by ...")
READOUT_PREFIX = re.compile(r"^\s*(?:Joint\s+)?(?:Readout|Read-out|Readout and Photos?)\s+(?:(?:from|by)\s+[^\n]{0,80}?\s+on\s+|of\s+|from\s+|by\s+)(?:the\s+)?", re.I)
DAY_NAMES = "|".join(d.title() for d in WEEKDAYS)
MONTHS_AND_DAYS = "|".join(m.title() for m in list(MONTHS)[:12]) + "|" + DAY_NAMES  # the full month names come first
WHEN_WORD = re.compile(r"\b(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]his (?:morning|afternoon|evening)|" + MONTHS_AND_DAYS + r")\b")
MONTH_AND_YEAR = re.compile(r"[A-Z][a-z]+,?\s+(?:19|20)\d\d\b")  # "In September 2023, President Biden established ...": background, not the day
WHEN_OPENING = re.compile(r"\W*(?:[A-Z][\w.]*(?:,?\s[A-Z][\w.]*){0,2}\W{0,3}\s[–—-]\s)?(?:Today|Yesterday|Tonight|Earlier today|This (?:morning|afternoon|evening)|"
                          r"On (?:" + MONTHS_AND_DAYS + r")|(?:" + DAY_NAMES + r"),)\b")
QUOTED_EPIGRAPH = re.compile(r"^\W{0,4}[“\"«][^\n]{10,400}[”\"»][,.]?\s*[–—-]\s*[A-Z]")  # a quotation and its author
PLACE_LINE = re.compile(r"^\W{0,3}📍")
STANDFIRST = re.compile(r"[A-Z][^\n]{30,250}[\w’')]")  # a summary line under a title, without a sentence's stop
BULLET_STAMP_LINE = re.compile(r"^[^\n•]{1,80}(?:[ \t]•[ \t][^\n•]{1,60}){2,5}$")  # "White House Oval Office • Washington D.C. • June 20 • 12:10 P.M. EDT"
DATELINE_ALONE = re.compile(r"[^\n]{5,120}?(?:19|20)\d\d\b[^\n]{0,30}?(?:--|[–—-])[ \t]*$")  # its dash ending the line:
# "MENAFN - African Press Organization) MANAMA, Bahrain, September 23, 2025/APO Group/ --" (tried only on a line that ends so)


def stamp_line(line: str) -> bool:
    """Whether a line is a page's stamp, a source's credit or a dateline alone: no part of the story."""
    return PAGE_STAMP_LINE.match(line) is not None or (line.endswith(("-", "–", "—")) and DATELINE_ALONE.match(line) is not None)


PAGE_STAMP_LINE = re.compile(r"^\W*(?:(?:[^\n|]{0,30}\|\s*){0,2}(?:(?:By\s+)?(?-i:[A-Z][\w.’'-]*\s+){1,3}(?=Published|Posted|Updated))?(?:Submitted|Posted|Published|Updated|Created|Written(?=\s+by\b|:)|Last updated|Last modified|Distributed by [A-Z]\w*)(?:\s+on)?:?\s+[^\n]{4,60}|Source:\s+[^\n]{2,80}|"
                             r"\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}\s*\|[^\n]{0,60}|"  # "24/10/2025 14:12 | Press release |"
                             r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\s*$|"  # a source's address alone: "prezydent.pl"
                             r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?|"  # a reporter's address, "2022-08-08 20:00:04"
                             r"Release\s+Date:\s*[^\n]{4,80}|(?:Author|Autor):\s+[^\n]{2,60}|\d{1,2}\.\s+\w+\s+\d{4}\.?\s+\d{1,2}:\d{2}|"  # "Autor: Tanjug", "26. oktobar 2023 15:42"
                             r"\d{1,2}/\d{1,2}/\d{4}\s*\|\s*\d{1,2}:\d{2}\s*(?:[ap]m)?(?:\s+[A-Z]{2,4})?|"  # "10/08/2020 | 01:55pm EDT"
                             r"\d{4}-\d{2}-\d{2}\s*[-–]\s*[A-Z]{2,8}\s*[-–]?|"  # "2023-07-11 - SPA -"
                             r"By\s+[A-Z][^\n]{0,40}?\s[-–—|]\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}[^\n]{0,60}|"  # "By JT - Feb 24,2020 - Last updated at Feb 24,2020"
                             r"By\s+[^\n|]{2,80}\|[^\n]{0,60}\b(?:Updated|Posted|Published)\b[^\n]{0,40}|"  # "By David Stanway in Beijing and Sophie
                             # Knight in Tokyo | China Daily | Updated: 2014-08-11 06:55"
                             r"By(?:\s+(?-i:[A-Z][\w.’'-]*)){1,4}(?:\s+(?:with|and)(?:\s+(?-i:[A-Z][\w.’'-]*)){1,3}|,\s*(?-i:[A-Z]{2,6}))?|"  # a byline alone:
                             # "By Euronews with AP", "By Ken Sackey, GNA"
                             r"(?:\(?[A-Z][\w .-]{1,30}\)[ \t]*)?\d{1,2}:\d{2},[ \t]+" + MONTH_NAME + r"[ \t]+\d{1,2},[ \t]+\d{4}|"  # "(Xinhua) 09:22, May 25, 2023"
                             r"(?:The )?(?:press release|statement|speech|news story)s? (?:was )?(?:issued|published|made) by [^\n]{3,80}? on [^\n]{4,30}|"
                             # a mirror's note: "The press release issued by the Foreign Office on 20 September 2023."
                             r"(?:Location|Venue|Place):\s+[^\n]{2,60})$", re.I)
# a website's own stamp, or a mirror's credit ("Source: President of Russia – The Kremlin – English"), or a byline and its stamp
# ("Faizan Hashmi Published June 25, 2023 | 03:30 PM")
ATTRIBUTION_LINE = re.compile(r"^(?:\W*|[^\n]{0,160}?\b)(?:The (?:following|below) (?:statement )?(?:is|are) attributable to|(?:released|issued|provided) the following|As stated by)\b[^\n]{0,120}:\W*$", re.I)
# a spokesperson's byline, or a mirror's preface ("Washington, DC (STL.News) – The US Department of State released the following statement:")
TRANSCRIPT_TITLE = re.compile(r"\b(?:remarks|statement|address|speech|interview|article|answers|words|greetings|message)\b", re.I)  # its body is the speech
SPEECH_TITLE = re.compile(r"\b(?:remarks|address|speech|interview|article|answers)\b", re.I)  # a speaker's own words below (not a joint statement's preamble)
QUOTE_TITLE = re.compile(r"[A-Z][\w.’' -]{2,40}:[ \t]*[“\"«][^\n]*[”\"»][ \t]*$")  # "Sergey Lavrov: “BRICS is one such association ...”"
# "December 8, 2016" alone under a headline (or with a place): when the page was published, or the event when the text gives no other day
DATE_LINE = re.compile(r"^(?=[^\n]{0,120}$)\W{0,3}(?:Date:\s+)?(?:(?:" + "|".join(d.title() for d in WEEKDAYS) + r"),?\s+)?(?:" + MONTH_NAME + r"\s+\d{1,2},?\s+\d{4}|"
                       r"\d{1,2}\s+" + MONTH_NAME + r",?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4}(?=\s+\d{1,2}:\d{2}\s*[AP]M\b))(?:\s*[-–—|,]?\s*\d{1,2}:\d{2}(?:\s*(?:[AP]M|[ap]\.?m\.?)(?:\s+[ECMP][SD]?T)?)?)?"
                       r"(?:\s*[,–—-]\s+[A-Z][\w.’' -]{1,40}?){0,3}\W{0,3}$|"  # "December 2, 2020, Novo-Ogaryovo, Moscow Region",
                       r"^(?=[^\n]{0,80}$)\W{0,3}[A-Z][\w.’' -]{1,40}?,\s+(?:" + MONTH_NAME + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + MONTH_NAME + r",?\s+\d{4})"
                       r"(?:\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?\W{0,3}$")
# or the place first: "Astana, November 7, 2024", or the issuer and the time: "Ministry of Foreign Affairs and Trade, November 3, 2019 2:00 PM"
# "January 20, 2022 - Paris, France - Global Affairs Canada"
# a titled document's header block: "Press Statement", "Office of the Spokesperson", "Marco Rubio, Secretary of State",
# "Washington, D.C.", "Press Briefing Room": short lines of capitalised words above the body
_HEADER_WORD = r"(?:\(?[A-Z][\w.’'&/+-]*\)?|of|the|and|for|on|to|in|at|&|\d{1,2}/[A-Z][a-z]{2,8}/\d{4}|\d[\d/:.-]*(?:st|nd|rd|th)?,?)"  # and a stamp's or date's numbers
# ("OCTOBER 10, 2023", "Date 2024-02-08", "Monday, April 15th 2024", "Oman Friday 12/September/2025 22:19 PM"), a source in brackets ("Egypt State Information Service (Cairo)")
DECK_LINE = re.compile(r"^(?=[^\n]{40,200}$)[\"“«]?[A-Z][^\n]*[a-z’'\"”)](?<![.!?:])$")  # "Argentinian president had triggered tensions after ..."
HEADER_LINE = re.compile(r"^(?=[^\n]{1,60}$)\W{0,3}" + _HEADER_WORD + r"(?:(?:[,:]?|\s+[-–—|])\s+" + _HEADER_WORD + r")*[\])]?(?::|[ \t]+[-–—])?$")  # "General Secretariat - Riyadh",
# "Brussels: Europe and the Arabs", "VIETNAM, July 12 -"
_LABEL = r"(?:(?:press|news|media)\s+(?:releases?|statements?|stor(?:y|ies)|notes?|notices?|conferences?)|speech(?:es)?|transcripts?|readouts?|statements?|interviews?|remarks)"
LABEL_LINE = re.compile(r"^\W{0,3}" + _LABEL + r"(?:\s+and\s+" + _LABEL + r")?(?:\s*[,–-]\s*E&OE)?(?:[ \t,|–-]+\d{1,2}[ \t]+[A-Za-z]{3,9}\.?[ \t]+\d{4})?\W{0,3}$", re.I)
# a page's label in sentence case: "Press release", "Transcript, E&OE", "Interviews and press conferences", "Press release 11 October 2020"
QUOTE_ATTRIBUTED = re.compile(r"[”\"»],\s+(?:(?:[A-Z][\w.’'-]*|of|and|the|for)\s+){1,14}?(?:said|says|announced|highlighted|stressed|noted|told|emphasi[sz]ed|underlined|declared|"
                              r"stated|pointed out|wrote|added)\b|,[”\"»]\s+(?:said|says|stated|declared|stressed|noted|added)\s+(?:[A-Z]|the\s+[A-Z])")
# ("“...,” said Recep Tayyip Erdoğan, President of the Republic of Türkiye")
QUOTE_LINE = re.compile(r"^\W{0,4}(?:💬|❓|✍(?!\W*(?:An?\s+)?(?:[Aa]rticle|[Oo]p-ed|[Cc]olumn)\b)|“|\"|«|[A-Z][\w .’'-]{1,40}:\s)")
LATIN_LETTER = re.compile(r"[A-Za-z]")
MAX_FLAGS = 64
LETTER = re.compile(r"[^\W\d_]")



class cached_property:  # noqa: N801 - functools.cached_property without its per-call lock (Python < 3.12)
    """A property computed once per document and then stored on it."""

    def __init__(self, func):
        self.func, self.name, self.__doc__ = func, func.__name__, func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass
class Zone:
    start: int
    end: int


@dataclass
class Document:
    post: Post
    kb: KB
    names: object = None  # an optional statistical name finder (see .ner)
    text: str = field(init=False)

    def __post_init__(self):
        self.text = self.post.text

    # -- zones -----------------------------------------------------------------
    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        spans, pos = [], 0
        for line in self.text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        return spans

    def states_in(self, zone: Zone) -> list:
        """The states named in ``zone`` (by name or adjective), one mention per span: "ROK" is read as both."""
        return list({(m.start, m.end): m for m in self.mentions_in(zone, ("country", "adjective"))}.values())

    def lines_in(self, zone: Zone):
        """The (start, end) of each line that starts inside ``zone``."""
        lines = self.lines
        for start, end in lines[bisect_left(lines, (zone.start, zone.start)):]:
            if start >= zone.end:
                break
            yield start, end

    def _is_content(self, start: int, end: int) -> bool:
        line = self.text[start:end]
        if "#" in line:
            line = HASHTAG.sub("", line)
        return LETTER.search(line) is not None

    @cached_property
    def headline(self) -> Zone:
        content = (line for line in self.lines if self._is_content(*line))
        for start, end in content:
            line = self.text[start:end]
            if not self.post.title and PAGE_STAMP_LINE.match(line) and end < len(self.text.rstrip()):
                continue  # "Submitted by moiuser3 on 27 February 2024" over an untitled post: the page's stamp, not its headline
            if QUOTE_TITLE.match(line) and (below := next(content, None)) is not None and (
                    below[1] - below[0] < 300 and self.text[below[0]:below[1]].rstrip().endswith(":")):
                return Zone(*below)  # "Sergey Lavrov: “...”" over "Foreign Minister Sergey Lavrov’s interview with ..., Moscow,
                # September 20, 2024:": a quote heads the page, the line under it names the event
            if (m := READOUT_PREFIX.match(line) or SPOKESPERSON_ON_EVENT.match(line) or DIARY_LABEL.match(line)):
                start += m.end()
            return Zone(start, end)
        return Zone(0, 0)

    @cached_property
    def title(self) -> str:
        """The post's title; for a post without one, its first line when that line is a title: no full stop ends it
        and a date line stands under it ("Meeting of the Security Council" over "December 2, 2020, Novo-Ogaryovo,
        Moscow Region"), as in a page whose title was copied into its text."""
        if self.post.title:
            return self.post.title
        head = self.text[self.headline.start:self.headline.end].strip()
        if not head or head[-1] in ".!?:;,":
            return ""
        for s, e in self.lines:
            if s > self.headline.end and self._is_content(s, e):
                line = self.text[s:e]
                return head if DATE_LINE.match(line) and not PLACE_LINE.match(line) else ""  # (a channel's "📍 Vienna, March 9, 2026" is its own form)
        return ""

    @cached_property
    def _following(self) -> list[tuple[int, int]]:
        """The first content lines after the headline (the few the lead can use)."""
        found, limit = [], 8 if self.title else 4  # a titled document's header block may take seven lines
        for s, e in self.lines:
            if s > self.headline.end and self._is_content(s, e):
                found.append((s, e))
                if len(found) == limit:
                    break
        return found

    def _quote_line(self, line: str) -> bool:
        """Whether a line opens with a quotation or a speaker's label ("Maria Zakharova: ..."), not a city's
        dateline ("Tehran: Foreign Minister ...", "New Delhi: After talks ...")."""
        if (m := QUOTE_LINE.match(line)) is None:
            return False
        if line[m.end() - 1] in "“\"«" and QUOTE_ATTRIBUTED.search(line, m.end(), m.end() + 900):
            return False  # "“Protecting Christian culture is important ...”, Minister of Foreign Affairs and Trade Péter Szijjártó
            # highlighted on Kossuth Radio": the sentence tells who said it
        label = line[: m.end()].strip(" \t:")
        return not (line[m.end() - 1:m.end()].isspace() and label[:1].isupper() and (
            self.kb.cities.get(label) or self.kb.cities.get(label.title())))

    def first_sentence_end(self, start: int, end: int) -> int:
        """Where the first sentence between two offsets ends (after an agency's dateline, if one opens it)."""
        ends = sentence_ends(self.text, start, min(end, start + 600))
        sentence = next(ends, None)
        if sentence is not None and sentence.end() - start < 100 and (WIRE_OPENING.fullmatch(self.text, start, sentence.end()) or (
                CAPS_CITY_STOP.fullmatch(self.text, start, sentence.end()) and CAPS_AGENCY.match(self.text, sentence.end())) or (
                CITY_SLASHED_AGENCY.fullmatch(self.text, start, sentence.end())) or DATE_AGENCY_STOP.fullmatch(self.text, start, sentence.end())):
            sentence = next(ends, None)  # "MOSCOW, September 28. /TASS/. Russian Foreign Minister ...", "NUR-SULTAN. KAZINFORM - President ...":
            # the agency's dateline opens the sentence
        return sentence.end() if sentence else end

    @cached_property
    def header_lines(self) -> list[tuple[int, int]]:
        """The lines between the headline and the body: a place or date line, a byline, a page's stamp and, under a
        document's title, its header block ("Press Statement", "Morgan Ortagus", "Washington, DC", "May 1, 2019")."""
        found = []
        following = self._following[:8]
        for i, (s, e) in enumerate(following[:7]):
            line = self.text[s:e]
            if not (PLACE_LINE.match(line) or ATTRIBUTION_LINE.match(line) or stamp_line(line.rstrip()) or ("•" in line and BULLET_STAMP_LINE.match(line)) or (
                    self.title and (DATE_LINE.match(line) or HEADER_LINE.match(line) or LABEL_LINE.match(line) or (len(line.strip()) > 20 and line.strip().lower() in self.title.lower()) or (
                        len(found) <= 1 and i + 1 < len(following) and DECK_LINE.match(line) and self.text[following[i + 1][1] - 1] in ".!?") or (
                        not found and i + 1 < len(following) and len(line) <= 250 and DATE_LINE.match(self.text[following[i + 1][0]: following[i + 1][1]]))))):
                break  # (the page's title said again is part of its header too, and a deck under it: a sentence with no full stop, or
                # any line over a date line: "Remarks by Foreign Minister Sergey Lavrov at the General Debate ..." over "New York, September 27, 2025")
            found.append((s, e))
        return found

    @cached_property
    def core(self) -> Zone:
        """Headline and its place/date lines and, for a titled document, the body's first sentence:
        where the event's own date and place are stated."""
        end = self.headline.end
        header = self.header_lines
        for s, e in self._following[len(header): len(header) + 1]:
            if self.title and not self._quote_line(self.text[s:e]):
                later = self._following[len(header) + 1: len(header) + 2]
                if later and STANDFIRST.fullmatch(self.text, s, e) and any(
                        opening.match(self.text, later[0][0]) for opening in (WIRE_OPENING, CITY_COLON_OPENING, CITY_DASH_OPENING, CAPS_DASH_OPENING)):
                    # "Abdullah bin Zayed receives phone call from US Secretary of State" over a standfirst ("The UAE’s top diplomat
                    # underscored the country’s commitment to ...") and "Abu Dhabi: Sheikh Abdullah bin Zayed ... has received ...": the story
                    # begins at its dateline
                    s, e = later[0]
                    later = self._following[len(header) + 2: len(header) + 3]
                end = self.first_sentence_end(s, e)
                if later and not any(not MONTH_AND_YEAR.match(self.text, w.start()) for w in WHEN_WORD.finditer(self.text, s, end)) and (
                        WHEN_OPENING.match(self.text, *later[0])) and not TRANSCRIPT_TITLE.search(self.title):
                    # a paragraph of background, then "Today, the White House convened ...": the event's sentence
                    end = self.first_sentence_end(*later[0])
        if header:
            end = max(end, header[-1][1])
        if end == self.headline.end and not self.title:
            end = self.first_sentence_end(self.headline.start, self.headline.end)
        return Zone(self.headline.start, max(end, self.headline.end))

    @cached_property
    def lead(self) -> Zone:
        """The core, and the first narrative sentence after it (quotes are skipped): who took part."""
        end = self.core.end
        if self.title:
            return self.core  # a titled document: its title and first sentence
        for s, e in self._following[:4]:
            if s < self.core.end:
                continue
            line = self.text[s:e]
            if PLACE_LINE.match(line) or ATTRIBUTION_LINE.match(line) or stamp_line(line.rstrip()) or (len(line) < 60 and not line.rstrip().endswith(".")):
                continue
            if self._quote_line(line):
                if QUOTED_EPIGRAPH.match(line):
                    continue  # '"Vietnamese MGIMO graduates ... family!", – Nguyen Phuong Nga, ...': the story follows
                break
            end = self.first_sentence_end(s, e)
            break
        return Zone(self.headline.start, max(end, self.core.end))

    @cached_property
    def sentence_after_lead(self) -> tuple[int, int] | None:
        """The first sentence after the lead (within 600 characters), where a lead that names no event or no one may go on."""
        return next(self.sentences(self.lead.end, min(len(self.text), self.lead.end + 600)), None)

    @cached_property
    def first_paragraph(self) -> Zone:
        """From the headline to the end of the body's first paragraph."""
        lines = self._following[:2] or [(self.headline.start, self.headline.end)]
        if len(lines) == 2 and not re.match(r"^\W*[*_]", self.text[lines[0][0]:lines[0][1]]):
            lines = lines[:1]  # a subtitle line ("*Between ...*") does not count as the first paragraph
        return Zone(self.headline.start, max(lines[-1][1], self.headline.end))

    @cached_property
    def next_paragraph(self) -> Zone | None:
        """The paragraph after the lead's, if any."""
        later = [(s, e) for s, e in self._following if s >= self.first_paragraph.end]
        return Zone(*later[0]) if later else None

    def sentences(self, start: int = 0, end: int | None = None):
        """(start, end) of each sentence between two offsets."""
        end = len(self.text) if end is None else end
        pos = start
        for m in sentence_ends(self.text, start, end):
            if m.end() - pos > 1:
                yield pos, m.end()
            pos = m.end()
        if end - pos > 1:
            yield pos, end

    # -- knowledge-base mentions ----------------------------------------------
    @cached_property
    def mentions(self) -> list[Mention]:
        found = self.kb.scan(self.text)
        if "://" in self.text:  # nothing inside a link's address is mentioned ("dol.gov/.../WB/media/WB-issuebrief")
            links = [(m.start(), m.end()) for m in URL.finditer(self.text)]
            found = [m for m in found if not any(s <= m.start < e for s, e in links)]
        return found

    @cached_property
    def _starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def mentions_in(self, zone: Zone, kinds: tuple[str, ...] | None = None) -> list[Mention]:
        """Mentions inside a zone (the list is sorted by start, so two bisections find them)."""
        lo = bisect_left(self._starts, zone.start)
        hi = bisect_left(self._starts, zone.end, lo)
        return [m for m in self.mentions[lo:hi] if m.end <= zone.end and (kinds is None or m.kind in kinds)]

    @cached_property
    def organisations(self) -> tuple[list[str], list[tuple[int, int]]]:
        """Codes of every organisation the post mentions, and where."""
        from .orgs import organisations

        return organisations(self)

    @cached_property
    def name_spans(self) -> list[tuple[int, int]]:
        """PERSON spans from the optional name finder, in the lead only (the rest is never read for people)."""
        if self.names is None:
            return []
        return [(self.lead.start + s, self.lead.start + e) for s, e in self.names(self.text[self.lead.start:self.lead.end])]

    @cached_property
    def org_mentions(self) -> list[Mention]:
        from .orgs import all_org_mentions

        return all_org_mentions(self)

    @cached_property
    def hashtags(self) -> list[tuple[int, int, str]]:
        if "#" not in self.text:
            return []
        return [(m.start(), m.end(), m[1]) for m in HASHTAG_FAST.finditer(self.text)
                if not (m.start() and (self.text[m.start() - 1].isalnum() or self.text[m.start() - 1] in "#_"))]

    @cached_property
    def leading_flags(self) -> list[tuple[int, int, str]]:
        """Flags that open the post (before its first words), or failing that close its
        headline: the mark Telegram channels put on a post's parties."""
        found = []
        for start, end in self.lines[:4]:
            line = self.text[start:end]
            if "#" in line:  # blank out hashtags, keeping offsets
                line = HASHTAG.sub(lambda m: " " * len(m.group()), line)
            words = LATIN_LETTER.search(line)
            for m in FLAG_PAIR.finditer(line, 0, words.start() if words else len(line)):
                if (iso3 := self.kb.country_of_flag_pair(m[0])) and len(found) < MAX_FLAGS:
                    found.append((start + m.start(), start + m.end(), iso3))
            if self._is_content(start, end):
                break
        return found or self._closing_flags()

    def _closing_flags(self) -> list[tuple[int, int, str]]:
        """"... Days of Russian Culture in Qatar 🇷🇺 🇶🇦": flags that end the headline."""
        text, pos = self.text, self.headline.end
        while pos > self.headline.start and (text[pos - 1].isspace() or "\U0001F1E6" <= text[pos - 1] <= "\U0001F1FF"):
            pos -= 1
        found = []
        for m in FLAG_PAIR.finditer(text, pos, self.headline.end):
            if (iso3 := self.kb.country_of_flag_pair(m[0])) and len(found) < MAX_FLAGS:
                found.append((m.start(), m.end(), iso3))
        return found
