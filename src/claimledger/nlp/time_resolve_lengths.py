"""Resolvers for lengths of time and sets: durations ("three years", "48 hours", "a
decades-old conflict", "for years", "weeks later"), TimeML sets ("every week", "twice a
month", "daily", "on Fridays"), and the TimeML duration values (:func:`duration_value`) and
dates a count of units away (:func:`units_from`) that other resolvers build on."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Token

from .. import lexicon
from . import time_calendar as cal
from .time_calendar import NONE, Resolved
from .time_clause import firm_future
from .time_context import DURATION_UNITS, UNIT_GRAIN, Candidate, Context, Mood
from .time_grammar import pattern, words
from .time_resolve_common import (
    THE_BEFORE,
    ResolverResult,
    count_value,
    month_num,
    unit_code,
    weekday_num,
    word_before,
)
from .time_resolve_periods import sports_passage, sports_sentence

#: "quarter century" after a count of quarters.
QUARTER_CENTURY = re.compile(r"[-\s]+(?i:centur)")

#: Units whose "recent" plural is a stretch up to now rather than a vague past point: TimeBank
#: writes "recent weeks" PXW and "recent months" PXM, but "recent years/days" PAST_REF.
RECENT_STRETCH_UNITS = frozenset({"W", "M"})

#: "in a row" right after a count: the count is of times in succession.
IN_A_ROW = re.compile(r"\s+(?i:in\s+a\s+row)\b")
#: Prepositions before a count of quarters that make it time.
PERIOD_PREPOSITIONS = frozenset({"in", "within", "after"})
#: An ordinal that counts ("the fifth prime minister in six years"; not "the last meeting in two
#: weeks", which dates the meeting).
COUNTING_ORDINAL = re.compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                              r"|\d+(?:st|nd|rd|th)")
OF_AFTER = re.compile(r"\s+(?i:of)\b")

#: Words that make a count of quarters a stretch of time ("three straight quarters").
STRETCH_WORDS = re.compile(r"(?i:\b(?:consecutive|straight|successive)\b)")

#: A unit, the next smaller one and how many of those it holds (for fractional counts).
SMALLER_UNIT = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "Q": ("M", 3), "W": ("D", 7),
                "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def _quarters_of_time(ctx: Context, c: Candidate) -> bool:
    """A count of quarters that is a stretch of time by what stands around it: a preposition
    of time before ("for two quarters", "over three quarters") or "in a row" after ("fell two
    quarters in a row"), or "in", "within", "after" ("contracted in two quarters"); never one
    quarter, nor one with "of" after: "three quarters of voters", "in three quarters of
    cases" are fractions."""
    amount = count_value(c.match.groupdict().get("num") or "")
    if amount is None or amount < 2 or OF_AFTER.match(ctx.text, c.end) is not None \
            or sports_passage(ctx, c.start) or sports_sentence(ctx, c.start):
        return False  # "over a quarter of the nation", "in some quarters": no stretch; "led
        # after three quarters": a game's
    before = word_before(ctx, c.start)
    return before in words().clause["quarter_time_prepositions"] \
        or before in PERIOD_PREPOSITIONS or IN_A_ROW.match(ctx.text, c.end) is not None


def duration_value(amount: float | None, code: str) -> str | None:
    """A TimeML duration ("P3Y", "PT48H", "PXD" for a vague count)."""
    unit = DURATION_UNITS.get(code)
    if unit is None:
        return None
    if amount is not None and code == "FN":
        amount *= 2
    if amount is not None and amount != int(amount) and code in SMALLER_UNIT:
        # TimeML writes fractions in whole units: "half a century" P50Y, "half an hour"
        # PT30M, "a year and a half" P1Y6M, "a minute and a half" PT1M30S
        smaller, times = SMALLER_UNIT[code]
        if amount < 1 or code in ("CE", "DE", "W"):
            return duration_value(amount * times, smaller)
        whole, rest = int(amount), (amount - int(amount)) * times
        if rest == int(rest):
            head, tail = duration_value(whole, code), duration_value(rest, smaller)
            if head is not None and tail is not None:
                return head + tail[2 if tail.startswith("PT") and "T" in head else 1:]
    count = "X" if amount is None else f"{amount:g}"
    if unit.startswith("T"):
        return f"PT{count}{unit[1:]}"
    return f"P{count}{unit}"


def r_quarter_century(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the past quarter century", "a quarter-century": 25 years."""
    return "DURATION", Resolved("P25Y"), None, c.start, c.end


#: "in" right before a duration ("in two weeks").
IN_BEFORE = re.compile(r"\b(?i:in)\s+$")


def units_from(anchor: date, amount: float | None, code: str, direction: int
               ) -> tuple[str, Resolved]:
    """The date ``amount`` units before (``direction`` -1) or after (+1) ``anchor``, at the
    unit's granularity ("three years ago" is a year, "in two weeks" an ISO week); a vague
    count is PAST_REF / FUTURE_REF, a clock time that is not known has no value."""
    grain = UNIT_GRAIN.get(code)
    if amount is None:
        return "DATE", Resolved("PAST_REF" if direction < 0 else "FUTURE_REF")
    if code == "H" and amount and amount % 24 == 0:  # "48 hours ago": a whole number of days
        amount, code, grain = amount / 24, "D", "day"
    if grain is None or amount != int(amount):  # "five hours ago": a clock time not known
        return ("TIME" if code in ("H", "MIN", "S") else "DATE"), NONE
    if code in ("DE", "CE"):  # "a decade ago" names a year, not a decade
        amount, grain = amount * (10 if code == "DE" else 100), "year"
    moved = cal.shift(anchor, grain, direction * int(amount * (2 if code == "FN" else 1)))
    return "DATE", cal.at_grain(moved, grain) if moved else NONE


def _some_day(ctx: Context, c: Candidate, mood: Mood) -> bool:
    """Is "one day" the idiom "some day" ("hopes one day to", "will one day rule"), not a
    stretch ("lasted one day", "will take one day", "for one day", "one day before")?"""
    if not c.match.group(0).rstrip().lower().endswith("day"):
        return False
    before = word_before(ctx, c.start)
    if before in words().clause["length_before"]:
        return False  # "for one day", "just one day"
    if _split_by_some_day(ctx, c, before):
        return True
    if mood != "future":
        return False
    if re.match(r"\s+(?i:before|after|later|earlier|of|ahead)\b", ctx.text[c.end:]):
        return False
    token = ctx.token_at(c.end - 1)
    if token is None or token.dep_ not in ("npadvmod", "advmod"):
        return False  # "will take one day": the object, a length
    verbs = [t for t in token.ancestors if t.pos_ in ("VERB", "AUX")][:3]
    if any(v.lemma_.lower() in words().clause["length_verbs"] for v in verbs[:1]):
        return False  # "the strike will last one day"
    some_day = words().clause["some_day_verbs"]
    return any(v.lemma_.lower() in some_day
               or any(a.lower_ in some_day for a in v.children if a.dep_ == "aux")
               for v in verbs)


#: "one day …, the next …": a contrast of days, not some future day.
ONE_DAY_CONTRAST = re.compile(r"[^.;!?]*?,\s+(?:(?i:and|but)\s+)?(?i:the\s+next)(?:\s+(?i:day))?"
                              r",?\s+(?i:they|he|she|it|we|i|you|the|a|an|there)\b")


def _split_by_some_day(ctx: Context, c: Candidate, before: str) -> bool:
    """"will one day be", "to one day return", "hopes he one day follows": "one day" between a
    modal, "to" or a subject and the verb it modifies (the parser often takes it for the
    subject or a compound)."""
    after = ctx.token_at(c.end + 1) if ctx.text[c.end:c.end + 1] == " " else None
    if after is None or not after.text.isalpha() or not after.text.islower():
        return False
    if ONE_DAY_CONTRAST.match(ctx.text, c.end, c.end + 80):
        return False  # "one day they advance, the next they retreat": every other day
    if before == "to":
        # "hopes to one day return" (the model may tag "return" a noun); not "agreed to one
        # day ceasefire", "restricted to one day visits"
        lead = ctx.token_at(ctx.text.rfind("to", 0, c.start) - 2)
        verbs = words().clause["to_one_day_verbs"]
        wants = lead is not None and (lead.lemma_.lower() in verbs or lead.lower_ in verbs)
        return after.tag_ == "VB" or (wants and after.pos_ in ("VERB", "NOUN"))
    clause = words().clause
    leads = {*clause["firm_future"], *clause["possibility_modals"], *clause["modal_perfect"],
             *clause["subject_pronouns"]}
    if after.tag_ not in ("VB", "VBZ", "VBP"):
        return False
    subject = ctx.token_at(c.start - 2) if c.start >= 2 else None
    return before in leads or (subject is not None and subject.pos_ in ("NOUN", "PROPN"))


@cache
def _person_nouns() -> frozenset[str]:
    """The nouns that name people (the quantities component's list, loaded once)."""
    return frozenset(lexicon.load("units.json")["person_nouns"])


def _aged_noun(ctx: Context, end: int) -> Token | None:
    """The common noun an "N-year-old" before ``end`` describes ("a 26-year-old Lviv man":
    "man"); None where a name or nothing follows ("26-year-old Dana", "the 52-year-old")."""
    old = ctx.token_at(end - 1)
    after = ctx.token_at(end + 1) if end < len(ctx.text) and ctx.text[end] == " " else None
    if old is None or after is None or after.pos_ != "NOUN":
        return None
    noun = old.head if old.head.i > old.i and old.head.pos_ in ("NOUN", "PROPN") else after
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "NORP") or (
            noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].pos_ == "DET"):
        return None  # "the 29-year-old tackles the …": a verb the model took for a noun
    return noun


