"""The ledger: storing records, reading them back unchanged, idempotence, queries, failures."""

from __future__ import annotations

import itertools
import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimledger
from claimledger.errors import LedgerError, LedgerUnavailable
from claimledger.ledger import Ledger, ledger_url
from claimledger.record import (
    About,
    ArticleInfo,
    Claim,
    ClaimSource,
    Entity,
    Event,
    EventTime,
    Location,
    Quantity,
    Record,
    Said,
    TextSpan,
    Time,
    Via,
    record_from_dict,
)

# Short reports written for these tests (invented places and people).
PORT_TEXT = (
    "Pilots strike leaves tankers idle\n\n"
    "The port authority of Valmora said on Tuesday that about 40 tankers were waiting "
    "offshore because of a strike by harbour pilots.\n"
    "\"We cannot move the ships until the pilots come back,\" the authority's director, "
    "Lena Ortiz, told reporters.\n"
    "According to the shipping ministry, the backlog could cost more than $20 million a week.\n"
)
BORDER_TEXT = (
    "Border talks stall\n\n"
    "Negotiators from Estland and Westmark met in Geneva on March 3, 2025, but failed to agree "
    "on a ceasefire line, officials said.\n"
    "Estland's foreign minister, Piet Varga, said at least 12 villages had been shelled since "
    "January.\n"
    "Westmark denied the accusation and said its forces had only returned fire.\n"
)

MADE_UP = "Officials in Ruritania said on Monday that about 300 soldiers had crossed the river."


def _at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def handmade_record(article_id: str = "ruritania-1", text: str = MADE_UP) -> Record:
    """A record that fills every field of the contract, so the round trip checks them all."""
    at = lambda part: _at(text, part)  # noqa: E731
    return Record(
        article=ArticleInfo(id=article_id, text=text, title="River crossing", outlet="Test Wire",
                            author="A. Writer", url="https://example.org/r1",
                            published="2025-03-03"),
        entities=[Entity("e:ruritania", "Ruritania", "GPE", ["Ruritania", "Ruritanian"],
                         [at("Ruritania")], {"wikidata": "Q0"})],
        times=[Time("t1", "Monday", at("Monday"), "DATE", "2025-03-03", "2025-03-03",
                    "2025-03-03", anchor="published")],
        quantities=[Quantity("q1", "about 300", at("about 300"), 300, 300, None, "approx",
                             "person", "crossed", About("soldiers", None, at("soldiers")),
                             change=None)],
        claims=[Claim(
            "c1",
            ClaimSource("Officials in Ruritania", at("Officials in Ruritania"), "e:ruritania",
                        "Ruritanian officials"),
            TextSpan("said", at("said")),
            TextSpan("about 300 soldiers had crossed the river",
                     at("about 300 soldiers had crossed the river")),
            False,
            Said("on Monday", "2025-03-03", "2025-03-03", "2025-03-03", "t1"),
            Via("Officials", None, at("Officials")),
            ["about"], ["q1"], ["t1"], ["v1"],
        )],
        events=[Event("v1", "MOBILIZE", TextSpan("crossed", at("crossed")), "troops",
                      ["e:ruritania"], [],
                      Location("the river", None, None, 1.5, 2.25, at("the river")),
                      EventTime("on Monday", "2025-03-03", "2025-03-03", "t1"), "c1", ["q1"])],
    )


@pytest.fixture
def ledger(tmp_path: Path):
    with Ledger(tmp_path / "ledger.db") as opened:
        yield opened


@pytest.fixture(scope="module")
def real_records(nlp) -> list[Record]:
    return [
        claimledger.extract(PORT_TEXT, published="2025-03-04", id="port", title="Pilots strike"),
        claimledger.extract(BORDER_TEXT, published="2025-03-04", id="border", outlet="Test Wire"),
    ]


def test_handmade_record_round_trips_every_field(ledger: Ledger) -> None:
    record = handmade_record()
    assert ledger.add(record) is True
    stored = ledger.record("ruritania-1")
    assert stored is not None
    assert stored.to_dict() == record.to_dict()
    stored.check_spans()
    assert ledger.stats() == {"articles": 1, "claims": 1, "entities": 1, "quantities": 1,
                              "times": 1, "events": 1}


