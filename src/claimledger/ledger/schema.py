"""The ledger's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

Every fact row carries ``article_id`` plus its own ``id`` (the id it has in the record,
unique within one article), so together they are the fact's primary key, and ``seq`` (its
position in the record's list, so export keeps the order). Character offsets are
``[char_start, char_end)`` into ``articles.text``; a part of a fact that has its own span
is prefixed with the part's name (``source_char_start``). Date intervals are ISO strings,
inclusive at both ends (``date_start``/``date_end`` and the like). Lists of ids and other
small structures are ``sqlalchemy.JSON``. ``extra`` (JSON, may be NULL) keeps any field a
producer adds to a record type beyond the columns below, so export never loses one.

Tables
------
``ledger_info``
    ``key``/``value`` pairs about the ledger itself (``schema_version``).
``articles``
    One row per stored article. ``id`` (primary key) is the record's article id; when a
    different text arrives under an id already used, it is stored as ``<id>~2``, ``<id>~3``
    … and ``given_id`` keeps the id it came with. ``content_hash`` (unique; SHA-256 of the
    normalised text, :func:`claimledger.article.content_hash`) is the article's identity:
    ingesting the same text again adds nothing. ``title``, ``outlet``, ``author``, ``url``,
    ``published`` (ISO date or datetime string, as given), ``language``, ``text`` (the exact
    text every span indexes), ``ingested_at`` (UTC), ``copy_of`` (nullable: the id of the
    article this one is a near-duplicate of, e.g. a wire copy), ``seq`` (insertion order).
``entities``
    Entities merged within one article: ``id`` ("e:north-korea"), ``name``, ``type``,
    ``aliases`` (JSON list of strings), ``kb`` (JSON object: {"wikidata": …}, may be {}).
``entity_mentions``
    One row per mention: ``entity_id``, ``seq``, ``char_start``, ``char_end``.
``claims``
    ``source_text``/``source_char_start``/``source_char_end``/``source_entity`` (an
    entity id)/``source_name`` (all NULL when the claim has no source); ``cue_text`` and
    its span (NULL when none); ``content_text`` and its span (always set); ``quote``
    (boolean); ``said_text``/``said_value``/``said_start``/``said_end``/``said_time``
    (when it was said; all NULL when unknown); ``via_text``/``via_entity`` and its span;
    ``hedges`` (JSON list of strings); ``quantities``/``times``/``events`` (JSON lists of
    the ids of the article's quantities, times and events the claim reports).
``quantities``
    ``text`` and its span, ``value``/``low``/``high`` (floats; integral values come back
    as ints), ``relation`` (eq gt ge lt le approx range), ``unit``, ``measure``, ``change``,
    ``about_text``/``about_entity``/``about_char_start``/``about_char_end`` (what is counted).
``times``
    ``text`` and its span, ``type`` (DATE TIME DURATION SET), ``value`` (TimeML),
    ``date_start``/``date_end`` (the inclusive calendar interval), ``anchor``.
``events``
    ``type`` (PLOVER), ``mode``, ``trigger_text`` and its span, ``actors``/``targets``
    (JSON lists of entity ids), ``location_text``/``location_name``/``location_geonames``/
    ``location_lat``/``location_lon``/``location_entity`` and its span, ``time_text``/
    ``time_start``/``time_end``/``time_id``, ``claim`` (the id of the claim that reports
    it, or NULL), ``quantities`` (JSON list of quantity ids).
``article_minhash`` / ``article_minhash_bands``
    The near-duplicate index of :mod:`claimledger.ingest.dedup`: ``signature`` (bytes: the
    MinHash of the article's word shingles) and one ``(band, bucket)`` row per LSH band.
    Derived data: rebuilt from ``articles.text`` for any article that lacks it.

Full-text search (created by :func:`create_search_index`, behind a dialect check): on
SQLite with FTS5, the virtual tables ``articles_fts(article_id UNINDEXED, title, text)`` and
``claims_fts(article_id UNINDEXED, claim_id UNINDEXED, source, content)``, filled by
:meth:`Ledger.add` in the article's transaction; on PostgreSQL, GIN indexes on
``to_tsvector('english', …)`` of ``articles.text`` and ``claims.content_text``. Use
:meth:`Ledger.search` rather than querying them directly.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.engine import Connection

#: Bumped when a table changes shape; stored in ``ledger_info``.
SCHEMA_VERSION = 1

metadata = MetaData()

ledger_info = Table(
    "ledger_info",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(255), primary_key=True),
    Column("seq", Integer, nullable=False, index=True),
    Column("given_id", String(255), nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("url", Text),
    Column("published", String(40), index=True),
    Column("language", String(16), nullable=False, default="en"),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("copy_of", String(255), nullable=True, index=True),
    Column("extra", JSON),
)


def _span(prefix: str = "") -> list[Column]:
    name = f"{prefix}_" if prefix else ""
    return [Column(f"{name}char_start", Integer), Column(f"{name}char_end", Integer)]


def _fact_table(name: str, *columns: Column) -> Table:
    """A table of one kind of fact, keyed by (article_id, id), removed with its article."""
    return Table(
        name,
        metadata,
        Column("article_id", String(255), primary_key=True),
        Column("id", String(255), primary_key=True),
        Column("seq", Integer, nullable=False),
        *columns,
        Column("extra", JSON),
        ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
    )


entities = _fact_table(
    "entities",
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("kb", JSON, nullable=False),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("article_id", String(255), primary_key=True),
    Column("entity_id", String(255), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    ForeignKeyConstraint(
        ["article_id", "entity_id"], ["entities.article_id", "entities.id"], ondelete="CASCADE"
    ),
)

claims = _fact_table(
    "claims",
    Column("source_text", Text),
    *_span("source"),
    Column("source_entity", String(255)),
    Column("source_name", Text),
    Column("cue_text", Text),
    *_span("cue"),
    Column("content_text", Text, nullable=False),
    *_span("content"),
    Column("quote", Boolean, nullable=False, default=False),
    Column("said_text", Text),
    Column("said_value", String(64)),
    Column("said_start", String(40)),
    Column("said_end", String(40)),
    Column("said_time", String(255)),
    Column("via_text", Text),
    Column("via_entity", String(255)),
    *_span("via"),
    Column("hedges", JSON, nullable=False),
    Column("quantities", JSON, nullable=False),
    Column("times", JSON, nullable=False),
    Column("events", JSON, nullable=False),
)

quantities = _fact_table(
    "quantities",
    Column("text", Text, nullable=False),
    *_span(),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("relation", String(16), nullable=False),
    Column("unit", Text),
    Column("measure", Text),
    Column("change", Text),
    Column("about_text", Text),
    Column("about_entity", String(255)),
    *_span("about"),
)

times = _fact_table(
    "times",
    Column("text", Text, nullable=False),
    *_span(),
    Column("type", String(16), nullable=False),
    Column("value", String(64)),
    Column("date_start", String(40)),
    Column("date_end", String(40)),
    Column("anchor", String(255)),
)

events = _fact_table(
    "events",
    Column("type", String(32), nullable=False),
    Column("mode", Text),
    Column("trigger_text", Text, nullable=False),
    *_span("trigger"),
    Column("actors", JSON, nullable=False),
    Column("targets", JSON, nullable=False),
    Column("location_text", Text),
    Column("location_name", Text),
    Column("location_geonames", Integer),
    Column("location_lat", Float),
    Column("location_lon", Float),
    Column("location_entity", String(255)),
    *_span("location"),
    Column("time_text", Text),
    Column("time_start", String(40)),
    Column("time_end", String(40)),
    Column("time_id", String(255)),
    Column("claim", String(255)),
    Column("quantities", JSON, nullable=False),
)

#: Near-duplicate index (claimledger.ingest.dedup): each article's MinHash signature (empty
#: for a text too short to compare) and its LSH band buckets, removed with the article.
article_minhash = Table(
    "article_minhash",
    metadata,
    Column("article_id", String(255), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
    ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
)

article_minhash_bands = Table(
    "article_minhash_bands",
    metadata,
    Column("band", Integer, primary_key=True),
    Column("bucket", BigInteger, primary_key=True),
    Column("article_id", String(255), primary_key=True),
    ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
)

Index("ix_claims_source_entity", claims.c.article_id, claims.c.source_entity)
Index("ix_entities_name", entities.c.name)
Index("ix_times_interval", times.c.date_start, times.c.date_end)
Index("ix_events_type", events.c.type)
# read indexes (entity pages, timelines, newest-first lists of the web UI): created with the
# schema, and by Ledger for a ledger made before they were added
Index("ix_claims_source", claims.c.source_entity)
Index("ix_claims_article_seq", claims.c.article_id, claims.c.seq, claims.c.id)
Index("ix_mentions_entity", entity_mentions.c.entity_id, entity_mentions.c.article_id)
Index("ix_entities_id", entities.c.id)
# (covering and in the timeline's full order: the planner walks it for a page whatever
# its statistics say)
Index("ix_events_date", events.c.time_start, events.c.article_id, events.c.seq,
      events.c.id)
Index("ix_quantities_about_entity", quantities.c.about_entity)
Index("ix_articles_date", articles.c.published, articles.c.seq, articles.c.id)

FTS_TABLES = {
    "articles_fts": "article_id UNINDEXED, title, text",
    "claims_fts": "article_id UNINDEXED, claim_id UNINDEXED, source, content",
}


#: The planner's statistics are refreshed when the ledger reaches this many articles, and
#: again at every doubling (200, 400, 800 …): they stay within a factor two of its size.
STATISTICS_FROM = 100
#: Rows ANALYZE samples per index: approximate statistics, for ~20 ms on 10,000 articles.
STATISTICS_ROWS = 400


def statistics_due(articles_stored: int) -> bool:
    """Whether the ledger has just grown to a size at which its statistics are refreshed."""
    steps, rest = divmod(articles_stored, STATISTICS_FROM)
    return steps > 0 and rest == 0 and steps & (steps - 1) == 0


def refresh_statistics(conn: Connection) -> None:
    """Refresh SQLite's table statistics (sampled, so cheap). Without them the planner may
    scan a large table for a page that an index finds in a few rows; PostgreSQL keeps its
    own (autovacuum)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA analysis_limit = {STATISTICS_ROWS}")
        conn.exec_driver_sql("ANALYZE")


