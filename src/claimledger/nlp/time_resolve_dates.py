"""Resolvers for dates named on the calendar: full and numeric dates ("June 19, 2024",
"Feb. 27", "2/27/2025", wire datelines), months ("December 2024", "in January", "June last
year", "the first week of February"), parts of them ("early March", "mid-2024", "late on
Monday"; :func:`_mod` reads "early", "mid", "late"), years (written, short and spoken: "'89",
"nineteen ninety-one"), seasons ("the summer of 2024", "in the winter"), decades and
centuries, and "9/11"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from . import time_calendar as cal
from .time_calendar import NONE, Resolved
from .time_clause import NEAR, auxiliaries_of, governing_verb
from .time_context import Candidate, Context, Mood, since_start
from .time_grammar import words
from .time_mood import choose_instance, yearly
from .time_resolve_clock import with_clock, with_part
from .time_resolve_common import (
    THE_BEFORE,
    ResolverResult,
    count_value,
    month_num,
    rel_shift,
    weekday_num,
    word_before,
)
from .time_resolve_relative import resolve_unit_relative, resolve_weekday, week_ahead_from
from .time_resolve_reports import background_date, reporting_quarter


def resolve_full_date(ctx: Context, cand: Candidate, mood: Mood) -> tuple[Resolved, str | None]:
    """"June 19, 2024", "27 February 2025", "Feb. 27" (year from the anchor and the mood)."""
    g = cand.match.groupdict()
    mon = month_num(g.get("mon"))
    day_n = int(g["day"]) if g.get("day") else None
    if mon is None or day_n is None:
        return NONE, None
    if g.get("year"):
        return cal.day(cal.safe_date(int(g["year"]), mon, day_n)), None
    if cal.safe_date(2000, mon, day_n) is None:
        return NONE, "published"
    reference = _full_date_reference(ctx, cand.start, mood)
    named = weekday_num(g["wd"]) if g.get("wd") else None
    if reference is not None and named is not None:
        # "On Sunday, Sept. 11, the nation will mark the anniversary" after "Sept. 11, 2001":
        # the year near publication that fits the weekday; else near the narrative's ("On
        # Tuesday, Nov. 4, 2008, … On Wednesday, Nov. 5, …"); else the publication's
        fit = _published_weekday_fit(ctx, mon, day_n, named, mood)
        if fit is not None:
            return fit, "published"
        fits = _fitting_weekday(reference, mon, day_n, named)
        if len(fits) == 1:
            return fits[0], "text"
        reference = None
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
    fit = _published_weekday_fit(ctx, mon, day_n, named, mood) if named is not None else None
    if fit is not None:  # "Saturday, April 25": the year in which April 25 is a Saturday
        return fit, "published"
    if mood == "future" and STRETCH_START.match(ctx.text, cand.end):
        mood = "future_start"  # "is to run from Jan. 23 through March 9": may have begun
    return choose_instance(instances, ctx.published, mood), "published"


def _fitting_weekday(near: date, mon: int, day_n: int, weekday: int) -> list[Resolved]:
    """The instances of a day of a month in the years around ``near`` that fall on the
    ISO ``weekday``."""
    instances = yearly(near, lambda y: cal.day(cal.safe_date(y, mon, day_n)))
    return [r for r in instances if r.start is not None and r.start.isoweekday() == weekday]


def _published_weekday_fit(ctx: Context, mon: int, day_n: int, weekday: int, mood: Mood
                           ) -> Resolved | None:
    """The one year around publication in which the day falls on the weekday written with
    it, or None; a past clause whose weekday would put it more than a week ahead is a slip,
    and keeps its past year."""
    if ctx.published is None:
        return None
    fits = _fitting_weekday(ctx.published, mon, day_n, weekday)
    if len(fits) != 1 or (mood == "past" and fits[0].start is not None
                          and fits[0].start > ctx.published + timedelta(days=7)):
        return None
    return fits[0]


#: A wire dateline before a date: a line opening with a place in capitals ("NEW YORK,",
#: "KYIV, Ukraine,") ...
DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’ -]{1,40},(?:\s+[A-Z][a-z.]+(?:\s+"
                             r"[A-Z][a-z.]+)?,)?\s+$")
#: ... and after it the agency or a dash ("(UPI) —", "(Reuters) -").
DATELINE_AFTER = re.compile(r"\s*(?:\([A-Za-z. ]{1,20}\)|[-—–])")


#: What follows the first day of a stretch of days ("Jan. 23 through", "Jan. 23 to", "2-4").
STRETCH_START = re.compile(r"\s*(?:[-–]|(?i:to|through|thru|until|till)\b)")


def _full_date_reference(ctx: Context, start: int, mood: Mood) -> date | None:
    """The day of a full date with its year ("June 19, 2024") that is the nearest explicit date
    before ``start`` in the same paragraph: a narrative's year for a later "March 2". A day
    counted from such a date in the text ("On March 2, 2015, …, and the following day, …")
    carries its year on to a past clause."""
    index = ctx.text_anchor(start)
    if index is None:
        return None
    prior = ctx.found[index]
    counted = prior.anchor == "text" and prior.kind in ("next_day", "anchored") \
        and mood in ("past", None)
    if ((prior.anchor is not None and not counted) or prior.res.grain != "day"
            or prior.res.start is None
            or prior.kind not in ("weekday_md_y", "d_m_y", "numeric", "iso", "next_day",
                                  "anchored")
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
    mon = month_num(g.get("mon"))
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
        if first % 100 == 0 and first < 1900:
            return cal.century(first)  # "the 1800s", "the late 1800s": the century (TimeML
            # "18"); "the 1900s" and "the 2000s" may be decades ("in the 1900s and 1910s")
    res = cal.decade(first)
    mod = part_mod(g.get("mod"))
    return cal.part_of(res, mod) if mod else res


def part_mod(text: str | None) -> str | None:
    """The TimeML mod (START/MID/END) of a modifier word."""
    if not text:
        return None
    low = " ".join(text.lower().split())
    if "half" in low:
        return None
    return words().part_modifiers.get(low)


def r_full_date(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """Month and day, with or without a year: the year from the text, else by mood."""
    res, anchor = resolve_full_date(ctx, c, mood)
    if anchor and ctx.published is None:
        res = NONE
    return "DATE", res, anchor, c.start, c.end


def r_numeric(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
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


def r_month_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"December 2024": one calendar month."""
    return "DATE", resolve_month_year(c), None, c.start, c.end


