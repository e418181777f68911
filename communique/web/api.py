"""The JSON API. Parameters are named like the CLI options; lists are paged (limit <= 200).

Answers are JSONResponses built directly (no response models: the records are
already plain JSON values). Every list answers ``{"items": [...], "total": N or null, "limit", "offset", "next"}``;
``next`` is the URL of the following page, or null on the last one.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from ..store import Filters, dossiers
from .app import reader
from .params import MAX_PAGE, Page, as_params, filter_params, href, page_params

router = APIRouter(prefix="/api", tags=["api"], default_response_class=JSONResponse)
FilterDep = Annotated[Filters, Depends(filter_params)]
PageDep = Annotated[Page, Depends(page_params)]


def listing(request: Request, items: list, page: Page, total: int | None) -> JSONResponse:
    more = page.offset + len(items) < total if total is not None else len(items) == page.limit
    next_url = href(request.url.path, dict(request.query_params), offset=page.offset + page.limit) if more else None
    return JSONResponse({"items": items, "total": total, "limit": page.limit, "offset": page.offset, "next": next_url})


@router.get("/posts", summary="Full-text search of posts (newest first when q is empty)")
def posts(request: Request, filters: FilterDep, page: PageDep):
    """Posts matching ``q`` and the filters; ``snippet`` marks matched words with [ and ]."""
    post_filters = Filters.of(as_params(filters, q=None))
    with reader(request) as db:
        items = db.search(filters.q or "", limit=page.limit, offset=page.offset, filters=post_filters)
        total = dossiers.search_total(db, filters.q, post_filters)
    return listing(request, items, page, total)


@router.get("/posts/{post_id}", summary="One post: its text, values extracted and events")
def post(request: Request, post_id: str):
    with reader(request) as db:
        return JSONResponse(db.post(post_id))


@router.get("/events", summary="Events matching the filters, newest first")
def events(request: Request, filters: FilterDep, page: PageDep):
    with reader(request) as db:
        items = db.events(filters, limit=page.limit, offset=page.offset)
        total = db.count_events(filters)
    return listing(request, items, page, total)


@router.get("/people", summary="People who took part in events, by number of events")
def people(request: Request, page: PageDep):
    with reader(request) as db:
        return listing(request, db.people(limit=page.limit, offset=page.offset), page, None)


@router.get("/states", summary="States that took part in events, by number of events")
def states(request: Request, page: PageDep):
    with reader(request) as db:
        return listing(request, db.states(limit=page.limit, offset=page.offset), page, None)


@router.get("/organisations", summary="Organisation codes: posts mentioning them, events in their framework")
def organisations(request: Request, page: PageDep):
    with reader(request) as db:
        return listing(request, db.organisations(limit=page.limit, offset=page.offset), page, None)


@router.get("/network", summary="Who met whom: meetings, calls and visits between states or people")
def network(request: Request, filters: FilterDep, level: Literal["state", "person"] = "state",
            limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="most edges returned")] = 100):
    with reader(request) as db:
        return JSONResponse({"filters": as_params(filters), **db.network(filters, level=level, limit=limit)})


@router.get("/stats", summary="Counts of posts, events, people, states, organisations")
def stats(request: Request):
    with reader(request) as db:
        return JSONResponse(db.stats())