def test_real_records_round_trip_through_export(ledger: Ledger, real_records) -> None:
    for record in real_records:
        assert ledger.add(record)
    exported = list(ledger.records())
    assert [r.to_dict() for r in exported] == [r.to_dict() for r in real_records]
    for record in exported:
        record.check_spans()
        assert record_from_dict(record.to_dict()).to_dict() == record.to_dict()


def test_seed_article_round_trips(ledger: Ledger, seed_record: Record) -> None:
    assert ledger.add(seed_record)
    stored = ledger.record(seed_record.article.id)
    assert stored is not None and stored.to_dict() == seed_record.to_dict()


def test_adding_the_same_text_twice_stores_it_once(ledger: Ledger) -> None:
    assert ledger.add(handmade_record()) is True
    assert ledger.add(handmade_record()) is False
    # the identity is the normalised text, whatever id or metadata it comes with
    assert ledger.add(handmade_record(article_id="another-id")) is False
    assert ledger.stats()["articles"] == 1
    assert ledger.has(claimledger.article.content_hash(MADE_UP))


def test_a_new_text_under_a_used_id_is_kept_apart(ledger: Ledger) -> None:
    ledger.add(handmade_record())
    changed = MADE_UP.replace("Monday", "Monday morning")
    assert ledger.add(handmade_record(text=changed)) is True
    ids = [a["id"] for a in ledger.articles()]
    assert ids == ["ruritania-1", "ruritania-1~2"]
    assert ledger.record("ruritania-1").article.text == MADE_UP
    assert ledger.record("ruritania-1~2").article.text == changed


def test_copies_are_marked(ledger: Ledger) -> None:
    ledger.add(handmade_record())
    assert ledger.add(handmade_record("wire", MADE_UP + " (Wire)"), copy_of="ruritania-1")
    assert [a["copy_of"] for a in ledger.articles()] == [None, "ruritania-1"]
    assert ledger.mark_copy("wire", None) is True
    assert ledger.mark_copy("nowhere", "wire") is False
    assert [a["copy_of"] for a in ledger.articles()] == [None, None]


def test_a_failing_article_leaves_the_ledger_as_it_was(ledger: Ledger) -> None:
    ledger.add(handmade_record())
    before = [r.to_dict() for r in ledger.records()]
    broken = handmade_record("broken", MADE_UP + " Again.")
    broken.claims.append(broken.claims[0])  # two claims with one id: the insert fails midway
    with pytest.raises(LedgerError, match=r"\[E013\] article broken"):
        ledger.add(broken)
    bad_spans = handmade_record("bad-spans", MADE_UP + " Once more.")
    bad_spans.times[0].span = (0, 3)
    with pytest.raises(LedgerError, match="E013"):
        ledger.add(bad_spans)
    assert [r.to_dict() for r in ledger.records()] == before
    assert ledger.search("Again")["articles"] == []


def test_claims_filter_by_source_and_about(ledger: Ledger) -> None:
    ledger.add(handmade_record())
    (claim,) = ledger.claims()
    assert claim["article"] == {"id": "ruritania-1", "title": "River crossing",
                                "outlet": "Test Wire", "published": "2025-03-03"}
    assert claim["content"]["text"] == "about 300 soldiers had crossed the river"
    assert len(ledger.claims(source="ruritanian officials")) == 1  # the source's name
    assert len(ledger.claims(source="OFFICIALS IN")) == 1  # its text
    assert len(ledger.claims(source="ruritania")) == 1  # its entity
    assert ledger.claims(source="ministry") == []
    assert len(ledger.claims(about="Soldiers")) == 1  # what the quantity counts
    assert len(ledger.claims(q="river")) == 1  # the content
    assert ledger.claims(q="?!") == []  # punctuation alone is no search
    assert ledger.claims(about="river") == []  # not an entity, nor counted
    assert ledger.claims(about="Ruritania") == []  # mentioned only outside the content
    assert ledger.claims(source="100%_") == []  # LIKE wildcards are taken literally
    assert ledger.claims(limit=1, offset=1) == []


