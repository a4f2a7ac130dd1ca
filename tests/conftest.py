"""Shared fixtures: the pipeline loaded once; the third-party texts of ../shared where present."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
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


PG_SERVER = os.environ.get("CLAIMLEDGER_TEST_PG_URL")
NO_PG = "set CLAIMLEDGER_TEST_PG_URL=postgresql+psycopg://… to test PostgreSQL"


@contextmanager
def throwaway_database(prefix: str = "claimledger_test") -> Iterator[str]:
    """A fresh database on the server of CLAIMLEDGER_TEST_PG_URL, dropped afterwards (CI starts
    the server; ``.ci/run``)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    assert PG_SERVER, NO_PG
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL database for one test (skips where no server is given)."""
    if not PG_SERVER:
        pytest.skip(NO_PG)
    with throwaway_database() as url:
        yield url
