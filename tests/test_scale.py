"""The Dask runner: the same ledger as a sequential ingest, with extraction on worker processes.

One LocalCluster (2 worker processes, 1 thread each) serves the whole module. The articles
are the bundled examples (written for the project) and sentences of our own.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimledger.article import Article
from claimledger.errors import ClaimledgerError
from claimledger.ingest import Item, read_paths
from claimledger.ledger import Ledger
from claimledger.ledger.batch import Tally, ingest_items
from claimledger.scale import check_workers, ingest_items_on_dask
from claimledger.settings import load_settings

distributed = pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "claimledger" / "examples"
CORPUS = EXAMPLES / "north-korea-troops.jsonl"

pytestmark = pytest.mark.usefixtures("no_user_settings")

# Short reports in our own words (invented places and figures).
STORIES = [
    "Engineers reopened the bridge at Varnholm on Thursday, the transport ministry said, "
    "three weeks after floodwater damaged two of its piers.",
    "A hospital spokesman said 42 people had been treated for smoke inhalation after a fire "
    "at a fuel depot near the harbour late on Monday.",
    "The army said it had withdrawn about 600 troops from the hills above Drava, a move "
    "opposition leaders called a retreat in all but name.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Two worker processes; a worker that dies with a task fails it at once (no retries),
    so that the lost-worker test stays short."""
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=50)
        dask_client = distributed.Client(cluster)
    try:
        yield dask_client
    finally:
        dask_client.close()
        cluster.close()


def _ledger_state(ledger: Ledger) -> dict[str, Any]:
    """What a run left in the ledger: each article's record and copy link, in storage order."""
    return {
        row["id"]: {"record": ledger.record(row["id"]).to_dict(), "copy_of": row["copy_of"]}
        for row in ledger.articles()
    }


def _counts(tally: Tally) -> tuple[int, ...]:
    return (tally.extracted, tally.stored, tally.present, tally.failed, tally.copies,
            tally.skipped)


@pytest.fixture(scope="module")
def sequential(tmp_path_factory: pytest.TempPathFactory) -> tuple[Tally, dict[str, Any]]:
    """The examples ingested in one process: what the Dask runner must reproduce."""
    with Ledger(tmp_path_factory.mktemp("sequential") / "ledger.db") as ledger:
        tally = ingest_items(read_paths([CORPUS]), ledger=ledger)
        return tally, _ledger_state(ledger)


def test_the_same_ledger_as_one_process(client, sequential, tmp_path: Path) -> None:
    expected_tally, expected = sequential
    assert expected_tally.stored == 6 and expected_tally.copies == 1  # a wire copy is there
    with Ledger(tmp_path / "ledger.db") as ledger:
        # chunks of two: three chunks in flight at once, on two workers
        tally = ingest_items_on_dask(read_paths([CORPUS]), client=client, ledger=ledger,
                                     chunk_size=2, max_in_flight=3)
        state = _ledger_state(ledger)
        again = ingest_items_on_dask(read_paths([CORPUS]), client=client, ledger=ledger)
        assert _ledger_state(ledger) == state
    assert _counts(tally) == _counts(expected_tally)
    assert tally.messages == [] and tally.exit_code == 0
    assert list(state) == list(expected)  # the same ids, stored in the same order
    assert state == expected  # the same records, the same copy_of links
    assert sum(1 for item in state.values() if item["copy_of"]) == 1
    assert again.stored == 0 and again.present == 6 and again.extracted == 0
    assert again.summary() == "stored 0 article(s); 6 already in the ledger; 0 failed"


def test_into_postgresql(client, sequential, postgres_url: str) -> None:
    """The product's scale-out: workers extract, the client writes to PostgreSQL."""
    expected_tally, expected = sequential
    settings = load_settings().updated(db=postgres_url)
    tally = ingest_items_on_dask(read_paths([CORPUS]), client=client, settings=settings,
                                 chunk_size=2)
    with Ledger(postgres_url) as ledger:
        state = _ledger_state(ledger)
    assert _counts(tally) == _counts(expected_tally)
    assert state == expected


