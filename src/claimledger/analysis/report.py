"""The estimates report: series of figures, their agreement and Admiralty grades, as JSON.

One data function (:func:`estimates`) serves the CLI (``claimledger estimates``), the API
(``/api/estimates``), the web's ``/estimates`` page and the brief, so that all say the same.
Credibility is graded against every stored figure of the same measure and subject, and a
source's reliability over every figure it gave in the ledger (its whole track record), not
only over the series asked for.
"""

from __future__ import annotations

import math
from typing import Any

from ..ledger import Ledger, queries
from ..ledger.ledger import count_rows
from .agreement import AGREE, CONTRADICT, SAME, UPDATE, WINDOW_DAYS, Comparison
from .estimates import Estimate, Interval, Series, series_of
from .grading import Credibility, Reliability, credibility, reliability
from .resolve import canonical_names

#: Most figures the grades are computed over (the newest): a ledger of millions of figures
#: is graded on its recent record.
TRACK_RECORD = 10_000
#: Most figures of the series asked for.
MAX_FIGURES = 500


def _bound(value: float) -> float | None:
    return None if math.isinf(value) else value


def _interval(bounds: Interval) -> dict[str, Any]:
    return {"low": _bound(bounds.low), "high": _bound(bounds.high),
            "low_closed": bounds.low_closed,
            "high_closed": bounds.high_closed and not math.isinf(bounds.high),
            "text": bounds.text()}


#: Most comparisons listed per estimate (contradictions first); ``compared`` counts them all.
MAX_COMPARISONS = 12
_ORDER = {CONTRADICT: 0, AGREE: 1, UPDATE: 2, SAME: 3}


def _telling(found: list[Comparison]) -> list[Comparison]:
    return sorted(found, key=lambda c: _ORDER.get(c.kind, 4))[:MAX_COMPARISONS]


def _estimate(item: Estimate, grade: Credibility, sources: dict[str, Reliability]
              ) -> dict[str, Any]:
    source = sources[item.source_key]
    return {
        "article": item.article, "quantity": item.quantity, "text": item.text,
        "interval": _interval(item.interval), "source": item.source,
        "source_key": item.source_key, "date": item.date.isoformat() if item.date else None,
        "outlet": item.outlet, "claim": item.claim, "copy_of": item.copy_of,
        "hedged": item.hedged,
        "admiralty": f"{source.grade}{grade.grade}",
        "credibility": {"grade": grade.grade, "label": grade.label, "why": grade.why,
                        "compared": len(grade.comparisons),
                        "comparisons": [
                            {"kind": c.kind, "article": c.other.article,
                             "quantity": c.other.quantity, "source": c.other.source,
                             "why": c.why} for c in _telling(grade.comparisons)]},
        "reliability": {"grade": source.grade, "label": source.label},
    }


def _series(series: Series, grades: dict[tuple[str, str], Credibility],
            sources: dict[str, Reliability], keep: set[tuple[str, str]]) -> dict[str, Any]:
    return {"measure": series.measure, "subject": series.subject,
            "subject_name": series.subject_name, "unit": series.estimates[0].unit or None,
            "cumulative": series.cumulative,
            "estimates": [_estimate(e, grades[e.key], sources) for e in series.estimates
                          if e.key in keep]}


def merge_sources(items: list[Estimate], directory: dict[str, dict[str, Any]]) -> None:
    """One key for one person across articles: a source named by a surname alone (an entity
    "e:zelenskyy", or the words "Zelenskyy") joins the one person of the ledger whose full
    name ends with it ("e:volodymyr-zelenskyy"). Only people are merged so: "Police" is not
    "Hillport Police"."""
    people = {key for key, item in directory.items() if item.get("type") == "PERSON"}
    names = {key: directory[key]["name"] for key in people}
    for item in items:
        if item.source_key.startswith("source:") and "@" not in item.source_key:
            names.setdefault(item.source_key, item.source)  # a proper name without an entity
    canonical = canonical_names(names, targets=people)
    for item in items:
        item.source_key = canonical.get(item.source_key, item.source_key)


def grade(series: list[Series], keep: set[tuple[str, str]], *, window: int = WINDOW_DAYS,
          directory: dict[str, dict[str, Any]] | None = None,
          ) -> tuple[dict[tuple[str, str], Credibility], dict[str, Reliability]]:
    """Credibility for the estimates in ``keep`` and for every estimate of their sources
    (their track record), and those sources' reliability. Only what is shown is graded."""
    merge_sources([e for s in series for e in s.estimates], directory or {})
    shown = {e.source_key for s in series for e in s.estimates if e.key in keep}
    grades: dict[tuple[str, str], Credibility] = {}
    record: list[Estimate] = []
    for item_series in series:
        for item in item_series.estimates:
            if item.key in keep or item.source_key in shown:
                grades[item.key] = credibility(item, item_series, window=window)
                if item.source_key in shown:
                    record.append(item)
    sources = {r.source_key: r for r in reliability(record, grades)}
    return grades, sources


def estimates(ledger: Ledger, *, measure: str | None = None, about: str | None = None,
              window: int = WINDOW_DAYS, directory: dict[str, dict[str, Any]] | None = None,
              ) -> dict[str, Any]:
    """The series of the figures of ``measure`` (a word of it: "killed") about ``about`` (an
    entity's name or alias, or what is counted), each estimate graded, and the sources'
    reliability. Without filters, an overview: every series, largest first. ``directory``:
    the ledger's entity directory where the caller keeps one (the web does)."""
    with ledger.engine.connect() as conn:
        if directory is None:
            directory = queries.entity_directory(conn)
        total = count_rows(conn)["articles"]
        match = queries.entity_match(directory, about, articles_total=total)
        selected = queries.figures(conn, measure=measure, about=match, limit=MAX_FIGURES)
        track = queries.figures(conn, measure=None, about=None, limit=TRACK_RECORD)
    same = {key: item.get("same_as", key) for key, item in directory.items()}
    for figure in (*selected, *track):
        counted = figure.get("about") or {}
        entity = same.get(counted.get("entity"), counted.get("entity"))
        if entity in directory:
            figure["about"] = {**counted, "entity": entity}
            figure["subject_name"] = directory[entity]["name"]
        if figure.get("source_entity") in same:
            figure["source_entity"] = same[figure["source_entity"]]
    seen = {(str(f["article"]["id"]), str(f["id"])) for f in track}
    figures = track + [f for f in selected
                       if (str(f["article"]["id"]), str(f["id"])) not in seen]
    keep = {(str(f["article"]["id"]), str(f["id"])) for f in selected}
    every = series_of(figures)
    grades, sources = grade(every, keep, window=window, directory=directory)
    shown = [_series(s, grades, sources, keep) for s in every
             if any(e.key in keep for e in s.estimates)]
    named = {e["source_key"] for s in shown for e in s["estimates"]}
    return {
        "series": shown,
        "sources": [vars(r) for r in sources.values() if r.source_key in named],
        "filters": {"measure": measure, "about": about, "window_days": window},
    }
