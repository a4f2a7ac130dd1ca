"""URLs, served by a local HTTP server: pages, feeds, errors, timeouts, redirects, size."""

from __future__ import annotations

import logging
from html import escape

from claimledger.article import Article
from claimledger.ingest import Skipped, read_paths
from claimledger.ingest.html import MAX_PAGE_BYTES
from claimledger.ingest.url import USER_AGENT, fetch, read_url


def test_page_by_url(route, server, page) -> None:
    server.routes["/world/talks"] = route(page().encode())
    (article,) = list(read_paths([server.url("/world/talks")]))
    assert isinstance(article, Article)
    assert article.url == server.url("/world/talks")
    assert article.title == "Ceasefire talks stall" and article.published == "2025-03-04"
    assert server.seen[-1]["User-Agent"] == USER_AGENT


def test_server_error_and_missing_page(route, server) -> None:
    server.routes["/broken"] = route(b"oops", 500, "text/plain")
    (broken,) = list(read_url(server.url("/broken")))
    assert isinstance(broken, Skipped) and broken.reason.startswith("[E048]")
    assert "HTTP 500" in broken.reason
    (missing,) = list(read_url(server.url("/nowhere")))
    assert "HTTP 404" in missing.reason


def test_timeout(route, server, page) -> None:
    server.routes["/slow"] = route(page().encode(), delay=2.0)
    result = fetch(server.url("/slow"), timeout=0.3)
    assert isinstance(result, Skipped) and "timed out" in result.reason


def test_redirects_are_followed_and_capped(route, server, page) -> None:
    server.routes["/old"] = route(b"", 301, headers={"Location": "/new"})
    server.routes["/new"] = route(page().encode())
    (article,) = list(read_url(server.url("/old")))
    assert isinstance(article, Article) and article.url == server.url("/new")
    server.routes["/loop"] = route(b"", 302, headers={"Location": "/loop"})
    (looped,) = list(read_url(server.url("/loop")))
    assert isinstance(looped, Skipped) and "redirects" in looped.reason


def test_large_page_is_capped(route, server, page, caplog) -> None:
    padding = "<p>" + "more words in a very long comment thread " * 40 + "</p>"
    body = page().replace("</article>", "</article><aside>" + padding * 2000).encode()
    assert len(body) > MAX_PAGE_BYTES
    server.routes["/huge"] = route(body)
    with caplog.at_level(logging.WARNING, logger="claimledger"):
        (article,) = list(read_url(server.url("/huge")))
    assert isinstance(article, Article) and article.text.startswith("Ceasefire talks stall")
    assert any("[W040]" in r.getMessage() for r in caplog.records)


def test_unsupported_content_type(route, server) -> None:
    server.routes["/photo"] = route(b"\x89PNG\r\n\x1a\n" + bytes(300), content_type="image/png")
    (item,) = list(read_url(server.url("/photo")))
    assert isinstance(item, Skipped) and item.reason.startswith("[E049]")


def test_feed_by_url_fetches_linked_pages(route, server, page, story, caplog) -> None:
    server.routes["/story/1"] = route(page(title="Fetched page").encode())
    server.routes["/story/2"] = route(b"down", 500, "text/plain")
    items = "".join(
        f"<item><title>Entry {n}</title><link>{server.url(f'/story/{n}')}</link>"
        f"<pubDate>Tue, 04 Mar 2025 1{n}:00:00 GMT</pubDate>"
        f"<description>{escape(story[n])}</description></item>" for n in (1, 2))
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>'
            f"{items}</channel></rss>").encode()
    server.routes["/feed"] = route(feed, content_type="application/rss+xml")
    with caplog.at_level(logging.WARNING, logger="claimledger"):
        first, second = list(read_url(server.url("/feed")))
    # the first entry's page was fetched: the whole story, the entry's own date and title
    assert first.text.split("\n\n")[1:] == story
    assert first.published == "2025-03-04T11:00:00+00:00" and first.title == "Entry 1"
    # the second entry's page failed: its summary stands in, with a warning
    assert second.text == story[2] and second.url == server.url("/story/2")
    assert any("[W043]" in r.getMessage() for r in caplog.records)
