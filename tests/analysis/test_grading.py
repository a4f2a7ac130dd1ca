"""Intervals, agreement and Admiralty grades on hand-made estimates (no NLP involved)."""

from __future__ import annotations

import math
from datetime import date

import pytest

from claimledger.analysis.agreement import AGREE, APART, CONTRADICT, SAME, UPDATE, compare
from claimledger.analysis.estimates import Estimate, Interval, Series, interval, series_of
from claimledger.analysis.grading import credibility, reliability
from claimledger.analysis.resolve import canonical_names


@pytest.mark.parametrize(("quantity", "expected"), [
    ({"value": 300, "relation": "eq"}, Interval(300, 300)),
    ({"value": 3000, "relation": "gt"}, Interval(3000, math.inf, low_closed=False)),
    ({"value": 100, "relation": "ge"}, Interval(100, math.inf)),
    ({"value": 10, "relation": "lt"}, Interval(0, 10, high_closed=False)),
    ({"value": 10000, "relation": "le"}, Interval(0, 10000)),
    ({"value": None, "low": 10, "high": 20, "relation": "range"}, Interval(10, 20)),
    ({"value": 300, "relation": "approx"}, Interval(270, 330)),
    ({"value": 1000, "high": 1000, "relation": "approx"}, Interval(900, 1000)),  # "nearly"
    ({"value": 12, "low": 12, "high": 99, "relation": "approx"}, Interval(12, 99)),  # dozens
])
def test_interval_of_each_relation(quantity, expected):
    assert interval(quantity) == expected


def test_interval_without_a_number_is_none():
    assert interval({"value": None, "relation": "eq"}) is None


def test_open_ends_do_not_touch():
    more_than = Interval(3000, math.inf, low_closed=False)
    assert not more_than.overlaps(Interval(3000, 3000))
    assert Interval(3000, math.inf).overlaps(Interval(3000, 3000))
    assert Interval(3000, 3000).below(more_than)
    assert not Interval(270, 330).below(Interval(300, 300))
    assert more_than.text() == "> 3,000" and Interval(0, 10000).text() == "≤ 10,000"


def est(article: str, source: str, low: float, high: float, day: int, *, copy_of=None,
        quantity: str = "q1") -> Estimate:
    return Estimate(article=article, quantity=quantity, text=f"{low}-{high}",
                    interval=Interval(low, high), measure="killed", subject="e:ruritania",
                    subject_name="Ruritania", unit="person", source=source,
                    source_key=source.lower(), date=date(2025, 1, day), copy_of=copy_of)


def test_compare_kinds():
    a = est("a1", "Ministry", 270, 330, 10)
    assert compare(a, est("a2", "Monitor", 300, 300, 12), cumulative=False).kind == AGREE
    assert compare(a, est("a2", "Monitor", 3000, 4000, 12), cumulative=False).kind == CONTRADICT
    # figures said weeks apart are about different moments, unless they are running totals
    assert compare(a, est("a2", "Monitor", 3000, 4000, 30), cumulative=False).kind == APART
    assert compare(a, est("a2", "Monitor", 3000, 4000, 30), cumulative=True).kind == UPDATE
    falling = compare(a, est("a2", "Monitor", 100, 120, 30), cumulative=True)
    assert falling.kind == CONTRADICT and "cannot fall" in falling.why
    # not independent: one article, a wire copy, one source again
    assert compare(a, est("a1", "Monitor", 300, 300, 10, quantity="q2"),
                   cumulative=False).kind == SAME
    assert compare(a, est("copy", "Monitor", 300, 300, 10, copy_of="a1"),
                   cumulative=False).kind == SAME
    assert compare(a, est("a3", "ministry", 300, 300, 10), cumulative=False).kind == SAME


def graded(target: Estimate, others: list[Estimate]) -> int:
    series = Series("deployed", "e:ruritania", "Ruritania", [target, *others])  # not a total
    return credibility(target, series).grade


def test_credibility_grades():
    a = est("a1", "Ministry", 270, 330, 10)
    agree1, agree2 = est("b", "Monitor", 300, 300, 11), est("c", "Observers", 280, 290, 12)
    no1, no2 = est("d", "Rebels", 900, 1000, 11), est("e", "Envoy", 5, 10, 12)
    assert graded(a, [agree1, agree2]) == 1
    assert graded(a, [agree1]) == 2
    assert graded(a, [agree1, no1]) == 3
    assert graded(a, [agree1, agree2, no1]) == 2  # broad agreement outweighs one dissent
    assert graded(a, [no1]) == 4
    assert graded(a, [no1, no2]) == 5
    assert graded(a, []) == 6
    copy = est("copy", "Wire", 300, 300, 10, copy_of="a1")
    assert graded(a, [copy]) == 6  # a wire copy confirms nothing


