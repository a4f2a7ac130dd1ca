"""The word lists of the quantities component, loaded once per language.

:class:`QuantityWords` holds the bounds, units, change words, age, label and tally words of
``lexicon/en/quantities.json`` and ``units.json``: phrases as token tuples, unit phrases also as
spaCy splits them after a space, and every scale letter glued to a known ISO currency code.
:func:`load_demonyms` reads the entities component's demonyms, whose plurals count people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from .. import lexicon


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
    one_count_before: frozenset[str] = frozenset()
    copula_lemmas: frozenset[str] = frozenset()
    speech_lemmas: frozenset[str] = frozenset()
    one_place_prepositions: frozenset[str] = frozenset()
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
    school_grade_nouns: frozenset[str] = frozenset()
    result_places: frozenset[str] = frozenset()
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
    over_particle_verbs: frozenset[str] = frozenset()
    starting_price_nouns: frozenset[str] = frozenset()
    toll_nouns: frozenset[str] = frozenset()
    toll_people_nouns: frozenset[str] = frozenset()
    harm_events: frozenset[str] = frozenset()
    off_before: frozenset[str] = frozenset()
    level_before: frozenset[str] = frozenset()
    move_followers: frozenset[str] = frozenset()
    after_bounds_prepositions: frozenset[str] = frozenset()
    shortfall_words: frozenset[str] = frozenset()
    comparative_changes: dict[str, str] = field(default_factory=dict)
    earlier_words: frozenset[str] = frozenset()
    particle_changes: dict[str, str] = field(default_factory=dict)
    off_change_verbs: frozenset[str] = frozenset()
    level_comparatives: dict[str, str] = field(default_factory=dict)
    earlier_levels: frozenset[str] = frozenset()
    level_nouns: frozenset[str] = frozenset()
    level_place_nouns: frozenset[str] = frozenset()
    cent_currencies: dict[str, str] = field(default_factory=dict)
    units_before: dict[str, tuple[str, str]] = field(default_factory=dict)
    quote_order: tuple[str, ...] = ()
    exchange_rate_names: dict[str, str] = field(default_factory=dict)
    magnitude_nouns: frozenset[str] = frozenset()
    rate_abbreviations: dict[str, str] = field(default_factory=dict)
    glued_only_rates: frozenset[str] = frozenset()
    letter_currency_after: frozenset[str] = frozenset()
    price_cues: frozenset[str] = frozenset()
    zero_references: dict[tuple[str, ...], int] = field(default_factory=dict)
    delivery_verbs: frozenset[str] = frozenset()
    material_words: frozenset[str] = frozenset()
    delivered_things: frozenset[str] = frozenset()
    air_dropped_things: frozenset[str] = frozenset()
    air_droppers: frozenset[str] = frozenset()
    air_drop_phrases: frozenset[str] = frozenset()
    dropped_from_lists: frozenset[str] = frozenset()
    kind_compounds: frozenset[tuple[str, str]] = frozenset()
    margin_time_units: dict[str, str] = field(default_factory=dict)
    margin_words: frozenset[str] = frozenset()
    race_margin_words: frozenset[str] = frozenset()
    race_verbs: frozenset[str] = frozenset()
    duration_verbs: frozenset[str] = frozenset()
    race_mark_nouns: frozenset[str] = frozenset()
    sequence_adjectives: frozenset[str] = frozenset()
    precipitation_verbs: frozenset[str] = frozenset()
    precipitation_nouns: frozenset[str] = frozenset()
    spatial_over_verbs: frozenset[str] = frozenset()
    object_over_verbs: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    length_nouns: frozenset[str] = frozenset()
    contest_nouns: frozenset[str] = frozenset()
    number_kind_nouns: frozenset[str] = frozenset()
    market_words: frozenset[str] = frozenset()
    actor_nouns: frozenset[str] = frozenset()
    earlier_nouns: frozenset[str] = frozenset()
    street_nouns: frozenset[str] = frozenset()
    letter_currencies: dict[str, str] = field(default_factory=dict)
    amount_nouns: frozenset[str] = frozenset()
    name_tally_nouns: frozenset[str] = frozenset()
    article_bound_nouns: frozenset[str] = frozenset()
    one_unit_followers: frozenset[str] = frozenset()
    one_unit_idiom_nouns: frozenset[str] = frozenset()
    one_unit_figurative_goals: frozenset[str] = frozenset()
    between_comparers: frozenset[str] = frozenset()
    lawmaking_nouns: frozenset[str] = frozenset()
    amount_exceed_verbs: frozenset[str] = frozenset()
    estimate_verbs: frozenset[str] = frozenset()
    dispute_words: frozenset[str] = frozenset()
    running_tally_nouns: frozenset[str] = frozenset()
    magnitude_decade_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    magnitude_decade_sure: frozenset[str] = frozenset()
    magnitude_decade_cues: frozenset[str] = frozenset()
    magnitude_decade_verbs: frozenset[str] = frozenset()
    magnitude_decade_reach: frozenset[str] = frozenset()
    magnitude_decade_nouns: frozenset[str] = frozenset()
    magnitude_teen_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    magnitude_digit_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    clock_cues: frozenset[str] = frozenset()
    clock_zones: frozenset[str] = frozenset()
    level_bounds: frozenset[str] = frozenset()
    magnitude_double_digit_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    magnitude_decade_particle_verbs: dict[str, str] = field(default_factory=dict)
    magnitude_percent_cues: frozenset[str] = frozenset()
    magnitude_percent_qualified: dict[str, frozenset[str]] = field(default_factory=dict)
    magnitude_era_clauses: frozenset[str] = frozenset()
    magnitude_range_nouns: frozenset[str] = frozenset()
    clock_subjects: frozenset[str] = frozenset()
    clock_subject_verbs: frozenset[str] = frozenset()
    clock_states: frozenset[str] = frozenset()
    tally_failure_verbs: frozenset[str] = frozenset()
    tally_motion_nouns: frozenset[str] = frozenset()
    score_break_verbs: frozenset[str] = frozenset()
    score_break_cues: frozenset[str] = frozenset()
    score_break_blockers: frozenset[str] = frozenset()
    national_currencies: dict[str, dict[str, str]] = field(default_factory=dict)
    level_asides: frozenset[tuple[str, ...]] = frozenset()
    object_up_verbs: frozenset[str] = frozenset()
    level_extreme_bounds: frozenset[tuple[str, ...]] = frozenset()
    level_reach_verbs: frozenset[str] = frozenset()
    level_at_verbs: frozenset[str] = frozenset()
    addend_joiners: frozenset[str] = frozenset()
    plus_rate_openers: frozenset[str] = frozenset()
    permit_verbs: frozenset[str] = frozenset()
    numbered_names: frozenset[str] = frozenset()
    moved_level_nouns: frozenset[str] = frozenset()
    terms_nouns: frozenset[str] = frozenset()
    plus_time_openers: frozenset[str] = frozenset()


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
        magnitude_decade_parts={k: (v[0], v[1]) for k, v in
                                data.get("magnitude_decade_parts", {}).items()},
        magnitude_teen_parts={k: (v[0], v[1]) for k, v in
                              data.get("magnitude_teen_parts", {}).items()},
        magnitude_digit_parts={k: (v[0], v[1]) for k, v in
                               data.get("magnitude_digit_parts", {}).items()},
        magnitude_double_digit_parts={k: (v[0], v[1]) for k, v in
                                      data.get("magnitude_double_digit_parts", {}).items()},
        magnitude_decade_particle_verbs=dict(data.get("magnitude_decade_particle_verbs", {})),
        magnitude_percent_qualified={k: frozenset(v) for k, v in
                                     data.get("magnitude_percent_qualified", {}).items()},
        national_currencies={k: dict(v) for k, v in
                             unit_data.get("national_currencies", {}).items()},
        age_suffixes=frozenset(_phrases(data["age_suffixes"])),
        multiplicatives={k: float(v) for k, v in data["multiplicatives"].items()},
        one_idioms=_phrases(data["one_idioms"]),
        ratio_joiners=tuple(sorted(_phrases(data["ratio_joiners"]), key=len, reverse=True)),
        label_numbers={k: frozenset(v) for k, v in data["label_numbers"].items()},
        measured_after=tuple(sorted(_phrases(data["measured_after"]), key=len, reverse=True)),
        preposition_bounds=frozenset(_phrases(data["preposition_bounds"])),
        level_asides=frozenset(_phrases(data.get("level_asides", []))),
        level_extreme_bounds=frozenset(_phrases(data.get("level_extreme_bounds", []))),
        scaled_codes=_scaled_codes(data, unit_data),
        plural_lemmas=dict(data.get("plural_lemmas", {})),
        comparative_changes=dict(data.get("comparative_changes", {})),
        particle_changes=dict(data.get("particle_changes", {})),
        level_comparatives=dict(data.get("level_comparatives", {})),
        letter_currencies=dict(unit_data.get("letter_currencies", {})),
        cent_currencies=dict(unit_data.get("cent_currencies", {})),
        units_before={k: (v[0], v[1]) for k, v in unit_data.get("units_before", {}).items()},
        quote_order=tuple(unit_data.get("quote_order", ())),
        exchange_rate_names=dict(unit_data.get("exchange_rate_names", {})),
        rate_abbreviations=dict(unit_data.get("rate_abbreviations", {})),
        zero_references={tuple(_split(k)): int(v)
                         for k, v in unit_data.get("zero_references", {}).items()},
        margin_time_units=dict(data.get("margin_time_units", {})),
        kind_compounds=frozenset((word, noun) for word, nouns in
                                 data.get("kind_compounds", {}).items() for noun in nouns),
    )


#: Word sets of :class:`QuantityWords` read from ``units.json`` rather than
#: ``quantities.json``; phrase sets are read by :func:`_phrases` instead.
UNIT_WORD_SETS = frozenset({"person_nouns", "lower_case_units", "glued_only_rates",
                            "letter_currency_after", "price_cues", "magnitude_nouns"})


PHRASE_SETS = frozenset({"bounds_high_is_value", "age_suffixes", "preposition_bounds",
                         "level_asides", "level_extreme_bounds"})


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
def load_demonyms(lang: str = lexicon.LANG) -> frozenset[str]:
    """Demonyms ("Greek"): their plural counts people ("100,000 Greeks"); the entities
    component's data, read, not copied."""
    try:
        data: dict[str, Any] = lexicon.load("demonyms.json", lang)
    except (OSError, ValueError, KeyError):
        return frozenset()
    return frozenset(k for k in data.get("demonyms", {}) if not k.startswith("_"))
