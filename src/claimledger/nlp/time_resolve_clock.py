"""Resolvers for clock times and parts of the day: "10 a.m.", "22:30 GMT", "nine o'clock",
"noon", "midnight", "in the afternoon", each on the day its sentence names (else the
publication day); and :func:`with_part` / :func:`with_clock`, which put a part of the day or a
clock time on a resolved day for the other resolvers."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Span

from . import time_calendar as cal
from .time_calendar import NONE, Resolved
from .time_clause import finite_clause_verb, governing_verb, past_perfect
from .time_context import LOOK_BACK, Candidate, Context, Found, Mood
from .time_grammar import proper_names, words
from .time_mood import clause_mood
from .time_resolve_common import ResolverResult, count_value, weekday_num


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


def clock_day(ctx: Context, start: int, mood: Mood = None,
              hour: int | None = None) -> tuple[Resolved, str | None]:
    """The day a clock time falls on: a day-level date earlier in its sentence, else the
    publication date; in a past clause the publication date where the sentence's last day is
    still ahead ("will face Ferrer in Sunday's final after Ferrer won in the afternoon": not
    Sunday's afternoon)."""
    sent_start = ctx.sentence_start(start)
    for index in range(len(ctx.found) - 1, max(-1, len(ctx.found) - 1 - LOOK_BACK), -1):
        prior = ctx.found[index]
        if prior.start < sent_start:
            span = ctx.span(start, start + 1)
            told = mood or clause_mood(span)  # clocks have no mood kind of their own
            if told == "past" and span is not None and _before_the_past(span):
                hour = None  # "At 7:30, passengers had already filled …": no next day
            day_index = _last_day_before(ctx, index)
            clocked = _clocked_day_before(ctx, day_index, start, hour) \
                if told == "past" and day_index is not None else None
            if clocked is not None:
                return clocked, "text"
            break
        if prior.res.grain == "day" and prior.type in ("DATE", "TIME"):
            if mood == "past" and ctx.published is not None and prior.res.start is not None \
                    and prior.res.start > ctx.published:
                break
            return prior.res, "text"
    return cal.day(ctx.published) if ctx.published else NONE, "published"


def _last_day_before(ctx: Context, index: int) -> int | None:
    """The last expression at or before ``index`` in its sentence that names a day (a year or
    a length after it — "on Friday night …, the first since Wilma in 2005" — is skipped)."""
    sent_start = ctx.sentence_start(ctx.found[index].start)
    for k in range(index, -1, -1):
        found = ctx.found[k]
        if found.start < sent_start:
            return None
        if found.res.grain == "day" and found.type in ("DATE", "TIME"):
            return k
    return None


def _clocked_day_before(ctx: Context, index: int, start: int,
                        hour: int | None) -> Resolved | None:
    """For a clock time of a past clause at ``start`` (``hour`` o'clock, if known): the day of
    the last time in the sentence right before, if that is a clock time or a part of a day with
    its day ("The shooting occurred at 2:15 a.m. Sunday. A second one was reported at 4 a.m.",
    "launched a spacecraft Tuesday night. It lifted off at 10:21 p.m."): the story's clock runs
    on that day, and on the next one for an hour earlier than that clock's ("began at 9 p.m.
    Thursday. By 8 a.m., …")."""
    prior = ctx.found[index]
    if prior.res.start is None or prior.res.grain != "day":
        return None
    if prior.type == "TIME" and not _names_its_day(ctx, prior):
        return None  # "It is 9:00 a.m. … The AP called the race at 2:29 a.m.": no day named
    if not _clocked(prior) and prior.type != "TIME" and not (
            # the clock and its day not yet merged: "2:15 a.m. Sunday"
            prior.type == "DATE" and index > 0 and _clocked(ctx.found[index - 1])
            and 0 <= prior.start - ctx.found[index - 1].end <= CLOCK_DAY_GAP):
        return None
    own = ctx.sentence_start(start)
    if ctx.sentence_start(prior.start) != ctx.sentence_start(max(0, own - 1)):
        return None  # not the sentence right before
    clock = next((f for f in (prior, ctx.found[index - 1] if index > 0 else prior)
                  if _clocked(f)), None)
    earlier = VALUE_HOUR.search(clock.res.value or "") if clock is not None else None
    night = (prior.res.value or "").endswith(("TNI", "TEV")) and hour is not None \
        and hour < SMALL_HOURS_END  # "late on Saturday night. … arrived at 12:30 a.m."
    if night or (hour is not None and earlier is not None and hour < int(earlier.group(1))):
        return cal.day(prior.res.start + timedelta(days=1))
    return cal.day(prior.res.start)


def r_clock(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
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
    elif 1 <= hour <= 11 and ":" in c.match.group() \
            and not morning_after_clock().match(ctx.text, c.end) \
            and _after_an_evening_clock(ctx, c.start, hour + 12):
        hour += 12  # "began at 9:40 p.m. and ended at 10:05": 22:05 (not "started at 9 p.m.
        # He was arrested at 10:44 Thursday morning", one sentence to the parser)
    # only a clock said to be in the morning may run into the next day of the story
    base, anchor = clock_day(ctx, c.start, mood, hour if ampm.startswith("a") else None)
    res = with_clock(base, hour, minute)
    return "TIME", res, anchor, c.start, c.end


#: The hour before which a clock after an evening or a night is on the next day.
SMALL_HOURS_END = 6
#: Characters between a clock time and the day it is on ("2:15 a.m. Sunday", "9 a.m., Oct. 3").
CLOCK_DAY_GAP = 2


def _before_the_past(span: Span) -> bool:
    """Is the clock's clause in the past perfect ("had already filled"), told before the story's
    last clock rather than after it?"""
    verb = governing_verb(span)
    return verb is not None and past_perfect(finite_clause_verb(verb))


def _names_its_day(ctx: Context, found: Found) -> bool:
    """Does the time's own text name its day ("2:15 a.m. Sunday", "Tuesday night", "9 a.m.
    Oct. 3", "yesterday morning"), not only a clock ("9:00 a.m.")?"""
    w = words()
    names = {word.strip(".,").lower() for word in ctx.text[found.start:found.end].split()}
    return any(name in w.weekdays or name in w.months or name in w.relative_days
               for name in names)


def _clocked(found: Found) -> bool:
    """Is the time a clock time ("2025-02-27T10:00")?"""
    return found.type == "TIME" and VALUE_HOUR.search(found.res.value or "") is not None


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


@cache
def morning_after_clock() -> re.Pattern[str]:
    """A time of the morning right after a clock ("10:44 Thursday morning", "8:15 this
    morning", "10:44 early Thursday", "5:30 in the morning", "at dawn"): the clock is in the
    morning. Not a morning word in another sense ("7:30, early in the evening", "at 8:30 on
    Morning Edition")."""
    weekday = proper_names(words().weekdays)
    return re.compile(rf"\s+(?:(?:on\s+)?(?:{weekday}|(?i:this|that|yesterday|tomorrow))\s+"
                      rf"(?i:morning)|(?i:early)\s+(?:{weekday}|(?i:today|tomorrow|yesterday))"
                      r"|(?i:in\s+the\s+morning|at\s+dawn))\b")


def r_oclock(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"nine o'clock", "10 o'clock p.m.": a whole hour on the day the sentence names."""
    hour = count_value(c.match.group("h"))
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
    base, anchor = clock_day(ctx, c.start)
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


def r_noon(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"noon", "midnight"."""
    word = c.match.group("noon").lower()
    base, anchor = clock_day(ctx, c.start)
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


def r_part_of_day(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"in the afternoon": that part of the day the sentence names, else of the publication
    day ("2025-02-27TAF"); in a habitual present clause, of any day ("XXXX-XX-XXTAF")."""
    part = c.match.group("part")  # the span starts at "the" (the pattern's core)
    if mood == "present":
        code = words().day_parts.get(part.lower())
        return "TIME", Resolved(f"XXXX-XX-XXT{code}"), None, c.start, c.end
    trading = TRADING_DAY_AFTER.match(ctx.text, c.end)
    if trading is not None and ctx.published is not None:
        anchor = None if trading.group("day") else "published"  # a day written after it
        # is not redated from the passage
        return "TIME", with_part(cal.day(_trading_day(ctx, trading)), part)[1], anchor, \
            c.start, c.end
    base, anchor = clock_day(ctx, c.start, mood)
    return "TIME", with_part(base, part)[1], anchor, c.start, c.end


#: The trading a part of the day times, and the day written after it ("in morning trading
#: on Thursday", "in afternoon trading yesterday").
TRADING_DAY_AFTER = re.compile(r"\s+(?i:trading|trade|dealings)\b(?:\s+(?:(?i:on)\s+)?"
                               r"(?P<day>(?i:monday|tuesday|wednesday|thursday|friday|"
                               r"yesterday|today))\b)?")


def _trading_day(ctx: Context, match: re.Match[str]) -> date:
    """The day of the trading: the one written after it (a weekday told in a report is the
    past one, or today), else the publication day (at a weekend, Friday's session)."""
    assert ctx.published is not None
    day = (match.group("day") or "").lower()
    if day == "yesterday":
        return ctx.published - timedelta(days=1)
    if day and day != "today":
        back = (ctx.published.isoweekday() - (weekday_num(day) or 1)) % 7
        return ctx.published - timedelta(days=back)
    weekend = ctx.published.isoweekday() - 5
    return ctx.published - timedelta(days=weekend) if weekend > 0 else ctx.published
