"""Read queries over the ledger's tables (SQLAlchemy Core, parameterised): the one place
where "claims by this source, about that entity" is decided, for the CLI
(:meth:`Ledger.claims <claimledger.ledger.Ledger.claims>`), the web pages and the API alike.

Every value a visitor types (search words, filters, ids) reaches the database as a bound
parameter, never as SQL text; LIKE patterns escape their wildcards. Rows come back as plain
dictionaries in the contract's shape (``shared/CONTRACT.md``), using the ledger's own row
converters so that the API and the export speak the same record.

Full-text search uses the ledger's index where it has one (SQLite FTS5 tables, PostgreSQL
``to_tsvector``) and falls back to case-insensitive substring matching elsewhere.
"""

from __future__ import annotations

import heapq
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Text,
    and_,
    cast,
    column,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    true,
    tuple_,
    union,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from .ledger import (
    article_summary_columns,
    claim_dict,
    event_dict,
    fts_match,
    like,
    quantity_dict,
    time_dict,
    with_article,
)
from .schema import articles, claims, entities, entity_mentions, events, quantities, times

_WORD = re.compile(r"\w+", re.UNICODE)
#: At most this many search words are used (a hostile query cannot build a huge MATCH).
MAX_WORDS = 12

_articles_fts = table("articles_fts", column("article_id"))
_claims_fts = table("claims_fts", column("article_id"), column("claim_id"))


@dataclass(frozen=True)
class Page:
    """Which slice of a list to return."""

    limit: int | None = 50
    offset: int = 0


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of calendar dates; either end may be open (None)."""

    start: date | None = None
    end: date | None = None


#: The defaults of list functions: every date, the first page.
ANY_DATES = DateRange()
FIRST_PAGE = Page()


def _json(value: Any) -> Any:
    """A JSON column read as text (so it could be grouped), back as a value."""
    if value is None or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return None


# --------------------------------------------------------------------------- helpers


def json_list_has(column_: Any, value: str) -> ColumnElement[bool]:
    """Whether a JSON list of strings holds ``value`` (portable: matches the quoted item)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return cast(column_, Text).like(f'%"{escaped}"%', escape="\\")


def search_words(query: str | None) -> list[str]:
    """The words of a search box's text (punctuation and operators dropped)."""
    return _WORD.findall(query or "")[:MAX_WORDS]


def _date_condition(column_: Any, dates: DateRange) -> list[ColumnElement[bool]]:
    """ISO date(-time) strings compared as text, so an index on the column still serves."""
    conditions: list[ColumnElement[bool]] = []
    if dates.start is not None:
        conditions.append(column_ >= dates.start.isoformat())
    if dates.end is not None:
        conditions.append(column_ < (dates.end + timedelta(days=1)).isoformat())
    return conditions


def _total(conn: Connection, query: Any, cap: int | None = None) -> int:
    """How many rows ``query`` returns; with a ``cap``, counting stops at ``cap + 1`` (a
    total above ``cap`` only says "more than cap": an exact count of thousands of rows
    costs more than the page it heads)."""
    if cap is not None:
        query = query.limit(cap + 1)
    return int(conn.execute(select(func.count()).select_from(query.subquery())).scalar_one())


def _capped(total: int, cap: int | None) -> int:
    """A total as :func:`_total` gives it with ``cap``: above the cap, ``cap + 1``."""
    return total if cap is None else min(total, cap + 1)


# --------------------------------------------------------------------------- counts




def top_sources(conn: Connection, *, limit: int = 10) -> list[dict[str, Any]]:
    """The most-cited sources: claims grouped by source entity, else by the source's name."""
    key = func.coalesce(claims.c.source_entity, claims.c.source_name, claims.c.source_text)
    name = func.max(func.coalesce(claims.c.source_name, claims.c.source_text))
    query = (
        select(key.label("key"), name.label("name"), func.max(claims.c.source_entity).label(
            "entity"), func.count().label("claims"),
            func.count(func.distinct(claims.c.article_id)).label("articles"))
        .where(claims.c.source_text.is_not(None))
        .group_by(key).order_by(func.count().desc(), key).limit(limit)
    )
    return [dict(row._mapping) for row in conn.execute(query)]


