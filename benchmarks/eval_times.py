"""Evaluate the ``claimledger_times`` component (and the date libraries it was weighed against).

usage (from the repository root, with ../shared beside it):
  python benchmarks/eval_times.py seed              seed article: writes a record, runs score.py
  python benchmarks/eval_times.py tempeval          TempEval-3 platinum (measure only): score_timeml
  python benchmarks/eval_times.py timeml DIR        any folder of TimeML files with a DCT (TimeBank,
                                                    TempEval-3's training data: development), scored
                                                    the same way; --verbose lists the misses
  python benchmarks/eval_times.py gum [--verbose]   GUM news <date> elements: span P/R/F1, values
  python benchmarks/eval_times.py libs              dateparser / ctparse / timexy on GUM and seed
  python benchmarks/eval_times.py speed             bare spaCy vs the component, same texts, one run

The component runs on its own spaCy pipeline here (the bare model + ``claimledger_times``), so
the numbers do not depend on the other components.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import spacy

from claimledger.nlp import sentences as sentences_module  # noqa: F401 (registers the factory)
from claimledger.nlp import times as times_module  # noqa: F401 (registers the factory)
from claimledger.nlp.extensions import register_extensions
from claimledger.nlp.pipeline import add_lemma_mender, resolve_model
from claimledger.nlp.spacing import plain_spaces

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "dev" / "seed-nk-troops.txt"
SEED_GOLD = SHARED / "corpus" / "dev" / "seed-nk-troops.gold.json"
TEMPEVAL = SHARED / "eval" / "tempeval3" / "te3-platinum"
GUM = SHARED / "eval" / "gum_news"
TOOLS = SHARED / "tools"


def load_times_pipeline() -> spacy.language.Language:
    """The bare model plus the times component, with the sentence marker and the lemma mending
    it reads in the whole pipeline (a headline on a line of its own is its own sentence)."""
    register_extensions()
    nlp = add_lemma_mender(spacy.load(resolve_model()))
    nlp.add_pipe("claimledger_sentences", before="parser")  # as claimledger.extract runs it
    nlp.add_pipe("claimledger_times", last=True)
    return nlp


def run(nlp: spacy.language.Language, text: str, published: date | None) -> spacy.tokens.Doc:
    """Run the pipeline with the publication date set before the times component (no-break
    spaces read as spaces, as ``claimledger extract`` reads them)."""
    doc = nlp.make_doc(plain_spaces(text))
    doc._.cl_published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def record(doc: spacy.tokens.Doc, doc_id: str, published: date | None) -> dict:
    """A claimledger/1 record holding only the times."""
    times = []
    for t in doc._.cl_times:
        item = dataclasses.asdict(t)
        item["span"] = list(t.span)
        times.append(item)
    return {"schema": "claimledger/1",
            "article": {"id": doc_id, "text": doc.text,
                        "published": published.isoformat() if published else None},
            "times": times, "claims": [], "quantities": [], "entities": [], "events": []}


def parse_date(text: str) -> date:
    return date.fromisoformat(text.strip()[:10])


# --------------------------------------------------------------------------- seed, TempEval


def cmd_seed() -> None:
    nlp = load_times_pipeline()
    published = date(2025, 2, 27)
    rec = record(run(nlp, SEED.read_text(encoding="utf-8"), published), "seed-nk-troops", published)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        out.write(json.dumps(rec) + "\n")
    subprocess.run([sys.executable, str(TOOLS / "score.py"), out.name, str(SEED_GOLD)], check=False)


def cmd_tempeval(gold_dir: Path = TEMPEVAL, verbose: bool = False) -> None:
    """Score every times record, then the TimeML view (``claimledger.timeml.timex3``: without
    the derived "since …" intervals, which are not TIMEX3s). TempEval-3 platinum is measure
    only: no --verbose there, its errors are never read; ``timeml DIR`` runs the same on a
    development folder (TimeBank), where --verbose prints the scorer's misses."""
    from claimledger.record import Time
    from claimledger.timeml import timex3

    nlp = load_times_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(TOOLS / "score_timeml.py"), "texts", str(gold_dir),
                        tmp], check=True)
        preds = {"all records": Path(tmp) / "pred.jsonl",
                 "TimeML view": Path(tmp) / "pred-timeml.jsonl"}
        with preds["all records"].open("w", encoding="utf-8") as every, \
                preds["TimeML view"].open("w", encoding="utf-8") as view:
            for txt in sorted(Path(tmp).glob("*.txt")):
                published = parse_date(txt.with_suffix(".dct").read_text())
                doc = run(nlp, txt.read_text(encoding="utf-8"), published)
                rec = record(doc, txt.stem, published)
                every.write(json.dumps(rec) + "\n")
                times = [Time(**{**t, "span": tuple(t["span"])}) for t in rec["times"]]
                kept = {t.id for t in timex3(times)}
                rec["times"] = [t for t in rec["times"] if t["id"] in kept]
                view.write(json.dumps(rec) + "\n")
        for label, pred in preds.items():
            args = [sys.executable, str(TOOLS / "score_timeml.py"), "score", str(pred),
                    str(gold_dir)] + (["--verbose"] if verbose and label == "TimeML view" else [])
            line = subprocess.run(args, capture_output=True, text=True, check=False).stdout
            if verbose and label == "TimeML view":
                print("\n".join(line.strip().splitlines()[:-1]))
            print(f"{label:12} {line.strip().splitlines()[-1] if line.strip() else '(no output)'}")


