"""Resolvers for relative and anaphoric expressions: "last week", "next Monday", "this
summer", "earlier this year", "yesterday", "on Monday" (the weekday by the clause's mood),
"three years ago", "two days before", "the next day", "that November", "at the time", "now",
"at the moment", "the weekend"; and the calendar arithmetic they share
(:func:`resolve_unit_relative`, :func:`resolve_weekday`, the month and season ones)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Span, Token

from .. import lexicon
from . import time_calendar as cal
from .time_calendar import NONE, Resolved
from .time_clause import AWAITED, AWAITED_DAY, CALLED_OFF, EVE, NEAR, PLANNED, governing_verb
from .time_context import BASE_BEFORE, UNIT_GRAIN, Candidate, Context, Mood, day_this_week
from .time_grammar import proper_names, words
from .time_mood import choose_instance, clause_mood
from .time_resolve_clock import with_part
from .time_resolve_common import (
    POSSESSIVE_AFTER,
    THE_BEFORE,
    ResolverResult,
    count_value,
    month_num,
    rel_shift,
    unit_code,
    weekday_num,
    word_before,
)
from .time_resolve_lengths import duration_value, units_from
from .time_resolve_periods import THE_YEAR_AFTER, r_the_year
from .time_resolve_reports import (
    COMPARISON_CUE,
    REPORT_PARAGRAPHS,
    YEAR_BACK_KINDS,
    compared_period,
    quarter_of_report,
    reporting_quarter,
    year_back,
)


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


def week_ahead_from(anchor: date, unit: str, ahead: bool) -> date:
    """The day "this week" counts from: on a Sunday, in a clause that looks ahead ("Congress
    returns this week", "will climb again by the end of the week", "later this week"), the
    coming Monday, since the ISO week holding that Sunday is all but over; else ``anchor``."""
    if ahead and unit.lower() == "week" and anchor.isoweekday() == 7:
        return anchor + timedelta(days=1)
    return anchor


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
    if mood == CALLED_OFF:  # "Sunday's parade was called off": told on a Friday, the coming
        # Sunday; told on a Monday, yesterday's. The nearest one, a tie to the coming one
        return cal.day(after if (after - anchor) <= (anchor - before) else before)
    if mood == "present" and back:  # "the summit opens Monday": a timetable
        return cal.day(after)
    if mood == NEAR:  # "leaders were to meet on Friday": the nearest Friday
        return cal.day(after if (after - anchor) < (anchor - before) else before)
    if mood == PLANNED:  # "the strike was set to begin on Monday": the coming Monday, but
        # "was scheduled to leave late Tuesday", told on a Wednesday, was yesterday's plan
        return cal.day(before if back == 1 else after)
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
    in May, is the nearest; "recovered this spring", written in November, is this year's)."""
    instances = [cal.season(anchor.year + k, code) for k in (-2, -1, 0, 1)]
    usable = [r for r in instances if r.start and r.end]
    if shift:
        return _shifted(usable, anchor, shift)
    this_year = cal.season(anchor.year, code)
    if mood == "past" and this_year.end is not None and this_year.end < anchor:
        return this_year  # "sales did not recover until this spring", written in November
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


def r_relative(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"last week", "this month", "next Monday", "last summer" (from the anchor)."""
    g = c.match.groupdict()
    shift = rel_shift(g["rel"])
    start = c.start
    preceded_by_the = THE_BEFORE.search(ctx.text[max(0, start - 5):start])
    if g.get("relunit") and preceded_by_the and shift != 0:
        # "the past week", "the next year": a stretch of time, not a calendar period; "the
        # past decade and a half" half as long again
        code = unit_code(g["relunit"])
        start -= len(preceded_by_the.group())
        half = AND_A_HALF.match(ctx.text, c.end)
        end = half.end() if half else c.end
        return "DURATION", Resolved(duration_value(1.5 if half else 1, code)), None, start, end
    if (g.get("relunit") or "").lower() == "fortnight":
        return None  # "last fortnight" without "the": no calendar unit of two weeks
    if preceded_by_the and g["rel"].lower() == "current":
        start -= len(preceded_by_the.group())  # "the current quarter"
    if ctx.published is None:
        return "DATE", NONE, "published", start, c.end
    if shift == 0 and mood != "future" and (g.get("relunit") or "").lower() == "quarter" \
            and g["rel"].lower() == "this" and (_past_clause_verb(ctx, c.start) or (
                mood == "past" and POSSESSIVE_AFTER.match(ctx.text, c.end))):
        # only in a past clause ("this quarter's loss included"); a forecast or a present
        # clause ("expects revenue this quarter to rise") keeps the running quarter
        report = reporting_quarter(ctx, c.start)
        if report is not None:  # "third-quarter net fell … This quarter's loss includes …":
            # the quarter the results are for, not the one running at publication
            return "DATE", ctx.found[report].res, "text", start, c.end
    anchor = ctx.published
    if g.get("wd"):
        res = resolve_weekday(anchor, weekday_num(g["wd"]) or 1, shift, mood)
    elif g.get("mon"):
        res = resolve_month_relative(anchor, month_num(g["mon"]) or 1, shift, mood)
    elif g.get("season"):
        told = None if mood == "past" and POSSESSIVE_AFTER.match(ctx.text, c.end) else mood
        # "tickets for this spring's tour went on sale": an event of the season ahead
        res = resolve_season_relative(anchor, words().seasons[g["season"].lower()], shift, told)
    else:
        if mood == "present" and shift == 0 and g["relunit"].lower() == "weekend":
            # "the final is this weekend", written from Tuesday to Friday, is the coming one;
            # on a Monday ("the violence this weekend is the worst in months") or at the weekend,
            # the nearest
            mood = "future" if 2 <= anchor.isoweekday() <= 5 else None
        if shift == 0:
            anchor = week_ahead_from(anchor, g["relunit"], mood == "future")
        elif shift == -1 and g["relunit"].lower() == "week" and anchor.isoweekday() == 7 \
                and _week_told_from_sunday(ctx, c.start):
            shift = 0  # "last week", written on a Sunday: the Monday to Saturday just ended,
            # the ISO week that holds the Sunday
        res = resolve_unit_relative(anchor, g["relunit"], shift, mood)
    return "DATE", res, "published", start, c.end


def r_this_part(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"earlier this year": the year up to the anchor; "later this month" after it; "earlier
    in the day" the passage's last day, else today."""
    g = c.match.groupdict()
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    unit = "day" if g.get("today") else g["relunit"].lower()
    if (g.get("today") or "").lower().startswith("in"):
        index = ctx.text_anchor(c.start)
        if index is None or ctx.found[index].res.grain != "day" \
                or (ctx.found[index].kind.startswith("clock")
                    and ctx.found[index].anchor == "published") \
                or BASE_BEFORE.search(ctx.text, max(0, ctx.found[index].start - 48),
                                      ctx.found[index].start):
            # no day, a bare clock dated by publication ("shortly after 3 a.m."), or a base
            # ("from 2.51 percent the day before"): the story's day in a past clause; "will
            # meet later in the day", "could deepen later in the day": the publication's
            index = ctx.story_day(c.start) \
                if clause_mood(ctx.span(c.start, c.end)) == "past" else None
        day = ctx.found[index].res.start if index is not None else None
        if day is not None and mood != "future" and day > ctx.published:
            day = None  # "will report on Oct. 25. Earlier in the day, its shares fell": today
        if day is not None and ctx.found[index].res.grain == "day":
            # "The senator spoke on Wednesday. Earlier in the day, …": that day
            return "DATE", cal.day(day), "text", c.start, c.end
    later = g["edge"].lower() == "later"
    base = resolve_unit_relative(week_ahead_from(ctx.published, unit, later), unit, 0)
    if base.start is None or base.end is None:
        return "DATE", base, "published", c.start, c.end
    if base.start > ctx.published:  # "later this week", said on a Sunday: the coming week
        return "DATE", base, "published", c.start, c.end
    if g["edge"].lower() == "earlier":
        res = Resolved(base.value, base.start, ctx.published, base.grain)
    else:
        res = Resolved(base.value, ctx.published, base.end, base.grain)
    return "DATE", res, "published", c.start, c.end


def r_relative_day(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
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


def r_weekday(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"on Monday": the past one in a report, the next one in a future clause."""
    g = c.match.groupdict()
    wd = weekday_num(g["wd"])
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
            mood = "past" if word_before(ctx, c.start) in words().clause[
                "measured_from_prepositions"] and _level_after(ctx, c.end) else NEAR
    rel = (g.get("wdrel") or "").lower()
    if not rel and word_before(ctx, c.start) == "later":
        index = ctx.story_day(c.start)
        told = ctx.found[index].res.start if index is not None else None
        if told is not None and told.isoweekday() == wd \
                and told == ctx.published - timedelta(days=1) and not any(
                    f.res.start is not None and f.res.start > ctx.published
                    and f.res.start.isoweekday() == wd for f in ctx.found):
            # "Clinton spoke on Monday. … Trump speaks later Monday", printed on Tuesday: the
            # story's Monday, whatever the tense (in a story of the day before publication;
            # a preview's "results are expected later Tuesday" is the coming one, and so is
            # "later Monday" where the story names the coming Monday; "earlier Monday" is left)
            kind, res = with_part(cal.day(told), g.get("part"))
            return kind, res, "text", c.start, c.end
    if not rel and mood != "future" and _awaited_event_day(ctx, c.start):
        mood = AWAITED_DAY  # "in a tight race ahead of the Iowa caucuses on Monday"
    if mood == "future" and not rel and _premium_base_day(ctx, c.start):
        mood = "past"  # "will pay $52 a share, a 31% premium to the closing price on Friday":
        # the price a premium is measured from is already set
    if mood == AWAITED_DAY:
        named = _named_before(ctx, wd) if not rel else None
        if named is not None:
            kind, res = with_part(named, g.get("part"))
            return kind, res, "published", c.start, c.end
        mood = "future"
    if rel == "week":  # "Friday week": a week after the coming Friday
        coming = resolve_weekday(ctx.published, wd, 0, "future").start
        assert coming is not None
        return "DATE", cal.day(coming + timedelta(days=7)), "published", c.start, c.end
    shift = -1 if rel == "last" else 1 if rel == "next" else 0  # "on Saturday last"
    kind, res = with_part(resolve_weekday(ctx.published, wd, shift, mood), g.get("part"))
    return kind, res, "published", c.start, c.end


#: "and a half" after a unit ("the past decade and a half").
AND_A_HALF = re.compile(r"(?i)[-\s]+and[-\s]+a[-\s]+half\b(?!-)")  # not "a half-dozen"
#: "this week" told apart from the week just ended ("fell this week after climbing last week").
THIS_WEEK = re.compile(r"\b[Tt]his\s+(?:past\s+)?week(?:end)?\b")  # not the show "This Week"
#: Other weeks counted back in a story ("Two weeks ago …", "a week earlier", "the week before"),
#: which tell "last week" apart from them.
OTHER_WEEKS_BACK = re.compile(r"(?i)\b(?:two|three|2|3)\s+weeks\s+ago\b|\ba\s+week\s+"
                              r"(?:earlier|before)\b|\bthe\s+week\s+before\b")


@cache
def _named_days() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A weekday's full name and a day of a month ("Thursday", "Feb. 28", "March 1"), spelled
    as the grammar spells them, for passages not yet read for times."""
    w = words()
    weekdays = {name: n for name, n in w.weekdays.items() if name.endswith("day")}
    return (re.compile(rf"\b{proper_names(weekdays)}"),
            re.compile(rf"\b{proper_names(w.months)}\s+\d{{1,2}}\b"))


def _week_told_from_sunday(ctx: Context, start: int) -> bool:
    """Is "last week" at ``start``, in a story dated a Sunday, told from that Sunday: the story
    calls no week or weekend "this week" (which would be the one just ended), and neither its
    sentence nor the one before names a weekday or a day of a month it might be told from
    ("The department said Thursday … Claims had fallen last week", "In its July 28 report")?"""
    bounds = _passage_bounds(ctx, start)
    if bounds is None or THIS_WEEK.search(ctx.text) or OTHER_WEEKS_BACK.search(ctx.text):
        return False
    first, end = bounds
    following = ctx.sentence(end + 1) if end < len(ctx.text) else None
    if following is not None:
        end = following.end_char  # "Last week, … The vote, on Feb. 28, …"
    weekday, day_of_month = _named_days()
    return weekday.search(ctx.text, first, end) is None and day_of_month.search(
        ctx.text, first, end) is None and not any(
        f.res.grain == "day" and first <= f.start < end for f in ctx.found)


def _passage_bounds(ctx: Context, start: int) -> tuple[int, int] | None:
    """Where the sentence before the one holding ``start`` begins and where that one ends."""
    sent = ctx.sentence(start)
    if sent is None:
        return None
    first = ctx.sentence_start(sent.start_char - 1) if sent.start_char > 0 else 0
    return first, sent.end_char


#: Up to which day of a month a report told in the past closes the month before ("For the
#: month, the Dow fell 8.7%, its worst December", written on Jan. 2).
MONTH_RECAP_DAYS = 7


def _wrap_period(ctx: Context, c: Candidate, unit: str, mood: Mood) -> ResolverResult:
    """"For the week, the Dow fell 1.1%", "stocks ended the month higher", "the DAX shed 3.1%
    on the day": in a market report, the day, week or month the report closes, the
    publication's (TimeML 2003-W31); elsewhere "the week" names no time."""
    if ctx.published is None or POSSESSIVE_AFTER.match(ctx.text, c.end):
        return None  # "the week's gains"
    first = ctx.token_at(c.start)
    if first is None or first.i == 0:
        return None
    before = first.doc[first.i - 1]
    clause = words().clause
    if not (before.lower_ in clause["wrap_prepositions"]
            or (before.pos_ == "VERB" and before.lemma_.lower() in clause["wrap_verbs"])) \
            or not any(t.lower_ in clause["market_wrap_words"] for t in first.sent):
        if unit == "week" and mood in ("past", "future") \
                and _of_the_story_week(ctx, c, first, mood):
            # "chants ricocheted through the arena throughout the week", "she will spend much
            # of the week in the Hamptons": the week the story is told in (the next one when a
            # Friday to Sunday paper looks ahead; the last one when a Monday's or a Tuesday's
            # looks back)
            day = ctx.published
            rest = first.i >= 2 and first.doc[first.i - 2].lower_ in ("rest", "remainder")
            if mood == "future" and day.isoweekday() >= (7 if rest else 5):
                # ("the rest of the week", told on a Friday, is what is left of this one)
                day += timedelta(days=8 - day.isoweekday())
            elif mood == "past" and day.isoweekday() <= 2:
                day -= timedelta(days=day.isoweekday())
            week = cal.at_grain(day, "week")
            if not _other_time_told(ctx, c.start, week):
                return "DATE", week, "published", c.start, c.end
        if unit == "month" and mood in ("past", None) and _of_a_named_month(ctx, c, first):
            month = _month_told(ctx, c.start)
            if month is not None:  # "raised $5 million in February and, despite burning
                # through $17.5 million over the course of the month, …", "fell in January,
                # with the economy adding 151,000 jobs during the month": the month named
                return "DATE", month, "text", c.start, c.end
        return None
    told = _day_told(ctx, c.start, previous=unit == "day")
    if told is not None:  # "Lehman filed on Monday, and the Dow fell 504 points on the day",
        # "Stocks rose on Tuesday, putting the Dow up 1.1% for the week": that day's
        return "DATE", cal.at_grain(told, unit), "text", c.start, c.end
    day = ctx.published
    if unit == "day" and day.isoweekday() > 5:
        day -= timedelta(days=day.isoweekday() - 5)  # told at a weekend: Friday's session
    elif unit == "week" and mood == "past" and day.isoweekday() <= 4:
        day -= timedelta(days=7)  # "fell 18 percent for the week", told on a Monday: the
        # week that closed on Friday
    elif unit == "month" and mood == "past" and day.day <= MONTH_RECAP_DAYS:
        day -= timedelta(days=day.day)  # told early in the next month: the month just closed
    return "DATE", cal.at_grain(day, unit), "published", c.start, c.end


#: Words besides the lexicon's ``habit_adverbs`` that make a sentence tell a habit or a
#: condition, no one week ("went home on weekends", "as a child", "if elected, she would …").
WEEK_HABIT_WORDS = frozenset({"weekends", "every", "each", "child", "boy", "girl", "childhood",
                              "youth", "if", "would", "could", "might"})
#: Words of a part before "of the week" that keep it the story's week ("much of the week").
WEEK_PART_WORDS = frozenset({"much", "most", "rest", "remainder", "part", "bulk"})


def _other_time_told(ctx: Context, start: int, week: Resolved) -> bool:
    """Does the story tell, within :data:`REPORT_PARAGRAPHS` before ``start``, a time that
    falls outside ``week`` ("The Wall fell in November 1989. … Celebrations continued
    throughout the week": that week, not the publication's)?"""
    paragraph = ctx.paragraph(start)
    return any(f.start < start and paragraph - ctx.paragraph(f.start) <= REPORT_PARAGRAPHS
               and f.res.start is not None and f.res.end is not None
               and week.start is not None and week.end is not None
               and (f.res.end < week.start or f.res.start > week.end) for f in ctx.found)


def _of_the_story_week(ctx: Context, c: Candidate, first: Token, mood: Mood) -> bool:
    """Does "the week" at ``c`` stand after "throughout" or "much/most/rest of" (or "for" in
    a future clause: "will deploy soldiers for the week"; "was away for the week" is a length;
    "during the week" is mostly a habit), at the end of its phrase, with no other time in its
    sentence or told before it in its paragraph or the one before ("throughout the week.",
    "spend much of the week in the Hamptons")?"""
    doc, i = first.doc, first.i
    before = doc[i - 1].lower_
    if before == "of" and i >= 2 and doc[i - 2].lower_ in WEEK_PART_WORDS \
            and not (i >= 3 and doc[i - 3].lower_ == "for"):
        before = "throughout"  # (not "lived on bread for much of the week", "rest for most
        # of the week": a length, mostly a habit)
    if before == "for" and mood == "future":
        before = "throughout"
    if before != "throughout" or not (
            THE_YEAR_AFTER.match(ctx.text, c.end) or WEEK_PLACE_AFTER.match(ctx.text, c.end)):
        return False
    sent = first.sent
    if any(e.label_ in ("DATE", "TIME") and not (e.start_char <= c.start < e.end_char)
           for e in sent.ents):
        return False  # "on Sunday and throughout the week"
    habits = words().clause["habit_adverbs"]
    if any(t.lower_ in WEEK_HABIT_WORDS or t.lower_ in habits for t in sent):
        return False  # "As a boy, he spent most of the week on the farm and went home on
        # weekends": a habit; "If elected, she would spend much of the week …": a condition
    paragraph = ctx.paragraph(c.start)
    return not any(f.start < c.start and ctx.paragraph(f.start) >= paragraph - 1
                   for f in ctx.found)  # ("Last week … Throughout the week": that week)


#: A place or an activity after "the week" that ends its phrase ("much of the week in the
#: Hamptons", "for the week at the summit").
WEEK_PLACE_AFTER = re.compile(r"\s+(?i:in|at|on)\s+(?i:the\s+)?[A-Za-z]")


def _of_a_named_month(ctx: Context, c: Candidate, first: Token) -> bool:
    """Does "the month" at ``c`` stand after "during", "in", "over the course of" … and
    before the end of its phrase ("during the month, most of it …"), as where it refers back
    to a month the passage named?"""
    doc, i = first.doc, first.i
    before = doc[i - 1].lower_
    if before == "of" and i >= 4 and doc[i - 2].lower_ == "course" \
            and doc[i - 3].lower_ == "the":
        before = doc[i - 4].lower_  # "over the course of the month"
    return before in words().clause["the_year_prepositions"] \
        and THE_YEAR_AFTER.match(ctx.text, c.end) is not None


#: Verbs (lemmas) whose month object is a boundary crossed, not the month reported on ("began
#: March with $8 million in cash").
MONTH_BOUNDARY_VERBS = frozenset({"begin", "start", "end", "enter", "close", "finish"})


def _in_relative_clause(ctx: Context, start: int) -> bool:
    """Is the date at ``start`` inside a relative clause ("Sales at restaurants, which had
    surged in December, fell 2.1 percent during the month": background, not the month told)?"""
    token = ctx.token_at(start)
    return token is not None and any(a.dep_ in ("relcl", "acl") for a in token.ancestors)


def _boundary_object(ctx: Context, start: int) -> bool:
    """Is the date at ``start`` the object of a verb of crossing a boundary ("began March")?"""
    token = ctx.token_at(start)
    return token is not None and token.i > 0 \
        and token.doc[token.i - 1].lemma_.lower() in MONTH_BOUNDARY_VERBS


def _month_told(ctx: Context, start: int) -> Resolved | None:
    """The month that the sentence at ``start`` or the one before it is about: the only date
    named there before ``start`` (or the only one in its own sentence), a plain month that
    has begun by publication and is no start or end of a stretch ("in February … during the
    month"; not "after rising in February, sales fell in March … for the month", "since
    October", "will decide in June")."""
    bounds = _passage_bounds(ctx, start)
    if bounds is None or ctx.published is None:
        return None
    named = [f for f in ctx.found if bounds[0] <= f.start < start
             and not _boundary_object(ctx, f.start)]
    sent = ctx.sentence(start)
    own = [f for f in named if sent is not None and f.start >= sent.start_char
           and not _in_relative_clause(ctx, f.start)]
    if len(own) == 1:
        named = own  # "Figures reported on Sunday … Cruz raised $11.9 million in February
        # and burned $17.5 million over the course of the month": its own sentence's month
    if len(named) != 1:
        return None
    month = named[0]
    if month.res.grain != "month" or month.res.start is None \
            or month.res.start > ctx.published \
            or ctx.text[month.start:month.end].lower().startswith(("late", "early", "mid")) \
            or word_before(ctx, month.start) in ("since", "until", "till", "by", "from", "to",
                                                  "through", "before", "after"):
        return None  # "Ramadan began in late February. Throughout the month, …"
    return month.res


def _day_told(ctx: Context, start: int, previous: bool) -> date | None:
    """The day the sentence at ``start`` (with ``previous``, or the one before it) named
    last, a weekday or a calendar date within a week of publication."""
    assert ctx.published is not None
    sent = ctx.sentence(start)
    if sent is None:
        return None
    first = ctx.sentence_start(sent.start_char - 1) if previous and sent.start_char > 0 \
        else sent.start_char
    for f in reversed(ctx.found):
        if f.start < first:
            break
        if f.start < start and f.res.grain == "day" and day_this_week(f.res, ctx.published):
            return f.res.start
    return None


def _named_before(ctx: Context, wd: int) -> Resolved | None:
    """The day of the latest weekday called ``wd`` that the story named before, if it lies
    within a week of publication ("European leaders gathered Friday … Ahead of Friday's
    meeting, France and Germany unveiled a plan": that Friday)."""
    assert ctx.published is not None
    for f in reversed(ctx.found):
        if f.kind == "weekday" and day_this_week(f.res, ctx.published) \
                and f.res.start is not None and f.res.start.isoweekday() == wd:
            return cal.day(f.res.start)
    return None


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


#: Words of a short noun phrase between "ahead of" and "on <weekday>" ("the Iowa caucuses").
EVENT_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART"})


def _awaited_event_day(ctx: Context, start: int) -> bool:
    """Is the weekday at ``start`` the day of an event awaited "ahead of" in a clause not
    told in a past tense ("has found herself in a tight race ahead of the Iowa caucuses on
    Monday": the coming Monday, or the Monday the story named)? In a past clause the weekday
    may date the clause itself ("Shares rose ahead of results on Thursday"), and "had
    trailed ahead of …", "was leading ahead of …" tell a wait that is over."""
    token = ctx.token_at(start)
    if token is None or token.i < 3 or token.doc[token.i - 1].lower_ != "on":
        return False
    doc = token.doc
    k = token.i - 2
    while k > 0 and token.i - 2 - k < 5 and doc[k].pos_ in EVENT_PHRASE_POS:
        k -= 1
    if k == token.i - 2 or not _ahead_of(ctx, doc[k + 1].idx):
        return False
    verb = governing_verb(doc[token.i:token.i + 1])
    return verb is not None and verb.tag_ != "VBD" and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    # ("Shares rose ahead of results on Thursday": the weekday dates the rise; "had trailed
    # ahead of the caucuses on Monday", "was leading …": told as past)


#: The two words after a possessive ("'s closing price").
WORDS_AFTER_POSSESSIVE = re.compile(r"['’]s\s+([\w-]+)(?:\s+([\w-]+))?")


def _premium_base_day(ctx: Context, start: int) -> bool:
    """Is the weekday at ``start`` the day of a price that a premium or discount is measured
    from ("a 31% premium to the closing price on Friday")?"""
    token = ctx.token_at(start)
    if token is None or token.i < 3 or token.doc[token.i - 1].lower_ != "on" \
            or token.doc[token.i - 2].lower_ not in words().clause["measured_level_words"]:
        return False  # (the parser may hang "on Friday" on the verb, so words are read)
    before = [t.lower_ for t in token.doc[max(0, token.i - 10):token.i - 2]]
    return any(w in ("premium", "discount") and nxt in ("to", "over", "from")
               for w, nxt in zip(before, before[1:], strict=False))


def _level_after(ctx: Context, end: int) -> bool:
    """Is a weekday's possessive at ``end`` a price or level a figure is measured from
    ("over Thursday's closing price", "above Friday's high"), not an event ("applies from
    Thursday's session", "from Thursday's opening of the box office")?"""
    m = WORDS_AFTER_POSSESSIVE.match(ctx.text, end)
    return m is not None and any((w or "").lower() in words().clause["measured_level_words"]
                                 for w in m.groups())


def r_ago(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"three years ago": a date at the unit's granularity; vague counts are PAST_REF."""
    g = c.match.groupdict()
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    amount, code = count_value(g["num"]), unit_code(g["unit"])
    if amount == 1 and code == "Y":
        index = quarter_of_report(ctx, c.start)
        if index is not None:  # "net income rose from $5 million a year ago": that quarter's
            return "DATE", year_back(ctx.found[index].res), "text", c.start, c.end
        index = compared_period(ctx, c.start, "year")
        if index is not None and ctx.found[index].res.grain == "month":
            # "sales in December rose 5 percent from a year ago": December a year back
            return "DATE", year_back(ctx.found[index].res), "text", c.start, c.end
    kind, res = units_from(ctx.published, amount, code, -1)
    return kind, res, "published", c.start, c.end


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


def r_anchored(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"two days before", "a week later": from the passage's last date; before a noun phrase ("two
    days before the vote") a duration."""
    g = c.match.groupdict()
    amount = count_value(g["num"])
    code = unit_code(g["unit"])
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
    index = compared_period(ctx, c.start, grain) if direction < 0 and amount == 1 else None
    if index is None:
        index = ctx.text_anchor(c.start, period=grain)
    if index is not None and direction < 0 and amount == 1 and grain == "year" \
            and ctx.found[index].kind in YEAR_BACK_KINDS \
            and ctx.found[index].start < ctx.sentence_start(c.start) \
            and COMPARISON_CUE.search(ctx.text, ctx.sentence_start(c.start), c.start):
        # "net for the nine months rose from $163 million a year earlier" after "… up from
        # $58 million a year earlier": the same year-back period, never one shifted twice;
        # but one that opens the same sentence is its time frame ("Two years ago, Acme earned
        # $5 million, up from $3 million a year earlier": a year before that)
        report = quarter_of_report(ctx, c.start)
        if report is None:
            return "DATE", ctx.found[index].res, "text", c.start, c.end
        index = report
    if index is not None and direction < 0 and amount == 1 and grain == "year" \
            and ctx.found[index].res.grain == "day" \
            and COMPARISON_CUE.search(ctx.text, ctx.sentence_start(c.start), c.start) \
            and not any(f.type == "DURATION" and ctx.sentence_start(c.start) <= f.start < c.start
                        for f in ctx.found):  # "losses through the first nine months,
        # compared with earnings a year earlier": that stretch a year back
        # "The chip maker, which reported after the market closed Tuesday, earned $412
        # million, up from $338 million a year earlier": the quarter reported a year back,
        # not the day of the report
        report = reporting_quarter(ctx, c.start)
        index = report if report is not None else index
    if index is None and not _deictic_ok(direction, mood):
        return "DATE", NONE, None, c.start, c.end
    base = ctx.found[index].res if index is not None else cal.day(ctx.published)
    if amount is None or grain is None or base.start is None or amount != int(amount):
        return "DATE", NONE, "text", c.start, c.end
    if base.grain == "month" and grain == "year" and direction < 0:
        # "7 percent in November, down from 7.9 percent a year earlier": November a year back
        moved = cal.shift(base.start, "year", -int(amount))
        return "DATE", cal.at_grain(moved, "month") if moved else NONE, "text", c.start, c.end
    if _finer_than(grain, base.grain):
        return "DATE", NONE, "text", c.start, c.end
    if base.grain in ("quarter", "half") and grain == "year" and amount == 1 and direction < 0:
        return "DATE", year_back(base), "text", c.start, c.end  # the third quarter a year earlier
    moved = cal.shift(base.start, grain, direction * int(amount))
    # "a week later" than a day is a day; "two years later" than a month is a year
    res = cal.at_grain(moved, "day" if base.grain == "day" and grain == "week" else grain) \
        if moved else NONE
    return "DATE", res, "text", c.start, c.end


def _finer_than(grain: str | None, anchor_grain: str | None) -> bool:
    """Is a day or a week asked for from an anchor too coarse to tell which one ("that day"
    after a month)? A week from a week or a day is fine ("a week earlier" than last week)."""
    return (grain == "day" and anchor_grain != "day") \
        or (grain == "week" and anchor_grain not in ("day", "week"))


def r_next_day(ctx: Context, c: Candidate, mood: Mood,
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
        if unit in ("day", "week", "month"):
            return _wrap_period(ctx, c, unit, mood)
        return r_the_year(ctx, c, mood) if unit == "year" else None
    stretch = which in ("next", "following") and unit in ("day", "week", "month", "year",
                                                              "quarter")
    before = word_before(ctx, c.start)
    as_stretch = "DURATION", Resolved(duration_value(1, unit_code(unit))), None, c.start, c.end
    if stretch and before in words().clause["stretch_prepositions"]:
        # "over the next week", "within the following month": a stretch from now, as long as
        # one unit (TimeML's "the next three months" without a number)
        return as_stretch
    if which in ("previous", "preceding", "prior") or direction in ("before", "earlier"):
        step = -1
    elif which in ("next", "following") or direction in ("after", "later"):
        step = 1
    else:
        step = 0
    index = ctx.text_anchor(c.start, period=unit)
    if which == "same":
        index = _same_anchor(ctx, c.start, c.end, unit, index)
    if index is None and mood == "past" and (unit == "day" or unit in words().day_parts):
        index = ctx.story_day(c.start)  # "the day before", paragraphs after "on Friday"
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
    if _finer_than(grain, base.grain):  # "that day", "that night" after a month: which day?
        return ("TIME" if part else "DATE"), NONE, "text", c.start, c.end
    if grain == "weekend":
        res = cal.weekend_of(base.start + timedelta(weeks=step))
    else:
        moved = cal.shift(base.start, grain, step)
        res = cal.at_grain(moved, grain) if moved else NONE
    kind, res = with_part(res, part)
    return kind, res, "text", c.start, c.end


#: Grains from the finest up: "the same week" refers back to a day or a week, not a month.
GRAIN_ORDER = ("day", "week", "month", "quarter", "year")
#: "as" after "the same day": a comparison that names its own anchor.
SAME_AS = re.compile(r"\s+(?i:as)\b")


def _clause_after(ctx: Context, end: int) -> bool:
    """Does a clause open right after ``end`` ("the same night [she] is expected to win", "the
    same day [that] he resigned"): a subject pronoun, "that" or "when"?"""
    nxt = ctx.text[end:end + 8].split()[:1]
    return bool(nxt) and (nxt[0].lower() in words().clause["subject_pronouns"]
                          or nxt[0].lower() in ("that", "when"))


def _same_anchor(ctx: Context, start: int, end: int, unit: str,
                 index: int | None) -> int | None:
    """ "the same day", "that same week" with no date in its passage: "same" refers back to a
    date the story told a few paragraphs up ("gave $5,000 on June 27, 2014. … [no date] …
    donations made that same day"): the last date within :data:`REPORT_PARAGRAPHS`, if it is
    of the unit's grain or a finer one. Not past a coarser date ("In May 2010 … The same day"
    is a day of May 2010, which only the coarser date tells), nor before "as" or a relative
    clause ("the same week as the summit", "the same night she won" name their own anchor)."""
    grain = "day" if unit in words().day_parts else unit
    noun = ctx.token_at(end - 1)
    if index is not None or grain not in GRAIN_ORDER or SAME_AS.match(ctx.text, end) \
            or _clause_after(ctx, end) or (
            noun is not None and any(c.dep_ == "relcl" for c in noun.children)):
        return index  # ("on the same night she is expected to win": its clause tells which)
    far = ctx.text_anchor(start, period=unit, paragraphs=REPORT_PARAGRAPHS)
    if far is None or _finer_than(grain, ctx.found[far].res.grain) or any(
            f.type in ("DATE", "TIME") for f in ctx.found[far + 1:] if f.start < start):
        return None  # ("tried to plug the well last week. … The same day": a day of last
        # week, not the day named before it)
    return far


def r_that_named(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
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
        mon = month_num(g["mon"])
        res = cal.month(year, mon) if mon else NONE
    elif g.get("season"):
        res = cal.season(year, words().seasons[g["season"].lower()])
    else:
        wd = weekday_num(g["wd"])
        if wd is None or base.grain not in ("day", "week"):
            return "DATE", NONE, None, c.start, c.end
        res = cal.day(base.start + timedelta(days=wd - base.start.isoweekday()))
    return "DATE", res, "text", c.start, c.end


def r_at_the_time(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
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


def r_reference(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"now", "recently", "the future": TimeML PRESENT_REF/PAST_REF/FUTURE_REF."""
    value = words().references[" ".join(c.match.group("ref").lower().split())]
    last = ctx.token_at(c.end - 1)
    if last is not None and last.lower_ == "term" and last.dep_ in ("compound", "amod", "nmod"):
        return None  # "the long term care of veterans": a kind of care
    word = c.match.group("ref").lower()
    if word.startswith("of") and not _of_late_alone(ctx, c.end):
        return None  # "the widow of late president X": the dead, not a time
    if word == "lately" and (word_before(ctx, c.start) == "the"
                             or ctx.text[c.start - 1:c.start] == "-"):
        return None  # "the lately arrived": an adjective's adverb; "a Johnny-come-lately"
    if word.startswith("the other") and not _recent_other_day(ctx, c):
        return None  # "the festival runs two days; the other day is for adults": the second
    if word == "soon" and (SOON_NOT_ALONE.match(ctx.text, c.end)
                           or word_before(ctx, c.start) in words().clause["soon_not_after"]
                           or _future_in_past(ctx.span(c.start, c.end))
                           or clause_mood(ctx.span(c.start, c.end)) == "past"):
        # "as soon as", "soon after", "he soon left", "its columns would soon reach Kyiv": no
        # time of its own
        return None
    return "DATE", Resolved(value), None, c.start, c.end


#: Words before "the other day" that make it the second of some days ("one night in jail and
#: the other night at a friend's", "two days of hearings").
OTHER_OF_SOME = re.compile(r"(?i)\b(?:one|two|both|each|first|second|either|neither)\b"
                           r"|\ban?\s+(?:day|night)\b")  # "a day at the Louvre and the other …"


def _recent_other_day(ctx: Context, c: Candidate) -> bool:
    """Is "the other day/night" at ``c`` the idiom of a recent past, said by someone ("I was in
    Dallas the other day", "as Erica said the other day")? Its clause is told in the past, its
    sentence speaks in the first person or of saying, and no pair of days or nights, nor a
    weekday or a date, stands in the few sentences before it ("The festival ran Saturday and
    Sunday … the other day was sunny")."""
    sent = ctx.sentence(c.start)
    span = ctx.span(c.start, c.end)
    if sent is None or span is None or clause_mood(span) != "past":
        return False
    speech = lexicon.words("speech_verbs.txt")
    said = any(t.lower_ in FIRST_PERSON or t.lemma_.lower() in speech for t in sent)
    first = max(0, c.start - OTHER_DAY_LOOKBACK)
    before = ctx.text[first:c.start]
    return said and not OTHER_OF_SOME.search(before) and not _named_days()[0].search(before) \
        and not any(f.res.grain == "day" and first <= f.start < c.start for f in ctx.found)


#: First-person words that mark speech ("I was in Dallas the other day").
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
#: How far back (in characters) a pair of days or a weekday makes "the other day" the second.
OTHER_DAY_LOOKBACK = 400


#: The word after "of late" (if any).
NEXT_WORD = re.compile(r"\s*([A-Za-z]*)")


def _of_late_alone(ctx: Context, end: int) -> bool:
    """Is "of late" the adverb ("attacks have grown of late", "of late, prices have risen"),
    ending its clause or followed by a function word, not "of late president …", "of late
    and cancelled flights", "of late-night talks"?"""
    if ctx.text[end:end + 1] in ("-", "‐", "–"):
        return False  # "a series of late-night talks": an adjective
    after = NEXT_WORD.match(ctx.text, end)
    word = after.group(1).lower() if after else ""
    return not word or word in words().clause["of_late_before"]


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


def r_the_moment(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
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


def r_the_weekend(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the weekend": the one just past in a report, the next in a future clause."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    res = resolve_unit_relative(ctx.published, "weekend", 0, mood or "past")
    return "DATE", res, "published", c.start, c.end


def r_next_weekday(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the next Tuesday": after the nearest preceding date of the passage."""
    g = c.match.groupdict()
    index = ctx.text_anchor(c.start)
    base = ctx.found[index].res if index is not None else cal.day(ctx.published)
    wd = weekday_num(g["wd"])
    if base.start is None or base.grain != "day" or wd is None:
        return "DATE", NONE, "text", c.start, c.end
    step = -1 if g["which"].lower() == "previous" else 1
    kind, res = with_part(resolve_weekday(base.start, wd, step, None), g.get("part"))
    return kind, res, "text", c.start, c.end
