"""What a body is: Content-Type headers parsed once for the URL and WARC readers."""

from __future__ import annotations

import pytest

from claimledger.ingest.sniff import content_type, sniff_kind


@pytest.mark.parametrize(("header", "expected"), [
    ("text/html; charset=ISO-8859-1", ("text/html", "ISO-8859-1")),
    (' Application/XHTML+XML ;CHARSET="utf-8"', ("application/xhtml+xml", "utf-8")),
    ("text/html; charset=", ("text/html", None)),
    ("text/plain; format=flowed", ("text/plain", None)),
    ("", ("", None)),
    (None, ("", None)),
])
def test_content_type(header: str | None, expected: tuple[str, str | None]) -> None:
    assert content_type(header) == expected


def test_media_type_and_bytes_decide_the_kind() -> None:
    page = b"<!DOCTYPE html><html><body><p>Rain fell on the port.</p></body></html>"
    assert sniff_kind(page) == "html"
    assert sniff_kind(b'<rss version="2.0"><channel></channel></rss>', media_type="text/html") \
        == "feed"
    assert sniff_kind(b"Plain words about the harbour.") == "text"
    assert sniff_kind(b"\x00\x01binary") is None
