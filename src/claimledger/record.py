"""The extraction record of ``shared/CONTRACT.md`` (schema ``claimledger/1``).

These dataclasses are the one shape that crosses from extraction into storage and out
to every view. The pipeline's components fill them on the Doc (``doc._.cl_entities`` …);
:func:`from_doc` assembles one :class:`Record`; :meth:`Record.to_dict` and
:func:`record_from_dict` convert to and from JSON. Spans are ``[start, end)`` character
offsets into ``article.text`` and :meth:`Record.check_spans` enforces that they index it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any

from .article import Article

SCHEMA = "claimledger/1"

Span = tuple[int, int]
RELATIONS = ("eq", "gt", "ge", "lt", "le", "approx", "range")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass
class TextSpan:
    text: str
    span: Span


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    kb: dict[str, Any] = field(default_factory=dict)


@dataclass
class Time:
    id: str
    text: str
    span: Span
    type: str
    value: str | None
    start: str | None = None
    end: str | None = None
    #: what a relative expression was resolved against: "published" or a time id
    anchor: str | None = None


@dataclass
class About:
    text: str
    entity: str | None = None
    span: Span | None = None


@dataclass
class Quantity:
    id: str
    text: str
    span: Span
    value: float | int | None
    low: float | int | None = None
    high: float | int | None = None
    relation: str = "eq"
    unit: str | None = None
    measure: str | None = None
    about: About | None = None
    change: str | None = None


@dataclass
class ClaimSource:
    text: str
    span: Span
    entity: str | None = None
    name: str | None = None


@dataclass
class Said:
    text: str
    value: str | None
    start: str | None
    end: str | None
    time: str | None = None  # the Time id it came from, where there is one


@dataclass
class Via:
    text: str
    entity: str | None = None
    span: Span | None = None


@dataclass
class Claim:
    id: str
    source: ClaimSource | None
    cue: TextSpan | None
    content: TextSpan
    quote: bool = False
    said: Said | None = None
    via: Via | None = None
    hedges: list[str] = field(default_factory=list)
    quantities: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


@dataclass
class Location:
    text: str
    name: str | None = None
    geonames: int | None = None
    lat: float | None = None
    lon: float | None = None
    span: Span | None = None
    entity: str | None = None


@dataclass
class EventTime:
    text: str
    start: str | None
    end: str | None
    time: str | None = None  # the Time id


@dataclass
class Event:
    id: str
    type: str
    trigger: TextSpan
    mode: str | None = None
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    location: Location | None = None
    time: EventTime | None = None
    claim: str | None = None
    quantities: list[str] = field(default_factory=list)


@dataclass
class ArticleInfo:
    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    language: str = "en"


@dataclass
class Record:
    article: ArticleInfo
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        out = _plain(self)
        for entity in out["entities"]:
            if not entity.get("kb"):
                entity.pop("kb", None)
        return {"schema": out.pop("schema"), **out}

    def _span_holders(self) -> typing.Iterator[tuple[str, Any]]:
        """Every (where, part) of the record whose ``text`` is the article's text at its
        ``span`` (entities keep mentions, spans only)."""
        for t in self.times:
            yield f"time {t.id}", t
        for q in self.quantities:
            yield f"quantity {q.id}", q
            if q.about and q.about.span:
                yield f"quantity {q.id} about", q.about
        for c in self.claims:
            for part in (c.source, c.cue, c.content):
                if part is not None:
                    yield f"claim {c.id}", part
            if c.via and c.via.span:
                yield f"claim {c.id} via", c.via
        for v in self.events:
            yield f"event {v.id}", v.trigger
            if v.location and v.location.span:
                yield f"event {v.id} location", v.location

    def spans(self) -> typing.Iterator[tuple[str, str, Span]]:
        """Every (where, text, span) in the record, for checking and highlighting."""
        text = self.article.text
        for e in self.entities:
            for s in e.mentions:
                yield f"entity {e.id}", text[s[0]:s[1]], s
        for where, part in self._span_holders():
            yield where, part.text, part.span

    def retext(self) -> None:
        """Slice every span's text from ``article.text`` again, after the pipeline read a text
        that differs only in its spaces (no-break spaces made plain: the same offsets)."""
        text = self.article.text
        for _, part in self._span_holders():
            part.text = text[part.span[0]:part.span[1]]
        self.check_spans()

    def check_spans(self) -> None:
        """Raise ValueError unless every span indexes ``article.text`` exactly."""
        text = self.article.text
        for where, span_text, (start, end) in self.spans():
            if not (0 <= start <= end <= len(text)) or text[start:end] != span_text:
                raise ValueError(f"{where}: span {[start, end]} does not index {span_text!r}")


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _build(tp: Any, data: Any) -> Any:
    """Rebuild a value of (possibly optional, list, tuple or dataclass) type ``tp``."""
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        for option in options:
            if dataclasses.is_dataclass(option) or typing.get_origin(option) in (list, tuple):
                return _build(option, data)
        return data
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_build(item, d) for d in data]
    if origin is tuple:
        return tuple(data)
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in data.items() if k in names})
    return data


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a Record from its JSON form (unknown fields are ignored)."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} record: schema is {data.get('schema')!r}")
    return _build(Record, data)


def article_info(article: Article) -> ArticleInfo:
    return ArticleInfo(
        id=article.id or article.default_id(), text=article.text, title=article.title,
        outlet=article.outlet, author=article.author, url=article.url,
        published=article.published, language=article.language,
    )


def from_doc(doc: Any, article: Article) -> Record:
    """Assemble the record of one article from a Doc the claimledger pipeline has processed.

    The Doc's text must be the article's text: offsets are copied, never recomputed.
    """
    if doc.text != article.text:
        raise ValueError("the Doc's text is not the article's text; spans would not index it")
    record = Record(
        article=article_info(article),
        entities=list(doc._.cl_entities or []),
        times=list(doc._.cl_times or []),
        quantities=list(doc._.cl_quantities or []),
        claims=list(doc._.cl_claims or []),
        events=list(doc._.cl_events or []),
    )
    record.check_spans()
    return record
