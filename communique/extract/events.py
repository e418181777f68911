"""What happened, where, and in which framework: event type, location, forum, PLOVER code.

Each decision is read from the lead (see :mod:`.document`); the patterns are
ordered from the most specific to the most general, and the earliest trigger in
the headline wins unless a more specific reading applies.
"""

from __future__ import annotations

import re

from ..kb import name_key, word_automaton
from .cues import CuedSet, WordCued, matches_at
from .datelines import (AGENCY, CAPS_OPENING, CITY_AGENCY_OPENING, CITY_COLON_OPENING, CITY_DASH_OPENING, DATE_FIRST_DATELINE,
                        DATED_OPENING, DAY_MONTH, MIRROR_CREDIT, SLASHED_YEAR_DATELINE, WIRE_DATELINE)
from .dates import MONTH_WORD
from .document import BULLET_STAMP_LINE, DATE_LINE, HEADER_LINE, Document, Zone, stamp_line
from .orgs import org_mentions
from .people import SPACES, in_quoted_title

I = re.I


GROUPING = r"(?-i:[A-Z][A-Z0-9+]{1,9}|G\d{1,2})"  # "BRICS", "SCO", "G20"
GROUPING_OFFICIALS = (GROUPING + r"(?:\s+and\s+(?-i:[A-Z][\w-]+))?\s+(?:sherpas|sous-sherpas|(?:deputy )?(?:foreign |finance |defen[cs]e |trade )?ministers|leaders|heads|"
                      r"national security advis[eo]rs|senior officials|ambassadors|permanent representatives)\b")  # "the BRICS Sherpas",
# "V4 and Turkish foreign ministers"

# (type, pattern): what a headline's verb or noun says happened
TRIGGERS: list[tuple[str, re.Pattern]] = [
    ("phone_call", re.compile(r"\b(?:tele)?phone\b|\bphone-?calls?\b|\bvideo ?(?:call|conferenc(?:e|ing)|link)|videoconferenc(?:e|ing)|\bteleconferenc(?:e|ing)\b|(?<![Cc]ourtesy )\bcalls?\b(?! (?:for|on|upon|to|by the)\b)|(?<!so-)\bcalled\b(?! (?:for|on|upon|to)\b)|\bspoke\b(?= (?:with|to)\b.{0,120}\bby (?:tele)?phone)|\bvirtual(?:ly)? (?:meeting|call|talks|conversation)|\bonline (?:meeting|talks|conversation|consultations)|\bmet virtually\b|\bspoke (?:(?:today|yesterday|earlier today|this (?:morning|afternoon|evening|week)|on (?:\w+day|\w+ \d{1,2})|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\s+)?(?:with|to)\b(?=\s+(?-i:[A-Z]|his\b|her\b|their\b|the [A-Z]))(?!.{0,40}\b(?:during|at|in person|on the margins))|\bspeaks with\b(?=\s+(?-i:[A-Z]|his\b|her\b|their\b|the [A-Z]))(?!.{0,40}\b(?:during|at|in person|on the margins))|\bvia (?:tele)?phone\b", I)),
    ("interview", re.compile(r"\binterview\b|\binterviewed\b|\banswers? (?:a|the) question (?:by|from|of)\b|\banswers? (?:to )?(?:the )?(?:media |journalists[’']? |reporters[’']? |press )?questions|\bpress conference|\bnews conference|\b(?:press )?gaggle\b|\bpress approach|\b(?:media|press) (?:availability|stakeout)|\bQ&A\b|\bquestions from\b|(?<!according )(?<!reported )\bto (?:the )?(?:TASS|RIA Novosti|RT|Sputnik[\w ]*|Izvestia|Interfax|Kommersant|RBC|Rossiyskaya Gazeta|Channel One|Rossiya 1|NTV)\b|\b(?:answers?|responses?|replies|reply) to (?:an? |the )?(?:\w+ ){0,2}questions?\b|\banswers (?:of|by) [^.\n]{3,150}? to (?:the )?questions\b|\b(?:press|news|media|weekly|regular)\s+briefing|\b(?:special|online|background|telephonic|virtual|on-the-record)\s+(?:online\s+)?briefing\b|\binteraction with (?:the )?(?:media|press|journalists)\b|^\W*briefing\b|\bbriefing\s+by\b|\b(?:comments?|remarks|answers?|statement)\b[^.\n]{0,170}?\b(?:to|for) (?:the )?[«\"“]?(?:[\w-]+[»\"”]? ){0,3}(?:media|press|journalists|news agency|newspaper|magazine|TV|television|channel|radio|TASS|RIA Novosti|Sputnik[\w ]*|RT|Izvestia|Interfax|Kommersant|RBC)\b|\b(?:hold|holds|held|give|gives|gave)\s+(?:a|her|his|the)\s+(?:\w+\s+)?briefing|\b(?:brief(?:s|ed)?|briefing\s+(?:for|to))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:journalists|reporters|correspondents|(?:the\s+)?press|media)\b", I)),
    ("message", re.compile(r"\bhappy new year\b|\bhappy (?:[\w’'-]+ ){0,3}(?:day|holiday|birthday|anniversary)\b|\bwish(?:es|ed)? (?:you |everyone |all )?(?:a )?(?:happy|merry|joyful|blessed)\b|\bmerry christmas\b|\bseason[’']s greetings\b|\bmessages?\b|\bgreetings?\b|\bcongratulat\w*|\bcondolences?\b|\bcondoles?\b|\bmourns\b|\bletters?\b(?! of credence)|\btelegrams?\b(?! channel)|\bsent (?:a|his|her|their)\b|\bwished\b|\bbirthday wishes|\b(?:warm|warmest|best|highest|sincere|heartfelt|kind|kindest) (?:regards|wishes)\b", I)),
    ("agreement", re.compile(r"\bwitness(?:ed|es)? the signing\b|\bsigning ceremony\b|\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?)\b(?=[^.\n]{0,120}?\b(?:agreements?|pacts?|treat(?:y|ies)|memorand\w+|memos?|(?-i:[Aa]rrangements?)|declarations?|accords?|protocols?|conventions?|contracts?|compacts?|deals?|roadmaps?|joint statements?|documents?|charters?|plans?|MoUs?|programmes?|programs?)\b)|\bentry into force|\b(?:entered|enters?|comes?|came) into force|\bratif\w+|\bconclu(?:ded|sion of) (?:an? |the )?(?:\w+ ){0,3}(?:agreement|treaty|memorandum)|\bexchange of (?:instruments|notes)|\bexchang(?:ed|es|e|ing)\s+(?:the\s+)?(?:(?!views|opinions|ideas|information|greetings|letters|experience)\w+\s+){0,3}?(?:agreements|memorand\w+|MoUs|documents|instruments of ratification)\b|\b(?:agreements?|pacts?|treat(?:y|ies)|memorand\w+|accords?|protocols?|conventions?|contracts?|deals?|MoUs?|documents?)\b(?:[^.\n]{0,80}?\b(?:were|was|have been|has been|had been|are being|is being)\s+(?:\w+\s+)?signed\b|[^.\n]{0,40}?\bsigned$)|^(?:\d+\s+)?(?:agreements?|memorand\w+|accords?|protocols?|contracts?|deals?|MoUs?|documents?)\s+signed\b", I | re.M)),
    ("visit", re.compile(r"\bvisit(?:s|ed)?\b(?! (?:of|by) )|(?<!^)(?<!the )(?<!his )(?<!her )(?<!their )(?<!a )\b(?:(?-i:visiting|VISITING)|(?-i:Visiting)(?!\s+(?-i:[A-Z])))\b(?! (?:of|by) )|\barriv(?:es|ed|al|ing)\b|\btrip\b|\btravel(?:s|ed|led|ling)?\b|\b(?:working|official|state|regional|foreign)\s+tour\b|\btour\s+(?:to|of)\s+(?-i:[A-Z])|\bdepart(?:s|ed|ure)\b|\blanded\b|(?<!before )\b(?:leaves?|left|leaving) for (?-i:[A-Z])|\bdelegation(?<![Pp]ermanent delegation) to\b", I)),
    ("other", re.compile(r"\bceremon(?:y|ies)\b|\b(?:solemn |official |gala )?reception\b(?! of| [Hh]ouse| [Hh]all| [Rr]oom)|\bmarks? the \d+\w* anniversary|\banniversary of (?:the establishment of )?diplomatic relations|\bcelebrates? (?:its |the )?(?:\w+ ){0,3}(?:Day|anniversary)\b|\bexhibition\b|\bletters? of credence\b|\bcredentials\b|\bwraps up\b|\bfestival\b|\bconcert\b|\bwreath\b|\bcommemorat\w+|\breport\b.{0,80}\b(?:published|released|presented)\b|\bhas been published\b|\bop-ed\b|\barticles?\b|\blaunch(?:ed|es)? of\b(?<!since the launch of)|\bevent\b(?! (?:in|of) )|\b(?:is|are) (?:observed|celebrated|commemorated)\b|\b\d+\s+years ago\b|\b(?:marks?|celebrates?|observes?)\s+(?:the\s+)?(?:(?:International|National|World)\s+)?(?:[A-Z][\w’'-]*\s+){1,5}Day\b|\b(?:marks?|celebrates?|observes?)\s+#\w+Day\b|\bopen(?:ed|s)? (?:an? |the )?(?:new )?(?:exhibition|monument|memorial|centre|center)", I)),
    ("statement", re.compile(r"\b(?:have|has) called (?:on|upon)\b|\bwelcom(?:es|ed|ing)\s+(?:the\s+|a\s+|this\s+|today[’']s\s+)?(?:[\w-]+\s+){0,2}?(?:announcement|decisions?|signing|adoption|call|release|commitment|progress|outcomes?|results?|election|ceasefire|truce|resolution|initiatives?|steps?|moves?|news|conclusion|holding|report)\b|\bstatement\b|\breports? that\b|\bremarks?\b|\baddress(?<!to address)(?<!help address)(?:ed|es)?\b(?! book)(?! (?:the |these |those |its |their |our )?(?:(?:major|key|common|shared|global|regional|pressing|urgent|mutual|specific|such) )?(?:challenges?|issues?|problems?|concerns?|needs|threats?|root causes|gaps?)\b)|\bspeech\b|(?<![Jj]oint )\bcommuniqu[eé]s?\b(?![ \t]*:)(?!\s+(?:of|on|following|after|from)\b[^\n]{0,140}?\b(?:meeting|summit|visit|talks|session|conference|teleconference|consultations|call)\b)|\bcomments?\b|\bcommentary\b|\bcommented\b|\bdeclaration\b|\b(?:spoke|speaks|(?:is|was|are|were) speaking) at\b|\bdelivered (?:a |an |the |his |her |their )?(?:\w+ )?(?:speech|address|remarks|lecture|statement|report|message)\b|\blecture\b|\btalking points\b|\b(?:false|fake|groundless|unfounded) (?:\w+ )?(?:allegations?|claims?|reports?|information|accusations?)\b|\balleg(?:ations?|ed(?:ly)?)\b|\bdisinformation\b|\brefut\w+|\b(?:is|are) (?:not true|false|fake|untrue)\b|\b(?:strongly |resolutely |firmly )?condemn(?:s|ed)?\b|\bexpress(?:es|ed)? (?:its |their |our )?(?:deep |serious |grave |strong )?(?:concern|indignation|outrage)\b|\b(?:is|are|remains?) (?:gravely |deeply |seriously |greatly |extremely )?concerned (?:about|over|by|at)\b|\bcalls (?:on|upon) (?:all|both|the)\b|\bas delivered by\b|\bstated\s+that\b", I)),
    ("multilateral_meeting", re.compile(r"(?<!two )\b(?:ministers|officials|leaders|chiefs|secretaries|advisors|advisers|governors|deputies|heads)[’'] (?:meetings?|council)\b|"
                                        r"\bmeetings? of (?:the )?#?" + GROUPING_OFFICIALS + r"|\bsherpas?(?:\s+and\s+sous-sherpas?|/sous-sherpas?)?[’']?\s+(?:(?:final|first|second|third|fourth|last|\d+\w*)\s+)?meetings?\b|\b(?:(?:took|takes|take|taking) part|participat(?:ed|es|ing|ion)|attended|attends|(?:will|to) attend)(?: in)?\b(?=[^.\n]{0,90}?\b(?:summit|meeting|session|conference|council|forum|ministerial|assembly|debate|talks|negotiations|consultations|round|dialogue|congress|plenary|retreat)s?\b)|\bsummit\b|\bministerial\b|\bsession\b(?<!listening session)(?<!working session)(?<!strategy session)(?<!training session)|\bplenary\b|\bgeneral debate\b|\bcouncil of (?:foreign )?ministers\b|\bheads of (?:state|government) council\b|\bjoined\b(?! (?:by|him|her))|\b(?:was|were) joined by\b|\bconvened\b(?! with\b)|\bconference\b|\b(?:results|outcomes?)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:council|summit|session|ministerial)\b|\b(?:co-)?chair(?:man|person|woman)?s?[’']?s?\s+(?:press\s+)?statement\s+(?:of|on|for|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,7}?(?:summits?|retreat|meetings?|ministerial|session|conference)\b|\b(?:press\s+)?statement\s+by\s+the\s+chair(?:man|person|woman)?\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:summits?|retreat|meetings?|ministerial|session|conference)\b", I)),
    ("meeting", re.compile(r"\bcourtesy calls?\b|\bcall(?:ed|s) on\s+(?:the\s+)?(?-i:[A-Z])(?![^.\n]{0,100}?\bto\s+(?-i:[a-z]))|\bdrop-by\b|\bpresented (?:his|her|their) (?:copies of (?:the |his |her |their )?)?(?:letters? of credence|credentials) to\b|\b(?:was|were) (?:handed|presented with) (?:an? |the )?(?:cop(?:y|ies) of )?(?:his|her|their|the) (?:letters? of credence|credentials) by\b|\bdiscuss(?:ed|es)\b(?=[^.\n]{0,150}?\bwith\s+(?:[A-Z]|(?:his|her|their|the)\s))|\bmet\b|\bmeet(?:s|ing|ings)?\b|\btalks\b|\bconsultations?\b|\breceived\b(?![^.\n]{0,40}?\ban?\s+(?:tele)?phone\s+call)(?!\s+(?:an?\s+)?(?:[\w-]+\s+)?welcome\b)|\breceives\b(?![^.\n]{0,40}?\ban?\s+(?:tele)?phone\s+call)(?!\s+(?:an?\s+)?(?:[\w-]+\s+)?welcome\b)|\bhosted\b|\bhosts\b|\bwelcomed\b|\bconversation with\b|\bsat down\b|\baudience\b|\bnegotiations\b|\bheld (?:a )?(?:talks|meeting|discussion|conversation|dialogue)|\bbilateral\b(?!\s+(?:relations|ties|cooperation|agenda|issues|trade|matters|documents?|agreements?|treat(?:y|ies)|accords?|instruments)\b)|\bengaged with\b|\bengagements? with\b|\bpull-aside\b|\bdiscussions? with\b|\bdialogue with\b|\bcounterpart\b|\broundtable\b|\bconvenings?\b|\bconvened\b|\bbriefing\b|\bsummon(?:ed|s)\b|\blistening session\b|\bbrief(?:s|ed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:diplomats|ambassadors|heads of (?:diplomatic )?missions|envoys|diplomatic corps)\b", I)),
]
PRIORITY = {t: i for i, (t, _) in enumerate(TRIGGERS)}
MULTILATERAL = dict(TRIGGERS)["multilateral_meeting"]
TRIGGER_CUES = CuedSet(dict(TRIGGERS))  # each pattern is matched only where one of its opening words stands
# a cheap first test: every alternative of a type's pattern contains one of these (lower case)
STEMS = {
    "phone_call": ("phone", "video", "call", "spoke", "speaks with", "virtual", "online", "teleconferenc"),
    "interview": ("tass", "ria novosti", " rt", "sputnik", "izvestia", "interfax", "kommersant", "rbc", "rossiyskaya", "channel one", "rossiya 1", "ntv", "interview", "answer", "conference", "press approach", "stakeout", "availability", "media", "q&a", "questions", "briefing",
                  "comment", "remarks", "statement", "brief", "gaggle"),
    "message": ("happy", "happy new year", "merry christmas", "season", "message", "greeting", "congratulat", "condolence", "condole", "mourns", "letter", "telegram", "sent ", "wish", "regards"),
    "agreement": ("witness", "sign", "ink", "force", "ratif", "conclu", "exchang"),
    "visit": ("visit", "arriv", "trip", "travel", "tour", "depart", "landed", "delegation to", "leave for", "leaves for", "left for", "leaving for"),
    "other": ("ceremon", "reception", "anniversary", "celebrate", "observe", "years ago", "mark", "exhibition", "credence", "credentials", "wraps up",
              "festival", "concert", "wreath", "commemorat", "report", "published", "op-ed", "article", "launch", "event", "open"),
    "statement": ("called on", "called upon", "welcom", "statement", "report", "remark", "address", "speech", "comment", "false", "fake",
                  "groundless", "unfounded", "alleg", "disinformation", "refut", "untrue", "not true", "condemn", "express",
                  "declaration", "spoke at", "speaks at", "speaking at", "delivered", "lecture", "talking points", "communiqu", "concerned",
                  "calls on", "calls upon", "stated"),
    "multilateral_meeting": ("s’ meeting", "s' meeting", "meeting of", "meetings of", "sherpa", "joined by", "part in", "took part", "take part", "takes part", "taking part", "attends", "attend ", "participat", "summit", "ministerial", "session", "plenary", "general debate",
                             "council of", "council", "attended", "joined", "convened", "conference", "results of", "outcome",
                             "statement by the chair", "chairman's statement", "chairman’s statement", "chair's statement", "chair’s statement",
                             "chairs' statement", "chairs’ statement"),
    "meeting": ("courtesy call", "called on", "calls on", "drop-by", "presented", "was handed", "were handed", "was presented", "were presented", "discuss", "met", "meet", "talks", "consultation", "received", "receives", "host", "welcomed", "conversation with",
                "sat down", "audience", "negotiations", "held", "bilateral", "engaged with", "engagement with", "engagements with", "pull-aside",
                "discussion with", "dialogue with", "counterpart", "roundtable", "convening", "convened", "briefing", "summoned", "summons",
                "listening session", "briefs", "briefed"),
}


