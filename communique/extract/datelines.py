"""The forms a dateline takes: a news agency's or a page's place, day and source opening a report.

"MOSCOW, September 28. /TASS/.", "BEIJING, Sept. 30 (Xinhua) --", "Jeddah, May 19 (BNA):",
"16 August 2023, Addis Ababa: ...", "Berlin, Germany: ...". The document reads them to find where the
lead's first sentence begins (:mod:`.document`), the dates to tell a report's day from the event's
(:mod:`communique.extract`), and the places to tell the city a report was filed in (:mod:`.events`).
"""

from __future__ import annotations

import re

from .dates import MONTH_WORD, MONTHS

MONTH_NAME = "(?:" + "|".join(m.title() + "|" + m.upper() for m in list(MONTHS)[:12]) + r"|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)"
# full names, in capitals too ("JANUARY 26, 2024" over a readout), or "Aug."

# opening a report, read to skip it before the lead's first sentence
CREDIT_REST = r"\s+[^()\n]{2,40}(?:\([^()\n]{1,20}\))?\)\s*"  # a mirror's credit after its first word: "(MENAFN- Kuwait News Agency (KUNA)) "
WIRE_OPENING = re.compile(r"\W*(?:[A-Z][\w.-]*-?" + CREDIT_REST + r")?[A-Z][A-Za-z .’'-]{2,30}(?:\s*\[[A-Z][A-Za-z .’'-]{2,30}\]|\s*/[A-Z][A-Za-z .’'-]{2,30}/)?,\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+(?=[A-Z][a-z]{2,8}\.?\s+\d))?(?:[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}|\d{1,2}\.\d{1,2}(?=\.\d{4}))(?:,?\s+\d{4}|\.\d{4})?(?:[ \t]?\.|,[ \t]*[A-Z]{4,}[ \t]?\.|,[ \t]*/[A-Z]{3,12}/[ \t]?\.|\s+[-–—](?=\s)|[ \t]*\([A-Z][A-Za-z .-]{1,30}\)(?:[ \t]*(?::|--|[-–—])(?=\s)|(?=[ \t]+[A-Z])))(?:\s*[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?\.)?(?:\s*/[ \t]?[A-Za-z]{2,10}[ \t]?/[ \t]?\.?|\s*\([A-Z][^()\n]{1,40}\)[ \t]*[-–—](?=\s))?\s*")
# "MOSCOW, September 28. /TASS/.", "UZBEKISTAN, June 20 - On 21 June, ...", "Bishkek, May 31, 2023. /Kabar/.", "MOSCOW, June 4 – RIA Novosti.",
# "BAKU, Azerbaijan, March 25.", "Bishkek, Sept. 24, 2021 . / Kabar / .", "DUSHANBE, 25.02.2020. (NIAT Khovar) –", "Jeddah, May 19 (BNA):", "YEREVAN, JULY 17, ARMENPRESS.", "Ulaanbaatar, February 24, 2023, /MONTSAME/.", a mirror's credit first: "(MENAFN- Trend News Agency) BAKU, ..."
CREDIT_DATELINE = re.compile(r"\W*[A-Z][A-Z .’'-]{2,30},?[ \t]*\([^()\n]{0,60}\d{4}\)[ \t]+")  # "MOSCOW (UrduPoint News / Sputnik - 17th November, 2020) "
CAPS_CITY_STOP = re.compile(r"\W*[A-Z][A-Z’' -]{2,30}\.")  # "NUR-SULTAN." before its agency: "KAZINFORM - ..."
CAPS_AGENCY = re.compile(r"[ \t]+[A-Z]{4,}\b")
CITY_SLASHED_AGENCY = re.compile(r"\W*[A-Z][A-Za-z’' -]{2,30}[ \t]*/[ \t]?[A-Z][A-Za-z]{2,12}[ \t]?/\.")  # "Ulaanbaatar /MONTSAME/. On March 16, ..."
DATE_AGENCY_STOP = re.compile(r"\W*(?:" + MONTH_NAME + r"\s+\d{1,2}|\d{1,2}\s+" + MONTH_NAME + r")(?:,?\s+\d{4})?,\s+[A-Z][\w-]{2,20}\.\s*")  # "July 23, Pozirk."

