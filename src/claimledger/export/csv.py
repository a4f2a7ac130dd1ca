"""CSV export: the ledger as flat tables, one table at a time, for spreadsheets and dataframes.

``write_table(ledger, "claims", out)`` streams one header line, then one row per claim of
every stored record (ledger order, then reading order), through :func:`csv.writer`
(RFC 4180 quoting, ``\\r\\n`` line ends: open files with ``newline=""``). Every row starts
with ``article_id`` and the item's own id; a list is joined with ``"; "``; a missing value
is an empty cell; ``quote`` is ``true``/``false``.

Offsets: ``start``/``end`` and every column ending in ``_char_start``/``_char_end`` are
``[start, end)`` character offsets into the article's text (the ``text`` column of the
``articles`` table): ``text[start:end]`` is the cell they belong to. Columns named
``said_start``/``said_end``, ``date_start``/``date_end`` and ``time_date_start``/
``time_date_end`` are calendar dates (inclusive), as in the contract.

The columns, in this order (stable: new columns are only ever appended):

- ``articles``: article_id, title, outlet, author, url, published, language, length
  (characters), entities, claims, quantities, times, events (counts), text.
- ``claims``: article_id, claim_id, content, start, end (the content's span), source_text,
  source_char_start, source_char_end, source_name, source_entity, cue, cue_char_start,
  cue_char_end, quote, said_text, said_value, said_start, said_end, said_time (a time id),
  via_text, via_entity, via_char_start, via_char_end, hedges, quantities, times, events
  (ids of the record's quantities, times and events).
- ``quantities``: article_id, quantity_id, text, start, end, value, low, high, relation,
  unit, measure, about_text, about_entity, about_char_start, about_char_end, change.
- ``times``: article_id, time_id, text, start, end, type, value (TimeML), date_start,
  date_end, anchor.
- ``entities``: article_id, entity_id, name, type, aliases, mention_count, text, start, end
  (the first mention), kb_iso, kb_geonames, kb_wikidata, kb_feature, kb_country,
  kb_subdivision, kb_lat, kb_lon, kb_metonyms, kb_other (any other kb keys, as JSON).
- ``mentions``: article_id, entity_id, name, type, text, start, end (one row per mention).
- ``events``: article_id, event_id, type, mode, trigger, start, end, actors, actor_names,
  targets, target_names, location_text, location_name, location_geonames, location_lat,
  location_lon, location_entity, location_char_start, location_char_end, time_text,
  time_date_start, time_date_end, time_id, claim, quantities.

Spreadsheet safety (CSV injection, OWASP): a text cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return would be run as a formula by Excel, LibreOffice or
Google Sheets; such a cell is written with a leading apostrophe (``'=SUM(A1)``), which
spreadsheets show as text. A cell that starts with an apostrophe followed by one of those
is escaped too, so that :func:`unescape_cell` restores every cell exactly. Numbers are
never escaped (``-3`` stays a number). Read a cell back with :func:`unescape_cell` before
comparing it with the article's text.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from ..record import Claim, Entity, Event, Quantity, Record, Time
from . import RecordSource, iter_records

#: A text cell starting with one of these is a formula to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "
#: kb keys the entities table gives a column each; any other key goes to ``kb_other``.
KB_COLUMNS = ("iso", "geonames", "wikidata", "feature", "country", "subdivision", "lat", "lon",
              "metonyms")
UNKNOWN_TABLE = "unknown table {table!r}: choose one of {tables}"

Row = dict[str, Any]
RowMaker = Callable[[Record], Iterator[Row]]


# --------------------------------------------------------------------------- cells


def _needs_escape(text: str) -> bool:
    if text.startswith(FORMULA_STARTS):
        return True
    return text.startswith("'") and _needs_escape(text[1:])


def escape_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it as text: a formula-like start gets an apostrophe."""
    return "'" + text if _needs_escape(text) else text


def unescape_cell(cell: str) -> str:
    """The text :func:`escape_cell` was given (it undoes exactly what it did)."""
    return cell[1:] if cell.startswith("'") and _needs_escape(cell[1:]) else cell