def _stem_names() -> list[tuple[str, set[str]]]:
    names: dict[str, set[str]] = {}
    for name, stems in STEMS.items():
        for stem in stems:
            names.setdefault(stem, set()).add(name)
    return list(names.items())


STEM_NAMES = _stem_names()  # (stem, the types it may start) by the automaton's index
STEM_AUTOMATON = word_automaton([stem for stem, _ in STEM_NAMES])
# how far before the first of its stems a type's match can start ("to the TASS", "responses to the journalists' questions",
# "agreements and memoranda of understanding were signed")
STEM_REACH = {"interview": 80, "multilateral_meeting": 30, "statement": 15, "agreement": 130, "message": 12, "visit": 12, "other": 12,
              "phone_call": 6, "meeting": 2}
AFTER_THE_TALKS = re.compile(r"\s+(?:following|after|at the end of|at the close of)\s+(?:the|their)\s+(?:meetings?|talks|negotiations)\b")
BILATERAL_AT = WordCued(re.compile(r"\b(?:remarks|statement|address|comments|speech)\b(?:.{0,60}?\b(?:at|during|before|ahead of|prior to|at the start of|opening)\b.{0,40}?"
                                   r"\b(?:meeting|talks|negotiations|conversation|consultations)\s+(?:with|between)\b|.{0,100}?\b(?:before|ahead of|prior to)\s+"
                                   r"(?:an?\s+|the\s+|their\s+)?(?:virtual\s+)?bilateral\s+(?:meeting|talks)\b)", I))
# "... before talks with ...", "Remarks by President Biden and Prime Minister Sunak ... Before Bilateral Meeting"
GROUP_REMARKS = WordCued(re.compile(r"\bremarks\b[^\n]{0,200}?\b(?:before|in|at|during|prior to)\s+(?:an?\s+|the\s+|their\s+)?(?:trilateral|quadrilateral|"
                                    r"multilateral)\s+(?:meeting|summit|talks)\b|\bremarks\b[^\n]{0,200}?\b(?:before|prior to|at (?:the )?top of)\s+(?:an?\s+|the\s+)?meeting\s+"
                                    r"with\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:Leaders|Ministers)\b", I))  # (or "... Remarks at Top of Meeting with the
# Foreign Ministers of the ASEAN Nations")
REMARKS_AT_GATHERING = WordCued(re.compile(r"\b(?:opening |closing |welcome |welcoming |introductory |keynote )?remarks\s+(?:at|during|to)\s+(?:the\s+|an?\s+)?"
                                           r"[^.\n]{0,80}?\b(?:summit|ministerial|council|session|plenary|conference|(?:ministers|leaders)[’']?\s+meeting|meeting\s+of)\b", I))
# "Foreign Minister Sergey Lavrov’s opening remarks at the CSTO Council of Foreign Ministers": the session he took part in
SEVERAL_STATES_WORDS = re.compile(r"\b(?:summit|ministerial|(?:foreign )?ministers|leaders|heads of state)\b", I)


def _of_several_states(doc: Document, start: int, end: int) -> bool:
    """Whether the gathering named between two offsets is of several states: an organisation's (not a national body
    "for UNESCO") or a summit, a ministerial, a meeting of ministers or leaders; not "the Plenary Session of the State Duma"."""
    if SEVERAL_STATES_WORDS.search(doc.text, start, end):
        return True
    return any(not doc.text.endswith("for ", max(0, m.start - 4), m.start) for m in org_mentions(doc, start, end))


VISIT_FOR_GATHERING = re.compile(r"\b(?:summit|retreat|ministerial|ministers|meetings?|session|council|conference|forum|assembly)\b", I)
FUTURE_WELCOME = re.compile(r"\b(?:looks? forward to (?:welcoming|hosting|receiving)|will (?:welcome|host|receive))\b")
VISIT_TITLE = re.compile(r"\W*(?:[Tt]he\s+)?(?:(?:State|Official|Working|state|official|working)\s+)?[Vv]isit\s+(?:of|by)\s+(?:the\s+)?[A-Z]")
LETTER_TITLE = re.compile(r"\W*To\s+(?:His\s+|Her\s+)?(?:Excellency\s+|Majesty\s+)?(?:the\s+)?(?:President|Prime Minister|King|Queen|Emir|Amir|Sultan|Crown Prince|Chancellor|"
                          r"Secretary[- ]General|Chairman|Chairperson|Pope|Governor-General)\b")  # "To the President of the Republic of Turkey": a letter
MULTILATERAL_WORDS = WordCued(re.compile(r"\bsummit\b|\bsession\b|\bcouncil\b|\bministerial\b|\bforum\b|\bconference\b|\bassembly\b|\bplenary\b|\bgeneral debate\b|\bformat\b|\bheads of state\b", I))

FORUM_BEFORE = re.compile(r"(?:sidelines|margins|framework|auspices|occasion|outcome|results|format|presidency|chairmanship|meeting|summit|session|segment|council|ministerial|conference|forum|debate|assembly|participants?|part|attend\w*|plenary)\s+(?:of|in|at)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,6}#?$|\bat\s+(?:the\s+|an?\s+)?(?:\d+\w*\s+)?$|\b(?:to|who)\s+(?:\w+\s+)?attend(?:s|ed|ing)?\s+(?:the\s+|an?\s+)?(?:\d+\w*\s+)?$")  # matched against lowered text, which is faster than re.I
FORUM_AFTER = re.compile(r"^[’']?s?\s*(?:\+|Plus|Outreach|[\s/-])*(?:\d+\w*\s+)?(?:(?:Virtual|Extraordinary|Special|Informal|Annual)\s+)?(?:Summit|Retreat|Council|Ministerial|Foreign Ministers?|Ministers?|Leaders|meeting|Meeting|session|Session|summit|General Assembly|Security Council|Heads|Conference|Forum|Plenary|Defence|Defense|Presidency|presidency|chairmanship|Chairmanship|Secretariat|Commission|format|Business|Parliamentary|Assembly|Ambassadors|[Bb]riefing|(?:[Oo]pen )?[Dd]ebate)", )

MEMBERS_OF = WordCued(re.compile(r"\b(?:ambassadors|heads of (?:diplomatic )?missions|envoys|(?:permanent )?representatives|ministers|leaders|"
                        r"delegations|heads of (?:state|government))\s+(?:of|from)\s+(?:the\s+)?$", I))
MEMBERS_AFTER = re.compile(r"\s*(?:[Mm]ember(?:\s+[Ss]tates|\s+[Cc]ountries|\s+[Nn]ations)?s?|[Pp]artners|[Cc]ountries|[Nn]ations|[Ss]tates)\b")
SIGNING_SETTING = re.compile(r"(?:sidelines|margins|meeting|summit|session|council|ministerial|conference)\s+(?:of|in|at)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,6}#?$")
GATHERING_AFTER = re.compile(r"[’']?s?(?:-related)?\s+(?:[\w-]+\s+){0,2}(?:[Ss]ummit|Leaders[’']? Retreat|[Mm]inisterial|(?:Foreign Ministers|Heads of State|Heads of Government|Defence Ministers)\s+Council|"
                             r"[Cc]onference|[Ss]ession|Ministers[’']?\s+Meetings?)\b")  # (or "the ASEAN-related Foreign Ministers' Meetings")
EARLIER = re.compile(r"(?:^|[.!?]\s+)(?:Earlier|Previously|Before that|Prior to that)\b[^.!?]*$")
FUTURE_AFTER = re.compile(r"(?:,?[ \t]*D\.?C\.?)?,?[ \t]+(?:next (?:week|month|year)|later this (?:week|month|year)|in the coming (?:days|weeks|months))\b")
# "the U.S.-Africa Leaders Summit hosted by President Biden in Washington D.C. next month"
FUTURE = re.compile(r"\b(?:ahead of|in advance of|in preparation for|preparations for|(?:to )?prepare for|preparing for|invit\w+|upcoming|forthcoming|days left (?:to|until)|will (?:host|hold|attend|travel|visit)|scheduled|planned|next (?:week|month|year))\b(?![^.;]*\b(?:met|meeting|talks)\b)[^.;]*$")  # matched against lowered text, which is faster than re.I
GATHERINGS = r"(?:Meetings?|Roundtables?|Convenings?|Summit|Listening Sessions?|Conference|Forum|Discussions?|Briefing|Event)"
NAME_GOES_ON = re.compile(r"[ \t]+\[?(?!(?:Palace|Hall|Room|Garden|Lawn|Building|Square|Complex|Residence|Grounds|Library)\b)"
                          r"(?!" + GATHERINGS + r"\b)[A-Z][a-z]+")
ROOM = re.compile(r"\b(?:Office|Room|Garden|Lawn|Hall)$")
GATHERING_NAMED = re.compile(r"[ \t]+" + GATHERINGS + r"\b", I)  # "White House Meeting with", "the first-ever White House roundtable on"
VENUE_AS_BODY = re.compile(r"[’']s\s|\s*(?:,|and)\s+(?:the\s+)?(?:U\.S\.\s+|[A-Z][\w.-]*\s+){0,3}(?:Department|Council|Office|Administration|Agency|Corps|Commission|Service|Bureau)\b")
# "the White House’s Meeting with ...", "the White House and the Treasury Department convened": the institution, not where
HOLDS_SESSION = re.compile(r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:holds?|held|convene[sd]?|opens?|opened)\s+(?:a|an|its|the)\s+(?:\w+\s+){0,2}(?:meeting|session|summit|debate|sitting)\b")
SESSION_NAMED = re.compile(r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:meeting|session|summit|debate|sitting)\b")  # "UN Security Council meeting on ..."
BODY_MET = re.compile(r"\s+(?:met|convened)\b")  # "the Supreme Eurasian Economic Council met in Saint Petersburg"
HEADLINE_SUBJECT = re.compile(r"^\W*(?:#?LIVE\W*)?(?:On\s+(?:\w+\s+){1,3}?\d{1,2}(?:,\s+\d{4})?,\s+)?(?:the\s+)?$", I)  # "On December 21, the"
SIDELINES = WordCued(re.compile(r"\b(?:sidelines|margins|framework)\s+of\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,5}#?$", I))
ON_MARGINS = re.compile(r"\b(?:sidelines|margins) of\b|\bat the (?:[\w-]+ ){0,3}Summit\b")  # met "at the Ninth Summit of the Americas"
GROUP_MET = re.compile(r"\bwith\s+(?:the\s+)?(?:(?:[Ll]eaders|[Hh]eads of [Ss]tate and [Gg]overnment|[Mm]embers|[Mm]inisters|[Ff]oreign [Mm]inisters)\s+of\s+(?:[Tt]he\s+)?)?$")
GROUP_PEOPLE_AFTER = re.compile(r"(?:[’']s)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:Leaders|Ministers|Advisors|Advisers|Partners|Allies|Counterparts|Deputies|Envoys)\b|"
                                r"\s*(?:\(\w+\)\s*)?(?:group\b|\n|$)")  # "... Quint National Security Advisors", "the G7\n", "the Bucharest Nine (B9) group"
