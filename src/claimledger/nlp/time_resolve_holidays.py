"""Resolvers for holidays and feasts: fixed-date holidays ("Christmas"), Easter-based feasts
("Good Friday"), weekday rules ("Thanksgiving", the fourth Thursday of November) and the
lexicon's tables of lunar-calendar feasts ("Passover", "Ramadan", "Diwali"), each in the year
the text names or, by the clause's mood, near the publication date."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from . import time_calendar as cal
from .time_calendar import NONE, Resolved
from .time_context import Candidate, Context, Mood
from .time_grammar import WEEKEND_AFTER, words
from .time_mood import choose_instance, yearly
from .time_resolve_common import ResolverResult, weekday_num


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
        return lambda y: nth_weekday_date(y, month, weekday, which, after)
    mon, day_n = words().holidays[key]
    return lambda y: cal.safe_date(y, mon, day_n)


def nth_weekday_date(year: int, month: int, weekday: int, which: int, after: int) -> date | None:
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
    if not year and not of_year:
        of_year = YEAR_BEFORE_FEAST.search(ctx.text, max(0, c.start - 18), c.start)
    if year or of_year:
        # "Passover 2024", "the Diwali of 2022", "Ramadan in 2024", "the Passover massacre of
        # 2002": that year's
        said = year or of_year.group("year") or of_year.groupdict().get("year2")  # type: ignore[union-attr]
        named = [r for r in instances if r.start is not None and r.start.year == int(said)]
        return "DATE", named[0] if len(named) == 1 else NONE, None, c.start, c.end
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    near = [r for r in instances if r.start is not None
            and abs(r.start.year - ctx.published.year) <= 1]
    years = {r.start.year for r in near if r.start is not None}
    if not {ctx.published.year - 1, ctx.published.year + 1} <= years:
        # a four-yearly day ("Super Tuesday"): the nearer of the listed days either side of
        # publication, whatever the tense ("had opened offices in Super Tuesday states", told
        # in January of a primary year, is that year's; "will claim delegates from Super
        # Tuesday", told the day after, the one just held)
        if SEQUEL_AFTER.match(ctx.text, c.end) or INDEFINITE_BEFORE.search(
                ctx.text, max(0, c.start - 10), c.start):
            return None  # "Super Tuesday II", "a (mini-)Super Tuesday of its own": other days
        sentence = ctx.sentence(c.start)
        habits = words().clause["habit_adverbs"]
        if sentence is not None and (any(t.lower_ in ("every", "each") or t.lower_ in habits
                                         for t in sentence)
                                     or SINCE_YEAR.search(sentence.text)):
            return None  # "Every four years, Super Tuesday reshapes the race", "Since 1988,
            # Super Tuesday has been dominated by Southern states": no one day
        near = _either_side(instances, ctx.published)
        if not near:
            return "DATE", NONE, "published", c.start, c.end  # outside the tables' years
        which = LAST_OR_NEXT.search(ctx.text, max(0, c.start - 8), c.start)
        if which is not None and len(near) == 2:
            # "won four states on the last Super Tuesday", "the next Super Tuesday"
            return "DATE", near[0 if which.group(1).lower() == "last" else 1], \
                "published", c.start, c.end
        return "DATE", min(near, key=lambda r: abs((r.start or date.max) - ctx.published)), \
            "published", c.start, c.end
    if mood == "present":
        # "Rosh Hashanah falls in September": a calendar's timetable, the next one (or one
        # that ended these last days: "during Eid, millions perform the Hajj")
        since = ctx.published - timedelta(days=FEAST_JUST_PAST_DAYS)
        ahead = [r for r in near if r.start is not None and r.end is not None and r.end >= since]
        if ahead:
            return "DATE", min(ahead, key=lambda r: r.start), "published", c.start, c.end  # type: ignore[arg-type,return-value]
    return "DATE", choose_instance(near, ctx.published, mood), "published", c.start, c.end


#: The longest gap between two listed days of a four-yearly calendar, in days (four years and
#: the shifts of its day: Super Tuesday moved from March 2, 2004 to Feb. 5, 2008, then March 6).
MAX_GAP_DAYS = 5 * 365


def _either_side(instances: list[Resolved], published: date) -> list[Resolved]:
    """The last listed day on or before ``published`` and the first after it, when both are
    listed and at most :data:`MAX_GAP_DAYS` apart; at the table's ends the one listed day
    within a year of publication ("head to the polls on Super Tuesday", told that day); else
    none: outside the table's years."""
    before = [r for r in instances if r.start is not None and r.start <= published]
    after = [r for r in instances if r.start is not None and r.start > published]
    last = max(before, key=lambda r: r.start or date.min) if before else None
    first = min(after, key=lambda r: r.start or date.max) if after else None
    if last is not None and first is not None:
        gap = (first.start or date.max) - (last.start or date.min)
        return [last, first] if gap <= timedelta(days=MAX_GAP_DAYS) else []
    one = last or first
    if one is None or one.start is None or abs(one.start - published) > timedelta(days=366):
        return []
    return [one]


