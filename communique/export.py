"""The output formats: event records as PLOVER JSON Lines, GDELT TSV, CSV, GraphML and Parquet.

Every writer takes an iterable of records (as ``communique.pipeline.records``
yields them; :class:`~communique.models.Skipped` items are passed over) and a
path or an open file, streams one event at a time, and returns the number of
events it wrote (for GraphML: the events the network counts). A path is written to a temporary file beside it and renamed
at the end, so a failed export never leaves half a file. GraphML is the one
format that must hold its edges in memory until the end.

Records come from the pipeline (:func:`select` applies the ``communique
events`` filters to them) or from the store (:func:`stored_records`, which
yields one record per matching event). Each event is ``<post_id>-<seq>``,
``seq`` being its place in the post, in every format and from either source.

plover
    One JSON object a line, shaped after the POLECAT data set (the NGEC coder's
    JSON: ``id``, ``date``, ``event_type``, ``event_text``, ``headline``,
    ``pub_date``, ``publisher``, ``story_id``). Differences: the actor and
    recipient are ``actor1`` (the first participant, else the first state),
    ``actor2`` (the first counterpart: a participant of another state or
    organisation, else another state taking part) and ``recipient`` (every
    counterpart, POLECAT's list of RECIP attributes), each with ``name``,
    ``country`` (ISO3), ``country_name``, ``role``, ``organisation`` and
    ``wikidata`` in place of POLECAT's Wikipedia title and agent codes;
    ``mode`` is one string (POLECAT: ``event_mode``, a list); ``context`` is
    always ``["diplomatic"]`` (POLECAT: ``contexts``, from a classifier);
    ``location`` is ``{city, country, country_name}`` with no coordinates or
    GeoNames id; ``source`` holds the post's url, channel, file and id.
    ``event_type`` is null for events PLOVER drops (statements, interviews,
    "other"); ``communique_type`` keeps communique's own type. ``date`` falls
    back to the publication date (as NGEC does) with ``date_inferred`` true.

gdelt
    The 61 columns of the GDELT 2.0 event table, tab-separated, with a header
    row (GDELT files have none); the date column is named ``SQLDATE`` as in
    GDELT's BigQuery tables and holds the event date, else the publication
    date. EventCode is a CAMEO code chosen from the event
    type, mode and where it happened relative to the two actors (see
    :func:`cameo_code`); events of type "other" have none. Actor codes are
    the state's ISO3 code plus ``GOV`` for officials, ``IGO`` for officials
    of international organisations; names keep their case (GDELT's are upper
    case). ActionGeo country codes are FIPS 10-4, as GDELT's. Not filled:
    religion, ethnic and known-group codes, AvgTone, actor geography,
    coordinates and feature ids, ADM codes. NumMentions, NumSources and
    NumArticles are 1 (one post); DATEADDED is the post's publication time
    (UTC); SOURCEURL is the post's url, else its channel.

csv
    One flat row per event; participants, roles and countries in parallel
    columns joined with "; ".

graphml
    Who met whom: states (or people, ``level="person"``) are nodes; an edge
    joins every pair that took part in the same meeting, phone call or visit
    (the types the store's network counts), weighted by the number of such
    events, with a count per type.

parquet
    The events table with typed columns (dates, booleans, lists,
    participants as structs), written in row groups as it streams.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from itertools import combinations
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from .errors import CommuniqueError, QueryError
from .kb import load_kb
from .models import Skipped
from .store.database import NETWORK_TYPES
from .store.filters import Filters, person_key

PAGE_SIZE = 1000  # events read from the store per query
ROW_GROUP_SIZE = 10_000  # Parquet rows per row group
EVENT_TEXT_LIMIT = 400  # characters of the sentence an event was found in
CONTEXT = ["diplomatic"]
STOPS = (". ", "! ", "? ", "\n")


class OutputError(CommuniqueError):
    """An export cannot be written: the path is not writable, or a record holds a value the format cannot take."""


# -- events and their posts ----------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One event with the record of the post that reports it."""

    record: dict
    seq: int
    event: dict

    @property
    def id(self) -> str:
        return f"{self.record['post_id']}-{self.seq}"


