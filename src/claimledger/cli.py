"""The ``claimledger`` command: a thin shell over the library.

Each command builds :class:`~claimledger.settings.Settings` from its options, calls one
library function and prints what it returns. Errors reach the user as one coded line on
stderr, never a traceback. Exit status: 0 all went well, 1 some inputs failed, 2 nothing
could be done (or the command line was wrong).
"""

from __future__ import annotations

import functools
import io
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable
from enum import Enum, StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import __version__
from .article import parse_published
from .errors import ClaimledgerError, Errors
from .ledger.batch import Tally, extract_paths, ingest_paths
from .record import Record
from .settings import Settings, load_settings

app = typer.Typer(
    name="claimledger",
    help="Read news reports and keep a ledger of who claimed what, when.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

F = TypeVar("F", bound=Callable[..., Any])

#: How many characters of a claim's content the table shows.
CONTENT_WIDTH = 90
DEMO_DB = "claimledger-demo.db"
SQLITE_MAGIC = b"SQLite format 3\x00"


class ListFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


class RecordFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"
    timeml = "timeml"


class StatsFormat(StrEnum):
    json = "json"
    table = "table"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    ftm = "ftm"
    md = "md"
    html = "html"


class ExportTable(StrEnum):
    articles = "articles"
    claims = "claims"
    quantities = "quantities"
    times = "times"
    entities = "entities"
    mentions = "mentions"
    events = "events"


PathsArg = Annotated[
    list[str], typer.Argument(help="Files (.txt: one article; .jsonl: one a line), "
                                   "directories (read recursively) or - for stdin.")
]
DbOption = Annotated[
    str | None, typer.Option("--db", help="The ledger: a SQLite file or a SQLAlchemy URL "
                                          "(default: $CLAIMLEDGER_DB, else ./claimledger.db).")
]
PublishedOption = Annotated[
    str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) of articles "
                                                 "that do not give one; anchors relative times.")
]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="spaCy pipeline (an installed package or a path).")
]
GlobOption = Annotated[
    str | None, typer.Option("--glob", help="In directories, read only files whose name or "
                                            "relative path matches this pattern (*.html).")
]
AnyLanguageOption = Annotated[
    bool, typer.Option("--any-language", help="Keep articles that are not in English "
                                              "(by default they are skipped).")
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar and no line per skipped or "
                                             "failed input: only the summary.")
]


# --------------------------------------------------------------------------- plumbing


def _say(message: str) -> None:
    typer.echo(message, err=True)


def guarded(command: F) -> F:
    """Turn every error into one line on stderr and an exit status; never a traceback."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except ClaimledgerError as err:
            _say(str(err))
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            _say(Errors.E021)
            raise typer.Exit(130) from None
        except BrokenPipeError:  # `claimledger export | head`: the reader left, not an error
            _silence_stdout()
            raise typer.Exit(0) from None
        except Exception as err:
            _say(Errors.E020.format(kind=type(err).__name__, reason=err))
            raise typer.Exit(2) from None

    return run  # type: ignore[return-value]


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def settings_from_options(*, db: str | None = None, model: str | None = None) -> Settings:
    """The library's settings with the command line's options applied (None keeps a value)."""
    try:
        settings = load_settings()
    except (OSError, ValueError, TypeError) as err:  # tomllib's errors are ValueErrors
        path = os.environ.get("CLAIMLEDGER_CONFIG", "settings")
        raise ClaimledgerError(Errors.E024.format(path=path, reason=err)) from None
    return settings.updated(db=db, model=model)


def _chosen(value: Enum | None) -> str:
    """The format asked for, else a table on a terminal and JSON Lines in a pipe."""
    if value is not None:
        return str(value.value)
    return "table" if sys.stdout.isatty() else "jsonl"


def _print_json_lines(items: Iterable[dict[str, Any]]) -> None:
    for item in items:
        typer.echo(json.dumps(item, ensure_ascii=False))


def _console() -> Console:
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


def _short(text: str | None, width: int = CONTENT_WIDTH) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _plain(*values: Any) -> list[Text]:
    """Table cells that show article text as it is: rich would read "[/b]" or "[link=…]" in
    a plain string as its own markup (and fail, or make a link)."""
    return [Text("" if value is None else str(value)) for value in values]


def claims_table(rows: list[dict[str, Any]], *, title: str) -> Table:
    """A readable table of claim dicts: source, cue, content, said, hedges, quote."""
    table = Table(title=Text(title), show_lines=False, highlight=False)
    for name in ("article", "source", "cue", "content", "said", "hedges", "quote"):
        table.add_column(name, overflow="fold", max_width=60 if name == "content" else 28)
    for claim in rows:
        source = claim.get("source") or {}
        said = claim.get("said") or {}
        table.add_row(*_plain(
            _short((claim.get("article") or {}).get("id"), 28),
            _short(source.get("name") or source.get("text") or "—", 40),
            (claim.get("cue") or {}).get("text") or "",
            _short(claim["content"]["text"]),
            said.get("value") or said.get("text") or "",
            ", ".join(claim.get("hedges") or []),
            "yes" if claim.get("quote") else "",
        ))
    return table


def _record_claims(record: Record) -> list[dict[str, Any]]:
    out = []
    for claim in record.to_dict()["claims"]:
        claim["article"] = {"id": record.article.id, "title": record.article.title}
        out.append(claim)
    return out


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a message comes (test runners swap it)."""

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        del value


