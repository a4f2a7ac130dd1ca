"""Evaluate the entities and events components: PLOVER gold records, and their speed.

usage:
    python benchmarks/eval_events.py plover [--gsr PATH] [--verbose]
    python benchmarks/eval_events.py speed [--repeat N]

``plover`` runs the full pipeline on each of the 322 PLOVER gold-standard sentences
(../shared/eval/events/plover_gsr, CC BY-SA 4.0; read for measuring only) and reports:

- type accuracy of the *main* event (the predicted event whose trigger is highest in the
  parse, first on ties) against the gold type, after mapping the older PLOVER types of the
  gold file to the current ones (DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, FIGHT -> ASSAULT,
  INVESTIGATE -> ACCUSE); sentences where nothing is predicted count as wrong;
- "any" accuracy: the gold type is among the types predicted for the sentence;
- source-actor and target-actor precision/recall/F1 of the main event: a predicted actor
  matches a gold ``actorText`` when the overlap coefficient of their lower-cased word sets
  (the actor's mention texts in the sentence, its name and aliases) is at least 0.5; and by
  country: the actor's ISO code (alpha-3) equals the first three letters of the gold code.

``speed`` measures, in one run over the same texts (the GUM news texts and the sample
articles under ../shared/eval, falling back to the seed article), bare spaCy time against
the time the entities and events components add when run on the documents the full
pipeline produced (so that events see times and claims). Ratios count, not absolute
numbers: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GSR = SHARED / "eval" / "events" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
             "INVESTIGATE": "ACCUSE"}
_WORD = re.compile(r"[0-9a-z]+")


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower())) - {"the", "a", "an", "of", "s"}


def overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def gold_actors(value: Any) -> list[dict[str, str]]:
    if not isinstance(value, list):
        return []
    return [a for a in value if isinstance(a, dict) and a.get("actorText")]


def main_event(doc: Any) -> Any:
    """The predicted event whose trigger is closest to the root of its sentence."""
    events = doc._.cl_events or []
    if not events:
        return None

    def depth(event: Any) -> int:
        span = doc.char_span(*event.trigger.span, alignment_mode="expand")
        token, n = span.root, 0
        while token.head.i != token.i and n < 50:
            token, n = token.head, n + 1
        return n

    return min(events, key=lambda e: (depth(e), e.trigger.span[0]))


def actor_forms(doc: Any, entity_id: str) -> tuple[set[str], str | None]:
    import pycountry

    entity = next((e for e in doc._.cl_entities if e.id == entity_id), None)
    if entity is None:
        return set(), None
    forms = words(entity.name)
    for alias in entity.aliases:
        forms |= words(alias)
    iso = entity.kb.get("iso")
    alpha3 = None
    if iso and len(iso) == 2:
        country = pycountry.countries.get(alpha_2=iso)
        alpha3 = country.alpha_3 if country else None
    return forms, alpha3


class PRF:
    def __init__(self) -> None:
        self.tp_pred = self.pred = self.tp_gold = self.gold = 0

    def add(self, predicted: list[tuple[set[str], str | None]],
            gold: list[dict[str, str]], by_code: bool) -> None:
        def hit(p: tuple[set[str], str | None], g: dict[str, str]) -> bool:
            if by_code:
                return bool(p[1]) and str(g.get("code", ""))[:3] == p[1]
            return overlap(p[0], words(g["actorText"])) >= 0.5

        self.pred += len(predicted)
        self.gold += len(gold)
        self.tp_pred += sum(any(hit(p, g) for g in gold) for p in predicted)
        self.tp_gold += sum(any(hit(p, g) for p in predicted) for g in gold)

    def line(self) -> str:
        p = self.tp_pred / self.pred if self.pred else 0.0
        r = self.tp_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P={p:.3f} R={r:.3f} F1={f:.3f} (pred {self.pred}, gold {self.gold})"


def plover(path: Path, verbose: bool) -> int:
    from claimledger.nlp.pipeline import load_pipeline

    records = [r for r in json.loads(path.read_text("utf-8")) if r.get("text")]
    nlp = load_pipeline()
    main_ok = any_ok = covered = 0
    actors, targets, actor_codes = PRF(), PRF(), PRF()
    confusion: dict[tuple[str, str], int] = {}
    for record in records:
        gold_type = OLD_TYPES.get(record["event"], record["event"])
        doc = nlp(record["text"])
        event = main_event(doc)
        predicted_types = {e.type for e in doc._.cl_events}
        covered += bool(predicted_types)
        any_ok += gold_type in predicted_types
        got = event.type if event else "-"
        main_ok += got == gold_type
        confusion[(gold_type, got)] = confusion.get((gold_type, got), 0) + 1
        pred_actors = [actor_forms(doc, a) for a in event.actors] if event else []
        pred_targets = [actor_forms(doc, a) for a in event.targets] if event else []
        actors.add(pred_actors, gold_actors(record.get("source")), by_code=False)
        actor_codes.add(pred_actors, gold_actors(record.get("source")), by_code=True)
        targets.add(pred_targets, gold_actors(record.get("target")), by_code=False)
        if verbose and got != gold_type:
            print(f"{gold_type:>9} -> {got:<9} {record['text'][:110]}")
    n = len(records)
    print(f"PLOVER GSR: {n} sentences; events predicted for {covered} ({covered / n:.3f})")
    print(f"event type accuracy (main event): {main_ok / n:.3f}; gold type among predicted: "
          f"{any_ok / n:.3f}")
    print(f"source actors (text overlap >= 0.5): {actors.line()}")
    print(f"source actors (country code):        {actor_codes.line()}")
    print(f"target actors (text overlap >= 0.5): {targets.line()}")
    if verbose:
        for (g, p), count in sorted(confusion.items(), key=lambda kv: -kv[1])[:25]:
            print(f"  {g:>9} -> {p:<9} {count}")
    return 0


def speed_texts() -> list[str]:
    texts = []
    for folder in (SHARED / "eval" / "gum_news" / "text", SHARED / "eval" / "articles"):
        if folder.is_dir():
            texts += [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]
    seed = SHARED / "corpus" / "dev" / "seed-nk-troops.txt"
    if seed.is_file():
        texts.append(seed.read_text("utf-8"))
    return texts or ["North Korea sent troops to Russia, Seoul's spy agency said on Monday."]


def speed(repeat: int) -> int:
    from claimledger.nlp.pipeline import load_bare, load_pipeline

    texts = speed_texts()
    n_words = sum(len(t.split()) for t in texts)
    bare, full = load_bare(), load_pipeline()
    docs = list(full.pipe(texts))  # also builds the gazetteer and matchers once
    entities, events = full.get_pipe("claimledger_entities"), full.get_pipe("claimledger_events")
    bare_times, mine_times, ent_times = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        for _doc in bare.pipe(texts):
            pass
        bare_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for doc in docs:
            entities(doc)
        middle = time.perf_counter()
        for doc in docs:
            events(doc)
        end = time.perf_counter()
        mine_times.append(end - start)
        ent_times.append(middle - start)
    b, m, e = min(bare_times), min(mine_times), min(ent_times)
    print(f"texts {len(texts)}, words {n_words}, repeat {repeat} (best of)")
    print(f"bare spaCy {b:.3f}s ({n_words / b:.0f} words/s); entities {e:.3f}s; "
          f"events {m - e:.3f}s")
    print(f"entities + events add {m / b:.1%} to bare spaCy time "
          f"(entities {e / b:.1%}, events {(m - e) / b:.1%})")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("plover")
    p.add_argument("--gsr", type=Path, default=GSR)
    p.add_argument("--verbose", action="store_true")
    s = sub.add_parser("speed")
    s.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.command == "plover":
        return plover(args.gsr, args.verbose)
    return speed(args.repeat)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
