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
  ``high``). ``eq`` figures have ``low == high == value``;
- vague amounts keep the ACLED convention (``numbers.json``): "dozens" 12, "hundreds" 100,
  "thousands" 1,000 … as ``approx`` with the coded figure as ``low`` and one below the
  next order of magnitude as ``high``;
- its unit (``units.json``): currency, percent, physical units; else the counted noun
  ("soldiers" → ``person``, "tanks" → ``tank``);
- what it counts (``about``: the counted noun phrase; a bare figure — "another 2,700 were
  injured" — inherits the subject of the figure before it in the same sentence) and what
  happened to it (``measure``: the verb it is subject or object of, "killed and wounded",
  "captured"; for physical units the unit phrase, "barrels of oil");
- ``change`` "up"/"down" where the figure is the amount of a change: a change verb or noun
  governs it directly or through "by"/"of" ("rose 5%", "rose by 5%", "a rise of 5%", "a 5%
  drop", "up 2%"). A level before or after a change ("fell **to** 3%", "up **from** 61%") is
  no change: its change is null and its relation stands (the figure is not the change; CQE
  reads "up 10.4 cents to US $2.24" the same way);
- ages (unit ``year`` — or ``month``/``week``/``day`` —, measure ``age``, about the person):
  "a 28-year-old soldier", "aged 19", "19 years old", "95 years of age" (also where the
  times component holds "95 years" as a DURATION: it keeps its record), "Jane Doe, 52,",
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
- "twice"/"thrice" are 2/3 ``times`` (like "three times"; "think twice" is an idiom).
  "Doubled"/"tripled"/"halved" stay change verbs, not figures: the CONTRACT's quantity is a
  figure the text gives, and a multiplying verb's object is the base, never the change;
- a bare first figure of a rising pair joined by "or"/"to" takes the scale or percent written
  after the second and what it counts ("17 or 18 percent", "seven or eight thousand votes";
  a comma joins no pair, a bounded figure keeps its own), and one before a duration is part
  of that time ("30 or 40 years ago"); "voters 65 and older" is an age bound (with people or
  "aged" near it; "Android 9 or older" is none); "near zero", "near 5%" are ``approx``, "near
  10 Downing Street", "near 3 villages" are places;
- contest margins ("lost the race by ten points") and counts or sums moved somewhere
  ("rallied thousands", "sank $3bn into") are no changes ("output sank 200,000 tonnes" is);
- written forms CQE's test sets use: "one of the guards" (1), "80, 000" (and "1, 118" where
  the text splits its thousands that way elsewhere), "3 dollars 50 cents", glued "USD115",
  "50p", "40C" (in a sentence about the weather), "tenfold", "3.2e5", "3 and a half million",
  "a couple of" (2, approx);
- money written in other ways: a bare whole 1–99 after a currency word or code written after
  the figure is its minor amount ("15 dollars 50", "thirteen dollars forty five", "17 USD 25"
  — but "20 dollars and 30 people", "$15 50" stay two figures); a scale word after a code
  ("75 USD million"); a scale letter glued to an ISO code in business writing ("30 MUSD",
  "MAUD 60", "500 kEUR", "TEUR 500": ``currency_code_scales`` in ``quantities.json``); a code
  in capitals after the figure ("120 SEK"); signs of other scripts ("100元", "Mex$ 10").

What is not a quantity: anything inside a ``doc._.cl_times`` span (the times component runs
first, except the age case above), and, on its own, dates ("Feb. 27", "in 2024"), clock
times ("0:00", "3 p.m."), durations ("two days": those are times), ordinals ("2nd"), phone
numbers, list markers ("1)", "2 )"), ratios ("2-for-1"), labels ("Article 5", "Boeing 737",
"the 8088 chip", "the 486 is", "No. 2", "verse 16", "911 calls"), years as modifiers ("the 2012
attacks", "Republican 2016 hopefuls"; "some 2000 refugees" counts them), idioms ("at one
point", "for one thing", "settling scores") and numbers glued to other words ("1e999"). Every
value is finite and every scan is linear in the tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..record import About, Quantity
from .entities import entity_at
from .numbers import (
    SPLIT_EVIDENCE,
    NumberMatch,
    NumberWords,
    finite,
    number_words,
    parse_numeral,
    read_number,
    tidy,
)

#: Digit groups that make a phone number, not a figure ("+44 20 7946 0958", "555-123-4567").
PHONE = re.compile(
    r"(?<![\w.,])(?:(?:\+\d{1,3}[ .-]?|1[ .-]|\(\d{2,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,5}){2,3}"
    r"|(?:1[ .-])?\(\d{3}\)[ .-]?\d{3}[ .-]\d{4})(?![\w,])"
)
PHONE_MIN_DIGITS = 9
#: A range glued into one token after its first figure: "5-$10", "10–12".
RANGE_SUFFIX = re.compile(r"^[-–][$€£]?(\d[\d,]*(?:\.\d+)?)$")
#: The rest of a range of scaled sums glued into one token after its first figure: the
#: "bn-$4bn" of "$3bn-$4bn", the "m-$15" of "$10m-$15m" (then "m").
SCALED_RANGE_SUFFIX = re.compile(
    r"^(?P<scale>[a-z]{1,3})[-–][$€£]?(?P<high>\d[\d,]*(?:\.\d+)?)(?P<scale2>[a-z]{1,3})?$")
#: The rest of a percent range glued into one token: "10%-15" (then "%").
PERCENT_RANGE_SUFFIX = re.compile(r"^%[-–](\d[\d,]*(?:\.\d+)?)$")
#: spaCy entity labels whose numbers are names, not amounts ("Resolution 2231").
NAME_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd", "dative"})
NOUNS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "quantmod", "poss", "npadvmod"})
MAX_ABOUT_TOKENS = 8
#: Dependencies that join a clause to another: a change verb beyond them governs no figure here.
CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "advcl", "relcl", "acl", "conj", "xcomp"})
#: Modifiers kept in the phrase naming whose age a figure is ("North Korean [defector]").
PERSON_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "flat"})
PARTICLES = frozenset({"down", "up", "out", "off", "away", "back"})
SUBSET_PREPS = frozenset({"including", "among", "excluding", "besides", "plus"})
#: Time units an age is counted in ("ten months old"), by their singular.
AGE_UNITS = {f"{unit}{plural}": unit for unit in ("day", "week", "month", "year", "yr")
             for plural in ("", "s")}
MAX_MEASURE_TOKENS = 5
#: Conjuncts walked back to the head of a list of figures ("7, 8 or 9 soldiers").
MAX_CONJUNCTS = 8
#: A currency code or sign glued before a numeral ("usd115", "nzd$15", "sh1.2").
GLUED_CURRENCY = re.compile(r"^([a-z]{1,3}[.$¢]?)(\d[\d,]*(?:\.\d+)?(?:[a-z]{1,3})?)$")
#: A figure with letters glued after it that ends a sentence ("12C.", "5km."): the full stop is
#: no part of it.
GLUED_UNIT_AT_END = re.compile(r"[-+−]?\d[\d,.]*[^\W\d]+\.")
#: Words after a name that make the figure before it a count of people ("the 20 Taliban
#: who attacked", "the 20 Taliban were killed").
PLURAL_FOLLOWERS = frozenset({"who", "whom", "were", "are", "have"})
#: Signs between the sides of a dimension ("5 x 4 metres").
DIMENSION_SIGNS = frozenset({"x", "×", "by"})
#: Kinds of unit a dimension is measured in (not "5 x 20 minutes", "2 x 500 kW").
DIMENSION_KINDS = frozenset({"length", "area", "volume", "resolution"})
#: "4 x 100 metres": a second side this many times the first makes the first a count.
COUNT_TIMES_RATIO = 20
#: Forms of "be" ("fares are up to $380 from 2012": a rise to a level).
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "'s", "'re"})
#: A number that reads as a year ("up to 4% from 2014").
YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
#: Currency signs that may open a figure ("from $40").
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})
#: Adjectives that make the time unit after them a time of their own ("last week").
DEICTIC_ADJECTIVES = frozenset({"last", "next", "this", "past", "previous", "coming",
                                "following", "same", "that"})
#: Words that open a noun phrase: after "and over" they make "over" a preposition.
PHRASE_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her",
                            "its", "their", "our", "my", "your", "each", "every", "all"})
#: Percent units written after both ends of a range ("between 10% and 15%").
PERCENT_SIGNS = frozenset({"%", "percent", "pct", "per cent"})
#: A capital C or F glued to a figure in a sentence about the weather ("40C", "104F").
GLUED_TEMPERATURE = {"C": "celsius", "F": "fahrenheit"}
#: Words after which a glued C or F is a temperature without a weather word ("felt like
#: 50F", "around 35C").
TEMPERATURE_OPENERS = frozenset({"like", "about", "around", "nearly", "almost", "roughly",
                                 "near", "than", "some", "over", "under", "below", "above"})
#: One capital letter glued to a figure that is a unit all the same: "a 65W charger".
GLUED_CAPITAL_UNITS = {"W": ("watt", "power")}
#: Words that open a rate after a sum or a measure: "$5 a share", "40 km per hour".
RATE_WORDS = frozenset({"a", "an", "per"})
#: Rate nouns named otherwise: "per annum" is per year, "per capita" per person.
RATE_NOUNS = {"annum": "year", "capita": "person"}
#: A decade of life as one token: "40s", "40's" (spaCy splits off "'s"), "mid-30s".
AGE_DECADE = re.compile(r"^(?:(early|mid|late)-)?([2-9])0'?s$")
#: Signs glued before a numeral that make it approximate ("~300").
APPROX_SIGNS = frozenset({"~", "≈"})
#: A falling pair of shares glued into one token ("68%-31" then "%"): a tally, two figures.
GLUED_PERCENT_ADJECTIVE = re.compile(r"^(\d{1,3}(?:\.\d+)?)%-([a-z]{3,})$")

GLUED_TALLY = re.compile(r"^(\d{1,3}(?:\.\d+)?)%[-–](\d{1,3}(?:\.\d+)?)$")
#: Signs that may open a glued tally ("~68%-31%", "+68%-31%").
TALLY_SIGNS = "~≈+"
#: A plus-minus sign glued before a numeral ("±3"; "+/-3" is tokenized "+", "/-3").
PLUS_MINUS = re.compile(r"^(?:±|/-)(?=\d)")
#: After a change verb, "X to Y" with Y this many times X is a change and the level it
#: reached ("fell 5 to 286"), not a range ("rose 5 to 10 percent").
CHANGE_LEVEL_RATIO = 5
#: After "by"/"up"/"down", "X to Y unit" is a range only with Y at most this many times X
#: ("fell by 2 to 3 percent"); "rose by 12 to 48 points" is the change and the level.
BY_RANGE_RATIO = 2
#: A number grouped with commas ("1,200"): the text does not group thousands with spaces.
COMMA_GROUPS = re.compile(r"\d,\d{3}(?!\d)")
#: Two decimals at the end of a figure: cents ("R18.20").
CENTS = re.compile(r"\.\d\d$")
#: A passive "by" with fewer than this many things names who did it ("by 3 supermarkets").
AGENT_COUNT_LIMIT = 100
#: Approximations that may stand before the article of a figure's noun phrase.
ARTICLE_APPROXIMATORS = frozenset({("roughly",), ("nearly",), ("almost",), ("approximately",),
                                   ("an", "estimated"), ("estimated",)})
#: Words read between a comparative and its "than", and after "than" for its earlier time.
MAX_COMPARED_TOKENS = 5
#: The same for two whole numbers, which ranges often are ("cut 500 to 3,000 jobs").
WHOLE_LEVEL_RATIO = 20

#: Hundredths of a currency, added to the whole amount before them ("3 dollars 50 cents").
SUBUNITS = {"cent": "cent", "cents": "cent", "pence": "penny", "penny": "penny"}
#: Parts of speech after a bare "15 dollars [50]" that make the 50 a figure of its own
#: ("and 30 people", "and 30 came", "and 30 more were").
BARE_MINOR_NOT_BEFORE = frozenset({"NOUN", "PROPN", "NUM", "VERB", "AUX"})


@dataclass(frozen=True)
class QuantityWords:
    """The lexicon of the component, loaded once: bounds, units, change words, date words."""

    bounds: dict[tuple[str, ...], str]
    bounds_high_is_value: frozenset[tuple[str, ...]]
    suffix_bounds: dict[tuple[str, ...], str]
    range_openers: frozenset[str]
    range_joiners: frozenset[str]
    change_up: frozenset[str]
    change_down: frozenset[str]
    change_preps: frozenset[str]
    not_measure_verbs: frozenset[str]
    label_words: frozenset[str]
    months: frozenset[str]
    time_units: frozenset[str]
    age_after: tuple[tuple[str, ...], ...]
    age_before: frozenset[str]
    pronoun_one_before: frozenset[str]
    pronoun_one_after: frozenset[str]
    currency_prefixes: dict[str, str]
    units: dict[tuple[str, ...], tuple[str, str]]
    person_nouns: frozenset[str]
    anaphoric_nouns: frozenset[str]
    value_verbs: frozenset[str]
    temperature_cues: frozenset[str]
    not_change_nouns: frozenset[str]
    not_count_compounds: frozenset[str]
    change_after: dict[str, str]
    age_possessives: frozenset[str] = frozenset()
    change_by: dict[str, str] = field(default_factory=dict)
    age_decades: dict[str, tuple[int, int]] = field(default_factory=dict)
    age_decade_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    age_teen_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    age_suffixes: frozenset[tuple[str, ...]] = frozenset()
    multiplicatives: dict[str, float] = field(default_factory=dict)
    one_idioms: tuple[tuple[str, ...], ...] = ()
    ratio_joiners: tuple[tuple[str, ...], ...] = ()
    ratio_of_bases: frozenset[str] = frozenset()
    margin_verbs: frozenset[str] = frozenset()
    change_transitive_not: frozenset[str] = frozenset()
    particle_verbs_no_change: frozenset[str] = frozenset()
    tally_nouns: frozenset[str] = frozenset()
    tally_nouns_before: frozenset[str] = frozenset()
    score_words: frozenset[str] = frozenset()
    tally_verbs: frozenset[str] = frozenset()
    label_numbers: dict[str, frozenset[str]] = field(default_factory=dict)
    change_multiplier_verbs: frozenset[str] = frozenset()
    not_multiplicative_after: frozenset[str] = frozenset()
    not_vague_after: frozenset[str] = frozenset()
    share_joiners: frozenset[str] = frozenset()
    list_words: frozenset[str] = frozenset()
    measured_after: tuple[tuple[str, ...], ...] = ()
    preposition_bounds: frozenset[tuple[str, ...]] = frozenset()
    age_cues: frozenset[str] = frozenset()
    scaled_codes: dict[str, tuple[str, float]] = field(default_factory=dict)
    bare_minor_not_before: frozenset[str] = frozenset()
    strength_words: frozenset[str] = frozenset()
    casualty_verbs: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    not_hyphen_counts: frozenset[str] = frozenset()
    casualty_subject_verbs: frozenset[str] = frozenset()
    plural_lemmas: dict[str, str] = field(default_factory=dict)
    money_cues: frozenset[str] = frozenset()
    lower_case_units: frozenset[str] = frozenset()
    size_adjectives: frozenset[str] = frozenset()
    pace_nouns: frozenset[str] = frozenset()
    about_takers: frozenset[str] = frozenset()
    about_nouns: frozenset[str] = frozenset()
    about_passives: frozenset[str] = frozenset()
    measure_change_verbs: frozenset[str] = frozenset()
    exceed_verbs: frozenset[str] = frozenset()
    count_adjectives: frozenset[str] = frozenset()
    relative_time_words: frozenset[str] = frozenset()
    rate_nouns: frozenset[str] = frozenset()
    rate_modifiers: frozenset[str] = frozenset()
    mass_cues: frozenset[str] = frozenset()
    up_particle_verbs: frozenset[str] = frozenset()
    off_before: frozenset[str] = frozenset()
    level_before: frozenset[str] = frozenset()
    move_followers: frozenset[str] = frozenset()
    after_bounds_prepositions: frozenset[str] = frozenset()
    shortfall_words: frozenset[str] = frozenset()
    comparative_changes: dict[str, str] = field(default_factory=dict)
    earlier_words: frozenset[str] = frozenset()
    particle_changes: dict[str, str] = field(default_factory=dict)
    delivery_verbs: frozenset[str] = frozenset()
    material_words: frozenset[str] = frozenset()
    delivered_things: frozenset[str] = frozenset()
    length_nouns: frozenset[str] = frozenset()
    contest_nouns: frozenset[str] = frozenset()
    number_kind_nouns: frozenset[str] = frozenset()
    market_words: frozenset[str] = frozenset()
    actor_nouns: frozenset[str] = frozenset()
    earlier_nouns: frozenset[str] = frozenset()
    street_nouns: frozenset[str] = frozenset()
    letter_currencies: dict[str, str] = field(default_factory=dict)
    amount_nouns: frozenset[str] = frozenset()
    lawmaking_nouns: frozenset[str] = frozenset()
    amount_exceed_verbs: frozenset[str] = frozenset()


