"""People: who is named, in which office, of which state.

A person is recognised from an office title next to a name, in the forms
diplomatic texts use:

* ``TITLE [of COUNTRY] NAME``  ("Foreign Minister of China Wang Yi")
* ``COUNTRY's|ADJECTIVE TITLE NAME``  ("Russia's President Vladimir Putin", "Chinese President Xi Jinping")
* ``TITLE NAME of COUNTRY``  ("Prime Minister Narendra Modi of India")
* ``NAME, TITLE of COUNTRY``  ("Wang Yi, Minister of Foreign Affairs of China")

and from the registry of office-holders in the knowledge base. A title with no
state belongs, failing the registry, to the publisher's own state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..kb import Mention, name_key, word_automaton
from .document import BULLET, PICTOGRAPH, Document, Zone

CONNECTORS = {"bin", "bint", "ibn", "al", "el", "de", "da", "di", "van", "von", "der", "den", "du", "dos", "das", "la", "le", "ben", "y", "e", "al-", "Al", "ul", "ud", "ur"}
CHIEF_BEFORE_NAME = (r"(?=\s+(?!Justice|Executive|Operating|Financial|Technology|Information|Medical|Science|Scientist|Economist|Counsel|"
                     r"Negotiator|Strategy|Diversity|Privacy|Data|Digital|Judge|Minister|Secretary|Officer|Administrative|Marketing|Investment|Of\b)"
                     r"[A-Z][a-z]+\s+[A-Z])")  # "Chief Bill Brooks", not "Chief Justice John Roberts" or "Chief of Staff"
SHORT_GENERAL = r"(?:Maj|Lt|Brig)\.?\s?Gen"  # "Maj. Gen.", "Lt Gen"
MALAYSIAN_TITLE = r"(?:Dato[’']?|Datuk|Datin|Tan\s+Sri|Toh\s+Puan)(?:\s+(?:Seri|Sri))?(?:\s+Utama)?"
SAMDECH_WORDS = ("Akka", "Moha", "Bovor", "Sena", "Padei", "Techo", "Thipadei", "Vibol", "Bonhea", "Krala")  # a Cambodian honorific's words
HONORIFIC_FORMS = (
    r"(?:(?:His|Her|Their)\s+(?:Excellency|Highness|Majesty|Royal Highness|Holiness|Beatitude|Eminence)|Cardinal|Archbishop|H\.\s?E\.?|HE|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Doctor|Madam|Mister|Sheikh|Sheikha|Shaikh|sheikh|sheikha|Prince|Princess|Haji|Hajji|Ayatollah|Seyyed|Sayyed|Prof\.?|Professor|(?:Major|Lieutenant|Brigadier|Colonel)[\s-]+General|" + SHORT_GENERAL + r"\.|General|Gen\.|(?:Vice|Rear)[\s-]+Admiral|Admiral|Marshal|(?:Lieutenant\s+)?Colonel|Major|Captain|Commander|Sir|Dame|Lord|Lady|Archbishop|Cardinal|Bishop|Metropolitan|Patriarch|Pope|(?:The\s+)?(?:Rev\.|Reverend)|Pastor|Rabbi|Imam|Member|Amb\.|Hon\.?|(?:The\s+)?(?:Right\s+|Rt\.\s+)?(?:Honourable|Honorable)|Shri|Smt\.?|Sri|"
    + MALAYSIAN_TITLE + r"|"  # "Dato’ Seri Utama Mohamad Hasan"
    r"Samdech(?:\s+(?:" + "|".join(SAMDECH_WORDS) + r"))*|"  # "Samdech Akka Moha Sena Padei Techo Hun Sen"
    r"(?:Deputy\s+|Assistant\s+)?Chief{chief})\s+"
)
HONORIFICS = re.compile(HONORIFIC_FORMS.format(chief=CHIEF_BEFORE_NAME))
HONORIFIC_WORDS = frozenset(re.findall(r"[A-Z][A-Za-z]*", HONORIFIC_FORMS.format(chief="")))  # every capitalised word an honorific can open with
LEADING_LETTERS = re.compile(r"[A-Za-z]*")
HONORIFIC_HINT = re.compile(r"(?:Sheikh|Sheikha|Shaikh|Dr\.|Mr\.|Mrs\.|Ms\.|General|Admiral|Colonel|Major|H\.\s?E\.|Excellency|Highness|Majesty|Rev\.|Bishop|Rabbi|Imam)")
TITLE_WORDS_IN_NAME = {"President", "Minister", "Secretary", "Ambassador", "Assembly", "Council", "Staff", "Member"}
# portfolio words that never begin a name ("Deputy Minister of Science and Technology ...")
PORTFOLIO_NOUNS = {"Science", "Technology", "Trade", "Industry", "Energy", "Education", "Culture", "Finance", "Defence",
                   "Defense", "Justice", "Agriculture", "Economy", "Innovation", "Tourism", "Transport", "Labour", "Labor", "Food", "Welfare"}
LEADING_HONORIFICS = re.compile(r"(?:" + HONORIFICS.pattern + r")+")
PARLIAMENT_NAMES = ("Khural", "Hural", "Majlis", "Mejlis", "Majilis", "Kenesh", "Jirga", "Sejm", "Knesset", "Rada", "Storting", "Riksdag", "Maslakhaty",
                    "Gengesh")
# a parliament's own name ends a name as a body's word does: "Speaker of the State Great Khural"
STOP_WORDS = {
    "Cabinet", "Officials", "Governors", "Leaders", "Leader", "Speaker", "Executives", "Members", "Mayors", "Stakeholders",
    "Diplomats", "Ambassadors", "Representatives", "Experts", "Students", "Veterans", "Youth",
    "Dear", "Esteemed", "Colleagues", "Friends", "Ladies", "Gentlemen", "Excellency", "Excellencies", "Majesty", "Highness", "Holiness",
    "On", "The", "In", "At", "During", "As", "And", "With", "For", "From", "To", "Of", "A", "An", "This", "That", "It",
    "His", "Her", "Their", "Our", "We", "They", "He", "She", "I", "You", "Today", "Yesterday", "Tomorrow", "Also",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Federation", "Republic", "Kingdom", "Empire", "State", "States", "Ministry", "Government", "Council", "Office", "Affairs",
    "Foreign", "Minister", "President", "Prime", "Secretary", "General", "Deputy", "Chairman", "Ambassador",
    "Read", "Full", "Video", "Photo", "Photos", "Key", "Talking", "Points", "Summit", "Meeting", "Session", "Mr", "Ms",
    "Call", "Calls", "Meeting", "Meetings", "Trip", "Visit", "Travel", "Participation", "Remarks", "Statement",
    "Conversation", "Discussion", "Engagement", "Readout", "Delegation", "Virtual", "Bilateral", "Trilateral",
    "Joint", "Launch", "Event", "Pull-Aside", "Phone", "Telephone", "Talks", "Dinner", "Lunch", "Breakfast",
    "Administration", "Commission", "Union", "Assembly", "Parliament", "Duma", "Senate", "Congress", "Committee", "Embassy",
    "Following", "Regarding", "Concerning", "Ahead", "Amid", "After", "Before", "Prior", "Marking", "Under", "Between", "Against",
    "Convening", "Roundtable", "Forum", "Conference", "Retreat", "Reception", "Ceremony", "Briefing", "Dialogue", "Listening",
    "Presidential", "Ministerial", "Federal", "National", "Regional", "Provincial", "Municipal", "Autonomous", "People", "Convene", "Convenes", "Who", "Groups",
    # a title-case headline's verbs: "Grigory Karasin Speaks to ...", "President Obama Meets with ..."
    "Meets", "Speaks", "Holds", "Hosts", "Receives", "Visits", "Welcomes", "Discusses", "Signs", "Attends", "Joins",
    "Congratulates", "Travels", "Arrives", "Addresses", "Telephones", "Phones", "Says", "Tells", "Urges", "Thanks",
    "Participates", "Chairs", "Leads", "Delivers", "Announces", "Launches", "Opens", "Concludes", "Condemns", "Calls",
    "Makes", "Sends", "Extends", "Expresses", "Offers", "Pays", "Gives", "Emphasizes", "Emphasises", "Stresses", "Underscores",
    "Presents", "Presented", "Met", "Held", "Visited", "Received", "Signed", "Attended", "Discussed", "Hosted", "Welcomed",
    "Congratulated", "Addressed", "Chaired", "Paid", "Sent", "Expressed", "Spoke", "Took", "Joined", "Witness", "Witnesses", "Witnessed",
    "Presides", "Presided", "Oversees", "Co-Chairs", "Co-chairs", "Hails", "Lauds", "Reaffirms", "Highlights", "Conveys", "Commends",
    "Hold", "Meet", "Discuss", "Sign", "Receive", "Issue", "Issues", "Extraordinary", "Plenipotentiary",
    "Opening", "Closing", "Keynote", "Welcoming", "Introductory", "Concluding", "Councils", "Committees", "Commissions", "Elders", "Scholars",
    *PARLIAMENT_NAMES,
    "Reiterates", "Affirms", "Inaugurates", "Unveils", "Briefs", "Assumes", "Accepts", "Appoints", "Bids", "Seeks", "Backs", "Vows",
    "By", "Announcing", "Letter", "Embark", "Embarks", "Extend", "Tackle", "Tackles", "Mull", "Mulls", "Eye", "Eyes", "Weigh", "Weighs", "Hail", "Laud", "Urge", "Vow", "Slam", "Slams", "Denounce",
    "Denounces", "Reject", "Rejects", "Voice", "Voices", "Boost", "Boosts", "Bolster", "Bolsters", "Strengthen", "Strengthens", "Deepen",
    "Deepens", "Expand", "Expands", "Enhance", "Enhances", "First", "Begins", "Starts", "Spox", "Middle", "Confers", "About", "Send", "Condolences", "Mourns", "Mourn", "Condoles", "Praises", "Salutes", "Describes",
    "Had", "Has", "Have", "Written", "Agree", "Agrees", "Agreed", "Review", "Reviews", "Explore", "Explores", "Pledge", "Pledges",
    "Inks", "Seal", "Seals", "Exchange", "Exchanges", "Stress", "Underline", "Underlines", "Invited", "Invites", "Leaves", "Departs",
    "Parliamentary", "Diplomacy",
}
DOCTOR_BEFORE = re.compile(r"\b(?:Dr\.?|Mr\.?|H\.E\.)\s+$")
REGION_AFTER_CITY = re.compile(r",\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})(?=,)")
TITLE_ASIDE = re.compile(r"[ \t]*\([A-Z][\w ,.&/-]{0,30}\)")  # "Secretary (West) of the Ministry of External Affairs"
BODY_STOPS = {"Conference", "Forum", "Council", "Committee", "Commission", "Assembly", "Parliament", "Duma", "Senate", "Congress",
              "Union", "Ministry", "Government", "Office", "Embassy", "Administration", "Roundtable", "Convening", "Summit",
              "Federation", "Diplomats", "Leaders", "Veterans", "Students", "Experts", "Friends", "Governors", "Mayors", *PARLIAMENT_NAMES}
# "the Council of Young Diplomats", "Speaker of the State Great Khural"
INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "R.", "A.M.M.": a name's initials, not an acronym
NAME_END = re.compile(r"[’']s\b|[,;:()\[\]“”\"–—*]|(?<![A-Z])(?<!\b[KZ]h)(?<!\bTs)\.(?=\s|$)")  # (not "Kh. Battulga")
MEDIA_ACRONYMS = {"RIA", "TASS", "RT", "CNN", "BBC", "NBC", "CBS", "ABC", "AFP", "AP", "NHK", "CGTN", "CCTV", "VGTRK", "NTV", "RBC", "TRT", "IRNA", "WAM", "SPA", "KUNA", "ANI", "PTI"}
POST_NOMINALS = {"MD", "DO", "PhD", "DNP", "RN", "MSN", "BSN", "FAAN", "NP", "APRN", "MPH", "DrPH", "JD", "EdD", "MBA", "MSW", "LCSW",
                 "DDS", "DMD", "CPA", "FACP", "FACS", "OBE", "CBE", "KBE", "MBE", "QC", "KC"}  # degrees and honours after a name
SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)(?=[\s,.;:]|$)")
TITLE_TAIL = ("Designate", "Designee", "Elect", "elect")  # a title's last word, before the name ("Leader Designate", "Mayor-elect")
ORG_NOUNS = {"Party", "Front", "Movement", "Authority", "Agency", "Organization", "Organisation", "Bureau", "Service",
             "Forces", "Army", "Bank", "Fund", "Institute", "University", "Centre", "Center", "Foundation",
             "Corporation", "Department", "Directorate", "Coalition", "Alliance", "Group", "Company", "Companies"}
LEADING_COMMA = re.compile(r"[ \t]*,?[ \t]*")
TOKEN = re.compile(r"[^\s]+")
NEXT_WORD = re.compile(r" ([A-Z][a-z]+)")
POSSESSIVE_GAP = re.compile(r"(?:[’']s)? $")
OF_THE_AT = re.compile(r"\s+of\s+(?:[Tt]he\s+)?")  # "Prime Minister Phillip Davis of The Bahamas"
ELECT = re.compile(r"-(?:elect|designate|in-Office)\b", re.I)
INTERIM = re.compile(r"\s+(?:ad interim|a\.\s?i\.)")
SPACE_RUN = re.compile(r"\s+")
TITLE_ENDS_LINKED = re.compile(r"\b(?:of|for)(?:\s+the)?\s*$")
SPACES = re.compile(r"\s*")
DANGLING = re.compile(r",\s*and\s*$|[\s,]+$")  # a run's closing ", and", which opens the next item
ROLE_HEAD = re.compile(r"(?:(?:Deputy|Vice|Acting|Senior|Chief|Principal|Special|Executive|First|Under|Assistant|National|Permanent)[\s-]+)*"
                       r"(?:Chief|Director|Advis[eo]r|Head|Secretary|Minister|Ambassador|Envoy|Representative|Chair\w*|President|"
                       r"Commissioner|Coordinator|Counselor|Counsellor|Governor|Mayor|Spokes\w+|Leader|Member|Administrator|Officer|"
                       r"Premier|Chancellor|Founder|CEO)\b")
OWNER_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?#?$")
TITLE_RUN = re.compile(r"(?:\s+(?:of|for|to|and|the|[A-Z][\w’'-]*),?)*\s+#?")  # a title's words up to its state
LINK = re.compile(r"\s+(?:of|for|to|in|at)\s+(?:the\s+)?#?")
PORTFOLIO_RUN = re.compile(r"(?:(?:[A-Z][\w-]*|and|of|on|the|,)\s*)+")
PORTFOLIO_WORD = re.compile(r"[A-Z][\w-]*|and|of|on|the|,")
ADJECTIVE_AFFAIRS = re.compile(r"(?:,?\s+(?:and\s+)?[A-Z][\w-]*){0,3}\s+Affairs\b")  # "Indian Affairs", "Chinese and Taiwan Affairs"
NAME_AFTER_COMMA = re.compile(r",\s*(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]+){1,3})\s*(?:,|\.|$)")  # ", Gert Jan Koopman," after a portfolio
# literal first characters (the engine skips to them); no break after "Jr." or an initial ("Joseph R. Biden, Jr. and ...")
CLAUSE_BREAK = re.compile(r"\.(?<!Jr\.)(?<!Sr\.)(?<![A-Z]\.)\s|;\s|\n|met\b(?<=\bmet)|with\b(?<=\bwith)")  # (a headline is a clause of its own)
BODY_END = {"Affairs", "Relations", "Policy", "Cooperation", "Development", "Department", "Office", "Council", "Service",
            "Agency", "Administration", "Commission", "Committee", "Ministry", "Directorate", "Bureau", "Division",
            "Engagement", "Operations", "Management", "Resources", "Communications", "Secretariat", "Staff",
            "Advisers", "Advisors", "Prevention", "Strategy", "Security", "Caucus", "Leadership", "Counsel", "Services",
            "Agreement", "Treaty", "Memorandum", "Accord", "Protocol", "Charter", "Declaration", "Board", "Presidium"}  # "General Cooperation Agreement"
MEDIA_ROLE = re.compile(r"\b(?:presenter|host|journalist|correspondent|anchor|editor|reporter|columnist|interviewer|commentator)\b", re.I)
MENTIONED_AFTER = re.compile(
    r"\s+(?:provided|issued|released|gave)\s+the\s+following\b|"  # "Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout:"
    r"\s+announced\s+on\s+(?:[A-Z][a-z]+\s+\d|\d)|"  # "two new Governors that President Biden announced on February 9, 2023 will join": an act of another day
    r"-(?:Harris|Pence|Vance)\b|\s+(?:Administration|administration|era|Doctrine|doctrine)\b|"  # "the Biden Administration", "Biden-Harris officials"
    r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w-]*[’']s\s+(?:\w+\s+)?(?:directive|guidance|instructions?|decision|commitment|vision|agenda|consensus|mandate)\b|"
    # "President Biden and President Xi’s directive to deepen bilateral discussions": the pair's charge, not their presence
    r"[’']s\s+(?:(?:Special|Senior|Chief|Deputy|Principal|Personal)\s+)?(?:Advis[eo]r|Envoy|Coordinator|Representative|Counselor|Spokesperson|Secretary of State|Chief of Staff)\b|"  # "President Biden’s Special Advisor
    # for the Americas Christopher Dodd", "Trump's Secretary of State Rubio": his aide
    r"[’']s\s+(?:(?:\w+\s+){0,2}(?:visit|trip)\b[^.;]{0,60}\b(?:scheduled|planned|upcoming|will|next|expected|later|soon|coming)\b"
    r"|(?:\w+\s+){0,1}(?:commitment|support|behalf|invitation|instructions?|decision|policy|administration|position|death|passing|demise|funeral|"
    r"guidance|mandate|consensus)\b"
    # "President Biden's historic Investing in America agenda", "... January 27 executive order": his programme, not him
    r"|(?:(?!with\b|and\b)[\w-]+\s+(?:and\s+)?){0,4}(?:agenda|executive orders?|memorand(?:um|a)|proclamations?|investments?|charge|budget|legacy|vision|initiative|strategy|plan|priorities|"
    r"directive|pledge|tenure|term|work|efforts|laws?|act|legislation|bill|leadership|progress|record|reforms?|achievements|accomplishments|goals?|approach|actions|war|aggression|invasion|disruptions?|regime|forces|troops)\b)", re.I)  # "over the remainder of President Biden’s term"
NAME_COMMA_TITLE = re.compile(r"((?:[A-Z][\w’'.-]+[ \t]+(?:(?:bin|ibn|al|el|de|da|del|dos|van|von)[ \t]+)?){0,4}[A-Z][\w’'.-]+),\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){1,3}(?:to|of)\s+(?:the\s+)?|(?:[A-Z][\w-]*[ \t]+){1,4})?$")
NAME_PARTICLES = re.compile(r"(?:\s+(?:de|del|de la|da|dos|van|von|bin|ibn|al|el)\s+[A-Z][\w’'-]+)+\b")
PLURAL_TITLE = re.compile(r"(?:Ministers|Representatives|Ambassadors|Presidents|Leaders|Secretaries|Envoys|Advisors|Advisers|Co-Chairs|Co-Facilitators|Heads|"
                          r"Senators|Governors|Mayors|Congressmen|Congresswomen|Congressmembers|Delegates|Directors|Commissioners|Administrators|Members)\b")
NAME_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
COUNTRY_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
NAMED_BODY = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,4}(?:Council|Committee|Commission|Ministry|Department|Office|Agency|Service|Directorate|Bureau|Secretariat|Parliament|Assembly|Armed Forces|Forces|Army|Navy|Air Force|Staff|Guard|Mission|Embassy|Delegation|Consulate General|Consulate|Representation)\b")
BODY_SEAT = re.compile(r"\s+(?:to|in|at)\s+(?:the\s+)?")  # "... of the Russian Mission to the EU Kirill Logvinov"
REMIT = re.compile(r",?\s+(?:responsible|in charge)\s+(?:for|of)\s+[^.;:()\n]{1,140}?(?=\s+of\s)")
REMIT_ASIDE = re.compile(r"\s+(?:on|for)\s+(?:the\s+)?[a-z][^,.;:()\n]{2,80},\s(?=[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,)")
STYLE_AFTER_TITLE = re.compile(r",?\s+(?:(?:His|Her)\s+(?:Excellency|Majesty|Royal Highness|Highness)|H\.\s?E\.(?:\s+(?:Mr|Ms|Mrs|Dr)\.?)?|"
                               r"(?:(?:Lt|Maj|Brig|Vice|Rear)\.?\s+)?(?:Gen|Adm|Col|Capt|Cmdr)\.),?\s")  # "... Armed Forces Gen. Valerii Zaluzhnyi"
ASIDE = re.compile(r"\s*\([^()\n]{1,60}\)")
CALENDAR_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "May", "June", "April", "August"}
EARLIER_MEETING_BETWEEN = (r"\b(?:recent|previous|earlier|last|past|(?:through|toward|towards|for|of|ahead of)\s+an?|follow(?:ing|ed|s)?[ -]up on\s+(?:the|their))\s+"
                           r"(?:[\w’'-]+\s+){0,2}(?:summit|meeting|call|talks|conversation|visit)s?\s+between\b")
# "the recent summit meeting between Russian President Putin and DPRK leader Kim", "to follow up on the Woodside Summit between
# President Biden and President Xi", "including through a call between President Biden and President Xi": another event, past
# or still to come, its people and states no party
NON_PARTICIPANT = re.compile(
    r"(?:death|passing(?: away)?|memory|funeral|assassination|killing|murder|loss) of|\b(?:attempt|attack|assault)s? on\b|"
    r"\battempt on the life of|\b(?:funeral|memorial service|burial) for|\blate\b|predecessor|"
    r"(?:prepar\w+ for|upcoming|forthcoming|planned|future) (?:\w+ ){0,3}visit|\bwill visit|"
    r"on behalf of|\bas (?:a |the )?(?:special |personal )?(?:envoy|representative|emissary) of\b|\bnamed after|\bportrait of|\bmonument to|\bprepar(?!edness)\w+ (?:for|of)\b|"
    r"(?-i:\b[A-Z][\w-]+ under (?:[A-Z][\w.-]*\s+){0,4}$)|"  # "France under President Macron": the state's ruler, not a party
    r"\b(?:decision|directive|decree|instructions?|orders?|proposal|vision)\s+(?:by|of|from)\s+(?:the\s+)?|"  # "the decision by President Biden ... to establish"
    r"\b(?:announced|launched|unveiled|established|founded|created|initiated) by\b|"  # "the Network announced by President Joe Biden, ... in November 2023"
    r"\b(?:re-?)?election of\b|"  # "the historic election of President-elect Claudia Sheinbaum"
    r"\bmourn(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:late|former)\s+)?(?:[A-Z][\w.-]*\s+){0,3}$|\bcondolences?\s+(?:on|over)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$|"
    r"\bremember(?:s|ed)?\b|"  # "Mnangagwa Mourns Geingob", "Condolences On Queen Elizabeth's Death", "We ... fondly remember President Geingob"
    r"\bin response to\s+(?:the\s+)?$|\boverseen by\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$|"  # "hosted 30 local leaders ... in response to the Vice President urging states to ..."
    r"\bbuilding on\s+(?:the|their|his|her)\s+(?:[\w-]+\s+){0,3}(?:summit|meeting|call|talks|conversation|visit)s?\s+(?:between|with|of)\b|"  # "building on the Summit between President Biden and President Xi"
    + EARLIER_MEETING_BETWEEN,
    re.I,
)
READOUT_AUTHOR = re.compile(r"(?:^|\n)\W*(?:(?:Joint\s+)?Readout|Below is (?:a|the) readout)\s+(?:from|by)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,6}$|"
                            r"\bthe following readout (?:from|by)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,4}$")  # "... issued the following readout by
# spokesperson Matthew Miller on ..."
# (or "Below is a readout from White House Press Secretary Robert Gibbs:")
NON_PARTICIPANT_STEMS = ("death", "passing", "memory", "funeral", "assassination", "killing", "murder", "loss", "attempt",
                         "attack", "assault", "burial", "memorial", "late", "predecessor", "prepar", "upcoming", "forthcoming",
                         "planned", "future", "will visit", "on behalf", "envoy", "representative", "emissary", "named after",
                         "portrait", "monument", " under ", "decision", "directive", "decree", "instruction", "order", "proposal", "vision", "building on",
                         "between", "election of", "mourn", "remember", "condolence", "in response to", "overseen by", "announced by", "launched by", "unveiled by", "established by", "founded by", "created by", "initiated by")  # one stands in every alternative of NON_PARTICIPANT
NON_PARTICIPANT_STEMS_AC = word_automaton(list(NON_PARTICIPANT_STEMS))
OTHER_EVENT = re.compile(r"\b(?:briefed|informed|updated)\b[^.;]*\b(?:on|about)\s+(?:his|her|their|its|the)\s+(?:recent\s+|earlier\s+|previous\s+)?(?:\w+\s+)?(?:call|conversation|meeting|talks|visit)\s+with\s+[^.;,]*$", re.I)
PRIOR_EVENT_NOUN = r"(?:call|conversation|meeting|talks|visit|summit|discussion)s?\b"
PRIOR_EVENT_WITH = re.compile(r"(?:(?:^|[.!?]\s+|\n)\W*(?:Following|After|Building on)\s+[^,.;\n]{0,120}?|\s(?:following|after)\s+(?:the|their|his|her|its)\s+(?:(?:recent|previous|earlier|last|latest)\b|"
                              r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|\d{1,2}\s+[A-Z][a-z]+\b)"
                              r"[^,.;\n]{0,40}?)\b" + PRIOR_EVENT_NOUN + r"\s+(?:with|between)\b[^,;\n]{0,150}$")
# (or in the sentence's course, an earlier one: "... to discuss next steps following the October 16 call between President Trump and
# President Putin"; not "documents were signed following the talks between ...", the signing's own talks)
PRIOR_EVENT_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)\W*(?:Following|After|Building on)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$")
EARLIER_THAT_DAY = re.compile(r"(?:^\s*|[.!?]\s+|\n\s*)Earlier(?: (?:today|in the day|that day|on \w+))?,\s+[^.;\n]{0,160}$")
EARLIER_SETTING = re.compile(r"\b(?:At|During) the (?:initial|previous|earlier|prior|inaugural|first|last) (?:convening|meeting|session|summit|call|"
                             r"roundtable|gathering|conference),\s+[^.;\n]{0,80}$")
PRIOR_EVENT_OF = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}" + PRIOR_EVENT_NOUN)
NAMED_PLACE_AFTER = re.compile(r"\s+(?:International\s+)?(?:Airport|University|Avenue|Street|Square|Boulevard|Stadium|Library|Museum|Bridge|Prize|Award)\b")
PREPARING = re.compile(r"\b(?:prepar\w+|ahead of|in advance of)\b[^.;]{0,80}$", re.I)
VISIT_OF_NAME = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\b")
LATER_MEETING = re.compile(r"\b(?:prepar\w+ for|ahead of|in advance of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’']+\s+){0,3}(?:meeting|visit|summit|talks|call|trip)(?:\s+[\w’']+){0,4}\s+with\s+[^.;,]*$", re.I)
TITLE_JOIN = re.compile(r"^\s*(?:and|–|-|—|,)\s*$")
MODIFIERS = re.compile(r"(?:(?:First|Acting|Interim|Deputy|Vice|Senior|Chief|Special|Assistant|Under|Incoming|Outgoing|Executive|Permanent|Former|Newly[- ]elected)\s+)+$")


@dataclass
class PersonMention:
    name: str
    start: int
    end: int
    role: str | None = None
    role_span: tuple[int, int] | None = None
    country: str | None = None
    country_span: tuple[int, int] | None = None
    wikidata: str | None = None
    registry: object = None
    org: str | None = None  # the organisation whose office the person holds
    evidence: list[tuple[int, int]] = field(default_factory=list)
    state_assumed: bool = False  # the publisher's state, for want of one the post gives

    @property
    def key(self) -> str:
        if self.registry is not None:
            return "reg:" + self.registry.name
        return name_key(self.name)


def read_name(text: str, pos: int, doc: Document, blocked: set[int]) -> tuple[str, int, int] | None:
    """The name that starts at ``pos`` (after an optional comma and honorifics), if any."""
    m = LEADING_COMMA.match(text, pos)
    pos = m.end()
    while (h := HONORIFICS.match(text, pos)):
        pos = h.end()
    start = pos
    tokens: list[str] = []
    end = pos
    line_end = text.find("\n", pos, pos + 120)
    skip_to = -1
    for tm in TOKEN.finditer(text[pos: line_end if line_end >= 0 else pos + 120]):
        token = tm.group()
        t_start = pos + tm.start()
        if t_start in blocked:
            break
        if t_start < skip_to:
            continue
        if tokens and LEADING_LETTERS.match(token)[0] in HONORIFIC_WORDS and token not in ("Haji", "Hajji") and (
                h := HONORIFICS.match(text, t_start)) and text[h.end(): h.end() + 1].isupper():  # ("Muhyiddin bin Haji Mohd Yassin": a name's own word)
            tokens, start, skip_to = [], h.end(), h.end()  # "U.S. Southern Command Rear Admiral Thomas Allan": the rank opens the name
            continue
        if tokens and token[0] in "“\"" and NICKNAME.fullmatch(token) and _capitalised_next(text, t_start + len(token)):
            continue  # "Joko “Jokowi” Widodo", 'Ferdinand R. "Bongbong" Marcos': the nickname is not written into the name
        cut = NAME_END.search(token)
        word = token[: cut.start()] if cut else token
        if not word:
            break
        if not (word[0].isupper() or word in CONNECTORS or word.startswith(("al-", "el-", "bin-"))):
            break
        if tokens and (word in ORG_NOUNS or word in BODY_END) and _capitalised_next(text, t_start + len(token)):
            tokens, start = [], t_start + len(token) + 1  # "the Appalachian Regional Commission Gayle Manchin"
            continue
        if not tokens and word in PORTFOLIO_NOUNS:
            break
        if not tokens and word in TITLE_TAIL:
            start = t_start + len(token) + 1  # "House Democratic Leader Designate Fentrice Driskell"
            continue
        if word in STOP_WORDS and not (not tokens and word in CALENDAR_WORDS and not cut and _capitalised_next(text, t_start + len(token))) and not (
                not tokens and word == "May" and t_start == pos and SURNAME_MAY.match(text, t_start + 3)):  # "Prime Minister May in ..."
            if tokens and word in BODY_STOPS:
                return None  # "the Italian Episcopal Conference": a body's name
            break
        if any(ch.isdigit() for ch in word) or (tokens and (word in POST_NOMINALS or word in MEDIA_ACRONYMS)):
            break  # "Colonel Dr. Kathy Spangler DNP, RN", "Ambassador N.V.Korchunov RIA Novosti"
        if word in ORG_NOUNS or (len(word) > 1 and word.isupper() and not INITIALS.fullmatch(word) and not tokens and _capitalised_next(text, t_start + len(token))):
            tokens, start = [], t_start + len(token) + 1  # "the National Unity Party Benny Gantz", "PLO Hussein al-Sheikh"
            continue
        tokens.append(word)
        end = t_start + len(word)
        if cut or sum(t not in CONNECTORS for t in tokens) >= 6:
            break  # "Mohammed bin Abdulrahman bin Jassim Al Thani": particles do not count
    if tokens and (suffix := SUFFIX.match(text, end)):
        end = suffix.end()
        tokens.append(suffix.group().strip(" ,"))
    while tokens and tokens[-1] in CONNECTORS:  # "Mohammed bin" cut short; "Liu Bin" is a name
        tokens.pop()
        end = start + len(" ".join(tokens))
    for k in (2, 1) if len(tokens) >= 3 else ():  # "... Governor Austin Davis Minnesota Lieutenant Governor Peggy Flanagan": the next item's state
        if len(tokens) - k >= 2 and " ".join(tokens[-k:]) in doc.kb.subdivisions and _capitalised_next(text, end):
            tokens = tokens[:-k]
            end = start + len(" ".join(tokens))
            break
    if not tokens or all(len(t.rstrip(".")) <= 1 for t in tokens) or (len(tokens) == 1 and COURTESY.fullmatch(tokens[0] + " ")):
        return None  # an initial, or a courtesy title alone ("... Director of the National Hurricane Center Dr. ...")
    if text.startswith(("’s ", "'s "), end) and (owned := NEXT_WORD.match(text, end + 2)) and (
            owned.group(1) in ORG_NOUNS or owned.group(1) in BODY_END):
        return None  # "the Department of Labor Women’s Bureau": a body's name, not a person's
    name = text[start:end]
    if "“" in name or '"' in name:
        name = QUOTED_NICKNAME.sub("", name)
    if name in doc.kb.subdivisions:
        return None  # "Minnesota Governor Tim Walz": the state the title belongs to
    return name, start, end


NICKNAME = re.compile(r"[“\"][A-Z][\w’'-]+[”\"]")
QUOTED_NICKNAME = re.compile(r"\s+[“\"][A-Z][\w’'-]+[”\"](?=\s)")
SURNAME_MAY = re.compile(r"(?:[’']s\b|,?\s+(?:in|at|and|of|on|to|for|during|said|says|before|after)\b(?!\s+\d))")  # not "May 5", "May 2019"


def _capitalised_next(text: str, pos: int) -> bool:
    """A first name like "Monday" or "May" counts when a capitalised word follows it."""
    m = NEXT_WORD.match(text, pos)
    return bool(m) and m.group(1) not in STOP_WORDS


def _country_before(doc: Document, office: Mention, by_end: dict[int, Mention]) -> Mention | None:
    """"Russia's President", "Chinese President", "the Iranian Foreign Minister"."""
    text = doc.text
    left = text[max(0, office.start - 4): office.start]
    m = POSSESSIVE_GAP.search(left)
    if not m:
        return None
    cand = by_end.get(office.start - (len(left) - m.start()))
    if cand is not None and cand.kind in ("country", "adjective"):
        return cand
    if (mod := TITLE_MODIFIER_BEFORE.search(text, max(0, office.start - 30), office.start)) is not None:
        # "Indonesian Coordinating Minister": a word of rank between the state and the office
        cand = by_end.get(mod.start())
        if cand is not None and cand.kind in ("country", "adjective"):
            return cand
    return None


NOT_A_FIRST_NAME = PORTFOLIO_NOUNS | {"Economics", "Affairs", "Security", "Policy", "Development", "Relations", "Cooperation",
                                       "Communications", "Operations", "Strategy", "Planning", "Investment", "Court",
                                       "Office", "Bureau", "Agency", "Council", "Committee", "Commission", "Department", "Ministry",
                                       "Economic", "Mobility", "Opportunity", "Growth", "Conflict", "Conflicts", "Budget", "Management",
                                       "Services", "Resources", "Commerce", "Health", "Housing", "Veterans", "Interior", "Environment",
                                       "Climate", "Infrastructure", "Transportation", "Treasury", "Freedom", "Democracy", "Governance",
                                       "Rights", "Liberty", "Trafficking", "Resilience", "Intelligence", "Cybersecurity",
                                       "International", "Change", "Plan", "Rescue", "Act", "Program", "Programme", "Safety",
                                       "Recovery", "Restoration", "Enlargement", "Outreach", "Strategic", "Neighborhood", "Neighbourhood", "Public", "Unit",
                                       "Enforcement", "Market", "Markets", "Internal", "Pandemic", "Preparedness", "Readiness", "Response", "Emergency",
                                       "Families", "Children", "Income", "Maintenance", "Operational", "Support", "Peacekeeping", "Peacebuilding",
                                       "Humanitarian", "Political", "Disarmament", "Legal", "Broadcasting", "Customs"}  # and the UN's: "Department of Operational Support"
NOT_A_NAME_ENDING = re.compile(r"(?:tions?|ships?|ity|ities|ism|ology|ments|cted|ated|-speaking)$")
# "Implementation", "Partnerships", "Communities", "Equity"; "States Impacted by Severe Weather", "Related"


REGION_WORDS = {"Asia", "Africa", "Europe", "Oceania", "America", "Americas", "Hemisphere", "Pacific", "Atlantic", "Arctic", "Caribbean",
                "Balkans", "Caucasus", "Sahel", "Eurasia", "Gulf", "Mediterranean", "Flank", "Countries", "Nations", "Regions", "Territories"}  # "Senior Director for East Asia and Oceania"


def _portfolio_word(word: str) -> bool:
    """A word of a portfolio rather than of a name: "Economics", "Implementation"."""
    return word in NOT_A_FIRST_NAME or NOT_A_NAME_ENDING.search(word) is not None


TITLE_MODIFIER_BEFORE = re.compile(r"(?:’s|'s)?\s+(?:Coordinating|Senior|Chief|Principal|Special|Acting|Interim|First|Deputy|Vice)\s+$")
BODY_RUN = re.compile(r"(?:\s+(?:[A-Z][\w&’'-]*|of|and|the|for|&),?)+\s+$")
BODY_WORD = re.compile(r"\b(?:Department|Ministry|Office|Council|Agency|Commission|Secretariat|Service|Bureau|Directorate)\b")


def _body_state_before(doc: Document, t_start: int) -> Mention | None:
    """"Australian Department of Foreign Affairs and Trade Secretary Jan Adams": the state of the body
    whose office the title names."""
    if not BODY_WORD.search(doc.text, max(0, t_start - 90), t_start):
        return None
    for m in reversed(doc.mentions_in(Zone(max(0, t_start - 90), t_start), ("country", "adjective"))):
        gap = doc.text[m.end:t_start]
        if BODY_RUN.fullmatch(gap) and BODY_WORD.search(gap):
            return m
        break
    return None


def _extend_title(doc: Document, office: Mention, offices: list[Mention], i: int) -> tuple[int, int, str, int]:
    """Join "Deputy Prime Minister and Foreign Minister", "Crown Prince and Prime Minister" into one title."""
    text = doc.text
    start, end, j = office.start, office.end, i
    while j + 1 < len(offices) and TITLE_JOIN.match(text[end: offices[j + 1].start]):
        j += 1
        end = offices[j].end
    if (elect := ELECT.match(text, end, end + 12)):
        end = elect.end()
    if (interim := INTERIM.match(text, end, end + 14)):
        end = interim.end()  # "Chargé d'Affaires ad interim"
    mods = MODIFIERS.search(text[max(0, start - 60): start])
    if mods:
        start -= len(mods.group())
    return start, end, text[start:end], j


def name_stops(mentions) -> set[int]:
    """Where a name being read stops: at a state, a venue, an organisation or an office (a city's name
    can be a first name, "Santiago Peña", so cities do not end a name)."""
    return {m.start for m in mentions if m.kind in ("country", "adjective", "venue", "org", "office")}


OFFICE_OF = re.compile(r"\bOffice of (?:the )?$")


CLOCK_BEFORE = re.compile(r"\d:\d\d\s*$")  # "05:39 PM EST": the afternoon, not a Prime Minister


def find_people(doc: Document, zone: Zone, publisher: str | None) -> list[PersonMention]:
    """Every person named in ``zone``, with role and state where the text gives them."""
    text = doc.text
    mentions = doc.mentions_in(zone)
    if any(m.surface == "Sultan" for m in mentions):  # "Sultan bin Saad Al Muraikhi": a name, not a title
        mentions = [m for m in mentions if not (m.surface == "Sultan" and (text.startswith((" bin ", " ibn ", " Al ", " Al-"), m.end) or
                                                                             DOCTOR_BEFORE.search(text, max(0, m.start - 5), m.start)))]
        # (or "Dr. Sultan Al Rumaithi", "Sultan Al Jaber": a given name)
    by_start = {}
    for m in mentions:  # where a form is both a name and an adjective ("UAE"), the name wins
        if m.start not in by_start or m.kind == "country":
            by_start[m.start] = m
    by_end = {m.end: m for m in mentions}
    blocked = name_stops(mentions)
    offices = [m for m in mentions if m.kind == "office" and not (m.surface == "PM" and CLOCK_BEFORE.search(text, max(0, m.start - 8), m.start))]
    found: list[PersonMention] = []
    i = 0
    while i < len(offices):
        office = offices[i]
        t_start, t_end, title, i_last = _extend_title(doc, office, offices, i)
        joined, i = offices[i: i_last + 1], i_last + 1
        tail = _title_tail(doc, (aside.end() if (aside := TITLE_ASIDE.match(text, t_end)) else t_end), by_start,
                           sent_for=REMIT_TITLE.search(title) is not None)
        people = _people_after_title(doc, t_start, t_end, title, office, by_start, by_end, blocked, zone, tail)
        if len(people) == 1 and text[tail[0]: people[0].start].lstrip().startswith(",") and text.startswith(",", people[0].end) and \
                _titled_item_after(doc, people[0].end) and (person := _person_before_title(doc, t_start, t_end, title, office, by_start, zone)):
            people = [person]  # "Isabel Guzman, Administrator of the ..., Xavier Becerra, Secretary of ...": each name before its title
        if not people and (person := _person_before_title(doc, t_start, t_end, title, office, by_start, zone)):
            people = [person]
            if PLURAL_TITLE.search(title):  # "Gregory Jackson and Rob Wilcox, Special Assistants to the President"
                people = _names_listed_before(doc, person, zone) + people
        if TITLE_ENDS_LINKED.search(title) and tail[0] > t_end:  # "Director of the Office of" + "Public Engagement"
            for p in people:  # up to the name after it ("... of Management and Budget Shalanda Young"), else the portfolio's end
                end = p.start if tail[0] <= p.start < tail[0] + 40 else tail[0]
                p.role = _role(DANGLING.sub("", text[t_start: end]), office)
        if not people and OFFICE_OF.search(text, max(0, t_start - 16), t_start):
            continue  # "White House staff from the Office of the First Lady": her office, not her
        if not people and (person := _holder_named_elsewhere(doc, t_start, t_end, title, office, tail[1])):
            people = [person]
        if not people and publisher is not None and (t_start, t_end) == (joined[0].start, joined[-1].end) and text.endswith(
                ("the ", "The "), max(0, t_start - 4), t_start) and not _office_served(doc, t_start - 4, by_end):
            people = _named_further(doc, joined, tail[0])
        found += people
    for m in mentions:
        if m.kind == "person" and not any(p.start <= m.start < p.end for p in found) and not _longer_name_before(doc, m, by_end) and not (
                _longer_name_after(doc, m, by_start)):
            reg = m.value
            found.append(PersonMention(m.surface, m.start, m.end, country=reg.country, registry=reg, evidence=[(m.start, m.end)]))
    found += _honorific_names(doc, zone, found, by_start, blocked)
    found += _counterparts_with_roles(doc, zone, found)
    found += _counterparts_named(doc, zone, found, blocked)
    found += _taking_office(doc, zone, found)
    found += _described_names(doc, zone, found, blocked)
    found += _kin_named(doc, zone, found, blocked)
    found += _headline_guest(doc, zone, found, blocked)
    found += _headline_author(doc, zone, found, blocked)
    found += _header_byline(doc, zone, found)
    found += _names_with_state(doc, zone, found)
    found += _statistical_names(doc, zone, found, mentions, by_start)
    found = [p for p in found if not (p.registry is None and " " not in p.name and AGENCY_CREDIT.match(text, p.end))]
    for p in found:
        _resolve(doc, p, publisher)
    return found


AGENCY_CREDIT = re.compile(r",?[ \t]+(?:reports|reported|informs|informed)\b")  # "..., Trend reports.": a news agency, not a person


WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*\.?)[ \t]+$")


def _longer_name_before(doc: Document, m: Mention, by_end: dict) -> bool:
    """Whether a registered surname is the end of a longer name the registry does not hold: "Courtney
    B. Vance" is not Vice President Vance (a title, honorific or known word before it does not count)."""
    before = WORD_BEFORE.search(doc.text, max(0, m.start - 30), m.start) if " " not in m.surface else None
    if before is None or before.end(1) in by_end:
        return False
    word = before.group(1)
    if INITIALS.fullmatch(word) and len(word) == 2:
        return True  # "B."
    word = word.rstrip(".")
    return not (word in STOP_WORDS or word in HONORIFIC_WORDS or word in TITLE_WORDS_IN_NAME or word in CALENDAR_WORDS
                or doc.mentions_in(Zone(before.start(1), before.end(1))) or word.isupper() or not is_personal_name(f"{word} {m.surface}"))


