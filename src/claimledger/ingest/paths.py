"""Dispatch of command-line inputs to readers: files by suffix, directories recursively,
``-`` for stdin (plain text, or JSON Lines when it starts with ``{``), URLs by scheme.

Readers are looked up by file suffix in :data:`READERS` and by URL scheme in
:data:`URL_READERS`. An entry is a function or a ``"package.module:function"`` string
imported on first use, so the HTML, feed and WARC readers plug in by existing: a suffix
whose module is absent is left out of directory walks and reported (E023) when named.
:func:`register_reader` adds or replaces an entry at run time. Every reader has the shape
``reader(path_or_url, *, published=None) -> Iterator[Article | Skipped]``.
"""

from __future__ import annotations

import fnmatch
import functools
import importlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from ..errors import Errors
from .jsonl import read_jsonl_bytes, read_jsonl_file
from .text import Item, Skipped, decode_utf8, looks_binary, read_text, read_text_file

STDIN = "-"
STDIN_NAME = "<stdin>"


class Reader(Protocol):
    def __call__(self, path: Path, *, published: str | None = None) -> Iterator[Item]: ...


#: suffix (lower case, with its dot; compound suffixes such as ".warc.gz" allowed) -> reader,
#: or "package.module:function" imported when first needed.
READERS: dict[str, Reader | str] = {
    ".txt": read_text_file,
    ".jsonl": read_jsonl_file,
    # readers written elsewhere, used once their module exists
    ".html": "claimledger.ingest.html:read_html_file",
    ".htm": "claimledger.ingest.html:read_html_file",
    ".rss": "claimledger.ingest.feed:read_feed_file",
    ".atom": "claimledger.ingest.feed:read_feed_file",
    ".xml": "claimledger.ingest.feed:read_feed_file",
    ".warc": "claimledger.ingest.warc:read_warc_file",
    ".warc.gz": "claimledger.ingest.warc:read_warc_file",
}

#: URL scheme -> reader of one URL (``reader(url, published=…)``), imported when first needed.
URL_READERS: dict[str, Reader | str] = {
    "http": "claimledger.ingest.url:read_url",
    "https": "claimledger.ingest.url:read_url",
}


def register_reader(suffixes: str | Iterable[str], reader: Reader | str) -> None:
    """Read files with these suffixes with ``reader`` (in directories and when named)."""
    for suffix in [suffixes] if isinstance(suffixes, str) else suffixes:
        READERS[suffix.lower() if suffix.startswith(".") else f".{suffix.lower()}"] = reader


def _resolve(reader: Reader | str) -> Reader | None:
    return _import(reader) if isinstance(reader, str) else reader


@functools.cache
def _import(spec: str) -> Reader | None:
    """The function a ``"module:function"`` entry names, or None where it is not installed."""
    module, _, name = spec.partition(":")
    try:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        return None


def registered_reader(path: Path) -> Reader | str | None:
    """The entry for this file's suffix (the longest registered one wins), or None."""
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return READERS[suffix]
    return None


def reader_for(path: Path) -> Reader | None:
    """The reader of this file's suffix, or None (none registered, or its module is absent)."""
    entry = registered_reader(path)
    return None if entry is None else _resolve(entry)


def article_files(directory: Path, glob: str | None = None) -> list[Path]:
    """Every readable article file under ``directory``, recursively, in a stable order;
    hidden files and folders (".git", ".cache") are left out. ``glob`` (``"*.html"``,
    ``"2025-*/*.warc.gz"``) keeps only the files whose name or path below ``directory``
    matches it."""
    found = []
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory).parts
        if any(part.startswith(".") for part in relative) or not path.is_file():
            continue
        if glob and not (fnmatch.fnmatch(path.name, glob)
                         or fnmatch.fnmatch("/".join(relative), glob)):
            continue
        if reader_for(path) is not None:
            found.append(path)
    return found


def read_file(path: Path, *, published: str | None = None) -> Iterator[Item]:
    """A file by its reader; a file named explicitly with an unknown suffix is read by what
    its first bytes show (a page, a feed, an archive), else as plain text."""
    entry = registered_reader(path) or _sniffed(path)
    reader = read_text_file if entry is None else _resolve(entry)
    yield from _read_with(reader, entry, path, published=published)