def _aged_thing(ctx: Context, end: int) -> bool:
    """ "the 8-month-old truce", "a 25-year-old court file": how long a thing has lasted (a
    TimeML duration), for the things listed in ``aged_thing_nouns``; everything else (a
    person's age: "a 19-year-old soldier", "the 62-year-old spokesperson") stays an age,
    which the quantities component reads."""
    noun = _aged_noun(ctx, end)
    if noun is None:
        return False
    things = words().clause["aged_thing_nouns"]
    compound = " ".join([c.lower_ for c in noun.lefts if c.dep_ == "compound"]
                        + [noun.lemma_.lower()])  # "aircraft carrier", not "letter carrier"
    return noun.lower_ in things or noun.lemma_.lower() in things or compound in things


def r_vague_old(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """ "a decades-old conflict", "a years-old feud": a length of unknown size (PXDE, PXY);
    nobody is decades old, so any noun but a person's will do."""
    noun = _aged_noun(ctx, c.end)
    if noun is None or noun.lower_ in _person_nouns() or noun.lemma_.lower() in _person_nouns():
        return None
    code = unit_code(c.match.group("unit")[:-1])  # "centuries" -> "centurie" -> CE
    return "DURATION", Resolved(duration_value(None, code)), None, c.start, c.end


def r_duration(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"three years", "48 hours", "the past few days": TimeML durations."""
    g = c.match.groupdict()
    if g.get("lead"):
        lead = ctx.token_at(c.match.start("lead"))
        if lead is not None and lead.pos_ in ("VERB", "AUX"):
            # "the storms last two days": the verb "last", not "the last two days"
            again = pattern("duration").match(ctx.text, c.match.end("lead"))
            if again is None or again.group("lead"):
                return None
            return r_duration(ctx, Candidate(c.kind, again.start(), again.end(), again,
                                              c.priority), mood)
    if g.get("old") and not _aged_thing(ctx, c.end):
        return None  # "a 5-year-old girl": an age, which the quantities component reads
    code = unit_code(g["unit"])
    if code == "WE" and not g.get("lead"):
        return None
    if code == "S" and g["num"].lower() in ("a", "an"):
        return None  # "a second term", "for a second"
    if g["num"].lower() in ("a", "an") and c.match.group(0).rstrip()[-1:] in "sS":
        return None  # "a months-long fight": no "a" counts a plural
    if code == "D" and g["num"].lower() == "one" and not g.get("lead") and _some_day(ctx, c, mood):
        # "hopes one day to ...": some future day, no length (TimeML FUTURE_REF)
        return "DATE", Resolved("FUTURE_REF"), None, c.start, c.end
    if g["num"].lower() == "recent" and not g.get("lead"):
        if code in RECENT_STRETCH_UNITS:
            # "in recent weeks", "recent months": a stretch of unknown length up to now, as
            # TimeBank writes them (PXW, PXM)
            return "DURATION", Resolved(duration_value(None, code)), None, c.start, c.end
        # "in recent days", "recent years": some time up to now, no length (TimeBank mostly
        # and HeidelTime write PAST_REF)
        return "DATE", Resolved("PAST_REF"), None, c.start, c.end
    if g["num"].lower() == "coming" and not g.get("lead"):
        # "in the coming days", "coming quarters": a stretch of unknown length ahead, as
        # TimeBank writes it (PXD; HeidelTime reads FUTURE_REF)
        return "DURATION", Resolved(duration_value(None, code)), None, c.start, c.end
    if code == "Q" and ((not g.get("lead") and not STRETCH_WORDS.search(c.match.group(0))
                         and not _quarters_of_time(ctx, c))
                        or QUARTER_CENTURY.match(ctx.text, c.end)):
        return None  # "three quarters of voters", "the past quarter century": no quarters
    amount = count_value(g["num"])
    if amount is not None and g.get("andhalf"):
        amount += 0.5  # "a year and a half"
    if (mood == "future" and ctx.published is not None and not g.get("lead")
            and IN_BEFORE.search(ctx.text, max(0, c.start - 4), c.start)
            and firm_future(ctx.span(c.start, c.end)) and not _counted_within(ctx, c.start)):
        # "the vote will be held in two weeks": two weeks from now, a date
        kind, res = units_from(ctx.published, amount, code, 1)
        if res.value is not None:
            return kind, res, "published", c.start, c.end
    return "DURATION", Resolved(duration_value(amount, code)), None, c.start, c.end


def _counted_within(ctx: Context, start: int) -> bool:
    """Is the length after "in" the stretch an ordinal or a superlative counts within ("will be
    the fifth prime minister in six years", "the biggest rise in 20 years"), not a date that far
    ahead ("will reopen in six years")?"""
    length = ctx.token_at(start)
    if length is None or length.i < 2 or length.doc[length.i - 1].lower_ != "in":
        return False
    noun = length.doc[length.i - 2]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.tag_ == "JJS" or COUNTING_ORDINAL.fullmatch(t.lower_) is not None
               for t in noun.doc[max(0, noun.i - 4):noun.i])


def r_set_every(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"every week", "every Monday", "every other year": TimeML sets."""
    g = c.match.groupdict()
    every = 2 if g.get("other") else 1
    if g.get("wd"):
        part = words().day_parts.get((g.get("wdpart") or "").lower(), "")
        part = f"T{part}" if part else ""  # "every Monday night": XXXX-WXX-1TNI
        return "SET", Resolved(f"XXXX-WXX-{weekday_num(g['wd'])}{part}"), None, c.start, c.end
    if g.get("season"):
        return "SET", Resolved(f"XXXX-{words().seasons[g['season'].lower()]}"), None, c.start, c.end
    if g.get("mon"):
        return "SET", Resolved(f"XXXX-{month_num(g['mon']):02d}"), None, c.start, c.end
    if g.get("part"):  # "every morning": that part of any day
        code = words().day_parts.get(g["part"].lower())
        return "SET", Resolved(f"XXXX-XX-XXT{code}"), None, c.start, c.end
    if g["unit"].lower().startswith("weekend") and every == 1 and not g.get("n"):
        # "every weekend": TimeML XXXX-WXX-WE ("every other weekend" keeps its count)
        return "SET", Resolved("XXXX-WXX-WE"), None, c.start, c.end
    amount = count_value(g.get("n")) if g.get("n") else 1.0  # "every few years": PXY
    amount = None if amount is None else amount * every
    return "SET", Resolved(duration_value(amount, unit_code(g["unit"]))), None, c.start, c.end


def r_set_times(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"twice a week": a set with the unit's period; "six days a week", "24 hours a day" too
    (TimeML: one SET, P1W; the pattern admits only a count of a shorter unit)."""
    code = unit_code(c.match.group("unit"))
    value = duration_value(1, code)
    return "SET", Resolved(value), None, c.start, c.end


def r_set_adverb(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"daily", "weekly": sets."""
    value = words().set_adverbs[c.match.group("adv").lower()]
    return "SET", Resolved(value), None, c.start, c.end


def r_bare_units(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"for years", "within days": durations of unknown length. "the days" only as days
    around a told event ("in the days after the attack", "in the days that followed",
    "over the past days."), not an era ("in the days when gasoline was cheap", "in the days
    before the internet", "back in the days") nor daytime ("during the days")."""
    if c.match.group("unit").lower() == "days" and c.match.groupdict().get("lead") \
            and ctx.text[c.start:c.end].lower().split()[-2:-1] == ["the"] \
            and (c.match.group("lead").lower() == "during"
                 or not DAYS_AROUND_EVENT.match(ctx.text, c.end)
                 or "back" in WORD.findall(ctx.text[max(0, c.start - 9):c.start].lower())[-2:]):
        return None
    code = unit_code(c.match.group("unit")[:-1])  # "centuries" -> "centurie" -> CE
    return "DURATION", Resolved(duration_value(None, code)), None, c.start, c.end


#: A word of letters.
WORD = re.compile(r"[a-z]+")
#: What follows "the days" told around an event: "after", "following", "since", "leading up",
#: "that followed", or its end ("before" is left: "in the days before the internet" is an era).
DAYS_AROUND_EVENT = re.compile(r"\s+(?i:after|following|since|leading\s+up|that\s+followed)\b"
                               r"|\s*[,.;:)]")


def r_bare_units_obj(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"will take months", "waited weeks", "spent years": units of unknown count right after a
    verb of lasting (TimeML PXM); not "the last months" (an adjective) nor "lost years"."""
    verb = ctx.token_at(c.match.start("lead"))
    if verb is None or not (_modal_last(verb) or (
            verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() in words().clause["bare_length_verbs"])):
        return None
    unit = ctx.token_at(c.match.start("unit"))
    if unit is not None and unit.i + 1 < len(unit.doc) and unit.nbor(1).pos_ in ("NOUN", "PROPN"):
        return None  # "due to last years drought": a year's noun, not a length
    if verb.lemma_.lower() == "take" and c.match.group("unit").lower() == "minutes" \
            and not TO_OR_END.match(ctx.text, c.end):
        return None  # "the clerk took minutes at the meeting": a record, not a length
    return r_bare_units(ctx, c, mood)


#: "to" or the end of a clause after "took minutes" ("took minutes to answer").
TO_OR_END = re.compile(r"\s*(?:[.,;:!?)]|$|to\b)")


def _modal_last(token: Token) -> bool:
    """"could last years", "is expected to last months": the verb "last", which the small
    model often tags an adjective of the units after it."""
    return token.lower_ == "last" and token.i > 0 \
        and (token.nbor(-1).tag_ == "MD" or token.nbor(-1).lower_ == "to")


def r_bare_units_rel(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"weeks later", "hours after the vote", "months ago": an unknown count of units (TimeML
    "PXW"); "months ago" is some time back (PAST_REF). A count before it ("three weeks later",
    "a few hours") is another pattern's."""
    before = [w.strip("[](),\"“‘'").lower() for w in ctx.text[max(0, c.start - 14):c.start].split()]
    before = [w for w in before if w]  # "[ Ten ] years ago": the count inside brackets
    rel = c.match.group("rel").lower()
    if rel == "ahead":  # "the weeks ahead": TimeBank's PXW, with its "the"
        the = THE_BEFORE.search(ctx.text[max(0, c.start - 5):c.start])
        if the is None:
            return None
        unit = unit_code(c.match.group("unit")[:-1])
        return "DURATION", Resolved(duration_value(None, unit)), None, \
            c.start - len(the.group()), c.match.end("rel")
    if before and (before[-1] in words().numbers or before[-1].isdigit()
                   or before[-1] in words().vague
                   or before[-1] in words().clause["definite_before_units"]):
        return None  # "three weeks later", "the days before the vote": not a bare count
    if rel == "ago":
        return "DATE", Resolved("PAST_REF"), None, c.start, c.match.end("rel")
    if rel == "of":
        unit = ctx.token_at(c.start)
        if unit is None or any(t.dep_ in ("det", "amod", "nummod", "poss", "compound",
                                          "quantmod", "advmod") for t in unit.children) \
                or (unit.i > 0 and unit.nbor(-1).like_num):
            return None  # "the long hours of", "zero days of", "the waning months of"
    return "DURATION", Resolved(duration_value(None, unit_code(c.match.group("unit")[:-1]))), \
        None, c.start, c.end


def r_weekdays(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"on Fridays": every Friday (TimeML SET XXXX-WXX-5); "on Sunday nights", "Fridays at
    noon" aside, "Monday mornings": XXXX-WXX-1TMO."""
    g = c.match.groupdict()
    day = weekday_num(g["wd"][:-1]) if g.get("wd") else weekday_num(g["wd1"])
    part = words().day_parts.get((g.get("part") or g.get("parts") or "").lower(), "")
    return "SET", Resolved(f"XXXX-WXX-{day}{'T' + part if part else ''}"), None, c.start, c.end