def r_month_rel_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"June last year", "March of next year": that month of the year before or after."""
    mon = month_num(c.match.group("mon"))
    if ctx.published is None or mon is None:
        return "DATE", NONE, "published", c.start, c.end
    year = ctx.published.year + rel_shift(c.match.group("rel"))
    day_text = c.match.group("day") or c.match.group("day2")
    if day_text is None:
        return "DATE", cal.month(year, mon), "published", c.start, c.end
    try:  # "on 15 March last year": that day
        return "DATE", cal.day(date(year, mon, int(day_text))), "published", c.start, c.end
    except ValueError:
        return "DATE", NONE, "published", c.start, c.end


def r_spoken_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"in nineteen ninety-one", "by the year two thousand", "since twenty twelve": a year as
    spoken in broadcast transcripts."""
    g = c.match.groupdict()
    if g.get("century"):
        century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[g["century"].lower()]
        rest = count_value(g["yy"])
    else:
        century, rest = 2000, count_value(g["k"]) if g.get("k") else 0.0
    if rest is None or not 0 <= rest < 100:
        return None
    last = ctx.token_at(c.end - 1)
    after = last.nbor(1) if last is not None and last.i + 1 < len(last.doc) else None
    if after is not None and after.tag_ in ("NNS", "NNPS"):
        return None  # "in nineteen forty-five cases": a count
    mon = month_num(g.get("mon"))
    if mon is not None:  # "January nineteen ninety-seven"
        return "DATE", cal.month(century + int(rest), mon), None, c.start, c.end
    return "DATE", cal.year(century + int(rest)), None, c.start, c.end


def r_decade(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the 1990s", "the early '90s": TimeML "199"."""
    return "DATE", resolve_decade(ctx, c), None, c.start, c.end


DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                "eighties", "nineties")


