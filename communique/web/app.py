"""The web app: ``create_app(db_path)`` returns a FastAPI app serving pages, feeds and the JSON API.

Every request reads through a read-only (``mode=ro``) connection with a time
limit, lent by a pool (:mod:`.readers`); finished GET answers are kept for a
short time, until the data changes (:mod:`.cache`). Errors are handled in one place: a CommuniqueError carries
its HTTP status; the API answers ``{"error": {"status": N, "message": "..."}}``
and pages render ``error.html``.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader
from starlette.exceptions import HTTPException

from ..errors import CommuniqueError
from ..store import Database
from . import charts, render
from .cache import MAX_BYTES, ResponseCache
from .params import href
from .readers import Readers

HERE = Path(__file__).parent
MAX_BODY = 16 * 1024  # bytes: every route is a GET
MAX_URL = 4096  # characters of path and query string
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(db_path, time_limit: float = 2.0, cache_bytes: int = MAX_BYTES) -> FastAPI:
    """The app over the database at ``db_path``, which must exist (NotFoundError otherwise).

    ``cache_bytes`` bounds the answers kept for repeated requests (0: keep none).
    """
    Database(db_path, readonly=True).close()  # fail now, not on the first request
    readers = Readers(db_path)
    app = FastAPI(title="communique", summary="Diplomatic events from posts, as JSON", version="1",
                  docs_url=None, redoc_url=None, lifespan=_closing(readers))
    app.state.db_path, app.state.time_limit, app.state.readers = Path(db_path), time_limit, readers
    app.state.templates = templates()
    app.add_middleware(ResponseCache, readers=readers, max_bytes=cache_bytes)
    app.middleware("http")(guard)  # refuses oversized requests before the cache is asked
    app.add_middleware(HeadAsGet)  # outermost
    app.add_exception_handler(CommuniqueError, handle_error)
    app.add_exception_handler(HTTPException, handle_error)
    app.add_exception_handler(RequestValidationError, handle_error)
    app.add_exception_handler(Exception, handle_error)
    from . import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


SERVE_DB, SERVE_CACHE = "COMMUNIQUE_SERVE_DB", "COMMUNIQUE_SERVE_CACHE_BYTES"  # set by ``communique serve --workers``


def served_app() -> FastAPI:
    """The app of one ``communique serve`` worker process, from the settings the command left in its environment."""
    return create_app(os.environ[SERVE_DB], cache_bytes=int(os.environ.get(SERVE_CACHE, MAX_BYTES)))


def _closing(readers: Readers):
    @asynccontextmanager
    async def lifespan(app):
        yield
        readers.close()
    return lifespan


def templates() -> Environment:
    """The templates, each compiled once (the files are not checked for changes while serving)."""
    env = Environment(loader=PackageLoader("communique.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    env.globals.update(href=href, type_class=charts.type_class, snippet_html=render.snippet_html,
                       plain_snippet=render.plain_snippet, safe_url=render.safe_url, xml_text=render.xml_text)
    return env


def reader(request: Request):
    """A read-only connection for the length of a request (``with reader(request) as db:``)."""
    return request.app.state.readers.reader(request.app.state.time_limit)


def page(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    html = request.app.state.templates.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status)


class HeadAsGet:
    """Answers HEAD as GET without the body (feed readers and link checkers send HEAD)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)
        body_sent = False

        async def headers_only(message):
            nonlocal body_sent
            if message["type"] == "http.response.body":
                if body_sent:
                    return
                body_sent, message = True, {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app(dict(scope, method="GET"), receive, headers_only)


async def guard(request: Request, call_next):
    """Refuse oversized requests; add the security headers to every response."""
    size = request.headers.get("content-length", "0")
    url_size = len(request.url.path) + len(request.url.query)
    if not size.isdigit() or int(size) > MAX_BODY:
        response = error_response(request, 413, f"request body too large: at most {MAX_BODY} bytes.")
    elif url_size > MAX_URL:
        response = error_response(request, 414, f"URL too long: at most {MAX_URL} characters. Use fewer or shorter parameters.")
    else:
        response = await call_next(request)
    response.headers.update(HEADERS)
    return response


def status_and_message(ex: Exception) -> tuple[int, str]:
    if isinstance(ex, CommuniqueError):
        return ex.status, str(ex)
    if isinstance(ex, HTTPException):
        return ex.status_code, "no such page." if ex.status_code == 404 else str(ex.detail)
    if isinstance(ex, RequestValidationError):
        problems = [f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in ex.errors()]
        return 400, "bad parameter " + "; ".join(problems) + "."
    return 500, "internal error: the server could not answer this request."


async def handle_error(request: Request, ex: Exception):
    status, message = status_and_message(ex)
    return error_response(request, status, message)


def error_response(request: Request, status: int, message: str):
    """The one error shape: JSON under /api/, an HTML page elsewhere."""
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        response = JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    else:
        response = page(request, "error.html", status=status, status_code=status, message=message, feed_url=None)
    response.headers.update(HEADERS)
    return response