def outlets(conn: Connection, *, limit: int = 200) -> list[str]:
    """Outlets that have articles, most prolific first (for filter menus)."""
    query = (select(articles.c.outlet).where(articles.c.outlet.is_not(None))
             .group_by(articles.c.outlet).order_by(func.count().desc(), articles.c.outlet)
             .limit(limit))
    return [row[0] for row in conn.execute(query)]


# --------------------------------------------------------------------------- articles


def _article_search(conn: Connection, kind: str | None, words: list[str]) -> ColumnElement[bool]:
    if kind == "fts5":
        matching = (select(_articles_fts.c.article_id)
                    .where(literal_column("articles_fts").op("MATCH")(fts_match(words))))
        return articles.c.id.in_(matching)
    if kind == "tsvector":
        tsquery = func.plainto_tsquery("english", " ".join(words))
        return func.to_tsvector("english", articles.c.text).op("@@")(tsquery)
    return and_(*[or_(like(articles.c.text, w), like(articles.c.title, w)) for w in words])


def list_articles(
    conn: Connection, *, search_kind: str | None, q: str | None = None,
    outlet: str | None = None, dates: DateRange = ANY_DATES, page: Page = FIRST_PAGE,
) -> tuple[list[dict[str, Any]], int]:
    """Articles without their text, newest first, with their claim counts; and the total."""
    conditions: list[ColumnElement[bool]] = _date_condition(articles.c.published, dates)
    words = search_words(q)
    if words:
        conditions.append(_article_search(conn, search_kind, words))
    if outlet:
        conditions.append(articles.c.outlet == outlet)
    where = and_(true(), *conditions)
    base = select(articles.c.id).where(where)
    claim_count = (select(func.count()).where(claims.c.article_id == articles.c.id)
                   .correlate(articles).scalar_subquery())
    query = (
        select(articles.c.id, articles.c.title, articles.c.outlet, articles.c.author,
               articles.c.url, articles.c.published, articles.c.copy_of,
               claim_count.label("claims"))
        .where(where)
        .order_by(articles.c.published.desc(), articles.c.seq.desc())
        .limit(page.limit).offset(page.offset)
    )
    rows = [dict(row._mapping) for row in conn.execute(query)]
    return rows, _total(conn, base)


def article_copies(conn: Connection, article_id: str) -> list[dict[str, Any]]:
    """Articles stored as near-duplicates (copies) of this one, and the one it copies."""
    query = (select(articles.c.id, articles.c.title, articles.c.outlet, articles.c.published)
             .where(articles.c.copy_of == article_id).order_by(articles.c.seq))
    return [dict(row._mapping) for row in conn.execute(query)]


# --------------------------------------------------------------------------- claims


def _claim_search(kind: str | None, words: list[str]) -> ColumnElement[bool]:
    if kind == "fts5":
        matching = (select(_claims_fts.c.article_id, _claims_fts.c.claim_id)
                    .where(literal_column("claims_fts").op("MATCH")(fts_match(words))))
        return tuple_(claims.c.article_id, claims.c.id).in_(matching)
    if kind == "tsvector":
        tsquery = func.plainto_tsquery("english", " ".join(words))
        return func.to_tsvector("english", claims.c.content_text).op("@@")(tsquery)
    return and_(*[or_(like(claims.c.content_text, w), like(claims.c.source_text, w))
                  for w in words])


@dataclass(frozen=True)
class EntityMatch:
    """A visitor's entity filter: the text typed, and the ids of the entities it names
    (resolved once from the entity directory, so queries use the id indexes)."""

    text: str
    ids: tuple[str, ...] = ()
    #: reported in a large share of the articles: a page is found sooner by walking the
    #: claims newest first than by collecting every claim about it
    common: bool = False


#: Most entity ids one filter expands to (a one-letter filter must not build a huge IN).
MAX_IDS = 1000


