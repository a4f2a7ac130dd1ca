"""Evaluate the quantities component: NewsQuant, Recognizers-Text sets, seed, speed, quantulum3.

usage (from the repository root, with ../shared beside it):
  python benchmarks/eval_quantities.py sets [--pipeline full|alone] [--sets NAME,…]
      predict on each CQE-format set (NewsQuant: measure only) and score it with
      ../shared/tools/score_newsquant.py (value P/R/F1, value+change F1), then value+unit F1
      under the CQE protocol (units named as CQE names them: CQE_UNITS), on the whole set
      and on its conflict-news subset (sentences whose units are people, counts, bare
      figures, dollars or percentages: the data README's subset)
  python benchmarks/eval_quantities.py seed       extract the seed article, score it with score.py
  python benchmarks/eval_quantities.py speed [--rounds N]
      bare spaCy vs. bare spaCy + this component on the same texts, in one run
  python benchmarks/eval_quantities.py quantulum [--sets NAME,…]
      quantulum3 0.10.0 on the same sentences, scored the same way
  python benchmarks/eval_quantities.py compare [--sets NAME,…]
      both in one run: claimledger (bare model + this component) and quantulum3, per set

``--pipeline full`` runs claimledger.extract's whole pipeline (the times component blocks
figures inside time expressions); ``alone`` runs the bare model plus this component only.
With ``full`` a second line scores quantities plus DURATION times (CQE counts durations as
quantities; the contract puts them in ``times``).
Predictions and scorer output go to $CLAIMLEDGER_BENCH_OUT (default: a folder under the
system temp dir), never into the repository: they hold third-party sentences.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared"))
SETS_DIR = SHARED / "eval" / "quantities" / "newsquant" / "formatted_test_set"
SCORE_NEWSQUANT = SHARED / "tools" / "score_newsquant.py"
SCORE = SHARED / "tools" / "score.py"
SEED = SHARED / "corpus" / "dev" / "seed-nk-troops"
#: Predictions hold third-party sentences (NewsQuant is not redistributable): they are written
#: outside the repository, never under it.
OUT = Path(os.environ.get("CLAIMLEDGER_BENCH_OUT",
                          Path(tempfile.gettempdir()) / "claimledger-bench" / "quantities"))
SETS = ("currency-model", "dimension-model", "temperature-model", "age-model", "NewsQuant")


def sentences(name: str) -> list[dict[str, Any]]:
    return json.loads((SETS_DIR / f"{name}.json").read_text(encoding="utf-8"))


def records_full(texts: list[str]) -> list[dict[str, Any]]:
    """Contract records from claimledger's whole pipeline, one per text."""
    from claimledger.article import Article
    from claimledger.extraction import extract_articles

    articles = [Article(text=t, id=f"s{i:04d}", published="2025-02-27")
                for i, t in enumerate(texts)]
    out = []
    for outcome in extract_articles(articles):
        rec = outcome.record.to_dict() if outcome.record else {
            "article": {"id": outcome.article.id, "text": outcome.article.text},
            "quantities": []}
        out.append(rec)
    return out


def records_alone(texts: list[str]) -> list[dict[str, Any]]:
    """Records holding only quantities: the bare model plus this component."""
    import dataclasses

    from claimledger.nlp.extensions import register_extensions
    from claimledger.nlp.pipeline import load_bare
    from claimledger.nlp.quantities import QuantitiesComponent

    register_extensions()
    nlp = load_bare()
    component = QuantitiesComponent()
    out = []
    for i, doc in enumerate(nlp.pipe(texts, batch_size=50)):
        doc._.cl_times = []
        quantities = component.quantities(doc)
        out.append({"article": {"id": f"s{i:04d}", "text": doc.text},
                    "quantities": [dataclasses.asdict(q) for q in quantities]})
    return out


DURATION = re.compile(r"^P((?:\d+(?:\.\d+)?[YMWD])*)(?:T((?:\d+(?:\.\d+)?[HMS])+))?$")
#: Each TimeML unit in the first unit of its part, for "P1Y6M" = 1.5 years, "PT2H30M" = 2.5 h.
IN_MONTHS = {"Y": 12, "M": 1}
IN_SECONDS = {"W": 604800, "D": 86400, "H": 3600, "M": 60, "S": 1}