def test_claims_about_an_entity_mentioned_in_the_content(ledger: Ledger) -> None:
    text = "The ministry said that Ruritanian troops had crossed the river."
    record = Record(
        article=ArticleInfo(id="m", text=text),
        entities=[Entity("e:ruritania", "Ruritania", "GPE", ["Ruritanian"],
                         [_at(text, "Ruritanian")])],
        claims=[Claim("c1", ClaimSource("The ministry", _at(text, "The ministry")),
                      TextSpan("said", _at(text, "said")),
                      TextSpan("Ruritanian troops had crossed the river",
                               _at(text, "Ruritanian troops had crossed the river")))],
    )
    ledger.add(record)
    assert [c["id"] for c in ledger.claims(about="ruritania")] == ["c1"]


def test_entities_are_grouped_across_articles(ledger: Ledger) -> None:
    ledger.add(handmade_record())
    ledger.add(handmade_record("ruritania-2", MADE_UP + " Later."))
    assert ledger.entities() == [
        {"name": "Ruritania", "type": "GPE", "articles": 2, "mentions": 2}]
    assert ledger.entities(name="ruritanian")[0]["name"] == "Ruritania"  # an alias
    assert ledger.entities(name="atlantis") == []


def test_search_finds_articles_and_claims(ledger: Ledger) -> None:
    ledger.add(handmade_record())
    assert ledger.search_kind == "fts5"
    found = ledger.search("soldiers RIVER")
    assert [a["id"] for a in found["articles"]] == ["ruritania-1"]
    assert [c["id"] for c in found["claims"]] == ["c1"]
    assert ledger.search("tanks") == {"articles": [], "claims": []}
    assert ledger.search('"*(') == {"articles": [], "claims": []}  # no words, no error


def test_reopening_keeps_everything(tmp_path: Path) -> None:
    with Ledger(str(tmp_path / "a.db")) as first:
        first.add(handmade_record())
    with Ledger(f"sqlite:///{tmp_path / 'a.db'}") as again:
        assert again.stats()["articles"] == 1
        assert again.search_kind == "fts5"


