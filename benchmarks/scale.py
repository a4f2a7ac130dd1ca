"""Ingest on a Dask LocalCluster against the sequential ingest, on the same generated corpus.

usage:
  python benchmarks/scale.py [--articles 300] [--workers 2] [--chunk-size 16] [--rounds 2]

The corpus is the one of ``ingest_volume.py`` (made-up reports in our own template
sentences, with a few wire copies, exact duplicates and German items). Each round ingests it
into a fresh SQLite ledger twice, alternating because the machine is shared: once with
:func:`claimledger.ledger.batch.ingest_items` in this process, once with
:func:`claimledger.scale.ingest_items_on_dask` on a LocalCluster of ``--workers`` processes
(one thread each). The pipeline is loaded before the clock starts on both sides (the
cluster's start and its workers' pipeline load are timed apart), and the two ledgers are
checked to hold the same articles with the same copy links.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_volume import corpus  # noqa: E402  (a sibling script, not a package)


def _articles(items: list[dict[str, str]]) -> list[Any]:
    from claimledger.ingest import read_jsonl_bytes

    data = "\n".join(json.dumps(item) for item in items).encode("utf-8")
    return list(read_jsonl_bytes(data, source="corpus.jsonl"))


def _ledger_state(db: Path) -> list[tuple[str, str | None]]:
    from claimledger.ledger import Ledger

    with Ledger(db) as ledger:
        return [(row["id"], row["copy_of"]) for row in ledger.articles()]


def _sequential(items: list[Any], db: Path) -> tuple[float, float, Any]:
    """Wall seconds, this process's CPU seconds, and the tally of a sequential ingest."""
    from claimledger.ledger import Ledger
    from claimledger.ledger.batch import ingest_items

    with Ledger(db) as ledger:
        started, cpu = time.perf_counter(), time.process_time()
        tally = ingest_items(items, ledger=ledger)
        return time.perf_counter() - started, time.process_time() - cpu, tally


def _on_dask(
    items: list[Any], db: Path, client: Any, chunk_size: int
) -> tuple[float, float, Any]:
    """Wall seconds, the client's CPU seconds (reading, storing, the scheduler's thread),
    and the tally of an ingest on the cluster."""
    from claimledger.ledger import Ledger
    from claimledger.scale import ingest_items_on_dask

    with Ledger(db) as ledger:
        workers = _workers_cpu(client)
        started, cpu = time.perf_counter(), time.process_time()
        tally = ingest_items_on_dask(items, client=client, ledger=ledger, chunk_size=chunk_size)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        WORKERS_CPU.append(_workers_cpu(client) - workers)
        return seconds, cpu, tally


#: CPU seconds the workers spent in each dask round.
WORKERS_CPU: list[float] = []


def _workers_cpu(client: Any) -> float:
    """CPU seconds used so far by every worker process, together."""
    return sum(client.run(time.process_time).values())


def _start_cluster(workers: int) -> tuple[Any, Any, float, float]:
    """A LocalCluster with the pipeline loaded on every worker; seconds to start, to load."""
    import distributed

    from claimledger.scale import warm_worker
    from claimledger.settings import load_settings

    started = time.perf_counter()
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
    client = distributed.Client(cluster)
    up = time.perf_counter() - started
    client.run(warm_worker, load_settings())
    return cluster, client, up, time.perf_counter() - started - up


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunk-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2)
    options = parser.parse_args()

    from claimledger.nlp.pipeline import load_pipeline

    load_pipeline()
    raw = corpus(options.articles)
    items = _articles(raw)
    words = sum(len(item["text"].split()) for item in raw)
    print(f"command: python benchmarks/scale.py --articles {options.articles} "
          f"--workers {options.workers} --chunk-size {options.chunk_size} "
          f"--rounds {options.rounds}")
    print(f"{os.cpu_count()} cores; load average before: "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"corpus: {len(items)} items, {words} words")
    cluster, client, up, warm = _start_cluster(options.workers)
    print(f"LocalCluster({options.workers} workers): started in {up:.1f} s, "
          f"pipeline loaded on the workers in {warm:.1f} s")
    times: dict[str, list[float]] = {"sequential": [], "dask": []}
    cpus: dict[str, list[float]] = {"sequential": [], "dask": []}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for round_ in range(options.rounds):
                seq_db, dask_db = Path(tmp) / f"seq{round_}.db", Path(tmp) / f"dask{round_}.db"
                seconds, cpu, seq_tally = _sequential(items, seq_db)
                times["sequential"].append(seconds)
                cpus["sequential"].append(cpu)
                seconds, cpu, dask_tally = _on_dask(items, dask_db, client, options.chunk_size)
                times["dask"].append(seconds)
                cpus["dask"].append(cpu)
                same = _ledger_state(seq_db) == _ledger_state(dask_db)
                print(f"round {round_ + 1}: sequential {len(items) / times['sequential'][-1]:.1f}"
                      f" articles/s, dask {len(items) / times['dask'][-1]:.1f} articles/s; "
                      f"same ledger: {same}")
                print(f"  sequential: {seq_tally.summary()}")
                print(f"  dask:       {dask_tally.summary()}")
    finally:
        client.close()
        cluster.close()
    rate = {name: len(items) / statistics.median(values) for name, values in times.items()}
    print(f"median of {options.rounds} alternating rounds: sequential {rate['sequential']:.1f} "
          f"articles/s ({words * rate['sequential'] / len(items):.0f} words/s), dask "
          f"{rate['dask']:.1f} articles/s ({words * rate['dask'] / len(items):.0f} words/s)")
    print(f"dask / sequential: {rate['dask'] / rate['sequential']:.2f}x")
    per = {name: 1000 * statistics.median(values) / len(items) for name, values in cpus.items()}
    print(f"CPU of this process per article: sequential {per['sequential']:.1f} ms (all the "
          f"work), dask client {per['dask']:.1f} ms (reading, storing, scheduling); the "
          f"client alone caps dask at {1000 / per['dask']:.0f} articles/s however many "
          "workers")
    workers = 1000 * statistics.median(WORKERS_CPU) / len(items)
    total = per["dask"] + workers
    print(f"CPU of the workers per article: {workers:.1f} ms; dask in all {total:.1f} ms, "
          f"{total / per['sequential']:.2f}x the sequential CPU; on {options.workers} idle "
          f"cores dask would reach about "
          f"{min(options.workers * 1000 / total, 1000 / per['dask']):.0f} articles/s")


if __name__ == "__main__":
    main()
