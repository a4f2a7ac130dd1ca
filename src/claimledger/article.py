"""Article: the one input type every reader yields and every extractor takes."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from .errors import Errors, InputError

_SPACE = re.compile(r"\s+")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise_text(text: str) -> str:
    """The text as compared for identity: NFC, whitespace runs collapsed, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text: an article's identity in the ledger."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def parse_published(value: str | date | datetime | None) -> str | None:
    """Validate a publication date and return it as an ISO string (date or datetime).

    Raises InputError with a one-line reason for dates that do not exist ("2025-02-30")
    or are not ISO 8601.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if len(text) <= 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError as err:
        raise InputError(Errors.E007.format(value=text, reason=err)) from None


def published_date(published: str | None) -> date | None:
    """The calendar date of an ISO date or datetime string (the anchor for relative times)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


@dataclass
class Article:
    """One news article: the verbatim text every span indexes, and what is known about it."""

    text: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    language: str = "en"
    extra: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # a lone surrogate ("\ud800" from a JSON escape) cannot be stored or hashed as UTF-8:
        # each becomes U+FFFD, one character for one, so offsets into the text still hold
        self.text = _LONE_SURROGATE.sub("\ufffd", self.text)
        self.published = parse_published(self.published)
        if not self.id:
            self.id = self.default_id()

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def default_id(self) -> str:
        """A stable id: a hash of the URL where there is one, else of the normalised text."""
        basis = self.url or normalise_text(self.text)
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]

    @property
    def published_date(self) -> date | None:
        return published_date(self.published)
