"""Throughput of claimledger against bare spaCy, measured in one run over the same texts.

usage: python benchmarks/throughput.py [--repeat N] [--texts DIR]

Prints words/second for (1) bare spaCy (the same model, nlp.pipe), (2) claimledger's
extract (the full pipeline and record building), (3) ingest into a fresh SQLite ledger,
the ratios between them, and the time each claimledger component adds as a share of the
bare model's time. Texts: the GUM news documents in ../shared/eval/gum_news/text (open
licence) where present, else the bundled sample articles; both plus the demo samples,
repeated ``--repeat`` times. Ratios from one run are what counts: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from claimledger.article import Article
from claimledger.extraction import extract_articles
from claimledger.ledger import Ledger
from claimledger.ledger.batch import ingest_items
from claimledger.nlp.pipeline import COMPONENTS, load_bare, load_pipeline

ROOT = Path(__file__).resolve().parent.parent
GUM = ROOT.parent / "shared" / "eval" / "gum_news" / "text"
SAMPLES = ROOT / "src" / "claimledger" / "examples" / "north-korea-troops.jsonl"


def load_texts(folder: Path | None) -> list[Article]:
    articles = [Article(**json.loads(line)) for line in SAMPLES.read_text("utf-8").splitlines()]
    folder = folder or (GUM if GUM.is_dir() else None)
    if folder:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text("utf-8")
            articles.append(Article(text=text, id=path.stem, published="2020-01-01"))
    return articles


def words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def time_bare(articles: list[Article]) -> float:
    nlp = load_bare()
    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=32):
        pass
    return time.perf_counter() - start


def time_extract(articles: list[Article]) -> float:
    start = time.perf_counter()
    for outcome in extract_articles(articles):
        assert outcome.record is not None, outcome.error
    return time.perf_counter() - start


def time_ingest(articles: list[Article]) -> float:
    with tempfile.TemporaryDirectory() as tmp, Ledger(f"sqlite:///{tmp}/bench.db") as ledger:
        start = time.perf_counter()
        tally = ingest_items(articles, ledger=ledger)
        seconds = time.perf_counter() - start
        assert tally.stored == len(articles), tally
        return seconds


def time_components(articles: list[Article]) -> dict[str, float]:
    """Seconds spent in each pipe of the full pipeline, run pipe by pipe over all docs."""
    nlp = load_pipeline()
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.cl_published = article.published_date
        docs.append(doc)
    seconds: dict[str, float] = {}
    for name, pipe in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(pipe, "pipe"):
            docs = list(pipe.pipe(docs, batch_size=32))
        else:
            docs = [pipe(doc) for doc in docs]
        seconds[name] = time.perf_counter() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--texts", type=Path, default=None)
    args = parser.parse_args()
    articles = load_texts(args.texts) * args.repeat
    # distinct texts, so that ingest stores every copy rather than skipping duplicates
    articles = [
        Article(**{**a.__dict__, "id": f"{a.id}-{i}", "text": f"{a.text}\n\n(copy {i})"})
        for i, a in enumerate(articles)
    ]
    n_words = words(articles)
    load_pipeline(), load_bare()  # load models before timing
    list(extract_articles(articles[:2]))  # warm up
    bare = time_bare(articles)
    extract = time_extract(articles)
    ingest = time_ingest(articles)
    parts = time_components(articles)
    spacy_own = sum(s for n, s in parts.items() if not n.startswith("claimledger_"))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; "
          f"python {sys.version.split()[0]}")
    print(f"texts: {len(articles)} articles, {n_words} words")
    print(f"bare spaCy : {n_words / bare:8.0f} words/s")
    print(f"extract    : {n_words / extract:8.0f} words/s  ({bare / extract:.2f} x bare spaCy)")
    print(f"ingest     : {n_words / ingest:8.0f} words/s  ({bare / ingest:.2f} x bare spaCy, "
          f"{extract / ingest:.2f} x extract)")
    print("component time as a share of the model's own pipes (run pipe by pipe):")
    for name in ("claimledger_sentences", "claimledger_lemmas", *COMPONENTS):
        if name in parts:
            print(f"  {name:24s} {parts[name]:6.2f} s  {100 * parts[name] / spacy_own:5.1f} %")


if __name__ == "__main__":
    main()
