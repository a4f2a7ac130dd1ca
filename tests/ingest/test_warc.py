"""WARC archives: every HTML response is an article; damaged archives keep what was read."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.article import Article
from claimledger.ingest import Skipped, read_paths
from claimledger.ingest.warc import read_warc_file, read_warc_stream


def warc(records: list[tuple[str, str, bytes]], *, gzip: bool = True,
         date: str = "2025-03-06T09:00:00Z") -> bytes:
    """A WARC of (URI, content type, body) responses, each with its request beside it."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for uri, content_type, body in records:
        status = "404 Not Found" if uri.endswith("/missing") else "200 OK"
        headers = StatusAndHeaders(status, [("Content-Type", content_type)],
                                   protocol="HTTP/1.1")
        request = writer.create_warc_record(uri, "request", payload=io.BytesIO(
            f"GET {uri} HTTP/1.1\r\n\r\n".encode()))
        writer.write_record(request)
        response = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": date})
        writer.write_record(response)
    return out.getvalue()


def _pages(page, n: int = 3) -> list[tuple[str, str, bytes]]:
    return [(f"https://news.example.org/story/{i}", "text/html; charset=utf-8",
             page(title=f"Story {i}", date=None).encode()) for i in range(n)]


def test_html_responses_become_articles(tmp_path: Path, page) -> None:
    records = _pages(page) + [
        ("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(99)),
        ("https://news.example.org/data.json", "application/json", b'{"a": 1}'),
        ("https://news.example.org/missing", "text/html", page(title="Gone").encode()),
    ]
    for gzip, name in ((True, "crawl.warc.gz"), (False, "crawl.warc")):
        path = tmp_path / name
        path.write_bytes(warc(records, gzip=gzip))
        items = list(read_paths([path]))
        assert [type(i).__name__ for i in items] == ["Article"] * 3, items
        assert [i.url for i in items] == [f"https://news.example.org/story/{i}" for i in range(3)]
        assert items[0].title == "Story 0"
        assert items[0].published == "2025-03-06T09:00:00+00:00"  # the capture date


def test_page_date_beats_capture_date(page) -> None:
    data = warc([("https://x.example/1", "text/html", page(date="2025-03-01").encode())])
    (article,) = list(read_warc_stream(io.BytesIO(data), source="a.warc.gz"))
    assert article.published == "2025-03-01"


def test_archive_of_non_html_records(tmp_path: Path) -> None:
    path = tmp_path / "images.warc.gz"
    path.write_bytes(warc([("https://x.example/a.png", "image/png", b"\x89PNG" + bytes(50))]))
    (item,) = list(read_warc_file(path))
    assert isinstance(item, Skipped) and item.reason.startswith("[E047]") and item.skip


def test_truncated_gzip_archive_keeps_what_was_read(tmp_path: Path, page) -> None:
    data = warc(_pages(page, 4))
    for cut in (len(data) - 10, len(data) * 3 // 4, len(data) // 2):
        path = tmp_path / "cut.warc.gz"
        path.write_bytes(data[:cut])
        items = list(read_warc_file(path))
        articles = [i for i in items if isinstance(i, Article)]
        assert isinstance(items[-1], Skipped), cut
        assert items[-1].reason.startswith("[E046]")
        assert f"{len(articles)} article(s) read before it" in items[-1].reason
        assert len(articles) >= 1


def test_truncated_plain_archive(tmp_path: Path, page) -> None:
    data = warc(_pages(page, 3), gzip=False)
    path = tmp_path / "cut.warc"
    for cut in (len(data) - 10, len(data) // 2, 40):
        path.write_bytes(data[:cut])
        items = list(read_warc_file(path))
        assert isinstance(items[-1], Skipped) and items[-1].reason[:6] in ("[E046]", "[E047]")


def test_garbage_named_warc(tmp_path: Path) -> None:
    for name, data in (("a.warc", b"not an archive\n" * 10), ("b.warc.gz", b"\x1f\x8b\x08junk"),
                       ("c.warc.gz", b""), ("d.warc", bytes(range(256)))):
        path = tmp_path / name
        path.write_bytes(data)
        items = list(read_paths([path]))
        assert items and all(isinstance(i, Skipped) for i in items), name
        assert items[-1].reason[:6] in ("[E046]", "[E047]"), items[-1].reason


def test_archive_stream_memory_is_per_record(page) -> None:
    """A thousand pages stream through one at a time (a generator, not a list)."""
    data = warc(_pages(page, 200))
    stream = read_warc_stream(io.BytesIO(data), source="big.warc.gz")
    first = next(stream)
    assert isinstance(first, Article)
    assert sum(1 for _ in stream) == 199