DATED_BEFORE = re.compile(r"\b(?:19|20)\d\d(?:[’']s)?\s+$")  # "the 2021 ... Summit", "2023's Summit": another time's gathering
EVENT_NOUN_END = WordCued(re.compile(r"(?:Summit|Leaders|Ministerial|Meeting|Conference|Session)$"))
LOCATION_BEFORE = re.compile(r"(?:\bin|\bat|\bto|\bhosted by|📍|\bfrom|\boutside|\bvisit(?:ed|s|ing)?|\b(?:leaves?|left|leaving|depart(?:s|ed|ing)?)\s+for)\s*(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|town|capital) of\s+|(?-i:[A-Z][\w-]*)[’']s\s+(?:capital|city)\s+)?$|"
                             r"\bat\s+the\s+(?-i:[A-Z][\w’'-]*\s+){0,4}(?-i:[A-Z][\w’'-]*),\s+$", I)
# "in the city of Bishkek", "in the Kazakh capital of Astana", "in Kyrgyzstan’s capital Bishkek", "at the Filoli Estate, San Francisco",
# "will today leave for Mbabane, eSwatini"
PLACE_AFTER_DATE = re.compile(r"📍[^\n]{0,30},\s*$")
DURING_VISIT = WordCued(re.compile(r"\b(?:[Dd]uring|[Oo]n)\s+(?:his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|stay)\s+(?:to|in)\s+(?:the\s+)?$"))
HELD_AT = WordCued(re.compile(r"\b(?:took place|was held|were held|is being held|are being held|was hosted|were hosted|began|opened|convened|gathered|[Ww]e met|I met|"
                     r"held (?:\w+ ){0,2}(?:talks|meetings?|consultations|negotiations|discussions))\s+(?:today\s+)?(?:at|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}$", I))