def event_rows(records: Iterable[dict | Skipped]) -> Iterator[Row]:
    """Every event of every record; ``event_seq`` (set by :func:`select` and :func:`stored_records`) gives their places in the post."""
    for record in records:
        if not isinstance(record, dict):
            continue
        events = record.get("events") or []
        for seq, event in zip(record.get("event_seq") or range(len(events)), events):
            yield Row(record, seq, event)


def select(records: Iterable[dict | Skipped], filters: Filters | dict | None = None,
           on_skipped: Callable[[Skipped], None] | None = None) -> Iterator[dict]:
    """Records keeping only the events that match ``filters`` (as ``communique events`` reads them).

    The filters are checked at once; ``on_skipped`` is called with each Skipped item.
    """
    f = Filters.of(filters)
    if f.q:
        raise QueryError("q= (full-text search) works on stored posts only. Ingest the files, then export with --db.")
    return _selected(records, f, on_skipped)


def _selected(records, f: Filters, on_skipped) -> Iterator[dict]:
    for record in records:
        if isinstance(record, Skipped) and on_skipped:
            on_skipped(record)
        if not isinstance(record, dict):
            continue
        kept = [(seq, e) for seq, e in enumerate(record.get("events") or []) if matches(f, record, e)]
        if kept:
            yield {**record, "events": [e for _, e in kept], "event_seq": [seq for seq, _ in kept]}


def matches(f: Filters, record: dict, event: dict) -> bool:
    """Whether ``event`` passes the filters, each with the meaning the store gives it."""
    day = event.get("date")
    people = [f" {person_key(p.get('name') or '')} " for p in event.get("participants") or [] if isinstance(p, dict)]
    return all((
        not f.actor or f.actor in (event.get("actors") or []),
        not f.org or f.org == event.get("forum") or f.org in (record.get("organisations") or []),
        not f.type or f.type == event.get("type"),
        not f.person or any(f" {f.person} " in p for p in people),
        not f.since or bool(day) and day >= f.since,
        not f.until or bool(day) and day <= f.until,
        not f.channel or f.channel == record.get("channel"),
    ))


POST_COLUMNS = ("event_id", "post_id", "channel", "published", "title", "url")


def stored_records(db, filters: Filters | dict | None = None, page_size: int = PAGE_SIZE) -> Iterator[dict]:
    """One record per stored event matching ``filters``, newest first: the post's record with that event alone.

    The filters are checked at once.
    """
    return _stored(db, Filters.of(filters), page_size)


def _stored(db, filters: Filters, page_size: int) -> Iterator[dict]:
    offset, post = 0, {}
    while found := db.events(filters, limit=page_size, offset=offset):
        for row in found:
            if post.get("post_id") != row["post_id"]:
                post = db.post(row["post_id"])
            event = {k: v for k, v in row.items() if k not in POST_COLUMNS}
            seq = next((i for i, e in enumerate(post.get("events") or []) if e == event), None)
            if seq is None:
                raise OutputError(f"stored event {row['event_id']} is not in the record of post {row['post_id']}. "
                                  "Rebuild the database: ingest the files again into a new one.")
            yield {**post, "events": [event], "event_seq": [seq]}
        offset += len(found)


# -- what every format shares --------------------------------------------------------------


def country_name(iso3: str | None) -> str | None:
    country = load_kb().countries.get(iso3 or "")
    return country.name if country else None


def org_name(code: str | None) -> str | None:
    org = load_kb().organisations.get(code or "")
    return org.name if org else code


def person_entity(person: dict) -> dict:
    return {
        "name": person.get("name"), "country": person.get("country"), "country_name": country_name(person.get("country")),
        "role": person.get("role"), "organisation": person.get("organisation"), "wikidata": person.get("wikidata"),
    }


