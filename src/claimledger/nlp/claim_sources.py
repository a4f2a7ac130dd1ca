"""Who made a claim: the source's words in the text, and the entity they refer to.

A source is written as a name ("Seoul's National Intelligence Service"), a pronoun ("he"),
or a description ("the agency", "officials"). Names resolve to the entity whose mention covers
the phrase's head; pronouns and descriptions to the nearest compatible earlier entity (person
vs organisation/country, preferring the sources of earlier claims), the usual salience
heuristic of rule-based anaphora resolution (Lappin & Leass 1994, simplified). Entities come
from ``doc._.cl_entities`` and, while that list is empty, from spaCy's ``doc.ents``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .. import lexicon
from ..record import Entity
from .entities import entity_at

#: parts of speech a written source phrase is made of ("the country's defence ministry")
NP_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART", "PRON", "NUM", "ADP", "CCONJ"})
#: a source phrase longer than this is cut back to its head's close modifiers
MAX_SOURCE_TOKENS = 16
#: how far back (chars) an antecedent is looked for
ANTECEDENT_WINDOW = 2500
#: a description ("the agency", "officials") refers back less far than a pronoun
DESCRIPTION_WINDOW = 600
NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|and|the|for|de)\s+)?){1,8}?[A-Z][\w'’.-]*)"
    r"\s*\(([A-Z][A-Z0-9.&-]{1,9})\)"
)
_CLOSE_MODIFIERS = frozenset({"compound", "det", "amod", "poss", "case", "nmod", "appos", "nummod",
                              "punct", "cc", "conj", "prep", "pobj"})


_TEXT_KEY = "claimledger.claims.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def forget_text(doc: Doc) -> None:
    """Drop the cached text (the Doc's user_data is left as the component found it)."""
    doc.user_data.pop(_TEXT_KEY, None)


@dataclass
class Mention:
    """A candidate referent: a span of text naming an entity of one type."""

    start: int
    end: int
    type: str
    name: str
    entity: Entity | None = None


@dataclass
class Referents:
    """The doc's entity mentions in text order, and the full names short mentions stand for."""

    mentions: list[Mention]
    starts: list[int]
    full_names: dict[str, str] = field(default_factory=dict)


@dataclass
class Resolved:
    entity: str | None
    name: str | None
    type: str | None


def referents(doc: Doc) -> Referents:
    """Collect mentions once per doc: from cl_entities where present, else doc.ents."""
    mentions: list[Mention] = []
    for entity in doc._.cl_entities or []:
        for start, end in entity.mentions:
            mentions.append(Mention(start, end, entity.type, entity.name, entity))
    if not mentions:
        for ent in doc.ents:
            if ent.label_ in NAME_TYPES:
                text = _strip_possessive(ent.text)
                mentions.append(Mention(ent.start_char, ent.start_char + len(text), ent.label_,
                                        text))
    mentions.sort(key=lambda m: m.start)
    return Referents(mentions, [m.start for m in mentions], _full_names(doc, mentions))


def _strip_possessive(text: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


def _full_names(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Map a surname or an acronym to the longest full name the text gives for it."""
    names: dict[str, str] = {}
    for m in mentions:
        if m.type == "PERSON" and " " in m.name:
            last = m.name.split()[-1]
            if len(m.name) > len(names.get(last, "")):
                names[last] = m.name
    for match in _ACRONYM.finditer(doc_text(doc)):
        full, short = match.group(1).strip(), match.group(2)
        names.setdefault(short, _expansion(full.split(), short))
    return names


def _expansion(words: list[str], short: str) -> str:
    """The last words of ``words`` whose capitals spell ``short`` ("… Service (NIS)")."""
    letters = sum(c.isalpha() for c in short)
    capitals = 0
    for i in range(len(words) - 1, -1, -1):
        capitals += words[i][:1].isupper()
        if capitals == letters:
            return " ".join(words[i:])
    return " ".join(words)


def source_phrase(head: Token) -> tuple[int, int]:
    """Token range ``[start, end)`` of the phrase headed by ``head``, trimmed of clauses."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    if end - start > MAX_SOURCE_TOKENS:
        start, end = head.i, head.i + 1
        for child in head.children:
            if child.dep_ in _CLOSE_MODIFIERS and abs(child.i - head.i) < MAX_SOURCE_TOKENS:
                start, end = min(start, child.left_edge.i), max(end, child.right_edge.i + 1)
        if end - start > MAX_SOURCE_TOKENS:
            start, end = head.i, head.i + 1
    return _trim_tokens(head.doc, start, end)


def _trim_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) \
            and doc[end - 1].text not in (")", "’s"):
        end -= 1
    return start, end


def noun_phrase_before(cue: Token, floor: int) -> tuple[int, int] | None:
    """The phrase between a comma and ``cue`` (", South Korea's spy agency said"), if any."""
    doc = cue.doc
    i = cue.i - 1
    while i >= floor and i > cue.i - MAX_SOURCE_TOKENS - 1:
        token = doc[i]
        if token.text in (",", "—", "–", "”", "\"", ":") or token.is_space:
            break
        if token.pos_ not in NP_POS and token.text not in ("’s", "'s", "-", ".", "(", ")"):
            return None
        i -= 1
    start = i + 1
    if start >= cue.i or i < floor or (doc[i].text not in (",", "—", "–", "”", "\"", ":")):
        return None
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in doc[start:cue.i]):
        return None
    return start, cue.i


def noun_phrase_after(cue: Token, ceiling: int) -> tuple[int, int] | None:
    """The phrase after an inverted cue (", said the minister."), if any."""
    doc = cue.doc
    i = cue.i + 1
    while i < ceiling and i < cue.i + MAX_SOURCE_TOKENS + 1:
        token = doc[i]
        if token.is_punct and token.text not in ("’s", "'s", "-") or token.is_space:
            break
        if token.pos_ not in NP_POS:
            return None
        i += 1
    if i == cue.i + 1:
        return None
    if not any(t.pos_ in ("PROPN", "NOUN") for t in doc[cue.i + 1:i]):
        return None
    return _trim_tokens(doc, cue.i + 1, i)


def phrase_head(doc: Doc, start: int, end: int) -> Token:
    """The token of ``doc[start:end]`` whose head lies outside it (the rightmost such)."""
    span = doc[start:end]
    heads = [t for t in span if not (start <= t.head.i < end) or t.head.i == t.i]
    return heads[0] if heads else doc[end - 1]


class SourceResolver:
    """Resolve source phrases of one doc, remembering earlier claims' sources (salience)."""

    def __init__(self, doc: Doc, refs: Referents) -> None:
        self.doc = doc
        self.refs = refs
        data = lexicon.load("claim_referents.json")
        self.pronouns: dict[str, dict] = data["pronouns"]
        self.descriptions: dict[str, list[str]] = data["descriptions"]
        self.recent: list[tuple[int, Mention]] = []  # (char offset, mention) of earlier sources

    def resolve(self, start: int, end: int) -> Resolved:
        """The entity (id, name, type) a source phrase ``doc[start:end]`` refers to."""
        doc = self.doc
        head = phrase_head(doc, start, end)
        word = head.lower_
        char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if word in self.pronouns and head.pos_ == "PRON":
            return self._antecedent(char_start, self.pronouns[word]["types"],
                                    self.pronouns[word].get("number"))
        named = self._named(head, char_start, char_end)
        if named is not None:
            self._remember(char_start, named)
            return _resolved(named, self.refs)
        has_name = any(t.pos_ == "PROPN" for t in doc[start:end])
        cited = self._inside(char_start, char_end, ["ORG", "PERSON"], possessive=False)
        if cited is not None and head.lemma_.lower() not in self.descriptions:
            return _resolved(cited, self.refs)  # "an analysis by Open Source"
        if head.lemma_.lower() in self.descriptions or word in self.descriptions:
            types = self.descriptions.get(word) or self.descriptions[head.lemma_.lower()]
            inside = self._inside(char_start, char_end, types)
            if inside is not None:
                return _resolved(inside, self.refs)
            if not has_name:
                number = "pl" if head.tag_ in ("NNS", "NNPS") else "sg"
                return self._antecedent(char_start, types, number, DESCRIPTION_WINDOW)
        return Resolved(None, None, None)

    def _named(self, head: Token, start: int, end: int) -> Mention | None:
        """The mention covering the phrase's head token, if it is a name."""
        h_start, h_end = head.idx, head.idx + len(head.text)
        if self.doc._.cl_entities:
            entity = entity_at(self.doc, h_start, h_end)
            if entity is not None:
                return Mention(h_start, h_end, entity.type, entity.name, entity)
            return None
        i = bisect.bisect_right(self.refs.starts, h_start) - 1
        while i >= 0 and self.refs.mentions[i].end > h_start - 200:
            m = self.refs.mentions[i]
            if m.start <= h_start and h_end <= m.end + 3:
                return m
            i -= 1
        return None

    def _inside(self, start: int, end: int, types: list[str], *,
                possessive: bool = True) -> Mention | None:
        """A compatible mention inside the phrase ("Ukrainian officials": Ukrainian)."""
        text = doc_text(self.doc)
        i = bisect.bisect_left(self.refs.starts, start)
        while i < len(self.refs.mentions) and self.refs.mentions[i].start < end:
            m = self.refs.mentions[i]
            if m.end <= end and m.type in types and (
                    possessive or text[m.end:m.end + 2] not in ("’s", "'s")):
                return m
            i += 1
        return None

    def _antecedent(self, before: int, types: list[str], number: str | None,
                    window: int = ANTECEDENT_WINDOW) -> Resolved:
        """The nearest compatible earlier entity, an earlier claim's source first."""
        for at, mention in reversed(self.recent[-3:]):
            if before - at < window and mention.type in types:
                self._remember(before, mention)
                return _resolved(mention, self.refs)
        i = bisect.bisect_left(self.refs.starts, before) - 1
        while i >= 0:
            m = self.refs.mentions[i]
            if before - m.start > window:
                break
            if m.type in types and m.end <= before:
                if number == "sg" and m.type == "NORP":
                    i -= 1
                    continue
                self._remember(before, m)
                return _resolved(m, self.refs)
            i -= 1
        return Resolved(None, None, None)

    def _remember(self, at: int, mention: Mention) -> None:
        self.recent.append((at, mention))
        if len(self.recent) > 8:
            del self.recent[0]


def _resolved(mention: Mention, refs: Referents) -> Resolved:
    if mention.entity is not None:
        return Resolved(mention.entity.id, mention.entity.name, mention.entity.type)
    name = refs.full_names.get(mention.name, mention.name)
    return Resolved(None, name, mention.type)
