"""Clock times of a narrated day, for the times component.

A clock time dated in its own sentence ("On Aug. 14, 2006, his phone was off between 10 p.m.
and 1 a.m.") or after a day of the last week is of that day. A bare clock time or part of the
day in a later sentence does not reach back to a day named outright long ago ("She was born on
April 2, 1931. She died at 6 a.m."): that day is often background (a birth, a founding, an
anniversary) to today's news. This module holds:

- :func:`r_ago_today`: "Sixty years ago today", "ten years ago to the day": one day, the
  publication day so many years back (one expression: its "today" is no second date);
- :func:`past_midnight`, :func:`roll_past_midnight`: an early hour after an evening clock of
  the same day is the next day's ("between 10 p.m. and 1 a.m.");
- :func:`date_day_parts`: a bare part of the day ("in the morning", "at dawn") of a past
  report is of the day the passage named, as a clock time is;
- :func:`date_clock_offsets`: "30 minutes earlier", "an hour later" right after a known clock
  time: a TIME, that clock moved by the length (the phrase, "later" and all, as TimeBank marks
  "a year earlier").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from . import time_calendar as cal
from .time_calendar import NONE, Resolved
from .time_context import Candidate, Context, Found, Mood, since_start
from .time_grammar import words
from .time_mood import clause_mood
from .time_resolve_common import ResolverResult, count_value, word_before

#: Clock times: a day named after them (or, in a past report, before them) dates them.
CLOCK_KINDS = frozenset({"clock", "clock24", "clock_mil", "oclock", "noon", "clock_hours",
                         "twilight", "clock_part"})
#: A clock value: "2006-08-14T22:00".
CLOCK_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<h>\d\d):(?P<m>\d\d)$")
#: How far ahead a day named in the passage may lie for the clock times and parts of the day
#: of its timetable.
DAY_AHEAD_DAYS = 62
#: The hour an evening starts and the hour the early morning ends.
EVENING_HOUR, EARLY_HOUR = 18, 6


def r_ago_today(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"Sixty years ago today", "ten years ago to the day": the publication day that many
    years (months, weeks) back; a vague count ("years ago today") has no day."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    g = c.match.groupdict()
    amount = count_value(g["num"])
    grain = {"year": "year", "month": "month", "week": "week", "day": "day"}.get(
        (g["unit"] or "").lower().rstrip("s"))
    if amount is None or grain is None or amount != int(amount):
        return None
    moved = cal.shift(ctx.published, grain, -int(amount))
    return "DATE", cal.day(moved) if moved else NONE, "published", c.start, c.end


def past_midnight(earlier: Found, later: Found, on: date) -> date:
    """The day of a clock time ``later`` that shares the day ``on`` of an earlier clock time
    of its sentence: the next day when the earlier one is in the evening and ``later`` in the
    small hours ("between 10 p.m. and 1 a.m.", "left at 11 p.m. and returned at 3 a.m.")."""
    first = CLOCK_VALUE.match(earlier.res.value or "")
    second = CLOCK_VALUE.match(later.res.value or "")
    if first is None or second is None:
        return on
    if int(first.group("h")) >= EVENING_HOUR and int(second.group("h")) < EARLY_HOUR:
        return on + timedelta(days=1)
    return on


#: "earlier", "later" right after a length ("30 minutes earlier").
OFFSET_AFTER = re.compile(r"\s+(?P<dir>(?i:earlier|later))\b(?!\s+(?i:than)\b)")
#: Kinds of a length that "earlier" or "later" may follow ("an hour and a half later").
OFFSET_KINDS = frozenset({"anchored", "duration"})
#: A length of hours and minutes: "PT30M", "PT1H", "PT1H30M".
CLOCK_LENGTH = re.compile(r"PT(?:(?P<h>\d+(?:\.5)?)H)?(?:(?P<m>\d+)M)?$")
#: What may stand between a clock time and a length counted from it: no other sentence end
#: than one, no second clock or date (checked on the Found list).
CLOCK_REACH_SENTENCES = 1


def _minutes(value: str | None) -> int | None:
    """The whole minutes of a length of hours and minutes, or None."""
    m = CLOCK_LENGTH.match(value or "")
    if m is None or not (m.group("h") or m.group("m")):
        return None
    total = float(m.group("h") or 0) * 60 + int(m.group("m") or 0)
    return int(total) if total == int(total) and total > 0 else None


def _clock_before(ctx: Context, index: int) -> int | None:
    """The index of the clock time right before ``ctx.found[index]`` (no other time between),
    in its sentence or the one before it in the same paragraph, whose value is a clock of a
    known day; None otherwise."""
    if index == 0:
        return None
    prior = ctx.found[index - 1]
    f = ctx.found[index]
    if prior.kind not in CLOCK_KINDS or prior.type != "TIME" \
            or CLOCK_VALUE.match(prior.res.value or "") is None:
        return None
    if ctx.paragraph(prior.start) != ctx.paragraph(f.start):
        return None
    earliest = ctx.sentence_start(f.start)
    for _ in range(CLOCK_REACH_SENTENCES):
        if earliest > 0:
            earliest = ctx.sentence_start(earliest - 1)
    if prior.start < earliest or not _clock_day_known(ctx, index - 1):
        return None
    return index - 1


def _clock_day_known(ctx: Context, clock: int) -> bool:
    """Is the day of the clock time ``ctx.found[clock]`` sure enough to move it by a length:
    taken from a date (in its own sentence, "On June 1, kickoff is at 9 p.m.", or a day of the
    last week the passage named: "The storm hit on Dec. 28. Winds peaked at 9 p.m."), or the
    publication day with no other day named before it in the passage? "Milan play on June 1.
    Kickoff is at 9 p.m. The gates open two hours earlier": the clock's day came from no date
    while another day is in play, so "two hours" stays a length."""
    f = ctx.found[clock]
    if f.anchor == "text":
        return f.anchor_index is not None
    if f.anchor == "published":
        return _named_day_before(ctx, clock) is None
    return False


def _offset_reading(ctx: Context, f: Found, after: re.Match[str]) -> bool:
    """Does "later" or "earlier" after the length move a time ("left an hour later"), not
    describe a noun ("for 30 minutes later arrivals were turned away"), and is the length no
    stretch after a preposition ("for two hours later") nor hedged ("about 18 minutes later")?"""
    if word_before(ctx, f.start) in words().clause["offset_length_preps"]:
        return False
    lead = ctx.text[max(0, f.start - 20):f.start].lower().split()
    if lead and (lead[-1] in words().clause["length_modifiers"]
                 or " ".join(lead[-2:]) in words().clause["length_modifiers"]):
        return False  # "about 18 minutes later": a hedged length moves no clock exactly
    token = ctx.token_at(after.start("dir"))
    return token is None or token.dep_ != "amod"


def date_clock_offsets(ctx: Context) -> None:
    """"The women's race starts at 10 a.m. The men's race starts 30 minutes earlier": a TIME,
    the clock moved by the length (T09:30), spanning "earlier"; with no clock time just
    before, the length stays a DURATION ("a minute and a half later, a pilot called in")."""
    offsets = words().anchored_offsets
    for index, f in enumerate(ctx.found):
        if f.kind not in OFFSET_KINDS or f.type != "DURATION":
            continue
        minutes = _minutes(f.res.value)
        after = OFFSET_AFTER.match(ctx.text, f.end)
        if after is None or not _offset_reading(ctx, f, after):
            continue
        clock = _clock_before(ctx, index) if minutes else None
        if clock is None or after is None or minutes is None:
            continue
        base = CLOCK_VALUE.match(ctx.found[clock].res.value or "")
        if base is None:
            continue
        hour = int(base.group("h"))
        start = datetime.fromisoformat(base.group("day")) + timedelta(
            hours=hour, minutes=int(base.group("m")))
        moved = start + timedelta(minutes=offsets.get(after.group("dir").lower(), 1) * minutes)
        on = moved.date()
        f.type = "TIME"
        f.res = Resolved(f"{on.isoformat()}T{moved.hour:02d}:{moved.minute:02d}", on, on, "day")
        f.end = after.end()
        f.anchor, f.anchor_index = "text", clock


#: Kinds of a bare part of the day ("in the morning", "at dawn").
PART_KINDS = frozenset({"part_of_day", "twilight"})
#: A part of a day as a value: "2025-02-27TMO".
PART_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?P<code>[A-Z]{2})$")
#: How many sentences before its own a part of the day may find the day it is of.
PART_REACH_SENTENCES = 2
#: How many days back a weekday or another day named from the publication date reaches.
NEAR_PAST_DAYS = 7


def _named_day_before(ctx: Context, index: int) -> int | None:
    """The index of the last day the passage named before ``ctx.found[index]``: in its
    sentence or the two before it in the same paragraph."""
    f = ctx.found[index]
    earliest = ctx.sentence_start(f.start)
    for _ in range(PART_REACH_SENTENCES):
        if earliest == 0:
            break
        before = ctx.sentence_start(earliest - 1)
        if ctx.paragraph(before) != ctx.paragraph(f.start):
            break
        earliest = before
    for k in range(index - 1, -1, -1):
        g = ctx.found[k]
        if g.start < earliest:
            return None
        if g.type in ("DATE", "TIME") and g.res.grain == "day" and g.res.start is not None \
                and g.res.value and g.kind not in PART_KINDS \
                and (g.kind not in CLOCK_KINDS or g.anchor == "text"
                     or g.res.start != ctx.published):
            return k  # a clock time counts where its day came from the text ("at 10 o'clock
            # last night … through the night")
    return None


def date_day_parts(ctx: Context) -> None:
    """"The storm hit the coast on Saturday. The levees broke in the morning": a bare part of
    the day in a past report is of the day of the last week the passage named last, not of
    the publication day (a day named long ago is often background: "She was born on April 2,
    1931. She died in the morning" keeps the publication day); so is
    one of a coming day in a future clause ("The vote is on Sunday. Counting starts in the
    evening"). A habit ("he wakes in the morning") has its own value and stays."""
    if ctx.published is None:
        return
    for index, f in enumerate(ctx.found):
        part = PART_VALUE.match(f.res.value or "") if f.kind in PART_KINDS else None
        if part is None or f.anchor != "published" or f.res.start != ctx.published:
            continue
        span = ctx.span(f.start, f.end)
        mood = clause_mood(span) if span is not None and ctx.sentence(f.start) is not None \
            else None
        day_index = _named_day_before(ctx, index) if mood in ("past", "future") else None
        if day_index is None:
            continue
        day = ctx.found[day_index].res.start
        assert day is not None
        gap = (ctx.published - day).days
        if mood == "past":
            if not 0 < gap <= NEAR_PAST_DAYS:
                continue  # "She was born on April 2, 1931. She died in the morning": not 1931
        elif not 0 < -gap <= DAY_AHEAD_DAYS:
            continue
        if since_start(ctx, ctx.found[day_index].start) is not None:
            continue  # "Fighting has raged since Sunday. In the morning, …": today's
        f.res = Resolved(f"{day.isoformat()}T{part.group('code')}", day, day, "day")
        f.anchor, f.anchor_index = "text", day_index


def roll_past_midnight(ctx: Context) -> None:
    """"On Aug. 14, 2006, his phone was off between 10 p.m. and 1 a.m.": of two clock times
    of one sentence dated from the text on the same day, an early hour after an evening one is
    the next day's. Clock times on the publication day stay: which of the two is that day is
    not known."""
    for index in range(1, len(ctx.found)):
        earlier, later = ctx.found[index - 1], ctx.found[index]
        if earlier.kind not in CLOCK_KINDS or later.kind not in CLOCK_KINDS \
                or later.anchor != "text" or later.res.start is None \
                or later.res.start != earlier.res.start \
                or ctx.sentence_start(later.start) > earlier.start:
            continue
        on = past_midnight(earlier, later, later.res.start)
        if on != later.res.start and later.res.value:
            later.res = Resolved(on.isoformat() + later.res.value[10:], on, on, "day")
