"""The knowledge base: versioned data files in ``kb/data/`` and the code that loads them.

``load_kb()`` reads the files once per process and builds one Aho-Corasick
automaton over every surface form (country names and adjectives, cities,
venues, organisations, office titles, registered people), so a post is scanned
for all of them in a single pass (:meth:`KB.scan`).
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from datetime import date, timedelta
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple
from pathlib import Path

import ahocorasick_rs

DATA = Path(__file__).parent / "data"


def word_automaton(words: list[str], leftmost: bool = False) -> ahocorasick_rs.AhoCorasick:
    """An Aho-Corasick automaton over ``words``; its matches report each word by its index in the list
    (with ``leftmost``, the match that starts first comes first)."""
    kind = ahocorasick_rs.MatchKind.LeftmostFirst if leftmost else ahocorasick_rs.MatchKind.Standard
    return ahocorasick_rs.AhoCorasick(words, matchkind=kind, implementation=ahocorasick_rs.Implementation.ContiguousNFA)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A person's name folded for comparison: no accents, case or punctuation."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", folded))


TITLE_WORDS = {
    "President", "Vice", "King", "Queen", "Prime", "Minister", "Secretary", "Chancellor", "Emir", "Amir", "Sultan",
    "Crown", "Prince", "Princess", "Sheikh", "Sheikha", "Pope", "His", "Her", "Dr.", "Dr", "Mr.", "Mr", "Ms.", "Ms",
    "Mrs.", "General", "Ayatollah", "Premier", "Chairman", "Speaker", "Ambassador", "Director-General",
}


def plural(title: str) -> str:
    """"Foreign Minister" -> "Foreign Ministers", "Secretary" -> "Secretaries"."""
    if title.endswith("y") and not title.endswith(("ay", "ey", "oy")):
        return title[:-1] + "ies"
    return title + "s"


def plain_name(form: str) -> bool:
    """A registry form that is a name alone, with no title, honorific or "of" ("President Biden" is not); a title word
    inside a name is the name's ("Hossein Amir Abdollahian")."""
    words = form.split()
    return " of " not in form and words[0] not in TITLE_WORDS and words[-1] not in TITLE_WORDS


@dataclass
class Country:
    iso3: str
    iso2: str
    name: str
    official: str
    names: list[str]
    adjectives: list[str]
    hashtags: list[str]
    capital: str | None


@dataclass
class Organisation:
    code: str
    name: str
    aliases: list[str]
    members: list[str] = field(default_factory=list)
    parent: str | None = None
    ambiguous_aliases: list[str] = field(default_factory=list)
    dependent_aliases: list[str] = field(default_factory=list)  # count only beside the organisation's own name
    seat: dict | None = None  # {"city", "country"} of its headquarters, where it has one


@dataclass(frozen=True)
class Summit:
    """A leaders' summit: the organisation it met in, where and on which days (ISO dates)."""
    code: str
    name: str
    places: frozenset[str]  # its places' names as name_key folds them
    iso3: str
    start: str
    end: str


@dataclass
class Person:
    name: str
    country: str | None
    aliases: list[str]
    wikidata: str | None
    offices: list[dict]
    organisation: str | None = None

    @cached_property
    def plain_forms(self) -> list[str]:
        """The name and aliases that are names alone (no title or honorific)."""
        return [f for f in (self.name, *self.aliases) if plain_name(f) and not f.startswith(("Dr", "Mr", "H.E"))]

    def office_on(self, day: str | None, role: str | None = None) -> dict | None:
        """The office held on ``day`` (ISO date), else the latest one; of several held
        at once, the one named ``role``."""
        if not self.offices:
            return None
        held = [o for o in self.offices if day and (o.get("start") or "0000") <= day <= (o.get("end") or "9999")]
        held = held or [max(self.offices, key=lambda o: o.get("start") or "")]
        return next((o for o in held if role and o.get("role") == role), held[0])


STATE_LINK = re.compile(r"\s+of\s+(?:the\s+)?$")  # "... of the " before a state's name an office's form had run into
NUMBERED_ACRONYM = re.compile(r"([A-Z]{2,5})(\d{2})")  # an acronym and a session's number: "COP28", "UNGA79"


class Mention(NamedTuple):
    """A knowledge-base entry found in a text: ``kind`` is country, adjective,
    city, venue, org, office or person; ``value`` the resolved entry."""

    start: int
    end: int
    kind: str
    value: object
    surface: str