NAME_GOES_ON = re.compile(r" (?:bin|ibn|bint|Al|al|Al-|al-)[ -]")  # "Khalid bin Khalifa" + " bin Abdul Aziz Al Thani": the written name is fuller
WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w’'-]*)")


def _longer_name_after(doc: Document, m: Mention, by_start: dict) -> bool:
    """Whether a registered one-word name is the start of a longer name the registry does not hold:
    "Petro Poroshenko" is not President Gustavo Petro (a known word or a calendar word after it does not count)."""
    if " " in m.surface or (after := WORD_AFTER.match(doc.text, m.end)) is None or after.start(1) in by_start:
        return False
    word = after.group(1)
    return not (word in STOP_WORDS or word in HONORIFIC_WORDS or word in TITLE_WORDS_IN_NAME or word in CALENDAR_WORDS
                or word in doc.kb.surnames or word in ("Jr", "Sr")) and is_personal_name(f"{m.surface} {word}")


NAME_BEFORE_BRACKET = re.compile(r"(?:^|(?<=[\s,;:]))(?P<name>[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|de|da|dos|bin|al|van|von|la|del)){1,4})[ \t]*\($")


def _names_with_state(doc: Document, zone: Zone, found: list[PersonMention]) -> list[PersonMention]:
    """"Oumar Diarra (Mali), Sasiwat Wongsinsawat (Thailand)": an untitled name its state, in brackets
    after it, vouches for, when it is no place or body and parses as a person's name (or, in a list
    of three or more such items, most of them do)."""
    text, out = doc.text, []
    for m in doc.mentions_in(zone, ("country",)):
        if text[m.start - 1: m.start] != "(" or text[m.end: m.end + 1] != ")":
            continue
        name = NAME_BEFORE_BRACKET.search(text, max(zone.start, m.start - 80), m.start)
        if name is None:
            continue
        start, end = name.span("name")
        tokens = name["name"].split()
        if any(p.start < end and start < p.end for p in [*found, *out]) or TITLE_WORD.search(name["name"]):
            continue
        if _plain_name(doc, tokens, start, end):
            out.append(PersonMention(name["name"], start, end, country=m.value, evidence=[(start, end), (m.start, m.end)]))
    personal = [is_personal_name(p.name) for p in out]
    if len(out) >= 3 and sum(personal) * 2 >= len(out):
        return out  # a list of such items: most parse as names, so all are ("Oumar Diarra (Mali)")
    return [p for p, is_person in zip(out, personal) if is_person]