def _phrases(items: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_split(item)) for item in items)


def _split(phrase: str) -> list[str]:
    """Split a lexicon phrase the way spaCy splits its tokens ("km/h" glued to its figure
    stays whole)."""
    return phrase.split()


def _unit_table(data: dict[str, list[str]]) -> dict[tuple[str, ...], tuple[str, str]]:
    """Unit phrases as token tuples. A unit with a slash also goes in as spaCy splits it after
    a space ("90 km / h"), and with the full stop it keeps at a sentence's end ("km / h.")."""
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for key, (unit, kind) in data.items():
        table[tuple(_split(key))] = (unit, kind)
        parts = tuple(p for p in re.split(r"(/)", key) if p)
        if len(parts) == 3 and " " not in key:
            table[parts] = table[parts[:2] + (parts[2] + ".",)] = (unit, kind)
    return table


@cache
def quantity_words(lang: str = lexicon.LANG) -> QuantityWords:
    """The component's lexicon for ``lang`` (``quantities.json`` and ``units.json``)."""
    data: dict[str, Any] = lexicon.load("quantities.json", lang)
    unit_data: dict[str, Any] = lexicon.load("units.json", lang)
    return QuantityWords(
        **_word_sets(data, unit_data),
        bounds={tuple(_split(k)): v for k, v in data["bounds"].items()},
        bounds_high_is_value=frozenset(_phrases(data["bounds_high_is_value"])),
        suffix_bounds={tuple(_split(k)): v for k, v in data["suffix_bounds"].items()},
        age_after=_phrases(data["age_after"]),
        currency_prefixes=dict(unit_data["currency_prefixes"]),
        units=_unit_table(unit_data["units"]),
        change_after=dict(data["change_after"]),
        change_by=dict(data["change_by"]),
        age_decades={k: (v[0], v[1]) for k, v in data["age_decades"].items()},
        age_decade_parts={k: (v[0], v[1]) for k, v in data["age_decade_parts"].items()},
        age_teen_parts={k: (v[0], v[1]) for k, v in data["age_teen_parts"].items()},
        age_suffixes=frozenset(_phrases(data["age_suffixes"])),
        multiplicatives={k: float(v) for k, v in data["multiplicatives"].items()},
        one_idioms=_phrases(data["one_idioms"]),
        ratio_joiners=tuple(sorted(_phrases(data["ratio_joiners"]), key=len, reverse=True)),
        label_numbers={k: frozenset(v) for k, v in data["label_numbers"].items()},
        measured_after=tuple(sorted(_phrases(data["measured_after"]), key=len, reverse=True)),
        preposition_bounds=frozenset(_phrases(data["preposition_bounds"])),
        scaled_codes=_scaled_codes(data, unit_data),
        plural_lemmas=dict(data.get("plural_lemmas", {})),
        comparative_changes=dict(data.get("comparative_changes", {})),
        particle_changes=dict(data.get("particle_changes", {})),
        letter_currencies=dict(unit_data.get("letter_currencies", {})),
    )

#: Word sets of :class:`QuantityWords` read from ``units.json`` rather than
#: ``quantities.json``; phrase sets are read by :func:`_phrases` instead.
UNIT_WORD_SETS = frozenset({"person_nouns", "lower_case_units"})
PHRASE_SETS = frozenset({"bounds_high_is_value", "age_suffixes", "preposition_bounds"})