# --------------------------------------------------------------------------- GUM


@dataclasses.dataclass
class GoldDate:
    span: tuple[int, int]
    attrs: dict[str, str]


def gum_documents() -> Iterator[tuple[str, str, date, list[GoldDate]]]:
    """(name, text, publication date, gold dates with character spans) per GUM news doc."""
    for xml in sorted((GUM / "xml").glob("GUM_news_*.xml")):
        name = xml.stem
        raw = (GUM / "text" / f"{name}.txt").read_text(encoding="utf-8")
        header, _, body = raw.partition("\n---\n")
        published = parse_date(re.search(r"^date:\s*(\S+)", header, re.M).group(1))
        gold: list[GoldDate] = []
        pos, open_dates = 0, []
        for line in xml.read_text(encoding="utf-8").splitlines():
            if line.startswith("<date"):
                attrs = dict(re.findall(r'(\w+)="([^"]*)"', line))
                open_dates.append([attrs, None, None])
            elif line.startswith("</date"):
                attrs, start, end = open_dates.pop()
                if start is not None:
                    gold.append(GoldDate((start, end), attrs))
            elif line.startswith("<"):
                continue
            elif line.strip():
                token = line.split("\t")[0]
                found = body.find(token, pos)
                if found < 0 or found - pos > 200:
                    continue
                pos = found + len(token)
                for item in open_dates:
                    item[1] = found if item[1] is None else item[1]
                    item[2] = pos
        yield name, body, published, gold


def gold_interval(attrs: dict[str, str]) -> tuple[str | None, str | None]:
    if "when" in attrs:
        return attrs["when"], attrs["when"]
    if "from" in attrs:
        return attrs.get("from"), attrs.get("to")
    return attrs.get("notBefore"), attrs.get("notAfter")


def value_credit(attrs: dict[str, str], value: str | None, start: str | None,
                 end: str | None) -> tuple[bool, float]:
    """(exact, graded): exact ISO value or interval; graded gives year/month/day thirds."""
    if "when" in attrs:
        gold = attrs["when"]
        exact = value == gold or (start == end == gold)
        cand = value if value and value[:1].isdigit() else start
        if cand is None:
            return exact, 0.0
        parts_g = gold.split("-")
        parts_p = cand.split("-")
        agree = 0
        for g, p in zip(parts_g, parts_p, strict=False):
            if g != p:
                break
            agree += 1
        return exact, 1.0 if exact else agree / max(len(parts_g), 1) * (2 / 3 if agree else 1)
    lo, hi = gold_interval(attrs)

    def norm(d: str | None, last: bool) -> str | None:
        if d is None:
            return None
        if len(d) == 4:
            return f"{d}-12-31" if last else f"{d}-01-01"
        if len(d) == 7:
            return f"{d}-28" if last else f"{d}-01"
        return d

    exact = norm(lo, False) == start and (hi is None or norm(hi, True)[:7] == (end or "")[:7])
    graded = 1.0 if exact else (0.5 if start and lo and start[:4] == lo[:4] else 0.0)
    return exact, graded


