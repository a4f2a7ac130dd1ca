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

from spacy.tokens import Doc, Token

from .quantity_found import CURRENCY_SIGNS, Found, has_cue
from .quantity_lexicon import QuantityWords

#: A decade written as one token: "20s", "40's", "mid-30s", "low-20s", "mid-$70s" (two digits, no
#: apostrophe before: "'80s" is a time).
MAGNITUDE_DECADE = re.compile(r"^(?:([a-z]+)-)?([$€£])?([1-9])0'?s$")
#: A whole figure that names a step of a range ("the low [5]% range", "the mid-[1,000] range").
STEP_FIGURE = re.compile(r"^[1-9]\d{0,2}(?:,\d{3})*$")
#: A part, an optional currency sign and a step figure in one token ("mid-$20").
GLUED_STEP = re.compile(r"^([a-z]+)-([$€£])?([1-9]\d{0,2}(?:,\d{3})*)$")
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
                          blocked: set[int], found: list[Found]) -> Found | None:
        """The decade after the determiner at token ``i`` ("the [low 20s]"), or None; ``found``
        holds the figures read before it."""
        read = self._decade_words(lower, i + 1)
        if read is None or any(k in blocked for k in range(i + 1, read.end)):
            return None
        unit = self._decade_unit(lower, read.end)
        j = read.end - 1
        if lower[j] == "'s":
            j -= 1
        if read.currency is None and unit is None and not read.sure \
                and not self._decade_level(doc, lower, j, read.end, read.part,
                                           self._level_before(doc, found, i)):
            return None  # "grew up in the 80s", "in the mid-90s": decades of the calendar
        if unit is None and lower[j] in ("digits", "digit") and lower[i + 1:j].count("double") \
                and read.end < len(doc) and _noun_like(doc[read.end]):
            return None  # "the double digits barrier", "double-digit inflation": a label
        if read.currency is None and unit is None and doc[j].dep_ in ("nsubj", "nsubjpass"):
            return None  # "the single digits on the scoreboard", "the high teens in the class
            # were rowdy": things, not a level (a level is reached, held or stood in)
        return self._decade_found(doc, lower, i + 1, read, unit)

    def _decade_found(self, doc: Doc, lower: list[str], start: int, read: DecadeWords,
                      unit: tuple[str, str, int] | None) -> Found:
        """The range of a decade read at token ``start``, with its currency or unit."""
        item = Found(start, read.end, start, read.end, None, low=read.low, high=read.high,
                     relation="range", level=True)
        if read.currency is not None:
            item.unit, item.unit_kind = read.currency, "currency"
        elif unit is not None:
            item.unit, item.unit_kind = unit[0], unit[1]
            item.unit_span = (read.end, read.end + unit[2])
            item.end = read.end + unit[2]
        if item.unit is None and self._rate_level(doc, doc[read.end - 1]):
            item.unit, item.unit_kind = "percent", "percent"  # "unemployment is in the mid-30s"
        if item.unit is not None:
            self._read_rate(doc, lower, item)  # "the low $30s a barrel"
        return item

    def _part_of_step(self, doc: Doc, lower: list[str], i: int, blocked: set[int]
                      ) -> Found | None:
        """ "yields in the low 5% range" 5-5.3, "the mid-$20 area" 24-26, "the high 200 range"
        270-290: after "the" at token ``i``, a part, a figure and a noun of a range
        (``magnitude_range_nouns``) is that part of the step the figure names (the power of
        ten it ends in), its tenths read like a decade's years."""
        parts = self.words.magnitude_decade_parts
        j = i + 1
        glued = GLUED_STEP.match(lower[j]) if j < len(lower) else None
        currency = None
        if glued is not None and glued.group(1) in parts:  # "the mid-$20 range"
            offsets, digits = parts[glued.group(1)], glued.group(3)
            if glued.group(2):
                currency = self.words.currency_prefixes.get(glued.group(2))
        else:
            if j >= len(lower) or lower[j] not in parts:
                return None
            offsets = parts[lower[j]]
            j += 1
            if j < len(lower) and lower[j] == "-":
                j += 1
            if j < len(lower) and lower[j] in CURRENCY_SIGNS:
                currency, j = self.words.currency_prefixes.get(lower[j]), j + 1
            if j >= len(lower) or not STEP_FIGURE.match(lower[j]):
                return None
            digits = lower[j]
        if j in blocked:
            return None
        digits = digits.replace(",", "")
        figure, k = int(digits), j + 1
        unit = self._decade_unit(lower, k) if currency is None else None
        if unit is not None:
            k += unit[2]
        if k >= len(lower) or lower[k] not in self.words.magnitude_range_nouns or figure == 0:
            return None
        step = 10 ** (len(digits) - len(digits.rstrip("0")))
        low = figure + offsets[0] * step / 10
        high = figure + offsets[1] * step / 10
        item = Found(i + 1, k + 1, j, j + 1, None, low=low, high=high, relation="range",
                     level=True)
        if currency is not None:
            item.unit, item.unit_kind = currency, "currency"
        elif unit is not None:
            item.unit, item.unit_kind = unit[0], unit[1]
            item.unit_span = (j + 1, j + 1 + unit[2])
        elif self._rate_level(doc, doc[k]):
            item.unit, item.unit_kind = "percent", "percent"
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
        elif lower[j] == "double" and end < len(lower) and (
                lower[end] in ("digits", "digit") or (
                    lower[end] == "-" and end + 1 < len(lower)
                    and lower[end + 1] in ("digits", "digit"))):
            # "the low double digits" 10-13, "the double digits" 10-99
            end += 1 if lower[end] != "-" else 2
            read = self._part_range(self.words.magnitude_double_digit_parts, part, (10, 99),
                                    end)
            if read is not None:
                read.sure = True
            return read
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

    @staticmethod
    def _level_before(doc: Doc, found: list[Found], i: int) -> bool:
        """Has the sentence of token ``i`` already read a decade as a level ("Clinton's figure
        rose to the low 40s, while Trump's remains in the 30s")?"""
        sent = doc[i].sent.start
        return any(f.level and f.relation == "range" and f.start >= sent for f in found)

    def _decade_level(self, doc: Doc, lower: list[str], decade: int, end: int,
                      part: str | None, level_before: bool = False) -> bool:
        """Is the decade at token ``decade`` (no unit written, a part that also names decades
        of the calendar) a level: "in" after a verb of being at a level whose subject speaks of
        one ("temperatures will be in the mid-30s", "prices hovered in the 40s"), "into" after
        any verb ("temperatures dropped into the 30s"), the object of a verb of reaching ("the
        mercury hit the mid-30s"), or "in" after a noun of such a level ("highs in the 80s",
        "will see temperatures in the 60s")? "Early" and "late" are the calendar's ("boomed in
        the late 90s"), as is a decade before a noun or "of" ("the 70s oil shock", "the 20s of
        the last century") or after a verb of change ("prices quadrupled in the 70s",
        "approval was high in the 60s"). After a decade of a level in the same sentence, "in"
        after a verb of being at a level needs no subject that speaks of one ("…, while
        Trump's remains in the 30s")."""
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
                    not self._level_verb(head) or any(
                        c.dep_ in ("acomp", "attr", "dobj") for c in head.children)):
                return False
        else:
            return False
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        measured = any(c.lower_ in cues or c.lemma_.lower() in cues for c in subjects)
        rate = not measured and any(self._percent_subject(c) for c in subjects)
        if not (measured or rate):
            return level_before and token.head.lower_ == "in" and bool(subjects) \
                and head.lemma_.lower() in self.words.magnitude_decade_verbs
        particle = head.lemma_.lower() not in self.words.magnitude_decade_verbs \
            and self._level_verb(head)  # "topped out"
        return not ((rate or particle) and self._era_clause(lower, head, end))

    def _era_clause(self, lower: list[str], verb: Token, end: int) -> bool:
        """Is the decade ending before token ``end`` followed by a clause of an event, its verb
        ``verb`` in the past ("inflation topped out in the mid-70s, when oil prices
        quadrupled")? Then the decade is the era (``magnitude_era_clauses``)."""
        k = end + 1 if end < len(lower) and lower[end] == "," else end
        return k < len(lower) and lower[k] in self.words.magnitude_era_clauses \
            and verb.tag_ in ("VBD", "VBN")

    def _percent_subject(self, subject: Token) -> bool:
        """Is ``subject`` a rate measured in percent: a word of ``magnitude_percent_cues`` or
        qualified by one ("unemployment", "the jobless rate", "approval rating"), or a word of
        ``magnitude_percent_qualified`` with its qualifier ("bond yields", "support for the
        party"; not "wheat yields", "support staff", "the player's rating")?"""
        cues = self.words.magnitude_percent_cues
        modifiers = [c for c in subject.children if c.dep_ in ("compound", "amod")]
        if has_cue(subject, cues) or any(has_cue(c, cues) for c in modifiers):
            return True
        qualifiers = self.words.magnitude_percent_qualified.get(subject.lower_) \
            or self.words.magnitude_percent_qualified.get(subject.lemma_.lower())
        return bool(qualifiers) and any(
            c.lower_ in qualifiers for c in subject.children
            if c.dep_ in ("compound", "amod", "nmod", "prep"))

    def _level_verb(self, verb: Token) -> bool:
        """A verb of being at a level ("be", "hover"), or one with its particle ("top out",
        "bottom out": ``magnitude_decade_particle_verbs``)."""
        lemma = verb.lemma_.lower()
        if lemma in self.words.magnitude_decade_verbs:
            return True
        particle = self.words.magnitude_decade_particle_verbs.get(lemma)
        return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle
                                            for c in verb.children)

    def _rate_level(self, doc: Doc, token: Token) -> bool:
        """Is the level at ``token`` one of a rate measured in percent, its subject a word of
        ``magnitude_percent_cues`` (or qualified by one: "the jobless rate")? "Unemployment is in
        the mid-30s", "his approval rating sank into the high 30s", "inflation fell to the low
        double digits"."""
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        elif token.dep_ not in ("dobj", "attr"):
            return False
        subject = head if head.pos_ == "NOUN" and token.dep_ == "pobj" else next(
            (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and self._percent_subject(subject)


def _noun_like(token: Token) -> bool:
    """A noun, or a noun the tagger read as a present verb with no subject of its own ("the
    double digits [threshold]" tagged VBP)."""
    return token.pos_ in ("NOUN", "PROPN") or (
        token.tag_ in ("VBP", "VB") and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                for c in token.children))