# opening a report, read for the city it was filed in
MIRROR_CREDIT = re.compile(r"[^\w\n]*[A-Z][\w.-]*-" + CREDIT_REST)  # "(MENAFN- Kuwait News Agency (KUNA)) " before it
CAPS_OPENING = re.compile(r"[^\w\n]*[A-Z][A-Z]")
CITY_DASH_OPENING = re.compile(r"[^\w\n]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,[ \t]*D\.?C\.?)?[ \t]+(?:—|–|--|-)[ \t]")  # "Addis Ababa — The Chairperson ...",
# "Washington, DC - Vice President Mike Pence met ..."
CAPS_DASH_OPENING = re.compile(r"[^\w\n]*[A-Z]{3,}(?:[ -][A-Z]{2,})*[ \t]+(?:—|–|--)[ \t]")  # "AMMAN — His Majesty ..."
CITY_COLON_OPENING = re.compile(r"[^\w\n]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?:[ \t]")  # "Muscat: His Majesty ...",
# "New Delhi: ...", "Berlin, Germany: Secretary of State ..."
DATED_OPENING = re.compile(r"[^\w\n]*[A-Z][A-Za-z.’' -]{2,30}?(?:\s*\[[A-Z][A-Za-z .’'-]{2,30}\]|,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,\s*[A-Z][a-z]{2,8}\.?\s+\d))?,\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d")
# "Moscow, 4 March –", "Beijing, March 4:", "Canberra, Australia, December 7, 2023 –"
CITY_AGENCY_OPENING = re.compile(r"[^\w\n]*[A-Z][A-Za-z.’' -]{2,30}?,[ \t]*[A-Z]{3,10}[ \t]*(?:--|[—–-])")  # "Ankara, IRNA – "
DAY_MONTH = re.compile(r"\d{1,2}\s+" + MONTH_WORD.pattern)
AGENCY = re.compile(r"\([A-Z][\w .-]{1,30}\)[ \t]*(?:--|[—–-])|/[A-Za-z]{2,10}/")
WIRE_DATELINE = re.compile(r"[^\w\n]*(?P<city>[A-Z][A-Za-z.’' -]{2,30}?)(?:\s*\[[A-Z][A-Za-z .’'-]{2,30}\]|\s*/[A-Z][A-Za-z .’'-]{2,30}/(?=,)|\s*\([A-Z][A-Za-z .’'-]{2,30}\)(?=,\s*[A-Z][a-z]{2,8}\.?\s+\d)|,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,\s*[A-Z][a-z]{2,8}\.?\s+\d|:[ \t]))?(?:,\s*(?:D\.?C\.?(?=[\s,.])|(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|\d{1,2}\.\d{1,2}\.\d{4})))?"
                           r"\.?[ \t]*,?[ \t]*(?P<agency>\([A-Z][\w .-]{1,30}\)|/[A-Za-z][A-Za-z ]{1,14}/\.?|\([A-Z][^()\n]{1,80}\)|(?<=\.)[ \t]*[A-Z]{4,}(?=[ \t]+(?:(?:--|[—–-])[ \t]+)?[A-Z][a-z])|(?<=,)[ \t]*[A-Z]{3,10}(?=[ \t]*(?:--|[—–-])[ \t]))?"
                           r"(?(agency)(?:[ \t]*(?:--|[—–-]|:))?|[ \t]*(?:--|[—–-]|:|(?<=/\.)|(?<=/)|(?<=\d{4}),(?=[ \t]+[A-Z])|(?<=\d\.)(?=[ \t]+[A-Z])|(?<=\d)(?=[ \t]*\n)))(?:[ \t]|(?<=-)(?=\n)|(?<=\d)[ \t]*\n)")
# (or "New Delhi [India], December 4 (ANI):", "CAIRO, (UrduPoint / WAM - 18th Feb, 2021) The", "ASTANA. KAZINFORM Deputy ...", "Riyadh, March 03, 2024, The ...", "Ankara, IRNA – ",
# "DUSHANBE, 14.09.2023 (NIAT Khovar) – ", "BAKU, Azerbaijan, April 2. On April 2, ...", "ADDIS ABABA, Ethiopia, July 19, 2025/APO Group/ --")
SLASHED_YEAR_DATELINE = re.compile(r"[^\w\n]*(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),?[ \t]+(?P<date>" + MONTH_NAME + r"[ \t]+\d{1,2}/[ \t]?\d{4})[ \t]*"
                                   r"(?:(?P<agency>\([A-Z]{2,10}\)|/[A-Z]{2,10}/)|(?=[A-Z]))")
# "Addis Ababa October 6/2022 (ENA)", "Addis Ababa, January 13/2022/ENA/", "Addis Ababa December 25/ 2019 Prime Minister ..."
DATE_FIRST_DATELINE = re.compile(r"[^\w\n]*(?P<date>\d{1,2}\s+" + MONTH_WORD.pattern + r",?\s+\d{4}|" + MONTH_WORD.pattern + r"\s+\d{1,2},\s*\d{4}),\s+"
                                 r"(?P<city>[A-Z][A-Za-z.’' -]{2,30}?)[ \t]*(?::|--|[—–-])[ \t]")  # "16 August 2023, Addis Ababa: The Chairperson ..."
