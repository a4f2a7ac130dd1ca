"""Scale-out: a corpus extracted on a Dask cluster and stored in the ledger by the client.

Extraction is a pure function of one article, so a stream of articles maps over Dask
workers in chunks, while storing stays with the client: it is the ledger's one writer
(SQLite allows no other; with PostgreSQL it is still correct) and it keeps the
near-duplicate index. The client reads the stream lazily, drops the articles already stored
and the exact duplicates of one in flight before anything is sent, keeps at most
``max_in_flight`` chunks pending (bounded memory on an endless stream), and stores every
record through the same store step as the sequential ingest
(:class:`claimledger.ledger.batch.Storer`): the same counts, messages, copy links and one
transaction per article. Articles (in) and Records (out) cross between processes, never
spaCy Docs (their extensions do not pickle).

Workers need claimledger and its spaCy model installed; each worker process loads the
pipeline once (the per-process cache of :func:`claimledger.nlp.pipeline.load_pipeline`).
``dask[distributed]`` is an optional dependency: ``pip install 'claimledger[dask]'``.
"""

from __future__ import annotations

import importlib
import logging
import os
import signal
import uuid
from collections import deque
from collections.abc import Iterable
from concurrent.futures import CancelledError
from dataclasses import dataclass, replace
from typing import Any

from .article import Article
from .errors import ClaimledgerError, Errors
from .extraction import Outcome
from .ingest import Item
from .ledger.batch import Report, Storer, Tally, articles_among, ingest_tally, storing
from .ledger.ledger import Ledger
from .record import Record
from .settings import Settings, load_settings

log = logging.getLogger("claimledger.scale")

#: Articles sent to a worker at once: one ``nlp.pipe`` batch, large enough that a task's
#: overhead (a few milliseconds) is small beside its work (about a second).
DEFAULT_CHUNK_SIZE = 16
#: Seconds to wait for a scheduler given by address before giving up.
DEFAULT_CONNECT_TIMEOUT = 10.0


class ClusterUnavailable(ClaimledgerError):
    """The Dask cluster cannot be started or reached: the run ends (reported, counted)."""


#: How long a run waits for the first worker of a cluster before it gives up (seconds).
WORKER_TIMEOUT = 60.0


def _ignore(message: str) -> None:
    del message


def extract_chunk(
    articles: list[Article], settings: Settings
) -> list[tuple[Record | None, str | None]]:
    """Runs on a worker: (record, error) of each article, in order.

    The articles are not sent back (the client keeps them): only what it lacks travels.
    """
    from .extraction import extract_articles

    return [(o.record, o.error) for o in extract_articles(articles, settings=settings)]


def warm_worker(settings: Settings) -> str:
    """Runs on a worker: load the pipeline now rather than with the first chunk."""
    from .nlp.pipeline import load_pipeline

    return load_pipeline(settings.model or None).meta.get("name", "")


# --------------------------------------------------------------------------- the cluster


def check_workers(client: Any, module: str = __name__) -> None:
    """Raise E072 unless every worker can import claimledger (``module``).

    A task whose function cannot be unpickled on a worker is never reported by Dask: it
    stays pending for ever. ``client.run`` reports the ImportError, so it is asked first.
    """
    try:
        client.run(importlib.import_module, module)
    except ImportError as err:
        reason = f"{type(err).__name__}: {err}".splitlines()[0]
        raise ClaimledgerError(Errors.E072.format(reason=reason)) from None