OFFICE_BEFORE_GENERAL = re.compile(r"\b(?:Secretary|Attorney|Director|Governor|Procurator|Solicitor|Surgeon|Inspector|Consul|Auditor|Comptroller)[ -]$")
HONORIFIC_START = re.compile(r"(?<![\w.])(?=(?:" + HONORIFICS.pattern + r"))")


def _honorific_names(doc: Document, zone: Zone, found: list[PersonMention], by_start: dict, blocked: set[int]) -> list[PersonMention]:
    """A name an honorific introduces, with no office: "met with Sheikh Tahnoun bin Zayed Al Nahyan",
    "Major General Ghassan Alian of Israel"."""
    text, extra = doc.text, []
    if not HONORIFIC_HINT.search(text, zone.start, zone.end):
        return extra
    for h in HONORIFIC_START.finditer(text, zone.start, zone.end):
        if any(p.start - 40 <= h.start() < p.end for p in found + extra):
            continue  # the honorific of a name already read ("President Sheikh Mohamed ...")
        got = read_name(text, h.start(), doc, blocked)
        if got is None or got[1] >= zone.end or len(got[0].split()) < 2 or any(t in TITLE_WORDS_IN_NAME for t in got[0].split()) or (
                got[0].split()[-1] in BODY_END) or OFFICE_BEFORE_GENERAL.search(text, max(0, h.start() - 12), h.start()):
            continue  # (not "a General Cooperation Agreement", nor "Secretary General Underlines Importance Of ...", a title)
        person = PersonMention(got[0], got[1], got[2], evidence=[(h.start(), got[2])])
        after = OF_THE_AT.match(text, got[2])
        if after and (c := by_start.get(after.end())) and c.kind == "country":
            person.country, person.country_span = c.value, (c.start, c.end)
        extra.append(person)
    return extra