def test_reliability_follows_the_track_record():
    good = [est(f"g{i}", "Ministry", 100, 100, 10, quantity=f"q{i}") for i in range(3)]
    others = [est(f"o{i}", f"Monitor {i}", 100, 100, 10) for i in range(3)]
    wrong = [est(f"w{i}", "Rumour Mill", 9000, 9000, 10, quantity=f"q{i}") for i in range(2)]
    items = good + others + wrong
    series = Series("wounded", "e:ruritania", "Ruritania", items)
    grades = {e.key: credibility(e, series) for e in items}
    by_source = {r.source: r for r in reliability(items, grades)}
    assert by_source["Ministry"].grade in ("A", "B")
    assert by_source["Rumour Mill"].grade == "E"
    assert "2 of the 2 figures it gave (one per report) could be judged" in \
        by_source["Rumour Mill"].why
    lone = [est("l", "Lone Voice", 5, 5, 10)]
    assert reliability(lone, {lone[0].key: credibility(lone[0], Series(
        "wounded", "x", "x", lone))})[0].grade == "F"


def test_series_group_by_measure_and_subject():
    figures = [
        {"id": "q1", "text": "300", "value": 300, "relation": "eq", "measure": "killed",
         "about": {"text": "soldiers", "entity": "e:ruritania"}, "article": {"id": "a"},
         "date": "2025-01-02", "source": "Ministry", "claim_source": "Ministry", "claim": "c1"},
        {"id": "q2", "text": "2,700", "value": 2700, "relation": "eq", "measure": "wounded",
         "about": {"text": "soldiers", "entity": "e:ruritania"}, "article": {"id": "a"},
         "date": "2025-01-02", "source": "Ministry", "claim_source": "Ministry", "claim": "c1"},
        {"id": "q1", "text": "about 280", "value": 280, "relation": "approx",
         "measure": "Killed", "about": {"text": "Ruritanian troops", "entity": "e:ruritania"},
         "article": {"id": "b", "outlet": "Daily"}, "date": "2025-01-01"},
        {"id": "q9", "text": "five", "value": 5, "relation": "eq", "measure": None,
         "about": None, "article": {"id": "b"}, "date": "2025-01-01"},
    ]
    series = series_of(figures)
    assert [(s.measure, len(s.estimates)) for s in series] == [("killed", 2), ("wounded", 1)]
    killed = series[0]
    assert [e.article for e in killed.estimates] == ["b", "a"]  # oldest first
    assert killed.estimates[0].source_key == "outlet:daily"  # printed without attribution
    assert killed.cumulative


def test_short_names_join_the_one_longer_name_they_end():
    keys = canonical_names({"s:z": "Zelenskyy", "s:vz": "Volodymyr Zelenskyy",
                            "s:k": "Kim", "s:kju": "Kim Jong Un",
                            "s:desc": "officials", "s:smith": "Smith",
                            "s:js": "John Smith", "s:as": "Anna Smith"})
    assert keys["s:z"] == "s:vz"
    assert keys["s:k"] == "s:k"  # "Kim" begins "Kim Jong Un": not a surname match
    assert keys["s:desc"] == "s:desc"
    assert keys["s:smith"] == "s:smith"  # two Smiths: ambiguous, left alone


def test_only_figures_near_in_time_are_compared():
    early = est("a", "Ministry", 100, 100, 1)
    late = est("b", "Monitor", 100, 100, 29)
    point = Series("deployed", "x", "x", [early, late])
    total = Series("killed", "x", "x", [est("a", "Ministry", 100, 100, 1),
                                        est("b", "Monitor", 100, 100, 29)])
    assert credibility(point.estimates[0], point).grade == 6  # 28 days apart: not compared
    assert credibility(total.estimates[0], total).grade == 2  # a running total: compared


def test_a_crowded_day_is_compared_with_its_nearest_figures_only():
    crowd = [est(f"a{i}", f"Source {i}", 100, 100, 10) for i in range(60)]
    series = Series("deployed", "x", "x", crowd)
    assert len(series.near(crowd[30], 14)) == 24
    assert len(series.near(crowd[0], 14)) == 12


