"""JSON Lines articles: one object a line with ``id``, ``text`` and optional ``title``,
``url``, ``outlet``, ``author``, ``published``, ``language``.

The id is kept and the text used verbatim, so offsets computed elsewhere stay valid. A bad
line is reported as ``file:line`` and the rest of the file is still read.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import Errors, InputError, Warnings
from .text import (
    BINARY_SNIFF_BYTES,
    META_FIELDS,
    Item,
    Skipped,
    decode_utf8,
    looks_binary,
)


def read_jsonl_file(path: Path, *, published: str | None = None) -> Iterator[Item]:
    """Every article of a ``.jsonl`` file, and a Skipped for each line that holds none.

    The file is read line by line, so memory does not grow with its size.
    """
    source = str(path)
    try:
        with path.open("rb") as handle:
            if looks_binary(handle.read(BINARY_SNIFF_BYTES)):
                yield Skipped(source, Errors.E004.format(path=source))
                return
            handle.seek(0)
            yield from _read_lines(handle, source=source, published=published)
    except OSError as err:
        yield Skipped(source, Errors.E016.format(path=path, reason=err.strerror or err))


def read_jsonl_bytes(data: bytes, *, source: str, published: str | None = None) -> Iterator[Item]:
    """Every article of JSON Lines held in memory (stdin), as :func:`read_jsonl_file`."""
    if looks_binary(data):
        yield Skipped(source, Errors.E004.format(path=source))
        return
    yield from _read_lines(data.split(b"\n"), source=source, published=published)


def _read_lines(
    lines: Iterable[bytes], *, source: str, published: str | None
) -> Iterator[Item]:
    """One item per non-blank line (a leading byte-order mark dropped); E003 if none."""
    found = False
    for number, raw in enumerate(lines, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if not raw.strip():
            continue
        found = True
        yield read_jsonl_line(raw, source=source, line=number, published=published)
    if not found:
        yield Skipped(source, Errors.E003.format(path=source))


def read_jsonl_line(raw: bytes, *, source: str, line: int, published: str | None) -> Item:
    """One line: an Article, or a Skipped naming ``source:line`` and what is wrong with it."""
    where = f"{source}:{line}"
    text = decode_utf8(raw, where)
    if isinstance(text, Skipped):
        return text
    try:
        data = json.loads(text)
    except ValueError as err:
        return Skipped(where, Errors.E006.format(path=source, line=line, reason=err))
    if not isinstance(data, dict):
        reason = f"a JSON {type(data).__name__}, not an object"
        return Skipped(where, Errors.E006.format(path=source, line=line, reason=reason))
    body = data.get("text")
    if not isinstance(body, str) or not body.strip():
        return Skipped(where, Errors.E014.format(path=source, line=line))
    try:
        return Article(text=body, **_fields(data, published))
    except InputError as err:
        return Skipped(where, Warnings.W003.format(path=source, line=line, reason=err), skip=True)


def _fields(data: dict[str, Any], published: str | None) -> dict[str, Any]:
    fields = {k: str(data[k]) for k in META_FIELDS if data.get(k) not in (None, "")}
    fields.setdefault("published", published)
    extra = {k: v for k, v in data.items() if k not in META_FIELDS and k != "text"}
    if extra:
        fields["extra"] = extra
    return fields
