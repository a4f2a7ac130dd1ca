"""Batch runs: read inputs, extract records, store them; count what worked and what failed.

These are the library functions behind ``claimledger extract`` and ``claimledger ingest``.
They never raise on bad input: every input that gives no record is reported (one line,
through ``report``) and counted, and the run goes on with the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..article import Article
from ..errors import LedgerError, LedgerUnavailable
from ..ingest import Item, Skipped, read_paths
from ..record import Record
from ..settings import Settings, load_settings
from .ledger import Ledger

Report = Callable[[str], None]


def _ignore(message: str) -> None:
    del message


@dataclass
class Tally:
    """What a batch did. ``exit_code``: 0 all went well, 1 some inputs failed, 2 none worked."""

    extracted: int = 0
    stored: int = 0
    present: int = 0  # already in the ledger: nothing to do, which is success
    failed: int = 0
    storing: bool = False  # an ingest: success means stored, not only extracted
    messages: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return (self.stored if self.storing else self.extracted) + self.present

    @property
    def exit_code(self) -> int:
        if self.done == 0:
            return 2
        return 1 if self.failed else 0

    def fail(self, message: str, report: Report) -> None:
        self.failed += 1
        self.messages.append(message)
        report(message)


def _articles(items: Iterable[Item], tally: Tally, report: Report) -> Iterator[Article]:
    """The articles among the items; each Skipped is counted and reported on the way."""
    for item in items:
        if isinstance(item, Skipped):
            tally.fail(item.reason, report)
        else:
            yield item


def extract_items(
    items: Iterable[Item],
    *,
    settings: Settings | None = None,
    tally: Tally | None = None,
    report: Report = _ignore,
) -> Iterator[Record]:
    """Records of the articles among ``items`` (in order); failures go to ``tally``/``report``."""
    from ..extraction import extract_articles  # the NLP stack loads only when extracting

    settings = settings or load_settings()
    tally = tally if tally is not None else Tally()
    articles = _articles(items, tally, report)
    for outcome in extract_articles(articles, model=settings.model or None, settings=settings):
        if outcome.record is None:
            tally.fail(outcome.error or str(outcome.article.id), report)
            continue
        tally.extracted += 1
        yield outcome.record


def extract_paths(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
    tally: Tally | None = None,
    report: Report = _ignore,
) -> Iterator[Record]:
    """Records of every article in files, directories and ``-`` (stdin)."""
    items = read_paths(paths, published=published, stdin=stdin)
    yield from extract_items(items, settings=settings, tally=tally, report=report)


class _LazyLedger:
    """Opens the ledger when the first article needs it: bad input alone never touches it."""

    def __init__(self, url: str | None, ledger: Ledger | None = None) -> None:
        self.url, self.ledger, self.owned = url, ledger, ledger is None

    def get(self) -> Ledger:
        if self.ledger is None:
            self.ledger = Ledger(self.url)
        return self.ledger

    def close(self) -> None:
        if self.owned and self.ledger is not None:
            self.ledger.close()


def ingest_items(
    items: Iterable[Item],
    *,
    ledger: Ledger | None = None,
    settings: Settings | None = None,
    report: Report = _ignore,
) -> Tally:
    """Extract and store every article among ``items``, one transaction per article.

    Articles whose text is already stored are not extracted again. A failure in one
    article leaves the others (and everything stored before) intact; a ledger that cannot
    be reached or is locked ends the run, reported and counted as a failure.
    """
    settings = settings or load_settings()
    tally = Tally(storing=True)
    store = _LazyLedger(settings.db, ledger)

    def new_articles() -> Iterator[Item]:
        for item in items:
            if isinstance(item, Article) and store.get().has(item.content_hash):
                tally.present += 1
                continue
            yield item

    try:
        for record in extract_items(new_articles(), settings=settings, tally=tally,
                                    report=report):
            try:
                if store.get().add(record):
                    tally.stored += 1
                else:
                    tally.present += 1
            except LedgerUnavailable:
                raise
            except LedgerError as err:
                tally.fail(str(err), report)
    except LedgerUnavailable as err:
        tally.fail(str(err), report)
    finally:
        store.close()
    return tally


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    ledger: Ledger | None = None,
    published: str | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
    report: Report = _ignore,
) -> Tally:
    """Extract and store every article in files, directories and ``-`` (stdin)."""
    items = read_paths(paths, published=published, stdin=stdin)
    return ingest_items(items, ledger=ledger, settings=settings, report=report)
