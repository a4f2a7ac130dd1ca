"""FollowTheMoney export: the ledger as FtM 4 entities, one ``proxy.to_dict()`` JSON a line.

FollowTheMoney (FtM) is the entity model of Aleph, OpenSanctions and their tools; this
export lets investigators load what claimledger read next to their other data. The
schemata were chosen from the YAML files of ``followthemoney==4.11.2`` (``schema/*.yaml``):

- **Article** (``Article``, a ``Document``: "a piece of media reporting about a subject"):
  title, author, publishedAt, sourceUrl, publisher (the outlet), language, bodyText (cut
  at FtM's 65,000-character limit for a text value; the CSV and JSON exports keep it whole).
- **People and organisations**: ``PERSON`` → ``Person``, ``ORG`` → ``Organization``: both
  ``LegalEntity`` kinds, the only ones FtM links to events and mentions. An acronym alias
  ("NIS") goes to ``abbreviation``; a single word of a person's full name ("Peskov") to
  ``weakAlias`` (FtM: "a broad alias not to be used for matching"); other aliases to
  ``alias``. Nothing else is claimed: no titles, birth dates or nationalities.
- **Countries and regions** → ``Territory`` ("a country, subnational division or other
  administrative area … reference data with deterministic identifiers"): a ``GPE``/``LOC``
  (or a ``NORP`` the entities component tied to a country) whose kb holds an ISO 3166-1 code
  is a country (``level`` "country", ``territoryCode`` and ``country`` the code); a region or
  US state with an ISO 3166-2 code gets that code as ``territoryCode`` and ``partOf`` its
  country where the export holds that country. Demonyms ("North Korean") and metonyms (a
  capital standing for its government: "Seoul said") are ``weakAlias``: they name the
  country in text but must not match it in screening. ``Address`` was not chosen: it is a
  location *of* an entity, and a state is not a postal location.
- **Cities and other places** → ``Address`` (``full``, ``city``, ``country``, ``latitude``,
  ``longitude``): FtM itself keeps places named in text as address values
  (``Analyzable.locationMentioned``, ``Event.location``), and only ``Address`` carries the
  coordinates the gazetteer gives. Ungrounded ``GPE``/``LOC``/``FAC`` names ("Far East")
  become an ``Address`` with only a name and ``full`` text.
- **Skipped**: a ``NORP`` with no country ("Islamists") and ``PRODUCT``/``EVENT``/``LAW``/
  ``WORK_OF_ART`` names have no fitting FtM schema; they stay in the JSON and CSV exports.
- **Mentions** → ``Documentation`` (document: the article, entity: the entity, role
  "mentioned", date: the publication date, recordId: the ledger's entity id). FtM 4's
  ``Mention`` schema was not used: its ``resolved`` range is ``LegalEntity``, so it cannot
  point at a ``Territory`` or an ``Address``; ``Documentation`` takes any ``Thing``.
- **Claims** → ``Note`` ("an annotation that applies to a document or entity"): description
  the claim's content, summary "<source> <cue>", entity the source (where the claim resolves
  it), proof the article; the rest (when it was said, via, hedges, direct quotation, the
  claim id and its character span, which indexes the ledger's text: FtM trims the ends of
  ``bodyText``) in ``notes``. FtM has no statement schema, and an
  ``Event`` could not name a country as its source (``involved`` is a ``LegalEntity``).
- **Events** → ``Event``: name "<PLOVER type> (<trigger>)", date (or startDate/endDate)
  from its time, location, proof the article, recordId the ledger's id. People and
  organisations among the actors are ``organizer``, among the targets ``involved``; a
  country cannot be either (their range is ``LegalEntity``) and goes to ``country``, and
  ``notes`` spells out every actor and target by name.

Identity: ids are ``claimledger-<kind>-<sha1 of the ledger's ids>`` (article id, and the
entity's, claim's id within it), so the same ledger exported twice gives the same ids.
Things whose identity is a public code are shared across articles: a country or region is
``claimledger-territory-<iso code>`` (``claimledger-territory-kp``, ``…-ru-krs``), a city
``claimledger-address-geonames-<geonameid>``; their names and aliases from every article are
merged and they are written after the articles. People and organisations stay one entity
per article: resolving them across articles is the analysis layer's job (an FtM consumer's
deduplication can merge them too). Every proxy is validated against its schema before it
is written (:func:`validate`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from .. import lexicon
from ..errors import ClaimledgerError, Errors
from ..record import Claim, Entity, Event, Record
from . import RecordSource, iter_records

try:
    from followthemoney import model
    from followthemoney.exc import InvalidData
    from followthemoney.proxy import EntityProxy
    from followthemoney.types import registry
except ImportError:  # pragma: no cover - an optional dependency
    model = None

PREFIX = "claimledger"
INVALID_PROXY = "{schema} entity {id} is not valid FtM: {reason}"

#: what may not be in a readable FtM id (FtM allows letters, digits, dots and hyphens)
_ID_CHARS = re.compile(r"[^0-9a-z]+")
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,8}$|^[A-Z][A-Z0-9&]{1,7}$")
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")
_SUBDIVISION_CODE = re.compile(r"^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$")
LEGAL_SCHEMATA = {"PERSON": "Person", "ORG": "Organization"}
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
COUNTRY_TYPES = frozenset({"GPE", "LOC", "NORP"})


def _require_ftm() -> None:
    if model is None:
        raise ClaimledgerError(Errors.E076)


# --------------------------------------------------------------------------- ids


def make_id(kind: str, *parts: str) -> str:
    """A deterministic FtM id for a thing of ``kind`` keyed by the ledger's ``parts``.

    The parts are hashed as a JSON list, so ("a b", "c") and ("a", "b c") never share an id
    whatever characters the ledger's ids hold.
    """
    key = json.dumps(list(parts), ensure_ascii=False)
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{PREFIX}-{kind}-{digest}"


def code_id(kind: str, code: str | int) -> str:
    """A readable FtM id from a public code (an ISO 3166 code, a GeoNames id)."""
    slug = _ID_CHARS.sub("-", str(code).lower()).strip("-")
    return f"{PREFIX}-{kind}-{slug}" if slug else make_id(kind, str(code))


def article_id(record: Record) -> str:
    return make_id("article", record.article.id)


# --------------------------------------------------------------------------- values


def _add(proxy: EntityProxy, prop_name: str, values: Any) -> None:
    """Add values FtM accepts: long text is cut to the property's limit, other over-long
    values (a "name" of 500 characters is no name) and None are left out."""
    prop = proxy.schema.properties[prop_name]
    items = values if isinstance(values, (list, tuple)) else [values]
    for value in items:
        if value is None or value == "":
            continue
        value = str(value)
        if prop.type == registry.text:
            value = value[: prop.max_length]
        elif len(value) > prop.max_length:
            continue
        proxy.add(prop_name, value)


def _replace(proxy: EntityProxy, prop_name: str, value: str | None) -> None:
    """Set one property to ``value``, cut to the property's limit (an address's "full" holds
    250 characters where a name may hold 384)."""
    proxy.pop(prop_name)
    if value:
        proxy.add(prop_name, value[: proxy.schema.properties[prop_name].max_length])


def validate(proxy: EntityProxy) -> EntityProxy:
    """Raise ValueError unless ``proxy`` is a valid FtM entity: a well-formed id, its
    schema's required properties, and every value valid for its property's type."""
    data = proxy.to_dict()
    missing = [name for name in proxy.schema.required if not proxy.has(name)]
    reason = f"missing {', '.join(sorted(missing))}" if missing else None
    if not proxy.id or not registry.entity.validate(proxy.id):
        reason = "malformed id"
    if reason is None:
        try:
            proxy.schema.validate(data)
        except InvalidData as err:
            reason = json.dumps(getattr(err, "errors", None) or str(err))
    if reason is not None:
        raise ValueError(INVALID_PROXY.format(schema=proxy.schema.name, id=proxy.id,
                                              reason=reason))
    return proxy


# --------------------------------------------------------------------------- names


def _demonyms() -> frozenset[str]:
    """Demonyms and their plurals, folded: names that stand for a country's people."""
    data = lexicon.load("demonyms.json")
    forms = list(data.get("demonyms", {})) + list(data.get("irregular_plurals", {}))
    return frozenset(f.casefold() for form in forms for f in (form, form + "s"))


