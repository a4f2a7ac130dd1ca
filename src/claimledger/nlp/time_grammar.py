"""The surface grammar of English time expressions: regular expressions built once from the
``lexicon/en/times.json`` word lists (HeidelTime's approach, in a few readable patterns).

Each pattern is one kind of expression; :mod:`claimledger.nlp.times` resolves a match of a kind
to a TimeML value. Patterns avoid nested repetition so that any text runs in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from .. import lexicon
from .numbers import number_words


@dataclass(frozen=True)
class Words:
    """The word tables of ``times.json``, lower-cased."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    vague: frozenset[str]
    units: dict[str, str]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    ordinals: dict[str, int]
    relative_days: dict[str, int]
    references: dict[str, str]
    part_modifiers: dict[str, str]
    set_adverbs: dict[str, str]
    year_cues: frozenset[str]
    month_cues: frozenset[str]
    future_cues: frozenset[str]
    named_weekdays: frozenset[str]
    prospective_verbs: frozenset[str]
    clause: dict[str, frozenset[str]]
    anchored_offsets: dict[str, int]
    timezones: tuple[str, ...]
    holidays: dict[str, tuple[int, int]]
    easter_feasts: dict[str, int]
    weekday_holidays: dict[str, tuple[int, int, int, int]]
    #: lunar feasts: their first day in each year of the table
    dated_holidays: dict[str, tuple[date, ...]]
    #: feasts set by sighting the moon: the reckoned first and last day of each, widened by
    #: ``reckoned_margin`` days each way
    reckoned_holidays: dict[str, tuple[tuple[date, date], ...]]
    reckoned_margin: int
    holiday_aliases: dict[str, str]


#: The weekend a holiday falls in or next to ("Labor Day weekend", "the Easter holiday weekend");
#: "New Year's" names a holiday on its own only before it.
HOLIDAY_WEEKEND = r"(?i:holiday\s+)?(?i:weekend)\b"
#: That weekend right after a holiday's name.
WEEKEND_AFTER = re.compile(rf"\s+{HOLIDAY_WEEKEND}")


@cache
def words() -> Words:
    """The lexicon, loaded once."""
    data: dict[str, Any] = lexicon.load("times.json")
    low = lambda d: {str(k).lower(): v for k, v in d.items()}  # noqa: E731
    return Words(
        months=low(data["months"]), weekdays=low(data["weekdays"]), numbers=low(data["numbers"]),
        vague=frozenset(w.lower() for w in data["vague_numbers"]), units=low(data["units"]),
        seasons=low(data["seasons"]), day_parts=low(data["day_parts"]),
        ordinals=low(data["ordinals"]), relative_days=low(data["relative_days"]),
        references=low(data["references"]), part_modifiers=low(data["part_modifiers"]),
        set_adverbs=low(data["set_adverbs"]),
        year_cues=frozenset(w.lower() for w in data["year_cues"]),
        month_cues=frozenset(w.lower() for w in data["month_cues"]),
        future_cues=frozenset(w.lower() for w in data["future_cues"]),
        named_weekdays=frozenset(w.lower() for w in data["named_weekdays"]),
        prospective_verbs=frozenset(w.lower() for w in data["prospective_verbs"]),
        clause={k: frozenset(w.lower() for w in v) for k, v in data["clause_words"].items()
                if not k.startswith("_")},
        anchored_offsets=low(data["anchored_offsets"]), timezones=tuple(data["timezones"]),
        holidays={k.lower(): (v[0], v[1]) for k, v in data["holidays"].items()},
        easter_feasts={k.lower(): v for k, v in data["easter_feasts"].items()
                       if not k.startswith("_")},
        weekday_holidays={k.lower(): (v[0], v[1], v[2], v[3])
                          for k, v in data["weekday_holidays"].items() if not k.startswith("_")},
        dated_holidays={k.lower(): tuple(date.fromisoformat(d) for d in v)
                        for k, v in data["dated_holidays"].items() if not k.startswith("_")},
        reckoned_holidays={k.lower(): tuple(_day_window(d) for d in v)
                           for k, v in data["reckoned_holidays"].items()
                           if not k.startswith("_") and isinstance(v, list)},
        reckoned_margin=int(data["reckoned_holidays"]["margin_days"]),
        holiday_aliases=low(data["holiday_aliases"]),
    )


def _day_window(text: str) -> tuple[date, date]:
    """"2025-03-01/2025-03-29" or one day "2025-03-30" as a first and last day."""
    first, _, last = text.partition("/")
    return date.fromisoformat(first), date.fromisoformat(last or first)


#: Words that open a duration before its count ("the past two years", "the next six months").
DURATION_LEADS = ("past", "last", "next", "previous", "coming", "first", "following", "final",
                  "recent", "latest")


#: The characters that ``(?i:x)`` matches beyond x and X, for the letters that have some (the
#: dotted and dotless I, the long s, the Kelvin sign).
_CASE_FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
#: The same letters turned into the ASCII ones they match, one character for one: the text is
#: read through this, so that what a pattern matched is found in the word lists ("the ſpring of
#: 2020" is "spring"; the records keep the text as written).
ASCII_FOLDS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


def _alt(items: list[str] | set[str] | dict[str, Any], *, ci: bool = True) -> str:
    """A regex alternation, longest first, spaces matching any whitespace.

    Case-insensitive: the words are grouped by their first letter, written as a case-sensitive
    character class (``[Tt](?i:wo|hree)``), so the engine skips a group on its first character
    instead of trying every word; words with different first letters cannot both match at one
    place, and within a group the order is kept, so the matches are the same."""
    parts = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in items}, key=len, reverse=True)
    return _by_first_letter(parts) if ci else f"(?:{'|'.join(parts)})"


def _by_first_letter(parts: list[str]) -> str:
    """The case-insensitive alternation of regex ``parts`` grouped by their first letter (see
    ``_alt``): the same matches, tried in the same order."""
    folds = "".join(_CASE_FOLDS.values())
    if any(part[:1] in folds or part[1:2] in ("*", "+", "?", "{") for part in parts):
        return f"(?i:{'|'.join(parts)})"  # a folded or repeated first letter: kept as written
    groups: dict[str, list[str]] = {}
    for part in parts:
        first = part[0]
        if first.isascii() and first.isalpha():
            groups.setdefault(first.lower(), []).append(part[1:])
        else:
            groups.setdefault(part, [])  # no letter first: a group of its own
    body = "|".join(f"[{key}{key.upper()}{_CASE_FOLDS.get(key, '')}](?i:{'|'.join(rests)})"
                    if rests else f"(?i:{key})" for key, rests in groups.items())
    return f"(?:{body})"


