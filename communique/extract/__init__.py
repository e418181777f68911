"""Extraction: one post in, one record out.

``extract(post, kb, context)`` is a pure function of the post, the knowledge
base and the date context: no database, no global state, so batches can run
in parallel. The steps run in order, cheapest first; each sets one part of
the record and the evidence spans that support it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache

from ..kb import KB, name_key, word_automaton
from ..models import Post
from .dates import DateContext, find_dates
from .datelines import CREDIT_DATELINE, DATE_FIRST_DATELINE, WIRE_OPENING
from .document import BULLET, DATE_LINE, LABEL_LINE, PICTOGRAPH, SPEECH_TITLE, Document, Zone, sentence_ends, stamp_line
from .cues import WordCued
from .events import ERRAND, INLINE_SPEAKER, SIGNED_ON, body_in_session, city_as_written, earlier_gathering, event_type, forum, location, plover, welcomed_here
from .orgs import countries_mentioned, org_mentions, publisher_country
from .people import (EARLIER_MEETING_BETWEEN, HONORIFIC_HINT, PRIOR_EVENT_OPENS, PersonMention, dashed_titles, find_people, inline_names, is_participant, listed_people, names_included,
                     stated_names, titled_items)

PARTY_CUE = re.compile(  # matched against lowered text, which is faster than re.I
    r"(?:ambassadors?|delegations?|heads?|leaders?|representatives?|ministers?(?: (?:of|for) (?:foreign|external) (?:affairs|relations))?|counterparts?|envoys?|governments?|advis[eo]rs?|"
    r"officials?|presidents?|members?|partners?|colleagues|authorities|ministry(?: of foreign affairs)?|(?:chiefs?|heads?) of missions?)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:[a-z][a-z0-9]+\s+)?(?:allies|partners|member states)\s+)?$|"
    r"\bbetween\s+(?:the\s+)?$|\bbetween\s+(?:our|my|the two)\s+(?:country|countries|nation|state)\s+and\s+(?:the\s+)?$|"
    r"\bdiplomatic relations with\s+(?:the\s+)?$|\bon behalf of\s+(?:the\s+)?$|\bmediation\s+(?:of|by)\s+(?:the\s+)?$|\bdear\s+$|\b(?:aid|assistance|help|supplies|condolences|congratulations|greetings|wishes|sympathy)\s+to\s+the\s+(?:friendly\s+|brotherly\s+)?(?:peoples?|government|leadership)(?:\s+and\s+(?:the\s+)?(?:peoples?|government|leadership))?\s+of\s+(?:the\s+)?$",
)
# every PARTY_CUE match starts with one of these words: the search starts at the first of them
PARTY_CUE_STARTS = ("ambassador", "delegation", "head", "chief", "leader", "representative", "minister", "counterpart", "envoy", "government",
                    "advis", "official", "president", "member", "partner", "colleague", "authorities", "ministry", "between",
                    "diplomatic", "on behalf", "mediation", "dear", "aid", "assistance", "help", "supplies", "condolences",
                    "congratulations", "greetings", "wishes", "sympathy")
PARTY_CUE_STARTS_AC = word_automaton(list(PARTY_CUE_STARTS), leftmost=True)
GROUP_CUE = re.compile(r"(?:representatives?|officials?|authorities|governments?|members?|partners?|colleagues)\b", re.I)
FLAG_RUN = re.compile(r"(?:\s*[\U0001F1E6-\U0001F1FF]{2})+\s*$")
CUE_ENDINGS = ("of", "from", "between", "the", "and", "with", "Dear", "by", "Allies", "allies", "partners", "states")  # every PARTY_CUE ends with one of these words
ONE_SIDED = ("statement", "interview")
NAMED_PLACE = re.compile(r"\b(?:island|city|town|village|port|fortress) of ([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)")
AMERICAN_AFTER = re.compile(r"(?:[-\s]+|,\s+(?:and\s+)?(?:\w+\s+){0,2}?)American\b")
LOSS = WordCued(re.compile(r"\b(?:victims|collision|crash|attack|accident|earthquake|fire|explosion|tragedy|disaster|flood(?:s|ing)?|"
                  r"shooting|bombing|derailment|cyclone|hurricane|landslide|collapse|death|passing)\b", re.I))
LINE_OPENING = re.compile(r"[\W_]*")  # nothing but bullets, markup or spaces before it on its line
PERIOD_OF = re.compile(r"\b(?:over|during|for|in)\s+the\s+(?:past\s+|last\s+)?(?:week|period|month|fortnight)\s+(?:of|from)\s+$", re.I)
OTHER_EVENTS_DAY = WordCued(re.compile(r"\b(?:[Ff]ollowing|[Aa]fter|[Ss]ince|[Aa]head of|[Bb]uilding on|[Pp]reparations? for|[Ii]n advance of)\s+"
                                       r"(?:the|their|his|her|its)\s+(?:[a-z]+\s+)?$"))  # "following the horrific October 7 ... attacks"
PRIOR_EVENTS_DAY = re.compile(r"(?:^|[.!?]\s+|\n)\W*(?:Following|After|Building on|In advance of|Ahead of|Prior to)\s+[^,.;\n]{0,200}?\b"
                              r"(?:call|conversation|meeting|talks|visit|summit|election|vote|referendum)s?\b[^,;\n]{0,150}?\s(?:on|of)\s+$")
# "Following President Biden’s ... conversation with ... Bennett on April 24, ...", "In advance of the first round of Guatemalan
# general elections on June 25th, ...": another event's day, the sentence's own comes after it
NAMED_FOR_THE_DAY = re.compile(r"[ \t]+(?:[Cc]rimes|[Aa]ttacks?|[Mm]assacres?|[Tt]ragedy|[Hh]ostages|[Rr]evolution|[Ii]ncidents?|Movement)\b")  # "the Civil Commission on October 7 Crimes", "the March 23 Movement"
DOUBLED = re.compile(r"(.)\1+")
SAME_DAY = re.compile(r"\b(?:[Tt]oday|[Tt]his (?:morning|afternoon|evening)|[Tt]onight)\b")
LIVE = re.compile(r"#LIVE\b|🔴\s*LIVE\b|\bLIVE\s*:|^\W*Right now\b")  # (or "Right now Sergey Lavrov is speaking at ...")
BODY_SPEAKER = re.compile(r"\b(?:Ministry|Foreign Office|Embassy|Consulate|Mission|Government|Organi[sz]ation|Department|"
                          r"Secretariat|Commission|Committee|Service|Cooperation|Union|Council)\b")
TODAYS_GATHERING = re.compile(r"\b[Tt]oday[’']s\s+(?:[\w-]+\s+)?(?:meeting|convening|call|roundtable|discussion|listening session|session|event|conversation|briefing)\b")
GOING_ON = re.compile(r"\b(?:(?:meeting|talks|session|summit|conference(?! calls?)|negotiations|conversation|consultations)\b[^.;:\n]{0,90}?\s(?:is|are)\s+(?:now\s+|currently\s+)?(?:taking place|under ?way|being held)|"
                      r"(?:is|are)\s+(?:now\s+|currently\s+)?holding\s+(?:a |an |the |their |this )?(?:[\w-]+\s+)?(?:meeting|talks|conversation|session|negotiations))\b")
SERVICE_MESSAGE = re.compile(r"\s*[^\n]{0,80}?\bpinned (?:a |an )?(?:photo|video|file|message|poll|album|sticker|GIF|audio|"
                             r"voice message)\s*")
AUTHORED = re.compile(r"\W*(?:Article|Op-ed|Opinion piece)\b", re.I)  # an official's article: one side's words
MET_THE = re.compile(r"\b(?:meeting|talks|met|conversation|call)\s+with\s+the\s+$")
PARTY_NOUN = re.compile(r"\s+(?:delegation|side|counterparts?|leadership|government|negotiators|team)\b", re.I)
LIST_GAP = re.compile(r"^\)?\s*(?:\([A-Z][\w.]{1,8}\))?\s*(?:,|,?\s+and|&)\s+(?:the\s+)?$")  # "the People’s Republic of China (PRC), India"
COMPOUND_EVENT = re.compile(r"^\s*(?:[-–—]\s*\w[\w.’'-]*\s+)?(?:[\w-]+\s+){0,3}(?:talks|consultations|negotiations|summit|meeting|intergovernmental|commission|contacts|dialogue|roundtable|consultative group|task force|working group|committee)\b", re.I)
OTHER_TIME = WordCued(re.compile(r"\b(?:recent|previous|earlier|last|past|prior|upcoming|next|forthcoming|future|planned|proposed|"
                        r"possible|potential|former)\s+(?:[\w.’']+\s+){0,2}(?:[\w.’']+\s*[-–—]\s*)?$", re.I))
VISIT_TO = WordCued(re.compile(r"\b(?:visit|trip|travel\w*|arriv\w+)\s+(?:to|in)\s+(?:the\s+)?$", re.I))
ATTENDANCE = WordCued(re.compile(
    r"(?:attending the (?:meeting|talks|event|ceremony|conversation|roundtable|session) (?:were|was)|(?:was|were|is|are|has been|have been) (?:also )?attended by|"
    r"(?:participants|attendees|officials|speakers|guests|stakeholders|panelists)(?: (?:in|on|at) the (?:\w+ ){0,2}(?:call|meeting|talks|event|discussion|roundtable|session|summit))? (?:also )?(?:included|were|include)|the (?:meeting|talks) (?:also )?involved|(?:meeting|call|talks|discussion)\W{1,3}which also included|"
    r"\b(?:participating|attending)(?: [A-Z][\w-]*){0,3} (?:included|were|include)\b|"  # "Participating Lieutenant Governors included:"
    r"\b(?:[Aa]fter|[Ff]ollowing) (?:participating in|attending) the (?:convening|meeting|roundtable|event|discussion|session|summit)\b[^:\n]{0,300}(?=:)|"
    # "After participating in the convening, participants ... highlighted the importance of the discussion ...:" over their words
    r"\balso (?:(?:in|at|on) the (?:meeting|call|talks|event|discussion)|present|participating|attending) (?:were|was)\b|"
    r"\bin attendance (?:were|was|included)\b|\bpresent (?:in|at) the (?:meeting|talks|session|event|ceremony|signing) (?:were|was)\b|"
    r"\b(?:participants|attendees|officials|members|leaders|guests|legislators) (?:also )?heard (?:directly |first-?hand )?from\b|\btuned in to hear from\b|"
    r"\bheard (?:updates|briefings|presentations|reports)\b[^.;:\n]{0,250}?\bfrom\b|"
    r"\breceived an? (?:[\w-]+ )?(?:briefing|update|presentation|report|overview)\b[^.;:\n]{0,200}?\bfrom\b|"  # "The Task Force received a briefing from Dr. Kate Calvin"
    r"\b(?:event|roundtable|discussion|panel|meeting|convening|session|conversation)\b[^.;:\n]{0,80}\bfeatured\b|\b(?:opening |closing |keynote )?remarks from\b|"
    r"(?:participants|attendees|officials|stakeholders|leaders|members|panelists) (?:that|who) (?:participated|attended|joined)|"
    r"(?:officials|participants|attendees|speakers|panelists)(?:,|\s[–—-])?\s+including|^\W*From the [A-Z][\w -]{2,40}(?=:)|"
    r"joining (?:\w+ ){0,4}(?:on|in|at|for) the (?:call|meeting|talks|conversation|summit|session|event|trip|visit) (?:was|were)|"
    r"(?:was|were) (?:also |then |later )?(?:joined|briefed|moderated|co-chaired|chaired|welcomed|represented|accompanied),? (?:[\w-]+,? ){0,4}by|"
    r"\b(?:meeting|talks|session|conversation)s? (?:that|which) included\b|"  # "The talks began with a restricted attendance meeting that included ..."
    r"^(?:[^\w\n]|</?\w+>)*(?:Meeting |Event |Other |Additional )?(?:participants|attendees|speakers|panelists)(?=(?:[ *_]|</?\w+>)*:)|"
    r"^(?:[^\w\n]|</?\w+[^>\n]{0,80}>)*(?:[A-Z][\w-]*[ \t\xa0]+){0,3}(?:participants|attendees|speakers|panelists)(?:[ \t]+(?:from|of|in|at)[ \t][^\n:*]{2,60}?)?(?=(?:[ \t\xa0*_:]|</?\w+>)*\n)|"
    # a header naming its people by their office: "*Attorneys General:*", "Mayors:"
    r"^(?:[^\w\n]|</?\w+[^>\n]{0,80}>)*(?:[A-Z][\w-]*[ \t\xa0]+){0,3}(?:attorneys general|governors|mayors|senators|members of congress|"
    r"legislators|lawmakers|ambassadors|ministers|officials|advocates|experts)(?=[ \t\xa0*_]*:(?:[ \t\xa0*_]|</?\w+>)*\n)|"
    r"\b(?:met|spoke|talked|meetings?|calls?)\b[^.:\n]{0,40}\bwith(?=:)|"  # "The Vice President spoke individually with: Prime Minister ...; ..."
    r"\b(?:delegation|representatives)\b[^.:\n]{0,60}\bincluded\b|"  # "Additional representatives of the Government of Mexico included ..."
    r"\b(?:taking part|participating) in the (?:\w+ ){0,2}(?:meetings?|calls?|talks|events?|discussions?|roundtables?|sessions?|convenings?) (?:included|were)\b|"
    # "Officials from the Biden-Harris Administration taking part in the meetings included ..."
    r"\b(?:was|were) (?:at|in) (?:the )?[^.;:\n]{2,40}? to meet with\b|"  # "The mayors were at the White House to meet with ..."
    r"\b(?:moderated|facilitated|led|hosted) an? (?:[\w-]+ )?(?:discussion|conversation|panel|roundtable) with\b|"  # "Susan Rice moderated a discussion with ..."
    r"\b(?:meeting|session|discussion|roundtable|convening|briefing|call)(?:,? which was| was)? (?:led|hosted|convened) by\b|"  # "joined a meeting led by ... Roger Carstens"
    r",\s+(?:also\s+)?joined by\b|\bunder the (?:chairmanship|chairpersonship|presidency) of\b|"  # "The meeting held in Astana under the chairmanship of President ... Tokayev"
    r"\b(?:provided|delivered|gave|offered) (?:opening |closing |welcoming )?remarks,? along with\b|"  # "... provided opening remarks along with Co-Chair ..., Minnesota Governor Tim Walz"  # "Mr. Sullivan, joined by Assistant to the President ... Dr. Elizabeth Sherwood-Randall, praised ..."
    r"\b(?:side|delegation)\s+(?:was|were)\s+(?:led|headed)\s+by\b|"  # "The Israeli side was led by Minister for Strategic Affairs Ron Dermer and ..."
    r"\b(?:was|were)\s+(?:[\w-]+\s+){1,3}by(?=[ \t*_]*:))\s*:?", re.I | re.M))  # "Letters of credence were presented by:" over its list
ATTENDED_AFTER = re.compile(r"(?:also|both) (?:participated|attended|took part|joined)\b(?! by)|also travell?ed with\b|(?:was|were) (?:also )?present\b(?= at\b|\s*\.)|joined the (?:[\w-]+ ){0,4}?(?:meeting|call|talks|discussion|roundtable|session|summit)\b|"
                            r"(?:stopped|dropped) by\b|"
                            # "Consumer Financial Protection Bureau Director Rohit Chopra also delivered remarks."
                            r"(?:also )?(?:delivered|gave|offered|provided) (?:the )?(?:opening |closing |keynote |welcoming |welcome )?remarks\b|also spoke\b(?! (?:with|to)\b)|"
                            r"(?:participated|took part)(?=\s*\.|\s+in\s+the\s+(?:meeting|call|roundtable|event|discussion|session|convening|conversation)\b)|"
                            r"attended the (?:meeting|talks|call|conversation|negotiations|session|summit) (?:(?:from|for|on behalf of) the\b|as\b)")  # "Foreign Minister Sergei Lavrov and Presidential
# Aide Yury Ushakov attended the meeting from the Russian side."
PEOPLE_NOUN = re.compile(r"\b(?:officials|leaders|speakers|members|participants|guests|individuals|representatives|experts|legislators|lawmakers|governors|mayors|senators|executives|advocates|CEOs)\b")
LED_BY_AT = re.compile(r"(?:led|headed)\s+by\b\s*")
DELEGATION_BEFORE = re.compile(r"\bdelegation\b(?!\s+(?:was|were)\s)[^.;:\n]{0,120}$")
DELEGATION_LED = re.compile(r"delegation\b(?!\s+(?:was|were)\s)[^.;:\n]{0,120}?\b(?:led|headed)\s+by\b")
LED_BY_CUE = re.compile(r"\b(?:led|headed)\s+by\s*$")  # "a delegation ... led by Samil Ayrim, the head of ...": its one head
RUN_ON_ITEM = re.compile(r"[•▪◾●]\s")  # a list run on in its header's line, item after item
MARKUP_RUN = re.compile(r"(?:[*_ \t\xa0]|</?\w+>)*")
LIST_HEADER_END = re.compile(r"[^.:;\n]{0,140}:[\s*_]*(?:</\w+>[\s*_]*)*(?:\n|(?=[•▪◾●]\s))")  # "... attending the meeting:*" and its list
# below, or run on after it ("... also joined for the roundtable:• Lisette Engel, ... • ...")
ATTENDANCE_WORDS = ("ttend", "articipants", "articipated", "articipating", "aking part in the", "peakers", "anelists", "ollowing", "involved", "ncluded",
                    "nclude:", "nclude ", "ials, including", "ials including", "ials – including", "ials — including", "pants, including", "pants including", "ndees, including", "ndees including",
                    "akers, including", "akers including", "hairmanship of", "hairpersonship of", "nder the presidency of", "elists, including", "elists including", "joined", "oining", "briefed", "ccompanied", "epresented", "emarks along with", "emarks, along with", "haired", "elcomed by", "From the", "eaders:", "uests:",
                    "eneral:", "overnors:", "ayors:", "enators:", "ongress:", "egislators:", "awmakers:", "mbassadors:", "inisters:",
                    "fficials:", "dvocates:", "xperts:", "with:", "lso in the", "lso at the", "lso on the", "lso present", "resent in the", "resent at the", "n attendance", "eard from", "eard directly from", "eard firsthand from", "eard first-hand from", "ear from", "eard updates", "eard briefings", "eard presentations", "eard reports", "eatured", "oderated", "eceived a", "led by", "eaded by", "osted by", "onvened by", "emarks from", "by:", "by :", "hich also included", "o meet with", "iscussion with", "onversation with", "anel with", "oundtable with")  # one in every cue
ATTENDED_AFTER_WORDS = ("participated", "took part", "joined the", "was present", "were present", "was also present", "were also present", "also participated", "also attended", "also took part", "also joined",
                        "both participated", "both attended", "both took part", "both joined", "stopped by", "dropped by", "attended the",
                        "delivered", "gave", "offered", "provided", "also spoke", "also traveled", "also travelled")


LONG_CUES = {word: 300 for word in ("eard updates", "eard briefings", "eard presentations", "eard reports", "eceived a", "articipating")}  # "heard updates on ... from"
ATTENDANCE_CUES = [(word, False) for word in ATTENDANCE_WORDS] + [(word, True) for word in ATTENDED_AFTER_WORDS]  # (word, follows its people)
ATTENDANCE_WORDS_AC = word_automaton([word for word, _ in ATTENDANCE_CUES])
ATTENDANCE_REACH = 12000  # characters after the lead: readouts list their participants at the end
BOLD_RUN = r"[*_]+(?:<\w+[^<>\n]{0,80}>)?[^*_\n]{1,60}[*_]+"  # a few words in bold ("***White House***", "*** Domestic Manufacturers ***",
# '**<span style="text-decoration: underline">State Legislators</span>**')
LIST_ITEM = re.compile(r"^\s*(?:(?:[\U0001F1E6-\U0001F1FF]{2}|" + BULLET + r"|\d+[.)])?\s*(?:#\w+\s+)?(?:[A-Z]|$)|"
                       + BULLET + r"\s+[*_]+[A-Z][^*_\n]{0,60}[*_]|"
                       + PICTOGRAPH + r"\s*[A-Z][^\n–—]{0,120}\s[–—-]\s|"
                       + BOLD_RUN + r"\s*[A-Z]|"
                       r"[*_]{1,3}[A-Z][^*_\n]{1,200}?(?:[*_]{1,3}\s*:|:[*_]{1,3})[ \t]*[“\"])")  # "**Tom Palmer, President and CEO, Newmont Corporation**: “..."
# a bullet and a short bold name ("-   **Rep. Joanna McClinton**, ...", "-   **Congressman Dwight Evans, **D-PA-3"), not a bold
# header line or a long bold sentence ("-   **Release of the Final Report ...**"); a pictograph opens a "TITLE – NAME" item
# ("🤝 President of the Republic of Abkhazia – Badra Gunba ;"), not the lines and paragraphs channels open with one; a bold
# sub-header runs on into the item after it ("*** Domestic Manufacturers *** Peter Rawlinson, CEO and CTO, Lucid Motors")
CONVEYED_TO = WordCued(re.compile(r"\b(?:greetings|regards|wishes|message|invitation|letter(?! of credence)|congratulations)\b[^.;]{0,80}?\b(?:to|for|from)\s+(?:the\s+)?[^.;]{0,40}$|"
                         r"\bcongratulat\w*\s+(?:him|her|them)\s+and\s+[^.;]{0,40}$", re.I))
ON_VERB = r"|(?-i:\bon (?!behalf)[a-z]+ing\b)"  # "Comment ... on giving the award to Zelensky"
ABOUT = WordCued(re.compile(r"\b(?:(?:with|in) regard to|with respect to|following|regarding|concerning|about|on the (?:\w+ )?(?:situation|results|outcomes?|issue|question|subject|occasion|attack|events?|[Vv]isit)|in connection with|in support of|(?<=Government )on|(?<=Ministry )on|(?<=Presidency )on|(?<=Department )on)\b" + ON_VERB, re.I))
# ("South African Government on continued escalation of hostilities ...": a body's words on a topic)
UNNAMED_SIDES = re.compile(r"\b(?:[Tt]he (?:two )?(?:top )?(?:presidents|leaders|prime ministers|foreign ministers|ministers|diplomats|heads of state)\s+of\s+[A-Z]|"
                           r"(?-i:[A-Z][a-z]+) and (?-i:[A-Z][a-z]+) (?:leaders|counterparts|presidents|ministers)\b|"  # "with Iraqi and Qatari leaders"
                           r"\b(?:his|her) (?:[A-Z][\w.]*\s+){0,2}counterpart\b(?!,?\s+[A-Z](?![a-z]+day\b)))")  # "... had a farewell phone call with his U.S. counterpart Monday"
AFTER_CLAUSE = re.compile(r"\b(?:(?:hours|days|shortly|soon|just)\s+)?(?:after|amid|following|since|despite)\b")
SIDES_TALKED = re.compile(r"\b(?:exchanged|discussed|reviewed|agreed|talked|spoke|stressed|emphasi[sz]ed|underlined|noted|expressed|welcomed|reaffirmed|"
                          r"(?:had|held) (?:the|their) (?:call|talks|meeting|conversation)\b)")
BY_SPEAKER = re.compile(r"\b(?:[Rr]emarks|[Ss]tatement|[Ss]peech|[Aa]ddress|[Cc]omments?)\s+by\s+(?:the\s+)?[A-Z]")
JOINT_BEFORE = re.compile(r"\bjoint (?:news|press) conference\s+$", re.I)
SUBJECT = WordCued(re.compile(r"\b(?:(?:with|in) regard to|with respect to|regarding|concerning|about|on the (?:\w+ )?(?:situation|issue|question|subject|attack|events?|outcomes?|results)|in connection with)\b" + ON_VERB, re.I))
BOUND_BEFORE = re.compile(r"\b(?:until|till|through|by|before|after|since)\s+$", re.I)
ARTICLE_BY = re.compile(r"\b(?:[Aa]rticle|[Oo]p-ed|[Cc]olumn|[Ii]nterview) (?:by|of|with)\b")
LINE_ENDS = re.compile(r"[ \t]*(?:,[^\n]{0,30})?[).]?[ \t]*(?:\n|$)")  # what may follow a dateline's date on its line
DATELINE = re.compile(r"(?:\(|📍)[^()\n]{0,30}$|,\s*[A-Z][\w’' .-]{1,30},\s*$")  # "(March 4, 2026", "📍 Moscow, ", "..., Moscow, "
TOPIC = WordCued(re.compile(r"\b(?:(?:with|in) regard to|with respect to|following|regarding|concerning|about|on the (?:situation|results|outcome|occasion|issue|question|subject)|in connection with|on the)\b", re.I))
PAST_REFERENCE = WordCued(re.compile(r"\b(?:In|in|Since|since|Last|last|Back in|back in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b|\b(?:years?|months?|weeks?|days?) ago\b|\blast (?:year|month|week)\b|\bprevious(?:ly)?\b|\bearlier this (?:year|month)\b"))
SECONDARY_REACH = 3000  # characters after the lead: further on, long transcripts recount other times
SECONDARY = WordCued(re.compile(r"(?<![\w])(?:met|meets|held|had)\s+(?:(?:a\s+)?(?:talks|meetings?|conversation)\s+)?with\b", re.I))


def extract(post: Post, kb: KB, context: DateContext | None = None, names=None) -> dict:
    """The record of one post (see the README's "Record" section for its fields).

    ``names`` is an optional statistical name finder (:mod:`.ner`); without it
    the rules and the registry alone find people.
    """
    doc = Document(post, kb, names)
    publisher = publisher_country(doc)
    context = _release_context(doc, context)
    codes, org_spans = doc.organisations
    primary = primary_event(doc, publisher, context)
    events = [primary, *secondary_events(doc, publisher, context, primary)]
    return {
        "post_id": post.post_id,
        "source": {"file": post.source_file, "id": post.source_id},
        "channel": post.channel,
        "forwarded_from": post.forwarded_from,
        "published": post.published,
        "url": post.url,
        "title": post.title,
        "text": post.text,
        "hashtags": [tag for _, _, tag in doc.hashtags],
        "organisations": codes,
        "countries_mentioned": countries_mentioned(doc),
        "publisher": publisher,
        "events": events,
        "evidence": {"organisations": org_spans},
    }


RELEASE_LAG = timedelta(days=7)  # how much later than its release a mirror may publish a page


def _said_of_today(doc: Document, etype: str) -> re.Match | None:
    """The words that put an event that states no day on the day of publication."""
    text = doc.text
    if etype in ("statement", "message") and (today := SAME_DAY.search(text, doc.headline.end, max(doc.core.end, doc.first_paragraph.end))):
        return today  # "Statement ... regarding ...": "This morning, the US committed ...": made the day it speaks of as today
    if etype in ("meeting", "multilateral_meeting", "phone_call"):
        if (todays := TODAYS_GATHERING.search(text, doc.lead.end, min(len(text), doc.lead.end + 3000))):
            return todays  # "Ahead of Equal Pay Day 2023, ... convened legislators ..." and below, "For today’s convening, the White House ..."
        if (going_on := GOING_ON.search(text, doc.lead.start, min(len(text), doc.lead.end + 400))):
            return going_on  # "Lavrov holds a meeting with ... The meeting is taking place on the sidelines of ...": as it happens
    return LIVE.search(text, 0, doc.headline.start + 40)  # "🔴 #LIVE: Lavrov's talks with ...": broadcast as it happens


def _release_context(doc: Document, context: DateContext | None) -> DateContext | None:
    """A web release's own date line ("Readout" / "March 5, 2024" under its title) is the day its "today"
    means, when the page was published a day or a few later (a mirror's copy)."""
    if context is None or context.mode != "published" or not doc.title:
        return context
    release = None
    for s, e in doc.header_lines:  # of a mirror's date line and the release's under it ("October 7, 2021" over "OCTOBER 06, 2021"), the last
        if DATE_LINE.match(doc.text[s:e]) is not None:
            found = find_dates(doc.text[s:e], None, None)
            release = found[0] if found and found[0].date and found[0].kind == "explicit" and not found[0].inferred else None
    if release is not None and timedelta(0) < context.local_day(None) - (day := date.fromisoformat(release.date)) <= RELEASE_LAG:
        return DateContext(day, "published")
    return context


def primary_event(doc: Document, publisher: str | None, context: DateContext | None) -> dict:
    if SERVICE_MESSAGE.fullmatch(doc.text):
        # "Russian MFA 🇷🇺 pinned a photo": a channel's service line reports no event, and no one acts in it
        return _event("other", {"date": None, "end_date": None, "inferred": False}, None, [], [], None, [], publisher, True,
                      {"type": [(doc.headline.start, doc.headline.end)]})
    lead = doc.lead
    etype, type_spans = event_type(doc)
    people = participants(doc, lead, publisher, etype)
    if type_spans and type_spans[0][0] >= lead.end and (told := next((z for z in doc.sentences(lead.end, min(len(doc.text), lead.end + 600))
                                                                     if z[0] <= type_spans[0][0] < z[1]), None)):
        people = _merge(people, participants(doc, Zone(*told), publisher, etype))  # the event a sentence after the lead tells: who took part in it
    in_person = etype == "message" and ERRAND.search(doc.text, doc.headline.start, doc.headline.end) is not None
    if etype == "visit" or in_person:  # on a visit (or one made to hand over a message), the people met take part
        people = _merge(people, _visit_hosts(doc, lead, publisher))
    if etype not in ONE_SIDED:  # those who attended what a statement is about did not make it
        people = _merge(people, _attendance_list(doc, publisher))
    if etype == "message":
        people = _merge(people, _addressees(doc, publisher))
    if etype in ("meeting", "multilateral_meeting", "visit"):
        people = _merge(people, _listed_in_sentences(doc, publisher))
        people = _merge(people, _meetings_told_one_by_one(doc, publisher))
    if etype in ("meeting", "multilateral_meeting"):
        people = _merge(people, _unlabelled_list(doc, publisher))
        people = _also(people, _who_spoke(doc, publisher))
    if etype in ("meeting", "phone_call") and len(people) < 2 and (group := UNNAMED_SIDES.search(doc.text, lead.start, lead.end)):
        # "The presidents of Turkey and Russia on Thursday held a phone call ...": the sentence after names them
        following = doc.sentence_after_lead
        if following is not None and (talked := SIDES_TALKED.search(doc.text, *following)):
            cut = AFTER_CLAUSE.search(doc.text, talked.end(), following[1])
            people = _merge(people, participants(doc, Zone(following[0], cut.start() if cut else following[1]), publisher, etype))  # (the
            # talks' own sentence up to a clause of other news: not "... discussed the matter hours after reports of Kim Yo-jong ... dismissing
            # President Yoon"; not
            # "President Joe Biden ... established this trilateral Committee")
    if not people and etype not in ("message", "phone_call"):
        people = _heads_of_sides(doc, publisher, SIGNERS if etype == "agreement" else SIDE_HEADS)
        # "Ghana has signed an agreement with Rwanda." and below, who signed for each
    topic = ABOUT.search(doc.text, doc.headline.start, doc.headline.end) if etype in ("statement", "interview") else None
    topic_from = topic.start() if topic else None
    if etype == "message" and (loss := LOSS.search(doc.text, doc.headline.start, lead.end)) is not None:
        topic_from = loss.start()  # "condolences to ... the victims in the collision of two trains ... on January 18": the loss's day
    spoken = INLINE_SPEAKER.match(doc.text, doc.headline.start, doc.headline.end) if etype == "statement" and topic_from is None and (
        ":" in doc.text[doc.headline.start: doc.headline.start + 80]) else None
    if spoken is not None and BY_SPEAKER.search(doc.text, spoken.end(), doc.headline.end):
        spoken = None  # "Foreign Affairs Council: Press remarks by High Representative Kaja Kallas": the label names the occasion
    if spoken is not None:
        topic_from = spoken.end()  # "Maria Zakharova: Yesterday, ... shelled ...": the day and place her words tell of
    if topic_from is None and not post_titled(doc):
        day = event_date(doc, lead, context, publisher)  # the core begins the lead: its first date comes first
    else:
        day = event_date(doc, doc.core, context, publisher, topic_from=topic_from)
        if day["date"] is None and etype == "interview" and topic_from is not None:
            day = event_date(doc, Zone(doc.headline.end, doc.core.end), context, publisher)  # "... holds press conference on forthcoming
            # SCO Day": "On 12 June 2020 the SCO Secretariat hosted a press conference": the topic is the headline's, the day the report's
        if day["date"] is None and topic_from is None:
            day = event_date(doc, doc.first_paragraph, context, publisher, near=14)
        if (day["date"] is None or (day["span"] and _on_date_line(doc, day["span"][0]))) and etype == "message" and topic_from is not None and (
                topic_from < doc.headline.end < doc.core.end):
            # "Díaz-Canel sends a message of condolence for the death of ..." over "... sent on Wednesday a message of condolence to
            # his Argentinean counterpart, ... on the death of ...": the body's days before its own word of the loss
            body_loss = LOSS.search(doc.text, doc.headline.end, doc.core.end)
            day = event_date(doc, Zone(doc.headline.end, doc.core.end), context, publisher, topic_from=body_loss.start() if body_loss else None)
    if etype in ("message", "statement") and (sent := _header_date(doc, context, publisher)) is not None:
        day = sent  # "April 29, 2019" in a press statement's header over "... on your 40th Constitution Day, May 1": the day it was sent
    if day["date"] is None and topic_from is None and etype in ("meeting", "multilateral_meeting", "visit", "phone_call", "agreement", "other") and not (
            ARTICLE_BY.search(doc.text, doc.headline.start, max(doc.lead.end, doc.headline.start + 300))):
        # "The Second Ministerial Conference ... has successfully concluded in Cairo." and below "On December 19-20, ...":
        # the report's own days, when they are recent and told in the next sentences
        day = event_date(doc, Zone(lead.end, max(lead.end, (doc.next_paragraph or doc.first_paragraph).end)), context, publisher, near=7,
                         explicit=True)
    if day["date"] is None and doc.headline.start > 0 and (dated := _date_over_headline(doc, context, publisher)) is not None:
        day = dated  # "31.08.2020" alone over an untitled post: the day its site dated it
    if day["date"] is None and etype in ("statement", "message") and (signed := SIGNED_ON.search(doc.text, max(0, len(doc.text) - 160))):
        # a letter's closing line: "Sergey Lavrov\n\nMoscow, October 9, 2015"
        if (signed_day := _first_day(doc, signed.start("day"), signed.end("day"), context, publisher)) is not None:
            day = signed_day
    if day["date"] is None and context is not None and context.mode == "published" and (said := _said_of_today(doc, etype)) is not None:
        day = {"date": context.local_day(publisher).isoformat(), "end_date": None, "inferred": True, "span": said.span()}
    history = history_post(doc, day, context, publisher)
    if history:
        etype, type_spans = "other", [day["span"]]
    elif etype in ("meeting", "multilateral_meeting", "visit"):
        people = _merge(people, _speakers(doc, publisher))  # not the commentator of a history post
    elif etype in ("interview", "statement") and not people:
        people = [p for p in _speakers(doc, publisher)[:1] if p.role]  # "Shri Randhir Jaiswal, Official Spokesperson: Good afternoon ...":
        # who opens a briefing's transcript (an official, not a journalist asking)
        if not people and etype == "interview" and (following := doc.sentence_after_lead) is not None:
            people = [p for p in participants(doc, Zone(*following), publisher, etype)[:1] if p.role and p.country and SENTENCE_SUBJECT.fullmatch(
                doc.text, following[0], min(p.start, (p.role_span or (p.start,))[0]))]  # "The Ministry
            # hosted a briefing for international journalists ... Deputy Foreign Minister Roman Vassilenko welcomed journalists": who gave it
    subject = SUBJECT.search(doc.text, doc.headline.start, doc.headline.end) if topic else None  # "following talks" is when, not what
    subject_from = subject.start() if subject else None
    if spoken is not None:
        subject_from = topic_from
    place, place_spans = location(doc, doc.core, "meeting" if in_person else etype, subject_from, publisher)
    if place is None and day["date"] and etype in ("meeting", "multilateral_meeting", "visit", "agreement", "interview"):
        place, place_spans = _dateline_of_the_day(doc, day["date"], context, publisher)
    if place is None and etype in ("meeting", "multilateral_meeting") and not history:
        place, place_spans = welcomed_here(doc)
    if place is None and history:
        place, place_spans = _place_of_the_story(doc, day["span"])
    _hosts_officials(doc, people, place, publisher)
    framework, forum_spans = forum(doc, doc.core, etype, subject_from)
    official = next((p for p in people if p.org), None) if etype in ("meeting", "phone_call", "visit") else None
    if official is not None and len({p.country for p in people if p.country and not p.org}) > 1 and not any(
            m.value == official.org for m in doc.org_mentions if doc.headline.start <= m.start < doc.headline.end):
        official = None  # a meeting of several states' officials, an organisation's among them, is in no one organisation's framework
    if framework is None and official is not None and official.start < lead.end:
        # "talks with the OSCE Secretary General": the organisation takes part (before a setting the next sentence names)
        framework, forum_spans = official.org, list(official.evidence)
    if framework is None:
        framework, forum_spans = forum(doc, lead, etype, subject_from)
    if framework is None and official is not None:
        framework, forum_spans = official.org, list(official.evidence)
    if framework is None and etype == "meeting":
        framework, forum_spans = earlier_gathering(doc, lead)
    if etype in ("meeting", "multilateral_meeting") and (framework is None or place is None) and (setting := _setting_sentence(doc)) is not None:
        # "... held talks with David Cameron. The parties met on the sidelines of the 30th OSCE Ministerial Council in Skopje."
        if framework is None:
            framework, forum_spans = forum(doc, setting, etype)
        if place is None:
            place, place_spans = location(doc, setting, etype)
    session = body_in_session(doc) if etype == "meeting" else None
    if session:
        etype, type_spans = "multilateral_meeting", [session[1]]
        framework, forum_spans = session[0], [session[1]]
    if framework is None and etype == "meeting" and place is not None and day["date"] and not history and (
            summit := doc.kb.summit_at(place["city"], day["date"])) is not None and (
            named := next((m for m in doc.org_mentions if m.value == summit.code), None)) is not None:
        # "met today with Prime Minister Meloni of Italy in Apulia, Italy ... the commitment by G7 leaders": the G7 summit's sidelines
        framework, forum_spans = summit.code, [*place_spans, (named.start, named.end)]
    if history:
        framework, forum_spans = None, []  # the history a post recounts had no framework of today's
    speaker = None
    if etype in ONE_SIDED and topic_from is not None:
        lead = Zone(lead.start, topic_from)  # "Statement ... concerning Venezuela": the topic's states are not parties
        speaker = BODY_SPEAKER.search(doc.text, doc.headline.start, topic_from)
        if speaker is not None and not any(p.start < topic_from for p in people):
            head = doc.text[doc.headline.start: topic_from]  # "Foreign Ministry statement concerning ...": the ministry speaks; the
            people = [p for p in people if p.role and p.role.split()[0] in head.split()]  # people named are its topic, but for
            # "Communiqué of the Chairperson of the AU Commission in support of ...": "The Chairperson ..., Moussa Faki Mahamat, expresses"
    if framework is None and etype in ("statement", "message", "interview") and people and people[0].org and (
            people[0].start < lead.end or speaker is not None):
        # "The Chairperson of the African Union Commission, Moussa Faki Mahamat, condemns ...": the organisation speaks
        framework, forum_spans = people[0].org, list(people[0].evidence)
    if framework is None and spoken is not None and (body := next(iter(doc.mentions_in(Zone(*spoken.span("name")), ("org",))), None)):
        framework, forum_spans = body.value, [(body.start, body.end)]  # "Arab League Secretary General: Arab countries must ..."
    actors, actor_spans = event_actors(doc, lead, people, etype)
    if etype == "meeting" and len(set(actors) - {publisher}) >= 3 and (group := _group_met(doc, lead)) is not None:
        # "met today with the Bucharest Nine (B9) group of ... Allies": the group's meeting, in its framework
        etype, type_spans, framework, forum_spans = "multilateral_meeting", [(group.start, group.end)], group.value, [(group.start, group.end)]
    if etype == "multilateral_meeting" and framework is None and all(a == publisher for a in actors) and not _foreign_party(
            doc, publisher):
        etype = "meeting"  # "the First-Ever White House Summit on Extreme Heat": no other state or organisation takes part
    if speaker is not None and not people and (org := next(iter(org_mentions(doc, max(doc.headline.start, speaker.start() - 80), topic_from)), None)):
        framework, forum_spans = org.value, [(org.start, org.end)]  # "Statement of the SCO regarding ...": the organisation speaks
    elif publisher and publisher not in actors and not session:
        # the publishing state acts in what its own channel reports (its ministry's statement, report or
        # ceremony, its envoy's talks), not when a body's own session is the event ("The UN Security
        # Council holds a meeting")
        actors = [*actors, publisher]
    org_codes, _ = doc.organisations
    return _event(etype, day, place, people, actors, framework, org_codes, publisher, True, {
        "type": type_spans,
        "date": [day["span"]] if day["span"] else [],
        "location": place_spans,
        "participants": [span for p in people for span in p.evidence],
        "actors": actor_spans,
        "forum": forum_spans,
    })


GROUP_MET_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$|\b(?P<members>leaders|heads of (?:state|government)|members|ministers)\s+of\s+(?:the\s+)?$", re.I)
GROUP_MET_AFTER = re.compile(r"\s*(?:\([^()\n]{1,12}\)\s*)?(?:group|leaders|heads|partners|allies|members|countries|states|ministers)\b", re.I)


def _group_met(doc: Document, lead: Zone):
    """The grouping the headline or lead meets as such ("Meeting with the Leaders of the Bucharest
    Nine", "met with the C5+1 leaders"): a meeting of its members, not with one counterpart."""
    text = doc.text
    for m in doc.org_mentions:
        if m.start < max(lead.end, doc.headline.end) and (
                before := GROUP_MET_BEFORE.search(text, max(0, m.start - 60), m.start)) and (before["members"] or GROUP_MET_AFTER.match(text, m.end)):
            return m
    return None


def _foreign_party(doc: Document, publisher: str | None) -> bool:
    """Whether the lead names a state other than the publisher's, or an organisation ("Muslim,
    Arab, and Palestinian American community leaders" name Americans)."""
    if publisher is None or doc.leading_flags:
        return True
    text = doc.text
    for m in doc.mentions_in(doc.lead, ("country", "adjective", "org")):
        if m.kind == "org" or (m.value != publisher and not AMERICAN_AFTER.match(text, m.end)):
            return True
    return False


def _event(etype, day, place, people, actors, framework, org_codes, publisher, is_primary, evidence) -> dict:
    return {
        "type": etype,
        "date": day["date"],
        "end_date": day["end_date"],
        "date_inferred": day["inferred"],
        "location": place,
        "participants": [_participant(p, day["date"]) for p in people],
        "actors": actors,
        "forum": framework,
        "organisations": org_codes,
        "plover": plover(etype, actors, place, publisher),
        "evidence": {k: [list(s) for s in v] for k, v in evidence.items()},
        "primary": is_primary,
    }


def _participant(p: PersonMention, day: str | None = None) -> dict:
    """A participant as the record shows them: the role as written, else the office
    the registry says they held on the event's day."""
    office = p.registry.office_on(day, p.role) if p.registry is not None else None
    return {
        "name": p.name,
        "role": p.role or (office or {}).get("role"),
        "country": p.country,
        "organisation": p.org,
        "wikidata": p.wikidata,
        "office_on_date": (office or {}).get("role"),
    }


SPOKESPERSON = re.compile(r"\b(?:[Ss]pokes(?:man|woman|person)|[Pp]ress [Ss]ecretary)\b")
REPORTED_BY = re.compile(r",?\s+(?:said|says|stated|noted|told|added|reported|announced)\b")


def participants(doc: Document, zone: Zone, publisher: str | None, etype: str | None = None) -> list[PersonMention]:
    found = [p for p in find_people(doc, zone, publisher) if is_participant(doc, p, zone.start)]
    if etype not in ("message", None):  # "conveyed greetings to X": X receives a message, not a seat at the talks
        found = [p for p in found if not CONVEYED_TO.search(doc.text, max(zone.start, p.start - 80), p.start)]
    if etype not in ("statement", "interview", "message", None):  # "Spokesman for the Presidency Ahmed Fahmy said the call ...": who tells of it
        found = [p for p in found if not ((REPORTED_BY.match(doc.text, p.end) or p.start < doc.headline.end) and SPOKESPERSON.search(
            doc.text, max(zone.start, p.start - 60), p.start))]  # (or "Statement by Press Secretary Jen Psaki on President Biden's Meeting with ...")
    if etype in ("statement", "interview"):
        topic = TOPIC.search(doc.text, doc.headline.start, doc.headline.end)
        if topic is not None and JOINT_BEFORE.search(doc.text, max(doc.headline.start, topic.start() - 60), topic.start()):
            topic = None  # "at a joint news conference following talks with X": X held it too
        if topic is not None:  # "Comment by X following the conversation between A and B": A and B are the topic
            found = [p for p in found if min(p.start, (p.role_span or (p.start,))[0]) < topic.start() or p.start >= doc.headline.end]
        if any(p.start < doc.core.end for p in found):  # the speakers are named up front; later names are quoted
            found = [p for p in found if p.start < doc.core.end]
        if doc.title and SPEECH_TITLE.search(doc.title) and any(p.start < doc.headline.end for p in found):
            found = [p for p in found if p.start < doc.headline.end]  # under "... interview with Kommersant": whom the words name is their topic
    return _merge([], found)


SETTING_SENTENCE = re.compile(r"\W*(?:The|Both) (?:parties|two sides|sides|two ministers|ministers|two leaders|leaders|officials|two officials|diplomats|"
                              r"meeting|talks|conversation|consultations) (?:met|took place|was held|were held|held (?:talks|a meeting))\b")


def _setting_sentence(doc: Document) -> Zone | None:
    """The sentence after the lead when it tells where or in which framework the event was held ("The parties
    met on the sidelines of ...", "The talks took place in ...")."""
    following = next(doc.sentences(doc.lead.end, min(len(doc.text), doc.lead.end + 400)), None)
    if following is None or not SETTING_SENTENCE.match(doc.text, following[0]):
        return None
    return Zone(*following)


def _merge(people: list[PersonMention], more: list[PersonMention]) -> list[PersonMention]:
    """One entry per person: the same registry entry, or one name inside the other."""
    out = list(people)
    for p in more:
        same = next((q for q in out if q.key == p.key or _same_name(q.name, p.name)), None)
        if same is None:
            out.append(p)
            continue
        if (len(p.name) > len(same.name) and not _glued(same.name, p.name)) or _glued(p.name, same.name):
            same.name = p.name
        if same.country is None and same.org is None and p.country is not None and p.org is None and not p.state_assumed and (
                p.country_span or p.registry is not None):
            same.country, same.country_span = p.country, p.country_span  # "Secretary Tillerson" in the headline, "U.S. Secretary of State Rex Tillerson" below
    return out


def _glued(short: str, long_: str) -> bool:
    """Whether the longer name is the shorter with the next word glued on ("Al Khalifaand Crown Prince ..."): a typo."""
    a, b = short.split(), long_.split()
    return len(a) == len(b) and a[:-1] == b[:-1] and b[-1].startswith(a[-1]) and b[-1][len(a[-1]):].islower()


@lru_cache(maxsize=16384)
def _same_name(a: str, b: str) -> bool:
    """One name inside the other, letter doubling aside ("Mohammed"/"Mohamed bin Salman"), or the same
    surname after a first name and its short form ("Zach"/"Zachary Liscow")."""
    a_words, b_words = _skeleton(a), _skeleton(b)
    short, long_ = sorted((a_words, b_words), key=len)
    if short and all(w in long_ for w in short):
        return True
    if ("." in a or "." in b) and (_initialled_within(a_words, b_words) or _initialled_within(b_words, a_words)):
        return True  # "U.Khurelsukh" / "Khurelsukh Ukhnaa": an initial and a name, written in either order
    if len(a_words) == len(b_words) >= 2 and a_words[-1] == b_words[-1] and all(
            x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) for x, y in zip(a_words[:-1], b_words[:-1])):
        return True  # "M. Ryzhenkov", "M.Ryzhenkov" / "Maxim Ryzhenkov"; "R.T.Erdogan" / "Recep Tayyip Erdogan"
    return (len(a_words) == len(b_words) == 2 and a_words[1] == b_words[1] and min(len(a_words[0]), len(b_words[0])) >= 3
            and (a_words[0].startswith(b_words[0]) or b_words[0].startswith(a_words[0])))


def _initialled_within(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Whether a name with an initial is inside another: each full word in it, each initial the first letter of a
    word it does not hold ("u khurelsukh" in "khurelsukh ukhna")."""
    if len(short) < 2 or len(short) > len(long_) or 1 not in map(len, short):
        return False
    return all(w in long_ if len(w) > 1 else any(len(v) > 1 and v.startswith(w) and v not in short for v in long_) for w in short)


def _dateline_of_the_day(doc: Document, day: str, context: DateContext | None, publisher: str | None):
    """"(Moscow, 24 February 2026)" further down the post, dated the event's day: the event's place
    ("held talks with ..." and, below, the opening remarks at those talks)."""
    for m in doc.mentions_in(Zone(doc.lead.end, len(doc.text)), ("city",)):
        if doc.text[max(0, m.start - 2): m.start].strip() not in ("(", "📍") or doc.text[m.end: m.end + 1] != ",":
            continue
        dated = find_dates(doc.text[m.end: m.end + 30], context, publisher)
        if dated and dated[0].date == day and dated[0].start <= 3:
            return {"city": city_as_written(m, m.value[0]), "country": m.value[1]}, [(m.start, m.end)]
    return None, []


def _place_of_the_story(doc: Document, date_span: tuple[int, int]):
    """A history post's place: the city its dated sentence names ("On February 13, 1945, the Red
    Army expelled the Nazi invaders from ... Budapest"; "12 years ago, Kiev became ...")."""
    sentence = next(((s, e) for s, e in doc.sentences(doc.headline.start, min(len(doc.text), doc.headline.start + 1500))
                     if s <= date_span[0] < e), None)
    if sentence is None:
        return None, []
    for m in doc.mentions_in(Zone(*sentence), ("city", "venue")):
        return {"city": city_as_written(m, m.value[0]), "country": m.value[1]}, [(m.start, m.end)]
    if (named := NAMED_PLACE.search(doc.text, *sentence)) is not None:  # "on the island of Corfu"
        return {"city": named.group(1), "country": None}, [named.span(1)]
    return None, []


def _hosts_officials(doc: Document, people: list[PersonMention], place: dict | None, publisher: str | None) -> None:
    """Officials given the publisher's state for want of another, whose office that state's government
    does not have ("Prime Minister Bennett" in a White House readout), are the host state's: the
    event's place abroad, or the one foreign state the headline and lead name."""
    absent = doc.kb.absent_offices.get(publisher or "")
    abroad = [p for p in people if p.state_assumed and p.country == publisher and p.role and absent.search(p.role)] if absent else []
    if not abroad:
        return
    if place is not None and place.get("country") not in (None, publisher):
        host = place["country"]
    else:
        foreign = {m.value for m in doc.mentions_in(doc.lead, ("country", "adjective"))} - {publisher}
        if len(foreign) != 1:
            return
        host = foreign.pop()
    for p in abroad:
        p.country, p.state_assumed = host, False


@lru_cache(maxsize=4096)
def _skeleton(name: str) -> tuple[str, ...]:
    return tuple(DOUBLED.sub(r"\1", w) for w in name_key(name).split())


def _visit_hosts(doc: Document, lead: Zone, publisher: str | None) -> list[PersonMention]:
    """On a visit, the people met there are participants too."""
    found, text = [], doc.text
    for start, end in list(doc.sentences(lead.end, min(len(text), lead.end + 2500)))[:12]:
        sentence = text[start:end]
        if MET_THERE.search(sentence) and not sentence.lstrip().startswith(("💬", "“", '"')):
            found += [p for p in participants(doc, Zone(start, end), publisher)
                      if not (EARLIER_CONTACT.search(text, max(start, p.start - 90), p.start))]
    return found


MET_THERE = WordCued(re.compile(r"\b(?:met|meetings?|talks|received|welcomed|conversations?|consultations?|accompanied|joined|visit with|"
                                r"called on|(?:courtesy )?calls? on|briefed|informed)\b", re.I))  # "... called on President Tharman Shanmugaratnam",
# "Colonel-General Anatoly Sidorov, the Head of the CSTO Joint Staff, informed the new Head of the Organization about ..."
EARLIER_CONTACT = WordCued(re.compile(r"\b(?:last|previous|earlier|recent)\b[^.;]{0,30}\b(?:call|conversation|meeting|talks)\s+(?:between|with)\b[^.;]*$", re.I))


def _who_spoke(doc: Document, publisher: str | None) -> list[PersonMention]:
    """The report of a meeting goes on speaker by speaker: "Director ... Julie Chavez Rodriguez emphasized ...",
    "Secretary of Energy Jennifer Granholm, ..., and Dr. Lanikque Howard, Director of ..., explained ...": the
    people a sentence opens with, as the subject of what they said or did there, took part."""
    text, found = doc.text, []
    stop = min(len(text), doc.lead.end + SPOKE_REACH)
    verbs = [doc.lead.end + at for _, at, _ in SPOKE_VERBS_AC.find_matches_as_indexes(text[doc.lead.end: stop], overlapping=True)]
    verbs.sort()
    if not verbs:
        return found
    for start, end in _bullet_items(text, doc.sentences(doc.lead.end, stop)):
        if start > verbs[-1]:
            break
        at = bisect_left(verbs, start)
        if at == len(verbs) or verbs[at] >= end:
            continue  # no verb of speaking in the sentence
        if (m := SPOKE.match(text, start, end)) is None or OTHER_WORDS.search(m["subject"]) or (m["verb"] in SETTING_ONLY and not m["setting"]):
            continue  # "As the President said last week, ...": no subject alone before the verb
        if not doc.mentions_in(Zone(start, m.end("subject")), ("office", "person")) and not HONORIFIC_HINT.search(m["subject"]):
            continue  # no title, honorific or known person: no one to read
        found = _merge(found, participants(doc, Zone(start, m.end("subject")), publisher))
    return found


RUN_ON_BULLET = re.compile(r"\s[-•▪]\s+(?=[*_]*[A-Z])")  # "... across government. - **Secretary of Transportation Pete Buttigieg** and ..."


def _bullet_items(text: str, sentences):
    """Sentences, each cut again at every bullet that opens a list item inside it (the item's line break was lost)."""
    for start, end in sentences:
        for bullet in RUN_ON_BULLET.finditer(text, start, end):
            yield start, bullet.start()
            start = bullet.end()
        yield start, end


def _also(people: list[PersonMention], more: list[PersonMention]) -> list[PersonMention]:
    """``people`` and those of ``more`` who are not among them (whose names do not replace theirs)."""
    return people + [p for p in more if not any(q.key == p.key or _same_name(q.name, p.name) for q in people)]


SPOKE_REACH = 4000  # characters after the lead
SPOKE = re.compile(r"\W*(?P<setting>(?:During|At|In|As\s+part\s+of)\s+(?:the|today’s|today's|this)\s+(?:[a-z-]+\s+){0,2}(?:briefing|meeting|call|event|convening|roundtable|discussion|session|"
                   r"conversation|summit|forum),\s+)?(?P<subject>[A-Z][^!?\n]{3,400}?),?\s+(?:also\s+|then\s+)?(?P<verb>emphasi[sz]ed|highlighted|explained|underscored|stressed|"
                   r"outlined|described|reiterated|thanked|welcomed|provided an? (?:overview|update|briefing)|presented|shared|"
                   r"opened the|closed the|kicked off|moderated|facilitated|led a discussion|delivered|discussed|announced|encouraged|urged|introduced|briefed|noted|spoke (?:about|on))\b")
SETTING_ONLY = {"announced"}  # verbs that say someone took part only after the meeting is named ("As part of today’s convening, ...")
SPOKE_VERBS_AC = word_automaton(["emphasized", "emphasised", "highlighted", "explained", "underscored", "stressed", "outlined", "described",
                                 "reiterated", "thanked", "welcomed", "provided", "presented", "shared", "opened", "closed", "kicked",
                                 "moderated", "facilitated", "led", "delivered", "discussed", "announced", "encouraged", "urged", "introduced", "briefed", "noted", "spoke"])  # one in every SPOKE match
OTHER_WORDS = re.compile(r"\b(?!(?:of|the|and|for|on|at|to|in|de|da|del|van|von|bin|al|el|la|le|s)\b)[a-z]")  # prose, not a subject


PROSE_LINE = 250  # characters: a line this long with sentences in it is a paragraph, not a list item
LISTED_MAX = 120  # lines of an attendance list, one item a line: a convening's list of its guests runs to eighty and more
HEADER_LINE = 120  # characters: a line this long that ends with a colon is a sentence over a list of its own, not a sub-header ("Governors:")
SUB_HEADER = re.compile(r"[ \t]*" + BOLD_RUN + r"[ \t]*")  # a line of bold words alone
QUOTE_OPENS = re.compile(r"[:“\"]")  # unless it opens with a speaker's words


def _list_after(doc: Document, pos: int, limit: int) -> tuple[int, int, int]:
    """Where the list that follows ``pos`` one item a line ends, how many items it has, and the
    length of its longest item."""
    end, items, longest, lines = pos, 0, 0, doc.lines
    for start, stop in lines[bisect_left(lines, (pos, pos)):]:
        if stop == start:
            continue
        header = SUB_HEADER.fullmatch(doc.text, start, stop)  # "***White House***", "***Unions***" over the items below
        if (not header and not LIST_ITEM.match(doc.text[start:stop])) or items >= limit:
            break
        if items and stop - start > PROSE_LINE and doc.text.count(". ", start, stop) >= 2 and not QUOTE_OPENS.search(doc.text, start, start + 250):
            break  # a paragraph of prose after the list ("The President has taken ..."), not "Jerry Norcia: “...”"
        if items and doc.text[start:stop].rstrip(" \t*_").endswith(":") and (ATTENDANCE.search(doc.text, start, stop + 1) or stop - start > HEADER_LINE):
            break  # the next list's header ("*White House participants:*", a sentence "... composed of the following officials:")
        if header:
            end = stop
            continue
        end, items, longest = stop, items + 1, max(longest, stop - start)
    return end, items, longest


BULLETED = re.compile(r"[ \t]*(?:[-•▪●◾*]|\d{1,2}[.)])[ \t]+[\[*_]*[A-Z]")  # "-   [Lina Khan](https://...), Chair of ...": a linked name too
UNLABELLED_MIN = 3  # people in a list with no header, for it to be read as the meeting's


def _unlabelled_list(doc: Document, publisher: str | None) -> list[PersonMention]:
    """A block of bulleted "NAME, ROLE" items below the report with no header of its own ("- Shavon
    Arline-Bradley, President and CEO, National Council of Negro Women - Melanie Campbell, ..."): the
    meeting's participants, when at least three people come out of it."""
    text, found = doc.text, []
    stop = min(len(text), doc.lead.end + ATTENDANCE_REACH)
    block: list[tuple[int, int]] = []
    for start, end in [*doc.lines[bisect_left(doc.lines, (doc.lead.end, doc.lead.end)):], (len(text), len(text))]:
        if start < stop and end > start and BULLETED.match(text, start, end):
            block.append((start, end))
            continue
        if block:
            listed = listed_people(doc, Zone(block[0][0], block[-1][1]), publisher)
            if len(listed) >= UNLABELLED_MIN:
                found = _merge(found, listed)
            block = []
        if start >= stop:
            break
    return found


def _addressees(doc: Document, publisher: str | None) -> list[PersonMention]:
    """The leaders a message went to, wherever the post names them: a list under "sent New Year
    greetings to heads of state and government:" (or under a headline that says so), "Greetings
    were also sent to President of Benin Patrice Talon, ...", "In his message to President of
    Benin Patrice Talon, Vladimir Putin noted ..."."""
    text, found = doc.text, []
    stop = min(len(text), doc.lead.end + ADDRESSEE_REACH)
    for cue in MESSAGE_TO.finditer(text, doc.headline.start, stop):
        line_end = text.find("\n", cue.end(), stop)
        line_end = stop if line_end < 0 else line_end
        tail = text[cue.end(): line_end].rstrip()
        if tail.endswith(":") or ((tail.endswith(".") or cue.start() < doc.headline.end) and cue.start() < doc.lead.end):
            # a list under "... greetings to heads of state:", under the lead's sentence, or under a headline that says so
            end, items, longest = _list_after(doc, line_end, 80)  # one addressee a line
            if items >= 2 and (tail.endswith(":") or longest <= SHORT_ITEM):
                found = _merge(found, participants(doc, Zone(line_end, end), publisher))
                found = _merge(found, stated_names(doc, Zone(line_end, end), publisher))  # "🇧🇯 Patrice Talon"
                found = _merge(found, dashed_titles(doc, Zone(line_end, end)))  # "🤝 President of ... Abkhazia – Badra Gunba ;"
        sentence_end = next((m.end() for m in sentence_ends(text, cue.end(), line_end)), line_end)
        if ":" in text[cue.end(): sentence_end]:  # "New Year messages were sent to: A; B; C."
            sentence_end = cue.end() + text[cue.end(): sentence_end].index(":")
            items = text[sentence_end + 1: line_end]
            if sum(1 for item in items.split(";") if item.strip()) >= 2 or (
                    not text[cue.end(): sentence_end].strip() and LIST_LINK.search(items)):
                # "... sent to: A; B; C", "Among the addressees are: A, B and C"
                found = _merge(found, participants(doc, Zone(sentence_end + 1, line_end), publisher))
        clause = Zone(cue.end(), _clause_end(text, cue.end(), sentence_end))
        found = _merge(found, participants(doc, clause, publisher))
        found = _merge(found, names_included(doc, clause, publisher))  # "..., including Raul Castro, Robert Kocharyan and ..."
    for got in RECEIVED_FROM.finditer(text, doc.headline.start, stop):  # "A, B and C also received greetings from ..."
        opening = max([text.rfind("\n", 0, got.start()), *(m.end() - 1 for m in sentence_ends(text, max(0, got.start() - 600), got.start()))])
        found = _merge(found, participants(doc, Zone(opening + 1, got.start()), publisher))
    for to in TO_LINE.finditer(text, doc.headline.end, stop):  # "To President of Azerbaijan Ilham Aliyev:" over each letter
        found = _merge(found, participants(doc, Zone(to.start(1), to.end(1)), publisher))
    return found


TO_LINE = re.compile(r"^[^\w\n]*To\s+((?:the\s+)?[A-Z][^:\n]{4,160}):[ \t]*$", re.M)


ADDRESSEE_REACH = 12000  # characters after the lead: a message to each leader can have a paragraph of its own
SHORT_ITEM = 160  # characters: a list item under a headline, not a paragraph
MESSAGE_TO = WordCued(re.compile(r"\b(?:greetings|congratulations|messages?|telegrams?|condolences|letters?)\b[^.\n:]{0,160}?\bto\b|"
                        r"\baddressees\b(?:\s+(?:are|were|include[sd]?|of (?:the|these) (?:\w+ ){0,2}(?:messages|greetings|letters)))?|"
                        r"\b(?:congratulated|greeted)\b(?=[^.\n:]{0,160}(?::|\.?[ \t]*\n))", re.I))  # "... congratulated the leaders of the CIS states:" over its list
RECEIVED_FROM = WordCued(re.compile(r"\b(?:received|were sent|have been sent)\b[^.\n]{0,40}?\b(?:greetings|congratulations|messages?|letters?|telegrams?)\s+from\b", re.I))
LIST_LINK = re.compile(r",\s|\sand\s")
CLAUSE_VERB = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s+){1,4}(?!of\b|and\b|the\b|de\b|da\b|bin\b|al\b)[a-z]{3,}")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the addressees after "to" end: at a new clause's subject and verb ("..., Vladimir Putin noted")."""
    m = CLAUSE_VERB.search(text, start, end)
    return m.start() if m else end


def _speakers(doc: Document, publisher: str | None) -> list[PersonMention]:
    """"💬 Ambassador Oleg Stepanov: ..." below a meeting's report, or a transcript's speakers, each line
    opening with who speaks ("President of Russia Vladimir Putin: Mr President, friends, ..."): who spoke at it."""
    text, found = doc.text, []
    start = doc.headline.end if doc.title else doc.lead.end  # a titled transcript: its first words are spoken
    stop = min(len(text), start + SPEAKER_REACH)
    at = text.find(":", start, stop)
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        if line_start >= start and (line := SPEAKER_AT.match(text, line_start, at + 1)) is not None and (
                "💬" in line.group() or SPOKEN_AFTER.match(text, line.end())):  # (not a list's header: "From the Biden-Harris Administration:")
            zone = Zone(line_start, line.end() - 1)
            found = _merge(found, [p for p in find_people(doc, zone, publisher) if p.end <= zone.end])
        next_line = text.find("\n", at, stop)
        if next_line < 0:
            break
        at = text.find(":", next_line, stop)
    return found


SPEAKER_REACH = 3000  # characters after the lead
SPOKEN_AFTER = re.compile(r"[ \t]+[^\W\d_]")  # the words spoken, on the label's line
SPEAKER_AT = re.compile(r"[^\w\n]{0,3}[A-Z][\w.’'-]*(?:,?[ \t]+[A-Za-z][\w.’'-]*){1,8}?(?:[ \t]*\([^()\n]{1,30}\))?:")
# "... el-Sisi (retranslated):", "Shri Randhir Jaiswal, Official Spokesperson:"


_SIDE_HEADS = r"\b(?:signed (?:on behalf of|for{})|(?:was|were) signed\b[^.;\n]{{0,160}}?\bby|co-chaired by|chaired by|(?:was|were) (?:headed|led) by|under the (?:co-)?(?:leadership|chairmanship) of)\b"
SIDE_HEADS = WordCued(re.compile(_SIDE_HEADS.format("")))
SIGNERS = WordCued(re.compile(_SIDE_HEADS.format("|an?|the")))
# the report of a signing: "President of Uzbekistan Shavkat Mirziyoyev and President of Turkey ... signed a Joint Statement"
SIDE_HEADS_REACH = 1200  # characters after the lead


SENTENCE_SUBJECT = re.compile(r"\W*(?:The\s+)?(?:[A-Z][\w-]+\s+)?")  # what may stand before a sentence's subject: "Kazakh Deputy Foreign Minister ..."


def _heads_of_sides(doc: Document, publisher: str | None, cue: WordCued) -> list[PersonMention]:
    """A lead that names only states or a meeting ("Today, the United States and Armenia signed a
    Memorandum ...") and the sentences after it that name who signed for each, or chaired or headed
    its sides ("Secretary of State Antony Blinken signed for the United States, and ...")."""
    found: list[PersonMention] = []
    stop = min(len(doc.text), doc.lead.end + SIDE_HEADS_REACH)
    if cue.search(doc.text, doc.lead.end, stop) is None:
        return found  # (most posts: no sentences to split)
    for start, end in doc.sentences(doc.lead.end, stop):
        if cue.search(doc.text, start, end):
            found = _merge(found, participants(doc, Zone(start, end), publisher))
    return found


def _listed_in_sentences(doc: Document, publisher: str | None) -> list[PersonMention]:
    """"... hosted Polly Trottenberg, Deputy Secretary, Department of Transportation; David Turk,
    Deputy Secretary, Department of Energy; ...": a sentence that lists its people and roles."""
    stop = min(len(doc.text), doc.lead.end + ATTENDANCE_REACH)
    if doc.text.count(";", doc.lead.start, stop) < 2:
        return []
    found: list[PersonMention] = []
    lines = doc.lines
    for line_start, line_end in lines[bisect_left(lines, (doc.lead.start, doc.lead.start)):]:
        if line_start >= stop:
            break
        if doc.text.count(";", line_start, line_end) < 2:
            continue
        for start, end in doc.sentences(line_start, line_end):
            if doc.text.count(";", start, end) >= 2:
                listed = listed_people(doc, Zone(start, end), publisher)
                if len(listed) >= 2:
                    found = _merge(found, listed)
    return found


MEETINGS_WITH_GROUP = WordCued(re.compile(r"\b(?:held|holds|had|has held)\s+(?:a\s+series\s+of\s+|several\s+|separate\s+|a\s+number\s+of\s+)?(?:bilateral\s+)?"
                                          r"(?:meetings|talks)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:leaders|heads|counterparts|ministers|presidents)\b", re.I))
MEETING_TOLD = re.compile(r"\W*(?:In|During|At)\s+(?:a|the|his|her|their)\s+(?:bilateral\s+|separate\s+)?(?:meeting|talks|conversation)\s+with\s+")
PAIR_TOLD = re.compile(r"\W*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+and\s+(?P<other>[^.\n]{3,120}?)\s+(?:held|had)\s+(?:a\s+)?(?:bilateral\s+|separate\s+)?"
                       r"(?:talks|meeting|discussions)\b")  # "Jaishankar and Russian Foreign Minister Sergey Lavrov held bilateral talks ..."


def _meetings_told_one_by_one(doc: Document, publisher: str | None) -> list[PersonMention]:
    """A lead that held "bilateral meetings with leaders of G20 countries", and the sentences below that take them one
    by one ("In a bilateral meeting with President of the United States Joe Biden, President Jokowi ...", "Jaishankar and Russian
    Foreign Minister Sergey Lavrov held bilateral talks ..."): whom each names."""
    if MEETINGS_WITH_GROUP.search(doc.text, doc.lead.start, doc.lead.end) is None:
        return []
    found: list[PersonMention] = []
    for start, end in doc.sentences(doc.lead.end, min(len(doc.text), doc.lead.end + 3000)):
        if (m := MEETING_TOLD.match(doc.text, start, end)) is not None:
            comma = doc.text.find(",", m.end(), end)
            found = _merge(found, participants(doc, Zone(m.end(), end if comma < 0 else comma), publisher))
        elif (m := PAIR_TOLD.match(doc.text, start, end)) is not None:
            found = _merge(found, participants(doc, Zone(m.start("other"), m.end("other")), publisher))
    return found


def _attendance_list(doc: Document, publisher: str | None) -> list[PersonMention]:
    """People listed as attending: "Attending the meeting were: ...", "also attended by ...",
    "Participants:" and a list of "NAME, ROLE" items, "Administration officials included ..."."""
    stop = min(len(doc.text), doc.lead.end + ATTENDANCE_REACH)
    text = doc.text
    cues, after = {}, []
    for index, at, _ in ATTENDANCE_WORDS_AC.find_matches_as_indexes(text[doc.lead.start: stop], overlapping=True):  # cue patterns run only around their words
        word, is_after = ATTENDANCE_CUES[index]
        at += doc.lead.start
        if is_after:
            after.append(at)
            continue
        cue = None
        for cue in ATTENDANCE.finditer(text, max(doc.lead.start, at - 70), min(stop, at + LONG_CUES.get(word, 100))):
            cues.setdefault(cue.start(), (cue.start(), cue.end()))
        if cue is None and word in ("led by", "eaded by") and (led := LED_BY_AT.match(text, at - (word == "eaded by"))) and (
                delegation := DELEGATION_BEFORE.search(text, max(doc.lead.start, at - 140), at)):
            cues.setdefault(delegation.start(), (delegation.start(), led.end()))  # "received a delegation ... led by Samil Ayrim"
            continue
        if cue is None and not any(s <= at < e for s, e in cues.values()) and (m := LIST_HEADER_END.match(text, at)) and (
                word != "ollowing" or PEOPLE_NOUN.search(text, at, m.end())):
            # a header over a list: "Members of Congress attending the meeting:", "Participants in the first meeting of
            # the Council included:", "The following state elected officials delivered remarks ...:"
            cues.setdefault(at, (at, text.index(":", at) + 1))
        if len(cues) >= 12:
            break
    found: list[PersonMention] = []
    for cue_start, cue_end in [cues[k] for k in sorted(cues) if k < doc.lead.end or not DELEGATION_LED.match(text, k)][:4]:
        end = cue_end  # (a delegation led by someone counts in the lead: the body tells of other meetings too)
        if doc.text[end - 1] != ":" and LIST_HEADER_END.match(doc.text, end):
            end = doc.text.index(":", end) + 1  # "officials who participated in the trip:**" and the list below
        colon = doc.text[end - 1] == ":"
        end = MARKUP_RUN.match(doc.text, end).end()  # "**Labor Participants**" and its list below, "included: ** Lael Brainard, ..."
        inline = end < len(doc.text) and doc.text[end] != "\n"
        one_a_line = not inline or (colon and not RUN_ON_ITEM.match(doc.text, end))  # not "was joined by: • Robert Godec, ... • ..."
        if one_a_line:
            if inline:  # "Participants: Ambassador of Egypt ..., Ambassador of Nigeria ...": the header's own line, then any below
                line_end = doc.text.find("\n", end)
                end = len(doc.text) if line_end < 0 else line_end
            end, _, _ = _list_after(doc, end, LISTED_MAX)
        else:  # the rest of the sentence ("was joined by Jessica Stern, U.S. Special Envoy ...; Jay Gilliam, ...")
            end = next(doc.sentences(end, min(len(doc.text), end + 1500)), (end, len(doc.text)))[1]
        zone = Zone(cue_start, end)
        listed = listed_people(doc, Zone(cue_end, end), publisher)
        # a list of "NAME, ROLE" items is read item by item; titles inside it name bodies, not people; a list of
        # offices alone ("- Director of the Office of Management and Budget - ...") names no one
        here = listed if len(listed) >= 2 or (listed and LED_BY_CUE.search(text, cue_start, cue_end)) else [
            p for p in participants(doc, zone, publisher) if not one_a_line or " " in p.name or p.registry is not None]
        found = _merge(found, here)
        if len(listed) < 2 or one_a_line:  # "... 2. Mayor Lightfoot (D-Chicago) 3. Congressman Danny Davis (D-IL-07) 4. ..."
            found = _merge(found, titled_items(doc, Zone(cue_end, end), publisher))
        if not one_a_line and len(listed) < 2:  # "officials including Susan Rice, Cedric Richmond, Erika Moritsugu and Howard Ou"
            found = _merge(found, inline_names(doc, cue_end, found + here, publisher))  # (the names as this list writes them)
    for cue in [m for at in after if (m := ATTENDED_AFTER.match(text, at))][:6]:
        # "Senator Chris Murphy (CT) and Congressman Gabe Amo (RI-01) also participated in the event."
        start = max((s for s, _ in doc.sentences(max(doc.lead.start, cue.start() - 300), cue.start())), default=cue.start())
        found = _merge(found, participants(doc, Zone(start, cue.start()), publisher))
    return found


CITY_COMMA_OPENING = re.compile(r"[^\w\n]*[A-Z][\w.’' -]{1,30},[ \t]*")


def _city_dated_opening(doc: Document, pos: int, end: int) -> bool:
    """Whether the date at ``pos`` follows a city that opens its line and the report runs on after it: "Washington, Jan 22 External
    Affairs Minister ...", a dateline with no agency or dash (the day it was filed; not "📍 Vienna, March 9, 2026" alone on its line
    under a speech's title, the day it was given)."""
    line_start, line_end = doc.text.rfind("\n", 0, pos) + 1, doc.text.find("\n", end)
    return CITY_COMMA_OPENING.fullmatch(doc.text, line_start, pos) is not None and bool(doc.mentions_in(Zone(line_start, pos), ("city",))) and (
        len(doc.text[end: len(doc.text) if line_end < 0 else line_end].split()) >= 3)


def event_date(doc: Document, lead: Zone, context: DateContext | None, publisher: str | None, near: int | None = None,
               topic_from: int | None = None, explicit: bool = False) -> dict:
    """The first date the lead states; failing that, none (a post without a day has no date).

    With ``near``, only a date within that many days of publication counts.
    With ``topic_from``, a date after that offset belongs to what a statement is
    about, unless it is a dateline ("(March 4, 2026)", "📍 Moscow, March 4").
    With ``explicit``, only a date the text writes out counts (not "today" or a weekday).
    """
    published_line = None
    dates = find_dates(doc.text[lead.start: lead.end], context, publisher)
    for i, d in enumerate(dates):
        if d.kind == "relative" and i + 1 < len(dates) and dates[i + 1].kind == "explicit" and dates[i + 1].date and (
                TODAY_COMMA.fullmatch(doc.text, lead.start + d.end, lead.start + dates[i + 1].start)):
            continue  # "Today, 5 May 2024, ...": the day it names
        if d.date and (_on_date_line(doc, lead.start + d.start) or _city_dated_opening(doc, lead.start + d.start, lead.start + d.end) or (
                _titles_release_day(doc, lead.start + d.start, lead.start + d.end, d.date, context, publisher))):
            if published_line is None or not UPDATED_STAMP.match(doc.text, doc.text.rfind("\n", 0, lead.start + d.start) + 1):
                published_line = d  # "December 8, 2016" under the title, "MOSCOW, September 28. /TASS/.": the report's day, unless the
                # text dates the event; of a mirror's day and the release's under it, the release's
            continue  # ("Last updated on: 12 April 2025" under "Published on: 18 January 2024" is no one's)
        if d.date is None or (explicit and (d.kind not in ("explicit", "weekday") or BOUND_BEFORE.search(
                doc.text, max(0, lead.start + d.start - 12), lead.start + d.start))):
            continue  # "The drills will continue until January 16": when it ends, not when it took place
        if topic_from is not None and lead.start + d.start >= topic_from and (d.inferred or not _is_dateline(
                doc, lead.start + d.start, lead.start + d.end)) and not _place_date_header(doc, lead.start + d.start):
            continue  # a dateline ends its line and gives its year: "(March 4, 2026)", "..., Moscow, February 26, 2026"
        if OTHER_EVENTS_DAY.search(doc.text, max(0, lead.start + d.start - 30), lead.start + d.start):
            continue  # "Following the November 13, 2022 Phnom Penh Summit", "preparations for the April 22-23 Leaders Summit": another event's day
        before = doc.text[max(0, lead.start + d.start - 250): lead.start + d.start]
        if ("ollowing" in before or "After" in before or "uilding" in before or "dvance" in before or "head of" in before or "rior to" in before) and (
                PRIOR_EVENTS_DAY.search(before)):
            continue
        if NAMED_FOR_THE_DAY.match(doc.text, lead.start + d.end):
            continue
        if published_line is not None and lead.start + d.start >= doc.core.end and context is not None and (
                d.date > context.local_day(publisher).isoformat()):
            continue  # "VIENTIANE /Laos/, October 10. /TASS/. Lavrov has arrived ... He is expected to speak at the summit on Friday,
            # October 11": a later act's day, after the sentence the dateline opens
        if ", who " in before and WHO_CLAUSE_DAY.search(before):
            continue  # "... is holding a meeting with ... Nicolas Maduro, who arrived in Russia for an official visit on Tuesday": his day
        if d.kind == "relative" and doc.text.startswith(("’s ", "'s "), lead.start + d.end) and PRIOR_EVENT_OPENS.search(before):
            continue  # "Following yesterday’s virtual meeting with ..., this morning the President met ...": the earlier meeting's day
        if (period := PERIOD_OF.search(doc.text, max(0, lead.start + d.start - 30), lead.start + d.start)) and not LINE_OPENING.fullmatch(
                doc.text, doc.text.rfind("\n", 0, period.start()) + 1, period.start()):
            continue  # "crimes committed ... over the week of January 5-11": the period a report covers (not "During the week of
            # March 14, ... led a delegation to Paris", opening the report: when it took place)
        if _historical(d.date, context, publisher) and not (d.inferred is False and _opens_headline(doc, lead.start + d.start)):
            continue  # an anniversary's date in passing; a history post opens with its own
        if near is not None and (context is None or abs((date.fromisoformat(d.date) - context.local_day(publisher)).days) > near):
            continue
        if (typo := _last_years_dateline(doc, lead.start + d.start, lead.start + d.end, d, context, publisher)) is not None:
            return {"date": typo, "end_date": None, "inferred": True, "span": (lead.start + d.start, lead.start + d.end)}
        return {"date": d.date, "end_date": d.end_date, "inferred": d.inferred,
                "span": (lead.start + d.start, lead.start + d.end)}
    if published_line is not None:
        d = published_line
        return {"date": d.date, "end_date": d.end_date, "inferred": d.inferred, "span": (lead.start + d.start, lead.start + d.end)}
    return {"date": None, "end_date": None, "inferred": False, "span": None}


WHO_CLAUSE_DAY = re.compile(r",\s+who\s+[^,;.()\n]{3,120}$")
UPDATED_STAMP = re.compile(r"\W*(?:Last\s+)?(?:updated|modified|edited)\b", re.I)
TODAY_COMMA = re.compile(r",?\s*(?:\(\s*)?")  # between "Today" and the date it names


def _first_day(doc: Document, start: int, end: int, context: DateContext | None, publisher: str | None) -> dict | None:
    """The first date written between two offsets that resolves to a day, as the event's day."""
    found = find_dates(doc.text[start:end], context, publisher)
    if not found or not found[0].date:
        return None
    return {"date": found[0].date, "end_date": found[0].end_date, "inferred": found[0].inferred,
            "span": (start + found[0].start, start + found[0].end)}


def _header_date(doc: Document, context: DateContext | None, publisher: str | None) -> dict | None:
    """The day a date line of a titled document's header block gives."""
    for start, end in doc.header_lines if doc.title else ():
        if DATE_LINE.match(doc.text[start:end]) and (day := _first_day(doc, start, end, context, publisher)) is not None:
            return day
    return None


def _date_over_headline(doc: Document, context: DateContext | None, publisher: str | None) -> dict | None:
    """A line of numbers alone above the headline that is a date ("31.08.2020"), and its day."""
    start = doc.text.rfind("\n", 0, max(0, doc.headline.start - 1)) + 1
    raw = doc.text[start: doc.headline.start]
    line = raw.strip()
    if not line or DATE_LINE.match(line) is None:
        return None
    at = start + len(raw) - len(raw.lstrip())
    return _first_day(doc, at, at + len(line), context, publisher)


def _titles_release_day(doc: Document, start: int, end: int, day: str, context: DateContext | None, publisher: str | None) -> bool:
    """Whether a date ending the title after a colon or dash is the release's day ("PM call with Prime Minister Trudeau
    of Canada: 15 October 2024" over "... spoke to ... yesterday evening"): the day of publication, written last."""
    return bool(doc.title) and end <= doc.headline.end and not doc.text[end: doc.headline.end].strip(" .") and (
        TITLE_DATE_SEPARATOR.search(doc.text, doc.headline.start, start) is not None) and context is not None and (
        context.mode == "published" and day == context.local_day(publisher).isoformat())


TITLE_DATE_SEPARATOR = re.compile(r"(?:[:|]|\s[-–—])\s*$")


def _on_date_line(doc: Document, pos: int) -> bool:
    """Whether the date at ``pos`` stands alone on a line after a title, or in a news agency's dateline
    opening a line ("MOSCOW, September 28. /TASS/. ...")."""
    start = doc.text.rfind("\n", 0, pos) + 1
    if (wire := WIRE_OPENING.match(doc.text, start) or DATE_FIRST_DATELINE.match(doc.text, start) or CREDIT_DATELINE.match(
            doc.text, start)) is not None and pos < wire.end():
        return True  # (or "11 August, 2023, Addis Ababa: The Chairperson ...")
    end = doc.text.find("\n", pos)
    line = doc.text[start: len(doc.text) if end < 0 else end]
    return bool(doc.title) and start > doc.headline.end and (DATE_LINE.match(line) is not None or (
        (LABEL_LINE.match(line) is not None or stamp_line(line.rstrip())) and any(s == start for s, _ in doc.header_lines)))
    # "Press release 11 October 2020", "Published Feb 15, 2025 01:07 am"


def _is_dateline(doc: Document, start: int, end: int) -> bool:
    """Whether the date between ``start`` and ``end`` is a dateline: "(March 4, 2026)",
    "📍 Moscow, March 4", "..., Moscow, February 26, 2026" ending its line."""
    return DATELINE.search(doc.text, max(0, start - 40), start) is not None and LINE_ENDS.match(doc.text, end) is not None


HEADER_CITY_COMMA = re.compile(r"\W{0,3}(?P<city>[A-Z][\w.’' -]{1,30}?),\s")


def _place_date_header(doc: Document, pos: int) -> bool:
    """Whether the date at ``pos`` is on a header line that opens with a city: an agency's "Baku, October 7,
    AZERTAC" under the headline, the report's day and place."""
    for start, end in doc.header_lines:
        if start <= pos < end:
            m = HEADER_CITY_COMMA.match(doc.text, start, pos)
            return m is not None and doc.kb.cities.get(m["city"]) is not None
    return False


def _last_years_dateline(doc: Document, start: int, end: int, d, context: DateContext | None, publisher: str | None) -> str | None:
    """"(January 14, 2025)" closing a headline published on January 15, 2026: the year mistyped at
    New Year, as a dateline is written days after the event, not a year and a day."""
    if d.inferred or d.end_date or context is None or context.mode != "published" or not _is_dateline(doc, start, end):
        return None
    day = date.fromisoformat(d.date)
    if day.month not in (1, 12):
        return None
    try:
        shifted = day.replace(year=day.year + 1)
    except ValueError:
        return None
    return shifted.isoformat() if 0 <= (context.local_day(publisher) - shifted).days <= 7 else None


def _opens_headline(doc: Document, pos: int) -> bool:
    """Whether a date stands at the very start of the headline ("On January 12, 1945, ...")."""
    return doc.headline.start <= pos and re.fullmatch(r"\W*(?:#\w+\W*)*(?:On|on|In|in)?\s*(?:the night of\s*)?", doc.text[doc.headline.start:pos]) is not None


def history_post(doc: Document, day: dict, context: DateContext | None, publisher: str | None) -> bool:
    """A post that opens by dating its story a year or more back tells history."""
    return bool(day["span"] and day["date"] and _historical(day["date"], context, publisher) and _opens_headline(doc, day["span"][0]))


def post_titled(doc: Document) -> bool:
    return bool(doc.title)


def _historical(day: str, context: DateContext | None, publisher: str | None) -> bool:
    """A date a year or more before publication is an anniversary's, not the event's."""
    if context is None or context.mode != "published":
        return False
    return day < (context.local_day(publisher) - timedelta(days=366)).isoformat()


def event_actors(doc: Document, lead: Zone, people: list[PersonMention], etype: str) -> tuple[list[str], list]:
    """States that took part: the participants', the flags that open the post, and states named as parties."""
    actors, spans = [], []

    def add(iso3, span):
        if iso3 and iso3 not in actors:
            actors.append(iso3)
        if span and span not in spans:  # each span of evidence once
            spans.append(span)

    for p in people:
        add(p.country, p.country_span if p.country_span and p.country_span not in spans else None)
    authored = etype == "interview" or (etype == "other" and AUTHORED.match(doc.text, doc.headline.start, doc.headline.end))
    if etype not in ONE_SIDED and not authored:  # flags mark the parties of a meeting or call, the topic of a statement
        for start, end, iso3 in doc.leading_flags:
            add(iso3, (start, end))
    text = doc.text
    previous_party = None
    if authored:  # an interview's or an article's own words name its topics, not its parties
        lead = Zone(lead.start, min(lead.end, doc.core.end))
    if etype in ("statement", "interview") and doc.title and SPEECH_TITLE.search(doc.title):
        lead = Zone(lead.start, min(lead.end, doc.headline.end))  # under a transcript's title, the speech's states are its topics
    for m in doc.mentions_in(lead, ("country", "adjective", "org")):
        if previous_party is not None and m.start < previous_party.end:
            continue  # the same words read again ("New Zealand" the state and the adjective)
        before = text[max(lead.start, m.start - 60): m.start]
        if "\U0001F1E6" <= before.rstrip()[-1:] <= "\U0001F1FF":
            before = FLAG_RUN.sub(" ", before)  # "on behalf of 🇧🇾 🇨🇳 Republic of Belarus, ..."
        cue = party_cue(before.lower()) if before.rstrip().endswith(CUE_ENDINGS) else None
        if cue and etype in ONE_SIDED and m.start >= doc.core.end and GROUP_CUE.match(cue.group()):
            cue = None  # a statement's "representatives of the United Kingdom" are whom it speaks of
        # after the core, "between A and B" is what was discussed, not who met
        party = bool(cue) and not (m.start >= doc.core.end and cue.group().lower().startswith("between"))
        if party and cue.group().lower().startswith("between") and EARLIER_BETWEEN.search(before):
            party = False  # "the recent summit meeting between Russian President Putin and DPRK leader Kim": another event
        if previous_party is not None and (LIST_GAP.match(gap := text[previous_party.end: m.start]) or gap.strip() == "("):
            party = True  # the list runs on, or the party's acronym follows it in brackets: "... of China (PRC), India"
        if m.kind == "org":  # "the Leaders of Canada, the European Commission, France...": lists run on
            previous_party = m if party else None
            continue
        if re.search(r"[\w.)][-–—]\s*$|\s[-–—]\s*$", text[max(lead.start, m.start - 3): m.start]) or (
            re.match(r"^\s*[-–—]", text[m.end: m.end + 3]) and COMPOUND_EVENT.match(text[m.end: m.end + 60])
        ):
            party = party or bool(COMPOUND_EVENT.match(text[m.end: m.end + 60]) and not OTHER_TIME.search(
                text, max(lead.start, m.start - 40), m.start) and not COMPOUND_TOPIC.search(text, max(lead.start, m.start - 40), m.start))
            # not "the recent indirect US-Iran contacts", nor "Telephone Discussion on Iran-U.S. Talks"
        if etype == "visit" and VISIT_TO.search(before) and m.kind == "country":
            party = True
        partner = None
        if m.kind == "country" and not party and SENTENCE_OPENS.search(before):
            if _states_act(doc, lead, m):
                party = True  # "Australia, the United Kingdom and the United States held the inaugural meetings ..."
            elif (partner := _partner_state(doc, lead, m)) is not None:
                party = True  # "Ghana has signed a General Cooperation Agreement with the Republic of Rwanda": both
        if m.kind == "adjective" and (PARTY_NOUN.match(text, m.end) or (before.endswith("the ") and MET_THE.search(before))):
            party = True  # "the Ukrainian delegation", "the Chinese side", "a meeting with the Ukrainian Commissioner"
        if party:
            add(m.value, (m.start, m.end))
        if partner is not None:
            add(partner.value, (partner.start, partner.end))
        previous_party = m if party else None
    return actors, spans


COMPOUND_TOPIC = re.compile(r"\b(?:on|about|regarding|concerning|over)\s+(?:the\s+)?(?:[\w.]+\s*[-–—]\s*)?$", re.I)
EARLIER_BETWEEN = re.compile(EARLIER_MEETING_BETWEEN + r"\s+(?:the\s+)?$", re.I)


def _states_act(doc: Document, lead: Zone, first) -> bool:
    """Whether the states listed from ``first`` on are the subject of the event's verb."""
    text, last, count = doc.text, first, 1
    for m in doc.mentions_in(Zone(first.end, lead.end), ("country",)):
        if not LIST_GAP.match(text[last.end: m.start]):
            break
        last, count = m, count + 1
    return count >= 2 and STATES_VERB.match(text, last.end) is not None


WITH_STATE = re.compile(r"[^.\n]{0,100}?\bwith\s+(?:the\s+)?$")


def _partner_state(doc: Document, lead: Zone, first):
    """The state a state that opens the sentence acted with: "Ghana has signed ... with the Republic of Rwanda"."""
    if (verb := STATES_VERB.match(doc.text, first.end)) is None:
        return None
    for m in doc.mentions_in(Zone(verb.end(), min(lead.end, verb.end() + 130)), ("country",)):
        return m if WITH_STATE.fullmatch(doc.text, verb.end(), m.start) else None
    return None


SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*|(?:\([A-Z]{2,12}\)|/[A-Z]{2,12}/|\b(?:19|20)\d\d)\s*[-–—:]*\s+)(?:(?:On|Today|Yesterday|This|Last|Earlier)\b[^,.;\n]{0,25},\s+)?(?:The\s+|the\s+)?$")  # "On January 30, the United States and ...",
# or after a dateline: "Addis Ababa, February 14, 2023 (FBC) – Ethiopia and China have signed"
STATES_VERB = re.compile(r"\s+(?:(?:have|has|had|recently|today|jointly|also|on \w+ \d+,?)\s+){0,2}(?:held|met|convened|signed|agreed|adopted|"
                         r"issued|launched|discussed|reaffirmed|established|hosted|announced|concluded|participated|took part|"
                         r"conducted|reached)\b")


