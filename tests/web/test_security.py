"""Hostile input stays text, every response carries a CSP, SQL is parameterised, static files
stay inside their folder, and errors never show a stack trace."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from claimledger.web.app import CONTENT_SECURITY_POLICY
from claimledger.web.pages import safe_url

from .conftest import HOSTILE_NAME
from .test_pages import parse

HOSTILE_ID = quote("a3-<hostile>", safe="")
PAGES = ["/", "/articles", f"/articles/{HOSTILE_ID}", "/claims", "/entities",
         "/entities/e:spokesman", "/timeline", "/figures?measure=killed", "/docs"]


def assert_inert(markup: str) -> None:
    """No script but the app's own file, no event handler, no javascript: link."""
    for tag, attrs in parse(markup).tags:
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/"), attrs
        for name, value in attrs.items():
            assert not name.lower().startswith("on"), (tag, name, value)
            if name in ("href", "src", "action"):
                assert not (value or "").strip().lower().startswith(("javascript:", "data:")), (
                    tag, name, value)
        assert tag not in ("img", "iframe", "object", "embed", "b"), (tag, attrs)


@pytest.mark.parametrize("path", PAGES)
def test_hostile_article_renders_as_text(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert_inert(response.text)


def test_hostile_markup_is_visible_as_text(client):
    body = client.get(f"/articles/{HOSTILE_ID}").text
    visible = "".join(parse(body).text)
    assert '<script>alert("x")</script>' in visible
    assert "<img src=x onerror=alert(2)>" in visible
    assert '<a href="javascript:alert(3)">the toll</a>' in visible
    assert HOSTILE_NAME in visible
    assert "&lt;script&gt;" in body
    assert 'href="javascript:' not in body


def test_hostile_url_is_not_a_link(client):
    for path in ("/articles", f"/articles/{HOSTILE_ID}"):
        hrefs = [a.get("href") for tag, a in parse(client.get(path).text).tags if tag == "a"]
        assert not any((h or "").startswith("javascript") for h in hrefs)


@pytest.mark.parametrize("value, expected", [
    ("https://example.org/a", "https://example.org/a"),
    ("http://example.org", "http://example.org"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None),
    ("data:text/html,<script>", None), ("//example.org", None), ("vbscript:x", None),
    ("https://exa\nmple.org", None), (None, None), ("https:///nohost", None),
])
def test_safe_url(value, expected):
    assert safe_url(value) == expected


@pytest.mark.parametrize("path", [*PAGES, "/api/claims", "/static/style.css", "/nope",
                                  "/api/nope", "/openapi.json", "/api/claims?limit=0"])
def test_every_response_has_a_content_security_policy(client, path):
    response = client.get(path)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"


HOSTILE_QUERIES = [
    "'; DROP TABLE articles; --", "\" OR 1=1 --", "%", "_", "\\", "*", "NEAR(troops", "troops)",
    "AND OR NOT", "^troops", "col:troops", "troops\u0000fighting", "🙂 ☃ ü", "a" * 400,
    "<script>alert(1)</script>", "' UNION SELECT text FROM articles --",
]


@pytest.mark.parametrize("value", HOSTILE_QUERIES)
def test_hostile_query_strings(client, value):
    for name in ("q", "source", "about", "outlet", "article"):
        response = client.get("/api/claims", params={name: value})
        assert response.status_code == 200, (name, response.text)
        assert response.json()["total"] in range(0, 7)
    for path, name in (("/api/articles", "q"), ("/api/entities", "name"),
                       ("/api/figures", "measure"), ("/api/figures", "about"),
                       ("/api/timeline", "actor"), ("/api/quantities", "measure")):
        response = client.get(path, params={name: value})
        assert response.status_code == 200, (path, name, response.text)
    page = client.get("/claims", params={"q": value})
    assert page.status_code == 200
    assert_inert(page.text)
    assert client.get("/api/stats").json()["counts"]["articles"] == 3


def test_wildcards_are_literal(client):
    assert client.get("/api/claims", params={"source": "%"}).json()["total"] == 0
    assert client.get("/api/claims", params={"q": "troops"}).json()["total"] == 2
    assert client.get("/api/claims", params={"q": "troop*"}).json()["total"] == 0


def test_overlong_query_is_refused_with_the_envelope(client):
    response = client.get("/api/claims", params={"q": "x" * 501})
    assert response.status_code == 400 and response.json()["ok"] is False


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
    "/static/%2e%2e%2f%2e%2e%2fcli.py", "/static/....//app.py", "/static//etc/passwd",
    "/static/%2fetc%2fpasswd", "/static/..\\app.py", "/static/%5c..%5capp.py",
])
def test_no_path_traversal_in_static_routes(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    assert "create_app" not in response.text and "root:" not in response.text


def test_static_files_are_served(client):
    assert client.get("/static/article.js").status_code == 200
    assert "text/css" in client.get("/static/style.css").headers["content-type"]


def test_html_errors_show_no_trace(ledger_path, monkeypatch):
    from fastapi.testclient import TestClient

    from claimledger.web import views
    from claimledger.web.app import create_app

    def broken(*args, **kwargs):
        raise KeyError("internal detail")

    monkeypatch.setattr(views, "home", broken)
    with TestClient(create_app(str(ledger_path)), raise_server_exceptions=False) as client:
        response = client.get("/")
    assert response.status_code == 500 and "<h1>500</h1>" in response.text
    assert "internal detail" not in response.text and "Traceback" not in response.text
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
