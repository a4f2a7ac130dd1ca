"""Agreement and contradiction between two estimates of one series, decided on intervals.

Two figures *agree* when some value satisfies both ("about 300" and "at least 250"), and
*contradict* when none does ("about 300" and "more than 3,000") — but only where they speak of
the same time: estimates said more than ``window`` days apart are not compared. Running
totals (people killed, wounded, captured: ``cumulative_measures.txt``) are compared over
months: a later, higher figure *updates* an earlier one, and a later figure below an earlier
one contradicts it.

Only *independent* estimates corroborate or contradict each other: not two figures of one
article, not a wire copy and its original (``copy_of``), not one source repeating itself.
Every comparison carries a one-line ``why`` a reader can check.
"""

from __future__ import annotations

from dataclasses import dataclass

from .estimates import Estimate, Series

#: Estimates said further apart than this are about different moments.
WINDOW_DAYS = 14
#: Running totals are compared over a longer stretch: a total may grow between two reports,
#: but never fall, so figures months apart still bear on each other.
TOTAL_WINDOW_DAYS = 120

AGREE, CONTRADICT, UPDATE, APART, SAME = "agree", "contradict", "update", "apart", "same source"


@dataclass(frozen=True)
class Comparison:
    """How ``other`` bears on an estimate: agree, contradict, update, apart or same source,
    and the ``reason`` in words."""

    other: Estimate
    kind: str
    reason: str

    @property
    def why(self) -> str:
        """The other figure as it was given, and the reason (written when asked for)."""
        return f"{_said(self.other)} — {self.reason}"


def independent(a: Estimate, b: Estimate) -> str | None:
    """None when the two are independent reports, else why they are not."""
    if a.article == b.article:
        return "the same article"
    if a.copy_of == b.article or b.copy_of == a.article or (
            a.copy_of is not None and a.copy_of == b.copy_of):
        return "a wire copy of the same report"
    if a.source_key == b.source_key:
        return f"{a.source} again"
    return None


def _days_apart(a: Estimate, b: Estimate) -> int | None:
    if a.date is None or b.date is None:
        return None
    return abs((a.date - b.date).days)


def _said(e: Estimate) -> str:
    return f"{e.source} ({e.date.isoformat() if e.date else 'undated'}): {e.text} " \
           f"[{e.interval.text()}]"


def compare(a: Estimate, b: Estimate, *, cumulative: bool,
            window: int = WINDOW_DAYS) -> Comparison:
    """How ``b`` bears on ``a`` (both of one series)."""
    reason = independent(a, b)
    if reason is not None:
        return Comparison(b, SAME, f"{reason}, not an independent report")
    apart = _days_apart(a, b)
    if a.interval.overlaps(b.interval):
        if apart is not None and apart > window and not cumulative:
            return Comparison(b, APART, f"said {apart} days apart")
        return Comparison(b, AGREE, "compatible")
    if cumulative and a.date is not None and b.date is not None and a.date != b.date:
        earlier, later = (a, b) if a.date < b.date else (b, a)
        if earlier.interval.below(later.interval):
            return Comparison(b, UPDATE, f"a running total that grew "
                                         f"over {apart} days")
        return Comparison(b, CONTRADICT, f"a running total cannot fall: "
                                         f"{later.source}'s later figure is below "
                                         f"{earlier.source}'s earlier one")
    if apart is None:
        return Comparison(b, APART, "undated, not compared")
    if apart > window and not cumulative:
        return Comparison(b, APART, f"said {apart} days apart")
    return Comparison(b, CONTRADICT, "no value fits both")


def comparisons(target: Estimate, series: Series, *, window: int = WINDOW_DAYS
                ) -> list[Comparison]:
    """How the other estimates of the series said near ``target`` bear on it: within
    ``window`` days, or :data:`TOTAL_WINDOW_DAYS` for running totals, the closest first
    (figures further apart are not compared at all)."""
    days = max(window, TOTAL_WINDOW_DAYS) if series.cumulative else window
    near = series.near(target, days, keep=lambda other: independent(target, other) is None)
    return [compare(target, other, cumulative=series.cumulative, window=window)
            for other in near]
