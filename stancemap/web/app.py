"""The Starlette application: read-only pages over the store, each also at ``URL.json``.

Only GET (and HEAD) routes exist: there is no write endpoint. Templates are Jinja2 with
autoescape on, so every string from the store or the request is escaped; the document text is
highlighted server-side (:mod:`stancemap.web.highlight`), also escaped piece by piece. A
Content-Security-Policy allows scripts from this server only (no inline script; the charts read
their data from ``<script type="application/json">`` blocks).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import aggregate, pages
from .db import Cache, Pool
from .network import BASES, LeanIndex
from .search import TextIndex

HERE = Path(__file__).resolve().parent
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COUNTRY = re.compile(r"^[A-Za-z]{3}(,[A-Za-z]{3})*$")
HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
     b"img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
     b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


ROUTE_NAMES = {"/": "overview", "/matrix": "matrix", "/network": "network",
               "/timeline": "timeline"}


class BadRequest(Exception):
    """A malformed parameter (the server answers 400)."""


class SecurityHeaders:
    """Adds :data:`HEADERS` to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


def param(request: Request, name: str, pattern: re.Pattern[str] | None = None) -> str | None:
    """A query parameter, stripped, at most 200 characters; None when empty."""
    value = (request.query_params.get(name) or "").strip()[:200]
    if not value:
        return None
    if pattern is not None and not pattern.match(value):
        raise BadRequest(f"bad value for {name}")
    return value


def _int_param(request: Request, name: str) -> int | None:
    value = param(request, name)
    if value is None:
        return None
    digits = value.lstrip("PpEe")
    if not digits.isdigit():
        raise BadRequest(f"bad value for {name}")
    return int(digits)


def _dates(request: Request) -> dict[str, str | None]:
    return {"since": param(request, "since", DATE), "until": param(request, "until", DATE)}