def party_cue(low: str):
    """PARTY_CUE's match in lowered text, searched from the first word a match can start with."""
    first = PARTY_CUE_STARTS_AC.find_matches_as_indexes(low)
    return PARTY_CUE.search(low, first[0][1]) if first else None


def _first_secondary(text: str, start: int, end: int):
    """The first "met with" / "held talks with" between two offsets: the pattern runs only where "with" stands."""
    window = text[start:end].lower()
    at = window.find("with")
    while at >= 0:
        if (m := SECONDARY.search(text, max(start, start + at - 40), min(len(text), start + at + 5))) is not None:
            return m
        at = window.find("with", at + 4)
    return None


def secondary_events(doc: Document, publisher, context, primary: dict) -> list[dict]:
    """Further meetings the post reports: "also met with ...", "held talks with ..."."""
    events = []
    subject = primary["participants"][:1]
    lead_end = doc.lead.end
    first = _first_secondary(doc.text, lead_end, lead_end + SECONDARY_REACH)
    if first is None:
        return events
    paragraph = doc.text.rfind("\n", lead_end, first.start()) + 1 or lead_end
    for start, end in doc.sentences(max(paragraph, lead_end), min(len(doc.text), lead_end + SECONDARY_REACH)):
        sentence = doc.text[start:end]
        if not SECONDARY.search(sentence) or sentence.lstrip().startswith(("💬", "“", '"')):
            continue
        if PAST_REFERENCE.search(sentence):
            continue  # "In September 2025, X met Y": background, not this post's news
        people = participants(doc, Zone(start, end), publisher)
        known = [p["name"] for p in primary["participants"]]
        people = [p for p in people if not any(_same_name(p.name, k) for k in known)]
        if not people:
            continue
        day = event_date(doc, Zone(start, end), context, publisher)
        if day["date"] is None:
            day = {**day, "date": primary["date"], "inferred": True}
        actors = list(dict.fromkeys([*(s["country"] for s in subject), *(p.country for p in people)]))
        actors = [a for a in actors if a]
        event = _event("meeting", day, primary["location"], [], actors, primary["forum"], [], publisher, False, {
            "type": [(start, end)], "participants": [s for p in people for s in p.evidence]})
        event["participants"] = subject + [_participant(p, day["date"]) for p in people]
        events.append(event)
    return events