def _log_to_stderr() -> None:
    """The library's warnings (W0xx) reach the user as plain lines on stderr, once each."""
    logger = logging.getLogger("claimledger")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        handler.setLevel(logging.WARNING)
        logger.addHandler(handler)


def _finish(tally: Tally) -> None:
    _say(tally.summary())
    raise typer.Exit(tally.exit_code)


# --------------------------------------------------------------------------- commands


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    """Read news reports and keep a ledger of who claimed what, when."""
    _log_to_stderr()
    if version:
        typer.echo(f"claimledger {__version__}")
        raise typer.Exit(0)


@app.command()
@guarded
def extract(
    paths: PathsArg,
    published: PublishedOption = None,
    output: Annotated[RecordFormat | None, typer.Option(
        "--format", help="jsonl: one record a line; table: the claims (default on a "
                         "terminal); timeml: each article as a TimeML document (TIMEX3 tags).",
    )] = None,
    model: ModelOption = None,
    glob: GlobOption = None,
    any_language: AnyLanguageOption = False,
) -> None:
    """Extract claims, entities, times, quantities and events; print them (nothing is stored)."""
    settings = settings_from_options(model=model)
    tally = Tally()
    records = extract_paths(paths, published=parse_published(published), settings=settings,
                            tally=tally, report=_say, glob=glob, any_language=any_language)
    chosen = _chosen(output)
    if chosen == "jsonl":
        _print_json_lines(record.to_dict() for record in records)
    elif chosen == "timeml":
        from .timeml import to_timeml

        for record in records:
            typer.echo(to_timeml(record), nl=False)
    else:
        rows = [claim for record in records for claim in _record_claims(record)]
        _console().print(claims_table(rows, title=f"{len(rows)} claims"))
    _finish(tally)


@app.command()
@guarded
def ingest(
    paths: PathsArg,
    db: DbOption = None,
    published: PublishedOption = None,
    model: ModelOption = None,
    glob: GlobOption = None,
    any_language: AnyLanguageOption = False,
    quiet: QuietOption = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, max=256, help="Extract on a local Dask cluster of this many "
                                          "worker processes (needs the dask extra).")] = None,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Extract on the Dask cluster at this address "
                            "(tcp://host:8786); the ledger is written here.")] = None,
) -> None:
    """Extract and store articles in the ledger (articles already stored are left alone).

    Reads text, JSON Lines, HTML pages, RSS/Atom feeds, WARC archives, URLs and stdin. A
    near-duplicate of a stored article (a wire copy) is stored linked to it; a run that is
    interrupted loses nothing, and running it again finishes the job. With ``--workers`` or
    ``--scheduler`` the extraction runs on a Dask cluster; the ledger ends up the same.
    """
    from .ingest.progress import IngestProgress, estimate_total, reasons

    if workers is not None and scheduler is not None:
        raise ClaimledgerError(Errors.E078)
    if scheduler is not None and not scheduler.strip():
        raise ClaimledgerError(Errors.E071.format(address="''", reason="no address given"))
    settings = settings_from_options(db=db, model=model)
    published = parse_published(published)  # the one-line E007 before any work
    runner = None
    if workers is not None or scheduler is not None:
        from functools import partial

        from .scale import ingest_items_on_dask

        runner = partial(ingest_items_on_dask, workers=workers, scheduler=scheduler)
    show = sys.stderr.isatty() and not quiet
    total = estimate_total(paths, glob) if show else None
    with IngestProgress(show=show, quiet=quiet, total=total) as progress:
        tally = ingest_paths(paths, published=published, settings=settings,
                             report=progress.report, glob=glob, any_language=any_language,
                             watch=progress.watch, runner=runner)
    for line in reasons(tally):
        _say(line)
    _finish(tally)


