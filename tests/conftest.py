"""Shared fixtures: the pipeline loaded once; the third-party texts of ../shared where present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


@pytest.fixture
def no_user_settings(monkeypatch) -> None:
    """Neither the developer's ledger nor their settings file leaks into a test."""
    monkeypatch.delenv("CLAIMLEDGER_DB", raising=False)
    monkeypatch.delenv("CLAIMLEDGER_CONFIG", raising=False)


@pytest.fixture(scope="session")
def nlp():
    from claimledger.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (third-party evaluation texts); tests that need it skip where it is absent."""
    if not (SHARED / "CONTRACT.md").is_file():
        pytest.skip(f"../shared is absent ({SHARED}): third-party texts are not redistributed")
    return SHARED


@pytest.fixture(scope="session")
def seed_record(shared):
    """The seed article's record, extracted once for every test that checks it."""
    import claimledger

    path = shared / "corpus" / "dev" / "seed-nk-troops.txt"
    return claimledger.extract(
        path.read_text(encoding="utf-8"), published="2025-02-27", id="seed-nk-troops"
    )
