"""The JSON API: events, incidents, articles, air statistics and sitreps, read-only unless a token is set."""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, BeforeValidator, Field, ValidationError, field_validator
from starlette.concurrency import run_in_threadpool

from warwire.models import EVENT_TYPES, clean_text
from warwire.web.errors import ApiError
from warwire.web.security import token_matches


class ErrorDetail(BaseModel):
    """What went wrong: a stable code for programs and a message for people."""

    code: str
    message: str


class ErrorOut(BaseModel):
    """The one shape of every API error."""

    error: ErrorDetail


_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "Not found"},
    422: {"model": ErrorOut, "description": "Invalid parameters"},
    500: {"model": ErrorOut, "description": "Server error"},
}
router = APIRouter(prefix="/api", responses=_ERRORS)

MAX_LIMIT = 1000


def _iso_day(value: Any) -> Any:
    # pydantic alone also reads "0" or "1700000000" as a Unix time: a date parameter is written YYYY-MM-DD
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("not a date; write it as YYYY-MM-DD")
    return value


Day = Annotated[dt.date, BeforeValidator(_iso_day)]


class Filters(BaseModel):
    """The event filters the CLI offers, as query parameters."""

    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    weapon: str | None = None
    claimed_by: str | None = None
    text: str | None = None

    def query(self, limit: int, offset: int) -> Any:
        """An EventQuery for the store."""
        from warwire.store import EventQuery

        return EventQuery(**self.model_dump(), limit=limit, offset=offset)


# An enum, so the schema lists the types and a wrong one is refused before any query.
EventType = enum.Enum("EventType", {t: t for t in EVENT_TYPES}, type=str)  # type: ignore[misc]


def _filters(
    type: Annotated[EventType | None, Query(description="event type")] = None,  # type: ignore[valid-type]
    since: Annotated[Day | None, Query(description="first date, YYYY-MM-DD")] = None,
    until: Annotated[Day | None, Query(description="last date, YYYY-MM-DD")] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    target: Annotated[str | None, Query(max_length=200)] = None,
    place: Annotated[str | None, Query(description="location or place name", max_length=200)] = None,
    weapon: Annotated[str | None, Query(description="drone, missile, glide_bomb, mixed", max_length=40)] = None,
    claimed_by: Annotated[str | None, Query(max_length=200)] = None,
    text: Annotated[str | None, Query(description="words in the evidence", max_length=200)] = None,
) -> Filters:
    return Filters(type=type.value if type else None, since=since, until=until, actor=actor, target=target, place=place,
                   weapon=weapon, claimed_by=claimed_by, text=text)


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]


# Totals are counted exactly up to this many; past it a page says "more than" (total_exact false), so a page
# of a common word over a million events costs a page, not a count of every match.
COUNT_CAP = 10_000


class Page(BaseModel):
    """One page of results and the total that match (a lower bound when `total_exact` is false)."""

    total: int
    total_exact: bool
    limit: int
    offset: int
    items: list[dict[str, Any]]


def _page(total: int, limit: int, offset: int, items: list[dict[str, Any]]) -> Response:
    exact = total <= COUNT_CAP
    return raw_json({"total": total if exact else COUNT_CAP, "total_exact": exact, "limit": limit,
                     "offset": offset, "items": items})


def raw_json(body: dict[str, Any]) -> Response:
    """Store dicts are already JSON-ready: skip response-model validation, which costs more than the query."""
    return Response(json.dumps(body, ensure_ascii=False, separators=(",", ":")), media_type="application/json")


def store_of(request: Request) -> Any:
    return request.app.state.store


