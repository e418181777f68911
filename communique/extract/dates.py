"""Date expressions: explicit dates, ranges, "today"/"yesterday", weekdays.

Every expression is resolved to a full date against a :class:`DateContext`:
the publication day (in the publisher's local time) or, in a dump without
dates, a neighbouring post's date. A year that the text does not state is
marked as inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from .cues import WordCued

MONTHS = {m.lower(): i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
MONTHS.update({m[:3].lower(): i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}

_MONTH = r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?"
_DASH = r"\s*(?:-|–|—|to|and|through)\s*"
_YEAR = r"(?:,?[^\S\n]+(?P<{n}>(?:1[0-9]|20)\d\d)(?!\d))?"  # a date does not run over a line's end ("Session 3" / "May 19, 2023")
_WEEKDAY = r"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"

# "April 8-9, 2024", "December 31, 2025 – January 2, 2026", "May 30", "Tuesday, November 28", "December, 14, 2023"
MONTH_FIRST = re.compile(
    _WEEKDAY + _MONTH.format(n="m1") + r"(?:,(?=[^\S\n]+\d{1,2},?[^\S\n]+(?:19|20)\d\d))?[^\S\n]+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?![\d:])" + _YEAR.format(n="y1")
    + r"(?:" + _DASH + r"(?:" + _MONTH.format(n="m2") + r"\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d:])" + _YEAR.format(n="y2") + r")?"
)
# "8-9 April 2024", "16 October", "the 5th of March", "31 December 2025 – 2 January 2026"
DAY_FIRST = re.compile(
    _WEEKDAY + r"(?<![\d.])(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:[^\S\n]+" + _MONTH.format(n="m1") + _YEAR.format(n="y1") + r")?"
    + _DASH + r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?[^\S\n]+" + _MONTH.format(n="m2") + _YEAR.format(n="y2")
    + r"|" + r"(?<![\d.])(?P<d3>\d{1,2})(?:(?:st|nd|rd|th)\s+of|st|nd|rd|th)?[^\S\n]+" + _MONTH.format(n="m3") + _YEAR.format(n="y3")  # "the 5th of March"
)
# "(24.01.2026)": day, month and year in figures, as European datelines write them
NUMERIC_DAY_FIRST = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d])")
MONTH_WORD = re.compile(r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])")  # a month, not "Maria"
_CAPS_MONTH = "(?:" + "|".join(m.upper() for m in list(MONTHS)[:12]) + ")"
CAPS_MONTH_DATE = re.compile(r"\b" + _CAPS_MONTH + r"\s+\d{1,2},?\s+(?:19|20)\d\d\b|\b\d{1,2}\s+" + _CAPS_MONTH + r"\b|(?<=[A-Z], )" + _CAPS_MONTH + r"\s+\d{1,2}(?=[,.])")
# (or a dateline's "YEREVAN, JULY 17, ARMENPRESS.")
CAPS_WORD = re.compile(r"[A-Z]{3,}")
CAPS_MONTH_STEMS = ("UARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "MBER", "OCTOBER")  # a cheap first test: one is in every month
YEARS_AGO = WordCued(re.compile(r"\b(?:[Oo]n )?this (?:very )?day,? (?P<n>\d{1,4}) years ago\b|^[^\w\n]*(?P<n0>\d{1,4}) years ago\b", re.M))  # or opening a line: "🇺🇳 24 years ago, ..."
RELATIVE_STEMS = ("day", "years ago", "tomorrow", "tonight", "this morning", "this afternoon", "this evening", "last night")  # in every relative expression
NUMERIC_HINT = re.compile(r"\d\.\d{1,2}\.[12]")
# "Rabat, 26/03/2024 (MAP)", "التاريخ: 2024/05/10", "12/08/2025 05:39 PM EST": a date in figures with slashes, year first or last
SLASHED = re.compile(r"(?<![\d/.])(?:(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)|(?P<y2>(?:19|20)\d\d)/(?P<m2>\d{1,2})/(?P<d2>\d{1,2}))(?![\d/])")
TWELVE_HOUR_CLOCK = re.compile(r"\s+\d{1,2}:\d{2}\s*[AP]M\b")  # after a page's stamp, it says the stamp is month first
RELATIVE = WordCued(re.compile(r"\b(?P<rel>(?:the day (?:before|after) )?(?:yesterday|tomorrow)|today|tonight|this morning|this afternoon|this evening|"
                               r"earlier today|last night)\b", re.I))
WILL_BEFORE = re.compile(r"\b(?:will|shall|is to|are to|is due to|are due to|is set to|are set to|is scheduled to|are scheduled to|plans? to)\s+[^.;!?\n]*$")
WEEKDAY_ONLY = WordCued(re.compile(r"\b(?:on|last|this|On|Last|This|from(?=\s+\w+\s+(?:to|until|through)\s))\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d))"
                          # "Friday, President Biden dropped by a meeting ...": a weekday opening a paragraph
                          r"|^[ \t*_]*(?P<wd0>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|\d))"
                          # "Wang Yi said Tuesday", "held talks Saturday": a news report's bare weekday after its verb
                          r"|\b(?:met|said|says|held|told|spoke|talked|signed|visited|arrived|announced|hosted|received|welcomed|discussed|congratulated|"
                          r"called|phoned|thanked|condemned|urged|praised|expressed|sent|joined|attended|agreed|left|departed|[ap]\.m\.|"
                          r"meeting|call|talks|conversation)(?:\s|,[ \t]+(?:here[ \t]+)?)(?:(?:late|early)\s)?"  # (or "In their first in-person meeting
                          # Wednesday", "held a telephone call Friday", "met late Friday", "held, Wednesday in Cairo, talks", "signed, here Friday, a")
                          r"(?P<wd1>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d))", re.M))
# "the first Saturday of February", "the last Sunday in May 2026": a day a calendar rule fixes
ORDINAL_WEEKDAY = re.compile(r"\b(?P<ord>first|second|third|fourth|last)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of|in)\s+"
                             + _MONTH.format(n="m") + _YEAR.format(n="y"), re.I)
ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
ANCHOR = re.compile(_MONTH.format(n="m") + r"\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)|(?P<d2>\d{1,2})\s+" + _MONTH.format(n="m2") + r",?\s+(?P<y2>(?:19|20)\d\d)")

# where a night is named by the morning that ends it ("в ночь на 3 мая", "on the night of May 3"): "last night" is today's
NIGHT_OF_THE_MORNING = frozenset({"RUS", "BLR", "UKR", "KAZ", "KGZ", "TJK", "UZB", "ARM", "AZE", "MDA"})
TIMEZONES = {
    "RUS": "Europe/Moscow", "USA": "America/New_York", "CHN": "Asia/Shanghai", "GBR": "Europe/London",
    "IND": "Asia/Kolkata", "KAZ": "Asia/Almaty", "BLR": "Europe/Minsk", "IRN": "Asia/Tehran",
    "TUR": "Europe/Istanbul", "FRA": "Europe/Paris", "DEU": "Europe/Berlin", "JPN": "Asia/Tokyo",
    "UZB": "Asia/Tashkent", "KGZ": "Asia/Bishkek", "TJK": "Asia/Dushanbe", "PAK": "Asia/Karachi",
    "BRA": "America/Sao_Paulo", "ZAF": "Africa/Johannesburg", "UKR": "Europe/Kyiv",
}


@dataclass(frozen=True)
class DateContext:
    """What relative dates resolve against.

    ``mode`` is "published" (the post's own publication time), "after" (a
    previous post's date: this post is later) or "before" (a later post's
    date: this post is earlier).
    """

    reference: date | datetime
    mode: str

    @classmethod
    def from_published(cls, published: str | None) -> "DateContext | None":
        stamp = parse_timestamp(published)
        return cls(stamp, "published") if stamp else None

    def local_day(self, iso3: str | None) -> date:
        ref = self.reference
        if isinstance(ref, datetime):
            if ref.tzinfo is not None and iso3 in TIMEZONES:
                ref = ref.astimezone(ZoneInfo(TIMEZONES[iso3]))
            return ref.date()
        return ref


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: str | None
    end_date: str | None = None
    inferred: bool = False
    kind: str = "explicit"  # explicit, relative, weekday


def parse_timestamp(value: str | None) -> datetime | None:
    if not value:
        return None
    text = str(value).strip().replace("Z", "+00:00")
    for candidate in (text, text.replace(" ", "T", 1)):
        try:
            return datetime.fromisoformat(candidate)
        except ValueError:
            continue
    m = ANCHOR.search(text)
    if m:
        d = _anchor_date(m)
        return datetime(d.year, d.month, d.day) if d else None
    return None


def _anchor_date(m: re.Match) -> date | None:
    month = MONTHS[(m["m"] or m["m2"]).lower().rstrip(".")]
    try:
        return date(int(m["y"] or m["y2"]), month, int(m["d"] or m["d2"]))
    except ValueError:
        return None


def find_anchor(text: str, lines: int = 4) -> date | None:
    """The first full date (with its year) in a post's opening lines: the date of
    the post's own event, which dates its neighbours in a dump without dates."""
    opening = "\n".join([l for l in text.split("\n") if l.strip()][:lines])
    for m in ANCHOR.finditer(opening):
        if (d := _anchor_date(m)) is not None:
            return d
    return None