class Site:
    """The pages, bound to a connection pool and a cache."""

    def __init__(self, url: str) -> None:
        self.pool = Pool(url)
        self.cache = Cache(256)  # page data of the corpus-wide views
        self.responses = Cache(4096, max_bytes=128 << 20)  # response bodies, by URL
        self.index = TextIndex()
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"),
                               autoescape=select_autoescape(["html"]), auto_reload=False)
        self.env.globals["polarities"] = pages.POLARITIES

    def cached(self, key: tuple[Any, ...], compute: Callable[[], Any],
               cache: Cache | None = None) -> Any:
        db = self.pool.get()
        return (cache or self.cache).get_or((self.pool.version(db), *key), compute)

    # -- page data ------------------------------------------------------------------------

    def overview(self, request: Request) -> dict[str, Any]:
        db = self.pool.get()
        return self.cached(("overview",), lambda: pages.overview(db))

    def search(self, request: Request) -> dict[str, Any]:
        db = self.pool.get()
        q = param(request, "q") or ""
        version = self.pool.version(db)
        if self.index.needs_build(version):
            threading.Thread(target=self.build_index, daemon=True).start()
        return pages.search(db, q, self.index.search(q, version))

    def build_index(self) -> None:
        db = self.pool.get()
        self.index.build(db, self.pool.version(db, ttl=0))

    def proposition(self, request: Request) -> dict[str, Any]:
        return pages.proposition(self.pool.get(), request.path_params["pid"],
                                 actor=param(request, "actor"),
                                 country=param(request, "country", COUNTRY), **_dates(request))

    def actor(self, request: Request) -> dict[str, Any]:
        db = self.pool.get()
        index = self.cached(("leans",), lambda: LeanIndex.build(db))
        return pages.actor(db, request.path_params["eid"], index)

    def document(self, request: Request) -> dict[str, Any]:
        return pages.document(self.pool.get(), request.path_params["doc"], param(request, "at"))

    def matrix(self, request: Request) -> dict[str, Any]:
        kw: dict[str, Any] = {"by": param(request, "by") or "country",
                              "country": param(request, "country", COUNTRY),
                              "sort": param(request, "sort") or "total",
                              "top": min(60, _int_param(request, "top") or 25), **_dates(request)}
        db = self.pool.get()
        return self.cached(("matrix", tuple(sorted(kw.items()))),
                           lambda: aggregate.matrix(db, **kw))

    def network(self, request: Request) -> dict[str, Any]:
        bases = tuple(b for b in BASES if b in (param(request, "bases") or ",".join(BASES)))
        kw: dict[str, Any] = {"proposition": _int_param(request, "proposition"),
                              "bases": bases or BASES,
                              "limit": min(300, _int_param(request, "limit") or 80),
                              **_dates(request)}
        db = self.pool.get()
        return self.cached(("network", tuple(sorted(kw.items()))),
                           lambda: aggregate.network(db, **kw))

    def timeline(self, request: Request) -> dict[str, Any]:
        kw: dict[str, Any] = {"actor": param(request, "actor"),
                              "country": param(request, "country", COUNTRY),
                              "type": param(request, "type"), **_dates(request)}
        db = self.pool.get()
        return self.cached(("timeline", tuple(sorted(kw.items()))),
                           lambda: aggregate.timeline(db, **kw))

    # -- responses ------------------------------------------------------------------------

    def endpoint(self, name: str) -> Callable[[Request], Response]:
        compute = getattr(self, name)

        def respond(request: Request) -> Response:
            as_json = request.url.path.endswith(".json")
            try:
                body = self.cached((request.url.path, request.url.query),
                                   lambda: self.render(name, compute(request), request, as_json),
                                   self.responses)
            except pages.NotFound as exc:
                return self.error(request, 404, str(exc), as_json)
            except BadRequest as exc:
                return self.error(request, 400, str(exc), as_json)
            media = "application/json" if as_json else "text/html; charset=utf-8"
            return Response(body, media_type=media)

        return respond

    def render(self, name: str, data: dict[str, Any], request: Request, as_json: bool) -> bytes:
        if as_json:
            return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return self.env.get_template(f"{name}.html").render(
            data=data, request=request, page=name).encode("utf-8")

    def warm(self) -> None:
        """Build the search index and compute the default views of the corpus-wide pages
        into the cache."""
        self.build_index()
        db = self.pool.get()
        self.cached(("leans",), lambda: LeanIndex.build(db))
        for path in ("/", "/matrix", "/network", "/timeline"):
            scope = {"type": "http", "method": "GET", "path": path, "query_string": b"",
                     "headers": [], "path_params": {}}
            try:
                self.endpoint(ROUTE_NAMES[path])(Request(scope))
            except Exception:  # noqa: BLE001 - a failed warm-up only costs the first visitor
                return

    def error(self, request: Request, status: int, message: str, as_json: bool) -> Response:
        if as_json:
            return JSONResponse({"error": message, "status": status}, status_code=status)
        html = self.env.get_template("error.html").render(
            data={"error": message, "status": status}, request=request, page="error")
        return HTMLResponse(html, status_code=status)


def _routes(site: Site) -> list[Route | Mount]:
    paths = {
        "overview": ["/", "/index.json", "/.json"],
        "search": ["/search", "/search.json"],
        "proposition": ["/proposition/{pid:int}", "/proposition/{pid:int}.json"],
        "actor": ["/actor/{eid:int}", "/actor/{eid:int}.json"],
        "document": ["/document/{doc:int}", "/document/{doc:int}.json"],
        "matrix": ["/matrix", "/matrix.json"],
        "network": ["/network", "/network.json"],
        "timeline": ["/timeline", "/timeline.json"],
    }
    routes: list[Route | Mount] = []
    for name, urls in paths.items():
        ep = site.endpoint(name)
        routes += [Route(u, ep, methods=["GET", "HEAD"], name=f"{name}{i}")
                   for i, u in enumerate(urls)]
    routes.append(Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"))
    return routes


def create_app(url: str, warm: bool = True) -> Starlette:
    """The web application over the store at ``url`` (a SQLite path or PostgreSQL URL),
    read-only. Raises :class:`~stancemap.store.db.DatabaseError` when it cannot be read.
    With ``warm``, the corpus-wide pages' default views are computed in the background at
    start, so the first visitor does not wait for them."""
    site = Site(url)

    def not_found(request: Request, exc: Exception) -> Response:
        return site.error(request, 404, "no such page", request.url.path.endswith(".json"))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if warm:
            threading.Thread(target=site.warm, daemon=True, name="stancemap-warm").start()
        yield
        site.pool.close()

    app = Starlette(routes=_routes(site), exception_handlers={404: not_found},
                    lifespan=lifespan)
    app.state.site = site
    app.add_middleware(SecurityHeaders)
    return app