def ignore_interrupts() -> bool:
    """Run on each worker of the local cluster: its processes share the terminal, and Ctrl-C
    reaches them too; the run (the client) stops them itself, so they ignore it rather than
    each print a KeyboardInterrupt traceback. False where it cannot (not the main thread)."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:
        return False
    return True


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClaimledgerError(Errors.E070) from None
    return distributed


class _Cluster:
    """The client of the run: given, connected to a scheduler address, or a LocalCluster
    of ``workers`` processes started when the first chunk is ready (an unreachable ledger
    or a stream of nothing but bad input never starts one). Closes what it started."""

    def __init__(
        self, client: Any = None, scheduler: str | None = None, workers: int | None = None,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> None:
        if sum(x is not None for x in (client, scheduler, workers)) > 1:
            raise ValueError("give one of client, scheduler and workers")
        if workers is not None and workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.client, self.scheduler, self.workers = client, scheduler, workers
        self.connect_timeout = connect_timeout
        self.cluster: Any = None
        self.owned = client is None
        self.checked = False

    def get(self) -> Any:
        if self.client is None:
            self.client = self._connect() if self.scheduler else self._start()
        if not self.checked:
            self._wait_for_a_worker()
            check_workers(self.client)
            self.checked = True
        return self.client

    def _wait_for_a_worker(self) -> None:
        """A scheduler without workers would take the work and never do it: wait for one
        worker a bounded time, then end the run (E071)."""
        try:
            self.client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
        except (OSError, TimeoutError) as err:
            reason = f"no worker joined within {WORKER_TIMEOUT:.0f} s ({type(err).__name__})"
            raise ClusterUnavailable(Errors.E071.format(
                address=self.scheduler or "a local cluster", reason=reason)) from None

    def _connect(self) -> Any:
        distributed = _distributed()
        try:
            return distributed.Client(self.scheduler, timeout=self.connect_timeout)
        except (OSError, TimeoutError, ValueError) as err:  # ValueError: a malformed address
            reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise ClusterUnavailable(
                Errors.E071.format(address=self.scheduler, reason=reason)) from None

    def _start(self) -> Any:
        distributed = _distributed()
        try:
            self.cluster = distributed.LocalCluster(
                n_workers=self.workers or os.cpu_count() or 1, threads_per_worker=1,
                processes=True, dashboard_address=None, silence_logs=logging.ERROR,
                # no dashboard, and its status server on any free port (not a taken 8787)
                scheduler_kwargs={"dashboard": False, "dashboard_address": ":0"})
            client = distributed.Client(self.cluster)
            client.run(ignore_interrupts)
            return client
        except (OSError, TimeoutError) as err:
            self.close()
            raise ClusterUnavailable(
                Errors.E071.format(address="a local cluster", reason=err)) from None

    def threads(self) -> int:
        """Worker threads of the cluster (at least 1: a scheduler may have none yet)."""
        return max(1, sum(self.get().nthreads().values()))

    def close(self) -> None:
        if not self.owned:
            return
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None


# --------------------------------------------------------------------------- the runner


#: Times an article suspected of killing its worker is sent alone before it fails: twice, as
#: a worker may also die of another article's fault while it holds this one.
SUSPECT_TRIES = 2


@dataclass
class _Chunk:
    """Articles sent to a worker together, and the future of their outcomes (None: not
    sent yet)."""

    articles: list[Article]
    future: Any = None
    #: a suspect: one article of a chunk lost with its worker, sent alone (one suspect at a
    #: time, so that a worker's death can be laid at one article's door)
    suspect: bool = False
    tries: int = 0


class _Runner:
    """Sends chunks of new articles to the cluster and stores what comes back."""

    def __init__(
        self, storer: Storer, cluster: _Cluster, settings: Settings, *,
        chunk_size: int, max_in_flight: int | None, ordered: bool,
    ) -> None:
        # workers extract only: the ledger's URL (which may hold a password) stays here
        self.storer, self.cluster = storer, cluster
        self.settings = replace(settings, db="")
        self.chunk_size, self.max_in_flight, self.ordered = chunk_size, max_in_flight, ordered
        self.chunk: list[Article] = []
        self.pending: deque[_Chunk] = deque()  # in the order their articles came
        # content hash of each article in flight -> its exact duplicates met since
        self.waiting: dict[str, list[Article]] = {}
        self.duplicates = 0  # how many wait in there

    def add(self, article: Article) -> None:
        """Queue a new article (one not stored); a chunk that is full is sent."""
        self._queue(article)
        if len(self.chunk) >= self.chunk_size:
            self._send()
        # a stream of copies of one text in flight must not fill the memory either
        # (the cluster is asked for its size only once copies pile up: not once an article)
        while (self.duplicates > self.chunk_size
               and self.duplicates > self.chunk_size * self._limit()):
            if self.chunk:
                self._send()
            if not self.pending:
                break
            self._collect(block=True)

    def finish(self) -> None:
        """Send what is queued and store everything still in flight."""
        while self.chunk or self.pending:
            if self.chunk:
                self._send()
            if self.pending:
                self._collect(block=True)

    def cancel(self) -> None:
        """Drop what is in flight (the run ends early: interrupted, ledger lost)."""
        for chunk in self.pending:
            if chunk.future is not None:
                chunk.future.cancel()
        self.pending.clear()

    def _queue(self, article: Article) -> None:
        digest = article.content_hash
        if digest in self.waiting:  # the same text is in flight: it decides for this one
            self.waiting[digest].append(article)
            self.duplicates += 1
            return
        self.waiting[digest] = []
        self.chunk.append(article)

    def _limit(self) -> int:
        """Chunks that may be pending: as given, else twice the cluster's threads (asked
        each time: workers come and go), so that every worker is busy while the client
        stores."""
        return self.max_in_flight or 2 * self.cluster.threads()

    def _send(self) -> None:
        articles, self.chunk = self.chunk, []
        self.pending.append(self._submit(_Chunk(articles)))
        self._collect(block=False)
        while len(self.pending) >= self._limit():
            self._collect(block=True)

    def _submit(self, chunk: _Chunk) -> _Chunk:
        chunk.tries += 1
        chunk.future = self.cluster.get().submit(
            extract_chunk, chunk.articles, self.settings, pure=False,
            key=f"claimledger-extract-{uuid.uuid4().hex}")
        return chunk

    def _send_suspect(self) -> None:
        """Send the next suspect unless one is in flight."""
        waiting = None
        for chunk in self.pending:
            if chunk.suspect and chunk.future is not None:
                return
            if chunk.suspect and waiting is None:
                waiting = chunk
        if waiting is not None:
            self._submit(waiting)

    def _collect(self, *, block: bool) -> None:
        """Store the chunks that are back (``block``: wait for one first). In order, a chunk
        waits for those sent before it."""
        self._send_suspect()
        if block and self.pending:
            if self.ordered:
                if self.pending[0].future is None:  # (a suspect at the head is sent first)
                    self._submit(self.pending[0])
                futures = [self.pending[0].future]
            else:
                futures = [c.future for c in self.pending if c.future is not None]
            _distributed().wait(futures, return_when="FIRST_COMPLETED")
        while self.pending:
            ready = self._ready()
            if ready is None:
                return
            self._store(ready)
            self._send_suspect()

    def _ready(self) -> _Chunk | None:
        chunks = [self.pending[0]] if self.ordered else list(self.pending)
        for chunk in chunks:
            if chunk.future is not None and chunk.future.done():
                self.pending.remove(chunk)
                return chunk
        return None

    def _store(self, chunk: _Chunk) -> None:
        try:
            results = chunk.future.result()
        except ClaimledgerError:
            raise  # not the article's fault (no spaCy model on the worker): as in one process
        except ImportError as err:  # a worker without claimledger: no article would do
            reason = f"{type(err).__name__}: {err}".splitlines()[0]
            raise ClaimledgerError(Errors.E072.format(reason=reason)) from None
        except Exception as err:  # the worker died with it, or the result could not travel
            self._lost(chunk, err)
            return
        for article, (record, error) in zip(chunk.articles, results, strict=True):
            self._stored(article, self.storer.take(Outcome(article, record, error)))

    def _lost(self, chunk: _Chunk, err: BaseException) -> None:
        """A chunk lost with its worker: its articles become suspects, sent alone one at a
        time, so that an article that kills workers fails by itself and the others are
        stored. The chunk's place in the order is kept."""
        log.debug("a chunk was lost with its worker", exc_info=err)
        if not chunk.suspect:
            retry = [_Chunk([article], suspect=True) for article in chunk.articles]
        elif chunk.tries < SUSPECT_TRIES:
            retry = [replace(chunk, future=None)]
        else:
            article = chunk.articles[0]
            reason = f"on a Dask worker: {type(err).__name__}: {err}".splitlines()[0]
            outcome = Outcome(article, error=Errors.E012.format(article=article.id, reason=reason))
            self._stored(article, self.storer.take(outcome))
            return
        if self.ordered:
            self.pending.extendleft(reversed(retry))
        else:
            self.pending.extend(retry)

    def _stored(self, article: Article, stored: bool) -> None:
        """Settle the exact duplicates that waited for ``article``: present when its text is
        now stored, else each is tried in its turn (as one process would)."""
        duplicates = self.waiting.pop(article.content_hash, [])
        self.duplicates -= len(duplicates)
        for duplicate in duplicates:
            if stored:
                self.storer.tally.present += 1
            elif not self.storer.present(duplicate):
                self._queue(duplicate)


