"""The figure being read, and what the quantity modules share.

:class:`Found` holds a figure while :mod:`.quantities` and its mixins read it: the token bounds of
its text and of its number, its value and bounds, unit, counted noun, measure and change. Beside
it are the dependency labels, signs and small token helpers that several of those modules use
(the token a figure hangs from, a verb's subject, cue words, hyphened words, digits, scaling).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..record import About
from .numbers import NumberWords, finite

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd", "dative"})
NOUNS = frozenset({"NOUN", "PROPN"})
MAX_ABOUT_TOKENS = 8
#: A number that reads as a year ("up to 4% from 2014").
YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
#: Currency signs that may open a figure ("from $40").
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})
#: Percent units written after both ends of a range ("between 10% and 15%").
PERCENT_SIGNS = frozenset({"%", "percent", "pct", "per cent"})
#: Signs glued before a numeral that make it approximate ("~300").
APPROX_SIGNS = frozenset({"~", "≈"})
#: Signs that may open a glued tally ("~68%-31%", "+68%-31%").
TALLY_SIGNS = "~≈+"
#: Words after a figure that end its clause in a gapped list ("the SPD 120 [and] ...").
CLAUSE_CLOSERS = frozenset({"and", "or", "but", "while", "whereas"})
#: Words that may stand between a listed figure and the joiner after it ("52 [% of the vote]",
#: "40,000 [cars in May]"); prepositions too.
LIST_TAIL_POS = frozenset({"NOUN", "PROPN", "DET", "SYM", "ADJ"})
#: How many words a listed element's tail or name may have ("41 [percent]", "[the] [SPD] 120").
MAX_LIST_TAIL = 5
MAX_LIST_NAME = 3
#: How many gapped elements back a list is followed to its first figure, after its verb.
MAX_LIST_DEPTH = 4
#: Entity labels of named things (not parties): a number in their name is no list element.
NAMED_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "FAC"})
#: Entity types of persons, groups and places: a list element's subject ("the SPD 120").
PARTY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC"})
#: A figure with a scale word glued to it ("50bn", "$3.5m", "2tn"): the letters.
GLUED_SCALE = re.compile(r"^[$€£]?\d[\d.,]*([a-z]+)$")
#: A plus-minus sign glued before a numeral ("±3"; "+/-3" is tokenized "+", "/-3").
PLUS_MINUS = re.compile(r"^(?:±|/-)(?=\d)")


@dataclass
class Found:
    """A figure being read: token bounds of its text, its value and what surrounds it."""

    start: int  # first token of the quantity's text (bound words, currency sign …)
    end: int  # one past its last token
    num_start: int  # the figure itself
    num_end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    relation: str = "eq"
    unit: str | None = None
    unit_kind: str | None = None
    unit_span: tuple[int, int] | None = None
    rate_start: int | None = None  # the "a"/"per" of a rate ("$5 [a share]")
    noun: int | None = None  # the counted noun's token
    about: tuple[int, int] | None = None  # token bounds of the counted noun phrase
    measure: str | None = None
    change: str | None = None
    inherited: About | None = None
    subject: tuple[int, int] | None = None  # "[The death toll] rose to 52"
    ratio: bool = False  # "one in four voters": a fraction read from two whole numbers
    chars: tuple[int, int] | None = None  # character span where it is part of one token
    shares: bool = False  # "[seven] or eight thousand votes": the next figure's unit and noun
    measure_verb: int | None = None  # the token of the verb that gave ``measure``
    compared: bool = False  # a difference against an earlier time ("$5m more than in 2014")
    aside: bool = False  # set off after a comma: ", a third of the annual average"
    place: bool = False  # counts places after a spatial "over" ("over [eight] regions")
    level: bool = False  # a level given as part of a step ("the mid-teens"): counts nothing


def anchor_token(doc: Doc, item: Found) -> Token:
    """The token of the figure and its unit that hangs from outside them: "[2.5] per cent"
    under "by", "[cent]" in "12 per cent" as an object; the last token if none does."""
    end = item.unit_span[1] if item.unit_span else item.num_end
    start = min(item.num_start, end - 1)
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            return token
    return doc[end - 1]


def subject_of(verb: Token) -> Token | None:
    """The verb's subject (active or passive), or None."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def hyphen_joined(doc: Doc, k: int) -> bool:
    """Token ``k`` is joined to the word after it by a hyphen with no space ("Sanders-linked")."""
    return 0 <= k and k + 2 < len(doc) and doc[k + 1].text in ("-", "–") \
        and not doc[k].whitespace_ and not doc[k + 1].whitespace_ and doc[k + 2].is_alpha


