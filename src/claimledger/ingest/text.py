"""Plain-text articles: one ``.txt`` file (or stdin) is one article, its text kept verbatim.

Readers never raise on bad input: they yield an :class:`~claimledger.article.Article` or a
:class:`Skipped` carrying the one-line reason, and the caller goes on with the rest.
"""

from __future__ import annotations

import codecs
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import Errors, InputError, Warnings

log = logging.getLogger("claimledger")

#: How many leading bytes are searched for a NUL byte, the mark of a binary file.
BINARY_SNIFF_BYTES = 8192

#: Article fields a sidecar ``<name>.meta.json`` or a JSON Lines record may give.
META_FIELDS = ("id", "title", "outlet", "author", "url", "published", "language")


@dataclass(frozen=True)
class Skipped:
    """An input that gave no article: where it came from and the coded one-line reason."""

    source: str
    reason: str
    #: True for an input passed over on purpose (another language, a page of boilerplate):
    #: reported and counted as skipped, not as a failure.
    skip: bool = False

    def __str__(self) -> str:
        return self.reason


Item = Article | Skipped


def looks_binary(data: bytes) -> bool:
    """A NUL byte near the start: no text encoding the readers accept produces one."""
    return b"\x00" in data[:BINARY_SNIFF_BYTES]


def looks_binary_markup(data: bytes) -> bool:
    """:func:`looks_binary`, except that markup (a page, a feed) may be UTF-16 with a BOM."""
    return not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and looks_binary(data)


def error_reason(err: BaseException) -> str:
    """``Kind: first line of the message`` (a library's error, in one line of a reason)."""
    lines = str(err).strip().splitlines()
    return f"{type(err).__name__}: {lines[0] if lines else ''}".rstrip(": ")


def decode_utf8(data: bytes, source: str) -> str | Skipped:
    """The text of ``data`` (a leading byte-order mark dropped), or why it is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        reason = f"invalid byte 0x{data[err.start]:02x} at offset {err.start}"
        return Skipped(source, Errors.E005.format(path=source, reason=reason))


def read_bytes(path: Path) -> bytes | Skipped:
    try:
        return path.read_bytes()
    except OSError as err:
        return Skipped(str(path), Errors.E016.format(path=path, reason=err.strerror or err))


def read_text(
    text: str, *, source: str = "<stdin>", published: str | None = None, **meta: Any
) -> Iterator[Item]:
    """One article from a string (stdin's), unless it is empty."""
    if not text.strip():
        yield Skipped(source, Errors.E003.format(path=source))
        return
    try:
        yield Article(text=text, published=published, **meta)
    except InputError as err:
        yield Skipped(source, Warnings.W001.format(path=source, reason=err))


def read_text_file(path: Path, *, published: str | None = None) -> Iterator[Item]:
    """The whole file as one article; its id is the file's stem unless a sidecar names one.

    A sidecar ``<stem>.meta.json`` next to the file (an object with any of ``id``, ``title``,
    ``outlet``, ``author``, ``url``, ``published``, ``language``) describes the article.
    """
    source = str(path)
    data = read_bytes(path)
    if isinstance(data, Skipped):
        yield data
        return
    if looks_binary(data):
        yield Skipped(source, Errors.E004.format(path=source))
        return
    text = decode_utf8(data, source)
    if isinstance(text, Skipped):
        yield text
        return
    meta: dict[str, Any] = {"id": path.stem, **read_sidecar(path)}
    published = meta.pop("published", None) or published
    yield from read_text(text, source=source, published=published, **meta)


def read_sidecar(path: Path) -> dict[str, Any]:
    """The article fields of ``<stem>.meta.json`` next to ``path``; {} where there is none."""
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        log.warning(Warnings.W001.format(path=sidecar, reason=err))
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: str(v) for k, v in data.items() if k in META_FIELDS and v not in (None, "")}
