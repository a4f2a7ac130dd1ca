"""Readers: each turns a source (file, directory, stdin, …) into Articles.

A reader yields an :class:`~claimledger.article.Article` for every article it finds and a
:class:`Skipped` (source + one-line coded reason) for every input that gives none; it never
raises on bad input. :func:`read_paths` dispatches command-line paths to the readers.

Modules: ``text`` and ``jsonl`` (plain text, JSON Lines), ``html`` (saved or fetched pages,
through trafilatura), ``feed`` (RSS/Atom, feedparser), ``warc`` (web archives, warcio),
``url`` (httpx fetching), ``sniff`` (what a body is), ``language`` (non-English articles are
skipped), ``dedup`` (near-duplicates: MinHash and LSH kept in the ledger), ``progress`` (the
progress bar and summary of ``claimledger ingest``). The heavy ones load on first use.
"""

from __future__ import annotations

from .jsonl import read_jsonl_bytes, read_jsonl_file
from .paths import (
    READERS,
    URL_READERS,
    article_files,
    read_file,
    read_paths,
    read_stream,
    read_url,
    register_reader,
)
from .text import Item, Skipped, read_text, read_text_file

__all__ = [
    "READERS", "URL_READERS", "Item", "Skipped", "article_files", "read_file", "read_jsonl_bytes",
    "read_jsonl_file", "read_paths", "read_stream", "read_text", "read_text_file",
    "read_url", "register_reader",
]
