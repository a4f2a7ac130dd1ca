"""Estimates across articles: the series of figures for one measure of one subject.

"NIS: about 300 killed (Jan. 13)", "Zelenskyy: more than 3,000 killed or wounded (Dec. 23)":
each stored quantity that counts something is an :class:`Estimate` with who gave it (the
claim's source, else the outlet that printed it), when (the claim's ``said`` date, else the
article's publication date), and its bounds as an :class:`Interval`. A :class:`Series`
gathers the estimates of one measure ("killed", "killed or wounded" are two measures) about
one subject (an entity id where the quantity's ``about`` resolved to one, else its text).

The figures come from the ledger's one query layer (:func:`..ledger.queries.figures`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from .. import lexicon

#: "about 300" is read as 300 give or take this share, where the record gives no bounds.
APPROX_TOLERANCE = 0.1
#: Most estimates looked at on each side of one being graded (a day of a thousand copies
#: must not make grading quadratic).
SCAN = 200


@dataclass(frozen=True)
class Interval:
    """The values a figure allows: ``low``..``high`` (``math.inf`` where open), each end
    closed or open ("more than 3,000" excludes 3,000)."""

    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    def overlaps(self, other: Interval) -> bool:
        """Whether some value satisfies both figures."""
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return self.high_closed and other.low_closed
        if other.high == self.low:
            return other.high_closed and self.low_closed
        return True

    def below(self, other: Interval) -> bool:
        """Whether every value of this figure is below every value of ``other``."""
        return self.high < other.low or (
            self.high == other.low and not (self.high_closed and other.low_closed))

    def text(self) -> str:
        """"300", "270–330", "> 3,000", "≤ 10,000"."""
        if self.low == self.high:
            return _number(self.low)
        if math.isinf(self.high):
            return f"{'≥' if self.low_closed else '>'} {_number(self.low)}"
        if self.low <= 0 and self.low_closed:
            return f"{'≤' if self.high_closed else '<'} {_number(self.high)}"
        return f"{_number(self.low)}–{_number(self.high)}"


def _number(value: float) -> str:
    if not math.isfinite(value):
        return "∞" if value > 0 else "-∞"
    if value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def interval(quantity: dict[str, Any], tolerance: float = APPROX_TOLERANCE) -> Interval | None:
    """The bounds a contract quantity states (None when it gives no finite number): ``eq`` is a
    point, ``gt``/``ge`` open upwards, ``lt``/``le`` down to zero (counts are never negative),
    ``range`` its two ends, ``approx`` its own bounds where the record gives them ("dozens")
    and otherwise the value give or take ``tolerance``."""
    relation = quantity.get("relation") or "eq"
    value, low, high = quantity.get("value"), quantity.get("low"), quantity.get("high")
    if any(v is not None and not math.isfinite(float(v)) for v in (value, low, high)):
        return None  # "infinite" is no estimate of anything
    if relation == "range" and low is not None and high is not None:
        return Interval(float(low), float(high))
    if value is None:
        return None
    value = float(value)
    if relation == "gt":
        return Interval(value, math.inf, low_closed=False)
    if relation == "ge":
        return Interval(value, math.inf)
    if relation == "lt":
        return Interval(0.0, value, high_closed=False)
    if relation == "le":
        return Interval(0.0, value)
    if relation == "approx":
        spread = abs(value) * tolerance
        return Interval(float(low) if low is not None else value - spread,
                        float(high) if high is not None else value + spread)
    return Interval(value, value)


@dataclass
class Estimate:
    """One figure as somebody gave it."""

    article: str
    quantity: str
    text: str
    interval: Interval
    measure: str
    subject: str
    subject_name: str
    unit: str
    source: str
    source_key: str
    date: date | None
    outlet: str | None = None
    claim: str | None = None
    copy_of: str | None = None
    hedged: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.article, self.quantity)


@dataclass
class Series:
    """The estimates of one measure about one subject, oldest first."""

    measure: str
    subject: str
    subject_name: str
    estimates: list[Estimate]  # oldest first, undated ones before all
    _ordinals: list[int] | None = field(default=None, init=False, repr=False)
    _index: dict[tuple[str, str], int] = field(default_factory=dict, init=False, repr=False)

    @property
    def cumulative(self) -> bool:
        """Whether the measure counts a running total (killed, wounded, captured…): see
        ``lexicon/en/cumulative_measures.txt``."""
        return is_cumulative(self.measure)

    def near(self, target: Estimate, days: int, per_side: int = 12,
             keep: Callable[[Estimate], bool] | None = None) -> list[Estimate]:
        """The other dated estimates said within ``days`` of ``target``, walking outwards
        from it until ``per_side`` estimates that ``keep`` accepts are found on each side
        (those it rejects — copies, the same article — are returned too, but do not use up
        the count; at most :data:`SCAN` are looked at per side). None for an undated one:
        only these are compared, so grading stays linear in the length of a series."""
        if target.date is None:
            return []
        if self._ordinals is None:
            self._ordinals = [e.date.toordinal() if e.date else -1 for e in self.estimates]
            self._index = {e.key: i for i, e in enumerate(self.estimates)}
        day, at = target.date.toordinal(), self._index[target.key]
        found: list[Estimate] = []
        for step in (-1, 1):
            kept = scanned = 0
            i = at + step
            while 0 <= i < len(self.estimates) and kept < per_side and scanned < SCAN:
                if abs(self._ordinals[i] - day) > days or self._ordinals[i] < 0:
                    break
                other = self.estimates[i]
                found.append(other)
                kept += keep is None or keep(other)
                scanned += 1
                i += step
        return found


@cache
def _cumulative_words() -> frozenset[str]:
    return lexicon.words("cumulative_measures.txt")


@cache
def is_cumulative(measure: str) -> bool:
    """Whether a measure counts a running total: one of its words is listed."""
    return any(word in _cumulative_words() for word in measure.lower().split())


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


#: Words a proper name may hold in lower case ("Ministry of Defence", "Institute for the Study
#: of War").
_NAME_PARTICLES = frozenset({"of", "for", "the", "and", "on", "de", "al", "von", "van", "del"})


def is_proper_name(text: str) -> bool:
    """"Pentagon", "Ministry of Defence": yes; "officials", "the ministry", "a spokesman": no."""
    words = text.replace("’", "'").split()
    if not words or words[0].lower() in ("the", "a", "an"):
        return bool(words[1:]) and is_proper_name(" ".join(words[1:])) and words[0][0].isupper()
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def origin(figure: dict[str, Any]) -> str:
    """The article a figure first appeared in: its own, or the one it is a wire copy of."""
    return str(figure.get("copy_of") or (figure.get("article") or {}).get("id"))


def source_key(figure: dict[str, Any]) -> str:
    """Who gave a figure, as one key: the claim's source entity; else its source's words —
    a proper name ("Pentagon") across articles, a description ("officials", "the ministry")
    within its own report only, since two reports' "officials" need not be the same people;
    else the outlet that printed the figure without attributing it."""
    if figure.get("source_entity"):
        return str(figure["source_entity"])
    words = " ".join(str(figure.get("claim_source") or "").split())
    if figure.get("claim") and words:
        if is_proper_name(words):
            return "source:" + words.lower()
        return f"source:{words.lower()}@{origin(figure)}"
    outlet = (figure.get("article") or {}).get("outlet")
    return "outlet:" + (outlet or (figure.get("article") or {}).get("id") or "?").lower()


def estimate(figure: dict[str, Any], tolerance: float = APPROX_TOLERANCE) -> Estimate | None:
    """An Estimate from one item of :func:`..ledger.queries.figures` (None without a measure,
    a finite number or anything it counts)."""
    bounds = interval(figure, tolerance)
    measure = " ".join(str(figure.get("measure") or "").lower().split())
    if bounds is None or not measure:
        return None
    about = figure.get("about") or {}
    counted = " ".join(str(about.get("text") or "").split())
    if not about.get("entity") and not counted:
        return None  # a figure of nothing named ("40 were killed"): no series to join
    # only an entity is the same subject in two reports: "people killed" in one report and
    # in another may be two disasters, so a subject known by its words stays in its report
    subject = about.get("entity") or f"{counted.lower()}@{origin(figure)}"
    article = figure.get("article") or {}
    return Estimate(
        article=str(article.get("id")), quantity=str(figure.get("id")),
        text=str(figure.get("text")), interval=bounds, measure=measure, subject=subject,
        unit=str(figure.get("unit") or ""),
        subject_name=figure.get("subject_name") or counted or subject,
        source=str(figure.get("source") or article.get("outlet") or "?"),
        source_key=source_key(figure), date=_date(figure.get("date")),
        outlet=article.get("outlet"), claim=figure.get("claim"),
        copy_of=figure.get("copy_of"), hedged=bool(figure.get("hedges")))


def series_of(figures: Iterable[dict[str, Any]], tolerance: float = APPROX_TOLERANCE,
              ) -> list[Series]:
    """The figures grouped into series by (measure, subject, unit) — 40 percent and 40
    soldiers are never compared — each oldest first; the series with the most estimates
    first."""
    groups: dict[tuple[str, str, str], list[Estimate]] = {}
    for figure in figures:
        item = estimate(figure, tolerance)
        if item is not None:
            groups.setdefault((item.measure, item.subject, item.unit), []).append(item)
    out = []
    for (measure, subject, _unit), items in groups.items():
        items.sort(key=lambda e: (e.date or date.min, e.article, e.quantity))
        names = [e.subject_name for e in items if e.subject_name != subject]
        out.append(Series(measure, subject, names[0] if names else subject, items))
    out.sort(key=lambda s: (-len(s.estimates), s.measure, s.subject))
    return out