@router.get("/events", response_model=Page, summary="Events matching the filters, newest first")
def list_events(
    store: Annotated[Any, Depends(store_of)],
    f: Annotated[Filters, Depends(_filters)],
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    q = f.query(limit, offset)
    return _page(store.count_events(q, cap=COUNT_CAP), limit, offset, store.query_events(q))


@router.get("/incidents", response_model=Page, summary="Incidents (events merged across reports)")
def list_incidents(
    store: Annotated[Any, Depends(store_of)],
    f: Annotated[Filters, Depends(_filters)],
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    q = f.query(limit, offset)
    return _page(store.count_incidents(q, cap=COUNT_CAP), limit, offset, store.query_incidents(q))


@router.get("/incidents/{incident_id}", summary="One incident: its sources, figures per claimant, disagreements")
def get_incident(incident_id: str, store: Annotated[Any, Depends(store_of)]) -> dict[str, Any]:
    found = store.get_incident(incident_id)
    if found is None:
        raise ApiError(404, "not_found", f"no incident {incident_id!r}; list them at /api/incidents")
    return dict(found)


@router.get("/articles/{article_id}", summary="One article: its text and the events read from it")
def get_article(article_id: str, store: Annotated[Any, Depends(store_of)]) -> dict[str, Any]:
    found = store.get_article(article_id)
    if found is None:
        raise ApiError(404, "not_found", f"no article {article_id!r}; event records name theirs in article.id")
    return dict(found)


@router.get("/stats/air", summary="Per night: drones and missiles launched, intercepted, lost, by weapon and claimant")
def air_stats(
    store: Annotated[Any, Depends(store_of)],
    since: Day | None = None,
    until: Day | None = None,
) -> dict[str, Any]:
    return {"items": store.air_stats(since=since, until=until)}


@router.get("/sitrep", summary="The situation report of one day, as cited sentences")
def sitrep(store: Annotated[Any, Depends(store_of)], date: Day) -> dict[str, Any]:
    from warwire.report import build_sitrep, render_markdown

    rep = build_sitrep(store, date)
    body = dataclasses.asdict(rep)
    body["day"] = rep.day.isoformat()
    body["empty"] = rep.empty
    body["markdown"] = render_markdown(rep)
    return body


class ArticleIn(BaseModel):
    """An article to ingest through the API."""

    title: str | None = Field(default=None, max_length=1000)
    text: str = Field(min_length=1, max_length=2_000_000)
    published: dt.date | None = None
    url: str | None = Field(default=None, min_length=8, max_length=2000, pattern=r"^[Hh][Tt][Tt][Pp][Ss]?://\S")
    id: str | None = Field(default=None, min_length=1, max_length=200,
                           description="your own id for this article: a later post with the same id (and no url) "
                                       "is a new version of it; without url or id, every text is its own article")

    @field_validator("url")
    @classmethod
    def _http_only(cls, v: str | None) -> str | None:
        if v is not None and not v.lower().startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        return v


class AddedOut(BaseModel):
    """What the store did with an ingested article."""

    article_id: str
    status: str
    events_added: int


# A request body past this is refused unread: a 2,000,000-character text, JSON-escaped, stays well under it.
MAX_BODY_BYTES = 16 * 1024 * 1024
_ARTICLE_BODY = {"required": True, "content": {"application/json": {"schema": ArticleIn.model_json_schema()}}}


@router.post("/articles", status_code=201, response_model=AddedOut,
             responses={401: {"model": ErrorOut, "description": "Missing or wrong token"},
                        403: {"model": ErrorOut, "description": "Writes are off (no WARWIRE_API_TOKEN)"},
                        413: {"model": ErrorOut, "description": "Body over 16 MB"}},
             openapi_extra={"requestBody": _ARTICLE_BODY},
             summary="Ingest one article (only when WARWIRE_API_TOKEN is set; send it as a Bearer token)")
async def add_article(
    request: Request,
    store: Annotated[Any, Depends(store_of)],
    authorization: Annotated[str | None, Header()] = None,
) -> AddedOut:
    # The token is checked before a byte of the body is read, so an unauthenticated client costs nothing.
    token: str | None = request.app.state.api_token
    if not token:
        raise ApiError(403, "writes_disabled", "this server is read-only; start it with WARWIRE_API_TOKEN set "
                       "to accept articles")
    if not token_matches(authorization, token):
        raise ApiError(401, "unauthorized", "missing or wrong token; send `Authorization: Bearer <token>`",
                       headers={"WWW-Authenticate": "Bearer"})
    raw = await _read_body(request)
    try:
        # the standard JSON reader, not pydantic's: it keeps a lone surrogate, which the store cleans as it
        # cleans every text (an escape pydantic's reader refuses outright)
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise ApiError(422, "invalid_request", f"the body is not JSON ({str(exc)[:200]}); send one article "
                       'object: {"text": ..., "title": ..., "published": "YYYY-MM-DD", "url": ...}') from exc
    if isinstance(data, dict):
        data = {k: clean_text(v) if isinstance(v, str) else v for k, v in data.items()}
    try:
        body = ArticleIn.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]) from exc
    return await run_in_threadpool(_add, store, body)


async def _read_body(request: Request) -> bytes:
    """The request body, refused with 413 as soon as it passes MAX_BODY_BYTES (declared or streamed)."""
    too_large = ApiError(413, "too_large", f"request body over the {MAX_BODY_BYTES // (1024 * 1024)} MB limit; "
                         "send one article per request")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise too_large
    parts, size = [], 0
    async for part in request.stream():
        size += len(part)
        if size > MAX_BODY_BYTES:
            raise too_large
        parts.append(part)
    return b"".join(parts)


def _add(store: Any, body: ArticleIn) -> AddedOut:
    from warwire.models import Article
    from warwire.pipeline import extract_events

    article = Article(source=body.url or "api", body=body.text, title=body.title, url=body.url,
                      published=body.published, key=body.id)
    result = store.add_article(article, extract_events(article))
    return AddedOut(article_id=result.article_id, status=str(result.status), events_added=result.events_added)
