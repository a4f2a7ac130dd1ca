"""Exports: the ledger's records written out for other tools, one format a module.

- :mod:`.jsonl` — ``write_records(ledger, out)``: one contract record a line (CONTRACT.md);
- :mod:`.csv` — ``write_table(ledger, table, out)``: one flat table (articles, claims,
  quantities, times, entities, mentions, events) for spreadsheets and dataframes;
- :mod:`.ftm` — ``write_entities(ledger, out)``: FollowTheMoney entities (JSON lines) for
  Aleph, OpenSanctions' tools and other FtM consumers.

Every writer takes a :class:`~claimledger.ledger.Ledger` (anything with ``records()``) or
any iterable of :class:`~claimledger.record.Record`, streams to a text stream ``out`` and
returns how many lines (rows, records or entities) it wrote. Exports know nothing of NLP:
they read records, the one shape that leaves extraction. :func:`write` picks a writer by
the format's name, for the command line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol, TextIO

from ..record import Record


class HasRecords(Protocol):
    """What an exporter needs of a ledger: its records, one at a time."""

    def records(self) -> Iterator[Record]: ...


RecordSource = HasRecords | Iterable[Record]


def iter_records(source: RecordSource | Any) -> Iterator[Record]:
    """The records of a ledger (its ``records()``) or of an iterable of records, lazily."""
    records = source.records() if hasattr(source, "records") else source
    yield from records


#: The export formats, as ``claimledger export --format`` names them.
FORMATS = ("jsonl", "csv", "ftm")
DEFAULT_TABLE = "claims"
UNKNOWN_FORMAT = "unknown export format {format!r}: choose one of {formats}"
TABLE_NOT_CSV = "a table ({table!r}) is only chosen for the csv format, not {format!r}"


def write(ledger: RecordSource, format: str, out: TextIO, *, table: str | None = None) -> int:
    """Write ``ledger`` to ``out`` in one of :data:`FORMATS`; return the lines written.

    ``table`` picks the CSV table (default ``claims``); the other formats take none. The
    one function behind ``claimledger export --format jsonl|csv|ftm [--table NAME]``.
    """
    if format == "csv":
        from .csv import write_table

        return write_table(ledger, table or DEFAULT_TABLE, out)
    if format not in FORMATS:
        raise ValueError(UNKNOWN_FORMAT.format(format=format, formats=", ".join(FORMATS)))
    if table is not None:
        raise ValueError(TABLE_NOT_CSV.format(table=table, format=format))
    if format == "ftm":
        from .ftm import write_entities

        return write_entities(ledger, out)
    from .jsonl import write_records

    return write_records(ledger, out)


__all__ = ["FORMATS", "HasRecords", "RecordSource", "iter_records", "write"]
