"""One data function per view (datasette's habit): the HTML page and its JSON twin both call it.

Each function takes the :class:`~claimledger.ledger.Ledger` and the view's filters and
returns plain JSON-ready data; ``pages.py`` renders it with a template and ``api.py``
returns it as JSON, so the two can never disagree. A missing article or entity raises
:class:`NotFound`, which the app turns into a 404 (the JSON envelope or an HTML page).
"""

from __future__ import annotations

import copy
import weakref
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..ledger import Ledger, queries
from ..ledger.ledger import count_rows
from ..ledger.queries import ANY_DATES, FIRST_PAGE, DateRange, EntityMatch, Page
from ..ledger.schema import articles as articles_table
from ..ledger.schema import claims

T = TypeVar("T")

#: Most items one list request may return.
MAX_LIMIT = 200
#: The entity page counts its claims and events up to this many ("1000+" beyond).
ENTITY_COUNT_CAP = 1000
#: Figures one chart draws at most (a chart of more is unreadable anyway).
MAX_FIGURES = 300


class NotFound(LookupError):
    """The article or entity asked for is not in the ledger."""


def _connect(ledger: Ledger) -> Any:
    return ledger.engine.connect()


#: Aggregates over the whole ledger (counts, most-cited sources, menus), per ledger, kept
#: until an article is added or removed: they cost a scan of every claim, and the ledger
#: changes far less often than pages are read.
_AGGREGATES: weakref.WeakKeyDictionary[Ledger, dict[str, tuple[Any, Any]]] = (
    weakref.WeakKeyDictionary())


def _ledger_version(conn: Connection) -> Any:
    """The last article's insertion number: it grows with every article stored (the ledger
    never deletes), and reading it is one index lookup."""
    return conn.execute(select(func.max(articles_table.c.seq))).scalar()


def cached(ledger: Ledger, conn: Connection, key: str, compute: Callable[[], T]) -> T:
    """``compute()``, reused while the ledger holds the same articles."""
    version = _ledger_version(conn)
    store = _AGGREGATES.setdefault(ledger, {})
    hit = store.get(key)
    if hit is not None and hit[0] == version:
        return hit[1]
    value = compute()
    if len(store) > 256:  # bounded: keys include visitor-chosen filters
        store.clear()
    store[key] = (version, value)
    return value


def _listing(items: list[dict[str, Any]], total: int, page: Page) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": page.limit, "offset": page.offset,
            "count": len(items)}


# --------------------------------------------------------------------------- views


def home(ledger: Ledger) -> dict[str, Any]:
    """The front page: counts, the latest articles and the most-cited sources."""
    with _connect(ledger) as conn:
        latest, _ = queries.list_articles(conn, search_kind=None, page=Page(limit=10))
        return {"counts": _counts(ledger, conn),
                "latest": latest,
                "sources": cached(ledger, conn, "sources",
                                  lambda: queries.top_sources(conn, limit=10))}


def articles(
    ledger: Ledger, *, q: str | None = None, outlet: str | None = None,
    dates: DateRange = ANY_DATES, page: Page = FIRST_PAGE,
) -> dict[str, Any]:
    """Stored articles (newest first), optionally searched and filtered."""
    with _connect(ledger) as conn:
        items, total = queries.list_articles(conn, search_kind=ledger.search_kind, q=q,
                                             outlet=outlet, dates=dates, page=page)
        return {**_listing(items, total, page), "outlets": _outlets(ledger, conn),
                "filters": {"q": q, "outlet": outlet, "date_from": _iso(dates.start),
                            "date_to": _iso(dates.end)}}


def article(ledger: Ledger, article_id: str) -> dict[str, Any]:
    """One article's record in the contract's shape, plus the articles that copy it."""
    record = ledger.record(article_id)
    if record is None:
        raise NotFound(article_id)
    with _connect(ledger) as conn:
        copies = queries.article_copies(conn, article_id)
    data = record.to_dict()
    data["copies"] = copies
    return data


def claim_list(
    ledger: Ledger, *, q: str | None = None, source: str | None = None,
    about: str | None = None, outlet: str | None = None, article: str | None = None,
    dates: DateRange = ANY_DATES, page: Page = FIRST_PAGE,
) -> dict[str, Any]:
    """Claims, searched and filtered by source, subject, outlet, article and date."""
    with _connect(ledger) as conn:
        items, total = queries.list_claims(
            conn, search_kind=ledger.search_kind, q=q, source=_match(ledger, conn, source),
            about=_match(ledger, conn, about), outlet=outlet, article=article, dates=dates,
            page=page)
        return {**_listing(items, total, page), "outlets": _outlets(ledger, conn),
                "filters": {"q": q, "source": source, "about": about, "outlet": outlet,
                            "article": article, "date_from": _iso(dates.start),
                            "date_to": _iso(dates.end)}}


