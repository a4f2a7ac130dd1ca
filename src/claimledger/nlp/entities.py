"""The entities component: spaCy NER, repaired and merged within one article, then grounded.

One :class:`record.Entity` per thing the article names, with every mention's character span:

- **Mentions** come from spaCy's NER plus lexicon matches (country names and aliases,
  demonyms, short forms of organisations: ``lexicon/en/aliases.json``, ``demonyms.json``),
  military units and agencies ("Eastern Army Group": a run of capitalised words ending in an
  organisation head word) and untagged all-capital acronyms. A leading "the" and a trailing
  possessive ("Berlin’s", curly or straight) are never part of a mention.
- **Repairs** of the small model's tags, by general rules: a demonym or country adjective
  is a mention of its country ("French troops" -> France, type GPE); a name the
  article elsewhere tags as a person, or that follows a title ("President X"), is a person;
  a name followed by "region"/"oblast"/"province" is a region (LOC); a name the gazetteer
  knows as a city or region is a place whatever spaCy called it (a region tagged PRODUCT);
  a two-word person name preceded by a known family name ("Park Min Soo") is extended.
- **Merging** within the article: acronym definitions (an agency's name with
  its acronym in brackets, "… Republic of Congo (DRC)"), surnames to full names ("Macron" <->
  "Emmanuel Macron"), aliases to countries (DPRK, U.S., UK, ROK), short forms to
  organisations (U.N.).
- **Metonymy**: a capital used for its government ("Tehran said", "Ankara's insistence",
  "Tehran's nuclear programme") is a mention of the *country*; the country's ``kb`` then
  holds ``"metonyms": [surface forms]`` to flag the link. A capital used as a place ("in
  Tehran", "Ankara's streets") stays a city entity with its geonameid.
- **Grounding** (:mod:`.grounding`, offline): countries get ``{"iso", "geonames"}``; cities
  ``{"feature": "city", "geonames", "lat", "lon", "country"}``; regions ``{"feature":
  "region", "iso": "RU-KRS", "country"}``; anything else ``{}``. Nothing is invented: no
  Wikidata ids, since no shipped data holds them.

:func:`entity_at` is the lookup other components use to resolve a span to an entity.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..record import Entity
from .grounding import Gazetteer, gazetteer, normalize

#: spaCy labels that name things (numbers, dates and the like are other components' work).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT",
                         "WORK_OF_ART", "LAW"})
#: labels kept only when a rule or the gazetteer turns them into a known kind of name.
WEAK_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&/-]{1,9}$")
_SLUG = re.compile(r"[\W_]+")
_DETERMINERS = frozenset({"the", "a", "an"})
#: what separates the words of a name when its initials are read
_NAME_WORD_BREAK = re.compile(r"[\s\-]+")
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


@dataclass(frozen=True)
class _MentionIndex:
    """Every mention of a document's entities sorted by start, for :func:`entity_at`."""

    entities: list[Entity]
    size: int
    starts: list[int]
    #: (start, end, order, entity): ``order`` keeps the entities' own order among equals
    mentions: list[tuple[int, int, int, Entity]]
    longest: int


#: The index of the document last asked about (components ask about one document at a time).
_LAST_INDEX: dict[int, _MentionIndex] = {}