#: A case-insensitive group of plain words ("(?i:last|next|this\s+past)").
_WORD_GROUP = re.compile(r"(?<!\\)\(\?i:((?:[a-z]+(?:\\s\+[a-z]+)*)"
                         r"(?:\|[a-z]+(?:\\s\+[a-z]+)*)*)\)")


def _by_first_letters(pattern: str) -> str:
    """A pattern with its case-insensitive groups of plain words grouped by their first letter
    (see ``_alt``): the same matches, found faster."""
    return _WORD_GROUP.sub(lambda m: _by_first_letter(m.group(1).split("|")), pattern)


def _capitalised(word: str) -> str:
    """A regex for a word written with a capital initial ("Day", "Martin", "King's")."""
    first, rest = word[0], word[1:]
    return f"[{first.upper()}]" + re.escape(rest).replace("'", "['’]")


def proper_names(names: dict[str, int]) -> str:
    """Month or weekday names as proper nouns: capitalised or upper case, abbreviations with an
    optional full stop ("May" but never the modal "may")."""
    longest = {n for n in names if not any(o != n and o.startswith(n) for o in names)}
    forms = set()
    for name in names:
        dot = "" if name in longest else r"\.?"
        for form in (name.capitalize(), name.upper()):
            forms.add(re.escape(form) + r"\b" + dot)
    # grouped by their first letter, which names with another cannot share: the same matches,
    # tried in the same order, without trying every name at each word
    groups: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):
        groups.setdefault(form[0], []).append(form[1:])
    return r"(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) \
        + r")"