def format_cell(value: Any) -> str:
    """One cell: empty for None, true/false, numbers as numbers, lists joined, text escaped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return escape_cell(LIST_SEPARATOR.join(str(v) for v in value))
    return escape_cell(str(value))


# --------------------------------------------------------------------------- rows


def _span_columns(span: Any, prefix: str = "") -> Row:
    """``start``/``end`` (or ``<prefix>_char_start``/``_char_end``) of an optional span."""
    start, end = (None, None) if span is None else (span[0], span[1])
    if not prefix:
        return {"start": start, "end": end}
    return {f"{prefix}_char_start": start, f"{prefix}_char_end": end}


def article_rows(record: Record) -> Iterator[Row]:
    article = record.article
    yield {
        "article_id": article.id, "title": article.title, "outlet": article.outlet,
        "author": article.author, "url": article.url, "published": article.published,
        "language": article.language, "length": len(article.text),
        "entities": len(record.entities), "claims": len(record.claims),
        "quantities": len(record.quantities), "times": len(record.times),
        "events": len(record.events), "text": article.text,
    }


def _claim_row(claim: Claim) -> Row:
    source, cue, said, via = claim.source, claim.cue, claim.said, claim.via
    return {
        "claim_id": claim.id, "content": claim.content.text,
        **_span_columns(claim.content.span),
        "source_text": source.text if source else None,
        **_span_columns(source.span if source else None, "source"),
        "source_name": source.name if source else None,
        "source_entity": source.entity if source else None,
        "cue": cue.text if cue else None, **_span_columns(cue.span if cue else None, "cue"),
        "quote": claim.quote,
        "said_text": said.text if said else None, "said_value": said.value if said else None,
        "said_start": said.start if said else None, "said_end": said.end if said else None,
        "said_time": said.time if said else None,
        "via_text": via.text if via else None, "via_entity": via.entity if via else None,
        **_span_columns(via.span if via else None, "via"),
        "hedges": claim.hedges, "quantities": claim.quantities, "times": claim.times,
        "events": claim.events,
    }


def claim_rows(record: Record) -> Iterator[Row]:
    for claim in record.claims:
        yield {"article_id": record.article.id, **_claim_row(claim)}


def _quantity_row(quantity: Quantity) -> Row:
    about = quantity.about
    return {
        "quantity_id": quantity.id, "text": quantity.text, **_span_columns(quantity.span),
        "value": quantity.value, "low": quantity.low, "high": quantity.high,
        "relation": quantity.relation, "unit": quantity.unit, "measure": quantity.measure,
        "about_text": about.text if about else None,
        "about_entity": about.entity if about else None,
        **_span_columns(about.span if about else None, "about"),
        "change": quantity.change,
    }


def quantity_rows(record: Record) -> Iterator[Row]:
    for quantity in record.quantities:
        yield {"article_id": record.article.id, **_quantity_row(quantity)}


def _time_row(time: Time) -> Row:
    return {
        "time_id": time.id, "text": time.text, **_span_columns(time.span), "type": time.type,
        "value": time.value, "date_start": time.start, "date_end": time.end,
        "anchor": time.anchor,
    }


def time_rows(record: Record) -> Iterator[Row]:
    for time in record.times:
        yield {"article_id": record.article.id, **_time_row(time)}


def _kb_value(value: Any) -> Any:
    """A kb value for one cell: scalars as they are, lists and objects as JSON."""
    if isinstance(value, dict) or (isinstance(value, (list, tuple))
                                   and any(isinstance(v, (dict, list)) for v in value)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _kb_columns(kb: dict[str, Any]) -> Row:
    row: Row = {f"kb_{key}": _kb_value(kb.get(key)) for key in KB_COLUMNS}
    other = {k: v for k, v in kb.items() if k not in KB_COLUMNS}
    row["kb_other"] = json.dumps(other, ensure_ascii=False, sort_keys=True) if other else None
    return row


def _entity_row(entity: Entity, text: str) -> Row:
    first = entity.mentions[0] if entity.mentions else None
    return {
        "entity_id": entity.id, "name": entity.name, "type": entity.type,
        "aliases": entity.aliases, "mention_count": len(entity.mentions),
        "text": text[first[0]:first[1]] if first else None, **_span_columns(first),
        **_kb_columns(entity.kb or {}),
    }


def entity_rows(record: Record) -> Iterator[Row]:
    for entity in record.entities:
        yield {"article_id": record.article.id, **_entity_row(entity, record.article.text)}


def mention_rows(record: Record) -> Iterator[Row]:
    text = record.article.text
    for entity in record.entities:
        for start, end in entity.mentions:
            yield {"article_id": record.article.id, "entity_id": entity.id,
                   "name": entity.name, "type": entity.type, "text": text[start:end],
                   "start": start, "end": end}


def _names(ids: list[str], names: dict[str, str]) -> list[str]:
    """The entities' names for ids (an id the record does not define stays as it is)."""
    return [names.get(i, i) for i in ids]


