"""Near-duplicates: the same wire story republished by several outlets.

An exact duplicate (same normalised text) is already caught by the content hash. A wire copy
differs a little (another headline, a credit line, a trimmed paragraph), so it is found by
MinHash over word shingles: :data:`NUM_PERM` hash functions, banded for locality-sensitive
hashing into :data:`BANDS` bands of :data:`ROWS` rows, so only articles sharing a band bucket
are compared, and a candidate whose estimated Jaccard similarity reaches :data:`THRESHOLD`
is a copy. The copy is stored all the same, linked to the first copy (``copy_of``), so
analysis can tell a wire copy from an independent report.

The index lives in the ledger (tables ``article_minhash`` and ``article_minhash_bands``), so
it persists across runs; it is derived data, and :meth:`NearDuplicates.sync` rebuilds it for
any article that lacks it (one stored by an older version, or by a run killed between the
article's transaction and its signature's).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.engine import Connection

from ..ledger.schema import article_minhash, article_minhash_bands, articles

#: Words per shingle.
SHINGLE_WORDS = 5
#: Texts with fewer words are too short to call anything a copy of them.
MIN_WORDS = 25
BANDS = 24
ROWS = 5
NUM_PERM = BANDS * ROWS
#: Estimated Jaccard similarity of shingle sets from which an article is a copy.
THRESHOLD = 0.6
#: Stored articles compared with one text at most (a bucket shared by very many articles
#: is boilerplate, not a story).
MAX_CANDIDATES = 500
#: Words of an article that are shingled (a wire story's copies agree from the start).
MAX_WORDS = 5000

_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_WORD = re.compile(r"\w+", re.UNICODE)


def _permutations(seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The fixed (a, b) of the universal hash functions: a signature means the same in
    every run and on every machine."""
    generator = np.random.RandomState(seed)
    a = generator.randint(1, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
    b = generator.randint(0, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
    return a, b


_A, _B = _permutations()


def shingles(text: str) -> set[int]:
    """32-bit hashes of the text's lower-cased word n-grams."""
    words = _WORD.findall(text.lower())[:MAX_WORDS]
    if len(words) < MIN_WORDS:
        return set()
    return {
        zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"))
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (NUM_PERM uint32) of a text, or None for a text too short."""
    hashed = shingles(text)
    if not hashed:
        return None
    values = np.fromiter(hashed, dtype=np.uint64, count=len(hashed))
    with np.errstate(over="ignore"):  # the universal hash wraps around 2**64 by design
        permuted = (np.outer(values, _A) + _B) % _MERSENNE & _MAX_HASH
    return permuted.min(axis=0).astype(np.uint32)


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.count_nonzero(first == second)) / NUM_PERM


def buckets(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band, bucket) of each LSH band: a 63-bit hash of the band's rows."""
    out = []
    for band in range(BANDS):
        digest = hashlib.blake2b(sig[band * ROWS:(band + 1) * ROWS].tobytes(), digest_size=8)
        out.append((band, int.from_bytes(digest.digest(), "big") >> 1))
    return out


@dataclass(frozen=True)
class Match:
    """The stored article a text copies (the first copy of the story), and how closely."""

    article_id: str
    similarity: float


class NearDuplicates:
    """The ledger's near-duplicate index: find the first copy of a text, add an article."""

    def __init__(self, ledger: Any, *, threshold: float = THRESHOLD) -> None:
        self.ledger = ledger
        self.threshold = threshold

    def _write(self) -> Any:
        return self.ledger.engine.connect().execution_options(claimledger_write=True)

    def find(self, text: str, sig: np.ndarray | None = None) -> Match | None:
        """The stored article ``text`` is a near-duplicate of (the original, never another
        copy), or None."""
        sig = signature(text) if sig is None else sig
        if sig is None:
            return None
        with self.ledger.engine.connect() as conn:
            best = self._best(conn, sig)
            if best is None:
                return None
            original = conn.execute(
                select(articles.c.copy_of).where(articles.c.id == best.article_id)).scalar()
        return Match(original, best.similarity) if original else best

    def _best(self, conn: Connection, sig: np.ndarray) -> Match | None:
        keys = buckets(sig)
        query = (select(article_minhash_bands.c.article_id).distinct()
                 .where(tuple_(article_minhash_bands.c.band,
                               article_minhash_bands.c.bucket).in_(keys))
                 .limit(MAX_CANDIDATES))
        candidates = conn.execute(query).scalars().all()
        if not candidates:
            return None
        rows = conn.execute(
            select(article_minhash.c.article_id, article_minhash.c.signature, articles.c.seq)
            .join(articles, articles.c.id == article_minhash.c.article_id)
            .where(article_minhash.c.article_id.in_(candidates)))
        best: tuple[float, int, str] | None = None
        for article_id, stored, seq in rows:
            if not stored:
                continue
            score = similarity(sig, np.frombuffer(stored, dtype=np.uint32))
            # the most similar wins; among equals, the earliest stored
            if score >= self.threshold and (best is None or (score, -seq) > best[:2]):
                best = (score, -seq, article_id)
        return None if best is None else Match(best[2], best[0])

    def add(self, article_id: str, text: str, sig: np.ndarray | None = None) -> None:
        """Index a stored article (again: its old rows are replaced)."""
        sig = signature(text) if sig is None else sig
        with self._write() as conn, conn.begin():
            self._store(conn, article_id, sig)

    @staticmethod
    def _store(conn: Connection, article_id: str, sig: np.ndarray | None) -> None:
        conn.execute(delete(article_minhash_bands)
                     .where(article_minhash_bands.c.article_id == article_id))
        conn.execute(delete(article_minhash).where(article_minhash.c.article_id == article_id))
        blob = b"" if sig is None else sig.tobytes()
        conn.execute(insert(article_minhash).values(article_id=article_id, signature=blob))
        if sig is not None:
            rows = [{"band": band, "bucket": bucket, "article_id": article_id}
                    for band, bucket in buckets(sig)]
            conn.execute(insert(article_minhash_bands), rows)

    def missing(self) -> Iterator[tuple[str, str]]:
        """(id, text) of stored articles the index lacks, in storage order."""
        indexed = select(article_minhash.c.article_id)
        query = (select(articles.c.id)
                 .where(articles.c.id.not_in(indexed)).order_by(articles.c.seq))
        with self.ledger.engine.connect() as conn:
            ids = conn.execute(query).scalars().all()
        for start in range(0, len(ids), 200):
            chunk = ids[start:start + 200]
            with self.ledger.engine.connect() as conn:
                rows = conn.execute(
                    select(articles.c.id, articles.c.text).where(articles.c.id.in_(chunk))
                    .order_by(articles.c.seq))
                yield from ((row.id, row.text) for row in rows)

    def sync(self) -> int:
        """Index every stored article the index lacks; return how many."""
        count = 0
        for article_id, text in self.missing():
            self.add(article_id, text)
            count += 1
        return count