def _geonames(kb: dict[str, Any]) -> int | None:
    """The kb's GeoNames id, where it is one (a positive whole number)."""
    value = kb.get("geonames")
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return None
    text = str(value).strip()
    return int(text) if text.isascii() and text.isdigit() and int(text) > 0 else None


def _usable_name(name: str) -> bool:
    """A name FtM can hold: not blank, and not longer than its name type allows."""
    cleaned = registry.name.clean(name)
    return cleaned is not None and bool(cleaned.strip()) and len(name) <= registry.name.max_length


def _distinct_aliases(entity: Entity) -> list[str]:
    """The entity's aliases other than its name, without case variants ("SEOUL")."""
    seen = {entity.name.casefold()}
    out = []
    for alias in entity.aliases or []:
        key = alias.casefold()
        if alias.strip() and key not in seen:
            seen.add(key)
            out.append(alias)
    return out


def _is_name_part(alias: str, name: str) -> bool:
    """One word of a longer name ("Peskov" of "Dmitry Peskov"): a weak alias."""
    words = name.casefold().split()
    return len(words) > 1 and alias.casefold() in words


def _legal_names(entity: Entity, schema: str) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {"name": [entity.name], "alias": [], "weakAlias": [],
                                   "abbreviation": []}
    for alias in _distinct_aliases(entity):
        if _is_name_part(alias, entity.name):
            names["weakAlias"].append(alias)
        elif schema != "Person" and _ACRONYM.match(alias):
            names["abbreviation"].append(alias)
        else:
            names["alias"].append(alias)
    return names