def test_readers_can_refuse_to_create_a_ledger(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(LedgerUnavailable, match=r"^\[E022\] no ledger at "):
        Ledger(missing, create=False)
    assert not missing.exists()
    sqlite3.connect(tmp_path / "bare.db").close()  # a SQLite file without the tables
    with pytest.raises(LedgerUnavailable, match="E022"):
        Ledger(tmp_path / "bare.db", create=False)
    Ledger(tmp_path / "made.db").close()
    with Ledger(tmp_path / "made.db", create=False) as opened:
        assert opened.stats()["articles"] == 0


def test_tables_added_to_the_schema_later_are_created_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "older.db"
    with Ledger(path) as opened:
        opened.add(handmade_record())
    with sqlite3.connect(path) as conn:  # as if the ledger predated the claims table
        conn.execute("DROP TABLE claims")
    with Ledger(path, create=False) as opened:
        assert opened.stats() == {"articles": 1, "claims": 0, "entities": 1, "quantities": 1,
                                  "times": 1, "events": 1}


def test_ledger_urls() -> None:
    assert ledger_url("sqlite:///x.db") == "sqlite:///x.db"
    assert ledger_url("/tmp/x.db") == "sqlite:////tmp/x.db"
    assert ledger_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert ledger_url(":memory:") == "sqlite://"


def test_default_ledger_comes_from_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMLEDGER_DB", str(tmp_path / "env.db"))
    with Ledger() as opened:
        opened.add(handmade_record())
    assert (tmp_path / "env.db").is_file()


def test_in_memory_ledger() -> None:
    with Ledger(":memory:") as opened:
        opened.add(handmade_record())
        assert opened.stats()["claims"] == 1


def test_unreachable_ledger_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(LedgerUnavailable, match=r"^\[E008\] cannot open the ledger .*"):
        Ledger(tmp_path / "no" / "such" / "dir" / "x.db")
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("just some words, long enough to fill a page header " * 20)
    with pytest.raises(LedgerUnavailable, match="E008"):
        Ledger(not_a_db)
    with pytest.raises(LedgerUnavailable, match="E008"):
        Ledger("nosuchdialect://x/y")


def test_locked_ledger_fails_fast_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    with Ledger(path) as opened:
        opened.add(handmade_record())
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Ledger(f"sqlite:///{path}?timeout=0.1") as blocked:
            with pytest.raises(LedgerUnavailable, match=r"\[E009\]"):
                blocked.add(handmade_record("other", MADE_UP + " Later."))
    finally:
        holder.rollback()
        holder.close()
    with Ledger(path) as opened:
        assert opened.stats()["articles"] == 1


def test_concurrent_writers_store_an_article_once(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    Ledger(path).close()
    results: list[bool] = []

    def add() -> None:
        with Ledger(path) as mine:
            results.append(mine.add(handmade_record()))

    threads = [threading.Thread(target=add) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, False, False, True]
    with Ledger(path) as opened:
        assert opened.stats()["articles"] == 1


def test_postgresql_round_trip(postgres_url: str, real_records) -> None:
    with Ledger(postgres_url) as pg:
        assert pg.search_kind == "tsvector"
        record = handmade_record()
        assert pg.add(record) is True
        assert pg.add(record) is False
        for real in real_records:
            assert pg.add(real)
        assert pg.record("ruritania-1").to_dict() == record.to_dict()
        assert [r.to_dict() for r in pg.records()] == [
            r.to_dict() for r in [record, *real_records]]
        assert len(pg.claims(source="ruritania")) == 1
        assert len(pg.claims(about="soldiers")) == 1
        assert [a["id"] for a in pg.search("soldiers river")["articles"]] == ["ruritania-1"]
        assert pg.entities(name="ruritania")[0]["articles"] == 1
        assert pg.add(handmade_record(text=MADE_UP + " More.")) is True
        assert pg.stats()["articles"] == 2 + len(real_records)
        assert pg.record("ruritania-1~2") is not None


# --------------------------------------------------------------------------- property test

_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                min_size=1, max_size=60)
_MAYBE = st.none() | st.text(min_size=0, max_size=12).filter(lambda s: "\x00" not in s)
_NUMBER = st.none() | st.integers(-10**9, 10**9) | st.floats(-1e9, 1e9, allow_nan=False)


@st.composite
def _records(draw) -> Record:
    """Random records whose every span indexes the text: the store must give each back."""
    text = draw(_TEXT)

    def span() -> tuple[int, int]:
        start = draw(st.integers(0, len(text)))
        return start, draw(st.integers(start, len(text)))

    def part(make):  # an optional sub-object: absent, or built from a span of the text
        if draw(st.booleans()):
            return None
        s = span()
        return make(text[s[0]:s[1]], s)

    entities = [Entity(f"e:{i}", draw(_TEXT), draw(st.sampled_from(["GPE", "ORG", "PERSON"])),
                       draw(st.lists(_TEXT, max_size=3)), [span() for _ in range(draw(
                           st.integers(0, 3)))], draw(st.sampled_from([{}, {"wikidata": "Q1"}])))
                for i in range(draw(st.integers(0, 2)))]
    times = []
    for i in range(draw(st.integers(0, 2))):
        s = span()
        times.append(Time(f"t{i}", text[s[0]:s[1]], s, "DATE", draw(_MAYBE), draw(_MAYBE),
                          draw(_MAYBE), draw(_MAYBE)))
    quantities = []
    for i in range(draw(st.integers(0, 2))):
        s = span()
        quantities.append(Quantity(
            f"q{i}", text[s[0]:s[1]], s, draw(_NUMBER), draw(_NUMBER), draw(_NUMBER),
            draw(st.sampled_from(["eq", "gt", "approx", "range"])), draw(_MAYBE), draw(_MAYBE),
            part(lambda t, sp: About(t, draw(_MAYBE), sp if draw(st.booleans()) else None)),
            draw(_MAYBE)))
    claims = []
    for i in range(draw(st.integers(0, 2))):
        s = span()
        claims.append(Claim(
            f"c{i}", part(lambda t, sp: ClaimSource(t, sp, draw(_MAYBE), draw(_MAYBE))),
            part(TextSpan), TextSpan(text[s[0]:s[1]], s), draw(st.booleans()),
            None if draw(st.booleans()) else Said(draw(_TEXT), draw(_MAYBE), draw(_MAYBE),
                                                  draw(_MAYBE), draw(_MAYBE)),
            part(lambda t, sp: Via(t, draw(_MAYBE), sp if draw(st.booleans()) else None)),
            draw(st.lists(_TEXT, max_size=2)), [q.id for q in quantities],
            [t.id for t in times], []))
    events = []
    for i in range(draw(st.integers(0, 2))):
        s = span()
        events.append(Event(
            f"v{i}", "ASSAULT", TextSpan(text[s[0]:s[1]], s), draw(_MAYBE),
            [e.id for e in entities], [], part(lambda t, sp: Location(
                t, draw(_MAYBE), draw(st.none() | st.integers(1, 10**7)),
                draw(st.none() | st.floats(-90, 90)), draw(st.none() | st.floats(-180, 180)),
                sp, draw(_MAYBE))),
            None if draw(st.booleans()) else EventTime(draw(_TEXT), draw(_MAYBE), draw(_MAYBE),
                                                       draw(_MAYBE)),
            draw(st.none() | st.sampled_from([c.id for c in claims] or [None])),
            [q.id for q in quantities]))
    return Record(
        article=ArticleInfo(id=draw(_TEXT), text=text, title=draw(_MAYBE),
                            published=draw(st.none() | st.just("2025-01-31"))),
        entities=entities, times=times, quantities=quantities, claims=claims, events=events)


@pytest.fixture(scope="module")
def shared_ledger():
    with Ledger(":memory:") as store:
        yield store


_UNIQUE = itertools.count()


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(record=_records())
def test_any_valid_record_comes_back_unchanged(shared_ledger: Ledger, record: Record) -> None:
    # a text and an id of its own (appended: every span still indexes the text)
    n = next(_UNIQUE)
    record.article.text += f" #{n}"
    record.article.id = f"{record.article.id}#{n}"
    assert shared_ledger.add(record)
    back = shared_ledger.record(record.article.id)
    assert back is not None and back.to_dict() == record.to_dict()


def test_source_filter_follows_an_alias_defined_in_another_article(ledger: Ledger) -> None:
    # Two reports in our own words: only the first spells out the acronym.
    first = claimledger.extract(
        "The Maritime Safety Board (MSB) said on Monday that two tankers had run aground.",
        published="2025-03-04", id="msb-1",
    )
    second = claimledger.extract(
        "The Maritime Safety Board said on Friday that the tankers had been refloated.",
        published="2025-03-08", id="msb-2",
    )
    ledger.add(first)
    ledger.add(second)
    found = {c["article"]["id"] for c in ledger.claims(source="MSB")}
    assert found == {"msb-1", "msb-2"}
    assert ledger.claims(source="Nobody Known") == []


def test_tally_summary_names_every_outcome() -> None:
    from claimledger.ledger.batch import Tally

    assert Tally(extracted=3, failed=1).summary() == "extracted 3 article(s); 1 failed"
    tally = Tally(storing=True, stored=4, copies=1, present=2, skipped=3, failed=0)
    assert tally.summary() == ("stored 4 article(s) (1 near-duplicate(s) of earlier ones); "
                               "2 already in the ledger; 3 skipped; 0 failed")


def test_an_entity_filter_matches_the_start_of_a_word() -> None:
    from claimledger.ledger.queries import ids_matching

    directory = {
        "e:russia": {"forms": "russia\x1frussian", "articles": 9},
        "e:united-states": {"forms": "united states\x1fus\x1fu.s.", "articles": 5},
        "e:north-korea": {"forms": "north korea\x1fdprk", "articles": 7},
    }
    assert ids_matching(directory, "US") == ("e:united-states",)
    assert ids_matching(directory, "Kor") == ("e:north-korea",)
    assert ids_matching(directory, "russian") == ("e:russia",)
    assert ids_matching(directory, "ussia") == ()
    assert ids_matching(directory, "e:russia") == ("e:russia",)
    assert ids_matching(directory, "  ") == ()