def r_decade_word(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the sixties": a decade of the twentieth century (the usual reading in news)."""
    g = c.match.groupdict()
    res = cal.decade(1920 + 10 * DECADE_WORDS.index(g["decword"].lower()))
    mod = part_mod(g.get("mod"))
    return "DATE", cal.part_of(res, mod) if mod else res, None, c.start, c.end


def r_century(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the 20th century": TimeML "19" (1900..1999)."""
    n = int(c.match.group("cent"))
    return "DATE", cal.century((n - 1) * 100) if n >= 11 else NONE, None, c.start, c.end


def _named_month(ctx: Context, mon: int | None, year: str | None,
                 mood: Mood) -> tuple[Resolved, str | None] | None:
    """The month a pattern names ("February 2025": that year's; "February": the instance the
    clause points at from the publication date), with its anchor; None with neither a year nor
    a publication date."""
    if year:
        return (cal.month(int(year), mon) if mon else NONE), None
    if ctx.published and mon:
        return nearest_month(ctx.published, mon, mood), "published"
    return None


def r_week_of(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the first week of February": days 1-7 of that month (value: the ISO week around them,
    "2025-W06"); "the last weekend of May": that weekend."""
    g = c.match.groupdict()
    mon = month_num(g.get("mon"))
    order = words().ordinals.get(g["ord"].lower(), 0)
    named = _named_month(ctx, mon, g.get("year"), mood)
    if named is None:
        return "DATE", NONE, "published", c.start, c.end
    month_res, anchor = named
    if month_res.start is None or month_res.end is None or order == 0:
        return "DATE", NONE, anchor, c.start, c.end
    if "weekend" in c.match.group().lower():
        return "DATE", _nth_weekend(month_res, order), anchor, c.start, c.end
    if order > 0:
        first = month_res.start + timedelta(days=7 * (order - 1))
        last = min(first + timedelta(days=6), month_res.end)
    else:
        last = month_res.end
        first = last - timedelta(days=6)
    if first > last:
        return "DATE", month_res, anchor, c.start, c.end  # "the fifth week of February"
    # TimeML marks the week: the ISO week holding the middle of the seven days (the first week
    # of a month is the ISO week of its 4th day, as ISO's week 1 holds Jan. 4)
    week = cal.week_of(first + (last - first) / 2)
    return "DATE", Resolved(week.value, first, last, "week"), anchor, c.start, c.end


def _nth_weekend(month_res: Resolved, order: int) -> Resolved:
    """"the first weekend of March": the weekend of the month's first Saturday ("-1": its last
    Saturday), TimeML "2025-W10-WE"; the month when the month has no such weekend."""
    assert month_res.start is not None and month_res.end is not None
    if order > 0:
        saturday = month_res.start + timedelta(days=(6 - month_res.start.isoweekday()) % 7
                                               + 7 * (order - 1))
    else:
        saturday = month_res.end - timedelta(days=(month_res.end.isoweekday() - 6) % 7)
    if not month_res.start <= saturday <= month_res.end:
        return month_res
    return cal.weekend_of(saturday)


def r_part_of(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"early March", "mid-2024", "late last year", "the second half of 2024"."""
    g = c.match.groupdict()
    mod = part_mod(g.get("mod"))
    anchor: str | None = None
    if g.get("year"):
        base = cal.year(int(g["year"]))
    elif g.get("wd"):
        if ctx.published is None:
            return "DATE", NONE, "published", c.start, c.end
        day_res = resolve_weekday(ctx.published, weekday_num(g["wd"]) or 1, 0, mood)
        kind, res = with_part(day_res, g.get("part"))
        start = c.match.start("wd") if _behind_time(ctx.token_at(c.start)) else c.start
        return kind, res, "published", start, c.end
    elif g.get("mon"):
        named = _named_month(ctx, month_num(g["mon"]), g.get("year2"), mood)
        base, anchor = named if named is not None else (NONE, "published")
    elif ctx.published is None:
        base, anchor = NONE, "published"
    elif g.get("season"):  # "the early summer", "late autumn": that season, by mood
        code = words().seasons[g["season"].lower()]
        instances = [cal.season(ctx.published.year + k, code) for k in (-1, 0, 1)]
        base, anchor = choose_instance(instances, ctx.published, mood), "published"
    elif g.get("rel"):
        base = resolve_unit_relative(ctx.published, g["relunit"], rel_shift(g["rel"]))
        anchor = "published"
    else:
        unit = g["thisunit"].lower()
        base = resolve_unit_relative(week_ahead_from(ctx.published, unit, mood == "future"),
                                     unit, 0)
        anchor = "published"
        # "the end of the month" after a month still ahead ("The festival is held in August …
        # the rides close at the end of the month"): the named month's, in a clause that does
        # not tell a past ("this month" stays the publication's)
        ahead = g["this"].lower() == "the" and mood not in ("past", NEAR) and unit == "month"
        index = ctx.text_anchor(c.start) if (mood in ("past", NEAR) or ahead) and unit in (
            "week", "month", "year") else None
        if index is not None and (background_date(ctx, index) or _since_up_to_now(ctx, c)):
            index = None  # "the lowest since April 2008 … in the first half of the year", "has
            # shed 35% since the start of the year": not the year "since" looks back to; nor
            # "Prairie Air, founded in 1998, … the first six months of the year"
        if ahead and index is not None and (
                ctx.found[index].start < ctx.sentence_start(c.start)
                or " but " in ctx.text[ctx.found[index].end:c.start]):
            index = None  # a month of another sentence or of a clause "but" sets against it
            # ("Elections are due in October, but the budget must pass by the end of the month")
        prior = ctx.found[index].res if index is not None else None
        if prior is not None and prior.start is not None and base.start is not None \
                and base.end is not None \
                and (prior.start < base.start or (ahead and prior.start > base.end)) \
                and prior.grain in ("day", "week", "month", "year") \
                and not (unit == "month" and prior.grain == "year") \
                and not (unit == "week" and prior.grain in ("month", "year")):
            # "The fire broke out on Feb. 17 … had expected full operations by the end of the
            # month": the passage's month, not the publication's
            base, anchor = cal.at_grain(prior.start, unit), "text"
    modifier = " ".join((g.get("mod") or "").lower().split())
    if "half" in modifier:
        return "DATE", cal.half_of(base, 1 if "first" in modifier else 2), anchor, c.start, c.end
    if "months" in modifier:  # "the last three months of 2015" (2015-Q4), "the first six
        # months of the year" (H1): a year's quarter or half; of anything else, no value
        if base.grain != "year" or base.start is None:
            return "DATE", NONE, anchor, c.start, c.end
        first = "first" in modifier
        if "six" in modifier or "6" in modifier:
            return "DATE", cal.half_of(base, 1 if first else 2), anchor, c.start, c.end
        return "DATE", cal.quarter(base.start.year, 1 if first else 4), anchor, c.start, c.end
    return "DATE", cal.part_of(base, mod) if mod else base, anchor, c.start, c.end


def _since_up_to_now(ctx: Context, c: Candidate) -> bool:
    """Does "since" open the time in a present or present perfect clause ("has fallen 35%
    since the start of the year")? Its stretch runs up to now, so "the year" is this one."""
    if since_start(ctx, c.start) is None:
        return False
    span = ctx.span(c.start, c.end)
    verb = governing_verb(span) if span is not None else None
    return verb is not None and (verb.tag_ in ("VBZ", "VBP") or any(
        a.lower_ in ("has", "have", "'s", "'ve") for a in auxiliaries_of(verb)))


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


def r_season_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the summer of 2024": a meteorological season; "the winter of 2023-24" is the winter
    that starts in 2023 (a second year that does not follow the first is left out)."""
    code = words().seasons[c.match.group("season").lower()]
    year, end = int(c.match.group("year")), c.end
    second = c.match.group("next")
    if second and (code != "WI" or int(second[1:]) % 100 != (year + 1) % 100):
        end = c.match.end("year")
    return "DATE", cal.season(year, code), None, c.start, end


def r_temponym_911(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"9/11", "the Sept. 11 attacks": 11 September 2001, whatever the publication date."""
    return "DATE", cal.day(date(2001, 9, 11)), None, c.start, c.end


def r_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """A year after a cue word or inside a DATE entity; "fiscal 2024" is the year 2024 as
    TimeBank writes it, with no interval: fiscal years start on different dates."""
    y = int(c.match.group("year"))
    if c.match.group("fiscal"):
        return "DATE", Resolved(f"{y:04d}" if cal.valid_year(y) else None), None, c.start, c.end
    the = THE_BEFORE.search(ctx.text[max(0, c.start - 5):c.start])
    period = YEAR_PERIOD_AFTER.match(ctx.text, c.end) if the else None
    if period is not None:
        report = reporting_quarter(ctx, c.start, money=False)
        res = ctx.found[report].res if report is not None else None
        if res is not None and res.start is not None and cal.valid_year(y):
            # "earned $3 million in the 1988 quarter", "in the 1989 period": the reported
            # quarter of that year
            return "DATE", cal.quarter(y, (res.start.month - 1) // 3 + 1), None, \
                c.start - len(the.group()), period.end()
    return "DATE", cal.year(y), None, c.start, c.end


#: "period" or "quarter" after "the 1988" (the year of a reported quarter).
#: A capitalised word right after a capitalised season: the two are a name ("Winter Olympics").
NAME_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")
YEAR_PERIOD_AFTER = re.compile(r"\s+(?i:period|quarter)\b(?![-’']|\s+(?i:of|ended|ending)\b)")


def r_short_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"'89": a two-digit year, in the century that keeps it in the past."""
    yy = int(c.match.group("yy"))
    pivot = (ctx.published.year if ctx.published else 2030) % 100 + 1
    return "DATE", cal.year((2000 if yy <= pivot else 1900) + yy), None, c.start, c.end


def r_season(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"this summer", "in the winter": the instance by mood."""
    g = dict(c.match.groupdict())
    if g.get("lseason"):  # "by spring", "since summer" (not "until spring 2011", "after fall
        g["season"], g["the"] = g["lseason"], g["lead"]  # in oil prices")
    if g["season"][:1].isupper() and _name_goes_on(ctx, c.end):
        return None  # "The Winter Olympics", "the Summer Palace": a name
    code = words().seasons[g["season"].lower()]
    lead = g["the"].lower()
    if lead not in ("the", "this", "in"):
        after = ctx.token_at(c.end + 1) if ctx.text[c.end:c.end + 1] == " " else None
        if after is not None and after.idx > c.end and after.pos_ in ("NOUN", "PROPN"):
            return None  # "by spring tide", "until summer camp": a noun's modifier
    start = c.start if lead in ("the", "this") else c.start + len(g["the"]) + 1
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


def _name_goes_on(ctx: Context, end: int) -> bool:
    """Does a capitalised word that is no function word of a headline follow ("Winter
    Olympics", not "Slump In Winter As Shoppers Stay Home")?"""
    after = NAME_WORD_AFTER.match(ctx.text, end)
    return after is not None \
        and after.group(1).lower() not in words().clause["headline_function_words"]


def _in_before(ctx: Context, start: int, first: str) -> bool:
    """Is the season an adverbial of "in"/"during" ("roads close in winter", "during the
    summer")? Only then may a present clause make it a habit; "heading into the fall" is one."""
    habit = words().clause["habit_prepositions"]
    return first.lower() in habit or word_before(ctx, start) in habit  # "in winter",
    # "during summer", "roads close during the winter"


def r_month(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"in January": the most recent past January in a report, the next one ahead."""
    mon = month_num(c.match.group("mon"))
    if ctx.published is None or mon is None:
        return "DATE", NONE, "published", c.start, c.end
    return "DATE", nearest_month(ctx.published, mon, mood or "past"), "published", \
        c.start, c.end


def nearest_month(published: date, month: int, mood: Mood) -> Resolved:
    """The instance of ``month`` a bare month name means, seen from ``published`` in ``mood``
    (the most recent one in a report of the past, the next one ahead)."""
    return choose_instance(yearly(published, lambda y: cal.month(y, month)), published, mood)