#: How many days after a feast a present-tense clause still means it.
FEAST_JUST_PAST_DAYS = 7


#: A year named after a feast in its phrase: "the Diwali of 2022", "Ramadan in 2024", "the
#: Passover massacre of 2002".
FEAST_OF_YEAR = re.compile(r"(?:\s+[a-z]{3,15})?\s+(?i:of|in)\s+(?P<year>(?:19|20)\d\d)(?![\w/-])")


#: A year right before a feast's name, or opening its clause: "the 1988 Super Tuesday", "In
#: 1988, Super Tuesday …", "unlike in 2008, when Super Tuesday …".
YEAR_BEFORE_FEAST = re.compile(r"(?:\b(?P<year>(?:19|20)\d\d)\s+|\b(?i:in)\s+"
                               r"(?P<year2>(?:19|20)\d\d),\s+(?:(?i:when)\s+)?)$")
#: A sequel's numeral after a day's name: "Super Tuesday II", "Super Tuesday 2.0".
SEQUEL_AFTER = re.compile(r"\s+(?:II|III|IV|2\b|3\b|2\.0)")
#: An article or "mini" that makes a day's name a likeness: "a Super Tuesday of its own", "a
#: mini-Super Tuesday on March 15".
INDEFINITE_BEFORE = re.compile(r"\b(?i:a|another|mini)(?:\s+|-)(?:(?i:mini)(?:\s+|-))?$")
#: "since" and a year: a run of years, not one day ("Since 1988, Super Tuesday has been …"; a
#: habit adverb, "every" or "each" in the sentence makes the name generic too).
SINCE_YEAR = re.compile(r"\b(?i:since)\s+(?:19|20)\d\d\b")
#: "the last" / "the next" right before a day's name.
LAST_OR_NEXT = re.compile(r"\b(last|next)\s+$", re.IGNORECASE)


def _window(first: date, last: date) -> Resolved:
    """Days from ``first`` to ``last``, valued by the month or the year that holds them all."""
    if (first.year, first.month) == (last.year, last.month):
        value: str | None = f"{first.year:04d}-{first.month:02d}"
    else:
        value = f"{first.year:04d}" if first.year == last.year else None
    return Resolved(value, first, last, "")


#: A year right after a holiday that says which one ("Christmas Day last year").
YEAR_AFTER = re.compile(r"\s+(last|this|next)\s+year\b", re.IGNORECASE)
#: A year right before a holiday that says which one ("last year's Easter").
YEAR_BEFORE = re.compile(r"\b(last|this|next)\s+year['’]s\s+$", re.IGNORECASE)


def r_holiday(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """Holidays ("Christmas", "New Year's Eve", "Easter", "Good Friday"), yearly like
    "Feb. 28"; "Labor Day weekend" is the weekend of that holiday."""
    g = c.match.groupdict()
    key = " ".join(g["holiday"].lower().replace("’", "'").split())
    key = words().holiday_aliases.get(key, key)
    if key in words().dated_holidays or key in words().reckoned_holidays:
        return _table_holiday(ctx, c, key, mood)
    if key == "new year's":  # only before "weekend" (time_grammar.HOLIDAY_WEEKEND)
        key = "new year's day"
    on_day = _holiday_rule(key)
    beside = NEXT_TO.search(ctx.text, max(0, c.start - 24), c.start)
    if beside is not None and not _time_off_after(ctx.text, c.end):
        # "the day after Christmas", "the week before Thanksgiving", "the Friday after
        # Thanksgiving": one date told from the holiday
        make = _next_to(on_day, beside.group("unit").lower(), beside.group("dir").lower())
        kind, res, anchor, _, end = _in_year(ctx, c, mood, make)
        return kind, res, anchor, beside.start(), end
    kind, res, anchor, start, end = _in_year(ctx, c, mood, lambda y: cal.day(on_day(y)))
    weekend = WEEKEND_AFTER.match(ctx.text, c.end)
    if weekend is not None and not g.get("year") and res.start is not None:
        saturday = _weekend_saturday(res.start, mood)
        return "DATE", cal.weekend_of(saturday), anchor, c.start, weekend.end()
    return kind, res, anchor, start, end


def _in_year(ctx: Context, c: Candidate, mood: Mood,
             make: Callable[[int], Resolved]) -> ResolverResult:
    """The instance of a yearly date: in the year the text names after the holiday or next to it
    ("on Australia Day last year", "last year's Easter"), else the one the clause's mood picks
    near the publication date."""
    year = c.match.groupdict().get("year")
    if year:
        return "DATE", make(int(year)), None, c.start, c.end
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    year_said = YEAR_AFTER.match(ctx.text, c.end) \
        or YEAR_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)
    if year_said is not None:
        shift = {"last": -1, "this": 0, "next": 1}[year_said.group(1).lower()]
        return "DATE", make(ctx.published.year + shift), "published", c.start, c.end
    res = choose_instance(yearly(ctx.published, make), ctx.published, mood)
    return "DATE", res, "published", c.start, c.end


