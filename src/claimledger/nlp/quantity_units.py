"""Units, scales and rates.

The unit written after a figure or glued to it ("5 km", "90 km / h", "12C", "a 65W charger",
"tenfold", "~300", "±3"), scale letters and words ("2m tonnes" but "a 2m wall", "$3m", "1.8M
dollars"), number words of times ("twice"), temperatures, dimensions ("5 x 4 metres", "1920 x
1080 pixels"), a minus set apart before a temperature, and rates ("$1.40 a share", "40 km per
hour", "5 per 1,000 people").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .numbers import NumberMatch, NumberWords, parse_numeral, read_number
from .quantity_found import (
    APPROX_SIGNS,
    PLUS_MINUS,
    Found,
    all_digits,
    has_cue,
    scaled_value,
    subject_of,
)
from .quantity_lexicon import QuantityWords

#: A unit word written before its figure, joined by a hyphen ("magnitude-6.8").
UNIT_BEFORE_HYPHEN = re.compile(r"^([a-z]+)-(\d+(?:\.\d+)?)$")
#: Names that may be of another place, where a country picks a currency's code ("Buenos Aires"
#: is often tagged PERSON by the small model).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON"})
#: A range glued into one token after its first figure: "5-$10", "10–12".
RANGE_SUFFIX = re.compile(r"^[-–][$€£]?(\d[\d,]*(?:\.\d+)?)$")
#: The rest of a percent range glued into one token: "10%-15" (then "%").
PERCENT_RANGE_SUFFIX = re.compile(r"^%[-–](\d[\d,]*(?:\.\d+)?)$")
#: A currency code or sign glued before a numeral ("usd115", "nzd$15", "sh1.2").
GLUED_CURRENCY = re.compile(r"^([a-z]{1,3}[.$¢]?)(\d[\d,]*(?:\.\d+)?(?:[a-z]{1,3})?)$")
#: A sign glued before a currency sign and its figure ("-£1.2bn", "−$3"): a negative sum.
SIGNED_CURRENCY = re.compile(r"^([-−+])([^\w\s]{1,2})(\d[\d,]*(?:\.\d+)?(?:[a-z]{1,3})?)$")
#: Letters glued before a figure in cents, as written: "US63.1c", "A80c" (then the
#: currency's letters, the figure, and a glued "c" or nothing before the word "cents").
CENT_FIGURE = re.compile(r"^([A-Z]{1,2})(\d+(?:\.\d+)?)(c?)$")
#: Signs between the sides of a dimension ("5 x 4 metres").
DIMENSION_SIGNS = frozenset({"x", "×", "by"})
#: Kinds of unit a dimension is measured in (not "5 x 20 minutes", "2 x 500 kW").
DIMENSION_KINDS = frozenset({"length", "area", "volume", "resolution"})
#: "4 x 100 metres": a second side this many times the first makes the first a count.
COUNT_TIMES_RATIO = 20
#: A capital C or F glued to a figure in a sentence about the weather ("40C", "104F").
GLUED_TEMPERATURE = {"C": "celsius", "F": "fahrenheit"}
#: Words after which a glued C or F is a temperature without a weather word ("felt like
#: 50F", "around 35C").
TEMPERATURE_OPENERS = frozenset({"like", "about", "around", "nearly", "almost", "roughly",
                                 "near", "than", "some", "over", "under", "below", "above",
                                 "minus"})
#: One capital letter glued to a figure that is a unit all the same: "a 65W charger".
GLUED_CAPITAL_UNITS = {"W": ("watt", "power")}
#: Words that open a rate after a sum or a measure: "$5 a share", "40 km per hour".
RATE_WORDS = frozenset({"a", "an", "per"})
#: Rate nouns named otherwise: "per annum" is per year, "per capita" per person.
RATE_NOUNS = {"annum": "year", "capita": "person"}


class QuantityUnits:
    """Units, scales and rates; mixed into :class:`.quantities.QuantitiesComponent`."""

    words: QuantityWords
    numbers: NumberWords
    max_unit: int

    def _multiplicative(self, doc: Doc, lower: list[str], i: int) -> Found:
        """ "voted twice", "twice as many": a number of times (unit "times", as "three times")."""
        item = Found(i, i + 1, i, i + 1, self.words.multiplicatives[lower[i]], unit="times",
                     unit_kind="multiple", unit_span=(i, i + 1))
        self._read_bound_before(lower, item, doc)
        head = doc[i].head
        if doc[i].dep_ == "advmod" and head.pos_ == "VERB" \
                and head.lemma_.lower() not in self.words.not_measure_verbs:
            item.measure = head.text  # "voted twice"
        return item

    def _unglue(self, doc: Doc, lower: list[str]) -> dict[int, tuple[str, str]]:
        """Tokens that glue a unit to a number: "usd115", "sh1.2" (a currency code before),
        "tenfold" (a number word before "fold"). ``lower`` gets the number alone; the result
        maps the token to its unit and kind."""
        glued: dict[int, tuple[str, str]] = {}
        for i, word in enumerate(lower):
            if word[:1] in APPROX_SIGNS and word[1:2].isdigit():
                lower[i] = word[1:]  # "~300": the sign is read as a bound in _read
                continue
            sign = PLUS_MINUS.match(word)
            if sign and (word[0] == "±" or (i > 0 and lower[i - 1] == "+")):
                lower[i] = word[sign.end():]  # "±3", "+/-3": a margin, read as its size
                continue
            signed = SIGNED_CURRENCY.match(word) if word[:1] in "-−+" else None
            if signed and signed.group(2) in self.words.currency_prefixes:
                lower[i] = signed.group(1) + signed.group(3)  # "-£1.2bn": a negative sum
                glued[i] = (self.words.currency_prefixes[signed.group(2)], "currency")
                continue
            if not word[:1].isalpha() or len(word) < 3:
                continue
            cents = self._glued_cents(doc, lower, i) \
                if word[1:2].isdigit() or word[2:3].isdigit() else None  # letters, then digits
            if cents is not None:
                lower[i] = cents  # "US63.1c", "A80c", "US63.1 cents"
                glued[i] = ("cent", "currency")
                continue
            prefixed = GLUED_CURRENCY.match(word)
            code = prefixed.group(1) if prefixed else ""
            code = code if code in self.words.currency_prefixes else code.rstrip("$")
            if prefixed and code in self.words.currency_prefixes:
                lower[i] = prefixed.group(2)
                glued[i] = (self.words.currency_prefixes[code], "currency")
            elif prefixed and self._letter_currency(doc, i, prefixed.group(2)):
                lower[i] = prefixed.group(2)  # "R15.9 billion", "N1,505", "Sh4.2 trillion"
                glued[i] = (self.words.letter_currencies[doc[i].text[:len(code)]], "currency")
            elif word.endswith("fold") and self.numbers.is_word_number(word[:-4]):
                lower[i] = word[:-4]
                glued[i] = self.words.units[("fold",)]
            elif (unit_word := UNIT_BEFORE_HYPHEN.match(word)) \
                    and unit_word.group(1) in self.words.units_before:
                lower[i] = unit_word.group(2)  # "a magnitude-6.8 quake"
                glued[i] = self.words.units_before[unit_word.group(1)]
        return glued

    def _glued_cents(self, doc: Doc, lower: list[str], i: int) -> str | None:
        """The figure of "US63.1c", "A80c" or "US63.1 cents": a currency's letters glued
        before a sum in cents (``cent_currencies``, as written); None for codes ("US30",
        "A80", "C1": no "c" nor "cents" after them)."""
        match = CENT_FIGURE.match(doc[i].text)
        if match is None or match.group(1) not in self.words.cent_currencies:
            return None
        if not match.group(3) and not (i + 1 < len(lower) and lower[i + 1] in ("cents", "cent")):
            return None
        return match.group(2)

    def _read_unit_after(self, doc: Doc, lower: list[str], spaces: list[bool], item: Found,
                         match: NumberMatch) -> bool:
        """Percent, currency words, physical units, glued suffixes; False for junk suffixes."""
        if match.suffix == "/":
            match.suffix = ""
            j = item.num_end
            if lower[j:j + 1] == ["of"] and lower[j + 1:j + 2] in (["a"], ["an"]) \
                    and self._unit_of_fraction(lower, j + 2):
                self._read_unit_after(doc, lower, spaces, item, match)  # "3/4 of a point"
                return True
            if item.num_end < len(lower) and lower[item.num_end] == "of":
                return True  # "1/3 of the budget"
            if item.num_end < len(lower) and match.words \
                    and lower[item.num_end] in self.words.comparative_changes:
                item.unit, item.unit_kind = "fraction", "fraction"
                return True  # "sales were a third more than in 2022"
            self._read_unit_after(doc, lower, spaces, item, match)
            return item.unit is not None or not match.fraction  # "climbed 3/8"
        after = lower[item.num_end] if item.num_end < len(lower) else ""
        if match.suffix == "m" and item.unit_kind != "currency" \
                and self._scale_before_unit(after):
            match.suffix = ""  # "2m tonnes", "5m barrels": million, then the unit
            self._scale(item, 1e6)
        if match.suffix:
            suffix = match.suffix
            if len(suffix) > 1 and suffix[-1] == "." and suffix[-2].isalpha() and (
                    item.num_end >= len(lower) or not lower[item.num_end][:1].isalnum()
                    or doc[item.num_end].is_sent_start or doc[item.num_end].is_title):
                suffix = match.suffix = suffix[:-1]  # "between 3C and 12C." ends a sentence
                if item.unit_kind == "currency" and suffix in self.numbers.scale_abbreviations \
                        and suffix != "m":
                    self._scale(item, self.numbers.scale_abbreviations[suffix])
                    match.suffix = ""  # "$1B.", "$2K." end a sentence
                    return True
            if suffix == "m" and item.unit_kind != "currency" and after in self.words.units \
                    and self.words.units[after][1] == "currency":  # "1.8M dollars"
                item.unit, item.unit_kind = self.words.units[after]
                item.end = item.num_end + 1
                item.value = scaled_value(item.value, 1e6)
                return True
            nxt = doc[item.num_end] if item.num_end < len(doc) else None
            if suffix == "m" and item.unit_kind != "currency" and nxt is not None \
                    and self._million_before(nxt, doc[item.num_start]):
                item.value = scaled_value(item.value, 1e6)  # "5m people": million, not metres
                return True
            percent_range = PERCENT_RANGE_SUFFIX.match(suffix)
            if percent_range and item.value is not None and item.num_end < len(lower) \
                    and lower[item.num_end] == "%":  # "10%-15%" is tokenized "10%-15", "%"
                high = parse_numeral(percent_range.group(1))
                if high is not None and not high.suffix and item.value < high.value:
                    item.low, item.high, item.value = item.value, high.value, None
                    item.relation, item.unit, item.unit_kind = "range", "percent", "percent"
                    item.end = item.num_end = item.num_end + 1
                    return True
            if self._read_scaled_range(doc, lower, spaces, item, suffix):
                return True
            range_suffix = RANGE_SUFFIX.match(suffix)
            if range_suffix and item.value is not None:  # "$5-$10" is one token
                high = parse_numeral(range_suffix.group(1))
                if high is not None and not high.suffix and item.value < high.value:
                    item.low, item.high, item.value = item.value, high.value, None
                    item.relation = "range"
                    return True
            if item.unit_kind == "currency" and suffix == "m":
                item.value = scaled_value(item.value, 1e6)
                item.low, item.high = scaled_value(item.low, 1e6), scaled_value(item.high, 1e6)
                return True
            if suffix == "c" and item.unit_kind is None and self._glued_cent(doc, lower, item):
                item.unit, item.unit_kind = "cent", "currency"  # "fell 5c to $1.20"
                return True
            period = self.words.rate_abbreviations.get(suffix)
            if item.unit_kind == "currency" and item.unit is not None and period is not None:
                item.unit = f"{item.unit} per {period}"  # "£1,362pcm", "£1,750pm"
                return True
            unit = self.words.units.get((suffix,))
            glued = doc[item.num_end - 1].text.rstrip(".")[-len(suffix):]  # as written: "5G"
            # is no 5 grams
            if glued in GLUED_TEMPERATURE and item.unit_kind is None and (
                    any(t.lower_ in self.words.temperature_cues
                        for t in doc[item.num_start].sent)
                    or _plain_temperature(doc, item)):
                unit = (GLUED_TEMPERATURE[glued], "temperature")  # "highs of 40C"
                item.unit, item.unit_kind = unit
                item.unit_span = (item.num_end - 1, item.num_end)
                return True
            if glued in GLUED_CAPITAL_UNITS:
                before = doc[item.num_start - 1] if item.num_start > 0 else None
                if before is not None and (before.is_title or before.is_upper) and (
                        not before.is_sent_start or before.pos_ == "PROPN"):
                    return False  # "Route 9W", "Anker 65W": part of a name
                unit = GLUED_CAPITAL_UNITS[glued]
            elif unit is None or _capital_letter(glued):
                return False  # "1e999", "2nd", "1990s", "5G": not a figure we read
            if item.unit_kind != "currency":
                item.unit, item.unit_kind = unit
                item.unit_span = (item.num_end - 1, item.num_end)
            return True
        j = item.num_end
        if item.unit_kind != "currency" and j + 1 < len(lower) and not spaces[j - 1] \
                and lower[j] in ("m", "b", "k") \
                and self.words.units.get((lower[j + 1],), ("", ""))[1] == "currency":
            item.unit_kind = "currency"  # "1.8M dollars": the scale, then the currency word
        if item.unit_kind == "currency" and j < len(lower) and not spaces[j - 1] \
                and lower[j] in ("m", "b", "k", "m.", "bn."):  # "$3m." ends a sentence
            factor = self.numbers.scale_abbreviations[lower[j].rstrip(".")]
            item.value = scaled_value(item.value, factor)
            item.low, item.high = scaled_value(item.low, factor), scaled_value(item.high, factor)
            item.end = item.num_end = j + 1
            j += 1
        if j + 1 < len(lower) and lower[j] in ("m", "k") and not spaces[j - 1] \
                and self._scale_before_unit(lower[j + 1]):
            self._scale(item, self.numbers.scale_abbreviations[lower[j]])  # "2m tonnes"
            item.num_end = j + 1
            j += 1
        elif j + 1 < len(lower) and lower[j] in ("m", "k") and not spaces[j - 1] \
                and self._million_before(doc[j + 1], doc[item.num_start]):
            factor = self.numbers.scale_abbreviations[lower[j]]  # "5m people": million
            item.value = scaled_value(item.value, factor)
            item.low, item.high = scaled_value(item.low, factor), scaled_value(item.high, factor)
            item.end = item.num_end = j + 1
            return True
        if (j < len(lower) and lower[j] == "^") \
                or (item.num_start > 0 and lower[item.num_start - 1] == "^"):
            return False  # "10 ^ 999": a power we could not read, not two figures
        if item.unit_kind is None and j < len(doc) and self._code_after(doc, item, match):
            return True  # "30 MUSD", "120 SEK", "75 USD million"
        of = 1 if (match.vague or match.scaled) and j < len(lower) and lower[j] == "of" else 0
        if match.fraction and lower[j:j + 1] == ["of"] and lower[j + 1:j + 2] in (["a"], ["an"]) \
                and self._unit_of_fraction(lower, j + 2):
            of = 2  # "a quarter of a percentage point", "half of a mile": that unit
        if j + 1 < len(lower) and lower[j] == "-" and not spaces[j - 1] and not spaces[j]:
            of = 1  # "a six-mile trip", "a 40-tonne load"
        for n in range(min(self.max_unit, len(lower) - j - of), 0, -1):
            unit = self.words.units.get(tuple(lower[j + of:j + of + n]))
            if unit is None and n == 1:
                unit = self._unit_at_end(doc, lower, j + of)  # "30 m." ends the sentence
            if n == 1 and lower[j + of] in DIMENSION_SIGNS and j + of + 1 < len(lower) \
                    and all_digits(lower[j + of + 1]):
                self._dimension_unit(doc, lower, item, j + of + 2)
                break  # "5 x 4 metres", "1920 x 1080": a dimension, not "5 times"
            if unit is None or (n == 1 and _capital_letter(doc[j + of].text)) \
                    or (n == 1 and lower[j + of] in self.words.lower_case_units
                        and not doc[j + of].is_lower):
                continue  # "5G"; "25 bp" is basis points, "50 BP workers" a company's
            if n == 1 and lower[j + of] in self.words.units_before \
                    and j + of + 1 < len(lower) and lower[j + of + 1][:1].isdigit():
                break  # "two magnitude 5 aftershocks": the unit of the figure after it
            if item.unit_kind == "currency" and unit[1] == "currency":
                item.unit = item.unit or unit[0]
                item.end = j + of + n
                return True
            if item.unit_kind == "currency":
                break
            if unit[1] in ("point", "angle") and not all_digits(lower[item.num_end - 1]) \
                    and not match.fraction and not (
                        item.value != 1 and lower[j + of + n - 1].endswith("s")):
                break  # "one point" is no unit; "a quarter-point", "ten points" are
            if unit == ("pound", "mass") and lower[j] != "-" \
                    and self._pounds_sterling(doc, j + of, n, bool(match.scaled),
                                              bool(match.vague)):
                unit = ("GBP", "currency")
            item.unit, item.unit_kind = unit
            item.unit_span = (j + of, j + of + n)
            item.end = j + of + n
            break
        glued_word = item.unit is None and j < len(lower) and not spaces[j - 1] \
            and lower[j][:1].isalpha()
        if item.unit is None and match.fraction and not match.words \
                and self._price_move(doc, lower, item):
            match.fraction = False  # "climbed 3/8", "fell ⅜": a move in the price, no part
        return not glued_word  # "5G", "4x4": a code, not a figure

    def _read_exchange_rate(self, doc: Doc, lower: list[str], item: Found) -> None:
        """ "the yen hit [160 per dollar]", "the rupee weakened to [83.4 against the dollar]":
        a bare figure after which another currency is named, in a clause whose subject is a
        currency, is the price of the one in the other ("JPY per USD")."""
        j = item.end
        if item.unit is not None or item.value is None or item.start != item.num_start \
                or j + 1 >= len(doc) or lower[j] not in ("per", "against", "to", "a"):
            return
        k = j + 1
        if lower[k] in ("the", "one", "each") and k + 1 < len(doc):
            k += 1  # "against the dollar", "to the dollar", "per one euro"
        if lower[j] == "to" and k == j + 1:
            return  # "rose 5 to 7 dollars" is a range, "to the dollar" a rate
        if k + 1 < len(doc) and (lower[k] in ("us", "u.s.") or (
                doc[k].is_title and self._currency_name(doc[k + 1]) is not None)):
            k += 1  # "against the US dollar", "against the Swiss franc"
        base = self._currency_name(doc[k])
        if base is None or (k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN")):
            return  # "against the dollar index", "per dollar bill"
        verb = doc[item.num_start]
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is None and verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.i < verb.i  # "The rouble hit 100 to
                            and c.dep_ in ("amod", "compound", "dep", "npadvmod")  # the dollar"
                            and self._quoted_currency(doc, c) is not None), None)  # (an "amod")
        quoted = self._quoted_currency(doc, subject) if subject is not None else None
        if quoted is None or quoted == base:
            return
        order = self.words.quote_order
        if lower[j] != "per" and quoted in order and (base not in order
                                                      or order.index(quoted) < order.index(base)):
            quoted, base = base, quoted  # "the pound rose to 1.27 against the dollar": as
            # markets quote the pair, dollars per pound
        item.unit, item.unit_kind = f"{quoted} per {base}", "currency"
        item.rate_start, item.end = j, k + 1

    def _quoted_currency(self, doc: Doc, token: Token) -> str | None:
        """The currency a rate is quoted for, named by ``token``: its ISO code ("the yen"), or
        for a name that several countries use ("peso", "dinar") the code of the country that
        qualifies it ("the Mexican peso", "Mexico's peso") or that the text names before it,
        if only one (``national_currencies``); else the name itself ("peso")."""
        code = self._currency_name(token)
        if code is not None:
            return code
        unit = self.words.units.get((token.lower_,))
        if unit is None or unit[1] != "currency" or not unit[0].isalpha() \
                or not unit[0].islower():
            return None
        countries = self.words.national_currencies
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") \
                    and unit[0] in countries.get(child.lower_, {}):
                return countries[child.lower_][unit[0]]
        return self._only_country(doc, token, unit[0]) or unit[0]

    def _only_country(self, doc: Doc, token: Token, name: str) -> str | None:
        """The code of the currency ``name`` ("peso") of the one country named in the sentence
        of ``token`` or the sentence before ("Mexico's central bank held rates. The peso
        traded at 18.2 per dollar": MXN), or None when no country, or another place or name, is
        named there ("Mexico's president visited Buenos Aires. The peso ...": the small model
        tags such cities as people too, so any other name of a place or person counts)."""
        countries = self.words.national_currencies
        sentence = token.sent
        start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        window = doc[start:sentence.end]
        codes = {countries[t.lower_][name] for t in window if name in countries.get(t.lower_, {})}
        if len(codes) != 1:
            return None
        code = next(iter(codes))
        for place in window.ents:
            if place.label_ not in PLACE_LABELS \
                    or self._currency_name(place.root.head) is not None:
                continue  # ("the US dollar" names the other currency)
            words = countries.get(place.text.lower(), {})
            if words.get(name) != code:
                return None  # another place named: whose currency is meant is not written
        return code

    def _currency_name(self, token: Token) -> str | None:
        """The ISO code of a currency named by a word ("dollar", "yen", "the pound"), or
        None."""
        word = token.lower_
        if word in self.words.exchange_rate_names:
            return self.words.exchange_rate_names[word]
        unit = self.words.units.get((word,))
        if unit is None or unit[1] != "currency" or not token.is_alpha or len(word) < 3:
            return None
        return unit[0] if unit[0].isupper() and len(unit[0]) == 3 else None

    def _read_unit_before(self, lower: list[str], item: Found) -> None:
        """A unit written before a bare figure: "a [magnitude 6.4] earthquake", "a magnitude
        of [7.1]" (``units_before``); and a quake's magnitude without the word ("a [5.9]
        quake")."""
        k = item.num_start
        if item.unit is not None or item.value is None:
            return
        if item.start == k and k > 0 and lower[k - 1] in self.words.units_before:
            item.unit, item.unit_kind = self.words.units_before[lower[k - 1]]
            item.start = k - 1
        elif item.start == k and k > 1 and lower[k - 1] == "of" \
                and lower[k - 2] in self.words.units_before:
            item.unit, item.unit_kind = self.words.units_before[lower[k - 2]]
        elif item.num_end == k + 1 and "." in lower[k] and 1 <= item.value < 10 \
                and lower[item.num_end:item.num_end + 1] \
                and lower[item.num_end] in self.words.magnitude_nouns:
            item.unit, item.unit_kind = "magnitude", "magnitude"  # "a 5.9 quake"

    def _unit_of_fraction(self, lower: list[str], k: int) -> bool:
        """A unit of measure (no currency: "a quarter of a dollar" stays a part) at token
        ``k``, after "a quarter of a" ("percentage point", "mile")."""
        return any((unit := self.words.units.get(tuple(lower[k:k + n]))) is not None
                   and unit[1] != "currency" and lower[k + n:k + n + 1] != ["-"]
                   for n in range(1, self.max_unit + 1))  # ("half of a metre-long wall")

    def _price_move(self, doc: Doc, lower: list[str], item: Found) -> bool:
        """ "The stock climbed 3/8 to 45 1/8", "fell ⅜", "up 1/4": a bare eighth, quarter …
        right after a change word is the size of a move in a price quoted in fractions, not a
        part of a whole ("fell by ½", "rose 3/4 of a point", "risen half", "down
        three-quarters" stay fractions: the caller asks only of figures written as numerals)."""
        k = item.num_start - 1
        if k < 0 or item.value is None or not 0 < item.value < 1 \
                or not float(item.value * 32).is_integer() \
                or (item.num_end < len(lower) and lower[item.num_end] == "of"):
            return False
        lemma = doc[k].lemma_.lower()
        return lower[k] in ("up", "down") or lemma in self.words.change_up \
            or lemma in self.words.change_down

    def _glued_cent(self, doc: Doc, lower: list[str], item: Found) -> bool:
        """ "50c a share", "fell 5c to $1.20": a lower-case "c" glued to a figure is cents
        where a rate follows or the sentence speaks of money in a currency; after a name or
        label ("Form 10c", "Section 5c") or without money about it is none."""
        token = doc[item.num_end - 1]
        if not token.text.rstrip(".").endswith("c") or item.num_end - item.num_start > 1:
            return False
        if item.num_start > 0 and doc[item.num_start - 1].is_title \
                and not doc[item.num_start - 1].is_sent_start:
            return False
        after = lower[item.num_end] if item.num_end < len(lower) else ""
        if after in RATE_WORDS or after in self.words.letter_currency_after:
            return True
        return any(t.lower_ in self.words.currency_prefixes and not t.is_alpha
                   or (t.pos_ in ("NOUN", "PROPN") and t.lower_ not in ("p", "c")
                       and self.words.units.get((t.lower_,), ("", ""))[1] == "currency")
                   for t in token.sent if t.i != token.i)  # "won", "p" on their own: none

    def _million_before(self, token: Token, figure: Token) -> bool:
        """Does ``token``, after a glued "m" or "k", make that a scale ("5m people", "a 1.2m
        loss", "a 300m contract", "10k jobs") rather than metres ("a 2m wall")? ``figure``:
        the first token of the number."""
        if (token.lower_,) in self.words.units:
            return False
        if token.lower_ in self.words.material_words:
            return False  # "8m concrete walls", "10m steel masts": metres
        if token.tag_ in ("JJ", "NN") and token.lower_ not in self.words.size_adjectives \
                and token.i + 1 < len(token.doc):
            # "200m active users", "3m new customers", "160m credit cards" ("5m tall trees",
            # "the 8m concrete walls", "two 10m steel masts" are metres)
            modifier, head = token, token.nbor()
            if head.tag_ in ("NNS", "NNPS") and has_cue(head, self.words.length_nouns):
                return False  # "4m blast walls", "2m security fences": metres
            if head.tag_ in ("NNS", "NNPS"):
                return modifier.lower_ in self.words.count_adjectives \
                    or head.lower_ in self.words.person_nouns \
                    or head.lemma_.lower() in self.words.person_nouns \
                    or has_cue(head, self.words.money_cues) or not _determined(figure)
            if modifier.tag_ == "JJ":
                return False
        return token.tag_ in ("NNS", "NNPS") or has_cue(token, self.words.money_cues)

    def _read_rate(self, doc: Doc, lower: list[str], item: Found) -> None:
        """A rate after a sum or a measure: "$1.40 a share", "$82 per barrel", "15% per
        annum", "188 miles an hour", "$5 per square foot" — the unit becomes "USD per share".
        After "a"/"an" only a unit, a time unit or a noun of ``rate_nouns`` is a rate ("fell 3%
        a second session" is none); "5% a year earlier" is a time, "$300 a head of cattle" no
        rate of heads."""
        if item.unit is None or item.unit_kind in ("count", "fraction", "age", "percent") \
                and item.unit != "percent":
            return
        self._read_rate_at(doc, lower, item, item.end)

    def _read_rate_after_of(self, doc: Doc, lower: list[str], item: Found) -> None:
        """ "55 billion cubic metres of gas a year", "$5bn of aid a year", "150 tonnes of food a
        day": a sum or measure of something over a time is a rate over that time ("cubic metre
        per year"); the figure's text stays the sum, "of gas" is what it measures. Only a time
        after "a"/"an"/"per" ("a year earlier" is a time, "$5bn of aid a donor" no rate)."""
        if item.unit is None or item.rate_start is not None or " per " in item.unit \
                or item.unit_kind in ("count", "fraction", "age", "percent", "multiple") \
                or item.end >= len(doc) or lower[item.end] != "of":
            return
        k = item.end + 1
        while k < len(doc) and k <= item.end + 3 and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") \
                and doc[k].is_alpha:
            k += 1
        if k == item.end + 1 or k + 1 >= len(doc) or lower[k] not in RATE_WORDS \
                or lower[k + 1] not in self.words.time_units or lower[k + 1].endswith("s"):
            return
        end = k + 2
        if end < len(doc) and (lower[end] in ("'s", "’s") or (
                (lower[end] in self.words.relative_time_words
                 or " ".join(lower[end:end + 2]) in self.words.relative_time_words)
                and (lower[end] != "on" or end + 1 == len(doc) or doc[end + 1].is_punct))):
            return  # "$5bn of aid a year earlier", "a year on,", "a year's worth"
        item.unit = f"{item.unit} per {lower[k + 1]}"

    def _read_counted_rate(self, doc: Doc, lower: list[str], item: Found) -> None:
        """A count "per" anything: "3 goals per game", "500 employees per site" ("goal per
        game"), or "a"/"an" a unit of time: "2,500 patients a year" ("person per year"), "40
        aid trucks a day" ("truck per day"), as a sum or a measure is ("$5 billion a year",
        "barrels a day"; "a year earlier" is a time, :meth:`_read_rate_at`). The figure's
        text stays the number."""
        if item.unit_kind != "count" or item.noun is None or item.rate_start is not None \
                or item.about is None or item.about[1] != item.noun + 1:
            return
        j = item.noun + 1
        if j + 1 >= len(doc) or not (lower[j] == "per" or (
                lower[j] in ("a", "an") and lower[j + 1] in self.words.time_units
                and not lower[j + 1].endswith("s"))):
            return
        end = item.end
        self._read_rate_at(doc, lower, item, j)
        item.end = end

    def _read_rate_at(self, doc: Doc, lower: list[str], item: Found, j: int, *,
                      again: bool = True) -> None:
        """The rate opened at token ``j`` (see :meth:`_read_rate`). A second rate over a time
        may follow the first ("£1,200 per patient per year", "12 kg per person per year")."""
        if j + 1 >= len(doc):
            return
        if lower[j] == "to" and lower[j + 1] == "the":
            self._read_rate_to_the(lower, item, j)  # "55 miles to the gallon"
            return
        abbreviation = self.words.rate_abbreviations.get(lower[j])
        if abbreviation is not None and item.unit_kind == "currency" and again \
                and lower[j] not in self.words.glued_only_rates:
            item.rate_start, item.unit = j, f"{item.unit} per {abbreviation}"
            item.end = j + 2 if lower[j] == "p.a" and lower[j + 1] == "." \
                and not doc[j].whitespace_ else j + 1  # "£30,000 p.a." ("p.a", ".")
            return  # "£1,200 pcm", "£30,000 pa"
        if lower[j] not in RATE_WORDS:
            return
        per: str | None = None
        end = j + 1
        for n in range(min(self.max_unit, len(lower) - j - 1), 0, -1):
            unit = self.words.units.get(tuple(lower[j + 1:j + 1 + n]))
            if unit is not None and unit[1] not in ("currency", "percent"):
                per, end = unit[0], j + 1 + n
                break
            if unit is not None and unit[1] == "currency" and lower[j] == "per" \
                    and item.unit_kind == "currency" and unit[0] != item.unit \
                    and len(unit[0]) == 3 and unit[0].isupper():
                per, end = unit[0], j + 1 + n  # "1.08 dollars per euro": USD per EUR
                break
        if per is None:
            k = j + 1
            if lower[k] in self.words.rate_modifiers and k + 1 < len(doc):
                k += 1  # "a troy ounce", "per cubic metre"
            noun = doc[k]
            if noun.tag_ != "NN" or not noun.is_alpha:
                return
            if noun.dep_ in ("nsubj", "nsubjpass"):
                return  # "shares fell 3% a trader said": the speaker, no rate
            per = RATE_NOUNS.get(noun.lower_) or self.words.plural_lemmas.get(noun.lower_) \
                or noun.lemma_.lower()
            end = k + 1
            if lower[j] != "per" and per not in self.words.time_units \
                    and per not in self.words.rate_nouns and per not in self.words.person_nouns:
                return  # "fell 3% a sign that …", "gained 12% a record": no rate
        if not again and per not in self.words.time_units:
            return  # "per patient per year" (a second rate over a time only)
        if end < len(doc) and lower[end] in ("'s", "’s"):
            return  # "300 miles a day's journey"
        if per in self.words.time_units and end < len(doc) and not _from_a_figure(doc, end) and (
                lower[end] in self.words.relative_time_words
                or " ".join(lower[end:end + 2]) in self.words.relative_time_words
                or " ".join(lower[end:end + 3]) in self.words.relative_time_words) \
                and (lower[end] != "on" or end + 1 == len(doc) or doc[end + 1].is_punct):
            return  # "up 5% a year earlier", "a year in advance", "a year on,": a time
        item.rate_start = j if item.rate_start is None else item.rate_start
        item.unit = f"{item.unit} per {per}"
        item.end = end
        if again and end + 1 < len(doc) and lower[end] in RATE_WORDS:
            self._read_rate_at(doc, lower, item, end, again=False)

    def _read_rate_to_the(self, lower: list[str], item: Found, j: int) -> None:
        """ "55 miles to the gallon", "14 km to the litre": a measure over a unit of another
        kind ("R19.05 to the dollar" is an exchange rate, "1 inch to the mile" a scale, "5
        miles to the shop" no rate)."""
        for n in range(min(self.max_unit, len(lower) - j - 2), 0, -1):
            unit = self.words.units.get(tuple(lower[j + 2:j + 2 + n]))
            if unit is None:
                continue
            if unit[1] in ("currency", "percent") or item.unit_kind in ("currency", None) \
                    or unit[1] == item.unit_kind:
                return
            item.rate_start, item.unit, item.end = j, f"{item.unit} per {unit[0]}", j + 2 + n
            return

    def _read_rate_base(self, doc: Doc, lower: list[str], spaces: list[bool],
                        item: Found) -> None:
        """A rate over a round base: "5 per 1,000 people", "6.8 per 100,000 residents", "4
        deaths per 1,000 live births", "6 litres per 100 km" — one figure whose unit names
        the base ("person per 1000 birth"); the base is no figure of its own."""
        j = item.end
        if item.noun is not None and item.noun + 1 < len(doc) and lower[item.noun + 1] == "per" \
                and item.noun >= item.end:
            j = item.noun + 1  # "4 deaths per 1,000 live births"
        if j + 1 >= len(doc) or lower[j] != "per" or item.rate_start is not None:
            return
        base = read_number(lower, spaces, j + 1, self.numbers)
        if base is None or base.suffix or base.vague or base.fraction or base.value < 10 \
                or not float(base.value).is_integer() or str(int(base.value)).rstrip("0") != "1":
            return
        end, per = base.end, None
        for n in range(min(self.max_unit, len(lower) - end), 0, -1):
            unit = self.words.units.get(tuple(lower[end:end + n]))
            if unit is not None and unit[1] not in ("currency", "percent"):
                per, end = unit[0], end + n
                break
        if per is None and (end >= len(doc) or doc[end].is_punct):
            per = ""  # "250 per 100,000."
        if per is None:
            while end + 1 < len(doc) and doc[end].tag_ == "JJ":
                end += 1  # "live births"
            noun = doc[end]
            if noun.pos_ != "NOUN" or not noun.is_alpha:
                return
            lemma = self.words.plural_lemmas.get(noun.lower_) or noun.lemma_.lower()
            per = "person" if noun.lower_ in self.words.person_nouns \
                or lemma in self.words.person_nouns else lemma
            end += 1
        item.rate_start = j
        rate = f"per {int(base.value)} {per}".strip()
        item.unit = f"{item.unit} {rate}" if item.unit else rate
        item.end = end

    def _scale_word(self, doc: Doc, j: int) -> float | None:
        """The factor of a scale word at token ``j`` ("million", "bn"; not a lone "m")."""
        if j >= len(doc):
            return None
        word = doc[j].lower_
        if word in self.numbers.scales:
            return self.numbers.scales[word]
        return self.numbers.scale_abbreviations.get(word) if len(word) > 1 else None

    def _read_zero_reference(self, lower: list[str], item: Found) -> None:
        """ "5C below zero", "10 degrees below freezing", "It was 5 below zero": the words
        after a temperature (or a bare figure) give its sign, and are no figure of their own."""
        if item.value is None or item.value <= 0 or item.relation != "eq" \
                or not (item.unit_kind == "temperature" or item.unit is None
                        or item.unit == "degree"):
            return
        for words, sign in self.words.zero_references.items():
            if tuple(lower[item.end:item.end + len(words)]) == words:
                item.value = item.low = item.high = sign * item.value
                item.end += len(words)
                return

    @staticmethod
    def _read_spaced_minus(lower: list[str], item: Found) -> None:
        """ "- 20 degrees": a minus sign set apart from a temperature (not "10 - 20 degrees")."""
        i = item.start
        if item.unit_kind != "temperature" or item.value is None or i == 0 \
                or lower[i - 1] not in ("-", "−") or (i > 1 and all_digits(lower[i - 2])):
            return
        item.value, item.start = -item.value, i - 1

    def _unit_at_end(self, doc: Doc, lower: list[str], k: int, at: int | None = None
                     ) -> tuple[str, str] | None:
        """A unit that keeps the sentence's full stop ("30 m.", spaCy's "m." token) at the end
        of a sentence: ``lower[k]``, token ``at`` of the doc (``k`` unless given)."""
        word, at = lower[k], k if at is None else at
        if len(word) < 2 or not word.endswith(".") or not (
                at + 1 == len(doc) or doc[at + 1].is_sent_start):
            return None
        return self.words.units.get((word[:-1],))

    def _dimension_unit(self, doc: Doc, lower: list[str], item: Found, k: int) -> None:
        """ "5 x 4 metres", "1920 x 1080 pixels": the first side of a dimension takes the
        unit written after the second (a length, an area or a count of pixels; "5 by 4" alone
        stays bare)."""
        second = parse_numeral(lower[k - 1])
        if item.value is None or second is None or (
                second.value >= COUNT_TIMES_RATIO * item.value and second.value % 100 == 0):
            return  # "4 x 100 metres relay", "2 x 500 kW": a count of things that size ("a
            # trench of 2 x 50 metres" is a dimension)
        while k + 1 < len(lower) and lower[k] in DIMENSION_SIGNS and all_digits(lower[k + 1]):
            k += 2  # "12 x 2.4 x 2.6 metres"
        for n in range(min(self.max_unit, len(lower) - k), 0, -1):
            unit = self.words.units.get(tuple(lower[k:k + n]))
            if unit is None and n == 1:
                unit = self._unit_at_end(doc, lower, k)  # "2 x 3 m."
            if unit is not None and unit[1] in DIMENSION_KINDS \
                    and not (n == 1 and _capital_letter(doc[k].text)):
                item.unit, item.unit_kind = unit
                return
        if k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].tag_ == "NNS" \
                and lower[k - 2] in ("x", "×") and item.value >= 100:
            item.unit = doc[k].lemma_.lower()  # "1920 x 1080 pixels" ("3 x 10 reps": sets)

    def _scale_before_unit(self, word: str) -> bool:
        """ "2m [tonnes]": a unit after "m"/"k" that is no currency or length makes the letter
        a scale ("2m tonnes" is two million tonnes; "2m high" stays metres)."""
        unit = self.words.units.get((word,))
        return unit is not None and unit[1] not in ("currency", "length", "percent") \
            and word not in DIMENSION_SIGNS  # "20m x 30m": metres by metres

    @staticmethod
    def _scale(item: Found, factor: float) -> None:
        item.value = scaled_value(item.value, factor)
        item.low, item.high = scaled_value(item.low, factor), scaled_value(item.high, factor)