def _place_names(entity: Entity, weak: frozenset[str]) -> dict[str, list[str]]:
    metonyms = {m.casefold() for m in (entity.kb or {}).get("metonyms", []) or []}
    names: dict[str, list[str]] = {"name": [entity.name], "alias": [], "weakAlias": []}
    for alias in _distinct_aliases(entity):
        key = alias.casefold()
        names["weakAlias" if key in metonyms or key in weak else "alias"].append(alias)
    return names


def _add_names(proxy: EntityProxy, names: dict[str, list[str]]) -> None:
    """Add an entity's names; on a proxy that has a name already (a place met in an earlier
    article) a new name becomes an alias, and a case variant of a known name is left out."""
    known = {value.casefold() for prop in ("name", *names) for value in proxy.get(prop)}
    for prop, values in names.items():
        if prop == "name" and proxy.has("name"):
            _prefer_mixed_case(proxy, values[0])
            prop = "alias"
        for value in values:
            if value.casefold() not in known:
                known.add(value.casefold())
                _add(proxy, prop, value)


def _prefer_mixed_case(proxy: EntityProxy, name: str) -> None:
    """A mixed-case name ("Seoul") is better than a dateline's capitals ("SEOUL")."""
    current = proxy.first("name") or ""
    if current.casefold() == name.casefold() and current.isupper() and not name.isupper():
        proxy.set("name", name)


# --------------------------------------------------------------------------- the exporter