def entity_directory(conn: Connection) -> dict[str, dict[str, Any]]:
    """Every entity id across articles: its commonest name, type, article count and the
    lower-cased names and aliases a filter is matched against."""
    names: dict[str, dict[str, int]] = {}
    types: dict[str, dict[str, int]] = {}
    seen: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}
    query = select(entities.c.id, entities.c.name, entities.c.type, entities.c.aliases,
                   entities.c.article_id)
    for row in conn.execute(query):
        for table_, key in ((names, row.name), (types, row.type)):
            counter = table_.setdefault(row.id, {})
            counter[key] = counter.get(key, 0) + 1
        seen.setdefault(row.id, set()).add(row.article_id)
        known = forms.setdefault(row.id, set())
        known.add(str(row.name).lower())
        known.update(str(alias).lower() for alias in row.aliases or [])
    directory = {
        entity_id: {
            "id": entity_id,
            "name": max(names[entity_id], key=lambda n: (names[entity_id][n], n)),
            "type": max(types[entity_id], key=lambda t: (types[entity_id][t], t)),
            "articles": len(seen[entity_id]),
            "forms": "\x1f".join(sorted(forms[entity_id])),
        }
        for entity_id in names
    }
    # one entity across reports: "e:nis" in a report that never spells the name out is the
    # "e:national-intelligence-service" another report defined "NIS" for
    for entity_id, canonical in same_entities(directory).items():
        if canonical != entity_id:
            directory[entity_id]["same_as"] = canonical
            directory[canonical].setdefault("also", []).append(entity_id)
            seen[canonical] |= seen[entity_id]
    for item in directory.values():
        if item.get("also"):
            item["articles"] = len(seen[item["id"]])
    return directory


def same_entities(directory: dict[str, dict[str, Any]]) -> dict[str, str]:
    """``{entity id: canonical id}`` over a directory: an id whose name is an alias (or the
    name) that exactly one other entity, reported in more articles, has in some article
    maps onto that entity; every other id onto itself."""
    holders: dict[str, list[str]] = {}
    for entity_id, item in directory.items():
        for form in str(item.get("forms") or "").split("\x1f"):
            if form:
                holders.setdefault(form, []).append(entity_id)
    out = {}
    for entity_id, item in directory.items():
        name = str(item.get("name") or "").lower()
        others = [o for o in holders.get(name, []) if o != entity_id
                  and directory[o]["articles"] > item["articles"]]
        out[entity_id] = others[0] if len(others) == 1 else entity_id
    return out


def entity_group(directory: dict[str, dict[str, Any]], entity_id: str) -> tuple[str, ...]:
    """The ids one entity goes by across reports: its canonical id first, then the ids the
    directory folded into it (``entity_id`` itself where the directory does not know it)."""
    item = directory.get(entity_id)
    if item is None:
        return (entity_id,)
    canonical = item.get("same_as", entity_id)
    return (canonical, *directory.get(canonical, {}).get("also", []))


def ids_matching(directory: dict[str, dict[str, Any]], needle: str) -> tuple[str, ...]:
    """The ids of the entities whose id is ``needle`` or one of whose names or aliases has a
    word starting with it ("Kor" and "Korea" find North Korea; "US" finds the United States
    by its alias, not Russia)."""
    if needle in directory:
        return (needle,)
    folded = needle.lower().strip()
    if not folded:
        return ()
    starts_a_word = re.compile(r"(?:^|(?<=[\W_]))" + re.escape(folded))
    found = [entity_id for entity_id, item in directory.items()
             if starts_a_word.search(item["forms"])]
    found.sort(key=lambda entity_id: -directory[entity_id]["articles"])
    return tuple(found[:MAX_IDS])


#: An entity is "common" when this share of the articles (and at least this many) report it.
COMMON_SHARE = 0.05
COMMON_ARTICLES = 50


def entity_match(
    directory: dict[str, dict[str, Any]], text: str | None, *, articles_total: int,
) -> EntityMatch | None:
    """A typed entity filter with the ids it names (None when nothing was typed). "NIS"
    names every entity that any article calls so, which finds the claims of articles that
    only spell the name out too."""
    if not text:
        return None
    ids = ids_matching(directory, text)
    return EntityMatch(text, ids, common=is_common(directory, ids, articles_total=articles_total))


def is_common(directory: dict[str, dict[str, Any]], ids: tuple[str, ...], *,
              articles_total: int) -> bool:
    """Whether these entities are in so many articles that walking the newest claims finds
    a page of claims about them sooner than collecting them all."""
    reported = sum(directory[entity_id]["articles"] for entity_id in ids if entity_id in directory)
    return reported >= max(COMMON_ARTICLES, articles_total * COMMON_SHARE)


def _in(column_: Any, ids: tuple[str, ...]) -> ColumnElement[bool]:
    return column_.in_(list(ids)) if ids else false()