def score_gum(predict, label: str, verbose: bool = False) -> None:
    """Span P/R/F1 by overlap, then value accuracy on the matched gold dates."""
    n_gold = n_pred = tp_gold = tp_pred = exact = n_dates = tp_dates = 0
    graded = 0.0
    for name, text, published, gold in gum_documents():
        preds = predict(text, published)
        n_gold += len(gold)
        n_pred += len(preds)
        ov = lambda a, b: a[0] < b[1] and b[0] < a[1]  # noqa: E731
        for p in preds:
            hit = any(ov(p["span"], g.span) for g in gold)
            tp_pred += hit
            if p.get("type", "DATE") in ("DATE", "TIME"):
                n_dates += 1
                tp_dates += hit
            if verbose and not hit:
                print("EXTRA", name, p["type"], repr(p["text"]), p.get("value"))
        for g in gold:
            hits = [p for p in preds if ov(p["span"], g.span)]
            if not hits:
                if verbose:
                    print("MISS", name, repr(text[g.span[0]:g.span[1]]), g.attrs)
                continue
            tp_gold += 1
            best = max((value_credit(g.attrs, p.get("value"), p.get("start"), p.get("end"))
                        for p in hits), key=lambda x: (x[0], x[1]))
            exact += best[0]
            graded += best[1]
            if verbose and not best[0]:
                print("VALUE", name, repr(text[g.span[0]:g.span[1]]), g.attrs,
                      [(p["text"], p.get("value"), p.get("start"), p.get("end")) for p in hits])
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"GUM {label}: span P={p:.3f} R={r:.3f} F1={f:.3f} | value accuracy on matched "
          f"{exact}/{tp_gold}={exact / max(tp_gold, 1):.3f} graded={graded / max(tp_gold, 1):.3f}"
          f" | {n_gold} gold, {n_pred} predicted | span P over DATE/TIME predictions only "
          f"(GUM marks no durations or sets) {tp_dates / max(n_dates, 1):.3f}")


def cmd_gum(verbose: bool) -> None:
    nlp = load_times_pipeline()

    def predict(text: str, published: date) -> list[dict]:
        return record(run(nlp, text, published), "", published)["times"]

    score_gum(predict, "claimledger_times", verbose)


# --------------------------------------------------------------------------- libraries


def _interval_of(value: date) -> dict:
    return {"value": value.isoformat(), "start": value.isoformat(), "end": value.isoformat()}


def predict_dateparser(text: str, published: date) -> list[dict]:
    """dateparser.search.search_dates, anchored on the publication date."""
    from datetime import datetime

    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(published.year, published.month, published.day),
                "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False}
    out, pos = [], 0
    for chunk, value in search_dates(text, languages=["en"], settings=settings) or []:
        start = text.find(chunk, pos)
        if start < 0:
            continue
        pos = start + len(chunk)
        out.append({"text": chunk, "span": [start, pos], **_interval_of(value.date())})
    return out


def predict_ctparse(text: str, published: date) -> list[dict]:
    """ctparse over each sentence-sized chunk (it parses one expression per call)."""
    import logging
    from datetime import datetime

    from ctparse import ctparse
    from ctparse.types import Interval, Time

    logging.getLogger("ctparse").setLevel(logging.CRITICAL)

    ref = datetime(published.year, published.month, published.day)
    out = []
    for m in re.finditer(r"[^.\n]+", text):
        try:
            parsed = ctparse(m.group(), ts=ref, timeout=0.5)
        except Exception:  # noqa: BLE001 (a library under test; count it as no answer)
            continue
        if parsed is None:
            continue
        res = parsed.resolution
        span = [m.start() + res.mstart, m.start() + res.mend]
        start = end = None
        if isinstance(res, Time) and res.year and res.month and res.day:
            start = end = date(res.year, res.month, res.day).isoformat()
        elif isinstance(res, Interval) and res.t_from and res.t_from.year and res.t_from.month:
            start = date(res.t_from.year, res.t_from.month, res.t_from.day or 1).isoformat()
        out.append({"text": text[span[0]:span[1]], "span": span, "value": start,
                    "start": start, "end": end})
    return out