CLAUSE_TAIL = re.compile(r"(?:\s+(?:at|in)\s+the\s+[^,.;\n]{1,60})?")
WITH_NAME_BODY = re.compile(r"with(?<=\bwith)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+of\s+the\s+"
                            r"(?P<role>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,4})")
WITH_NAME_ROLE = re.compile(
    r"with(?<=\bwith)\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'.-]+|de|da|del|bin|al|van|von)){1,3}),\s+(?:the\s+)?"
    r"(?P<role>[A-Z][\w’'-]*(?:\s+(?:[\w’'-]+|#\w+)){0,12}?)(?=\s*[,.;]|\s+(?:to|on|in|at|and)\s+[a-z])")


def _counterparts_with_roles(doc: Document, zone: Zone, found: list[PersonMention]) -> list[PersonMention]:
    """"met today with Jacek Siewiera, Chief of the National Security Bureau of Poland": a name and a
    role the knowledge base does not know, the state at the role's end."""
    text, extra = doc.text, []
    for m in WITH_NAME_BODY.finditer(text, zone.start, zone.end):
        # "spoke today with Sayyid Munthir of the Omani Royal Office": a name and a body of a state
        n_start, n_end = m.span("name")
        adjective = next((c for c in doc.mentions_in(Zone(*m.span("role")), ("adjective", "country"))
                          if c.start == m.start("role")), None)
        if adjective is None or any(p.start < n_end and n_start < p.end for p in found) or not _plain_name(
                doc, m.group("name").split(), n_start, n_end):
            continue
        extra.append(PersonMention(m.group("name"), n_start, n_end, role=m.group("role"), role_span=m.span("role"),
                                   evidence=[(n_start, m.end("role"))], country=adjective.value,
                                   country_span=(adjective.start, adjective.end)))
    if ", " not in text[zone.start:zone.end]:
        return extra
    for m in WITH_NAME_ROLE.finditer(text, zone.start, zone.end):
        n_start, n_end = m.span("name")
        name = m.group("name")
        if any(p.start < n_end and n_start < p.end for p in found) or not _plain_name(doc, name.split(), n_start, n_end):
            continue
        role = m.group("role")
        if not ROLE_HEAD.match(role):
            continue  # a role begins with an office word: "Chief", "Director", "Advisor", "Head" ...
        person = PersonMention(name, n_start, n_end, role=role, role_span=m.span("role"), evidence=[(n_start, m.end("role"))])
        tail = CLAUSE_TAIL.match(text, m.end("role"))  # "..., Permanent Under-Secretary of State at the Danish Prime Minister's Office"
        for c in doc.mentions_in(Zone(m.start("role"), tail.end()), ("country", "adjective")):
            person.country, person.country_span = c.value, (c.start, c.end)
            break
        extra.append(person)
    return extra


def _counterparts_named(doc: Document, zone: Zone, found: list[PersonMention], blocked: set[int]) -> list[PersonMention]:
    """"held talks with his US counterpart Barack Obama", "his counterpart from Brazil, Mauro Vieira":
    a name no title or registry gives, its state from the words before it."""
    text, extra = doc.text, []
    at = text.find("counterpart", zone.start, zone.end)
    while at >= 0:
        m = next((c for c in COUNTERPART.finditer(text, max(zone.start, at - 40), min(zone.end, at + 80)) if c.start("word") == at), None)
        if m is not None and not any(p.start <= m.end() < p.end for p in found):
            if (got := _name_at(doc, m.end(), zone, blocked)) is not None:
                state = next((c for c in doc.mentions_in(Zone(m.start(), m.end()), ("country", "adjective"))), None)
                own = max((p for p in found if p.end <= m.start() and p.role), key=lambda p: p.end, default=None)
                extra.append(PersonMention(got[0], got[1], got[2], role=own.role if own else None, evidence=[(m.start(), got[2])],
                                           country=state.value if state else None, country_span=(state.start, state.end) if state else None))
        at = text.find("counterpart", at + 11, zone.end)
    return extra


def _name_at(doc: Document, pos: int, zone: Zone, blocked: set[int]) -> tuple[str, int, int] | None:
    """The name that starts right at ``pos`` (where a cue ends), inside the zone and a person's alone."""
    got = read_name(doc.text, pos, doc, blocked - {pos})
    if got is None or got[1] != pos or got[2] > zone.end or not _plain_name(doc, got[0].split(), got[1], got[2]):
        return None
    return got


COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?:[A-Z][\w.’'-]*\s+){0,2}(?P<word>counterpart)[ \t]*(?:from\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w’'-]*\s*,[ \t]*|,[ \t]*)?")  # (the name on its line)


def _described_names(doc: Document, zone: Zone, found: list[PersonMention], blocked: set[int]) -> list[PersonMention]:
    """"met today with actress and activist Nazanin Boniadi": a name a calling, not an office, introduces."""
    if not CALLING_WORDS.find_matches_as_indexes(doc.text[zone.start:zone.end]):
        return []
    return _names_after(doc, zone, found, blocked, CALLING, "calling", titled=True)


KIN = re.compile(r"and(?<=\band)\s+(?:his|her|their)\s+(?P<kin>husband|wife|spouse|partner|son|daughter|mother|father|brother|sister)\s*,?[ \t]*(?=[A-Z])")


def _kin_named(doc: Document, zone: Zone, found: list[PersonMention], blocked: set[int]) -> list[PersonMention]:
    """"met today with ... Masih Alinejad and her husband Kambiz Foroohar": the relative who came along
    (the pattern opens with a literal, so the engine skips to each "and")."""
    return _names_after(doc, zone, found, blocked, KIN, "kin", titled=False)


def _names_after(doc, zone, found, blocked, cue: re.Pattern, word: str, titled: bool) -> list[PersonMention]:
    """The names of two words or more that start where a match of ``cue`` ends and no one found holds;
    with ``titled``, the cue's ``word`` is the person's role."""
    extra = []
    for m in cue.finditer(doc.text, zone.start, zone.end):
        if any(p.start <= m.end() < p.end for p in found):
            continue
        if (got := _name_at(doc, m.end(), zone, blocked)) is not None and " " in got[0]:
            extra.append(PersonMention(got[0], got[1], got[2], role=m[word] if titled else None,
                                       role_span=m.span(word) if titled else None, evidence=[(m.start(word), got[2])]))
    return extra


HEADLINE_WITH = re.compile(r"\b(?:Call|Calls|Meeting|Meetings|Conversation|Conversations)\s+with\s+")
HEADLINE_AND = re.compile(r"[ \t]+and[ \t]+(?=[A-Z])")
HEADLINE_NAME_END = re.compile(r"[ \t]*(?:\n|$)|\s+and\s+the\s+[A-Z]")  # "... with Yulia Navalnaya", "... with Lin-Manuel Miranda and the Professional ... Coalition"


def _headline_guest(doc: Document, zone: Zone, found: list[PersonMention], blocked: set[int]) -> list[PersonMention]:
    """"Readout of Vice President Harris’s Call with Yulia Navalnaya": a headline's guest named alone,
    with no title, when the words read as a person's name."""
    text, head = doc.text, doc.headline
    if not (zone.start <= head.start < zone.end) or "with" not in text[head.start: head.end]:
        return []
    for m in HEADLINE_WITH.finditer(text, head.start, head.end):
        if any(p.start <= m.end() < p.end for p in found):
            continue
        got = _name_at(doc, m.end(), Zone(head.start, head.end), blocked)
        if got is None or " " not in got[0] or not is_personal_name(got[0]):
            continue
        if (link := HEADLINE_AND.match(text, got[2])) and (other := _name_at(doc, link.end(), Zone(head.start, head.end), blocked)) and (
                " " in other[0] and HEADLINE_NAME_END.match(text, other[2]) and is_personal_name(other[0])):
            # "Readout of President Biden’s Meeting with Yulia Navalnaya and Dasha Navalnaya"
            return [PersonMention(n, s, e, evidence=[(s, e)]) for n, s, e in (got, other)]
        if HEADLINE_NAME_END.match(text, got[2]):
            return [PersonMention(got[0], got[1], got[2], evidence=[(got[1], got[2])])]
    return []


HEADLINE_BY = re.compile(r"\b(?:[Ss]tatement|[Ss]peech|[Rr]emarks|[Aa]ddress|[Ii]nterview|[Aa]rticle|[Mm]essage|[Cc]omment|[Aa]nswers|[Ll]etter)\s+(?:by|of)\s+(?=[A-Z])")
HEADLINE_BY_WORDS = ("tatement", "peech", "emarks", "ddress", "nterview", "rticle", "essage", "omment", "nswers", "etter")
INITIALLED_NAME = re.compile(r"(?:[A-Z]\.\s?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?")  # "V.A.Nebenzi", "A. Kotov"
HEADLINE_NAME_GOES_ON = re.compile(r"[ \t]+(?:on|at|to|in|for|during|following|after|before|regarding|concerning|about|with)\b|[ \t]*[(,:–—-]|[ \t]*$")


def _headline_author(doc: Document, zone: Zone, found: list[PersonMention], blocked: set[int]) -> list[PersonMention]:
    """"Statement by V.A.Nebenzi on the vote ...", "Speech by Anatoly Kotov at ...": a headline's speaker named
    alone, with no title, when the words read as a person's name."""
    text, head = doc.text, doc.headline
    if not (zone.start <= head.start < zone.end):
        return []
    headline = text[head.start: head.end]
    if (" by " not in headline and " of " not in headline) or not any(w in headline for w in HEADLINE_BY_WORDS):
        return []
    m = HEADLINE_BY.search(text, head.start, head.end)
    if m is None or any(p.start <= m.end() < p.end for p in found):
        return []
    got = _name_at(doc, m.end(), Zone(head.start, head.end), blocked)
    if got is None or not HEADLINE_NAME_GOES_ON.match(text, got[2]) or not (
            INITIALLED_NAME.fullmatch(got[0]) or (2 <= len(got[0].split()) <= 4 and is_personal_name(got[0]))):
        return []
    return [PersonMention(got[0], got[1], got[2], evidence=[(m.start(), got[2])])]


def _header_byline(doc: Document, zone: Zone, found: list[PersonMention]) -> list[PersonMention]:
    """"Press Statement / Morgan Ortagus / Department Spokesperson": a release's author, named alone on a line
    of its header block and given an office on the next."""
    lines, text = doc.header_lines, doc.text
    for (s1, e1), (s2, e2) in zip(lines, lines[1:]):
        if not zone.start <= s1 < zone.end or any(p.start < e1 and s1 < p.end for p in found):
            continue
        tokens = text[s1:e1].split()
        if not 2 <= len(tokens) <= 4 or not all(t[:1].isupper() and not (t.isupper() and len(t) > 2) for t in tokens) or not _plain_name(doc, tokens, s1, e1):
            continue
        office = next(iter(doc.mentions_in(Zone(s2, e2), ("office",))), None)
        if office is not None and is_personal_name(text[s1:e1]):
            return [PersonMention(text[s1:e1], s1, e1, role=_role(text[office.start: office.end], office), role_span=(office.start, office.end),
                                  evidence=[(s1, e1)])]
    return []


CALLINGS = (r"(?:actress|actor|activist|author|journalist|artist|athlete|advocate|singer|musician|writer|poet|filmmaker|entrepreneur|philanthropist|"
            r"survivor|player|comedian|chef|producer|educator|researcher|scientist|economist|historian|student)")
CALLING_WORDS = word_automaton(CALLINGS[3:-1].split("|"))  # one in every CALLING match
CALLING = re.compile(r"(?:\b(?:with|by|featured|featuring)|;(?:\s+and)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<calling>" + CALLINGS + r"(?:\s+and\s+" + CALLINGS + r")?),?\s+(?=[A-Z])")
# "met with actress and activist Nazanin Boniadi", "...; Golden Globe Award-winning actress and singer, Taraji P. Henson; professional tennis player ..."


def _taking_office(doc: Document, zone: Zone, found: list[PersonMention]) -> list[PersonMention]:
    """"congratulated Peter Pellegrini on his election as President of Slovakia": a name the office
    it is taken up gives its role and state to."""
    text, extra = doc.text, []
    if " on h" not in text[zone.start:zone.end]:
        return extra
    for m in TAKING_OFFICE.finditer(text, zone.start, zone.end):
        named = NAME_BEFORE.search(text, max(zone.start, m.start() - 60), m.start())
        if named is None or any(p.start < named.end() and named.start() < p.end for p in found):
            continue
        tokens = named["name"].split()
        if not _plain_name(doc, tokens, *named.span("name")):
            continue
        state = next((c for c in doc.mentions_in(Zone(m.end("role"), min(zone.end, m.end("role") + 50)), ("country",))
                      if OF_STATE.fullmatch(text, m.end("role"), c.start)), None)  # "as President of Slovakia"
        person = PersonMention(named["name"], *named.span("name"), role=m["role"], role_span=m.span("role"),
                               evidence=[(named.start("name"), m.end("role"))])
        if state is not None:
            person.country, person.country_span = state.value, (state.start, state.end)
        extra.append(person)
    return extra


TAKING_OFFICE = re.compile(r"\s+on\s+(?:his|her)\s+(?:re-?election|election|inauguration|appointment|swearing-in|assumption of office|"
                           r"taking office|installation)\s+as\s+(?:the\s+)?(?P<role>[A-Za-z][\w -]{2,60}?)(?=\s+of\s)")
NAME_BEFORE = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|da|van|von|bin|al)){1,4})$")


def _statistical_names(doc: Document, zone: Zone, found: list[PersonMention], mentions, by_start) -> list[PersonMention]:
    """Names only the optional statistical finder saw, with the state an "of" clause gives."""
    extra = []
    for start, end in doc.name_spans:
        if not (zone.start <= start and end <= zone.end):
            continue
        if any(p.start < end and start < p.end for p in found) or any(
                m.start < end and start < m.end and m.kind != "person" for m in mentions):
            continue
        name = doc.text[start:end].strip()
        if len(name.split()) < 2:
            continue
        person = PersonMention(name, start, end, evidence=[(start, end)])
        after = OF_THE_AT.match(doc.text, end)
        if after and (c := by_start.get(after.end())) and c.kind == "country":
            person.country, person.country_span = c.value, (c.start, c.end)
        extra.append(person)
    return extra


