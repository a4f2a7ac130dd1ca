"""Mend one slip of spaCy's English rule lemmatizer, run right after it.

The rule lemmatizer cuts "-ed", "-ing" and "-es" off a verb and keeps the result if it is a
known word: "hoped" becomes "hop", "slated" "slat", "coping" "cop", "hopes" "hop". A one-syllable
verb that ends in one vowel and one consonant doubles that consonant before "-ed" and "-ing"
("hop" → "hopped", "hopping") and takes a bare "-s" ("hops"), so "hoped" and "hopes" cannot be
forms of "hop": the lemma is the form with silent "e" ("hope"). Word lists downstream ("hope",
"slate", "rate") then see the verb they name.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import lexicon

#: A one-syllable word ending in a single vowel and a single consonant that doubles
#: ("hop", "slat", "scar"); w, x and y never double ("sew", "fix", "play").
_DOUBLING_STEM = re.compile(r"^[^aeiou]*[aeiou][b-df-hj-np-tvz]$")

#: The ending each verb form adds to its lemma where the slip happens ("hoped", "hoping",
#: "hopes" cut to "hop"); "-es" after a stem that ends in s or z is right ("buses", "quizzes").
_SUFFIXES = {"VBD": "ed", "VBN": "ed", "VBG": "ing", "VBZ": "es"}


def mended_lemma(token: Token) -> str | None:
    """The lemma of a verb form the rule lemmatizer cut too short, else None."""
    suffix = _SUFFIXES.get(token.tag_)
    if suffix is None:
        return None
    lemma = token.lemma_.lower()
    if token.lower_ != lemma + suffix or not _DOUBLING_STEM.match(lemma) \
            or lemma in _undoubled() or (suffix == "es" and lemma[-1] in "sz"):
        return None
    return lemma + "e"


@cache
def _undoubled() -> frozenset[str]:
    """Verbs whose "-ed"/"-ing" forms are spelled with or without a doubled consonant
    ("bused", "bussed"): their short forms are right."""
    return frozenset(lexicon.load("lemmas.json")["undoubled_verbs"])


class LemmaMender:
    """Set the mended lemma on every token the rule lemmatizer cut too short."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lemma = mended_lemma(token)
            if lemma is not None:
                token.lemma_ = lemma
        return doc


@Language.factory("claimledger_lemmas", assigns=["token.lemma"], requires=["token.lemma"])
def make_lemma_mender(nlp: Language, name: str) -> LemmaMender:
    return LemmaMender()
