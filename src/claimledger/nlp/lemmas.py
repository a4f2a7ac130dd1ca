"""Mend one slip of spaCy's English rule lemmatizer, run right after it.

The rule lemmatizer cuts "-ed" and "-ing" off a verb and keeps the result if it is a known word:
"hoped" becomes "hop", "slated" "slat", "coping" "cop". A one-syllable verb that ends in one
vowel and one consonant doubles that consonant before "-ed" and "-ing" ("hop" → "hopped",
"hopping"), so "hoped" cannot be a form of "hop": its lemma is the form with silent "e"
("hope"). Word lists downstream ("hope", "slate", "rate") then see the verb they name.
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

_SUFFIXES = ("ed", "ing")

_VERB_FORMS = frozenset({"VBD", "VBN", "VBG"})


def mended_lemma(token: Token) -> str | None:
    """The lemma of a verb form the rule lemmatizer cut too short, else None."""
    if token.tag_ not in _VERB_FORMS:
        return None
    lemma = token.lemma_.lower()
    form = token.lower_
    if not any(form == lemma + suffix for suffix in _SUFFIXES):
        return None
    if not _DOUBLING_STEM.match(lemma) or lemma in _undoubled():
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