def _holder_named_elsewhere(doc, t_start, t_end, title, office, country) -> PersonMention | None:
    """"An official welcoming ceremony for the President of the United Arab Emirates ...", the
    President named further down: the registry's one holder of that office whose name the post writes."""
    if country is None or not doc.text.startswith("of", t_end + 1) or ANTECEDENT_OFFICE.search(doc.text, max(0, t_start - 100), t_start):
        return None
    day = (doc.post.published or "")[:10]
    holders = [p for p in doc.kb.holders.get((country.value, office.value), ())
               if _held_on(p, office.value, day) and any(len(f) > 3 and f in doc.text for f in p.plain_forms)]
    if len(holders) != 1:
        return None
    reg = holders[0]
    written = max((f for f in reg.plain_forms if len(f) > 3 and f in doc.text), key=len)
    name = written if len(written.split()) >= len(reg.name.split()) else reg.name  # "Akiba Takeo" as written; not "Tokayev" alone
    return PersonMention(name, t_start, t_end, role=_role(title, office), role_span=(t_start, t_end),
                         country=country.value, country_span=(country.start, country.end), registry=reg,
                         evidence=[(t_start, country.end)])


ANTECEDENT_OFFICE = re.compile(r"\bwho\b[^.;\n]{0,60}\b(?:served|serves|was|is|had been|has been)\s+(?:as\s+)?(?:the\s+)?$")
# "Nikolai Ignatyev, who for more than ten years served as Ambassador ... of the Russian Empire": the office of the name before it
SERVES = re.compile(r"[ \t]+to[ \t]+$")


def _office_served(doc: Document, end: int, by_end: dict) -> bool:
    """Whether an office ends right before ``end`` and serves the one that follows ("Domestic Policy
    Advisor to the Vice President"): that title names its holder's superior, not a participant."""
    m = SERVES.search(doc.text, max(0, end - 6), end)
    return m is not None and (before := by_end.get(m.start())) is not None and before.kind == "office"


NAMED_FURTHER_REACH = 1500  # characters: the same paragraph or the next


def _named_further(doc: Document, offices: list[Mention], after: int) -> list[PersonMention]:
    """"The President and Vice President met with ...", and further on "President Biden and Vice
    President Harris": the holders of a title the lead leaves unnamed, as the post names them
    with the same title. Only for a bare title (no state, no organisation follows it)."""
    text = doc.text
    if text.startswith((" of ", " to ", " for ", " at ", " in ", "’s", "'s"), after):
        return []  # "the President of ...", "the King’s trek": another's office, or a possession
    reach = after + NAMED_FURTHER_REACH
    starts = {m.start: m for m in doc.mentions}
    blocked = name_stops(doc.mentions)
    found = []
    for office in offices:
        for m in doc.mentions:
            if m.start >= reach:
                break
            if m.kind != "office" or m.surface != office.surface or m.start == office.start:
                continue
            if not text.startswith(" ", m.end):
                continue
            got = read_name(text, m.end, doc, blocked)
            if got is None or got[1] != m.end + 1 or (got[1] in starts and starts[got[1]].kind != "person"):
                continue
            found.append(PersonMention(got[0], office.start, office.end, role=office.value, role_span=(office.start, office.end),
                                       evidence=[(office.start, office.end), (got[1], got[2])]))
            break
    return found


def _held_on(person, role: str, day: str) -> bool:
    """Whether the registry has ``person`` in office ``role`` on ``day`` (ISO dates compare as text)."""
    return any(o["role"] == role and (o.get("start") or "") <= day and (not o.get("end") or day < o["end"])
               for o in person.offices)


def _people_after_title(doc, t_start, t_end, title, office, by_start, by_end, blocked, zone, tail) -> list[PersonMention]:
    """The person a title names, and for a plural title ("Permanent Representatives of
    Kuwait and the Netherlands X and Y") the others, their states in the order given. ``tail`` is
    what ``_title_tail`` read after the title."""
    pos, country, org, more = tail
    if (country is not None or org is not None) and (body := NAMED_BODY.match(doc.text, pos)):
        pos = body.end()  # "Secretary of the Mongolian National Security Council Jadamba Enkhbayar"
        if (seat := BODY_SEAT.match(doc.text, pos)) and (where := by_start.get(seat.end())) is not None and where.kind in ("org", "country", "city"):
            pos = where.end  # "Chargé d’Affaires a.i. of the Russian Mission to the EU Kirill Logvinov"
    if (aside := ASIDE.match(doc.text, pos)):
        pos = aside.end()  # "Assistant Minister of Foreign Affairs of China (with the rank of Deputy Minister) Liu Bin"
    if (remit := REMIT_ASIDE.match(doc.text, pos)) and not any(m.kind in ("country", "adjective") and remit.start() < m.start < remit.end()
                                                              for m in doc.mentions_in(Zone(remit.start(), remit.end()))):
        pos = remit.end() - 1  # "Ambassador-at-Large on the crimes committed by the Kiev regime, Rodion Miroshnik"
    if (honour := STYLE_AFTER_TITLE.match(doc.text, pos)):
        pos = honour.end() - 1  # "the OSCE Secretary General His Excellency Feridun Sinirlioğlu"
    plural = PLURAL_TITLE.search(title) is not None
    if plural and (colon := PLURAL_COLON.match(doc.text, pos)):
        pos = colon.end()  # "Deputy National Security Advisors: Xavier Chatel of France, ..."
    first = _person_after_title(doc, t_start, t_end, title, office, by_start, by_end, blocked, zone, pos, country, org)
    if first is None or not plural:
        return [first] if first else []
    if "," in doc.text[t_end:first.start] and first.start < doc.headline.end:
        return []  # "... Employers, Union Leaders, Training Providers, and Local Officials": a headline's list of groups
    first.role = office.value  # "Foreign Ministers" names several people, each a Foreign Minister
    if not more[1:] and len(ahead := _states_paired_before(doc, t_start)) >= 2:
        more = ahead  # "Russian and Venezuelan Foreign Ministers Sergey Lavrov and Ivan Khil": each state to its name, in order
        first.country, first.country_span = ahead[0].value, (ahead[0].start, ahead[0].end)
    people, end = [first], _state_after_name(doc, first)
    previous_stated = end > first.end
    for country in more[1:] or [None] * 12:
        link = NAME_LIST.match(doc.text, end)
        got = read_name(doc.text, link.end(), doc, blocked) if link else None
        if got is None or got[1] >= zone.end:
            break
        person = PersonMention(got[0], got[1], got[2], role=first.role, role_span=first.role_span, org=first.org,
                               evidence=[(got[1], got[2])])
        if country is not None:
            person.country, person.country_span = country.value, (country.start, country.end)
        previous = people[-1]
        people.append(person)
        end = _state_after_name(doc, person)
        stated = end > person.end
        if stated and not previous_stated and "," not in link.group():
            previous.country, previous.country_span = person.country, person.country_span  # "Nick Catsaras and Matt Collins of the United Kingdom"
        previous_stated = stated
    return people


PLURAL_COLON = re.compile(r"[ \t]*:[ \t]*(?=[A-Z])")
STATES_JOINED = re.compile(r"(?:,|,?\s+and)\s+")


def _states_paired_before(doc: Document, t_start: int) -> list[Mention]:
    """The states listed right before a plural title, joined by commas and "and" ("Russian and Venezuelan")."""
    states = doc.states_in(Zone(max(0, t_start - 80), t_start))
    if not states or doc.text[states[-1].end: t_start].strip():
        return []
    run = [states[-1]]
    for m in reversed(states[:-1]):
        if not STATES_JOINED.fullmatch(doc.text, m.end, run[0].start):
            break
        run.insert(0, m)
    return run if len(run) >= 2 else []
OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")


def _state_after_name(doc: Document, person: PersonMention) -> int:
    """Where a listed name ends, with the state written after it ("Xavier Chatel of France, Christian
    Aulbach of Germany"), which becomes the person's."""
    if (of := OF_STATE.match(doc.text, person.end)) is None:
        return person.end
    state = next((m for m in doc.mentions_in(Zone(of.end(), of.end() + 60), ("country",)) if m.start == of.end()), None)
    if state is None:
        return person.end
    person.country, person.country_span = state.value, (state.start, state.end)
    return state.end


def _person_after_title(doc, t_start, t_end, title, office, by_start, by_end, blocked, zone, pos, country, org) -> PersonMention | None:
    text = doc.text
    got = read_name(text, pos, doc, blocked - {pos})
    if got is None or got[1] >= zone.end:
        return None
    name, n_start, n_end = got
    if name.endswith("..") or text.startswith(("…", "..."), n_end):
        return None  # "... Minister of Foreign Affairs, African...": a title cut short, not a name
    if name in ("House", "Chamber") and text.startswith(" of ", n_end):
        return None  # "Chairman of US House of Representatives Permanent Select Committee ...": the body, not a name
    if " " not in name and (by_start.get(n_start) is not None and by_start[n_start].kind in ("adjective", "country") and by_start[n_start].end == n_end):
        return None  # "... Foreign Ministers: French Foreign Minister Jean-Noël Barrot": the next item's state
    if " " not in name and name.isupper() and "," in text[t_end:n_start]:
        return None  # "Interview with Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation, VGTRK": the outlet
    if "\n" in text[t_end:n_start]:
        return None  # "..., Minister of Foreign Affairs of Azerbaijan\nH.E. Mr. Ararat Mirzoyan, ...": the next line's name is not the title's
    if " " not in name and (place := by_start.get(n_end + 1)) is not None and place.kind in PLACE_KINDS and text[n_end] == " " and (
            " " not in place.surface and not text[place.end: place.end + 1].isalnum() and is_personal_name(f"{name} {place.surface}")):
        n_end = place.end  # "Deputy Attorney General Lisa Monaco": a state's name as a surname
        name = text[n_start:n_end]
    if TITLE_ENDS_LINKED.search(title) and len(name.split()) >= 4 and not CONNECTORS & set(name.split()) and not _portfolio_word(name.split()[0]):
        # "Director of the Office of Gun Violence Prevention Greg Wilcox": the portfolio runs into the name (which the
        # loop below cuts from a portfolio's own words: "... Advisor for International Economics Mike Pyle")
        kept = " ".join(name.split()[-2:])
        n_start, name = n_end - len(kept), kept
    registered = by_start.get(n_start)
    if registered is not None and registered.kind == "person" and country is not None and registered.value.country not in (None, country.value) and (
            "," in text[t_end:n_start]):
        return None  # "During the conversation with the President of Uzbekistan, Vladimir Putin ...": the sentence's subject
    fuller_than_registered = None
    if registered is not None and registered.kind == "person" and registered.end < n_end and not _longer_name_after(doc, registered, by_start):
        if NAME_GOES_ON.match(text, registered.end):
            fuller_than_registered = registered.value  # the registry's person, under the fuller name the text writes
        else:
            name, n_end = text[n_start:registered.end], registered.end
    if n_start - pos > 40:
        return None
    for _ in range(2):  # "Director of Strategic Outreach and Partnerships Holly Low": the portfolio's words run on past "and"
        after = n_end + len(" and ")
        if not all(_portfolio_word(w) for w in name.split()) or not text.startswith(" and ", n_end) or (
                more := read_name(text, after, doc, blocked)) is None or not all(
                _portfolio_word(w) or w in BODY_END for w in text[after:more[1]].split()):
            break  # (the name read may start after a body's name: "... Citizenship and Immigration Services Bitta Mostofi")
        name, n_start, n_end = more
    words = name.split()
    if (cut := max((i + 1 for i, w in enumerate(words[:-2]) if _portfolio_word(w)), default=0)):
        # "... Advisor for International Economics Mike Pyle", "... Anti-Corruption Court Vira Mykhailenko", "... Council on
        # Environmental Quality Brenda Mallory": the name after the portfolio's last word
        for w in words[:cut]:
            n_start = text.index(w, n_start) + len(w)
        while text[n_start].isspace():
            n_start += 1
        name = text[n_start:n_end]
    if len(words := name.split()) >= 3 and words[0] in doc.kb.surnames and (to := TO_PRINCIPAL.search(text, max(0, t_start - 4), t_start)) and not (
            CONNECTORS & set(words)):
        n_start = text.index(words[1], n_start)  # "Domestic Policy Advisor to Vice President Harris Rohini Kosoglu": the aide, after the principal
        name = text[n_start:n_end]
        aide = by_end.get(to.start() - 1)
        t_start, title = (aide.start, text[aide.start:n_start].strip()) if aide is not None and aide.kind == "office" else (t_start, title)
    if n_start < doc.headline.end and registered is None and name.split()[0].endswith("s") and _headline_verb(doc, name):
        return None  # "Secretary General Underlines Importance Of Turkey’s Contributions To NATO": a title-case headline's verb
    if any(NOT_A_NAME_ENDING.search(w) or w in REGION_WORDS for w in name.split()) or all(_portfolio_word(w) for w in name.split()) or (
            name.split()[-1] in BODY_END):
        return None  # "... for Inflation Reduction Act Implementation", "... for Economic Mobility": the portfolio, not a name;
        # "Chief Nursing Officer Nursing Services, Department of Veterans Affairs": a service
    before = _country_before(doc, Mention(t_start, t_end, "office", office.value, title), by_end) or _body_state_before(doc, t_start)
    if org is None and before is None and country is None:
        org = _org_before(doc, t_start)  # "European Commission Executive Vice President Margrethe Vestager"
    if org is None and before is None and country is None and (code := doc.kb.office_orgs.get(office.surface)):
        org = Mention(office.start, office.end, "org", code, office.surface)  # "UN Special Envoy for Yemen Hans Grundberg"
    person = PersonMention(name, n_start, n_end, role=_role(title, office), role_span=(t_start, t_end), org=org.value if org else None,
                           registry=fuller_than_registered)
    if country is None:
        after = OF_THE_AT.match(text, n_end)
        if after and (c := by_start.get(after.end())) and c.kind == "country":
            country = c
    country = country or before
    if country is not None and country.surface == "Georgia" and US_STATE_OFFICE.search(title):
        country = Mention(country.start, country.end, "country", "USA", country.surface)  # "Georgia Congresswoman Lucy McBath"
    if country is None and (led := LED_DELEGATION.search(text, max(0, t_start - 70), t_start)) is not None:
        country = next((m for m in reversed(doc.mentions_in(Zone(max(0, led.start() - 30), led.start() + 1), ("adjective", "country")))), None)
        # "the Chinese delegation [was headed] by Assistant Foreign Minister Hong Lei"
    if country is None and (state := doc.kb.office_states.get(office.surface)) is not None:
        country = Mention(office.start, office.start + state[1], "country", state[0], office.surface[:state[1]])  # "U.S. Secretary of State"
    if country is not None:
        person.country, person.country_span = country.value, (country.start, country.end)
    person.evidence = [(min(t_start, before.start if before else t_start), n_end)]
    return person


def _org_before(doc: Document, t_start: int) -> Mention | None:
    """The organisation named right before a title: "European Commission Executive Vice President"."""
    end = t_start
    while end > 0 and doc.text[end - 1] == " ":
        end -= 1
    if end == t_start:
        return None
    return next((m for m in doc.org_mentions if m.end == end), None)  # accepted only: not "National Security Council"


BODY_AFTER_STATE = re.compile(r"\s+(?:Department|Ministry|Office|Bureau|Agency|Division|Administration)(?=\s+(?:of|for)\s)")
TO_PRINCIPAL = re.compile(r"\bto\s+$")  # "Advisor to Vice President Harris ...": the title is the principal's, named by surname
ROLE_CHUNK_BEFORE = re.compile(r",[ \t]*(?:[\w&.-]+[ \t]+){0,4}(?:CEO|COO|CFO|President|Director|Chair|Chairman|Chairwoman|Officer|Founder|Partner|Manager|Executive)[ \t]*,[ \t]*$")
VENUE_BODY = re.compile(r" (?:Council|Task Force|Domestic Policy Council|National Economic Council|Gender Policy Council|Initiative)\b")
AL_SPACE = re.compile(r"\b([Aa]l) (?=[A-Z])")
REMIT_TITLE = re.compile(r"\b(?:Envoy|Coordinator|Director|Advisor|Adviser)\b")  # "Special Envoy for Yemen", "Senior Director for China": sent for a state, not of it


