"""From a record (the dict the pipeline yields) to the rows of each table."""

from __future__ import annotations

import json
from typing import Any

from .filters import person_key


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def problem(record: Any) -> str | None:
    """Why ``record`` cannot be stored, or None if it can."""
    if not isinstance(record, dict):
        return f"not a record but a {type(record).__name__}"
    if not isinstance(record.get("post_id"), str) or not record["post_id"]:
        return "record has no post_id"
    if not isinstance(record.get("text"), str):
        return "record has no text"
    if not isinstance(record.get("events") or [], list):
        return "record's events are not a list"
    if any(not isinstance(e, dict) for e in record.get("events") or []):
        return "record has an event that is not an object"
    return None


def post_row(record: dict, ingested_at: str) -> dict:
    source = record.get("source") or {}
    return {
        "post_id": record["post_id"],
        "source_file": source.get("file"),
        "source_id": source.get("id"),
        "channel": record.get("channel"),
        "forwarded_from": record.get("forwarded_from"),
        "published": record.get("published"),
        "url": record.get("url"),
        "title": record.get("title"),
        "text": record["text"],
        "hashtags": dumps(record.get("hashtags") or []),
        "organisations": dumps(record.get("organisations") or []),
        "countries": dumps(record.get("countries_mentioned") or []),
        "duplicate_of": record.get("duplicate_of"),
        "record": dumps(record),
        "ingested_at": ingested_at,
    }


def event_row(post_id: str, seq: int, event: dict) -> dict:
    location = event.get("location") or {}
    plover = event.get("plover") or {}
    return {
        "post_id": post_id,
        "seq": seq,
        "is_primary": int(bool(event.get("primary", seq == 0))),
        "type": event.get("type"),
        "date": event.get("date"),
        "end_date": event.get("end_date"),
        "date_inferred": int(bool(event.get("date_inferred"))),
        "location_city": location.get("city"),
        "location_country": location.get("country"),
        "forum": event.get("forum"),
        "plover_event": plover.get("event"),
        "plover_mode": plover.get("mode"),
        "record": dumps(event),
    }


def participant_rows(event_id: int, event: dict) -> list[dict]:
    rows = []
    for person in event.get("participants") or []:
        name = (person.get("name") or "").strip() if isinstance(person, dict) else ""
        if name:
            rows.append({
                "event_id": event_id,
                "name": name,
                "role": person.get("role"),
                "country": person.get("country"),
                "wikidata": person.get("wikidata"),
                "person_key": person_key(name),
            })
    return rows


def codes(values) -> list[str]:
    """Distinct non-empty strings, in order."""
    return list(dict.fromkeys(v for v in values or [] if isinstance(v, str) and v))
