"""Decades of a measure: "in the low 20s", "the mid-30s", "the high 90s", "temperatures in the 40s".

A level given only by its decade is a range: "the low 20s" is 20–23, "the mid-30s" 34–36 … (the
parts are ``magnitude_decade_parts`` in ``quantities.json``), "the 40s" alone 40–49. Its unit is
the one written with it ("the low 20s percent", "the high 90s Fahrenheit", "the low $20s"), else
none. "The low teens" (13-14), "the mid-teens", "the high single digits" (7-9), "the minus 20s"
(-29 to -20), "the low to mid 40s" (40-46) and "the mid-$70s" read the same way, and a decade
joined to one read as a level is one too ("the 20s [and 30s]"). "Low", "lower", "high" and
"upper" always speak of a level, as do the teens with a part, the single digits and "minus";
"mid", "early", "late" and a bare decade also name decades of the calendar ("in the mid-80s",
"in the 80s"), so they are a level only where the sentence speaks of one
(``magnitude_decade_cues``: temperatures, prices, polls) or a unit is written with them.
Four-digit decades and "the '80s" are the times component's, and a person's decade of life ("in
his 40s") is an age.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .quantity_found import Found
from .quantity_lexicon import QuantityWords

#: A decade written as one token: "20s", "40's", "mid-30s", "low-20s", "mid-$70s" (two digits, no
#: apostrophe before: "'80s" is a time).
MAGNITUDE_DECADE = re.compile(r"^(?:([a-z]+)-)?([$€£])?([1-9])0'?s$")
#: Words that join a second decade to a first one read as a level ("the 20s and 30s").
DECADE_JOINERS = frozenset({"and", "or"})


@dataclass
class DecadeWords:
    """The words of one decade as read from a token on: its bounds, end, currency sign and
    whether it can only speak of a level ("the low 20s", "the minus 20s", "the mid-teens")."""

    low: int
    high: int
    end: int
    currency: str | None
    sure: bool
    part: str | None


class QuantityDecades:
    """Decades of a measure; mixed into :class:`.quantities.QuantitiesComponent`."""

    words: QuantityWords

    def _magnitude_decade(self, doc: Doc, lower: list[str], i: int,
                          blocked: set[int]) -> Found | None:
        """The decade after the determiner at token ``i`` ("the [low 20s]"), or None."""
        read = self._decade_words(lower, i + 1)
        if read is None or any(k in blocked for k in range(i + 1, read.end)):
            return None
        unit = self._decade_unit(lower, read.end)
        j = read.end - 1
        if lower[j] == "'s":
            j -= 1
        if read.currency is None and unit is None and not read.sure \
                and not self._decade_level(doc, lower, j, read.end, read.part):
            return None  # "grew up in the 80s", "in the mid-90s": decades of the calendar
        if read.currency is None and unit is None and doc[j].dep_ in ("nsubj", "nsubjpass"):
            return None  # "the single digits on the scoreboard", "the high teens in the class
            # were rowdy": things, not a level (a level is reached, held or stood in)
        return self._decade_found(doc, lower, i + 1, read, unit)

    def _decade_found(self, doc: Doc, lower: list[str], start: int, read: DecadeWords,
                      unit: tuple[str, str, int] | None) -> Found:
        """The range of a decade read at token ``start``, with its currency or unit."""
        item = Found(start, read.end, start, read.end, None, low=read.low, high=read.high,
                     relation="range")
        if read.currency is not None:
            item.unit, item.unit_kind = read.currency, "currency"
        elif unit is not None:
            item.unit, item.unit_kind = unit[0], unit[1]
            item.unit_span = (read.end, read.end + unit[2])
            item.end = read.end + unit[2]
        if item.unit is not None:
            self._read_rate(doc, lower, item)  # "the low $30s a barrel"
        return item

    def _second_decade(self, doc: Doc, lower: list[str], first: Found,
                       blocked: set[int]) -> Found | None:
        """A decade joined to one read as a level: "in the 20s [and 30s]", "the upper 80s [and
        low 90s]", "the low $40s [or $50s]"; it shares the first one's currency, and the first
        takes a unit written only after the second ("the 20s and 30s Celsius")."""
        k = first.end
        if k + 1 >= len(lower) or lower[k] not in DECADE_JOINERS:
            return None
        k += 1
        if lower[k] == "the" and k + 1 < len(lower):
            k += 1
        read = self._decade_words(lower, k)
        if read is None or any(x in blocked for x in range(first.end, read.end)):
            return None
        if read.currency is None and first.unit_kind == "currency":
            read.currency = first.unit
        if first.high is not None and first.high < 0 < read.low and read.currency is None:
            read.low, read.high = -read.high, -read.low  # "the minus teens and 20s"
        unit = self._decade_unit(lower, read.end)
        item = self._decade_found(doc, lower, k, read, unit)
        if first.unit is None and item.unit is not None:
            first.unit, first.unit_kind = item.unit, item.unit_kind
        return item

    def _decade_words(self, lower: list[str], j: int) -> DecadeWords | None:
        """Read a decade from token ``j``: an optional part ("low", "mid-"), "minus", a
        currency sign, then "20s"/"40's"/"mid-$70s", "teens" or "single digits"."""
        parts = self.words.magnitude_decade_parts
        part, negative, currency = None, False, None
        upper = None
        if j < len(lower) and lower[j] in parts:
            part, j = lower[j], j + 1
            k = j + 3 if lower[j:j + 3] == ["-", "to", "-"] else j + 1  # "low-to-mid"
            if k < len(lower) and lower[k - 1] in ("to", "-") and lower[k] in parts \
                    and parts[lower[k]][0] > parts[part][0]:
                upper, j = lower[k], k + 1  # "the low to mid 40s": 40-46
            if j < len(lower) and lower[j] == "-":
                j += 1
        elif j < len(lower) and lower[j] == "minus":
            negative, j = True, j + 1  # "the minus 20s": -29 to -20
        if j < len(lower) and lower[j] in self.words.currency_prefixes \
                and not lower[j].isalpha():
            currency, j = self.words.currency_prefixes[lower[j]], j + 1  # "the low $20s"
        if j >= len(lower):
            return None
        read = self._decade_span(lower, j, part)
        if read is None:
            return None
        if upper is not None:
            widened = self._decade_span(lower, j, upper)
            if widened is None or widened.high <= read.high:
                return None
            read.high, read.sure = widened.high, read.sure or widened.sure
        if read.currency is not None:
            if currency is not None:
                return None
        else:
            read.currency = currency
        if negative:
            if read.currency is not None:
                return None
            read.low, read.high, read.sure = -read.high, -read.low, True
        return read

    def _decade_span(self, lower: list[str], j: int, part: str | None) -> DecadeWords | None:
        """The decade itself at token ``j`` after the part word ``part`` (or None)."""
        end = j + 1
        glued = MAGNITUDE_DECADE.match(lower[j])
        currency = None
        if glued is not None and glued.group(1) is not None:
            if part is not None or glued.group(1) not in self.words.magnitude_decade_parts:
                return None
            part = glued.group(1)  # "mid-30s"
        if glued is not None:
            first = int(glued.group(3)) * 10
            if glued.group(2) is not None:  # "mid-$70s"
                currency = self.words.currency_prefixes.get(glued.group(2))
        elif lower[j][:1] in "123456789" and lower[j][1:] == "0" and end < len(lower) \
                and lower[end] == "'s":
            first, end = int(lower[j]), end + 1  # "the 40's": spaCy splits "40" and "'s"
        elif lower[j] == "teens":
            return self._part_range(self.words.magnitude_teen_parts, part, (13, 19), end)
        elif lower[j] == "single" and end < len(lower) and lower[end] in ("digits", "digit"):
            # "the low single digits": never a decade of the calendar
            read = self._part_range(self.words.magnitude_digit_parts, part, (1, 9), end + 1)
            if read is not None:
                read.sure = True
            return read
        else:
            return None
        low, high = first, first + 9
        if part is not None:
            offsets = self.words.magnitude_decade_parts[part]
            low, high = first + offsets[0], first + offsets[1]
        return DecadeWords(low, high, end, currency, part in self.words.magnitude_decade_sure,
                           part)

    @staticmethod
    def _part_range(parts: dict[str, tuple[int, int]], part: str | None, whole: tuple[int, int],
                    end: int) -> DecadeWords | None:
        """The teens or single digits narrowed by their part ("the mid-teens" 15-16); None for
        a part they do not take ("the early teens" is a decade of the calendar or of life)."""
        if part is None:
            return DecadeWords(whole[0], whole[1], end, None, False, None)
        if part not in parts:
            return None
        return DecadeWords(parts[part][0], parts[part][1], end, None, True, part)

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