def test_unordered_storage_keeps_every_record(client, sequential, tmp_path: Path) -> None:
    _, expected = sequential
    with Ledger(tmp_path / "ledger.db") as ledger:
        tally = ingest_items_on_dask(read_paths([CORPUS]), client=client, ledger=ledger,
                                     chunk_size=1, max_in_flight=4, ordered=False)
        state = _ledger_state(ledger)
    assert tally.stored == 6 and tally.copies == 1 and tally.failed == 0
    assert sorted(state) == sorted(expected)
    for article_id, item in state.items():
        assert item["record"] == expected[article_id]["record"]
    # the first of the two copies to be stored is the original, the other links to it
    linked = {(a, item["copy_of"]) for a, item in state.items() if item["copy_of"]}
    assert len(linked) == 1


def test_exact_duplicates_are_never_sent(client, tmp_path: Path) -> None:
    """A text in flight decides for its duplicates: they count as already stored, and only
    the unique texts are extracted (on a worker) at all."""
    items: list[Item] = []
    for n, text in enumerate(STORIES * 3):
        items.append(Article(text=text, id=f"story-{n}", published="2025-05-02"))
    with Ledger(tmp_path / "ledger.db") as ledger:
        tally = ingest_items_on_dask(items, client=client, ledger=ledger, chunk_size=8)
        stored = [row["id"] for row in ledger.articles()]
    assert tally.extracted == 3 and tally.stored == 3 and tally.present == 6
    assert stored == ["story-0", "story-1", "story-2"]


def test_endless_copies_of_a_text_in_flight_are_bounded(client, tmp_path: Path) -> None:
    """Copies met while their text is in flight wait in memory only up to a bound; past
    it the client waits for the text to be stored, and the rest are found in the ledger."""
    items: list[Item] = [Article(text=STORIES[n % 2], id=f"copy-{n}") for n in range(40)]
    with Ledger(tmp_path / "ledger.db") as ledger:
        # two texts never fill a chunk of 4: only the bound (4 x 2 copies) sends it
        tally = ingest_items_on_dask(items, client=client, ledger=ledger, chunk_size=4,
                                     max_in_flight=2)
        stored = [row["id"] for row in ledger.articles()]
    assert stored == ["copy-0", "copy-1"]
    assert tally.extracted == 2 and tally.stored == 2 and tally.present == 38


def test_bad_input_is_counted_and_the_rest_stored(client, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "examples.jsonl").write_bytes(CORPUS.read_bytes())
    (folder / "blank.txt").write_text("  \n\n \t\n", encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"GIF89a\x00\x01\x02" + bytes(300))
    (folder / "note.txt").write_text(STORIES[0], encoding="utf-8")
    messages: list[str] = []
    with Ledger(tmp_path / "ledger.db") as ledger:
        tally = ingest_items_on_dask(read_paths([folder]), client=client, ledger=ledger,
                                     report=messages.append, chunk_size=3)
        stored = len(ledger.articles())
    assert tally.stored == stored == 7
    assert tally.failed == 2 and tally.exit_code == 1
    assert sorted(m[1:5] for m in messages) == ["E003", "E004"], messages
    assert messages == tally.messages


def test_a_stream_cut_short_is_finished_by_the_next_run(client, tmp_path: Path) -> None:
    """The client dies half-way (here: its input breaks); what was stored stays stored, and
    running again stores the rest, nothing twice."""
    def broken() -> Iterator[Item]:
        for n, item in enumerate(read_paths([CORPUS])):
            if n == 4:
                raise RuntimeError("the input broke")
            yield item

    db = tmp_path / "ledger.db"
    with Ledger(db) as ledger:
        with pytest.raises(RuntimeError):
            ingest_items_on_dask(broken(), client=client, ledger=ledger, chunk_size=1,
                                 max_in_flight=1)
        before = len(ledger.articles())
        tally = ingest_items_on_dask(read_paths([CORPUS]), client=client, ledger=ledger)
        ids = sorted(row["id"] for row in ledger.articles())
    assert 0 < before <= 4
    assert tally.present == before and tally.stored == 6 - before
    assert len(ids) == len(set(ids)) == 6


