"""Resumable ingest: kill -9 in the middle of a run, run it again: nothing lost or doubled."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

PLACES = ["the northern port", "the border town", "the river crossing", "the eastern ridge",
          "the old airfield", "the capital's outskirts", "the coastal road", "the rail hub"]
SOURCES = ["the defence ministry", "a regional governor", "two officials", "a military spokesman",
           "local authorities", "an aid agency", "the foreign minister", "police"]
EVENTS = ["a convoy was struck", "drones were shot down", "shelling damaged homes",
          "a bridge was destroyed", "troops withdrew", "a ceasefire was broken",
          "supplies were delivered", "prisoners were exchanged"]


def generated_article(n: int, rng: random.Random) -> dict[str, str]:
    """A short made-up report; every one differs in its facts and wording."""
    sentences = []
    for _ in range(rng.randint(6, 10)):
        sentences.append(
            f"{rng.choice(SOURCES).capitalize()} said {rng.choice(EVENTS)} near "
            f"{rng.choice(PLACES)} on day {rng.randint(1, 900)}, and that "
            f"{rng.randint(2, 5000)} people were affected in district {rng.randint(1, 99999)}.")
    return {"id": f"report-{n}", "text": " ".join(sentences), "published": "2025-03-04"}


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("select count(*) from articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "claimledger", "ingest", str(corpus), "--db", str(db), "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_kill_and_resume(tmp_path: Path) -> None:
    rng = random.Random(7)
    total = 100
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for n in range(total):
            handle.write(json.dumps(generated_article(n, rng)) + "\n")
    db = tmp_path / "ledger.db"

    run = _ingest(corpus, db)
    deadline = time.monotonic() + 120
    while _count(db) < 5 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert run.poll() is None, "the first run ended before it could be killed"
    os.kill(run.pid, signal.SIGKILL)
    run.wait(30)
    assert run.returncode == -signal.SIGKILL
    stored_before = _count(db)
    assert 0 < stored_before < total

    again = _ingest(corpus, db)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    summary = err.decode().strip().splitlines()[-1]
    assert f"stored {total - stored_before} article(s)" in summary
    assert f"{stored_before} already in the ledger" in summary

    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("select id from articles")]
        hashes = {row[0] for row in conn.execute("select content_hash from articles")}
        indexed = conn.execute("select count(*) from article_minhash").fetchone()[0]
        claims = conn.execute("select count(distinct article_id) from claims").fetchone()[0]
    assert sorted(ids) == sorted(f"report-{n}" for n in range(total))  # nothing lost or doubled
    assert len(hashes) == total
    assert indexed == total  # the near-duplicate index caught up with the killed run
    assert claims > total // 2  # the articles were really extracted, not stored empty


def test_bad_inputs_leave_the_ledger_intact(tmp_path: Path, page, nlp) -> None:
    """Every kind of bad input is reported with its reason; what was stored stays stored."""
    from claimledger.ledger import Ledger
    from claimledger.ledger.batch import ingest_paths

    good = tmp_path / "good"
    good.mkdir()
    (good / "talks.html").write_text(page(), encoding="utf-8")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (bad / "menu.html").write_text("<html><body><nav>Home | World</nav></body></html>")
    (bad / "cut.warc.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(30))
    (bad / "broken.rss").write_text("<rss><channel><item><title>half")
    (bad / "latin.jsonl").write_bytes(b'{"text": "caf\xe9 au lait"}\n')
    (bad / "foreign.html").write_text(page(paragraphs=[
        "Die Verhandlungen \u00fcber eine Waffenruhe sind am Montag gescheitert, sagten zwei "
        "Beamte, die mit den Gespr\u00e4chen vertraut sind.",
        "Das Verteidigungsministerium erkl\u00e4rte, mehr als vierzig Drohnen seien gestartet."]),
        encoding="utf-8")
    db = tmp_path / "ledger.db"
    with Ledger(db) as ledger:
        first = ingest_paths([good], ledger=ledger)
        before = ledger.stats()
        messages: list[str] = []
        tally = ingest_paths([bad], ledger=ledger, report=messages.append)
        after = ledger.stats()
    assert first.stored == 1
    assert before == after  # nothing half-written, nothing lost
    assert tally.stored == 0 and tally.skipped + tally.failed == len(messages) == 6
    codes = sorted(m[1:5] for m in messages)
    assert codes == ["E004", "E005", "E040", "E042", "E045", "E046"], messages
