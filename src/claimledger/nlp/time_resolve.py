"""Resolvers: one function per kind of time expression, from a pattern match to a TimeML
value and an inclusive calendar interval (:mod:`.time_calendar`), anchored on the publication
date or on an earlier date of the passage (:class:`.time_context.Context`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Span, Token

from .. import lexicon
from . import time_calendar as cal
from .numbers import number_words, read_number
from .time_calendar import NONE, Resolved
from .time_context import (
    ANCHOR_PARAGRAPHS,
    AWAITED,
    DURATION_UNITS,
    EVE,
    LOOK_BACK,
    NEAR,
    UNIT_GRAIN,
    Candidate,
    Context,
    Mood,
    choose_instance,
    clause_mood,
    firm_future,
    since_start,
    yearly,
)
from .time_grammar import pattern, words

# --------------------------------------------------------------------------- resolvers


def _num(text: str | None) -> float | None:
    """A count word or numeral as a number; None for vague counts ("several")."""
    if text is None:
        return None
    low = " ".join(text.lower().replace("-and-a-half", " and a half").split())
    table = words().numbers
    for half in (" and a half", " 1/2", "½"):  # "two and a half", "2 1/2", "2½"
        if low.endswith(half) and low != half:
            whole = _num(low[:-len(half)])
            return None if whole is None else whole + 0.5
    if low in table:
        return float(table[low])
    if FIGURES.fullmatch(low):
        return float(low) if len(low) <= 3 else None
    if THOUSANDS.fullmatch(low):
        return float(low.replace(",", ""))  # "a 1,000-year-old church"
    if "hundred" in low or "thousand" in low:  # "two thousand", "one hundred and fifty": the
        parts = low.replace("-", " - ").split()  # quantities component's number reader
        match = read_number(parts, [True] * len(parts), 0, number_words())
        if match is not None and match.end == len(parts) and match.value is not None:
            return float(match.value)
    parts = COUNT_JOINER.split(low)
    if len(parts) == 2 and parts[0] in table and parts[1] in table:
        return float(table[parts[0]] + table[parts[1]])
    return None


def _unit_code(unit: str) -> str:
    low = unit.lower()
    if low == "centurie":
        low = "century"
    return words().units.get(low, "")


def _month_num(name: str | None) -> int | None:
    if not name:
        return None
    return words().months.get(name.lower().rstrip("."))


def _weekday_num(name: str | None) -> int | None:
    if not name:
        return None
    return words().weekdays.get(name.lower().rstrip("."))


#: How long after a quarter ends its results are still to come ("will report on the third
#: quarter", written in October, is that quarter's, not next year's).
REPORTING_LAG = timedelta(days=50)

#: How many passages back an earnings report's quarter still frames "the quarter".
REPORT_PARAGRAPHS = 5

#: How far from publication the end of the quarter a report covers may lie.
RECENT_QUARTER_DAYS = 200

#: "… of the year" after a quarter ("the last quarter of the year": the fourth).
OF_THE_YEAR = re.compile(r"\s+(?i:of\s+the\s+(?:\w+\s+){0,2}year)\b")

#: "quarter century" after a count of quarters.
QUARTER_CENTURY = re.compile(r"[-\s]+(?i:centur)")

#: Words that make a count of quarters a stretch of time ("three straight quarters").
STRETCH_WORDS = re.compile(r"(?i:\b(?:consecutive|straight|successive)\b)")

#: A unit, the next smaller one and how many of those it holds (for fractional counts).
SMALLER_UNIT = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "Q": ("M", 3), "W": ("D", 7),
                "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


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


def resolve_full_date(ctx: Context, cand: Candidate, mood: Mood) -> tuple[Resolved, str | None]:
    """"June 19, 2024", "27 February 2025", "Feb. 27" (year from the anchor and the mood)."""
    g = cand.match.groupdict()
    mon = _month_num(g.get("mon"))
    day_n = int(g["day"]) if g.get("day") else None
    if mon is None or day_n is None:
        return NONE, None
    if g.get("year"):
        return cal.day(cal.safe_date(int(g["year"]), mon, day_n)), None
    if cal.safe_date(2000, mon, day_n) is None:
        return NONE, "published"
    reference = _full_date_reference(ctx, cand.start)
    if reference is not None:  # "On Feb. 24, 2022, … On March 2, …": the nearest to it
        instances = yearly(reference, lambda y: cal.day(cal.safe_date(y, mon, day_n)))
        since = since_start(ctx, cand.start) is not None
        return choose_instance(instances, reference, "past" if since else None), "text"
    if ctx.published is None:
        return NONE, "published"
    instances = yearly(ctx.published, lambda y: cal.day(cal.safe_date(y, mon, day_n)))
    if DATELINE_BEFORE.search(ctx.text, max(0, cand.start - 60), cand.start) \
            and DATELINE_AFTER.match(ctx.text, cand.end):
        # "NEW YORK, Dec. 22 (UPI) —": the day the story was filed, the one within a week of
        # the publication date (which may be a day off across time zones)
        filed = choose_instance(instances, ctx.published, None)
        if filed.start is not None and abs((filed.start - ctx.published).days) <= 7:
            return filed, "published"
    named = _weekday_num(g["wd"]) if g.get("wd") else None
    fitting = [r for r in instances if r.start is not None and r.start.isoweekday() == named]
    if len(fitting) == 1 and not (mood == "past" and fitting[0].start
                                  > ctx.published + timedelta(days=7)):
        # "Saturday, April 25": the year in which April 25 is a Saturday (a past clause whose
        # weekday would put it more than a week ahead is a slip, and keeps its past year)
        return fitting[0], "published"
    if mood == "future" and STRETCH_START.match(ctx.text, cand.end):
        mood = "future_start"  # "is to run from Jan. 23 through March 9": may have begun
    return choose_instance(instances, ctx.published, mood), "published"


#: A wire dateline before a date: a line opening with a place in capitals ("NEW YORK,",
#: "KYIV, Ukraine,") ...
DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’ -]{1,40},(?:\s+[A-Z][a-z.]+(?:\s+"
                             r"[A-Z][a-z.]+)?,)?\s+$")
#: ... and after it the agency or a dash ("(UPI) —", "(Reuters) -").
DATELINE_AFTER = re.compile(r"\s*(?:\([A-Za-z. ]{1,20}\)|[-—–])")

#: A count written in figures ("3", "1.5").
FIGURES = re.compile(r"\d+(?:\.\d+)?")
THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
#: What separates the words of a compound count ("twenty-five", "twenty five").
COUNT_JOINER = re.compile(r"[-\s]")
#: "the" just before a relative expression ("the past week").
THE_BEFORE = re.compile(r"(?i:\bthe\s+)$")

#: What follows the first day of a stretch of days ("Jan. 23 through", "Jan. 23 to", "2-4").
STRETCH_START = re.compile(r"\s*(?:[-–]|(?i:to|through|thru|until|till)\b)")


def _full_date_reference(ctx: Context, start: int) -> date | None:
    """The day of a full date with its year ("June 19, 2024") that is the nearest explicit date
    before ``start`` in the same paragraph: a narrative's year for a later "March 2"."""
    index = ctx.text_anchor(start)
    if index is None:
        return None
    prior = ctx.found[index]
    if (prior.anchor is not None or prior.res.grain != "day" or prior.res.start is None
            or prior.kind not in ("weekday_md_y", "d_m_y", "numeric", "iso")
            or ctx.paragraph(prior.start) != ctx.paragraph(start)):
        return None
    return prior.res.start


def resolve_numeric(ctx: Context, cand: Candidate) -> tuple[Resolved, str | None]:
    """"2/27/2025" (US order unless the first number cannot be a month) and ISO dates."""
    g = cand.match.groupdict()
    if cand.kind == "iso":
        return cal.day(cal.safe_date(int(g["year"]), int(g["a"]), int(g["b"]))), None
    a, b, c = int(g["a"]), int(g["b"]), g["c"]
    y = int(c)
    if len(c) == 2:
        pivot = (ctx.published.year if ctx.published else 2030) % 100 + 5
        y += 2000 if y <= pivot else 1900
    mon, day_n = (a, b) if a <= 12 else (b, a)
    return cal.day(cal.safe_date(y, mon, day_n)), None


def resolve_month_year(cand: Candidate) -> Resolved:
    g = cand.match.groupdict()
    mon = _month_num(g.get("mon"))
    return cal.month(int(g["year"]), mon) if mon else NONE


def resolve_decade(ctx: Context, cand: Candidate) -> Resolved:
    g = cand.match.groupdict()
    dec = g["dec"]
    if dec[0] in "'’" or len(dec) == 2:
        # "'80s", "the 80's": the latest such decade that has begun by the anchor year
        year = ctx.published.year if ctx.published else date.today().year
        first = year // 100 * 100 + int(dec[-2:])
        if first > year:
            first -= 100
    else:
        first = int(dec)
    res = cal.decade(first)
    mod = _mod(g.get("mod"))
    return cal.part_of(res, mod) if mod else res


def _mod(text: str | None) -> str | None:
    """The TimeML mod (START/MID/END) of a modifier word."""
    if not text:
        return None
    low = " ".join(text.lower().split())
    if "half" in low:
        return None
    return words().part_modifiers.get(low)


def resolve_quarter(ctx: Context, cand: Candidate, mood: str | None) -> tuple[Resolved, str | None]:
    g = cand.match.groupdict()
    if g.get("q"):
        q = int(g["q"])
    else:
        q = words().ordinals.get(g["ord"].lower(), 0)
        q = 4 if q == -1 else q
    y_text = g.get("year") or g.get("year2") or g.get("year3")
    if y_text:
        return cal.quarter(int(y_text), q), None
    if ctx.published is None:
        return NONE, "published"
    if g.get("qrel"):
        shift = _rel_shift(g["qrel"])
        return cal.quarter(ctx.published.year + shift, q), "published"
    if (g.get("ord") or "").lower() == "last" and mood != "future" \
            and not OF_THE_YEAR.match(ctx.text, cand.end):
        return _last_quarter(ctx.published), "published"  # "in the last quarter": the one before
    instances = yearly(ctx.published, lambda y: cal.quarter(y, q))
    if mood in ("future", "future_start"):
        for reported in instances[:2]:  # "expects to report a loss for the fourth quarter"
            if reported.end is not None \
                    and timedelta(0) < ctx.published - reported.end <= REPORTING_LAG:
                return reported, "published"
    return choose_instance(instances, ctx.published, mood), "published"


def _rel_shift(rel: str) -> int:
    """-1 for "last", 0 for "this", +1 for "next"."""
    low = " ".join(rel.lower().split())
    if low in ("last", "past", "previous", "this past"):
        return -1
    if low in ("next", "coming", "this coming"):
        return 1
    return 0


def resolve_unit_relative(anchor: date, unit: str, shift: int, mood: Mood = None) -> Resolved:
    """"last week", "this month", "next year" relative to ``anchor``."""
    low = unit.lower()
    if low == "weekend":
        if shift == 0:  # "this weekend": the nearest, or the one the tense points to
            weekends = [cal.weekend_of(anchor + timedelta(weeks=k)) for k in (-1, 0)]
            return choose_instance(weekends, anchor, mood)
        return cal.weekend_of(anchor + timedelta(weeks=shift))
    moved_date = cal.shift(anchor, low, shift)
    if moved_date is None:
        return NONE
    return cal.at_grain(moved_date, low)