KILLED_RUN = """
import sys
from claimledger.ingest import read_paths
from claimledger.ledger import Ledger
from claimledger.scale import check_workers, ingest_items_on_dask

with Ledger(sys.argv[2]) as ledger:
    ingest_items_on_dask(read_paths([sys.argv[1]]), workers=2, ledger=ledger, chunk_size=2,
                         max_in_flight=2)
"""


def _report(n: int, rng: random.Random) -> dict[str, str]:
    """A made-up report of our own; every one differs."""
    places = ["the ferry port", "the hill villages", "the northern dam", "the airbase"]
    sentences = [
        f"Officials said {rng.randint(2, 900)} families left {rng.choice(places)} on day "
        f"{rng.randint(1, 400)} after shelling in district {rng.randint(1, 99999)}."
        for _ in range(rng.randint(4, 7))]
    return {"id": f"report-{n}", "text": " ".join(sentences), "published": "2025-06-01"}


def _stored_count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("select count(*) from articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_kill_and_resume(client, tmp_path: Path) -> None:
    """kill -9 of the client in mid-run: its workers go with it, what was stored stays, and
    the next run stores the rest, nothing twice, the near-duplicate index complete."""
    import psutil

    total = 40
    rng = random.Random(11)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(_report(n, rng)) + "\n" for n in range(total)),
                      encoding="utf-8")
    db = tmp_path / "ledger.db"
    run = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(corpus), str(db)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _stored_count(db) < 3 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert run.poll() is None, "the run ended before it could be killed"
    children = psutil.Process(run.pid).children(recursive=True)
    assert children  # the LocalCluster's nannies and workers
    os.kill(run.pid, signal.SIGKILL)
    run.wait(30)
    _, alive = psutil.wait_procs(children, timeout=30)
    assert not alive, f"worker processes outlived their client: {alive}"
    before = _stored_count(db)
    assert 0 < before < total

    with Ledger(db) as ledger:
        tally = ingest_items_on_dask(read_paths([corpus]), client=client, ledger=ledger)
    assert tally.present == before and tally.stored == total - before and tally.failed == 0
    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("select id from articles")]
        indexed = conn.execute("select count(*) from article_minhash").fetchone()[0]
    assert sorted(ids) == sorted(f"report-{n}" for n in range(total))
    assert indexed == total


def test_a_worker_that_dies_fails_only_its_article(client, tmp_path: Path) -> None:
    """An article that kills its worker process fails alone (E012); its chunk's other
    articles are sent again one by one and stored."""
    home = os.getpid()

    def revive() -> Poison:
        if os.getpid() != home:  # unpacked on a worker: the worker dies
            os._exit(1)
        return Poison()

    class Poison:
        def __reduce__(self) -> tuple[Any, tuple[()]]:
            return revive, ()

    items: list[Item] = [Article(text=text, id=f"story-{n}") for n, text in enumerate(STORIES)]
    items.insert(1, Article(text="A poisoned report that no worker survives.", id="poison",
                            extra={"poison": Poison()}))
    messages: list[str] = []
    with Ledger(tmp_path / "ledger.db") as ledger:
        tally = ingest_items_on_dask(items, client=client, ledger=ledger, chunk_size=4,
                                     report=messages.append)
        stored = sorted(row["id"] for row in ledger.articles())
    assert stored == ["story-0", "story-1", "story-2"]
    assert tally.stored == 3 and tally.failed == 1
    assert len(messages) == 1 and messages[0].startswith("[E012] article poison:"), messages
    assert "on a Dask worker: KilledWorker" in messages[0]


