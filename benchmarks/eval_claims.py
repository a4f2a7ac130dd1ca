"""Evaluate the claims component: the seed article, PolNeAR, GUM news attribution, speed.

usage:
  python benchmarks/eval_claims.py seed
  python benchmarks/eval_claims.py polnear dev [--limit N]      # train/dev to tune; test once
  python benchmarks/eval_claims.py gum
  python benchmarks/eval_claims.py speed [--split dev] [--limit N]

Texts are read from ../shared/eval (third-party; never copied into the project). Predictions
go to benchmarks/out/claims-<name>.jsonl and are scored by ../shared/tools/score*.py; GUM is
scored here by the recipe of its README ("Suggested scoring").
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__import__("os").environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared"))
OUT = ROOT / "benchmarks" / "out"


def _records(items: list[tuple[str, str, str | None]]) -> list[dict]:
    """Extract (id, text, published) articles through the full pipeline, in batches."""
    from claimledger.article import Article
    from claimledger.extraction import extract_articles

    articles = [Article(text=text, published=published, id=name) for name, text, published in items]
    out = []
    for outcome in extract_articles(articles):
        if outcome.record is None:
            print(f"{outcome.article.id}: {outcome.error}", file=sys.stderr)
            continue
        out.append(outcome.record.to_dict())
    return out


def _write(name: str, records: list[dict]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"claims-{name}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def seed(_: argparse.Namespace) -> None:
    text = (SHARED / "corpus/dev/seed-nk-troops.txt").read_text(encoding="utf-8")
    path = _write("seed", _records([("seed-nk-troops", text, "2025-02-27")]))
    gold = SHARED / "corpus/dev/seed-nk-troops.gold.json"
    subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(path), str(gold)],
                   check=True)


def polnear(args: argparse.Namespace) -> None:
    split = SHARED / "eval/polnear" / args.split
    meta = _polnear_dates()
    names = sorted(p.stem for p in (split / "text").glob("*.txt"))
    if args.limit:
        names = names[: args.limit]
    items = [(n, (split / "text" / f"{n}.txt").read_text(encoding="utf-8"), meta.get(n))
             for n in names]
    path = _write(f"polnear-{args.split}", _records(items))
    cmd = [sys.executable, str(SHARED / "tools/score_polnear.py"), str(path), str(split)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    subprocess.run(cmd, check=True)


def _polnear_dates() -> dict[str, str]:
    dates: dict[str, str] = {}
    for line in (SHARED / "eval/polnear/metadata.tsv").read_text(encoding="utf-8").splitlines():
        for cell in line.split("\t"):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", cell):
                name = next((c for c in line.split("\t") if c.count("_") >= 2), None)
                if name:
                    dates[Path(name).stem] = cell
                break
    return dates


# -- GUM ---------------------------------------------------------------------------------------

def gum(_: argparse.Namespace) -> None:
    folder = SHARED / "eval/gum_news"
    items, golds = [], {}
    for path in sorted((folder / "text").glob("*.txt")):
        header, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        date = re.search(r"^date: (\S+)", header, re.M)
        items.append((path.stem, body, date.group(1) if date else None))
        golds[path.stem] = _gum_gold(folder / "rst_rs4" / f"{path.stem}.rs4")
    records = _records(items)
    _write("gum", records)
    tp = n_pred = n_gold = 0
    for rec in records:
        gold = golds[rec["article"]["id"]]
        text = rec["article"]["text"]
        pred = [_pred_tuple(text, c) for c in rec["claims"]]
        pred = [p for p in pred if p is not None]
        n_pred += len(pred)
        n_gold += len(gold)
        tp += _match_gum(gold, pred)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"gum attribution P={p:.3f} R={r:.3f} F1={f:.3f} | {len(records)} docs, "
          f"{n_gold} gold attributions, {n_pred} predicted")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _gum_gold(path: Path) -> list[tuple[set[str], list[str]]]:
    """(satellite words, nucleus words) of every attribution relation in an rs4 tree."""
    root = ET.parse(path).getroot()
    nodes = {}
    for seg in root.iter("segment"):
        nodes[seg.get("id")] = {"parent": seg.get("parent"), "rel": seg.get("relname"),
                                "text": seg.text or ""}
    for grp in root.iter("group"):
        nodes[grp.get("id")] = {"parent": grp.get("parent"), "rel": grp.get("relname"), "text": ""}
    children: dict[str, list[str]] = {}
    for nid, node in nodes.items():
        if node["parent"]:
            children.setdefault(node["parent"], []).append(nid)

    segments = {s.get("id") for s in root.iter("segment")}

    def words_of(ids: set[str]) -> list[str]:
        return [w for i in sorted(ids, key=int) for w in _words(nodes[i]["text"])]

    gold = []
    for nid, node in nodes.items():
        if (node["rel"] or "").startswith("attribution") and node["parent"]:
            satellite = _segments_under(nid, children, segments)
            nucleus = _segments_under(node["parent"], children, segments) - satellite
            gold.append((set(words_of(satellite)), words_of(nucleus)))
    return gold


def _segments_under(nid: str, children: dict[str, list[str]], segments: set[str]) -> set[str]:
    """The EDUs of a node's subtree (a segment counts itself and its satellites)."""
    out, stack = set(), [nid]
    while stack:
        n = stack.pop()
        if n in segments:
            out.add(n)
        stack.extend(children.get(n, []))
    return out


