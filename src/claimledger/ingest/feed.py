"""RSS and Atom feeds (feedparser): every entry is one article, with its date and link.

An entry's article is its linked page when the feed was fetched from the web (the page is
fetched in turn and read as HTML); otherwise, or when the page cannot be had, it is the
entry's own content or summary turned into plain paragraphs. feedparser reads what it can of
a malformed feed: the readable entries are used with a warning, and a feed with none is
reported as malformed.
"""

from __future__ import annotations

import calendar
import html
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import Errors, InputError, Warnings
from .html import MAX_PAGE_BYTES, html_article, paragraphs, read_capped
from .text import Item, Skipped, looks_binary_markup

log = logging.getLogger("claimledger")

#: Bytes of one feed that are read (a feed of many thousand entries stays well below it).
MAX_FEED_BYTES = 4 * MAX_PAGE_BYTES

_BLOCK_END = re.compile(r"(?i)<\s*(br\s*/?|/\s*(p|div|li|h[1-6]|blockquote|tr|section))\s*>")
_TAG = re.compile(r"<[^>]*>")


def read_feed_file(path: Path, *, published: str | None = None) -> Iterator[Item]:
    """A saved feed (``.rss``, ``.atom``, a feed ``.xml``): its entries' own text."""
    data = read_capped(path, MAX_FEED_BYTES)
    if isinstance(data, Skipped):
        yield data
        return
    yield from read_feed_bytes(data, source=str(path), published=published, fetch_pages=False)


def read_feed_bytes(
    data: bytes, *, source: str, published: str | None = None, fetch_pages: bool = False
) -> Iterator[Item]:
    """Every entry of a feed as an article; ``fetch_pages`` reads each entry's linked page."""
    import feedparser

    if looks_binary_markup(data):
        yield Skipped(source, Errors.E004.format(path=source))
        return
    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    except Exception as err:  # feedparser is lenient, but its XML backends can still raise
        yield Skipped(source, Errors.E043.format(path=source, reason=_reason(err)))
        return
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        reason = _reason(parsed.get("bozo_exception") or "unreadable")
        yield Skipped(source, Errors.E043.format(path=source, reason=reason))
        return
    if not parsed.get("version") and not entries:
        yield Skipped(source, Errors.E043.format(path=source, reason="not an RSS or Atom feed"))
        return
    if parsed.get("bozo"):
        reason = _reason(parsed.get("bozo_exception") or "unreadable")
        log.warning(Warnings.W042.format(path=source, reason=reason))
    if not entries:
        yield Skipped(source, Errors.E044.format(path=source))
        return
    outlet = _clean((parsed.get("feed") or {}).get("title"))
    for number, entry in enumerate(entries, start=1):
        yield entry_article(entry, source=source, number=number, outlet=outlet,
                            published=published, fetch_pages=fetch_pages)


def entry_article(
    entry: Any, *, source: str, number: int, outlet: str | None = None,
    published: str | None = None, fetch_pages: bool = False,
) -> Item:
    """One entry: its linked page (when fetching), else its own content or summary."""
    where = f"{source}#{number}"
    link = _clean(entry.get("link"))
    meta: dict[str, Any] = {
        "title": _clean(entry.get("title")), "author": _clean(entry.get("author")),
        "url": link, "published": entry_date(entry) or published,
    }
    if fetch_pages and link and link.startswith(("http://", "https://")):
        page = _linked_page(link, meta, outlet)
        if isinstance(page, Article):
            return page
        log.warning(Warnings.W043.format(url=link, reason=page.reason))
    body = entry_text(entry)
    if not body:
        return Skipped(where, Errors.E045.format(path=source, entry=number))
    try:
        return Article(text=body, outlet=outlet, **meta)
    except InputError as err:
        return Skipped(where, Warnings.W001.format(path=where, reason=err))


def _linked_page(link: str, meta: dict[str, Any], outlet: str | None) -> Item:
    from .url import fetch

    fetched = fetch(link)
    if isinstance(fetched, Skipped):
        return fetched
    known = {k: v for k, v in meta.items() if k in ("title", "author") and v}
    return html_article(fetched.data, source=link, url=fetched.url, charset=fetched.charset,
                        published=meta["published"], **known)


def entry_date(entry: Any) -> str | None:
    """The entry's publication (else update) time as an ISO string in UTC."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = dict.get(entry, key)  # not feedparser's aliasing get, which warns
        if value:
            try:
                stamp = calendar.timegm(value)
                return datetime.fromtimestamp(stamp, UTC).isoformat()
            except (TypeError, ValueError, OverflowError, OSError):
                continue
    return None


def entry_text(entry: Any) -> str:
    """The longest of the entry's contents and summary, as plain paragraphs."""
    candidates = [part.get("value") for part in entry.get("content") or [] if part]
    candidates.append(entry.get("summary"))
    texts = [fragment_text(value) for value in candidates if isinstance(value, str)]
    return max(texts, key=len, default="")


def fragment_text(fragment: str) -> str:
    """An HTML fragment's text, one paragraph per block element."""
    if "<" not in fragment:
        return paragraphs(html.unescape(fragment))
    marked = _BLOCK_END.sub("\n", fragment)
    try:
        import lxml.html

        text = lxml.html.fragment_fromstring(marked, create_parent="div").text_content()
    except Exception:  # lxml refuses some fragments (control characters, bare text)
        text = html.unescape(_TAG.sub(" ", marked))
    return paragraphs(text)


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _reason(err: Any) -> str:
    message = str(err).strip().splitlines()
    return message[0] if message else type(err).__name__