def predict_timexy(text: str, published: date) -> list[dict]:
    """timexy's spaCy component (dates only; it has no anchor for relative expressions)."""
    global _TIMEXY_NLP
    if _TIMEXY_NLP is None:
        import timexy  # noqa: F401 (registers the factory)

        _TIMEXY_NLP = spacy.load(resolve_model())
        _TIMEXY_NLP.add_pipe("timexy", config={"kb_id_type": "timex3", "label": "timexy",
                                               "overwrite": False}, before="ner")
    doc = _TIMEXY_NLP(text)
    out = []
    for ent in doc.ents:
        if ent.label_ != "timexy":
            continue
        m = re.search(r'value="(\d{4}-\d{2}-\d{2})', ent.kb_id_ or "")
        value = m.group(1) if m else None
        out.append({"text": ent.text, "span": [ent.start_char, ent.end_char], "value": value,
                    "start": value, "end": value})
    return out


_TIMEXY_NLP = None


def seed_recall(predict, label: str) -> None:
    """How many of the seed's 17 gold times a library finds with the right interval."""
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["times"]
    text = SEED.read_text(encoding="utf-8")
    preds = predict(text, date(2025, 2, 27))
    found = 0
    for g in gold:
        tol = g.get("tolerance_days", 0)
        for p in preds:
            a, b = g["text"].lower(), (p.get("text") or "").lower()
            if not (a in b or b in a) or not p.get("start") or not p.get("end"):
                continue
            ds = abs((date.fromisoformat(p["start"][:10]) - date.fromisoformat(g["start"])).days)
            de = abs((date.fromisoformat(p["end"][:10]) - date.fromisoformat(g["end"])).days)
            if ds <= tol and de <= tol:
                found += 1
                break
    print(f"seed {label}: times R={found}/{len(gold)}")


def cmd_libs() -> None:
    for label, predict in (("dateparser 1.5.0", predict_dateparser),
                           ("ctparse 0.3.6", predict_ctparse), ("timexy 0.1.3", predict_timexy)):
        started = time.perf_counter()
        try:
            score_gum(predict, label)
            seed_recall(predict, label)
        except Exception as err:  # noqa: BLE001 (report a library that fails, go on)
            print(f"{label}: failed: {type(err).__name__}: {err}")
        print(f"  ({time.perf_counter() - started:.1f} s)")


# --------------------------------------------------------------------------- speed


def speed_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8").partition("\n---\n")[2]
             for p in sorted((GUM / "text").glob("*.txt"))]
    return texts + [SEED.read_text(encoding="utf-8")]


def cmd_speed(repeat: int = 3) -> None:
    """Bare spaCy time vs the component's own time on the same Docs, in one run."""
    register_extensions()
    bare = spacy.load(resolve_model())
    component = times_module.TimesComponent()
    texts = speed_texts()
    published = date(2020, 1, 1)
    ratios = []
    for _ in range(repeat):
        started = time.perf_counter()
        docs = list(bare.pipe(texts, batch_size=50))
        t_bare = time.perf_counter() - started
        started = time.perf_counter()
        for doc in docs:
            doc._.cl_published = published
            component(doc)
        t_comp = time.perf_counter() - started
        ratios.append(t_comp / t_bare)
        words = sum(len(d) for d in docs)
        print(f"bare spaCy {t_bare:.2f} s, times component {t_comp:.3f} s over {len(docs)} docs "
              f"({words} tokens): +{100 * t_comp / t_bare:.1f} %")
    print(f"added time: median +{100 * sorted(ratios)[len(ratios) // 2]:.1f} % of bare spaCy")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    if argv[:1] == ["timeml"] and len(argv) > 1:
        cmd_tempeval(Path(argv[1]), verbose)
        return 0
    commands = {"seed": cmd_seed, "tempeval": cmd_tempeval,
                "gum": lambda: cmd_gum(verbose), "libs": cmd_libs, "speed": cmd_speed}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