def _open(db: str | None) -> Any:
    from .ledger import Ledger

    return Ledger(settings_from_options(db=db).db, create=False)


@app.command()
@guarded
def stats(
    db: DbOption = None,
    output: Annotated[StatsFormat | None, typer.Option(
        "--format", help="json, or table (the default on a terminal).")] = None,
) -> None:
    """Count the articles, claims, entities, quantities, times and events in the ledger."""
    with _open(db) as ledger:
        counts = ledger.stats()
    if _chosen(output) == "table":
        table = Table(title="ledger", highlight=False)
        table.add_column("what")
        table.add_column("count", justify="right")
        for name, count in counts.items():
            table.add_row(name, str(count))
        _console().print(table)
    else:
        typer.echo(json.dumps(counts))


@app.command()
@guarded
def claims(
    db: DbOption = None,
    source: Annotated[str | None, typer.Option(
        "--source", help="Only claims whose source (its name or text, or an entity any article "
                         "calls so) contains this.")] = None,
    about: Annotated[str | None, typer.Option(
        "--about", help="Only claims whose content mentions this entity, or counts it with "
                        "a figure.")] = None,
    search: Annotated[str | None, typer.Option(
        "--search", help="Only claims whose content holds every one of these words.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="At most this many.")] = None,
    output: Annotated[ListFormat | None, typer.Option(
        "--format", help="table (the default on a terminal) or jsonl.")] = None,
) -> None:
    """List the stored claims, newest articles first; filtered as the web's /claims page is."""
    with _open(db) as ledger:
        rows = ledger.claims(source=source, about=about, q=search, limit=limit)
    if _chosen(output) == "jsonl":
        _print_json_lines(rows)
    else:
        _console().print(claims_table(rows, title=f"{len(rows)} claims"))


@app.command()
@guarded
def estimates(
    db: DbOption = None,
    measure: Annotated[str | None, typer.Option(
        "--measure", help="A word of the measure: killed, wounded, deployed…")] = None,
    about: Annotated[str | None, typer.Option(
        "--about", help="What is counted: an entity (\"North Korea\") or words of it.")] = None,
    window: Annotated[int, typer.Option(
        "--window", min=0, help="Days apart within which two figures are compared.")] = 14,
    output: Annotated[StatsFormat | None, typer.Option(
        "--format", help="json, or table (the default on a terminal).")] = None,
) -> None:
    """Series of figures (who said how many, when), how they agree, and Admiralty grades."""
    from .analysis import estimates as estimates_report

    with _open(db) as ledger:
        report = estimates_report(ledger, measure=measure, about=about, window=window)
    if _chosen(output) != "table":
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    console = _console()
    for series in report["series"]:
        kind = "running total" if series["cumulative"] else "figure"
        table = Table(title=Text(f"{series['measure']} — {series['subject_name']} ({kind})"),
                      highlight=False)
        for name in ("date", "source", "figure", "bounds", "grade", "why", "article"):
            table.add_column(name, overflow="fold", max_width=48 if name == "why" else 28)
        for item in series["estimates"]:
            table.add_row(*_plain(item["date"], _short(item["source"], 28), item["text"],
                                  item["interval"]["text"], item["admiralty"],
                                  item["credibility"]["why"], item["article"]))
        console.print(table)
    if not report["series"]:
        _say("no figures match")
        return
    sources = Table(title="sources (reliability from every figure they gave)", highlight=False)
    for name in ("grade", "source", "why"):
        sources.add_column(name, overflow="fold")
    for source in report["sources"]:
        sources.add_row(*_plain(f"{source['grade']} {source['label']}",
                                _short(source["source"], 40), source["why"]))
    console.print(sources)


@app.command()
@guarded
def export(
    db: DbOption = None,
    output: Annotated[ExportFormat, typer.Option(
        "--format", help="jsonl: one contract record a line; csv: one table (--table); ftm: "
                         "FollowTheMoney entities, one a line; md or html: a brief (--about, "
                         "--measure).")] = ExportFormat.jsonl,
    table: Annotated[ExportTable | None, typer.Option(
        "--table", help="The CSV table (default: claims).")] = None,
    about: Annotated[str | None, typer.Option(
        "--about", help="The brief's subject: an entity or what is counted.")] = None,
    measure: Annotated[str | None, typer.Option(
        "--measure", help="The brief's figures: a word of the measure (killed…).")] = None,
) -> None:
    """Write out the ledger: contract records, a CSV table, FollowTheMoney entities, or a brief
    (estimates with grades, claims and events about a subject) in Markdown or HTML."""
    from . import export as exports

    brief = output in (ExportFormat.md, ExportFormat.html)
    if table is not None and output is not ExportFormat.csv:
        raise ClaimledgerError(Errors.E075.format(table=table.value, format=output.value))
    if (about or measure) and not brief:
        raise ClaimledgerError(Errors.E077.format(format=output.value))
    with _open(db) as ledger:
        if brief:
            from .export.brief import write_brief

            write_brief(ledger, sys.stdout, html=output is ExportFormat.html, about=about,
                        measure=measure)
            return
        exports.write(ledger, output.value, sys.stdout,
                      table=table.value if table is not None else None)


@app.command()
@guarded
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port.")] = 8000,
    get: Annotated[str | None, typer.Option(
        "--get", help="Print the response to one GET of this path (e.g. /api/claims) and "
                      "exit; non-zero unless it is 200. Starts no server.")] = None,
) -> None:
    """Serve the web UI and JSON API over the ledger (writes need $CLAIMLEDGER_TOKEN)."""
    from . import web

    url = settings_from_options(db=db).db
    if get is not None:
        status, body = web.get(url, get)
        typer.echo(body)
        raise typer.Exit(0 if status == 200 else 1)
    web.serve(url, host=host, port=port)


# --------------------------------------------------------------------------- demo


def sample_folder() -> Path:
    """The bundled sample articles: the package's ``examples``, else the repository's."""
    try:
        bundled = resources.files("claimledger") / "examples"
        if bundled.is_dir():
            path = Path(str(bundled))
            if _has_articles(path):
                return path
    except (ModuleNotFoundError, TypeError):
        pass
    repository = Path(__file__).resolve().parents[2] / "examples"
    if _has_articles(repository):
        return repository
    raise ClaimledgerError(Errors.E018.format(path=repository))


def _has_articles(folder: Path) -> bool:
    return folder.is_dir() and any(
        p.suffix in (".jsonl", ".txt") for p in folder.iterdir() if p.is_file())


def fresh_sqlite(path: Path) -> None:
    """Remove an earlier demo ledger (and its WAL files); refuse to touch any other file."""
    if path.exists():
        with path.open("rb") as handle:
            if path.stat().st_size and handle.read(16) != SQLITE_MAGIC:
                raise ClaimledgerError(Errors.E019.format(path=path))
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def run_demo(db: str | None = None, *, report: Callable[[str], None] = _say) -> tuple[str, Tally]:
    """Ingest the sample articles into a fresh ledger; return its URL and the tally."""
    target = Path(db) if db else Path(DEMO_DB)
    if db and "://" in db:
        raise ClaimledgerError(Errors.E008.format(url=db, reason="the demo takes a file path"))
    folder = sample_folder()
    fresh_sqlite(target)
    settings = settings_from_options(db=str(target))
    tally = ingest_paths([folder], settings=settings, report=report)
    return str(target), tally


@app.command()
@guarded
def demo(
    db: Annotated[str | None, typer.Option(
        "--db", help=f"The demo ledger, recreated (default: ./{DEMO_DB}).")] = None,
) -> None:
    """Ingest the bundled sample articles into a fresh ledger and show its claims."""
    from .ledger import Ledger

    path, tally = run_demo(db)
    with Ledger(path) as ledger:
        rows = ledger.claims()
        counts = ledger.stats()
    _console().print(claims_table(rows, title=f"{len(rows)} claims in {path}"))
    shown = path if " " not in path else f'"{path}"'
    typer.echo(
        f"\n{counts['articles']} articles, {counts['claims']} claims, "
        f"{counts['entities']} entities, {counts['quantities']} quantities, "
        f"{counts['times']} times, {counts['events']} events.\n\nTry next:\n"
        f"  claimledger stats --db {shown}\n"
        f"  claimledger claims --db {shown} --source NIS\n"
        f"  claimledger claims --db {shown} --about Kursk\n"
        f"  claimledger estimates --db {shown} --measure killed   (who said how many; grades)\n"
        f"  claimledger export --db {shown} --format html --about \"North Korea\" > brief.html\n"
        f"  claimledger serve --db {shown}        (web UI on http://127.0.0.1:8000)\n"
        f"  claimledger extract some-article.txt --published 2025-02-27\n"
    )
    raise typer.Exit(tally.exit_code)