REGION_AFTER = re.compile(r"\s+(?:Region|region|Oblast|Province|province|Governorate|District|Territory|Krai|Republic)\b")
EMBASSY_IN = re.compile(r"\bEmbassy (?:of (?:the )?[A-Z][\w ]{2,30} )?(?:in|to) (?:the )?$")  # "the Russian Embassy to the UK hosted"
CAPITAL_OF = re.compile(r"\b[Tt]he capital of (?:the )?$")
MISSION_TO = re.compile(r"\b(?:Mission|Representation|Delegation) (?:of (?:the )?[A-Z][\w ]{2,30} )?to (?:the )?$")
HOST_VERB = r"(?:hosted|held|organi[sz]ed|staged|gathered|welcomed|received)\b"
EMBASSY_ACTS = re.compile(r"\s+" + HOST_VERB)
MINISTRY = r"(?:MFA|Foreign Ministry|Ministry of Foreign Affairs)\b"
AT_STATES_MINISTRY = re.compile(r"(?:[’']s)?\s+" + MINISTRY)  # "at the Russian MFA", "at Russia’s Foreign Ministry"
MINISTRY_HOSTED = re.compile(r"(?:[’']s)?\s+" + MINISTRY + r"\s+(?:(?:on|this)\s+\w+\s+)?(?:hosted|held|organi[sz]ed|summoned|summons)\b")
# "the Russian Foreign Ministry hosted", "The Russian Foreign Ministry on Monday summoned Canadian ambassador ..."
AT_THE = re.compile(r"\bat\s+(?:the\s+)?$")
TOPIC_BEFORE = re.compile(r"\b(?:to discuss|discussed)\b[^.;\n]*$")
SESSION_OF = re.compile(r"\b(?:[Ss]ession|[Ss]itting|[Hh]earing|[Hh]our) of (?:the )?$")  # "the Plenary Session of the State Duma"
AT_TO_IN = re.compile(r"\b(?:at|to|in)\s+(?:the\s+)?$")
AT_OWN_MINISTRY = re.compile(r"\bat\s+the\s+" + MINISTRY + r"(?!\s+of\b)(?![’'])")  # a ministry no state names: the publisher's
AT_MINISTRY_OF = re.compile(r"\bat\s+the\s+" + MINISTRY + r"\s+of\s+(?:the\s+)?$")  # "at the Foreign Ministry of Belarus"
MISSION_ACTS = re.compile(r"[^.\n;]{0,80}?\b" + HOST_VERB)  # the mission's name may run on: "... to the UN Office ... in Geneva hosted"
PLACE_COMMA = re.compile(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+(?:the\s+)?")
STATE_NAME = re.compile(r"[A-Z][\w ]{2,30}?(?=[.,;]|\s+(?:on|and|to|for|where|during|today)\b|\s+[a-z]|$)", re.M)  # "in Atlantic City, New Jersey follows"
AFTER_OPENING = re.compile(r"\W*(?:Following|After)\s+(?:the|a|an|his|her|their)\s")
PRIOR_EVENT = re.compile(r"(?:^|[.!?\n]\s*)(?:Following|After)\s+(?:[\w’']+\s+){0,4}(?:meetings?|visit|talks|trip|stop)\s+(?:with\s+(?:[\w’'-]+\s+){1,4})?(?:in|to)\s+(?:the\s+)?$")
# "Following the Vice President’s meetings with Arab leaders in Dubai on December 2, she directed ..."
PAST_AFTER = re.compile(r",?\s+(?:in|on)\s+(?:(?:early|mid|late)[- ])?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b")
MARGINS_OF = re.compile(r"\b(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:\d+\w*\s+)?$")
CITY_GATHERING = re.compile(r"(?:[ \t]+[A-Z][\w-]*){0,4}[ \t]+(?:Conference|Forum|Dialogue|Summit|Meeting|Congress)s?\b")
CITY_ATTRIBUTE = re.compile(r"[ \t]+(?:Post|Times|Herald|Tribune|Daily|News|Gazette|Journal|Observer|Telegraph|Review|Standard|University|Declaration|Agreement|Accords?|Format|Process)\b")
VENUE_ATTRIBUTE = re.compile(r"[ \t]+(?:[“\"«]|(?:(?:senior|junior)[ \t]+)?(?:staff|officials?|aides?|team|counsel|press|spokes\w+|leadership|advis[eo]rs?|chief|event|initiative|office)\b)")
HEADLINE_ENDS = re.compile(r"(?:,[ \t]*[A-Z][\w’' ]{1,30}?)?(?:[ \t]+[-–][ \t]+[\d/.]{6,10}|,[ \t]*\d{1,2}(?:[-–]\d{1,2})?[ \t]+[A-Z][a-z]+[ \t]+\d{4})?\.?[ \t]*(?:\n|$)")
# a headline's last words: "Press conference, Canberra", "Press conference - Apia, Samoa", "AFR Business Summit - Sydney, New South Wales - 12/03/2024",
# "... attends the G20 Ministers’ Meetings, Matera, Republic of Italy, 28-29 June 2021."
TRAILING_DATE = re.compile(r"(?:,\s*|\s+\()(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),?\s+\d{4}[).:]?[ \t]*(?:\n|$)")
# ", February 26, 2026" or " (October 2, 2023)" ending a line
SIGNED_ON = re.compile(r"\n[ \t]*(?P<place>[A-Z][\w’' .-]{2,30})(?:,[ \t]+|[ \t]*\n[ \t]*)(?P<day>(?:[A-Z][a-z]+[ \t]+\d{1,2},?[ \t]+|"
                       r"\d{1,2}[ \t]+[A-Z][a-z]+,?[ \t]+)(?:19|20)\d\d)[ \t.]*\s*$")  # a letter's closing lines: "Moscow, October 9, 2015"
PARENTHESIS = re.compile(r"\(\s*(?:[^()]{0,30},\s*)?$")
LOCATION_NOT = WordCued(re.compile(r"\b(?:flew|flies|travell?ed|departed|departs|returned|returns)\s+(?:back\s+)?from\b|\b(?:(?:last|previous|past|next|upcoming|forthcoming|future|recent)\s+(?:\w+\s+){0,4}(?:summit|meeting|session|talks|conference|visit)|accredited|based|residing|stationed|located|signed|adopted|(?<!has )(?<!have )(?<!successfully )concluded|embassy|embassies|consulate|ambassadors?|office|mission|representative|consul general|organi[sz]ations|will be held|to be held|crisis|situation|conflict|(?-i:war)|fighting|violence|hostilities|escalation)\s+(?!(?-i:[A-Z]\w+\s+[A-Z]\w+\s+))(?:\w+\s+){0,2}(?:in|at)\s+(?:the\s+)?$|\b(?:embassy|consulate|consulate[- ]general|mission)\s+(?:general\s+)?of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:in|at)\s+(?:the\s+)?$", I))
AT_OFFICE_IN = re.compile(r"\bat\s+(?:the\s+)?[\w’'-]+[’']s\s+office\s+in\s+$", I)
WELCOMED_ACT_BEFORE = re.compile(r"\bwelcom(?:es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:signing|adoption|conclusion|holding|release|announcement)\b[^.;\n]*$", I)
INCIDENT_BEFORE = WordCued(re.compile(r"\b(?:attacks?|bombings?|explosions?|blasts?|shootings?|terrorist acts?|earthquakes?|floods?|fires?|crash|tragedy|incidents?|"
                                      r"massacres?|killings?|shelling|genocide|siege|victims)\b[^.;\n]{0,100}$", I))
HELD_PEOPLE = re.compile(r"\b(?:hostages|captives|prisoners|detainees|civilians|citizens|nationals)\s+(?:\w+\s+)?(?:held|detained|trapped|stranded|killed|living)\b[^.;\n]{0,40}\b(?:in|at)\s+(?:the\s+)?$", I)
AT_MISSION_IN = re.compile(r"\bat\s+(?:the\s+|an?\s+)?(?:[\w.’'-]+\s+){0,3}(?:Embassy|Consulate(?:[ -]General)?|Mission)\s+in\s+(?:the\s+)?$")
ORG_SEAT_AFTER = re.compile(r"\s+(?:Secretariat|[Hh]eadquarters|HQ)\b")
SEAT_WORDS = ("Secretariat", "Headquarters", "headquarters")  # "at the SCO Secretariat", one name of the organisation
MET_AT_ORG = re.compile(r"\b(?:met|meets|held talks|holds talks)\b[^.;\n]{0,120}?\bat\s+(?:the\s+)?$")
MET_IN = WordCued(re.compile(r"\b(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes|held talks|holds talks)\b[^.;\n]{0,100}?\bin\s+(?:the\s+)?$"))
THEIR_MEETING_IN = WordCued(re.compile(r"\b(?:their|[Tt]oday[’']s) (?:meeting|talks|conversation|discussion) in (?:the )?$|"
                                       r"\b(?:meeting|convening|roundtable|discussion) (?:which|that) (?:took place|was held) in (?:the )?$"))
# "Following their meeting in New York", "for the meeting which took place in Orlando, Florida"
MEETING_IN_WORDS = ("meeting in ", "talks in ", "conversation in ", "discussion in ", "place in ", "held in ")  # one ends every match
HOSTED = re.compile(r"^\s+(?:hosted|welcomed|was the venue|played host|(?:will|is to|is going to) host|is hosting|hosts)\b", I)


SUMMIT_CALL = re.compile(r"\s+(?:tele)?phone\s+(?:talks?|calls?|conversations?)\b|\s+video\s+(?:conference|call|talks?)\b", I)
WELCOMED_ON_VISIT = re.compile(r"\bwelcom(?:ed|es|e)\b[^.\n]{0,40}?\b(?:upon|on|during|for)\s+(?:(?:his|her|their|a|the|an)\s+)?(?:(?:state|official|working|first)\s+)?visit\b", I)
VISIT_TOPIC = re.compile(r"\b(?:on|about|of)\s+(?:his|her|their|the|its)\s+(?:[\w-]+\s+){0,2}$")
GATHERING_NOUNS = ("summit", "session", "conference", "ministerial", "plenary")
GATHERING_TOPIC = re.compile(r"\b(?:discuss(?:es|ed|ing)?|talk(?:s|ed)? about|ahead of|before|in the run-up to|preparations? for|prepare for)\b[^.,;:\n]{0,50}$", I)
UPCOMING_BEFORE = re.compile(r"\b(?:upcoming|forthcoming|future|planned)\s+(?:[\w-]+\s+){0,2}$|\bahead of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:ministers|leaders)[’']?\s+$", I)


def _trigger(pattern: re.Pattern, text: str, starts: dict[str, list[int]] | None, name: str, pos: int) -> re.Match | None:
    """``pattern.search(text, pos)``, tried only where the type's opening words stand."""
    if starts is None:
        return pattern.search(text, pos)
    return next(matches_at(pattern, text, starts.get(name, ()), pos, len(text)), None)


def event_type(doc: Document) -> tuple[str, list[tuple[int, int]]]:
    """The type of the primary event, and the span that decided it."""
    setting = None  # a headline's visit that only sets the scene
    voiced = False  # a body's label ("Embassy of Russia in Nigeria:") and its own words ("We were saddened ...")
    lead_from = None  # where the lead is read from when the headline only names a statement's author
    for zone in (doc.headline, doc.lead):
        if lead_from is not None and zone is doc.lead:
            zone = Zone(lead_from, doc.lead.end)
        elif setting is not None and zone is doc.lead:
            zone = Zone(max(doc.lead.start, doc.headline.end), doc.lead.end)
        text = doc.text[zone.start: zone.end]
        hits, first_stem = [], {}
        for index, start, _ in STEM_AUTOMATON.find_matches_as_indexes(text.lower(), overlapping=True):
            for name in STEM_NAMES[index][1]:
                if start < first_stem.get(name, len(text)):
                    first_stem[name] = start
        starts = TRIGGER_CUES.starts(text)
        for name, pattern in TRIGGERS:
            # a match holds one of its stems within its first words: no need to search far before the first
            if name in first_stem and (m := _trigger(pattern, text, starts, name, max(0, first_stem[name] - STEM_REACH[name]))):
                while m is not None and name == "meeting" and UPCOMING_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    m = _trigger(pattern, text, starts, name, m.end())  # "discuss agenda of upcoming bilateral meetings": not this event
                if m is not None:
                    hits.append((m.start(), PRIORITY[name], name, m))
        if hits and (opening := AFTER_OPENING.match(text)) and (comma := text.find(",", opening.end())) > 0:
            # "Following the informal meeting of CIS leaders, Putin held a bilateral meeting with ...": the event follows the clause
            later = [(m.start(), PRIORITY[name], name, m) for name, pattern in TRIGGERS if name in first_stem and (m := pattern.search(text, comma))]
            if any(h[2] in ("meeting", "phone_call", "agreement") for h in later):
                hits = later
        if zone is not doc.headline and doc.header_lines and hits:
            label_end = doc.header_lines[-1][1] - zone.start  # "Press Statement" over the body: the body tells what it is
            if any(h[0] >= label_end for h in hits):
                hits = [h for h in hits if h[0] >= label_end or h[0] < doc.headline.end - zone.start]
        if len(hits) > 1 and any(h[2] == "interview" and AFTER_THE_TALKS.match(text, h[3].end()) for h in hits):
            hits = [h for h in hits if not (h[2] == "interview" and AFTER_THE_TALKS.match(text, h[3].end()))]  # "held a press
            # conference following the meeting": the meeting's close, not an interview
        if len(hits) > 1 or zone is doc.headline:
            hits = [h for h in hits if not (h[2] == "multilateral_meeting" and h[3].group().lower() in GATHERING_NOUNS and (
                GATHERING_TOPIC.search(text, max(0, h[0] - 60), h[0])))]  # "Ramaphosa and Putin discuss BRICS summit", "... discuss peace
            # in Ukraine before US summit": the summit is what they spoke of, not where
        if zone is doc.headline and (colon := text.find(": ")) > 0 and any(h[0] > colon for h in hits) and all(
                h[2] == "multilateral_meeting" and h[3].group().lower() in GATHERING_NOUNS for h in hits if h[0] < colon) and not (
                MULTILATERAL.search(text, colon)):
            hits = [h for h in hits if h[0] > colon]  # "Putin-Kim summit: Russia, N. Korea sign new treaty": the news after the kicker
        names = {h[2] for h in hits}
        if "interview" not in names and "statement" in first_stem and zone is doc.headline and (m := GROUP_REMARKS.search(text)):
            return "multilateral_meeting", [(zone.start + m.start(), zone.start + m.end())]  # "Remarks by President Biden, President Yoon
            # Suk Yeol ..., and Prime Minister Kishida Fumio ... Before Trilateral Meeting", "... Before Meeting with Pacific Islands Forum Leaders"
        if "interview" not in names and "statement" in first_stem and (m := BILATERAL_AT.search(text)):  # its words are statement stems
            # ("Remarks by ... Before Virtual Bilateral Meeting": a video call)
            return "phone_call" if VIRTUAL.search(m.group()) else "meeting", [(zone.start + m.start(), zone.start + m.end())]
        if "interview" not in names and "statement" in first_stem and zone is doc.headline and (m := REMARKS_AT_GATHERING.search(text)) and (
                _of_several_states(doc, zone.start + m.start(), zone.end)):
            return "multilateral_meeting", [(zone.start + m.start(), zone.start + m.end())]  # remarks at a meeting are the meeting
        if zone is doc.headline and text.rstrip().endswith(":") and (m := SPEAKER_LINE.match(text)) and (
                not hits or hits[0][0] >= m.end() or SPEAKER_TOPIC.search(text, 0, hits[0][0])):
            if _institution_label(doc, zone, m.end()):
                voiced = _speaks_first(doc, zone.end)
                continue  # "Russia's EMERCOM:", "Russian Embassy in South Africa:": a body's news, told below
            first = next(doc.sentences(zone.end, min(len(doc.text), zone.end + 400)), None)
            if first and (told := TOLD_MEETING.match(doc.text, first[0], first[1]) or WE_MET.search(doc.text, first[0], first[1])):
                # "Tatiana Moskalkova: At a meeting with the Ukrainian Commissioner for Human Rights, I raised ...": the meeting she tells of
                kind = "phone_call" if re.search(r"phone|call", told.group(), I) else "meeting"
                return kind, [(told.start(), told.end())]
            return "statement", [(zone.start, zone.start + m.end())]  # "Spokeswoman Maria Zakharova:" and her words
        if zone is doc.headline and doc.title and (visit := VISIT_TITLE.match(text)) and not VISIT_FOR_GATHERING.search(text):
            if FUTURE_WELCOME.search(doc.text, doc.headline.end, doc.lead.end):
                return "statement", [(zone.start, zone.end)]  # "President Biden looks forward to welcoming President Lula ... on Friday,
                # February 10": the visit announced
            return "visit", [(zone.start, zone.start + visit.end())]  # "(Statement ... on the) Visit of Prime Minister Giorgia Meloni of Italy" (not "Visit by ... for the ASEAN Foreign Ministers' Retreat")
        if zone is doc.headline and doc.title and (letter := LETTER_TITLE.match(text)):
            return "message", [(zone.start, zone.start + letter.end())]
        if zone is doc.headline and doc.title and (GENERIC_STATEMENT_TITLE.fullmatch(text) or NUMBERED_RELEASE.match(text)) and (
                text.startswith("No") or doc.lead.end > zone.end):
            if text.startswith("No"):  # "No: 65, 19 April 2024, Regarding the Recent Developments in Our Region": a ministry's numbered release
                return "statement", [(zone.start, zone.end)]
            lead_from = zone.end
            continue  # "Statement from the Press Secretary" over "President Donald J. Trump participated in ...": the lead tells what happened
        if zone is doc.headline and ":" in text and (label := INLINE_SPEAKER.match(text)) and any(
                mention.end == zone.start + label.end("name") and (mention.kind == "person" or doc.mentions_in(
                    Zone(zone.start, mention.start), ("org", "country", "adjective")))
                for mention in doc.mentions_in(Zone(zone.start, zone.start + label.end()), ("person", "office"))):
            return "statement", [(zone.start, zone.start + label.end())]  # "💬 Sergey Lavrov: We have never refused negotiations.",
            # "Arab League Secretary General: Arab Countries must ...": an office-holder's words
        if zone is doc.headline and doc.title and names <= {"other"} and (said := SAID_BY_END.search(text) or SAYS_END.search(text)) and any(
                mention.end == zone.start + said.end("name") for mention in doc.mentions_in(Zone(zone.start + said.start("name"), zone.end), (
                    "person",) if said.re is SAID_BY_END else ("person", "org", "country", "office"))):
            return "statement", [(zone.start + said.start(), zone.start + said.end())]  # "Documents being signed by Kiev legally null
            # and void — Putin", "Gaza: UN should deploy a rapid protection force – Ronald Lamola": the words of the person named last
        if not hits and zone is doc.headline and doc.title and (body := doc._following[len(doc.header_lines): len(doc.header_lines) + 1]) and (
                QUESTION_OPENS.match(doc.text, body[0][0], body[0][1])):
            return "interview", [body[0]]  # "Secretary Antony J. Blinken With Teresa Tang of Channel News Asia" over "QUESTION: ..."
        if not hits:
            continue
        if zone is doc.headline and doc.title and doc.lead.end > zone.end and (first := min(hits))[2] == "visit" and VISIT_SETTING.search(
                text, max(0, first[0] - 60), first[0]) and all(h[2] in ("visit", "multilateral_meeting") or (
                    h[3].group().lower() == "meeting" and "," not in text[first[0]: h[0]]) for h in hits):
            setting = ("visit", [(zone.start + first[0], zone.start + first[3].end())])
            continue  # "X and Y reaffirmed ... during the Secretary of State's visit to attend the APEC Ministerial Meeting": the
            # visit sets the scene of what the lead tells ("had a bilateral meeting with"), or else is the event
        if zone is doc.headline and "statement" in names and "Statement" in text and (named := DOCUMENT_TITLE.search(text)):
            return "statement", [(zone.start + named.start(), zone.start + named.end())]  # "... Trilateral Strategic Dialogue Ministerial Joint Statement"
        hits.sort()
        if len({h[2] for h in hits}) > 1:  # "on the sidelines of the Conference ..., X met Y": the meeting is the event
            kept = [h for h in hits if not (h[2] == "multilateral_meeting" and SIDELINES.search(text, max(0, h[0] - 70), h[0]))]
            if kept:
                hits, names = kept, {h[2] for h in kept}
            if hits[0][2] == "statement" and SOURCE_BEFORE.search(text, max(0, hits[0][0] - 40), hits[0][0]) and len({h[2] for h in hits}) > 1:
                hits = [h for h in hits if h[2] != "statement" or h[0] > hits[0][0] + 80]  # "According to a statement by the Ministry, X met Y"
                names = {h[2] for h in hits}
            if hits[0][2] == "visit" and VISIT_SETTING.search(text, max(0, hits[0][0] - 60), hits[0][0]) and any(
                    h[2] in ("meeting", "phone_call", "agreement") for h in hits[1:]):
                hits = hits[1:]  # "During his visit to Tehran, Sergey Lavrov met with ...": the meeting in the visit
                names = {h[2] for h in hits}
            clause_end = text.find(",", hits[0][0])  # the relative clause ends at its comma; the event's verb follows
            if hits[0][3].group().lower() == "counterpart" and any(h[2] != "meeting" for h in hits):
                hits = [h for h in hits if h[3].group().lower() != "counterpart"]  # a counterpart names a party, not the event:
                names = {h[2] for h in hits}  # "Sheikh Hasina and her Indian counterpart witnessed the signing"
            main = next((h for h in hits if h[2] in ("meeting", "phone_call", "agreement") and h[0] > clause_end >= 0), None)
            if main is not None and hits[0][2] in ("visit", "multilateral_meeting") and WHO_CLAUSE.search(text, max(0, hits[0][0] - 100), hits[0][0]):
                hits = [h for h in hits if h[0] >= main[0]]  # "X, who is in New York to participate in the UN General Assembly, met with Y"
                names = {h[2] for h in hits}
        if "interview" in names:
            best = next(h for h in hits if h[2] == "interview")
        elif "phone_call" in names and hits[0][2] == "visit" and VISIT_TOPIC.search(text, max(0, hits[0][0] - 40), hits[0][0]):
            best = next(h for h in hits if h[2] == "phone_call")  # "Modi has briefed Putin on his state visit to the US ..., after a
            # telephone call": the call, about the visit
        elif "phone_call" in names and hits[0][2] in ("meeting", "statement", "message") and not _about(text, hits, "phone_call") and not (
                hits[0][2] == "statement" and VIDEO.search(next(h for h in hits if h[2] == "phone_call")[3].group())):
            best = next(h for h in hits if h[2] == "phone_call")  # (not "address to the participants of the ... videoconference")
        else:
            best = hits[0]
        name, m = best[2], best[3]
        if name == "other" and m.group().lower() == "event" and (
                gathered := EVENT_GATHERED.search(doc.text, doc.lead.start, min(doc.lead.end, doc.lead.start + 400))):
            # "Readout of White House Event on ...": "hosted an event convening roughly 60 teachers ... to discuss ..."
            return "meeting", [gathered.span()]
        override = _override(text, hits)
        if override is not None:
            name, m = override
        if name == "meeting" and (m.group().lower().startswith("meeting") or (noun := MEETING_NOUN_AFTER.match(text, m.end()))) and (
                MEETING_OF_GATHERING.match(text, after := m.end() if m.group().lower().startswith("meeting") else noun.end()) or (
                    _body_of_organisation(doc, zone.start + after))):
            # "chaired the 10th meeting of the ASEAN Plus Three Summit", "hosted an informal meeting of the CIS Heads of State",
            # "Meeting of the Supreme Eurasian Economic Council"
            name = "multilateral_meeting"
        if name == "multilateral_meeting" and m.group().lower() == "summit" and (phoned := SUMMIT_CALL.match(text, m.end())):
            return "phone_call", [(zone.start + m.start(), zone.start + phoned.end())]  # "held a summit telephone talk with the Honorable
            # Donald J. Trump", "Japan-U.S. Summit Telephone Talk"
        if name == "multilateral_meeting" and m.group().lower() == "summit" and (
                SUMMIT_WITH.match(text, m.end()) or _two_states_before(doc, zone.start + m.start())):
            name = "meeting"  # "held a summit meeting with Prime Minister Albanese", "Japan-Australia Summit Meeting"
        if name == "meeting" and m.group().lower() == "meeting" and any(
                o.end == zone.start + m.start() - 1 and len(doc.kb.organisations[o.value].members) >= 3
                for o in doc.mentions_in(Zone(max(zone.start, zone.start + m.start() - 80), zone.start + m.start()), ("org",))):
            name = "multilateral_meeting"  # "Beginning of the Supreme Eurasian Economic Council meeting in restricted format": a body of
            # several states met
        if name == "meeting" and m.group().lower() in ("received", "hosted", "welcomed") and (group := GROUP_RECEIVED.match(text, m.end())) and any(
                o.start == zone.start + group.end() and len(doc.kb.organisations[o.value].members) >= 3
                for o in doc.mentions_in(Zone(zone.start + group.end(), zone.end), ("org",))):
            name = "multilateral_meeting"  # "received the Ministers of Foreign Affairs of the North Atlantic Treaty Organisation (NATO) in
            # Riga": a body of several states' ministers, met
        if name == "meeting" and m.group() == "Meeting" and GROUP_TITLE_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not (
                _two_states_before(doc, zone.start + m.start(), titles=True)):
            name = "multilateral_meeting"  # "Çavuşoğlu to participate in NATO Foreign Ministers Meeting through VTC" (not "Japan-Australia
            # Foreign Ministers Meeting")
        if name == "multilateral_meeting" and m.group()[-9:].lower() in ("’ meeting", "' meeting") and _two_states_before(
                doc, zone.start + m.start(), titles=True):
            name = "meeting"  # "Japan-Australia Foreign Ministers' Meeting": two states' ministers
        if name == "phone_call" and VIRTUAL.search(m.group()):
            if GROUP_OF_LEADERS.search(text) or MEETING_OF_BODY.match(text, m.end()):
                name = "multilateral_meeting"  # "met virtually with G7 Leaders": a summit held online; "convened a teleconference
                # Meeting of the Bureau of the Assembly of the African Union"
            elif _group_meets(text, 0, m.start(), m.end()):
                name = "meeting"
        if name == "statement" and "meeting" in names and not MULTILATERAL_WORDS.search(text):
            meeting = next(h for h in hits if h[2] == "meeting")
            if re.match(r"(?:meeting|talks|conversation|consultations|negotiations)\s+with\b", text[meeting[0]:], I) and not (
                    best[0] < meeting[0] and _about(text, hits, "meeting")):
                name, m = "meeting", meeting[3]
        if name == "meeting" and m.group().lower().startswith(("conversation", "discussion", "discussed", "discusses", "talks")) and (
                phoned := BY_PHONE.search(doc.text, doc.lead.start, min(len(doc.text), doc.lead.end + 400)) or (
                    zone is doc.headline and CALLED_SOMEONE.search(doc.text, doc.headline.end, doc.core.end))):
            return "phone_call", [phoned.span()]  # "Conversation with Speaker Pelosi ...": "had a positive discussion by phone",
            # "... Conversation with Iraqi President Fuad Masum": "Vice President Biden called President Masum earlier today"
        if name == "meeting" and zone is doc.headline and m.group().lower().startswith("meet") and (
                phoned := BY_PHONE.search(doc.text, doc.headline.end, doc.core.end)) and not MET_VERB.search(doc.text, doc.headline.end, doc.core.end):
            return "phone_call", [phoned.span()]  # "Landsbergis meets with NATO's Secretary General" over "had a telephone conversation
            # with NATO's Secretary General Jens Stoltenberg"
        if name == "meeting" and zone is doc.headline and (welcome := WELCOMED_ON_VISIT.search(text)):
            return "visit", [(zone.start + welcome.start(), zone.start + welcome.end())]  # "Chinese President Xi warmly welcomed upon
            # state visit to Vietnam": the visit's welcome
        if name == "message" and zone is doc.headline and (phoned := BY_PHONE.search(doc.text, doc.lead.start, doc.lead.end)) is not None:
            return "phone_call", [phoned.span()]  # "President congratulates UN chief Guterres ...": "... during their phone talks on Saturday"
        if name == "statement" and zone is doc.headline and doc.title and (
                told := I_CALLED.match(doc.text, doc.headline.end + len(SPACES.match(doc.text, doc.headline.end).group()))):
            return "phone_call", [told.span()]  # "Statement from President Donald J. Trump": "This morning, I spoke with President ... Macri"
        if name == "meeting" and zone is doc.headline and (told := SPOKE_WITH if m.group().lower() == "talks" else CALLED_SOMEONE if (
                m.group().lower().startswith("meeting")) else None) and (called := told.search(doc.text, doc.headline.end, doc.core.end)) and (
                    not MET_VERB.search(doc.text, doc.headline.end, doc.core.end)):
            return "phone_call", [called.span()]  # "Meeting with Kenyan National Security Advisor Monica Juma": "Jake Sullivan called Dr.
            # Monica Juma today"; "Biden Talks With Japan's Ishiba, Philippines' Marcos": "... spoke today with ..."
        if name == "meeting" and (v := VIRTUAL_MEETING.search(doc.text, doc.core.start, doc.core.end)) and not _group_meets(
                doc.text, doc.core.start, v.start(), v.end()):
            # "Meeting with G20 Leaders" held online: a summit if a group met, else a video call ("held online meeting with" one counterpart,
            # "Minister ... Meets Kuwaiti Counterpart": "met, on Wednesday via teleconference with ...")
            group = GROUP_OF_LEADERS.search(doc.text, doc.core.start, doc.core.end)
            return ("multilateral_meeting" if group else "phone_call"), [(v.start(), v.end())]
        return name, [(zone.start + m.start(), zone.start + m.end())]
    if setting is not None:
        return setting
    if voiced or lead_from is not None:  # (a statement whose lead tells of nothing else)
        return "statement", [(doc.headline.start, doc.headline.end)]
    if doc.title and (following := doc.sentence_after_lead) is not None:
        # "FM: East-West dialogue is only way to ease Russia tension" over a sentence of what he said, then "Péter Szijjártó ...
        # held talks with Russian counterpart Sergei Lavrov in Moscow on Tuesday": the event the next sentence tells
        if (told := _act_told(doc.text, *following)) is not None:
            return told
        for start, end in doc.sentences(doc.lead.end, min(len(doc.text), doc.lead.end + 600)):
            if (came := CAME_AS.match(doc.text, start, end)) is not None:
                # "King Hamad has commended the GCC's achievements ... This came as His Majesty yesterday received GCC Secretary
                # General Jasem Al Budaiwi": the occasion of the words
                if (told := _act_told(doc.text, came.end(), end)) is not None:
                    return told
                break
    if (hailed := SALUTATION.search(doc.text, doc.core.start, min(len(doc.text), doc.core.start + 800))) is not None:
        return "statement", [hailed.span()]  # a speech's text: "Mr. President of the General Assembly", "Ladies and gentlemen"
    return "other", []


SALUTATION = re.compile(r"^[ \t]*(?:(?:Mr\.?|Madam|Madame)[ \t]+(?:President|Chair(?:man|person|woman)?|Secretary[- ]General|Speaker|Prime[ \t]+Minister|Minister)|"
                        r"Your[ \t]+(?:Excellenc(?:y|ies)|Majest(?:y|ies)|Highness(?:es)?|Royal[ \t]+Highness(?:es)?)|Excellenc(?:y|ies)|Ladies[ \t]+and[ \t]+[Gg]entlemen|"
                        r"Distinguished[ \t]+(?:delegates|guests|participants|colleagues)|Dear[ \t]+(?:colleagues|friends))\b[^\n.]{0,80}$", re.M)


def _act_told(text: str, start: int, end: int) -> tuple[str, list[tuple[int, int]]] | None:
    """The type of an act a sentence tells as done ("held talks with", "visited", "signed"), and its span;
    not one it calls upcoming."""
    part = text[start:end]
    hits = sorted((m.start(), PRIORITY[name], name, m) for name, pattern in TRIGGERS if name in NEXT_SENTENCE_TYPES and (m := pattern.search(part)))
    if hits and part[hits[0][0]: hits[0][0] + 20].lower().startswith(NEXT_SENTENCE_WORDS) and not UPCOMING_BEFORE.search(
            part, max(0, hits[0][0] - 40), hits[0][0]):
        return hits[0][2], [(start + hits[0][0], start + hits[0][3].end())]
    return None


CAME_AS = re.compile(r"\s*(?:This|That|It|The (?:remarks?|statement|praise|comments?))\s+came\s+(?:as|when|during)\s+(?:[\w.’'-]+\s+){1,6}?(?=[a-z])")


NEXT_SENTENCE_TYPES = ("meeting", "phone_call", "visit", "agreement", "multilateral_meeting")
NEXT_SENTENCE_WORDS = ("met", "meets", "held talks", "held a meeting", "received", "receives", "hosted", "hosts", "telephone", "phone",
                       "called", "spoke", "visit", "arrived", "signed", "took part", "participated", "attended", "meeting with",
                       "talks with", "signing", "meeting of", "bilateral meeting", "bilateral talks")  # an act, told as done


VIRTUAL = re.compile(r"virtual|online|teleconferenc", I)
GROUP_RECEIVED = re.compile(r"\s+(?:the\s+)?(?:(?:[Ff]oreign|[Dd]efen[cs]e)\s+)?(?:[Mm]inisters|[Ll]eaders|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment))"
                            r"(?:\s+of\s+[Ff]oreign\s+[Aa]ffairs)?\s+of\s+(?:the\s+)?")
GROUP_TITLE_BEFORE = re.compile(r"\b(?:Ministers|Leaders|Heads of (?:State|Government))[ \t]+$")  # a gathering named for its members' title
MEETING_OF_BODY = re.compile(r"\w*\s+(?:meeting|summit|session)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Bureau|Assembly|Council|Heads|Leaders|Ministers|Committee)\b", I)
VIDEO = re.compile(r"video|virtual|teleconferenc", I)
SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording to|[Ii]n accordance with|[Ii]n line with|[Cc]iting|[Aa]s stated in|[Aa]s (?:reported|said) in) (?:an? |the )?(?:[\w’'-]+ ){0,5}$")
DOCUMENT_TITLE = re.compile(r"\b(?:Joint |Trilateral |Leaders[’'] |Chair[’']s )?Statement\W*$")  # a headline that names the document it heads
WHO_CLAUSE = re.compile(r"\bwho (?:is|was|are|were|has been|had been)\b[^.;]{0,80}$")
VISIT_SETTING = re.compile(r"\b(?:[Dd]uring|[Ii]n the course of|[Aa]s part of|[Oo]n the sidelines of|[Oo]n the margins of|"
                           r"[Oo]n the (?:first|second|third|last|final) day of)\s+(?:his|her|their|the|a|an)\s+(?:[\w’'-]+\s+){0,3}$"
                           r"|\bwho (?:is|was|are|were) (?:on|paying|making) (?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$")  # the visit sets the scene
I_CALLED = re.compile(r"\W*(?:(?:Today|Yesterday|This morning|This afternoon|This evening|Earlier today|Tonight),?\s+)?I\s+(?:spoke|talked)\s+(?:by phone\s+|on the phone\s+)?with\b|"
                      r"\W*(?:(?:Today|Yesterday|This morning|This afternoon|This evening|Earlier today|Tonight),?\s+)?I\s+(?:called|phoned)\b")
CALLED_SOMEONE = re.compile(r"\b(?:called|phoned|telephoned)\s+(?:(?:Dr|Mr|Mrs|Ms)\.\s+)?[A-Z]")
SPOKE_WITH = re.compile(r"\bspoke\s+(?:(?:today|yesterday|earlier today|this (?:morning|afternoon|evening)|by phone|on the phone)\s+)?(?:with\b|to\s+(?:the\s+)?[A-Z])")
MET_VERB = re.compile(r"\b(?:met|meets|hosted|received|welcomed|sat down)\b")
BY_PHONE = re.compile(r"\b(?:by|over(?: the)?|on the|via) (?:tele)?phone\b|\b(?:had|held|made|received) (?:(?:a|an|his|her|their)\s+)?(?:(?:first|brief|long|lengthy|short|productive|fruitful|warm|cordial)\s+)?(?:tele)?phone (?:calls?|conversations?|discussions?|talks)\b|\b(?:in|during) (?:a|the|their|his|her) (?:tele)?phone (?:conversation|call|talk)s?\b", I)
MEETING_OF_GATHERING = re.compile(r"s?\s+of\s+(?:the\s+)?(?:[\w’'+-]+\s+){0,6}?(?:Summit|Ministerial|General Assembly|Conference|Forum|Steering Committee|"
                                  r"Heads of (?:State|Government)(?: Council)?|Council of (?:[A-Z]{2,6}\s+)?(?:Foreign |Defence |Defense )?Ministers|"
                                  r"[A-Z]{3,6}\s+(?:[A-Z][\w-]+\s+){0,3}Council)\b|s?\s+of\s+(?:the\s+)?#?" + GROUPING_OFFICIALS +
                                  r"|s?\s+of\s+the\s+(?:grouping|bloc|alliance)\b"
                                  r"|s?\s+of\s+(?:the\s+)?(?:leaders|heads(?: of (?:state|government))?|(?:foreign |defen[cs]e )?ministers)\s+of\s+(?:the\s+)?"
                                  r"[^.;\n]{0,80}?\bmember (?:states|countries|nations)\b")
# "Meeting of the CSTO Collective Security Council", "hosted a meeting of BRICS sherpas", "began a key meeting of the grouping",
# "The meeting of the leaders of the Collective Security Treaty Organization (CSTO) member states"
MEETING_NOUN_AFTER = re.compile(r"(?:\s+(?:an?|the|its|their))?(?:\s+[\w-]+){0,2}?\s+meeting(?=s?\s+of\b)", I)  # "hosted an informal meeting"
SUMMIT_WITH = re.compile(r"\s+(?:meeting|talks)\s+with\b", I)
STATE_LINK = re.compile(r"[ \t]*[-–][ \t]*")


OF_THE = re.compile(r"s?\s+of\s+(?:the\s+)?")


def _body_of_organisation(doc: Document, pos: int) -> bool:
    """Whether "of the" at ``pos`` names an international organisation's body ("of the Supreme Eurasian
    Economic Council", "of the UN Security Council"; not "of CIS leaders")."""
    if (of := OF_THE.match(doc.text, pos)) is None:
        return False
    return any(m.start == of.end() and m.surface.endswith(BODY_NAME_ENDS) for m in doc.mentions_in(
        Zone(of.end(), min(len(doc.text), of.end() + 80)), ("org",)))


BODY_NAME_ENDS = ("Council", "Commission", "Assembly", "Summit", "Conference", "Committee", "Forum", "Board", "Parliament", "Group")


TITLE_GAP = re.compile(r"\s+(?:[A-Z][\w-]*\s+)*")


def _two_states_before(doc: Document, pos: int, titles: bool = False) -> bool:
    """Whether "summit" follows two states joined by a dash ("Japan-Australia Summit", "Russian-Chinese
    summit talks"): a summit of two, a meeting; with ``titles``, their officials' title may come between
    ("Japan-Australia Foreign Ministers' Meeting")."""
    states = doc.states_in(Zone(max(0, pos - 70), pos))
    if len(states) < 2 or (doc.text[states[-1].end: pos].strip() and not (titles and TITLE_GAP.fullmatch(doc.text, states[-1].end, pos))):
        return False
    first, second = states[-2], states[-1]
    return first.value != second.value and (link := STATE_LINK.match(doc.text, first.end)) is not None and link.end() == second.start


VIRTUAL_MEETING = WordCued(re.compile(r"\b(?:met (?:virtually|online)|virtual(?:ly)? (?:meeting|summit|talks|conversation)|online (?:meeting|talks|conversation|consultations)|(?:by|via|through|over)\s+(?:an?\s+)?(?:video|tele)[\s-]?(?:conferenc(?:e|ing)|link|call)|by video|via video|videoconference)\b", I))


def _group_meets(text: str, floor: int, start: int, end: int) -> bool:
    """Whether the online cue between ``start`` and ``end`` joins a group or a body, not a counterpart:
    "a virtual meeting with 12 progressive members of Congress", "The U.S.-EU Task Force ... met virtually"."""
    return bool(AUDIENCE.match(text, end) or BODY_SUBJECT.search(text, max(floor, start - 100), start))


BODY_SUBJECT = WordCued(re.compile(r"\b(?:Task Force|Council|Committee|Commission|Working Group|Board|Dialogue)\b[^.\n]{0,60}$"))
AUDIENCE = re.compile(  # a group rather than a counterpart: "with college presidents", "with 12 members of Congress"
    r"(?:\s+(?:today|yesterday|on \w+))?\s+with\s+(?!(?:\S+\s+){0,3}(?:leaders|heads)\b)(?:a\s+(?:[\w-]+\s+)?group\s+of|(?:over|more than|nearly|about|some)?\s*\d+|dozens|several|"
    r"(?:[a-z][\w-]*\s+){0,3}(?:members|presidents|officials|representatives|stakeholders|executives|mayors|governors|experts|"
    r"advocates|students|workers|organizations|organisations|groups|CEOs|professionals|practitioners|chairs)|"
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}leadership\b|"  # "a virtual meeting with House Democratic leadership and the chairs of ..."
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Advisors|Advisers|Ministers|Secretaries|Directors|Envoys|[Cc]ounterparts)\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w ]{0,30}\w(?=,))\b")
    # ... or several states' officials: "with the Deputy National Security Advisors of France, Germany, Italy and ..."
