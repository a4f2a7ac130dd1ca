"""What a body is, from its media type and its first bytes: a page, a feed, an archive, text.

File suffixes and Content-Type headers lie (a feed served as text/html, a binary saved as
``.html``), so the bytes have the last word where they are clear.
"""

from __future__ import annotations

import re

from .text import looks_binary

SNIFF_BYTES = 2048

_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_HTML = re.compile(rb"<\s*(!doctype\s+html|html|head|body)[\s>]", re.I)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/feed+json")
#: Media types of an HTML page.
HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP = b"\x1f\x8b"


def content_type(header: str | None) -> tuple[str, str | None]:
    """(media type in lower case, charset or None) of a Content-Type header."""
    parts = [part.strip() for part in (header or "").split(";")]
    charset = None
    for part in parts[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'") or None
    return parts[0].lower(), charset


def sniff_kind(data: bytes, *, media_type: str = "") -> str | None:
    """"html", "feed", "warc", "text", or None for anything else (binary, unknown)."""
    head = data[:SNIFF_BYTES]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if head.startswith(_GZIP):
        return "warc" if media_type in ("application/warc", "application/gzip") else None
    if _FEED.search(head):
        return "feed"
    if media_type in _FEED_TYPES:
        return "feed"
    if media_type in HTML_TYPES or _HTML.search(head):
        return "html"
    if looks_binary(data):
        return None
    if media_type.startswith("text/") or not media_type:
        return "text"
    return None
