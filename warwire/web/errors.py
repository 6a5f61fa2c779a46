"""Every API error has one shape: `{"error": {"code": ..., "message": ...}}`."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from warwire.errors import StoreError, WarwireError

log = logging.getLogger("warwire.web")

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 413: "too_large", 422: "invalid_request", 500: "internal_error",
          503: "store_unavailable"}


class ApiError(Exception):
    """An error the API answers with a status, a stable code and a message for people."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The one error body, with its status."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _where(loc: tuple[object, ...]) -> str:
    return ".".join(str(p) for p in loc if p not in ("query", "body", "path")) or "request"


def install(app: FastAPI) -> None:
    """Route every error the app can raise to the one JSON shape."""

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        msgs = [f"{_where(tuple(e.get('loc', ())))}: {e.get('msg', 'invalid')}" for e in exc.errors()]
        return error_response(422, "invalid_request", "; ".join(msgs) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code
        if exc.status_code == 404:
            message = "no such page or endpoint; the API is listed at /docs"
        return error_response(exc.status_code, code, message, getattr(exc, "headers", None))

    @app.exception_handler(WarwireError)
    async def _warwire(request: Request, exc: WarwireError) -> JSONResponse:
        if isinstance(exc, StoreError):  # the database, not the request, is at fault
            log.error("store error on %s %s: %s", request.method, request.url.path, exc)
            return error_response(503, "store_unavailable", str(exc))
        return error_response(422, "invalid_request", str(exc))
    # Anything else is answered as a JSON 500 by security.SecurityHeaders, which wraps the app.
