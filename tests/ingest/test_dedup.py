"""Near-duplicates: wire copies are stored, linked to the first copy, across runs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select

from claimledger.article import Article
from claimledger.ingest.dedup import NearDuplicates, signature, similarity
from claimledger.ledger import Ledger
from claimledger.ledger.batch import ingest_items
from claimledger.ledger.schema import article_minhash, articles
from claimledger.record import ArticleInfo, Record


def _text(title: str, paragraphs: list[str]) -> str:
    return "\n\n".join([title, *paragraphs])


def _store(ledger: Ledger, index: NearDuplicates, article_id: str, text: str) -> str | None:
    """Store a bare record the way an ingest does; return what it was linked to."""
    match = index.find(text)
    copy_of = match.article_id if match else None
    assert ledger.add(Record(ArticleInfo(id=article_id, text=text)), copy_of=copy_of)
    index.add(article_id, text)
    return copy_of


def _wire_copy(story: list[str]) -> str:
    """The story as another outlet runs it: its own headline, a dateline, a credit line."""
    return _text("Truce negotiations collapse", [
        "GENEVA (Wire) - " + story[0], *story[1:3], "Reporting by the wire service staff.",
    ])


def test_signature_similarity(story, other_story) -> None:
    original = signature(_text("Talks stall", story))
    copy = signature(_wire_copy(story))
    other = signature(_text("Shelling resumes", other_story))
    assert original is not None and copy is not None and other is not None
    assert similarity(original, copy) >= 0.6
    assert similarity(original, other) < 0.2
    assert signature("Too short to compare.") is None


def test_copies_link_to_the_first_copy_across_runs(tmp_path: Path, story, other_story) -> None:
    db = tmp_path / "l.db"
    with Ledger(db) as ledger:
        index = NearDuplicates(ledger)
        assert _store(ledger, index, "herald", _text("Talks stall", story)) is None
        assert _store(ledger, index, "gazette", _wire_copy(story)) == "herald"
        assert _store(ledger, index, "other", _text("Shelling", other_story)) is None
    # a later run (a new process, a new index object) still knows the story
    with Ledger(db) as ledger:
        index = NearDuplicates(ledger)
        trimmed = _text("Ceasefire talks end without deal", story[:3] + [story[3][:60]])
        assert _store(ledger, index, "daily", trimmed) == "herald"
        with ledger.engine.connect() as conn:
            query = select(articles.c.id, articles.c.copy_of)
            rows = {row.id: row.copy_of for row in conn.execute(query)}
    assert rows == {"herald": None, "gazette": "herald", "other": None, "daily": "herald"}


def test_a_copy_of_a_copy_links_to_the_original(tmp_path: Path, story) -> None:
    with Ledger(tmp_path / "l.db") as ledger:
        index = NearDuplicates(ledger)
        _store(ledger, index, "first", _text("Talks stall", story))
        # store a copy unlinked, as if indexed before the original, then one more copy of it
        copy = _wire_copy(story)
        ledger.add(Record(ArticleInfo(id="second", text=copy)), copy_of="first")
        index.add("second", copy)
        third = copy.replace("Reporting by the wire service staff.", "Edited by a desk.")
        assert index.find(third).article_id == "first"


def test_sync_rebuilds_a_missing_index(tmp_path: Path, story) -> None:
    """An article stored by a run killed before it was indexed is indexed on the next run."""
    with Ledger(tmp_path / "l.db") as ledger:
        index = NearDuplicates(ledger)
        ledger.add(Record(ArticleInfo(id="orphan", text=_text("Talks stall", story))))
        ledger.add(Record(ArticleInfo(id="short", text="Only a few words here.")))
        assert index.find(_wire_copy(story)) is None
        assert index.sync() == 2
        assert index.sync() == 0  # the short one is remembered as not comparable
        assert index.find(_wire_copy(story)).article_id == "orphan"
        with ledger.engine.begin() as conn:
            conn.execute(delete(articles).where(articles.c.id == "orphan"))
            left = conn.execute(select(func.count()).select_from(article_minhash)).scalar()
        assert left == 1  # the index rows went with their article


def test_ingest_links_wire_copies(tmp_path: Path, story, other_story, nlp) -> None:
    """Through the real pipeline: exact duplicates skipped, wire copies stored and linked."""
    original = Article(text=_text("Talks stall", story), id="herald", outlet="Herald")
    items = [
        original,
        Article(text=_wire_copy(story), id="gazette", outlet="Gazette"),
        Article(text=original.text + "\n", id="herald-again"),  # the same text again
        Article(text=_text("Shelling resumes", other_story), id="post"),
    ]
    with Ledger(tmp_path / "l.db") as ledger:
        tally = ingest_items(items, ledger=ledger)
        stored = {row["id"]: row["copy_of"] for row in ledger.articles()}
    assert (tally.stored, tally.copies, tally.present, tally.failed) == (3, 1, 1, 0)
    assert stored == {"herald": None, "gazette": "herald", "post": None}