def has_cue(token: Token, cues: frozenset[str]) -> bool:
    """Is the token, as written or by its lemma, one of the cue words?"""
    return token.lower_ in cues or token.lemma_.lower() in cues


def all_digits(word: str) -> bool:
    return bool(word) and word[0].isdigit()


def counts_people(unit: str | None) -> bool:
    """A unit of people, alone or over a time ("person", "person per day")."""
    return unit is not None and unit.split(" per ", 1)[0] == "person"


def scaled_value(value: float | None, factor: float) -> float | None:
    return None if value is None else finite(value * factor)


def listed_figure(doc: Doc, i: int, depth: int = 0, labels: frozenset[str] = frozenset(),
                  names: frozenset[str] = frozenset()) -> int | None:
    """Is the figure at token ``i`` a gapped element of a list whose verb is left out ("the
    conservatives will have 208 seats, [the AfD 152] and [the SPD 120]", "took 41 percent, the
    opposition 38 and [independents 12]", "won 52% of the vote and [Jones 45]")? It is when
    a name or noun phrase (an article, one to three nouns or names) and a comma or "and" come
    before it, it ends its clause, and the figure before the joiner is the first of the list,
    right after its verb, or itself such an element. A number that is part of a name is no
    element: after a label word of ``labels`` ("Flight 9", "Route 66", "number 10"), after a
    capitalised name of ``names`` that carries a number ("the DAX 30", "the iPhone 15"), after
    a name that comes again with another number ("Windows 10 and Windows 11"). A capitalised
    name that is no known party, person, place or group (a product, a law, an unknown name)
    counts only in a list that has one. Returns the earlier figure's token, or None ("Apollo
    11", "the FTSE 100 fell", "Room 101" have no list before them)."""
    if depth > MAX_LIST_DEPTH or i < 4 or not doc[i].like_num:
        return None
    if depth == 0 and i + 1 < len(doc) and not (
            doc[i + 1].is_punct or doc[i + 1].lower_ in CLAUSE_CLOSERS):
        return None  # the figure must end its clause ("and Windows 10 users")
    k = i - 1
    count = 0
    while k > 0 and count < MAX_LIST_NAME and doc[k].pos_ in NOUNS and not doc[k].like_num:
        k, count = k - 1, count + 1
    if count == 0 or _named_number(doc, k + 1, i, labels, names):
        return None
    name_start = k + 1
    if doc[k].pos_ == "DET":
        k -= 1
    if doc[k].lower_ == "and":
        k -= 1 + (k > 0 and doc[k - 1].text == ",")
    elif doc[k].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in (",", "and"):
        k -= 1  # "208 seats, [the AfD 152] and ...": the list goes on after a comma's element
        # ("carried 180 passengers, the Boeing 737." names the plane)
    else:
        return None
    first = _list_element_before(doc, k, depth, labels, names)
    if first is None or depth > 0 or _party_name(doc, name_start, i):
        return first
    return first if _party_in_list(doc, first) else None


def _named_number(doc: Doc, start: int, i: int, labels: frozenset[str],
                  names: frozenset[str]) -> bool:
    """Is the number at token ``i`` part of the name ``doc[start:i]`` before it: after a label
    word ("Highway 1", "Section 8", "number 10"), a capitalised name that carries a number
    ("the CAC 40", "Windows 10", "Artemis 1"), a name that comes again in the sentence with
    another number ("Flight 9 and Flight 10"), or inside a product's, work's, event's or
    building's name?"""
    before = doc[i - 1]
    word = before.lower_
    common = before.is_lower and i - 2 >= 0 and doc[i - 2].pos_ == "DET"
    if (word in labels or word.rstrip("-") in labels) and not common:
        return True  # "Highway 1", "number 10" ("lost 40 men and the brigade 200" is a unit)
    if word in names and not before.is_lower:
        return True
    if any(t.ent_type_ in NAMED_THING_LABELS for t in doc[start:i + 1]):
        return True
    name = [t.lower_ for t in doc[start:i]]
    sent = doc[i].sent
    for token in sent:
        j = token.i
        if j != i and token.like_num and j - len(name) >= sent.start \
                and [t.lower_ for t in doc[j - len(name):j]] == name:
            return True
    return False


