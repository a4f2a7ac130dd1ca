"""A small ledger of hand-written sample articles (our own words) with hand-made facts.

The facts are built by hand, not extracted, so the web tests check the web layer alone and
fail only when it breaks. One article is hostile: markup, event handlers and a
``javascript:`` URL in its title, outlet, URL, text and names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimledger.ledger import Ledger
from claimledger.record import record_from_dict

PENTAGON = (
    "Pentagon estimates North Korean losses\n\n"
    "The Pentagon said on Thursday that more than 1,000 North Korean soldiers had been killed "
    "or wounded in the Kursk region. Officials added that the figure was preliminary.\n\n"
    "North Korea moved about 11,000 troops to Russia in October, according to Ukrainian "
    "intelligence."
)
SEOUL = (
    "Seoul raises its estimate\n\n"
    "South Korea's spy agency said on Monday that about 300 North Korean soldiers had died "
    "and 2,700 had been wounded. Moscow denied that any North Korean troops were fighting."
)
HOSTILE_TEXT = (
    'Officials said <script>alert("x")</script> the strike killed between 10 and 20 people.'
    "\n\nA spokesman told <b>reporters <img src=x onerror=alert(2)> that "
    '<a href="javascript:alert(3)">the toll</a> could rise.'
)
HOSTILE_TITLE = '<script>alert("t")</script> Breaking <img src=x onerror=alert(1)>'
HOSTILE_NAME = "<svg onload=alert(4)>"


def span(text: str, piece: str, after: int = 0) -> list[int]:
    start = text.index(piece, after)
    return [start, start + len(piece)]


def part(text: str, piece: str, after: int = 0) -> dict[str, Any]:
    return {"text": piece, "span": span(text, piece, after)}


def entity(text: str, id_: str, name: str, type_: str, surfaces: list[str],
           kb: dict[str, Any] | None = None) -> dict[str, Any]:
    mentions = []
    for surface in surfaces:
        at = 0
        while (found := text.find(surface, at)) != -1:
            mentions.append([found, found + len(surface)])
            at = found + len(surface)
    return {"id": id_, "name": name, "type": type_, "aliases": sorted(set(surfaces)),
            "mentions": sorted(mentions), "kb": kb or {}}


def article(id_: str, text: str, **meta: Any) -> dict[str, Any]:
    return {"id": id_, "text": text, "language": "en", **meta}


def pentagon_record() -> dict[str, Any]:
    t = PENTAGON
    return {
        "schema": "claimledger/1",
        "article": article("a1-pentagon", t, title="Pentagon estimates North Korean losses",
                           outlet="Test Tribune", author="A. Writer", published="2024-12-20",
                           url="https://tribune.example/a1"),
        "entities": [
            entity(t, "e:pentagon", "Pentagon", "ORG", ["Pentagon"]),
            entity(t, "e:north-korea", "North Korea", "GPE", ["North Korean", "North Korea "],
                   {"iso": "KP", "geonames": 1873107}),
            entity(t, "e:kursk", "Kursk", "LOC", ["Kursk"],
                   {"feature": "city", "geonames": 538560, "lat": 51.73, "lon": 36.19,
                    "country": "RU"}),
            entity(t, "e:russia", "Russia", "GPE", ["Russia"], {"iso": "RU"}),
        ],
        "claims": [
            {"id": "c1", "source": {**part(t, "The Pentagon"), "entity": "e:pentagon",
                                    "name": "Pentagon"},
             "cue": part(t, "said"),
             "content": part(t, "more than 1,000 North Korean soldiers had been killed or "
                                "wounded in the Kursk region"),
             "quote": False,
             "said": {"text": "on Thursday", "value": "2024-12-19", "start": "2024-12-19",
                      "end": "2024-12-19"},
             "via": None, "hedges": [], "quantities": ["q1"], "times": ["t1"], "events": []},
            {"id": "c2", "source": {**part(t, "Ukrainian intelligence"), "entity": None,
                                    "name": "Ukrainian intelligence"},
             "cue": part(t, "according to"),
             "content": part(t, "North Korea moved about 11,000 troops to Russia in October"),
             "quote": False, "said": None, "via": None, "hedges": [],
             "quantities": ["q2"], "times": ["t2"], "events": ["v1"]},
        ],
        "quantities": [
            {"id": "q1", **part(t, "more than 1,000"), "value": 1000, "low": 1000,
             "high": None, "relation": "gt", "unit": "person", "measure": "killed and wounded",
             "about": {**part(t, "North Korean soldiers"), "entity": "e:north-korea"}},
            {"id": "q2", **part(t, "about 11,000"), "value": 11000, "low": None, "high": None,
             "relation": "approx", "unit": "person", "measure": "deployed",
             "about": {**part(t, "troops"), "entity": "e:north-korea"}},
        ],
        "times": [
            {"id": "t1", **part(t, "on Thursday"), "type": "DATE", "value": "2024-12-19",
             "start": "2024-12-19", "end": "2024-12-19"},
            {"id": "t2", **part(t, "in October"), "type": "DATE", "value": "2024-10",
             "start": "2024-10-01", "end": "2024-10-31"},
        ],
        "events": [
            {"id": "v1", "type": "MOBILIZE", "mode": "troops", "trigger": part(t, "moved"),
             "actors": ["e:north-korea"], "targets": [],
             "location": {"text": "Russia", "name": "Russia", "span": span(t, "Russia")},
             "time": {"text": "in October", "start": "2024-10-01", "end": "2024-10-31"},
             "claim": "c2", "quantities": ["q2"]},
        ],
    }


def seoul_record() -> dict[str, Any]:
    t = SEOUL
    return {
        "schema": "claimledger/1",
        "article": article("a2-seoul", t, title="Seoul raises its estimate",
                           outlet="Harbor Daily", published="2025-01-15",
                           url="https://harbor.example/a2"),
        "entities": [
            entity(t, "e:nis", "National Intelligence Service", "ORG",
                   ["South Korea's spy agency"]),
            entity(t, "e:north-korea", "North Korea", "GPE", ["North Korean"],
                   {"iso": "KP", "geonames": 1873107}),
            entity(t, "e:russia", "Russia", "GPE", ["Moscow"], {"iso": "RU"}),
        ],
        "claims": [
            {"id": "c1", "source": {**part(t, "South Korea's spy agency"), "entity": "e:nis",
                                    "name": "National Intelligence Service"},
             "cue": part(t, "said"),
             "content": part(t, "about 300 North Korean soldiers had died and 2,700 had been "
                                "wounded"),
             "said": {"text": "on Monday", "value": "2025-01-13", "start": "2025-01-13",
                      "end": "2025-01-13"},
             "hedges": [], "quantities": ["q1", "q2"], "times": ["t1"], "events": []},
            {"id": "c2", "source": {**part(t, "Moscow"), "entity": "e:russia",
                                    "name": "Russia"},
             "cue": part(t, "denied"),
             "content": part(t, "that any North Korean troops were fighting"),
             "hedges": [], "quantities": [], "times": [], "events": ["v1"]},
        ],
        "quantities": [
            {"id": "q1", **part(t, "about 300"), "value": 300, "low": None, "high": None,
             "relation": "approx", "unit": "person", "measure": "killed",
             "about": {**part(t, "North Korean soldiers"), "entity": "e:north-korea"}},
            {"id": "q2", **part(t, "2,700"), "value": 2700, "low": 2700, "high": 2700,
             "relation": "eq", "unit": "person", "measure": "wounded",
             "about": {**part(t, "North Korean soldiers"), "entity": "e:north-korea"}},
        ],
        "times": [
            {"id": "t1", **part(t, "on Monday"), "type": "DATE", "value": "2025-01-13",
             "start": "2025-01-13", "end": "2025-01-13"},
        ],
        "events": [
            {"id": "v1", "type": "REJECT", "trigger": part(t, "denied"),
             "actors": ["e:russia"], "targets": ["e:north-korea"], "claim": None,
             "quantities": []},
        ],
    }


def hostile_record() -> dict[str, Any]:
    t = HOSTILE_TEXT
    return {
        "schema": "claimledger/1",
        "article": article("a3-<hostile>", t, title=HOSTILE_TITLE,
                           outlet="<img src=x onerror=alert(1)>", author='"><script>x</script>',
                           published="2025-02-01", url="javascript:alert(1)"),
        "entities": [entity(t, "e:spokesman", HOSTILE_NAME, "PERSON", ["A spokesman"])],
        "claims": [
            {"id": "c1", "source": {**part(t, "Officials"), "name": HOSTILE_NAME},
             "cue": part(t, "said"),
             "content": part(t, '<script>alert("x")</script> the strike killed between 10 '
                                "and 20 people"),
             "hedges": [], "quantities": ["q1"], "times": [], "events": []},
            {"id": "c2", "source": {**part(t, "A spokesman"), "entity": "e:spokesman",
                                    "name": HOSTILE_NAME},
             "cue": part(t, "told"),
             "content": part(t, 'that <a href="javascript:alert(3)">the toll</a> could rise'),
             "hedges": ["could"], "quantities": [], "times": [], "events": []},
        ],
        "quantities": [
            {"id": "q1", **part(t, "between 10 and 20"), "value": None, "low": 10, "high": 20,
             "relation": "range", "unit": "person", "measure": "killed",
             "about": {**part(t, "people"), "entity": None}},
        ],
        "times": [], "events": [],
    }


def sample_records() -> list[dict[str, Any]]:
    return [pentagon_record(), seoul_record(), hostile_record()]


def build_ledger(path: Path) -> Ledger:
    ledger = Ledger(str(path))
    for data in sample_records():
        assert ledger.add(record_from_dict(data))
    return ledger


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "ledger.db"
    build_ledger(path).close()
    return path


@pytest.fixture(scope="module")
def app(ledger_path: Path):
    from claimledger.web.app import create_app

    return create_app(str(ledger_path), token="s3cret-token")


@pytest.fixture(scope="module")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
