"""Who made a claim: the source's words in the text, and the entity they refer to.

A source is written as a name ("Cairo's Interior Ministry"), a pronoun ("he"),
or a description ("the agency", "officials"). Names resolve to the entity whose mention covers
the phrase's head; pronouns and descriptions to the nearest compatible earlier entity (person
vs organisation/country, preferring the sources of earlier claims), the usual salience
heuristic of rule-based anaphora resolution (Lappin & Leass 1994, simplified). Entities come
from ``doc._.cl_entities`` and, while that list is empty, from spaCy's ``doc.ents``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

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


#: modifiers that name who a description belongs to ("Kremlin", "Turkish", "Israel's")
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
#: entity labels a word of a person's name never has
_NOT_NAMES = frozenset({"NORP", "GPE", "DATE", "TIME", "ORDINAL", "CARDINAL"})
_ORG_NAMES = frozenset({"ORG", "FAC", "GPE", "LOC"})
#: small words inside an organisation's name
_NAME_LINKS = frozenset({"and", "of", "for", "&", "the"})

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


@dataclass(frozen=True)
class Resolved:
    """What a source phrase refers to: entity id, canonical name and type (None: unknown)."""

    entity: str | None
    name: str | None
    type: str | None


#: a phrase that refers to no entity of the article
NO_REFERENT = Resolved(None, None, None)


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
    """The last words of ``words`` whose capitals spell ``short`` (an agency's name followed
    by its acronym in brackets)."""
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
    """The phrase between a comma and ``cue`` (", Japan's defence ministry said"), if any."""
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


@cache
def _referent_words() -> tuple[dict[str, dict], dict[str, list[str]], frozenset[str],
                               frozenset[str], frozenset[str]]:
    """``claim_referents.json``'s tables, built once per process rather than once per doc:
    pronouns, descriptions, indefinite determiners, organisation prepositions, titles."""
    data = lexicon.load("claim_referents.json")
    return (data["pronouns"], data["descriptions"], frozenset(data.get("indefinite", [])),
            frozenset(data.get("organisation_prepositions", [])),
            frozenset(data.get("titles", [])))


class SourceResolver:
    """Resolve source phrases of one doc, remembering earlier claims' sources (salience).

    A phrase is a pronoun, a name, or a description. Descriptions follow the usual rules of
    rule-based reference (Lappin & Leass 1994; Haghighi & Klein 2009, "syntactic salience"):
    an indefinite ("a spokesman", "one diplomat") introduces a new referent and is never tied
    to an earlier entity, only to the organisation it speaks for ("a spokesman for X");
    a definite one repeats an earlier source with the same head noun, else points back to the
    nearest earlier entity of its kind and number (a plural never to a single person);
    a possessive one ("his security services") belongs to its owner, never to a bystander.
    """

    def __init__(self, doc: Doc, refs: Referents,
                 known_word: Callable[[str], bool] | None = None) -> None:
        self.doc = doc
        self.refs = refs
        self.pronouns, self.descriptions, self.indefinite, self.org_preps, self.titles = \
            _referent_words()
        self.known_word = known_word
        self.recent: list[tuple[int, Mention]] = []  # (char offset, mention) of earlier sources
        self.seen: list[tuple[int, str, Resolved]] = []  # (char offset, head lemma, resolution)

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
            result = _resolved(named, self.refs)
        elif self.is_name(head):
            result = Resolved(None, self.full_name(head), None)
        else:
            result = self._description(head, start, end, char_start, char_end)
        self.seen.append((char_start, head.lemma_.lower(), result))
        return result

    # -- descriptions ----------------------------------------------------------------------

    def _description(self, head: Token, start: int, end: int, char_start: int,
                     char_end: int) -> Resolved:
        """'the agency', 'a Kremlin spokesman', 'his security services', 'officials'."""
        lemma = head.lemma_.lower()
        types = self.descriptions.get(head.lower_) or self.descriptions.get(lemma)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"
                      and c.lower_ in self.pronouns), None)
        if owner is not None:
            return self._owned(owner, types, char_start)
        if self.is_indefinite(head):
            return self._new_referent(head, types)
        cited = self._inside(char_start, char_end, ["ORG", "PERSON"], possessive=False)
        if cited is not None and types is None:
            return _resolved(cited, self.refs)  # "an analysis by Open Source"
        if types is None:
            return self._author(head)  # "an analysis by Open Source", no entity listed
        inside = self._inside(char_start, char_end, types)
        if inside is not None:
            return _resolved(inside, self.refs)
        repeated = self._same_head(char_start, lemma, latest=2)
        if repeated is not None and repeated != NO_REFERENT:
            return repeated  # "A Kremlin spokesman said … The spokesman added …"
        if not any(t.pos_ == "PROPN" for t in self.doc[start:end]):
            number = "pl" if head.tag_ in ("NNS", "NNPS") else "sg"
            found = self._antecedent(char_start, types, number, DESCRIPTION_WINDOW)
            if found != NO_REFERENT:
                return found
        if "PERSON" not in types:
            state = self._modifier_entity(head, ("GPE", "NORP"), preps=False)
            if state is not None:
                return _resolved(state, self.refs)  # "Japan's defence ministry"
        # "lawmakers briefed by X said … according to the lawmakers": the same, unresolved
        return self._same_head(char_start, lemma) or NO_REFERENT

    def _by_entity(self, head: Token) -> Mention | None:
        """The organisation or person named after 'by' ('a report by Open Source')."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    mention = self._mention_of(pobj) if pobj.dep_ == "pobj" else None
                    if mention is not None and mention.type in ("ORG", "PERSON"):
                        return mention
        return None

    def _author(self, head: Token) -> Resolved:
        """The name after 'by' of a document that speaks ('a report by Open Source')."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and self.is_name(pobj):
                    return Resolved(None, self.full_name(pobj), None)
        return NO_REFERENT

    def is_indefinite(self, head: Token) -> bool:
        """'a spokesman', 'one diplomat', 'two officials', 'one of the soldiers'."""
        if head.lower_ == "one" or (head.pos_ == "NUM" and head.dep_ != "nummod"):
            return True
        children = list(head.children)
        if any(c.dep_ in ("det", "poss") and c.lower_ not in self.indefinite for c in children):
            return False  # "the two officials", "the ministry's spokesman"
        return any(c.dep_ in ("det", "amod") and c.lower_ in self.indefinite
                   or c.dep_ == "nummod" for c in children)

    def _new_referent(self, head: Token, types: list[str] | None) -> Resolved:
        """An indefinite description: the organisation or country it speaks for, if named
        ('a Kremlin spokesman', 'an official at the ministry', 'a spokesman for X')."""
        appos = next((c for c in head.children if c.dep_ == "appos"), None)
        if appos is not None:  # "a spokesman, Ivan Petrov,"
            named = self._named(appos, appos.idx, appos.idx + len(appos.text))
            if named is not None:
                self._remember(appos.idx, named)
                return _resolved(named, self.refs)
        if head.lower_ == "one" or head.pos_ == "NUM":
            return NO_REFERENT  # "one of the soldiers": a member, not a spokesman
        if types is None:  # "a report by Baltic Watch"
            cited = self._by_entity(head)
            if cited is not None:
                return _resolved(cited, self.refs)
            author = self._author(head)
            if author != NO_REFERENT:
                return author
        found = self._modifier_entity(head, ("ORG", "GPE", "NORP"), preps=True)
        return _resolved(found, self.refs) if found is not None else NO_REFERENT

    def _modifier_entity(self, head: Token, types: tuple[str, ...], *,
                         preps: bool) -> Mention | None:
        """An entity named by a modifier of ``head`` ('Kremlin', 'Turkish', "Israel's"),
        or with ``preps`` by the object of 'for/of/at X' and that object's modifiers."""
        candidates: list[Token] = []
        for child in head.children:
            if child.dep_ in _OWNER_DEPS:
                candidates.append(child)
            elif preps and child.dep_ == "prep" and child.lower_ in self.org_preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        candidates.append(pobj)
                        candidates.extend(c for c in pobj.children if c.dep_ in _OWNER_DEPS)
        for token in candidates:
            mention = self._mention_of(token)
            if mention is not None and mention.type in types:
                return mention
        return None

    def _owned(self, owner: Token, types: list[str] | None, before: int) -> Resolved:
        """'his security services', 'its foreign ministry': the owner is found through
        the pronoun; an organ of a state owned by a country or organisation is that owner's,
        anything owned by a person has no entity of its own."""
        spec = self.pronouns[owner.lower_]
        found = self._antecedent(before, spec["types"], spec.get("number"), remember=False)
        if found.entity is None and found.name is None or found.type == "PERSON":
            return NO_REFERENT
        if types is not None and "PERSON" not in types:
            return found  # "its defence ministry", "their government"
        return NO_REFERENT

    def _same_head(self, before: int, lemma: str, latest: int = 0) -> Resolved | None:
        """The resolution of an earlier source with the same head noun, if recent (among the
        ``latest`` sources before, when given)."""
        for n, (at, seen_lemma, resolved) in enumerate(reversed(self.seen)):
            if before - at > ANTECEDENT_WINDOW or (latest and n >= latest):
                break
            if seen_lemma == lemma and at < before:
                return resolved
        return None

    def _mention_of(self, token: Token) -> Mention | None:
        """The entity mention covering ``token``."""
        t_start, t_end = token.idx, token.idx + len(token.text)
        if self.doc._.cl_entities:
            entity = entity_at(self.doc, t_start, t_end)
            return Mention(t_start, t_end, entity.type, entity.name, entity) if entity else None
        i = bisect.bisect_right(self.refs.starts, t_start) - 1
        if i >= 0 and self.refs.mentions[i].end >= t_end:
            return self.refs.mentions[i]
        return None

    # -- names -----------------------------------------------------------------------------

    def is_name(self, head: Token) -> bool:
        """A proper name the entities component did not list ("Macron announced …",
        "the Interior Ministry"): tagged as one, or a capitalised word that is no English word
        the lemmatizer knows. A capitalised person title ("Regional Governor") is no name."""
        if not head.text[:1].isupper() or head.lower_ in self.titles \
                or head.ent_type_ in ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"):
            return False
        types = self.descriptions.get(head.lower_) or self.descriptions.get(head.lemma_.lower())
        if types is not None:
            return "PERSON" not in types and head.pos_ == "PROPN" and (
                head.i > head.sent.start + 1 or any(
                    c.dep_ == "compound" and c.text[:1].isupper() for c in head.children))
        if head.pos_ == "PROPN":
            return True
        if self.known_word is None or head.pos_ not in ("NOUN", "ADJ", "X"):
            return False
        return not (self.known_word(head.lower_) or self.known_word(head.lemma_.lower()))

    def name_tokens(self, head: Token) -> list[Token]:
        """The words of the name ``head`` ends: 'Emmanuel Macron' of 'French
        President Emmanuel Macron' (a person's titles left out), 'Interior Ministry'."""
        doc = head.doc
        described = self.descriptions.get(head.lower_) or \
            self.descriptions.get(head.lemma_.lower())
        # a person's name drops titles; an organisation's keeps its words ("of", "and")
        person = head.ent_type_ == "PERSON" or not (described or head.ent_type_ in _ORG_NAMES)
        i = head.i
        while i > 0 and i > head.i - 8:
            prev = doc[i - 1]
            if prev.i < head.left_edge.i or prev.ent_type_ in _NOT_NAMES:
                break
            if prev.lower_ in _NAME_LINKS and i - 2 >= 0 and doc[i - 2].text[:1].isupper() \
                    and not person:
                i -= 1  # "Central and East European Coalition", "Institute for the Study"
                continue
            if not prev.text[:1].isupper() or prev.dep_ in ("case", "punct", "det"):
                break
            if person and (prev.lower_ in self.titles or prev.lower_ in self.descriptions):
                break
            i -= 1
        while i < head.i and (doc[i].lower_ in _NAME_LINKS or doc[i].dep_ == "poss"):
            i += 1
        end = head.i + 1
        if not person:  # "Institute for the Study of War"
            end = _name_tail(head, end)
        return list(doc[i:end])

    def full_name(self, head: Token) -> str:
        """The name as written, or its longest earlier form in the article ('Macron' →
        'Emmanuel Macron' when the article named him so before)."""
        written = " ".join(t.text for t in self.name_tokens(head))
        best = self.refs.full_names.get(written, written)
        if " " in written:
            return best
        count = 0
        for token in self.doc[:head.i]:
            if token.text == head.text and token.i != head.i:
                longer = " ".join(t.text for t in self.name_tokens(token))
                if len(longer) > len(best):
                    best = longer
                count += 1
                if count > 20:
                    break
        return best

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
        """A compatible mention inside the phrase ("Turkish officials": Turkish)."""
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
                    window: int = ANTECEDENT_WINDOW, *, remember: bool = True) -> Resolved:
        """The nearest compatible earlier entity, an earlier claim's source first. A plural
        ('they', 'the lawmakers') never refers to one person, a singular never to a NORP."""
        def fits(mention: Mention) -> bool:
            if mention.type not in types:
                return False
            if number == "pl" and mention.type == "PERSON":
                return False
            return not (number == "sg" and mention.type == "NORP")

        for at, mention in reversed(self.recent[-3:]):
            if before - at < window and fits(mention):
                if remember:
                    self._remember(before, mention)
                return _resolved(mention, self.refs)
        i = bisect.bisect_left(self.refs.starts, before) - 1
        while i >= 0:
            m = self.refs.mentions[i]
            if before - m.start > window:
                break
            if m.end <= before and fits(m):
                if remember:
                    self._remember(before, m)
                return _resolved(m, self.refs)
            i -= 1
        return NO_REFERENT

    def _remember(self, at: int, mention: Mention) -> None:
        self.recent.append((at, mention))
        if len(self.recent) > 8:
            del self.recent[0]


def _name_tail(head: Token, end: int) -> int:
    """The end of an organisation's name that goes on after its head with 'of'/'for' and
    capitalised words ('Institute for the Study of War'); ``end`` if it does not."""
    doc = head.doc
    prep = doc[end] if end < len(doc) else None
    if prep is None or prep.head.i != head.i or prep.lower_ not in ("of", "for"):
        return end
    last = prep.right_edge.i
    if last - prep.i > 8:
        return end
    words = doc[prep.i + 1:last + 1]
    if all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in words) \
            and words[-1].text[:1].isupper():
        return last + 1
    return end


def _resolved(mention: Mention, refs: Referents) -> Resolved:
    if mention.entity is not None:
        return Resolved(mention.entity.id, mention.entity.name, mention.entity.type)
    name = refs.full_names.get(mention.name, mention.name)
    return Resolved(None, name, mention.type)