def test_workers_without_claimledger_are_refused(client) -> None:
    """Dask would leave a task it cannot unpickle on a worker pending for ever: the workers
    are asked first whether they can import claimledger (here: a module none has)."""
    check_workers(client)  # they can
    with pytest.raises(ClaimledgerError, match=r"^\[E072\] .*claimledger_nowhere"):
        check_workers(client, "claimledger_nowhere")


def test_an_unreachable_ledger_ends_the_run(client, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "ledger.db"
    settings = load_settings().updated(db=f"sqlite:///{missing}")
    messages: list[str] = []
    tally = ingest_items_on_dask(read_paths([CORPUS]), client=client, settings=settings,
                                 report=messages.append)
    assert tally.stored == 0 and tally.failed == 1 and tally.exit_code == 2
    assert len(messages) == 1 and messages[0].startswith("[E008] cannot open the ledger"), messages


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_scheduler_ends_the_run(tmp_path: Path) -> None:
    messages: list[str] = []
    address = f"tcp://127.0.0.1:{_free_port()}"
    with Ledger(tmp_path / "ledger.db") as ledger:
        tally = ingest_items_on_dask(read_paths([CORPUS]), scheduler=address, ledger=ledger,
                                     report=messages.append, connect_timeout=1)
        assert ledger.articles() == []
    assert tally.failed == 1 and tally.exit_code == 2
    assert len(messages) == 1 and messages[0].startswith("[E071]"), messages
    assert address in messages[0]


def test_only_bad_input_starts_no_cluster(tmp_path: Path) -> None:
    """Nothing to extract: neither the ledger nor a cluster is touched (it would take
    seconds to start one)."""
    (tmp_path / "blank.txt").write_text("\n", encoding="utf-8")
    db = tmp_path / "ledger.db"
    settings = load_settings().updated(db=f"sqlite:///{db}")
    tally = ingest_items_on_dask(read_paths([tmp_path / "blank.txt"]), workers=2,
                                 settings=settings)
    assert tally.failed == 1 and tally.exit_code == 2
    assert not db.exists()


def test_one_way_to_the_cluster(client) -> None:
    with pytest.raises(ValueError):
        ingest_items_on_dask([], client=client, workers=2)
    with pytest.raises(ValueError):
        ingest_items_on_dask([], workers=1, chunk_size=0)


def test_the_command_line_ingests_on_a_local_cluster(sequential, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimledger.cli import app

    db = tmp_path / "ledger.db"
    result = CliRunner().invoke(app, ["ingest", str(CORPUS), "--db", str(db), "--workers", "2",
                                      "--quiet"])
    assert result.exit_code == 0, result.output
    assert "stored 6 article(s) (1 near-duplicate(s) of earlier ones)" in result.output
    with Ledger(db, create=False) as ledger:
        assert _ledger_state(ledger) == sequential[1]
    both = CliRunner().invoke(app, ["ingest", str(CORPUS), "--db", str(db), "--workers", "2",
                                    "--scheduler", "tcp://127.0.0.1:1"])
    assert both.exit_code == 2 and "[E078]" in both.output


def test_a_scheduler_without_workers_ends_the_run(tmp_path: Path, monkeypatch) -> None:
    import distributed

    from claimledger import scale

    monkeypatch.setattr(scale, "WORKER_TIMEOUT", 2.0)
    empty = distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None,
                                     scheduler_kwargs={"dashboard_address": ":0"})
    try:
        with Ledger(tmp_path / "ledger.db") as ledger:
            tally = ingest_items_on_dask(read_paths([CORPUS]), ledger=ledger,
                                         scheduler=empty.scheduler_address)
            assert ledger.stats()["articles"] == 0
    finally:
        empty.close()
    assert tally.failed == 1 and tally.stored == 0
    assert tally.messages[0].startswith("[E071]") and "no worker joined" in tally.messages[0]


def test_local_workers_leave_ctrl_c_to_the_run(client) -> None:
    from claimledger.scale import ignore_interrupts

    # Ctrl-C at a terminal reaches the local workers too: they ignore it (no tracebacks),
    # the client stops them; done on each worker's main thread
    assert set(client.run(ignore_interrupts).values()) == {True}
