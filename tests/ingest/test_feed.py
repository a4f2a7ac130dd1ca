"""RSS and Atom feeds: one article per entry, with its date and link; malformed feeds."""

from __future__ import annotations

import logging
import time
from html import escape
from pathlib import Path

from claimledger.article import Article
from claimledger.ingest import Skipped, read_paths
from claimledger.ingest.feed import read_feed_bytes, read_feed_file


def rss(entries: list[tuple[str, str, str, str]], title: str = "Example Wire") -> bytes:
    """An RSS 2.0 feed of (title, link, RFC 822 date, HTML description) entries."""
    items = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><pubDate>{d}</pubDate>"
        f"<description>{escape(body)}</description></item>"
        for t, link, d, body in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>https://wire.example.org/</link>{items}"
            "</channel></rss>").encode()


def atom(story: list[str]) -> bytes:
    content = escape("".join(f"<p>{p}</p>" for p in story))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom Desk</title>
<id>urn:example:desk</id><updated>2025-03-05T08:00:00Z</updated>
<entry><title>Talks stall</title><id>urn:example:1</id>
<link rel="alternate" href="https://desk.example.org/talks"/>
<published>2025-03-04T18:30:00+01:00</published><updated>2025-03-05T08:00:00Z</updated>
<author><name>Sam Reporter</name></author>
<content type="html">{content}</content></entry></feed>""".encode()


def test_rss_entries_become_articles(tmp_path: Path, story) -> None:
    path = tmp_path / "wire.rss"
    path.write_bytes(rss([
        ("Talks stall", "https://wire.example.org/talks", "Tue, 04 Mar 2025 10:00:00 GMT",
         "".join(f"<p>{p}</p>" for p in story)),
        ("Shelters full", "https://wire.example.org/shelters", "Wed, 05 Mar 2025 06:15:00 +0200",
         story[3]),
    ]))
    first, second = list(read_feed_file(path))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Talks stall" and first.outlet == "Example Wire"
    assert first.url == "https://wire.example.org/talks"
    assert first.published == "2025-03-04T10:00:00+00:00"
    assert first.text.split("\n\n") == story
    assert second.published == "2025-03-05T04:15:00+00:00"  # normalised to UTC
    assert second.text == story[3]


def test_atom_entry(tmp_path: Path, story) -> None:
    path = tmp_path / "desk.atom"
    path.write_bytes(atom(story))
    (article,) = list(read_paths([path]))
    assert isinstance(article, Article)
    assert article.author == "Sam Reporter" and article.outlet == "Example Atom Desk"
    assert article.url == "https://desk.example.org/talks"
    assert article.published == "2025-03-04T17:30:00+00:00"
    assert article.text.split("\n\n") == story


def test_xml_feed_is_read_by_suffix(tmp_path: Path, story) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(rss([("One", "https://x.example/1", "Tue, 04 Mar 2025 10:00:00 GMT",
                           story[0])]))
    (article,) = list(read_paths([path]))
    assert isinstance(article, Article) and article.text == story[0]


def test_entry_without_text_is_reported(story) -> None:
    items = list(read_feed_bytes(rss([("Empty", "https://x.example/1", "", ""),
                                      ("Full", "https://x.example/2", "", story[1])]),
                                 source="f.rss"))
    assert isinstance(items[0], Skipped) and items[0].reason.startswith("[E045]")
    assert isinstance(items[1], Article)


def test_malformed_feeds(caplog, story) -> None:
    cut = rss([("One", "https://x.example/1", "Tue, 04 Mar 2025 10:00:00 GMT", story[0]),
               ("Two", "https://x.example/2", "Tue, 04 Mar 2025 11:00:00 GMT", story[1])])
    cut = cut[: cut.index(b"<item>", cut.index(b"<item>") + 1) + 60]  # inside the 2nd entry
    with caplog.at_level(logging.WARNING, logger="claimledger"):
        items = list(read_feed_bytes(cut, source="cut.rss"))
    assert isinstance(items[0], Article) and items[0].text == story[0]
    assert any("[W042]" in r.getMessage() for r in caplog.records)
    for bad in (b"this is not a feed at all", b"<?xml version='1.0'?><rss><channel><ite",
                b"<html><body><p>a page</p></body></html>", b""):
        items = list(read_feed_bytes(bad, source="bad.rss"))
        assert items and all(isinstance(i, Skipped) for i in items), bad
        assert items[0].reason[:6] in ("[E043]", "[E044]", "[E045]"), items[0].reason


def test_binary_file_named_rss(tmp_path: Path) -> None:
    path = tmp_path / "image.rss"
    path.write_bytes(bytes(range(256)) * 10)
    (item,) = list(read_paths([path]))
    assert isinstance(item, Skipped) and item.reason.startswith("[E004]")


def test_feed_with_ten_thousand_entries(tmp_path: Path) -> None:
    entries = [(f"Report {n}", f"https://wire.example.org/{n}", "Tue, 04 Mar 2025 10:00:00 GMT",
                f"<p>Officials said that convoy number {n} reached the border crossing.</p>")
               for n in range(10_000)]
    path = tmp_path / "big.rss"
    path.write_bytes(rss(entries))
    started = time.monotonic()
    items = list(read_feed_file(path))
    assert time.monotonic() - started < 60
    assert len(items) == 10_000 and all(isinstance(i, Article) for i in items)
    assert items[-1].url == "https://wire.example.org/9999"
    assert len({i.id for i in items}) == 10_000
