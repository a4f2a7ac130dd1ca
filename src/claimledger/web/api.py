"""The JSON API under ``/api/``: the twin of every page, plus quantities, events and times.

Lists share one shape — ``{"ok": true, "items": [...], "total", "limit", "offset",
"count", "next"}`` — and records are in the contract's shape (``shared/CONTRACT.md``).
``POST /api/articles`` is the only write: it needs ``Authorization: Bearer <token>`` with
the token the server was started with (``$CLAIMLEDGER_TOKEN``); without one configured the
API is read-only and every write is refused with 401.
"""

from __future__ import annotations

import hmac
import json
from datetime import date
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Body, Depends, HTTPException, Request
from fastapi import Query as Q
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from ..errors import ClaimledgerError, Errors
from ..ledger import Ledger
from ..ledger.queries import DateRange, Page
from . import views
from .app import TOKEN_ENV


class JSON(JSONResponse):
    """JSON straight from ``json.dumps`` (no per-field encoding pass: lists are large)."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":"),
                          default=str).encode("utf-8")


router = APIRouter(prefix="/api", tags=["api"], default_response_class=JSON)

#: Longest article text the API accepts (characters).
MAX_TEXT = 1_000_000

Text = Annotated[str | None, Q(max_length=500)]
Limit = Annotated[int, Q(ge=1, le=views.MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int, Q(ge=0, le=10_000_000, description="Items to skip.")]
DateFrom = Annotated[date | None, Q(description="Earliest date (YYYY-MM-DD), inclusive.")]
DateTo = Annotated[date | None, Q(description="Latest date (YYYY-MM-DD), inclusive.")]


def get_ledger(request: Request) -> Ledger:
    """The ledger the app serves."""
    return request.app.state.ledger


LedgerDep = Annotated[Ledger, Depends(get_ledger)]


def listing(request: Request, data: dict[str, Any]) -> JSON:
    """A list response: the view's data with ``ok`` and the URL of the next page."""
    following = data["offset"] + data["count"]
    more = data["count"] and following < data["total"]
    next_url = str(request.url.include_query_params(offset=following)) if more else None
    return JSON({"ok": True, **data, "next": next_url})


# --------------------------------------------------------------------------- twins of pages


@router.get("", summary="Counts, latest articles and most-cited sources (the home page)")
def home(ledger: LedgerDep) -> JSON:
    return JSON({"ok": True, **views.home(ledger)})


@router.get("/articles", summary="Articles, newest first; full-text search and filters")
def articles(
    request: Request, ledger: LedgerDep, q: Text = None, outlet: Text = None,
    date_from: DateFrom = None, date_to: DateTo = None, limit: Limit = 50, offset: Offset = 0,
) -> JSON:
    data = views.articles(ledger, q=q, outlet=outlet, dates=DateRange(date_from, date_to),
                          page=Page(limit, offset))
    return listing(request, data)


@router.get("/articles/{article_id:path}", summary="One article's record (contract shape)")
def article(article_id: str, ledger: LedgerDep) -> JSON:
    return JSON(views.article(ledger, article_id))


@router.get("/claims", summary="Claims: search, by source, about an entity, outlet, dates")
def claims(
    request: Request, ledger: LedgerDep, q: Text = None,
    source: Annotated[str | None, Q(max_length=500, description="Source name or entity id")]
    = None,
    about: Annotated[str | None, Q(max_length=500, description="Entity name or id inside the "
                                                               "content")] = None,
    outlet: Text = None, article: Text = None, date_from: DateFrom = None,
    date_to: DateTo = None, limit: Limit = 50, offset: Offset = 0,
) -> JSON:
    data = views.claim_list(ledger, q=q, source=source, about=about, outlet=outlet,
                            article=article, dates=DateRange(date_from, date_to),
                            page=Page(limit, offset))
    return listing(request, data)


@router.get("/entities", summary="Entities across articles, most widely reported first")
def entities(
    request: Request, ledger: LedgerDep, name: Text = None,
    type: Annotated[str | None, Q(max_length=32)] = None,
    limit: Limit = 50, offset: Offset = 0,
) -> JSON:
    data = views.entity_list(ledger, name=name, type_=type, page=Page(limit, offset))
    return listing(request, data)


@router.get("/entities/{entity_id:path}", summary="One entity: grounding, claims by and about it, "
                                             "events")
def entity(entity_id: str, ledger: LedgerDep) -> JSON:
    return JSON({"ok": True, **views.entity(ledger, entity_id)})


@router.get("/timeline", summary="Events by date, by actor and type")
def timeline(
    request: Request, ledger: LedgerDep,
    actor: Annotated[str | None, Q(max_length=500, description="Entity id")] = None,
    type: Annotated[str | None, Q(max_length=32, description="PLOVER type")] = None,
    date_from: DateFrom = None, date_to: DateTo = None, limit: Limit = 100, offset: Offset = 0,
) -> JSON:
    data = views.timeline(ledger, actor=actor, type_=type, dates=DateRange(date_from, date_to),
                          page=Page(limit, offset))
    return listing(request, data)