def ingest_items_on_dask(
    items: Iterable[Item],
    *,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    ledger: Ledger | None = None,
    settings: Settings | None = None,
    report: Report = _ignore,
    tally: Tally | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_in_flight: int | None = None,
    ordered: bool = True,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
) -> Tally:
    """:func:`~claimledger.ledger.batch.ingest_items` with extraction on a Dask cluster.

    The cluster is ``client`` (a ``distributed.Client``, left open), or the scheduler at
    ``scheduler`` (``"tcp://host:8786"``), or else a LocalCluster of ``workers`` processes
    (default: one per core) started for the run and closed after it. ``chunk_size`` articles
    go to a worker at once; at most ``max_in_flight`` chunks are pending (default: twice
    the worker threads).

    Semantics are those of the sequential ingest: the same counts and messages in the
    tally; an article already stored, or an exact duplicate of one in flight, is never
    sent; near-duplicates are linked (``copy_of``); one transaction per article, so a run
    killed half-way loses nothing and running it again finishes the job; a failure in one
    article (even one that kills its worker) never stops the rest; a ledger or a scheduler
    that cannot be reached ends the run with a coded message, counted as a failure.

    Order: with ``ordered`` (the default) records are stored in input order, a finished
    chunk waiting for those sent before it, so the ledger is the one a sequential run
    makes (the same ids, the same first copy of a wire story). ``ordered=False`` stores
    each chunk as it comes back: storage order then differs from input order, and which of
    two near-duplicates is the original (and which of two texts under one id gets
    ``<id>~2``) depends on which worker finished first.
    """
    settings = settings or load_settings()
    tally = ingest_tally(tally)
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    if max_in_flight is not None and max_in_flight < 1:
        raise ValueError(f"max_in_flight must be at least 1, not {max_in_flight}")
    cluster = _Cluster(client, scheduler, workers, connect_timeout)
    try:
        with storing(ledger, settings, tally, report) as storer:
            runner = _Runner(storer, cluster, settings, chunk_size=chunk_size,
                             max_in_flight=max_in_flight, ordered=ordered)
            try:
                for article in articles_among(items, tally, report):
                    if not storer.present(article):
                        runner.add(article)
                runner.finish()
            except (OSError, TimeoutError, CancelledError) as err:
                # the scheduler went away mid-run: what is stored stays, the rest is not
                raise ClusterUnavailable(Errors.E071.format(
                    address=scheduler or "the cluster",
                    reason=f"lost during the run ({type(err).__name__})")) from None
            finally:
                runner.cancel()
    except ClusterUnavailable as err:
        tally.fail(str(err), report)
    finally:
        cluster.close()
    return tally