def _pred_tuple(text: str, claim: dict) -> tuple[list[str], list[str]] | None:
    content = claim.get("content") or {}
    if not content.get("span"):
        return None
    source = (claim.get("source") or {}).get("text") or ""
    return _words(source), _words(content["text"])


def _match_gum(gold: list[tuple[set[str], list[str]]],
               pred: list[tuple[list[str], list[str]]]) -> int:
    """Greedy one-to-one: source words inside the satellite, content word-Jaccard >= 0.5."""
    used: set[int] = set()
    hits = 0
    for satellite, nucleus in gold:
        nuc = set(nucleus)
        for i, (src, con) in enumerate(pred):
            if i in used:
                continue
            con_set = set(con)
            jac = len(con_set & nuc) / len(con_set | nuc) if con_set | nuc else 0.0
            src_ok = not src or set(src) <= satellite
            if jac >= 0.5 and src_ok:
                used.add(i)
                hits += 1
                break
    return hits


# -- speed -------------------------------------------------------------------------------------

def speed(args: argparse.Namespace) -> None:
    """Bare spaCy vs. the claims component on the same texts, measured in one run."""
    from claimledger.nlp.pipeline import load_bare, load_pipeline

    split = SHARED / "eval/polnear" / args.split
    texts = [p.read_text(encoding="utf-8") for p in sorted((split / "text").glob("*.txt"))]
    texts = texts[: args.limit] if args.limit else texts
    nlp = load_pipeline()
    docs = list(nlp.pipe(texts))  # the claims component reads the earlier components' output
    claims = nlp.get_pipe("claimledger_claims")
    bare = load_bare()
    list(bare.pipe(texts[:5]))  # warm up
    rounds = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        list(bare.pipe(texts))
        t1 = time.perf_counter()
        for doc in docs:
            claims(doc)
        t2 = time.perf_counter()
        rounds.append((t1 - t0, t2 - t1))
    bare_s = min(r[0] for r in rounds)
    claims_s = min(r[1] for r in rounds)
    words = sum(len(t.split()) for t in texts)
    print(f"speed: {len(texts)} texts, {words} words | bare spaCy {bare_s:.2f}s | claims "
          f"component {claims_s:.3f}s | added {100 * claims_s / bare_s:.1f}% of bare time")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("seed").set_defaults(run=seed)
    p = sub.add_parser("polnear")
    p.add_argument("split", choices=["train", "dev", "test"])
    p.add_argument("--limit", type=int, default=0)
    p.set_defaults(run=polnear)
    sub.add_parser("gum").set_defaults(run=gum)
    s = sub.add_parser("speed")
    s.add_argument("--split", default="dev")
    s.add_argument("--limit", type=int, default=0)
    s.add_argument("--rounds", type=int, default=2)
    s.set_defaults(run=speed)
    args = parser.parse_args(argv)
    args.run(args)


if __name__ == "__main__":
    main()
