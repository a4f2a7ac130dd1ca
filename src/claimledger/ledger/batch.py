"""Batch runs: read inputs, extract records, store them; count what worked and what failed.

These are the library functions behind ``claimledger extract`` and ``claimledger ingest``.
They never raise on bad input: every input that gives no record is reported (one line,
through ``report``) and counted, and the run goes on with the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy.exc import DBAPIError

from ..article import Article
from ..article import content_hash as text_content_hash
from ..errors import LedgerError, LedgerUnavailable
from ..ingest import Item, Skipped, read_paths
from ..record import Record
from ..settings import Settings, load_settings
from .ledger import Ledger

if TYPE_CHECKING:
    from ..extraction import Outcome

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
    copies: int = 0  # stored, and linked (copy_of) to an earlier near-duplicate
    skipped: int = 0  # passed over on purpose (another language, boilerplate): not failures
    skips: list[str] = field(default_factory=list)
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

    def summary(self) -> str:
        """The run in one line: what was extracted (or stored, how many of those are wire
        copies, already there, skipped) and how many failed."""
        if not self.storing:
            return f"extracted {self.extracted} article(s); {self.failed} failed"
        parts = [f"stored {self.stored} article(s)"
                 + (f" ({self.copies} near-duplicate(s) of earlier ones)" if self.copies else ""),
                 f"{self.present} already in the ledger"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        parts.append(f"{self.failed} failed")
        return "; ".join(parts)

    def fail(self, message: str, report: Report) -> None:
        self.failed += 1
        self.messages.append(message)
        report(message)

    def skip(self, message: str, report: Report) -> None:
        self.skipped += 1
        self.skips.append(message)
        report(message)


def articles_among(items: Iterable[Item], tally: Tally, report: Report) -> Iterator[Article]:
    """The articles among the items; each Skipped is counted and reported on the way."""
    for item in items:
        if isinstance(item, Skipped) and item.skip:
            tally.skip(item.reason, report)
        elif isinstance(item, Skipped):
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
    articles = articles_among(items, tally, report)
    for outcome in extract_articles(articles, settings=settings):
        record = _extracted(outcome, tally, report)
        if record is not None:
            yield record


def _extracted(outcome: Outcome, tally: Tally, report: Report) -> Record | None:
    """The outcome's record, counted as extracted; or None, its failure counted and reported."""
    if outcome.record is None:
        tally.fail(outcome.error or str(outcome.article.id), report)
        return None
    tally.extracted += 1
    return outcome.record


def extract_paths(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
    tally: Tally | None = None,
    report: Report = _ignore,
    glob: str | None = None,
    any_language: bool = False,
) -> Iterator[Record]:
    """Records of every article in files, directories and ``-`` (stdin)."""
    items = read_paths(paths, published=published, stdin=stdin, glob=glob,
                       any_language=any_language)
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
    tally: Tally | None = None,
) -> Tally:
    """Extract and store every article among ``items``, one transaction per article.

    Articles whose text is already stored are not extracted again; a near-duplicate of a
    stored article (a wire copy) is stored linked to it (``copy_of``). A failure in one
    article leaves the others (and everything stored before) intact; a ledger that cannot
    be reached or is locked ends the run, reported and counted as a failure.
    (:func:`claimledger.scale.ingest_items_on_dask` does the same on a Dask cluster.)
    """
    from ..extraction import extract_articles  # the NLP stack loads only when extracting

    settings = settings or load_settings()
    tally = ingest_tally(tally)
    with storing(ledger, settings, tally, report) as storer:
        articles = articles_among(items, tally, report)
        new = (article for article in articles if not storer.present(article))
        for outcome in extract_articles(new, settings=settings):
            storer.take(outcome)
    return tally


def ingest_tally(tally: Tally | None = None) -> Tally:
    """The tally of an ingest (``tally``, or a new one): success means stored."""
    tally = tally if tally is not None else Tally(storing=True)
    tally.storing = True
    return tally