def _read_with(
    reader: Reader | None, entry: Reader | str | None, target: Path | str, *,
    published: str | None,
) -> Iterator[Item]:
    """``reader``'s items for a file or URL: E023 where the reader is not installed, E011
    where it fails (a reader's bug must not end the batch)."""
    if reader is None:
        yield Skipped(str(target), Errors.E023.format(path=target, reader=entry))
        return
    try:
        yield from reader(target, published=published)  # type: ignore[arg-type]
    except Exception as err:
        reason = f"{type(err).__name__}: {err}"
        yield Skipped(str(target), Errors.E011.format(path=target, reason=reason))


def read_stream(stream: BinaryIO, *, published: str | None = None) -> Iterator[Item]:
    """Stdin: JSON Lines when its first non-blank character is ``{``, an HTML page or a feed
    when it starts with markup, else one text article."""
    data = stream.read()
    if looks_binary(data):
        yield Skipped(STDIN_NAME, Errors.E004.format(path=STDIN_NAME))
        return
    if data.lstrip().startswith(b"{"):
        yield from read_jsonl_bytes(data, source=STDIN_NAME, published=published)
        return
    if data.lstrip().startswith(b"<"):  # a page or a feed piped in (curl … | claimledger)
        from .sniff import sniff_kind

        kind = sniff_kind(data)
        if kind == "html":
            from .html import MAX_PAGE_BYTES, html_article

            yield html_article(data[:MAX_PAGE_BYTES], source=STDIN_NAME,
                               default_published=published)
            return
        if kind == "feed":
            from .feed import read_feed_bytes

            yield from read_feed_bytes(data, source=STDIN_NAME, published=published)
            return
    text = decode_utf8(data, STDIN_NAME)
    if isinstance(text, Skipped):
        yield text
        return
    yield from read_text(text, source=STDIN_NAME, published=published)


def read_url(url: str, *, published: str | None = None) -> Iterator[Item]:
    """A URL through the reader of its scheme, where one is installed."""
    entry = URL_READERS[url.partition("://")[0].lower()]
    yield from _read_with(_resolve(entry), entry, url, published=published)


def _sniffed(path: Path) -> Reader | str | None:
    """The reader of a file's content where its name says nothing (``page``, ``feed.php``)."""
    from .sniff import SNIFF_BYTES, sniff_kind

    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return None
    suffix = {"html": ".html", "feed": ".rss", "warc": ".warc"}.get(sniff_kind(head) or "")
    return READERS.get(suffix) if suffix else None


def read_paths(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    stdin: BinaryIO | None = None,
    glob: str | None = None,
    any_language: bool = False,
) -> Iterator[Item]:
    """Articles (and Skipped reasons) from files, directories and ``-``, in the order given.

    Articles not in English are replaced by a Skipped reason unless ``any_language``.
    """
    items = _read_paths(paths, published=published, stdin=stdin, glob=glob)
    if any_language:
        return items
    from .language import english_only

    return english_only(items)


def _read_paths(
    paths: Iterable[str | Path],
    *,
    published: str | None,
    stdin: BinaryIO | None,
    glob: str | None,
) -> Iterator[Item]:
    for name in paths:
        if str(name) == STDIN:
            yield from read_stream(stdin or sys.stdin.buffer, published=published)
            continue
        scheme = str(name).partition("://")[0].lower() if "://" in str(name) else None
        if scheme in URL_READERS:
            yield from read_url(str(name), published=published)
            continue
        path = Path(name)
        if path.is_dir():
            files = article_files(path, glob)
            if not files:
                yield Skipped(str(path), Errors.E002.format(path=path, suffixes=_suffixes()))
            for file in files:
                yield from read_file(file, published=published)
        elif path.exists():
            yield from read_file(path, published=published)
        else:
            yield Skipped(str(path), Errors.E001.format(path=path))


def _suffixes() -> str:
    return ", ".join(sorted(s for s, entry in READERS.items() if _resolve(entry) is not None))