def _party_name(doc: Doc, start: int, i: int) -> bool:
    """Is ``doc[start:i]`` a common noun ("the opposition", "independents"), a name tagged as a
    person, group or place ("Jones", "the SPD"), or an acronym after "the" ("the AfD": a
    party or group; acronyms that carry a number, "the DAX 30", are names of things)?"""
    names = doc[start:i]
    if all(t.is_lower for t in names):
        return True
    if all(t.ent_type_ in PARTY_TYPES for t in names if not t.is_lower):
        return True
    if len(names) == 1 and start > 0 and doc[start - 1].lower_ == "the" \
            and sum(c.isupper() for c in names[0].text) >= 2 and names[0].is_alpha:
        return True
    begin, end = names[0].idx, names[-1].idx + len(names[-1])
    return any(begin <= m_start and m_end <= end for m_start, m_end in _party_mentions(doc))


def _party_in_list(doc: Doc, first: int) -> bool:
    """Does the sentence of a list (its figure at token ``first``) name a person, group or
    place ("Labour won 411 seats, the Tories 121 and the Lib Dems 72", "grew 8% in Europe, the
    Americas 6 and Asia 4")? Then an unknown name in the list is another such party ("sold
    500 units and the Zephyr 3" has none)."""
    sent = doc[first].sent
    if any(t.ent_type_ in PARTY_TYPES for t in sent):
        return True
    return any(sent.start_char <= m_start and m_end <= sent.end_char
               for m_start, m_end in _party_mentions(doc))


def _party_mentions(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the mentions of persons, groups and places that the entities
    component put on the Doc (none when it did not run)."""
    if not Doc.has_extension("cl_entities"):
        return []
    return [(m[0], m[1]) for e in (doc._.cl_entities or []) if e.type in PARTY_TYPES
            for m in e.mentions]


def _list_element_before(doc: Doc, k: int, depth: int, labels: frozenset[str],
                         names: frozenset[str]) -> int | None:
    """The figure of the list element that ends at token ``k`` ("52% of the vote", "41
    percent", "40,000 cars in May", "the AfD 152"), if it follows its verb or is itself
    gapped."""
    tail = 0
    while k > 0 and tail < MAX_LIST_TAIL and not doc[k].like_num and (
            doc[k].pos_ in LIST_TAIL_POS or doc[k].pos_ == "ADP"):
        k, tail = k - 1, tail + 1
    if not doc[k].like_num:
        return None
    figure = k
    while k > 0 and doc[k - 1].like_num:
        k -= 1  # "4.6 million"
    if k > 0 and doc[k - 1].text in CURRENCY_SIGNS:
        k -= 1
    if k > 0 and doc[k - 1].pos_ == "VERB":
        return figure
    return figure if listed_figure(doc, k, depth + 1, labels, names) is not None else None


def has_scale(lower: list[str], item: Found, numbers: NumberWords) -> bool:
    """Does the figure carry a scale word, apart ("$50 billion", "3.5 m") or glued ("$50bn")?"""
    for word in lower[item.num_start:item.end]:
        glued = GLUED_SCALE.match(word)
        suffix = glued.group(1) if glued else word.rstrip(".")
        if suffix in numbers.scales or suffix in numbers.scale_abbreviations:
            return True
    return False


def level_of_a_place(lower: list[str], noun: int, places: frozenset[str]) -> bool:
    """Is the level noun at ``noun`` a numbered level of a place ("the 4,850 level of the
    Homestake mine", "the 12 level of the garage"), not of a market ("the 7,000 level of
    support", "the 2% level of the bank's target")? ``places``: the nouns of places."""
    if lower[noun + 1:noun + 2] != ["of"]:
        return False
    return any(w in places for w in lower[noun + 2:noun + 6])
