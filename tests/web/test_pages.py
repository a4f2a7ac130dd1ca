"""The HTML pages: each renders its view's data; the article page marks every span."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from claimledger.web.highlight import Mark, highlight

from .conftest import PENTAGON


class Elements(HTMLParser):
    """Every start tag with its attributes, and the page's visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> Elements:
    parser = Elements()
    parser.feed(markup)
    return parser


def page(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_home_counts_latest_and_sources(client):
    body = page(client, "/")
    assert "Pentagon estimates North Korean losses" in body
    assert re.search(r'<span class="count">6</span>\s*claims', body)
    assert "National Intelligence Service" in body and 'role="search"' in body
    assert 'href="/api"' in body  # the JSON twin


def test_article_page_marks_each_kind_of_span(client):
    body = page(client, "/articles/a1-pentagon")
    elements = parse(body)
    spans = [a for tag, a in elements.tags if tag == "span" and "hl" in (a.get("class") or "")]
    kinds = {k for a in spans for k in (a["class"] or "").split() if k.startswith("k-")}
    assert kinds == {"k-source", "k-cue", "k-content", "k-time", "k-quantity", "k-entity"}
    assert any(a.get("id") == "claim-c1" for _, a in elements.tags)
    source = re.findall(r'<span class="hl[^"]*k-source" data-claims="c1"[^>]*>([^<]*)</span>',
                        body)
    assert "".join(source) == "The Pentagon", "the source's pieces carry their claim's id"
    assert 'class="legend"' in body and 'src="/static/article.js"' in body


def test_article_text_survives_highlighting(client):
    body = page(client, "/articles/a1-pentagon")
    inner = re.search(r'<div class="article-text" id="article-text">(.*?)</div>', body, re.S)
    assert inner is not None
    assert html.unescape(re.sub(r"<[^>]+>", "", inner.group(1))) == PENTAGON


def test_highlight_cuts_nested_and_overlapping_spans():
    text = "Officials said more than 300 died."
    marks = [Mark(0, 33, "content", claim="c1"), Mark(0, 9, "source", claim="c1"),
             Mark(15, 28, "quantity"), Mark(20, 28, "entity")]
    markup = str(highlight(text, marks))
    assert html.unescape(re.sub(r"<[^>]+>", "", markup)) == text
    assert '<span class="hl k-content k-source" data-claims="c1"' in markup
    assert re.search(r'class="hl k-content k-entity k-quantity"[^>]*>than 300<', markup)
    assert markup.endswith(".")  # the full stop lies outside every span


def test_highlight_ignores_spans_outside_the_text():
    assert str(highlight("abc", [Mark(2, 99, "time"), Mark(5, 4, "cue")])).startswith("ab<span")


def test_claims_page_rows_link_to_their_sentence(client):
    body = page(client, "/claims?source=pentagon")
    assert 'href="/articles/a1-pentagon#claim-c1"' in body
    assert "1 claims" in body


def test_claims_page_and_its_twin_agree(client):
    body = page(client, "/claims?q=troops")
    data = client.get("/api/claims?q=troops").json()
    for claim in data["items"]:
        assert html.escape(claim["content"]["text"], quote=False) in body


def test_entity_page_grounding_and_claims(client):
    body = page(client, "/entities/e:kursk")
    assert "51.73, 36.19" in body and "538560" in body
    north_korea = page(client, "/entities/e:north-korea")
    assert "KP" in north_korea and "Claims about North Korea (4)" in north_korea
    assert "MOBILIZE" in north_korea and "REJECT" in north_korea


def test_timeline_page_filters(client):
    body = page(client, "/timeline?type=REJECT")
    assert "REJECT" in body and "MOBILIZE" not in body.split("<ol")[1]


def test_figures_page_draws_a_chart_and_table(client):
    body = page(client, "/figures?measure=killed&about=North%20Korea")
    svg = re.search(r'<svg id="figures-chart".*?</svg>', body, re.S)
    assert svg is not None
    marks = svg.group(0).count('class="mark"')
    assert marks == 2
    assert 'class="arrow"' in svg.group(0)  # "more than 1,000" is an open bound
    assert "<table class=\"figures\">" in body and "about 300" in body


def test_figures_page_draws_ranges(client):
    svg = re.search(r'<svg id="figures-chart".*?</svg>', page(client, "/figures?measure=killed"),
                    re.S).group(0)
    assert 'class="range"' in svg  # "between 10 and 20": a bar from low to high


def test_list_pages_and_pagination(client):
    body = page(client, "/articles?limit=1")
    assert 'rel="next"' in body and "offset=1" in body
    assert "Entities" in page(client, "/entities")


def test_docs_page_lists_the_api(client):
    body = page(client, "/docs")
    assert "/api/claims" in body and "/api/articles/{article_id}" in body
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/claims", "/api/quantities", "/api/events",
            "/api/times"} <= set(spec["paths"])


def test_unknown_page_is_an_html_404(client):
    response = client.get("/articles/no-such-article")
    assert response.status_code == 404 and "<h1>404</h1>" in response.text


def test_serve_get_prints_one_response(ledger_path):
    from typer.testing import CliRunner

    from claimledger.cli import app

    runner = CliRunner()
    ok = runner.invoke(app, ["serve", "--db", str(ledger_path), "--get", "/api/stats"])
    assert ok.exit_code == 0 and '"articles":3' in ok.stdout
    missing = runner.invoke(app, ["serve", "--db", str(ledger_path), "--get", "/api/nope"])
    assert missing.exit_code == 1 and '"status":404' in missing.stdout


def test_huge_article_page_renders_in_bounded_time(tmp_path):
    """200,000 characters of odd text and 4,000 marked mentions: one linear pass."""
    import time

    from fastapi.testclient import TestClient

    from claimledger.ledger import Ledger
    from claimledger.record import record_from_dict
    from claimledger.web.app import create_app

    unit = "Kyiv said\u00a0that <b>drones</b> hit Odesa \u202e again.\n"
    text = unit * (200_000 // len(unit))
    mentions = [[i * len(unit), i * len(unit) + 4] for i in range(len(text) // len(unit))]
    data = {"schema": "claimledger/1",
            "article": {"id": "huge", "text": text, "title": "Huge", "published": "2025-01-01"},
            "entities": [{"id": "e:kyiv", "name": "Kyiv", "type": "GPE", "aliases": ["Kyiv"],
                          "mentions": mentions}],
            "claims": [], "quantities": [], "times": [], "events": []}
    ledger = Ledger(str(tmp_path / "huge.db"))
    ledger.add(record_from_dict(data))
    with TestClient(create_app(ledger=ledger), raise_server_exceptions=False) as client:
        started = time.perf_counter()
        response = client.get("/articles/huge")
        elapsed = time.perf_counter() - started
    assert response.status_code == 200
    # every mention is marked (and the legend shows one more)
    assert response.text.count('class="hl k-entity"') == len(mentions) + 1
    assert "&lt;b&gt;drones&lt;/b&gt;" in response.text
    assert elapsed < 10
