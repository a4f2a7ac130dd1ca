"""The Ledger: stores records (one transaction per article) and answers questions about them.

The ledger knows nothing of HTML or NLP: a :class:`~claimledger.record.Record` goes in, and
records (or claim dictionaries in the contract's shape) come out. SQLite is the embedded
default (WAL mode, a busy timeout, FTS5 search); PostgreSQL takes the same schema.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import (
    Engine,
    Index,
    Text,
    and_,
    cast,
    create_engine,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
)
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.elements import ColumnElement

from ..article import content_hash as text_content_hash
from ..errors import Errors, LedgerError, LedgerUnavailable, Warnings
from ..record import ArticleInfo, Record, record_from_dict
from . import schema
from .schema import articles, claims, entities, entity_mentions, events, quantities, times

#: Seconds a SQLite writer waits for another to finish before giving up ("database is locked").
DEFAULT_BUSY_TIMEOUT = 5.0

_WORD = re.compile(r"\w+", re.UNICODE)
log = logging.getLogger("claimledger.ledger")


# --------------------------------------------------------------------------- the URL


def ledger_url(url: str | Path | None = None) -> str:
    """A SQLAlchemy URL for ``url``: a URL as given, a plain file path as a SQLite file.

    ``None`` means the configured default (``CLAIMLEDGER_DB`` or the settings file).
    """
    if url is None:
        from ..settings import load_settings

        url = load_settings().db
    url = str(url)
    if "://" in url:
        return url
    if url in ("", ":memory:"):
        return "sqlite://"
    return "sqlite:///" + str(Path(url).expanduser().absolute())


def _display(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _is_locked(err: BaseException) -> bool:
    message = str(getattr(err, "orig", err)).lower()
    return "database is locked" in message or "database table is locked" in message or (
        "lock" in message and "timeout" in message
    )


# --------------------------------------------------------------------------- the engine


def _sqlite_engine(url: URL, busy_timeout: float) -> Engine:
    memory = url.database in (None, "", ":memory:")
    connect_args: dict[str, Any] = {"check_same_thread": False}
    if "timeout" not in url.query:
        connect_args["timeout"] = busy_timeout
    engine = create_engine(
        url,
        connect_args=connect_args,
        poolclass=StaticPool if memory else None,
        json_serializer=_dumps,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # take transactions into our own hands (pysqlite's implicit BEGIN is unreliable),
        # so that a writer can BEGIN IMMEDIATE and hold the write lock from its first read
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            if not memory:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("claimledger_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def make_engine(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Engine:
    """The engine for a ledger URL, with the dialect's settings (SQLite: WAL, busy timeout)."""
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(parsed, busy_timeout)
        return create_engine(parsed, json_serializer=_dumps, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as err:
        raise LedgerUnavailable(Errors.E008.format(url=_display(url), reason=err)) from None


# --------------------------------------------------------------------------- record <-> rows


def _span(value: Any) -> tuple[int | None, int | None]:
    if value is None:
        return None, None
    start, end = value
    return int(start), int(end)


def _span_value(start: int | None, end: int | None) -> list[int] | None:
    return None if start is None else [start, end]


def _number(value: Any) -> Any:
    """Floats that are whole come back as ints (the store keeps figures as floats)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _leftover(item: dict[str, Any], **parts: dict[str, Any] | None) -> dict[str, Any] | None:
    """What a converter did not consume: fields a producer added beyond the columns."""
    rest = dict(item)
    for name, part in parts.items():
        if part:
            rest[name] = part
    return rest or None


def _merge(base: dict[str, Any], extra: dict[str, Any] | None) -> dict[str, Any]:
    for key, value in (extra or {}).items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


def _entity_row(item: dict[str, Any]) -> tuple[dict[str, Any], list[list[int]]]:
    item = copy.deepcopy(item)
    mentions = item.pop("mentions", []) or []
    row = {
        "id": item.pop("id"), "name": item.pop("name"), "type": item.pop("type"),
        "aliases": item.pop("aliases", []) or [], "kb": item.pop("kb", {}) or {},
    }
    row["extra"] = _leftover(item)
    return row, mentions


def _entity_dict(row: Any, mentions: list[list[int]]) -> dict[str, Any]:
    item = {
        "id": row.id, "name": row.name, "type": row.type, "aliases": list(row.aliases),
        "mentions": mentions, "kb": dict(row.kb),
    }
    return _merge(item, row.extra)


def _take_span(part: dict[str, Any], prefix: str) -> dict[str, Any]:
    start, end = _span(part.pop("span", None))
    name = f"{prefix}_" if prefix else ""
    return {f"{name}char_start": start, f"{name}char_end": end}


def _claim_row(item: dict[str, Any]) -> dict[str, Any]:
    item = copy.deepcopy(item)
    row: dict[str, Any] = {"id": item.pop("id")}
    source = item.pop("source", None)
    if source is not None:
        row.update(source_text=source.pop("text"), source_entity=source.pop("entity", None),
                   source_name=source.pop("name", None), **_take_span(source, "source"))
    cue = item.pop("cue", None)
    if cue is not None:
        row.update(cue_text=cue.pop("text"), **_take_span(cue, "cue"))
    content = item.pop("content")
    row.update(content_text=content.pop("text"), **_take_span(content, "content"))
    row["quote"] = bool(item.pop("quote", False))
    said = item.pop("said", None)
    if said is not None:
        row.update(said_text=said.pop("text"), said_value=said.pop("value", None),
                   said_start=said.pop("start", None), said_end=said.pop("end", None),
                   said_time=said.pop("time", None))
    via = item.pop("via", None)
    if via is not None:
        row.update(via_text=via.pop("text"), via_entity=via.pop("entity", None),
                   **_take_span(via, "via"))
    for name in ("hedges", "quantities", "times", "events"):
        row[name] = list(item.pop(name, []) or [])
    row["extra"] = _leftover(item, source=source, cue=cue, content=content, said=said, via=via)
    return row


def claim_dict(row: Any) -> dict[str, Any]:
    source = None if row.source_text is None else {
        "text": row.source_text, "span": _span_value(row.source_char_start, row.source_char_end),
        "entity": row.source_entity, "name": row.source_name,
    }
    cue = None if row.cue_text is None else {
        "text": row.cue_text, "span": _span_value(row.cue_char_start, row.cue_char_end),
    }
    said = None if row.said_text is None else {
        "text": row.said_text, "value": row.said_value, "start": row.said_start,
        "end": row.said_end, "time": row.said_time,
    }
    via = None if row.via_text is None else {
        "text": row.via_text, "entity": row.via_entity,
        "span": _span_value(row.via_char_start, row.via_char_end),
    }
    item = {
        "id": row.id, "source": source, "cue": cue,
        "content": {"text": row.content_text,
                    "span": _span_value(row.content_char_start, row.content_char_end)},
        "quote": bool(row.quote), "said": said, "via": via, "hedges": list(row.hedges),
        "quantities": list(row.quantities), "times": list(row.times), "events": list(row.events),
    }
    return _merge(item, row.extra)


def _quantity_row(item: dict[str, Any]) -> dict[str, Any]:
    item = copy.deepcopy(item)
    row: dict[str, Any] = {"id": item.pop("id"), "text": item.pop("text"),
                           **_take_span(item, "")}
    for name in ("value", "low", "high"):
        row[name] = item.pop(name, None)
    row["relation"] = item.pop("relation", "eq")
    for name in ("unit", "measure", "change"):
        row[name] = item.pop(name, None)
    about = item.pop("about", None)
    if about is not None:
        row.update(about_text=about.pop("text"), about_entity=about.pop("entity", None),
                   **_take_span(about, "about"))
    row["extra"] = _leftover(item, about=about)
    return row


def quantity_dict(row: Any) -> dict[str, Any]:
    about = None if row.about_text is None else {
        "text": row.about_text, "entity": row.about_entity,
        "span": _span_value(row.about_char_start, row.about_char_end),
    }
    item = {
        "id": row.id, "text": row.text, "span": _span_value(row.char_start, row.char_end),
        "value": _number(row.value), "low": _number(row.low), "high": _number(row.high),
        "relation": row.relation, "unit": row.unit, "measure": row.measure, "about": about,
        "change": row.change,
    }
    return _merge(item, row.extra)


def _time_row(item: dict[str, Any]) -> dict[str, Any]:
    item = copy.deepcopy(item)
    start, end = _span(item.pop("span"))
    row = {
        "id": item.pop("id"), "text": item.pop("text"), "char_start": start, "char_end": end,
        "type": item.pop("type"), "value": item.pop("value", None),
        "date_start": item.pop("start", None), "date_end": item.pop("end", None),
        "anchor": item.pop("anchor", None),
    }
    row["extra"] = _leftover(item)
    return row


def time_dict(row: Any) -> dict[str, Any]:
    item = {
        "id": row.id, "text": row.text, "span": _span_value(row.char_start, row.char_end),
        "type": row.type, "value": row.value, "start": row.date_start, "end": row.date_end,
        "anchor": row.anchor,
    }
    return _merge(item, row.extra)


def _event_row(item: dict[str, Any]) -> dict[str, Any]:
    item = copy.deepcopy(item)
    trigger = item.pop("trigger")
    row: dict[str, Any] = {
        "id": item.pop("id"), "type": item.pop("type"), "mode": item.pop("mode", None),
        "trigger_text": trigger.pop("text"), **_take_span(trigger, "trigger"),
        "actors": list(item.pop("actors", []) or []),
        "targets": list(item.pop("targets", []) or []),
    }
    location = item.pop("location", None)
    if location is not None:
        row.update(
            location_text=location.pop("text"), location_name=location.pop("name", None),
            location_geonames=location.pop("geonames", None),
            location_lat=location.pop("lat", None), location_lon=location.pop("lon", None),
            location_entity=location.pop("entity", None), **_take_span(location, "location"),
        )
    when = item.pop("time", None)
    if when is not None:
        row.update(time_text=when.pop("text"), time_start=when.pop("start", None),
                   time_end=when.pop("end", None), time_id=when.pop("time", None))
    row["claim"] = item.pop("claim", None)
    row["quantities"] = list(item.pop("quantities", []) or [])
    row["extra"] = _leftover(item, trigger=trigger, location=location, time=when)
    return row


def event_dict(row: Any) -> dict[str, Any]:
    location = None if row.location_text is None else {
        "text": row.location_text, "name": row.location_name,
        "geonames": row.location_geonames, "lat": row.location_lat, "lon": row.location_lon,
        "span": _span_value(row.location_char_start, row.location_char_end),
        "entity": row.location_entity,
    }
    when = None if row.time_text is None else {
        "text": row.time_text, "start": row.time_start, "end": row.time_end, "time": row.time_id,
    }
    item = {
        "id": row.id, "type": row.type,
        "trigger": {"text": row.trigger_text,
                    "span": _span_value(row.trigger_char_start, row.trigger_char_end)},
        "mode": row.mode, "actors": list(row.actors), "targets": list(row.targets),
        "location": location, "time": when, "claim": row.claim,
        "quantities": list(row.quantities),
    }
    return _merge(item, row.extra)


#: The article columns a record's ``article`` is read back from: the contract's fields.
_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(ArticleInfo))


def _article_dict(row: Any) -> dict[str, Any]:
    item = {name: getattr(row, name) for name in _ARTICLE_FIELDS}
    return _merge(item, row.extra)


def like(column: Any, needle: str) -> ColumnElement[bool]:
    """Case-insensitive substring match, with LIKE's wildcards in ``needle`` taken literally."""
    escaped = needle.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def fts_match(words: list[str]) -> str:
    """An FTS5 MATCH text: each word a quoted string, so typed operators are only text."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


#: The tables :func:`count_rows` counts, by the name the counts are reported under.
COUNTED = {"articles": articles, "claims": claims, "entities": entities,
           "quantities": quantities, "times": times, "events": events}


def count_rows(conn: Connection) -> dict[str, int]:
    """How many articles, claims, entities, quantities, times and events are stored."""
    return {name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for name, table in COUNTED.items()}


def article_summary_columns() -> list[Any]:
    """The columns :func:`with_article` reads: the article's title, outlet and date."""
    return [articles.c.title.label("article_title"), articles.c.outlet.label("article_outlet"),
            articles.c.published.label("article_published")]


def with_article(item: dict[str, Any], row: Any) -> dict[str, Any]:
    """``item`` with ``"article"``: the id, title, outlet and date of the row's article."""
    item["article"] = {"id": row.article_id, "title": row.article_title,
                       "outlet": row.article_outlet, "published": row.article_published}
    return item


def _missing_indexes(conn: Connection) -> list[Index]:
    """The schema's indexes an existing ledger lacks (it was made before they were added)."""
    inspector = inspect(conn)
    missing = []
    for table in schema.metadata.sorted_tables:
        present = {index["name"] for index in inspector.get_indexes(table.name)}
        missing += [index for index in table.indexes if index.name not in present]
    return missing


# --------------------------------------------------------------------------- the ledger


class Ledger:
    """A store of extraction records: SQLite by default, PostgreSQL for teams.

    ``Ledger()`` opens the configured default (``CLAIMLEDGER_DB`` or ``sqlite:///claimledger.db``);
    ``Ledger("path/to/file.db")`` or ``Ledger("postgresql+psycopg://…")`` opens another.
    Opening creates the tables where they are missing (``create=False``: refuses a ledger
    that does not exist yet, for readers); it raises
    :class:`~claimledger.errors.LedgerUnavailable` (one line) when the database cannot be
    opened or is locked. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        url: str | Path | None = None,
        *,
        create: bool = True,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    ) -> None:
        self.url = ledger_url(url)
        if not create:
            self._must_exist()
        self.engine: Engine = make_engine(self.url, busy_timeout=busy_timeout)
        self.search_kind: str | None = None
        try:
            self._guarded(self._create, create)
        except BaseException:
            self.engine.dispose()
            raise

    # ----------------------------------------------------------------- lifecycle

    def _must_exist(self) -> None:
        """Refuse a SQLite file that is not there (opening it would create an empty one)."""
        try:
            parsed = make_url(self.url)
        except ArgumentError:
            return  # make_engine reports it
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            if not Path(parsed.database).is_file():
                raise LedgerUnavailable(Errors.E022.format(url=_display(self.url)))

    def _create(self, create: bool = True) -> None:
        """Create missing tables; a ledger that has them is only read (no write lock taken)."""
        with self.engine.connect() as conn:
            present = set(inspect(conn).get_table_names())
            if present >= set(schema.metadata.tables):
                self.search_kind = schema.search_kind(conn, present)
                missing = _missing_indexes(conn)
            else:
                missing = None
        if missing is not None:
            if missing:
                self._add_indexes(missing)
            return
        if not create and articles.name not in present:
            raise LedgerUnavailable(Errors.E022.format(url=_display(self.url)))
        # a new ledger, or one made before a table was added: tables are only ever added
        with self._write() as conn:
            schema.metadata.create_all(conn)
            self.search_kind = schema.create_search_index(conn)
            known = conn.execute(select(schema.ledger_info.c.key)).scalars().all()
            if "schema_version" not in known:
                conn.execute(insert(schema.ledger_info).values(
                    key="schema_version", value=str(schema.SCHEMA_VERSION)))

    def _add_indexes(self, missing: list[Index]) -> None:
        """Create indexes added to the schema after this ledger was made (once; a ledger
        that cannot be written is still read, only slower)."""
        try:
            with self._write() as conn:
                for index in missing:
                    index.create(conn, checkfirst=True)
                schema.refresh_statistics(conn)
        except DBAPIError as err:
            log.warning(Warnings.W060.format(url=_display(self.url),
                                             reason=str(err).splitlines()[0]))

    def close(self) -> None:
        """Release every connection (the SQLite file can then be moved or deleted)."""
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger({_display(self.url)!r})"

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A transaction that takes the write lock at once (SQLite: BEGIN IMMEDIATE)."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(claimledger_write=True)
            with conn.begin():
                yield conn

    def _guarded(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a database action; turn driver errors into one-line LedgerErrors."""
        try:
            return action(*args, **kwargs)
        except DBAPIError as err:
            raise self._unavailable(err) from None

    def _unavailable(self, err: BaseException) -> LedgerUnavailable:
        if _is_locked(err):
            return LedgerUnavailable(Errors.E009.format(url=_display(self.url)))
        reason = str(getattr(err, "orig", err)).strip().splitlines()[0]
        return LedgerUnavailable(Errors.E008.format(url=_display(self.url), reason=reason))

    # ----------------------------------------------------------------- writing

    def add(
        self, record: Record, *, content_hash: str | None = None, copy_of: str | None = None
    ) -> bool:
        """Store one record in one transaction; False when its text is already stored.

        The content hash (of the normalised text, unless given) is the article's identity.
        A different text that arrives under an id already in use is stored under
        ``<id>~2`` (``~3`` …): nothing is ever overwritten. ``copy_of`` names the stored
        article this one duplicates (a wire copy). Raises LedgerError when the record
        cannot be stored; the ledger is then unchanged.
        """
        article_id = record.article.id
        try:
            record.check_spans()
        except ValueError as err:
            raise LedgerError(Errors.E013.format(article=article_id, reason=err)) from None
        data = record.to_dict()
        digest = content_hash or text_content_hash(record.article.text)
        for attempt in (1, 2):
            try:
                with self._write() as conn:
                    if self._stored_id(conn, digest) is not None:
                        return False
                    self._insert(conn, data, digest, copy_of)
                return True
            except IntegrityError as err:
                if self.has(digest):  # another writer stored the same text first
                    return False
                if attempt == 2:  # the first try may have lost a race for a free id
                    message = Errors.E013.format(article=article_id, reason=_reason(err))
                    raise LedgerError(message) from None
            except DBAPIError as err:
                if _is_locked(err) or getattr(err, "connection_invalidated", False):
                    raise self._unavailable(err) from None
                reason = _reason(err)
                raise LedgerError(Errors.E013.format(article=article_id, reason=reason)) from None
        return False  # unreachable: the loop returns or raises

    def _insert(
        self, conn: Connection, data: dict[str, Any], digest: str, copy_of: str | None
    ) -> str:
        article = dict(data["article"])
        given_id = str(article.pop("id"))
        article_id = self._free_id(conn, given_id)
        seq = conn.execute(select(func.coalesce(func.max(articles.c.seq), 0))).scalar_one() + 1
        row = {name: article.pop(name, None) for name in _ARTICLE_FIELDS if name != "id"}
        row["language"] = row["language"] or "en"
        conn.execute(insert(articles).values(
            id=article_id, seq=seq, given_id=given_id, content_hash=digest,
            ingested_at=datetime.now(UTC), copy_of=copy_of, extra=article or None, **row,
        ))
        self._insert_facts(conn, article_id, data)
        if self.search_kind == "fts5":
            self._index_fts(conn, article_id, row, data["claims"])
        if schema.statistics_due(seq):
            schema.refresh_statistics(conn)
        return article_id

    def _insert_facts(self, conn: Connection, article_id: str, data: dict[str, Any]) -> None:
        entity_rows, mention_rows = [], []
        for seq, item in enumerate(data["entities"]):
            row, mentions = _entity_row(item)
            entity_rows.append({**row, "article_id": article_id, "seq": seq})
            mention_rows += [
                {"article_id": article_id, "entity_id": row["id"], "seq": n,
                 "char_start": start, "char_end": end}
                for n, (start, end) in enumerate(mentions)
            ]
        self._insert_rows(conn, entities, entity_rows)
        self._insert_rows(conn, entity_mentions, mention_rows)
        for table, key, convert in (
            (claims, "claims", _claim_row), (quantities, "quantities", _quantity_row),
            (times, "times", _time_row), (events, "events", _event_row),
        ):
            rows = [{**convert(item), "article_id": article_id, "seq": seq}
                    for seq, item in enumerate(data[key])]
            self._insert_rows(conn, table, rows)

    @staticmethod
    def _insert_rows(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        # every row names every column, so one executemany fits them all
        columns = [c.name for c in table.columns]
        conn.execute(insert(table), [{c: row.get(c) for c in columns} for row in rows])

    @staticmethod
    def _index_fts(
        conn: Connection, article_id: str, article: dict[str, Any], claim_items: list[Any]
    ) -> None:
        conn.execute(
            text("INSERT INTO articles_fts (article_id, title, text) VALUES (:a, :t, :x)"),
            {"a": article_id, "t": article.get("title") or "", "x": article["text"]},
        )
        rows = [{"a": article_id, "c": c["id"], "s": (c.get("source") or {}).get("text") or "",
                 "x": c["content"]["text"]} for c in claim_items]
        if rows:
            conn.execute(text(
                "INSERT INTO claims_fts (article_id, claim_id, source, content) "
                "VALUES (:a, :c, :s, :x)"), rows)

    def mark_copy(self, article_id: str, copy_of: str | None) -> bool:
        """Record that a stored article is a copy of another (None: is no copy); False when
        ``article_id`` is not stored."""
        def update(conn: Connection) -> bool:
            query = articles.update().where(articles.c.id == article_id).values(copy_of=copy_of)
            return conn.execute(query).rowcount > 0

        def run() -> bool:
            with self._write() as conn:
                return update(conn)
        return self._guarded(run)

    @staticmethod
    def _free_id(conn: Connection, given_id: str) -> str:
        """``given_id`` if no stored article has it, else the first free ``given_id~N``."""
        candidate, n = given_id, 1
        while conn.execute(select(articles.c.id).where(articles.c.id == candidate)).first():
            n += 1
            candidate = f"{given_id}~{n}"
        return candidate

    # ----------------------------------------------------------------- reading

    @staticmethod
    def _stored_id(conn: Connection, digest: str) -> str | None:
        query = select(articles.c.id).where(articles.c.content_hash == digest)
        return conn.execute(query).scalar()  # type: ignore[no-any-return]

    def has(self, content_hash: str) -> bool:
        """Whether an article with this content hash is stored."""
        return self.article_id(content_hash) is not None

    def article_id(self, content_hash: str) -> str | None:
        """The stored id of the article with this content hash, if any."""
        return self._read(lambda conn: self._stored_id(conn, content_hash))

    def _read(self, action: Any) -> Any:
        def run() -> Any:
            with self.engine.connect() as conn:
                return action(conn)
        return self._guarded(run)

    def stats(self) -> dict[str, int]:
        """How many articles, claims, entities, quantities, times and events are stored."""
        return self._read(count_rows)

    def articles(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored articles in ingest order, without their text: id, title, outlet, author,
        url, published, language, content_hash, copy_of, ingested_at and claim count."""
        claim_count = (select(func.count()).where(claims.c.article_id == articles.c.id)
                       .correlate(articles).scalar_subquery())
        query = (
            select(articles.c.id, articles.c.title, articles.c.outlet, articles.c.author,
                   articles.c.url, articles.c.published, articles.c.language,
                   articles.c.content_hash, articles.c.copy_of, articles.c.ingested_at,
                   claim_count.label("claims"))
            .order_by(articles.c.seq).offset(offset).limit(limit)
        )
        return self._read(lambda conn: [dict(row._mapping) for row in conn.execute(query)])

    def entities(
        self, *, name: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Entities across articles, grouped by (name, type), most widely reported first:
        ``{"name", "type", "articles": N, "mentions": N}``. ``name`` matches names and
        aliases (case-insensitive substring). Cross-article resolution (merging "DPRK" and
        "North Korea") is the analysis layer's job; this groups exact names only."""
        mention_count = (select(func.count()).where(
            entity_mentions.c.article_id == entities.c.article_id,
            entity_mentions.c.entity_id == entities.c.id,
        ).correlate(entities).scalar_subquery())
        per_entity = select(entities.c.name, entities.c.type, entities.c.article_id,
                            mention_count.label("mentions"))
        if name:
            per_entity = per_entity.where(or_(like(entities.c.name, name),
                                              like(cast(entities.c.aliases, Text), name)))
        rows = per_entity.subquery()
        articles_count = func.count(func.distinct(rows.c.article_id))
        query = (
            select(rows.c.name, rows.c.type, articles_count.label("articles"),
                   func.sum(rows.c.mentions).label("mentions"))
            .group_by(rows.c.name, rows.c.type)
            .order_by(articles_count.desc(), func.sum(rows.c.mentions).desc(), rows.c.name)
            .offset(offset).limit(limit)
        )
        return self._read(lambda conn: [
            {**row._mapping, "mentions": int(row.mentions or 0)} for row in conn.execute(query)])

    def record(self, article_id: str) -> Record | None:
        """The stored record of one article, exactly as it was added (None if unknown)."""
        return self._read(lambda conn: self._record(conn, article_id))

    def records(self) -> Iterator[Record]:
        """Every stored record, in ingest order."""
        ids = self._read(lambda conn: conn.execute(
            select(articles.c.id).order_by(articles.c.seq)).scalars().all())
        for article_id in ids:
            record = self.record(article_id)
            if record is not None:
                yield record

    def _record(self, conn: Connection, article_id: str) -> Record | None:
        row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
        if row is None:
            return None

        def rows(table: Any) -> list[Any]:
            query = select(table).where(table.c.article_id == article_id).order_by(table.c.seq)
            return list(conn.execute(query))

        mentions: dict[str, list[list[int]]] = {}
        for m in rows(entity_mentions):
            mentions.setdefault(m.entity_id, []).append([m.char_start, m.char_end])
        data = {
            "schema": "claimledger/1",
            "article": _article_dict(row),
            "entities": [_entity_dict(e, mentions.get(e.id, [])) for e in rows(entities)],
            "claims": [claim_dict(c) for c in rows(claims)],
            "quantities": [quantity_dict(q) for q in rows(quantities)],
            "times": [time_dict(t) for t in rows(times)],
            "events": [event_dict(v) for v in rows(events)],
        }
        return record_from_dict(data)

    # ----------------------------------------------------------------- claims

    def claims(
        self, *, source: str | None = None, about: str | None = None, q: str | None = None,
        limit: int | None = None, offset: int = 0, article: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored claims in the contract's shape, each with ``"article"``: its id, title,
        outlet and published date; newest articles first, claims in reading order.

        The filters are the web's (one query layer, :mod:`.queries`): ``source`` is an
        entity that any article names so (name or alias, case-insensitive substring: "NIS"
        finds the claims of the "National Intelligence Service" where some article defined
        the acronym), or a substring of the source's own name or text; ``about`` is an
        entity mentioned inside the content, or what a quantity inside it counts; ``q``
        searches the content (every word); ``article`` keeps one article's claims.
        """
        from . import queries

        if q is not None and not queries.search_words(q):
            return []  # a search of punctuation alone finds nothing (it is not "no search")

        def run(conn: Connection) -> list[dict[str, Any]]:
            directory = queries.entity_directory(conn) if source or about else {}
            total = count_rows(conn)["articles"] if source or about else 0
            items, _ = queries.list_claims(
                conn, search_kind=self.search_kind, q=q,
                source=queries.entity_match(directory, source, articles_total=total),
                about=queries.entity_match(directory, about, articles_total=total),
                article=article, page=queries.Page(limit=limit, offset=offset))
            return items
        return self._read(run)

    def search(self, query: str, *, limit: int = 50) -> dict[str, list[dict[str, Any]]]:
        """Full-text search over article text and claim content.

        Returns ``{"articles": [{id, title, outlet, published}], "claims": [claim dicts]}``.
        Uses FTS5 on SQLite and tsvector on PostgreSQL; every word must occur (case-
        insensitive); elsewhere falls back to substring matching.
        """
        words = _WORD.findall(query)
        if not words:
            return {"articles": [], "claims": []}
        return self._read(lambda conn: self._search(conn, words, query, limit))

    def _search(
        self, conn: Connection, words: list[str], query: str, limit: int
    ) -> dict[str, list[dict[str, Any]]]:
        kind = self.search_kind
        if kind == "fts5":
            match = fts_match(words)
            article_ids = conn.execute(text(
                "SELECT article_id FROM articles_fts WHERE articles_fts MATCH :q "
                "ORDER BY rank LIMIT :n"), {"q": match, "n": limit}).scalars().all()
            claim_keys = conn.execute(text(
                "SELECT article_id, claim_id FROM claims_fts WHERE claims_fts MATCH :q "
                "ORDER BY rank LIMIT :n"), {"q": match, "n": limit}).all()
            article_match = articles.c.id.in_(article_ids)
            claim_match = or_(False, *[
                and_(claims.c.article_id == a, claims.c.id == c) for a, c in claim_keys])
        elif kind == "tsvector":
            tsquery = func.plainto_tsquery("english", " ".join(words))
            article_match = func.to_tsvector("english", articles.c.text).op("@@")(tsquery)
            claim_match = func.to_tsvector("english", claims.c.content_text).op("@@")(tsquery)
        else:
            article_match = and_(*[like(articles.c.text, w) for w in words])
            claim_match = and_(*[like(claims.c.content_text, w) for w in words])
        found_articles = conn.execute(
            select(articles.c.id, articles.c.title, articles.c.outlet, articles.c.published)
            .where(article_match).order_by(articles.c.seq).limit(limit)
        )
        found_claims = conn.execute(
            select(claims, *article_summary_columns())
            .join(articles, articles.c.id == claims.c.article_id)
            .where(claim_match).order_by(articles.c.seq, claims.c.seq).limit(limit)
        )
        return {
            "articles": [dict(row._mapping) for row in found_articles],
            "claims": [_claim_with_article(row) for row in found_claims],
        }


def _reason(err: BaseException) -> str:
    return str(getattr(err, "orig", err)).strip().splitlines()[0]


def _claim_with_article(row: Any) -> dict[str, Any]:
    return with_article(claim_dict(row), row)