class Storer:
    """The store step of an ingest, one for every runner (sequential here, Dask in
    :mod:`claimledger.scale`), so that they count and store alike.

    :meth:`present` drops an article whose text is stored already (before it is extracted);
    :meth:`take` stores an extraction outcome in its own transaction, linked to the article
    it is a near-duplicate of, and counts it (stored, copy, already present, failed). The
    ledger opens when the first article needs it: bad input alone never touches it.
    :meth:`take` raises :class:`LedgerUnavailable` when the ledger cannot be reached
    (:func:`storing` ends the run on it); any other failure is counted and the run goes on.
    """

    def __init__(
        self, ledger: Ledger | None, settings: Settings, tally: Tally, report: Report
    ) -> None:
        self.tally, self.report = tally, report
        self.ledger = _LazyLedger(settings.db, ledger)
        self.copies = _Copies(self.ledger)

    def present(self, article: Article) -> bool:
        """Whether the article's text is stored already (counted: nothing to do, a success)."""
        if self.ledger.get().has(article.content_hash):
            self.tally.present += 1
            return True
        return False

    def take(self, outcome: Outcome) -> bool:
        """Store the outcome's record and count what became of it; True when it is stored
        now (or was already: an exact duplicate that got past :meth:`present`)."""
        record = _extracted(outcome, self.tally, self.report)
        if record is None:
            return False
        try:
            if self.copies.store(record):
                self.tally.stored += 1
                self.tally.copies += self.copies.last_was_copy
            else:
                self.tally.present += 1
            return True
        except LedgerUnavailable:
            raise
        except LedgerError as err:
            self.tally.fail(str(err), self.report)
            return False

    def close(self) -> None:
        self.ledger.close()


@contextmanager
def storing(
    ledger: Ledger | None, settings: Settings, tally: Tally, report: Report
) -> Iterator[Storer]:
    """A :class:`Storer` for one run; a ledger that cannot be reached (or is locked) ends
    the run, reported and counted as a failure, and the ledger is closed in every case."""
    storer = Storer(ledger, settings, tally, report)
    try:
        yield storer
    except LedgerUnavailable as err:
        tally.fail(str(err), report)
    finally:
        storer.close()


class _Copies:
    """Stores records with their near-duplicate link, keeping the index up to date."""

    def __init__(self, store: _LazyLedger) -> None:
        self.store_ = store
        self.index: Any = None
        self.last_was_copy = False

    def _index(self) -> Any:
        if self.index is None:
            from ..ingest.dedup import NearDuplicates

            self.index = NearDuplicates(self.store_.get())
            self.index.sync()  # articles stored by a run killed before indexing them
        return self.index

    def store(self, record: Record) -> bool:
        """Store one record with its near-duplicate link. The index reads and writes the
        ledger's own tables: a ledger that is locked or gone while it does is unreachable
        (:class:`LedgerUnavailable`), as it is for :meth:`Ledger.add`."""
        ledger = self.store_.get()
        try:
            return self._store(ledger, record)
        except DBAPIError as err:
            raise ledger._unavailable(err) from None

    def _store(self, ledger: Ledger, record: Record) -> bool:
        from ..ingest.dedup import signature

        index = self._index()
        text = record.article.text
        digest = text_content_hash(text)
        sig = signature(text)
        match = index.find(text, sig)
        self.last_was_copy = match is not None
        if not ledger.add(record, content_hash=digest,
                          copy_of=match.article_id if match else None):
            return False
        stored_id = ledger.article_id(digest)
        if stored_id is not None:
            index.add(stored_id, text, sig)
        return True


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    ledger: Ledger | None = None,
    published: str | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
    report: Report = _ignore,
    tally: Tally | None = None,
    glob: str | None = None,
    any_language: bool = False,
    watch: Callable[[Iterable[Item], Tally], Iterable[Item]] | None = None,
    runner: Callable[..., Tally] | None = None,
) -> Tally:
    """Extract and store every article in files, directories and ``-`` (stdin).

    ``watch(items, tally)`` sees the items as they are taken (a progress bar). ``runner``
    does the extracting and storing, with :func:`ingest_items`' keywords: that function by
    default, or the Dask runner (:func:`claimledger.scale.ingest_items_on_dask`, with its
    cluster options bound).
    """
    tally = tally if tally is not None else Tally(storing=True)
    items: Iterable[Item] = read_paths(paths, published=published, stdin=stdin, glob=glob,
                                       any_language=any_language)
    if watch is not None:
        items = watch(items, tally)
    run = runner or ingest_items
    return run(items, ledger=ledger, settings=settings, report=report, tally=tally)