@dataclass(frozen=True)
class Grammar:
    """The compiled patterns, by kind, in priority order (earlier wins a tie of equal length)."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    #: the same without counts scaled by a word ("two thousand years"): faster, for the texts
    #: that have no "hundred" or "thousand"
    plain_patterns: tuple[tuple[str, re.Pattern[str]], ...]
    #: kinds that can only match a text holding one of these lower-case words: a text without
    #: them skips the pattern (rare expressions cost nothing on most texts)
    gates: dict[str, tuple[str, ...]]
    #: kinds that cannot match a text holding none of these lower-case words (each word is
    #: spelt out in every match), read only by a scan of the whole text; a text holding a letter
    #: that matches an ASCII one only ignoring case ("İ", "ı", "ſ") is scanned in full
    scan_gates: dict[str, tuple[str, ...]]


@cache
def grammar() -> Grammar:
    """Compile every pattern once per process."""
    w = words()
    month = proper_names(w.months)
    weekday = proper_names(w.weekdays)
    plural_weekday = "|".join(name.capitalize() + "s" for name in w.weekdays
                              if name.endswith("day"))
    day_num = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![/:.,]\d)"
    year4 = r"(?P<year>[12]\d{3})(?![\d])"
    year4b = year4.replace("<year>", "<year2>")
    year4c = year4.replace("<year>", "<year3>")  # "the 1988 third quarter"
    num_word = _alt(list(w.numbers))
    counts = number_words()  # the quantities component's number words: one list for both
    tens = _alt(list(counts.tens))
    ones = _alt([word for word, value in counts.units.items() if 1 <= value <= 9])
    teens = _alt([word for word, value in counts.units.items() if 10 <= value <= 19])
    vague = _alt(list(w.vague))
    and_half = r"[-\s]+(?i:and)[-\s]+(?i:a)[-\s]+(?i:half)"
    # "3", "2.5", "2 1/2", "2½", "2,000"; not the 2 of "1/2 hours", not the 000 of "2,000"
    figure = (r"(?=\d)(?<!\d/)(?<!\d,)(?:\d{1,3}(?:,\d{3})+(?![\d,])"
              r"|\d{1,3}(?:\.\d+)?(?!\d)(?:\s1/2(?![\d/])|½)?)")
    # "two thousand", "one hundred and fifty", "a thousand", "fifteen hundred"
    small = rf"(?:{tens}[-\s]{ones}|{teens}|{tens}|{ones})"
    hundreds = rf"(?:{small}|(?i:a))[-\s]+(?i:hundred)"
    rest = rf"(?:[-\s]+(?:(?i:and)[-\s]+)?{small}(?![-\s]+(?i:hundred|thousand)))?"
    scaled = (rf"(?:(?:{small}|(?i:a))[-\s]+(?i:thousand)(?:[-\s]+(?:(?i:and)[-\s]+)?{hundreds})?"
              rf"{rest}|{hundreds}(?![-\s]+(?i:thousand)){rest})")
    number = (rf"(?P<num>(?:{figure}|{scaled}|{tens}[-\s]{ones}|{num_word})"
              rf"(?:{and_half})?|{vague}|(?i:a\s+few|a\s+couple(?:\s+of)?))")
    plain_number = number.replace(f"|{scaled}|", "|", 1)  # for texts without a scale word
    # units written short ("2 min 30 sec") only in lower case right after a figure: "a recent
    # SEC filing" holds no length
    short = frozenset(lexicon.load("times.json").get("unit_abbreviations", ()))
    unit = _alt([u for u in w.units if u not in short] + ["centurie"])
    short_units = rf"|(?<=\d\s){_alt(sorted(short), ci=False)}" if short else ""
    units = rf"(?P<unit>{unit}{short_units})(?i:s)?"
    season = _alt(list(w.seasons))
    part = _alt(list(w.day_parts))
    rel = r"(?i:last|this|next|coming|past|previous|current|this\s+past|this\s+coming)"
    modifier = (r"(?P<mod>(?i:early|mid|late|end(?=-[A-Z12])"  # "end-March", "end-2024"
                r"|the\s+(?:beginning|start|middle|end)\s+of"
                r"|(?:the\s+)?(?:first|second|third|last)\s+half\s+of"  # "a solid second half
                # of 2013": the half named, without the article and adjective before it
                r"|the\s+(?:first|last|final)\s+(?:three|3|six|6)\s+months\s+of))")
    hour_word = _alt(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      "ten", "eleven", "twelve"])
    tz = "|".join(re.escape(z) for z in sorted(w.timezones, key=len, reverse=True))
    ordinal = r"(?P<ord>(?i:first|second|third|fourth|fifth|last|final))"
    duration_adjectives = (r"(?i:more|additional|extra|working|business|trading|school|calendar|"
                           r"consecutive|"
                           r"straight|successive|full|long)")
    rel_unit = r"(?i:week|month|year|weekend|quarter(?![-\s]+(?i:centur))|decade|century)"
    holidays = "|".join(sorted((re.escape(h).replace("'", "['’]").replace(r"\ ", r"\s+")
                                for h in [*w.holidays, *w.easter_feasts]),
                               key=len, reverse=True))
    # holidays set by a weekday of the month are written capitalised: "Election Day", never
    # "the election day was set for June 8", "a black Friday on the markets"
    named_days = "|".join(sorted((r"\s+".join(_capitalised(word) for word in h.split())
                                  for h in w.weekday_holidays), key=len, reverse=True))
    holidays = f"(?:{_by_first_letter(holidays.split('|'))}|{named_days})"
    # the feasts of lunar calendars, a pattern of their own that texts without them skip
    feasts = "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+")
                              for h in [*w.dated_holidays, *w.reckoned_holidays,
                                        *w.holiday_aliases]), key=len, reverse=True))
    b = r"(?<![\w.$£€])"  # a word start not inside a number or abbreviation
    spoken_year = (r"(?:(?P<century>(?i:nineteen|eighteen|twenty))[-\s]+"
                   rf"(?P<yy>(?:{tens})(?:[-\s](?:{ones}))?|{teens})"
                   r"|(?i:two\s+thousand)(?:(?:\s+(?i:and))?\s+"
                   rf"(?P<k>(?:{tens})(?:[-\s](?:{ones}))?|{ones}|{teens}))?)\b(?![-\s]+"
                   r"(?i:hundred|thousand|million|billion|percent|people|years?)\b)")
    pats = {
        # the attacks of 11 September 2001, named by their date without a year
        "temponym_911": r"\b(?i:since|after|the|post|before|during|from)[\s-]+(?P<core>9/11)"
                        r"(?![\w/]|\.\d|\s+(?i:of)\b)"
                        r"|(?<![\w.])(?P<sept>(?:Sept\.?|September)\s+11(?:th)?)"
                        r"(?=\s+(?:(?i:terrorist|terror)\s+)?(?i:attacks?|hijack\w*|commission)\b)",
        "weekday_md_y": rf"{b}(?:(?P<wd>{weekday}),?\s+)?(?P<mon>{month})\s+{day_num}"
                        rf"(?:,?\s+{year4})?",
        "d_m_y": rf"{b}(?:(?P<wd>{weekday}),?\s+)?(?i:the\s+)?{day_num}(?:\s+of)?\s+"
                 rf"(?P<mon>{month})(?:,?\s+{year4})?",
        "m_y": rf"{b}(?P<mon>{month}),?\s+(?i:of\s+)?{year4}",
        "m_rel_y": rf"{b}(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?i:of\s+)?)?(?P<mon>{month})"
                   r"(?:\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?)?\s+(?i:of\s+)?"
                   r"(?P<rel>(?i:last|next|this))\s+(?i:year)\b",
        "quarter_century": rf"{b}(?:(?P<lead>(?i:the\s+)?(?:past|last|next|previous|coming)\s+)"
                           r"|(?i:a)\s+)(?i:quarter)[-\s]+(?i:century)\b",
        "numeric": r"(?<![\w./:-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<c>\d{4}|\d{2})(?![\w/]|\.\d)",
        "iso": r"(?<![\w./:-])(?P<year>\d{4})-(?P<a>\d{2})-(?P<b>\d{2})"
               r"(?:T(?P<th>[0-2]\d):(?P<tm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
               r"(?:Z|[+-][0-2]\d:?[0-5]\d)?)?(?![\w-]|\.\d)",
        "fiscal_code": r"(?<![\w./-])FY\s?(?P<fy>\d{4}|\d{2})(?![\w/-]|\.\d)",
        "decade": rf"{b}(?:(?i:the)\s+)?(?:{modifier}[-\s]+)?"
                  rf"(?P<dec>\d{{3}}0|['’]\d0|(?:(?<=the\s)|(?<=early\s)|(?<=late\s)"
                  r"|(?<=mid-)|(?<=mid\s))\d0(?=['’]s))['’]?s\b",
        "decade_word": rf"{b}(?i:the)\s+(?:{modifier}[-\s]+)?(?P<decword>(?i:twenties|thirties|"
                       r"forties|fifties|sixties|seventies|eighties|nineties))\b",
        "century": rf"{b}(?i:the\s+)?(?P<cent>\d{{1,2}})(?:st|nd|rd|th)[-\s]+(?i:century)\b",
        # "the June quarter" (Australian, Indian usage): the calendar quarter ending that month;
        # "the January-March quarter": the same quarter named by its first and last months
        "quarter": rf"{b}(?:(?i:the)\s+{_not_a_period_span()}"
                   r"(?:(?P<qfrom>(?i:january|april|july|october|jan|apr|jul"
                   r"|oct))\.?(?:\s?[-–]\s?|\s+(?i:to|through)\s+))?(?P<qmon>(?i:march|june|"
                   r"september|december|mar|jun|sept?|dec)\.?)\s+"
                   # "the April-June period", "the October to December months": a quarter too
                   r"(?(qfrom)(?i:quarter|period|months)|(?i:quarter))\b(?![-\s]+(?i:centur|final))"
                   r"(?!\s+(?i:of)\s+(?i:the|a|this|that|his|her|their|its)\b)"
                   rf"(?:\s+(?i:of)\s+{year4.replace('<year>', '<qyear>')})?"
                   rf"|Q(?P<q>[1-4])(?:\s+{year4})?\b|(?:(?i:the\s+)(?:{year4c}\s+)?"
                   rf"|(?!(?i:last|final)\b)){ordinal}[-\s]+(?i:quarter)(?![A-Za-z])"
                   r"(?![-\s]+(?i:centur))"
                   rf"(?:\s+(?i:of)\s+(?:{year4b}|(?P<qrel>{rel})\s+(?i:year))"
                   # "first quarter 2019"
                   rf"|,?\s+{year4.replace('<year>', '<year5>')}(?!\s*[-–/]))?"
                   r"(?!\s+(?i:of)\s+(?i:the|a|this|that|his|her|their|its)\s+"
                   r"(?!(?:\S+\s+){0,2}(?i:year|fiscal|calendar)\b)))",
        "half_code": rf"{b}(?:H(?P<h>[12])|(?P<h2>[12])H)\s+{year4}",
        # "a week from today", "five years from now", "two weeks from Friday": one date
        # (not "for ten days from Friday", nor "two weeks from Friday to Sunday")
        "from_anchor": rf"{b}(?<![Ff]or\s)(?<![Tt]he\s){number}\s+{units}\s+(?i:from)\s+"
                       rf"(?P<base>(?i:today|now|tomorrow|yesterday)\b|(?:(?P<next>(?i:this|next))"
                       rf"\s+)?(?P<wd>{weekday}))(?![\w'’]|\s+(?i:to|until|till|through|on)\b)",
        # "this time last year", "the same time next week", "this time tomorrow": the same
        # day a unit away (not "this time last year's winner")
        "this_time": rf"{b}(?i:this|the\s+same)\s+(?i:time)\s+(?:(?P<rel>(?i:last|next))\s+"
                     r"(?P<relunit>(?i:year|month|week))|(?P<num>(?i:a|one))\s+"
                     r"(?P<unit>(?i:year|month|week))\s+(?i:ago)|(?P<rd>(?i:yesterday|tomorrow)))"
                     r"\b(?![-'’])",
        # British "a week on Monday", "a fortnight on Friday", "a week tomorrow": that many
        # weeks after the coming day (not "a week on Friday since …"; the resolver rejects "for a
        # week on Monday")
        "week_on": rf"{b}(?P<num>(?i:a|one|two|three))\s+"
                   r"(?P<unit>(?i:weeks?|fortnight))\s+(?:(?i:on)\s+"
                   rf"(?P<wd>{weekday})|(?P<rd>(?i:today|tomorrow)))(?![\w'’]|\s+[A-Z][a-z]|\s+"
                   r"(?i:since|to|until|till|through|and)\b)",
        # "on the 28th", "by the 5th": a day of a month the context gives (the resolver
        # rejects "on the 28th floor", "on the 5th anniversary")
        "ordinal_day": r"\b(?i:the)\s+(?P<day>[1-3]?\d)(?i:st|nd|rd|th)\b(?![-'’])"
                       r"(?!\s+(?i:of)\s+(?i:each|every)\b|\s*(?i:and|or|to|-|–)\s*\d)",
        # "8:30 in the morning", "three in the afternoon", "ten o'clock at night": one TIME
        "clock_part": rf"{b}(?P<h>[01]?\d|{hour_word})(?:(?P<sep>[:.])(?P<m>[0-5]\d))?"
                      r"(?P<oc>\s+(?i:o['’]\s?clock))?\s+(?:(?i:in\s+the)\s+"
                      r"(?P<part>(?i:morning|afternoon|evening))|(?i:at)\s+(?P<night>(?i:night)))"
                      r"\b(?!\s+(?i:of|before|after)\b|-)",
        # "the day after tomorrow", "the day before yesterday", "the week after next"
        "after_next": rf"{b}(?i:the)\s+(?:(?i:day)\s+(?P<rd>(?i:after\s+tomorrow|before\s+"
                      r"yesterday))|(?P<unit>(?i:week|weekend|month|year))\s+(?i:after\s+next))\b",
        # "the first Monday in October", "the last Friday of March 2024"
        "nth_weekday": rf"{b}(?i:the)\s+{ordinal}\s+(?P<wd>{weekday})\s+(?i:in|of)\s+"
                       rf"(?P<mon>{month})(?:,?\s+{year4})?",
        # "the week of July 9", "the week beginning March 3"
        # "the weekend of March 29": the weekend of that day's week (TimeML "2025-W13-WE")
        "week_of_day": rf"{b}(?i:the)\s+(?P<wk>(?i:weekend|week))\s+"
                       r"(?i:of|beginning|starting|commencing)\s+"
                       rf"(?P<mon>{month})\s+{day_num}(?:,?\s+{year4})?",
        # "the final days of 2023", "the first weeks of March", "the closing months of last year"
        "edge_of": rf"{b}(?i:the)\s+(?P<edge>(?i:final|last|closing|dying|first|opening))\s+"
                   r"(?P<unit>(?i:days|weeks|months))\s+(?i:of)\s+"
                   rf"(?:{year4}|(?P<mon>{month})(?:,?\s+{year4b})?(?![\w-])"
                   r"|(?P<rel>(?i:this|last|next))\s+(?P<relunit>(?i:year|month))\b"
                   r"|(?i:the)\s+(?P<theunit>(?i:year|month))\b(?!\s+(?i:of|before|after)\b))",
        # "the previous quarter", "the following quarter" (a quarter from the passage's date)
        "next_quarter": rf"{b}(?P<the>(?i:the))\s+(?P<which>(?i:next|following|previous|"
                        r"preceding|prior))\s+(?P<unit>(?i:quarter))\b(?![-’']|\s+(?i:of|mile|"
                        r"centur\w*|final)\b)",
        # "the 2023-24 season", "1990-91", "2023/24": two consecutive years as one date
        "year_span": rf"{b}(?<![-–/]){year4}[-–/](?P<yy>\d{{2}})(?![\w/-]|[.,:]\d)"
                     r"(?:\s+(?P<noun>(?i:fiscal|financial|academic|school|tax))\s+(?i:year)\b)?",
        # "overnight", "overnight Thursday": the night (TimeML TNI)
        "overnight": rf"{b}(?i:overnight)\b(?![-'’])(?:\s+(?:(?i:on)\s+)?(?P<wd>{weekday}))?",
        # "at dawn", "by dusk": a part of a day
        "twilight": r"\b(?i:at|before|after|by|until|till|from|since|around|near|toward|towards"
                    r"|to|into)\s+(?P<core>(?P<tw>(?i:dawn|dusk|daybreak|sunrise|sunset|nightfall|"
                    r"first\s+light)))\b(?!\s+(?i:of)\b|-)",
        # "by midweek", "in the new year"
        "midweek": r"\b(?i:by|in|until|till|at|from|around|before|after|since|through)\s+"
                   r"(?P<core>(?i:mid-?week))\b(?!-)",
        "new_year": r"\b(?i:in|into|after|until|till|by|from|early|for|before|of|since|during"
                    r"|through|throughout)\s+(?P<core>(?i:the)\s+"
                    r"(?i:new)\s+(?i:year))\b(?![-'’])",
        # "on weekends", "most weekends": every weekend (TimeML SET XXXX-WXX-WE)
        "weekends": r"\b(?i:on|at|during|most|over|many|some|all)\s+(?P<core>(?i:weekends))\b"
                    r"(?!['’])",
        # "at 0400 hours": four digits of a 24-hour clock with "hours"; after "about",
        # "around", "after" or "since" only with a leading zero ("about 1200 hours" is a
        # count of hours, "since 0600 hours" a clock)
        "clock_hours": r"(?=[012]\d[0-5]\d\s+(?i:h))(?:(?<=\b[Aa]t\s)|(?<=\b[Bb]y\s)"
                       r"|(?<=\b[Uu]ntil\s)|(?<=\b[Tt]ill\s)|(?<=\b[Bb]efore\s)"
                       r"|(?<=\b[Ff]rom\s)|(?<=\b[Tt]o\s)|(?=0)(?:(?<=\b[Aa]fter\s)"
                       r"|(?<=\b[Aa]round\s)|(?<=\b[Aa]bout\s)|(?<=\b[Ss]ince\s)))"
                       r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s+(?i:hours|hrs)\b"
                       r"(?!\s+(?i:of|a|per|each|in)\b)",
        "week_of": rf"{b}(?i:the\s+)?{ordinal}\s+(?i:week|weekend)\s+(?i:of|in)\s+"
                   rf"(?P<mon>{month})(?:,?\s+{year4})?",
        "part_of": rf"{b}{modifier}[-\s]+(?:{year4}|(?P<mon>{month})(?:,?\s+{year4b})?"
                   rf"|(?P<season>{season})\b(?!\s+(?i:of)\b)"
                   r"|(?:(?:(?<=[Ee]arly\s)|(?<=[Ll]ate\s))(?i:on)\s+)?"  # "late on Monday"
                   rf"(?P<wd>{weekday})(?:\s+(?P<part>{part})\b)?"
                   rf"|(?P<rel>{rel})\s+(?P<relunit>{rel_unit})|(?P<this>(?i:this|the))\s+"
                   rf"(?P<thisunit>(?i:year|month|week|decade|century)))",
        "full_year": rf"{b}(?i:the\s+(?:full|whole|entire))\s+(?i:year)\b(?![-'’])",
        "year_end": rf"{b}(?<!(?i:last|next|this)\s)(?i:year)(?:[-\s]|['’]s\s+)(?i:end)\b"
                    rf"(?:\s+{year4})?",
        "mid_year": rf"{b}(?i:mid)-?\s?(?i:year)\b(?!['’-])(?:\s+{year4})?",
        "year_part": rf"{b}(?P<qrel>{rel})\s+(?i:year)['’]s\s+{ordinal}[-\s]+"
                     r"(?P<part>(?i:quarter|half))\b",
        "half_year": rf"{b}(?i:the)\s+(?P<half>(?i:first|second))\s+(?i:half)"
                     r"(?:[-\s](?i:year)\b|\b(?!\s+(?i:of)\b|-))",
        # "full-year profit", "first-half results": the year or half a report covers (the
        # resolver checks the noun after it)
        "result_period": rf"{b}(?<![Tt]he\s)(?P<which>(?i:full|first|second))[-\s]"
                         r"(?P<unit>(?i:year|half))(?=\s+[A-Za-z])(?![-\s]+(?i:of|year|time)\b)",
        "season_year": rf"{b}(?i:the\s+)?(?P<season>{season})\s+(?i:of\s+)?{year4}"
                       r"(?P<next>[-–/](?:\d{2}|[12]\d{3})(?![\d]))?",
        # "current-quarter sales": "current" hyphened to its unit
        "relative": rf"{b}(?P<rel>{rel})(?:\s+|(?<=[Cc]urrent)-(?={rel_unit}\b))"
                    rf"(?:(?P<wd>{weekday})|(?P<mon>{month})|"
                    rf"(?P<season>{season})\b|(?P<relunit>{rel_unit}|(?i:fortnight))\b)",
        "this_part": rf"{b}(?P<edge>(?i:earlier|later))\s+(?:(?i:this|in\s+the)\s+"
                     rf"(?P<relunit>{rel_unit})\b|(?P<today>(?i:today|in\s+the\s+day)))",
        "relative_day": rf"{b}(?P<rd>{_alt(list(w.relative_days))})\b(?:\s+(?P<part>{part})\b)?",
        "day_part": rf"{b}(?P<rd>(?i:this|last))\s+(?P<part>{part})\b",
        # "on Saturday last", "Sunday next" (the last, the coming one), "Friday week" (a week
        # after the coming Friday); not "Monday next week", "Friday last year"
        "weekday": rf"{b}(?P<wd>{weekday})(?:\s+(?P<part>{part})\b|\s+(?P<wdrel>(?i:last|next"
                   r"|week))\b(?![-'’])(?!\s+(?i:week|weekend|month|year|time|season|night"
                   r"|morning|evening|summer|winter|spring|autumn|fall|quarter|\w+day|of|to"
                   r"|doors?|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\b)"
                   r"(?!\s+(?i:january|february|march|april|june|july|august|september"
                   r"|october|november|december)\b))?",  # not "on Tuesday next to the palace",
        # "on Sunday last August"
        "weekdays": rf"{b}(?:(?P<wd>{plural_weekday})(?:\s+(?P<part>{part})s?)?"
                    rf"|(?P<wd1>{weekday})\s+(?P<parts>{part})s)\b(?!\s+(?i:ago)\b)",
        "part_of_day": rf"{b}(?P<prep>(?i:in|during|by|until|till|through|throughout))\s+"
                       rf"(?P<core>(?:(?i:the)\s+(?:(?i:early|late)\s+|(?i:mid)(?:-|(?!(?i:night))))?"
                       rf"|(?i:early|late)\s+|(?i:mid)(?:[-\s]|(?!(?i:night)))"
                       # "in morning trading", "in afternoon dealings": that part of the day
                       rf"|(?=(?i:morning|afternoon|evening)\s+(?i:trading|trade|dealings)\b))"
                       rf"(?P<part>{part}))\b"
                       r"(?!\s+(?i:of|before|after)\b)",
        # "Sixty years ago today", "ten years ago to the day": one day (not a vague count)
        "ago_today": rf"{b}(?!(?:{vague}|(?i:a\s+few|a\s+couple))\b){number}\s+{units}\s+"
                     r"(?i:ago)\s+(?:(?i:today)|(?i:to\s+the\s+day))\b",
        "ago": rf"{b}{number}\s+{units}\s+(?:(?i:or\s+so)\s+)?(?i:ago)\b",
        # "two years later than planned" compares with a plan: a length, not a date
        "anchored": rf"{b}{number}\s+{units}\s+(?P<dir>(?i:before|earlier|later|after|prior))\b"
                    r"(?!\s+(?i:than)\b)",
        "the_weekend": rf"{b}(?i:the\s+weekend)\b",
        "next_day": rf"{b}(?P<the>(?i:the|that))\s+(?:(?P<which>(?i:next|following|previous|same|"
                    rf"preceding|prior))\s+)?(?P<unit>(?i:day|week|month|year|morning|afternoon|evening|"
                    rf"night|weekend))\b(?!-(?i:ago|earlier)\b)(?:\s+(?P<dir>(?i:before|after|earlier|later))\b)?",
        # "October of that year", "the spring of the same year": that named period of the
        # passage's year
        "named_that_year": rf"{b}(?:(?P<mon>{month})|(?:(?i:the)\s+)?(?P<season>{season}))"
                           r"\s+(?:(?i:of)\s+)?(?i:that|the\s+same)\s+(?i:year)\b",
        "that_named": rf"{b}(?i:that)\s+(?:(?P<mon>{month})(?![\w-]|\s*\d)|(?P<season>{season})\b"
                      rf"|(?P<wd>{weekday}))",
        "at_the_time": rf"{b}(?i:at\s+the\s+time)\b",
        "the_quarter": rf"{b}(?:(?P<that>(?i:that))\s+(?i:quarter)\b(?![-’']|\s+(?i:of)\b)|"
                       r"(?i:the)\s+(?P<plead>(?i:latest|most\s+recent|same))\s+(?i:period)\b"
                       r"(?!\s+(?i:of|last|a|in|the)\b)|"
                       r"(?i:the)\s+(?:(?P<qlead>(?i:latest|most\s+recent|recent|fiscal|same|"
                       r"just[-\s]ended))\s+)?(?i:quarter)\b"
                       r"(?!-|[’'](?!s\b)|\s+(?i:mile)\b|\s+(?i:of)\b(?!\s+[$€£¥]?\d)))"
                       r"(?:(?=\s+(?i:ended|ending)\s+(?:(?i:on|in)\s+)?(?P<qmon>[A-Z][a-z]+)))?",
        "fiscal_year": rf"{b}(?:(?i:the)\s+(?:(?P<fyrel>(?i:current|latest|last|previous|past|"
                       r"new|next|coming))\s+)?|(?i:this)\s+)(?i:fiscal|financial)\s+(?i:year)\b"
                       r"(?!\s+(?:\d|(?i:ended|ending|began|(?:that|which)\s+(?:ended|began))\b))",
        "year_ago": r"(?<![\w-])(?:(?i:the)\s+"
                    r"(?=(?:(?i:year)-(?i:ago|earlier)|(?i:prior)-(?i:year))\s+(?:(?i:first|second|third|fourth)\s+)?(?i:quarter|period|month|week)\b))?"
                    r"(?:(?i:year)-(?i:ago|earlier)|(?i:prior)-(?i:year))(?![\w-])(?:\s+"
                    r"(?:(?P<yord>(?i:first|second|third|fourth))\s+(?=(?i:quarter)))?"
                    r"(?P<yunit>(?i:quarter|period|month|week))\b)?"
                    # "the corresponding period last year", "last year's quarter": the period
                    # a year back, named whole
                    r"|(?<![\w-])(?i:the)\s+(?i:same|corresponding|comparable)\s+"
                    r"(?P<punit>(?i:quarter|period|month|week|day))\s+(?:(?i:of\s+)?(?i:last|the\s+(?:previous|"
                    r"prior))\s+(?i:year)|(?i:a)\s+(?i:year)\s+(?i:ago|earlier))\b"
                    r"|(?<![\w-])(?:(?i:last)|(?i:the)\s+(?i:prior|previous))\s+(?i:year)['’]s\s+"
                    r"(?P<lunit>(?i:quarter|period))"
                    r"(?![\w-])(?!\s+(?i:of)\b)",  # not "last year's quarter-final"
        "duration": rf"{b}(?:(?i:the)\s+(?={vague}))?(?:(?P<lead>(?i:the\s+)?"
                    rf"(?:{'|'.join(DURATION_LEADS)})\s+))?{number}"
                    r"(?:\s+|(?<=[Qq]uarter)-|(?<=[Hh]alf)-)"
                    rf"(?:{duration_adjectives}\s+){{0,2}}{units}\b(?P<andhalf>{and_half})?"
                    r"(?![-\s]+(?i:old)\b)",
        "duration_adj": rf"{b}(?<!\d,)(?P<num>\d{{1,3}}(?:,\d{{3}})*|{num_word}|{tens}-{ones})"
                        rf"-(?P<unit>{unit})\b"
                        r"(?P<old>-(?i:olds?)\b)?",
        "vague_old": r"(?<![\w-])(?P<unit>(?i:days|weeks|months|years|decades|centuries))"
                     r"-(?i:old)\b",
        "bare_units": r"\b(?P<lead>(?i:for|within|in|over|after|from))\s+"
                      r"(?P<core>(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b)",
        # "over the years", "in the months since", "through the past decades": a stretch of
        # unknown length (TimeBank "the years" PXY); not "the years of war", "the years 2010-15"
        "the_units": r"\b(?P<lead>(?i:over|through|throughout|in|during|across|for))\s+"
                     r"(?P<core>(?i:the)\s+(?:(?i:past|last)\s+)?"
                     r"(?P<unit>(?i:days|weeks|months|years|decades))\b)"
                     r"(?![-'’]|\s+(?:(?i:of|ahead)\b|\d))",
        "bare_units_rel": r"(?<![\w-])(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades))"
                          r"(?=\s+(?P<rel>(?i:later|earlier|after|before|ago|of|ahead(?!\s+of\b)))\b)",
        # "will take months", "waited weeks" (the resolver checks the verb); after "weeks
        # later" and its kin, which win a tie
        "bare_units_obj": r"\b(?P<lead>[A-Za-z]+)\s+(?P<core>(?P<unit>(?i:minutes|hours|days|"
                          r"weeks|months|years|decades))\b)(?![-'’])",
        "next_weekday": rf"{b}(?i:the\s+)(?P<which>(?i:next|following|previous))\s+"
                        rf"(?P<wd>{weekday})(?:\s+(?P<part>{part})\b)?",
        "set_every": rf"{b}(?i:every|each)\s+(?:(?i:single)\s+)?(?P<other>(?i:other)\s+)?"
                     rf"(?:(?P<wd>{weekday})"
                     rf"(?:\s+(?P<wdpart>{part})\b)?|"
                     rf"(?P<part>{part})\b|"
                     rf"(?P<season>{season})|(?P<mon>{month})|(?P<n>\d+|{num_word}|(?i:few|several))?\s*"
                     rf"{units})"
                     r"\b",
        # "twice a week"; "six days a week", "24 hours a day": a count of a shorter unit (not
        # "two weeks a day", nor "three days a week later", "for two days a month before")
        "set_times": rf"{b}(?P<freq>(?i:once|twice|\w+\s+times)|(?P<count>\d{{1,2}}|{num_word})\s+"
                     r"(?P<cunit>(?i:hours?(?=\s+(?:a|per|each)\s+(?:day|week)\b)"
                     r"|(?:days?|nights?)(?=\s+(?:a|per|each)\s+(?:week|month|year)\b)"
                     r"|weeks?(?=\s+(?:a|per|each)\s+(?:month|year)\b)"
                     r"|months?(?=\s+(?:a|per|each)\s+year\b))))\s+(?i:a|per|each)\s+"
                     rf"(?P<unit>{unit})\b"
                     r"(?(count)(?!\s+(?i:ago|later|earlier|before|after|ahead|prior|from)\b))",
        "set_adverb": rf"{b}(?P<adv>{_alt(list(w.set_adverbs))})\b",
        "clock": rf"{b}(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))"
                 rf"(?!\w)(?:\s+(?P<tz>{tz})\b)?",
        "oclock": rf"{b}(?P<h>[01]?\d|{num_word})\s+(?i:o['’]\s?clock)\b"
                  r"(?:\s+(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))(?!\w))?",
        "clock24": rf"(?<![\w.:/-])(?P<h>[012]?\d):(?P<m>[0-5]\d)(?![\w:]|\.\d)"
                   rf"(?:\s+(?P<tz>{tz})\b)?",
        # "0300 GMT", "1530 local time": four digits of a 24-hour clock, only with a zone
        # not after a word that takes a year ("in 2014 Moscow time …", "the 1916 GMT switch")
        "clock_mil": r"(?=[012]\d[0-5]\d\s)(?<![\w.:/,-])(?<!\b[Ii]n\s)(?<![Dd]uring\s)"
                     r"(?<![Ss]ince\s)"
                     r"(?<!\b[Tt]he\s)"
                     rf"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s+"
                     r"(?:(?<!19\d\d\s)(?<!20\d\d\s)|(?=(?:GMT|UTC|[Ll]ocal\s+time)\b)"
                     r"|(?<=\b[Aa]t\s\d{4}\s))"
                     rf"(?P<tz>{tz})\b",  # "1945 Moscow time", "2019 PT Freeport": years
        "noon": rf"{b}(?P<noon>(?i:noon|midday|midnight))\b(?:\s+(?P<tz>{tz})\b)?",
        "reference": rf"{b}(?P<ref>{_alt(list(w.references))})\b",
        "the_moment": r"\b(?i:at)\s+(?P<core>(?i:the|this)\s+(?:(?i:very|present|current|crucial)"
                      r"\s+)?(?i:moment))\b(?!\s+(?i:of|when|that|I|he|she|we|they|it|you)\b)",
        "holiday": rf"{b}(?P<holiday>{holidays}|(?i:new\s+year['’]s)(?=\s+{HOLIDAY_WEEKEND}))"
                   rf"(?![\w'’])(?:,?\s+{year4})?",
        "feast": rf"{b}(?P<holiday>{_by_first_letter(feasts.split('|'))})(?![\w'’])"
                 rf"(?:,?\s+{year4})?",
        "spoken_year": r"(?<![\w-])(?P<cue>(?i:in|since|by|from|until|of|before|after|during|"
                       rf"the\s+year))\s+(?P<core>{spoken_year})",
        "month_spoken_year": rf"{b}(?P<mon>{month})\s+{spoken_year}",
        "year": rf"{b}(?:(?P<fiscal>(?i:fiscal)\s+(?i:year\s+)?))?{year4}(?!\s*[%$])"
                r"(?![.,]\d)",
        "short_year": r"(?<![\w’'])['’](?P<yy>\d{2})\b(?!s)",
        "season": rf"{b}(?:(?P<the>(?i:the|this|in))\s+(?P<season>{season})\b|"
                  r"(?P<lead>(?i:by|until|till|since|before|after|during|through))\s+"
                  rf"(?P<lseason>{season})\b(?!,?\s+(?:(?i:of)\s+)?\d|\s+(?i:in|of|from|to|"
                  r"back|by)\b))",
        # "this season", "next season": a sport's season (only in a match report)
        # ("the next season" after a told year is that year's next: left out)
        "sport_season": rf"{b}(?P<which>(?i:this(?:\s+(?:coming|upcoming))?|next|last|"
                        r"the\s+(?:coming|current|upcoming|previous)))\s+(?i:season)(?![\w-])",
        "month": rf"{b}(?P<mon>{month})(?![\w-])",
    }
    return Grammar(tuple((kind, re.compile(_by_first_letters(p))) for kind, p in pats.items()),
                   tuple((kind, re.compile(_by_first_letters(p.replace(number, plain_number))))
                         for kind, p in pats.items()), GATES, _scan_gates(w))


def _longest_run(word: str) -> str:
    """The longest part of a word list's entry that its pattern spells out as written (spaces
    match any whitespace)."""
    return max(word.lower().split(), key=len)


#: First and last months of the spans "the <month>-<month> period" may name: the quarters and
#: the two halves of a year ("the January-June period": H1).
PERIOD_SPANS = ((1, 3), (4, 6), (7, 9), (10, 12), (1, 6), (7, 12))
#: The months that may open or close such a span, as the ``quarter`` pattern spells them.
SPAN_FIRSTS = {1: "january|jan", 4: "april|apr", 7: "july|jul", 10: "october|oct"}
SPAN_LASTS = {3: "march|mar", 6: "june|jun", 9: "september|sept?", 12: "december|dec"}


def _not_a_period_span() -> str:
    """A lookahead that refuses "the April-September period" (neither a quarter nor a half),
    leaving its months to the month patterns."""
    bad = "|".join(rf"(?:{SPAN_FIRSTS[a]})\.?(?:\s?[-–]\s?|\s+(?:to|through)\s+)"
                   rf"(?:{SPAN_LASTS[z]})\.?"
                   for a in SPAN_FIRSTS for z in SPAN_LASTS if (a, z) not in PERIOD_SPANS)
    return rf"(?!(?i:{bad})\s+(?i:period|months)\b)"


def _scan_gates(w: Words) -> dict[str, tuple[str, ...]]:
    """Each kind's words without which it cannot match (see ``Grammar.scan_gates``): literal in
    every match of the kind's pattern, so a text without any of them has no match."""
    spoken = ("nineteen", "eighteen", "twenty", "thousand")
    seasons = tuple(_longest_run(s) for s in w.seasons)
    parts = tuple(_longest_run(p) for p in w.day_parts)
    gates = {
        "ago": ("ago",),
        "ago_today": ("ago",),
        "anchored": ("before", "earlier", "later", "after", "prior"),
        "duration_adj": tuple("-" + u.lower().split()[0] for u in [*w.units, "centurie"]),
        "oclock": ("clock",),
        "temponym_911": ("9/11", "sept"),
        "decade": ("0s", "0's", "0’s"),
        "set_times": ("once", "twice", "times", "day", "hour", "night", "week", "month"),
        "quarter": ("quarter", "q1", "q2", "q3", "q4", "period", "months"),
        "m_rel_y": ("year",),
        "spoken_year": spoken,
        "month_spoken_year": spoken,
        "week_of": ("week",),
        "season_year": seasons,
        "season": seasons,
        "sport_season": ("season",),
        "year_part": ("year's", "year’s"),
        "quarter_century": ("century",),
        "vague_old": ("-old",),
        "noon": ("noon", "midday", "midnight"),
        "the_quarter": ("quarter", "period"),
        "century": ("century",),
        "year_ago": ("year-ago", "year-earlier", "prior-year", "same", "corresponding",
                     "comparable", "year's", "year’s"),
        "decade_word": ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                        "eighties", "nineties"),
        "this_part": ("earlier", "later"),
        "fiscal_year": ("fiscal", "financial"),
        "half_code": ("h1", "h2", "1h", "2h"),
        "half_year": ("half",),
        "result_period": ("year", "half"),
        "full_year": ("full", "whole", "entire"),
        "the_weekend": ("weekend",),
        "set_every": ("every", "each"),
        "at_the_time": ("time",),
        "mid_year": ("mid",),
        "fiscal_code": ("fy",),
        "the_moment": ("moment",),
        "clock24": (":",),
        "numeric": ("/",),
        "day_part": parts,
        "part_of_day": parts,
        "set_adverb": tuple(_longest_run(a) for a in w.set_adverbs),
        "relative_day": tuple(_longest_run(d) for d in w.relative_days),
        "bare_units": ("seconds", "minutes", "hours", "days", "weeks", "months", "years",
                       "decades", "centuries"),
        "bare_units_obj": ("minutes", "hours", "days", "weeks", "months", "years", "decades"),
        "the_units": ("days", "weeks", "months", "years", "decades"),
        "bare_units_rel": ("minutes", "hours", "days", "weeks", "months", "years", "decades"),
        "year_end": ("end",),
        "next_weekday": ("next", "following", "previous"),
        # "Mondays", "Friday nights"
        "weekdays": tuple(d + "s" for d in w.weekdays if d.endswith("day"))
        + tuple(p.split()[-1] + "s" for p in w.day_parts),
    }
    return {kind: tuple(dict.fromkeys(words)) for kind, words in gates.items()}