#: A word after a holiday's name that makes it the time off around it ("the week after Christmas
#: break", "Easter recess", "Labor Day weekend"): nothing is told from the holiday itself.
HOLIDAY_PERIOD = re.compile(r"\s+(?P<noun>[a-z]+)\b")


def _time_off_after(text: str, end: int) -> bool:
    """Does a noun of time off follow the holiday's name ("Christmas break")?"""
    after = HOLIDAY_PERIOD.match(text, end)
    return after is not None and after.group("noun") in words().clause["holiday_period_nouns"]


#: A day, week, weekend or weekday told from a holiday named right after it ("the day after
#: Christmas", "the week before Easter", "the Friday after Thanksgiving").
NEXT_TO = re.compile(r"\b(?i:the)\s+(?P<unit>(?i:day|week|weekend)|Monday|Tuesday|Wednesday|"
                     r"Thursday|Friday|Saturday|Sunday)\s+(?P<dir>(?i:before|after))\s+$")
#: Days from a holiday to a day inside the week before it (the week that holds most of the seven
#: days before: "the week before Christmas", a Friday, is Christmas's own; before Thanksgiving,
#: a Thursday, the one before) and after it (the next calendar week).
WEEK_STEP = {"before": -4, "after": 7}


def _next_to(on_day: Callable[[int], date | None], unit: str,
             direction: str) -> Callable[[int], Resolved]:
    """The date ``unit`` ("day", "week", "weekend" or a weekday's name) ``direction`` ("before"
    or "after") the holiday of a given year."""
    sign = 1 if direction == "after" else -1

    def make(y: int) -> Resolved:
        holiday = on_day(y)
        if holiday is None:
            return NONE
        if unit == "day":
            return cal.day(holiday + timedelta(days=sign))
        if unit == "week":
            return cal.week_of(holiday + timedelta(days=WEEK_STEP[direction]))
        if unit == "weekend":  # the nearest weekend on that side that leaves the holiday out
            saturday = holiday + timedelta(days=sign)
            while saturday.weekday() != SATURDAY or holiday in (saturday,
                                                               saturday + timedelta(days=1)):
                saturday += timedelta(days=sign)
            return cal.weekend_of(saturday)
        wanted = weekday_num(unit)
        day = holiday + timedelta(days=sign)
        while day.isoweekday() != wanted:
            day += timedelta(days=sign)
        return cal.day(day)
    return make


#: ``date.weekday()`` of a Saturday.
SATURDAY = 5


#: Days from a holiday to the Saturday of its weekend, by the holiday's weekday (Monday = 0):
#: a Monday or Tuesday holiday ends the weekend before, a Thursday or Friday one opens the one
#: after; a Wednesday one (WEDNESDAY_OFFSETS) the one after in a future clause, else the one
#: before ("heat records fell during the Fourth of July weekend").
WEEKEND_OFFSETS = {0: -2, 1: -3, 3: 2, 4: 1, 5: 0, 6: -1}
WEDNESDAY_OFFSETS = {"future": 3, "past": -4}


def _weekend_saturday(day: date, mood: Mood) -> date:
    """The Saturday of the weekend a holiday on ``day`` belongs to."""
    offset = WEEKEND_OFFSETS.get(day.weekday())
    if offset is None:
        offset = WEDNESDAY_OFFSETS["future" if mood == "future" else "past"]
    return day + timedelta(days=offset)
