"""The HTML pages. Each view reads what it needs through the store and renders one template."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..store import Filters, dossiers
from . import charts, render
from .app import page, reader
from .feeds import atom
from .params import MAX_TEXT, Page, as_params, filter_params, href

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
FilterDep = Annotated[Filters, Depends(filter_params)]
KINDS = {"state": "State", "person": "Person", "org": "Organisation"}


def page_of(default: int):
    def params(limit: Annotated[int, Query(ge=1, le=200)] = default,
               offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Page:
        return Page(limit, offset)
    return params


def pager(path: str, args: dict, page: Page, shown: int, total: int | None) -> dict:
    """Links to the previous and next pages, keeping every other parameter."""
    more = page.offset + shown < total if total is not None else shown == page.limit
    keep = {**args, "limit": page.limit if page.limit != 20 else None}
    return {
        "first": page.offset + 1 if shown else 0, "last": page.offset + shown, "total": total,
        "previous": href(path, keep, offset=max(page.offset - page.limit, 0) or None) if page.offset else None,
        "next": href(path, keep, offset=page.offset + page.limit) if more else None,
    }


@router.get("/")
def overview(request: Request):
    with reader(request) as db:
        context = {"stats": db.stats(), "latest": db.events(limit=12), "states": db.states(limit=12),
                   "people": db.people(limit=12), "organisations": db.organisations(limit=12)}
    return page(request, "index.html", feed_url=href("/feed"), **context)


@router.get("/search")
def search(request: Request, filters: FilterDep, page_: Annotated[Page, Depends(page_of(20))]):
    args = as_params(filters)
    post_filters = replace(filters, q=None)
    with reader(request) as db:
        results = db.search(filters.q or "", limit=page_.limit, offset=page_.offset, filters=post_filters,
                            highlight=(render.START, render.END))
        total = dossiers.search_total(db, filters.q, post_filters)
        facets = dossiers.facets(db, filters.q, post_filters)
    return page(request, "search.html", args=args, filters=filters, results=results, facets=facets,
                pager=pager("/search", args, page_, len(results), total), feed_url=href("/feed", args))


@router.get("/timeline")
def timeline(request: Request, filters: FilterDep, page_: Annotated[Page, Depends(page_of(50))]):
    args = as_params(filters)
    with reader(request) as db:
        chart = charts.timeline(dossiers.events_per_week(db, filters))
        found = db.events(filters, limit=page_.limit, offset=page_.offset)
        total = db.count_events(filters)
    return page(request, "timeline.html", args=args, filters=filters, chart=chart, events=found,
                pager=pager("/timeline", args, page_, len(found), total), feed_url=href("/feed", args))


@router.get("/network")
def network(request: Request, filters: FilterDep, level: Literal["state", "person"] = "state",
            pair: Annotated[str | None, Query(max_length=MAX_TEXT)] = None):
    args = as_params(filters)
    with reader(request) as db:
        graph = charts.network(db.network(filters, level=level, limit=150))
        between = _pair(db, level, pair, filters)
    return page(request, "network.html", args=args, filters=filters, level=level, graph=graph,
                pair=between, feed_url=href("/feed", args))


def _pair(db, level: str, pair: str | None, filters: Filters) -> dict | None:
    """The events of one edge (``pair=A,B``), when one was clicked."""
    if not pair or pair.count(",") != 1:
        return None
    a, b = sorted(v.strip() for v in pair.split(","))
    return {"a": a, "b": b, "events": dossiers.pair_events(db, level, a, b, filters, limit=100)}


@router.get("/state/{iso3}")
def state(request: Request, iso3: str):
    return _dossier(request, "state", iso3)


@router.get("/person/{key}")
def person(request: Request, key: str):
    return _dossier(request, "person", key)


@router.get("/org/{code}")
def org(request: Request, code: str):
    return _dossier(request, "org", code)


def _dossier(request: Request, kind: str, key: str):
    with reader(request) as db:
        data = dossiers.dossier(db, kind, key)
    args = {"actor": data["key"]} if kind == "state" else {"org": data["key"]} if kind == "org" else {"person": data["name"]}
    return page(request, "dossier.html", d=data, kind_label=KINDS[kind], args=args,
                chart=charts.timeline(data["weekly"]), feed_url=href("/feed", args))


@router.get("/post/{post_id}")
def post(request: Request, post_id: str):
    with reader(request) as db:
        record = db.post(post_id)
    text = record.get("text") or ""
    body = render.highlighted_text(text, render.evidence_spans(record))
    return page(request, "post.html", record=record, body=body, feed_url=None)


@router.get("/feed", response_class=Response)
@router.get("/search.atom", response_class=Response)
def feed(request: Request, filters: FilterDep, limit: Annotated[int, Query(ge=1, le=200)] = 50):
    """An Atom feed of the posts a search (or any filter) finds."""
    with reader(request) as db:
        return atom(request, db, filters, limit)