def entity_list(
    ledger: Ledger, *, name: str | None = None, type_: str | None = None, page: Page = FIRST_PAGE,
) -> dict[str, Any]:
    """Entities across articles, most widely reported first."""
    with _connect(ledger) as conn:
        items, total = queries.list_entities(_directory(ledger, conn), name=name, type_=type_,
                                             page=page)
    return {**_listing(items, total, page), "filters": {"name": name, "type": type_}}


def entity(ledger: Ledger, entity_id: str, *, limit: int = 20) -> dict[str, Any]:
    """One entity: names, grounding, claims by it, claims about it, and its events."""
    page = Page(limit=limit)
    with _connect(ledger) as conn:
        found = _entity_summary(ledger, conn, entity_id)
        if found is None:
            raise NotFound(entity_id)
        kind = ledger.search_kind
        cap = ENTITY_COUNT_CAP
        directory = _directory(ledger, conn)
        group = queries.entity_group(directory, entity_id)  # its ids in every report
        by, by_total = queries.list_claims(
            conn, search_kind=kind, conditions=[claims.c.source_entity.in_(group)], page=page,
            count_cap=cap)
        subject = EntityMatch("", group, common=_common(ledger, conn, directory, group))
        about, about_total = queries.list_claims(conn, search_kind=kind, about=subject,
                                                 page=page, count_cap=cap)
        happened, events_total = queries.list_events(conn, actor=group, page=page,
                                                     count_cap=cap, common=subject.common)
        names = _names(ledger, conn, _event_entities(happened))
    return {
        "entity": found,
        "claims_by": _capped(by, by_total, cap),
        "claims_about": _capped(about, about_total, cap),
        "events": _capped(happened, events_total, cap),
        "names": names,
    }


#: Entity summaries (names, aliases, grounding, counts) per ledger, newest used last: an
#: entity in most articles has thousands of rows to merge, and changes only with the ledger.
_SUMMARIES: weakref.WeakKeyDictionary[Ledger, OrderedDict[tuple[Any, str], Any]] = (
    weakref.WeakKeyDictionary())
MAX_SUMMARIES = 256


def _entity_summary(ledger: Ledger, conn: Connection, entity_id: str) -> dict[str, Any] | None:
    """``queries.entity``, reused while the ledger holds the same articles."""
    key = (_ledger_version(conn), entity_id)
    store = _SUMMARIES.setdefault(ledger, OrderedDict())
    if key in store:
        store.move_to_end(key)
        return copy.deepcopy(store[key])
    found = queries.entity(conn, entity_id, _directory(ledger, conn))
    store[key] = found
    while len(store) > MAX_SUMMARIES:  # bounded: ids are visitor-chosen
        store.popitem(last=False)
    return copy.deepcopy(found)


def _capped(items: list[dict[str, Any]], total: int, cap: int) -> dict[str, Any]:
    """A section's items and total; ``total_exact`` is False when there are more than
    ``cap`` (then ``total`` is ``cap``, shown as "1000+")."""
    return {"items": items, "total": min(total, cap), "total_exact": total <= cap}


def timeline(
    ledger: Ledger, *, actor: str | None = None, type_: str | None = None,
    dates: DateRange = ANY_DATES, page: Page = FIRST_PAGE,
) -> dict[str, Any]:
    """Events in date order, filterable by actor (an entity id, or a name: its most widely
    reported entity) and PLOVER type."""
    with _connect(ledger) as conn:
        group: tuple[str, ...] | None = None
        if actor:
            directory = _directory(ledger, conn)
            named = queries.ids_matching(directory, actor)
            actor = directory[named[0]].get("same_as", named[0]) if named else actor
            group = queries.entity_group(directory, actor)
        items, total = queries.list_events(conn, actor=group, type_=type_, dates=dates,
                                           page=page)
        names = _names(ledger, conn, _event_entities(items) | ({actor} if actor else set()))
        types = cached(ledger, conn, "types", lambda: queries.event_types(conn))
        return {**_listing(items, total, page), "types": types, "names": names,
                "filters": {"actor": actor, "type": type_, "date_from": _iso(dates.start),
                            "date_to": _iso(dates.end)}}