def _resolve_year(month: int, day: int, context: DateContext | None, iso3: str | None) -> tuple[int | None, bool]:
    if context is None:
        return None, True
    ref = context.local_day(iso3)
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None, True
    if context.mode == "after":
        later = [c for c in candidates if c >= ref - timedelta(days=45)]
        return (min(later) if later else max(candidates)).year, True
    if context.mode == "before":
        earlier = [c for c in candidates if c <= ref + timedelta(days=45)]
        return (max(earlier) if earlier else min(candidates)).year, True
    # a post is usually about the recent past; the near future is less likely
    best = min(candidates, key=lambda c: (c - ref).days * (1.5 if c > ref else -1.0))
    return best.year, True


def _make(year, month, day) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except (ValueError, TypeError):
        return None


def _explicit(m: re.Match, groups, context, iso3) -> DateMention | None:
    m1, d1, y1, m2, d2, y2 = groups
    month1 = MONTHS[m1.lower().rstrip(".")] if m1 else None
    month2 = MONTHS[m2.lower().rstrip(".")] if m2 else None
    month1 = month1 or month2
    month2 = month2 or month1
    if month1 is None:
        return None
    day1, day2 = int(d1), (int(d2) if d2 else None)
    year1 = int(y1) if y1 else (int(y2) if y2 and (month2 >= month1) else None)
    inferred = False
    if year1 is None:
        year1, inferred = _resolve_year(month1, day1, context, iso3)
        if year1 is None:
            return DateMention(m.start(), m.end(), None, None, True)
    start = _make(year1, month1, day1)
    if start is None:
        return None  # "February 30": not a date
    end = None
    if day2 is not None:
        year2 = int(y2) if y2 else (year1 if month2 >= month1 else year1 + 1)
        end = _make(year2, month2, day2)
        if end is not None and end <= start:
            end = None
    return DateMention(m.start(), m.end(), start, end, inferred)