class KB:
    """All reference data, indexed for lookup and for scanning texts."""

    def __init__(self, data_dir: Path = DATA):
        self.data_dir = data_dir
        self.countries = {c.iso3: c for c in _load_countries(data_dir)}
        self.by_iso2 = {c.iso2: c.iso3 for c in self.countries.values()}
        self.organisations = {o.code: o for o in _load_organisations(data_dir)}
        self.cities = _load_cities(data_dir)  # surface -> (city, iso3)
        self.subdivisions = _load_subdivisions(data_dir)  # "Delaware" -> "USA"
        venue_rows = _read_tsv(data_dir / "venues.tsv")
        self.venues = _places(venue_rows, "venue")  # surface -> (city, iso3)
        self.body_venues = frozenset(r["venue"] for r in venue_rows if r.get("body") == "yes")
        # venues named after the body that sits there ("the State Duma"): a place only where an event is held at or in them
        self.summits = _load_summits(data_dir)
        self.summits_by_place: dict[str, list[Summit]] = {}
        for summit in self.summits:
            for place in summit.places:
                self.summits_by_place.setdefault(place, []).append(summit)
        self.offices = _load_offices(data_dir)
        self.people = _load_people(data_dir)
        self.people_by_key = {}
        for person in self.people:
            for n in [person.name, *person.aliases]:
                self.people_by_key.setdefault(name_key(n), person)
        self.org_alias = {a: o.code for o in self.organisations.values() for a in {o.code, o.name, *o.aliases}}
        self.ambiguous_org_aliases = {a: o.code for o in self.organisations.values() for a in o.ambiguous_aliases}
        self.dependent_org_aliases = {a: o.code for o in self.organisations.values() for a in o.dependent_aliases}
        for a, code in self.dependent_org_aliases.items():
            self.ambiguous_org_aliases.setdefault(a, code)
        self.stop_phrases = _load_lines(data_dir / "stop_phrases.txt")
        self.hashtag_countries = self._hashtag_index()
        self.automaton, self.surface_entries = self._build_automaton()
        self.vocabulary = frozenset(self._vocabulary())
        self.office_orgs = self._office_orgs()
        self.absent_offices = {state: re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")
                               for state, forms in self.offices.get("absent", {}).items() if state != "_"}  # "USA": Minister, King, ...
        self.people_by_surname: dict[str, list[Person]] = {}
        for p in self.people:
            if " " in p.name:
                self.people_by_surname.setdefault(p.name.split()[-1], []).append(p)
        self.surnames = frozenset(self.people_by_surname)  # "Harris", "Blinken"
        self.office_states = self._office_states()
        self.holders: dict[tuple[str, str], list[Person]] = {}  # (state, office) -> the registry's holders of it
        for person in self.people:
            for office in person.offices:
                if person.country:
                    self.holders.setdefault((person.country, office["role"]), []).append(person)
        continuations = sorted(self.offices.get("portfolio_continuations", []), key=len, reverse=True)
        self.portfolio_tail = re.compile(
            r"(?:,?\s+(?:and\s+)?(?:" + "|".join(map(re.escape, continuations)) + r")\b)+" if continuations else r"(?!)"
        )
        self.office_words = frozenset(
            w for form in [*self.offices["heads"], *self.offices.get("portfolio_continuations", [])]
            for w in re.findall(r"[A-Z][\w-]*", form)
        ) - {"President", "Minister", "Prime", "King", "Queen", "Emir", "Sultan", "Prince"}

    @cached_property
    def towns(self) -> dict[str, list[tuple[str, str]]]:
        """The smaller places of ``towns.tsv`` (15,000 to 150,000 people), by folded name, the most populous
        first: (town, iso3). Not scanned for: read only where a cue names a place ("talks held in Viljandi")."""
        rows = sorted(_read_tsv(self.data_dir / "towns.tsv"), key=lambda r: -int(r["population"]))
        towns: dict[str, list[tuple[str, str]]] = {}
        for row in rows:
            towns.setdefault(name_key(row["town"]), []).append((row["town"], row["iso3"]))
        return towns

    def town(self, name: str, states=()) -> tuple[str, str] | None:
        """The town ``name`` names, (town, iso3): the one in one of ``states`` if there is one, else the most populous."""
        found = self.towns.get(name_key(name))
        if not found:
            return None
        return next((t for t in found if t[1] in states), found[0])

    # -- indexes -------------------------------------------------------------
    def _hashtag_index(self) -> dict[str, str]:
        index = {}
        for c in self.countries.values():
            for form in [*c.hashtags, c.name.replace(" ", ""), *c.names]:
                if " " not in form and form[:1].isupper():
                    index.setdefault(form, c.iso3)
        return index

    def _surface_forms(self):
        for c in self.countries.values():
            for n in {c.name, c.official, *c.names}:
                if n:
                    yield n, ("country", c.iso3)
            official = c.official or ""
            if official.endswith(("Republic", "Kingdom")) and " of " not in official:
                yield f"{official.split()[-1]} of {c.name}", ("country", c.iso3)  # "Republic of Rwanda" for "Rwandese Republic"
            for a in c.adjectives:
                yield a, ("adjective", c.iso3)
        for surface, place in self.cities.items():
            yield surface, ("city", place)
        for surface, place in self.venues.items():
            yield surface, ("venue", place)
        for o in self.organisations.values():
            for a in {o.code, o.name, *o.aliases, *o.ambiguous_aliases, *o.dependent_aliases}:
                if a == o.code and a.title() in self.cities:
                    continue  # "ASTANA, Kazakhstan, May 20.": a dateline's city, not the Astana format's code
                yield a, ("org", o.code)
                if (numbered := NUMBERED_ACRONYM.fullmatch(a)):  # "COP28" is also written "COP 28" and "COP-28"
                    yield f"{numbered[1]} {numbered[2]}", ("org", o.code)
                    yield f"{numbered[1]}-{numbered[2]}", ("org", o.code)
        for form, role in self.offices["heads"].items():
            yield form, ("office", role)
            if form[:1].isupper() and " of " not in form and not form.endswith("s"):
                yield plural(form), ("office", role)  # "Foreign Ministers of Kazakhstan and Uzbekistan"
        for person in self.people:
            for n in {person.name, *person.aliases}:
                if len(n) > 3 and (plain_name(n) or n == person.name):  # "Amir Khan Muttaqi" is a name
                    yield n, ("person", person)
        for phrase in self.stop_phrases:
            yield phrase, ("stop", phrase)

    def _office_orgs(self) -> dict[str, str]:
        """Office forms that name their organisation: "European Commission President" -> EU."""
        found = {}
        for form in self.offices["heads"]:
            for _, _, index in self._word_matches(form):
                surface, entries = self.surface_entries[index]
                code = next((value for kind, value in entries if kind == "org"), None)
                if code and surface not in self.ambiguous_org_aliases:
                    found[form] = found[plural(form)] = code  # "the BRICS Sherpas" too
                    break
        return found

    def _office_states(self) -> dict[str, tuple[str, int]]:
        """Office forms that open with their state, and its length: "U.S. Secretary of State" -> USA, 4."""
        found = {}
        for form in self.offices["heads"]:
            for start, neg_end, index in self._word_matches(form):
                if start == 0:
                    kinds = [(kind, value) for kind, value in self.surface_entries[index][1] if kind in ("country", "adjective")]
                    if kinds and -neg_end < len(form):
                        found[form] = (kinds[0][1], -neg_end)
        return found

    def _build_automaton(self):
        """The automaton over every surface form, and (form, entries) by the index it reports."""
        entries: dict[str, list] = {}
        for surface, entry in self._surface_forms():
            surface = surface.strip()
            if surface.lower().startswith("the "):
                surface = surface[4:]
            for form in {surface, surface.replace("'", "’"), surface.replace("’", "'")}:
                entries.setdefault(form, [])
                if entry not in entries[form]:
                    entries[form].append(entry)
        surface_entries = list(entries.items())
        return word_automaton([form for form, _ in surface_entries]), surface_entries

    def _vocabulary(self):
        for surface in list(self.cities) + [p.name for p in self.people] + list(self.offices["heads"]):
            for word in surface.split():
                if word[:1].isupper() and word.isalpha():
                    yield word
        for c in self.countries.values():
            for n in [c.name, *c.names, *c.adjectives]:
                yield from (w for w in n.split() if w[:1].isupper() and w.isalpha())

    # -- scanning ------------------------------------------------------------
    def _word_matches(self, text: str) -> list[tuple[int, int, int]]:
        """(start, -end, index) of every surface form found in ``text`` on word boundaries (not inside a
        longer word), overlapping ones included."""
        size = len(text)
        return [(start, -end, index) for index, start, end in self.automaton.find_matches_as_indexes(text, overlapping=True)
                if not ((start and text[start - 1].isalnum()) or (end < size and text[end].isalnum()))]

    def scan(self, text: str) -> list[Mention]:
        """Every entry found in ``text`` on word boundaries, longest first where they overlap."""
        found = sorted(self._word_matches(text))  # by start, longest first
        kept, reach = [], -1
        surface_entries = self.surface_entries
        for start, neg_end, index in found:
            if start < reach and kept and kept[-1].kind == "office" and -neg_end > reach and (
                    link := STATE_LINK.search(text, kept[-1].start, start)) and link.end() == start:
                form, entries = surface_entries[index]
                if any(kind == "country" for kind, _ in entries) and text[kept[-1].start: link.start()] in self.offices["heads"]:
                    # "President of the Republic of Armenia": a President of the state named, not the French "President of
                    # the Republic" ("President for the Re-Foundation of the Republic of Madagascar" is one title)
                    office = kept.pop()
                    kept.append(office._replace(end=link.start(), surface=text[office.start: link.start()]))
                    reach = link.start()
            if start >= reach:
                end = -neg_end
                form, entries = surface_entries[index]
                for kind, value in entries:
                    if kind != "stop":
                        kept.append(Mention(start, end, kind, value, form))
                reach = end
        return kept

    def summit_at(self, city: str, day: str) -> Summit | None:
        """The summit held in ``city`` (as read) on ``day`` or the day before it opened."""
        return next((s for s in self.summits_by_place.get(name_key(city), ()) if _day_before(s.start) <= day <= s.end), None)

    def person(self, name: str) -> Person | None:
        """The registered person of this name, written with or without middle initials ("Michael R. Pompeo"), or with the
        initial of a patronymic before it ("U.Khurelsukh")."""
        key = name_key(name)
        found = self.people_by_key.get(key)
        if found is None and (words := key.split()) and len(words) >= 3:
            found = self.people_by_key.get(" ".join([words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]))
        if found is None and len(words) >= 2 and len(words[0]) == 1 and re.match(r"\W*\w\.", name):
            found = self.people_by_key.get(" ".join(words[1:]))  # "U.Khurelsukh", "L. Oyun-Erdene": an initial before the name registered
        return found

    def holder(self, surname: str, role: str | None, day: str | None) -> Person | None:
        """The one registered person of this surname who held ``role`` on ``day``: "Prime Minister Harper"
        in 2010 is Stephen Harper."""
        if not role or not day:
            return None
        wanted = role.lower()
        found = [p for p in self.people_by_surname.get(surname, ()) if any(
            (o.get("start") or "0000") <= day <= (o.get("end") or "9999") and (o["role"].lower() in wanted or o["role"].lower().startswith(wanted))
            for o in p.offices)]
        return found[0] if len(found) == 1 else None

    def country_of_flag_pair(self, pair: str) -> str | None:
        letters = "".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in pair)
        return self.by_iso2.get(letters)


