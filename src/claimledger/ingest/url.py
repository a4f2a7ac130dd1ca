"""Fetching URLs with httpx: bounded in time and size, honest about who is asking.

Every request names claimledger in its User-Agent, follows at most :data:`MAX_REDIRECTS`
redirects, gives up after :data:`TIMEOUT` (connect/read) or :data:`DEADLINE` seconds in all
(a server that drips one byte at a time must not hold the run), and reads at most
:data:`MAX_BYTES` of a body (a larger page is cut there, with a warning). A failure is a
Skipped with the reason ("HTTP 500", "timed out"), never an exception.

:func:`read_url` turns a URL into articles by what it serves: an HTML page, a feed (whose
entries' pages are fetched in turn), or plain text.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from .. import __version__
from ..errors import Errors, Warnings
from .html import MAX_PAGE_BYTES, html_article
from .sniff import content_type, sniff_kind
from .text import Item, Skipped, decode_utf8, read_text

log = logging.getLogger("claimledger")

USER_AGENT = f"claimledger/{__version__} (news claim ledger; python-httpx)"
TIMEOUT = httpx.Timeout(15.0, connect=10.0)
#: Seconds one fetch may take in all, however slowly the body arrives.
DEADLINE = 60.0
MAX_REDIRECTS = 5
MAX_BYTES = MAX_PAGE_BYTES
CHUNK = 65536


@dataclass(frozen=True)
class Fetched:
    """A fetched body: the final URL (after redirects), its media type and charset."""

    url: str
    data: bytes
    media_type: str
    charset: str | None


@functools.cache
def client() -> httpx.Client:
    """One client per process: connections are pooled across the pages of a feed."""
    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,"
                 "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"},
        timeout=TIMEOUT, follow_redirects=True, max_redirects=MAX_REDIRECTS,
    )


def fetch(
    url: str, *, max_bytes: int = MAX_BYTES, deadline: float = DEADLINE,
    timeout: float | httpx.Timeout = TIMEOUT,
) -> Fetched | Skipped:
    """The body at ``url`` (at most ``max_bytes``), or why it could not be had."""
    started = time.monotonic()
    try:
        with client().stream("GET", url, timeout=timeout) as response:
            if response.status_code >= 400:
                reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                return Skipped(url, Errors.E048.format(url=url, reason=reason))
            chunks, size, cut = [], 0, False
            for chunk in response.iter_bytes(CHUNK):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    cut = True
                    break
                if time.monotonic() - started > deadline:
                    reason = f"took more than {deadline:g} s"
                    return Skipped(url, Errors.E048.format(url=url, reason=reason))
            data = b"".join(chunks)
            if cut:
                declared = response.headers.get("content-length") or "more than"
                log.warning(Warnings.W040.format(path=url, size=declared, limit=max_bytes))
                data = data[:max_bytes]
            media_type, charset = content_type(response.headers.get("content-type", ""))
            return Fetched(str(response.url), data, media_type, charset)
    except httpx.TimeoutException:
        return Skipped(url, Errors.E048.format(url=url, reason="timed out"))
    except httpx.TooManyRedirects:
        reason = f"more than {MAX_REDIRECTS} redirects"
        return Skipped(url, Errors.E048.format(url=url, reason=reason))
    except (httpx.HTTPError, httpx.InvalidURL, ValueError, OSError) as err:
        reason = f"{type(err).__name__}: {err}".strip().rstrip(":")
        return Skipped(url, Errors.E048.format(url=url, reason=reason))


def read_url(url: str, *, published: str | None = None) -> Iterator[Item]:
    """The articles a URL serves: a page, every entry of a feed, or a plain text."""
    fetched = fetch(url)
    if isinstance(fetched, Skipped):
        yield fetched
        return
    yield from read_fetched(fetched, published=published)


def read_fetched(fetched: Fetched, *, published: str | None = None) -> Iterator[Item]:
    kind = sniff_kind(fetched.data, media_type=fetched.media_type)
    if kind == "html":
        yield html_article(fetched.data, source=fetched.url, url=fetched.url,
                           charset=fetched.charset, default_published=published)
    elif kind == "feed":
        from .feed import read_feed_bytes

        yield from read_feed_bytes(fetched.data, source=fetched.url, published=published,
                                   fetch_pages=True)
    elif kind == "text":
        text = decode_utf8(fetched.data, fetched.url)
        if isinstance(text, Skipped):
            yield text
            return
        yield from read_text(text, source=fetched.url, published=published, url=fetched.url)
    else:
        yield Skipped(fetched.url, Errors.E049.format(url=fetched.url, kind=fetched.media_type))