def find_dates(text: str, context: DateContext | None, iso3: str | None = None) -> list[DateMention]:
    """Every date expression in ``text``, resolved, in order of position."""
    found: list[DateMention] = []
    if any(word in text for word in CAPS_MONTH_STEMS) and CAPS_MONTH_DATE.search(text):
        # "JANUARY 26, 2024" over a readout: read as "January 26, 2024" (the same length)
        text = CAPS_MONTH_DATE.sub(lambda m: CAPS_WORD.sub(lambda w: w.group().title(), m.group()), text)
    month_first, day_first = _month_windows(text)  # every explicit date names a month: look only around them
    for lo, hi in month_first:
        for m in MONTH_FIRST.finditer(text, lo, hi):
            if (d := _explicit(m, (m["m1"], m["d1"], m["y1"], m["m2"], m["d2"], m["y2"]), context, iso3)):
                found.append(d)
    for lo, hi in day_first:
        for m in DAY_FIRST.finditer(text, lo, hi):
            groups = (m["m1"], m["d1"], m["y1"], m["m2"], m["d2"], m["y2"]) if m["d1"] else (m["m3"], m["d3"], m["y3"], None, None, None)
            if (d := _explicit(m, groups, context, iso3)):
                found.append(d)
    if "day of " in text or "day in " in text:
        for m in ORDINAL_WEEKDAY.finditer(text):
            if (d := _ordinal_weekday(m, context, iso3)) is not None:
                found.append(d)
    if NUMERIC_HINT.search(text):
        for m in NUMERIC_DAY_FIRST.finditer(text):
            if (day := _make(int(m["y"]), int(m["m"]), int(m["d"]))) is not None:
                found.append(DateMention(m.start(), m.end(), day))
    if "/" in text:
        for m in SLASHED.finditer(text):
            if (day := _slashed(m, context, iso3)) is not None:
                found.append(DateMention(m.start(), m.end(), day))
    return _relative(text, context, iso3, found)


def _slashed(m: re.Match, context: DateContext | None, iso3: str | None) -> str | None:
    """The day a slashed date names. Year first is year-month-day; year last is day-month-year, as most of the world
    writes it, unless its figures, its publisher or a 12-hour clock after it say month first ("03/26/2024"; a US publisher's
    "03/04/2024"; "12/08/2025 05:39 PM EST"; "03/04/2024" alone is either); where both readings are days, the one the
    publication date allows wins (an event is not reported before it happens)."""
    if m["y2"]:
        return _make(int(m["y2"]), int(m["m2"]), int(m["d2"]))
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    readings = [_make(year, b, a), _make(year, a, b)]  # day first, month first
    if iso3 == "USA" or TWELVE_HOUR_CLOCK.match(m.string, m.end()):
        readings.reverse()
    days = [d for d in readings if d is not None]
    if len(days) == 2 and context is not None and context.mode == "published":
        if days[0] > context.local_day(iso3).isoformat() >= days[1]:
            return days[1]
    return days[0] if days else None