PORTFOLIO_BEFORE = re.compile(r"\b(?:of|for)\b[^,;:\n]{0,45}$")  # a title that names its portfolio: "Minister of Sport"


def _title_tail(doc: Document, pos: int, by_start: dict, sent_for: bool = False) -> tuple[int, Mention | None, Mention | None, list]:
    """Skip what completes a title: "of Hungary", "of Defense", "of the UAE to the UN". With ``sent_for``,
    a state after "for" is the title's remit, not its owner ("Special Envoy for Yemen")."""
    text, country, org, more = doc.text, None, None, []
    portfolio = doc.kb.office_words
    if (continued := doc.kb.portfolio_tail.match(text, pos)) and PORTFOLIO_BEFORE.search(text, max(0, pos - 60), pos):
        pos = continued.end()  # "Minister of Foreign Affairs, Migration and Tunisians Abroad" (not "Civil Rights Leaders and Health ...")
    if (remit := REMIT.match(text, pos)) and (link := LINK.match(text, remit.end())) and (
            (nxt := by_start.get(link.end())) is not None and nxt.kind in ("country", "adjective")):
        pos = remit.end()  # "..., responsible for the Arab World, Diaspora, the Francophonie and African Integration of Comoros"
    for _ in range(4):
        link = LINK.match(text, pos)
        if not link and TITLE_ENDS_LINKED.search(text, max(0, pos - 9), pos):
            link = SPACES.match(text, pos)  # the title ends with its link: "Director of the Office of"
        if not link:
            break
        nxt = by_start.get(link.end())
        if nxt is not None and nxt.kind == "adjective" and (affairs := ADJECTIVE_AFFAIRS.match(text, nxt.end)):
            pos = affairs.end()  # "Assistant Secretary for Indian Affairs": a portfolio, not India's
            continue
        if nxt is not None and nxt.kind in ("country", "adjective", "org", "city"):
            owner = (link.group().split() or ["of"])[0] in (("of",) if sent_for else ("of", "for"))  # "Ambassador to Cyprus" serves elsewhere
            if owner and nxt.kind == "org" and org is None and country is None:
                org = nxt
            elif owner and nxt.kind in ("country", "adjective") and country is None:
                country = nxt
            elif nxt.kind == "city" and link.group().split()[:1] == ["of"] and country is None:
                country = nxt._replace(kind="country", value=nxt.value[1])  # "Crown Prince of Abu Dhabi": the city's state (not "for Gaza")
            pos = nxt.end
            if nxt.kind in ("country", "adjective") and (body := BODY_AFTER_STATE.match(text, pos)):
                pos = body.end()  # "Principal Deputy Administrator ... at the U.S. Department of Labor Jessica Looman": its portfolio follows
            if nxt.kind == "city" and (region := REGION_AFTER_CITY.match(text, pos)) and region.group(1) in doc.kb.subdivisions:
                pos = region.end()  # "Mayor of Tucson, Arizona, Regina Romero"
            while country is not None and nxt.kind in ("country", "adjective") and (also := COUNTRY_LIST.match(text, pos)):
                following = by_start.get(also.end())  # "of Kuwait and the Netherlands"
                if following is None or following.kind not in ("country", "adjective"):
                    break
                more.append(following)
                pos = following.end
            continue
        base = link.end()
        if nxt is not None and nxt.kind == "venue" and VENUE_BODY.match(text, nxt.end):
            base = nxt.end + 1  # "Chair of the White House Council on Environmental Quality Brenda Mallory": the body the venue names
        words = PORTFOLIO_RUN.match(text[base: base + 120])
        taken = 0
        if words:
            named = next((w.start() for w in PORTFOLIO_WORD.finditer(words.group()) if base + w.start() in by_start),
                         len(words.group()))  # a state or organisation named inside ends the portfolio before it
            if (comma := words.group().find(",")) >= 0 and _titled_item_after(doc, base + comma):
                named = min(named, comma)  # so does a list's next item: "... for Resilience Jennifer DeCesaro, Department of ... Director"
            owned = (owner := by_start.get(base + named)) is not None and owner.kind in ("country", "adjective", "org")
            for w in PORTFOLIO_WORD.finditer(words.group(), 0, named):
                if w.group() in BODY_END:
                    taken = w.end()  # "of Intergovernmental Affairs", "of the Press Department of the Foreign Ministry"
            for w in PORTFOLIO_WORD.finditer(words.group(), 0, named):
                if w.end() <= taken:
                    continue
                if w.group()[0].isupper() and w.group() not in portfolio and not (owned and _portfolio_word(w.group())):
                    break  # a portfolio's words: the knowledge base's, or before its state words no name has ("for Restoration of Ukraine")
                taken = w.end()
        if not taken and words and (not link.group().split() or link.group().split()[0] in ("for", "of")):
            run = [w for w in PORTFOLIO_WORD.finditer(words.group(), 0, named) if w.group() != ","]
            stop = next((i for i, w in enumerate(run) if w.group() in STOP_WORDS), len(run))
            capitals = [w for w in run[:stop] if w.group()[0].isupper()]  # a headline's "... Neuberger Meeting with"
            if len(capitals) >= 3 and "," not in words.group()[:capitals[-1].end()]:
                # "Senior Advisor to the President for Clean Energy Innovation and Implementation John Podesta":
                # a portfolio the knowledge base does not know, then a two-word name
                taken = capitals[-3].end()
            elif (comma := words.group().find(",")) > 0 and all(w.group()[0].isupper() or w.group() in ("and", "of", "the") for w in run
                                                                  if w.start() < comma) and (after := NAME_AFTER_COMMA.match(words.group(), comma)) and (
                    sum(w.group()[0].isupper() for w in run if w.start() < comma) >= 2 and after["name"].split()[0] not in doc.kb.subdivisions
                    and is_personal_name(after["name"]) and not _titled_item_after(doc, base + after.end("name"))
                    and not doc.mentions_in(Zone(base, base + after.end("name")), ("city", "country", "venue", "org"))):
                taken = comma  # "Director-General for Neighborhood and Enlargement Negotiations, Gert Jan Koopman, co-chaired"
        if not taken:
            break
        pos = base + len(DANGLING.sub("", words.group()[:taken]))  # not "of Public Engagement, and" before the next name
    return pos, country, org, ([country] + more if more else [])


def _titled_item_after(doc: Document, comma: int) -> bool:
    """Whether the list item after a comma holds a title of its own (the item before it ended with a name)."""
    end = doc.text.find(",", comma + 1, comma + 120)
    return bool(doc.mentions_in(Zone(comma + 1, comma + 120 if end < 0 else end), ("office",)))


def _person_before_title(doc, t_start, t_end, title, office, by_start, zone) -> PersonMention | None:
    """"Wang Yi, Minister of Foreign Affairs of China"."""
    text = doc.text
    left_start = max(zone.start, t_start - 110)
    left = text[left_start: t_start]
    m = NAME_COMMA_TITLE.search(left)
    if not m:
        return None
    if m.group(2):  # "Francesco Talò, Diplomatic Advisor to the Prime Minister of Italy"
        t_start -= len(m.group(2))
        title = SPACE_RUN.sub(" ", text[t_start:t_end])
    name = m.group(1)
    modifiers = m.group(2) if m.group(2) and not m.group(2).rstrip().endswith(("to", "of", "the")) else None
    if modifiers and (t_start < doc.headline.end or _title_case_line(text, t_start)):
        return None  # a headline's capitals: "... 1872 Mining Law, Biden-Harris Administration Convenes Representatives"
    if (h := LEADING_HONORIFICS.match(name)):
        name = name[h.end():]  # "H.E. Marat Pavlov, Ambassador ..."
    tokens = name.split()
    while tokens and (tokens[0] in STOP_WORDS or tokens[0] in SAMDECH_WORDS):
        tokens.pop(0)  # (or the last words of "Samdech Akka Moha Sena Padei Techo" before "Hun Sen")
    name = " ".join(tokens)
    n_end = left_start + m.end(1)
    if len(tokens) >= 3 and ROLE_CHUNK_BEFORE.search(text, max(0, n_end - len(name) - 80), n_end - len(name)):
        tokens = tokens[-2:]  # "..., President and CEO, Medtronic Sanjay Mehrotra, President and CEO, ...": the company ends the item before
        name = " ".join(tokens)
    if len(tokens) < 2 or any(t.endswith(".") and len(t) > 2 for t in tokens[:-1]) or not _plain_name(doc, tokens, n_end - len(name), n_end):
        return None  # "Chinese Communist Party Politburo Member, Director ...": a state or a body, not a name
    n_start = n_end - len(name)
    person = PersonMention(name, n_start, n_end, role=_role(title, office), role_span=(t_start, t_end))
    if modifiers:  # "Ditte Juul Jørgensen, European Commission Director General": the body or state the title opens with
        for k in doc.mentions_in(Zone(t_start, t_end)):
            if k.kind == "org" and person.org is None:
                person.org = k.value
            elif k.kind in ("country", "adjective") and person.country is None:
                person.country, person.country_span = k.value, (k.start, k.end)
    of = OF_THE_AT.match(text, t_end)
    if of and (c := by_start.get(of.end())) and c.kind in ("country", "org", "city"):
        if c.kind == "country":
            person.country, person.country_span = c.value, (c.start, c.end)
        elif c.kind == "city":
            person.country, person.country_span = c.value[1], (c.start, c.end)  # "..., the Crown Prince of Abu Dhabi"
        else:
            person.org = c.value
    else:  # "Aung Zay Ya, Deputy Minister of Science and Technology of the Republic of the Union of #Myanmar",
        # "Asta Skaisgiryte, Chief Foreign Policy Advisor to the President of Lithuania"; not "Ambassador to the Philippines"
        for c in doc.mentions_in(Zone(t_end, min(len(text), t_end + 110)), ("country", "adjective")):
            if TITLE_RUN.fullmatch(text, t_end, c.start) and OWNER_BEFORE.search(text, max(t_end, c.start - 12), c.start):
                person.country, person.country_span = c.value, (c.start, c.end)
            break
    person.evidence = [(n_start, t_end)]
    return person


NAME_THEN_LINK = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'.-]+[ \t]+){1,3}[A-Z][\w’'.-]+)(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$")


def _names_listed_before(doc: Document, person: PersonMention, zone: Zone) -> list[PersonMention]:
    """The names a plural title's list runs through before its last one, each with its role."""
    found, start = [], person.start
    while len(found) < 8 and (m := NAME_THEN_LINK.search(doc.text, max(zone.start, start - 80), start)):
        tokens = m.group(1).split()
        if any(t in STOP_WORDS for t in tokens) or not _plain_name(doc, tokens, m.start(1), m.end(1)):
            break
        found.insert(0, PersonMention(m.group(1), m.start(1), m.end(1), role=person.role, role_span=person.role_span,
                                      country=person.country, country_span=person.country_span, org=person.org,
                                      evidence=[(m.start(1), m.end(1))]))
        start = m.start(1)
    return found


def _headline_verb(doc: Document, name: str) -> bool:
    """Whether words read as a name after a title in a title-case headline are its verb and object ("Underlines
    Importance", "Sets Forth Transformative Vision"): the body, long enough to name the person again, writes none of
    the words with its capital, and the first word as a verb ("underlined") unless three words or more were read."""
    text, body = doc.text, doc.headline.end
    if len(text) - body < 300 or not _title_case_line(text, doc.headline.start):
        return False
    words, after = name.split(), text[body:]
    stem = words[0][:-1].lower()  # "Underlines": "underlined", "underlines" in the body
    return (len(words) >= 3 or re.search(r"\b" + re.escape(stem), after) is not None) and not any(
        re.search(r"\b" + re.escape(w) + r"\b", after) for w in re.findall(r"\w{3,}", name))


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is written in title case (a headline or subtitle), where
    capitals say nothing of names or titles."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    words = [w for w in text[start: end if end >= 0 else len(text)].split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _plain_name(doc: Document, tokens: list[str], start: int, end: int, places: bool = False) -> bool:
    """Whether words read as a name are one: no title, body or stop word among them, and no state,
    place, office or organisation of the knowledge base overlapping them (with ``places``, a place's
    or state's name may stand for one of the words: "Susan Henderson", "Chad Maisel")."""
    if any(t in STOP_WORDS or t in ORG_NOUNS or t in BODY_END for t in tokens):
        return False
    for k in doc.mentions_in(Zone(max(0, start - 40), end)):
        if k.kind != "person" and k.start < end and start < k.end:
            if not places or k.kind not in PLACE_KINDS or (k.start <= start and k.end >= end):
                return False
    return True


PLACE_KINDS = ("city", "country", "adjective")


TITLE_ABBREVIATIONS = {"Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Lt. Gov.": "Lieutenant Governor"}


def _role(title: str, office: Mention) -> str:
    title = SPACE_RUN.sub(" ", title).strip()
    title = TITLE_ABBREVIATIONS.get(title, title)  # "Rep. Gallagher": a Representative
    if title == office.surface and title.isupper() and title == "".join(w[0] for w in office.value.split() if w[0].isupper()):
        return office.value  # "FM Lavrov": a Foreign Minister (a "CEO" stays one)
    return title if len(title) <= 80 else office.value


def _resolve(doc: Document, p: PersonMention, publisher: str | None) -> None:
    """Registry identity, fullest written name, and the state failing an explicit one."""
    kb = doc.kb
    reg = p.registry or kb.person(p.name)
    if reg is None and len(p.name.split()) == 1:
        reg = _by_surname(doc, p.name) or kb.holder(p.name, p.role, (doc.post.published or "")[:10] or None)
        if reg is None and p.role and len(p.role) < 20:
            # a one-name title-holder under a form the registry holds: "King Hamad" (Hamad bin Isa Al Khalifa), and "the Holy
            # Father Francis" under his office's own word, "Pope Francis"
            titles = [p.role]
            if p.role_span:
                titles += [m.value for m in doc.mentions_in(Zone(*p.role_span), ("office",))][:1]
            reg = next(filter(None, (kb.person(f"{title} {p.name}") for title in titles)), None)
    if reg is not None:
        p.registry = reg
        p.wikidata = reg.wikidata
        if reg.organisation and p.country_span is None:
            p.org = p.org or reg.organisation
            p.country = None  # an organisation's official acts for it, not for a state
        elif p.country is None:
            p.country = reg.country
    p.name = fullest_name(doc, p, reg)
    if p.name.endswith(".") and len(last := p.name.split()[-1][:-1]) >= 2 and last.isalpha() and last not in ("Jr", "Sr"):
        p.name = p.name[:-1]  # "Michael Kikukawa." or "Pope Leo XIV." ending a sentence, not "Joseph R. Biden, Jr."
    if p.country is None and p.org is None:
        _state_of_the_item(doc, p)
    if p.country is None and p.org is None and p.role and publisher and not MEDIA_ROLE.search(p.role):
        p.country, p.state_assumed = publisher, True


LIST_ITEM_STATE = re.compile(r"[ \t]*(?:" + BULLET + r"|\d+[.)])?[ \t]*(?:(?P<flag>[\U0001F1E6-\U0001F1FF]{2})(?![ \t]*[\U0001F1E6-\U0001F1FF])[ \t]*)?(?:#\w+[ \t]+)?")
ITEM_STATE_END = re.compile(r"[ \t]*[–—:-][ \t]")


def _state_of_the_item(doc: Document, p: PersonMention) -> None:
    """A list item's state: named before the person ("🇧🇯 President Patrice Talon", "Benin –
    President Patrice Talon"; one flag only: two flags head a bilateral post), in brackets after
    the name ("President Patrice Talon (Benin)"), or alone on the line above ("Benin:")."""
    text = doc.text
    line_start = text.rfind("\n", 0, p.start) + 1
    head = LIST_ITEM_STATE.match(text, line_start)
    pos = head.end()
    if head["flag"] and (iso3 := doc.kb.country_of_flag_pair(head["flag"])) is not None:
        p.country, p.country_span = iso3, (head.start("flag"), head.end("flag"))
        return
    named = next((m for m in doc.mentions_in(Zone(pos, p.start)) if m.start == pos), None)
    if named is not None and named.kind == "country" and (dash := ITEM_STATE_END.match(text, named.end)) and dash.end() <= p.start:
        p.country, p.country_span = named.value, (named.start, named.end)
        return
    if (bracket := BRACKET_OPEN.match(text, p.end)) is not None:
        named = next((m for m in doc.mentions_in(Zone(bracket.end(), bracket.end() + 60), ("country",)) if m.start == bracket.end()), None)
        if named is not None and text.startswith(")", named.end):
            p.country, p.country_span = named.value, (named.start, named.end)
            return
    if line_start >= 2 and not text[line_start: min(p.start, (p.role_span or (p.start,))[0])].strip(" \t-–—•*▪️🔹🔸"):
        window = max(0, line_start - 200)
        above_end = window + len(text[window:line_start].rstrip())
        above = text.rfind("\n", 0, above_end) + 1  # the line above: in the same paragraph, or a flag's line over a blank one
        head = LIST_ITEM_STATE.match(text, above)
        named = next((m for m in doc.mentions_in(Zone(head.end(), above_end), ("country",)) if m.start == head.end()), None)
        if named is not None and not text[named.end: above_end].strip(" \t:") and (head["flag"] or "\n\n" not in text[above_end: line_start]):
            p.country, p.country_span = named.value, (named.start, named.end)  # "Benin:" or "🇧🇯 Benin" over "President Patrice Talon"


LED_DELEGATION = re.compile(r"\b(?:delegation|side)\s+(?:(?:was|were)\s+)?(?:(?:headed|led|represented)\s+)?by\s+$")
US_STATE_OFFICE = re.compile(r"\b(?:Congress(?:wo)?man|Senator|Representative|Governor|Attorney General|Mayor|Delegate|Legislator|Lawmaker)\b")
BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*")
BARE_ITEM = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|de|da|dos|bin|al|van|von|la|del)){1,4})"
                       r"[ \t]*(?:\([^()\n]{2,50}\))?[ \t;,.]*$", re.M)


