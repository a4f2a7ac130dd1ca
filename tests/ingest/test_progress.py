"""The progress bar's total, the summary's grouped reasons, and a bar that follows a tally."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console

from claimledger.ingest.progress import IngestProgress, estimate_total, reasons
from claimledger.ledger.batch import Tally


def test_estimate_total(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<html></html>")
    (tmp_path / "b.txt").write_text("text")
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps({"text": "x"}) for _ in range(7))
                                      + "\n\n")
    assert estimate_total([str(tmp_path)]) == 9
    assert estimate_total([str(tmp_path)], glob="*.jsonl") == 7
    (tmp_path / "d.rss").write_text("<rss></rss>")
    assert estimate_total([str(tmp_path)]) is None  # a feed's entries are not known before
    assert estimate_total(["-"]) is None
    assert estimate_total(["https://example.org/feed"]) is None


def test_reasons_are_grouped_by_code() -> None:
    tally = Tally()
    tally.skip("[E042] article a: not in English", print)
    tally.skip("[E042] article b: not in English", print)
    tally.fail("[E004] x.html: binary file, not text", print)
    assert reasons(tally) == [
        "skipped:", "       2 × [E042] article a: not in English",
        "failed:", "       1 × [E004] x.html: binary file, not text",
    ]


def test_bar_follows_the_tally_and_quiet_says_nothing(capsys) -> None:
    tally = Tally(storing=True)
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=120)
    with IngestProgress(show=True, total=3, console=console) as progress:
        items = list(progress.watch([1, 2, 3], tally))
        tally.stored, tally.failed = 2, 1
    assert items == [1, 2, 3]
    assert "3/3" in buffer.getvalue() and "/s" in buffer.getvalue()  # count, rate
    quiet = IngestProgress(show=True, quiet=True)
    with quiet:
        quiet.report("[E004] x: binary file, not text")
    assert quiet.progress is None
    assert capsys.readouterr().err == ""
