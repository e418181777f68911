"""Atom feeds: the posts of any search or filter, as ``application/atom+xml``."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from fastapi import Request
from fastapi.responses import Response

from ..store import Filters
from .params import as_params, href


def atom(request: Request, db, filters: Filters, limit: int) -> Response:
    """The feed of up to ``limit`` posts matching ``filters`` (best matches first when searching)."""
    found = db.search(filters.q or "", limit=limit, filters=replace(filters, q=None), tokens=48)
    entries = [{**db.post(r["post_id"]), "snippet": r["snippet"]} for r in found]
    base = str(request.base_url).rstrip("/")
    args = as_params(filters)
    updated = max([e.get("published") or e["ingested_at"] for e in entries] or
                  [datetime.now(timezone.utc).isoformat(timespec="seconds")])
    xml = request.app.state.templates.get_template("feed.xml").render(
        entries=entries, base=base, updated=updated, title=_title(args),
        self_url=base + href(request.url.path, args), html_url=base + href("/search", args))
    return Response(xml, media_type="application/atom+xml; charset=utf-8")


def _title(args: dict) -> str:
    described = ", ".join(f"{k}={v}" for k, v in args.items())
    return f"communique: {described}" if described else "communique: latest posts"