def resolve_weekday(anchor: date, weekday: int, shift: int, mood: str | None) -> Resolved:
    """A weekday: "last Monday" (before the anchor), "next Monday" (after), or by mood."""
    back = (anchor.isoweekday() - weekday) % 7
    before = anchor - timedelta(days=back)  # on or before the anchor
    after = before if back == 0 else before + timedelta(days=7)
    if shift < 0:
        return cal.day(before if back else before - timedelta(days=7))
    if shift > 0:
        return cal.day(after if back else after + timedelta(days=7))
    if mood == "future":  # the same weekday as the anchor is the anchor's day (wire style)
        return cal.day(after)
    if mood == "present" and back:  # "the summit opens Monday": a timetable
        return cal.day(after)
    if mood == NEAR:  # "leaders were to meet on Friday": the nearest Friday
        return cal.day(after if (after - anchor) < (anchor - before) else before)
    if mood in (AWAITED, EVE):  # "ahead of Monday's voting", told on a Sunday: the coming day
        # if it is at most two days off; "met on Tuesday ahead of Thursday's summit", told on
        # a Monday, is last week's
        return cal.day(after if (after - anchor).days <= 2 else before)
    # a bare weekday in news reports what happened, unless the clause looks ahead
    return cal.day(before)


def _shifted(usable: list[Resolved], anchor: date, shift: int) -> Resolved:
    """"last …": the latest instance that ended before ``anchor``; "next …": the first to
    start after it (``shift`` is negative or positive)."""
    if shift < 0:
        done = [r for r in usable if r.end < anchor]  # type: ignore[operator]
        return max(done, key=lambda r: r.start) if done else NONE  # type: ignore[arg-type,return-value]
    ahead = [r for r in usable if r.start > anchor]  # type: ignore[operator]
    return min(ahead, key=lambda r: r.start) if ahead else NONE  # type: ignore[arg-type,return-value]


def resolve_season_relative(anchor: date, code: str, shift: int,
                            mood: str | None = None) -> Resolved:
    """"last summer": the latest finished one; "next summer": the next to start; "this
    summer": the nearest, or the coming one in a future clause ("will cut flights this
    winter", written in July; "signed up as a delegate at this summer's convention", written
    in May, is the nearest)."""
    instances = [cal.season(anchor.year + k, code) for k in (-2, -1, 0, 1)]
    usable = [r for r in instances if r.start and r.end]
    if shift:
        return _shifted(usable, anchor, shift)
    return choose_instance(usable, anchor, mood if mood == "future" else None)


def resolve_month_relative(anchor: date, mon: int, shift: int, mood: str | None) -> Resolved:
    """"last January" (the latest one before this month), "next March", or by mood."""
    instances = [cal.month(anchor.year + k, mon) for k in (-1, 0, 1)]
    usable = [r for r in instances if r.start and r.end]
    if shift:
        return _shifted(usable, anchor, shift)
    this_year = cal.month(anchor.year, mon)
    if mood == "future" and this_year.end is not None and this_year.end < anchor:
        return cal.month(anchor.year + 1, mon)  # "will meet this January", written in December
    last_year = cal.month(anchor.year - 1, mon)
    if mood == "past" and this_year.start is not None and this_year.start > anchor \
            and last_year.end is not None and (anchor - last_year.end).days <= 45:
        return last_year  # "seized the town this December", written early in January
    return this_year  # "this September": the anchor's year's (HeidelTime's reading too)


def with_part(res: Resolved, part: str | None) -> tuple[str, Resolved]:
    """Add a part of day ("Thursday afternoon" -> "2015-08-20TAF"): a TIME on that day."""
    if not part or res.value is None:
        return "DATE", res
    code = words().day_parts.get(part.lower())
    if code is None:
        return "DATE", res
    day = res.value.split("T", 1)[0]  # "three o'clock in the afternoon": the day, not 15:00
    return "TIME", Resolved(f"{day}T{code}", res.start, res.end, "day")


def with_clock(res: Resolved, hour: int, minute: int) -> Resolved:
    """A clock time on a known day ("2025-02-27T10:00")."""
    if res.value is None or res.grain != "day" or res.start is None:
        return NONE
    return Resolved(f"{res.start.isoformat()}T{hour:02d}:{minute:02d}", res.start, res.end, "day")


# Resolver functions: (component, ctx, cand, mood) -> (type, Resolved, anchor, start, end)
ResolverResult = tuple[str, Resolved, str | None, int, int] | None


