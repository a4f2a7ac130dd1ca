"""Ages of people.

"a 28-year-old soldier", "aged 19", "ten months old", "95 years of age" (also where the times
component read "95 years" as a duration), "voters 65 and older", a number set off after a
person's name ("Jane Doe, 52,", "Mary Jones (45)") and decades of life as ranges ("in his 40s",
"in her late forties", "in their teens"); and whose age it is, the person's noun phrase.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .numbers import NumberWords
from .quantity_found import MAX_ABOUT_TOKENS, NOUNS, Found, all_digits, anchor_token
from .quantity_lexicon import QuantityWords
from .quantity_ranges import dangling_start

#: Modifiers kept in the phrase naming whose age a figure is ("North Korean [defector]").
PERSON_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "flat"})
#: Time units an age is counted in ("ten months old"), by their singular.
AGE_UNITS = {f"{unit}{plural}": unit for unit in ("day", "week", "month", "year", "yr")
             for plural in ("", "s")}
#: A decade of life as one token: "40s", "40's" (spaCy splits off "'s"), "mid-30s".
AGE_DECADE = re.compile(r"^(?:(early|mid|late)-)?([2-9])0'?s$")


class QuantityAges:
    """Ages of people; mixed into :class:`.quantities.QuantitiesComponent`."""

    words: QuantityWords
    numbers: NumberWords

    def _age_decade(self, doc: Doc, lower: list[str], i: int) -> Found | None:
        """ "a man in [his 40s]", "in [her late forties]", "in [their mid-20s]", "in [his
        teens]": an age as a range of years (``age_decades`` in ``quantities.json``)."""
        j, part = i + 1, None
        if lower[j] in self.words.age_decade_parts:
            part, j = lower[j], j + 1
            if j < len(lower) and lower[j] == "-":
                j += 1
        if j >= len(lower):
            return None
        decade: tuple[int, int] | None = self.words.age_decades.get(lower[j])
        end = j + 1
        glued = AGE_DECADE.match(lower[j])
        if glued and (part is None or glued.group(1) is None):
            part = part or glued.group(1)
            first = int(glued.group(2)) * 10
            decade = (first, first + 9)
        elif decade is None and lower[j][:1] in "23456789" and lower[j][1:] == "0" \
                and end < len(lower) and lower[end] == "'s":
            first = int(lower[j])  # "in his 40's": spaCy splits "40" and "'s"
            decade, end = (first, first + 9), end + 1
        if decade is None:
            return None
        low, high = decade
        if part is not None and low == 13:
            low, high = self.words.age_teen_parts[part]
        elif part is not None:
            offsets = self.words.age_decade_parts[part]
            low, high = decade[0] + offsets[0], decade[0] + offsets[1]
        item = Found(i, end, i + 1, end, None, low=low, high=high, relation="range",
                     unit="year", unit_kind="age", measure="age")
        head = doc[i - 1].head if i > 0 and doc[i - 1].dep_ == "prep" else None
        if head is not None and head.pos_ in NOUNS:
            item.about, item.noun = self._person_phrase(doc, head, item), head.i
        return item

    def _listed_age_decades(self, doc: Doc, lower: list[str], item: Found) -> list[Found]:
        """ "in their 30s[, 40s and 50s]", "in his 40s [or 50s]": the decades of life listed
        after one read by :meth:`_age_decade`, each a range of its own."""
        listed: list[Found] = []
        k = item.end
        while k < len(lower):
            j = k + 1 if lower[k] == "," else k
            if j < len(lower) and lower[j] in ("and", "or"):
                j += 1
            if j == k or j >= len(lower) or lower[j] in self.words.age_possessives:
                break  # "in his 40s and her 30s" is read from "her"
            following = self._age_decade(doc, lower, j - 1)
            if following is None or (following.end < len(doc)
                                     and doc[following.end].pos_ in ("NOUN", "PROPN", "ADJ")):
                break  # "for many in their 40s, 80s music …": a decade of the calendar
            following.start = following.num_start = j
            following.about, following.noun = item.about, item.noun
            listed.append(following)
            k = following.end
        return listed

    def _age_about(self, doc: Doc, item: Found) -> None:
        """Whose age it is: "a 28-year-old [soldier]", "[the soldier], aged 19", "[Jane Doe],
        52", "[The driver] was 40 years old"; a pronoun subject gives none."""
        token = anchor_token(doc, item)
        for _ in range(5):
            if token.head.i == token.i:
                break
            token = token.head
            if item.start <= token.i < item.end:
                continue
            if token.pos_ in NOUNS and token.lower_ not in self.words.age_before \
                    and token.lower_ not in self.words.time_units:
                item.about, item.noun = self._person_phrase(doc, token, item), token.i
                return
            if token.pos_ in ("VERB", "AUX"):
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")),
                               None)
                if subject is None and token.dep_ in ("acl", "relcl", "amod", "appos"):
                    subject = token.head  # "[the soldier], aged 19,"
                if subject is not None and subject.pos_ in NOUNS \
                        and not item.start <= subject.i < item.end:
                    item.about = self._person_phrase(doc, subject, item)
                    item.noun = subject.i
                return

    @staticmethod
    def _person_phrase(doc: Doc, head: Token, item: Found) -> tuple[int, int]:
        """Token bounds of the noun phrase headed by ``head``: its name or noun with the
        modifiers right before it, without determiners, counts or the age itself."""
        start = head.i
        for child in reversed(list(head.lefts)):
            overlaps = child.left_edge.i < item.end and child.right_edge.i >= item.start
            if child.dep_ not in PERSON_MODIFIERS or child.right_edge.i != start - 1 \
                    or overlaps:
                break
            if head.i - child.left_edge.i >= MAX_ABOUT_TOKENS:
                break
            start = child.left_edge.i
        return start, head.i + 1

    def _age_duration(self, doc: Doc, span: Span) -> bool:
        """ "[95 years] of age", "aged [19 years]", "the [60-year-old] bridge": a duration the
        times component read that is an age, which this component also reports (an age is a
        property of a person or a thing); the times component keeps its own record."""
        if len(span) >= 3 and span[-1].lower_ == "old" and span[-2].lower_ in ("-", "–") \
                and span[-3].lower_ in AGE_UNITS:
            return True  # "a [60-year-old] building": how long a thing has stood is its age
        if len(span) < 2 or span[-1].lower_ not in AGE_UNITS:
            return False
        after = tuple(t.lower_ for t in doc[span.end:span.end + 2])
        before = tuple(t.lower_ for t in doc[max(span.start - 2, 0):span.start])
        if any(after[:len(phrase)] == phrase for phrase in self.words.age_after):
            return True  # "[95 years] of age", "[19 years] old"
        return (bool(before) and before[-1] in self.words.age_before) or before == ("age", "of")

    def _age(self, lower: list[str], item: Found) -> bool:
        """ "35-year-old", "ten months old", "6 weeks of age", "aged 35": an age, not a time."""
        j, lead = item.num_end, item.num_start
        if lead > 0 and lower[lead - 1] in ("between", "from"):
            lead -= 1  # "aged between 18 and 30"
        elif lead > 2 and lower[lead - 1] in ("and", "or", ",", "to") \
                and all_digits(lower[lead - 2]):
            lead -= 2  # "aged 20 and 25": the second age of a pair
        before = lower[lead - 1] if lead > 0 else ""
        before2 = tuple(lower[max(lead - 2, 0):lead])
        if before in self.words.age_before or before2 in (("age", "of"), ("ages", "of")):
            unit = AGE_UNITS.get(lower[j], "year") if j < len(lower) else "year"
            item.unit, item.unit_kind, item.measure = unit, "age", "age"
            if j < len(lower) and lower[j] in AGE_UNITS:  # "at the age of four months"
                item.unit_span, item.end = (j, j + 1), j + 1
            return True
        k = j + 1 if j < len(lower) and lower[j] == "-" else j
        if k < len(lower) and lower[k] in AGE_UNITS:
            unit = AGE_UNITS[lower[k]]
            k += 1
            if k < len(lower) and lower[k] == "-":
                k += 1
            for phrase in self.words.age_after:
                if tuple(lower[k:k + len(phrase)]) == phrase:
                    item.unit, item.unit_kind, item.measure = unit, "age", "age"
                    item.unit_span = (j, k + len(phrase))
                    item.end = k + len(phrase)
                    self._age_range_start(lower, item)
                    return True
        return False

    def _age_range_start(self, lower: list[str], item: Found) -> None:
        """ "18- to 29-year-olds", "13- or 14-year-old", "six- or seven-year-old", "3- and
        4-year-olds" (a group; not "his 5- and 7-year-old sons"): a first age written with a
        dangling hyphen opens a range with the age read."""
        plural = lower[item.end - 1].endswith("olds")  # "and" joins a group's ages only
        dangling_start(lower, item, self.numbers,
                       ("to", "through", "or", "and") if plural else ("to", "through", "or"))

    def _age_cue(self, lower: list[str], item: Found) -> bool:
        """A person noun or "aged" near a bare "65 and older": people of an age ("voters 65
        and older"); "Android 9 or older" is a version."""
        near = lower[max(item.start - 3, 0):item.start] + lower[item.end:item.end + 2]
        return any(w in self.words.age_cues or w in self.words.person_nouns
                   or w in self.words.age_before for w in near)


def appositive_age(doc: Doc, item: Found, person_nouns: frozenset[str]) -> bool:
    """ "John Smith, 52, was arrested", "Mary Jones (45)", "The man, 32, …", "The defendant,
    now 71, …": a whole number set off by commas or brackets right after a person's name or
    a singular person noun is the person's age (the news convention)."""
    i, end = item.num_start, item.end
    if item.relation != "eq" or end != item.num_end or end != i + 1 or i < 2 \
            or end >= len(doc) or item.value is None or not doc[i].is_digit:
        return False
    opener = i - 2 if doc[i - 1].lower_ == "now" else i - 1
    if opener < 1 or (doc[opener].text, doc[end].text) not in ((",", ","), ("(", ")")):
        return False
    name = doc[opener - 1]
    person = name.ent_type_ == "PERSON" or (
        name.tag_ == "NNP" and name.is_title and name.ent_type_ in ("", "PERSON", "NORP")) \
        or (name.tag_ == "NN" and name.lower_ in person_nouns)
    return 1 <= item.value <= 120 and person