def figures(
    ledger: Ledger, *, measure: str | None = None, about: str | None = None,
) -> dict[str, Any]:
    """Every figure of a measure about a subject, over time, by source (for the chart)."""
    with _connect(ledger) as conn:
        items = (queries.figures(conn, measure=measure, about=_match(ledger, conn, about),
                                 limit=MAX_FIGURES)
                 if measure or about else [])
        return {"items": items, "count": len(items),
                "measures": cached(ledger, conn, "measures", lambda: queries.measures(conn)),
                "subjects": cached(ledger, conn, f"subjects:{measure}",
                                   lambda: queries.subjects(conn, measure=measure)),
                "filters": {"measure": measure, "about": about}}


def estimates(
    ledger: Ledger, *, measure: str | None = None, about: str | None = None, window: int = 14,
) -> dict[str, Any]:
    """Series of figures with their agreement and Admiralty grades (:mod:`..analysis`),
    kept until the ledger changes (grading compares every figure of a series)."""
    from ..analysis import estimates as estimates_report

    with _connect(ledger) as conn:
        directory = _directory(ledger, conn)
        report = cached(ledger, conn, f"estimates:{measure}\x1f{about}\x1f{window}",
                        lambda: estimates_report(ledger, measure=measure, about=about,
                                                 window=window, directory=directory))
        measures = cached(ledger, conn, "measures", lambda: queries.measures(conn))
    return {**copy.deepcopy(report), "measures": measures}


# --------------------------------------------------------------------------- API-only lists


def quantity_list(
    ledger: Ledger, *, measure: str | None = None, about: str | None = None,
    article: str | None = None, outlet: str | None = None, dates: DateRange = ANY_DATES,
    page: Page = FIRST_PAGE,
) -> dict[str, Any]:
    """Quantities filtered by measure, subject, article, outlet and publication date."""
    with _connect(ledger) as conn:
        items, total = queries.list_quantities(conn, measure=measure,
                                               about=_match(ledger, conn, about),
                                               article=article, outlet=outlet, dates=dates,
                                               page=page)
    return _listing(items, total, page)


def event_list(
    ledger: Ledger, *, actor: str | None = None, type_: str | None = None,
    article: str | None = None, dates: DateRange = ANY_DATES, page: Page = FIRST_PAGE,
) -> dict[str, Any]:
    """Events filtered by actor, type, article and date."""
    with _connect(ledger) as conn:
        items, total = queries.list_events(conn, actor=actor, type_=type_, article=article,
                                           dates=dates, page=page)
    return _listing(items, total, page)


def time_list(
    ledger: Ledger, *, article: str | None = None, type_: str | None = None,
    dates: DateRange = ANY_DATES, page: Page = FIRST_PAGE,
) -> dict[str, Any]:
    """Time expressions whose interval meets a date range."""
    with _connect(ledger) as conn:
        items, total = queries.list_times(conn, article=article, type_=type_, dates=dates,
                                          page=page)
    return _listing(items, total, page)


def stats(ledger: Ledger) -> dict[str, int]:
    """Counts of every kind of stored fact."""
    with _connect(ledger) as conn:
        return _counts(ledger, conn)


# --------------------------------------------------------------------------- helpers


def _counts(ledger: Ledger, conn: Connection) -> dict[str, int]:
    return cached(ledger, conn, "counts", lambda: count_rows(conn))


def _directory(ledger: Ledger, conn: Connection) -> dict[str, dict[str, Any]]:
    return cached(ledger, conn, "directory", lambda: queries.entity_directory(conn))


def _match(ledger: Ledger, conn: Connection, text: str | None) -> EntityMatch | None:
    """A typed entity filter with the ids it names (None when nothing was typed)."""
    return queries.entity_match(_directory(ledger, conn), text,
                                articles_total=_counts(ledger, conn)["articles"])


def _common(ledger: Ledger, conn: Connection, directory: dict[str, dict[str, Any]],
            ids: tuple[str, ...]) -> bool:
    return queries.is_common(directory, ids, articles_total=_counts(ledger, conn)["articles"])


def _names(ledger: Ledger, conn: Connection, ids: set[str]) -> dict[str, str]:
    """Display names of entity ids, from the cached directory."""
    directory = _directory(ledger, conn)
    return {entity_id: directory[entity_id]["name"] for entity_id in ids if entity_id in directory}


def _outlets(ledger: Ledger, conn: Connection) -> list[str]:
    return cached(ledger, conn, "outlets", lambda: queries.outlets(conn))


def _event_entities(items: list[dict[str, Any]]) -> set[str]:
    return {e for item in items for e in (item.get("actors") or []) + (item.get("targets") or [])}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None
