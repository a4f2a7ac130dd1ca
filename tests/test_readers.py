"""Readers: text files, JSON Lines, directories and stdin become Articles or Skipped reasons."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimledger.article import Article
from claimledger.ingest import (
    READERS,
    URL_READERS,
    Skipped,
    read_jsonl_file,
    read_paths,
    read_stream,
    read_text_file,
    register_reader,
)

FERRY = (
    "Ferry service resumes\n\n"
    "The coast guard of Islay Minor said on Sunday that the ferry link, closed for nine days "
    "by storms, would reopen at dawn.\r\n"
    "Café owners on the quay  said they had lost about half of their winter trade.\n"
)
DAM = "Engineers said the dam could hold for another 48 hours, but they were not certain."


def _write_jsonl(path: Path, *objects: object, raw: list[str] | None = None) -> Path:
    lines = [json.dumps(o, ensure_ascii=False) for o in objects] + (raw or [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_text_file_is_one_article_kept_verbatim(tmp_path: Path) -> None:
    path = tmp_path / "ferry-news.txt"
    path.write_bytes(FERRY.encode("utf-8"))
    (article,) = read_text_file(path, published="2025-01-05")
    assert isinstance(article, Article)
    assert article.text == FERRY  # carriage returns, double spaces and accents untouched
    assert article.id == "ferry-news"
    assert article.published == "2025-01-05"


def test_a_byte_order_mark_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + DAM.encode())
    (article,) = read_text_file(path)
    assert article.text == DAM


def test_a_sidecar_describes_a_text_file(tmp_path: Path) -> None:
    (tmp_path / "dam.txt").write_text(DAM, encoding="utf-8")
    (tmp_path / "dam.meta.json").write_text(json.dumps(
        {"id": "dam-1", "title": "Dam holds", "outlet": "Valley News", "published": "2024-05-02",
         "license": "ignored"}), encoding="utf-8")
    (article,) = read_text_file(tmp_path / "dam.txt", published="2030-01-01")
    assert (article.id, article.title, article.outlet, article.published) == (
        "dam-1", "Dam holds", "Valley News", "2024-05-02")


def test_jsonl_keeps_ids_and_fields_and_reports_bad_lines(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "batch.jsonl",
        {"id": "ferry", "text": FERRY, "title": "Ferry", "url": "https://example.org/f",
         "outlet": "Isles Daily", "author": "R. Moss", "published": "2025-01-05"},
        {"id": 42, "text": DAM, "section": "weather"},
        raw=["{not json", "", "[1, 2]", json.dumps({"id": "empty", "text": "   "}),
             json.dumps({"id": "bad-date", "text": DAM, "published": "2025-02-30"})],
    )
    items = list(read_jsonl_file(path, published="2025-01-06"))
    ferry, dam, *skipped = items
    assert ferry.text == FERRY and ferry.id == "ferry" and ferry.author == "R. Moss"
    assert ferry.published == "2025-01-05"
    assert dam.id == "42" and dam.published == "2025-01-06"  # the default fills the gap
    assert dam.extra == {"section": "weather"}
    assert all(isinstance(s, Skipped) for s in skipped)
    reasons = [s.reason for s in skipped]
    assert reasons[0].startswith(f"[E006] {path}:3: malformed JSON Lines record")
    assert reasons[1].startswith(f"[E006] {path}:5:")  # the blank line 4 is no record
    assert reasons[2] == f"[E014] {path}:6: record has no usable 'text' field"
    assert reasons[3].startswith(f"[W003] {path}:7: skipped ([E007] invalid date '2025-02-30'")


def test_jsonl_line_with_invalid_utf8_is_skipped_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "a", "text": DAM}).encode()
    path.write_bytes(b'{"id": "b", "text": "caf\xe9"}\n' + good + b"\n")
    bad, article = read_jsonl_file(path)
    assert isinstance(bad, Skipped) and bad.reason.startswith(f"[E005] {path}:1: not valid UTF-8")
    assert article.id == "a"


def test_directories_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "dam.txt").write_text(DAM, encoding="utf-8")
    _write_jsonl(tmp_path / "a.jsonl", {"id": "ferry", "text": FERRY})
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    ids = [a.id for a in read_paths([tmp_path])]
    assert ids == ["ferry", "dam"]


def test_stdin_is_text_or_jsonl() -> None:
    (article,) = read_stream(io.BytesIO(DAM.encode()), published="2025-01-01")
    assert article.text == DAM and article.published == "2025-01-01"
    lines = "\n".join(json.dumps({"id": i, "text": t}) for i, t in (("f", FERRY), ("d", DAM)))
    assert [a.id for a in read_stream(io.BytesIO(("  " + lines).encode()))] == ["f", "d"]
    assert [a.id for a in read_paths(["-"], stdin=io.BytesIO(lines.encode()))] == ["f", "d"]
    (empty,) = read_stream(io.BytesIO(b" \n\t "))
    assert empty.reason == "[E003] <stdin>: empty article (nothing but whitespace)"


def test_an_explicit_file_with_another_suffix_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "report.text"
    path.write_text(DAM, encoding="utf-8")
    (article,) = read_paths([path])
    assert article.text == DAM
    (skipped,) = read_paths([tmp_path])  # but a directory only holds known suffixes
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith(f"[E002] {tmp_path}: directory holds no articles (files "
                                     "ending ")
    assert ".jsonl" in skipped.reason and ".txt" in skipped.reason


@pytest.fixture
def restore_readers():
    saved, saved_urls = dict(READERS), dict(URL_READERS)
    yield
    READERS.clear()
    READERS.update(saved)
    URL_READERS.clear()
    URL_READERS.update(saved_urls)


def test_a_reader_that_is_not_installed_is_reported(tmp_path: Path, restore_readers) -> None:
    register_reader(".pdf", "claimledger.ingest.no_such_module:read_pdf")
    URL_READERS["gopher"] = "claimledger.ingest.no_such_module:read_url"
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "dam.txt").write_text(DAM, encoding="utf-8")
    assert [a.id for a in read_paths([tmp_path])] == ["dam"]  # left out of directory walks
    (pdf,) = read_paths([tmp_path / "scan.pdf"])
    assert pdf.reason == (f"[E023] {tmp_path / 'scan.pdf'}: no reader for this kind of input "
                          "is installed (claimledger.ingest.no_such_module:read_pdf)")
    (url,) = read_paths(["gopher://example.org/x"])
    assert url.reason.startswith("[E023] gopher://example.org/x: no reader")


def test_urls_go_to_the_reader_of_their_scheme(restore_readers) -> None:
    def read_fake(url: str, *, published: str | None = None):
        yield Article(text=f"Fetched from {url}.", url=url, published=published)

    URL_READERS["https"] = read_fake
    (article,) = read_paths(["https://example.org/a"], published="2025-01-02")
    assert article.url == "https://example.org/a" and article.published == "2025-01-02"


def test_other_readers_can_register(tmp_path: Path, restore_readers) -> None:
    def read_upper(path: Path, *, published: str | None = None):
        yield Article(text=path.read_text().upper(), id=path.stem, published=published)

    def read_broken(path: Path, *, published: str | None = None):
        raise RuntimeError("reader bug")
        yield  # pragma: no cover

    register_reader("shout", read_upper)
    register_reader([".broken.gz"], read_broken)
    register_reader(".lazy", "claimledger.ingest.text:read_text_file")
    (tmp_path / "a.shout").write_text("quiet", encoding="utf-8")
    (tmp_path / "b.broken.gz").write_text("x", encoding="utf-8")
    (tmp_path / "c.lazy").write_text(DAM, encoding="utf-8")
    first, second, third = read_paths([tmp_path])
    assert first.text == "QUIET"
    assert isinstance(second, Skipped)
    assert "[E011]" in second.reason and "reader bug" in second.reason
    assert third.text == DAM


def test_seed_article_reads_with_its_sidecar(shared: Path) -> None:
    path = shared / "corpus" / "dev" / "seed-nk-troops.txt"
    (article,) = read_paths([path])
    assert article.text == path.read_text(encoding="utf-8")
    assert article.id == "seed-nk-troops" and article.published == "2025-02-27"


def test_jsonl_file_and_bytes_read_alike(tmp_path: Path) -> None:
    from claimledger.ingest import read_jsonl_bytes

    data = ("\ufeff" + json.dumps({"id": "a", "text": "The ferry left at dawn."}) + "\n\n"
            + "not json\n" + json.dumps({"id": "b", "text": "  "}) + "\n").encode("utf-8")
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(data)
    from_file = list(read_jsonl_file(path))
    from_bytes = list(read_jsonl_bytes(data, source=str(path)))
    assert from_file == from_bytes
    assert [getattr(item, "id", None) for item in from_file] == ["a", None, None]
    assert [str(item)[:6] for item in from_file[1:]] == ["[E006]", "[E014]"]
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n \n")
    assert str(next(read_jsonl_file(empty))).startswith("[E003]")
    assert str(next(read_jsonl_bytes(b"\n \n", source="x"))).startswith("[E003]")
