"""What a long ingest shows: a rich progress bar on a terminal, and a summary at the end.

The bar counts articles done (stored, already present, skipped or failed) with articles per
second, and an ETA when the number of articles can be known beforehand (files of one article,
JSON Lines counted by lines); feeds and archives make the total unknown, and the bar then
shows the count and the rate only. Off a terminal, or with ``--quiet``, nothing but the
summary is printed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from .paths import STDIN, URL_READERS, article_files, registered_reader

_CODE = re.compile(r"^\[([EW]\d{3})\]")
#: Bytes of a JSON Lines file above which its lines are not counted for the ETA.
COUNT_LINES_UP_TO = 2 * 2**30
_ONE_ARTICLE = (".txt", ".html", ".htm")


class RateColumn(ProgressColumn):
    """Articles per second, averaged over rich's recent samples."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("—/s" if speed is None else f"{speed:,.1f} articles/s")


def estimate_total(paths: Iterable[str], glob: str | None = None) -> int | None:
    """How many articles the inputs hold, when that is cheap to know; else None."""
    total = 0
    for name in paths:
        if name == STDIN or name.partition("://")[0].lower() in URL_READERS:
            return None
        path = Path(name)
        files = article_files(path, glob) if path.is_dir() else [path]
        for file in files:
            count = _articles_in(file)
            if count is None:
                return None
            total += count
    return total


def _articles_in(path: Path) -> int | None:
    name = path.name.lower()
    if name.endswith(_ONE_ARTICLE) or registered_reader(path) is None:
        return 1
    if name.endswith(".jsonl"):
        try:
            if path.stat().st_size > COUNT_LINES_UP_TO:
                return None
            with path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
        except OSError:
            return 1
    return None


class _TallyProgress(Progress):
    """A Progress that reads the tally at each refresh (rich's own thread, ten a second), so
    the bar moves while the last batch is extracted and stored after the inputs ran out."""

    tally: Any = None
    task_id: Any = None

    def get_renderables(self) -> Iterator[Any]:
        if self.tally is not None and self.task_id is not None:
            tally = self.tally
            done = tally.stored + tally.present + tally.skipped + tally.failed
            self.update(self.task_id, completed=done)
        yield from super().get_renderables()


class IngestProgress:
    """A progress bar over a tally (``show=False``: none), and the way to report lines
    without tearing it."""

    def __init__(
        self, *, show: bool, quiet: bool = False, total: int | None = None,
        console: Console | None = None,
    ) -> None:
        self.quiet = quiet
        self.console = console or Console(stderr=True)
        self.show = show and not quiet
        self.progress: _TallyProgress | None = None
        self.task: Any = None
        self.total = total

    def __enter__(self) -> IngestProgress:
        if self.show:
            self.progress = _TallyProgress(
                SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                RateColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=self.console, transient=False,
            )
            self.progress.start()
            self.task = self.progress.add_task("ingest", total=self.total)
            self.progress.task_id = self.task
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self.progress is not None:
            self.progress.refresh()  # the final count
            self.progress.stop()

    def report(self, message: str) -> None:
        """One line about one input (skipped, failed), above the bar."""
        if self.quiet:
            return
        if self.progress is not None:
            self.progress.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)

    def watch(self, items: Iterable[Any], tally: Any) -> Iterable[Any]:
        """The items, unchanged; the bar follows ``tally`` from now on."""
        if self.progress is not None:
            self.progress.tally = tally
        return items


def _grouped(messages: list[str]) -> list[str]:
    """One line per message code: how many, and the first such message."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for message in messages:
        match = _CODE.match(message)
        code = match.group(1) if match else "other"
        counts[code] += 1
        first.setdefault(code, message)
    return [f"  {counts[code]:>6} × {first[code]}" for code in counts]


def reasons(tally: Any) -> list[str]:
    """Why inputs were skipped or failed, one line per kind of reason (for the summary)."""
    lines = []
    if tally.skips:
        lines += ["skipped:", *_grouped(tally.skips)]
    if tally.messages:
        lines += ["failed:", *_grouped(tally.messages)]
    return lines