def _ordinal_weekday(m: re.Match, context: DateContext | None, iso3: str | None) -> DateMention | None:
    """"the first Saturday of February": the month's first (second, ..., last) such weekday."""
    month, weekday = MONTHS[m["m"].lower().rstrip(".")], WEEKDAYS[m["wd"].lower()]
    year, inferred = (int(m["y"]), False) if m["y"] else _resolve_year(month, 15, context, iso3)
    if year is None:
        return None
    if m["ord"].lower() == "last":
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
        day = last - timedelta(days=(last.weekday() - weekday) % 7)
    else:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * ORDINALS[m["ord"].lower()])
    return DateMention(m.start(), m.end(), day.isoformat(), inferred=inferred)


def _month_windows(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Stretches of text around month names, merged where they overlap: around those a day follows
    ("March 4"), and around those a day precedes ("4 March"), the only places either kind of date can be."""
    after: list[list[int]] = []
    before: list[list[int]] = []
    for m in MONTH_WORD.finditer(text):
        hi = min(len(text), m.end() + 60)
        for windows, day, reach in ((after, DAY_AFTER.match(text, m.end()), WEEKDAY_REACH),
                                    (before, DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()), 40)):
            if day is None:
                continue
            lo = max(0, m.start() - reach)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
    return [(lo, hi) for lo, hi in after], [(lo, hi) for lo, hi in before]


WEEKDAY_REACH = 16  # "Wednesday, " before a month-first date
NAME_BEFORE_TODAY = re.compile(r"(?<![.!?:\n]\s)(?<![.!?:\n])\b[A-Z][A-Za-z]+ $")  # a capitalised word, not a sentence's start, just before "Today"
DAY_AFTER = re.compile(r"[.,]?\s+\d")  # every MONTH_FIRST match has one after its first month ("December, 14, 2023" too)
DAY_BEFORE = re.compile(r"\d(?:(?:st|nd|rd|th)\s+of|st|nd|rd|th)?\s+$")  # every DAY_FIRST match has one before its last month


def _may_be_relative(text: str) -> bool:
    lowered = text.lower()
    return any(stem in lowered for stem in RELATIVE_STEMS)


def _relative(text: str, context: DateContext | None, iso3: str | None, found: list[DateMention]) -> list[DateMention]:
    """Add "today", "yesterday" and weekday expressions, then keep the leftmost-longest."""
    if context is not None and _may_be_relative(text):
        day = context.local_day(iso3)
        for m in RELATIVE.finditer(text):
            if m.group()[0] == "T" and NAME_BEFORE_TODAY.search(text, max(0, m.start() - 30), m.start()):
                continue  # "Russia Today", "USA Today": a name, not a day
            shift = {"yesterday": -1, "tomorrow": 1, "last night": 0 if iso3 in NIGHT_OF_THE_MORNING else -1, "the day before yesterday": -2,
                     "the day after tomorrow": 2}.get(m["rel"].lower(), 0)
            found.append(DateMention(m.start(), m.end(), (day + timedelta(days=shift)).isoformat(), kind="relative"))
        for m in WEEKDAY_ONLY.finditer(text):
            back = (day.weekday() - WEEKDAYS[(m["wd"] or m["wd0"] or m["wd1"]).lower()]) % 7
            if back and m.group().startswith(("on ", "On ", "from ", "From ")) and WILL_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                back -= 7  # "will travel to Laos on Wednesday", "will attend the 43rd Asean Summit from Tuesday to Thursday": the Wednesday to come
            found.append(DateMention(m.start("wd1") if m["wd1"] else m.start(), m.end(), (day - timedelta(days=back)).isoformat(),
                                     inferred=True, kind="weekday"))
        for m in YEARS_AGO.finditer(text):  # "On this day, 64 years ago": the same day, that many years back
            then = _make(day.year - int(m["n"] or m["n0"]), day.month, day.day)
            if then:
                found.append(DateMention(m.start("n0") if m["n0"] else m.start(), m.end(), then, kind="relative"))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept, reach = [], -1
    for d in found:
        if d.start >= reach:
            kept.append(d)
            reach = d.end
    return kept