def _mention_index(doc: Doc) -> _MentionIndex:
    entities = doc._.cl_entities or []
    index = _LAST_INDEX.get(id(doc))
    if index is not None and index.entities is entities and index.size == len(entities):
        return index
    mentions = sorted(
        ((m_start, m_end, order, entity) for order, entity in enumerate(entities)
         for m_start, m_end in entity.mentions),
        key=lambda m: (m[0], m[2]))
    index = _MentionIndex(entities, len(entities), [m[0] for m in mentions], mentions,
                          max((m[1] - m[0] for m in mentions), default=0))
    _LAST_INDEX.clear()
    _LAST_INDEX[id(doc)] = index
    return index


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention inside ``[start, end)`` chars, preferring the longest mention
    (among equally long ones, the entity listed first).

    A mention that covers the whole range also counts (a one-word span inside a name). The
    mentions are indexed once per document, so a lookup costs the mentions near the span.
    """
    index = _mention_index(doc)
    lo = bisect.bisect_left(index.starts, start - index.longest)
    hi = bisect.bisect_right(index.starts, end)
    best: tuple[int, int, Entity] | None = None
    for m_start, m_end, order, entity in index.mentions[lo:hi]:
        inside = start <= m_start and m_end <= end
        covering = m_start <= start and end <= m_end
        if not (inside or covering):
            continue
        key = (-(m_end - m_start), order)
        if best is None or key < best[:2]:
            best = (key[0], key[1], entity)
    return best[2] if best else None


@dataclass
class Mention:
    """One name in the text and what it was resolved to (internal to this component)."""

    start: int
    end: int
    text: str
    label: str
    key: str
    name: str | None = None
    kb: dict[str, Any] = field(default_factory=dict)
    metonym: bool = False
    token_start: int = 0
    token_end: int = 0


class EntityLexicon:
    """The lexicon files this component reads, loaded once."""

    def __init__(self) -> None:
        aliases = lexicon.load("aliases.json")
        self.organizations: dict[str, tuple[str, str]] = {
            normalize(k): (v[0], v[1]) for k, v in aliases.get("organizations", {}).items()
        }
        self.org_heads = frozenset(aliases.get("org_heads", []))
        self.place_suffixes: dict[str, str] = aliases.get("place_suffixes", {})
        self.family_first = _family_first()
        self.not_places = frozenset(aliases.get("not_places", []))
        self.titles = lexicon.words("titles.txt")
        self.title_words = frozenset(w.rstrip(".") for w in self.titles)
        capitals = lexicon.load("capitals.json")
        self.literal_heads = frozenset(capitals.get("literal_heads", []))
        self.literal_preps = frozenset(capitals.get("literal_preps", []))
        self.capital_forms = list(capitals.get("extra", {}))
        demonyms = lexicon.load("demonyms.json")
        self.demonym_forms = list(demonyms.get("demonyms", {})) + list(
            demonyms.get("irregular_plurals", {}))
        self.country_forms = list(aliases.get("countries", {}))
        self.org_forms = list(aliases.get("organizations", {}))


class EntitiesComponent:
    """Find, repair, merge and ground the names of one article (see the module docstring).

    The gazetteer and the lexicon matchers are built on the first document, once per
    process, so that loading the pipeline stays cheap.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.lex = EntityLexicon()
        self._phrases: PhraseMatcher | None = None
        self._units: Matcher | None = None

    # -- set-up ---------------------------------------------------------------------------
    def _matchers(self) -> tuple[PhraseMatcher, Matcher]:
        if self._phrases is None or self._units is None:
            gaz = gazetteer()
            forms = set(self.lex.country_forms) | set(self.lex.org_forms)
            forms |= {c.name for c in gaz.countries.values() if "," not in c.name}
            forms |= set(self.lex.demonym_forms)
            forms |= {c.capital for c in gaz.countries.values() if c.capital}
            forms |= set(self.lex.capital_forms)
            forms |= {f + "s" for f in self.lex.demonym_forms if f.endswith("n")}
            forms |= {f.replace("'", "’") for f in forms if "'" in f}
            phrases = PhraseMatcher(self.nlp.vocab, attr="ORTH")
            phrases.add("NAME", [self.nlp.make_doc(f) for f in sorted(forms) if f.strip()])
            units = Matcher(self.nlp.vocab)
            units.add("UNIT", [[
                {"IS_TITLE": True, "IS_SENT_START": False, "POS": {"IN": ["PROPN", "ADJ"]}},
                {"IS_TITLE": True, "OP": "*"},
                {"ORTH": {"IN": sorted(self.lex.org_heads)}},
            ]])
            self._phrases, self._units = phrases, units
        return self._phrases, self._units

    # -- the component --------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_entities = self.entities(doc) if len(doc) else []
        return doc

    def entities(self, doc: Doc) -> list[Entity]:
        gaz = gazetteer()
        spans = self._candidate_spans(doc)
        context_countries = self._countries_named(spans, gaz)
        persons = self._person_names(spans)
        mentions = [m for s in spans if (m := self._resolve(s, gaz, persons, context_countries))]
        mentions += self._untagged_surnames(doc, spans, persons)
        groups = _Groups()
        for mention in mentions:
            groups.add(mention.key)
        self._merge_acronyms(doc, mentions, groups)
        return self._build(mentions, groups)

    # -- mentions -------------------------------------------------------------------------
    def _candidate_spans(self, doc: Doc) -> list[Span]:
        """spaCy's names, lexicon matches and unit names, trimmed, without overlaps."""
        phrases, units = self._matchers()
        taken = [False] * len(doc)
        out: list[Span] = []

        def take(span: Span | None) -> None:
            if span is None or any(taken[span.start:span.end]):
                return
            for i in range(span.start, span.end):
                taken[i] = True
            out.append(span)

        for ent in doc.ents:
            if ent.label_ in NAME_LABELS:
                take(self._trim(ent))
        for span in _longest(Span(doc, s, e, label="NAME") for _, s, e in phrases(doc)):
            take(self._trim(span))
        for span in _longest(Span(doc, s, e, label="ORG") for _, s, e in units(doc)):
            take(self._trim(span))
        shouting: dict[int, bool] = {}  # sentence start -> written in capitals
        for token in doc:
            if not taken[token.i] and self._is_acronym(token, shouting):
                take(Span(doc, token.i, token.i + 1, label="ORG"))
        out.sort(key=lambda s: s.start)
        return out

    def _trim(self, span: Span) -> Span | None:
        """Drop a leading article, titles before a person, and a trailing possessive."""
        start, end = span.start, span.end
        doc = span.doc
        while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].is_punct
                               or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                               or doc[end - 1].is_space
                               or _POSSESSIVE.fullmatch(doc[end - 1].text)):
            end -= 1
        if span.label_ == "PERSON":
            while end - start > 1 and doc[start].lower_.rstrip(".") in self.lex.title_words:
                start += 1
        if start >= end:
            return None
        return Span(doc, start, end, label=span.label_)

    def _is_acronym(self, token: Token, shouting: dict[int, bool]) -> bool:
        """An untagged all-capital word (SBU) in a sentence that is not itself in capitals."""
        if not _ACRONYM.match(token.text) or token.pos_ not in ("PROPN", "NOUN"):
            return False
        sent = token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]
        if sent.start not in shouting:
            letters = [c for c in sent.text if c.isalpha()]
            shouting[sent.start] = sum(c.isupper() for c in letters) >= 0.5 * max(len(letters), 1)
        return not shouting[sent.start]

    def _countries_named(self, spans: list[Span], gaz: Gazetteer) -> frozenset[str]:
        """Countries the article names: they settle which "Georgia" or "Punjab" is meant."""
        codes = set()
        for span in spans:
            code = gaz.country(_clean(span.text)) or gaz.demonym(_clean(span.text))
            if code:
                codes.add(code)
        return frozenset(codes)

    def _person_names(self, spans: list[Span]) -> dict[str, str]:
        """surname -> full name, for multi-word names tagged PERSON (or after a title)."""
        full: dict[str, set[str]] = defaultdict(set)
        for span in spans:
            if not self._is_person(span):
                continue
            span = self._extend_family_name(span)
            words = _clean(span.text).split()
            if len(words) < 2:
                continue
            surname = words[0] if _family_name_first(words, self.lex.family_first) else words[-1]
            full[surname].add(" ".join(words))
            full[" ".join(words)].add(" ".join(words))
        return {k: next(iter(v)) for k, v in full.items() if len(v) == 1}

    def _is_person(self, span: Span) -> bool:
        if span.label_ == "PERSON":
            return True
        before = span.doc[span.start - 1] if span.start > 0 else None
        return (before is not None and before.is_title
                and before.lower_.rstrip(".") in self.lex.title_words
                and all(t.pos_ == "PROPN" for t in span))

    def _extend_family_name(self, span: Span) -> Span:
        """"No Kwang Chol" tagged as "Kwang Chol": take in a family name written first."""
        if len(span) == 2 and span.start > 0:
            before = span.doc[span.start - 1]
            if (before.text in self.lex.family_first and not before.ent_type_
                    and not before.is_sent_start):
                return Span(span.doc, span.start - 1, span.end, label=span.label_)
        return span

    def _resolve(self, span: Span, gaz: Gazetteer, persons: dict[str, str],
                 countries: frozenset[str]) -> Mention | None:
        """Decide what a span names; None drops it (a weak tag nothing confirms)."""
        if self._is_person(span):
            span = self._extend_family_name(span)
        text = _clean(span.text)
        mention = Mention(span.start_char, span.start_char + len(span.text), span.text,
                          span.label_, "", token_start=span.start, token_end=span.end)
        code = gaz.country(text) or (gaz.demonym(text) if self._adjectival(span) else None)
        if code:
            return _as_country(mention, code, gaz)
        country = self._country_prefix(span, gaz)
        if country is not None:
            return country
        org = self.lex.organizations.get(normalize(text))
        if org:
            mention.key, mention.name, mention.label = "o:" + normalize(org[0]), org[0], org[1]
            return mention
        if text in persons and (self._is_person(span) or len(span) == 1):
            full = persons[text]
            mention.key, mention.label = "per:" + full, "PERSON"
            return mention
        if self._is_person(span) and not self._place_word(span, gaz):
            # one word ("Wikinews", "Mohamed") may be tagged PERSON here and ORG there: the
            # same words name the same thing within one article
            mention.key = ("per:" if " " in text else "n:") + (text if " " in text
                                                                 else normalize(text))
            mention.label = "PERSON"
            return mention
        capital = gaz.capital(text)
        if capital and self._metonymic(span):
            mention.metonym = True
            return _as_country(mention, capital, gaz)
        place = self._place(span, text, gaz, countries)
        if place is not None:
            return place
        if span.label_ in WEAK_LABELS or span.label_ == "NAME":
            return None
        if len(span) == 1 and span[0].lower_.rstrip(".") in self.lex.title_words:
            return None  # "State" out of "Secretary of State"
        mention.key = "n:" + normalize(text)  # same words, same thing, whatever the tag
        return mention

    def _country_prefix(self, span: Span, gaz: Gazetteer) -> Mention | None:
        """A place tag run on into a capitalised headline word ("Belarus Sends"): the
        country at its start is the mention."""
        if span.label_ not in ("GPE", "LOC", "NORP", "PERSON") or len(span) < 2:
            return None
        for end in range(span.end - 1, span.start, -1):
            part = span.doc[span.start:end]
            code = gaz.country(_clean(part.text))
            if code and (span.label_ != "PERSON" or span.doc[end].pos_ != "PROPN"):
                mention = Mention(part.start_char, part.end_char, part.text, "GPE", "",
                                  token_start=part.start, token_end=end)
                return _as_country(mention, code, gaz)
        return None

    def _adjectival(self, span: Span) -> bool:
        """A demonym unless the model saw a person and nothing suggests the adjective
        ("Azerbaijani troops" tagged PERSON is still the adjective; "Mr. Pole" is not)."""
        if span.label_ != "PERSON":
            return True
        after = span.doc[span.end] if span.end < len(span.doc) else None
        return after is not None and after.pos_ == "NOUN" and after.is_lower

    def _place_word(self, span: Span, gaz: Gazetteer) -> bool:
        """A one-word "person" that is a capital or a big city (the model tags "Kyiv" so)."""
        if len(span) != 1:
            return False
        text = _clean(span.text)
        city = gaz.city(text)
        return bool(gaz.capital(text)) or (city is not None and city.population >= 100_000)

    def _place(self, span: Span, text: str, gaz: Gazetteer,
               countries: frozenset[str]) -> Mention | None:
        """A city, region or US state; "X region" is always the region."""
        doc = span.doc
        suffix = doc[span.end].lower_ if span.end < len(doc) else ""
        kind = self.lex.place_suffixes.get(suffix)
        mention = Mention(span.start_char, span.start_char + len(span.text), span.text,
                          "GPE", "p:" + normalize(text), token_start=span.start,
                          token_end=span.end)
        if kind == "region":
            mention.label = "LOC"
            region = gaz.region(text, countries)
            if region is not None:
                mention.kb = {**region.kb(), "subdivision": region.name}
            return mention
        if text in self.lex.not_places:
            return None
        strong = span.label_ in ("GPE", "LOC", "FAC") or kind == "city"
        city = gaz.city(text, alternates=strong)
        if city is not None and city.country not in countries:
            region = gaz.region(text, countries)
            if region is not None and region.country in countries:
                city = None  # "Ontario" in a story about Canada is the province
        state = gaz.states.get(normalize(text)) if kind != "city" else None
        if state is not None and (city is None or not (
                gaz.capital(text) or city.population > 1_000_000)):
            mention.label, mention.kb = "GPE", state.kb()  # Florida, not Florida (Uruguay)
            return mention
        if city is not None and not strong and city.population < 100_000:
            city = None  # an ORG or PRODUCT tag is overruled only by a well-known city
        if city is not None and (strong or span.label_ in ("PRODUCT", "ORG", "PERSON", "NAME")):
            mention.kb = city.kb()
            return mention
        region = gaz.region(text, countries)
        if region is not None and region.country not in countries:
            region = None  # a bare "South" is not Cameroon's South Region
        if region is not None and span.label_ not in ("PERSON", "ORG", "NAME"):
            mention.label = "LOC"
            mention.kb = {**region.kb(), "subdivision": region.name}
            return mention
        if kind is not None and span.label_ in ("GPE", "LOC", "PRODUCT", "FAC", "ORG"):
            mention.label = "LOC"
            return mention
        return None

    def _metonymic(self, span: Span) -> bool:
        """A capital standing for its government: the agent of an act, the possessor of
        something a government has ("Tehran's weapons programme"), or the speaker a headline
        names before a colon ("Kyiv: …"); never after "in", "to"…
        """
        doc = span.doc
        if span.end < len(doc) and doc[span.end].text == ":" and span.start == span.sent.start:
            return True  # a headline's attribution: "Seoul: 300 troops killed"
        head = span.root
        dep = head.dep_
        if dep == "poss":
            return head.head.lower_ not in self.lex.literal_heads
        if dep == "nsubj":
            return head.head.lemma_ != "be"
        if dep == "pobj":  # "by Moscow" is an agent; "in Moscow", "to Moscow" are places
            return head.head.lower_ not in self.lex.literal_preps and head.head.dep_ == "agent"
        return False

    def _untagged_surnames(self, doc: Doc, spans: list[Span],
                           persons: dict[str, str]) -> list[Mention]:
        """A known surname the model left untagged ("Macron said") is a person mention."""
        if not persons:
            return []
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = []
        for token in doc:
            if token.i in taken or token.pos_ not in ("PROPN", "NOUN") or not token.is_title:
                continue
            full = persons.get(token.text)
            if full:
                out.append(Mention(token.idx, token.idx + len(token.text), token.text,
                                   "PERSON", "per:" + full, token_start=token.i,
                                   token_end=token.i + 1))
        return out

    # -- merging --------------------------------------------------------------------------
    def _merge_acronyms(self, doc: Doc, mentions: list[Mention], groups: _Groups) -> None:
        """"Long Name (LN)": the acronym in brackets names the same thing as the name."""
        by_start = {m.token_start: m for m in mentions}
        for mention in list(mentions):
            after = mention.token_end
            if after + 2 >= len(doc) or doc[after].text != "(" or doc[after + 2].text != ")":
                continue
            short = doc[after + 1]
            if not _ACRONYM.match(short.text):
                continue
            if not (_initials_match(mention.text, short.text) or (
                    mention.label in ("ORG", "GPE") and short.text[0] == mention.text[0])):
                continue  # (FSB) after "Federal Security Service": a transliterated acronym
            other = by_start.get(short.i)
            if other is None:
                other = Mention(short.idx, short.idx + len(short.text), short.text,
                                mention.label, "n:" + normalize(short.text),
                                token_start=short.i, token_end=short.i + 1)
                mentions.append(other)
                groups.add(other.key)
            groups.union(mention.key, other.key)

    def _build(self, mentions: list[Mention], groups: _Groups) -> list[Entity]:
        by_root: dict[str, list[Mention]] = defaultdict(list)
        for mention in mentions:
            by_root[groups.find(mention.key)].append(mention)
        entities: list[Entity] = []
        used: set[str] = set()
        ordered = sorted(by_root.values(), key=lambda ms: min(m.start for m in ms))
        for group in ordered:
            entities.append(_entity(group, used))
        return entities


