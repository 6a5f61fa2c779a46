"""The web application: JSON API, dashboard and sitrep pages from one process, every asset local."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles

from warwire.web import errors
from warwire.web.aggregates import router as aggregates_router
from warwire.web.api import Day, router
from warwire.web.security import SecurityHeaders

STATIC = Path(__file__).parent / "static"
BASEMAP = Path(__file__).parents[1] / "data" / "basemap.json"  # built by scripts/build_basemap.py
TOKEN_ENV = "WARWIRE_API_TOKEN"

# Swagger UI, vendored from npm, started by a file instead of FastAPI's inline script (CSP forbids inline).
_DOCS = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>warwire API</title>
<link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css"></head>
<body><div id="swagger-ui"><p>The API schema is at <a href="/openapi.json">/openapi.json</a>.</p></div>
<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/js/docs-init.js"></script></body></html>
"""


def create_app(store_url: str | None = None, store: Any | None = None, api_token: str | None = None) -> FastAPI:
    """The FastAPI app over the store at `store_url` (None: $WARWIRE_DB or ./warwire.db)."""
    if store is None:
        from warwire.store import open_store

        store = open_store(store_url)
    app = FastAPI(
        title="warwire",
        summary="Sourced conflict events read from news: every figure with its claimant and evidence.",
        version="1",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.api_token = api_token if api_token is not None else os.environ.get(TOKEN_ENV) or None
    errors.install(app)
    app.include_router(router)
    app.include_router(aggregates_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _pages(app)
    app.add_middleware(SecurityHeaders)
    return app


def _pages(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    @app.get("/map/basemap.json", include_in_schema=False)
    def basemap() -> FileResponse:
        return FileResponse(BASEMAP, media_type="application/json")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(_DOCS)

    @app.get("/healthz", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/sitrep/{day}", summary="The situation report of one day as an HTML page (or Markdown)",
             response_class=HTMLResponse,
             responses={200: {"content": {"text/html": {}, "text/markdown": {"schema": {"type": "string"}}}}})
    def sitrep_page(
        day: Day, request: Request, format: str = Query("html", pattern="^(html|md)$")
    ) -> Response:
        from warwire.report import build_sitrep, render_html, render_markdown

        rep = build_sitrep(request.app.state.store, day)
        if format == "md":
            return PlainTextResponse(render_markdown(rep), media_type="text/markdown; charset=utf-8")
        return HTMLResponse(render_html(rep))