GROUP_OF_LEADERS = re.compile(r"\b(?:[A-Z][A-Za-z0-9+]{1,10}|Quad)\s+(?:Leaders|leaders|Summit|summit|members|Heads of State)\b")
SPEAKER_TOPIC = re.compile(r",\s+on\s+(?:the\s+)?", I)  # "X, on the outcomes of the talks:"
INSTITUTION = re.compile(r"\b(?:Embassy|Consulate|Committee|Ministry|EMERCOM|Mission|Agency|Service|Centre|Center|Office|"
                         r"Government|Council|Duma|Parliament|Corporation|Company|Fund|Foundation|University|Institute|Museum|"
                         r"Roscongress|Rossotrudnichestvo|[A-Z]{3,})\b")


FIRST_PERSON = re.compile(r"\b(?:We|we|Our|our|I)\b")


def _speaks_first(doc: Document, pos: int) -> bool:
    """Whether the first sentence after ``pos`` is in the first person plural or singular."""
    first = next(doc.sentences(pos, min(len(doc.text), pos + 400)), None)
    if first is None:
        return False
    return doc.text[first[0]:first[1]].lstrip().startswith("💬") or FIRST_PERSON.search(doc.text, first[0], first[1]) is not None


def _label_end(doc: Document) -> int:
    """Where a headline that only names a body ("Consulate General of Russia in Cape Town:") ends; 0 if it does not."""
    line = doc.text[doc.headline.start: doc.headline.end]
    if line.rstrip().endswith(":") and (m := SPEAKER_LINE.match(line)) and _institution_label(doc, doc.headline, m.end()):
        return doc.headline.end
    return 0


