"""Resolvers of compound time expressions: a count of units from a named day ("a week from
today"), a weekday of a month ("the first Monday in October"), the week of a day, the edges of a
year or month ("the final days of 2023"), two consecutive years ("the 2023-24 season") and a few
vague words of the clock ("overnight", "at dawn", "by midweek", "in the new year").

Split from :mod:`.time_resolve` (which keeps the simple kinds); :mod:`claimledger.nlp.times`
merges :data:`COMPOUND_RESOLVERS` into its table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from . import time_calendar as cal
from .time_calendar import NONE, Resolved
from .time_context import Candidate, Context, Mood, choose_instance, governing_verb, yearly
from .time_grammar import grammar, words
from .time_resolve import (
    ResolverResult,
    _clock_day,
    _month_num,
    _nearest_month,
    _nth_weekday,
    _num,
    _passage_year,
    _r_next_day,
    _unit_code,
    _weekday_num,
    resolve_full_date,
    resolve_weekday,
    units_from,
    with_part,
)

#: Duration unit letters -> the calendar step a count of them moves a day by.
DAY_STEPS = {"D": ("day", 1), "W": ("week", 1), "FN": ("week", 2), "M": ("month", 1),
             "Q": ("quarter", 1), "Y": ("year", 1), "DE": ("year", 10), "CE": ("year", 100)}

#: Days the named base of "… from today" lies from the publication date.
BASE_DAYS = {"today": 0, "now": 0, "tomorrow": 1, "yesterday": -1}


def _r_from_anchor(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"a week from today" (a day), "five years from now" (a year: "now" is known only to the
    unit), "two weeks from Friday" (that Friday, the coming one, moved on): one DATE."""
    g = c.match.groupdict()
    amount, code = _num(g["num"]), _unit_code(g["unit"])
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    if amount is None:  # "a few weeks from now": some time ahead
        return "DATE", Resolved("FUTURE_REF"), "published", c.start, c.end
    if code == "H" and amount % 24 == 0:  # "72 hours from now": three days
        amount, code = amount / 24, "D"
    base_word = (g.get("base") or "").lower()
    if base_word == "now":
        kind, res = units_from(ctx.published, amount, code, 1)
        return kind, res, "published", c.start, c.end
    if base_word in BASE_DAYS:
        base: date | None = ctx.published + timedelta(days=BASE_DAYS[base_word])
    else:
        shift = 1 if (g.get("next") or "").lower() == "next" else 0
        base = resolve_weekday(ctx.published, _weekday_num(g.get("wd")) or 1, shift,
                               "future").start
    step = DAY_STEPS.get(code)
    if base is None or step is None or amount != int(amount):
        kind = "TIME" if code in ("H", "MIN", "S") else "DATE"
        return kind, NONE, "published", c.start, c.end
    moved = cal.shift(base, step[0], int(amount) * step[1])
    return "DATE", cal.day(moved), "published", c.start, c.end


#: The "from" that ends the length of "48 hours from Friday".
FROM_AT_END = re.compile(r"\s+(?i:from)\s+$")


def lasting_parts(ctx: Context, c: Candidate) -> list[Candidate] | None:
    """"The strike will last 48 hours from Friday": after a verb of lasting (lexicon
    "lasting_verbs", not passive: "will be held two weeks from Sunday" is one date) or a state
    ("in force", "valid"), "N units from <day>" is a length and its start, as after "for".
    The two parts as the other patterns read them; None when ``c`` is one date."""
    if c.kind != "from_anchor" or not _after_lasting(ctx, c.start):
        return None
    parts: list[Candidate] = []
    base = c.match.start("base")
    length_end = c.start + len(FROM_AT_END.sub("", ctx.text[c.start:base]))
    for start, end in ((c.start, length_end), (base, c.end)):
        best: Candidate | None = None
        for priority, (kind, pattern) in enumerate(grammar().patterns):
            if kind == "from_anchor":
                continue
            match = pattern.match(ctx.text, start, end)
            if match is not None and match.end() > start and (best is None
                                                              or match.end() > best.end):
                best = Candidate(kind, start, match.end(), match, priority)
        if best is not None:
            parts.append(best)
    return parts