@router.get("/figures", summary="Every figure of a measure about a subject, by source")
def figures(
    ledger: LedgerDep,
    measure: Annotated[str | None, Q(max_length=500, description="e.g. killed")] = None,
    about: Annotated[str | None, Q(max_length=500, description="Entity name or id")] = None,
) -> JSON:
    return JSON({"ok": True, **views.figures(ledger, measure=measure, about=about)})


@router.get("/estimates", summary="Series of figures, their agreement and Admiralty grades")
def estimates(
    ledger: LedgerDep,
    measure: Annotated[str | None, Q(max_length=500, description="e.g. killed")] = None,
    about: Annotated[str | None, Q(max_length=500, description="Entity name or id")] = None,
    window: Annotated[int, Q(ge=0, le=3650, description="Days apart still compared")] = 14,
) -> JSON:
    return JSON({"ok": True, **views.estimates(ledger, measure=measure, about=about,
                                               window=window)})


# --------------------------------------------------------------------------- API-only lists


@router.get("/quantities", summary="Quantities by measure, subject, article, outlet, dates")
def quantities(
    request: Request, ledger: LedgerDep, measure: Text = None, about: Text = None,
    article: Text = None, outlet: Text = None, date_from: DateFrom = None,
    date_to: DateTo = None, limit: Limit = 50, offset: Offset = 0,
) -> JSON:
    data = views.quantity_list(ledger, measure=measure, about=about, article=article,
                               outlet=outlet, dates=DateRange(date_from, date_to),
                               page=Page(limit, offset))
    return listing(request, data)


@router.get("/events", summary="Events by actor, type, article, dates")
def events(
    request: Request, ledger: LedgerDep,
    actor: Annotated[str | None, Q(max_length=500)] = None,
    type: Annotated[str | None, Q(max_length=32)] = None,
    article: Text = None, date_from: DateFrom = None, date_to: DateTo = None,
    limit: Limit = 50, offset: Offset = 0,
) -> JSON:
    data = views.event_list(ledger, actor=actor, type_=type, article=article,
                            dates=DateRange(date_from, date_to), page=Page(limit, offset))
    return listing(request, data)


@router.get("/times", summary="Time expressions whose interval meets a date range")
def times(
    request: Request, ledger: LedgerDep, article: Text = None,
    type: Annotated[str | None, Q(max_length=16)] = None,
    date_from: DateFrom = None, date_to: DateTo = None, limit: Limit = 50, offset: Offset = 0,
) -> JSON:
    data = views.time_list(ledger, article=article, type_=type,
                           dates=DateRange(date_from, date_to), page=Page(limit, offset))
    return listing(request, data)


@router.get("/stats", summary="How many articles and facts are stored")
def stats(ledger: LedgerDep) -> JSON:
    return JSON({"ok": True, "counts": views.stats(ledger)})


# --------------------------------------------------------------------------- writing


class ArticleIn(BaseModel):
    """An article to ingest: its text and what is known about it; or a ready record."""

    text: str | None = Field(None, max_length=MAX_TEXT, description="The article's text.")
    id: str | None = Field(None, max_length=255)
    title: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=500)
    author: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD")
    record: dict[str, Any] | None = Field(
        None, description="A record in the contract's shape, stored as given (no extraction).")


def require_token(request: Request) -> None:
    """Refuse writes without the configured bearer token (and all writes without one)."""
    expected = request.app.state.token
    challenge = {"WWW-Authenticate": "Bearer"}
    if not expected:
        raise HTTPException(401, Errors.E060.format(variable=TOKEN_ENV), headers=challenge)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                             expected.encode()):
        raise HTTPException(401, Errors.E061, headers=challenge)


@router.post("/articles", status_code=201, dependencies=[Depends(require_token)],
             summary="Ingest an article (needs the bearer token)")
def ingest(ledger: LedgerDep, body: Annotated[ArticleIn, Body()]) -> dict[str, Any]:
    record = _record_of(body)
    from ..article import content_hash

    digest = content_hash(record.article.text)
    try:
        stored = ledger.add(record, content_hash=digest)
    except ClaimledgerError as err:
        raise HTTPException(400, str(err)) from None
    article_id = ledger.article_id(digest)
    return {"ok": True, "stored": stored, "id": article_id,
            "url": f"/articles/{quote(str(article_id), safe=':~')}",
            "api": f"/api/articles/{quote(str(article_id), safe=':~')}"}


def _record_of(body: ArticleIn) -> Any:
    """The record to store: the one given, else one extracted from the text."""
    from ..record import record_from_dict

    if body.record is not None:
        try:
            return record_from_dict(body.record)
        except (ValueError, TypeError, KeyError, AttributeError) as err:
            raise HTTPException(400, Errors.E062.format(reason=err)) from None
    if not body.text or not body.text.strip():
        raise HTTPException(400, Errors.E063)
    from .. import extract

    meta = {k: v for k, v in body.model_dump(exclude={"text", "record", "published"}).items()
            if v}
    try:
        return extract(body.text, published=body.published, **meta)
    except ClaimledgerError as err:
        raise HTTPException(400, str(err)) from None