def state_entity(iso3: str) -> dict:
    return {"name": country_name(iso3) or iso3, "country": iso3, "country_name": country_name(iso3),
            "role": None, "organisation": None, "wikidata": None}


def sides(event: dict) -> tuple[dict | None, list[dict]]:
    """The first actor (first participant, else first state) and its counterparts, people before states.

    A counterpart is a participant from another state (or, without a state,
    another organisation), then each state taking part that no participant
    stands for.
    """
    people = [p for p in event.get("participants") or [] if isinstance(p, dict) and p.get("name")]
    states = [a for a in event.get("actors") or [] if isinstance(a, str) and a]
    if not people and not states:
        return None, []
    entities = [person_entity(p) for p in people] or [state_entity(states[0])]
    first = entities[0]
    others = [e for e in entities[1:] if side(e) != side(first)]
    covered = {side(first), *(e["country"] for e in others)}
    others += [state_entity(a) for a in dict.fromkeys(states) if a not in covered]
    return first, others


def side(entity: dict) -> str:
    """Who an entity speaks for: its state, else its organisation, else itself."""
    return entity["country"] or entity["organisation"] or entity["name"]


def is_state(entity: dict) -> bool:
    return entity["name"] == (entity["country_name"] or entity["country"]) and not (entity["role"] or entity["wikidata"])


def event_text(record: dict, event: dict) -> str:
    """The sentence the event's type was found in, else the headline, else the post's first sentence."""
    text = record.get("text") or ""
    spans = (event.get("evidence") or {}).get("type") or []
    if spans and isinstance(spans[0], (list, tuple)) and len(spans[0]) == 2:
        return sentence_at(text, *spans[0])
    if record.get("title"):
        return clip(" ".join(record["title"].split()))
    return sentence_at(text, *[first_line(text)] * 2)


def first_line(text: str) -> int:
    """Where the first line with words (not only hashtags and emoji) starts."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if any(c.isalpha() for word in line.split() if not word.startswith("#") for c in word):
            return offset
        offset += len(line)
    return 0


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, between the stops or line breaks on either side."""
    begin = max((i + len(m) for m in STOPS if (i := text.rfind(m, 0, start)) >= 0), default=0)
    stop = min((i + len(m.rstrip()) for m in STOPS if (i := text.find(m, max(end, begin))) >= 0), default=len(text))
    sentence = " ".join(text[begin:stop].split())
    lead = next((i for i, c in enumerate(sentence) if c.isalnum() or c in "\"'«“(#"), len(sentence))
    return clip(sentence[lead:])


def clip(text: str) -> str:
    return text if len(text) <= EVENT_TEXT_LIMIT else text[: EVENT_TEXT_LIMIT - 1] + "…"


def event_date(row: Row) -> tuple[str | None, bool]:
    """The event's date, else the post's publication date (then marked inferred)."""
    day = row.event.get("date")
    if day:
        return day, bool(row.event.get("date_inferred"))
    published = row.record.get("published")
    return (published[:10], True) if published else (None, bool(row.event.get("date_inferred")))


def published_utc(record: dict) -> datetime | None:
    value = record.get("published")
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise OutputError(f"post {record.get('post_id')}: published={value!r} is not an ISO 8601 time. Fix the record or re-extract it.") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


