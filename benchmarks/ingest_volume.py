"""Ingest at volume: memory over a generated corpus, and ingest against extract throughput.

usage:
  python benchmarks/ingest_volume.py memory [--articles 10000] [--format jsonl|warc]
  python benchmarks/ingest_volume.py speed [--articles 300] [--rounds 2]

``memory`` generates a corpus of made-up news reports (our own template sentences; a few
wire copies, exact duplicates and non-English items mixed in), runs ``claimledger ingest``
on it in a subprocess and samples that process's resident memory (/proc) as the ledger fills:
RSS at each tenth of the run and the peak (VmHWM). Flat memory means the RSS at 10 % and at
100 % are about the same. ``speed`` times, in one process and on the same texts, extract
(records built, nothing stored) and ingest (extracted, deduplicated and stored in a fresh
SQLite ledger), alternating rounds because the machine is shared, and prints their ratio.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SOURCES = ["The defence ministry", "A regional governor", "Two officials familiar with the talks",
           "A military spokesman", "Local authorities", "An aid agency", "The foreign minister",
           "Police", "Hospital staff", "A senior diplomat", "The interior ministry",
           "Witnesses"]
VERBS = ["said", "told reporters", "claimed", "reported", "estimated", "warned", "denied"]
EVENTS = ["a convoy was struck", "drones were shot down", "shelling damaged homes",
          "a bridge was destroyed", "troops withdrew", "a ceasefire was broken",
          "supplies were delivered", "prisoners were exchanged", "a depot burned",
          "roads were closed", "power was cut", "a train was derailed"]
PLACES = ["the northern port", "the border town", "the river crossing", "the eastern ridge",
          "the old airfield", "the capital's outskirts", "the coastal road", "the rail hub",
          "the mountain pass", "the industrial zone"]
WHEN = ["on Monday", "overnight", "late on Tuesday", "last week", "on Friday morning",
        "two days ago", "earlier this month", "at dawn"]
GERMAN = ["Das Ministerium erklärte am Montag, dass die Verhandlungen fortgesetzt würden.",
          "Nach Angaben der Behörden wurden mehrere Häuser durch Beschuss beschädigt.",
          "Hilfsorganisationen warnten vor einem Mangel an Decken in den Notunterkünften."]


def report(n: int, rng: random.Random) -> dict[str, str]:
    """A made-up report of 6 to 12 sentences, each with a source, a cue and a figure."""
    sentences = []
    for _ in range(rng.randint(6, 12)):
        sentences.append(
            f"{rng.choice(SOURCES)} {rng.choice(VERBS)} that {rng.choice(EVENTS)} near "
            f"{rng.choice(PLACES)} {rng.choice(WHEN)}, and that about "
            f"{rng.randint(2, 5000):,} people in district {rng.randint(1, 99999)} were affected.")
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    title = f"Report {n}: {rng.choice(EVENTS)} near {rng.choice(PLACES)}"
    return {"id": f"r{n}", "title": title, "text": "\n\n".join(paragraphs),
            "published": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}


def corpus(size: int, seed: int = 1) -> list[dict[str, str]]:
    """``size`` items: 3 % wire copies, 2 % exact duplicates, 1 % German, the rest new."""
    rng = random.Random(seed)
    items: list[dict[str, str]] = []
    for n in range(size):
        roll = rng.random()
        if items and roll < 0.03:
            copy = dict(rng.choice(items))
            copy["id"], copy["title"] = f"r{n}", "Wire: " + copy.get("title", "")
            copy["text"] = "(Wire) " + copy["text"] + "\n\nReporting by wire staff."
            items.append(copy)
        elif items and roll < 0.05:
            items.append({**rng.choice(items), "id": f"r{n}"})
        elif roll < 0.06:
            items.append({"id": f"r{n}", "text": " ".join(rng.sample(GERMAN, 3) * 2)})
        else:
            items.append(report(n, rng))
    return items


def write_jsonl(items: list[dict[str, str]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


def write_warc(items: list[dict[str, str]], path: Path) -> Path:
    """The items as HTML pages in a gzipped WARC, as a crawl would hold them."""
    from html import escape

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for item in items:
            body = "".join(f"<p>{escape(p)}</p>" for p in item["text"].split("\n\n"))
            date = item.get("published", "")
            page = (f"<!DOCTYPE html><html><head><title>{escape(item.get('title', ''))}</title>"
                    f'<meta property="article:published_time" content="{date}">'
                    f"</head><body><nav>Home | World | Politics</nav><article>"
                    f"<h1>{escape(item.get('title', ''))}</h1>{body}</article>"
                    "<footer>All rights reserved.</footer></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example.org/{item['id']}", "response",
                payload=io.BytesIO(page), http_headers=headers))
    return path


def _status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (kB) of a process, from /proc."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                out[name] = int(value.split()[0])
    except (OSError, ValueError):
        pass
    return out


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("select count(*) from articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def memory(size: int, kind: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        items = corpus(size)
        source = (write_jsonl(items, folder / "corpus.jsonl") if kind == "jsonl"
                  else write_warc(items, folder / "corpus.warc.gz"))
        db = folder / "ledger.db"
        command = [sys.executable, "-m", "claimledger", "ingest", str(source), "--db", str(db),
                   "-q"]
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        samples: list[tuple[float, int, int]] = []
        peak = 0
        while process.poll() is None:
            status = _status(process.pid)
            if status:
                peak = max(peak, status.get("VmHWM", 0))
                samples.append((time.monotonic() - started, _stored(db), status["VmRSS"]))
            time.sleep(1.0)
        stderr = process.stderr.read().decode() if process.stderr else ""
        elapsed = time.monotonic() - started
        stored = _stored(db)
    print(f"corpus: {size} items ({kind}, {source.name}); exit {process.returncode}; "
          f"{elapsed:.0f} s; {stored / elapsed:.1f} stored articles/s overall (model load "
          "included)")
    print(stderr.strip().splitlines()[-1] if stderr.strip() else "(no summary)")
    print("\n| stored articles | elapsed s | RSS MB |\n|---:|---:|---:|")
    shown = set()
    for tenth in range(1, 11):
        target = stored * tenth // 10
        for at, count, rss in samples:
            if count >= target and tenth not in shown and count > 0:
                shown.add(tenth)
                print(f"| {count} | {at:.0f} | {rss / 1024:.0f} |")
                break
    print(f"\npeak RSS (VmHWM): {peak / 1024:.0f} MB")


def speed(size: int, rounds: int) -> None:
    from claimledger.ledger import Ledger
    from claimledger.ledger.batch import extract_paths, ingest_paths
    from claimledger.nlp.pipeline import load_pipeline

    load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        items = [report(n, random.Random(n)) for n in range(size)]
        source = write_jsonl(items, folder / "corpus.jsonl")
        words = sum(len(i["text"].split()) for i in items)
        best = {"extract": float("inf"), "ingest": float("inf")}
        for round_ in range(rounds):
            started = time.perf_counter()
            records = sum(1 for _ in extract_paths([source]))
            best["extract"] = min(best["extract"], time.perf_counter() - started)
            db = folder / f"ledger{round_}.db"
            with Ledger(db) as ledger:
                started = time.perf_counter()
                tally = ingest_paths([source], ledger=ledger)
                best["ingest"] = min(best["ingest"], time.perf_counter() - started)
            assert records == size and tally.stored == size, (records, tally)
    rate = {name: size / seconds for name, seconds in best.items()}
    print(f"{size} articles, {words} words; best of {rounds} alternating rounds")
    print(f"extract: {rate['extract']:.1f} articles/s ({words / best['extract']:.0f} words/s)")
    print(f"ingest:  {rate['ingest']:.1f} articles/s ({words / best['ingest']:.0f} words/s)")
    print(f"ingest / extract throughput: {rate['ingest'] / rate['extract']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    mem = commands.add_parser("memory")
    mem.add_argument("--articles", type=int, default=10_000)
    mem.add_argument("--format", choices=["jsonl", "warc"], default="jsonl")
    fast = commands.add_parser("speed")
    fast.add_argument("--articles", type=int, default=300)
    fast.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if args.command == "memory":
        memory(args.articles, args.format)
    else:
        speed(args.articles, args.rounds)


if __name__ == "__main__":
    main()