def _word_sets(data: dict[str, Any], unit_data: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Every plain word set of :class:`QuantityWords`, read from the lexicon key of its name."""
    sets: dict[str, frozenset[str]] = {}
    for spec in fields(QuantityWords):
        if spec.type != "frozenset[str]" or spec.name in PHRASE_SETS:
            continue
        source = unit_data if spec.name in UNIT_WORD_SETS else data
        sets[spec.name] = frozenset(source.get(spec.name, []))
    return sets



def _scaled_codes(data: dict[str, Any], unit_data: dict[str, Any]
                  ) -> dict[str, tuple[str, float]]:
    """ "MUSD" → ("USD", 1e6), "kEUR" → ("EUR", 1e3): every scale letter glued before every
    known ISO 4217 code, as written (case-sensitive), less the groups that are words."""
    scales: dict[str, Any] = data.get("currency_code_scales", {})
    codes: list[str] = unit_data.get("iso_currency_codes", [])
    words = frozenset(data.get("not_scaled_codes", []))
    return {letter + code: (code, float(factor)) for letter, factor in scales.items()
            for code in codes if letter + code not in words}


@cache
def _demonyms(lang: str = lexicon.LANG) -> frozenset[str]:
    """Demonyms ("Greek"): their plural counts people ("100,000 Greeks"); the entities
    component's data, read, not copied."""
    try:
        data: dict[str, Any] = lexicon.load("demonyms.json", lang)
    except (OSError, ValueError, KeyError):
        return frozenset()
    return frozenset(k for k in data.get("demonyms", {}) if not k.startswith("_"))


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


class QuantitiesComponent:
    """Finds the bounded figures of a Doc; see the module docstring for what it reads."""

    def __init__(self, *, lang: str = lexicon.LANG) -> None:
        self.numbers: NumberWords = number_words(lang)
        self.words: QuantityWords = quantity_words(lang)
        self.demonyms: frozenset[str] = _demonyms(lang)
        self.max_bound = max(len(k) for k in self.words.bounds)
        self.max_unit = max(len(k) for k in self.words.units)

    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_quantities = self.quantities(doc)
        return doc

    # -- finding figures ---------------------------------------------------------------

    def quantities(self, doc: Doc) -> list[Quantity]:
        """Every quantity of ``doc``, in document order."""
        if len(doc) == 0:
            return []
        lower: list[str] = []
        spaces: list[bool] = []
        for token in doc:  # one pass: every Token object costs
            lower.append(token.lower_)
            spaces.append(bool(token.whitespace_))
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
                    i = decade.end
                    continue
            if lower[i] in self.words.multiplicatives and i not in blocked \
                    and (i == 0 or lower[i - 1] not in self.words.not_multiplicative_after):
                found.append(self._multiplicative(doc, lower, i))
                i += 1
                continue
            if lower[i].lstrip(TALLY_SIGNS)[:1].isdigit() and i not in blocked:
                tally = self._glued_tally(doc, lower, i) or self._vote_tally(doc, lower, i) \
                    or self._glued_percent_adjective(doc, lower, i)
                if tally:
                    found.extend(tally)
                    i = tally[-1].end
                    continue
            if i in blocked or not self.numbers.starts_number(lower[i]):
                i += 1
                continue
            match = read_number(lower, spaces, i, self.numbers, split_groups=split_groups,
                                comma_groups=comma_groups)
            if match is None:
                i += 1
                continue
            item = self._read(doc, lower, spaces, match, blocked, glued)
            if item is None:
                i = max(match.end, i + 1)
                continue
            found.append(item)
            i = max(item.end, item.num_end, i + 1)
        _share_counted(found)
        _share_from_to(lower, found)
        self._inherit_subjects(doc, found)
        self._casualties(doc, found)
        _restated_changes(lower, found)
        self._bracketed_conversions(lower, found)
        return [self._record(doc, n, item) for n, item in enumerate(found, 1)]

    def _bracketed_conversions(self, lower: list[str], found: list[Found]) -> None:
        """ "up to 185 km/h (115 mph)", "more than 2 feet (60 cm)": a figure in brackets right
        after a bounded figure restates it in another unit, with its bound and change (CQE
        reads brackets the same way)."""
        for previous, item in zip(found, found[1:], strict=False):
            if item.relation != "eq" or previous.relation in ("eq", "range") \
                    or previous.unit is None or item.unit is None or item.unit == previous.unit:
                continue
            if item.start < 1 or lower[item.start - 1] != "(" or item.start - 1 != previous.end \
                    or item.end >= len(lower) or lower[item.end] != ")":
                continue
            self._apply_relation(item, previous.relation)
            item.change = item.change or previous.change

    def _blocked_tokens(self, doc: Doc, text: str) -> set[int]:
        """Tokens inside time expressions (the times component's) and phone numbers."""
        blocked: set[int] = set()
        spans: list[tuple[int, int]] = []
        for time in doc._.cl_times or []:
            try:
                spans.append((int(time.span[0]), int(time.span[1])))
            except (TypeError, ValueError, IndexError):
                continue
        for match in PHONE.finditer(text):
            digits = sum(c.isdigit() for c in match.group())
            if digits >= PHONE_MIN_DIGITS or match.group()[0] in "+(":
                spans.append(match.span())
        for start, end in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not self._age_duration(doc, span):
                blocked.update(range(span.start, span.end))
                day = _day_after(doc, span, self.words.change_up | self.words.change_down)
                if day is not None:
                    blocked.add(day)  # "between March 3 and [6]", "from July 15 to [18]"
        return blocked

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

    def _glued_tally(self, doc: Doc, lower: list[str], i: int) -> list[Found]:
        """ "won 68%-31%" (tokens "68%-31", "%"): a falling pair of shares is a tally, two
        percent figures, each with its own character span inside the glued token; a sign
        before the first ("~68%-31%") is part of the first figure's text."""
        raw = doc[i].lower_
        stripped = raw.lstrip(TALLY_SIGNS)
        match = GLUED_TALLY.match(stripped)
        if match is None or i + 1 >= len(doc) or lower[i + 1] != "%" or doc[i].whitespace_:
            return []
        first, second = float(match.group(1)), float(match.group(2))
        if first < second:
            return []  # "10%-15%": a range, read with the figure
        start, prefix = doc[i].idx, len(raw) - len(stripped)
        spans = ((start, start + prefix + match.end(1) + 1),
                 (start + prefix + match.start(2), doc[i + 1].idx + 1))
        found = [Found(i, i + 2, i, i + 1, value, unit="percent", unit_kind="percent",
                       chars=span) for value, span in zip((first, second), spans, strict=True)]
        if raw[:prefix].strip("+"):
            self._apply_relation(found[0], "approx")  # "~68%": the sign bounds the first
        return found

    def _glued_percent_adjective(self, doc: Doc, lower: list[str], i: int) -> list[Found]:
        """ "a 61%-owned unit" (one token): the percent, with its own character span, and the
        adjective glued to it as what it measures ("owned")."""
        match = GLUED_PERCENT_ADJECTIVE.match(lower[i])
        if match is None:
            return []
        start = doc[i].idx
        return [Found(i, i + 1, i, i + 1, float(match.group(1)), unit="percent",
                      unit_kind="percent", chars=(start, start + match.end(1) + 1),
                      measure=doc[i].text[match.start(2):])]

    def _vote_tally(self, doc: Doc, lower: list[str], i: int) -> list[Found]:
        """ "passed 52-47", "a 5-4 decision": a falling pair joined by a dash before a tally noun,
        or after a voting verb with nothing noun-like after it, is a vote count, two figures
        (elsewhere it is a score). "12-11-2019" (a date) and "24-7 access" are none."""
        k = i + 2
        if k >= len(doc) or lower[i + 1] not in ("-", "–") or not lower[k].isdecimal() \
                or not lower[i].isdecimal() \
                or doc[i].whitespace_ or doc[i + 1].whitespace_ or len(lower[i]) > 3 \
                or int(lower[i]) < int(lower[k]) or (i > 0 and lower[i - 1] in ("-", "–")):
            return []
        after = lower[k + 1] if k + 1 < len(doc) else ""
        if after in ("-", "–") and k + 2 < len(doc) and _digits(lower[k + 2]):
            return []  # "12-11-2019": a date or a serial number
        if k + 1 < len(doc) and after not in self.words.tally_nouns \
                and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            return []  # "approved 24-7 access": the pair modifies a noun
        voted = any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.words.tally_verbs
                    or t.lower_ in self.words.tally_nouns_before  # "the vote was 52-48"
                    for t in doc[max(i - 3, 0):i])
        if not voted and any(t.lower_ in self.words.tally_nouns and t.lower_ != "split"
                             for t in doc[max(i - 3, 0):i]):
            # "backed the bill by a margin of 310-95", "the court ruled by a margin of 6-3":
            # a vote in the sentence; not "Australia defeated England by a margin of 35-20",
            # "leads by a margin of 48-45 in the poll", "the revenue split is 70-30"
            sent = doc[i].sent
            voted = any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.words.tally_verbs
                        and not any(c.dep_ == "prt" for c in t.children)  # "ruled out"
                        or t.lower_ in self.words.tally_nouns_before for t in sent) \
                and not any(t.lemma_.lower() in self.words.score_words for t in sent)
        if after not in self.words.tally_nouns and not voted:
            return []
        return [Found(n, n + 1, n, n + 1, float(lower[n]), unit="vote", unit_kind="count",
                      measure="vote") for n in (i, k)]

    def _time_word(self, token: Token) -> bool:
        """ "[October]", "[years]": a month or time unit is no thing a figure measures."""
        return token.lower_ in self.words.months or token.lower_ in self.words.time_units \
            or token.ent_type_ in ("DATE", "TIME")

    def _part_of_time(self, lower: list[str], j: int) -> bool:
        """After a fraction: "[of] [a|the] century", "the time": a part of a time span."""
        while j < len(lower) and lower[j] in ("of", "a", "an", "the", "this", "that", "its"):
            j += 1
        return j < len(lower) and lower[j] in self.words.time_units | {"time"}

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

    def _age_about(self, doc: Doc, item: Found) -> None:
        """Whose age it is: "a 28-year-old [soldier]", "[the soldier], aged 19", "[Jane Doe],
        52", "[The driver] was 40 years old"; a pronoun subject gives none."""
        token = _anchor(doc, item)
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
        """ "[95 years] of age", "aged [19 years]": a duration the times component read that
        is a person's age, which this component also reports (an age is a property of a
        person, not a span of time); the times component keeps its own record."""
        if len(span) < 2 or span[-1].lower_ not in AGE_UNITS:
            return False
        after = tuple(t.lower_ for t in doc[span.end:span.end + 2])
        before = tuple(t.lower_ for t in doc[max(span.start - 2, 0):span.start])
        if any(after[:len(phrase)] == phrase for phrase in self.words.age_after):
            return True  # "[95 years] of age", "[19 years] old"
        return (bool(before) and before[-1] in self.words.age_before) or before == ("age", "of")

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
            if not word[:1].isalpha() or len(word) < 3:
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
        return glued

    def _letter_currency(self, doc: Doc, i: int, figure: str) -> bool:
        """A currency written as letters glued before a figure ("R15.9 billion", "N1,505",
        "Sh4.2 trillion", "GH¢3,100", "R18.20"), as written (case-sensitive): only with two
        decimals, a thousands comma or a scale word after it, so that "R2", "N95", "R4.3" (a
        version) stay names."""
        text = doc[i].text
        code = next((c for c in self.words.letter_currencies if text.startswith(c)
                     and text[len(c):len(c) + 1].isdigit()), None)
        if code is None:
            return False
        after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        return "," in figure or CENTS.search(figure) is not None or after in self.numbers.scales \
            or after in self.numbers.scale_abbreviations

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
        currency = self._currency_before(lower, match.start)
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
        if match.fraction and item.unit is None:
            if self._part_of_time(lower, item.end):
                return None  # "a quarter of a century", "half the time": times
            item.unit, item.unit_kind = "fraction", "fraction"
        self._read_cents(doc, lower, spaces, item, match, blocked)
        self._read_spaced_minus(lower, item)
        if self._is_time(doc, lower, item, match):
            return None
        self._read_rate(doc, lower, item)
        self._read_rate_base(doc, lower, spaces, item)
        self._share_next(lower, spaces, item, match)
        self._read_bound_before(lower, item, doc)
        if item.relation == "eq" and doc[item.num_start].text[:1] in APPROX_SIGNS:
            self._apply_relation(item, "approx")  # "~300", "≈5%"
        self._read_bound_after(lower, item, doc)
        self._read_exceeded(doc, item)
        if item.unit_kind is None and self._is_label(doc, lower, item):
            return None
        if item.unit is None and _appositive_age(doc, item, self.words.person_nouns):
            item.unit, item.unit_kind, item.measure = "year", "age", "age"
        if item.unit_kind == "age":
            self._age_about(doc, item)
        self._read_counted_noun(doc, lower, item)
        self._read_rate_base(doc, lower, spaces, item)  # "4 deaths [per 1,000 live births]"
        if item.about is not None and item.relation in ("eq", "approx"):
            end = item.end
            item.end = item.about[1]
            self._read_bound_after(lower, item, doc)  # "25 protesters or more"
            if item.relation in ("eq", "approx") and item.end == item.about[1]:
                item.end = end
        self._read_measure(doc, item)
        self._read_change(doc, lower, item)
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
            value, match.suffix = _scaled(value, scales[match.suffix]), ""  # "HK$4m"
        elif unit[1] == "currency" and not match.suffix and not match.scaled \
                and end < len(lower) and not doc[end - 1].whitespace_ \
                and lower[end].rstrip(".") in ("m", "bn", "b", "k", "mn", "tn"):
            value, end = _scaled(value, scales[lower[end].rstrip(".")]), end + 1
        if match.suffix or match.vague or value is None:
            return None
        item = Found(match.start, end, match.start, end, value,
                     unit=unit[0], unit_kind=unit[1])
        if unit[1] != "currency":
            item.unit_span = (match.start, match.end)
        self._read_bound_before(lower, item, doc)
        self._read_measure(doc, item)
        self._read_change(doc, lower, item)
        if item.about is None:
            item.subject = self._subject(doc, item)
        return item

    def _plausible(self, doc: Doc, lower: list[str], match: NumberMatch) -> bool:
        """Reject number words that are pronouns or names ("no one", "one of them", "Three
        Gorges"); "one of the guards" is kept (CQE counts it)."""
        first = doc[match.start]
        if match.end < len(doc) and lower[match.end] == ")" and match.end - match.start == 1 \
                and (first.is_sent_start or lower[match.start - 1] in (";", ":", ",", "and", "or")
                     or _unopened(lower, first.sent.start, match.start)):
            return False  # "1)" numbers a list item (a bracket closed but never opened)
        if lower[match.start] in ("a", "an") and match.start > 0 \
                and (lower[match.start - 1],) in self.words.units:
            return False  # "64 cents [a dozen]", "$5 [a hundred]": the unit a price is for
        if len(first.text) > 1 and first.text.isdigit() and first.text[0] == "0":
            return False  # "000", "007": a code or a stray digit group, not a figure
        if match.vague and match.start > 0 and lower[match.start - 1] in self.words.not_vague_after:
            return False  # "settling scores"
        if lower[match.start] in ("half", "halves") and match.start > 0 \
                and lower[match.start - 1] in ("first", "second", "last", "latter", "other"):
            return False  # "the second half of the year"
        if match.words and match.end + 1 < len(doc) and lower[match.end] == "-" \
                and lower[match.end + 1] in self.words.not_count_compounds:
            return False  # "a one-time gain", "a one-off payment"
        after_dash = lower[match.end + 1] if match.end + 1 < len(lower) else ""
        if (lower[match.end:match.end + 1] == ["-"]
                and (after_dash == "for" or after_dash.startswith("for-"))) \
                or (match.start > 1 and lower[match.start - 2:match.start] == ["for", "-"]):
            return False  # "a 2-for-1 split": a ratio, not two figures
        if match.words and not match.scaled:
            if first.is_title and first.pos_ == "PROPN" and not first.is_sent_start:
                return False
            if lower[match.start] == "one" and match.end - match.start == 1:
                if self._one_idiom(lower, match.start):
                    return False  # "at one point", "for one thing"
                before = lower[match.start - 1] if match.start else ""
                after = lower[match.end] if match.end < len(lower) else ""
                if after == "of" and lower[match.end + 1:match.end + 2] == ["every"] \
                        and self._ratio_follows(lower, match.end + 1):
                    return True  # "one of every nine voters": a ratio's figures
                if after == "of" and (before not in self.words.pronoun_one_before
                                      or before == "that"):  # "said that one of the guards"
                    return self._one_of_many(doc, match.end + 1)
                second = lower[match.end + 1:match.end + 3]
                if after in ("or", "to") and self._ratio_follows(lower, match.end) \
                        and second[:1] != ["one"] and second[1:] != ["times"]:
                    return True  # "killed one or two civilians": the first of two figures
                    # (not "met one to one", "one to three times a day")
                k = match.end + 1 if after == "-" else match.end  # "a one-in-five chance"
                if lower[k:k + 1] in (["in"], ["out"]) and self._ratio_follows(lower, k):
                    return True  # "one in five children", "one out of ten": a ratio's figures
                if before in self.words.pronoun_one_before \
                        or after in self.words.pronoun_one_after:
                    return False
                hyphened = after == "-" and match.end + 1 < len(doc)  # "a one-yen bid"
                nxt = doc[match.end + 1] if hyphened else (
                    doc[match.end] if match.end < len(doc) else None)
                if nxt is None or nxt.pos_ not in ("NOUN", "ADJ", "PROPN"):
                    return False
        return True

    def _one_idiom(self, lower: list[str], i: int) -> bool:
        """ "at one point", "for one thing", "on the one hand": "one" in a set phrase."""
        for phrase in self.words.one_idioms:
            start = i - phrase.index("one")
            if start >= 0 and tuple(lower[start:start + len(phrase)]) == phrase:
                return True
        return False

    def _ratio_follows(self, lower: list[str], k: int) -> bool:
        """ "[in] five", "[out of] ten" after a figure: the second term of a ratio."""
        k += 2 if lower[k:k + 2] == ["out", "of"] else 1
        if k < len(lower) and lower[k] in ("-", "every"):
            k += 1  # "one-in-five", "one in every five"
        return k < len(lower) and (lower[k].isdigit() or self.numbers.is_word_number(lower[k]))

    @staticmethod
    def _one_of_many(doc: Doc, k: int) -> bool:
        """ "one of the guards", "one of Russia's largest refineries", "one of the three
        hostages": one of a plural noun (CQE counts these, as "two of the five"); "one of
        them" is not."""
        if k >= len(doc) or not (doc[k].pos_ in ("DET", "PROPN") or doc[k].tag_ == "PRP$"):
            return False
        for token in doc[k:k + 5]:
            if token.tag_ in ("NNS", "NNPS"):
                return True
            if token.like_num and (token.pos_ != "NUM" or YEAR_LIKE.fullmatch(token.text)):
                return False  # "one of the first speakers", "one of his 2016 rivals"
            if not token.like_num and token.pos_ not in ("DET", "PROPN", "PART", "ADJ", "ADV",
                                                         "NOUN", "PRON"):
                return False
        return False

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

    def _share_next(self, lower: list[str], spaces: list[bool], item: Found,
                    match: NumberMatch) -> None:
        """ "17 or 18 percent", "seven or eight thousand votes": a bare first figure of a rising
        pair takes the scale and percent unit written after the second (and, later, its
        counted noun). Only "or"/"to" join such a pair ("Among voters under 30, 45 percent"
        is two figures), and a figure with a bound of its own keeps it alone."""
        k = item.end
        if item.unit is not None or match.scaled or match.vague or item.value is None \
                or k + 1 >= len(lower) or lower[k] not in self.words.share_joiners \
                or self._has_bound_before(lower, item.start):
            return
        second = read_number(lower, spaces, k + 1, self.numbers)
        if second is None or second.vague or second.suffix or second.fraction:
            return
        value = item.value * second.factor if second.scaled else item.value
        if not value < second.value:
            return
        after = tuple(lower[second.end:second.end + 2])
        unit = self.words.units.get(after[:1]) or self.words.units.get(after)
        if unit is not None and unit[1] == "percent":
            item.unit, item.unit_kind = unit
        elif not second.scaled:
            if lower[k] == "or" and _digits(lower[item.num_end - 1]) == _digits(
                    lower[k + 1]):
                item.shares = True  # "two or three tanks", "10 or 12 shots": what they count
            return
        item.value = finite(value)
        item.shares = True

    def _has_bound_before(self, lower: list[str], start: int) -> bool:
        """A bound phrase ("under", "some", "an estimated") ends right before token ``start``."""
        return any(tuple(lower[start - n:start]) in self.words.bounds
                   for n in range(min(self.max_bound, start), 0, -1))

    def _read_ratio(self, doc: Doc, lower: list[str], spaces: list[bool], item: Found,
                    match: NumberMatch, blocked: set[int]) -> bool:
        """ "one in four voters", "four in 10", "1 out of every 5", "a one-in-five chance": two
        whole numbers that make one fraction (value numerator / denominator, unit fraction)."""
        first = doc[match.start]
        if match.vague or match.scaled or match.fraction or match.suffix or item.unit \
                or item.relation != "eq" or not float(match.value).is_integer() \
                or match.value < 1 or (first.is_title and not _opens_sentence(first)):
            return False  # "Uranium One in three deals": a name
        k = match.end
        hyphened = k < len(lower) and lower[k] == "-"  # "one-in-five"
        k += hyphened
        joiner = next((j for j in self.words.ratio_joiners
                       if tuple(lower[k:k + len(j)]) == j), None)
        if joiner is None and lower[k:k + 1] == ["of"] and k + 1 < len(lower) \
                and lower[k + 1] in self.words.ratio_of_bases:
            joiner = ("of",)  # "eight of 10 voters", "nine of 10 doctors": a share
        if joiner is None or not self._joins_ratio(doc, match, k, hyphened):
            return False
        k += len(joiner)
        if hyphened and k < len(lower) and lower[k] == "-":
            k += 1
        if k >= len(lower) or k in blocked or not self.numbers.starts_number(lower[k]):
            return False
        second = read_number(lower, spaces, k, self.numbers)
        if second is None or second.vague or second.suffix or second.fraction \
                or not float(second.value).is_integer() or second.value <= match.value \
                or (len(lower[k]) == 4 and lower[k].isdigit() and 1000 <= second.value <= 2100):
            return False  # "12 in 2015": a year
        after = lower[second.end] if second.end < len(lower) else ""
        unit = self.words.units.get((after,))
        if after in self.words.time_units or after in self.words.months \
                or (unit is not None and unit[1] not in ("multiple", "currency")):
            return False  # "12 in 24 hours", "3 in 10 km": a count over a span, no ratio ("one
            # in every five dollars" is one)
        value = finite(match.value / second.value)
        if value is None:
            return False
        item.value, item.ratio = value, True
        item.unit, item.unit_kind = "fraction", "fraction"
        item.num_end = item.end = second.end
        return True

    def _joins_ratio(self, doc: Doc, match: NumberMatch, k: int, hyphened: bool) -> bool:
        """The "in"/"out" at ``k`` joins the two numbers: not where it is a phrase of the verb
        whose object the first number is ("killed two in three attacks": where they were
        killed), unless people are what it counts ("killed one in four patients"); a hyphened
        "one-in-five" is one word whatever its parse."""
        if hyphened:
            return True
        joiner, first = doc[k], doc[match.end - 1]
        verb = joiner.head
        if verb.pos_ not in ("VERB", "AUX") or first.head.i != verb.i \
                or first.dep_ not in OBJECTS:
            return True
        counted = [t for t in doc[k + 1:k + 6] if t.pos_ in NOUNS]
        return bool(counted) and (counted[0].lower_ in self.words.person_nouns
                                  or counted[0].lemma_.lower() in self.words.person_nouns)

    def _read_range(self, doc: Doc, lower: list[str], spaces: list[bool], item: Found,
                    match: NumberMatch, blocked: set[int]) -> bool:
        """Join "10,000-12,000", "10 to 12 million", "between 5 and 6"; False: not a figure."""
        j = match.end
        opener = lower[item.start - 1] if item.start > 0 else ""
        unit_words = 2 if tuple(lower[j:j + 2]) == ("per", "cent") else 1
        pair = (opener, lower[j + unit_words] if j + unit_words < len(doc) else "")
        to_follows = "to" in (pair[1], lower[j] if j < len(doc) else "")
        change_verb = to_follows and self._changes(doc, item)  # asked once
        changes = pair[1] == "to" and opener not in ("from", "by", "up", "down") and change_verb
        if pair[1] == "to" and opener not in ("from", "by", "up", "down") and not changes:
            pair = ("from", "to")  # "a 2.5% to 3% range" (but not "rose 2.5% to 3%")
        percent_first = False
        if pair in (("between", "and"), ("from", "to")) and j + unit_words + 1 < len(doc) \
                and " ".join(lower[j:j + unit_words]) in PERCENT_SIGNS \
                and lower[j + unit_words + 1][:1].isdigit():
            j += unit_words  # "between 10% and 15%": the first unit is the second's
            percent_first = True
        unit_first = () if percent_first else self._unit_before_joiner(lower, j, pair[0])
        j += len(unit_first)  # "from 7 cm to 11 cm", "7 cm to 11 cm"
        if j + 1 >= len(doc) or lower[j] not in self.words.range_joiners or match.vague:
            return True
        if match.fraction and (lower[j + 1][:1].isdigit() or lower[j + 1] in CURRENCY_SIGNS):
            return True  # "plunged by more than half to 340 million pounds" ("one-quarter to
            # one-third" is a range)
        joiner = lower[j]
        if joiner == "and" and opener != "between":
            return True
        if joiner == "or":
            return True
        if opener == "from" and item.start > 1 and (self._change_word(doc[item.start - 2])
                                                    or self._change_word(doc[item.start - 1].head)):
            return True  # "rose from 5 to 10", "growing its staff from 40 to 260": two figures
            # of a change, not a range
        bare_first = j == match.end and not match.suffix and not (
            match.start > 0 and lower[match.start - 1] in self.words.currency_prefixes)
        if joiner == "to" and (changes or (opener in ("up", "down", "by") and not bare_first)):
            return True  # "down $12 to $1,950", "rose 2.5% to 3%": the change, the level
        level_after_change = joiner == "to" and change_verb
        k = j + 1
        if lower[k] in self.words.currency_prefixes:
            k += 1
        if k >= len(doc) or k in blocked:
            return True
        second = read_number(lower, spaces, k, self.numbers)
        if second is None or second.vague:
            return True
        if second.words and joiner in ("-", "–") and not spaces[j - 1] and doc[k].is_title:
            match.end = max(match.end, second.end)
            return False  # "7-Eleven": a name
        if match.suffix and match.suffix.isalpha() \
                and second.suffix.rstrip(".") != match.suffix:
            return True  # "climbed 12pc to 47.3 million tonnes": a change, then a level
        after = lower[second.end:second.end + 2]
        if percent_first and not second.suffix.startswith("%") \
                and not (after and after[0] in PERCENT_SIGNS) \
                and " ".join(after) not in PERCENT_SIGNS:
            return True  # "strengthened 0.2% to 6.21 per dollar": a change, then a level
        if unit_first and tuple(lower[second.end:second.end + len(unit_first)]) != unit_first:
            return True  # "5 km to 10 miles": two figures
        if second.end + 1 < len(doc) and lower[second.end] in ("-", "–") \
                and _digits(lower[second.end + 1]):
            match.end = max(match.end, second.end + 2)
            return False  # "1111-2222-3333": an account or serial number, not a range
        low, high = match.value, second.value
        if second.scaled and not match.scaled and low * second.factor <= high:
            low *= second.factor
        if joiner == "to" and opener in ("up", "down", "by") and not (
                0 < low < high <= BY_RANGE_RATIO * low
                and self._unit_written_after(lower, second)):
            return True  # "down 5 to 1,950": the change, the level ("fell by 2 to 3
            # percent", "up 2 to 3 million" are one range: a bare figure takes the unit after)
        if joiner in ("-", "–", "—") and self._score(doc, lower, item, low, high, second.end):
            match.end = max(match.end, second.end)
            return False  # "lost 1 – 2 to England", "Ruritania 0-2 Freedonia": a score
        if low >= high and joiner == "to":
            return True  # "passed 220 to 207", "from 10 to 5": two figures, not a range
        if level_after_change and low > 0 and high / low > CHANGE_LEVEL_RATIO and (
                lower[j + 1] in self.words.currency_prefixes
                or (self._nothing_counted_after(doc, lower, second.end)
                    and (not (float(low).is_integer() and float(high).is_integer())
                         or (high / low > WHOLE_LEVEL_RATIO
                             and lower[second.end:second.end + 1] != ["of"])))):
            # "fell $1.125 to $13.625", "skidded 1.74 to 123.5", "claims fell 12,000 to
            # 334,000": a change, then the level reached; "cut 500 to 3,000 jobs", "rose $2 to
            # $5" stay ranges
            return True
        if low >= high:
            # "3-1", "1 – 0" (scores), "24-7": neither figure is an amount
            match.end = max(match.end, second.end)
            return False
        item.value, item.low, item.high, item.relation = None, low, high, "range"
        item.num_end = item.end = second.end
        if second.suffix:
            match.suffix = second.suffix
        if opener == "between" or (opener == "from" and joiner == "to"):
            item.start -= 1
        return True

    def _unit_before_joiner(self, lower: list[str], j: int, opener: str) -> tuple[str, ...]:
        """The physical unit written after the first end of a range before its joiner ("7
        [cm] to 11 cm", "between 2 [km] and 5 km"), or () when there is none. (After a change
        verb the caller reads "rose 2 m to 5 m" as the change and the level.)"""
        for n in range(min(self.max_unit, len(lower) - j - 2), 0, -1):
            unit = self.words.units.get(tuple(lower[j:j + n]))
            if unit is None or unit[1] in ("currency", "percent", "multiple"):
                continue
            joiner = lower[j + n]
            if (joiner == "to" and opener in ("from", "")) or (joiner == "and"
                                                                and opener == "between"):
                if lower[j + n + 1][:1].isdigit():
                    return tuple(lower[j:j + n])
            return ()
        return ()

    def _unit_written_after(self, lower: list[str], second: NumberMatch) -> bool:
        """A percent sign, a scale or a unit word right after the second figure of a pair."""
        after = lower[second.end:second.end + self.max_unit]
        return second.suffix.startswith("%") or second.scaled or bool(after) and (
            after[0] in PERCENT_SIGNS or " ".join(after[:2]) in PERCENT_SIGNS
            or any(tuple(after[:n]) in self.words.units for n in range(1, len(after) + 1)))

    def _nothing_counted_after(self, doc: Doc, lower: list[str], k: int) -> bool:
        """No unit, percent sign or counted noun right after token ``k``."""
        if k >= len(doc):
            return True
        return doc[k].pos_ not in ("NOUN", "PROPN") and (lower[k],) not in self.words.units \
            and lower[k] not in PERCENT_SIGNS and lower[k] != "per"

    def _score(self, doc: Doc, lower: list[str], item: Found, low: float, high: float,
               end: int) -> bool:
        """ "lost 1 – 2", "Ruritania 0 – 2": two small whole numbers joined by a dash right
        after a verb or a name, with no unit or counted noun after them, are a match score
        ("1-2 days", "aged 3-5", "between 1 and 2", "1-2 people" stay figures)."""
        if item.start == 0 or item.start != item.num_start or item.unit is not None:
            return False
        if not all(float(v).is_integer() and 0 <= v <= 20 for v in (low, high)):
            return False
        if end < len(doc) and (doc[end].pos_ == "NOUN" or (lower[end],) in self.words.units
                               or lower[end] in ("%", "per")):
            return False
        before = doc[item.start - 1]
        return before.pos_ == "PROPN" or (before.pos_ == "VERB"
                                          and before.lower_ not in self.words.age_before)

    def _read_unit_after(self, doc: Doc, lower: list[str], spaces: list[bool], item: Found,
                         match: NumberMatch) -> bool:
        """Percent, currency words, physical units, glued suffixes; False for junk suffixes."""
        if match.suffix == "/":
            match.suffix = ""
            if item.num_end < len(lower) and lower[item.num_end] == "of":
                return True  # "1/3 of the budget"
            if item.num_end < len(lower) and match.words \
                    and lower[item.num_end] in self.words.comparative_changes:
                item.unit, item.unit_kind = "fraction", "fraction"
                return True  # "sales were a third more than in 2022"
            self._read_unit_after(doc, lower, spaces, item, match)
            return item.unit is not None
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
                item.value = _scaled(item.value, 1e6)
                return True
            nxt = doc[item.num_end] if item.num_end < len(doc) else None
            if suffix == "m" and item.unit_kind != "currency" and nxt is not None \
                    and self._million_before(nxt, doc[item.num_start]):
                item.value = _scaled(item.value, 1e6)  # "5m people": million, not metres
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
                item.value = _scaled(item.value, 1e6)
                item.low, item.high = _scaled(item.low, 1e6), _scaled(item.high, 1e6)
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
            item.value = _scaled(item.value, factor)
            item.low, item.high = _scaled(item.low, factor), _scaled(item.high, factor)
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
            item.value = _scaled(item.value, factor)
            item.low, item.high = _scaled(item.low, factor), _scaled(item.high, factor)
            item.end = item.num_end = j + 1
            return True
        if (j < len(lower) and lower[j] == "^") \
                or (item.num_start > 0 and lower[item.num_start - 1] == "^"):
            return False  # "10 ^ 999": a power we could not read, not two figures
        if item.unit_kind is None and j < len(doc) and self._code_after(doc, item, match):
            return True  # "30 MUSD", "120 SEK", "75 USD million"
        of = 1 if (match.vague or match.scaled) and j < len(lower) and lower[j] == "of" else 0
        if j + 1 < len(lower) and lower[j] == "-" and not spaces[j - 1] and not spaces[j]:
            of = 1  # "a six-mile trip", "a 40-tonne load"
        for n in range(min(self.max_unit, len(lower) - j - of), 0, -1):
            unit = self.words.units.get(tuple(lower[j + of:j + of + n]))
            if unit is None and n == 1:
                unit = self._unit_at_end(doc, lower, j + of)  # "30 m." ends the sentence
            if n == 1 and lower[j + of] in DIMENSION_SIGNS and j + of + 1 < len(lower) \
                    and _digits(lower[j + of + 1]):
                self._dimension_unit(doc, lower, item, j + of + 2)
                break  # "5 x 4 metres", "1920 x 1080": a dimension, not "5 times"
            if unit is None or (n == 1 and _capital_letter(doc[j + of].text)) \
                    or (n == 1 and lower[j + of] in self.words.lower_case_units
                        and not doc[j + of].is_lower):
                continue  # "5G"; "25 bp" is basis points, "50 BP workers" a company's
            if item.unit_kind == "currency" and unit[1] == "currency":
                item.unit = item.unit or unit[0]
                item.end = j + of + n
                return True
            if item.unit_kind == "currency":
                break
            if unit[1] in ("point", "angle") and not _digits(lower[item.num_end - 1]) \
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
        return not glued_word  # "5G", "4x4": a code, not a figure

    def _read_exceeded(self, doc: Doc, item: Found) -> None:
        """ "Sales topped $1 billion", "orders exceeded 800 aircraft": the object of a verb of
        exceeding is a lower bound (CQE codes "exceed" as '>'); negated ("must not exceed 4
        grams") an upper one."""
        if item.relation != "eq" or (item.start > 0 and (
                doc[item.start - 1].pos_ == "DET" or doc[item.start - 1].tag_ in ("PRP$", "POS"))):
            return  # "surpassing the $394,000 raised by Clinton", "Germany's $1.5 trillion"
        head = _anchor(doc, item)
        for _ in range(3):
            if head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB":
                verb = head.head
                negated = any(c.dep_ == "neg" for c in verb.children) or (
                    verb.dep_ == "xcomp" and any(c.dep_ == "neg" for c in verb.head.children))
                if verb.lemma_.lower() in self.words.exceed_verbs or (
                        verb.lemma_.lower() in self.words.amount_exceed_verbs
                        and not self._things_after(doc, item) and not self._lawmaker_passes(verb)
                        and not _in_tally(doc, item)):  # "the toll passed 48,000" (not
                    # "passed 12 bills")
                    self._apply_relation(item, "le" if negated else "gt")  # "should not
                    # exceed 4 grams": a cap
                return
            if head.head.i == head.i or not item.start <= head.head.i < item.end + 2:
                return
            head = head.head

    def _read_scaled_range(self, doc: Doc, lower: list[str], spaces: list[bool], item: Found,
                           suffix: str) -> bool:
        """ "$3bn-$4bn", "£10m-£15m" (tokenized "10m-£15", "m"), "5k-10k": a range of sums or
        counts, each end scaled; "m" is million only for money ("a 5m-6m wall" is metres)."""
        glued = SCALED_RANGE_SUFFIX.match(suffix)
        if glued is None or item.value is None:
            return False
        scales = self.numbers.scale_abbreviations
        first, second, end = glued.group("scale"), glued.group("scale2"), item.num_end
        if second is None and end < len(lower) and not spaces[end - 1] \
                and lower[end].rstrip(".") in scales:
            second, end = lower[end].rstrip("."), end + 1  # "$10m-$15" then "m."
        second = second or first
        if first not in scales or second not in scales or first == "thousand" \
                or ("m" in (first, second) and item.unit_kind != "currency"):
            return False
        high = parse_numeral(glued.group("high"))
        low_value = _scaled(item.value, scales[first])
        high_value = _scaled(high.value, scales[second]) if high is not None else None
        if low_value is None or high_value is None or low_value >= high_value:
            return False
        item.low, item.high, item.value, item.relation = low_value, high_value, None, "range"
        item.end = item.num_end = end
        return True

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
            if head.tag_ in ("NNS", "NNPS") and _cue(head, self.words.length_nouns):
                return False  # "4m blast walls", "2m security fences": metres
            if head.tag_ in ("NNS", "NNPS"):
                return modifier.lower_ in self.words.count_adjectives \
                    or head.lower_ in self.words.person_nouns \
                    or head.lemma_.lower() in self.words.person_nouns \
                    or _cue(head, self.words.money_cues) or not _determined(figure)
            if modifier.tag_ == "JJ":
                return False
        return token.tag_ in ("NNS", "NNPS") or _cue(token, self.words.money_cues)

    def _read_rate(self, doc: Doc, lower: list[str], item: Found) -> None:
        """A rate after a sum or a measure: "$1.40 a share", "$82 per barrel", "15% per
        annum", "188 miles an hour", "$5 per square foot" — the unit becomes "USD per share".
        After "a"/"an" only a unit, a time unit or a noun of ``rate_nouns`` is a rate ("fell 3%
        a second session" is none); "5% a year earlier" is a time, "$300 a head of cattle" no
        rate of heads."""
        if item.unit is None or item.unit_kind in ("count", "fraction", "age", "percent") \
                and item.unit != "percent":
            return
        j = item.end
        if j + 1 >= len(doc) or lower[j] not in RATE_WORDS:
            return
        per: str | None = None
        end = j + 1
        for n in range(min(self.max_unit, len(lower) - j - 1), 0, -1):
            unit = self.words.units.get(tuple(lower[j + 1:j + 1 + n]))
            if unit is not None and unit[1] not in ("currency", "percent"):
                per, end = unit[0], j + 1 + n
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
        if end < len(doc) and lower[end] in ("'s", "’s"):
            return  # "300 miles a day's journey"
        if per in self.words.time_units and end < len(doc) and (
                lower[end] in self.words.relative_time_words
                or " ".join(lower[end:end + 2]) in self.words.relative_time_words
                or " ".join(lower[end:end + 3]) in self.words.relative_time_words) \
                and (lower[end] != "on" or end + 1 == len(doc) or doc[end + 1].is_punct):
            return  # "up 5% a year earlier", "a year in advance", "a year on,": a time
        item.rate_start = j
        item.unit = f"{item.unit} per {per}"
        item.end = end

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
            return any(t.pos_ == "NOUN" and _cue(t, self.words.money_cues)
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
        if any(_cue(t, self.words.mass_cues) for t in governors):
            return False
        return scaled or vague or any(_cue(t, self.words.money_cues) for t in governors)

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

    def _scale_word(self, doc: Doc, j: int) -> float | None:
        """The factor of a scale word at token ``j`` ("million", "bn"; not a lone "m")."""
        if j >= len(doc):
            return None
        word = doc[j].lower_
        if word in self.numbers.scales:
            return self.numbers.scales[word]
        return self.numbers.scale_abbreviations.get(word) if len(word) > 1 else None

    @staticmethod
    def _read_spaced_minus(lower: list[str], item: Found) -> None:
        """ "- 20 degrees": a minus sign set apart from a temperature (not "10 - 20 degrees")."""
        i = item.start
        if item.unit_kind != "temperature" or item.value is None or i == 0 \
                or lower[i - 1] not in ("-", "−") or (i > 1 and _digits(lower[i - 2])):
            return
        item.value, item.start = -item.value, i - 1

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

    def _changes(self, doc: Doc, item: Found) -> bool:
        """A change word ("rose", "cut") just before the figure or governing it: "rose 2.5% to
        3%" is a change and a level, not a range."""
        tokens = [doc[item.start - 1]] if item.start > 0 else []
        token = doc[item.num_start]
        for _ in range(3):
            if token.head.i == token.i:
                break
            token = token.head
            tokens.append(token)
        return any(t.lemma_.lower() in self.words.change_up
                   or t.lemma_.lower() in self.words.change_down for t in tokens)

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
        while k + 1 < len(lower) and lower[k] in DIMENSION_SIGNS and _digits(lower[k + 1]):
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
        item.value = _scaled(item.value, factor)
        item.low, item.high = _scaled(item.low, factor), _scaled(item.high, factor)

    def _is_time(self, doc: Doc, lower: list[str], item: Found, match: NumberMatch) -> bool:
        """Dates, clock times, durations, years: figures the times component owns."""
        if item.unit_kind in ("currency", "percent"):
            return False
        before = lower[item.start - 1] if item.start > 0 else ""
        before2 = lower[item.start - 2] if item.start > 1 else ""
        after = lower[item.end] if item.end < len(lower) else ""
        if self._age(lower, item):
            return False
        if before in self.words.months or (before == "." and before2 in self.words.months):
            return True
        if (after in self.words.months and not _verb_not_month(doc[item.end])) or (
                after == "of" and item.end + 1 < len(lower)
                and lower[item.end + 1] in self.words.months):
            return True  # "12 May", "12 of March"; not "10,000 may have died"
        if item.unit is None and after in self.words.time_units:
            return True
        if item.unit is None and after == "-" and item.end + 1 < len(lower) \
                and lower[item.end + 1] in self.words.time_units:
            return True  # "a two-year note", "a 30-day ceasefire": durations
        if item.unit is None and item.end + 1 < len(lower) and doc[item.end].pos_ == "ADJ" \
                and lower[item.end + 1] in self.words.time_units \
                and not (lower[item.end] in DEICTIC_ADJECTIVES and _digits(lower[item.num_start])
                         and not lower[item.end + 1].endswith("s")):
            return True  # "15 extra minutes", "two more years": durations ("to 334,000 last
            # week" is a figure, then a time)
        if item.unit is None and after in ("or", "and", "to", ",", "-", "–") \
                and self._time_follows(lower, item.end + 1):
            return True  # "[40] or 50 years ago", "[three] or four months": one span of time
        return self._is_year(doc, lower, item, match)

    def _time_follows(self, lower: list[str], k: int) -> bool:
        """A number then a time unit at ``k`` ("50 years", "four-month"): the second half of a
        pair of durations whose first number has no unit of its own."""
        if k >= len(lower) or not (lower[k].isdigit() or self.numbers.is_word_number(lower[k])):
            return False
        k += 1
        if k < len(lower) and lower[k] == "-":
            k += 1
        return k < len(lower) and lower[k] in self.words.time_units

    def _is_year(self, doc: Doc, lower: list[str], item: Found, match: NumberMatch) -> bool:
        """A bare four-digit number from 1000 to 2100 is a year unless it counts a noun."""
        if item.unit or match.words or match.scaled:
            return False
        values = [item.value] if item.relation != "range" else [item.low, item.high]
        texts = [lower[item.num_start], lower[item.num_end - 1]]
        if not all(v is not None and float(v).is_integer() and 1000 <= v <= 2100
                   for v in values):
            return False
        if not all(len(t) == 4 and t.isdigit() for t in texts):
            return False
        nxt = doc[item.end] if item.end < len(doc) else None
        counts_noun = nxt is not None and nxt.tag_ in ("NNS", "NNPS") \
            and nxt.lower_ not in self.words.months
        bounded = self._has_bound_before(lower, item.start)
        if counts_noun and bounded:
            return False  # "an estimated 2030 troops": a bound makes it a count
        if doc[item.num_start].ent_type_ == "DATE":
            return True
        prev = doc[item.start - 1] if item.start > 0 else None
        if counts_noun and prev is not None and 1900 <= values[0] <= 2100 \
                and prev.pos_ in ("ADJ", "PROPN") and prev.tag_ not in ("VBN", "JJR", "JJS"):
            return True  # "Republican 2016 hopefuls": a year as modifier ("some 2000 refugees",
            # "an estimated 2000 refugees" count them)
        return not counts_noun

    def _age(self, lower: list[str], item: Found) -> bool:
        """ "35-year-old", "ten months old", "6 weeks of age", "aged 35": an age, not a time."""
        j, lead = item.num_end, item.num_start
        if lead > 0 and lower[lead - 1] in ("between", "from"):
            lead -= 1  # "aged between 18 and 30"
        elif lead > 2 and lower[lead - 1] in ("and", "or", ",", "to") \
                and _digits(lower[lead - 2]):
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
                    return True
        return False

    def _read_bound_before(self, lower: list[str], item: Found, doc: Doc | None = None) -> None:
        """ "more than", "about", "an estimated", "up 5%" before the figure."""
        start = item.start
        if item.unit_kind in ("percent", "currency", "point", "fraction"):
            item.change = self._change_before(lower, start, doc) or item.change
        elif start > 1 and lower[start - 1] in ("up", "down") and lower[start - 2] == "," \
                and any(_digits(w) for w in lower[max(0, start - 12):start - 2]):
            item.change = lower[start - 1]  # "won 72 seats, up 64": the change restated ("The
            # Celtics, up 12, called a timeout" is a lead)
        elif start > 2 and lower[start - 1] == "by" and lower[start - 2] in ("up", "down") \
                and doc is not None and (doc[start - 2].dep_ == "prt"
                                         or self._measure_subject(doc[start - 2].head)):
            # "revised down by 8,000", "exports were down by 20,000 tonnes" ("the Celtics were
            # up by 12 at the break" is a lead)
            item.change = self._change_before(lower, start, doc) or item.change
        for n in range(min(self.max_bound, start), 0, -1):
            phrase = tuple(lower[start - n:start])
            relation = self.words.bounds.get(phrase)
            if relation is not None and item.change is None \
                    and item.unit_kind in ("percent", "currency", "point", "fraction"):
                item.change = self._change_before(lower, start - n, doc)  # "up about 40%"
            if relation is None:
                continue
            if phrase == ("some",) and item.relation == "range":
                continue
            if phrase in self.words.preposition_bounds and not self._bound_object(doc, item):
                break  # "near 10 Downing Street", "homes near 3 villages": a place
            if phrase == ("past",) and start - 2 >= 0 and doc is not None \
                    and doc[start - 2].pos_ in ("DET", "PRON"):
                break  # "the past four-plus months": an adjective
            if phrase == ("up", "to") and doc is not None and start - 3 >= 0 \
                    and (doc[start - 3].lemma_.lower() in ("add", "sum", "total")
                         or (doc[start - 2].dep_ == "prt" and self._change_word(doc[start - 3]))
                         or doc[start - 3].lemma_.lower() in self.words.up_particle_verbs):
                break  # "that adds up to 185,000": a total; "ticked up to 7.9%", "climbed up
                # to 5%": a level ("winds gusting up to 120 km/h" stays a cap)
            if phrase == ("up", "to") and item.end + 1 < len(lower) \
                    and lower[item.end] == "from" and (
                        (lower[item.end + 1][:1].isdigit()
                         and not YEAR_LIKE.fullmatch(lower[item.end + 1]))
                        or lower[item.end + 1] in CURRENCY_SIGNS
                        or (start >= 3 and lower[start - 3] in BE_FORMS)):
                break  # "shares were up to $45 from $40": a rise to a level, no cap
            if phrase == ("about",) and doc is not None and start - 2 >= 0 \
                    and self._about_taker(doc[start - 2]):
                break  # "worried about 3 banks", "spoke about 4 reforms": a preposition
            if n == 1 and doc is not None and doc[start - 1].dep_ == "prt":
                break  # "Airbus handed over 65 aircraft": the verb's particle
            if phrase == ("average", "of") and start > 2 and doc is not None \
                    and (doc[start - 3].pos_ in ("DET", "PROPN") or doc[start - 3].tag_ == "POS") \
                    and lower[start - 3] not in ("a", "an") and item.end < len(doc) \
                    and doc[item.end].tag_ in ("NNS", "NNPS") and item.unit is None:
                break  # "the average of three polls": what is averaged, counted exactly
            if item.relation == "range":
                break
            item.start = start - n
            if relation != "eq":
                self._apply_relation(item, relation, high_is_value=phrase in
                                     self.words.bounds_high_is_value)
            break
        else:
            self._read_bound_before_article(lower, item)

    def _read_bound_before_article(self, lower: list[str], item: Found) -> None:
        """ "roughly a 40 per cent chance", "nearly a 10% rise": an approximation before the
        article of the figure's noun phrase (not "worried about a 10% rise", "near a 10-storey
        building": prepositions there)."""
        start = item.start
        if item.relation != "eq" or start < 2 or lower[start - 1] not in ("a", "an"):
            return
        for n in range(min(self.max_bound, start - 1), 0, -1):
            phrase = tuple(lower[start - 1 - n:start - 1])
            if phrase in ARTICLE_APPROXIMATORS:
                self._apply_relation(item, "approx", high_is_value=phrase in
                                     self.words.bounds_high_is_value)
                return

    def _change_word(self, token: Token) -> bool:
        """Is ``token`` a word of rise or fall ("climbed", "jumped", "fell")?"""
        lemma = token.lemma_.lower()
        return lemma in self.words.change_up or lemma in self.words.change_down

    def _about_taker(self, token: Token) -> bool:
        """Does ``token`` take "about" as its preposition: a verb or adjective of talk or
        feeling ("worried", "spoke", "lied"), a noun ("questions", "a debate"), or a verb of
        telling in the passive ("were reminded"); "questioned about 30 people", "warned about
        200 residents" take an object, so "about" is "roughly" there."""
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN":
            return token.lower_ in self.words.about_nouns or lemma in self.words.about_nouns
        if token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
            return lemma in self.words.about_passives or lemma in self.words.about_takers
        return lemma in self.words.about_takers or token.lower_ in self.words.about_takers

    @staticmethod
    def _bound_object(doc: Doc | None, item: Found) -> bool:
        """ "near 5%", "near $40", "near zero", "the toll is near 50": a figure "near" bounds
        (a percent, a sum, zero, or a number with its unit and no noun after it)."""
        if item.unit_kind in ("percent", "currency") or item.value == 0 or doc is None:
            return True
        return item.end >= len(doc) or doc[item.end].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ")

    def _change_before(self, lower: list[str], i: int, doc: Doc | None) -> str | None:
        """ "up 5%", "down by 3%" before token ``i``: the change, or None; not the particle of
        a verb that changes nothing ("make up at least half")."""
        k = _up_or_down(lower, i, self.words.off_before)
        if k is None:
            if i > 1 and lower[i - 1] == "by" and lower[i - 2] in self.words.change_after:
                return self.words.change_after[lower[i - 2]]  # "edged higher by 0.2%"
            return None
        verb = doc[k].head.lemma_.lower() if doc is not None and k > 0 else ""
        if doc is not None and doc[k].dep_ == "prt" and verb in self.words.particle_changes \
                and "of" not in lower[i + 1:i + 4] and (("%" in lower[i:i + 2] or any(
                    w in PERCENT_SIGNS for w in lower[i + 1:i + 3]))
                    or self._market_subject(doc[k].head)):
            return self.words.particle_changes[verb]  # "the Nikkei gave up 1.5%", "the Dow
            # gave up 300 points" (not "gave up 5% of its stake", "the defence gave up 24
            # points", "gave up $3m in fees")
        if doc is not None and k > 0 and doc[k].dep_ == "prt" \
                and verb in self.words.particle_verbs_no_change:
            return None
        return "down" if lower[k] == "off" else lower[k]

    def _lawmaker_passes(self, verb: Token) -> bool:
        """A body that passes laws passes an amount without exceeding it ("Congress passed $95
        billion in aid"); "the company passed $1 billion in revenue" exceeded it."""
        subject = _subject_of(verb)
        return subject is not None and verb.lemma_.lower() == "pass" \
            and _cue(subject, self.words.lawmaking_nouns)

    def _measure_subject(self, verb: Token) -> bool:
        """The verb has a subject and it is a measure ("Exports", "net migration"), not a
        team, party or person (who leads or trails)."""
        subject = _subject_of(verb)
        if subject is None or self._agent_subject(verb) or _cue(subject, self.words.actor_nouns):
            return False
        return subject.pos_ != "PROPN" or self._market_subject(verb)  # "The Celtics": a team

    def _market_subject(self, verb: Token) -> bool:
        """The verb's subject is a market, an index, a price or a currency ("The Dow", "Brent
        crude", "the rouble")."""
        subject = _subject_of(verb)
        return subject is not None and any(
            _cue(t, self.words.market_words) for t in subject.subtree)

    def _read_bound_after(self, lower: list[str], item: Found, doc: Doc | None = None) -> None:
        """ "or more", "or so", "plus" after the figure (and its unit)."""
        j = item.end
        for phrase, relation in self.words.suffix_bounds.items():
            if phrase == ("on", "average") and item.about is not None and j >= item.about[1]:
                continue  # "the 5 members on average earn £40,000": the earnings' average
            if tuple(lower[j:j + len(phrase)]) == phrase and item.relation in ("eq", "approx"):
                if phrase in (("plus",), ("+",)) and (item.unit_kind not in (None, "currency")
                                                      or item.rate_start is not None):
                    continue  # "$3 an hour plus tips": an addition, no bound
                k = j + len(phrase)
                if phrase[-1] in self.words.after_bounds_prepositions and k < len(lower) and (
                        lower[k][:1].isdigit() or lower[k] in PHRASE_OPENERS
                        or self.numbers.is_word_number(lower[k])
                        or (doc is not None and doc[k].pos_ in ("ADJ", "NUM", "DET")
                            or (doc is not None and doc[k].pos_ in ("NOUN", "PROPN")
                                and k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN"))):
                    continue  # "rose 12% and over five years …", "30 and under emergency
                    # rules": a preposition, no bound
                item.end = j + len(phrase)
                self._apply_relation(item, relation)
                if phrase in self.words.age_suffixes and item.unit is None \
                        and self._age_cue(lower, item):
                    item.unit, item.unit_kind, item.measure = "year", "age", "age"  # "65 and older"
                return

    def _age_cue(self, lower: list[str], item: Found) -> bool:
        """A person noun or "aged" near a bare "65 and older": people of an age ("voters 65
        and older"); "Android 9 or older" is a version."""
        near = lower[max(item.start - 3, 0):item.start] + lower[item.end:item.end + 2]
        return any(w in self.words.age_cues or w in self.words.person_nouns
                   or w in self.words.age_before for w in near)

    def _apply_relation(self, item: Found, relation: str, *, high_is_value: bool = False) -> None:
        if item.value is None:
            return
        vague = item.low is not None and item.high is not None and item.relation == "approx"
        item.relation = relation
        if relation in ("gt", "ge"):
            item.low, item.high = item.value, None
        elif relation in ("lt", "le"):
            item.low, item.high = None, item.value
        elif relation == "approx" and not vague:
            item.low, item.high = None, (item.value if high_is_value else None)

    def _is_label(self, doc: Doc, lower: list[str], item: Found) -> bool:
        """ "Article 5", "Boeing 737", "F-16": a number that names, not counts."""
        i = item.num_start
        if item.start < i:  # a bound or currency makes it an amount
            return False
        before = lower[i - 1] if i > 0 else ""
        if _hyphened(doc, item.num_end - 1) \
                and lower[item.num_end + 1] in self.words.number_kind_nouns:
            return True  # "seven 3-pointers", "a four-seater jet": a kind of thing named by a
            # number
        counted = item.end < len(doc) and doc[item.end].tag_ in ("NNS", "NNPS")
        if before in self.words.list_words and counted:
            return False  # "the top two candidates" counts them ("the top 10" alone names a list)
        if (before in self.words.label_words or before.rstrip("-") in self.words.label_words) \
                and (doc[i - 1].pos_ not in ("VERB", "AUX") or not doc[i - 1].is_lower):
            return True  # "Building 7" ("is building three data centres" counts them)
        if self._street_after(doc, item):
            return True  # "42 Mill Lane", "10 Downing Street": an address
        if before == "." and i > 1 and doc[i - 2].is_title \
                and lower[i - 2] + "." in self.words.label_words:
            return True  # "No . 2" split by the tokenizer ("said no . 5 …" may end a sentence)
        if item.end < len(lower) \
                and lower[item.end] in self.words.label_numbers.get(lower[i], ()):
            return True  # "911 calls": a number to dial
        if before == "-" and i > 1 and not doc[i - 2].whitespace_:
            return True  # "Su-27", "COVID-19"
        token = doc[i]
        if token.ent_type_ in NAME_LABELS and not _grouped_digits(token.text):
            return True  # "his 757 jet" (but a "3,000.15" the tagger names is an amount)
        if before == "the" and item.end == i + 1 and token.text.isdigit() \
                and self._model_name(doc, lower, i):
            return True
        prev = doc[i - 1] if i > 0 else None
        if prev is None or not _digits(lower[i]) or before in self.words.months:
            return False
        if _acronym(prev) and before not in self.words.currency_prefixes and (
                not prev.is_stop or (i > 1 and _acronym(doc[i - 2]))):
            return True  # "IE 6", "CC BY 4.0" (but "ALL 5 answers" counts)
        if item.unit is None and (self._label_pair(doc, lower, i - 1, i)
                                  or (before in ("and", "or", "&", "through") and i >= 3
                                      and self._label_pair(doc, lower, i - 3, i - 2))):
            return True  # "police posts 542 and 543", "reactors 5 and 6": numbers that name
        tally = lower[item.end:item.end + 1] == ["to"] and item.end + 1 < len(lower) \
            and lower[item.end + 1][:1].isdigit()  # "passed the House 220 to 207"
        return prev.pos_ == "PROPN" and prev.is_title and not tally  # "Boeing 737"

    def _street_after(self, doc: Doc, item: Found) -> bool:
        """Capitalised words and a street noun right after the figure ("42 Mill Lane")."""
        k = item.num_end
        while k < len(doc) and k < item.num_end + 3 and doc[k].is_title:
            if k > item.num_end and _cue(doc[k], self.words.street_nouns):
                return k + 1 >= len(doc) or doc[k + 1].pos_ != "NOUN" \
                    or doc[k + 1].is_title  # not "3 Main Street shops", "40 Downing Street staff"
            k += 1
        return False

    def _label_pair(self, doc: Doc, lower: list[str], k: int, i: int) -> bool:
        """Do token ``k``, a plural common noun that names no people, and the figure at ``i``
        start a pair of labels ("reactors [5] and 6", "posts [542] and 543"), not a tally
        ("polls 48 to 45")?"""
        if k < 0 or i + 2 >= len(doc) or not _digits(lower[i]):
            return False
        noun = doc[k]
        after = lower[i + 3] if i + 3 < len(doc) else ""
        return noun.pos_ == "NOUN" and noun.tag_ == "NNS" \
            and noun.lower_ not in self.words.person_nouns \
            and lower[i + 1] in ("and", "or", "&", "through") and _digits(lower[i + 2]) \
            and (after,) not in self.words.units and after not in PERCENT_SIGNS \
            and after not in ("per", "-")  # "targets 300 and 500 km inside": distances

    def _model_name(self, doc: Doc, lower: list[str], i: int) -> bool:
        """ "the 8088 chip", "the 486 is …", "the 787 Dreamliner fleet": a figure after "the"
        that names one thing (a singular noun or name after it, or a singular verb of which it
        is the subject) — a model, not a count ("the 300 were freed", "the 300 prisoners", "the
        11 battleground states", "the 168 Republican National Committee members" stay counts;
        so do collective nouns: "the 40 crew", "the 300 staff")."""
        token = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        k = i + 1
        while nxt is not None and nxt.tag_ == "NNP" and k + 1 < len(doc) \
                and doc[k + 1].tag_ == "NNP":
            k += 1  # "the 168 Republican National Committee members": a count
        if nxt is not None and nxt.tag_ in ("NN", "NNP") and token.whitespace_ \
                and not (k + 1 < len(doc) and doc[k + 1].tag_ in ("NNS", "NNPS")) \
                and not (nxt.tag_ == "NNP" and (
                    nxt.ent_type_ in ("NORP", "GPE") or nxt.lower_ in self.demonyms
                    or (k + 1 < len(doc) and lower[k + 1] in PLURAL_FOLLOWERS))) \
                and lower[i + 1] not in self.words.collective_nouns \
                and (lower[i + 1],) not in self.words.units \
                and lower[i + 1] not in self.words.time_units:
            return True
        head = token.head
        return token.dep_ in SUBJECTS and (head.tag_ == "VBZ" or head.lower_ in ("was", "has"))

    # -- what it counts ----------------------------------------------------------------

    def _read_counted_noun(self, doc: Doc, lower: list[str], item: Found) -> None:
        """The noun phrase the figure counts: "2,000 [Sudanese civilians]", "[oil]"."""
        j = item.end
        if item.unit_kind in ("currency", "length", "mass", "volume", "area", "flow", "energy",
                              "power"):
            if item.rate_start is not None and not (j < len(doc) and lower[j] == "of"):
                j = item.rate_start  # "$5 a gallon in California"; "tons a year of [CO2]"
            # "a million barrels of oil", "$5bn in aid": the thing measured follows
            joiner = next((p for p in self.words.measured_after
                           if tuple(lower[j:j + len(p)]) == p), None)
            if joiner is not None and j + len(joiner) < len(doc):
                j += len(joiner) - 1  # "$100 worth of stock"
                noun = self._noun_phrase(doc, j + 1)
                if noun is not None and not self._time_word(doc[noun[2]]):
                    item.about, item.noun = (noun[0], noun[1]), noun[2]
            return
        if item.ratio and j < len(doc) and lower[j] != "of":
            noun = self._noun_phrase(doc, j)  # "one in four [voters]" (a plural: "one in
            if noun is not None and not self._time_word(doc[noun[2]]) \
                    and doc[noun[2]].tag_ in ("NNS", "NNPS"):  # five say" is no noun)
                item.about, item.noun = (noun[0], noun[1]), noun[2]
            return
        if item.unit_kind in ("percent", "fraction"):
            if item.unit_kind == "fraction" and j + 1 < len(doc) \
                    and lower[j] in self.numbers.fraction_determiners:
                j -= 1  # "half [the troops]": as if "half of the troops"
            if j + 1 < len(doc) and (lower[j] == "of" or j < item.end):
                # "40% of [voters]", "of the [housing stock]", "half [the troops]"
                k = j + 2 if doc[j + 1].pos_ in ("DET", "PRON") and j + 2 < len(doc) else j + 1
                noun = self._noun_phrase(doc, k)
                if noun is not None:
                    item.about, item.noun = (noun[0], noun[1]), noun[2]
            return
        if item.unit_kind in ("age", "temperature", "speed", "angle", "point"):
            return
        if _hyphened(doc, item.end - 1) and self._hyphen_counted(doc, lower, item):
            return
        if j < len(doc) and lower[j] == "+":
            j += 1  # "10,000+ fans"
        if j < len(doc) and lower[j] == "of":
            owner = next((k for k in (j + 2, j + 3) if k < len(doc) and doc[k].tag_ == "POS"), None)
            if owner is not None and doc[owner - 1].pos_ in NOUNS:
                j = owner - 1  # "30 of Russia's drones", "40 of the city's residents"
            if j + 1 < len(doc) and (doc[j + 1].pos_ == "DET"
                                     or doc[j + 1].tag_ in ("PRP$", "POS")):
                j += 2
                while j < len(doc) - 1 and doc[j].like_num:  # "23 of the 30 drones"
                    j += 1
            elif item.relation == "approx" or item.unit is None:
                j += 1
                while j < len(doc) - 1 and doc[j].like_num and doc[j + 1].pos_ in NOUNS:
                    j += 1  # "shot down 62 of 81 drones": the drones are what 62 counts
        if j < len(doc) and lower[j] in self.words.anaphoric_nouns \
                and not (doc[j].pos_ == "ADJ" and doc[j].head.pos_ in NOUNS
                         and doc[j].head.i > j):  # "two other ministers" names its noun
            return  # "48 others": the subject comes from the figure before
        noun = self._noun_phrase(doc, j)
        if noun is None:
            if item.unit is None and j == item.end and j < len(doc) \
                    and doc[j].pos_ in ("ADJ", "VERB") and lower[j] in self.words.person_nouns:
                item.unit, item.unit_kind = "person", "count"  # "31 dead and 117 wounded"
                item.measure = doc[j].text
            return
        head = doc[noun[2]]
        if head.lower_ in self.words.time_units or head.lower_ in self.words.months \
                or head.ent_type_ in ("DATE", "TIME"):
            return  # "443.6 million Thursday": the day it was counted, not what
        item.about, item.noun = (noun[0], noun[1]), noun[2]
        if item.unit is None:
            item.unit, item.unit_kind = self._count_unit(head), "count"

    def _hyphen_counted(self, doc: Doc, lower: list[str], item: Found) -> bool:
        """A figure hyphened to a word before a noun: "a 100-drone attack" counts drones, "a
        three-member delegation" members; "a 2,000-strong battalion" counts what makes up the
        battalion (no unit), and is about the battalion. True where it read one."""
        word = doc[item.end + 1]
        after = doc[item.end + 2] if item.end + 2 < len(doc) else None
        if lower[item.end + 1] in self.words.strength_words:
            noun = self._noun_phrase(doc, item.end + 2) if after is not None else None
            if noun is None:
                return False
            item.about, item.noun = (noun[0], noun[1]), noun[2]  # "a 2,000-strong Russian brigade"
            return True
        if word.pos_ not in NOUNS or after is None or after.pos_ not in NOUNS \
                or self._time_word(word) or lower[item.end + 1] in self.words.months \
                or (item.value == 1 and self._count_unit(word) == "person") \
                or not word.is_lower or len(word) < 3 \
                or word.lemma_.lower() in self.words.not_hyphen_counts \
                or f"{word.lemma_.lower()} {after.lemma_.lower()}" in self.words.not_hyphen_counts:
            return False  # "one-child policy", "10-K report", "a four-star general"
        unit = self.words.units.get((lower[item.end + 1],))
        if unit is not None:  # "a ten-point lead": a unit, not a thing counted
            item.unit, item.unit_kind = unit
            return True
        item.about, item.noun = (word.i, word.i + 1), word.i
        item.unit, item.unit_kind = self._count_unit(word), "count"
        return True

    def _count_unit(self, head: Token) -> str:
        """The unit of a count of ``head``: "person" for people ("Greeks", "members"), else
        the noun's lemma ("drone")."""
        people = head.lower_ in self.words.person_nouns \
            or head.lemma_.lower() in self.words.person_nouns \
            or (head.tag_ in ("NNS", "NNPS") and (
                head.ent_type_ == "NORP" or head.text[:-1] in self.demonyms))  # "Greeks"
        if people:
            return "person"
        return self.words.plural_lemmas.get(head.lower_) or head.lemma_.lower()

    def _noun_phrase(self, doc: Doc, j: int) -> tuple[int, int, int] | None:
        """Token bounds of the noun phrase starting at ``j`` (modifiers then the head noun),
        and the head noun's index."""
        if j >= len(doc):
            return None
        k = j
        while k < len(doc) and k - j < MAX_ABOUT_TOKENS:
            token = doc[k]
            if _hyphened(doc, k):
                end = k + 2
                while _hyphened(doc, end):
                    end += 2
                if end + 1 < len(doc) and doc[end + 1].pos_ in NOUNS:
                    k = end + 1  # "Sanders-linked accounts", "winner-take-all prizes"
                    continue
                if token.pos_ in NOUNS:
                    return j, end + 1, k  # "two brothers-in-law": the first word is the head
                k = end
                continue
            if k + 1 < len(doc) and doc[k + 1].pos_ in NOUNS and (
                    (k > j and _hyphened(doc, k - 2))  # the last word of "Sanders-[linked]"
                    or (k == j and token.tag_ in ("VBN", "VBG")
                        and doc[k + 1].tag_ in ("NNS", "NNPS"))):  # "475 [pledged] delegates"
                k += 1
                continue
            if token.pos_ in NOUNS or (token.pos_ == "ADJ" and token.dep_ in MODIFIER_DEPS) \
                    or (token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ == "amod"
                        and token.head.tag_ in ("NNS", "NNPS")):  # "wounded soldiers"
                head = token.head
                if token.dep_ in MODIFIER_DEPS and head.i > k and head.i - j < MAX_ABOUT_TOKENS \
                        and head.pos_ in NOUNS | {"ADJ"}:
                    k += 1
                    continue
                if token.pos_ in NOUNS:
                    return self._with_origin(doc, j, k)
                k += 1
                continue
            if token.pos_ == "PUNCT" and token.text == "-" and k > j:
                k += 1
                continue
            break
        return None

    def _with_origin(self, doc: Doc, j: int, k: int) -> tuple[int, int, int]:
        """Extend "soldiers" to "soldiers from Chad" (where they come from or belong)."""
        end = k + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("from", "of") \
                and doc[end + 1].pos_ in NOUNS | {"DET", "ADJ"}:
            pobj = [c for c in doc[end].children if c.dep_ == "pobj"]
            if pobj and pobj[0].pos_ == "PROPN" or (pobj and pobj[0].ent_type_):
                last = max(t.i for t in pobj[0].subtree)
                if last - j < MAX_ABOUT_TOKENS + 4 and last >= end:
                    return j, last + 1, k
        return j, end, k

    def _inherit_subjects(self, doc: Doc, found: list[Found]) -> None:
        """ "about 300 soldiers were killed, and another 2,700 were injured": 2,700 soldiers."""
        previous: Found | None = None
        sentence: list[int] = []  # read once, only where a figure may inherit
        for item in found:
            if previous is not None and item.about is None and item.unit is None \
                    and previous.about is not None and not self._harm_after_other(
                        doc, previous, item):
                sentence = sentence or _sentence_numbers(doc)
                if sentence[previous.num_start] != sentence[item.num_start]:
                    continue
                start, end = previous.about
                item.inherited = About(text=doc[start:end].text, entity=None,
                                       span=(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
                item.unit, item.unit_kind = previous.unit, previous.unit_kind
            if item.about is not None and item.unit_kind == "count" \
                    and not self._is_subset(doc, item):
                previous = item

    def _casualties(self, doc: Doc, found: list[Found]) -> None:
        """ "At least 107 killed", "killing 12 and wounding 40", "two were arrested": a bare
        figure that names nothing, inherits nothing and is what a verb of harm or arrest did
        counts people."""
        for item in found:
            if item.unit is None and item.about is None and item.inherited is None \
                    and item.subject is None and self._casualty(doc, item):
                item.unit, item.unit_kind = "person", "count"

    def _harm_after_other(self, doc: Doc, previous: Found, item: Found) -> bool:
        """ "fired 120 shells at the port, killing 14", "strikes on two homes killed 12": the
        victims of a verb of harm are people, unless the figure before counts people or the
        victims of such a verb ("killed 40 million birds … it killed 4 million", "300 pigs
        died … 200 were killed"), the figure is "another" or "more" of the same, or it is a
        part of a group the sentence opens with ("Of the 30 amendments, 12 were killed")."""
        if previous.unit == "person" or not self._casualty(doc, item):
            return False
        if (item.end < len(doc) and doc[item.end].lower_ == "more") or (
                item.start > 0 and doc[item.start - 1].lower_ == "another"):
            return False
        k = previous.start - 1
        if k > 0 and doc[k].pos_ == "DET":
            k -= 1
        if k >= 0 and doc[k].lower_ == "of" and (doc[k].is_sent_start or (
                k > 0 and doc[k - 1].is_punct)):
            return False  # "Of the 30 amendments, 12 …" (not "a barrage of 40 missiles")
        return not (self._casualty(doc, previous) and self._object(doc, previous))

    def _casualty(self, doc: Doc, item: Found) -> bool:
        """Are the figure's things what a verb of harm or arrest did something to ("killed
        12", "two were arrested", "killed five of them", "Two of the wounded died"; not "12 of
        them injured 5 people", nor "killed 40 of the zoo's birds", whose owner hides the
        noun)?"""
        if item.measure_verb is None \
                or doc[item.measure_verb].lemma_.lower() not in self.words.casualty_verbs:
            return False
        if item.end + 1 < len(doc) and doc[item.end].lower_ == "of":
            k = item.end + 1
            if doc[k].pos_ == "DET" and k + 1 < len(doc):
                k += 1
            if doc[k].pos_ in NOUNS and doc[k].lower_ not in self.words.person_nouns:
                return False
        return self._victims(doc, item)

    @staticmethod
    def _head_token(doc: Doc, item: Found) -> Token:
        """The figure's noun, or the figure's own head word past number modifiers."""
        token = doc[item.noun] if item.noun is not None else doc[item.num_end - 1]
        while token.dep_ in ("nummod", "quantmod", "compound") and token.head.i != token.i:
            token = token.head
        return token

    def _object(self, doc: Doc, item: Found) -> bool:
        """Is the figure's noun what its verb happened to ("killed [40 million birds]",
        "[200 prisoners] were freed", "[300 pigs] died"), not a noun further off ("strikes on
        two homes killed")?"""
        token = self._head_token(doc, item)
        return token.head.i == item.measure_verb and (
            token.dep_ in ("dobj", "nsubjpass") or (token.dep_ == "nsubj" and self._victims(
                doc, item)))

    def _victims(self, doc: Doc, item: Found) -> bool:
        """Is the figure (or its noun) not the doer of its verb (``item.measure_verb``, which
        the callers have checked): not the subject of a verb that has an object ("12 of them
        injured 5 people"), save verbs whose subject is the one harmed ("3,000 evacuated their
        homes")?"""
        token = self._head_token(doc, item)
        verb = doc[item.measure_verb]
        if verb.lemma_.lower() in self.words.casualty_subject_verbs:
            return True
        return not (token.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children))

    @staticmethod
    def _is_subset(doc: Doc, item: Found) -> bool:
        """ "including three children": a subset, not the subject later figures share."""
        if item.noun is None:
            return False
        noun = doc[item.noun]
        return noun.dep_ == "pobj" and noun.head.lower_ in SUBSET_PREPS

    # -- what happened to it -----------------------------------------------------------

    def _read_measure(self, doc: Doc, item: Found) -> None:
        """The verb the counted thing is subject or object of; the unit phrase for units."""
        if item.measure:
            return
        if item.unit_kind in ("length", "mass", "volume", "area", "flow", "energy", "power") \
                and item.unit_span:
            end = item.about[1] if item.about else item.unit_span[1]
            item.measure = doc[item.unit_span[0]:end].text
            return
        head = doc[item.num_end - 1]
        if item.unit_span:
            head = doc[item.unit_span[1] - 1]
        elif item.noun is not None and item.unit_kind == "count":
            head = doc[item.noun]
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
                head = head.head.head  # "[dozens] of houses were destroyed"
        verb = self._predicate(head)
        if verb is not None:
            item.measure = self._verb_phrase(doc, verb)
            item.measure_verb = verb.i
        elif item.noun is None and item.end < len(doc) and doc[item.end].tag_ == "VBN":
            item.measure_verb = item.end
            end = item.end + 1  # "about 250 [taken hostage]", "300 [killed]"
            if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].tag_ == "NN" \
                    and item.end in (doc[end].head.i, *(c.i for c in doc[end].children)):
                end += 1  # "taken hostage", "held captive"
            item.measure = doc[item.end:end].text

    def _predicate(self, head: Token) -> Token | None:
        """The verb (or predicative adjective) saying what happened to ``head``."""
        for _ in range(MAX_CONJUNCTS):  # "7 or 8 or 9 …" chains: bounded, not the whole doc
            if head.dep_ != "conj" or head.head.pos_ not in NOUNS | {"NUM"}:
                break
            head = head.head
        for _ in range(3):  # "3,000 [soldiers]", "[$] 1.5 billion": up to the phrase's head
            if head.dep_ in ("nummod", "quantmod", "compound") \
                    and head.head.pos_ in NOUNS | {"SYM", "NUM"}:
                head = head.head
        for child in head.children:
            if child.dep_ in ("acl", "relcl") and child.tag_ in ("VBN", "VBD") \
                    and child.i > head.i \
                    and child.lemma_.lower() not in self.words.not_measure_verbs:
                return child
        governor = head.head
        if head.dep_ in SUBJECTS | OBJECTS and governor.pos_ in ("VERB", "AUX", "ADJ"):
            if governor.lemma_ == "be":
                for child in governor.children:
                    if child.dep_ in ("acomp", "attr") and child.pos_ in ("ADJ", "VERB") \
                            and child.lemma_.lower() not in self.words.not_measure_verbs \
                            and not any(c.isdigit() for c in child.text):  # not "-1.2" itself
                        return child
                return None
            if governor.lemma_.lower() in self.words.not_measure_verbs:
                return None
            return governor
        if head.dep_ == "pobj" and governor.dep_ == "agent":
            return governor.head
        return None

    def _verb_phrase(self, doc: Doc, verb: Token) -> str:
        """ "killed and wounded": the verb and its conjoined verbs that share its subject."""
        last = verb.i
        particle = next((c for c in verb.children if c.i == verb.i + 1 and (
            c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLES))), None)
        if particle is not None:  # "shot down", "wiped out"
            last = particle.i
        for child in verb.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "ADJ") and child.i > verb.i \
                    and not any(c.dep_ in SUBJECTS for c in child.children) \
                    and child.i - verb.i < MAX_MEASURE_TOKENS:
                last = max(last, child.i)
        if last > verb.i and all(t.dep_ in ("cc", "conj", "punct", "advmod", "prt")
                                 or t.i == verb.i for t in doc[verb.i:last + 1]):
            return doc[verb.i:last + 1].text
        return verb.text

    def _subject(self, doc: Doc, item: Found) -> tuple[int, int] | None:
        """What a bare figure is a value of: "[Exports] rose by 5%", "[The toll] reached 52";
        not a difference ("[The airline] carried 5% more passengers than a year ago")."""
        if item.compared:
            return None
        token = _anchor(doc, item)
        for _ in range(4):
            if token.pos_ in ("VERB", "AUX") or token.dep_ in SUBJECTS:
                break
            if token.head.i == token.i:
                return None
            token = token.head
            if token.pos_ == "NOUN" and token.dep_ == "pobj" \
                    and not item.start <= token.i < item.end \
                    and token.lemma_.lower() not in self.words.change_up \
                    and token.lemma_.lower() not in self.words.change_down:
                return None  # "the steps of the 70 m hall": a figure of another noun
        if token.pos_ not in ("VERB", "AUX"):
            return None
        verb = token.lemma_.lower()
        if item.change is None and (verb in self.words.change_transitive_not or (
                verb not in self.words.value_verbs and verb not in self.words.change_up
                and verb not in self.words.change_down)):
            return None  # "[The toll] rose to 52": the level of what changed
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ not in NOUNS or item.start <= subject.i < item.end:
            return None
        if item.end <= subject.i:
            return None  # "Of the 20, 35 percent were women": a fronted phrase is no value
        first = min((c.i for c in subject.lefts if c.dep_ in MODIFIER_DEPS | {"det"}),
                    default=subject.i)
        if doc[first].dep_ == "det":
            first += 1
        return (first, subject.i + 1) if subject.i + 1 - first <= MAX_ABOUT_TOKENS else None

    def _read_change(self, doc: Doc, lower: list[str], item: Found) -> None:
        """ "rose by 5%", "fell to 3", "a 5% drop", "increased 20 percent": up or down; a level
        reached or left ("to $1,950", "from 61%") is no change."""
        if item.change:
            return
        before = lower[item.start - 1] if item.start > 0 else ""
        if before in ("to", "from") and not (item.start > 1 and lower[item.start - 2] == "up"):
            return
        if before == "to" and item.start > 2 and lower[item.start - 2] == "up" \
                and doc[item.start - 3].lemma_.lower() in ("add", "sum", "total"):
            return  # "cuts that add up to 185,000 jobs": a total
        sign = doc[item.num_start].text[:1] if before not in self.words.level_before else " "
        if item.num_start > 0 and doc[item.num_start - 1].text == "+" \
                and not doc[item.num_start - 1].whitespace_:
            sign = "+"  # "+ 0.3 %" split by the tokenizer
        if sign == "+" and item.unit_kind in ("percent", "point") \
                and not PLUS_MINUS.match(doc[item.num_start].text):
            item.change = "up"  # "FTSE +0.3%": a rise ("rose to +5 points" is a level)
            return
        if item.end < len(doc) and item.unit_kind in ("percent", "currency", "point") \
                and lower[item.end] in self.words.change_after:
            item.change = self.words.change_after[lower[item.end]]  # "closed 3% higher"
            return
        if item.end < len(doc) and lower[item.end] in self.words.comparative_changes \
                and self._than_earlier(doc, lower, item.end + 1):
            # "carried 12% more passengers than a year ago", "6 million fewer than in 2022":
            # the same measure against an earlier time is a change
            item.change = self.words.comparative_changes[lower[item.end]]
            item.compared = True
            return
        if item.end < len(doc) and item.unit_kind in ("percent", "currency", "point") \
                and lower[item.end] in ("up", "down") and self._moved(lower, item.end + 1):
            item.change = lower[item.end]  # "closed 0.7% down on the day", "25 points up at
            return  # 6,430" (not "a 10% down payment", "10 points up at halftime")
        if before == "by" and item.start > 1 and self._change_by_verb(doc[item.start - 2], item):
            return  # "rose by 4% to 6%", parsed with the 4% inside the level
        if self._of_changes(doc, lower, item):
            return  # "£14bn of spending cuts", "$3bn of tax rises"
        token = _anchor(doc, item)
        if token.dep_ in ("npadvmod", "appos") and item.start > 0 and lower[item.start - 1] == "," \
                and lower[item.end:item.end + 1] == ["of"]:
            item.aside = True  # "250 mm of rain fell in a day, a third of the annual average":
            return  # an aside ("lost 300 tanks, 40% of its fleet" restates the change)
        if item.value is not None and item.value < 0 and doc[item.num_start].text[:1] in "-−" \
                and not (item.start > 0 and doc[item.start - 1].pos_ == "VERB"):
            return  # "growth was -2.1%", "growth of -0.5%": a signed level of the change ("lost
            # -7 points" stays a fall)
        via_by = False
        for _ in range(5):  # "increased [by] [an average] [of] [4.5] percent"
            word = token.lemma_.lower()
            if token.i not in (item.num_end - 1, item.noun) and token.pos_ in ("VERB", "NOUN") \
                    and not (token.pos_ == "NOUN" and word in self.words.not_change_nouns):
                if token.pos_ == "VERB" and self._no_change_use(token, item, via_by):
                    return
                if token.pos_ == "VERB" and word == "down" and token.lower_ != "down":
                    return  # "downed 35 drones": shot down, no fall
                if word in self.words.change_up:
                    item.change = "up"
                    return
                if word in self.words.change_down:
                    item.change = "down"
                    return
                if token.pos_ == "VERB" and word in self.words.change_by and (
                        via_by or self._changed_by_amount(doc, token, item)):
                    # "raised rates by 0.5 points", "boosted its dividend 20%"
                    item.change = self.words.change_by[word]
                    return
                if token.pos_ == "VERB":
                    return
                if token.pos_ == "NOUN" and token.dep_ == "pobj" \
                        and not item.start <= token.i < item.end \
                        and not (word in self.words.pace_nouns and token.head.lower_ == "at"
                                 and item.unit_kind in ("percent", "point")):
                    return  # "the steps of the 70 metre hall": another noun's figure ("rose
                    # at an annual rate of 2.5%" goes on to the verb)
            if token.lemma_ == "be" and token.i != item.num_start:
                self._change_as_subject(token, item)  # "the decline was 2.5%"
                return
            if token.dep_ in SUBJECTS or token.head.i == token.i:
                return
            if token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS:
                return  # "it is one example, she added": another clause's verb
            if token.dep_ == "prep" and token.lower_ not in self.words.change_preps \
                    and not (token.lower_ == "at" and item.start <= token.i < item.end) \
                    and not (  # "by at most 0.5%"
                    token.lower_ == "at" and item.unit_kind in ("percent", "point") and any(
                        c.lemma_.lower() in self.words.pace_nouns for c in token.children)):
                return
            if token.dep_ == "prep" and token.lower_ == "between" and item.relation != "range":
                return  # "strengthen ties between our two countries": no change of two
            if token.dep_ == "agent" and _counts_actors(item, doc, self.words.actor_nouns,
                                                        self.words.amount_nouns):
                return  # "rates were raised by 2 central banks": who did it, not how much
            via_by = via_by or (token.dep_ in ("prep", "agent") and token.lower_ == "by")
            token = token.head
        after = item.end
        if after >= len(doc) or item.unit_kind in (None, "count") or doc[after].pos_ != "NOUN":
            return
        if doc[after].lemma_.lower() in self.words.not_change_nouns:
            return  # "a $300 million contract": the noun is no change
        if doc[after].lemma_.lower() in self.words.change_up:  # "a 5% rise"
            item.change = "up"
        elif doc[after].lemma_.lower() in self.words.change_down:  # "a $2bn cut"
            item.change = "down"

    def _of_changes(self, doc: Doc, lower: list[str], item: Found) -> bool:
        """A sum or share "of" a bare plural change noun is the size of those changes: "£14bn
        of spending cuts" (not "10% of the increase": a part of one change). True where set."""
        if item.unit_kind != "currency" or lower[item.end:item.end + 1] != ["of"]:
            return False
        for token in doc[item.end + 1:item.end + 4]:
            if token.pos_ not in ("NOUN", "ADJ"):
                return False
            last = token.i + 1 == len(doc) or doc[token.i + 1].pos_ != "NOUN"
            if token.pos_ == "NOUN" and last:
                lemma = token.lemma_.lower()
                if token.tag_ != "NNS" or lemma in self.words.not_change_nouns:
                    return False
                change = "up" if lemma in self.words.change_up else \
                    "down" if lemma in self.words.change_down else None
                item.change = change
                return change is not None
        return False

    def _moved(self, lower: list[str], k: int) -> bool:
        """After "N% up"/"N points down", does what follows make it a move ("on the day",
        "on a year earlier", "year on year", "from", "at 6,430", the end of the clause)
        rather than a lead or a payment ("up at halftime", "down payment", "up on the
        Conservatives")?"""
        nxt = lower[k] if k < len(lower) else ""
        if nxt in self.words.move_followers or not nxt[:1].isalnum():
            return True
        if nxt == "at":
            return k + 1 < len(lower) and (lower[k + 1][:1].isdigit()
                                           or lower[k + 1] in CURRENCY_SIGNS)
        return nxt == "on" and any(w in self.words.time_units or w.rstrip("s")
                                   in self.words.time_units or w == "session"
                                   for w in lower[k + 1:k + 4])

    def _change_as_subject(self, verb: Token, item: Found) -> None:
        """ "The decline was 2.5%", "the increase was about $3 billion": a change noun as the
        subject of "be" makes the figure its size."""
        for subject in verb.children:
            if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" \
                    or item.start <= subject.i < item.end:
                continue
            word = subject.lemma_.lower()
            if word in self.words.not_change_nouns:
                return
            if word in self.words.change_up:
                item.change = "up"
            elif word in self.words.change_down:
                item.change = "down"
            return

    @staticmethod
    def _changed_by_amount(doc: Doc, verb: Token, item: Found) -> bool:
        """ "boosted its dividend 20%", "raised rates 0.25 point": a percent or point that is
        not the verb's object ("raised three points in her letter", "raised 30% of its budget")
        nor a gap ("lifted Arsenal 3 points clear")."""
        if item.unit_kind not in ("percent", "point"):
            return False
        figure = doc[item.num_start]
        inside = range(item.start, item.end)
        if figure.dep_ in ("dobj", "obj") or any(
                t.dep_ in ("dobj", "obj") and t.i in inside for t in verb.children):
            return False
        after = doc[item.end] if item.end < len(doc) else None
        if after is not None and (after.lower_ == "of" or after.pos_ == "ADJ"):
            return False
        return any(t.dep_ in ("dobj", "obj") and t.i not in inside for t in verb.children)

    def _than_earlier(self, doc: Doc, lower: list[str], k: int) -> bool:
        """ "[more passengers] than a year ago", "than in 2022", "than last month": a "than"
        within a few words of token ``k`` in its sentence, and a time or a word of earlier
        time right after it (not "than expected", "than its rivals")."""
        sentence_end = doc[k - 1].sent.end if doc.has_annotation("SENT_START") else len(doc)
        for j in range(k, min(k + MAX_COMPARED_TOKENS, sentence_end)):
            if lower[j] == "than":
                break
            if lower[j] in (",", ";", ".") or doc[j].pos_ in ("VERB", "AUX"):
                return False
        else:
            return False
        after = range(j + 1, min(j + 1 + MAX_COMPARED_TOKENS, sentence_end))
        if any(lower[x] in ("'s", "’s") and x + 1 < len(doc)
               and doc[x + 1].pos_ in ("NOUN", "ADJ", "PROPN") for x in after):
            return False  # "than last year's winners": other people
        if any(lower[x] in self.words.earlier_words for x in after):
            return True
        if any(lower[x] in ("last", "previous") and x + 1 < len(doc)
               and _cue(doc[x + 1], self.words.earlier_nouns) for x in after):
            return True  # "than last season", "than the previous quarter"
        starts = {int(t.span[0]) for t in doc._.cl_times or [] if t.span}
        return any(doc[x].idx in starts for x in after[:3])

    def _change_by_verb(self, verb: Token, item: Found) -> bool:
        """Set the change of a figure right after "<verb> by", read on the words alone (the
        parse may hang the figure elsewhere); True where it was set."""
        word = verb.lemma_.lower()
        if verb.pos_ != "VERB" or self._no_change_use(verb, item, True) \
                or (_passive(verb) and _counts_actors(item, verb.doc, self.words.actor_nouns,
                                                      self.words.amount_nouns)):
            return False
        if word in self.words.change_up:
            item.change = "up"
        elif word in self.words.change_down:
            item.change = "down"
        else:
            item.change = self.words.change_by.get(word)
        return item.change is not None

    def _no_change_use(self, verb: Token, item: Found, via_by: bool) -> bool:
        """A change verb used for no change of the figure: a contest's margin ("lost the race
        [by ten points]"), or a count or sum moved somewhere ("rallied [thousands]", "sank [$3bn]
        into the mine"), or the base of a multiplying verb ("doubled [the 216 staff]"); "shares
        rallied 4%" stays a change."""
        word = verb.lemma_.lower()
        if word in self.words.change_multiplier_verbs:
            return True  # "double [the 216 staff]": the base, the change is "x2"
        if word in self.words.measure_change_verbs and (
                item.unit_kind not in ("percent", "point", "currency")
                or (item.unit_kind == "currency" and self._agent_subject(verb))
                or (item.end < len(verb.doc) and verb.doc[item.end].lower_ == "of")
                or any(c.dep_ in ("dobj", "obj") and c.i >= item.end
                       and c.pos_ in ("NOUN", "PROPN") for c in verb.children)):
            # "recovered 12 bodies": moved, not changed; "appreciated the $5m donation", "a
            # 5% dividend yield": the figure describes the object
            return True
        outside = [c for c in verb.children if not item.start <= c.i < item.end]
        doc = verb.doc
        if word in self.words.delivery_verbs and item.unit_kind not in (
                "percent", "point", "currency") and item.end + 1 < len(doc) \
                and doc[item.end].lower_ == "of" \
                and _cue(doc[item.end + 1], self.words.delivered_things):
            return True  # "the storm dropped 30 cm of snow": delivered, not fallen ("exports
            # dropped 2 million tonnes of grain" fell)
        if via_by and word in self.words.margin_verbs and (
                any(c.dep_ in ("dobj", "obj") for c in outside)
                or (item.unit_kind not in ("percent", "currency") and self._agent_subject(verb))):
            return True  # "lost the race by ten points", "the Democrats lost by 20 points"
        if any(c.lower_ in self.words.shortfall_words for c in outside):
            return True  # "fell short by $1 billion": a gap, no fall
        if word in self.words.margin_verbs and self._counts_contests(verb.doc, item):
            return True  # "lost four playoff games", "has lost nine of its past 11 games"
        if word == "add" and item.unit_kind not in ("currency", "percent") and any(
                c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children):
            return True  # "Brown added 24 points and nine rebounds": a player's tally
        if word in self.words.change_transitive_not:
            into = any(c.dep_ == "prep" and c.lower_ == "into" for c in outside)
            return into or (item.unit_kind not in ("percent", "point", "currency")
                            and (item.unit == "person" or self._agent_subject(verb)))
        return False

    def _things_after(self, doc: Doc, item: Found) -> bool:
        """A plural noun that is no unit right after the figure (after its modifiers: "three
        background checks"): it counts things."""
        if item.unit is not None:
            return False
        for token in doc[item.end:item.end + 4]:
            if token.tag_ in ("NNS", "NNPS"):
                return (token.lower_,) not in self.words.units
            if token.pos_ not in ("NOUN", "ADJ", "PROPN"):
                return False
        return False

    def _counts_contests(self, doc: Doc, item: Found) -> bool:
        """The figure counts games, matches or races ("four playoff games", "nine of its past
        11 games"), not an amount that changed."""
        k = item.end
        if k < len(doc) and doc[k].lower_ == "of":
            k = next((t.i for t in doc[k + 1:k + 6] if t.pos_ == "NOUN"), k)
        else:
            k = item.noun if item.noun is not None else k
        return k < len(doc) and _cue(doc[k], self.words.contest_nouns)

    def _agent_subject(self, verb: Token) -> bool:
        """The verb's subject moves the figure rather than being measured by it: a person,
        group or pronoun ("The governor rallied thousands"); "Production sank 200,000 tonnes"
        is the amount production changed by."""
        subject = _subject_of(verb)
        if subject is None:
            return True
        return subject.pos_ == "PRON" or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
            or subject.lower_ in self.words.person_nouns \
            or subject.lemma_.lower() in self.words.person_nouns

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

    def _about(self, doc: Doc, item: Found) -> About | None:
        if item.about is not None:
            start, end = item.about
            if item.compared and end - start > 1 \
                    and doc[start].lower_ in self.words.comparative_changes:
                start += 1  # "6 million [more] passengers than in 2022"
            phrase: Span = doc[start:end]
            span = (phrase.start_char, phrase.end_char)
            entity = entity_at(doc, *span)
            return About(text=phrase.text, entity=entity.id if entity else None, span=span)
        if item.inherited is not None and item.inherited.span is not None:
            entity = entity_at(doc, *item.inherited.span)
            item.inherited.entity = entity.id if entity else None
            return item.inherited
        if item.subject is not None:
            phrase = doc[item.subject[0]:item.subject[1]]
            span = (phrase.start_char, phrase.end_char)
            entity = entity_at(doc, *span)
            return About(text=phrase.text, entity=entity.id if entity else None, span=span)
        return None


def _restated_changes(lower: list[str], found: list[Found]) -> None:
    """ "lost 1,000 points, or about 3%": the restated figure is the same change."""
    for previous, item in zip(found, found[1:], strict=False):
        if previous.change and item.change is None \
                and (lower[previous.end:item.start] in ([",", "or"], ["or"])
                     or (item.aside and lower[_phrase_end(previous):item.start] == [","])):
            item.change = previous.change  # "lost 300 tanks, 40% of its fleet"


def _phrase_end(item: Found) -> int:
    """One past the figure's last token, or its counted noun phrase's ("300 [tanks]")."""
    return max(item.end, item.about[1]) if item.about is not None else item.end


def _share_from_to(lower: list[str], found: list[Found]) -> None:
    """ "grew its fleet from [12] to 20 ships": the bare first of two levels counts what the
    second counts."""
    for item, following in zip(found, found[1:], strict=False):
        if item.unit is None and following.unit is not None and item.start > 0 \
                and lower[item.start - 1] == "from" and lower[item.end:following.start] == ["to"]:
            item.unit, item.unit_kind = following.unit, following.unit_kind
            item.about, item.noun = following.about, following.noun


def _share_counted(found: list[Found]) -> None:
    """ "[Seven] or eight thousand votes were cast": the first figure of a shared pair counts
    what the second counts (its unit, noun and measure) where it has none of its own."""
    for item, following in zip(found, found[1:], strict=False):
        if item.shares and item.unit is None and following.num_start > item.end:
            item.unit, item.unit_kind = following.unit, following.unit_kind
            item.about, item.noun = following.about, following.noun
            item.measure = item.measure or following.measure
            item.inherited = item.inherited or following.inherited


def _sentence_numbers(doc: Doc) -> list[int]:
    """The sentence number of every token, read once per doc (``Token.sent`` walks back to
    the sentence start on every call)."""
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    numbers: list[int] = []
    for n, sent in enumerate(doc.sents):
        numbers.extend([n] * len(sent))
    return numbers


def _unopened(lower: list[str], start: int, i: int) -> bool:
    """No "(" between ``start`` and token ``i``: a ")" after ``i`` closes a list number."""
    return "(" not in lower[max(start, i - 60):i]


def _up_or_down(lower: list[str], i: int, off_before: frozenset[str]) -> int | None:
    """ "up 5%", "down by 3%" before token ``i``: the token of "up"/"down", or None.
    ``off_before``: the words before "off N%" that make it a fall."""
    if i > 0 and (lower[i - 1] in ("up", "down") or (
            lower[i - 1] == "off" and i > 1 and lower[i - 2] in off_before)):
        return i - 1  # "up 5%", "Nasdaq off 0.4%", "was off 1.5%"
    if i > 1 and lower[i - 1] == "by" and lower[i - 2] in ("up", "down"):
        return i - 2
    return None


def _appositive_age(doc: Doc, item: Found, person_nouns: frozenset[str]) -> bool:
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


def _anchor(doc: Doc, item: Found) -> Token:
    """The token of the figure and its unit that hangs from outside them: "[2.5] per cent"
    under "by", "[cent]" in "12 per cent" as an object; the last token if none does."""
    end = item.unit_span[1] if item.unit_span else item.num_end
    start = min(item.num_start, end - 1)
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            return token
    return doc[end - 1]


def _plain_temperature(doc: Doc, item: Found) -> bool:
    """ "hit 41C", "It was 104F", "recorded 38C on Tuesday", "felt like -30F": a glued C or
    F read as degrees right after a verb or a word of approximation, or a negative or decimal
    one after a preposition ("stored at -70C", "warmed by 1.1C"), where the figure is one the
    weather can reach; after anything else it is a label ("Apartment 4C", "the 5C class",
    "moved from 3C to 4C", "Seats 3C and 4C", "on 3F of the building")."""
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
            or (measured and before.lower_ in ("at", "to", "by", "of", "from"))) \
        and (after is None or after.pos_ not in ("PROPN", "ADJ", "NUM")) \
        and not (after is not None and after.lower_ == "of")


def _day_after(doc: Doc, span: Span, changes: frozenset[str]) -> int | None:
    """The token of a bare day number that ends a range of days begun by a date ending in a
    day ("March 3 [and 6]", "July 15 [to 18]"), or None."""
    k = span.end
    last = doc[span.end - 1]
    if k + 1 >= len(doc) or not (last.is_digit and len(last) <= 2) \
            or doc[k].lower_ not in ("and", "to", "-", "–", "through", "until", "till"):
        return None
    day = doc[k + 1]
    if not (day.is_digit and len(day) <= 2 and 1 <= int(day.text) <= 31
            and int(day.text) > int(last.text)):
        return None
    nxt = doc[k + 2] if k + 2 < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.text in ("%", "-")):
        return None  # "March 3 and 6 people", "July 15 to 18 percent"
    if day.dep_ in ("nsubj", "nsubjpass") or (nxt is not None and nxt.pos_ in ("AUX", "VERB")
                                              and not _has_subject(nxt)):
        return None  # "on June 3 and 15 were killed": the figure is the verb's subject
        # ("Meetings on April 3 and 7 are planned" has its own)
    opened = span.start > 0 and doc[span.start - 1].lower_ in ("from", "between")
    if doc[k].lower_ == "to" and not opened and any(
            t.pos_ == "VERB" and t.lemma_.lower() in changes
            for t in doc[span.sent.start:span.start]):
        return None  # "the toll rose on March 3 to 17": the level reached ("rose from March 3
        # to 17": days)
    return k + 1


