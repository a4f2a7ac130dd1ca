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
from .numbers import finite

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
