"""The brief (Markdown and HTML) and the export command's formats, on our own short reports."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from claimledger.article import Article
from claimledger.cli import app
from claimledger.export.brief import brief_data, md, to_html, to_markdown
from claimledger.ledger import Ledger
from claimledger.ledger.batch import ingest_items

REPORTS = [
    ("ministry", "2025-03-03", "Valley Times",
     "Ministry counts losses\n\nThe Ruritanian defence ministry said on Monday that about 400 "
     "Ruritanian soldiers had been killed near Borovets. Ruritanian troops shelled the town."),
    ("monitors", "2025-03-04", "Northern Wire",
     "Monitors give a toll\n\nAn independent monitoring group said on Tuesday that at least 350 "
     "Ruritanian soldiers had been killed near Borovets."),
    ("hostile", "2025-03-05", "<b>Bad</b> Outlet",
     "Officials said <script>alert(1)</script> that [a link](javascript:alert(2)) | pipe "
     "and *stars* were found near Borovets, a spokesman told reporters."),
]
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp) -> str:
    path = tmp_path_factory.mktemp("brief") / "ledger.db"
    with Ledger(str(path)) as ledger:
        tally = ingest_items([Article(text, id=id_, published=day, outlet=outlet)
                              for id_, day, outlet, text in REPORTS], ledger=ledger)
    assert tally.stored == len(REPORTS)
    return str(path)


def test_markdown_text_is_inert():
    assert md("[a](javascript:x) <b>|</b> *y*") == \
        r"\[a\]\(javascript:x\) \<b\>\|\</b\> \*y\*"
    assert md("two\nlines") == "two lines"


def test_brief_holds_graded_estimates_claims_and_their_origin(db):
    with Ledger(db, create=False) as ledger:
        data = brief_data(ledger, about="Ruritanian", measure="killed")
    (series,) = data["series"]
    assert {e["article"] for e in series["estimates"]} == {"ministry", "monitors"}
    assert all(re.fullmatch(r"[A-F][1-6]", e["admiralty"]) for e in series["estimates"])
    text = to_markdown(data)
    assert text.startswith("# Brief: Ruritanian — killed")
    assert "| 2025-03-03 |" in text and "article ministry" in text
    assert "about 400" in text


def test_hostile_text_stays_text_in_both_briefs(db):
    with Ledger(db, create=False) as ledger:
        data = brief_data(ledger)
    markdown, html = to_markdown(data), to_html(data)
    assert "<script>" not in markdown and "\\</script\\>" in markdown
    assert "](javascript:" not in markdown
    assert "<script>" not in html, html[html.find("<script>") - 200:][:300]
    assert "&lt;/script&gt;" in html
    assert "<b>Bad</b>" not in html
    assert "Content-Security-Policy" in html and "<link" not in html  # self-contained


def test_export_command_formats(db):
    brief = runner.invoke(app, ["export", "--db", db, "--format", "md", "--about", "Ruritanian"])
    assert brief.exit_code == 0 and brief.stdout.startswith("# Brief: Ruritanian")
    page = runner.invoke(app, ["export", "--db", db, "--format", "html"])
    assert page.exit_code == 0 and page.stdout.lstrip().startswith("<!doctype html>")
    table = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--table", "quantities"])
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert {r["article_id"] for r in rows} >= {"ministry", "monitors"}
    records = runner.invoke(app, ["export", "--db", db])
    assert len([json.loads(line) for line in records.stdout.splitlines()]) == len(REPORTS)


@pytest.mark.parametrize(("args", "code"), [
    (["--format", "ftm", "--table", "claims"], "E075"),
    (["--format", "jsonl", "--about", "Ruritania"], "E077"),
])
def test_export_options_that_do_not_fit_the_format(db, args, code):
    result = runner.invoke(app, ["export", "--db", db, *args])
    assert result.exit_code == 2 and f"[{code}]" in result.output


def test_brief_of_an_empty_subject(db):
    with Ledger(db, create=False) as ledger:
        data = brief_data(ledger, about="Atlantis")
    text = to_markdown(data)
    assert "No figures match." in text and "No claims match." in text