class _Groups:
    """Union-find over mention keys (acronym definitions join two keys)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, key: str) -> None:
        self.parent.setdefault(key, key)

    def find(self, key: str) -> str:
        while self.parent.get(key, key) != key:
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        # a country or a known organisation key stays the root: it carries the canonical name
        if rb.startswith(("c:", "o:")) and not ra.startswith("c:"):
            ra, rb = rb, ra
        self.parent[rb] = ra


def _entity(group: list[Mention], used: set[str]) -> Entity:
    """One Entity from the mentions of one group: canonical name, type, aliases, kb."""
    group.sort(key=lambda m: m.start)
    named = [m for m in group if m.name]
    label = _entity_type(group)
    if named:
        name = Counter(m.name for m in named).most_common(1)[0][0]
    elif label == "PERSON":
        name = max((m.text for m in group), key=lambda t: (len(t.split()), len(t)))
        name = _clean(name)
    else:
        longest = [m.text for m in group if not _ACRONYM.match(m.text)] or [
            m.text for m in group]
        name = _clean(max(longest, key=len))
    aliases = _unique([name] + [m.text for m in group])
    if label == "PERSON":
        words = name.split()
        if len(words) > 1:
            aliases.append(words[0] if _family_name_first(words, _family_first()) else words[-1])
            aliases = _unique(aliases)
    kb: dict[str, Any] = {}
    for mention in group:
        for k, v in mention.kb.items():
            kb.setdefault(k, v)
    metonyms = _unique([m.text for m in group if m.metonym])
    if metonyms:
        kb["metonyms"] = metonyms
    mentions = sorted({(m.start, m.end) for m in group})
    return Entity(id=_unique_id(name, used), name=name, type=label, aliases=aliases,
                  mentions=[tuple(m) for m in mentions], kb=kb)


def _entity_type(group: list[Mention]) -> str:
    labels = Counter(m.label for m in group)
    if any(m.key.startswith("c:") for m in group):
        return "GPE"
    if "PERSON" in labels:
        return "PERSON"
    labels.pop("NAME", None)
    return labels.most_common(1)[0][0] if labels else "ORG"


def _as_country(mention: Mention, code: str, gaz: Gazetteer) -> Mention:
    mention.key, mention.name, mention.label = "c:" + code, gaz.country_name(code), "GPE"
    mention.kb = gaz.country_kb(code)
    return mention


def _initials_match(long: str, short: str) -> bool:
    """"Democratic People's Republic of Korea" -> DPRK: the acronym's letters, in order,
    are initials of the name's words (small words may be skipped)."""
    letters = [c for c in short.upper() if c.isalpha()]
    words = [w for w in _NAME_WORD_BREAK.split(long.replace("’", "'")) if w]
    initials = [w[0].upper() for w in words]
    i = 0
    for initial, word in zip(initials, words, strict=True):
        if i < len(letters) and initial == letters[i]:
            i += 1
        elif word[0].isupper():
            return False
    return i == len(letters) and len(letters) >= 2


def _family_name_first(words: list[str], family_first: frozenset[str]) -> bool:
    """"Kim Jong Un", "Lee Cheuk-yan": the family name comes first (a known family name,
    or a hyphenated given name in lower case after the hyphen, as romanised Chinese and
    Korean names are written)."""
    return words[0] in family_first or bool(_HYPHENATED_GIVEN.match(words[-1]))


def _longest(spans: Iterable[Span]) -> list[Span]:
    return sorted(spans, key=lambda s: (-(s.end - s.start), s.start))


def _clean(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip()).replace("’", "'").strip()


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


@cache
def _family_first() -> frozenset[str]:
    """Family names written first ("Park", "Nguyen"): read once, shared by
    :class:`EntityLexicon` and :func:`_entity`."""
    return frozenset(lexicon.load("aliases.json").get("family_name_first", []))


def _unique_id(name: str, used: set[str]) -> str:
    base = "e:" + (_SLUG.sub("-", normalize(name)).strip("-") or "entity")
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


@Language.factory("claimledger_entities", assigns=["doc._.cl_entities"])
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent(nlp)
