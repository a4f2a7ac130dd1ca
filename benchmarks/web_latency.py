"""Latency of the web UI and API on a large generated ledger (p50/p95 per route).

Generates a ledger of synthetic articles through the Ledger API (no spaCy: the facts are
built with the text, so every span indexes it), starts ``claimledger serve`` in a
subprocess on a free loopback port and times GET requests over HTTP.

    python benchmarks/web_latency.py --articles 10000 --db /tmp/web-bench.db --requests 30

The ledger is reused when the file exists (``--fresh`` rebuilds it). The target is a p95
under 100 ms for every route. Results are recorded in ``benchmarks/RESULTS-web.md``.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from claimledger.ledger import Ledger
from claimledger.record import record_from_dict

OUTLETS = [f"Outlet {name}" for name in (
    "Harbour", "Northgate", "Eastern", "Meridian", "Lantern", "Courier", "Beacon", "Summit",
    "Ledger", "Gazette", "Observer", "Chronicle", "Dispatch", "Sentinel", "Herald", "Tribune",
    "Monitor", "Record", "Bulletin", "Journal")]
COUNTRIES = ["North Korea", "South Korea", "Russia", "Ukraine", "China", "Japan", "Poland",
             "Belarus", "Iran", "Turkey", "France", "Germany", "Finland", "Estonia", "Latvia",
             "Lithuania", "Moldova", "Georgia", "Armenia", "Azerbaijan"]
SOURCES = [f"the {kind} of {country}" for kind in ("defence ministry", "foreign ministry",
                                                     "intelligence service")
           for country in COUNTRIES[:12]]
PLACES = ["Kursk", "Kharkiv", "Donetsk", "Zaporizhzhia", "Belgorod", "Odesa", "Kherson",
          "Sumy", "Bryansk", "Luhansk"]
MEASURES = ["killed", "wounded", "captured", "deployed", "missing"]
VERBS = ["said", "told reporters", "claimed", "estimated", "reported"]
EVENT_TYPES = ["MOBILIZE", "ASSAULT", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"]
RELATIONS = ["eq", "gt", "approx", "range", "lt"]
#: 60 x 60 = 3,600 people, so the entity list has thousands of distinct ids.
GIVEN = [f"{a}{b}" for a in ("Al", "Bo", "Ca", "De", "El", "Fa", "Ga", "Ha", "Il", "Jo")
         for b in ("ra", "mi", "ten", "vo", "sha", "lin")]
FAMILY = [f"{a}{b}" for a in ("Kor", "Mel", "Nov", "Pet", "Ros", "Sav", "Tam", "Vol", "Yar",
                              "Zel")
          for b in ("enko", "ov", "ski", "ian", "dze", "escu")]


def slug(name: str) -> str:
    return "e:" + "-".join(name.lower().replace("'", "").split())


class Writer:
    """Builds one article's text and its facts together, so every span indexes the text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, text: str) -> list[int]:
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        return [start, self.size]

    @property
    def text(self) -> str:
        return "".join(self.parts)


def make_record(n: int, rng: random.Random) -> dict[str, Any]:
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(900))
    subject = rng.choice(COUNTRIES)
    place = rng.choice(PLACES)
    w = Writer()
    w.add(f"Report {n}: {subject} and the fighting near {place}\n\n")
    entities: dict[str, dict[str, Any]] = {}

    def mention(name: str, kind: str, span: list[int], **kb: Any) -> str:
        entity_id = slug(name)
        item = entities.setdefault(entity_id, {"id": entity_id, "name": name, "type": kind,
                                               "aliases": [name], "mentions": [], "kb": kb})
        item["mentions"].append(span)
        return entity_id

    claims, quantities, times, events = [], [], [], []
    for k in range(5):
        source_name = rng.choice(SOURCES)
        country = source_name.rsplit(" of ", 1)[1]
        source_span = w.add(source_name[0].upper() + source_name[1:])
        country_span = [source_span[1] - len(country), source_span[1]]
        source_entity = mention(country, "GPE", country_span, iso=country[:2].upper())
        w.add(" ")
        cue = rng.choice(VERBS)
        cue_span = w.add(cue)
        w.add(" ")
        day = published - timedelta(days=rng.randrange(3))
        said_text = f"on {day:%B} {day.day}"
        said_span = w.add(said_text)
        w.add(" that ")
        content_start = w.size
        relation = rng.choice(RELATIONS)
        value = rng.randrange(10, 20000)
        quantity_text = {"eq": f"{value:,}", "gt": f"more than {value:,}",
                         "approx": f"about {value:,}", "lt": f"fewer than {value:,}",
                         "range": f"between {value:,} and {value + 500:,}"}[relation]
        quantity_span = w.add(quantity_text)
        w.add(" ")
        about_span = w.add(f"{subject} soldiers")
        subject_id = mention(subject, "GPE", [about_span[0], about_span[0] + len(subject)])
        measure = rng.choice(MEASURES)
        w.add(f" had been {measure} near ")
        place_span = w.add(place)
        place_id = mention(place, "LOC", place_span, feature="city", lat=50.0, lon=36.0)
        content_end = w.size
        w.add(". The statement was echoed by ")
        person = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        mention(person, "PERSON", w.add(person))
        w.add(", who gave no further detail about the operation in the region.\n\n")
        text = w.text
        claim_id, quantity_id, time_id = f"c{k + 1}", f"q{k + 1}", f"t{k + 1}"
        low, high = {"eq": (value, value), "gt": (value, None), "approx": (None, None),
                     "lt": (None, value), "range": (value, value + 500)}[relation]
        quantities.append({
            "id": quantity_id, "text": quantity_text, "span": quantity_span,
            "value": None if relation == "range" else value, "low": low, "high": high,
            "relation": relation, "unit": "person", "measure": measure,
            "about": {"text": text[about_span[0]:about_span[1]], "span": about_span,
                      "entity": subject_id}})
        times.append({"id": time_id, "text": said_text, "span": said_span, "type": "DATE",
                      "value": day.isoformat(), "start": day.isoformat(),
                      "end": day.isoformat()})
        claims.append({
            "id": claim_id,
            "source": {"text": text[source_span[0]:source_span[1]], "span": source_span,
                       "entity": source_entity, "name": source_name},
            "cue": {"text": cue, "span": cue_span},
            "content": {"text": text[content_start:content_end],
                        "span": [content_start, content_end]},
            "quote": False,
            "said": {"text": said_text, "value": day.isoformat(), "start": day.isoformat(),
                     "end": day.isoformat(), "time": time_id},
            "hedges": ["estimated"] if cue == "estimated" else [],
            "quantities": [quantity_id], "times": [time_id], "events": [f"v{k + 1}"]})
        events.append({
            "id": f"v{k + 1}", "type": rng.choice(EVENT_TYPES),
            "trigger": {"text": cue, "span": cue_span}, "actors": [subject_id],
            "targets": [source_entity] if source_entity != subject_id else [],
            "location": {"text": place, "name": place, "span": place_span,
                         "entity": place_id},
            "time": {"text": said_text, "start": day.isoformat(), "end": day.isoformat(),
                     "time": time_id},
            "claim": claim_id, "quantities": [quantity_id]})
    return {
        "schema": "claimledger/1",
        "article": {"id": f"bench-{n:05d}", "text": w.text,
                    "title": f"Report {n}: {subject} near {place}",
                    "outlet": rng.choice(OUTLETS), "author": None,
                    "url": f"https://news.example/{n}", "published": published.isoformat(),
                    "language": "en"},
        "entities": list(entities.values()), "claims": claims, "quantities": quantities,
        "times": times, "events": events,
    }