class FtmExporter:
    """Turns records into FtM proxies; keeps the shared (code-keyed) places until the end.

    Use :meth:`entities` for one record at a time and :meth:`shared_entities` once after
    the last record; :func:`write_entities` does both.
    """

    def __init__(self) -> None:
        _require_ftm()
        self.shared: dict[str, EntityProxy] = {}
        self.parents: dict[str, str] = {}  # territory id -> its country's territory id
        self.weak_names = _demonyms()
        self.skipped = 0

    # ---------------------------------------------------------------- one record

    def entities(self, record: Record) -> Iterator[EntityProxy]:
        """The article, its people, organisations and unshared places, the links from the
        article to every entity it mentions, its claims as notes and its events."""
        article = self.article(record)
        yield article
        proxies: dict[str, EntityProxy] = {}
        for entity in record.entities:
            proxy = self.entity(record, entity)
            if proxy is None:
                self.skipped += 1
                continue
            proxies[entity.id] = proxy
            if proxy.id not in self.shared:
                yield validate(proxy)
            yield validate(self.documentation(record, entity, proxy.id))
        ids = {ledger_id: proxy.id for ledger_id, proxy in proxies.items()}
        for claim in record.claims:
            yield validate(self.note(record, claim, ids))
        for event in record.events:
            yield validate(self.event(record, event, proxies))

    def article(self, record: Record) -> EntityProxy:
        info = record.article
        proxy = model.make_entity("Article")
        proxy.id = article_id(record)
        _add(proxy, "title", info.title)
        _add(proxy, "author", info.author)
        _add(proxy, "publishedAt", info.published)
        _add(proxy, "sourceUrl", info.url)
        _add(proxy, "publisher", info.outlet)
        _add(proxy, "language", info.language)
        _add(proxy, "bodyText", info.text)
        return validate(proxy)

    def entity(self, record: Record, entity: Entity) -> EntityProxy | None:
        """The entity's proxy (a shared place is merged into :attr:`shared`); None for a
        kind FtM has no schema for."""
        if not _usable_name(entity.name):
            return None
        kb = entity.kb or {}
        feature, iso = kb.get("feature"), str(kb.get("iso") or "")
        if feature == "city" or (entity.type in PLACE_TYPES and not iso and not feature):
            return self._address(record, entity)
        geonames = _geonames(kb)
        if feature in ("region", "state") and (_SUBDIVISION_CODE.match(iso) or geonames):
            code = iso if _SUBDIVISION_CODE.match(iso) else f"geonames-{geonames}"
            return self._territory(entity, code)
        if entity.type in COUNTRY_TYPES and not feature and _COUNTRY_CODE.match(iso):
            return self._territory(entity, iso)
        if entity.type in LEGAL_SCHEMATA:
            return self._legal(record, entity)
        if entity.type in PLACE_TYPES:
            return self._address(record, entity)
        return None

    def _legal(self, record: Record, entity: Entity) -> EntityProxy:
        schema = LEGAL_SCHEMATA[entity.type]
        proxy = model.make_entity(schema)
        proxy.id = make_id(schema.lower(), record.article.id, entity.id)
        _add_names(proxy, _legal_names(entity, schema))
        self._common(proxy, entity, record)
        return proxy

    def _common(self, proxy: EntityProxy, entity: Entity, record: Record | None) -> None:
        kb = entity.kb or {}
        _add(proxy, "wikidataId", kb.get("wikidata"))
        if record is not None:
            _add(proxy, "proof", article_id(record))

    def _territory(self, entity: Entity, code: str) -> EntityProxy:
        kb = entity.kb or {}
        proxy = self._shared("Territory", code_id("territory", code))
        _add_names(proxy, _place_names(entity, self.weak_names))
        subdivision = "-" in code or kb.get("feature") in ("region", "state")
        if subdivision:
            _add(proxy, "alias", kb.get("subdivision"))
            country = str(kb.get("country") or code.split("-")[0])
            if _COUNTRY_CODE.match(country):
                _add(proxy, "country", country.lower())
                self.parents[proxy.id] = code_id("territory", country)
        else:
            _add(proxy, "level", "country")
            _add(proxy, "country", code.lower())
        if not code.startswith("geonames-"):
            _add(proxy, "territoryCode", code.lower())
        self._common(proxy, entity, None)
        return proxy

    def _address(self, record: Record, entity: Entity) -> EntityProxy:
        kb = entity.kb or {}
        geonames = _geonames(kb)
        if geonames is not None:
            proxy = self._shared("Address", code_id("address", f"geonames-{geonames}"))
        else:
            proxy = model.make_entity("Address")
            proxy.id = make_id("address", record.article.id, entity.id)
            _add(proxy, "proof", article_id(record))
        _add_names(proxy, _place_names(entity, self.weak_names))
        _replace(proxy, "full", proxy.first("name"))
        if kb.get("feature") == "city":
            _replace(proxy, "city", proxy.first("name"))
        country = str(kb.get("country") or "")
        if _COUNTRY_CODE.match(country):
            _add(proxy, "country", country.lower())
        if kb.get("lat") is not None and kb.get("lon") is not None:
            _add(proxy, "latitude", kb["lat"])
            _add(proxy, "longitude", kb["lon"])
        self._common(proxy, entity, None)
        return proxy

    def _shared(self, schema: str, entity_id: str) -> EntityProxy:
        if entity_id not in self.shared:
            proxy = model.make_entity(schema)
            proxy.id = entity_id
            self.shared[entity_id] = proxy
        return self.shared[entity_id]

    def documentation(self, record: Record, entity: Entity, target: str) -> EntityProxy:
        """The link "this article mentions this entity" (FtM ``Documentation``)."""
        proxy = model.make_entity("Documentation")
        proxy.id = make_id("mention", record.article.id, entity.id)
        _add(proxy, "document", article_id(record))
        _add(proxy, "entity", target)
        _add(proxy, "role", "mentioned")
        _add(proxy, "date", record.article.published)
        _add(proxy, "recordId", entity.id)
        _add(proxy, "sourceUrl", record.article.url)
        _add(proxy, "publisher", record.article.outlet)
        return proxy

    def event(self, record: Record, event: Event,
              proxies: dict[str, EntityProxy]) -> EntityProxy:
        """A ledger event as an FtM ``Event``: actors that are people or organisations are
        its ``organizer``, such targets ``involved``; countries, which FtM cannot link
        there, are its ``country``; who did what to whom is spelled out in ``notes``."""
        proxy = model.make_entity("Event")
        proxy.id = make_id("event", record.article.id, event.id)
        room = proxy.schema.properties["name"].max_length - len(event.type) - 3
        trigger = " ".join(event.trigger.text.split())
        if len(trigger) > room:
            trigger = trigger[: room - 1] + "…"
        _add(proxy, "name", f"{event.type} ({trigger})")
        _add(proxy, "keywords", [event.type, event.mode])
        for prop, ledger_ids in (("organizer", event.actors), ("involved", event.targets)):
            for ledger_id in ledger_ids:
                target = proxies.get(ledger_id)
                if target is not None and target.schema.is_a("LegalEntity"):
                    _add(proxy, prop, target.id)
                elif target is not None:
                    _add(proxy, "country", target.get("country"))
        when = event.time
        if when is not None and when.start and when.start == when.end:
            _add(proxy, "date", when.start)
        elif when is not None:
            _add(proxy, "startDate", when.start)
            _add(proxy, "endDate", when.end)
        where = event.location
        if where is not None:
            _add(proxy, "location", where.name or where.text)
            place = proxies.get(where.entity or "")
            if place is not None and place.schema.is_a("Address"):
                _add(proxy, "addressEntity", place.id)
        _add(proxy, "proof", article_id(record))
        _add(proxy, "recordId", event.id)
        _add(proxy, "notes", _event_notes(record, event))
        _add(proxy, "sourceUrl", record.article.url)
        _add(proxy, "publisher", record.article.outlet)
        return proxy

    def note(self, record: Record, claim: Claim, ids: dict[str, str]) -> EntityProxy:
        """A claim as an FtM ``Note`` on its source, proven by the article."""
        proxy = model.make_entity("Note")
        proxy.id = make_id("claim", record.article.id, claim.id)
        _add(proxy, "description", claim.content.text)
        _add(proxy, "summary", _claim_summary(claim))
        if claim.source is not None and claim.source.entity in ids:
            _add(proxy, "entity", ids[claim.source.entity])
        _add(proxy, "proof", article_id(record))
        _add(proxy, "notes", _claim_notes(claim))
        _add(proxy, "sourceUrl", record.article.url)
        _add(proxy, "publisher", record.article.outlet)
        return proxy

    # ---------------------------------------------------------------- after the last record

    def shared_entities(self) -> Iterator[EntityProxy]:
        """The countries, regions and grounded places, merged over every record, in the
        order they were first met; a region is ``partOf`` its country where that is here."""
        for entity_id, proxy in self.shared.items():
            parent = self.parents.get(entity_id)
            if parent in self.shared and parent != entity_id:
                _add(proxy, "partOf", parent)
            yield validate(proxy)