def _institution_label(doc: Document, zone: Zone, end: int) -> bool:
    """A headline that only names the body whose news follows: no person, no office."""
    label = doc.text[zone.start: zone.start + end]
    if not INSTITUTION.search(label):
        return False
    return not any(m.kind in ("office", "person") for m in doc.mentions_in(Zone(zone.start, zone.start + end)))


TOLD_MEETING = re.compile(r"\W*(?:At|During|In the course of)\s+(?:a|an|the|my|our|today[’']s|yesterday[’']s)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:meeting|talks|conversation|telephone conversation|phone call|call)\s+with\b")
WE_MET = re.compile(r"\b(?:[Ww]e|I) (?:met|held (?:talks|a meeting))\b")  # "At the invitation of ..., we met at the ICRC headquarters"
GENERIC_STATEMENT_TITLE = re.compile(r"\s*Statement (?:from|by) (?:the )?(?:Press Secretary|Spokesperson|Spokesman|Spokeswoman|Press Office)\W*")  # a title that names only its author
NUMBERED_RELEASE = re.compile(r"\W*No\s*[:.]\s*\d+\s*,\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*,\s*(?:Press Release\s+)?(?:Regarding|On|Concerning)\b")
QUESTION_OPENS = re.compile(r"\W*(?:QUESTION|Question|Q)\s*:")  # a transcript of questions and answers
SAYS_END = re.compile(r",[ \t]+(?:says|said)[ \t]+(?:the[ \t]+)?(?P<name>(?:[A-Z][\w.’'-]+[ \t]+){0,3}[A-Z][\w.’'-]+)[ \t]*$")  # "..., says EU"
SAID_BY_END = re.compile(r"[ \t][–—-][ \t]*(?P<name>(?:[A-Z][\w.’'-]+[ \t]+){0,3}[A-Z][\w.’'-]+)[ \t]*$")
INLINE_SPEAKER = re.compile(r"[^\w\n]*(?P<name>(?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w.’'-]+)[ \t]?:[ \t]+(?=[A-Z“\"«])")  # a registered person's words after their name
SPEAKER_LINE = re.compile(r"^[^\n:]{3,160}?\s?:\s*$")  # tried only on lines that end with the colon


PRESENTED = re.compile(r"presented\b|(?:was|were) (?:handed|presented with)\b", I)  # "presented his credentials to President ...": one audience, a meeting (not a ceremony of many)
ONE_ENVOYS = re.compile(r"\s+(?:of|from)\s+(?:(?:H\.\s?E\.?|His Excellency|Her Excellency)\s+)?(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|"
                        r"(?:the |an? )?(?:newly[- ]appointed |new |incoming )?[Aa]mbassador(?! of [\w ]+ and )(?=\s+(?:of\s+)?[A-Z]))\s+")
# "... of H.E. Mr. ...", "... of incoming ambassador of Chad": one envoy's audience (not "of the ambassadors of ...")
CEREMONY = WordCued(re.compile(r"credence|credentials|ceremon|wreath|exhibition|concert|festival|reception", I))
RECEIVED_MESSAGE = re.compile(r"(?:received|receives)\s+(?:(?!from\b)[\w’'-]+\s+){0,3}?(?:greetings|messages?|letters?(?! of credence)|congratulations|condolences|telegrams?)\b", I)
ERRAND = WordCued(re.compile(r"\bto (?:express|convey|deliver|hand over|present|pass on|leave)\b[^.]{0,40}?\b(?:message|letter|condolences|congratulations|greetings)\b", I))


EVENT_GATHERED = WordCued(re.compile(r"\b(?:convened|convening|convenes|roundtable|panel discussion|listening session|met with|"
                                     r"(?:hosted|held|hosts|holds) an? (?:[\w-]+ ){0,2}event with)\b", I))


def _override(text: str, hits: list):
    """What a headline's first verb hides: a ceremony where credentials are received,
    a visit made to deliver condolences."""
    for h in hits:
        if h[2] == "other" and CEREMONY.search(h[3].group()) and hits[0][2] in ("meeting", "visit") and not PRESENTED.match(hits[0][3].group()) and (
                not ONE_ENVOYS.match(text, h[3].end())):
            return "other", h[3]  # (not "... Receives Letters of Credence of H.E. Mr. Mahamat Ali Hassan, New Ambassador ...": one audience)
    if hits[0][2] in ("visit", "meeting") and (m := ERRAND.search(text)):
        return "message", m
    if hits[0][2] == "meeting" and (m := RECEIVED_MESSAGE.match(text, hits[0][0])):
        return "message", m  # "Vladimir Putin received New Year greetings from ..."
    return None


def _about(text: str, hits: list, later: str) -> bool:
    """"Comment ... following the telephone conversation": the first trigger is the event, the later one its topic."""
    first = hits[0][0]
    other = next(h for h in hits if h[2] == later)[0]
    return bool(re.search(r"\b(?:following|after|on|about|regarding|concerning|on the results of|in connection with)\b", text[first:other], I))


def forum(doc: Document, zone: Zone, etype: str, topic_from: int | None = None) -> tuple[str | None, list[tuple[int, int]]]:
    """The multilateral framework of the event: an organisation named as its setting
    (in the headline if it names one, else in the rest of the lead). Before
    ``topic_from``: what a statement is about is not where it was made."""
    for part in (doc.core, zone):
        if topic_from is not None:
            part = Zone(part.start, min(part.end, topic_from))
        found = _forum_in(doc, part, etype)
        if found[0] is not None:
            return found
    return None, []


EARLIER_GATHERING = WordCued(re.compile(r"\b(?:Earlier|Before that|Prior to that)(?: today| that day)?,\s+[^.!?]{0,120}?\b(?:took part|participated)\s+in\b[^.!?]{0,80}?"
                               r"\b(?:session|meeting|summit|council)\s+of\s+(?:the\s+)?"))


def earlier_gathering(doc: Document, zone: Zone) -> tuple[str | None, list[tuple[int, int]]]:
    """"Putin held a meeting with Pashinyan. Earlier, Nikol Pashinyan took part in a session of the
    Supreme Eurasian Economic Council ...": a bilateral meeting on the margins of that gathering."""
    if (m := EARLIER_GATHERING.search(doc.text, zone.start, zone.end)) is None:
        return None, []
    org = next((o for o in org_mentions(doc, m.end(), zone.end) if o.start - m.end() <= 40), None)
    return (org.value, [(org.start, org.end)]) if org is not None else (None, [])


def body_in_session(doc: Document) -> tuple[str, tuple[int, int]] | None:
    """"The UN Security Council holds a meeting": an organisation's own session."""
    for m in org_mentions(doc, doc.headline.start, doc.headline.end):
        subject = HEADLINE_SUBJECT.match(doc.text[doc.headline.start:m.start]) is not None
        if HOLDS_SESSION.match(doc.text, m.end) or (subject and SESSION_NAMED.match(doc.text, m.end)):
            return m.value, (m.start, m.end)
        if subject and BODY_MET.match(doc.text, m.end) and not any(
                o.start == m.start for o in doc.mentions_in(Zone(m.start, m.end), ("office",))):  # not "the UN Secretary-General met"
            return m.value, (m.start, m.end)
    return None


def _forum_in(doc: Document, zone: Zone, etype: str) -> tuple[str | None, list[tuple[int, int]]]:
    text = doc.text
    orgs = org_mentions(doc, zone.start, zone.end)
    orgs = [m for m in orgs if not _future_before(text, zone.start, m.start, etype)
            and not EARLIER.search(text[max(zone.start, m.start - 160): m.start])]
    for m in orgs:  # the organisation's own gathering: "the inaugural C5+1 presidential summit"
        if GATHERING_AFTER.match(text, m.end) and etype not in ("phone_call", "message"):
            return m.value, [(m.start, m.end)]
    for m in orgs:  # "on the margins of the G20 Summit" names the setting outright
        if SIDELINES.search(text[max(zone.start, m.start - 60): m.start]):
            return m.value, [(m.start, m.end)]
    for m in orgs if etype in ("meeting", "phone_call", "multilateral_meeting") else ():
        # "Call with the Leaders of The Bucharest Nine", "Meeting with Quint National Security Advisors": a grouping met as one,
        # unless the lead sets the meeting "on the margins of" or "at the Ninth Summit of the Americas"
        reach = max(zone.start, m.start - 40)
        if GROUP_MET.search(text, reach, m.start) and (GROUP_PEOPLE_AFTER.match(text, m.end) or "eaders of" in text[reach: m.start]) and (
                len(doc.kb.organisations[m.value].members) >= 3 and not ON_MARGINS.search(text, doc.lead.start, doc.lead.end)):
            return m.value, [(m.start, m.end)]
    for m in orgs:
        before = text[max(zone.start, m.start - 80): m.start]
        after = text[m.end: m.end + 40]
        named_event = EVENT_NOUN_END.search(m.surface)
        if MEMBERS_OF.search(before) and MEMBERS_AFTER.match(after) and etype not in ("phone_call", "message", "agreement"):
            return m.value, [(m.start, m.end)]  # "a working lunch with the heads of diplomatic missions from BRICS Members"
        if named_event or FORUM_AFTER.match(after) or (FORUM_BEFORE.search(before.lower()) and etype != "phone_call" and not re.search(r"\b(?:with|and)\s+(?:the\s+)?$", before)):
            if etype in ("phone_call", "message", "agreement") and not (named_event or FORUM_AFTER.match(after)) and not (
                    etype == "agreement" and SIGNING_SETTING.search(before.lower())):
                continue  # (documents signed at "a meeting of the Council of Heads of State of the SCO" are in its framework)
            if etype in ("phone_call", "message") and named_event and DATED_BEFORE.search(before):
                continue  # a call to "reaffirm the vision they laid out in the November 2021 North American Leaders' Summit"
            return m.value, [(m.start, m.end)]
    if etype == "multilateral_meeting" and (setting := next((m for m in orgs if not _employer(doc, m)), None)) is not None:
        return setting.value, [(setting.start, setting.end)]
    return None, []


def _employer(doc: Document, org) -> bool:
    """Whether an organisation is named as the one an official serves ("European Commission Director-General ..."),
    not as a gathering's setting."""
    after = SPACES.match(doc.text, org.end).end()
    return any(m.start == after and m.kind == "office" for m in doc.mentions_in(Zone(after, after + 60)))


def _future_before(text: str, floor: int, pos: int, etype: str | None = None) -> bool:
    """Whether the words just before ``pos`` speak of something to come ("ahead of NATO's Summit in"); for a
    gathering itself to come, not what it "will attend" ("Lee Hsien Loong will attend the 43rd Asean Summit")."""
    future = FUTURE.search(text[max(floor, pos - 90): pos].lower())
    return future is not None and not (etype == "multilateral_meeting" and future.group().startswith("will "))


ONLINE = re.compile(r"\b(?<!joined )(?<!joining )(?<!participated )(?:[Vv]irtual(?:ly)?|[Vv]ideo ?conferenc(?:e|ing)|via video)\b")
# (not one guest who "joined virtually" a meeting "in the Oval Office")


def location(doc: Document, zone: Zone, etype: str, topic_from: int | None = None, publisher: str | None = None) -> tuple[dict | None, list[tuple[int, int]]]:
    """Where the event took place, when the lead says so. After ``topic_from`` (what a
    statement is about) only a dateline places the event. An event the sentence placing
    it, or the headline, calls virtual has no place ("the White House hosted a virtual Celebration of ...")."""
    if etype == "message":
        return _signed_at(doc)
    if etype == "phone_call":
        return None, []
    place, spans = _location(doc, zone, etype, topic_from, publisher)
    if place is not None and spans and not doc.text.endswith("(", max(0, spans[0][0] - 1), spans[0][0]):  # "(Moscow, July 18, 2024)": where the remarks were given
        text, at = doc.text, spans[0][0]
        if ONLINE.search(text, doc.headline.start, doc.headline.end) and not doc.headline.start <= at < doc.headline.end:
            return None, []  # "Readout of White House Black County Leaders Virtual Listening Session": "the White House hosted"
        line_end = text.find("\n", at)
        for start, end in doc.sentences(text.rfind("\n", 0, at) + 1, len(text) if line_end < 0 else line_end):
            if start <= at < end and ONLINE.search(text, start, end):
                return None, []
    return place, spans


