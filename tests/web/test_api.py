"""The JSON API through FastAPI's test client, on a ledger of hand-made sample records."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.record import record_from_dict

ENVELOPE_KEYS = {"ok", "error", "status"}


def get_json(client, path: str, status: int = 200) -> Any:
    response = client.get(path)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def contents(data: dict[str, Any]) -> list[str]:
    return [claim["content"]["text"] for claim in data["items"]]


# --------------------------------------------------------------------------- articles


def test_articles_newest_first_without_text(client):
    data = get_json(client, "/api/articles")
    assert data["ok"] is True and data["total"] == 3
    assert [a["published"] for a in data["items"]] == ["2025-02-01", "2025-01-15", "2024-12-20"]
    assert all("text" not in a for a in data["items"])
    pentagon = next(a for a in data["items"] if a["id"] == "a1-pentagon")
    assert pentagon["claims"] == 2 and pentagon["outlet"] == "Test Tribune"


def test_article_is_the_contract_record(client):
    from .conftest import pentagon_record

    data = get_json(client, "/api/articles/a1-pentagon")
    expected = record_from_dict(pentagon_record()).to_dict()
    assert data["schema"] == "claimledger/1"
    assert data["article"]["text"] == expected["article"]["text"]
    for key in ("claims", "quantities", "times", "events"):
        assert [item["id"] for item in data[key]] == [item["id"] for item in expected[key]]
    text = data["article"]["text"]
    for claim in data["claims"]:
        start, end = claim["content"]["span"]
        assert text[start:end] == claim["content"]["text"]
    assert data["quantities"][0]["relation"] == "gt" and data["quantities"][0]["low"] == 1000


def test_article_search_and_filters(client):
    assert [a["id"] for a in get_json(client, "/api/articles?q=preliminary")["items"]] == [
        "a1-pentagon"]
    assert get_json(client, "/api/articles?outlet=Harbor%20Daily")["total"] == 1
    ranged = get_json(client, "/api/articles?date_from=2024-12-20&date_to=2025-01-15")
    assert {a["id"] for a in ranged["items"]} == {"a1-pentagon", "a2-seoul"}


# --------------------------------------------------------------------------- claims


def test_claims_by_source_name_text_or_entity(client):
    assert contents(get_json(client, "/api/claims?source=pentagon"))[0].startswith(
        "more than 1,000")
    by_entity = get_json(client, "/api/claims?source=e:nis")
    assert by_entity["total"] == 1 and by_entity["items"][0]["article"]["id"] == "a2-seoul"
    assert get_json(client, "/api/claims?source=spy%20agency")["total"] == 1


def test_claims_about_an_entity(client):
    about = get_json(client, "/api/claims?about=North%20Korea")
    assert about["total"] == 4
    assert get_json(client, "/api/claims?about=e:kursk")["total"] == 1
    assert get_json(client, "/api/claims?about=Atlantis")["total"] == 0


def test_claims_full_text_search(client):
    assert sorted(contents(get_json(client, "/api/claims?q=troops"))) == [
        "North Korea moved about 11,000 troops to Russia in October",
        "that any North Korean troops were fighting",
    ]
    assert get_json(client, "/api/claims?q=troops%20fighting")["total"] == 1
    assert get_json(client, "/api/claims?q=submarine")["total"] == 0


def test_claims_outlet_and_dates(client):
    assert get_json(client, "/api/claims?outlet=Test%20Tribune")["total"] == 2
    assert get_json(client, "/api/claims?date_from=2025-01-01")["total"] == 4
    assert get_json(client, "/api/claims?date_to=2024-12-31")["total"] == 2


def test_claims_pagination_follows_next(client):
    first = get_json(client, "/api/claims?limit=4")
    assert first["count"] == 4 and first["total"] == 6 and "offset=4" in first["next"]
    second = get_json(client, first["next"].split("testserver", 1)[1])
    assert second["count"] == 2 and second["next"] is None
    seen = [(c["article"]["id"], c["id"]) for c in first["items"] + second["items"]]
    assert len(set(seen)) == 6


# --------------------------------------------------------------------------- entities, events


def test_entities_grouped_across_articles(client):
    data = get_json(client, "/api/entities")
    north_korea = next(e for e in data["items"] if e["id"] == "e:north-korea")
    assert north_korea["articles"] == 2 and data["items"][0]["articles"] >= 2
    assert get_json(client, "/api/entities?name=spy")["items"][0]["id"] == "e:nis"


def test_entity_detail(client):
    data = get_json(client, "/api/entities/e:north-korea")
    assert data["entity"]["kb"]["iso"] == "KP" and data["entity"]["articles"] == 2
    assert data["claims_about"]["total"] == 4 and data["claims_by"]["total"] == 0
    assert {v["type"] for v in data["events"]["items"]} == {"MOBILIZE", "REJECT"}
    kursk = get_json(client, "/api/entities/e:kursk")["entity"]["kb"]
    assert (kursk["lat"], kursk["lon"]) == (51.73, 36.19)
    nis = get_json(client, "/api/entities/e:nis")
    assert nis["claims_by"]["total"] == 1


def test_timeline_by_type_and_actor(client):
    mobilize = get_json(client, "/api/timeline?type=MOBILIZE")
    assert mobilize["total"] == 1 and mobilize["items"][0]["date"] == "2024-10-01"
    everything = get_json(client, "/api/timeline")
    assert [v["date"] for v in everything["items"]] == ["2024-10-01", "2025-01-15"]
    assert get_json(client, "/api/timeline?actor=e:russia")["total"] == 1
    assert get_json(client, "/api/events?actor=e:pentagon")["total"] == 0


def test_figures_by_measure_and_subject(client):
    data = get_json(client, "/api/figures?measure=killed&about=North%20Korea")
    figures = {(f["text"], f["source"], f["date"]) for f in data["items"]}
    assert figures == {("more than 1,000", "Pentagon", "2024-12-19"),
                       ("about 300", "National Intelligence Service", "2025-01-13")}
    assert any(m["measure"] == "killed" for m in data["measures"])


def test_quantities_and_times(client):
    assert get_json(client, "/api/quantities?measure=wounded")["total"] == 2
    assert get_json(client, "/api/quantities?about=e:north-korea")["total"] == 4
    october = get_json(client, "/api/times?date_from=2024-10-15&date_to=2024-10-20")
    assert [t["text"] for t in october["items"]] == ["in October"]


def test_stats_and_home(client):
    assert get_json(client, "/api/stats")["counts"]["claims"] == 6
    home = get_json(client, "/api")
    assert home["counts"]["articles"] == 3
    assert home["sources"][0]["claims"] >= 1


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize("path, status", [
    ("/api/articles/no-such-article", 404),
    ("/api/entities/e:nobody", 404),
    ("/api/no-such-route", 404),
    ("/api/claims?limit=0", 400),
    ("/api/claims?limit=100000", 400),
    ("/api/claims?date_from=2025-02-30", 400),
    ("/api/articles?offset=-1", 400),
])
def test_every_error_uses_one_envelope(client, path, status):
    data = get_json(client, path, status)
    assert set(data) == ENVELOPE_KEYS
    assert data["ok"] is False and data["status"] == status and isinstance(data["error"], str)


def test_method_not_allowed_is_an_envelope(client):
    response = client.delete("/api/articles/a1-pentagon")
    assert response.status_code == 405 and set(response.json()) == ENVELOPE_KEYS


def test_internal_error_is_an_envelope_without_a_trace(ledger_path, monkeypatch):
    from fastapi.testclient import TestClient

    from claimledger.web import views
    from claimledger.web.app import create_app

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(views, "stats", broken)
    with TestClient(create_app(str(ledger_path)), raise_server_exceptions=False) as client:
        response = client.get("/api/stats")
    assert response.status_code == 500
    assert response.json() == {"ok": False, "error": "internal error", "status": 500}
    assert "secret" not in response.text and "Traceback" not in response.text
    assert "Content-Security-Policy" in response.headers


# --------------------------------------------------------------------------- writing


def _hostile_free_record(article_id: str, text: str) -> dict[str, Any]:
    return {"schema": "claimledger/1",
            "article": {"id": article_id, "text": text, "title": "Posted", "outlet": "API",
                        "published": "2025-03-01"},
            "entities": [], "claims": [], "quantities": [], "times": [], "events": []}


def test_post_needs_the_bearer_token(client):
    body = {"record": _hostile_free_record("posted-1", "A posted article about a ceasefire.")}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"}):
        response = client.post("/api/articles", json=body, headers=headers)
        assert response.status_code == 401
        assert set(response.json()) == ENVELOPE_KEYS
        assert response.headers["www-authenticate"] == "Bearer"
    assert get_json(client, "/api/articles/posted-1", 404)["status"] == 404


def test_read_only_without_a_configured_token(ledger_path, monkeypatch):
    from fastapi.testclient import TestClient

    from claimledger.web.app import create_app

    monkeypatch.delenv("CLAIMLEDGER_TOKEN", raising=False)
    with TestClient(create_app(str(ledger_path)), raise_server_exceptions=False) as client:
        response = client.post("/api/articles", json={"text": "Some text."},
                               headers={"Authorization": "Bearer "})
    assert response.status_code == 401 and "read-only" in response.json()["error"]


def test_post_a_record_with_the_token(tmp_path):
    from fastapi.testclient import TestClient

    from claimledger.web.app import create_app

    from .conftest import build_ledger

    build_ledger(tmp_path / "w.db").close()
    app = create_app(str(tmp_path / "w.db"), token="tok")
    auth = {"Authorization": "Bearer tok"}
    body = {"record": _hostile_free_record("posted-2", "A posted article about a truce.")}
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/api/stats").json()["counts"]["articles"] == 3
        created = client.post("/api/articles", json=body, headers=auth)
        assert created.status_code == 201, created.text
        assert created.json()["stored"] is True and created.json()["id"] == "posted-2"
        assert client.get("/api/articles/posted-2").json()["article"]["title"] == "Posted"
        again = client.post("/api/articles", json=body, headers=auth)
        assert again.status_code == 201 and again.json()["stored"] is False
        bad = client.post("/api/articles", json={"record": {"schema": "other"}}, headers=auth)
        assert bad.status_code == 400 and set(bad.json()) == ENVELOPE_KEYS
        empty = client.post("/api/articles", json={"text": "   "}, headers=auth)
        assert empty.status_code == 400
        # the cached counts follow the ledger
        assert client.get("/api/stats").json()["counts"]["articles"] == 4
        assert client.get("/api").json()["counts"]["articles"] == 4


def test_post_text_is_extracted(tmp_path, nlp):
    """An article sent as text goes through the real pipeline (``nlp`` loads it once)."""
    from fastapi.testclient import TestClient

    from claimledger.ledger import Ledger
    from claimledger.web.app import create_app

    ledger = Ledger(str(tmp_path / "x.db"))
    app = create_app(ledger=ledger, token="tok")
    text = ("Officials in Kyiv said on Tuesday that about 200 soldiers had been captured "
            "near the border.")
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/api/articles", headers={"Authorization": "Bearer tok"},
                               json={"text": text, "id": "kyiv-1", "title": "Captured",
                                     "published": "2025-03-04"})
        assert response.status_code == 201, response.text
        record = client.get("/api/articles/kyiv-1").json()
    assert record["article"]["text"] == text and record["article"]["published"] == "2025-03-04"
    assert any(q["text"].endswith("200") for q in record["quantities"])


def test_timeline_actor_by_name(client):
    by_name = get_json(client, "/api/timeline?actor=Russia")
    assert by_name["total"] == 1 and by_name["filters"]["actor"] == "e:russia"
    assert "REJECT" in client.get("/timeline?actor=Russia").text


@pytest.mark.parametrize("entity_id", ["e:north-korea", "e:russia", "e:kursk", "e:nobody"])
def test_common_entity_paths_agree(ledger_path, entity_id):
    """The walk used for entities most articles report gives what the collecting query
    gives (the sample ledger is too small to pick it by itself)."""
    from claimledger.ledger import Ledger, queries

    ledger = Ledger(str(ledger_path), create=False)
    try:
        with ledger.engine.connect() as conn:
            results = []
            for common in (False, True):
                match = queries.EntityMatch("", (entity_id,), common=common)
                claims, total = queries.list_claims(conn, search_kind=ledger.search_kind,
                                                    about=match)
                saved, queries.SORT_WHOLE = queries.SORT_WHOLE, (-1 if common else 10**6)
                try:
                    happened, events_total = queries.list_events(conn, actor=entity_id)
                finally:
                    queries.SORT_WHOLE = saved
                results.append(([(c["article"]["id"], c["id"]) for c in claims], total,
                                [(v["article"]["id"], v["id"]) for v in happened],
                                events_total))
    finally:
        ledger.close()
    assert results[0] == results[1]


def test_ids_with_slashes_and_odd_characters(tmp_path):
    from fastapi.testclient import TestClient

    from claimledger.web.app import create_app

    from .conftest import pentagon_record

    data = pentagon_record()
    data["article"]["id"] = "wire/2024 #1?x=y"
    data["entities"][1]["id"] = "e:north/korea"
    for quantity in data["quantities"]:
        quantity["about"]["entity"] = "e:north/korea"
    data["events"][0]["actors"] = ["e:north/korea"]
    from claimledger.ledger import Ledger

    ledger = Ledger(str(tmp_path / "odd.db"))
    ledger.add(record_from_dict(data))
    with TestClient(create_app(ledger=ledger), raise_server_exceptions=False) as client:
        listed = client.get("/api/articles").json()["items"][0]["id"]
        assert listed == "wire/2024 #1?x=y"
        path = "/articles/wire%2F2024%20%231%3Fx%3Dy"
        assert client.get("/api" + path).json()["article"]["id"] == listed
        page = client.get(path)
        assert page.status_code == 200 and 'href="/entities/e:north%2Fkorea"' in page.text
        entity = client.get("/api/entities/e:north%2Fkorea").json()
        assert entity["entity"]["id"] == "e:north/korea" and entity["events"]["total"] == 1


@pytest.mark.parametrize("entity_id", ["e:north-korea", "e:russia", "e:nobody"])
def test_capped_counts_agree_with_exact_ones(ledger_path, entity_id):
    """A count stopped at a cap gives the exact total below it, and cap + 1 above it."""
    from claimledger.ledger import Ledger, queries

    ledger = Ledger(str(ledger_path), create=False)
    try:
        with ledger.engine.connect() as conn:
            exact_about = []
            for common in (False, True):
                match = queries.EntityMatch("", (entity_id,), common=common)
                exact = queries.list_claims(conn, search_kind=ledger.search_kind,
                                            about=match)[1]
                roomy = queries.list_claims(conn, search_kind=ledger.search_kind,
                                            about=match, count_cap=100)[1]
                tight = queries.list_claims(conn, search_kind=ledger.search_kind,
                                            about=match, count_cap=1)[1]
                assert roomy == exact and tight == min(exact, 2)
                exact_about.append(exact)
            events_exact = queries.list_events(conn, actor=entity_id)[1]
            assert queries.list_events(conn, actor=entity_id, count_cap=100)[1] == events_exact
    finally:
        ledger.close()
    assert exact_about[0] == exact_about[1]


def test_entity_page_shows_capped_totals(client, monkeypatch):
    from claimledger.web import views

    monkeypatch.setattr(views, "ENTITY_COUNT_CAP", 2)
    data = get_json(client, "/api/entities/e:north-korea")
    assert data["claims_about"] == {**data["claims_about"], "total": 2, "total_exact": False}
    assert data["claims_by"]["total"] == 0 and data["claims_by"]["total_exact"] is True
    page = client.get("/entities/e:north-korea").text
    assert "Claims about North Korea (2+)" in page and "Claims by North Korea (0)" in page


def test_deep_pages_read_by_key_agree(client, monkeypatch):
    """Pages found from their keys (deep offsets) hold what a plain OFFSET gives."""
    from claimledger.ledger import queries

    plain = [get_json(client, f"/api/claims?limit=2&offset={n}")["items"] for n in (0, 2, 4)]
    monkeypatch.setattr(queries, "DEFER_OFFSET", 0)
    by_key = [get_json(client, f"/api/claims?limit=2&offset={n}")["items"] for n in (0, 2, 4)]
    assert by_key == plain and sum(len(items) for items in plain) == 6


def test_opening_an_older_ledger_adds_missing_indexes(tmp_path):
    """Indexes added to the schema later are created when an existing ledger is opened;
    the web app itself never writes on start-up."""
    import sqlite3

    from claimledger.ledger import Ledger
    from claimledger.web.app import create_app

    from .conftest import build_ledger

    path = tmp_path / "old.db"
    build_ledger(path).close()
    with sqlite3.connect(path) as db:
        db.execute("DROP INDEX ix_mentions_entity")

    def index_names() -> set[str]:
        with sqlite3.connect(path) as db:
            return {row[0] for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index'")}

    assert "ix_mentions_entity" not in index_names()
    Ledger(str(path), create=False).close()
    assert "ix_mentions_entity" in index_names()
    before = path.stat().st_mtime_ns, index_names()
    ledger = Ledger(str(path), create=False)
    try:
        create_app(ledger=ledger)
    finally:
        ledger.close()
    assert (path.stat().st_mtime_ns, index_names()) == before


def test_entity_summary_follows_new_articles(tmp_path):
    """The cached entity summary is dropped when an article is added."""
    from fastapi.testclient import TestClient

    from claimledger.ledger import Ledger
    from claimledger.web.app import create_app

    from .conftest import pentagon_record, seoul_record

    path = tmp_path / "growing.db"
    with Ledger(str(path)) as ledger:
        assert ledger.add(record_from_dict(pentagon_record()))
    reader = Ledger(str(path), create=False)
    try:
        client = TestClient(create_app(ledger=reader))
        first = get_json(client, "/api/entities/e:north-korea")["entity"]["articles"]
        with Ledger(str(path)) as writer:
            assert writer.add(record_from_dict(seoul_record()))
        second = get_json(client, "/api/entities/e:north-korea")["entity"]["articles"]
    finally:
        reader.close()
    assert (first, second) == (1, 2)


def test_a_ledger_that_cannot_be_written_opens_without_its_new_indexes(tmp_path, caplog):
    """Missing indexes are an optimisation: a locked ledger still opens (with a warning)."""
    import sqlite3

    from claimledger.ledger import Ledger

    from .conftest import build_ledger

    path = tmp_path / "locked.db"
    build_ledger(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("DROP INDEX ix_mentions_entity")
        holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        with Ledger(str(path), create=False, busy_timeout=0.2) as ledger:
            assert ledger.stats()["articles"] == 3
        assert "indexes not created" in caplog.text
    finally:
        holder.execute("ROLLBACK")
        holder.close()
