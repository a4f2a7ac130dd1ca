"""The web UI and REST API over a ledger: ``claimledger serve`` (FastAPI, Jinja2, uvicorn).

:func:`create_app` builds the app; :func:`serve` runs it with uvicorn; :func:`get` answers
one request through the in-process client (``claimledger serve --get PATH``, datasette's
habit), so scripts and tests can read any page or API route without starting a server.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app", "get", "serve"]


def create_app(ledger_url: str | None = None, **options: Any) -> Any:
    """The FastAPI app over the ledger at ``ledger_url`` (see :func:`.app.create_app`)."""
    from .app import create_app as build

    return build(ledger_url, **options)


def serve(ledger_url: str | None = None, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the ledger's web UI and API until interrupted."""
    import gc

    import uvicorn

    app = create_app(ledger_url)
    # the libraries loaded so far (spaCy comes with the package) are never freed: keep the
    # collector from walking them on every full collection (pauses of 100+ ms otherwise)
    gc.freeze()
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False,
                proxy_headers=False)


def get(ledger_url: str | None, path: str) -> tuple[int, str]:
    """The status and body of one GET request, answered in-process."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the test client's deprecation notice is not news
        from fastapi.testclient import TestClient

    if not path.startswith("/"):
        path = "/" + path
    with TestClient(create_app(ledger_url), raise_server_exceptions=False) as client:
        response = client.get(path)
    return response.status_code, response.text