def test_an_alias_one_article_defines_names_the_same_entity_elsewhere():
    from claimledger.ledger.queries import same_entities as canonical_entities

    directory = {
        "e:national-intelligence-service": {
            "name": "National Intelligence Service", "articles": 4,
            "forms": "\x1f".join(["national intelligence service", "nis"])},
        "e:nis": {"name": "NIS", "articles": 1, "forms": "nis"},
        "e:nis-2": {"name": "Nis", "articles": 9, "forms": "nis"},  # a city: more widely reported
        "e:kursk": {"name": "Kursk", "articles": 5, "forms": "kursk"},
    }
    same = canonical_entities(directory)
    assert same["e:kursk"] == "e:kursk"
    assert same["e:national-intelligence-service"] == "e:national-intelligence-service"
    assert same["e:nis"] == "e:nis"  # two others hold "nis": ambiguous, left alone
    del directory["e:nis-2"]
    assert canonical_entities(directory)["e:nis"] == "e:national-intelligence-service"


def figure(article: str, value: float, *, unit: str = "person", about: dict | None = None,
           source: str | None = "Ministry", outlet: str = "Daily", day: str = "2025-01-02",
           copy_of: str | None = None, quantity: str = "q1") -> dict:
    return {"id": quantity, "text": str(value), "value": value, "relation": "eq",
            "measure": "killed", "unit": unit, "article": {"id": article, "outlet": outlet},
            "about": {"text": "soldiers", "entity": "e:ruritania"} if about is None else about,
            "date": day, "claim": "c1" if source else None, "claim_source": source,
            "source": source or outlet,
            "copy_of": copy_of}


def test_figures_in_other_units_are_other_series():
    series = series_of([figure("a", 40, unit="percent"), figure("b", 40, source="Police"),
                        figure("c", 0.33, unit="fraction", source="Agency")])
    assert sorted(len(s.estimates) for s in series) == [1, 1, 1]


def test_a_subject_known_only_by_its_words_stays_in_its_report():
    flood = figure("a", 120, about={"text": "people", "entity": None})
    quake = figure("b", 5000, about={"text": "people", "entity": None}, source="Police")
    nothing = figure("c", 7, about={"text": "", "entity": None})
    series = series_of([flood, quake, nothing])
    assert sorted(len(s.estimates) for s in series) == [1, 1]  # the bare "7" joins nothing


def test_unattributed_figures_of_one_outlet_are_one_source():
    believed = figure("a", 40, source=None, outlet="Wire One")
    bare = figure("b", 40, source=None, outlet="Wire One", quantity="q2")
    (series,) = series_of([believed, bare])
    assert {e.source_key for e in series.estimates} == {"outlet:wire one"}
    assert credibility(series.estimates[0], series).grade == 6


def test_descriptions_are_not_one_source_across_reports():
    (series,) = series_of([figure("a", 40, source="officials"),
                           figure("b", 40, source="officials"),
                           figure("c", 40, source="Pentagon"),
                           figure("d", 40, source="Pentagon")])
    keys = [e.source_key for e in series.estimates]
    assert keys[0] != keys[1] and keys[2] == keys[3] == "source:pentagon"


def test_copies_neither_crowd_out_nor_inflate():
    original = figure("orig", 300, source="The Observatory")
    copies = [figure(f"copy{i}", 300, source="The Observatory", copy_of="orig")
              for i in range(14)]
    other = figure("zz-independent", 300, source="Monitors")
    (series,) = series_of([original, *copies, other])
    first = next(e for e in series.estimates if e.article == "orig")
    assert credibility(first, series).grade == 2  # the independent figure is still seen
    grades = {e.key: credibility(e, series) for e in series.estimates}
    observatory = next(r for r in reliability(series.estimates, grades)
                       if r.source == "The Observatory")
    assert observatory.grade == "F" and observatory.judged == 1  # one report, not fifteen


def test_numbers_that_are_no_estimate():
    assert interval({"value": math.inf, "relation": "gt"}) is None
    assert interval({"value": 5, "low": -math.inf, "high": 5, "relation": "range"}) is None
    assert Interval(10.001, 10.001).text() == "10.001"
    assert Interval(0.5, 0.5).text() == "0.5"


def test_a_surname_joins_the_one_person_of_that_name_only():
    from claimledger.analysis.report import merge_sources

    directory = {"e:volodymyr-zelenskyy": {"name": "Volodymyr Zelenskyy", "type": "PERSON"},
                 "e:hillport-police": {"name": "Hillport Police", "type": "ORG"}}
    items = [est("a", "Zelenskyy", 1, 1, 1), est("b", "Police", 1, 1, 1),
             est("c", "Volodymyr Zelenskyy", 1, 1, 1)]
    items[0].source_key, items[1].source_key = "source:zelenskyy", "source:police"
    items[2].source_key = "e:volodymyr-zelenskyy"
    merge_sources(items, directory)
    assert [i.source_key for i in items] == ["e:volodymyr-zelenskyy", "source:police",
                                             "e:volodymyr-zelenskyy"]
