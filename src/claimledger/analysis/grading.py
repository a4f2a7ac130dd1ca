"""Source grades in the NATO Admiralty code, computed from the ledger and explained.

*Credibility* (1–6) is graded per estimate, from the independent estimates of its series
(:mod:`.agreement`):

- **1** confirmed: two or more independent sources agree, none contradicts;
- **2** probably true: one independent source agrees and none contradicts, or at least
  twice as many agree as contradict;
- **3** possibly true: at least as many agree as contradict, or it only fits the trend of a
  running total (later and higher, or earlier and lower, figures of other sources);
- **4** doubtful: more independent sources contradict than agree, and only one contradicts;
- **5** improbable: more independent sources contradict than agree, two or more of them;
- **6** cannot be judged: no independent figure to compare it with.

*Reliability* (A–F) is graded per source, from the credibility of the estimates it gave
(its track record): the share of its judged figures (1–5) that were confirmed or probably
true, and the share that were doubtful or improbable, against the thresholds in
``lexicon/en/admiralty.json``; F where it has too few judged figures. Nothing here knows who
a source *is*: a grade says how its figures fared against other sources' in this ledger, and
its ``why`` says exactly that.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from .. import lexicon
from .agreement import AGREE, APART, CONTRADICT, SAME, UPDATE, WINDOW_DAYS, Comparison, comparisons
from .estimates import Estimate, Series


@dataclass
class Credibility:
    """An estimate's credibility grade, with the comparisons it rests on."""

    grade: int
    label: str
    why: str
    comparisons: list[Comparison] = field(default_factory=list)


@dataclass
class Reliability:
    """A source's reliability grade over its estimates."""

    source: str
    source_key: str
    grade: str
    label: str
    why: str
    judged: int
    good: int
    bad: int


def _independent_sources(found: list[Comparison], kind: str) -> set[str]:
    return {c.other.source_key for c in found if c.kind == kind}


def credibility(target: Estimate, series: Series, *, window: int = WINDOW_DAYS) -> Credibility:
    """Grade one estimate against the rest of its series."""
    found = comparisons(target, series, window=window)
    agree = _independent_sources(found, AGREE)
    against = _independent_sources(found, CONTRADICT) - agree
    updates = _independent_sources(found, UPDATE)
    labels = lexicon.load("admiralty.json")["credibility"]
    if not agree and not against:
        grade = 3 if updates else 6
    elif not against:
        grade = 1 if len(agree) >= 2 else 2
    elif len(agree) >= 2 * len(against):
        grade = 2  # broad agreement outweighs a lone dissent
    elif len(agree) >= len(against):
        grade = 3
    else:
        grade = 5 if len(against) >= 2 else 4
    return Credibility(grade, labels[str(grade)], _credibility_why(grade, agree, against,
                                                                   updates, found), found)


def _credibility_why(grade: int, agree: set[str], against: set[str], updates: set[str],
                     found: list[Comparison]) -> str:
    def count(n: int) -> str:
        return f"{n} independent source{'s' if n != 1 else ''}"

    def verb(n: int, plural: str) -> str:
        return plural if n != 1 else plural + "s"
    parts = []
    if agree:
        parts.append(f"{count(len(agree))} {verb(len(agree), 'agree')}")
    if against:
        parts.append(f"{count(len(against))} {verb(len(against), 'contradict')}")
    if updates:
        parts.append(f"fits the running total of {count(len(updates))}")
    kinds = Counter(c.kind for c in found)
    if kinds[SAME]:
        parts.append(f"{kinds[SAME]} not independent (same article, wire copy or source)")
    if kinds[APART]:
        parts.append(f"{kinds[APART]} not comparable (undated)")
    if not parts:
        parts.append("no other figure of this measure and subject within the window")
    return "; ".join(parts)


def reliability(estimates: list[Estimate], grades: dict[tuple[str, str], Credibility]
                ) -> list[Reliability]:
    """Grade every source of ``estimates`` by how its figures were graded."""
    table: dict[str, Any] = lexicon.load("admiralty.json")["reliability"]
    by_source: dict[str, list[Estimate]] = defaultdict(list)
    seen: set[tuple[str, ...]] = set()
    for item in estimates:
        # one figure per report: a wire copy, or the headline repeating the body, is the
        # same figure told again, not more of a track record
        report = (item.source_key, item.copy_of or item.article, item.measure, item.subject,
                  item.unit)
        if report not in seen:
            seen.add(report)
            by_source[item.source_key].append(item)
    out = []
    for key, items in by_source.items():
        judged = [grades[i.key].grade for i in items if grades[i.key].grade != 6]
        good = sum(1 for g in judged if g <= 2)
        bad = sum(1 for g in judged if g >= 4)
        grade = "F"
        for letter in ("A", "B", "C", "D", "E"):
            rule = table[letter]
            n = len(judged)
            if n >= rule["min_judged"] and good >= rule["min_good"] * n \
                    and bad <= rule["max_bad"] * n:
                grade = letter
                break
        name = max((i.source for i in items), key=len)
        why = (f"{len(judged)} of the {len(items)} figures it gave (one per report) could be "
               f"judged: {good} confirmed or probably true, {bad} doubtful or improbable")
        if grade == "F":
            least = min(table[letter]["min_judged"] for letter in "ABCDE")
            why += f" (fewer than {least} judged: not enough to grade)"
        out.append(Reliability(name, key, grade, table[grade]["label"], why, len(judged),
                               good, bad))
    out.sort(key=lambda r: (r.grade, -r.judged, r.source))
    return out
