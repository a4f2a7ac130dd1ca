"""Decades of a measure: "in the low 20s", "the mid-30s", "the high 90s", "temperatures in the 40s".

A level given only by its decade is a range: "the low 20s" is 20–23, "the mid-30s" 34–36 … (the
parts are ``magnitude_decade_parts`` in ``quantities.json``), "the 40s" alone 40–49. Its unit is
the one written with it ("the low 20s percent", "the high 90s Fahrenheit", "the low $20s"), else
none. "Low", "lower", "high" and "upper" always speak of a level; "mid", "early", "late" and a
bare decade also name decades of the calendar ("in the mid-80s", "in the 80s"), so they are a
level only where the sentence speaks of one (``magnitude_decade_cues``: temperatures, prices,
polls) or a unit is written with them. Four-digit decades and "the '80s" are the times
component's, and a person's decade of life ("in his 40s") is an age.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .quantity_found import Found
from .quantity_lexicon import QuantityWords

#: A decade written as one token: "20s", "40's", "mid-30s", "low-20s" (two digits, no
#: apostrophe before: "'80s" is a time).
MAGNITUDE_DECADE = re.compile(r"^(?:([a-z]+)-)?([1-9])0'?s$")


class QuantityDecades:
    """Decades of a measure; mixed into :class:`.quantities.QuantitiesComponent`."""

    words: QuantityWords

    def _magnitude_decade(self, doc: Doc, lower: list[str], i: int,
                          blocked: set[int]) -> Found | None:
        """The decade after the determiner at token ``i`` ("the [low 20s]"), or None."""
        parts = self.words.magnitude_decade_parts
        j, part = i + 1, None
        if lower[j] in parts:
            part, j = lower[j], j + 1
            if j < len(lower) and lower[j] == "-":
                j += 1
        currency = None
        if j < len(lower) and lower[j] in self.words.currency_prefixes \
                and not lower[j].isalpha():
            currency, j = self.words.currency_prefixes[lower[j]], j + 1  # "the low $20s"
        if j >= len(lower):
            return None
        end = j + 1
        glued = MAGNITUDE_DECADE.match(lower[j])
        if glued is not None and glued.group(1) is not None:
            if part is not None or glued.group(1) not in parts:
                return None
            part = glued.group(1)  # "mid-30s"
        if glued is not None:
            first = int(glued.group(2)) * 10
        elif lower[j][:1] in "123456789" and lower[j][1:] == "0" and end < len(lower) \
                and lower[end] == "'s":
            first, end = int(lower[j]), end + 1  # "the 40's": spaCy splits "40" and "'s"
        else:
            return None
        if any(k in blocked for k in range(i + 1, end)):
            return None
        unit = self._decade_unit(lower, end)
        if currency is None and unit is None and part not in self.words.magnitude_decade_sure \
                and not self._decade_level(doc, lower, j, end, part):
            return None  # "grew up in the 80s", "in the mid-90s": decades of the calendar
        low, high = first, first + 9
        if part is not None:
            offsets = parts[part]
            low, high = first + offsets[0], first + offsets[1]
        item = Found(i + 1, end, i + 1, end, None, low=low, high=high, relation="range")
        if currency is not None:
            item.unit, item.unit_kind = currency, "currency"
        elif unit is not None:
            item.unit, item.unit_kind = unit[0], unit[1]
            item.unit_span = (end, end + unit[2])
            item.end = end + unit[2]
        if item.unit is not None:
            self._read_rate(doc, lower, item)  # "the low $30s a barrel"
        return item

    def _decade_unit(self, lower: list[str], k: int) -> tuple[str, str, int] | None:
        """A unit written right after the decade ("percent", "Fahrenheit", "degrees"), with
        its length in tokens; no currency (that goes before: "the low $20s")."""
        for n in (2, 1):
            unit = self.words.units.get(tuple(lower[k:k + n]))
            if unit is not None and unit[1] != "currency":
                return unit[0], unit[1], n
        return None

    def _decade_level(self, doc: Doc, lower: list[str], decade: int, end: int,
                      part: str | None) -> bool:
        """Is the decade at token ``decade`` (no unit written, a part that also names decades
        of the calendar) a level: "in" after a verb of being at a level whose subject speaks of
        one ("temperatures will be in the mid-30s", "prices hovered in the 40s"), "into" after
        any verb ("temperatures dropped into the 30s"), the object of a verb of reaching ("the
        mercury hit the mid-30s"), or "in" after a noun of such a level ("highs in the 80s",
        "will see temperatures in the 60s")? "Early" and "late" are the calendar's ("boomed in
        the late 90s"), as is a decade before a noun or "of" ("the 70s oil shock", "the 20s of
        the last century") or after a verb of change ("prices quadrupled in the 70s",
        "approval was high in the 60s")."""
        if part in ("early", "late") or (end < len(doc) and (
                lower[end] == "of" or doc[end].pos_ in ("NOUN", "PROPN"))):
            return False
        token, cues = doc[decade], self.words.magnitude_decade_cues
        if token.dep_ == "dobj":  # "the mercury hit the mid-30s", "gusts reached the 50s"
            head = token.head
            if head.lemma_.lower() not in self.words.magnitude_decade_reach:
                return False
        elif token.dep_ == "pobj" and token.head.lower_ in ("in", "into"):
            head = token.head.head
            nouns = self.words.magnitude_decade_nouns
            if head.pos_ == "NOUN":
                return head.lemma_.lower() in nouns
            if any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in head.children):
                return True  # "towns will see temperatures in the 60s"
            if token.head.lower_ == "in" and (  # ("dropped into the 30s" moves to a level)
                    head.lemma_.lower() not in self.words.magnitude_decade_verbs or any(
                        c.dep_ in ("acomp", "attr", "dobj") for c in head.children)):
                return False
        else:
            return False
        return any(c.dep_ == "nsubj" and (c.lower_ in cues or c.lemma_.lower() in cues)
                   for c in head.children)