def _opens_sentence(token: Token) -> bool:
    """The first word of a sentence or of a quotation ('"Seven out of 10 voters …'), where a
    capital says nothing of a name."""
    if token.is_sent_start:
        return True
    before = token.nbor(-1) if token.i > 0 else None
    return before is not None and (before.is_quote or before.is_left_punct) \
        and (before.is_sent_start or before.i == 0 or before.nbor(-1).is_punct)


def _in_tally(doc: Doc, item: Found) -> bool:
    """ "passed 60 to 40", "passed 52-47": the figure is a side of a vote tally."""
    k, i = item.end, item.start
    return (k + 1 < len(doc) and doc[k].lower_ in ("to", "-", "–") and doc[k + 1].like_num) \
        or (i > 1 and doc[i - 1].lower_ in ("to", "-", "–") and doc[i - 2].like_num)


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject (active or passive), or None."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _has_subject(token: Token) -> bool:
    """Does the verb of ``token`` (itself, or the verb an auxiliary serves) have a subject?"""
    verb = token.head if token.dep_ in ("aux", "auxpass") else token
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _counts_actors(item: Found, doc: Doc, actors: frozenset[str],
                   amounts: frozenset[str]) -> bool:
    """The figure counts actors ("2 central banks", "27 countries", "3 supermarkets"), not
    an amount of a measure ("3,000", "20%", "£500", "3,000 jobs", "200 beds", "12 deaths"):
    a known actor, or a few (under a hundred) of things that are no amount."""
    if item.unit is None or item.unit_kind not in (None, "count") or item.noun is None:
        return False
    noun = doc[item.noun]
    return _cue(noun, actors) or (item.value is not None and item.value < AGENT_COUNT_LIMIT
                                  and not _cue(noun, amounts))


