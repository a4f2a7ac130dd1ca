"""The command line end to end: extract, ingest, stats, claims, export, demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimledger
from claimledger.cli import app, settings_from_options
from claimledger.record import record_from_dict

# Reports written for these tests (invented places, people and figures).
GRAIN = (
    "Grain convoy reaches Kestova\n\n"
    "A convoy of 14 lorries carrying grain reached the besieged town of Kestova on Saturday, "
    "the regional governor, Ilse Brandt, said in a statement.\n"
    "\"This is the first food to arrive in six weeks,\" Brandt told reporters in Nordhafen.\n"
    "Aid workers estimated that about 20,000 people were still living in the town, although "
    "the figure could not be independently verified.\n"
    "The army of Vellia said on Sunday that its forces had not fired on the convoy.\n"
)
TALKS = (
    "Ceasefire talks to resume\n\n"
    "Envoys from Vellia and Ostmark will meet again in Lisbon next week, the Portuguese foreign "
    "ministry said on Monday.\n"
    "Ostmark's defence minister said at least 300 of its soldiers had been captured since the "
    "spring, a figure Vellia has disputed.\n"
)

runner = CliRunner()


pytestmark = pytest.mark.usefixtures("no_user_settings")


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    (folder / "grain.txt").write_text(GRAIN, encoding="utf-8")
    (folder / "more" / "batch.jsonl").write_text(json.dumps({
        "id": "talks", "text": TALKS, "title": "Talks", "outlet": "Harbour Wire",
        "published": "2025-04-07"}) + "\n", encoding="utf-8")
    return folder


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_prints_contract_records(articles: Path, nlp) -> None:
    result = runner.invoke(app, ["extract", str(articles), "--published", "2025-04-06"])
    assert result.exit_code == 0, result.stderr
    grain, talks = _records(result.stdout)
    assert grain["schema"] == "claimledger/1"
    assert grain["article"]["id"] == "grain" and grain["article"]["text"] == GRAIN
    assert grain["article"]["published"] == "2025-04-06"
    assert talks["article"]["id"] == "talks" and talks["article"]["published"] == "2025-04-07"
    for data in (grain, talks):
        record = record_from_dict(data)
        record.check_spans()
        assert record.to_dict() == data
    assert result.stderr.strip() == "extracted 2 article(s); 0 failed"


def test_extract_matches_the_library(articles: Path, nlp) -> None:
    result = runner.invoke(app, ["extract", str(articles / "grain.txt"),
                                 "--published", "2025-04-06", "--format", "jsonl"])
    (data,) = _records(result.stdout)
    assert data == claimledger.extract(GRAIN, published="2025-04-06", id="grain").to_dict()


def test_extract_table_shows_the_claims(articles: Path, nlp) -> None:
    result = runner.invoke(app, ["extract", str(articles / "grain.txt"), "--format", "table"])
    assert result.exit_code == 0
    record = claimledger.extract(GRAIN, id="grain")
    assert f"{len(record.claims)} claims" in result.stdout
    for header in ("source", "cue", "content", "said", "hedges", "quote"):
        assert header in result.stdout


def test_extract_reads_stdin(nlp) -> None:
    result = runner.invoke(app, ["extract", "-", "--published", "2025-04-08"], input=TALKS)
    (data,) = _records(result.stdout)
    assert data["article"]["text"] == TALKS
    lines = json.dumps({"id": "g", "text": GRAIN}) + "\n" + json.dumps({"id": "t", "text": TALKS})
    result = runner.invoke(app, ["extract", "-"], input=lines)
    assert [r["article"]["id"] for r in _records(result.stdout)] == ["g", "t"]


def test_ingest_is_idempotent_and_export_round_trips(articles: Path, tmp_path: Path, nlp) -> None:
    db = tmp_path / "ledger.db"
    first = runner.invoke(app, ["ingest", str(articles), "--db", str(db),
                                "--published", "2025-04-06"])
    assert first.exit_code == 0, first.stderr
    assert first.stderr.strip() == "stored 2 article(s); 0 already in the ledger; 0 failed"
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json"]).stdout)
    again = runner.invoke(app, ["ingest", str(articles), "--db", f"sqlite:///{db}"])
    assert again.exit_code == 0
    assert again.stderr.strip() == "stored 0 article(s); 2 already in the ledger; 0 failed"
    after = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json"]).stdout)
    assert after == stats and after["articles"] == 2
    assert set(after) == {"articles", "claims", "entities", "quantities", "times", "events"}

    exported = _records(runner.invoke(app, ["export", "--db", str(db),
                                            "--format", "jsonl"]).stdout)
    extracted = _records(runner.invoke(app, ["extract", str(articles),
                                             "--published", "2025-04-06"]).stdout)
    assert exported == extracted
    assert after["claims"] == sum(len(r["claims"]) for r in exported)


def test_claims_command_filters(articles: Path, tmp_path: Path, nlp) -> None:
    db = str(tmp_path / "ledger.db")
    runner.invoke(app, ["ingest", str(articles), "--db", db])
    everything = _records(runner.invoke(app, ["claims", "--db", db, "--format", "jsonl"]).stdout)
    records = {r.article.id: r for r in (claimledger.extract(GRAIN, id="grain"),
                                         claimledger.extract(TALKS, id="talks"))}
    assert len(everything) == sum(len(r.claims) for r in records.values())
    for claim in everything:
        record = records[claim["article"]["id"]]
        assert record.article.text[slice(*claim["content"]["span"])] == claim["content"]["text"]
    assert everything, "the sample articles hold claims"
    source = everything[0]["source"]
    name = (source or {}).get("name") or (source or {}).get("text")
    if name:
        hits = _records(runner.invoke(app, ["claims", "--db", db, "--source", name.upper(),
                                            "--format", "jsonl"]).stdout)
        assert everything[0] in hits
    word = everything[0]["content"]["text"].split()[-1]
    found = _records(runner.invoke(app, ["claims", "--db", db, "--search", word,
                                         "--format", "jsonl"]).stdout)
    assert everything[0] in found
    # --about names an entity mentioned inside the content (as the web's /claims?about=)
    record = records[everything[0]["article"]["id"]]
    start, end = everything[0]["content"]["span"]
    inside = [e for e in record.entities if any(start <= a and b <= end for a, b in e.mentions)]
    assert inside, "the first claim's content mentions an entity"
    about = _records(runner.invoke(app, ["claims", "--db", db, "--about", inside[0].name,
                                         "--format", "jsonl"]).stdout)
    assert everything[0] in about
    outside = [e for e in record.entities if e not in inside and e.name not in
               " ".join(c["content"]["text"] for c in everything)]
    for entity in outside:
        hits = _records(runner.invoke(app, ["claims", "--db", db, "--about", entity.name,
                                            "--format", "jsonl"]).stdout)
        assert everything[0] not in hits
    none = runner.invoke(app, ["claims", "--db", db, "--source", "nobody-at-all-xyz",
                               "--format", "jsonl"])
    assert none.exit_code == 0 and none.stdout == ""
    table = runner.invoke(app, ["claims", "--db", db, "--format", "table", "--limit", "1"])
    assert "1 claims" in table.stdout


def test_seed_article_round_trips_through_the_cli(shared: Path, tmp_path: Path, nlp) -> None:
    seed = shared / "corpus" / "dev" / "seed-nk-troops.txt"
    db = str(tmp_path / "seed.db")
    assert runner.invoke(app, ["ingest", str(seed), "--db", db]).exit_code == 0
    (exported,) = _records(runner.invoke(app, ["export", "--db", db]).stdout)
    (extracted,) = _records(runner.invoke(app, ["extract", str(seed)]).stdout)
    assert exported == extracted
    assert exported["article"]["published"] == "2025-02-27"  # from the sidecar
    record_from_dict(exported).check_spans()


def test_demo_builds_a_fresh_ledger(tmp_path: Path, nlp) -> None:
    db = tmp_path / "demo.db"
    db.write_bytes(b"")  # an earlier, empty demo file is simply replaced
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "claims in" in result.stdout and "Try next:" in result.stdout
    assert f"claimledger claims --db {db}" in result.stdout
    first = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json"]).stdout)
    assert first["articles"] >= 1
    again = runner.invoke(app, ["demo", "--db", str(db)])
    assert again.exit_code == 0
    second = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json"]).stdout)
    assert second == first


def test_demo_reads_the_bundled_samples() -> None:
    from claimledger.cli import sample_folder

    folder = sample_folder()
    assert any(p.suffix in (".jsonl", ".txt") for p in folder.iterdir())


def test_demo_never_overwrites_another_file(tmp_path: Path) -> None:
    precious = tmp_path / "notes.txt"
    precious.write_text("my notes", encoding="utf-8")
    result = runner.invoke(app, ["demo", "--db", str(precious)])
    assert result.exit_code == 2 and result.stderr.startswith("[E019]")
    assert precious.read_text(encoding="utf-8") == "my notes"


def test_library_warnings_reach_stderr_as_lines(tmp_path: Path, monkeypatch, nlp) -> None:
    config = tmp_path / "settings.toml"
    config.write_text("max_chars = 60\n", encoding="utf-8")
    monkeypatch.setenv("CLAIMLEDGER_CONFIG", str(config))
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=GRAIN)
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0].startswith("[W002] article ")
    (data,) = _records(result.stdout)
    assert data["article"]["text"] == GRAIN  # the record keeps the whole text
    record_from_dict(data).check_spans()


def test_options_map_to_settings(monkeypatch) -> None:
    settings = settings_from_options(db="sqlite:///x.db", model="my_model")
    assert (settings.db, settings.model) == ("sqlite:///x.db", "my_model")
    monkeypatch.setenv("CLAIMLEDGER_DB", "sqlite:///from-env.db")
    assert settings_from_options().db == "sqlite:///from-env.db"
    assert settings_from_options(db="other.db").db == "other.db"


def test_version_and_help() -> None:
    version = runner.invoke(app, ["--version"]).stdout.strip()
    assert version == f"claimledger {claimledger.__version__}"
    result = runner.invoke(app, ["--help"])
    for command in ("extract", "ingest", "stats", "claims", "export", "demo"):
        assert command in result.stdout


def test_python_dash_m_in_a_real_process(tmp_path: Path) -> None:
    """The installed entry point, through a pipe: JSON Lines by default, codes on stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMLEDGER_")}
    run = subprocess.run(
        [sys.executable, "-m", "claimledger", "extract", "-", "--published", "2025-04-08"],
        input=GRAIN.encode(), capture_output=True, timeout=120, env=env, cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr.decode()
    (data,) = _records(run.stdout.decode())
    record_from_dict(data).check_spans()
    assert data["article"]["text"] == GRAIN
    missing = subprocess.run(
        [sys.executable, "-m", "claimledger", "stats", "--db", str(tmp_path / "no" / "x.db")],
        capture_output=True, timeout=120, env=env,
    )
    assert missing.returncode == 2
    assert missing.stderr.decode().startswith("[E022]")
    assert b"Traceback" not in missing.stderr


def test_ingest_and_export_on_postgresql(articles: Path, nlp, postgres_url: str) -> None:
    url = postgres_url
    for expected in ("stored 2 article(s); 0 already", "stored 0 article(s); 2 already"):
        result = runner.invoke(app, ["ingest", str(articles), "--db", url])
        assert result.exit_code == 0 and result.stderr.startswith(expected), result.stderr
    exported = _records(runner.invoke(app, ["export", "--db", url]).stdout)
    extracted = _records(runner.invoke(app, ["extract", str(articles)]).stdout)
    assert exported == extracted


def test_article_text_that_looks_like_markup_is_printed_as_it_is(tmp_path: Path, nlp) -> None:
    text = ("The [/b] committee said on Monday that 40 Ruritanian soldiers had been killed, "
            "[link=https://bad.example]officials[/link] added.")
    path = tmp_path / "markup.txt"
    path.write_text(text, encoding="utf-8")
    db = str(tmp_path / "ledger.db")
    shown = runner.invoke(app, ["extract", str(path), "--published", "2025-03-03",
                                "--format", "table"])
    assert shown.exit_code == 0, shown.output
    assert "[/b]" in shown.stdout
    assert runner.invoke(app, ["ingest", str(path), "--db", db]).exit_code == 0
    for command in (["claims", "--db", db, "--format", "table"],
                    ["estimates", "--db", db, "--format", "table"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 0 and "E020" not in result.output, result.output
