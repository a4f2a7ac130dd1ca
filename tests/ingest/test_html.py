"""HTML pages: main text and metadata, encodings, and pages that hold no article."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from claimledger.article import Article
from claimledger.ingest import Skipped, read_paths
from claimledger.ingest.html import MAX_PAGE_BYTES, html_article, read_html_file


def _one(items: list) -> Article | Skipped:
    assert len(items) == 1
    return items[0]


def test_main_text_and_metadata(tmp_path: Path, page, story) -> None:
    path = tmp_path / "talks.html"
    path.write_text(page(), encoding="utf-8")
    article = _one(list(read_html_file(path)))
    assert isinstance(article, Article)
    assert article.id == "talks"
    assert article.title == "Ceasefire talks stall"
    assert article.author == "Jane Writer"
    assert article.outlet == "The Example Herald"
    assert article.published == "2025-03-04"
    # the story's paragraphs, each its own paragraph; the menu and footer are gone
    assert article.text.split("\n\n") == ["Ceasefire talks stall", *story]
    assert "All rights reserved" not in article.text and "About" not in article.text


def test_outlet_falls_back_to_the_domain(page) -> None:
    html = page(site=None).encode()
    article = html_article(html, source="x", url="https://www.example-news.org/world/1")
    assert isinstance(article, Article)
    assert article.outlet == "example-news.org"
    assert article.url == "https://www.example-news.org/world/1"


def test_date_precedence(page) -> None:
    html = page(date="2025-03-04").encode()
    from_page = html_article(html, source="x", default_published="2025-01-01")
    from_entry = html_article(html, source="x", published="2025-02-02")
    undated = html_article(page(date=None).encode(), source="x", default_published="2025-01-01")
    assert from_page.published == "2025-03-04"  # the page's date beats a capture date
    assert from_entry.published == "2025-02-02"  # a feed entry's date beats the page's
    assert undated.published == "2025-01-01"


def test_page_with_no_body_or_only_boilerplate_is_skipped() -> None:
    for html in (b"<html><head><title>Nothing</title></head></html>",
                 b"<html><body><nav><a href='/'>Home</a> | <a href='/x'>World</a></nav>"
                 b"<footer>All rights reserved.</footer></body></html>",
                 b"<html><body></body></html>"):
        item = html_article(html, source="empty.html")
        assert isinstance(item, Skipped)
        assert item.reason.startswith("[E040]") and item.skip


def test_other_encodings_are_decoded(page) -> None:
    paragraphs = ["The minister\u2019s office said the caf\u00e9 near the r\u00e9sidence "
                  "was closed \u201cuntil further notice\u201d after the strike on Sunday."] * 2
    declared = page(paragraphs=paragraphs, charset="windows-1252").encode("cp1252")
    article = html_article(declared, source="x")
    assert "\u2019s office" in article.text and "caf\u00e9" in article.text
    latin = page(paragraphs=[p.replace("\u2019", "'").replace("\u201c", '"')
                             .replace("\u201d", '"') for p in paragraphs], charset="latin-1")
    from_header = html_article(latin.encode("latin-1"), source="x", charset="iso-8859-1")
    assert "caf\u00e9 near the r\u00e9sidence" in from_header.text
    utf16 = html_article(page(paragraphs=paragraphs).encode("utf-16"), source="x")
    assert "caf\u00e9" in utf16.text


def test_undeclared_legacy_encoding_is_guessed(page) -> None:
    paragraphs = ["Le minist\u00e8re a d\u00e9clar\u00e9 que les n\u00e9gociations "
                  "reprendraient la semaine prochaine \u00e0 Gen\u00e8ve, selon un "
                  "communiqu\u00e9 publi\u00e9 lundi soir."] * 3
    html = page(paragraphs=paragraphs).replace('<meta charset="utf-8">', "")
    article = html_article(html.encode("cp1252"), source="x")
    assert "minist\u00e8re" in article.text


def test_invalid_utf8_is_replaced_with_a_warning(page, caplog) -> None:
    html = page().encode("utf-8").replace(b"failed to agree", b"failed \xff\xfe agree")
    with caplog.at_level(logging.WARNING, logger="claimledger"):
        article = html_article(html, source="bad.html")
    assert isinstance(article, Article)
    assert "failed \ufffd\ufffd agree" in article.text
    assert any("[W041]" in r.getMessage() for r in caplog.records)


def test_binary_file_named_html(tmp_path: Path) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    item = _one(list(read_html_file(path)))
    assert isinstance(item, Skipped) and item.reason.startswith("[E004]")


def test_text_without_markup_named_html() -> None:
    item = html_article(b"just some words, no markup at all " * 5, source="a.html")
    assert isinstance(item, Skipped) and item.reason.startswith("[E041]")


def test_huge_page_is_capped_with_a_warning(tmp_path: Path, page, caplog) -> None:
    path = tmp_path / "huge.html"
    filler = "<p>" + "padding words of a comment thread " * 30 + "</p>\n"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(page().replace("</article>", "</article><aside>"))
        while handle.tell() < 50 * 2**20:
            handle.write(filler * 100)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="claimledger"):
        item = _one(list(read_html_file(path)))
    assert time.monotonic() - started < 30
    assert isinstance(item, Article)
    assert item.text.startswith("Ceasefire talks stall")
    warnings = [r.getMessage() for r in caplog.records if "[W040]" in r.getMessage()]
    assert warnings and str(MAX_PAGE_BYTES) in warnings[0]


def test_directory_dispatch_and_glob(tmp_path: Path, page) -> None:
    (tmp_path / "2025").mkdir()
    (tmp_path / "2025" / "a.html").write_text(page(title="First"), encoding="utf-8")
    (tmp_path / "b.htm").write_text(page(title="Second"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("A note about the talks, in plain words. " * 5)
    everything = list(read_paths([tmp_path]))
    assert sorted(i.title or "" for i in everything) == ["", "First", "Second"]
    pages = list(read_paths([tmp_path], glob="*.htm*"))
    assert sorted(i.title for i in pages) == ["First", "Second"]
    nested = list(read_paths([tmp_path], glob="2025/*"))
    assert [i.title for i in nested] == ["First"]


def test_page_without_suffix_is_sniffed(tmp_path: Path, page) -> None:
    path = tmp_path / "article"
    path.write_text(page(), encoding="utf-8")
    item = _one(list(read_paths([path])))
    assert isinstance(item, Article) and item.title == "Ceasefire talks stall"


def test_spans_index_the_extracted_text(tmp_path: Path, page, nlp) -> None:
    """Through the whole pipeline: every span of the record indexes the stored text."""
    from claimledger.extraction import extract_articles

    path = tmp_path / "talks.html"
    path.write_text(page(), encoding="utf-8")
    article = _one(list(read_html_file(path)))
    record = next(extract_articles([article])).record
    assert record is not None and record.article.text == article.text
    record.check_spans()
    assert record.claims, "the story's 'said' sentences give claims"


def test_page_on_stdin(page) -> None:
    import io

    (item,) = list(read_paths(["-"], stdin=io.BytesIO(page().encode())))
    assert isinstance(item, Article) and item.title == "Ceasefire talks stall"
    assert "<p>" not in item.text