def _determined(token: Token) -> bool:
    """A determiner, number or possessive right before ``token`` ("the 8m walls", "two 10m
    masts", "its 5m boats"): the figure describes the things, it does not count them."""
    if token.i == 0:
        return False
    before = token.nbor(-1)
    return before.pos_ in ("DET", "NUM") or before.tag_ in ("PRP$", "POS")


def _hyphened(doc: Doc, k: int) -> bool:
    """Token ``k`` is joined to the word after it by a hyphen with no space ("Sanders-linked")."""
    return 0 <= k and k + 2 < len(doc) and doc[k + 1].text in ("-", "–") \
        and not doc[k].whitespace_ and not doc[k + 1].whitespace_ and doc[k + 2].is_alpha


def _acronym(token: Token) -> bool:
    return token.is_upper and token.is_alpha and len(token) > 1


def _cue(token: Token, cues: frozenset[str]) -> bool:
    """Is the token, as written or by its lemma, one of the cue words?"""
    return token.lower_ in cues or token.lemma_.lower() in cues


def _verb_not_month(token: Token) -> bool:
    """ "may" and "march" in lower case before a verb or an adverb are a modal and a verb, not
    months ("10,000 may have died", "3,000 march on Sunday"; "on 1 may that year" is a date)."""
    if token.lower_ not in ("may", "march") or token.text[:1].isupper():
        return False
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    if nxt is None:
        return False
    if nxt.tag_ == "IN":  # "5,000 may in fact have died"; "signed on 1 may in Vienna": a date
        day = token.doc[token.i - 1] if token.i > 0 else None
        before = token.doc[token.i - 2] if token.i >= 2 else None
        return not (before is not None and day is not None and day.text.isdigit()
                    and 1 <= int(day.text) <= 31 and before.lower_ in DATE_PREPOSITIONS)
    return nxt.tag_ in ("VB", "RB") or nxt.lower_ == "not"


#: Words before a day number that make the month after it a date ("on 1 may").
DATE_PREPOSITIONS = frozenset({"on", "since", "until", "till", "from", "by", "of", "before",
                               "after"})


def _capital_letter(text: str) -> bool:
    """One capital letter ("5G", "F 16") is a name, not a unit (but "5 K" may be kelvin…)."""
    return len(text) == 1 and text.isupper() and text not in "KMBL"


def _digits(word: str) -> bool:
    return bool(word) and word[0].isdigit()


def _grouped_digits(word: str) -> bool:
    """ "3,000", "12,500.25", "200k": digits in groups of thousands or with a scale letter,
    never a model's name."""
    return re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?(k|bn)", word.lower()) is not None


def _scaled(value: float | None, factor: float) -> float | None:
    return None if value is None else finite(value * factor)


def _json_number(value: float | None) -> float | int | None:
    if value is None:
        return None
    checked = finite(float(value))
    return None if checked is None else tidy(checked)


@Language.factory("claimledger_quantities", assigns=["doc._.cl_quantities"])
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """Factory of the ``claimledger_quantities`` component (v1)."""
    return QuantitiesComponent()
