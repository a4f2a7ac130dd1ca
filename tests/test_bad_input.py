"""Bad input: one clear coded line on stderr, the right exit status, the ledger as it was."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.ledger import Ledger

GOOD = (
    "Wells run dry in Orvik\n\n"
    "The water board of Orvik said on Thursday that about 30 village wells had run dry after "
    "the third rainless month.\n"
    "Farmers said they expected the harvest to fall by at least a quarter.\n"
)
OTHER = "The mayor of Orvik said tanker lorries would bring water to the villages from Monday."

runner = CliRunner()


pytestmark = pytest.mark.usefixtures("no_user_settings")


@pytest.fixture
def db(tmp_path: Path, nlp) -> Path:
    """A ledger that already holds one article."""
    path = tmp_path / "ledger.db"
    article = tmp_path / "seeded" / "wells.txt"
    article.parent.mkdir()
    article.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(article), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _snapshot(path: Path) -> list[dict]:
    with Ledger(path) as ledger:
        return [r.to_dict() for r in ledger.records()]


def _ingest(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["ingest", *args, "--db", str(db)])
    return result.exit_code, result.stdout, result.stderr


def _expect(
    db: Path, args: list[str], code: int, exit_status: int, *, stored: int = 1
) -> list[str]:
    """Run ingest; check the coded line, the status, no traceback, the ledger untouched."""
    before = _snapshot(db)
    status, _, stderr = _ingest(db, *args)
    lines = stderr.strip().splitlines()
    assert status == exit_status, stderr
    assert "Traceback" not in stderr
    assert any(line.startswith(f"[{code}] ") for line in lines), stderr
    after = _snapshot(db)
    assert after[: len(before)] == before
    assert len(after) == len(before) + stored - 1
    return lines


Maker = Callable[[Path], Path]


def _missing(tmp: Path) -> Path:
    return tmp / "no-such-article.txt"


def _empty_dir(tmp: Path) -> Path:
    (tmp / "folder" / "sub").mkdir(parents=True)
    (tmp / "folder" / "sub" / "readme.md").write_text("no articles here", encoding="utf-8")
    return tmp / "folder"


def _empty(tmp: Path) -> Path:
    (tmp / "empty.txt").write_text("", encoding="utf-8")
    return tmp / "empty.txt"


def _blank(tmp: Path) -> Path:
    (tmp / "blank.txt").write_text("  \n\t\n   \n", encoding="utf-8")
    return tmp / "blank.txt"


def _binary(tmp: Path) -> Path:
    (tmp / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return tmp / "photo.txt"


def _latin1(tmp: Path) -> Path:
    (tmp / "latin.txt").write_bytes("Le café de la gare a fermé.".encode("latin-1"))
    return tmp / "latin.txt"


@pytest.mark.parametrize(("make", "code"), [
    (_missing, "E001"), (_empty_dir, "E002"), (_empty, "E003"), (_blank, "E003"),
    (_binary, "E004"), (_latin1, "E005"),
])
def test_unreadable_input_is_one_line_and_status_2(db: Path, make: Maker, code: str) -> None:
    path = make(db.parent)
    lines = _expect(db, [str(path)], code, 2)
    assert lines[0].startswith(f"[{code}] {path}")


def test_one_bad_input_among_good_ones_gives_status_1(db: Path) -> None:
    good = db.parent / "other.txt"
    good.write_text(OTHER, encoding="utf-8")
    _expect(db, [str(_missing(db.parent)), str(good)], "E001", 1, stored=2)


def test_a_malformed_jsonl_line_is_reported_and_the_rest_stored(db: Path) -> None:
    path = db.parent / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "other", "text": OTHER}),
        '{"id": "broken", "text": "unfinished',
        json.dumps({"id": "wells-again", "text": GOOD}),  # already stored: nothing to do
    ]) + "\n", encoding="utf-8")
    lines = _expect(db, [str(path)], "E006", 1, stored=2)
    assert lines[0].startswith(f"[E006] {path}:2: malformed JSON Lines record")
    assert lines[-1] == "stored 1 article(s); 1 already in the ledger; 1 failed"


def test_an_impossible_publication_date_is_refused(db: Path) -> None:
    good = db.parent / "other.txt"
    good.write_text(OTHER, encoding="utf-8")
    lines = _expect(db, [str(good), "--published", "2025-02-30"], "E007", 2)
    assert lines == ["[E007] invalid date '2025-02-30': expected YYYY-MM-DD "
                     "(day is out of range for month)"]


def test_an_impossible_date_for_extract_too(tmp_path: Path) -> None:
    good = tmp_path / "other.txt"
    good.write_text(OTHER, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), "--published", "next Tuesday"])
    assert result.exit_code == 2
    assert result.stderr.startswith("[E007] invalid date 'next Tuesday'")


def test_an_unreachable_ledger(tmp_path: Path, nlp) -> None:
    good = tmp_path / "other.txt"
    good.write_text(OTHER, encoding="utf-8")
    target = tmp_path / "missing-dir" / "ledger.db"
    result = runner.invoke(app, ["ingest", str(good), "--db", str(target)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        f"[E008] cannot open the ledger at sqlite:///{target}: unable to open database file")
    assert not target.parent.exists()
    for command in (["stats"], ["claims"], ["export"]):
        result = runner.invoke(app, [*command, "--db", str(target)])
        assert result.exit_code == 2 and result.stderr.startswith("[E022] no ledger at"), command


def test_reading_a_ledger_that_is_not_there_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "typo.db"
    for command in (["stats"], ["claims"], ["export"]):
        result = runner.invoke(app, [*command, "--db", str(target)])
        assert result.exit_code == 2, command
        assert result.stderr == (f"[E022] no ledger at sqlite:///{target} yet: "
                                 "ingest some articles into it first\n")
    assert not target.exists()


def test_bad_input_alone_never_creates_a_ledger(tmp_path: Path) -> None:
    target = tmp_path / "ledger.db"
    result = runner.invoke(app, ["ingest", str(_missing(tmp_path)), "--db", str(target)])
    assert result.exit_code == 2
    assert not target.exists()


def _ingest_while_locked(db: Path, lock: str) -> Any:
    """Ingest one new article while another process holds ``lock`` on the ledger."""
    good = db.parent / "other.txt"
    good.write_text(OTHER, encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute(lock)
    try:
        return runner.invoke(app, ["ingest", str(good), "--db", f"sqlite:///{db}?timeout=0.1"])
    finally:
        holder.rollback()
        holder.close()


def test_a_locked_ledger(db: Path) -> None:
    result = _ingest_while_locked(db, "BEGIN EXCLUSIVE")
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == (
        f"[E009] the ledger at sqlite:///{db}?timeout=0.1 is locked by another process; "
        "try again when it is free")
    assert len(_snapshot(db)) == 1


def test_a_ledger_locked_while_the_near_duplicate_index_catches_up(db: Path) -> None:
    # a run killed between storing an article and indexing it leaves the index behind; the
    # next run catches up first, and a lock then is the same one-line E009, not a crash
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM article_minhash_bands")
        conn.execute("DELETE FROM article_minhash")
    result = _ingest_while_locked(db, "BEGIN IMMEDIATE")
    assert result.exit_code == 2
    assert "E020" not in result.stderr and "Traceback" not in result.stderr
    assert "[E009]" in result.stderr.splitlines()[0]
    assert len(_snapshot(db)) == 1


def test_a_lone_surrogate_in_json_lines_is_replaced_not_fatal(tmp_path: Path, nlp) -> None:
    lines = tmp_path / "feed.jsonl"
    lines.write_text('{"id": "s1", "text": "The mayor said \\ud800 that 4 people were hurt."}\n'
                     '{"id": "s2", "text": "The mayor said that 7 people were hurt."}\n',
                     encoding="utf-8")
    target = tmp_path / "ledger.db"
    result = runner.invoke(app, ["ingest", str(lines), "--db", str(target)])
    assert result.exit_code == 0, result.output
    assert "stored 2 article(s)" in result.stderr


def test_an_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "x.db"), "--format", "xml"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_an_unknown_model_is_one_line(tmp_path: Path) -> None:
    good = tmp_path / "other.txt"
    good.write_text(OTHER, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 2
    assert result.stderr.startswith("[E010] spaCy pipeline 'no_such_pipeline_xyz'")
