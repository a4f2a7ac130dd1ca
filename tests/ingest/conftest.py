"""Fixtures of the ingest tests: pages, feeds and archives written here, in our own words,
and a local HTTP server (127.0.0.1, a thread) that serves them: no test touches the network.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape

import pytest

#: A made-up wire story, four paragraphs long.
STORY = [
    "Negotiators meeting in a neutral capital failed to agree on a ceasefire on Monday, "
    "two officials familiar with the talks said.",
    "The defence ministry said that more than 40 drones had been launched overnight against "
    "the eastern region, and that most were shot down before reaching their targets.",
    "A spokesman for the other side denied the figures, calling them exaggerated, and said "
    "the talks would resume next week in the same city.",
    "Aid groups warned that thousands of families had fled the fighting since the start of "
    "the month and that shelters were running short of blankets.",
]

#: A different report on the same subject, written independently.
OTHER_STORY = [
    "Shelling resumed along the northern front late on Tuesday, local authorities reported, "
    "a day after the latest round of negotiations broke up without a deal.",
    "The regional governor wrote on social media that a school and two apartment blocks had "
    "been hit, and that rescue crews were still searching the rubble for survivors.",
    "Military analysts cautioned that neither army appeared ready for a major offensive "
    "before the spring thaw made the roads passable again.",
]


def make_page(
    title: str = "Ceasefire talks stall",
    paragraphs: list[str] | None = None,
    *,
    site: str | None = "The Example Herald",
    author: str | None = "Jane Writer",
    date: str | None = "2025-03-04",
    lang: str = "en",
    charset: str = "utf-8",
) -> str:
    """A news page with a menu, the story in an <article>, and a footer."""
    head = [f'<meta charset="{charset}">', f"<title>{escape(title)} | site</title>"]
    if site:
        head.append(f'<meta property="og:site_name" content="{escape(site)}">')
    if author:
        head.append(f'<meta name="author" content="{escape(author)}">')
    if date:
        head.append(f'<meta property="article:published_time" content="{date}">')
    body = "".join(f"<p>{escape(p)}</p>\n" for p in (STORY if paragraphs is None else paragraphs))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head>{"".join(head)}</head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About</a></nav>'
        f"<article><h1>{escape(title)}</h1>\n{body}</article>"
        "<footer>Copyright the Example Herald. All rights reserved.</footer></body></html>"
    )


@pytest.fixture
def page() -> Callable[..., str]:
    return make_page


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Server:
    """A local HTTP server; ``routes[path]`` says what each path answers."""

    base: str
    routes: dict[str, Route]
    seen: list[dict[str, str]]

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    from claimledger.ingest import url

    # a proxy set in the environment must not swallow requests to the local server
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    url.client.cache_clear()
    routes: dict[str, Route] = {}
    seen: list[dict[str, str]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            seen.append({"path": self.path, **dict(self.headers)})
            route = routes.get(self.path) or Route(b"not here", 404, "text/plain")
            if route.delay:
                time.sleep(route.delay)
            try:
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a size limit, a timeout): as intended

        def log_message(self, *args: object) -> None:
            del args

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", routes, seen)
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def story() -> list[str]:
    return list(STORY)


@pytest.fixture
def other_story() -> list[str]:
    return list(OTHER_STORY)


@pytest.fixture
def route() -> type[Route]:
    """What a path of the local server answers: ``route(body, status, content_type, …)``."""
    return Route