def build(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    started = time.perf_counter()
    with Ledger(str(path)) as ledger:
        for n in range(count):
            ledger.add(record_from_dict(make_record(n, rng)))
            if (n + 1) % 1000 == 0:
                print(f"  {n + 1} articles stored ({time.perf_counter() - started:.0f} s)",
                      flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


ROUTES = [
    "/", "/api", "/articles", "/api/articles", "/api/articles?q=Kursk%20soldiers",
    "/articles?outlet=Outlet%20Harbour&date_from=2024-01-01&date_to=2024-06-30",
    "/articles/{mid}", "/api/articles/{mid}",
    "/claims", "/api/claims", "/claims?q=wounded%20Kharkiv", "/api/claims?source=intelligence",
    "/api/claims?about=Poland", "/api/claims?offset=20000",
    "/entities", "/api/entities", "/entities/e:north-korea", "/api/entities/e:kursk",
    "/timeline", "/api/timeline?actor=e:russia&type=ASSAULT",
    "/figures?measure=killed&about=North%20Korea", "/api/figures?measure=wounded&about=e:iran",
    "/estimates?measure=killed&about=North%20Korea", "/api/estimates?measure=wounded",
    "/api/quantities?measure=captured", "/api/events?type=MOBILIZE",
    "/api/times?date_from=2024-03-01&date_to=2024-03-31",
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(db: Path, requests: int, mid: str) -> list[tuple[str, float, float, float]]:
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-c", "import sys; from claimledger.web import serve; "
         f"serve(sys.argv[1], port={port})", f"sqlite:///{db}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(300):
                try:
                    client.get("/api/stats")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            rows = []
            for route in (r.format(mid=mid) for r in ROUTES):
                started = time.perf_counter()
                client.get(route)  # the first request fills the caches: timed apart
                first = (time.perf_counter() - started) * 1000
                times = []
                for _ in range(requests):
                    started = time.perf_counter()
                    response = client.get(route)
                    times.append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200, (route, response.status_code)
                rows.append((route, first, statistics.median(times),
                             percentile(times, 0.95), max(times)))
        return rows
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/claimledger-web-bench.db"))
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--fresh", action="store_true", help="rebuild the ledger")
    args = parser.parse_args()
    if args.fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    if not args.db.exists():
        print(f"generating {args.articles} articles into {args.db} …", flush=True)
        build(args.db, args.articles)
    with Ledger(str(args.db), create=False) as ledger:
        counts = ledger.stats()
        print("ledger:", counts, flush=True)
    rows = measure(args.db, args.requests, f"bench-{counts['articles'] // 2:05d}")
    print("\n| route | first ms | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|")
    for route, first, p50, p95, worst in rows:
        print(f"| `{route}` | {first:.1f} | {p50:.1f} | {p95:.1f} | {worst:.1f} |")
    slowest = max(rows, key=lambda r: r[3])
    coldest = max(rows, key=lambda r: r[1])
    print(f"\nslowest p95: {slowest[3]:.1f} ms ({slowest[0]}); "
          f"routes over 100 ms: {sum(r[3] > 100 for r in rows)} of {len(rows)}; "
          f"slowest first request: {coldest[1]:.1f} ms ({coldest[0]})")


if __name__ == "__main__":
    main()