def _r_full_date(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """Month and day, with or without a year: the year from the text, else by mood."""
    res, anchor = resolve_full_date(ctx, c, mood)
    if anchor and ctx.published is None:
        res = NONE
    return "DATE", res, anchor, c.start, c.end


def _r_numeric(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """Numeric dates (2/27/2025, 2025-02-27); an ISO timestamp ("2025-02-27T14:30:00Z") is a
    TIME to the minute (the zone is not converted: TimeML keeps the written clock time)."""
    res, anchor = resolve_numeric(ctx, c)
    g = c.match.groupdict()
    if g.get("th") and res.start is not None:
        hour, minute = int(g["th"]), int(g["tm"])
        if hour > 24 or (hour == 24 and minute):
            return "DATE", res, anchor, c.start, c.end
        return "TIME", with_clock(res, hour, minute), anchor, c.start, c.end
    return "DATE", res, anchor, c.start, c.end


def _r_fiscal_code(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"FY2024", "FY24": a fiscal year (TimeML FY2024); its dates differ by body, so no
    interval."""
    y = int(c.match.group("fy"))
    if y < 100:
        y += 2000 if y <= (ctx.published.year if ctx.published else 2030) % 100 + 5 else 1900
    return "DATE", Resolved(f"FY{y:04d}" if cal.valid_year(y) else None), None, c.start, c.end


def _r_month_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"December 2024": one calendar month."""
    return "DATE", resolve_month_year(c), None, c.start, c.end


def _r_month_rel_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"June last year", "March of next year": that month of the year before or after."""
    mon = _month_num(c.match.group("mon"))
    if ctx.published is None or mon is None:
        return "DATE", NONE, "published", c.start, c.end
    year = ctx.published.year + _rel_shift(c.match.group("rel"))
    day_text = c.match.group("day") or c.match.group("day2")
    if day_text is None:
        return "DATE", cal.month(year, mon), "published", c.start, c.end
    try:  # "on 15 March last year": that day
        return "DATE", cal.day(date(year, mon, int(day_text))), "published", c.start, c.end
    except ValueError:
        return "DATE", NONE, "published", c.start, c.end


def _r_spoken_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"in nineteen ninety-one", "by the year two thousand", "since twenty twelve": a year as
    spoken in broadcast transcripts."""
    g = c.match.groupdict()
    if g.get("century"):
        century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[g["century"].lower()]
        rest = _num(g["yy"])
    else:
        century, rest = 2000, _num(g["k"]) if g.get("k") else 0.0
    if rest is None or not 0 <= rest < 100:
        return None
    last = ctx.token_at(c.end - 1)
    after = last.nbor(1) if last is not None and last.i + 1 < len(last.doc) else None
    if after is not None and after.tag_ in ("NNS", "NNPS"):
        return None  # "in nineteen forty-five cases": a count
    mon = _month_num(g.get("mon"))
    if mon is not None:  # "January nineteen ninety-seven"
        return "DATE", cal.month(century + int(rest), mon), None, c.start, c.end
    return "DATE", cal.year(century + int(rest)), None, c.start, c.end


def _r_quarter_century(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the past quarter century", "a quarter-century": 25 years."""
    return "DURATION", Resolved("P25Y"), None, c.start, c.end


def _r_decade(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the 1990s", "the early '90s": TimeML "199"."""
    return "DATE", resolve_decade(ctx, c), None, c.start, c.end


DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                "eighties", "nineties")


def _r_decade_word(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the sixties": a decade of the twentieth century (the usual reading in news)."""
    g = c.match.groupdict()
    res = cal.decade(1920 + 10 * DECADE_WORDS.index(g["decword"].lower()))
    mod = _mod(g.get("mod"))
    return "DATE", cal.part_of(res, mod) if mod else res, None, c.start, c.end


def _r_century(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the 20th century": TimeML "19" (1900..1999)."""
    n = int(c.match.group("cent"))
    return "DATE", cal.century((n - 1) * 100) if n >= 11 else NONE, None, c.start, c.end


def _r_quarter(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"Q3 2024", "the third quarter" (of the anchor's year, by mood); not a match's quarter
    in a match report."""
    g = c.match.groupdict()
    if not (g.get("q") or g.get("year") or g.get("year2") or g.get("year3")) \
            and _sports_sentence(ctx, c.start):
        return None
    res, anchor = resolve_quarter(ctx, c, mood)
    return "DATE", res, anchor, c.start, c.end


def _r_year_end(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"year-end", "year end 2024": the last day of the named year, else of the anchor's
    year ("by year-end"), or of the year before after "since" ("up 20% since year-end")."""
    if c.match.group("year"):
        year = int(c.match.group("year"))
        return "DATE", cal.day(date(year, 12, 31)) if cal.valid_year(year) else NONE, None, \
            c.start, c.end
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    last = ctx.token_at(c.end - 1)
    if last is not None and last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i:
        # "the year-end budget deal", "a year-end news conference": the end of the year
        return "DATE", cal.part_of(cal.year(ctx.published.year), "END"), "published", \
            c.start, c.end
    year = ctx.published.year - (1 if _word_before(ctx, c.start) == "since" or (
        mood == "past" and not _target_before(ctx, c.start)) else 0)
    # "had $38 million at year's end", said in January; but "raised its forecast for the
    # index at year-end" is the coming one
    return "DATE", cal.day(date(year, 12, 31)), "published", c.start, c.end


#: Words of a sentence, for a look-up in a word list.
WORD = re.compile(r"[\w-]+")


def _target_before(ctx: Context, start: int) -> bool:
    """Does a forecast, target or goal word come before ``start`` in its sentence ("raised its
    forecast for the index at year-end", "set a goal of … by year-end")?"""
    targets = words().clause["target_words"]
    token = ctx.token_at(start)
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    if token is not None and token.lemma_.lower() in words().clause["attain_verbs"]:
        return False  # "it had reached the target by year-end": one passed
    return any(w.group().lower() in targets
               for w in WORD.finditer(ctx.text, ctx.sentence_start(start), start))


def _r_mid_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"by mid-year", "mid-year 2019": the middle of that year, else of the year the clause's
    tense points to (TimeML value the year, mod MID)."""
    if c.match.group("year"):
        return "DATE", cal.part_of(cal.year(int(c.match.group("year"))), "MID"), None, \
            c.start, c.end
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    instances = yearly(ctx.published, lambda y: cal.part_of(cal.year(y), "MID"))
    return "DATE", choose_instance(instances, ctx.published, mood), "published", c.start, c.end


def _r_year_part(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"this year's third quarter", "last year's first half": that part of that year."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    year = ctx.published.year + _rel_shift(c.match.group("qrel"))
    n = words().ordinals.get(c.match.group("ord").lower(), 0)
    if c.match.group("part").lower() == "half":
        n = 2 if n == -1 else n
        if n not in (1, 2):
            return None  # "this year's third half": no such part
        res = cal.half_of(cal.year(year), n)
    else:
        n = 4 if n == -1 else n
        if not 1 <= n <= 4:
            return None  # "this year's fifth quarter"
        res = cal.quarter(year, n)
    return "DATE", res, "published", c.start, c.end


def _r_half_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"earnings grew in the first half": that half of the year the clause's tense points to
    (TimeML 2024-H1), an ended one in a report of the past; "the first half of 2015" is another
    pattern's, "the first half hour" no half-year, a match report's halves neither."""
    if _word_before(ctx, c.start) not in words().clause["half_prepositions"]:
        return None  # "the end of the first half": a game's, most likely
    after = ctx.token_at(c.end + 1) if ctx.text[c.end:c.end + 1] == " " else None
    if after is not None and after.idx > c.end and after.pos_ in ("NOUN", "NUM"):
        return None  # "the first half hour", "the first half million users"
    if _sports_passage(ctx, c.start):
        return None  # "in the first half it felt good out there"
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    half = 1 if c.match.group("half").lower() == "first" else 2
    instances = yearly(ctx.published, lambda y: cal.half_of(cal.year(y), half))
    if mood == "past":
        ended = [r for r in instances if r.end is not None and r.end < ctx.published]
        if ended:
            return "DATE", max(ended, key=lambda r: r.end), "published", c.start, c.end
    return "DATE", choose_instance(instances, ctx.published, mood), "published", c.start, c.end


def _sports_passage(ctx: Context, start: int) -> bool:
    """Is the passage holding ``start`` (its paragraph or the one before) a match report: one
    word only sport uses ("goal", "referee") or two that sport uses most ("match", "coach")?"""
    index = ctx.paragraph(start)
    for para in (index, index - 1):
        if para < 0:
            continue
        key = ("sports", para)
        if key not in ctx.memo:
            ctx.memo[key] = _sports_paragraph(ctx, para)
        if ctx.memo[key]:
            return True
    return False


def _sports_paragraph(ctx: Context, index: int) -> bool:
    begin = ctx.paragraph_starts[index]
    end = (ctx.paragraph_starts[index + 1] if index + 1 < len(ctx.paragraph_starts)
           else len(ctx.text))
    span = ctx.span(begin, end)
    if span is None:
        return False
    lemmas = {t.lemma_.lower() for t in span}
    strong = lemmas & words().clause["sports_strong_lemmas"]
    return bool(strong) or len(lemmas & words().clause["sports_lemmas"]) >= 2


def _r_half_code(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"H1 2024", "2H 2024": a half year (TimeML 2024-H1)."""
    half = int(c.match.group("h") or c.match.group("h2"))
    return "DATE", cal.half_of(cal.year(int(c.match.group("year"))), half), None, c.start, c.end


def _r_week_of(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the first week of February": days 1-7 of that month (value: the month)."""
    g = c.match.groupdict()
    mon = _month_num(g.get("mon"))
    order = words().ordinals.get(g["ord"].lower(), 0)
    anchor = None
    if g.get("year"):
        month_res = cal.month(int(g["year"]), mon) if mon else NONE
    elif ctx.published and mon:
        month_res = _nearest_month(ctx.published, mon, mood)
        anchor = "published"
    else:
        return "DATE", NONE, "published", c.start, c.end
    if month_res.start is None or month_res.end is None or order == 0:
        return "DATE", NONE, anchor, c.start, c.end
    is_weekend = "weekend" in c.match.group().lower()
    if is_weekend:
        return "DATE", month_res, anchor, c.start, c.end
    if order > 0:
        first = month_res.start + timedelta(days=7 * (order - 1))
        last = min(first + timedelta(days=6), month_res.end)
    else:
        last = month_res.end
        first = last - timedelta(days=6)
    return "DATE", Resolved(month_res.value, first, last, "week"), anchor, c.start, c.end


def _r_part_of(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"early March", "mid-2024", "late last year", "the second half of 2024"."""
    g = c.match.groupdict()
    mod = _mod(g.get("mod"))
    anchor: str | None = None
    if g.get("year"):
        base = cal.year(int(g["year"]))
    elif g.get("wd"):
        if ctx.published is None:
            return "DATE", NONE, "published", c.start, c.end
        day_res = resolve_weekday(ctx.published, _weekday_num(g["wd"]) or 1, 0, mood)
        kind, res = with_part(day_res, g.get("part"))
        start = c.match.start("wd") if _behind_time(ctx.token_at(c.start)) else c.start
        return kind, res, "published", start, c.end
    elif g.get("mon"):
        mon = _month_num(g["mon"])
        if g.get("year2"):
            base = cal.month(int(g["year2"]), mon) if mon else NONE
        elif ctx.published and mon:
            base = _nearest_month(ctx.published, mon, mood)
            anchor = "published"
        else:
            base, anchor = NONE, "published"
    elif ctx.published is None:
        base, anchor = NONE, "published"
    elif g.get("season"):  # "the early summer", "late autumn": that season, by mood
        code = words().seasons[g["season"].lower()]
        instances = [cal.season(ctx.published.year + k, code) for k in (-1, 0, 1)]
        base, anchor = choose_instance(instances, ctx.published, mood), "published"
    elif g.get("rel"):
        base = resolve_unit_relative(ctx.published, g["relunit"], _rel_shift(g["rel"]))
        anchor = "published"
    else:
        base = resolve_unit_relative(ctx.published, g["thisunit"], 0)
        anchor = "published"
        unit = g["thisunit"].lower()
        index = ctx.text_anchor(c.start) if mood in ("past", NEAR) and unit in (
            "week", "month", "year") else None
        prior = ctx.found[index].res if index is not None else None
        if prior is not None and prior.start is not None and base.start is not None \
                and prior.start < base.start and prior.grain in ("day", "week", "month", "year") \
                and not (unit == "month" and prior.grain == "year") \
                and not (unit == "week" and prior.grain in ("month", "year")):
            # "The fire broke out on Feb. 17 … had expected full operations by the end of the
            # month": the passage's month, not the publication's
            base, anchor = cal.at_grain(prior.start, unit), "text"
    modifier = " ".join((g.get("mod") or "").lower().split())
    if "half" in modifier:
        return "DATE", cal.half_of(base, 1 if "first" in modifier else 2), anchor, c.start, c.end
    return "DATE", cal.part_of(base, mod) if mod else base, anchor, c.start, c.end


#: Verbs after which "late" or "early" says behind or ahead of time ("the train was late",
#: "ran late"), not a part of the day.
BEHIND_TIME_HEADS = frozenset({"be", "run"})


def _behind_time(token: Token | None) -> bool:
    """Is ``token`` ("late", "early") said of being behind or ahead of time ("the train was late
    on Monday", "flights were two hours late", "ran late"): a predicate or a measured degree,
    not a part of the day ("signed late on Monday"; "it was late on Monday when …", "the vote
    was late on Monday", whose subject is an event, and "prices were lower late on Friday",
    beside another predicate, are times)?"""
    if token is None or token.lower_ not in ("late", "early"):
        return False
    if any(child.dep_ in ("npadvmod", "advmod") for child in token.children):
        return True  # "two hours late", "too late"
    head = token.head
    if head.i == token.i or head.lemma_.lower() not in BEHIND_TIME_HEADS:
        return False
    if head.lemma_.lower() == "be" and any(child.dep_ in ("acomp", "attr", "oprd")
                                           and child.i != token.i for child in head.children):
        return False  # "markets were lower late on Friday", "was still awake late on Thursday"
    events = words().clause["event_nouns"]
    return not any(child.dep_ in ("nsubj", "expl") and child.lower_ in ("it", "that", "this")
                   or head.lemma_.lower() == "be" and child.dep_ in ("nsubj", "nsubjpass")
                   and child.lemma_.lower() in events
                   for child in head.children)  # "the vote was late on Monday night": a time


def _holiday_rule(key: str) -> Callable[[int], date | None]:
    """A holiday's day in a given year: a fixed month and day, an offset from Easter, or a
    weekday of a month ("the fourth Thursday of November")."""
    if key in words().easter_feasts:
        offset = words().easter_feasts[key]

        def moving(y: int) -> date | None:
            sunday = cal.easter(y)
            return sunday + timedelta(days=offset) if sunday else None
        return moving
    if key in words().weekday_holidays:
        month, weekday, which, after = words().weekday_holidays[key]
        return lambda y: _nth_weekday(y, month, weekday, which, after)
    mon, day_n = words().holidays[key]
    return lambda y: cal.safe_date(y, mon, day_n)


def _nth_weekday(year: int, month: int, weekday: int, which: int, after: int) -> date | None:
    """The ``which``-th ``weekday`` of the month (-1: the last), plus ``after`` days:
    Thanksgiving is the fourth Thursday of November, Election Day the day after the first
    Monday of November."""
    first = cal.safe_date(year, month, 1)
    if first is None:
        return None
    if which > 0:
        day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (which - 1))
    else:
        nxt = cal.shift_months(first, 1)
        if nxt is None:
            return None
        last = nxt - timedelta(days=1)
        day = last - timedelta(days=(last.isoweekday() - weekday) % 7)
    return day + timedelta(days=after)


def _table_holiday(ctx: Context, c: Candidate, key: str, mood: Mood) -> ResolverResult:
    """A feast of a lunar calendar from the lexicon's tables: "Passover", "Lunar New Year" (a
    day); "Ramadan", "Eid al-Fitr", "Diwali" (a window of days around the reckoned ones, whose
    value is the month or the year it lies in). In the year the text names, else by mood among
    those of the publication's year and its neighbours; none outside the tables' years."""
    w = words()
    if key in w.dated_holidays:
        instances = [cal.day(d) for d in w.dated_holidays[key]]
    else:
        margin = timedelta(days=w.reckoned_margin)
        instances = [_window(first - margin, last + margin)
                     for first, last in w.reckoned_holidays[key]]
    year = c.match.group("year")
    of_year = FEAST_OF_YEAR.match(ctx.text, c.end) if not year else None
    if year or of_year:
        # "Passover 2024", "the Diwali of 2022", "Ramadan in 2024", "the Passover massacre of
        # 2002": that year's
        named = [r for r in instances if r.start is not None
                 and r.start.year == int(year or of_year.group("year"))]  # type: ignore[union-attr]
        return "DATE", named[0] if len(named) == 1 else NONE, None, c.start, c.end
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    near = [r for r in instances if r.start is not None
            and abs(r.start.year - ctx.published.year) <= 1]
    years = {r.start.year for r in near if r.start is not None}
    if not {ctx.published.year - 1, ctx.published.year + 1} <= years:
        return "DATE", NONE, "published", c.start, c.end  # outside the tables' years
    if mood == "present":
        # "Rosh Hashanah falls in September": a calendar's timetable, the next one (or one
        # that ended these last days: "during Eid, millions perform the Hajj")
        since = ctx.published - timedelta(days=FEAST_JUST_PAST_DAYS)
        ahead = [r for r in near if r.start is not None and r.end is not None and r.end >= since]
        if ahead:
            return "DATE", min(ahead, key=lambda r: r.start), "published", c.start, c.end  # type: ignore[arg-type,return-value]
    return "DATE", choose_instance(near, ctx.published, mood), "published", c.start, c.end


#: How many days after a feast a present-tense clause still means it.
FEAST_JUST_PAST_DAYS = 7


#: A year named after a feast in its phrase: "the Diwali of 2022", "Ramadan in 2024", "the
#: Passover massacre of 2002".
FEAST_OF_YEAR = re.compile(r"(?:\s+[a-z]{3,15})?\s+(?i:of|in)\s+(?P<year>(?:19|20)\d\d)(?![\w/-])")


def _window(first: date, last: date) -> Resolved:
    """Days from ``first`` to ``last``, valued by the month or the year that holds them all."""
    if (first.year, first.month) == (last.year, last.month):
        value: str | None = f"{first.year:04d}-{first.month:02d}"
    else:
        value = f"{first.year:04d}" if first.year == last.year else None
    return Resolved(value, first, last, "")


def _r_holiday(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """Holidays ("Christmas", "New Year's Eve", "Easter", "Good Friday"), yearly like
    "Feb. 28"."""
    g = c.match.groupdict()
    key = " ".join(g["holiday"].lower().replace("’", "'").split())
    key = words().holiday_aliases.get(key, key)
    if key in words().dated_holidays or key in words().reckoned_holidays:
        return _table_holiday(ctx, c, key, mood)
    on_day = _holiday_rule(key)
    if g.get("year"):
        return "DATE", cal.day(on_day(int(g["year"]))), None, c.start, c.end
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    instances = yearly(ctx.published, lambda y: cal.day(on_day(y)))
    return "DATE", choose_instance(instances, ctx.published, mood), "published", c.start, c.end


def _r_season_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the summer of 2024": a meteorological season; "the winter of 2023-24" is the winter
    that starts in 2023 (a second year that does not follow the first is left out)."""
    code = words().seasons[c.match.group("season").lower()]
    year, end = int(c.match.group("year")), c.end
    second = c.match.group("next")
    if second and (code != "WI" or int(second[1:]) % 100 != (year + 1) % 100):
        end = c.match.end("year")
    return "DATE", cal.season(year, code), None, c.start, end


def _r_relative(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"last week", "this month", "next Monday", "last summer" (from the anchor)."""
    g = c.match.groupdict()
    shift = _rel_shift(g["rel"])
    start = c.start
    preceded_by_the = THE_BEFORE.search(ctx.text[max(0, start - 5):start])
    if g.get("relunit") and preceded_by_the and shift != 0:
        # "the past week", "the next year": a stretch of time, not a calendar period
        code = _unit_code(g["relunit"])
        start -= len(preceded_by_the.group())
        return "DURATION", Resolved(duration_value(1, code)), None, start, c.end
    if preceded_by_the and g["rel"].lower() == "current":
        start -= len(preceded_by_the.group())  # "the current quarter"
    if ctx.published is None:
        return "DATE", NONE, "published", start, c.end
    if shift == 0 and mood != "future" and (g.get("relunit") or "").lower() == "quarter" \
            and g["rel"].lower() == "this" and (_past_clause_verb(ctx, c.start) or (
                mood == "past" and POSSESSIVE_AFTER.match(ctx.text, c.end))):
        # only in a past clause ("this quarter's loss included"); a forecast or a present
        # clause ("expects revenue this quarter to rise") keeps the running quarter
        report = _reporting_quarter(ctx, c.start)
        if report is not None:  # "third-quarter net fell … This quarter's loss includes …":
            # the quarter the results are for, not the one running at publication
            return "DATE", ctx.found[report].res, "text", start, c.end
    anchor = ctx.published
    if g.get("wd"):
        res = resolve_weekday(anchor, _weekday_num(g["wd"]) or 1, shift, mood)
    elif g.get("mon"):
        res = resolve_month_relative(anchor, _month_num(g["mon"]) or 1, shift, mood)
    elif g.get("season"):
        res = resolve_season_relative(anchor, words().seasons[g["season"].lower()], shift, mood)
    else:
        if mood == "present" and shift == 0 and g["relunit"].lower() == "weekend":
            # "the final is this weekend", written from Tuesday to Friday, is the coming one;
            # on a Monday ("the violence this weekend is the worst in months") or at the weekend,
            # the nearest
            mood = "future" if 2 <= anchor.isoweekday() <= 5 else None
        res = resolve_unit_relative(anchor, g["relunit"], shift, mood)
    return "DATE", res, "published", start, c.end


def _r_this_part(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"earlier this year": the year up to the anchor; "later this month" after it."""
    g = c.match.groupdict()
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    unit = "day" if g.get("today") else g["relunit"].lower()
    base = resolve_unit_relative(ctx.published, unit, 0)
    if base.start is None or base.end is None:
        return "DATE", base, "published", c.start, c.end
    if g["edge"].lower() == "earlier":
        res = Resolved(base.value, base.start, ctx.published, base.grain)
    else:
        res = Resolved(base.value, ctx.published, base.end, base.grain)
    return "DATE", res, "published", c.start, c.end


def _r_relative_day(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"yesterday", "tomorrow afternoon", "tonight", "last night"."""
    g = c.match.groupdict()
    rd = g["rd"].lower()
    part = g.get("part")
    if rd == "tonight":
        part = "night"
    if rd in ("this", "last") and ctx.published:
        offset = -1 if rd == "last" and (part or "").lower() == "night" else 0
        if rd == "last" and offset == 0:
            return None  # "last evening" is rare and vague
        kind, res = with_part(cal.day(ctx.published + timedelta(days=offset)), part)
        return kind, res, "published", c.start, c.end
    if ctx.published is None:
        return ("TIME" if part else "DATE"), NONE, "published", c.start, c.end
    offset = words().relative_days.get(rd, 0)
    kind, res = with_part(cal.day(ctx.published + timedelta(days=offset)), part)
    return kind, res, "published", c.start, c.end


def _r_weekday(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"on Monday": the past one in a report, the next one in a future clause."""
    g = c.match.groupdict()
    wd = _weekday_num(g["wd"])
    if ctx.published is None or wd is None:
        return ("TIME" if g.get("part") else "DATE"), NONE, "published", c.start, c.end
    if mood in ("present", None) and POSSESSIVE_AFTER.match(ctx.text, c.end):
        # "Monday's debate is still news", "a win in Tuesday's primary": the day of an event
        # a present clause does not time; the nearest such day ("ahead of Monday's vote": the
        # next one); one a figure is measured from is past ("a premium over Thursday's
        # closing price")
        if _ahead_of(ctx, c.start):
            mood = "future"
        elif mood == "present":
            mood = "past" if _word_before(ctx, c.start) in words().clause[
                "measured_from_prepositions"] and _level_after(ctx, c.end) else NEAR
    kind, res = with_part(resolve_weekday(ctx.published, wd, 0, mood), g.get("part"))
    return kind, res, "published", c.start, c.end


def _past_clause_verb(ctx: Context, start: int) -> bool:
    """Is the verb governing the token at ``start`` in the simple past ("earned $3 million
    this quarter", "was $1 billion"), not a present, perfect or passive present ("is
    projected", "has spent", "sees")?"""
    token = ctx.token_at(start)
    for _ in range(6):
        if token is None:
            return False
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"):
            break
        if token.head.i == token.i:
            return False
        token = token.head
    else:
        return False
    if token.tag_ == "VBD":
        return True
    return token.tag_ == "VBN" and any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD"
                                       for a in token.children)  # "was booked", "had spent"


def _ahead_of(ctx: Context, start: int) -> bool:
    """Does "ahead of" (or the like) stand right before ``start``: what follows is to come?"""
    before = " ".join(ctx.text[max(0, start - 20):start].lower().split())
    return any(before.endswith(phrase) for phrase in words().clause["ahead_phrases"])


#: A possessive right after a weekday ("Monday's debate", "Tuesday night’s vote").
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
#: The two words after a possessive ("'s closing price").
WORDS_AFTER_POSSESSIVE = re.compile(r"['’]s\s+([\w-]+)(?:\s+([\w-]+))?")


def _level_after(ctx: Context, end: int) -> bool:
    """Is a weekday's possessive at ``end`` a price or level a figure is measured from
    ("over Thursday's closing price", "above Friday's high"), not an event ("applies from
    Thursday's session", "from Thursday's opening of the box office")?"""
    m = WORDS_AFTER_POSSESSIVE.match(ctx.text, end)
    return m is not None and any((w or "").lower() in words().clause["measured_level_words"]
                                 for w in m.groups())



#: "in" right before a duration ("in two weeks").
IN_BEFORE = re.compile(r"\b(?i:in)\s+$")


def _r_ago(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"three years ago": a date at the unit's granularity; vague counts are PAST_REF."""
    g = c.match.groupdict()
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    amount, code = _num(g["num"]), _unit_code(g["unit"])
    if amount == 1 and code == "Y":
        index = _quarter_of_report(ctx, c.start)
        if index is not None:  # "net income rose from $5 million a year ago": that quarter's
            return "DATE", _year_back(ctx.found[index].res), "text", c.start, c.end
        index = _compared_period(ctx, c.start, "year")
        if index is not None and ctx.found[index].res.grain == "month":
            # "sales in December rose 5 percent from a year ago": December a year back
            return "DATE", _year_back(ctx.found[index].res), "text", c.start, c.end
    kind, res = units_from(ctx.published, amount, code, -1)
    return kind, res, "published", c.start, c.end


#: Kinds that already count a year back ("a year earlier", "year-ago"): never a base to count
#: a year back from again.
YEAR_BACK_KINDS = frozenset({"year_ago", "ago", "anchored"})


def _reporting_quarter(ctx: Context, start: int, money: bool = True) -> int | None:
    """The quarter a document reports on: its first quarter named outright ("third-quarter
    net", "the quarter ended Sept. 30") that has ended, not long before publication, when the
    sentence at ``start`` is about money. Year-earlier periods are counted from it, never from
    a quarter mentioned in passing ("after a flat second quarter") or one forecast."""
    if ctx.published is None or (money and not (_about_money(ctx, start)
                                                 or _money_amount(ctx, start))):
        return None
    for index, prior in enumerate(ctx.found):
        if prior.start >= start:
            return None
        end = prior.res.end
        if prior.kind in ("quarter", "the_quarter") and prior.type == "DATE" \
                and prior.res.grain == "quarter" and end is not None and end <= ctx.published \
                and (ctx.published - end).days <= RECENT_QUARTER_DAYS:
            return index
    return None


def _quarter_of_report(ctx: Context, start: int) -> int | None:
    """The quarter an earnings passage reports on (its last named quarter, a few passages back
    at most), for a sentence at ``start`` about money."""
    index = _prior_period(ctx, start, ("quarter",), REPORT_PARAGRAPHS)
    if index is None or ctx.published is None or not (
            _about_money(ctx, start) or _money_amount(ctx, start)):
        return None
    end = ctx.found[index].res.end
    recent = end is not None and abs((ctx.published - end).days) <= RECENT_QUARTER_DAYS
    return index if recent else None  # "the first quarter of 2019 … a year ago": not that one


def _year_back(res: Resolved) -> Resolved:
    """The same quarter or half a year earlier."""
    if res.start is None:
        return NONE
    moved = cal.shift(res.start, "year", -1)
    if moved is None:
        return NONE
    if res.grain == "half":
        return cal.half_of(cal.year(moved.year), 1 if moved.month <= 6 else 2)
    return cal.at_grain(moved, res.grain)


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


def _word_before(ctx: Context, start: int) -> str:
    """The word right before ``start``, lower-cased ("" at the start of the text)."""
    before = ctx.text[max(0, start - 20):start].split()
    return before[-1].lower() if before else ""


def _followed_by_phrase(ctx: Context, end: int) -> bool:
    """True when a noun phrase follows ("two days before the vote"): the expression is then
    a duration relative to an event, not a date."""
    rest = ctx.text[end:end + 40]
    if not rest[:1].isspace():
        return False
    token = ctx.token_at(end + len(rest) - len(rest.lstrip()))
    return token is not None and token.idx >= end and (token.pos_ in (
        "DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ") or token.tag_ == "VBG")  # "after leaving"


def _deictic_ok(direction: int, mood: Mood) -> bool:
    """May an anaphoric expression with no earlier date in its passage fall back on the
    publication date? Looking back ("two days earlier", "the day before") it may: that reads as
    "before now". Looking forward ("two years later", "the next day") only in a future clause;
    in a report of the past it counts from an event the text does not date, so the value stays
    unknown rather than invented (TimeML leaves such a value unresolved)."""
    return direction <= 0 or mood == "future"


#: "than" right after an expression ("a few hours earlier than planned").
THAN_AFTER = re.compile(r"\s+(?i:than)\b")


def _anchor_not_ahead(ctx: Context, start: int) -> bool:
    """Is what "a few days earlier" counts back from not after the publication date (no date in
    the passage, or a past one)? Then the expression lies in the past."""
    index = ctx.text_anchor(start)
    if index is None:
        return True
    end = ctx.found[index].res.end
    return ctx.published is not None and end is not None and end <= ctx.published


def _r_anchored(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"two days before", "a week later": from the passage's last date; before a noun phrase ("two
    days before the vote") a duration."""
    g = c.match.groupdict()
    amount = _num(g["num"])
    code = _unit_code(g["unit"])
    direction = words().anchored_offsets.get(g["dir"].lower(), 1)
    length_before = _followed_by_phrase(ctx, c.end) and g["dir"].lower() in ("before", "after")
    if code == "H" and amount is not None and amount >= 24 and amount % 24 == 0 \
            and not length_before and not THAN_AFTER.match(ctx.text, c.end):
        amount, code = amount / 24, "D"  # "48 hours later" than a date is a date
    if length_before:
        end = c.start + len(ctx.text[c.start:c.match.start("dir")].rstrip())
        return "DURATION", Resolved(duration_value(amount, code)), None, c.start, end
    if amount is None and not THAN_AFTER.match(ctx.text, c.end) and (
            (direction < 0 and mood != "future" and _anchor_not_ahead(ctx, c.start))
            or (direction > 0 and mood == "future")):
        # "a few hours earlier" with no date to count from: some time back; "several days
        # later" in a future clause: ahead; "a few hours earlier than planned" is neither
        return "DATE", Resolved("PAST_REF" if direction < 0 else "FUTURE_REF"), None, c.start, \
            c.end
    grain = UNIT_GRAIN.get(code)
    if code == "DE" and amount is not None:
        # "two decades earlier" names a year, not a decade (as "a decade ago"); "a century
        # earlier" stays a century, a year would be too precise
        amount, grain = amount * 10, "year"
    if grain is None or amount is None:
        # "six minutes later", "a few days later": a stretch of time, no calendar date
        # (TimeBank writes "a few days" PXD before its "later")
        end = c.start + len(ctx.text[c.start:c.match.start("dir")].rstrip())
        return "DURATION", Resolved(duration_value(amount, code)), None, c.start, end
    index = _compared_period(ctx, c.start, grain) if direction < 0 and amount == 1 else None
    if index is None:
        index = ctx.text_anchor(c.start)
    if index is not None and direction < 0 and amount == 1 and grain == "year" \
            and ctx.found[index].kind in YEAR_BACK_KINDS \
            and ctx.found[index].start < ctx.sentence_start(c.start) \
            and COMPARISON_CUE.search(ctx.text, ctx.sentence_start(c.start), c.start):
        # "net for the nine months rose from $163 million a year earlier" after "… up from
        # $58 million a year earlier": the same year-back period, never one shifted twice;
        # but one that opens the same sentence is its time frame ("Two years ago, Acme earned
        # $5 million, up from $3 million a year earlier": a year before that)
        report = _quarter_of_report(ctx, c.start)
        if report is None:
            return "DATE", ctx.found[index].res, "text", c.start, c.end
        index = report
    if index is None and not _deictic_ok(direction, mood):
        return "DATE", NONE, None, c.start, c.end
    base = ctx.found[index].res if index is not None else cal.day(ctx.published)
    if amount is None or grain is None or base.start is None or amount != int(amount):
        return "DATE", NONE, "text", c.start, c.end
    if base.grain == "month" and grain == "year" and direction < 0:
        # "7 percent in November, down from 7.9 percent a year earlier": November a year back
        moved = cal.shift(base.start, "year", -int(amount))
        return "DATE", cal.at_grain(moved, "month") if moved else NONE, "text", c.start, c.end
    if base.grain != "day" and grain in ("day", "week"):
        return "DATE", NONE, "text", c.start, c.end
    if base.grain in ("quarter", "half") and grain == "year" and amount == 1 and direction < 0:
        return "DATE", _year_back(base), "text", c.start, c.end  # the third quarter a year earlier
    moved = cal.shift(base.start, grain, direction * int(amount))
    # "a week later" than a day is a day; "two years later" than a month is a year
    res = cal.at_grain(moved, "day" if base.grain == "day" and grain == "week" else grain) \
        if moved else NONE
    return "DATE", res, "text", c.start, c.end


#: Words that compare a figure with an earlier one ("up from", "compared with", "than").
COMPARISON_CUE = re.compile(
    r"(?i)\b(?:from|compared|than|versus|vs\.?|against|over|since)\b")


def _compared_period(ctx: Context, start: int, grain: str | None) -> int | None:
    """The period a figure of the sentence is measured over, which "a year earlier" or "a
    month earlier" compares with: the sentence's last month, quarter or year before ``start``,
    explicit or not ("booked 1,355 orders last year, up from 1,203 a year earlier")."""
    if grain not in ("year", "month"):
        return None
    sent_start = ctx.sentence_start(start)
    wanted = ("year", "half", "quarter", "month") if grain == "year" else ("month",)
    found = [index for index, prior in enumerate(ctx.found)
             if sent_start <= prior.start < start and prior.type == "DATE"
             and prior.res.start is not None and prior.res.grain in wanted]
    if not found:
        return None
    cues = list(COMPARISON_CUE.finditer(ctx.text, ctx.found[found[0]].end, start))
    if not cues:
        return None  # "Obama, who was re-elected in November, promised a year ago …"
    before_cue = [index for index in found if ctx.found[index].end <= cues[-1].start()]
    return before_cue[-1] if before_cue else None  # the last period before the comparison:
    # "The company, founded in 1998, said revenue in February rose 4% from a year earlier"


def _r_next_day(ctx: Context, c: Candidate, mood: Mood,
                anchor_grains: frozenset[str] | None = None) -> ResolverResult:
    """"the next day", "the following week", "that day": from the passage's last date (only
    one of ``anchor_grains`` when given, else the publication date)."""
    g = c.match.groupdict()
    which = (g.get("which") or "").lower()
    direction = (g.get("dir") or "").lower()
    unit = g["unit"].lower()
    if direction and _followed_by_phrase(ctx, c.end):
        return None
    if not which and not direction and g["the"].lower() != "that":
        return _r_the_year(ctx, c) if unit == "year" else None
    stretch = which in ("next", "following") and unit in ("day", "week", "month", "year",
                                                              "quarter")
    before = _word_before(ctx, c.start)
    as_stretch = "DURATION", Resolved(duration_value(1, _unit_code(unit))), None, c.start, c.end
    if stretch and before in words().clause["stretch_prepositions"]:
        # "over the next week", "within the following month": a stretch from now, as long as
        # one unit (TimeML's "the next three months" without a number)
        return as_stretch
    if which in ("previous", "preceding") or direction in ("before", "earlier"):
        step = -1
    elif which in ("next", "following") or direction in ("after", "later"):
        step = 1
    else:
        step = 0
    index = ctx.text_anchor(c.start)
    if index is not None and anchor_grains is not None \
            and ctx.found[index].res.grain not in anchor_grains:
        if not _deictic_ok(step, mood):
            # "In 2021, exports fell. In the following quarter, …": a date of the story that
            # the year does not fix
            return "DATE", NONE, "text", c.start, c.end
        index = None
    if index is None and not _deictic_ok(step, mood):
        # "has scheduled stops in the next week": no date to count from, still a stretch
        return as_stretch if stretch and before in ("in", "for") else ("DATE", NONE, None,
                                                                       c.start, c.end)
    base = ctx.found[index].res if index is not None else cal.day(ctx.published)
    if base.start is None:
        return "DATE", NONE, "text", c.start, c.end
    part = unit if unit in words().day_parts else None
    grain = "day" if part else unit
    if grain in ("day", "week") and base.grain != "day":
        # "that day", "that night" after a month: which day?
        return ("TIME" if part else "DATE"), NONE, "text", c.start, c.end
    if grain == "weekend":
        res = cal.weekend_of(base.start + timedelta(weeks=step))
    else:
        moved = cal.shift(base.start, grain, step)
        res = cal.at_grain(moved, grain) if moved else NONE
    kind, res = with_part(res, part)
    return kind, res, "text", c.start, c.end


#: What may follow "the year" for it to be a time: not a relative clause ("the year he was
#: born") nor a name ("the year of the dragon", "the Year 2000 problem").
THE_YEAR_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?i:and|but|to|through|as|from|because)\b)")


#: "the year [ended March 31]", "the year [to June]": a twelve-month period up to a date.
YEAR_ENDED = re.compile(r"\s+(?i:ended|ending|to)\s+(?:[A-Z][a-z]+\b|\d)")


def _r_the_year(ctx: Context, c: Candidate) -> ResolverResult | None:
    """"for the year", "in the year", "the first nine months of the year": the year the passage
    speaks of (the year of its last date, else the publication year), as TimeBank marks it;
    "the year ended March 31" is a year's length (TimeML DURATION P1Y)."""
    clause = words().clause
    before = ctx.text[max(0, c.start - 40):c.start].lower().split()
    if not before:
        return None
    if YEAR_ENDED.match(ctx.text, c.end):
        if before[-1] in clause["the_year_prepositions"]:
            return "DURATION", Resolved("P1Y"), None, c.start, c.end  # "for the year ended
            # March 31": a fiscal year, which TimeBank writes as a year's length
        return None
    of_a_part = before[-1] == "of" and len(before) > 1 and before[-2] in clause["year_part_nouns"]
    if not (before[-1] in clause["the_year_prepositions"] or of_a_part):
        return None
    if not THE_YEAR_AFTER.match(ctx.text, c.end):
        return None
    return _passage_year(ctx, c)


def _r_full_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"for the full year", "the whole year": the year the passage speaks of; how long
    something went on after a verb of length ("the siege lasted the whole year": P1Y)."""
    named = FULL_YEAR_NAMED.match(ctx.text, c.end)
    if named and named.group("year"):  # "for the full year 2022", "the whole year of 2022"
        return "DATE", cal.year(int(named.group("year"))), None, c.start, c.end
    if named or FULL_YEAR_CLAUSE.match(ctx.text, c.end):
        return None  # "the whole year last year": that year's own words; "the whole year since"
    token = ctx.token_at(c.end - 1)
    if token is not None and token.head.lemma_.lower() in words().clause["length_verbs"]:
        return "DURATION", Resolved("P1Y"), None, c.start, c.end
    return _passage_year(ctx, c)


#: A clause or anchor after "the whole year" ("since the invasion", "he was away").
FULL_YEAR_CLAUSE = re.compile(r"\s+(?i:since|that|when|before|after|ago|he|she|they|we|i|it|"
                              r"you)\b")

#: A year named right after "the full year": "2022", "of 2022", "last year".
FULL_YEAR_NAMED = re.compile(r"\s+(?:(?i:of)\s+)?(?:(?P<year>[12]\d{3})\b|(?i:last|next|this)\s+"
                             r"(?i:year)\b)")


def _passage_year(ctx: Context, c: Candidate) -> ResolverResult | None:
    """The year of the passage's last date ("In 2014 … for the year"), else the publication
    year; never a year ahead of publication in a past clause."""
    index = ctx.text_anchor(c.start)
    named = _prior_period(ctx, c.start, ("year",), ANCHOR_PARAGRAPHS)  # "fell 2.1% last
    # year. For the year, …": a year named relatively counts too
    if named is not None and (index is None or named > index):
        index = named
    if index is not None and since_start(ctx, ctx.found[index].start) is not None:
        index = None  # "views have improved since 2009 ... in the year": not 2009
    base = ctx.found[index].res if index is not None else None
    if base is not None and base.start is not None:
        if not (ctx.published is not None and base.start.year > ctx.published.year
                and clause_mood(ctx.span(c.start, c.end)) == "past"):
            return "DATE", cal.year(base.start.year), "text", c.start, c.end
        # "Elections are due in 2024. Over the year, Russia lost …": not that year
    if ctx.published is None:
        return "DATE", NONE, None, c.start, c.end
    return "DATE", cal.year(ctx.published.year), "published", c.start, c.end


def _r_that_named(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"that November", "that summer", "that Friday": the one of the passage's last explicit
    date ("lost the election in 1972 ... that November" is 1972-11); with no such date the value
    stays unknown. "prices that fall" is a relative clause, not a season."""
    g = c.match.groupdict()
    if g.get("season"):
        token = ctx.token_at(c.match.start("season"))
        if token is None or token.pos_ not in ("NOUN", "PROPN"):
            return None
    index = ctx.text_anchor(c.start)
    base = ctx.found[index].res if index is not None else NONE
    if base.start is None:
        return "DATE", NONE, None, c.start, c.end
    year = base.start.year
    if g.get("mon"):
        mon = _month_num(g["mon"])
        res = cal.month(year, mon) if mon else NONE
    elif g.get("season"):
        res = cal.season(year, words().seasons[g["season"].lower()])
    else:
        wd = _weekday_num(g["wd"])
        if wd is None or base.grain not in ("day", "week"):
            return "DATE", NONE, None, c.start, c.end
        res = cal.day(base.start + timedelta(days=wd - base.start.isoweekday()))
    return "DATE", res, "text", c.start, c.end


def _r_temponym_911(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"9/11", "the Sept. 11 attacks": 11 September 2001, whatever the publication date."""
    return "DATE", cal.day(date(2001, 9, 11)), None, c.start, c.end


def _r_at_the_time(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"at the time": the time its own sentence named last ("in a speech six weeks ago,
    saying at the time"), else the passage's last explicit date, or nothing."""
    time = ctx.token_at(c.end - 1)
    if time is not None and any(t.dep_ == "prep" or (t.dep_ in ("relcl", "acl")
                                                     and t.left_edge.lower_ != "that"
                                                     and not _after_speech_verb(time))
                                for t in time.children):
        return None  # "at the time Howes was captured", "at the time of the vote": a conjunction
    index = ctx.text_anchor(c.start, same_sentence=True)
    if index is None:
        return "DATE", NONE, None, c.start, c.end
    return "DATE", ctx.found[index].res, "text", c.start, c.end


@cache
def speech_verbs() -> frozenset[str]:
    """The reporting verbs the claims component reads (one list for both), loaded once."""
    return lexicon.words("speech_verbs.txt")


def _after_speech_verb(token: Token) -> bool:
    """Is ``token`` in a phrase right after a verb of saying ("saying at the time he was
    willing": what he said, not a time he was willing)?"""
    head = token.head.head if token.dep_ == "pobj" else token.head
    return head.lemma_.lower() in speech_verbs() \
        and head.i < token.i and token.i - head.i <= 4


def _prior_period(ctx: Context, start: int, grains: tuple[str, ...],
                  paragraphs: int) -> int | None:
    """The index in ``found`` of the last date of one of ``grains`` at most ``paragraphs``
    passages back, not itself a year-earlier period (nor "the 1988 quarter" set beside the
    one reported)."""
    paragraph = ctx.paragraph(start)
    for index in range(len(ctx.found) - 1, max(-1, len(ctx.found) - 1 - LOOK_BACK), -1):
        prior = ctx.found[index]
        if paragraph - ctx.paragraph(prior.start) > paragraphs:
            return None
        if prior.kind not in YEAR_BACK_KINDS and prior.type == "DATE" \
                and prior.res.grain in grains and not (prior.kind == "year"
                                                       and prior.res.grain == "quarter"):
            return index
    return None


def _last_quarter(published: date) -> Resolved:
    """The last quarter that ended before ``published``: the one earnings reports cover."""
    moved = cal.shift(published, "quarter", -1)
    return NONE if moved is None else cal.at_grain(moved, "quarter")


def _r_the_quarter(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the quarter", "the latest quarter", "that quarter", "the latest period", "the quarter
    ended Sept. 30": a business quarter. The quarter a recent passage named ("the third
    quarter … for the quarter"), the one holding the month it ended in, else the last one that
    ended (what a report of earnings covers; the running one in a clause that looks ahead).
    Without a lead word ("latest") it is a time only in a sentence about earnings, never in a
    match report or a text that names a city's quarter ("the Christian quarter")."""
    g = c.match.groupdict()
    lead = " ".join((g.get("qlead") or g.get("plead") or "").lower().split())
    anaphoric = lead == "same" or bool(g.get("that")) or bool(g.get("plead"))
    bare = lead in ("", "same")
    if ctx.published is None or (bare and POSSESSIVE_AFTER.match(ctx.text, c.end)) \
            or (_sports_sentence(ctx, c.start) and not _money_amount(ctx, c.start)) \
            or (bare and _names_a_district(ctx)):
        return None  # "the quarter's end"; "scored 12 points in the quarter" (but "cut
        # $100 million during the quarter, within $100 million of its goal" is no game)
    prior = _prior_period(ctx, c.start, ("quarter",),
                          ANCHOR_PARAGRAPHS if anaphoric else REPORT_PARAGRAPHS)
    if prior is not None and lead in ("latest", "most recent", "just-ended", "just ended") \
            and (ctx.found[prior].res.end or date.min) > ctx.published:
        prior = None  # "a fourth-quarter charge is expected … in the latest quarter": not the
        # quarter still running, the last one that ended
    near = prior is not None and ctx.paragraph(ctx.found[prior].start) == ctx.paragraph(c.start)
    money = _about_money(ctx, c.start, "quarter_finance") or _money_amount(ctx, c.start)
    weak = _about_money(ctx, c.start, "quarter_money_signs") \
        or _word_before(ctx, c.start) in words().clause["quarter_time_prepositions"]
    if bare and not g.get("qmon") and not money and not (prior is not None and weak) \
            and not (anaphoric and near):
        return None  # "heavy losses in the quarter": a district; "the same period saw …"
    if prior is not None:
        return "DATE", ctx.found[prior].res, "text", c.start, c.end
    if lead in ("latest", "most recent") and (money or weak):
        # "gains in the latest period", "the latest quarter's results" with no quarter named
        # near: the quarter the document reports on, else (for "quarter", never "period":
        # "prices rose 0.3% in the latest period" may be a month) the last one that ended
        report = _reporting_quarter(ctx, c.start)
        if report is not None:
            return "DATE", ctx.found[report].res, "text", c.start, c.end
        if g.get("plead"):
            return None
        return "DATE", _last_quarter(ctx.published), "published", c.start, c.end
    if anaphoric:
        return None  # "that quarter", "the same period": only after a quarter
    month = _month_num(g.get("qmon"))
    if month is not None:
        instances = yearly(ctx.published, lambda y: cal.at_grain(date(y, month, 1), "quarter"))
        return "DATE", choose_instance(instances, ctx.published, "past"), "published", \
            c.start, c.end
    if not lead and mood == "future":
        return "DATE", cal.at_grain(ctx.published, "quarter"), "published", c.start, c.end
    return "DATE", _last_quarter(ctx.published), "published", c.start, c.end


#: A city's quarter named in the text ("the Christian quarter", "the old quarter", "the
#: Armenian Quarter"), not a business one ("the June quarter", a headline's "Best Quarter").
DISTRICT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Oo]ld|historic)\s+(?!(?:First|Second|Third|Fourth|"
                      r"Final|Last|Next|Fiscal|Calendar|Financial|Same|Latest|Current|Best|Worst|Record|"
                      r"Strong|Weak|Busy|January|February|March|April|May|June|July|August|"
                      r"September|October|November|December)\b)(?:[A-Z][a-z]+|old)\s+[Qq]uarter\b"
                      r"(?![-\s]+(?i:century|of\s+\d))")

#: A sum of money in a sentence: a currency sign before a figure.
MONEY_AMOUNT = re.compile(r"[$€£¥]\s?\d")


def _money_amount(ctx: Context, start: int) -> bool:
    """Does the sentence at ``start`` hold a sum of money ("lost $5 million")?"""
    return _sentence_says(ctx, start, "money_amount",
                          lambda sent: MONEY_AMOUNT.search(sent.text) is not None)


def _sentence_says(ctx: Context, start: int, name: str, test: Callable[[Span], bool]) -> bool:
    """``test`` on the sentence holding ``start``, asked once per sentence (memoised under
    ``name``); False in an unparsed Doc."""
    sent = ctx.sentence(start)
    if sent is None:
        return False
    key = (name, sent.start)
    if key not in ctx.memo:
        ctx.memo[key] = test(sent)
    return ctx.memo[key]


def _sports_sentence(ctx: Context, start: int) -> bool:
    """Does the sentence at ``start`` speak of a game ("scored 12 points in the quarter")?"""
    clause = words().clause
    sports = clause["sports_lemmas"] | clause["sports_strong_lemmas"]
    return _sentence_says(ctx, start, "sports_sentence",
                          lambda sent: any(t.lemma_.lower() in sports for t in sent))


def _names_a_district(ctx: Context) -> bool:
    """Does the text name a city's quarter anywhere (memoised per document)?"""
    key = ("district", 0)
    if key not in ctx.memo:
        ctx.memo[key] = DISTRICT.search(ctx.text) is not None
    return ctx.memo[key]


def _r_fiscal_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the fiscal year", "the current fiscal year" (the anchor's year), "the latest fiscal
    year" (the one before), "the new fiscal year" (the next): years as TimeBank writes them,
    with no interval (fiscal years start on different dates)."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    rel = (c.match.group("fyrel") or "").lower()
    shift = -1 if rel in ("latest", "last", "previous", "past") \
        else 1 if rel in ("new", "next", "coming") else 0
    return "DATE", Resolved(f"{ctx.published.year + shift:04d}"), "published", c.start, c.end


def _about_money(ctx: Context, start: int, word_list: str = "quarter_finance") -> bool:
    """Does the sentence at ``start`` hold a word of ``word_list`` in ``times.json``: earnings,
    sales, output; or, weaker, a money sign?"""
    found = words().clause[word_list]
    return _sentence_says(ctx, start, word_list,
                          lambda sent: any(t.lower_ in found for t in sent))


def _r_year_ago(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"year-earlier profit", "the year-ago quarter": the period a year before the one the
    passage speaks of (the third quarter's a year back), else the year before publication."""
    g = c.match.groupdict()
    unit = (g.get("yunit") or g.get("punit") or g.get("lunit") or "").lower()
    grains = ("quarter",) if unit == "quarter" else ("quarter", "month", "half")
    prior = _prior_period(ctx, c.start, grains, ANCHOR_PARAGRAPHS)
    if g.get("punit") or g.get("lunit"):
        compared = _compared_period(ctx, c.start, "year")
        prior = compared if compared is not None and ctx.found[compared].res.grain in grains \
            else prior  # "sales in May rose from the same period last year": May a year back
    if unit in ("quarter", "period") and (prior is None or _passing_period(ctx, prior, c.start)):
        report = _reporting_quarter(ctx, c.start)
        prior = report if report is not None else prior
    base = ctx.found[prior].res if prior is not None else None
    if base is None and ctx.published is not None:
        base = _last_quarter(ctx.published) if unit == "quarter" \
            else cal.year(ctx.published.year)
    if base is None:
        return "DATE", NONE, None, c.start, c.end
    return "DATE", _year_back(base), "text" if prior is not None else "published", c.start, c.end


def _passing_period(ctx: Context, index: int, start: int) -> bool:
    """May the quarter at ``index`` not be the one "the year-ago period" at ``start`` compares
    with? Only a quarter of the same sentence that a comparison follows ("second-quarter sales
    rose from the year-earlier period") surely is; one still to come ("losses through the third
    quarter of 1990") or mentioned in passing ("after a flat second quarter") gives way to the
    quarter the document reports on."""
    prior = ctx.found[index]
    if prior.res.grain != "quarter":
        return False
    if ctx.published is not None and (prior.res.end or date.min) > ctx.published:
        return True
    return prior.start < ctx.sentence_start(start) \
        or COMPARISON_CUE.search(ctx.text, prior.end, start) is None


def _some_day(ctx: Context, c: Candidate, mood: Mood) -> bool:
    """Is "one day" the idiom "some day" ("hopes one day to", "will one day rule"), not a
    stretch ("lasted one day", "will take one day", "for one day", "one day before")?"""
    if not c.match.group(0).rstrip().lower().endswith("day"):
        return False
    before = _word_before(ctx, c.start)
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


def _r_vague_old(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """ "a decades-old conflict", "a years-old feud": a length of unknown size (PXDE, PXY);
    nobody is decades old, so any noun but a person's will do."""
    noun = _aged_noun(ctx, c.end)
    if noun is None or noun.lower_ in _person_nouns() or noun.lemma_.lower() in _person_nouns():
        return None
    code = _unit_code(c.match.group("unit")[:-1])  # "centuries" -> "centurie" -> CE
    return "DURATION", Resolved(duration_value(None, code)), None, c.start, c.end


def _r_duration(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"three years", "48 hours", "the past few days": TimeML durations."""
    g = c.match.groupdict()
    if g.get("lead"):
        lead = ctx.token_at(c.match.start("lead"))
        if lead is not None and lead.pos_ in ("VERB", "AUX"):
            # "the storms last two days": the verb "last", not "the last two days"
            again = pattern("duration").match(ctx.text, c.match.end("lead"))
            if again is None or again.group("lead"):
                return None
            return _r_duration(ctx, Candidate(c.kind, again.start(), again.end(), again,
                                              c.priority), mood)
    if g.get("old") and not _aged_thing(ctx, c.end):
        return None  # "a 5-year-old girl": an age, which the quantities component reads
    code = _unit_code(g["unit"])
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
        # "in recent days", "recent years": some time up to now, no length (TimeBank and
        # HeidelTime write PAST_REF)
        return "DATE", Resolved("PAST_REF"), None, c.start, c.end
    if g["num"].lower() == "coming" and not g.get("lead"):
        # "in the coming days", "coming quarters": a stretch of unknown length ahead, as
        # TimeBank writes it (PXD; HeidelTime reads FUTURE_REF)
        return "DURATION", Resolved(duration_value(None, code)), None, c.start, c.end
    if code == "Q" and ((not g.get("lead") and not STRETCH_WORDS.search(c.match.group(0)))
                        or QUARTER_CENTURY.match(ctx.text, c.end)):
        return None  # "three quarters of voters", "the past quarter century": no quarters
    amount = _num(g["num"])
    if amount is not None and g.get("andhalf"):
        amount += 0.5  # "a year and a half"
    if (mood == "future" and ctx.published is not None and not g.get("lead")
            and IN_BEFORE.search(ctx.text, max(0, c.start - 4), c.start)
            and firm_future(ctx.span(c.start, c.end))):
        # "the vote will be held in two weeks": two weeks from now, a date
        kind, res = units_from(ctx.published, amount, code, 1)
        if res.value is not None:
            return kind, res, "published", c.start, c.end
    return "DURATION", Resolved(duration_value(amount, code)), None, c.start, c.end


def _r_set_every(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"every week", "every Monday", "every other year": TimeML sets."""
    g = c.match.groupdict()
    every = 2 if g.get("other") else 1
    if g.get("wd"):
        part = words().day_parts.get((g.get("wdpart") or "").lower(), "")
        part = f"T{part}" if part else ""  # "every Monday night": XXXX-WXX-1TNI
        return "SET", Resolved(f"XXXX-WXX-{_weekday_num(g['wd'])}{part}"), None, c.start, c.end
    if g.get("season"):
        return "SET", Resolved(f"XXXX-{words().seasons[g['season'].lower()]}"), None, c.start, c.end
    if g.get("mon"):
        return "SET", Resolved(f"XXXX-{_month_num(g['mon']):02d}"), None, c.start, c.end
    if g.get("part"):  # "every morning": that part of any day
        code = words().day_parts.get(g["part"].lower())
        return "SET", Resolved(f"XXXX-XX-XXT{code}"), None, c.start, c.end
    amount = _num(g.get("n")) if g.get("n") else 1.0
    amount = None if amount is None else amount * every
    return "SET", Resolved(duration_value(amount, _unit_code(g["unit"]))), None, c.start, c.end


def _r_set_times(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"twice a week": a set with the unit's period."""
    value = duration_value(1, _unit_code(c.match.group("unit")))
    return "SET", Resolved(value), None, c.start, c.end


def _r_set_adverb(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"daily", "weekly": sets."""
    value = words().set_adverbs[c.match.group("adv").lower()]
    return "SET", Resolved(value), None, c.start, c.end


def _clock_day(ctx: Context, start: int) -> tuple[Resolved, str | None]:
    """The day a clock time falls on: a day-level date earlier in its sentence, else the
    publication date."""
    sent_start = ctx.sentence_start(start)
    for index in range(len(ctx.found) - 1, max(-1, len(ctx.found) - 1 - LOOK_BACK), -1):
        prior = ctx.found[index]
        if prior.start < sent_start:
            break
        if prior.res.grain == "day" and prior.type in ("DATE", "TIME"):
            return prior.res, "text"
    return cal.day(ctx.published) if ctx.published else NONE, "published"


def _r_clock(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"10 a.m.", "22:30 GMT": a clock time on the day the sentence names."""
    g = c.match.groupdict()
    hour, minute = int(g["h"]), int(g["m"] or 0)
    ampm = (g.get("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    elif hour > 24 or (hour == 24 and minute):
        return None
    elif 1 <= hour <= 11 and ":" in c.match.group() and _after_an_evening_clock(ctx, c.start,
                                                                                hour + 12):
        hour += 12  # "began at 9:40 p.m. and ended at 10:05": 22:05
    base, anchor = _clock_day(ctx, c.start)
    res = with_clock(base, hour, minute)
    return "TIME", res, anchor, c.start, c.end


#: "p.m.", "pm" written with a clock.
PM_WRITTEN = re.compile(r"(?i)\bp\.?\s?m\b")
#: The hour of a clock value ("2025-03-14T21:40").
VALUE_HOUR = re.compile(r"T(\d\d):")


def _after_an_evening_clock(ctx: Context, start: int, evening_hour: int) -> bool:
    """Is the last clock time earlier in the sentence written "p.m." and no later than
    ``evening_hour``? Then a bare "10:05" after "9:40 p.m." is in the evening too."""
    sent_start = ctx.sentence_start(start)
    for index in range(len(ctx.found) - 1, max(-1, len(ctx.found) - 1 - LOOK_BACK), -1):
        prior = ctx.found[index]
        if prior.start < sent_start:
            return False
        hour = VALUE_HOUR.search(prior.res.value or "") if prior.type == "TIME" else None
        if hour is not None:
            return bool(PM_WRITTEN.search(ctx.text, prior.start, prior.end)) \
                and 12 <= int(hour.group(1)) <= evening_hour
    return False


def _r_oclock(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"nine o'clock", "10 o'clock p.m.": a whole hour on the day the sentence names."""
    hour = _num(c.match.group("h"))
    if hour is None or hour != int(hour) or not 1 <= hour <= 12:
        return None
    ampm = (c.match.group("ampm") or "").lower()
    part = _part_after(ctx, c.end) if not ampm else None
    if part in words().clause["evening_parts"] or (
            part in words().clause["night_parts"] and 5 <= hour < 12):
        ampm = "pm"  # "by 6 o'clock this afternoon": 18:00; "ten o'clock at night": 22:00
    hour = int(hour) % 12 + (12 if ampm.startswith("p") else 0) if ampm else int(hour)
    if part in words().clause["night_parts"] and hour == 12:
        hour = 24  # "twelve o'clock tonight": the midnight that ends the day (T24:00)
    base, anchor = _clock_day(ctx, c.start)
    return "TIME", with_clock(base, hour, 0), anchor, c.start, c.end


#: A part of the day named right after an hour ("six o'clock this evening", "at night").
PART_AFTER = re.compile(r"\s+(?:(?i:this|that|in\s+the|at|on\s+\w+)\s+)?(?P<part>\w+)")


def _part_after(ctx: Context, end: int) -> str | None:
    """The part of the day right after a clock time, lower-cased, or None."""
    match = PART_AFTER.match(ctx.text, end)
    if match is None:
        return None
    word = match.group("part").lower()
    return word if word in words().day_parts or word == "tonight" else None


#: "after", "since" or "past" right before a clock word ("just after midnight").
AFTER_BEFORE = re.compile(r"\b(?i:after|since|past)\s+$")


def _r_noon(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"noon", "midnight"."""
    word = c.match.group("noon").lower()
    base, anchor = _clock_day(ctx, c.start)
    hour = 24 if word == "midnight" else 12
    if hour == 24 and AFTER_BEFORE.search(ctx.text, max(0, c.start - 12), c.start) \
            and clause_mood(ctx.span(c.start, c.end)) == "past":
        hour = 0  # "struck just after midnight": early in the day, not at its end (T24:00)
        if base.start is not None and _runs_into_the_night(ctx, c, anchor == "text"):
            base = cal.day(base.start + timedelta(days=1))  # the evening's day ran past it
    res = with_clock(base, hour, 0)
    return "TIME", res, anchor, c.start, c.end


#: An evening, a night or an afternoon part, or a clock from noon on ("T20:00", "TEV").
LATE_VALUE = re.compile(r"T(?:EV|NI|AF|1[2-9]:|2[0-3]:)")


def _runs_into_the_night(ctx: Context, c: Candidate, named_day: bool) -> bool:
    """Is "after/past midnight" the end of an evening that ran on ("began at 9pm and ended
    after midnight", "the talks on Saturday ran until after midnight"): the midnight that
    closes the evening's day (T00:00 of the next day), not the early hours of that day ("broke
    out on Saturday shortly after midnight")? An evening, a night or a clock from noon earlier
    in the sentence says so; with a day named earlier, so do "until", "past" after a verb and
    a verb of running on or ending (lexicon "runs_past_midnight_verbs")."""
    sent_start = ctx.sentence_start(c.start)
    for index in range(len(ctx.found) - 1, max(-1, len(ctx.found) - 1 - LOOK_BACK), -1):
        prior = ctx.found[index]
        if prior.start < sent_start:
            break
        if prior.type in ("DATE", "TIME") and prior.res.value \
                and LATE_VALUE.search(prior.res.value):
            return True
    if not named_day:
        return False
    before = ctx.text[max(0, c.start - 30):c.start].lower().split()
    clause = words().clause
    if any(w in clause["until_words"] for w in before[-3:-1]):
        return True  # "ran until after midnight", "worked until well after midnight"
    if len(before) >= 2 and before[-2] in clause["midnight_early_leads"]:
        return False  # "shortly after midnight", "just past midnight": its early hours
    if before and before[-1] == "past":
        return True  # "went on past midnight"
    token = ctx.token_at(c.start)
    verb = token.head if token is not None else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and verb.lemma_.lower() in clause["runs_past_midnight_verbs"]


def _r_reference(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"now", "recently", "the future": TimeML PRESENT_REF/PAST_REF/FUTURE_REF."""
    value = words().references[" ".join(c.match.group("ref").lower().split())]
    last = ctx.token_at(c.end - 1)
    if last is not None and last.lower_ == "term" and last.dep_ in ("compound", "amod", "nmod"):
        return None  # "the long term care of veterans": a kind of care
    word = c.match.group("ref").lower()
    if word in ("current", "recent") and not _time_adjective(last):
        return None
    if word == "soon" and (SOON_NOT_ALONE.match(ctx.text, c.end)
                           or _word_before(ctx, c.start) in words().clause["soon_not_after"]
                           or _future_in_past(ctx.span(c.start, c.end))
                           or clause_mood(ctx.span(c.start, c.end)) == "past"):
        # "as soon as", "soon after", "he soon left", "its columns would soon reach Kyiv": no
        # time of its own
        return None
    return "DATE", Resolved(value), None, c.start, c.end


#: "soon" that only measures a gap ("soon after the vote", "as soon as possible").
SOON_NOT_ALONE = re.compile(
    r"-|\s*(?i:after|afterwards?|before|thereafter|as|enough)\b")


def _future_in_past(span: Span) -> bool:
    """Does a "would" carry the clause ("its columns would soon reach Kyiv"): a future seen
    from a past moment, not from the publication date?"""
    verb = span.root.head if span.root.dep_ == "advmod" else span.root
    if verb.dep_ == "ccomp":
        return False  # "he said talks would resume soon": a future told now
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)


def _time_adjective(token: Token | None) -> bool:
    """"the current system", "the recent attacks": an adjective dating the noun it qualifies
    (TimeML PRESENT_REF/PAST_REF); not a noun ("an electric current") nor a term of its own
    ("the current account")."""
    if token is None or token.pos_ != "ADJ" or token.dep_ != "amod":
        return False
    terms = words().clause["not_time_adjective_nouns"]
    after = token.nbor(1) if token.i + 1 < len(token.doc) else token.head
    return token.head.lower_ not in terms and after.lower_ not in terms


def _r_the_moment(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"at the moment", "at this crucial moment": now; not "at the moment of impact" nor
    "at the moment the bomb exploded" (a conjunction)."""
    moment = ctx.token_at(c.end - 1)
    if moment is None:
        return "DATE", Resolved("PRESENT_REF"), None, c.start, c.end
    if any(t.dep_ == "prep" for t in moment.children):
        return None  # "at the moment of impact"
    # its own clause: a relative clause, or a subject and verb right after it
    clause_verb = next((t for t in moment.children if t.dep_ in ("relcl", "acl")), None)
    verb = moment.head.head if moment.dep_ == "pobj" else moment.head
    after = moment.doc[moment.i + 1] if moment.i + 1 < len(moment.doc) else None
    if clause_verb is None and after is not None and not after.is_punct and verb.i > moment.i \
            and any(t.dep_ in ("nsubj", "nsubjpass") and moment.i < t.i < verb.i
                    for t in verb.children):
        clause_verb = verb
    if clause_verb is not None and clause_verb.tag_ in ("VBD", "VBN"):
        return None  # "at the moment the bomb exploded": a conjunction
    return "DATE", Resolved("PRESENT_REF"), None, c.start, c.end


def _r_bare_units(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"for years", "within days": durations of unknown length."""
    code = _unit_code(c.match.group("unit")[:-1])  # "centuries" -> "centurie" -> CE
    return "DURATION", Resolved(duration_value(None, code)), None, c.start, c.end


def _r_bare_units_rel(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
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
        unit = _unit_code(c.match.group("unit")[:-1])
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
    return "DURATION", Resolved(duration_value(None, _unit_code(c.match.group("unit")[:-1]))), \
        None, c.start, c.end


def _r_the_weekend(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the weekend": the one just past in a report, the next in a future clause."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    res = resolve_unit_relative(ctx.published, "weekend", 0, mood or "past")
    return "DATE", res, "published", c.start, c.end


def _r_next_weekday(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the next Tuesday": after the nearest preceding date of the passage."""
    g = c.match.groupdict()
    index = ctx.text_anchor(c.start)
    base = ctx.found[index].res if index is not None else cal.day(ctx.published)
    wd = _weekday_num(g["wd"])
    if base.start is None or base.grain != "day" or wd is None:
        return "DATE", NONE, "text", c.start, c.end
    step = -1 if g["which"].lower() == "previous" else 1
    kind, res = with_part(resolve_weekday(base.start, wd, step, None), g.get("part"))
    return kind, res, "text", c.start, c.end


def _r_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """A year after a cue word or inside a DATE entity; "fiscal 2024" is the year 2024 as
    TimeBank writes it, with no interval: fiscal years start on different dates."""
    y = int(c.match.group("year"))
    if c.match.group("fiscal"):
        return "DATE", Resolved(f"{y:04d}" if cal.valid_year(y) else None), None, c.start, c.end
    the = THE_BEFORE.search(ctx.text[max(0, c.start - 5):c.start])
    period = YEAR_PERIOD_AFTER.match(ctx.text, c.end) if the else None
    if period is not None:
        report = _reporting_quarter(ctx, c.start, money=False)
        res = ctx.found[report].res if report is not None else None
        if res is not None and res.start is not None and cal.valid_year(y):
            # "earned $3 million in the 1988 quarter", "in the 1989 period": the reported
            # quarter of that year
            return "DATE", cal.quarter(y, (res.start.month - 1) // 3 + 1), None, \
                c.start - len(the.group()), period.end()
    return "DATE", cal.year(y), None, c.start, c.end


#: "period" or "quarter" after "the 1988" (the year of a reported quarter).
YEAR_PERIOD_AFTER = re.compile(r"\s+(?i:period|quarter)\b(?![-’']|\s+(?i:of|ended|ending)\b)")


def _r_short_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"'89": a two-digit year, in the century that keeps it in the past."""
    yy = int(c.match.group("yy"))
    pivot = (ctx.published.year if ctx.published else 2030) % 100 + 1
    return "DATE", cal.year((2000 if yy <= pivot else 1900) + yy), None, c.start, c.end


def _r_season(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"this summer", "in the winter": the instance by mood."""
    g = c.match.groupdict()
    code = words().seasons[g["season"].lower()]
    start = c.start if g["the"].lower() != "in" else c.start + len(g["the"]) + 1
    start = start + len(ctx.text[start:]) - len(ctx.text[start:].lstrip())
    if ctx.published is None:
        return "DATE", NONE, "published", start, c.end
    this = g["the"].lower() == "this"
    if mood == "present" and not this and _in_before(ctx, c.start, g["the"]):
        # "roads close in winter": a habit, no particular winter (TimeML XXXX-WI)
        return "DATE", Resolved(f"XXXX-{code}"), None, start, c.end
    instances = [cal.season(ctx.published.year + k, code) for k in (-1, 0, 1)]
    res = choose_instance(instances, ctx.published, None if this else mood)
    return "DATE", res, "published", start, c.end


def _in_before(ctx: Context, start: int, first: str) -> bool:
    """Is the season an adverbial of "in"/"during" ("roads close in winter", "during the
    summer")? Only then may a present clause make it a habit; "heading into the fall" is one."""
    if first.lower() == "in":
        return True
    return _word_before(ctx, start) in words().clause["habit_prepositions"]


def _r_weekdays(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"on Fridays": every Friday (TimeML SET XXXX-WXX-5); "on Sunday nights", "Fridays at
    noon" aside, "Monday mornings": XXXX-WXX-1TMO."""
    g = c.match.groupdict()
    day = _weekday_num(g["wd"][:-1]) if g.get("wd") else _weekday_num(g["wd1"])
    part = words().day_parts.get((g.get("part") or g.get("parts") or "").lower(), "")
    return "SET", Resolved(f"XXXX-WXX-{day}{'T' + part if part else ''}"), None, c.start, c.end


def _r_part_of_day(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"in the afternoon": that part of the day the sentence names, else of the publication
    day ("2025-02-27TAF"); in a habitual present clause, of any day ("XXXX-XX-XXTAF")."""
    part = c.match.group("part")  # the span starts at "the" (the pattern's core)
    if mood == "present":
        code = words().day_parts.get(part.lower())
        return "TIME", Resolved(f"XXXX-XX-XXT{code}"), None, c.start, c.end
    base, anchor = _clock_day(ctx, c.start)
    return "TIME", with_part(base, part)[1], anchor, c.start, c.end


def _r_month(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"in January": the most recent past January in a report, the next one ahead."""
    mon = _month_num(c.match.group("mon"))
    if ctx.published is None or mon is None:
        return "DATE", NONE, "published", c.start, c.end
    return "DATE", _nearest_month(ctx.published, mon, mood or "past"), "published", \
        c.start, c.end


def _nearest_month(published: date, month: int, mood: Mood) -> Resolved:
    """The instance of ``month`` a bare month name means, seen from ``published`` in ``mood``
    (the most recent one in a report of the past, the next one ahead)."""
    return choose_instance(yearly(published, lambda y: cal.month(y, month)), published, mood)


RESOLVERS: dict[str, Callable[[Context, Candidate, Mood], ResolverResult]] = {
    "weekday_md_y": _r_full_date, "d_m_y": _r_full_date, "m_y": _r_month_year,
    "m_rel_y": _r_month_rel_year, "quarter_century": _r_quarter_century,
    "spoken_year": _r_spoken_year, "month_spoken_year": _r_spoken_year,
    "full_year": _r_full_year,
    "numeric": _r_numeric, "iso": _r_numeric, "fiscal_code": _r_fiscal_code,
    "decade": _r_decade, "century": _r_century,
    "decade_word": _r_decade_word,
    "quarter": _r_quarter, "half_code": _r_half_code, "year_end": _r_year_end,
    "mid_year": _r_mid_year, "year_part": _r_year_part, "half_year": _r_half_year,
    "week_of": _r_week_of, "part_of": _r_part_of,
    "season_year": _r_season_year, "relative": _r_relative, "this_part": _r_this_part,
    "relative_day": _r_relative_day, "day_part": _r_relative_day, "weekday": _r_weekday,
    "ago": _r_ago, "anchored": _r_anchored, "next_day": _r_next_day,
    "at_the_time": _r_at_the_time, "the_quarter": _r_the_quarter, "year_ago": _r_year_ago,
    "the_moment": _r_the_moment, "fiscal_year": _r_fiscal_year,
    "that_named": _r_that_named,
    "temponym_911": _r_temponym_911, "duration": _r_duration,
    "duration_adj": _r_duration,
    "vague_old": _r_vague_old,
    "set_every": _r_set_every, "set_times": _r_set_times, "set_adverb": _r_set_adverb,
    "clock": _r_clock, "clock24": _r_clock, "clock_mil": _r_clock, "noon": _r_noon,
    "reference": _r_reference,
    "bare_units": _r_bare_units, "bare_units_rel": _r_bare_units_rel,
    "the_weekend": _r_the_weekend, "next_weekday": _r_next_weekday,
    "holiday": _r_holiday, "feast": _r_holiday, "year": _r_year, "short_year": _r_short_year,
    "season": _r_season,
    "month": _r_month, "weekdays": _r_weekdays, "part_of_day": _r_part_of_day,
    "oclock": _r_oclock,
}

#: Kinds whose value depends on the clause's tense and mood.
#: Kinds of calendar dates whose clause may only mention an event fixed on them ("before the
#: caucuses on Feb. 1"): see :func:`.time_context.clause_mood`.
FIXTURE_KINDS = frozenset({"weekday_md_y", "d_m_y", "month", "part_of"})

MOOD_KINDS = frozenset({"weekday_md_y", "d_m_y", "quarter", "half_year", "mid_year", "week_of",
                        "part_of", "relative", "weekday", "season", "month", "the_weekend",
                        "holiday", "feast", "anchored", "next_day", "part_of_day", "duration",
                        "the_quarter", "year_end"})