def _load_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [l.strip() for l in lines if l.strip() and not l.startswith("#")]


def _load_countries(data_dir: Path) -> list[Country]:
    rows = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    return [Country(**{k: r.get(k) for k in Country.__dataclass_fields__}) for r in rows]


def _load_organisations(data_dir: Path) -> list[Organisation]:
    rows = json.loads((data_dir / "organisations.json").read_text(encoding="utf-8"))
    return [Organisation(**{k: r[k] for k in Organisation.__dataclass_fields__ if k in r}) for r in rows]


def _read_tsv(path: Path) -> list[dict]:
    """A data file's rows by its header, without its "#" comment lines."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _places(rows: list[dict], key: str) -> dict[str, tuple[str, str]]:
    places = {}
    for row in rows:
        place = (row.get("city") or row[key], row["iso3"])
        for surface in [row[key], *(row.get("aliases") or "").split("|")]:
            if surface.strip():
                places.setdefault(surface.strip(), place)
    return places


def _load_cities(data_dir: Path) -> dict[str, tuple[str, str]]:
    return _places(_read_tsv(data_dir / "cities.tsv"), "city")


def _load_subdivisions(data_dir: Path) -> dict[str, str]:
    rows = (data_dir / "subdivisions.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return dict(row.split("\t") for row in rows if row.strip())


def _day_before(day: str) -> str:
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def _load_summits(data_dir: Path) -> list[Summit]:
    summits = []
    for row in _read_tsv(data_dir / "summits.tsv"):
        places = frozenset(name_key(p) for p in row["places"].split("|") if p.strip())
        summits.append(Summit(row["code"], row["summit"], places, row["iso3"], row["start"], row["end"]))
    return summits


def _load_offices(data_dir: Path) -> dict:
    raw = json.loads((data_dir / "offices.json").read_text(encoding="utf-8"))
    heads = {h["form"]: h["role"] for h in raw["heads"]}
    return {**raw, "heads": heads}


def _load_people(data_dir: Path) -> list[Person]:
    rows = json.loads((data_dir / "people.json").read_text(encoding="utf-8"))
    return [
        Person(r["name"], r.get("country"), r.get("aliases", []), r.get("wikidata"), r.get("offices", []), r.get("organisation"))
        for r in rows
    ]


@lru_cache(maxsize=4)
def load_kb(data_dir: str | None = None) -> KB:
    """The knowledge base, loaded once per process (and per data folder)."""
    return KB(Path(data_dir) if data_dir else DATA)
