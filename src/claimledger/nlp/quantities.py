"""The quantities component: bounded figures, what they count and what happened to it.

``claimledger_quantities`` writes ``doc._.cl_quantities``: one :class:`record.Quantity` per
figure, in document order (ids ``q1``, ``q2`` …). For "more than 2,000 Sudanese civilians
had been displaced" it gives text "more than 2,000", value 2000, low 2000,
relation ``gt``, unit ``person``, measure "displaced" and about "Sudanese
civilians" (linked to its entity through :func:`entities.entity_at`).

How it reads a figure (all word lists are data in ``lexicon/en/``):

- the number itself (:mod:`.numbers`): numerals with separators and decimals, number words,
  scale words ("1.5 million", "€200m", "5bn"), ranges ("between 10 and 12", "10-12");
- the bound before or after it (``quantities.json`` ``bounds``): "more than" ``gt``, "at
  least" ``ge``, "up to" ``le``, "about"/"nearly" ``approx`` ("nearly"/"almost" also set
  ``high``; "priced in about a 60% chance"), "within 5 points" ``le``, a figure after the
  "at" of a verb of estimating ("estimated losses at $18bn") or the "of" of a noun it qualifies
  ("an estimated value of £160m") ``approx``. ``eq`` figures have ``low == high == value``;
- figures of a list share the unit, scale word and change written once after the last
  (:mod:`.quantity_lists`: "87, 91 and 94 points", "$3, $4 and $5 million");
- vague amounts keep the ACLED convention (``numbers.json``): "dozens" 12, "hundreds" 100,
  "thousands" 1,000 … as ``approx`` with the coded figure as ``low`` and one below the
  next order of magnitude as ``high``;
- its unit (``units.json``): currency, percent, physical units; else the counted noun
  ("soldiers" → ``person``, "tanks" → ``tank``);
- what it counts (``about``: the counted noun phrase; a bare figure — "another 2,700 were
  injured" — inherits the subject of the figure before it in the same sentence) and what
  happened to it (``measure``: the verb it is subject or object of, "killed and wounded",
  "captured"; for physical units the unit phrase, "barrels of oil");
- ``change`` "up"/"down" where a change verb governs the figure directly or through "by"
  ("rose 5%", "rose by 5%", "up 2%"). A level before or after a change ("fell **to** 3%", "up
  **from** 61%") is no change: its change is null and its relation stands (the figure is not the
  change; CQE reads "up 10.4 cents to US $2.24" the same way); so is the size of a change named
  by a noun ("a 5% drop", "a rise of 5%") or a difference named by a comparative after the
  figure ("closed 3% higher"), as CQE reads a word after the figure;
- ages (unit ``year`` — or ``month``/``week``/``day`` —, measure ``age``, about the person or
  thing): "a 28-year-old soldier", "aged 19", "19 years old", "95 years of age", "a
  100-year-old bridge" (also where the times component holds "95 years" or "100-year-old" as
  a DURATION: it keeps its record), "children under the age of 5" (``lt``), "Jane Doe, 52,",
  "Jane Doe (52)", "the man, now 71,", and decades of life as ranges: "in his 40s" 40–49,
  "in her early/mid/late forties" 40–43/44–46/47–49, "in their teens" 13–19. Durations
  ("for three years") stay times only;
- fractions (unit ``fraction``, value the part of one: 0.5, 1/3 …, about the whole):
  "two-thirds of the voters", "a third of", "half of / half the troops", "a one-third
  stake", "more than half", "cut by a third", "up a tenth"; a fraction with a unit is that
  unit ("half a percentage point", "1/2 cup"); "a quarter of a century", "half the time",
  "the third of four" are no fractions;
- ratios and tallies of political news: "one in four voters", "four in 10", "a one-in-five
  chance" are one fraction (0.25 …, about the noun after; ``ratio_joiners``); "won 61%-37%" is
  two percent figures; a falling dash pair after a voting verb or before "vote"/"decision"
  ("passed 52-47", "a 5-4 ruling") is two figures with unit ``vote`` (elsewhere a score; not
  "12-11-2019" nor "24-7 access"); "killed two in three attacks" is no ratio;
  "+/-3 points", "±3 points" are margins read as their size;
- decades of a measure are ranges (:mod:`.quantity_decades`): "in the low 20s" 20–23, "the
  mid-30s" 34–36, "the high 90s Fahrenheit" 97–99, "temperatures in the 40s" 40–49, "the low
  $30s a barrel", "the mid-teens" 15–16, "the low single digits" 1–3, "the minus 20s", "the
  20s and 30s" (both); "in the 1990s", "the '80s" are times, and so is "in the 80s" with
  nothing measured about it; "the low double digits" 10-13, "the low 5% range" 5-5.3, "the
  mid-$20 range" 24-26; a rate in percent ("unemployment is in the mid-30s") takes that unit;
- a tally after a motion that failed ("the motion failed 45 to 55") is two vote figures in
  either order; a bare score a player breaks in golf ("broke 70 in the opening round") is no
  lower bound; a gapped bare figure counts what the one before it counts ("scored 31 points
  and Davis 28": 28 points, but not across a scale: "$50 billion and the states 20");
- exchange rates: a bare figure before "per"/"against"/"to the" and a currency, in a clause
  whose subject is a currency, is "JPY per USD" ("the yen hit 160 per dollar"); "1.08 dollars
  per euro" is "USD per EUR"; magnitudes: "a magnitude 6.4 quake", "a magnitude-6.8 quake",
  "a 5.9 quake", "4.2 on the
  Richter scale"; tallies "passed 312 to 118" are two vote figures like "passed 312-118";
  a gapped second figure ("Revenue rose 5% and costs 9%", "Iyer made 78 and Kohli 52") keeps
  the first one's change, and is a figure, not a name's label;
- a count before a hyphened number compound counts the noun ("four three-pointers" 4
  three-pointer, "two five-year deals" 2 deals; number words add up only as English adds them),
  also past a measured figure or a model's code ("six 155mm shells", "12 T-72 tanks"); "from
  three-point range" names a kind, no figure ("a 500-point range" is measured); "24 of 31
  passes", "4-of-12" are made-of-tried pairs; a race's gap the times component holds
  ("finished 2.3 seconds behind Norris", "0.4 seconds off the pace") is also a figure ("waited
  20 minutes outside" stays a time); things an aircraft lets fall ("the jets dropped three
  bombs") and rain or snow itself falling ("snow fell 20 cm") are no changes ("dropped three
  mines from its portfolio", "annual rainfall fell by 120mm" are); "over" before a count of
  places after the thing seen there or a verb of flying ("64 drones over eight regions", "flew
  over 20 villages", "drones were seen over 12 locations") is where, not "more than"
  ("inspectors saw over 20 sites" is a bound);
- "twice"/"thrice" are 2/3 ``times`` (like "three times"; "think twice" is an idiom).
  "Doubled"/"tripled"/"halved" stay change verbs, not figures: the CONTRACT's quantity is a
  figure the text gives, and a multiplying verb's object is the base, never the change;
- neighbouring alternatives are one range ("17 or 18 percent", "seven or eight thousand
  votes", "a 10- or 12-foot wall"); a bare first figure of another rising pair joined by
  "or"/"to" takes the scale or percent written after the second and what it counts ("20 or 25
  percent", "10 or 12 shots"; a comma joins no pair, a bounded figure keeps its own), and one
  before a duration is part
  of that time ("30 or 40 years ago"); "voters 65 and older" is an age bound (with people or
  "aged" near it; "Android 9 or older" is none); "near zero", "near 5%" are ``approx``, "near
  10 Downing Street", "near 3 villages" are places;
- contest margins ("lost the race by ten points") and counts or sums moved somewhere
  ("rallied thousands", "sank $3bn into") are no changes ("output sank 200,000 tonnes" is);
- written forms CQE's test sets use: "one of the guards was hurt" (1; "one" that only picks
  a thing out, "one of the most polarizing figures", "one official said", is none), "80, 000"
  (and "1, 118" where the text splits its thousands that way elsewhere), "3 dollars 50
  cents", glued "USD115", "50p", "40C" (in a sentence about the weather), "tenfold", "3.2e5",
  "3 and a half million", "a couple of" (2, approx);
- money written in other ways: a bare whole 1–99 after a currency word or code written after
  the figure is its minor amount ("15 dollars 50", "thirteen dollars forty five", "17 USD 25"
  — but "20 dollars and 30 people", "$15 50" stay two figures); a scale word after a code
  ("75 USD million"); a scale letter glued to an ISO code in business writing ("30 MUSD",
  "MAUD 60", "500 kEUR", "TEUR 500": ``currency_code_scales`` in ``quantities.json``); a code
  in capitals after the figure ("120 SEK"); signs of other scripts ("100元", "Mex$ 10").

What is not a quantity: anything inside a ``doc._.cl_times`` span (the times component runs
first, except the age case above), and, on its own, dates ("Feb. 27", "in 2024"), clock times
("0:00", "3 p.m.", "the train departs at 10.45", "kick-off at 19.45"), durations ("two days":
those are times), ordinals ("2nd"), phone numbers, list markers ("1)", "2 )"), ratios
("2-for-1"), labels ("Article 5", "Boeing 737", "the 8088 chip", "the 486 is", "No. 2", "verse
16", "911 calls"), years as modifiers ("the 2012 attacks", "Republican 2016 hopefuls"; "some
2000 refugees" counts them), idioms ("at one point", "for one thing", "settling scores") and
numbers glued to other words ("1e999"). Every value is finite and every scan is linear in the
tokens.

This module finds the figures and reads each in order; the reading is split by concept over
mixins of :class:`QuantitiesComponent`: :mod:`.quantity_filters` (what is not a quantity),
:mod:`.quantity_ages`, :mod:`.quantity_decades`, :mod:`.quantity_ranges` (ranges, ratios,
tallies, shared pairs), :mod:`.quantity_units` (units, scales, rates), :mod:`.quantity_money`,
:mod:`.quantity_bounds`, :mod:`.quantity_change` and :mod:`.quantity_about` (what it counts,
what happened to it). The figure being read is a :class:`.quantity_found.Found`; the word lists
are :mod:`.quantity_lexicon`'s.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..record import Quantity
from .numbers import (
    SPLIT_EVIDENCE,
    NumberMatch,
    NumberWords,
    finite,
    number_words,
    read_number,
    tidy,
)
from .quantity_about import QuantityAbout
from .quantity_ages import QuantityAges, appositive_age
from .quantity_bounds import QuantityBounds
from .quantity_change import (
    QuantityChange,
    conjoined_changes,
    gapped_changes,
    gapped_units,
    restated_changes,
)
from .quantity_decades import QuantityDecades
from .quantity_filters import QuantityFilters
from .quantity_found import (
    APPROX_SIGNS,
    CURRENCY_SIGNS,
    PLUS_MINUS,
    TALLY_SIGNS,
    Found,
    scaled_value,
)
from .quantity_lexicon import QuantityWords, load_demonyms, quantity_words
from .quantity_lists import share_listed
from .quantity_money import QuantityMoney
from .quantity_one import QuantityOne
from .quantity_ranges import QuantityRanges, dangling_start, share_counted, share_from_to
from .quantity_units import QuantityUnits

#: A figure with letters glued after it that ends a sentence ("12C.", "5km."): the full stop is
#: no part of it.
GLUED_UNIT_AT_END = re.compile(r"[-+−]?\d[\d,.]*[^\W\d]+\.")
#: A number grouped with commas ("1,200"): the text does not group thousands with spaces.
COMMA_GROUPS = re.compile(r"\d,\d{3}(?!\d)")


class QuantitiesComponent(QuantityFilters, QuantityOne, QuantityAges, QuantityDecades,
                          QuantityRanges, QuantityUnits, QuantityMoney, QuantityBounds,
                          QuantityChange, QuantityAbout):
    """Finds the bounded figures of a Doc; see the module docstring for what it reads."""

    def __init__(self, *, lang: str = lexicon.LANG) -> None:
        self.numbers: NumberWords = number_words(lang)
        self.words: QuantityWords = quantity_words(lang)
        self.demonyms: frozenset[str] = load_demonyms(lang)
        self.max_bound = max(len(k) for k in self.words.bounds)
        self.max_unit = max(len(k) for k in self.words.units)
        #: Words after a pair's second figure that make it a difference ("2 percent higher").
        self.comparatives = frozenset(self.words.change_after) \
            | frozenset(self.words.comparative_changes)

    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_quantities = self.quantities(doc)
        return doc

    # -- finding figures ---------------------------------------------------------------

    def quantities(self, doc: Doc) -> list[Quantity]:
        """Every quantity of ``doc``, in document order."""
        if len(doc) == 0:
            return []
        columns = doc.to_array([LOWER, SPACY]).tolist()  # no Token objects: each one costs
        strings = doc.vocab.strings
        lower: list[str] = [strings[row[0]] for row in columns]
        spaces: list[bool] = [bool(row[1]) for row in columns]
        text = doc.text  # built from the tokens on every access: read it once
        glued = self._unglue(doc, lower)
        blocked = self._blocked_tokens(doc, text)
        split_groups = SPLIT_EVIDENCE.search(text) is not None
        comma_groups = COMMA_GROUPS.search(text) is not None
        found: list[Found] = []
        i = 0
        while i < len(doc):
            if lower[i] == "in" and i + 2 < len(doc) and lower[i + 1] in self.words.age_possessives:
                decade = self._age_decade(doc, lower, i + 1)
                if decade is not None:
                    found.append(decade)
                    found.extend(self._listed_age_decades(doc, lower, decade))
                    i = found[-1].end
                    continue
            if lower[i] == "the" and i + 1 < len(doc) and i + 1 not in blocked \
                    and (lower[i + 1] in self.words.magnitude_decade_parts
                         or lower[i + 1][-1:] == "s" or lower[i + 1][1:] == "0"
                         or lower[i + 1] in ("single", "double") or "-" in lower[i + 1]
                         or lower[i + 1] in CURRENCY_SIGNS):
                decade = self._part_of_step(doc, lower, i, blocked) \
                    or self._magnitude_decade(doc, lower, i, blocked, found)
                if decade is not None:  # "in the low 20s", "the mid-30s"
                    found.append(decade)
                    second = self._second_decade(doc, lower, decade, blocked)
                    if second is not None:  # "in the 20s [and 30s]"
                        found.append(second)
                        decade = second
                    i = decade.end
                    continue
            if lower[i] in self.words.multiplicatives and i not in blocked \
                    and (i == 0 or lower[i - 1] not in self.words.not_multiplicative_after):
                found.append(self._multiplicative(doc, lower, i))
                i += 1
                continue
            if lower[i].lstrip(TALLY_SIGNS)[:1].isdigit() and i not in blocked:
                tally = self._glued_tally(doc, lower, i) or self._vote_tally(doc, lower, i) \
                    or self._glued_percent_adjective(doc, lower, i) \
                    or self._of_tally(doc, lower, i)
                if tally:
                    found.extend(tally)
                    i = tally[-1].end
                    continue
            if i in blocked or not self.numbers.starts_number(lower[i]):
                i += 1
                continue
            match = read_number(lower, spaces, i, self.numbers, split_groups=split_groups,
                                comma_groups=comma_groups)
            if match is None and lower[i] in ("a", "an"):
                match = self._bounded_article(doc, lower, i)  # "less than a mile away"
            if match is None:
                i += 1
                continue
            item = self._read(doc, lower, spaces, match, blocked, glued)
            if item is None:
                i = max(match.end, i + 1)
                continue
            found.append(item)
            i = max(item.end, item.num_end, i + 1)
        share_counted(found)
        share_from_to(lower, found)
        share_listed(doc, lower, spaces, found, self.numbers, self.comparatives)
        self._inherit_subjects(doc, found)
        self._casualties(doc, found)
        restated_changes(lower, found)
        conjoined_changes(doc, lower, found)
        gapped_units(doc, lower, found, self.numbers, self.words.label_words,
                     self.words.numbered_names)
        gapped_changes(doc, lower, found)
        self._bracketed_conversions(lower, found)
        return [self._record(doc, n, item) for n, item in enumerate(found, 1)]

    def _read(self, doc: Doc, lower: list[str], spaces: list[bool], match: NumberMatch,
              blocked: set[int], glued: dict[int, tuple[str, str]] | None = None
              ) -> Found | None:
        """One figure with its bound, range, unit and counted noun; None if not a quantity."""
        if glued and match.start in glued:
            return self._read_glued(doc, lower, match, glued[match.start])
        if not self._plausible(doc, lower, match):
            return None
        item = Found(match.start, match.end, match.start, match.end, match.value)
        if match.start > 2 and lower[match.start - 3:match.start] == ["plus", "or", "minus"]:
            item.start = match.start - 3  # "plus or minus 4 points": a margin, not a negative
        elif match.start > 0 and lower[match.start - 1] == "minus" and not match.vague:
            item.start, item.value = match.start - 1, -match.value  # "minus 15 degrees"
        if match.vague:
            item.relation, item.low, item.high = "approx", match.low, match.high
        currency = self._currency_before(lower, match.start) \
            or self._letter_currency_before(doc, match)
        if currency:
            item.unit, item.unit_kind, item.start = currency, "currency", match.start - 1
            country = self._dollar_country(doc, lower, match.start - 1)
            if country is not None:  # "NZ $ 26 million", "HK $10"
                item.unit, item.start = country, match.start - 2
        code_factor = self._scaled_code_before(doc, match) if not currency else None
        if code_factor is not None:  # "MAUD 60", "TEUR 500": the code and its scale letter
            item.unit, item.unit_kind, item.start = code_factor[0], "currency", match.start - 1
        if PLUS_MINUS.match(doc[match.start].text) and doc[match.start].text[0] == "/" \
                and match.start > 0 and lower[match.start - 1] == "+":
            item.start = match.start - 1  # "+/-3 points": the sign belongs to the figure
        if self._read_ratio(doc, lower, spaces, item, match, blocked):
            pass  # "one in four voters": no range, no unit of its own
        elif not self._read_range(doc, lower, spaces, item, match, blocked):
            return None
        elif not self._read_unit_after(doc, lower, spaces, item, match):
            return None
        if code_factor is not None:
            self._scale(item, code_factor[1])
        self._read_unit_before(lower, item)
        if match.fraction and item.unit is None:
            if self._part_of_time(lower, item.end):
                return None  # "a quarter of a century", "half the time": times
            item.unit, item.unit_kind = "fraction", "fraction"
        self._read_margin_time(doc, lower, item)
        self._read_cents(doc, lower, spaces, item, match, blocked)
        self._read_spaced_minus(lower, item)
        self._read_zero_reference(lower, item)
        if self._is_time(doc, lower, item, match):
            return None
        self._read_rate(doc, lower, item)
        self._read_exchange_rate(doc, lower, item)
        self._read_rate_after_of(doc, lower, item)
        self._read_rate_base(doc, lower, spaces, item)
        self._share_next(lower, spaces, item, match)
        if item.unit_kind != "age":
            dangling_start(lower, item, self.numbers)  # "a 10- or 12-foot wall"
        self._read_bound_before(lower, item, doc)
        if item.relation == "eq" and doc[item.num_start].text[:1] in APPROX_SIGNS:
            self._apply_relation(item, "approx")  # "~300", "≈5%"
        self._read_bound_after(lower, item, doc)
        self._read_exceeded(doc, item)
        self._read_estimated_at(doc, item)
        if item.unit_kind is None and self._is_label(doc, lower, item):
            return None
        if item.unit_kind == "currency" and lower[item.end:item.end + 1] == ["question"] and (
                lower[item.end - 2:item.end] == ["-", "dollar"] or item.value == 64000):
            return None  # "the $64,000 question", "a million-dollar question": an idiom ("a
            # $2 billion question: how to close the gap" is a sum)
        if item.unit is None and appositive_age(doc, item, self.words.person_nouns):
            item.unit, item.unit_kind, item.measure = "year", "age", "age"
        if item.unit_kind == "age":
            self._age_about(doc, item)
            self._read_age_bound(doc, lower, item)
        self._read_counted_noun(doc, lower, item)
        self._read_rate_base(doc, lower, spaces, item)  # "4 deaths [per 1,000 live births]"
        self._read_counted_rate(doc, lower, item)  # "3 goals [per game]"
        if item.about is not None and item.relation in ("eq", "approx"):
            end = item.end
            item.end = item.about[1]
            self._read_bound_after(lower, item, doc)  # "25 protesters or more"
            if item.relation in ("eq", "approx") and item.end == item.about[1]:
                item.end = end
        self._read_measure(doc, item)
        self._read_change(doc, lower, item)
        if item.change is not None and item.start < item.num_start \
                and lower[item.start] in self.words.level_bounds \
                and (item.start == 0 or lower[item.start - 1] != "by"):
            item.change = None  # "surged past $70,000", "fell below 2%": a level crossed
            # ("rose by above 5%" is the size of the rise)
        if item.about is None:
            item.subject = self._subject(doc, item)
        return item

    def _read_glued(self, doc: Doc, lower: list[str], match: NumberMatch,
                    unit: tuple[str, str]) -> Found | None:
        """A figure whose unit is glued to it in one token ("USD115", "tenfold", "HK$1.2bn";
        "HK$4m" is tokenized "HK$4", "m")."""
        value, end = match.value, match.end
        scales = self.numbers.scale_abbreviations
        if unit[1] == "currency" and match.suffix in scales:
            value, match.suffix = scaled_value(value, scales[match.suffix]), ""  # "HK$4m"
        elif unit[1] == "currency" and not match.suffix and not match.scaled \
                and end < len(lower) and not doc[end - 1].whitespace_ \
                and lower[end].rstrip(".") in ("m", "bn", "b", "k", "mn", "tn"):
            value, end = scaled_value(value, scales[lower[end].rstrip(".")]), end + 1
        if match.suffix or match.vague or value is None:
            return None
        num_end = end
        if end < len(lower) and self.words.units.get((lower[end],)) == unit:
            end += 1  # "US63.1 cents"
        item = Found(match.start, end, match.start, num_end, value,
                     unit=unit[0], unit_kind=unit[1])
        if unit[1] != "currency":
            item.unit_span = (match.start, match.end)
        if unit == ("cent", "currency"):
            self._read_rate(doc, lower, item)  # "US50c a share" (other glued codes keep
            # their sum alone: "nzd$15 per visit" is NZD, as the round-2 tests hold)
        self._read_bound_before(lower, item, doc)
        self._read_measure(doc, item)
        self._read_change(doc, lower, item)
        if item.about is None:
            item.subject = self._subject(doc, item)
        return item

    # -- the record ----------------------------------------------------------------------

    def _record(self, doc: Doc, n: int, item: Found) -> Quantity:
        span = doc[item.start:item.end]
        text, chars = span.text, (span.start_char, span.end_char)
        if item.chars is not None:  # "68%" of the glued "68%-31%"
            chars, offset = item.chars, span.start_char
            text = span.text[chars[0] - offset:chars[1] - offset]
        elif item.unit_span is not None and item.unit_span[1] == item.end \
                and "/" in text and text.endswith(".") and text[-2].isalpha() \
                and text.rsplit("/", 1)[-1].count(".") == 1:
            text, chars = text[:-1], (chars[0], chars[1] - 1)  # "60 km/h." ends a sentence
        elif text.endswith(".") and (
                GLUED_UNIT_AT_END.fullmatch(doc[item.end - 1].text) is not None
                or (doc[item.end - 1].lower_.rstrip(".") in self.numbers.scale_abbreviations
                    and (doc[item.end - 1].lower_ != "m." or item.unit_kind == "currency"))
                or self._unit_at_end(doc, [doc[item.end - 1].lower_], 0, item.end - 1)):
            text, chars = text[:-1], (chars[0], chars[1] - 1)  # "£50m.", "12C.", "30 m." end a
            # sentence
        about = self._about(doc, item)
        value = _json_number(item.value)
        low, high = _json_number(item.low), _json_number(item.high)
        if item.relation == "eq":
            low = high = value
        return Quantity(
            id=f"q{n}", text=text, span=chars, value=value,
            low=low, high=high, relation=item.relation, unit=item.unit,
            measure=item.measure if item.measure and any(ch.isalpha() for ch in item.measure)
            else None,  # never punctuation ("Crutcher, 40 ― a father")
            about=about, change=item.change,
        )


def _json_number(value: float | None) -> float | int | None:
    if value is None:
        return None
    checked = finite(float(value))
    return None if checked is None else tidy(checked)


@Language.factory("claimledger_quantities", assigns=["doc._.cl_quantities"])
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """Factory of the ``claimledger_quantities`` component (v1)."""
    return QuantitiesComponent()