#: The words without which a rare kind cannot match (see ``Grammar.gates``).
GATES: dict[str, tuple[str, ...]] = {
    "from_anchor": ("from now", "from today", "from tomorrow", "from yesterday", "from this",
                    "from next", "from mon", "from tue", "from wed", "from thu", "from fri",
                    "from sat", "from sun"),
    "after_next": ("after next", "after tomorrow", "before yesterday"),
    "this_time": ("this time", "same time"),
    "named_that_year": ("that year", "same year"),
    "week_on": ("week on", "weeks on", "fortnight on", "week today", "week tomorrow",
                "weeks today", "weeks tomorrow", "fortnight today", "fortnight tomorrow"),
    "ordinal_day": ("st", "nd", "rd", "th"),
    "feast": ("ramadan", "ramadhan", "ramazan", "eid", "diwali", "deepavali", "passover",
              "pesach", "hanuk", "chanuk", "rosh hashana", "yom kippur", "new year",
              "super tuesday"),
    "clock_part": ("in the morning", "in the afternoon", "in the evening", "at night"),
    "nth_weekday": ("day in", "day of"),
    "week_of_day": ("week of", "week beginning", "week starting", "week commencing",
                    "weekend of", "weekend beginning", "weekend starting", "weekend commencing"),
    "edge_of": ("days of", "weeks of", "months of"),
    "next_quarter": ("quarter",),
    "overnight": ("overnight",),
    "twilight": ("dawn", "dusk", "daybreak", "sunrise", "sunset", "nightfall", "first light"),
    "midweek": ("midweek", "mid-week"),
    "new_year": ("new year",),
    "weekends": ("weekends",),
    "clock_hours": ("hours", "hrs"),
}


@cache
def pattern(kind: str) -> re.Pattern[str]:
    """The compiled pattern of one kind ("duration", "month", …)."""
    return dict(grammar().patterns)[kind]
