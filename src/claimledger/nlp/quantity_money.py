"""Money.

Currency signs and codes before a figure ("$", "NZ $ 26 million", "MAUD 60", letters glued before
it: "R15.9 billion", "N1,505") or after it ("120 SEK", "30 MUSD", "75 USD million"), "pounds" as
sterling or as weight, and a sum's minor amount ("3 dollars 50 cents", "15 dollars 50", "17 USD
25").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .numbers import NumberMatch, NumberWords, read_number
from .quantity_found import NOUNS, Found, has_cue
from .quantity_lexicon import QuantityWords

#: Two decimals at the end of a figure: cents ("R18.20").
CENTS = re.compile(r"\.\d\d$")
#: Hundredths of a currency, added to the whole amount before them ("3 dollars 50 cents").
SUBUNITS = {"cent": "cent", "cents": "cent", "pence": "penny", "penny": "penny"}
#: Parts of speech after a bare "15 dollars [50]" that make the 50 a figure of its own
#: ("and 30 people", "and 30 came", "and 30 more were").
BARE_MINOR_NOT_BEFORE = frozenset({"NOUN", "PROPN", "NUM", "VERB", "AUX"})


class QuantityMoney:
    """Currencies and sums of money; mixed into :class:`.quantities.QuantitiesComponent`."""

    words: QuantityWords
    numbers: NumberWords

    def _letter_currency(self, doc: Doc, i: int, figure: str) -> bool:
        """A currency written as letters glued before a figure ("R15.9 billion", "N1,505",
        "Sh4.2 trillion", "GH¢3,100", "R18.20", "R23.9bn", "RM150,000"), as written
        (case-sensitive): only with two decimals, a thousands comma, a scale word or letter
        after it, or as money (:meth:`_priced`: "Tickets cost R350 each"), so that "R2",
        "N95", "R4.3" (a version), "R101" (a road) stay names."""
        text = doc[i].text
        code = max((c for c in self.words.letter_currencies if text.startswith(c)
                    and text[len(c):len(c) + 1].isdigit()), key=len, default=None)
        if code is None:
            return False
        return self._money_figure(doc, i, figure)

    def _letter_currency_before(self, doc: Doc, match: NumberMatch) -> str | None:
        """A currency's letters set apart before the figure, as written: "RM 150,000", "R 1.5
        billion" (with the same signs of money as :meth:`_letter_currency`)."""
        if match.start == 0 or match.words or match.vague or match.fraction:
            return None
        code = self.words.letter_currencies.get(doc[match.start - 1].text)
        if code is None or not self._money_figure(doc, match.start, doc[match.start].text):
            return None
        return code

    def _money_figure(self, doc: Doc, i: int, figure: str) -> bool:
        """Is the figure at token ``i`` written as money: two decimals, a thousands comma, a
        scale word or letter ("R23.9bn"), or a price (:meth:`_priced`)?"""
        after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        suffix = figure.lstrip("0123456789,.")
        return "," in figure or CENTS.search(figure) is not None or after in self.numbers.scales \
            or after in self.numbers.scale_abbreviations \
            or (suffix in self.numbers.scale_abbreviations and suffix not in ("m", "k")) \
            or self._priced(doc, i)

    def _priced(self, doc: Doc, i: int) -> bool:
        """ "cost R350", "Tickets cost R350 each", "paid N500": a figure that is a price (a
        word of ``letter_currency_after`` after it, or the object of a verb or noun of
        ``price_cues``); a figure that is a subject ("the N95 costs") or names a thing ("R101
        road") is none."""
        if i + 1 < len(doc) and doc[i + 1].lower_ in self.words.letter_currency_after:
            return True
        token = doc[i]
        if token.dep_ in ("nsubj", "nsubjpass", "compound", "nmod", "amod", "poss"):
            return False
        head = token.head
        if head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head  # "priced at R350"
        return head.i != token.i and has_cue(head, self.words.price_cues)

    def _dollar_country(self, doc: Doc, lower: list[str], sign: int) -> str | None:
        """The currency of a "$" token set apart from its country code ("NZ $", "HK $"): a
        code of two or more capitals right before it ("a $5 fee" stays USD)."""
        if lower[sign] != "$" or sign == 0:
            return None
        code = doc[sign - 1]
        if len(code.text) < 2 or not code.is_upper:
            return None
        return self.words.currency_prefixes.get(code.lower_ + "$")

    def _currency_before(self, lower: list[str], i: int) -> str | None:
        if i == 0:
            return None
        return self.words.currency_prefixes.get(lower[i - 1])

    def _pounds_sterling(self, doc: Doc, j: int, n: int, scaled: bool, vague: bool) -> bool:
        """Are the "pounds" at ``doc[j:j + n]`` money ("profit rose to 361 million pounds",
        "paid 40 pounds"), not weight ("2 million pounds of beef", "2,000 pound bombs", "lost
        30 pounds")? Money where the words that govern the figure speak of money ("pay",
        "cost", "worth"), or where a scale word counts it ("2 billion pounds") and they do not
        speak of weight; "pounds of" is money only before money ("pounds of funding")."""
        if doc[j].lower_ not in ("pound", "pounds"):
            return False  # "lb", "lbs": weight
        after = doc[j + n] if j + n < len(doc) else None
        if after is not None and after.lower_ == "of":
            return any(t.pos_ == "NOUN" and has_cue(t, self.words.money_cues)
                       for t in doc[j + n + 1:j + n + 5])  # "of taxpayers' money"
        if after is not None and after.pos_ == "NOUN" and doc[j].head.i == after.i:
            return False  # "2,000 pound bombs": a weight class
        governors = []
        head = doc[j].head
        for _ in range(3):
            if head.i == doc[j].i or head in governors:
                break
            governors.append(head)
            if head.pos_ not in ("ADP", "NUM") and head.dep_ != "prep" and not head.like_num \
                    and not self.numbers.starts_number(head.lower_):
                break
            head = head.head  # "sold for 5 pounds", "weighing thousands of pounds"
        if governors and governors[-1].pos_ in ("VERB", "AUX"):
            # "the fine was 200 pounds", "shares closed at 3 pounds": what the clause is about
            governors += [c for c in governors[-1].children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(has_cue(t, self.words.mass_cues) for t in governors):
            return False
        return scaled or vague or any(has_cue(t, self.words.money_cues) for t in governors)

    def _scaled_code_before(self, doc: Doc, match: NumberMatch) -> tuple[str, float] | None:
        """ "MAUD 60", "TEUR 500": a scale letter glued to an ISO code right before a plain
        figure (``currency_code_scales`` in ``quantities.json``); None elsewhere."""
        if match.start == 0 or match.scaled or match.vague or match.suffix or match.fraction:
            return None
        return self.words.scaled_codes.get(doc[match.start - 1].text)

    def _code_after(self, doc: Doc, item: Found, match: NumberMatch) -> bool:
        """A currency code written in capitals right after the figure: "120 SEK", "30 MUSD"
        (a scale letter glued to the code: million, thousand), "75 USD million" (a scale word
        after the code multiplies the figure). Sets the unit and returns True where one is."""
        j = item.num_end
        word = doc[j].text
        scaled = self.words.scaled_codes.get(word)
        plain = len(word) == 3 and word.isalpha() and word.isupper() \
            and word.lower() in self.words.currency_prefixes
        if match.vague or match.fraction or not (scaled or plain):
            return False
        if j + 1 < len(doc) and doc[j + 1].is_alpha and doc[j + 1].is_upper:
            return False  # "5 TRY TO FLEE": a headline in capitals, not Turkish lira
        if scaled and match.scaled:
            return False  # "5 million MUSD": no figure written that way
        if not scaled and j + 1 < len(doc) and doc[j + 1].pos_ in NOUNS \
                and self._scale_word(doc, j + 1) is None:
            return False  # "30 CAD drawings": the code names a noun's kind (the unit words
            # read "30 USD fee" on their own)
        item.unit, item.unit_kind = (scaled[0] if scaled else
                                     self.words.currency_prefixes[word.lower()]), "currency"
        item.end = j + 1
        factor = scaled[1] if scaled else self._scale_word(doc, j + 1)
        if factor is not None and not match.scaled:
            self._scale(item, factor)
            item.end += 0 if scaled else 1
        return True

    def _read_cents(self, doc: Doc, lower: list[str], spaces: list[bool], item: Found,
                    match: NumberMatch, blocked: set[int]) -> None:
        """ "3 dollars 50 cents", "thirteen dollars and forty-five cents": one sum of money; so
        is a bare whole 1–99 after a currency word or code written after the figure ("15
        dollars 50", "17 USD 25", "thirteen dollars forty five") where nothing of its own
        follows it (see :meth:`_bare_minor`)."""
        if item.unit_kind != "currency" or item.relation != "eq" or item.value is None \
                or item.unit in SUBUNITS.values() or not float(item.value).is_integer():
            return
        k = item.end + 1 if item.end < len(lower) and lower[item.end] == "and" else item.end
        if k >= len(lower) or k in blocked or not self.numbers.starts_number(lower[k]):
            return
        cents = read_number(lower, spaces, k, self.numbers)
        if cents is None or cents.vague or cents.suffix or cents.scaled or cents.fraction \
                or not 0 < cents.value < 100 or any(n in blocked for n in range(k, cents.end)):
            return
        if cents.end < len(lower) and SUBUNITS.get(lower[cents.end]) is not None:
            item.value = item.value + cents.value / 100
            item.end = cents.end + 1
        elif self._bare_minor(doc, lower, item, match, cents):
            item.value = item.value + cents.value / 100
            item.end = cents.end

    def _currency_word(self, token: Token) -> bool:
        """A currency written as a word or unscaled code ("dollars", "USD"), not a sign."""
        word = token.lower_
        return word.isalpha() and token.text not in self.words.scaled_codes and (
            self.words.units.get((word,), ("", ""))[1] == "currency"
            or word in self.words.currency_prefixes)

    def _bare_minor(self, doc: Doc, lower: list[str], item: Found, match: NumberMatch,
                    cents: NumberMatch) -> bool:
        """ "15 dollars [50]", "17 USD [25]": a bare whole number is the minor amount of the sum
        before it only where the currency is a word or code written after an unscaled figure
        ("$15 50" is two figures) and no noun, unit, number or verb of its own follows it
        ("paid 20 dollars and 30 people came", "20 dollars and 30 euros" stay two)."""
        last = item.end - 1
        if match.scaled or match.suffix or item.start != item.num_start \
                or last < item.num_end or not self._currency_word(doc[last]) \
                or not float(cents.value).is_integer():
            return False
        if cents.value < 10 or (item.start > 0 and lower[item.start - 1] == "between"):
            return False  # "2 dollars 5 more", "between 20 dollars and 30": not cents
        if cents.end >= len(doc):
            return True
        after = doc[cents.end]
        if after.is_punct and lower[cents.end] not in self.words.bare_minor_not_before:
            return True  # "it costs 15 dollars 50.", "thirteen dollars forty five,"
        if item.end < len(lower) and lower[item.end] == "and":
            return False  # "15 dollars and 10 for students": two figures
        return after.pos_ not in BARE_MINOR_NOT_BEFORE \
            and lower[cents.end] not in self.words.bare_minor_not_before \
            and (lower[cents.end],) not in self.words.units \
            and not lower[cents.end][:1].isdigit()  # "17 USD 25 in March", "2 EUR 10 a litre"
