"""The web app: :func:`create_app` builds the FastAPI application over one ledger.

Pages (server-rendered Jinja2) and their JSON twins under ``/api/`` come from the same data
functions (:mod:`.views`). Everything a visitor sees of the ledger is untrusted text, so the
app is strict by default: templates autoescape, every response carries a
Content-Security-Policy that allows only the app's own scripts and styles, and every error
becomes one JSON envelope ``{"ok": false, "error": "...", "status": N}`` (an HTML page for
browsers on page routes) without a stack trace.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import ClaimledgerError
from ..ledger import Ledger
from .views import NotFound

log = logging.getLogger("claimledger.web")

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
#: The environment variable that holds the bearer token for writes (none: read-only).
TOKEN_ENV = "CLAIMLEDGER_TOKEN"

#: Only the app's own files run or style a page; no frames, plugins or foreign forms.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}

_REASONS = {400: "bad request", 401: "not authorised", 403: "forbidden", 404: "not found",
            405: "method not allowed", 413: "request too large", 422: "invalid request",
            500: "internal error", 503: "the ledger is unavailable"}


def create_app(
    ledger_url: str | None = None, *, ledger: Ledger | None = None, token: str | None = None,
) -> FastAPI:
    """The app over the ledger at ``ledger_url`` (or an open ``ledger``).

    ``token`` (default: ``$CLAIMLEDGER_TOKEN``) enables ``POST /api/articles`` for callers
    that send it as a bearer token; without one the app is read-only.
    """
    from . import api, pages

    app = FastAPI(
        title="claimledger",
        version=__version__,
        description="Who claimed what, when: articles, claims, entities, quantities, times "
                    "and events read from news reports, each with spans into its text.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.ledger = ledger if ledger is not None else Ledger(ledger_url, create=False)
    app.state.token = token if token is not None else (os.environ.get(TOKEN_ENV) or None)
    app.add_middleware(SecurityHeaders)
    _add_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


class SecurityHeaders:
    """Adds the security headers to every response, and turns an error that escaped every
    handler into the error envelope (a plain ASGI middleware: no per-request task)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                present = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    header for header in self.headers if header[0] not in present]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("unhandled error on %s", scope.get("path"))
            if started:
                raise
            response = error_response(Request(scope), 500)
            await response(scope, receive, send_with_headers)


def wants_json(request: Request) -> bool:
    """API routes always answer JSON; page routes answer HTML unless asked for JSON."""
    path = request.url.path
    if path.startswith("/api/") or path in ("/api", "/openapi.json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def envelope(status: int, error: str) -> dict[str, Any]:
    """The one shape of every JSON error."""
    return {"ok": False, "error": error, "status": status}


def error_response(
    request: Request, status: int, message: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """A JSON envelope or an HTML error page, never a stack trace."""
    text = message or _REASONS.get(status, "error")
    if wants_json(request):
        return JSONResponse(envelope(status, text), status_code=status, headers=headers)
    from .pages import render_error

    return HTMLResponse(render_error(request, status, text), status_code=status,
                        headers=headers)


def _validation_message(err: RequestValidationError) -> str:
    parts = []
    for problem in err.errors()[:5]:
        where = ".".join(str(p) for p in problem.get("loc", ()) if p not in ("query", "body"))
        parts.append(f"{where or 'request'}: {problem.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException) -> Response:
        detail = err.detail if isinstance(err.detail, str) else None
        return error_response(request, err.status_code, detail,
                              headers=getattr(err, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError) -> Response:
        return error_response(request, 400, _validation_message(err))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, err: NotFound) -> Response:
        return error_response(request, 404, "not found")

    @app.exception_handler(ClaimledgerError)
    async def ledger_error(request: Request, err: ClaimledgerError) -> Response:
        log.error("%s", err)
        return error_response(request, 503)

    @app.exception_handler(Exception)
    async def internal(request: Request, err: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return error_response(request, 500)