def sqlite_has_fts5(conn: Connection) -> bool:
    """Whether this SQLite build has the FTS5 extension (most do; some minimal ones do not)."""
    options = {row[0] for row in conn.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def search_kind(conn: Connection, tables: set[str]) -> str | None:
    """The full-text index an existing ledger has ("fts5", "tsvector" or None)."""
    if conn.dialect.name == "sqlite":
        return "fts5" if set(FTS_TABLES) <= tables else None
    if conn.dialect.name == "postgresql":
        return "tsvector"
    return None


def create_search_index(conn: Connection) -> str | None:
    """Create the dialect's full-text index if it can; return its kind ("fts5", "tsvector")."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        if not sqlite_has_fts5(conn):
            return None  # search falls back to substring matching
        for name, columns in FTS_TABLES.items():
            conn.exec_driver_sql(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5({columns})"
            )
        return "fts5"
    if dialect == "postgresql":
        conn.execute(text(
            "CREATE INDEX IF NOT EXISTS ix_articles_tsv ON articles "
            "USING GIN (to_tsvector('english', text))"
        ))
        conn.execute(text(
            "CREATE INDEX IF NOT EXISTS ix_claims_tsv ON claims "
            "USING GIN (to_tsvector('english', content_text))"
        ))
        return "tsvector"
    return None
