"""The HTML pages: each calls its view's data function and renders it with a template.

Templates autoescape everything (article text, titles and names are hostile input); links
built from stored URLs pass :func:`safe_url`, which keeps only http(s) URLs. The pages work
without JavaScript; ``static/article.js`` only adds click-to-highlight on the article page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi import Query as Q
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import __version__
from ..ledger import Ledger
from ..ledger.queries import DateRange, Page
from . import views
from .api import DateFrom, DateTo, Limit, Offset, Text, get_ledger
from .charts import build_chart
from .highlight import KINDS, LABELS, highlight, record_marks

router = APIRouter(include_in_schema=False)
TEMPLATES = Path(__file__).resolve().parent / "templates"
LedgerDep = Annotated[Ledger, Depends(get_ledger)]


def safe_url(value: Any) -> str | None:
    """The URL if it is a plain http(s) URL, else None (no ``javascript:``, ``data:`` …)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(
            ord(c) < 32 for c in text):
        return text
    return None


def path_id(value: Any) -> str:
    """An id as one URL path segment (ids may hold '/', '#', '?' or worse)."""
    return quote(str(value), safe=":~")


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["path_id"] = path_id
    env.globals.update(version=__version__, KINDS=KINDS, LABELS=LABELS)
    return env


ENV = _environment()


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    """A page: the template with the view's data, the request's path and its JSON twin."""
    return HTMLResponse(render_text(request, template, **context))


def render_text(request: Request, template: str, **context: Any) -> str:
    query = str(request.url.query)
    twin = "/api" + request.url.path.rstrip("/") + (f"?{query}" if query else "")
    return ENV.get_template(template).render(
        path=request.url.path, json_url=twin, query=dict(request.query_params), **context)


def render_error(request: Request, status: int, message: str) -> str:
    """The HTML error page (the message is escaped like everything else)."""
    return ENV.get_template("error.html").render(
        path=request.url.path, json_url=None, query={}, status=status, message=message)


def page_links(request: Request, data: dict[str, Any]) -> dict[str, str | None]:
    """Links to the previous and next pages of a list, keeping its filters."""
    params = {k: v for k, v in request.query_params.items() if k != "offset"}
    offset, limit, total = data["offset"], data["limit"], data["total"]

    def link(value: int) -> str:
        return request.url.path + "?" + urlencode({**params, "offset": value})
    return {
        "prev": link(max(0, offset - limit)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total else None,
    }


# --------------------------------------------------------------------------- pages


@router.get("/", response_class=HTMLResponse)
def home(request: Request, ledger: LedgerDep) -> HTMLResponse:
    return render(request, "home.html", data=views.home(ledger))


@router.get("/articles", response_class=HTMLResponse)
def articles(
    request: Request, ledger: LedgerDep, q: Text = None, outlet: Text = None,
    date_from: DateFrom = None, date_to: DateTo = None, limit: Limit = 50, offset: Offset = 0,
) -> HTMLResponse:
    data = views.articles(ledger, q=q, outlet=outlet, dates=DateRange(date_from, date_to),
                          page=Page(limit, offset))
    return render(request, "articles.html", data=data, pages=page_links(request, data))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str, ledger: LedgerDep) -> HTMLResponse:
    data = views.article(ledger, article_id)
    text = data["article"]["text"]
    return render(request, "article.html", data=data,
                  marked=highlight(text, record_marks(data)),
                  entity_names={e["id"]: e["name"] for e in data.get("entities") or []})


@router.get("/claims", response_class=HTMLResponse)
def claims(
    request: Request, ledger: LedgerDep, q: Text = None, source: Text = None,
    about: Text = None, outlet: Text = None, article: Text = None, date_from: DateFrom = None,
    date_to: DateTo = None, limit: Limit = 50, offset: Offset = 0,
) -> HTMLResponse:
    data = views.claim_list(ledger, q=q, source=source, about=about, outlet=outlet,
                            article=article, dates=DateRange(date_from, date_to),
                            page=Page(limit, offset))
    return render(request, "claims.html", data=data, pages=page_links(request, data))


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request, ledger: LedgerDep, name: Text = None,
    type: Annotated[str | None, Q(max_length=32)] = None, limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    data = views.entity_list(ledger, name=name, type_=type, page=Page(limit, offset))
    return render(request, "entities.html", data=data, pages=page_links(request, data))


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str, ledger: LedgerDep) -> HTMLResponse:
    return render(request, "entity.html", data=views.entity(ledger, entity_id))


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request, ledger: LedgerDep,
    actor: Annotated[str | None, Q(max_length=500)] = None,
    type: Annotated[str | None, Q(max_length=32)] = None,
    date_from: DateFrom = None, date_to: DateTo = None, limit: Limit = 100, offset: Offset = 0,
) -> HTMLResponse:
    data = views.timeline(ledger, actor=actor, type_=type, dates=DateRange(date_from, date_to),
                          page=Page(limit, offset))
    return render(request, "timeline.html", data=data, pages=page_links(request, data))


@router.get("/figures", response_class=HTMLResponse)
def figures(
    request: Request, ledger: LedgerDep,
    measure: Annotated[str | None, Q(max_length=500)] = None,
    about: Annotated[str | None, Q(max_length=500)] = None,
) -> HTMLResponse:
    data = views.figures(ledger, measure=measure, about=about)
    title = f"{measure or 'all measures'} — {about or 'any subject'}"
    return render(request, "figures.html", data=data, chart=build_chart(data["items"],
                                                                         title=title))


@router.get("/estimates", response_class=HTMLResponse)
def estimates(
    request: Request, ledger: LedgerDep,
    measure: Annotated[str | None, Q(max_length=500)] = None,
    about: Annotated[str | None, Q(max_length=500)] = None,
    window: Annotated[int, Q(ge=0, le=3650)] = 14,
) -> HTMLResponse:
    data = views.estimates(ledger, measure=measure, about=about, window=window)
    return render(request, "estimates.html", data=data)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API's reference, rendered on the server from the OpenAPI document (no CDN)."""
    spec = request.app.openapi()
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            operations.append({
                "method": method.upper(), "path": path,
                "summary": operation.get("summary") or "",
                "parameters": [
                    {"name": p.get("name"), "where": p.get("in"),
                     "required": p.get("required", False),
                     "description": p.get("description") or "",
                     "schema": _schema_text(p.get("schema") or {})}
                    for p in operation.get("parameters") or []],
                "body": "requestBody" in operation,
            })
    return HTMLResponse(ENV.get_template("docs.html").render(
        path=request.url.path, json_url="/openapi.json", query={}, spec=spec,
        operations=operations))


def _schema_text(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_schema_text(s) for s in schema["anyOf"])
    kind = schema.get("type") or "any"
    if schema.get("format"):
        kind += f" ({schema['format']})"
    return str(kind)