#: Words before a negative or decimal figure with a glued C or F that make it degrees ("stored
#: at -70C", "the 1.5C limit"; "the 5C class" is a whole number: a label).
MEASURED_TEMPERATURE_BEFORE = frozenset({"at", "to", "by", "of", "from", "the", "a", "an"})


def _plain_temperature(doc: Doc, item: Found) -> bool:
    """ "hit 41C", "It was 104F", "recorded 38C on Tuesday", "felt like -30F": a glued C or
    F read as degrees right after a verb or a word of approximation, or a negative or decimal
    one after a preposition or an article ("stored at -70C", "warmed by 1.1C", "the 1.5C
    limit"), where the figure is one the weather can reach; after anything else it is a label
    ("Apartment 4C", "the 5C class", "moved from 3C to 4C", "Seats 3C and 4C", "on 3F of the
    building")."""
    if item.value is None or not -90 <= item.value <= 140 or item.num_end - item.num_start > 1:
        return False
    if item.num_start == 0:
        return False
    before = doc[item.num_start - 1]
    after = doc[item.num_end] if item.num_end < len(doc) else None
    if after is not None and after.is_sent_start:
        after = None  # "could hit 45C. Overnight temperatures …": the next sentence
    measured = item.value < 0 or not float(item.value).is_integer()
    return (before.pos_ in ("VERB", "AUX") or before.lower_ in TEMPERATURE_OPENERS
            or (measured and before.lower_ in MEASURED_TEMPERATURE_BEFORE)) \
        and (after is None or after.pos_ not in ("PROPN", "ADJ", "NUM")) \
        and not (after is not None and after.lower_ == "of")


def _determined(token: Token) -> bool:
    """A determiner, number or possessive right before ``token`` ("the 8m walls", "two 10m
    masts", "its 5m boats"): the figure describes the things, it does not count them."""
    if token.i == 0:
        return False
    before = token.nbor(-1)
    return before.pos_ in ("DET", "NUM") or before.tag_ in ("PRP$", "POS")


def _capital_letter(text: str) -> bool:
    """One capital letter ("5G", "F 16") is a name, not a unit (but "5 K" may be kelvin…)."""
    return len(text) == 1 and text.isupper() and text not in "KMBL"


def _from_a_figure(doc: Doc, i: int) -> bool:
    """Is token ``i`` a "from" before a figure ("to $17 an hour from $15.50"), not the "from" of
    a time counted from a moment ("a year from now")?"""
    if doc[i].lower_ != "from" or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.like_num or nxt.tag_ == "$" or nxt.text in ("$", "€", "£", "¥")