def source_matches(match: EntityMatch) -> ColumnElement[bool]:
    """A claim whose source is one of the entities, or whose source's name or text
    contains the text typed."""
    return or_(_in(claims.c.source_entity, match.ids), like(claims.c.source_name, match.text),
               like(claims.c.source_text, match.text))


def _claims_holding(table_: Any, condition: ColumnElement[bool]) -> Any:
    """(article_id, id) of the claims whose content span holds a row of ``table_``."""
    holder = claims.alias("holding_claim")
    inside = and_(holder.c.article_id == table_.c.article_id,
                  table_.c.char_start >= holder.c.content_char_start,
                  table_.c.char_end <= holder.c.content_char_end)
    return (select(holder.c.article_id.label("article_id"), holder.c.id.label("id"))
            .select_from(table_.join(holder, inside)).where(condition))


def counted_condition(match: EntityMatch) -> ColumnElement[bool]:
    """Quantities that count one of the entities; when the text typed names no entity,
    those whose counted text contains it ("soldiers")."""
    if match.ids or not match.text:
        return _in(quantities.c.about_entity, match.ids)
    return like(quantities.c.about_text, match.text)


def _about_exists(match: EntityMatch) -> ColumnElement[bool]:
    """The claim in hand is about the entities (checked claim by claim, by index)."""
    def inside(table_: Any) -> ColumnElement[bool]:
        return and_(table_.c.article_id == claims.c.article_id,
                    table_.c.char_start >= claims.c.content_char_start,
                    table_.c.char_end <= claims.c.content_char_end)
    mentioned = exists(select(1).where(_in(entity_mentions.c.entity_id, match.ids),
                                       inside(entity_mentions)))
    counted = exists(select(1).where(counted_condition(match), inside(quantities)))
    return or_(mentioned, counted)


def claims_about(match: EntityMatch) -> Any:
    """(article_id, id) of the claims about the entities: a mention of one inside the
    content, or a quantity inside it that counts one (or whose counted text contains the
    text typed)."""
    return union(_claims_holding(entity_mentions, _in(entity_mentions.c.entity_id, match.ids)),
                 _claims_holding(quantities, counted_condition(match)))


#: From this offset on, a page of claims is found by its keys alone (read from the
#: indexes), then its rows fetched: the rows skipped are never read from the table.
DEFER_OFFSET = 200


def _claims_by_key(conn: Connection, keys: list[Any]) -> list[Any]:
    """The claim rows (with their article's summary) of these keys, in their order."""
    if not keys:
        return []
    article_ids = sorted({key[0] for key in keys})
    # by article (the primary key's prefix), since SQLite scans for a row-value IN list
    found = {(row.article_id, row.id): row for row in conn.execute(
        select(claims, *article_summary_columns())
        .select_from(claims.join(articles, articles.c.id == claims.c.article_id))
        .where(claims.c.article_id.in_(article_ids)))}
    return [found[(key[0], key[1])] for key in keys if (key[0], key[1]) in found]


