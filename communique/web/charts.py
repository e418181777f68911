"""Chart and network geometry, computed on the server so pages read without JavaScript.

The templates draw the SVG from these plain numbers; nothing here produces markup.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache

TYPES = ("meeting", "phone_call", "visit", "multilateral_meeting", "statement", "interview",
         "message", "agreement", "other", "unknown")
WIDTH, HEIGHT = 960, 220
MAX_BUCKETS = 320


def type_class(event_type: str | None) -> str:
    """A CSS class for an event type (only known types get their own colour)."""
    return f"t-{event_type}" if event_type in TYPES else "t-other"


def _bucket(day: date, unit: str) -> date:
    if unit == "week":
        return day
    return date(day.year, day.month, 1) if unit == "month" else date(day.year, 1, 1)


def _next(day: date, unit: str) -> date:
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date(day.year + 1, 1, 1)


def _unit(first: date, last: date) -> str:
    weeks = (last - first).days / 7
    if weeks <= MAX_BUCKETS:
        return "week"
    return "month" if weeks / 4.35 <= MAX_BUCKETS else "year"


def timeline(rows: list[dict]) -> dict | None:
    """Stacked bars of events per week (per month or year when the span is long) by type.

    ``rows`` are ``{week, type, n}`` (see ``dossiers.events_per_week``). Returns the
    bars (x, width, since, until, total, segments of y/height/type) and axis labels.
    """
    if not rows:
        return None
    weeks = [date.fromisoformat(r["week"]) for r in rows]
    unit = _unit(min(weeks), max(weeks))
    counts: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, r in zip(weeks, rows):
        counts[_bucket(day, unit)][r["type"]] += r["n"]
    buckets, day = [], _bucket(min(weeks), unit)
    while day <= max(counts):
        buckets.append(day)
        day = _next(day, unit)
    peak = max(sum(c.values()) for c in counts.values())
    step = WIDTH / len(buckets)
    bars = [_bar(i * step, step, start, _next(start, unit), counts.get(start, {}), peak) for i, start in enumerate(buckets)]
    ticks = [{"x": round(b["x"], 1), "label": str(start.year)} for b, start in zip(bars, buckets)
             if start == buckets[0] or _bucket(start, "year") != _bucket(start - timedelta(days=7 if unit == "week" else 1), "year")]
    return {"unit": unit, "bars": [b for b in bars if b["total"]], "ticks": ticks, "peak": peak,
            "width": WIDTH, "height": HEIGHT, "types": sorted({r["type"] for r in rows}, key=_type_order)}


def _type_order(t: str) -> int:
    return TYPES.index(t) if t in TYPES else len(TYPES)


def _bar(x: float, step: float, start: date, end: date, counts: dict[str, int], peak: int) -> dict:
    y, segments = float(HEIGHT), []
    for event_type in sorted(counts, key=_type_order):
        height = counts[event_type] / peak * (HEIGHT - 10)
        y -= height
        segments.append({"y": round(y, 2), "height": round(height, 2), "type": event_type,
                         "css": type_class(event_type), "n": counts[event_type]})
    return {"x": round(x, 2), "width": round(max(step - 1, 1), 2), "since": start.isoformat(),
            "until": (end - timedelta(days=1)).isoformat(), "total": sum(counts.values()), "segments": segments}


def network(data: dict, max_nodes: int = 50, size: int = 640) -> dict:
    """Positions for the busiest ``max_nodes`` nodes and the edges between them."""
    nodes = data["nodes"][:max_nodes]
    keep = {n["id"] for n in nodes}
    edges = [e for e in data["edges"] if e["source"] in keep and e["target"] in keep]
    ids = tuple(n["id"] for n in nodes)
    links = tuple((e["source"], e["target"], e["weight"]) for e in edges)
    where = layout(ids, links)
    top = max([n["events"] for n in nodes] or [1])
    heaviest = max([e["weight"] for e in edges] or [1])
    placed = [{**n, "x": round(where[n["id"]][0] * size, 1), "y": round(where[n["id"]][1] * size, 1),
               "r": round(4 + 18 * math.sqrt(n["events"] / top), 1)} for n in nodes]
    lines = [{**e, "x1": round(where[e["source"]][0] * size, 1), "y1": round(where[e["source"]][1] * size, 1),
              "x2": round(where[e["target"]][0] * size, 1), "y2": round(where[e["target"]][1] * size, 1),
              "stroke": round(0.5 + 6 * e["weight"] / heaviest, 2)} for e in edges]
    return {"nodes": placed, "edges": lines, "size": size, "labels": {n["id"]: n["label"] for n in nodes}}


@lru_cache(maxsize=128)
def layout(ids: tuple, links: tuple, rounds: int = 120) -> dict:
    """A force-directed layout (Fruchterman-Reingold) in the unit square, deterministic."""
    n = len(ids)
    pos = {v: [0.5 + 0.4 * math.cos(2 * math.pi * i / max(n, 1)), 0.5 + 0.4 * math.sin(2 * math.pi * i / max(n, 1))]
           for i, v in enumerate(ids)}
    k = math.sqrt(1.0 / max(n, 1))
    for step in range(rounds):
        heat = 0.1 * (1 - step / rounds)
        move = {v: [0.0, 0.0] for v in ids}
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                _push(pos, move, a, b, k * k / max(_distance(pos, a, b), 1e-3))
        for a, b, weight in links:
            _push(pos, move, a, b, -(_distance(pos, a, b) ** 2) / k * min(1 + math.log(weight), 3))
        for v in ids:
            length = math.hypot(*move[v]) or 1
            for axis in (0, 1):
                pos[v][axis] += move[v][axis] / length * min(length, heat)
    return _fit(pos)


def _distance(pos, a, b) -> float:
    return math.hypot(pos[a][0] - pos[b][0], pos[a][1] - pos[b][1])


def _push(pos, move, a, b, force: float) -> None:
    dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
    d = math.hypot(dx, dy) or 1e-3
    move[a][0] += dx / d * force
    move[a][1] += dy / d * force
    move[b][0] -= dx / d * force
    move[b][1] -= dy / d * force


def _fit(pos: dict) -> dict:
    """Scale the positions into [0.06, 0.94] on both axes."""
    if not pos:
        return {}
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
    return {v: (0.06 + 0.88 * (p[0] - min(xs)) / span_x, 0.06 + 0.88 * (p[1] - min(ys)) / span_y) for v, p in pos.items()}
