"""One entity across reports: an acronym one report defines names the same entity in a report
that never spells it out (own sentences, extracted, stored, read through the API)."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.ledger import Ledger

DEFINED = ("The Maritime Safety Board (MSB) said on Monday that two tankers had run aground "
           "near the port. The MSB added that nobody was hurt.")
AGAIN = ("The Maritime Safety Board said on Wednesday that the tankers had been refloated.")
ACRONYM_ONLY = "The MSB said on Friday that the channel had reopened to ships."


@pytest.fixture(scope="module")
def client(tmp_path_factory, nlp):
    from fastapi.testclient import TestClient

    from claimledger.web import create_app

    path = tmp_path_factory.mktemp("one-entity") / "ledger.db"
    with Ledger(str(path)) as ledger:
        for id_, day, text in (("msb-1", "2025-03-03", DEFINED), ("msb-2", "2025-03-05", AGAIN),
                               ("msb-3", "2025-03-07", ACRONYM_ONLY)):
            ledger.add(claimledger.extract(text, published=day, id=id_))
    return TestClient(create_app(str(path)))


def test_the_acronym_alone_is_listed_under_the_full_name(client):
    entities = client.get("/api/entities", params={"name": "MSB"}).json()["items"]
    assert [e["name"] for e in entities] == ["Maritime Safety Board"]
    assert entities[0]["articles"] == 3
    every = client.get("/api/entities", params={"limit": 200}).json()["items"]
    assert not any(e["name"] == "MSB" for e in every)


def test_the_entity_page_gathers_every_report(client):
    canonical = client.get("/api/entities", params={"name": "MSB"}).json()["items"][0]["id"]
    for asked in (canonical, "e:msb"):
        data = client.get(f"/api/entities/{asked}").json()
        assert data["entity"]["id"] == canonical
        assert set(data["entity"]["ids"]) == {canonical, "e:msb"}
        assert {c["article"]["id"] for c in data["claims_by"]["items"]} == {
            "msb-1", "msb-2", "msb-3"}


def test_the_page_says_which_ids_it_gathers(client):
    page = client.get("/entities/e:msb").text
    assert "in other reports also e:msb" in page