def list_claims(
    conn: Connection, *, search_kind: str | None, q: str | None = None,
    source: EntityMatch | None = None, about: EntityMatch | None = None,
    outlet: str | None = None, article: str | None = None, dates: DateRange = ANY_DATES,
    conditions: list[ColumnElement[bool]] | None = None, page: Page = FIRST_PAGE,
    count_cap: int | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """Claims in the contract's shape, each with its article's id, title, outlet and date.

    ``dates`` bounds the article's publication date; newest articles first, claims in
    reading order within one article. With ``count_cap``, a total above it may be given
    as ``count_cap + 1`` (see :func:`_total`).
    """
    where_parts = list(conditions or [])
    words = search_words(q)
    if words:
        where_parts.append(_claim_search(search_kind, words))
    if source:
        where_parts.append(source_matches(source))
    if outlet:
        where_parts.append(articles.c.outlet == outlet)
    if article:
        where_parts.append(claims.c.article_id == article)
    where_parts += _date_condition(articles.c.published, dates)
    where = and_(true(), *where_parts)
    joined: Any = claims
    if about and about.common:
        where_parts.append(_about_exists(about))
        where = and_(true(), *where_parts)
    elif about:
        # the claims about an entity, found from its mentions (by index) and kept apart,
        # so the planner does not re-derive them for every claim
        hits = claims_about(about).cte("about_hits").prefix_with("MATERIALIZED")
        joined = joined.join(hits, and_(hits.c.article_id == claims.c.article_id,
                                        hits.c.id == claims.c.id))
    joined = joined.join(articles, articles.c.id == claims.c.article_id)
    columns = [claims, *article_summary_columns()]
    filtered = about is not None and not about.common
    if filtered:  # the hits are sorted whole anyway: count them in the same pass
        columns.append(func.count().over().label("total_rows"))
    query = (
        select(*columns).select_from(joined).where(where)
        .order_by(articles.c.published.desc(), articles.c.seq.desc(), claims.c.seq)
        .limit(page.limit).offset(page.offset)
    )
    if not filtered and page.offset >= DEFER_OFFSET:
        rows = _claims_by_key(conn, conn.execute(
            query.with_only_columns(claims.c.article_id, claims.c.id)).all())
    else:
        rows = conn.execute(query).all()
    items = [with_article(claim_dict(row), row) for row in rows]
    if filtered and (rows or page.offset == 0):
        return items, _capped(int(rows[0].total_rows) if rows else 0, count_cap)
    if about and about.common and not (q or source or outlet or article or conditions
                                       or dates.start or dates.end):
        # every claim about it, counted once from its mentions (no sort, no join)
        if count_cap is not None:  # checked claim by claim until past the cap
            every = union_all(
                _claims_holding(entity_mentions, _in(entity_mentions.c.entity_id, about.ids)),
                _claims_holding(quantities, counted_condition(about))).subquery()
            return items, _total(conn, select(every).distinct(), count_cap)
        return items, _total(conn, claims_about(about))
    # the count reads the articles only when a filter is on them
    counted = joined if (outlet or dates.start or dates.end) else claims
    base = select(claims.c.id).select_from(counted).where(where)
    return items, _total(conn, base, count_cap)


# --------------------------------------------------------------------------- entities


def list_entities(
    directory: dict[str, dict[str, Any]], *, name: str | None = None,
    type_: str | None = None, page: Page = FIRST_PAGE,
) -> tuple[list[dict[str, Any]], int]:
    """Entities grouped across articles by their id, most widely reported first."""
    if name:
        ids = {directory[i].get("same_as", i) for i in ids_matching(directory, name)}
        rows = [item for entity_id, item in directory.items() if entity_id in ids]
    else:
        rows = [item for item in directory.values() if "same_as" not in item]
    if type_:
        rows = [item for item in rows if item["type"] == type_]
    rows.sort(key=lambda item: (-item["articles"], item["id"]))
    shown = rows[page.offset: page.offset + page.limit]
    keep = ("id", "name", "type", "articles")
    return [{key: item[key] for key in keep} for item in shown], len(rows)


def entity(
    conn: Connection, entity_id: str, directory: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any] | None:
    """One entity across articles (with the ids it goes by in other reports: ``ids``, the
    canonical first): its names, aliases, types, grounding and counts."""
    group = entity_group(directory or {}, entity_id)
    aliases_text, kb_text = cast(entities.c.aliases, Text), cast(entities.c.kb, Text)
    rows = conn.execute(
        select(entities.c.name, entities.c.type, aliases_text.label("aliases"),
               kb_text.label("kb"), func.count().label("articles"))
        .where(entities.c.id.in_(group))
        .group_by(entities.c.name, entities.c.type, aliases_text, kb_text)
    ).all()
    if not rows:
        return None
    names: dict[str, int] = {}
    types: dict[str, int] = {}
    aliases: dict[str, None] = {}
    kb: dict[str, Any] = {}
    for row in sorted(rows, key=lambda r: -r.articles):
        names[row.name] = names.get(row.name, 0) + row.articles
        types[row.type] = types.get(row.type, 0) + row.articles
        for alias in _json(row.aliases) or []:
            aliases.setdefault(str(alias), None)
        for key, value in (_json(row.kb) or {}).items():
            kb.setdefault(key, value)
    mentions = conn.execute(select(func.count()).select_from(entity_mentions)
                            .where(entity_mentions.c.entity_id.in_(group))).scalar_one()
    known = (directory or {}).get(group[0])
    return {
        "id": group[0],
        "ids": list(group),
        "name": max(names, key=lambda n: (names[n], n)),
        "type": max(types, key=lambda t: (types[t], t)),
        "names": sorted(names),
        "aliases": list(aliases),
        "kb": kb,
        "articles": known["articles"] if known else sum(row.articles for row in rows),
        "mentions": int(mentions),
    }


# --------------------------------------------------------------------------- events


def _event_date() -> Any:
    return func.coalesce(events.c.time_start, func.substr(articles.c.published, 1, 10))


#: Up to this many matching events are sorted whole; more are walked in date order.
SORT_WHOLE = 2000


def list_events(
    conn: Connection, *, actor: str | tuple[str, ...] | None = None, type_: str | None = None,
    article: str | None = None, dates: DateRange = ANY_DATES, page: Page = FIRST_PAGE,
    count_cap: int | None = None, common: bool = False,
) -> tuple[list[dict[str, Any]], int]:
    """Events by date (their own time, else the article's date), with their article.
    With ``count_cap``, a total above it may be given as ``count_cap + 1``; ``common``
    says the actor is in a large share of the articles (then its events are walked in
    date order once the capped count shows there are many).

    ``actor`` is an entity id (or the ids one entity goes by), matched among actors and
    targets. A few matching events
    (one article's, a rare actor's) are sorted whole; otherwise dated and undated events
    are read as two index-ordered streams and merged, so a page never sorts the ledger.
    """
    conditions: list[ColumnElement[bool]] = []
    if type_:
        conditions.append(events.c.type == type_.upper())
    if article:
        conditions.append(events.c.article_id == article)
    when = _event_date()
    if dates.start is not None:
        conditions.append(func.coalesce(events.c.time_end, when) >= dates.start.isoformat())
    if dates.end is not None:
        conditions.append(when <= dates.end.isoformat())
    joined = events.join(articles, articles.c.id == events.c.article_id)
    counted = joined if (dates.start or dates.end) else events
    if actor:
        ids = (actor,) if isinstance(actor, str) else actor
        named = or_(*[json_list_has(column_, one) for one in ids
                      for column_ in (events.c.actors, events.c.targets)])
        # an actor is one of its article's entities: the entity index finds the articles
        in_articles = select(entities.c.article_id).where(entities.c.id.in_(ids))
        narrowed = and_(true(), events.c.article_id.in_(in_articles), named, *conditions)
        matching = select(events.c.id).select_from(counted).where(narrowed)
        walk = False
        if common and count_cap is not None and count_cap < SORT_WHOLE:
            total = _total(conn, matching, count_cap)  # in SQL, no rows fetched
            walk = total > count_cap
        if not walk:
            # the keys of up to SORT_WHOLE matching events, read in one pass: as few as
            # that are sorted here, and their count is the total
            keys = [tuple(row) for row in conn.execute(
                select(when, events.c.article_id, events.c.seq, events.c.id)
                .select_from(joined).where(narrowed).limit(SORT_WHOLE + 1))]
            if len(keys) <= SORT_WHOLE:
                keys.sort(key=lambda key: (key[0] or "", key[1], key[2]))
                shown = keys[page.offset: page.offset + page.limit]
                return _events_by_key(conn, joined, shown), _capped(len(keys), count_cap)
            if count_cap is not None and count_cap < SORT_WHOLE:
                total = count_cap + 1
            else:
                total = _total(conn, matching, count_cap)
        conditions.append(named)
    where = and_(true(), *conditions)
    if article:
        return _events_sorted(conn, joined, where, when, page)
    keys = _event_page(conn, joined, where, page)
    items = _events_by_key(conn, joined, keys)
    if actor:
        return items, total
    return items, _total(conn, select(events.c.id).select_from(counted).where(where), count_cap)


def _events_sorted(
    conn: Connection, joined: Any, where: Any, when: Any, page: Page,
) -> tuple[list[dict[str, Any]], int]:
    query = (
        select(events, when.label("date"), *article_summary_columns(),
               func.count().over().label("total_rows"))
        .select_from(joined).where(where)
        .order_by(when, events.c.article_id, events.c.seq)
        .limit(page.limit).offset(page.offset)
    )
    rows = conn.execute(query).all()
    items = []
    for row in rows:
        item = with_article(event_dict(row), row)
        item["date"] = row.date
        items.append(item)
    if rows or page.offset == 0:
        return items, int(rows[0].total_rows) if rows else 0
    return items, _total(conn, select(events.c.id).select_from(joined).where(where))


def _event_page(conn: Connection, joined: Any, where: Any, page: Page) -> list[tuple[Any, ...]]:
    """(date, article_id, seq, id) of the page's events, in date order."""
    wanted = page.offset + page.limit
    dated = (select(events.c.time_start, events.c.article_id, events.c.seq, events.c.id)
             .select_from(joined).where(where, events.c.time_start.is_not(None))
             .order_by(events.c.time_start, events.c.article_id, events.c.seq).limit(wanted))
    undated = (select(func.substr(articles.c.published, 1, 10), events.c.article_id,
                      events.c.seq, events.c.id)
               .select_from(joined).where(where, events.c.time_start.is_(None))
               .order_by(articles.c.published, events.c.article_id, events.c.seq)
               .limit(wanted))
    streams = [[tuple(row) for row in conn.execute(query)] for query in (dated, undated)]
    merged = heapq.merge(*streams, key=lambda key: (key[0] or "", key[1], key[2]))
    return list(merged)[page.offset:wanted]


def _events_by_key(conn: Connection, joined: Any, keys: list[tuple[Any, ...]]) -> list[Any]:
    """The events of these keys, in their order (two lookups by primary key)."""
    del joined
    if not keys:
        return []
    wanted = [(article_id, event_id) for _, article_id, _, event_id in keys]
    article_ids = sorted({article_id for article_id, _ in wanted})
    # by article (the primary key's prefix), since SQLite scans for a row-value IN list
    found = {(row.article_id, row.id): row for row in conn.execute(
        select(events).where(events.c.article_id.in_(article_ids)))}
    about = {row.id: row for row in conn.execute(
        select(articles.c.id, *article_summary_columns())
        .where(articles.c.id.in_(article_ids)))}
    items = []
    for date_, article_id, _, event_id in keys:
        row = found.get((article_id, event_id))
        if row is not None:
            item = event_dict(row)
            summary = about[article_id]
            item["article"] = {"id": article_id, "title": summary.article_title,
                               "outlet": summary.article_outlet,
                               "published": summary.article_published}
            item["date"] = date_
            items.append(item)
    return items


def event_types(conn: Connection) -> list[str]:
    """The event types present in the ledger."""
    return [row[0] for row in conn.execute(
        select(events.c.type).group_by(events.c.type).order_by(events.c.type))]


# --------------------------------------------------------------------------- quantities


def _quantity_conditions(
    measure: str | None, about: EntityMatch | None, article: str | None,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if measure:
        conditions.append(like(quantities.c.measure, measure))
    if about:
        conditions.append(counted_condition(about))
    if article:
        conditions.append(quantities.c.article_id == article)
    return conditions


def list_quantities(
    conn: Connection, *, measure: str | None = None, about: EntityMatch | None = None,
    article: str | None = None, outlet: str | None = None, dates: DateRange = ANY_DATES,
    page: Page = FIRST_PAGE,
) -> tuple[list[dict[str, Any]], int]:
    """Quantities in the contract's shape, with their article; newest articles first."""
    conditions = _quantity_conditions(measure, about, article)
    if outlet:
        conditions.append(articles.c.outlet == outlet)
    conditions += _date_condition(articles.c.published, dates)
    where = and_(true(), *conditions)
    joined = quantities.join(articles, articles.c.id == quantities.c.article_id)
    query = (
        select(quantities, *article_summary_columns()).select_from(joined).where(where)
        .order_by(articles.c.published.desc(), articles.c.seq.desc(), quantities.c.seq)
        .limit(page.limit).offset(page.offset)
    )
    items = [with_article(quantity_dict(row), row) for row in conn.execute(query)]
    counted = joined if (outlet or dates.start or dates.end) else quantities
    total = _total(conn, select(quantities.c.id).select_from(counted).where(where))
    return items, total


def figures(
    conn: Connection, *, measure: str | None, about: EntityMatch | None, limit: int = 500,
) -> list[dict[str, Any]]:
    """The ``limit`` newest figures of a measure about a subject, oldest first, each with
    the claim that reports it (if any).

    Each item: the quantity (contract shape), its article (and ``copy_of``: the article it
    is a wire copy of), the reporting claim's source, said date and hedges, and ``date``:
    when it was said, else the article's publication date.
    """
    conditions = _quantity_conditions(measure, about, None)
    claim = claims.alias("reporting_claim")
    reporting = and_(claim.c.article_id == quantities.c.article_id,
                     quantities.c.char_start >= claim.c.content_char_start,
                     quantities.c.char_end <= claim.c.content_char_end)
    joined = (quantities.join(articles, articles.c.id == quantities.c.article_id)
              .outerjoin(claim, reporting))
    query = (
        select(quantities, *article_summary_columns(), claim.c.id.label("claim_id"),
               claim.c.source_text, claim.c.source_name, claim.c.source_entity,
               claim.c.said_start, claim.c.hedges.label("claim_hedges"),
               articles.c.copy_of.label("article_copy_of"))
        .select_from(joined).where(and_(true(), *conditions))
        # undated articles last on every database; of nested claims, the outermost first
        .order_by(articles.c.published.desc().nulls_last(), quantities.c.article_id.desc(),
                  quantities.c.seq.desc(), claim.c.seq)
        .limit(limit)
    )
    items: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for row in conn.execute(query):
        key = (row.article_id, row.id)
        if key in seen:  # nested claims: keep the first (outermost in reading order)
            continue
        seen.add(key)
        item = with_article(quantity_dict(row), row)
        item["claim"] = row.claim_id
        item["claim_source"] = row.source_name or row.source_text
        item["source"] = item["claim_source"] or row.article_outlet
        item["source_entity"] = row.source_entity
        item["date"] = (row.said_start or row.article_published or "")[:10] or None
        item["hedges"] = list(row.claim_hedges or [])
        item["copy_of"] = row.article_copy_of
        items.append(item)
    items.reverse()  # the newest figures, in the order they were reported
    return items


def measures(conn: Connection, *, limit: int = 100) -> list[dict[str, Any]]:
    """The measures counted in the ledger, most frequent first (for the figures menu)."""
    query = (select(quantities.c.measure, func.count().label("count"))
             .where(quantities.c.measure.is_not(None))
             .group_by(quantities.c.measure).order_by(func.count().desc(), quantities.c.measure)
             .limit(limit))
    return [dict(row._mapping) for row in conn.execute(query)]


def subjects(conn: Connection, *, measure: str | None, limit: int = 50) -> list[dict[str, Any]]:
    """The entities that quantities of a measure count, most frequent first."""
    conditions = _quantity_conditions(measure, None, None)
    named = and_(entities.c.article_id == quantities.c.article_id,
                 entities.c.id == quantities.c.about_entity)
    query = (
        select(quantities.c.about_entity.label("id"), func.max(entities.c.name).label("name"),
               func.count().label("count"))
        .select_from(quantities.join(entities, named))
        .where(and_(true(), *conditions))
        .group_by(quantities.c.about_entity).order_by(func.count().desc()).limit(limit)
    )
    return [dict(row._mapping) for row in conn.execute(query)]


# --------------------------------------------------------------------------- times


def list_times(
    conn: Connection, *, article: str | None = None, type_: str | None = None,
    dates: DateRange = ANY_DATES, page: Page = FIRST_PAGE,
) -> tuple[list[dict[str, Any]], int]:
    """Time expressions whose interval meets the date range, earliest first, with article."""
    conditions: list[ColumnElement[bool]] = []
    if article:
        conditions.append(times.c.article_id == article)
    if type_:
        conditions.append(times.c.type == type_.upper())
    if dates.start is not None:
        conditions.append(func.coalesce(times.c.date_end, times.c.date_start)
                          >= dates.start.isoformat())
    if dates.end is not None:
        conditions.append(times.c.date_start <= dates.end.isoformat())
    where = and_(true(), *conditions)
    joined = times.join(articles, articles.c.id == times.c.article_id)
    query = (
        select(times, *article_summary_columns()).select_from(joined).where(where)
        .order_by(times.c.date_start, times.c.article_id, times.c.seq)
        .limit(page.limit).offset(page.offset)
    )
    items = [with_article(time_dict(row), row) for row in conn.execute(query)]
    total = _total(conn, select(times.c.id).select_from(joined).where(where))
    return items, total
