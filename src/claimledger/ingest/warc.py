"""WARC archives (``.warc``, ``.warc.gz``), as web crawls and news corpora are distributed.

Every HTML response record (HTTP status 2xx) is read as a page: its WARC-Target-URI is the
article's URL and its WARC-Date the fallback publication date (a capture date: the page's own
date wins when it gives one). Requests, metadata, images and other records are passed over.
The archive is streamed record by record, so memory does not grow with its size; a truncated
or corrupt archive keeps the articles read before the damage, and the damage is reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..errors import Errors
from .html import MAX_PAGE_BYTES, html_article
from .sniff import HTML_TYPES, content_type
from .text import Item, Skipped, error_reason

_PAGE_RECORDS = ("response", "resource")


def read_warc_file(path: Path, *, published: str | None = None) -> Iterator[Item]:
    """Every HTML page archived in a WARC file."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield Skipped(str(path), Errors.E016.format(path=path, reason=err.strerror or err))
        return
    with handle:
        yield from read_warc_stream(handle, source=str(path), published=published)


def read_warc_stream(
    stream: BinaryIO, *, source: str, published: str | None = None
) -> Iterator[Item]:
    """Every HTML page in a WARC stream (gzipped per record, or not)."""
    pages = 0
    records = _Records(stream)
    try:
        for number, record in enumerate(records, start=1):
            if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
                raise EOFError(f"record {number} has no Content-Length (cut in its headers?)")
            if not _is_page(record):
                if not _drained(record):
                    raise EOFError("the last record is cut short")
                continue
            item, whole = _record_article(record, source=source, number=number,
                                          published=published)
            if not whole:
                raise EOFError("the last record is cut short")
            pages += 1
            yield item
    except Exception as err:  # warcio raises many kinds on damaged input; the run goes on
        reason = error_reason(err)
        yield Skipped(source, Errors.E046.format(path=source, reason=reason, count=pages))
        return
    if records.complete is False:
        reason = "a gzip member ends early"
        yield Skipped(source, Errors.E046.format(path=source, reason=reason, count=pages))
    elif pages == 0:
        yield Skipped(source, Errors.E047.format(path=source), skip=True)


class _Records(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator, noting whether the last gzip member was whole: warcio ends quietly
    at a truncated member, which would lose its records without a word."""

    complete: bool | None = None

    def close(self) -> None:
        if self.reader is not None:
            decompressor = self.reader.decompressor
            self.complete = decompressor is None or (
                decompressor.eof and not decompressor.unused_data)
        super().close()


def _drained(record: Any) -> bool:
    """Read a record that is passed over to its end; False when the archive ends first."""
    while record.raw_stream.read(65536):
        pass
    return not getattr(record.raw_stream, "limit", 0)


def _is_page(record: Any) -> bool:
    """An archived HTML page that was served successfully."""
    if record.rec_type not in _PAGE_RECORDS:
        return False
    if record.rec_type == "response":
        if record.http_headers is None:
            return False
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
        media_type = record.http_headers.get_header("Content-Type") or ""
    else:
        media_type = record.rec_headers.get_header("Content-Type") or ""
    return content_type(media_type)[0] in HTML_TYPES


def _record_article(
    record: Any, *, source: str, number: int, published: str | None
) -> tuple[Item, bool]:
    """The record's article, and whether the record was whole (not cut by a truncation)."""
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    where = uri or f"{source}#{number}"
    data = record.content_stream().read(MAX_PAGE_BYTES)
    whole = len(data) >= MAX_PAGE_BYTES or not getattr(record.raw_stream, "limit", 0)
    headers = record.http_headers
    _, charset = content_type(headers.get_header("Content-Type") if headers is not None else None)
    captured = record.rec_headers.get_header("WARC-Date") or None
    item = html_article(data, source=where, url=uri, charset=charset,
                        default_published=_valid_date(captured) or published)
    if isinstance(item, Skipped):
        reason = item.reason
        skipped = Errors.E050.format(path=source, record=number, reason=reason)
        return Skipped(where, skipped, skip=item.skip), whole
    return item, whole


def _valid_date(value: str | None) -> str | None:
    from ..article import parse_published
    from ..errors import InputError

    try:
        return parse_published(value)
    except InputError:
        return None