def stated_names(doc: Document, zone: Zone, publisher: str | None) -> list[PersonMention]:
    """List items that give a name and its state without a title ("🇧🇯 Patrice Talon", "Benin –
    Patrice Talon", "Patrice Talon (Benin)"): a name the item's state vouches for."""
    text, found = doc.text, []
    for line_start, line_end in doc.lines_in(zone):
        pos = LIST_ITEM_STATE.match(text, line_start).end()
        state = next((m for m in doc.mentions_in(Zone(pos, line_end), ("country",)) if m.start == pos), None)
        if state is not None and (dash := ITEM_STATE_END.match(text, state.end)) is not None:
            pos = dash.end()
        m = BARE_ITEM.match(text, pos, line_end)
        if m is None or TITLE_WORD.search(m["name"]) or not _plain_name(doc, m["name"].split(), *m.span("name")):
            continue
        person = PersonMention(m["name"], *m.span("name"), evidence=[m.span("name")])
        _state_of_the_item(doc, person)
        if person.country is not None:
            _resolve(doc, person, publisher)
            found.append(person)
    return found


ITEM_OPEN = re.compile(r"[ \t]*(?:" + BULLET + r"|" + PICTOGRAPH + r"|[\U0001F1E6-\U0001F1FF]{2}|\d+[.)])?[ \t]*")
ITEM_DASH = re.compile(r"[ \t][–—-][ \t]+")


def dashed_titles(doc: Document, zone: Zone) -> list[PersonMention]:
    """List items of a title, a dash and a name ("🤝 President of the Republic of Abkhazia – Badra Gunba ;"):
    the name whatever the title's words, which may name a state the knowledge base does not hold (so the
    publisher's state is not given to a title that names none it knows)."""
    text, found = doc.text, []
    for line_start, line_end in doc.lines_in(zone):
        pos = ITEM_OPEN.match(text, line_start, line_end).end()
        office = next((m for m in doc.mentions_in(Zone(pos, line_end), ("office",)) if m.start == pos), None)
        if office is None or (dash := ITEM_DASH.search(text, office.end, line_end)) is None:
            continue
        m = BARE_ITEM.match(text, dash.end(), line_end)
        if m is None or TITLE_WORD.search(m["name"]) or not _plain_name(doc, m["name"].split(), *m.span("name")):
            continue
        person = PersonMention(m["name"], *m.span("name"), role=office.value, role_span=(office.start, office.end),
                               evidence=[(office.start, m.end("name"))])
        if (state := next(iter(doc.mentions_in(Zone(office.end, dash.start()), ("country",))), None)) is not None:
            person.country, person.country_span = state.value, (state.start, state.end)
        _resolve(doc, person, None)
        found.append(person)
    return found


INCLUDING = re.compile(r"\b(?:including|namely)\s+")
INCLUDED_END = re.compile(r"[ \t]*(?:[.;\n]|$)")


def names_included(doc: Document, zone: Zone, publisher: str | None) -> list[PersonMention]:
    """Bare names an "including" lists ("greetings were also sent to former heads of state,
    including Raul Castro, Robert Kocharyan and Gerhard Schroeder"): read only when every item,
    two at least, is a plain name and the list closes the sentence."""
    text, found = doc.text, []
    blocked = name_stops(doc.mentions_in(zone))
    for cue in INCLUDING.finditer(text, zone.start, zone.end):
        items, pos = [], cue.end()
        while (got := read_name(text, pos, doc, blocked)) is not None and got[2] <= zone.end:
            name, start, end = got
            if len(name.split()) < 2 or not _plain_name(doc, name.split(), start, end):
                items = []
                break
            items.append(PersonMention(name, start, end, evidence=[(start, end)]))
            if (link := NAME_LIST.match(text, end)) is None:
                break
            pos = link.end()
        if len(items) >= 2 and INCLUDED_END.match(text, items[-1].end, zone.end) and not text.startswith(",", items[-1].end):
            for person in items:
                _resolve(doc, person, publisher)
            found += items
    return found


def _by_surname(doc: Document, surname: str):
    for m in doc.mentions:
        if m.kind == "person" and m.value.name.split()[-1] == surname:
            return m.value
    return None


def fullest_name(doc: Document, p: PersonMention, reg) -> str:
    """The longest form of this person's name written anywhere in the post."""
    best = p.name
    forms = {p.name}
    if reg is not None:
        forms |= set(reg.plain_forms)
    text = doc.text
    for form in sorted(forms):  # in a fixed order: which of two forms of one length wins must not vary from run to run
        if len(form) > len(best) and (form in text or (" " in form and _hashtagged(form, text))):
            best = form
        elif len(form) > len(best) and ("Al " in form or "al " in form) and (hyphened := AL_SPACE.sub(r"\1-", form)) in text:
            best = hyphened  # "Khalid bin Salman bin Abdulaziz Al-Saud", the registry's "... Al Saud" as this post spells it
        elif len(form) > len(best) and form.count(" ") >= 2 and (joined := form[::-1].replace(" ", "-", 1)[::-1]) in text:
            best = joined  # "Bilawal Bhutto-Zardari", the registry's "Bilawal Bhutto Zardari" with its surnames joined
    if reg is not None and best == p.name and (words := reg.name.split())[-2:-1] in (["Al"], ["al"], ["bin"], ["de"]) and (
            text.startswith(" " + " ".join(words[-2:]), p.end)) and not best.endswith(" ".join(words[-2:])):
        best = f"{best} {' '.join(words[-2:])}"  # "Tahnoon bin Zayed" + " Al Nahyan", the family name the registry's form ends with
    if reg is None and len(best.split()) == 1:
        for m in re.finditer(r"\b((?:[A-Z][\w’'-]+\s+){1,3})" + re.escape(best) + r"\b", text):  # the first full form the post writes
            titled = COURTESY.search(m.group(1))  # "Datuk Seri Anwar": the name starts after its title
            for w in re.finditer(r"\S+", m.group(1)):  # from the longest run of words before the name: "... Administrator Samantha Power"
                run = text[m.start(1) + w.start(): m.end(1)]
                if titled and w.start() < titled.end():
                    continue
                if not any(t in STOP_WORDS or t in TITLE_WORDS_IN_NAME or t in REGION_WORDS or t in doc.kb.subdivisions or _portfolio_word(t) for t in run.split()) and not _named_thing(
                        doc, m.start(1) + w.start(), m.end(1)):
                    best = run + best
                    break
            if best != p.name:
                break
    if " " in best:
        at = text.find(best)
        if at >= 0 and (m := NAME_PARTICLES.match(text, at + len(best))):
            best = best + m.group()  # "Bernardo Arévalo de León"
    if (courtesy := COURTESY.match(best)) and " " in best[courtesy.end():]:
        best = best[courtesy.end():]  # "Dr. Liz Sherwood-Randall": the name without its courtesy title
    if reg is not None and reg.name.endswith(" " + best) and PONTIFF.fullmatch(reg.name[: -len(best) - 1]):
        best = reg.name  # "the Holy Father Francis": Pope Francis, the name he is known by
    return best


PONTIFF = re.compile(r"Pope|Patriarch|Catholicos")  # titles the registry writes as part of a name
COURTESY = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Cardinal|Archbishop)\.?\s+|" + MALAYSIAN_TITLE + r"\s+")


def _hashtagged(form: str, text: str) -> bool:
    """A name written with a hashtag on one of its words ("Sergey #Lavrov")."""
    return "#" in text and re.search(r"\s+#?".join(map(re.escape, form.split())), text) is not None


def _named_thing(doc: Document, start: int, end: int) -> bool:
    """Whether a state, place, organisation or title is named between two offsets."""
    return any(m.start < end and start < m.end for m in doc.mentions if m.kind != "person")


DIED_AFTER = re.compile(r"[^.;\n]{0,150}?\bwho\s+(?:(?:was|were|had\s+been)\s+(?:killed|assassinated|murdered)|died|perished|passed\s+away|lost\s+(?:his|her|their)\s+lives)\b")
OWN_VERB = re.compile(r"\b(?:has|have|had|sent|sends|conveyed|conveys|expressed|expresses|extended|extends|offered|offers|said|says|met|meets)\b")  # a clause of its own
SEPARATE_MEETING = re.compile(r"\bA separate (?:meeting|conversation|round of talks) (?:was|were) (?:held|organi[sz]ed|arranged)\b[^.;]{0,160}$")
ATTRIBUTED_TO = re.compile(r"\b(?:attributable to|[Aa]s stated by)\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,6}$")  # (or "As stated by Spokesperson Tammy Bruce:")


def is_participant(doc: Document, p: PersonMention, zone_start: int) -> bool:
    """False for people only mentioned: the dead, predecessors, visitors being prepared,
    leaders whose message or support is conveyed by others."""
    if MENTIONED_AFTER.match(doc.text, p.end) or in_quoted_title(doc.text, p.start) or NAMED_PLACE_AFTER.match(doc.text, p.end):
        return False  # (or a place named for the person: "the Nursultan Nazarbayev International Airport")
    if doc.text.find("who", p.end, p.end + 160) >= 0 and (died := DIED_AFTER.match(doc.text, p.end)) and not (
            OWN_VERB.search(doc.text, p.end, died.end())):
        return False  # "condolences to families and friends of Iranian President Ebrahim Raisi and ... who were killed" (not the
        # sender: "Akufo-Addo has sent a Message of Condolence ... to the family of ... Robert Mugabe, who passed away")
    window = doc.text[max(zone_start, p.start - 120): p.start]
    line = doc.text[max(0, p.start - 120): p.start]
    if ("eadout from" in line or "eadout by" in line) and READOUT_AUTHOR.search(line):
        return False  # "Readout from NSC Spokesperson Adrienne Watson of ...": who wrote the readout
    if ("attributable to" in line or "s stated by" in line) and ATTRIBUTED_TO.search(line):
        return False  # "The following is attributable to Spokesperson Morgan Ortagus:": who speaks for the readout
    cut = 0
    for m in CLAUSE_BREAK.finditer(window):  # the clause the name stands in: after the last stop, "met" or "with"
        cut = m.end()
    clause = window[cut:]
    low = clause.lower()
    if NON_PARTICIPANT_STEMS_AC.find_matches_as_indexes(low) and NON_PARTICIPANT.search(clause):
        return False
    sentence = window[window.rfind(". ") + 1:]  # "to prepare for the President's meeting ... with Prime Minister Kishida"
    if ("ollowing" in sentence or "fter" in sentence or "uilding on" in sentence) and (PRIOR_EVENT_WITH.search(sentence) or (
            PRIOR_EVENT_OPENS.search(sentence) and PRIOR_EVENT_OF.match(doc.text, p.end))):
        return False  # "Following President Biden’s fruitful conversation with Israeli Prime Minister Bennett on April 24, ...": both of another time
    if ("At the " in sentence or "During the " in sentence) and EARLIER_SETTING.search(sentence):
        return False  # "At the initial convening, Vice President Kamala Harris called on legislators ...": another time's words
    if "Earlier" in sentence and EARLIER_THAT_DAY.search(sentence) and p.start >= (
            doc.core.end if doc.title else doc.first_sentence_end(doc.headline.start, doc.headline.end)):
        return False  # "... signed an agreement. Earlier in the day, the presidents ..., Vladimir Putin and Alexander Lukashenko, talked"
    if "separate" in sentence and SEPARATE_MEETING.search(sentence):
        return False  # "A separate meeting was organized with the Deputy Minister ...": another meeting than the one reported
    if ("led by" in sentence or "chaired by" in sentence or "hosted by" in sentence) and _led_earlier(doc, p.start):
        return False
    if ("accordance" in sentence or "ursuant" in sentence or "in line with" in sentence) and AGREED_BETWEEN.search(sentence):
        return False  # "In accordance with the agreement between President Putin and President Trump ..., Lavrov held talks"
    if ("on " in sentence or "about " in sentence) and OTHER_EVENT.search(sentence):
        return False  # "briefed leaders on his call with President Putin"
    if "repar" not in sentence and "head of" not in sentence and "dvance of" not in sentence:
        return True
    if PREPARING.search(sentence) and VISIT_OF_NAME.match(doc.text, p.end):
        return False  # "in Colombo to prepare the agenda for Prime Minister Narendra Modi's visit": the visitor to come
    return not LATER_MEETING.search(sentence)