def _signed_at(doc: Document) -> tuple[dict | None, list[tuple[int, int]]]:
    """Where a message was written, when its headline ("... message of greetings on the Day of Russian Diplomacy, Moscow,
    February 10, 2020") or its closing lines ("Sergey Lavrov" / "Moscow, October 9, 2015") say so."""
    text = doc.text
    for m in doc.mentions_in(doc.headline, ("city",)):
        if text.endswith(", ", 0, m.start) and TRAILING_DATE.match(text, m.end):
            return _placed(m, doc)
    if (signed := SIGNED_ON.search(text, max(0, len(text) - 160))) is not None:
        for m in doc.mentions_in(Zone(signed.start("place"), signed.end("place")), ("city",)):
            if m.start == signed.start("place"):
                return _placed(m, doc)
    return None, []


def _location(doc: Document, zone: Zone, etype: str, topic_from: int | None, publisher: str | None = None) -> tuple[dict | None, list[tuple[int, int]]]:
    text = doc.text
    label_end = _label_end(doc)
    if label_end and zone.end <= label_end:
        zone = Zone(zone.start, max(zone.end, doc.lead.end))  # "Russia's EMERCOM:" over the news it tells: the news places it
    places = doc.mentions_in(zone, ("city", "venue"))
    for m in places:
        before = text[max(zone.start, m.start - 40): m.start]
        if m.start < label_end:
            continue  # "Consulate General of Russia in Cape Town:": where the body sits, not where the event was
        if SOURCE_CREDIT.match(text, (line_start := text.rfind("\n", 0, m.start) + 1)):
            continue  # a mirror's credit, "Source: President of Russia – The Kremlin – English": whose text it is
        if text.startswith("By", line_start) and stamp_line(_rest_of_line(text, line_start).rstrip()):
            continue  # a byline, "By David Stanway in Beijing and Sophie Knight in Tokyo | China Daily | Updated: ...": where its reporters are
        if m.kind == "venue" and m.start > doc.headline.end and not text[line_start: m.start].strip(" \t").removeprefix("The").strip() and (
                not _rest_of_line(text, m.end).strip()) and _city_below_in_header(doc, line_start):
            continue  # "The White House" alone on a header line, over "Tokyo, Japan": who issued the text, not where (but
            # "Eisenhower Executive Office Building" over "4:54 P.M. EDT" is the room)
        if PRIOR_EVENT.search(text, max(zone.start, m.start - 90), m.start):
            continue  # "Following the Vice President's meetings in Dubai, ... travel to Ramallah"
        if PAST_AFTER.match(text, m.end):
            continue  # "the detention of ... in Warsaw in December 2025": another time's place
        if m.kind == "city" and text.startswith(("’s ", "'s "), m.end):
            continue  # "at Kiev's request": the city stands for its government
        if m.kind == "city" and _places_listed(doc, m.end):
            continue  # "leaders from New York, Delaware, California, and Illinois": where they come from, one of several
        if m.kind == "city" and CITY_ATTRIBUTE.match(text, m.end):
            continue  # "The Jakarta Post", "the Lvov State University"
        if m.kind == "venue" and VENUE_ATTRIBUTE.match(text, m.end):
            continue  # "senior White House staff", "the White House “Communities in Action” event"
        if topic_from is not None and topic_from < m.start < doc.headline.end and not PARENTHESIS.search(before) and not (
                before.endswith(", ") and TRAILING_DATE.match(text, m.end)):
            continue  # "Statement ... on the attack in Islamabad": the topic's place (not "..., Moscow, February 26, 2026")
        if HELD_PEOPLE.search(text, max(zone.start, m.start - 90), m.start):
            continue  # "hostages held in Gaza": where they are, not where the meeting was
        if INCIDENT_BEFORE.search(text, max(zone.start, m.start - 110), m.start):
            continue  # "condemns the attack that took place in the French City of Nice": where it struck
        if etype == "statement" and WELCOMED_ACT_BEFORE.search(text, max(zone.start, m.start - 250), m.start):
            continue  # "warmly welcomes the signing of the Peace Agreement between ... today in Doha": where it was signed
        if _future_before(text, zone.start, m.start) or FUTURE_AFTER.match(text, m.end):
            continue  # "ahead of NATO's Summit in Washington next month", "... hosted by President Biden in Washington D.C. next month"
        if in_quoted_title(text, m.start):
            continue  # the programme "Moscow. Kremlin. Putin"
        if m.kind == "venue" and NAME_GOES_ON.match(text, m.end):
            continue  # "the White House Competition Council" is a body, not a place
        if m.kind == "venue" and m.surface in doc.kb.body_venues and not (AT_TO_IN.search(before) or SESSION_OF.search(before)):
            continue  # "Chairperson of the Federation Council", "State Duma deputies": the body (not "at the State Duma")
        if m.kind == "venue" and VENUE_AS_BODY.match(text, m.end) and not AT_TO_IN.search(before):
            continue  # "the White House’s Meeting with ...", "the White House and the Treasury Department convened" (not "at the White House")
        if m.kind == "venue" and GATHERING_NAMED.match(text, m.end) and not ROOM.search(m.surface):
            continue  # "White House Meeting with ...": who held it, not where (online as often as not); an "Oval Office Meeting" is in the room
        if m.kind == "city" and MARGINS_OF.search(before) and CITY_GATHERING.match(text, m.end) and not _future_before(text, zone.start, m.start):
            return _placed(m, doc)  # "on the margins of the Munich Security Conference": held in its city
        if m.kind == "venue" or HOSTED.match(text[m.end: m.end + 30]) or _on_place_date_line(doc, m.start):
            return _placed(m, doc)  # (or "January 20, 2022 - Paris, France - Global Affairs Canada" under a title)
        in_headline = m.start < doc.headline.end
        if text.find("discuss", max(zone.start, m.start - 200), m.start) >= 0 and TOPIC_BEFORE.search(text, max(zone.start, m.start - 200), m.start):
            continue  # "met with ... to discuss ... the collapse of the Francis Scott Key Bridge in Baltimore": the topic's place
        if AT_MISSION_IN.search(before) and not _future_before(text, zone.start, m.start):
            return _placed(m, doc)  # "handed over ... at the U.S. Embassy in Moscow"
        cue = LOCATION_BEFORE.search(before) or PLACE_AFTER_DATE.search(before) or (in_headline and (
            PARENTHESIS.search(before) or ((before.endswith(", ") or (before.endswith(" ") and doc.title)) and TRAILING_DATE.match(text, m.end)) or (
                before.endswith((", ", " - ", " – ")) and HEADLINE_ENDS.match(text, m.end))))
        if cue and (not LOCATION_NOT.search(before) or AT_OFFICE_IN.search(before)) and not REGION_AFTER.match(text, m.end):
            return _placed(m, doc)  # (an office one is based in places nothing, but a meeting "at the premier's office in Dhaka" is there)
    if (found := _place_comma_country(doc, zone)) is not None:
        return found
    if etype in GATHERING_TYPES and (found := _town_named(doc, zone, topic_from)) is not None:
        return found
    for m in doc.mentions_in(zone, ("org",)):
        if (org := doc.kb.organisations.get(m.value)) is not None and org.seat and (MET_AT_ORG.search(text, max(zone.start, m.start - 150), m.start) or (
                AT_THE.search(text, max(zone.start, m.start - 8), m.start) and (ORG_SEAT_AFTER.match(text, m.end) or m.surface.endswith(SEAT_WORDS)))):
            return dict(org.seat), [(m.start, m.end)]  # "met yesterday with President ... of Ghana at the United Nations", "at the SCO Secretariat"
    for m in doc.mentions_in(doc.lead, ("city", "venue")):
        before = text[max(doc.lead.start, m.start - 80): m.start]
        if m.start >= zone.end and (HELD_AT.search(before) or DURING_VISIT.search(before) or (
                MET_IN.search(before) and not LOCATION_NOT.search(before) and not _future_before(text, doc.lead.start, m.start))):
            return _placed(m, doc)  # "... met Chinese Foreign Minister Wang Yi in London today"
    if label_end and (found := _place_comma_country(doc, Zone(zone.end, max(zone.end, (doc.next_paragraph or doc.first_paragraph).end)), HELD_AT)) is not None:
        return found  # "Embassy of Russia in the US: ... a memorial ceremony was held in Elizabeth City, North Carolina"
    after_lead = Zone(doc.lead.end, min(len(text), doc.lead.end + 1500))
    for m in doc.mentions_in(after_lead, ("city",)):
        if THEIR_MEETING_IN.search(text, max(doc.lead.end, m.start - 40), m.start):
            return _placed(m, doc)
    if any(text.find(cue, after_lead.start, after_lead.end) >= 0 for cue in MEETING_IN_WORDS) and (
            found := _place_comma_country(doc, after_lead, THEIR_MEETING_IN)) is not None:
        return found  # "Today’s meeting in Atlantic City, New Jersey follows ..."
    if etype in GATHERING_TYPES and (found := _held_after_lead(doc)) is not None:
        return found  # (before a dateline: "MANAMA, ... -- The Minister ... met with ... The meeting took place at the United Nations
        # Headquarters in New York")
    if (found := _wire_dateline(doc)) is not None and not (etype == "visit" and _visited_state(doc, zone) not in (None, found[0]["country"])):
        return found  # (not "DUSHANBE, ... – The Minister of Foreign Affairs of Tajikistan visited Russia": the agency's home)
    if etype == "statement" and (following := doc.sentence_after_lead) is not None and (
            spoke := SPEECH_AT.match(text, following[0], following[1])) is not None:
        for m in doc.mentions_in(Zone(spoke.end(), following[1]), ("city",)):
            if text.endswith(" in ", spoke.end(), m.start) and not _future_before(text, following[0], m.start):
                return _placed(m, doc)  # "... called for ...": "In a speech at the United Nations 2005 World Summit in New York, the King ..."
    if etype == "visit":
        return _visit_city(doc, zone)
    if (found := _ministry_seat(doc, doc.lead)) is not None:
        return found
    if publisher in doc.kb.countries and (capital := doc.kb.countries[publisher].capital) and (
            at := AT_OWN_MINISTRY.search(doc.text, doc.lead.start, doc.lead.end)) and not _future_before(doc.text, doc.lead.start, at.start()):
        return {"city": capital, "country": publisher}, [at.span()]  # "met today, at the Foreign Ministry, with the US Ambassador":
        # the publishing ministry's own seat
    return _embassy_host(doc, zone)


GATHERING_TYPES = ("meeting", "multilateral_meeting", "visit", "agreement")
SPEECH_AT = re.compile(r"\W*(?:In|During)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+)?(?:speech|address|remarks|statement)\s+(?:at|to|before)\b")
MET_THERE = WordCued(re.compile(r"\b(?:(?:meeting|talks|session|consultations)\b[^.;\n]{0,80}?\btoday\s+in|(?:met|meets|hosted|hosts|held talks|holds talks|welcomed|welcomes)\b[^.;\n]{0,100}?\bin|"
                                  r"welcom(?:e|ed|es|ing)\b[^.;\n]{0,60}?\bto)\s+(?:the\s+)?$"))
# "during the meeting of Aboul Gheit today in Cairo", "welcomed in Malacañang", "delighted to welcome the President of Mongolia to Moscow"
DATED = re.compile(r"\b(?:19|20)\d\d\b|" + MONTH_WORD.pattern)
ANOTHER_TIME = re.compile(r"\b(?:since|ago|last (?:week|month|year|time)|previous(?:ly)?|earlier|once)\b", I)  # "a few weeks since we met in New York"


def _held_after_lead(doc: Document):
    """The sentences after the lead that say where the event was held ("This came during the meeting of
    Aboul Gheit today in Cairo", "..., held today in Vienna, Austria")."""
    text = doc.text
    after = Zone(doc.lead.end, min(len(text), doc.lead.end + 600))
    for m in doc.mentions_in(after, ("city", "venue")):
        before = text[max(after.start, m.start - 80): m.start]
        if not (HELD_AT.search(before) or DURING_VISIT.search(before) or MET_THERE.search(before)) or LOCATION_NOT.search(before):
            continue
        opening = max(text.rfind(". ", after.start, m.start), text.rfind("\n", after.start, m.start), after.start)
        if DATED.search(text, opening, m.start) or ANOTHER_TIME.search(text, opening, m.start) or _future_before(text, after.start, m.start) \
                or PRIOR_EVENT.search(text, max(after.start, m.start - 90), m.start) or PAST_AFTER.match(text, m.end):
            continue  # "In October 2025, ... held talks with ..., who was in Moscow": another time
        return _placed(m, doc)
    return None


SOURCE_CREDIT = re.compile(r"[^\w\n]*Source:\s")
PLACE_LABEL = re.compile(r"\W*(?:Location|Venue|Place):\s+$")  # "Location: Camp David" in a release's header


def _rest_of_line(text: str, pos: int) -> str:
    """The text from ``pos`` to the end of its line."""
    end = text.find("\n", pos)
    return text[pos: len(text) if end < 0 else end]


def _city_below_in_header(doc: Document, line_start: int) -> bool:
    """Whether the header line at ``line_start`` has a later header line that names a city."""
    lines = doc.header_lines
    at = next((i for i, (s, _) in enumerate(lines) if s == line_start), None)
    return at is not None and any(doc.mentions_in(Zone(s, e), ("city",)) for s, e in lines[at + 1:])


def _on_place_date_line(doc: Document, pos: int) -> bool:
    """Whether ``pos`` is on a "date, place" line under a document's title, or opens a place line of its header
    block ("Washington, DC" between "Department Spokesperson" and "May 1, 2019")."""
    if not doc.title or pos < doc.headline.end:
        return False
    start, end = doc.text.rfind("\n", 0, pos) + 1, doc.text.find("\n", pos)
    line = doc.text[start: len(doc.text) if end < 0 else end]
    return DATE_LINE.match(line) is not None or PLACE_LABEL.match(line, 0, pos - start) is not None or (
        BULLET_STAMP_LINE.match(line) is not None and (start, start + len(line)) in doc.header_lines) or (
        (start, start + len(line)) in doc.header_lines and not line[:pos - start].strip(" \t") and PLACE_ALONE.match(line, pos - start) is not None)
    # (not "Brussels, 19/06/2021", where the press office dated the release, nor "Brussels: Europe and the Arabs", an outlet's)


