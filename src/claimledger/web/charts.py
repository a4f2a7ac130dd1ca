"""The figures chart: every reported figure over time, by source, bounds drawn as ranges.

Hand-rendered SVG (geometry computed here, drawn by ``templates/_chart.html``) rather than a
charting library, because none of the offline ones draws what a bounded figure is: a
range ``low–high`` as a bar with caps, an open bound ("more than 3,000") as a bar that runs
to the chart's edge and ends in an arrow, an approximate figure as a hollow mark. The SVG
needs no JavaScript and no inline style (so the strict Content-Security-Policy holds), and
each mark has a ``<title>`` and a link to its sentence.

Colours are the Okabe–Ito palette (distinguishable with colour-blindness); each source
also gets its own marker shape.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import quote

PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#8C564B")
SHAPES = ("circle", "square", "diamond", "triangle")
WIDTH, HEIGHT = 800, 380
LEFT, RIGHT, TOP, BOTTOM = 70, 40, 20, 50
#: Length (px) of the open bar drawn beyond an open bound ("more than 3,000").
OPEN_BAR = 36
#: Most sources the legend names; the rest share one "other sources" series.
MAX_SERIES = 8


@dataclass
class ChartMark:
    x: float
    y: float | None  # the point (value), None when only bounds are known
    y_low: float | None  # the bar's ends, None when the figure is a single point
    y_high: float | None
    arrow: str | None  # "up" | "down": the bound is open on that side
    hollow: bool  # approximate
    colour: str
    shape: str
    title: str
    href: str


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    top: int = TOP
    right: int = WIDTH - RIGHT
    bottom: int = HEIGHT - BOTTOM
    x_ticks: list[tuple[float, str]] = field(default_factory=list)
    y_ticks: list[tuple[float, str]] = field(default_factory=list)
    marks: list[ChartMark] = field(default_factory=list)
    legend: list[tuple[str, str, str]] = field(default_factory=list)  # (name, colour, shape)
    description: str = ""


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def _nice_step(span: float, count: int = 5) -> float:
    raw = span / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _bounds(item: dict[str, Any]) -> tuple[float | None, float | None, float | None]:
    """(value, low, high) as floats; a missing low/high of a bounded figure stays None."""
    def num(key: str) -> float | None:
        value = item.get(key)
        return float(value) if isinstance(value, (int, float)) else None
    return num("value"), num("low"), num("high")


def _extent(items: list[dict[str, Any]]) -> float:
    top = 0.0
    for item in items:
        for value in _bounds(item):
            if value is not None:
                top = max(top, value)
    return top or 1.0


def build_chart(items: list[dict[str, Any]], *, title: str = "") -> Chart | None:
    """The chart of these figures (from :func:`views.figures`); None when nothing is dated."""
    dated = [(d, item) for item in items if (d := _date(item.get("date"))) is not None]
    dated = [(d, item) for d, item in dated if any(v is not None for v in _bounds(item))]
    if not dated:
        return None
    chart = Chart(description=title)
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    if (last - first).days < 30:
        first, last = first - timedelta(days=15), last + timedelta(days=15)
    margin = timedelta(days=max(2, round((last - first).days * 0.05)))
    first, last = first - margin, last + margin  # no mark sits on the chart's edge
    days = (last - first).days or 1
    step = _nice_step(_extent([i for _, i in dated]) * 1.1)
    y_max = step * math.ceil(_extent([i for _, i in dated]) * 1.1 / step)

    def x_of(day: date) -> float:
        return round(chart.left + (day - first).days / days * (chart.right - chart.left), 1)

    def y_of(value: float) -> float:
        return round(chart.bottom - value / y_max * (chart.bottom - chart.top), 1)

    chart.y_ticks = [(y_of(step * k), _number(step * k))
                     for k in range(int(round(y_max / step)) + 1)]
    chart.x_ticks = [(x_of(day), day.strftime("%b %Y") if days > 90 else day.isoformat())
                     for day in _date_ticks(first, last)]
    series = _series([item for _, item in dated])
    chart.legend = [(name, colour, shape) for name, (colour, shape) in series.items()]
    for day, item in dated:
        colour, shape = series.get(_source(item), series.get("other sources", (PALETTE[-1],
                                                                                 SHAPES[0])))
        chart.marks.append(_mark(item, x_of(day), y_of, chart, colour, shape))
    return chart


def _source(item: dict[str, Any]) -> str:
    return str(item.get("source") or "unattributed")


def _series(items: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """Colour and shape of each source, the most prolific first."""
    counts: dict[str, int] = {}
    for item in items:
        counts[_source(item)] = counts.get(_source(item), 0) + 1
    ranked = sorted(counts, key=lambda s: (-counts[s], s))
    named = ranked if len(ranked) <= MAX_SERIES else ranked[: MAX_SERIES - 1] + ["other sources"]
    return {name: (PALETTE[n % len(PALETTE)], SHAPES[n % len(SHAPES)])
            for n, name in enumerate(named)}


def _date_ticks(first: date, last: date, count: int = 6) -> list[date]:
    days = (last - first).days
    if days <= 0:
        return [first]
    return [first + timedelta(days=round(days * k / (count - 1))) for k in range(count)]


def _mark(item: dict[str, Any], x: float, y_of: Any, chart: Chart, colour: str,
          shape: str) -> ChartMark:
    value, low, high = _bounds(item)
    relation = item.get("relation") or "eq"
    arrow = None
    y_low = y_high = None
    if relation in ("gt", "ge"):
        base = low if low is not None else value
        if base is not None:
            y_low = y_of(base)
            y_high, arrow = max(chart.top, y_low - OPEN_BAR), "up"
    elif relation in ("lt", "le"):
        base = high if high is not None else value
        if base is not None:
            y_high = y_of(base)
            y_low, arrow = min(chart.bottom, y_high + OPEN_BAR), "down"
    elif low is not None and high is not None and low != high:
        y_low, y_high = y_of(low), y_of(high)
    point = value if value is not None else (low if low is not None else high)
    article = item.get("article") or {}
    href = "/articles/" + quote(str(article.get("id") or ""), safe="")
    if item.get("claim"):
        href += "#claim-" + quote(str(item["claim"]), safe="")
    title = (f"{_source(item)}, {item.get('date')}: {item.get('text')} "
             f"({relation}; {item.get('measure') or ''})")
    return ChartMark(
        x=x, y=y_of(point) if point is not None else None, y_low=y_low, y_high=y_high,
        arrow=arrow, hollow=relation == "approx", colour=colour, shape=shape, title=title,
        href=href,
    )