AGREED_BETWEEN = re.compile(r"\b(?:in accordance with|pursuant to|in line with|in pursuance of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                            r"(?:agreements?|understandings?|arrangements?|instructions?)\s+(?:reached\s+)?(?:between|by|of)\b[^,;]*$", re.I)
PRIOR_LED = re.compile(r"(?:^|[.!?]\s+|\n)\W*(?:Following|After|Building on|In line with)\s+(?:the|their|his|her)\b[^.;\n]{0,200}?\b(?:led|chaired|hosted)\s+by\s+")
LED_LIST_END = re.compile(r"\band\b[^,.;\n]*,")


def _led_earlier(doc: Document, pos: int) -> bool:
    """"Following the November 13, 2022 Phnom Penh Summit ... led by Prime Minister Kishida Fumio of
    Japan, President Yoon Suk Yeol ..., and President Joseph R. Biden, Jr. of the United States, [the
    officials who met]": the leaders of the earlier event the sentence opens with."""
    text = doc.text
    start = max(0, pos - 400)
    led = None
    for led in PRIOR_LED.finditer(text, start, pos):
        pass
    if led is None:
        return False
    close = LED_LIST_END.search(text, led.end())
    return close is None or pos < close.end()


def in_quoted_title(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quoted name on its line: the programme
    "Moscow. Kremlin. Putin", the article «Russia and Africa»."""
    line_start = text.rfind("\n", 0, pos) + 1
    opened = max(text.rfind("«", line_start, pos), text.rfind("“", line_start, pos))
    if opened < 0 or max(text.rfind("»", opened, pos), text.rfind("”", opened, pos)) >= 0:
        return False
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    return text.find("»", pos, line_end) >= 0 or text.find("”", pos, line_end) >= 0


LIST_SEPARATOR = re.compile(r"[•▪●◾;\n]|\s-\s+(?=[\[*_]*[A-Z])|\s\d{1,2}\.\s+(?=[A-Z])")  # "... Upturn 3. Janet Murguia, ...", "... - **Jim Pasco**, ..."


def _segments(text: str, zone: Zone):
    """The items of a list: between bullets, semicolons, line breaks and " - " dashes."""
    pos = zone.start
    for sep in LIST_SEPARATOR.finditer(text, zone.start, zone.end):
        if sep.start() > pos:
            yield pos, sep.start()
        pos = sep.end()
    if zone.end > pos:
        yield pos, zone.end
BARE_NAME = re.compile(r"\W*(?P<name>[A-Z][a-z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*[a-z][\w’'.-]*){1,3})(?:,\s*(?:MD|DO|PhD|MSW|JD|MPH|RN|Esq\.?))?[\s*_]*")
LIST_NAME = re.compile(
    r"\W*(?:\d{1,2}[.)]\s+)?(?:and\s+)?(?:(?:Dr|Mr|Mrs|Ms|Hon|Rep|Sen|Gov|Prof)\.?\s+|" + SHORT_GENERAL + r"\.?\s+(?:\((?:ret|retired)\.?\)\s+)?)?"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|[“\"][^”\"]{1,20}[”\"]|de|del|van|von|bin|al|la|da|dos)){1,4}(?:,\s*(?:Jr|Sr)\.)?)"
    r"(?:\]\([^()\s]{1,300}\))?[*_]*\s*,[\s*_]+(?P<role>[^,]{2,80})")
# "Handy Kennedy, Jr., Owner, HK Farms", a bold name ("**Sarah Guy**, Senior Advisor, IACP"), a linked one ("[Lina Khan](https://...), Chair of ...")


SENTENCE_STOP = re.compile(r"(?<=[a-z])\.$")  # the full stop that ends an item's sentence ("..., the head of the group.")
COMPANY_FORM = re.compile(r"(?:Inc|INC|LLC|L\.L\.C|PLC|plc|Ltd|LTD|Corp|Co|GmbH|AG|SA|S\.A|NV|N\.V|LP|LLP|PBC)\.?")
ORG_THEN_NAME = re.compile(r"[\W_]*[A-Z][^:\n]{2,100}:[ \t]+(?P<name>[A-Z][a-z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3})[\s*_.;,]*")


def listed_people(doc: Document, zone: Zone, publisher: str | None) -> list[PersonMention]:
    """People in a list of "NAME, ROLE" items ("• Amanda Dennis, Executive Director, Society of
    Family Planning • ..."; "Polly Trottenberg, Deputy Secretary, Department of Transportation; ...")."""
    found, bare, unread = [], [], 0
    for seg_start, seg_end in _segments(doc.text, zone):
        if doc.text.count(", ", seg_start, seg_end) >= RUN_ON_MIN and (run_on := _run_on_people(doc, seg_start, seg_end, publisher)):
            found += run_on
            continue
        m = LIST_NAME.match(doc.text, seg_start, seg_end)  # "Susan Henderson, Executive Director, ..."
        if m is None and (o := ORG_THEN_NAME.fullmatch(doc.text, seg_start, seg_end)) and _plain_name(
                doc, o["name"].split(), *o.span("name")) and is_personal_name(o["name"]):
            person = PersonMention(o["name"], *o.span("name"), role=None, evidence=[o.span("name")])
            _resolve(doc, person, publisher)
            found.append(person)  # "Asian Americans Advancing Justice: John Yang"
            continue
        if m is None:
            if (b := BARE_NAME.fullmatch(doc.text, seg_start, seg_end)) and not TITLE_WORD.search(b["name"]) and _plain_name(
                    doc, b["name"].split(), *b.span("name")):
                bare.append(b)
            elif doc.text[seg_start:seg_end].strip():
                unread += 1  # a body's name ("Bank of America"), a header
            continue
        name = m.group("name")
        n_start, n_end = m.start("name"), m.end("name")
        if (h := LEADING_HONORIFICS.match(name)):
            name, n_start = name[h.end():], n_start + h.end()  # "Rev. Jim Wallis", "Bishop Michael Curry"
        role = SENTENCE_STOP.sub("", m.group("role").strip())
        if COMPANY_FORM.fullmatch(role):
            continue  # "Amphastar Pharmaceuticals, Inc.", "Teva Pharmaceutical Industries, LTD": a company
        while len(name.split()) > 2 and name.split()[-1] in POST_NOMINALS:  # "Colonel Dr. Kathy Spangler DNP, RN, Director ..."
            name = name[:name.rindex(" ")]
            n_end = n_start + len(name)
        if (t := LEADING_TITLE.match(name)) and len(name[t.end():].split()) >= 2:
            name, n_start = name[t.end():], n_start + t.end()  # "Governor J.B. Pritzker, Governor of Illinois"
            if not TITLE_WORD.search(role):
                role = t.group().strip()  # "Mayor-elect Becky Daggett, Flagstaff, AZ"
        tokens = name.split()
        if len(tokens) < 2 or not _plain_name(doc, tokens, n_start, n_end, places=True):
            continue  # a state, a city or a body, not a person
        if not _plain_name(doc, tokens, n_start, n_end) and not is_personal_name(name):
            continue  # a place's name in it ("Kenya Airways, ..."), and no person's name
        person = PersonMention(name, n_start, n_end, role=role, role_span=(m.start("role"), m.end("role")),
                               evidence=[(n_start, m.end("role"))])
        _resolve(doc, person, publisher)
        found.append(person)
    return found + _bare_names(doc, bare, publisher, among=len(found) if unread <= len(bare) else 0)


ITEM_LABEL = re.compile(r"[*_\s]*[A-Z][\w &-]{0,40}:[*_\s]*")  # a list's own label before its first item
RUN_ON_MIN = 4  # names in a list whose line breaks were lost, for it to be read as one
COMMA_GAP = re.compile(r",\s+")
PROSE_WORD = re.compile(r"\b(?!(?:of|and|for|the|on|in|at|to|de|del|la|van|von|bin)\b)[a-z]{2,}")  # any other lower-case word
TRAILING_NAME = re.compile(r"(?<=\s)(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?(?:\s+(?:Van|Von|De|Del|Della|Da|La|Le|Di|Du|Dos|St\.))?"
                           r"\s+[A-Z][\w’'-]*[a-z][\w’'-]*(?:\s+(?:Jr\.|Sr\.|II|III|IV))?)$")


def _run_on_people(doc: Document, start: int, end: int, publisher: str | None) -> list[PersonMention]:
    """A list whose line breaks a scraper lost, item after item: "Anne Ackerley, BlackRock Shai Akabas,
    Bipartisan Policy Center Kevin Barry, Fidelity ...". Each item after the first ends with the next
    item's name. Read only when it opens with a name, holds no prose, and at least four names come out,
    most of which parse as personal names, so neither a sentence nor one long item is taken for one."""
    text = doc.text
    if (label := ITEM_LABEL.match(text, start, end)) is not None:
        start = label.end()  # "*Industry:* Andres Gluski, President and CEO, AES Ruth Porat, ..."
    chunks, pos = [], start
    for comma in COMMA_GAP.finditer(text[start:end]):
        chunks.append((pos, start + comma.start()))
        pos = start + comma.end()
    chunks.append((pos, end))
    first = BARE_NAME.fullmatch(text, *chunks[0])
    if first is None or not _plain_name(doc, first["name"].split(), *first.span("name")):
        return []  # a list opens with a name, not "Today" or "The President"
    if any(PROSE_WORD.search(text, c_start, c_end) for c_start, c_end in chunks[1:]):
        return []  # prose: its clauses have verbs ("... met with", "... discussed")
    names = [first.span("name")]
    for c_start, c_end in chunks[1:-1]:  # the last chunk is the last item's role: no item follows it
        if (m := TRAILING_NAME.search(text, c_start, c_end)) is None or m.start() == c_start:
            continue  # a role or a body alone ("Senior Adviser", "Assistant Secretary for Tax Policy")
        tokens = m["name"].split()
        plain = _plain_name(doc, tokens, *m.span("name")) or (
            _plain_name(doc, tokens, *m.span("name"), places=True) and is_personal_name(m["name"]))  # "Jordan Matsudaira"
        if plain and not TITLE_WORD.search(m["name"]) and not any(_portfolio_word(t) for t in tokens):
            names.append(m.span("name"))
    if len(names) < RUN_ON_MIN or sum(is_personal_name(text[a:b]) for a, b in names) * 3 < len(names) * 2:
        return []  # "... Professor in Intellectual Property, Technology, and Civil Rights Law, ...": most are no names
    found = []
    for k, (n_start, n_end) in enumerate(names):
        role_end = names[k + 1][0] if k + 1 < len(names) else end
        role = text[n_end:role_end].strip(" ,")
        person = PersonMention(text[n_start:n_end], n_start, n_end, role=role or None, evidence=[(n_start, n_end)])
        _resolve(doc, person, publisher)
        found.append(person)
    return found


INLINE_NAME = re.compile(r"\s*(?:(?P<name>[A-Z][a-z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*[a-z][\w’'.-]*){1,2})(?=[,.;:)]|\s+[a-z]|\s*$)|"
                         r"(?P<other>[A-Z][^,;\n]{1,60}?(?=,\s)))(?P<link>,\s+(?:and\s+)?|\s+and\s+)?")
# a name, or another item the names alternate with ("Christian Smalls, Amazon Labor Union, Laura Garza, Starbucks Workers
# United/Starbucks, Alex Speidel, United Paizo Workers/CWA, ...")


def inline_names(doc: Document, pos: int, known: list[PersonMention], publisher: str | None) -> list[PersonMention]:
    """Names run on in a sentence after a cue ("officials including Susan Rice, Cedric Richmond, Erika
    Moritsugu and Howard Ou hosted ..."): read when there are three or more, the post's known people
    or titled names are among them, and each parses as a person's name."""
    items = []
    while (m := INLINE_NAME.match(doc.text, pos)) is not None:
        items.append(m)
        if not m["link"]:
            break
        pos = m.end()
    if len(items) < 3 or not any(p.start <= m.start("name") < p.end or m.start("name") <= p.start < m.end("name")
                                 for m in items for p in known):
        return []
    found = []
    for m in items:
        if m["name"] is None:
            continue
        tokens = m["name"].split()
        if any(p.start < m.end("name") and m.start("name") < p.end for p in known) or not _plain_name(doc, tokens, *m.span("name")) or (
                not is_personal_name(m["name"])):
            continue  # a known one, or a body's name ("Starbucks Workers United")
        found.append(PersonMention(m["name"], *m.span("name"), evidence=[m.span("name")]))
        _resolve(doc, found[-1], publisher)
    return found


def _bare_names(doc: Document, bare: list, publisher: str | None, among: int = 0) -> list[PersonMention]:
    """"- Bria Brown-King - Mo Cortez - Georgiann Davis ...": a list of names alone. Its items are
    read as people when most of them parse as personal names, not as the bodies such lists also hold;
    a few names alone among ``among`` "NAME, ROLE" items ("-   Jamira Burley -   Jordan Gomes, Jr., ...") too."""
    if len(bare) < 4 and among < 3:
        return []
    people = [b for b in bare if is_personal_name(b["name"])]
    if len(people) * 3 < len(bare) * 2:
        return []  # "- Ford Foundation - Wells Fargo - ...": a list of bodies
    found = []
    for b in people:
        found.append(PersonMention(b["name"], *b.span("name"), evidence=[b.span("name")]))
        _resolve(doc, found[-1], publisher)
    return found


@lru_cache(maxsize=4096)
def is_personal_name(text: str) -> bool:
    """Whether a string parses as a person's name rather than a company's or body's (probablepeople,
    imported on first use: its model costs 25 MiB that most posts never need)."""
    import probablepeople

    try:
        return probablepeople.tag(text)[1] == "Person"
    except probablepeople.RepeatedLabelError:
        return False


ROLE_END = (r"(?:Coordinator|Director|Advisor|Adviser|Administrator|Commissioner|Chair|Chairman|Chairwoman|Officer|Counselor|"
            r"Secretary|Representative|Senator|Congressman|Congresswoman|Mayor|Governor|Ambassador|Envoy|Minister|President|"
            r"Leader|Czar|Head|Chief|Manager|Spokesperson|General|Speaker|Executive|Tempore|Assembly(?:man|woman|member)|Council(?:man|woman|member)|"
            r"Delegate|Supervisor|Member|Auditor|Treasurer|Comptroller|Sheriff|Judge|Trustee|Gov\.?|Sen\.?|Rep\.?)")
TITLED_ITEM = re.compile(
    r"(?:^|\s)(?:(?:[A-Z][\w.’'&-]*|of|for|the|and)\s+){0,6}" + ROLE_END + r"(?:[\s-]+(?:" + "|".join(TITLE_TAIL) + r"))?" +
    r"\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})\s*(?:\([^)]{1,60}\)?)?\s*$")  # "(D-Chicago)"; "(Choctaw Nation, OK)", cut at its comma
TITLE_WORD = re.compile(r"\b(?:" + ROLE_END[3:-1] + r"|Assembly\w+|Council\w+)\b")
LEADING_TITLE = re.compile(r"(?:(?:Lieutenant |Lt\. )?Governor|Mayor|(?:State )?Senator|Congressman|Congresswoman|(?:State )?Representative|Ambassador|"
                           r"Secretary|Minister|County Executive|County Commissioner|Commissioner|Councilmember|Council Member|Sheriff|Judge)(?:-elect)?\s+")
ITEM_SPLIT = re.compile(r",\s+(?:and\s+)?|;\s+|\s+and\s+(?=[A-Z])|\s*\n\s*(?:[-–•▪*]|\d+[.)])?\s*|\s+[-–]\s+(?=[A-Z])|\s\d{1,2}\.\s+(?=[A-Z])")


def titled_items(doc: Document, zone: Zone, publisher: str | None) -> list[PersonMention]:
    """People in a list whose titles the knowledge base may not know: "American Rescue Plan
    Coordinator Gene Sperling, and Deputy Director of the Office of ... Greg Wilcox"."""
    found, text, pos = [], doc.text, zone.start
    body = text[zone.start: zone.end].rstrip(" .")
    for part in ITEM_SPLIT.split(body):
        start = text.find(part, pos, zone.end)
        if start < 0:
            continue
        pos = start + len(part)
        m = TITLED_ITEM.search(part)
        if m is None:
            continue
        name = m.group("name")
        n_start = start + m.start("name")
        n_end = n_start + len(name)
        if TITLE_WORD.search(name) or any(_portfolio_word(w) for w in name.split()) or not _plain_name(doc, name.split(), n_start, n_end):
            continue  # (not "Presiding Judge, General Sessions Court": a court's name)
        person = PersonMention(name, n_start, n_end, role=part[:m.start("name")].strip() or None,
                               evidence=[(start, n_end)])
        _resolve(doc, person, publisher)
        found.append(person)
    return found