PLACE_ALONE = re.compile(r"[\w.’' -]*?(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?(?:,\s*" + MONTH_WORD.pattern + r"\.?\s+\d{1,2})?\s*$")
# "Washington, D.C.", "San Salvador, El Salvador", "Doha, May 11"


SEAT_DATELINES = {"United Nations": ("New York", "USA")}  # "UNITED NATIONS, September 26. /TASS/.": filed at the UN's seat


def _wire_dateline(doc: Document):
    """A news agency's dateline opening the report: "BEIJING, Sept. 30 (Xinhua) --", "MOSCOW, March 4.
    /TASS/.", "NEW DELHI (Reuters) -", "WASHINGTON, D.C. –", "Moscow, 4 March –"."""
    below = SPACES.match(doc.text, doc.headline.end).end()  # the line under a headline
    text = doc.text
    body = SPACES.match(text, doc.header_lines[-1][1]).end() if doc.header_lines else below  # or under its header block
    for at in dict.fromkeys((doc.headline.start, doc.lead.start, below, body)):
        if text.startswith("(", at) and (credit := MIRROR_CREDIT.match(text, at)):
            at = credit.end()
        head, colon, dash = text[at: at + 50], None, None
        if (m := DATE_FIRST_DATELINE.match(text, at) or SLASHED_YEAR_DATELINE.match(text, at)) is None:
            if not (CAPS_OPENING.match(head) or (("(" in head or "/" in head) and AGENCY.search(head)) or DATED_OPENING.match(head) or
                    CITY_AGENCY_OPENING.match(head) or (":" in head and (colon := CITY_COLON_OPENING.match(head))) or (
                        dash := CITY_DASH_OPENING.match(head))):
                continue  # a dateline's city is written in capitals, followed by its agency or by the day, or by a colon
            m = WIRE_DATELINE.match(text, at)
        agency = m and m.groupdict().get("agency")  # (a day-first dateline has none)
        if m is None or not (m["city"].isupper() or (agency and (AGENCY.match(agency + " -") or agency.strip().isupper())) or (
                m["date"] and (MONTH_WORD.match(m["date"]) or DAY_MONTH.match(m["date"]))) or (
                    (colon or dash) and m.end() == at + (colon or dash).end() and "." in _rest_of_line(text, m.end()))):
            # (a colon's dateline opens a sentence: not "Brussels: Europe and the Arabs", an outlet's name)
            continue  # (an agency of any form after a city in capitals, of the common forms after any city)
        if (seat := SEAT_DATELINES.get(m["city"].title())) is not None:
            return {"city": seat[0], "country": seat[1]}, [m.span("city")]
        place = doc.kb.cities.get(m["city"].title()) or doc.kb.cities.get(m["city"])
        if place is None and (state := next((c for c in doc.kb.countries.values() if c.name == m["city"].title() and (
                c.capital or "").startswith(c.name)), None)) is not None:
            return {"city": state.capital, "country": state.iso3}, [m.span("city")]  # "KUWAIT, Feb 22 (KUNA) --": the capital of the name
        if place is None:
            place = doc.kb.town(m["city"])  # "VILJANDI, Dec 1 (LETA) –": a smaller place
        if place is not None:
            written = m["city"].title() if m["city"].isupper() else m["city"]
            return {"city": place[0] if written.startswith(place[0]) or name_key(written) == name_key(place[0]) else written,
                    "country": place[1]}, [m.span("city")]  # as the dateline writes it: "NUR-SULTAN." in 2022 is Nur-Sultan
    return None


def _ministry_seat(doc: Document, zone: Zone):
    """"A briefing at the Russian MFA", "talks at the Foreign Ministry of Belarus": a foreign ministry
    stands in its state's capital."""
    text = doc.text
    for m in doc.mentions_in(zone, ("country", "adjective")):
        if (AT_THE.search(text, max(zone.start, m.start - 8), m.start) and AT_STATES_MINISTRY.match(text, m.end)) or \
                AT_MINISTRY_OF.search(text, max(zone.start, m.start - 50), m.start) or MINISTRY_HOSTED.match(text, m.end):
            if (capital := doc.kb.countries[m.value].capital) and not _future_before(text, zone.start, m.start):
                return {"city": capital, "country": m.value}, [(m.start, m.end)]
    return None


def _embassy_host(doc: Document, zone: Zone) -> tuple[dict | None, list[tuple[int, int]]]:
    """"The Russian Embassy in India hosted a reception": an embassy stands in its host's capital;
    "the Permanent Mission of the Russian Federation to the EU and Euratom hosted ...": a mission
    to an organisation, at the organisation's seat (or in the city its name gives); and "the Russian
    Embassy in London held", "the capital of Brazil hosted": that city."""
    text = doc.text
    for m in doc.mentions_in(zone, ("country", "org", "city")):
        if m.kind == "city":
            if EMBASSY_IN.search(text, max(zone.start, m.start - 40), m.start) and EMBASSY_ACTS.match(text, m.end):
                return _placed(m, doc)  # "the Russian Embassy in London held a reception"
            continue
        if m.kind == "country":
            if (EMBASSY_IN.search(text, max(zone.start, m.start - 40), m.start) and EMBASSY_ACTS.match(text, m.end)) or (
                    CAPITAL_OF.search(text, max(zone.start, m.start - 30), m.start) and EMBASSY_ACTS.match(text, m.end)):
                capital = doc.kb.countries[m.value].capital  # (or "the capital of Brazil hosted")
                if capital:
                    return {"city": capital, "country": m.value}, [(m.start, m.end)]
            continue
        if not MISSION_TO.search(text, max(zone.start, m.start - 70), m.start) or not (acts := MISSION_ACTS.match(text, m.end)):
            continue
        named = next((c for c in doc.mentions_in(Zone(m.end, acts.end()), ("city",))), None)
        if named is not None:  # "... to the UN Office and other international organisations in Geneva hosted"
            return _placed(named, doc)
        org = doc.kb.organisations.get(m.value)
        if org is not None and org.seat:
            return dict(org.seat), [(m.start, m.end)]
    return None, []


PLACE_LIST_LINK = re.compile(r",?\s+and\s+(?:the\s+)?|,\s*(?:the\s+)?")


def _places_listed(doc: Document, end: int, before: int = 0) -> bool:
    """Whether the place ending at ``end`` opens a list of places ("Kansas, Louisiana, and North
    Carolina", "Paris and Berlin"): two more, or one more after "and" (not "Wilmington, Delaware", a
    city and its state). ``before``: places already listed before it."""
    if PLACE_LIST_LINK.match(doc.text, end) is None:
        return False  # the common case, read without looking further
    by_start = {p.start: p for p in doc.mentions_in(Zone(end, min(len(doc.text), end + 200)), ("city", "country"))}
    count, pos, joined, kinds = before, end, False, []
    while (link := PLACE_LIST_LINK.match(doc.text, pos)):
        if (nxt := by_start.get(link.end())) is not None:
            pos = nxt.end
            kinds.append(nxt.kind)
        elif (words := CAPITALISED_RUN.match(doc.text, link.end())) and (state := _subdivision_in(doc, words.group())):
            pos = link.end() + len(state)  # "Louisiana", "North Carolina": a state of a federation
            kinds.append("state")
        else:
            break
        count, joined = count + 1, joined or "and" in link.group()
    if not before and not joined and kinds == ["state", "country"]:
        return False  # "Boa Vista, Roraima, Brazil": a city, its state and its country
    return count >= 2 or (count == 1 and joined)


CAPITALISED_RUN = re.compile(r"[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2}")


def _subdivision_in(doc: Document, words: str) -> str | None:
    """The longest opening of ``words`` that names a state of a federation."""
    parts = words.split()
    return next((" ".join(parts[:n]) for n in range(len(parts), 0, -1) if " ".join(parts[:n]) in doc.kb.subdivisions), None)


WELCOMED_HERE = re.compile(r"\b(?:(?:glad|pleased|happy|delighted|good|great|nice|wonderful) to (?:see|welcome|receive|host|have) you(?: all)?|"
                           r"welcome(?:d)?(?: you| him| her| them)?(?: all)?)(?: back| here| again| once again)? (?:in|at|to) (?:the )?$")
# (or "it's good to have you here in the Oval Office", "welcome back to the White House")


def welcomed_here(doc: Document):
    """Where the host's first words welcome the guests: "I am very glad to see you at the Kremlin", "welcomed the
    Prime Minister to the White House"."""
    end = min(len(doc.text), doc.lead.end + 1500)
    for m in doc.mentions_in(Zone(doc.core.start, end), ("city", "venue")):
        if WELCOMED_HERE.search(doc.text, max(0, m.start - 60), m.start) and not _future_before(doc.text, doc.core.start, m.start):
            return _placed(m, doc)
    return None, []


def _placed(m, doc: Document) -> tuple[dict, list[tuple[int, int]]]:
    """A city or venue mention as the event's place, and its span as the evidence."""
    city, iso3 = m.value
    return {"city": city_as_written(m, city, doc), "country": iso3}, [(m.start, m.end)]


def city_as_written(m, city: str, doc: Document | None = None) -> str:
    """The city as the post writes it ("St Petersburg", "Kiev"); for a venue, its city
    as the post names it, if it does."""
    surface = m.surface if m.kind == "city" else None
    if surface is None and doc is not None:
        named = next((c for c in doc.mentions if c.kind == "city" and c.value == m.value), None)
        surface = named.surface if named is not None else None
    if surface is None or surface.startswith(city) or (city.startswith("The ") and city[4:] == surface):
        return city  # "Washington, D.C." is Washington; "Hague" is The Hague
    return surface


TOWN_CUED = re.compile(r"\b(?:[Ii]n(?:\s+the\s+(?:city|town)\s+of)?|[Vv]isit(?:ed|s|ing)?|(?:visit|trip|travel\w*|journey|arriv\w+|came|went)\s+to)\s+"
                       r"(?P<town>[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+){0,2})(?![\w’'-])")


def _town_named(doc: Document, zone: Zone, topic_from: int | None):
    """A smaller place the knowledge base keeps out of its scan (``towns.tsv``), named right after "in" or a
    visit: "talks held in Viljandi", "a visit to Ohrid". Of two towns of one name, the one in a state the
    zone names."""
    text, states = doc.text, None
    for m in TOWN_CUED.finditer(text, zone.start, zone.end):
        start, end = m.span("town")
        if any(c.start < end and start < c.end for c in doc.mentions) or (topic_from is not None and start > topic_from):
            continue  # a name the knowledge base reads otherwise (a person, an organisation, a country)
        before = text[max(zone.start, start - 90): start]
        if LOCATION_NOT.search(before[-40:]) or INCIDENT_BEFORE.search(before) or HELD_PEOPLE.search(before) or PRIOR_EVENT.search(before) or (
                TOPIC_BEFORE.search(before) and "discuss" in before) or _future_before(text, zone.start, start) or in_quoted_title(text, start):
            continue
        if PAST_AFTER.match(text, end) or REGION_AFTER.match(text, end) or CITY_ATTRIBUTE.match(text, end):
            continue
        if states is None:
            states = {c.value for c in doc.mentions_in(zone, ("country", "adjective"))}
        if (town := doc.kb.town(m["town"], states)) is not None:
            return {"city": m["town"], "country": town[1]}, [(start, end)]
    return None


def _place_comma_country(doc: Document, zone: Zone, cue: re.Pattern | None = None):
    """A place the knowledge base does not know, named with its state: "in Apulia, Italy"
    (where ``cue`` is given, only right after it: "was held in")."""
    countries = {m.start: m for m in doc.mentions_in(zone, ("country",))}
    for m in PLACE_COMMA.finditer(doc.text, zone.start, zone.end):
        if cue is not None and not cue.search(doc.text, max(zone.start, m.start() - 80), m.start() + 3):
            continue
        iso3, end = (country.value, country.end) if (country := countries.get(m.end())) is not None else (None, m.end())
        if iso3 is None and (state := STATE_NAME.match(doc.text, m.end())):
            iso3, end = doc.kb.subdivisions.get(state.group()), state.end()  # "in Wilmington, Delaware"
        if iso3 is not None and not any(c.start < m.end(1) and m.start(1) < c.end for c in doc.mentions):
            if not _future_before(doc.text, zone.start, m.start()) and not _places_listed(doc, end, 1):  # not "in Kansas, Louisiana, and ..."
                return {"city": m.group(1), "country": iso3}, [(m.start(1), m.end(1))]
    return None


VISITED = re.compile(r"\b(?:visit|trip|travel\w*|arriv\w+)\s+(?:to|in)\s+(?:the\s+)?$", I)
VISITED_STATE = re.compile(r"\b(?:(?:visit|trip|travel\w*|arriv\w+)\s+(?:to|in)|visit(?:s|ed)?)\s+(?:the\s+)?$", I)


def _visited_state(doc: Document, zone: Zone) -> str | None:
    """The state a visit went to, as the zone names it ("visited Russia", "an official visit to China")."""
    return next((m.value for m in doc.mentions_in(zone, ("country",)) if VISITED_STATE.search(doc.text, max(zone.start, m.start - 30), m.start)), None)


def _visit_city(doc: Document, zone: Zone) -> tuple[dict | None, list[tuple[int, int]]]:
    """"an official visit to China": the city of China the post names next, else none."""
    text = doc.text
    for m in doc.mentions_in(zone, ("country",)):
        if VISITED.search(text, max(zone.start, m.start - 30), m.start):
            for place in doc.mentions:
                if place.kind in ("city", "venue") and place.value[1] == m.value and place.start > m.start:
                    return {"city": city_as_written(place, place.value[0]), "country": m.value}, [(place.start, place.end)]
    return None, []


def plover(etype: str, actors: list[str], place: dict | None, publisher: str | None) -> dict | None:
    """The PLOVER event and mode for a communique type."""
    if etype == "phone_call":
        return {"event": "CONSULT", "mode": "phone"}
    if etype == "multilateral_meeting":
        return {"event": "CONSULT", "mode": "multilateral"}
    if etype == "visit":
        return {"event": "CONSULT", "mode": "visit"}
    if etype == "meeting":
        if place and place.get("country") and actors and place["country"] not in actors:
            return {"event": "CONSULT", "mode": "third-party"}
        return {"event": "CONSULT", "mode": "visit"}
    if etype == "agreement":
        return {"event": "AGREE", "mode": None}
    if etype == "message":
        return {"event": "SUPPORT", "mode": "praise"}
    return None