def duration_amount(value: str) -> tuple[float, str] | None:
    """A TimeML duration as one number in its largest unit ("P1Y6M" -> (1.5, "Y")); None for
    vague ("PXY") or mixed calendar and clock parts ("P1DT12H" -> (1.5, "D") is kept)."""
    match = DURATION.match(value)
    if not match or not (match.group(1) or match.group(2)):
        return None
    date_parts = re.findall(r"(\d+(?:\.\d+)?)([YMWD])", match.group(1) or "")
    time_parts = re.findall(r"(\d+(?:\.\d+)?)([HMS])", match.group(2) or "")
    if date_parts and all(u in IN_MONTHS for _, u in date_parts) and not time_parts:
        first = date_parts[0][1]
        return sum(float(n) * IN_MONTHS[u] for n, u in date_parts) / IN_MONTHS[first], first
    parts = [(n, u) for n, u in date_parts if u in "WD"] + time_parts
    if len(parts) != len(date_parts) + len(time_parts):
        return None  # years or months with days: no single unit
    first = parts[0][1]
    seconds = sum(float(n) * IN_SECONDS[u] for n, u in parts)
    return seconds / IN_SECONDS[first], first


def with_durations(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A scoring view for the CQE protocol, which counts durations ("three years") as
    quantities: claimledger reports them as DURATION times (the contract), so each
    DURATION time with a single-number TimeML value is added as one more quantity (unless a
    quantity already covers it, as an age does)."""
    from claimledger.nlp.quantities import quantity_words

    bounds = quantity_words().bounds
    out = []
    for rec in records:
        extra = []
        taken = [q["span"] for q in rec.get("quantities", []) or [] if q.get("span")]
        for t in rec.get("times", []) or []:
            amount = duration_amount(t.get("value") or "") if t.get("type") == "DURATION" \
                else None
            if not amount or any(a < t["span"][1] and t["span"][0] < b for a, b in taken):
                continue  # an age is already a quantity: not counted twice
            words = tuple(t["text"].lower().split())
            relation = next((r for n in (3, 2, 1) if (r := bounds.get(words[:n]))), "eq")
            extra.append({"text": t["text"], "value": amount[0],
                          "relation": relation, "unit": amount[1], "from_time": t["id"]})
        out.append({**rec, "quantities": list(rec.get("quantities", [])) + extra})
    return out


#: Relations that CQE writes in its one ``change`` field as a bound ("~", ">", "<").
BOUND_RELATIONS = frozenset({"approx", "gt", "ge", "lt", "le"})


def cqe_change_view(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A scoring view for CQE's one ``change`` field, which holds a bound or a direction but
    not both. claimledger keeps both ("cut about 1,200 jobs": relation approx, change down);
    the shared scorer reads ``change`` first. CQE reads the bound words of a figure in text
    order and keeps the last (``normalize_bound_token`` in github.com/vivkaz/CQE), so the word
    nearest the figure wins: "cut about 1,200" is "~", "rose more than 5%" is ">". This view
    sets ``change`` aside wherever a bound relation holds, so the scorer reads the bound."""
    out = []
    for rec in records:
        qs = [{**q, "change": None} if q.get("relation") in BOUND_RELATIONS and q.get("change")
              else q for q in rec.get("quantities", []) or []]
        out.append({**rec, "quantities": qs})
    return out


#: claimledger's unit names in CQE's ``normalized_unit`` vocabulary, taken from CQE's own unit
#: list (``unit.json`` in github.com/vivkaz/CQE: names such as "percentage", "dollar",
#: "kilometre", "metric ton") and never from NewsQuant's gold. A unit missing here is compared
#: as written; counted nouns are lemmas on both sides ("tank"); "person" becomes the lemma of
#: the head of the counted noun phrase ("judges of the court" -> "judge"), which is how CQE
#: names counts of people.
CQE_UNITS = {
    "percent": "percentage", "percentage point": "percentage", "USD": "dollar",
    "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen", "CNY": "chinese yuan",
    "CAD": "canadian dollar", "AUD": "australian dollar", "HKD": "hong kong dollar",
    "NZD": "new zealand dollar", "INR": "indian rupee", "KRW": "south korean won",
    "RUB": "russian ruble", "CHF": "swiss franc", "MXN": "mexican peso", "BRL": "brazilian real",
    "ZAR": "south african rand", "SEK": "swedish krona", "UAH": "ukrainian hryvnia",
    "km": "kilometre", "cm": "centimetre", "mm": "millimetre", "km2": "square kilometre",
    "m2": "square metre", "kg": "kilogram", "mg": "milligram", "ml": "millilitre",
    "tonne": "metric ton", "pound": "pound-mass", "mph": "mile per hour",
    "km/h": "kilometre per hour", "kWh": "kilowatt hour", "MWh": "megawatt hour",
    "GWh": "gigawatt hour", "TWh": "terawatt hour", "times": "count",
    "€": "euro", "yuan": "chinese yuan", "lira": "turkish lira", "celcius": "celsius",
}
#: The units the data README names for a conflict-news subset of NewsQuant.
CONFLICT_UNITS = frozenset({"people", "count", "-", "dollar", "percentage"})


def cqe_unit(q: dict[str, Any], lemma: Any) -> str:
    """One claimledger quantity's unit as a CQE ``normalized_unit``; '-' where it has none."""
    unit = q.get("unit")
    if unit is None:
        return "-"
    head, per, rate = unit.partition(" per ")
    if head == "person":  # "person per day": the counted noun's lemma per day, as CQE names it
        about = (q.get("about") or {}).get("text") or ""
        if not about.strip():
            return "-"
        return f"{lemma(about)} per {CQE_UNITS.get(rate, rate)}".lower() if per else lemma(about)
    if q.get("measure") == "age":
        return f"{unit} of age"  # "year of age", "month of age"
    if " per " in unit:  # "USD per share": "dollar per share", as CQE names a rate
        return " per ".join(CQE_UNITS.get(side, side) for side in unit.split(" per ")).lower()
    return CQE_UNITS.get(unit, unit).lower()


def score_value_unit(pred: Path, name: str) -> list[str]:
    """value+unit F1 under the CQE protocol (data README: gold sorted by normalized unit, each
    gold quantity takes the first unused prediction with an equal value and an identical
    unit), on the whole set and on the sentences whose gold units are all CONFLICT_UNITS."""
    from functools import cache

    from claimledger.nlp.pipeline import load_bare

    sys.path.insert(0, str(SCORE_NEWSQUANT.parent))
    from score_newsquant import gold_value, pred_value, same  # the shared scorer's matching

    tagger = load_bare()

    @cache
    def lemma(phrase: str) -> str:
        """The lemma of a noun phrase's head ("judges of the Court of Appeals": "judge")."""
        doc = tagger(phrase)
        if not len(doc):
            return phrase.lower()
        root = next(iter(doc.sents)).root
        return root.lemma_.lower()

    records = {json.loads(line)["article"]["id"]: json.loads(line)
               for line in pred.read_text(encoding="utf-8").splitlines() if line.strip()}
    lines = []
    for subset in (False, True):
        n_gold = n_pred = tp = tp_unit = 0
        for i, s in enumerate(sentences(name)):
            gold = s["quantities"]
            if subset and not (gold and all(g["normalized_unit"] in CONFLICT_UNITS
                                            for g in gold)):
                continue
            quantities = records.get(f"s{i:04d}", {}).get("quantities") or []
            preds = [(pred_value(q), cqe_unit(q, lemma)) for q in quantities]
            preds = [p for p in preds if p[0] is not None]
            n_pred += len(preds)
            used_value: set[int] = set()
            used_unit: set[int] = set()
            for g in sorted(gold, key=lambda g: g["normalized_unit"]):
                n_gold += 1
                value = gold_value(g["value"])
                hit = next((j for j, p in enumerate(preds)
                            if j not in used_value and same(p[0], value)), None)
                if hit is not None:
                    used_value.add(hit)
                    tp += 1
                hit = next((j for j, p in enumerate(preds) if j not in used_unit
                            and same(p[0], value) and p[1] == g["normalized_unit"].lower()), None)
                if hit is not None:
                    used_unit.add(hit)
                    tp_unit += 1
        if subset and not n_gold:
            break  # a set with no such sentence (temperatures, ages)
        label = "conflict subset" if subset else "all sentences"
        lines.append(f"{label}: value F1={_f1(tp, n_pred, n_gold):.3f} value+unit "
                     f"F1={_f1(tp_unit, n_pred, n_gold):.3f} | {n_gold} gold, {n_pred} predicted")
    return lines


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n")


def gold_path(name: str) -> Path:
    """The set's gold file; the Recognizers-Text sets lack 'change', which the scorer reads,
    so a copy with change '=' is written to the output folder for them."""
    path = SETS_DIR / f"{name}.json"
    gold = sentences(name)
    if all("change" in q for s in gold for q in s["quantities"]):
        return path
    for s in gold:
        for q in s["quantities"]:
            q.setdefault("change", "=")
    copy = OUT / f"{name}.gold-with-change.json"
    copy.write_text(json.dumps(gold), encoding="utf-8")
    return copy


def score_set(name: str, pred: Path, verbose: bool) -> str:
    args = [sys.executable, str(SCORE_NEWSQUANT), "score", str(pred), str(gold_path(name))]
    if verbose:
        args.append("--verbose")
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    (OUT / f"{name}.{pred.stem.split('.')[-1]}.score.txt").write_text(result.stdout)
    return result.stdout.strip().splitlines()[-1]


def run_sets(names: list[str], pipeline: str, verbose: bool) -> None:
    make = records_full if pipeline == "full" else records_alone
    for name in names:
        texts = [s["text"] for s in sentences(name)]
        records = make(texts)
        pred = OUT / f"{name}.{pipeline}.jsonl"
        write_jsonl(pred, records)
        print(f"{name:18s} claimledger[{pipeline}] {score_set(name, pred, verbose)}")
        for line in score_value_unit(pred, name):
            print(f"{name:18s} claimledger[{pipeline}] CQE units, {line}")
        view = OUT / f"{name}.{pipeline}+bound-first.jsonl"
        write_jsonl(view, cqe_change_view(records))
        print(f"{name:18s} claimledger[{pipeline}, CQE change view: bound first] "
              f"{score_set(name, view, verbose)}")
        if pipeline == "full":
            pred = OUT / f"{name}.full+durations.jsonl"
            write_jsonl(pred, with_durations(records))
            print(f"{name:18s} claimledger[full, +DURATION times] "
                  f"{score_set(name, pred, verbose)}")


def run_quantulum(names: list[str], verbose: bool) -> None:
    """quantulum3 0.10.0 turned into claimledger records (its classifier off, per STACK.md)."""
    import quantulum3.classifier
    from quantulum3 import parser

    quantulum3.classifier.USE_CLF = False
    relations = {"~": "approx", ">": "gt", "<": "lt"}
    for name in names:
        rows = []
        for i, s in enumerate(sentences(name)):
            quantities = []
            try:
                found = parser.parse(s["text"])
            except Exception:  # quantulum3 raises on some inputs: count it as nothing found
                found = []
            for q in found:
                value = q.value
                row: dict[str, Any] = {"value": value, "relation": "eq",
                                       "unit": q.unit.name}
                if q.uncertainty:
                    row["relation"] = "approx"
                if isinstance(getattr(q, "surface", None), str):
                    for word, rel in relations.items():
                        if q.surface.startswith(word):
                            row["relation"] = rel
                quantities.append(row)
            rows.append({"article": {"id": f"s{i:04d}", "text": s["text"]},
                         "quantities": quantities})
        pred = OUT / f"{name}.quantulum.jsonl"
        write_jsonl(pred, rows)
        print(f"{name:18s} quantulum3 {score_set(name, pred, verbose)}")


def run_seed() -> None:
    import claimledger

    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    record = claimledger.extract(text, published="2025-02-27", id="seed-nk-troops").to_dict()
    pred = OUT / "seed.jsonl"
    write_jsonl(pred, [record])
    result = subprocess.run([sys.executable, str(SCORE), str(pred),
                             str(SEED.with_suffix(".gold.json")), "--json"],
                            capture_output=True, text=True, check=True)
    lines = result.stdout.strip().splitlines()
    metrics = json.loads("\n".join(lines[:-1]))
    print(lines[-1])
    print("quantities", json.dumps(metrics["totals"]["quantities"]))


def run_speed(rounds: int) -> None:
    """Bare spaCy time vs. bare spaCy + the component on the same docs, in one run."""
    from claimledger.nlp.extensions import register_extensions
    from claimledger.nlp.pipeline import load_bare
    from claimledger.nlp.quantities import QuantitiesComponent

    register_extensions()
    texts = [s["text"] for name in SETS for s in sentences(name)]
    articles = sorted((SHARED / "eval" / "articles").glob("*.txt"))
    texts += [p.read_text(encoding="utf-8") for p in articles]
    texts.append(SEED.with_suffix(".txt").read_text(encoding="utf-8"))
    nlp = load_bare()
    component = QuantitiesComponent()
    words = sum(len(t.split()) for t in texts)
    bare = added = 0.0
    for _ in range(rounds):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=50))
        bare += time.perf_counter() - started
        started = time.perf_counter()
        for doc in docs:
            doc._.cl_times = []
            component(doc)
        added += time.perf_counter() - started
    print(f"speed: {len(texts)} texts, {words} words, {rounds} rounds: bare spaCy {bare:.2f} s, "
          f"quantities component {added:.3f} s, added {100 * added / bare:.1f} % of bare")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("what", choices=["sets", "seed", "speed", "quantulum", "compare"])
    ap.add_argument("--pipeline", choices=["full", "alone"], default="full")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    names = [n for n in args.sets.split(",") if n]
    OUT.mkdir(parents=True, exist_ok=True)
    if args.what == "sets":
        run_sets(names, args.pipeline, args.verbose)
    elif args.what == "quantulum":
        run_quantulum(names, args.verbose)
    elif args.what == "compare":
        for name in names:
            run_sets([name], "alone", args.verbose)
            run_quantulum([name], args.verbose)
    elif args.what == "seed":
        run_seed()
    else:
        run_speed(args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