@contextlib.contextmanager
def opened(out, binary: bool = False) -> Iterator[IO]:
    """``out`` itself if it is an open file; else a temporary file beside the path, renamed to it on success."""
    if hasattr(out, "write"):
        yield out
        return
    path = Path(out)
    if path.is_dir():
        raise OutputError(f"{path} is a folder. Give a file name, e.g. -o {path / 'events.out'}.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.chmod(tmp, 0o666 & ~current_umask())
    except OSError as ex:
        raise OutputError(f"{path}: cannot write there ({ex.strerror}). Choose a folder that exists and that you can write to.") from None
    try:
        with open(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
            yield f
        os.replace(tmp, path)
    except OSError as ex:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if ex.filename not in (None, tmp, str(path)):  # an input file, not ours
            raise
        raise OutputError(f"{path}: writing failed ({ex.strerror or ex}). Check the disk space and the folder's permissions.") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- plover ----------------------------------------------------------------------------------


def plover_object(row: Row) -> dict:
    """One event in the PLOVER / POLECAT shape (see the module doc for the differences)."""
    record, event = row.record, row.event
    actor1, counterparts = sides(event)
    plover = event.get("plover") or {}
    location = event.get("location") or None
    day, inferred = event_date(row)
    source = record.get("source") or {}
    return {
        "id": row.id,
        "date": day,
        "end_date": event.get("end_date"),
        "date_inferred": inferred,
        "event_type": plover.get("event"),
        "mode": plover.get("mode"),
        "context": CONTEXT,
        "actor1": actor1,
        "actor2": counterparts[0] if counterparts else None,
        "recipient": counterparts,
        "location": location and {**location, "country_name": country_name(location.get("country"))},
        "forum": event.get("forum"),
        "organisations": event.get("organisations") or [],
        "event_text": event_text(record, event),
        "headline": record.get("title"),
        "pub_date": record.get("published"),
        "publisher": record.get("publisher"),
        "story_id": record["post_id"],
        "source": {"url": record.get("url"), "channel": record.get("channel"), "file": source.get("file"), "id": source.get("id")},
        "primary": bool(event.get("primary")),
        "communique_type": event.get("type"),
    }


def write_plover(records: Iterable[dict | Skipped], out) -> int:
    """PLOVER JSON Lines: one event a line."""
    n = 0
    with opened(out) as f:
        for n, row in enumerate(event_rows(records), 1):
            f.write(json.dumps(plover_object(row), ensure_ascii=False) + "\n")
    return n


# -- gdelt -------------------------------------------------------------------------------------

ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code"]
GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = [
    "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS), *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
]
# CAMEO codes used, with their Goldstein scores (GDELT's CAMEO.goldsteinscale.txt)
GOLDSTEIN = {"010": 0.0, "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "051": 3.4, "057": 8.0}
# FIPS 10-4 codes (GDELT's geography) where they differ from ISO 3166-1 alpha-2; empty: no FIPS code
FIPS = dict(pair.split(":") for pair in """
ABW:AA AIA:AV ALA: AND:AN ASM:AQ ATA:AY ATF:FS ATG:AC AUS:AS AUT:AU AZE:AJ BDI:BY BEN:BN BES: BFA:UV BGD:BG BGR:BU
BHR:BA BHS:BF BIH:BK BLM:TB BLR:BO BLZ:BH BMU:BD BOL:BL BRN:BX BWA:BC CAF:CT CCK:CK CHE:SZ CHL:CI CHN:CH CIV:IV
COD:CG COG:CF COK:CW COM:CN CRI:CS CUW:UC CXR:KT CYM:CJ CZE:EZ DEU:GM DMA:DO DNK:DA DOM:DR DZA:AG ESH:WI ESP:SP
EST:EN GAB:GB GBR:UK GEO:GG GGY:GK GIN:GV GMB:GA GNB:PU GNQ:EK GRD:GJ GUF:FG GUM:GQ HND:HO HTI:HA IRL:EI IRQ:IZ
ISL:IC ISR:IS JPN:JA KHM:CB KIR:KR KNA:SC KOR:KS KWT:KU LBN:LE LBR:LI LCA:ST LIE:LS LKA:CE LSO:LT LTU:LH LVA:LG
MAC:MC MAF:RN MAR:MO MCO:MN MDG:MA MHL:RM MMR:BM MNE:MJ MNG:MG MNP:CQ MSR:MH MTQ:MB MUS:MP MWI:MI MYT:MF NAM:WA
NER:NG NGA:NI NIC:NU NIU:NE OMN:MU PAN:PM PCN:PC PHL:RP PLW:PS PNG:PP PRI:RQ PRK:KN PRT:PO PRY:PA PSE:WE PYF:FP
RUS:RS SDN:SU SEN:SG SGP:SN SGS:SX SJM:SV SLB:BP SLV:ES SPM:SB SRB:RI SSD:OD STP:TP SUR:NS SVK:LO SWE:SW SWZ:WZ
SXM:NN SYC:SE TCA:TK TCD:CD TGO:TO TJK:TI TKL:TL TKM:TX TLS:TT TON:TN TTO:TD TUN:TS TUR:TU UKR:UP UMI: VAT:VT VGB:VI
VIR:VQ VNM:VM VUT:NH XKX:KV YEM:YM ZAF:SF ZMB:ZA ZWE:ZI
""".split())


def fips(iso3: str | None) -> str:
    country = load_kb().countries.get(iso3 or "")
    return FIPS.get(country.iso3, country.iso2) if country else ""


def cameo_code(event: dict, actor1: str | None, actor2: str | None) -> str:
    """The CAMEO event code for a communique event; "" for type "other".

    Phone calls 041, agreements 057, messages 051, statements and interviews
    010. Meetings and visits by place: 043 (host a visit) in actor1's state,
    042 (make a visit) in actor2's, 044 (meet at a third location) elsewhere
    or when the mode says so, 040 (consult) when the place is unknown;
    visits are 042 unless hosted.
    """
    kind = event.get("type")
    fixed = {"phone_call": "041", "agreement": "057", "message": "051", "statement": "010", "interview": "010"}
    if kind in fixed:
        return fixed[kind]
    if kind not in ("meeting", "visit", "multilateral_meeting"):
        return ""
    where = (event.get("location") or {}).get("country")
    if where and where == actor1:
        return "043"
    if kind == "visit" or where and where == actor2:
        return "042"
    if where or (event.get("plover") or {}).get("mode") == "third-party":
        return "044"
    return "040"


def quad_class(code: str) -> str:
    """GDELT's QuadClass from the root code: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict."""
    if not code:
        return ""
    root = int(code[:2])
    return "1" if root <= 5 else "2" if root <= 9 else "3" if root <= 14 else "4"


def global_event_id(row: Row) -> int:
    """A stable positive 56-bit integer for the event (GDELT ids are integers)."""
    return int.from_bytes(hashlib.blake2b(row.id.encode(), digest_size=7).digest(), "big")


def gdelt_actor(entity: dict | None) -> list[str]:
    if entity is None:
        return [""] * len(ACTOR_FIELDS)
    country = entity["country"] or ""
    kind = "" if is_state(entity) else "GOV" if country else "IGO" if entity["organisation"] else ""
    code = country + kind
    name = entity["name"] or org_name(entity["organisation"]) or ""
    return [code, name, country, "", "", "", "", kind, "", ""]


def gdelt_geo(location: dict | None) -> list[str]:
    if not location or not location.get("country"):
        return [""] * len(GEO_FIELDS)
    city, country = location.get("city"), location["country"]
    full = ", ".join(v for v in (city, country_name(country) or country) if v)
    kind = "1" if not city else "3" if country == "USA" else "4"
    return [kind, full, fips(country), "", "", "", "", ""]


def gdelt_row(row: Row) -> list[str]:
    """The 61 GDELT 2.0 event columns for one event."""
    actor1, counterparts = sides(row.event)
    actor2 = counterparts[0] if counterparts else None
    code = cameo_code(row.event, actor1 and actor1["country"], actor2 and actor2["country"])
    day, _ = event_date(row)
    when = date.fromisoformat(day) if day else None
    added = published_utc(row.record)
    fields = [
        global_event_id(row),
        when.strftime("%Y%m%d") if when else "",
        when.strftime("%Y%m") if when else "",
        when.year if when else "",
        f"{when.year + when.timetuple().tm_yday / 365:.4f}" if when else "",
        *gdelt_actor(actor1), *gdelt_actor(actor2),
        int(bool(row.event.get("primary"))), code, code[:3], code[:2], quad_class(code),
        GOLDSTEIN.get(code, ""), 1, 1, 1, "",
        *gdelt_geo(None), *gdelt_geo(None), *gdelt_geo(row.event.get("location")),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        row.record.get("url") or row.record.get("channel") or "",
    ]
    return [" ".join(str(v).split()) for v in fields]


def write_gdelt(records: Iterable[dict | Skipped], out) -> int:
    """GDELT 2.0 event table, tab-separated, with a header row."""
    n = 0
    with opened(out) as f:
        f.write("\t".join(GDELT_COLUMNS) + "\n")
        for n, row in enumerate(event_rows(records), 1):
            f.write("\t".join(gdelt_row(row)) + "\n")
    return n


# -- csv ---------------------------------------------------------------------------------------

CSV_COLUMNS = [
    "event_id", "post_id", "seq", "primary", "type", "date", "end_date", "date_inferred",
    "location_city", "location_country", "actors", "participants", "participant_roles", "participant_countries",
    "participant_organisations", "forum", "organisations", "plover_event", "plover_mode", "event_text",
    "published", "channel", "url", "title", "publisher", "source_file", "source_id", "duplicate_of",
]


def table_row(row: Row) -> dict:
    """One event as a flat row; lists stay lists (Parquet keeps them, CSV joins them)."""
    record, event = row.record, row.event
    location = event.get("location") or {}
    plover = event.get("plover") or {}
    source = record.get("source") or {}
    return {
        "event_id": row.id, "post_id": record["post_id"], "seq": row.seq, "primary": bool(event.get("primary")),
        "type": event.get("type"), "date": event.get("date"), "end_date": event.get("end_date"),
        "date_inferred": bool(event.get("date_inferred")),
        "location_city": location.get("city"), "location_country": location.get("country"),
        "actors": list(event.get("actors") or []),
        "participants": [
            {k: p.get(k) for k in ("name", "role", "country", "organisation", "wikidata")}
            for p in event.get("participants") or [] if isinstance(p, dict)
        ],
        "forum": event.get("forum"), "organisations": list(event.get("organisations") or []),
        "plover_event": plover.get("event"), "plover_mode": plover.get("mode"),
        "event_text": event_text(record, event),
        "published": record.get("published"), "channel": record.get("channel"), "url": record.get("url"),
        "title": record.get("title"), "publisher": record.get("publisher"),
        "source_file": source.get("file"), "source_id": None if source.get("id") is None else str(source["id"]),
        "duplicate_of": record.get("duplicate_of"),
    }


def csv_row(row: Row) -> dict:
    flat = table_row(row)
    people = flat.pop("participants")
    for column, key in (("participants", "name"), ("participant_roles", "role"),
                        ("participant_countries", "country"), ("participant_organisations", "organisation")):
        flat[column] = "; ".join(p[key] or "" for p in people) if any(p[key] for p in people) else ""
    flat["actors"] = "; ".join(flat["actors"])
    flat["organisations"] = "; ".join(flat["organisations"])
    flat["primary"], flat["date_inferred"] = int(flat["primary"]), int(flat["date_inferred"])
    return flat


def write_csv(records: Iterable[dict | Skipped], out) -> int:
    """CSV, one row per event, with a header row."""
    n = 0
    with opened(out) as f:
        writer = csv.DictWriter(f, CSV_COLUMNS)
        writer.writeheader()
        for n, row in enumerate(event_rows(records), 1):
            writer.writerow(csv_row(row))
    return n


# -- graphml -----------------------------------------------------------------------------------


def node_keys(event: dict, level: str) -> dict[str, dict]:
    """The nodes an event joins, by id: states (ISO3) or people (Wikidata id, else their name's key)."""
    if level == "state":
        return {a: {"label": country_name(a) or a, "country": a} for a in event.get("actors") or [] if isinstance(a, str) and a}
    people = {}
    for p in event.get("participants") or []:
        if isinstance(p, dict) and (p.get("name") or "").strip():
            people.setdefault(p.get("wikidata") or person_key(p["name"]), {"label": p["name"], "country": p.get("country") or ""})
    return people


def network(records: Iterable[dict | Skipped], level: str = "state", types: Iterable[str] = NETWORK_TYPES):
    """A networkx Graph of who met whom, and the number of events it counts."""
    import networkx as nx

    if level not in ("state", "person"):
        raise OutputError(f"level={level!r}: use state or person.")
    types = tuple(types)
    graph, n = nx.Graph(level=level, types=",".join(types)), 0
    for row in event_rows(records):
        kind = row.event.get("type")
        if kind not in types:
            continue
        n += 1
        nodes = node_keys(row.event, level)
        for key, attrs in nodes.items():
            if key not in graph:
                graph.add_node(key, **attrs, events=0)
            graph.nodes[key]["events"] += 1
        for a, b in combinations(sorted(nodes), 2):
            if not graph.has_edge(a, b):
                graph.add_edge(a, b, weight=0, **{t: 0 for t in types})
            graph.edges[a, b]["weight"] += 1
            graph.edges[a, b][kind] += 1
    return graph, n


def write_graphml(records: Iterable[dict | Skipped], out, level: str = "state") -> int:
    """GraphML of who met whom (see :func:`network`)."""
    import networkx as nx

    graph, n = network(records, level)
    with opened(out, binary=True) as f:
        nx.write_graphml(graph, f)
    return n


# -- parquet -----------------------------------------------------------------------------------


def parquet_schema():
    import pyarrow as pa

    text = pa.string()
    person = pa.struct([(k, text) for k in ("name", "role", "country", "organisation", "wikidata")])
    types = {
        "seq": pa.int32(), "primary": pa.bool_(), "date": pa.date32(), "end_date": pa.date32(),
        "date_inferred": pa.bool_(), "actors": pa.list_(text), "participants": pa.list_(person),
        "organisations": pa.list_(text), "published": pa.timestamp("ms", tz="UTC"),
    }
    return pa.schema([(c, types.get(c, text)) for c in CSV_COLUMNS if not c.startswith("participant_")])


def parquet_row(row: Row) -> dict:
    flat = table_row(row)
    for key in ("date", "end_date"):
        try:
            flat[key] = date.fromisoformat(flat[key]) if flat[key] else None
        except (TypeError, ValueError):
            raise OutputError(f"post {row.record['post_id']}: event {key}={flat[key]!r} is not YYYY-MM-DD. Fix the record or re-extract it.") from None
    flat["published"] = published_utc(row.record)
    return flat


def write_parquet(records: Iterable[dict | Skipped], out, row_group_size: int = ROW_GROUP_SIZE) -> int:
    """Parquet, one row per event, written ``row_group_size`` rows at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema, batch, n = parquet_schema(), [], 0
    with opened(out, binary=True) as f, pq.ParquetWriter(f, schema) as writer:
        for n, row in enumerate(event_rows(records), 1):
            batch.append(parquet_row(row))
            if len(batch) >= row_group_size:
                writer.write_table(pa.Table.from_pylist(batch, schema))
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema))
    return n


# -- choosing a format -------------------------------------------------------------------------

WRITERS = {"plover": write_plover, "gdelt": write_gdelt, "csv": write_csv, "graphml": write_graphml, "parquet": write_parquet}
BINARY = {"graphml", "parquet"}


def export(records: Iterable[dict | Skipped], format: str, out, level: str = "state") -> int:
    """Write ``records`` to ``out`` (a path or an open file: binary for graphml and parquet) as ``format``."""
    if format not in WRITERS:
        raise OutputError(f"unknown export format {format!r}. Use one of: {', '.join(WRITERS)}.")
    if format == "graphml":
        return write_graphml(records, out, level)
    return WRITERS[format](records, out)