def _after_lasting(ctx: Context, start: int) -> bool:
    """Does a verb of lasting or a state word govern the figure at ``start``: one of the three
    words before it ("will last", "will stay open", "be in force", "valid")?"""
    token = ctx.token_at(start)
    if token is None:
        return False
    clause = words().clause
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    if prev is not None and prev.lower_ in clause["lasting_states"] and (
            prev.pos_ == "ADJ" or prev.i > 0 and doc[prev.i - 1].lower_ == "in"):
        return True  # "valid", "in force" (not "take effect", "come into force": a start)
    for k in range(token.i - 1, max(-1, token.i - 4), -1):
        word = doc[k]
        if word.is_punct:
            return False
        if word.pos_ in ("VERB", "AUX") and word.lemma_.lower() in clause["lasting_verbs"]:
            # not passive ("will be held"), nor with a particle ("runs out": an end)
            return not any(child.dep_ in ("auxpass", "prt") for child in word.children)
    return False


def _r_after_next(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the day after tomorrow" (two days on), "the day before yesterday" (two days back),
    "the week after next" (two weeks on)."""
    g = c.match.groupdict()
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    if g.get("rd"):
        step = 2 if g["rd"].lower().startswith("after") else -2
        return "DATE", cal.day(ctx.published + timedelta(days=step)), "published", c.start, c.end
    unit = g["unit"].lower()
    if unit == "weekend":
        return "DATE", cal.weekend_of(ctx.published + timedelta(weeks=2)), "published", \
            c.start, c.end
    moved = cal.shift(ctx.published, unit, 2)
    return "DATE", cal.at_grain(moved, unit) if moved else NONE, "published", c.start, c.end


def _yearly_choice(ctx: Context, mood: Mood, make: Callable[[int], Resolved]) -> Resolved:
    """The instance of a yearly date the clause means, seen from the publication date."""
    if ctx.published is None:
        return NONE
    return choose_instance(yearly(ctx.published, make), ctx.published, mood)


def _r_nth_weekday(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the first Monday in October", "the last Friday of March 2024": that day of the month,
    in the named year, else the year the clause's tense points to (as "on Oct. 6")."""
    g = c.match.groupdict()
    mon, wd = _month_num(g["mon"]), _weekday_num(g["wd"])
    which = words().ordinals.get(g["ord"].lower(), 0)
    if mon is None or wd is None or which == 0:
        return "DATE", NONE, None, c.start, c.end

    def on_day(y: int) -> Resolved:
        found = _nth_weekday(y, mon, wd, which, 0)
        return cal.day(found) if found is not None and found.month == mon else NONE  # "the
        # fifth Monday in February" of a year that has four is no day

    if g.get("year"):
        return "DATE", on_day(int(g["year"])), None, c.start, c.end
    return "DATE", _yearly_choice(ctx, mood, on_day), "published", c.start, c.end


def _r_week_of_day(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the week of July 9": the ISO week holding that day (TimeML "2025-W28")."""
    res, anchor = resolve_full_date(ctx, c, mood)
    if res.start is None:
        return None if ctx.published is not None or c.match.group("year") else (
            "DATE", NONE, anchor, c.start, c.end)  # "the week of May 32": no day at all
    return "DATE", cal.week_of(res.start), anchor, c.start, c.end


def _r_edge_of(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the final days of 2023" (its last month: "2023-12"), "the first weeks of March" (that
    month, its first ten days), "the closing months of last year" (its last third, as "late
    2024")."""
    g = c.match.groupdict()
    end = (g["edge"].lower() not in ("first", "opening"))
    unit = g["unit"].lower()
    anchor: str | None = None
    if g.get("year"):
        base = cal.year(int(g["year"]))
    elif g.get("mon"):
        mon = _month_num(g["mon"])
        if g.get("year2") and mon:
            base = cal.month(int(g["year2"]), mon)
        elif ctx.published is not None and mon:
            base, anchor = _nearest_month(ctx.published, mon, mood or "past"), "published"
        else:
            base, anchor = NONE, "published"
    elif g.get("rel"):
        if ctx.published is None:
            return "DATE", NONE, "published", c.start, c.end
        shift = {"last": -1, "next": 1}.get(g["rel"].lower(), 0)
        moved = cal.shift(ctx.published, g["relunit"].lower(), shift)
        base = cal.at_grain(moved, g["relunit"].lower()) if moved else NONE
        anchor = "published"
    elif g["theunit"].lower() == "year":
        found = _passage_year(ctx, c)
        if found is None:
            return None
        base, anchor = found[1], found[2]
    else:
        if ctx.published is None:
            return "DATE", NONE, "published", c.start, c.end
        base, anchor = cal.month(ctx.published.year, ctx.published.month), "published"
    if base.start is None:
        return "DATE", NONE, anchor, c.start, c.end
    if base.grain == "year" and unit in ("days", "weeks"):
        res = cal.month(base.start.year, 12 if end else 1)
    else:
        res = cal.part_of(base, "END" if end else "START")
    return "DATE", res, anchor, c.start, c.end


def _r_next_quarter(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the previous quarter", "the following quarter": a quarter from the passage's last date
    (else from the publication date), as "the previous month"; "over the next quarter" is a
    stretch. A bare year ("below 2019 levels", "the 2024 report", "in 2021") has no next
    quarter of its own: only a day, a month or a quarter anchors it."""
    return _r_next_day(ctx, c, mood, QUARTER_ANCHOR_GRAINS)


#: The grains of a date that "the following quarter" may count from.
QUARTER_ANCHOR_GRAINS = frozenset({"day", "month", "quarter"})


def _r_year_span(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the 2023-24 season", "1990-91", "the 2024-25 fiscal year": two consecutive years named
    as one period. TimeML has no value for it: the value is the first year and the interval
    covers both years. Digits that are no such pair ("1990-95") keep the first year only."""
    g = c.match.groupdict()
    first = int(g["year"])
    before = ctx.text[max(0, c.start - 20):c.start].split()
    if before and before[-1].lower().strip(",(") in words().clause["number_label_nouns"]:
        return None  # "Resolution 2023-24", "Case 2019-07": a label's number, not years
    if (first + 1) % 100 != int(g["yy"]) or first // 100 not in (18, 19, 20):
        return "DATE", cal.year(first), None, c.start, c.start + 4
    one, two = cal.year(first), cal.year(first + 1)
    if one.start is None or two.end is None:
        return "DATE", NONE, None, c.start, c.end
    return "DATE", Resolved(one.value, one.start, two.end, "year"), None, c.start, c.end


def _r_overnight(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"overnight" (TimeML TNI): in a report of the past the night before the publication day,
    else the coming night; "overnight Thursday": that day's night."""
    g = c.match.groupdict()
    if ctx.published is None:
        return "TIME", NONE, "published", c.start, c.end
    if g.get("wd"):
        day_res = resolve_weekday(ctx.published, _weekday_num(g["wd"]) or 1, 0, mood)
    else:
        back = 1 if mood in ("past", None) else 0
        day_res = cal.day(ctx.published - timedelta(days=back))
        into = INTO_DAY.match(ctx.text, c.end)
        day_num = words().weekdays.get(into.group("wd").lower().rstrip(".")) if into else None
        if day_num is not None:  # "shelled overnight into Thursday": Wednesday's night
            morning = resolve_weekday(ctx.published, day_num, 0, mood)
            if morning.start is not None:
                day_res = cal.day(morning.start - timedelta(days=1))
    return "TIME", with_part(day_res, "night")[1], "published", c.start, c.end


#: "overnight into Thursday": the night that ends on that morning.
INTO_DAY = re.compile(r"\s+(?i:into)\s+(?P<wd>[A-Z][a-z]+\.?)")
#: "from dusk till dawn": an evening whose night runs on to the next morning.
DUSK_TO_DAWN = re.compile(r"\s+(?i:till|until|to|and|into)\s+"
                         r"(?i:dawn|daybreak|sunrise|first\s+light)\b")


#: Words of twilight -> the TimeML part of day they fall in.
TWILIGHT_PARTS = {"dawn": "morning", "daybreak": "morning", "sunrise": "morning",
                  "first light": "morning", "dusk": "evening", "sunset": "evening",
                  "nightfall": "evening"}


def _r_twilight(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"at dawn", "by dusk": the morning or evening (TMO, TEV) of the day the sentence names,
    else of the publication day; in a habitual present clause, of any day."""
    part = TWILIGHT_PARTS.get(" ".join(c.match.group("tw").lower().split()), "morning")
    if mood == "present" or _daily_habit(ctx, c.start):
        code = words().day_parts[part]
        return "TIME", Resolved(f"XXXX-XX-XXT{code}"), None, c.start, c.end
    base, anchor = _clock_day(ctx, c.start)
    ahead = mood == "future" and anchor == "published" and not _told_with_would(ctx, c)
    if part == "evening" and mood == "past" and anchor == "published" and base.start is not None \
            and DUSK_TO_DAWN.match(ctx.text, c.end):
        base = cal.day(base.start - timedelta(days=1))  # "raged from dusk till dawn": last night
    if base.start is not None and part == "morning" and (
            ahead or (base.value or "").endswith(("TNI", "TEV"))):
        # "frost by dawn" told ahead (today's dawn has gone by), "clear overnight, with fog by
        # dawn", "from dusk till dawn": the next morning; a dusk told ahead is still today's
        base = cal.day(base.start + timedelta(days=1))
    return "TIME", with_part(base, part)[1], anchor, c.start, c.end


def _told_with_would(ctx: Context, c: Candidate) -> bool:
    """Does "would" carry the clause of ``c`` ("at dawn, he would drive south"): a future seen
    from a past moment of the story, not from the publication date? Not in a reported clause
    ("said the troops would leave at dawn": a future told now)."""
    span = ctx.span(c.start, c.end)
    verb = governing_verb(span) if span is not None else None
    return verb is not None and verb.dep_ != "ccomp" and any(
        child.dep_ == "aux" and child.lower_ in ("would", "'d") for child in verb.children)


#: Day units and parts that "every"/"each" makes a daily habit ("at dawn every day").
DAILY_NOUNS = frozenset({"day", "night", "morning", "evening", "afternoon", "dawn", "dusk"})


def _daily_habit(ctx: Context, start: int) -> bool:
    """Does the sentence say it happens every day ("set out at dawn every day", "each
    evening", "nightly") or name a set just before ("on weekends, … at dusk")? Then a dawn or
    a dusk in it is any day's."""
    sentence = ctx.sentence(start)
    if sentence is None:
        return False
    if ctx.found and ctx.found[-1].type == "SET" and ctx.found[-1].start >= sentence.start_char:
        return True  # "on weekends, the park closes at dusk"
    adverbs = words().set_adverbs
    return any(t.lower_ in ("every", "each") and t.head.lower_ in DAILY_NOUNS
               or t.lower_ in adverbs and adverbs[t.lower_] == "P1D" for t in sentence)


#: From Thursday on, a midweek still ahead is the next week's.
MIDWEEK_PASSED = 3


def _r_midweek(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"by midweek": Tuesday to Thursday of the publication's week (value: that week); told
    ahead late in the week, the next week's."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    ahead = mood in ("future", "present") and ctx.published.weekday() >= MIDWEEK_PASSED
    week = cal.week_of(ctx.published + timedelta(weeks=1 if ahead else 0))  # "due by midweek"
    if week.start is None:
        return "DATE", NONE, "published", c.start, c.end
    res = Resolved(week.value, week.start + timedelta(days=1), week.start + timedelta(days=3),
                   "week")
    return "DATE", res, "published", c.start, c.end


#: From this month on, "the new year" is the next calendar year.
NEW_YEAR_FROM_MONTH = 9


def _r_new_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"in the new year": the next calendar year late in a year, the current one early in it."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    late = ctx.published.month >= NEW_YEAR_FROM_MONTH
    return "DATE", cal.year(ctx.published.year + (1 if late else 0)), "published", c.start, \
        c.end


def _r_clock_hours(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"at 0400 hours": a 24-hour clock time on the day the sentence names."""
    hour, minute = int(c.match.group("h")), int(c.match.group("m"))
    base, anchor = _clock_day(ctx, c.start)
    if base.start is None or base.grain != "day":
        return "TIME", NONE, anchor, c.start, c.end
    value = f"{base.start.isoformat()}T{hour:02d}:{minute:02d}"
    return "TIME", Resolved(value, base.start, base.end, "day"), anchor, c.start, c.end


def _r_weekends(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"on weekends": every weekend (TimeML SET "XXXX-WXX-WE")."""
    return "SET", Resolved("XXXX-WXX-WE"), None, c.start, c.end


COMPOUND_RESOLVERS: dict[str, Callable[[Context, Candidate, Mood], ResolverResult]] = {
    "from_anchor": _r_from_anchor, "after_next": _r_after_next, "nth_weekday": _r_nth_weekday,
    "week_of_day": _r_week_of_day, "edge_of": _r_edge_of, "next_quarter": _r_next_quarter,
    "year_span": _r_year_span, "overnight": _r_overnight, "twilight": _r_twilight,
    "midweek": _r_midweek, "new_year": _r_new_year, "clock_hours": _r_clock_hours,
    "weekends": _r_weekends,
}

#: The compound kinds whose resolution reads the clause's tense and mood.
COMPOUND_MOOD_KINDS = frozenset({"nth_weekday", "week_of_day", "edge_of", "next_quarter",
                                 "overnight", "twilight", "midweek"})
