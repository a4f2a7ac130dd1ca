"""Fuzzing the readers (no spaCy): whatever the bytes, a reader yields Articles or Skipped
reasons, never raises, and finishes. Over 1,000 cases in all."""

from __future__ import annotations

import io
from html import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.article import Article
from claimledger.ingest import Skipped, read_jsonl_bytes
from claimledger.ingest.dedup import signature
from claimledger.ingest.feed import fragment_text, read_feed_bytes
from claimledger.ingest.html import decode_page, html_article
from claimledger.ingest.language import detect_language
from claimledger.ingest.sniff import sniff_kind
from claimledger.ingest.warc import read_warc_stream

FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

TAGS = ["html", "head", "body", "title", "meta", "p", "div", "article", "nav", "footer",
        "script", "style", "h1", "br", "a", "table", "td", "li", "![CDATA[", "!--"]
words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]),
                max_size=40)
markup = st.lists(st.one_of(
    words,
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(['<meta charset="utf-16">', '<meta charset="bogus-9">',
                     '<meta property="article:published_time" content="2025-02-30">',
                     '<meta property="og:site_name" content="">', "<!DOCTYPE html>",
                     "&#0;", "&#xD800;", "&bogus;", "\x00", "\r\n\r\n"]),
), max_size=60).map("".join)
encodings = st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252", "utf-8-sig"])


def _check(items: list[Article | Skipped]) -> None:
    for item in items:
        assert isinstance(item, Article | Skipped)
        if isinstance(item, Article):
            assert item.text.strip()
        else:
            assert item.reason.startswith("[")


@FUZZ
@given(st.binary(max_size=3000))
def test_html_bytes(data: bytes) -> None:
    _check([html_article(data, source="fuzz.html")])
    assert isinstance(decode_page(data, "fuzz.html"), str)
    assert sniff_kind(data) in (None, "html", "feed", "warc", "text")


@FUZZ
@given(markup, encodings)
def test_html_markup(page: str, encoding: str) -> None:
    data = page.encode(encoding, errors="replace")
    _check([html_article(data, source="fuzz.html", url="https://example.org/x")])


@FUZZ
@given(st.binary(max_size=3000) | markup.map(str.encode))
def test_feed_bytes(data: bytes) -> None:
    _check(list(read_feed_bytes(data, source="fuzz.rss")))


@FUZZ
@given(st.lists(st.tuples(words, words, words, st.sampled_from(
    ["Tue, 04 Mar 2025 10:00:00 GMT", "yesterday", "", "Mon, 99 Foo 2025 99:99:99 XYZ"])),
    max_size=5), st.booleans())
def test_feed_structure(entries: list[tuple[str, str, str, str]], atom: bool) -> None:
    if atom:
        body = "".join(f"<entry><title>{escape(t)}</title><link href='{escape(link)}'/>"
                       f"<updated>{d}</updated><content type='html'>{escape(c)}</content>"
                       "</entry>" for t, link, c, d in entries)
        feed = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>{body}</feed>'
    else:
        body = "".join(f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
                       f"<pubDate>{d}</pubDate><description>{escape(c)}</description></item>"
                       for t, link, c, d in entries)
        feed = f'<rss version="2.0"><channel><title>x</title>{body}</channel></rss>'
    _check(list(read_feed_bytes(feed.encode(), source="fuzz.rss")))
    for _, _, content, _ in entries:
        assert isinstance(fragment_text(content), str)


def _archive() -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for n, content_type in enumerate(["text/html", "image/png", "text/html; charset=latin-1"]):
        page = (f"<html><body><article><p>Report {n}: officials said the convoy reached "
                "the crossing after a long delay on the coastal road.</p></article>"
                "</body></html>").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://example.org/{n}", "response", payload=io.BytesIO(page),
            http_headers=headers))
    return out.getvalue()


ARCHIVE = _archive()


@FUZZ
@given(st.binary(max_size=2000))
def test_warc_bytes(data: bytes) -> None:
    _check(list(read_warc_stream(io.BytesIO(data), source="fuzz.warc")))


@FUZZ
@given(st.integers(0, len(ARCHIVE)), st.lists(st.tuples(
    st.integers(0, len(ARCHIVE) - 1), st.integers(0, 255)), max_size=4), st.booleans())
def test_warc_damaged(cut: int, flips: list[tuple[int, int]], ungzipped: bool) -> None:
    data = bytearray(ARCHIVE)
    for where, value in flips:
        data[where] = value
    data = data[:cut]
    _check(list(read_warc_stream(io.BytesIO(bytes(data)), source="fuzz.warc.gz")))
    del ungzipped


@FUZZ
@given(st.binary(max_size=2000) | st.lists(st.one_of(
    st.just(b'{"text": "The ministry said the convoy arrived.", "published": "2025-13-01"}'),
    st.just(b'{"text": 5}'), st.just(b"[1, 2]"), st.just(b'{"id": null, "text": "x"}'),
    st.just(b"\xff\xfe"), st.binary(max_size=30)), max_size=6).map(b"\n".join))
def test_jsonl_bytes(data: bytes) -> None:
    _check(list(read_jsonl_bytes(data, source="fuzz.jsonl")))


@FUZZ
@given(st.text(max_size=500))
def test_language_and_signature(text: str) -> None:
    found = detect_language(text)
    assert found is None or (isinstance(found[0], str) and 0.0 <= found[1] <= 1.0)
    sig = signature(text * 3)
    assert sig is None or len(sig) == 120
