"""Estimates across articles, end to end: our own short reports are extracted, stored (one is
a wire copy of another), and the series, agreement and grades are read back through the
library, the CLI and the web."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.analysis import estimates
from claimledger.article import Article
from claimledger.cli import app
from claimledger.ledger import Ledger
from claimledger.ledger.batch import ingest_items

MINISTRY = ("Ruritania counts its losses\n\nThe Ruritanian defence ministry said on Monday that "
            "about 400 Ruritanian soldiers had been killed in the fighting near Borovets since "
            "January.")
MONITORS = ("Monitors give their own toll\n\nAn independent monitoring group said on Tuesday "
            "that at least 350 Ruritanian soldiers had been killed near Borovets.")
REBELS = ("Rebels claim heavy losses\n\nRebel commanders claimed on Wednesday that more than "
          "2,000 Ruritanian soldiers had been killed around Borovets.")
WIRE_COPY = MINISTRY.replace("counts its losses", "counts the cost")


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory, nlp) -> Path:
    path = tmp_path_factory.mktemp("estimates") / "ledger.db"
    with Ledger(str(path)) as ledger:
        tally = ingest_items([
            Article(MINISTRY, id="ministry", outlet="Valley Times", published="2025-03-03"),
            Article(MONITORS, id="monitors", outlet="Northern Wire", published="2025-03-04"),
            Article(REBELS, id="rebels", outlet="Coast Herald", published="2025-03-05"),
            Article(WIRE_COPY, id="copy", outlet="Hill Gazette", published="2025-03-03"),
        ], ledger=ledger)
    assert tally.stored == 4 and tally.copies == 1
    return path


@pytest.fixture()
def report(ledger_path: Path) -> dict:
    with Ledger(str(ledger_path), create=False) as ledger:
        return estimates(ledger, measure="killed")


def by_article(report: dict) -> dict[str, dict]:
    (series,) = report["series"]
    return {e["article"]: e for e in series["estimates"]}


def test_one_series_of_a_running_total_oldest_first(report):
    (series,) = report["series"]
    assert series["measure"] == "killed" and series["cumulative"]
    dates = [e["date"] for e in series["estimates"]]
    assert dates == sorted(dates) and dates[0] == "2025-03-03" and dates[-1] == "2025-03-05"
    items = by_article(report)
    assert items["ministry"]["interval"]["text"] == "360–440"
    assert items["monitors"]["interval"]["text"] == "≥ 350"
    assert items["rebels"]["interval"]["text"] == "> 2,000"


def test_a_wire_copy_corroborates_nothing(report):
    items = by_article(report)
    assert items["copy"]["copy_of"] == "ministry"
    kinds = {c["article"]: c["kind"] for c in items["ministry"]["credibility"]["comparisons"]}
    assert kinds["copy"] == "same source"
    assert kinds["monitors"] == "agree"
    assert kinds["rebels"] == "update"  # a later, higher running total


def test_grades_are_computed_and_explained(report):
    items = by_article(report)
    assert items["monitors"]["credibility"]["grade"] == 1  # the ministry and the rebels agree
    assert items["ministry"]["credibility"]["grade"] == 2
    assert "2 independent sources agree" in items["monitors"]["credibility"]["why"]
    assert items["ministry"]["admiralty"][0] in "ABCDEF"
    assert all(s["why"] for s in report["sources"])


def test_nothing_matches_an_unknown_measure(ledger_path: Path):
    with Ledger(str(ledger_path), create=False) as ledger:
        assert estimates(ledger, measure="evacuated")["series"] == []


def test_cli_estimates(ledger_path: Path):
    runner = CliRunner()
    out = runner.invoke(app, ["estimates", "--db", str(ledger_path), "--measure", "killed",
                              "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert len(data["series"][0]["estimates"]) == 4
    table = runner.invoke(app, ["estimates", "--db", str(ledger_path), "--about", "Ruritanian",
                                "--format", "table"])
    assert table.exit_code == 0 and "running total" in table.stdout


def test_web_estimates(ledger_path: Path):
    from fastapi.testclient import TestClient

    from claimledger.web import create_app

    client = TestClient(create_app(str(ledger_path)))
    data = client.get("/api/estimates", params={"measure": "killed"}).json()
    assert data["ok"] and len(data["series"][0]["estimates"]) == 4
    page = client.get("/estimates", params={"measure": "killed"}).text
    assert "running total" in page and "wire copy" in page
    bad = client.get("/api/estimates", params={"window": -1})
    assert bad.status_code == 400 and bad.json()["ok"] is False  # the one error envelope


def test_the_report_names_the_filters_asked_for(ledger_path: Path):
    with Ledger(str(ledger_path), create=False) as ledger:
        report = estimates(ledger, measure="killed", about="Ruritanian", window=7)
    assert report["filters"] == {"measure": "killed", "about": "Ruritanian", "window_days": 7}
