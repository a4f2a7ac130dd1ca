"""HTML pages: the main text, title, author, date and outlet of a saved page or a fetched one.

trafilatura finds the main text (menus, footers and comments left out) and the metadata;
the publication date comes from htmldate through it, searched in the markup and the URL only
(a date merely mentioned in the story is not its publication date). The stored text is the
extracted main text with its paragraphs separated by blank lines, so the pipeline's sentence
splitter sees a headline as its own paragraph; every span indexes that text.

The bytes are decoded here, not by trafilatura: a byte-order mark, then the charset the
server or the page declares, then UTF-8, then a detector's guess; undecodable bytes are
replaced (as browsers do) with a warning. Pages are capped at :data:`MAX_PAGE_BYTES`.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..article import Article
from ..errors import Errors, InputError, Warnings
from .text import Item, Skipped, error_reason, looks_binary_markup

log = logging.getLogger("claimledger")

#: Bytes of one page that are read; the rest of a larger page is dropped with a warning.
#: News pages are well under it; trafilatura needs about two seconds a megabyte.
MAX_PAGE_BYTES = 2 * 2**20
#: Extracted text shorter than this (characters, without spaces) is boilerplate, not a story.
MIN_TEXT_CHARS = 40
#: Bytes at a page's start searched for a declared charset and for markup.
HEAD_BYTES = 4096

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_MARKUP = re.compile(r"<\s*(!doctype\s+html|html|head|body|title|meta|div|p|article|main)\b",
                     re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def read_capped(path: Path, limit: int = MAX_PAGE_BYTES) -> bytes | Skipped:
    """At most ``limit`` bytes of a file (a warning when there were more)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
            size = path.stat().st_size
    except OSError as err:
        return Skipped(str(path), Errors.E016.format(path=path, reason=err.strerror or err))
    if len(data) > limit:
        log.warning(Warnings.W040.format(path=path, size=size, limit=limit))
        data = data[:limit]
    return data


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """The charset the HTTP header or the page's ``<meta>`` declares, when Python knows it."""
    found = header
    if not found:
        match = _META_CHARSET.search(data[:HEAD_BYTES])
        found = match.group(1).decode("ascii", "ignore") if match else None
    if not found:
        return None
    try:
        return codecs.lookup(found.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_page(data: bytes, source: str, charset: str | None = None) -> str:
    """The page's text: BOM, declared charset, UTF-8, a detector's guess; bytes never lost
    silently (undecodable ones are replaced, with a warning)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    declared = declared_charset(data, charset)
    for encoding in dict.fromkeys(e for e in (declared, "utf-8") if e):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    guess = _guess_encoding(data)
    if guess and not declared:
        try:
            return data.decode(guess)
        except (UnicodeDecodeError, LookupError):
            pass
    encoding = declared or "utf-8"
    log.warning(Warnings.W041.format(path=source, encoding=encoding))
    return data.decode(encoding, errors="replace")


def _guess_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    sample = data if len(data) <= 20000 else data[:10000] + data[-10000:]
    best = from_bytes(sample).best()
    return best.encoding if best is not None else None


def looks_like_html(text: str) -> bool:
    """Markup near the start: an HTML tag a page begins with."""
    return _MARKUP.search(text[:HEAD_BYTES]) is not None


def paragraphs(text: str) -> str:
    """The extracted text with one blank line between paragraphs (trafilatura gives one
    newline), so that a headline or a caption is never glued to the next sentence."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def outlet_of(sitename: str | None, url: str | None) -> str | None:
    """The site's own name (og:site_name), else the URL's host without ``www.``."""
    if sitename and sitename.strip():
        return sitename.strip()
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _extract(text: str, url: str | None) -> Any:
    from trafilatura import bare_extraction
    from trafilatura.settings import set_date_params

    return bare_extraction(
        text, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params=set_date_params(extensive=False), as_dict=False,
    )


def html_article(
    data: bytes,
    *,
    source: str,
    url: str | None = None,
    published: str | None = None,
    charset: str | None = None,
    default_published: str | None = None,
    **meta: Any,
) -> Item:
    """One page's article, or why it gives none.

    ``published`` (a feed entry's date) wins over the date found in the page, which wins
    over ``default_published`` (an archive's capture date, or the command line's).
    ``meta`` gives other Article fields (``id``, ``title``) that the page may fill in.
    """
    if looks_binary_markup(data):
        return Skipped(source, Errors.E004.format(path=source))
    text = decode_page(data, source, charset)
    if not looks_like_html(text):
        return Skipped(source, Errors.E041.format(path=source, reason="no HTML markup"))
    try:
        document = _extract(text, url)
    except Exception as err:  # lxml and trafilatura raise many kinds on broken markup
        return Skipped(source, Errors.E041.format(path=source, reason=error_reason(err)))
    body = paragraphs(document.text or "") if document is not None else ""
    if sum(1 for char in body if not char.isspace()) < MIN_TEXT_CHARS:
        return Skipped(source, Errors.E040.format(path=source), skip=True)
    fields = {
        "title": meta.pop("title", None) or document.title,
        "author": meta.pop("author", None) or document.author,
        "outlet": meta.pop("outlet", None) or outlet_of(document.sitename, url),
        "url": url or document.url,
        "published": published or document.date or default_published,
        **meta,
    }
    try:
        return Article(text=body, **fields)
    except InputError:  # a date the page gives that does not exist: keep the article
        fields["published"] = published or default_published
        try:
            return Article(text=body, **fields)
        except InputError as err:
            return Skipped(source, Warnings.W001.format(path=source, reason=err))


def read_html_file(path: Path, *, published: str | None = None) -> Iterator[Item]:
    """A saved page (``.html``/``.htm``) as one article, its id the file's stem."""
    data = read_capped(path)
    if isinstance(data, Skipped):
        yield data
        return
    yield html_article(data, source=str(path), default_published=published, id=path.stem)