def _claim_summary(claim: Claim) -> str | None:
    source = claim.source
    who = (source.text if source else None) or "unattributed"
    return f"{who} {claim.cue.text}" if claim.cue else who


def _event_notes(record: Record, event: Event) -> str:
    """Who did what to whom, when and where, as the record says it, one fact a line."""
    names = {entity.id: entity.name for entity in record.entities}
    start, end = event.trigger.span
    lines = [f"event {event.id} ({event.type}"
             + (f", {event.mode}" if event.mode else "")
             + f"), trigger {event.trigger.text!r} at characters {start}-{end} of the article"]
    if event.actors:
        lines.append("actors: " + "; ".join(names.get(i, i) for i in event.actors))
    if event.targets:
        lines.append("targets: " + "; ".join(names.get(i, i) for i in event.targets))
    if event.time is not None:
        lines.append(f"time: {event.time.text} ({event.time.start or '?'} to "
                     f"{event.time.end or '?'})")
    if event.location is not None:
        lines.append(f"location: {event.location.text}")
    if event.claim:
        lines.append(f"reported in claim {event.claim}")
    return "\n".join(lines)


def _claim_notes(claim: Claim) -> str:
    """The claim's facts that FtM has no property for, one per line."""
    start, end = claim.content.span
    lines = [f"claim {claim.id}, characters {start}-{end} of the article"]
    if claim.source is not None and claim.source.name:
        lines.append(f"source: {claim.source.name}")
    if claim.said is not None:
        when = claim.said.value or ""
        if claim.said.start or claim.said.end:
            when = f"{claim.said.start or '?'} to {claim.said.end or '?'}"
        lines.append(f"said: {claim.said.text}" + (f" ({when})" if when else ""))
    if claim.via is not None:
        lines.append(f"via: {claim.via.text}")
    if claim.hedges:
        lines.append("hedges: " + "; ".join(claim.hedges))
    if claim.quote:
        lines.append("direct quotation")
    return "\n".join(lines)


# --------------------------------------------------------------------------- entry points


def iter_entities(records: Iterable[Record] | RecordSource) -> Iterator[EntityProxy]:
    """Every FtM proxy of the records: each article's own entities as it is read, then the
    shared places (see the module docstring)."""
    exporter = FtmExporter()
    for record in iter_records(records):
        yield from exporter.entities(record)
    yield from exporter.shared_entities()


def write_entities(ledger: RecordSource, out: TextIO) -> int:
    """Write the ledger as FtM entities to ``out``, one ``proxy.to_dict()`` JSON a line;
    return how many. Read them back with ``followthemoney.model.get_proxy(json.loads(line))``.
    """
    count = 0
    for proxy in iter_entities(ledger):
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True))
        out.write("\n")
        count += 1
    return count


__all__ = ["FtmExporter", "code_id", "iter_entities", "make_id", "validate", "write_entities"]
