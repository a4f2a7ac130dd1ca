"""The API on PostgreSQL (tsvector search, the same queries): runs where CI provides a
server in ``CLAIMLEDGER_TEST_PG_URL``; a throwaway database is made and dropped."""

from __future__ import annotations

import os

import pytest

PG_URL = os.environ.get("CLAIMLEDGER_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="CLAIMLEDGER_TEST_PG_URL is not set")


@pytest.fixture(scope="module")
def pg_client():
    from fastapi.testclient import TestClient

    from claimledger.ledger import Ledger
    from claimledger.record import record_from_dict
    from claimledger.web.app import create_app

    from ..conftest import throwaway_database
    from .conftest import sample_records

    with throwaway_database("claimledger_web") as url:
        ledger = Ledger(url)
        try:
            for data in sample_records():
                ledger.add(record_from_dict(data))
            with TestClient(create_app(ledger=ledger), raise_server_exceptions=False) as client:
                yield client
        finally:
            ledger.close()


@pytest.mark.parametrize("path, total", [
    ("/api/articles", 3), ("/api/articles?q=preliminary", 1), ("/api/claims", 6),
    ("/api/claims?q=troops", 2), ("/api/claims?source=pentagon", 1),
    ("/api/claims?about=North%20Korea", 4), ("/api/claims?date_from=2025-01-01", 4),
    ("/api/timeline", 2), ("/api/timeline?actor=e:russia", 1),
    ("/api/quantities?measure=wounded", 2),
    ("/api/entities", 6), ("/api/times?date_from=2024-10-15&date_to=2024-10-20", 1),
])
def test_lists_on_postgresql(pg_client, path, total):
    response = pg_client.get(path)
    assert response.status_code == 200, response.text
    assert response.json()["total"] == total


@pytest.mark.parametrize("path", ["/", "/articles/a1-pentagon", "/entities/e:north-korea",
                                  "/figures?measure=killed&about=North%20Korea", "/timeline",
                                  "/api/entities/e:kursk", "/api/figures?measure=killed",
                                  "/estimates?measure=killed", "/api/estimates"])
def test_pages_on_postgresql(pg_client, path):
    assert pg_client.get(path).status_code == 200


def test_hostile_search_on_postgresql(pg_client):
    for value in ("'; DROP TABLE articles; --", "%", "troops)", "\\", "a & b | !c"):
        assert pg_client.get("/api/claims", params={"q": value}).status_code == 200
    assert pg_client.get("/api/stats").json()["counts"]["articles"] == 3