def _event_row(event: Event, names: dict[str, str]) -> Row:
    where, when = event.location, event.time
    return {
        "event_id": event.id, "type": event.type, "mode": event.mode,
        "trigger": event.trigger.text, **_span_columns(event.trigger.span),
        "actors": event.actors, "actor_names": _names(event.actors, names),
        "targets": event.targets, "target_names": _names(event.targets, names),
        "location_text": where.text if where else None,
        "location_name": where.name if where else None,
        "location_geonames": where.geonames if where else None,
        "location_lat": where.lat if where else None,
        "location_lon": where.lon if where else None,
        "location_entity": where.entity if where else None,
        **_span_columns(where.span if where else None, "location"),
        "time_text": when.text if when else None,
        "time_date_start": when.start if when else None,
        "time_date_end": when.end if when else None,
        "time_id": when.time if when else None,
        "claim": event.claim, "quantities": event.quantities,
    }


def event_rows(record: Record) -> Iterator[Row]:
    names = {entity.id: entity.name for entity in record.entities}
    for event in record.events:
        yield {"article_id": record.article.id, **_event_row(event, names)}


# --------------------------------------------------------------------------- tables

TABLES: dict[str, tuple[tuple[str, ...], RowMaker]] = {
    "articles": (
        ("article_id", "title", "outlet", "author", "url", "published", "language", "length",
         "entities", "claims", "quantities", "times", "events", "text"),
        article_rows,
    ),
    "claims": (
        ("article_id", "claim_id", "content", "start", "end", "source_text",
         "source_char_start", "source_char_end", "source_name", "source_entity", "cue",
         "cue_char_start", "cue_char_end", "quote", "said_text", "said_value", "said_start",
         "said_end", "said_time", "via_text", "via_entity", "via_char_start", "via_char_end",
         "hedges", "quantities", "times", "events"),
        claim_rows,
    ),
    "quantities": (
        ("article_id", "quantity_id", "text", "start", "end", "value", "low", "high",
         "relation", "unit", "measure", "about_text", "about_entity", "about_char_start",
         "about_char_end", "change"),
        quantity_rows,
    ),
    "times": (
        ("article_id", "time_id", "text", "start", "end", "type", "value", "date_start",
         "date_end", "anchor"),
        time_rows,
    ),
    "entities": (
        ("article_id", "entity_id", "name", "type", "aliases", "mention_count", "text",
         "start", "end", *(f"kb_{key}" for key in KB_COLUMNS), "kb_other"),
        entity_rows,
    ),
    "mentions": (
        ("article_id", "entity_id", "name", "type", "text", "start", "end"),
        mention_rows,
    ),
    "events": (
        ("article_id", "event_id", "type", "mode", "trigger", "start", "end", "actors",
         "actor_names", "targets", "target_names", "location_text", "location_name",
         "location_geonames", "location_lat", "location_lon", "location_entity",
         "location_char_start", "location_char_end", "time_text", "time_date_start",
         "time_date_end", "time_id", "claim", "quantities"),
        event_rows,
    ),
}


def columns(table: str) -> tuple[str, ...]:
    """The header of ``table``, in the order the cells are written."""
    return _table(table)[0]


def _table(table: str) -> tuple[tuple[str, ...], RowMaker]:
    try:
        return TABLES[table]
    except (KeyError, TypeError):
        raise ValueError(UNKNOWN_TABLE.format(table=table, tables=", ".join(TABLES))) from None


def write_table(ledger: RecordSource, table: str, out: TextIO, *, header: bool = True) -> int:
    """Write one table of every record in ``ledger`` to ``out`` as CSV; return the row count.

    ``table`` is one of :data:`TABLES` (articles, claims, quantities, times, entities,
    mentions, events); an unknown name raises ValueError before anything is written.
    Records are read one at a time, so memory does not grow with the ledger.
    """
    names, make_rows = _table(table)
    writer = csv.writer(out)
    if header:
        writer.writerow(names)
    count = 0
    for record in iter_records(ledger):
        for row in make_rows(record):
            writer.writerow([format_cell(row.get(name)) for name in names])
            count += 1
    return count


__all__ = ["TABLES", "columns", "escape_cell", "format_cell", "unescape_cell", "write_table"]
