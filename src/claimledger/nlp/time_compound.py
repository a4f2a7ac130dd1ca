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

from spacy.tokens import Token

from . import time_calendar as cal
from .time_calendar import NONE, Resolved
from .time_clause import governing_verb
from .time_context import Candidate, Context, Mood
from .time_grammar import grammar, words
from .time_mood import choose_instance, yearly
from .time_resolve import (
    ResolverResult,
    clock_day,
    count_value,
    month_num,
    nearest_month,
    nth_weekday_date,
    passage_year,
    r_next_day,
    resolve_full_date,
    resolve_weekday,
    unit_code,
    units_from,
    weekday_num,
    with_clock,
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
    amount, code = count_value(g["num"]), unit_code(g["unit"])
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
        base = resolve_weekday(ctx.published, weekday_num(g.get("wd")) or 1, shift,
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
    mon, wd = month_num(g["mon"]), weekday_num(g["wd"])
    which = words().ordinals.get(g["ord"].lower(), 0)
    if mon is None or wd is None or which == 0:
        return "DATE", NONE, None, c.start, c.end

    def on_day(y: int) -> Resolved:
        found = nth_weekday_date(y, mon, wd, which, 0)
        return cal.day(found) if found is not None and found.month == mon else NONE  # "the
        # fifth Monday in February" of a year that has four is no day

    if g.get("year"):
        return "DATE", on_day(int(g["year"])), None, c.start, c.end
    return "DATE", _yearly_choice(ctx, mood, on_day), "published", c.start, c.end


def _r_week_of_day(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the week of July 9": the ISO week holding that day (TimeML "2025-W28"); "the weekend
    of March 29": that week's weekend ("2025-W13-WE")."""
    res, anchor = resolve_full_date(ctx, c, mood)
    if res.start is None:
        return None if ctx.published is not None or c.match.group("year") else (
            "DATE", NONE, anchor, c.start, c.end)  # "the week of May 32": no day at all
    if c.match.group("wk").lower() == "weekend":  # "the weekend of March 29"
        return "DATE", cal.weekend_of(res.start), anchor, c.start, c.end
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
        mon = month_num(g["mon"])
        if g.get("year2") and mon:
            base = cal.month(int(g["year2"]), mon)
        elif ctx.published is not None and mon:
            base, anchor = nearest_month(ctx.published, mon, mood or "past"), "published"
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
        found = passage_year(ctx, c)
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
    return r_next_day(ctx, c, mood, QUARTER_ANCHOR_GRAINS)


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
        day_res = resolve_weekday(ctx.published, weekday_num(g["wd"]) or 1, 0, mood)
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
    base, anchor = clock_day(ctx, c.start)
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
#: Words before "the new year" that look ahead to it from any month but January.
NEW_YEAR_AHEAD = frozenset({"before", "until", "till", "by"})


def _r_new_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"in the new year": the next calendar year late in a year, the current one early in it."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    word = c.match.group(0).split()[0].lower()
    if word == "since":
        late = False  # "since the new year": the year now running
    elif word in NEW_YEAR_AHEAD:
        late = ctx.published.month > 1  # "before the new year" in July: the next one
    else:
        late = ctx.published.month >= NEW_YEAR_FROM_MONTH
    return "DATE", cal.year(ctx.published.year + (1 if late else 0)), "published", c.start, \
        c.end


def _r_clock_hours(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"at 0400 hours": a 24-hour clock time on the day the sentence names."""
    hour, minute = int(c.match.group("h")), int(c.match.group("m"))
    base, anchor = clock_day(ctx, c.start)
    if base.start is None or base.grain != "day":
        return "TIME", NONE, anchor, c.start, c.end
    value = f"{base.start.isoformat()}T{hour:02d}:{minute:02d}"
    return "TIME", Resolved(value, base.start, base.end, "day"), anchor, c.start, c.end


def _r_weekends(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"on weekends": every weekend (TimeML SET "XXXX-WXX-WE")."""
    return "SET", Resolved("XXXX-WXX-WE"), None, c.start, c.end


def _r_this_time(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"this time last year", "the same time next week", "this time a year ago", "this time
    tomorrow": the publication's day moved by that unit (one DATE, a day)."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    g = c.match.groupdict()
    if g.get("rd"):
        moved: date | None = ctx.published + timedelta(days=BASE_DAYS[g["rd"].lower()])
    else:
        unit = (g.get("relunit") or g.get("unit") or "").lower()
        moved = cal.shift(ctx.published, unit, 1 if (g.get("rel") or "").lower() == "next"
                          else -1)
    return "DATE", cal.day(moved), "published", c.start, c.end


#: A length of time on a day just before ("a week on Monday and a week on Tuesday"): the next
#: "a week on <day>" is a length too.
WEEK_ON_COORDINATED = re.compile(r"(?i:weeks?|fortnight|days?|months?)\s+(?i:on)\s+[\w.]+\s*"
                                 r"(?:,|(?i:and|or))\s*$")
#: "for a week on Monday" is a length of time; "set for a week on Monday" a date.
WEEK_ON_FOR = re.compile(r"(?i:\b(?P<verb>\w+)\s+)?\bfor\s+$")


def _r_week_on(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """British "a week on Monday" (the Monday after the coming one), "a fortnight on Friday",
    "a week tomorrow": that many weeks after the named day. The idiom looks ahead: not in a
    report of the past ("took effect a week on Friday"), nor a length ("for a week on Monday",
    "a week on Monday and a week on Tuesday", "a week on Tuesday drills")."""
    if mood == "past":
        return None
    before = ctx.text[max(0, c.start - 40):c.start]
    after_for = WEEK_ON_FOR.search(before)
    if after_for is not None and not (
            after_for.group("verb") and _lemma_at(ctx, c.start - len(before)
                                                  + after_for.start("verb"))
            in words().clause["set_for_verbs"]):
        return None  # "worked for a week on Monday"; not "set for a week on Thursday"
    if WEEK_ON_COORDINATED.search(before):
        return None
    g = c.match.groupdict()
    part, end = None, c.end
    if g.get("wd"):
        day = ctx.token_at(c.match.start("wd"))
        if day is not None and day.dep_ in ("compound", "nmod", "amod") and day.head.i > day.i:
            if day.head.i != day.i + 1 or day.head.lower_ not in words().day_parts:
                return None  # "a week on Tuesday drills"
            part, end = day.head.lower_, day.head.idx + len(day.head)  # "… on Sunday night"
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    amount = count_value(g["num"])
    if amount is None or amount != int(amount):
        return None
    weeks = int(amount) * (2 if g["unit"].lower() == "fortnight" else 1)
    if g.get("rd"):
        base: date | None = ctx.published + timedelta(days=BASE_DAYS[g["rd"].lower()])
    else:
        base = resolve_weekday(ctx.published, weekday_num(g["wd"]) or 1, 1, "future").start
    moved = base + timedelta(weeks=weeks) if base else None
    if part is not None:
        kind, res = with_part(cal.day(moved), part)
        return kind, res, "published", c.start, end
    return "DATE", cal.day(moved), "published", c.start, c.end


def _lemma_at(ctx: Context, offset: int) -> str:
    """The lemma of the word at character ``offset`` (lower case; "" when none)."""
    token = ctx.token_at(offset)
    return token.lemma_.lower() if token is not None else ""


#: The prepositions before "the 28th" that make it a day ("on the 28th", "until the 31st").
ORDINAL_DAY_CUES = frozenset({"on", "by", "until", "till", "before", "after", "since", "from"})

#: "between the 10th and the 12th": "between" is a cue when a second ordinal day closes it.
ORDINAL_BETWEEN_AFTER = re.compile(r"\s*(?:-|–|(?i:and|to|through))\s+(?i:the\s+)?[1-3]?\d"
                                   r"(?i:st|nd|rd|th)\b")

#: Parts of speech that may follow a bare ordinal day: the clause goes on ("on the 28th, …",
#: "on the 28th and …", "by the 5th of May", "on the 5th he resigned"); any other word is one of
#: the thing it counts ("on the 28th floor", "on the 3rd down", "the 5th anniversary").
AFTER_ORDINAL_DAY = frozenset({"PUNCT", "CCONJ", "SCONJ", "ADP", "VERB", "AUX", "PRON", "DET",
                               "PART", "SPACE"})

#: A second ordinal day closing a range the first opened ("from the 3rd to the 7th", "between
#: the 10th and the 12th"): a day too, without a cue of its own.
ORDINAL_RANGE_BEFORE = re.compile(r"(?i:\b(?:from|between)\s+the\s+[1-3]?\d(?:st|nd|rd|th)\s*"
                                  r"(?:-|–|to|through|until|till|and)\s*)$")


def _r_ordinal_day(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"on the 28th", "by the 5th": that day of the month the passage named last (a later day
    of it), else of the publication's month or a neighbour, by the clause's tense (the last one
    in a report of the past, else the next one); nothing when a noun or the like follows ("the
    28th floor", "the 3rd down"), or "of" something other than a month ("the 15th of 20
    stages")."""
    day_n = int(c.match.group("day"))
    before_text = ctx.text[max(0, c.start - 40):c.start]
    before = before_text[-8:].split()
    if not 1 <= day_n <= 31 or not before:
        return None
    closing = ORDINAL_BETWEEN_AFTER.match(ctx.text, c.end) if before[-1].lower() in (
        "between", "from") else None
    if before[-1].lower() not in ORDINAL_DAY_CUES and not ORDINAL_RANGE_BEFORE.search(
            before_text) and closing is None:
        return None
    if not _ends_a_day(ctx, c.end) or (closing is not None and not _ends_a_day(ctx,
                                                                               closing.end())):
        return None  # "on the 28th floor", "between the 3rd and the 4th innings"
    index = ctx.text_anchor(c.start)
    prior = ctx.found[index].res if index is not None else None
    if prior is not None and prior.start is not None and (
            prior.grain == "month" or (prior.grain == "day" and prior.start.day < day_n)) \
            and (ctx.published is None or prior.start.replace(day=1)
                 != ctx.published.replace(day=1)):
        # "Fighting began on March 3 … on the 28th": that month's
        return "DATE", cal.day(cal.safe_date(prior.start.year, prior.start.month, day_n)), \
            "text", c.start, c.end
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    instances = []
    for months in (-1, 0, 1):
        first = cal.shift_months(ctx.published.replace(day=1), months)
        if first is not None:
            instances.append(cal.day(cal.safe_date(first.year, first.month, day_n)))
    if mood is None:
        verb = governing_verb(ctx.span(c.start, c.end)) if ctx.span(c.start, c.end) else None
        mood = "past" if verb is not None and verb.tag_ in ("VBD", "VBN") else "future"
    elif mood != "past":
        mood = "future"  # "the vote is on the 28th": a timetable; no verb: a notice ahead
    return "DATE", choose_instance(instances, ctx.published, mood), "published", c.start, c.end


def _ends_a_day(ctx: Context, end: int) -> bool:
    """Does the ordinal ending at ``end`` end a day: the next word goes on with the clause
    ("on the 28th, …", "by the 5th of May"), not a noun it counts ("the 28th floor", "the 3rd
    down", "the 15th of 20 stages")?"""
    token = ctx.token_at(end - 1)
    if token is None or token.i + 1 >= len(token.doc):
        return True
    following = token.doc[token.i + 1]
    if following.pos_ not in AFTER_ORDINAL_DAY and not following.is_punct:
        return False
    return following.lower_ != "of" or _of_a_month(ctx, following)


#: What "of" after an ordinal day may name besides a month: "the 5th of this month".
ORDINAL_OF_MONTH = re.compile(r"(?i:of\s+(?:this|next|last|the\s+(?:same|following|previous))"
                              r"\s+month)\b")


def _of_a_month(ctx: Context, of_token: Token) -> bool:
    """Does "of" after an ordinal day name a month ("the 7th of June", "of this month")?"""
    if ORDINAL_OF_MONTH.match(ctx.text, of_token.idx):
        return True
    doc = of_token.doc
    return of_token.i + 1 < len(doc) and doc[of_token.i + 1].lower_.rstrip(".") in words().months


#: Words before a clock written with no colon and no "o'clock" ("at three in the afternoon",
#: not "scored three in the afternoon").
CLOCK_PART_CUES = frozenset({"at", "by", "until", "till", "from", "around", "about", "before",
                             "after", "since", "to", "and", "between", "approximately",
                             "past", "or"})

#: Minutes told before the hour: "half past three", "a quarter to eight", "twenty past ten".
CLOCK_MINUTES_BEFORE = re.compile(
    r"(?<![\w-])(?P<mins>(?i:half|(?:a\s+)?quarter|\d{1,2}|five|ten|twenty|twenty[-\s]five)"
    r"(?:\s+(?i:minutes?))?)\s+(?P<dir>(?i:past|after|to|before|till))\s+$")
MINUTE_WORDS = {"half": 30, "quarter": 15, "a quarter": 15, "five": 5, "ten": 10, "twenty": 20,
                "twenty-five": 25, "twenty five": 25}


def _r_clock_part(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"8:30 in the morning", "three in the afternoon", "ten o'clock at night", "half past
    three in the afternoon": one TIME, the hour read in that half of the day, on the day the
    sentence names (in a habitual present clause, of any day: "XXXX-XX-XXT09:00")."""
    g = c.match.groupdict()
    hour_n = count_value(g["h"])
    if hour_n is None or hour_n != int(hour_n) or not 1 <= hour_n <= 12:
        return None
    hour, minute, start = int(hour_n), int(g["m"] or 0), c.start
    told = CLOCK_MINUTES_BEFORE.search(ctx.text, max(0, c.start - 30), c.start)
    if told is not None:
        if g.get("m") or g.get("oc"):
            return None
        mins = " ".join(told.group("mins").lower().split()).removesuffix(" minutes") \
            .removesuffix(" minute")
        count = int(mins) if mins.isdigit() else MINUTE_WORDS.get(mins)
        if count is None or not 1 <= count <= 59:
            return None
        if told.group("dir").lower() in ("to", "before", "till"):
            hour, minute = (hour - 2) % 12 + 1, 60 - count  # "a quarter to eight": 7:45
        else:
            minute = count
        start = told.start()
    if g.get("sep") != ":" and not g.get("oc"):
        before = ctx.text[max(0, start - 16):start].split()
        if not before or before[-1].lower() not in CLOCK_PART_CUES:
            return None  # "shares fell 1.30 in the afternoon", "scored three in the morning"
        if before[-1].lower() in CLOCK_JOINERS and not _joins_a_clock(ctx, start):
            return None  # "sold four in the morning and six in the evening": counts
    last = ctx.token_at(c.end - 1)
    if last is not None and last.dep_ == "compound":
        return None  # "at 10 in the morning session"
    part = (g.get("part") or g.get("night") or "").lower()
    if part == "morning":
        if hour == 12:
            return None
    elif part == "afternoon":
        if 7 <= hour <= 11:
            return None
        hour = hour if hour == 12 else hour + 12
    elif part == "evening":
        if not 4 <= hour <= 11:
            return None
        hour += 12
    elif 6 <= hour <= 11:  # "ten at night": 22:00
        hour += 12
    elif hour == 12:
        hour = 24  # "twelve o'clock at night": the midnight that ends the day (T24:00)
    elif hour > 4:
        return None
    if hour == 24 and minute:
        return None
    base, anchor = clock_day(ctx, start)
    if mood == "present" and anchor != "text":
        # "he wakes up at 4 in the morning", as "in the morning" alone (not after a dated
        # clock or day in the sentence: "starts at 10 at night and lasts until 6 …")
        return "TIME", Resolved(f"XXXX-XX-XXT{hour:02d}:{minute:02d}"), None, start, c.end
    return "TIME", with_clock(base, hour, minute), anchor, start, c.end


#: Cues that join a clock to one before it ("at nine in the morning and five in the afternoon",
#: "between 3 and 4 in the afternoon"); alone they make no clock.
CLOCK_JOINERS = frozenset({"and", "or"})
#: A bare hour after a cue, joined to the clock being read: "between 3 and ", "at ten or ".
HOUR_BEFORE_JOINER = re.compile(r"(?i:\b(?:at|between|from|by|until|till|around|about)\s+"
                                r"(?:[01]?\d(?:[:.][0-5]\d)?|one|two|three|four|five|six|seven|"
                                r"eight|nine|ten|eleven|twelve)\s+(?:and|or|to)\s+)$")
#: Kinds of a clock time that a joined clock may follow.
JOINED_CLOCK_KINDS = frozenset({"clock_part", "clock", "clock24", "clock_mil", "oclock", "noon"})


def _joins_a_clock(ctx: Context, start: int) -> bool:
    """Is the clock at ``start`` joined by "and"/"or"/"to" to a clock time just before it?"""
    if HOUR_BEFORE_JOINER.search(ctx.text, max(0, start - 40), start):
        return True
    last = ctx.found[-1] if ctx.found else None
    return last is not None and last.kind in JOINED_CLOCK_KINDS and 0 <= start - last.end <= 8


#: Compound kinds that, rejected, leave their words to the other patterns ("one in the morning"
#: is still "the morning"; "worked a week on Monday" still "a week" and "Monday").
SHORTER_READING_KINDS = frozenset({"clock_part", "week_on", "feast"})


def shorter_readings(ctx: Context, c: Candidate) -> list[Candidate]:
    """The candidates the other patterns find inside a rejected ``c``: the longest first, no
    two overlapping, in text order."""
    if c.kind not in SHORTER_READING_KINDS:
        return []
    found: list[Candidate] = []
    end = min(len(ctx.text), c.end + 60)
    lowered = ctx.text[c.start:end].lower()
    gates = grammar().gates
    for priority, (kind, pattern) in enumerate(grammar().patterns):
        gate = gates.get(kind)
        if kind == c.kind or (gate is not None and not any(word in lowered for word in gate)):
            continue
        for match in pattern.finditer(ctx.text, c.start, end):
            core = match.start("core") if "core" in pattern.groupindex else -1
            first = core if core >= 0 else match.start()
            if first >= c.start and c.start <= match.start() and match.end() <= c.end \
                    and match.end() > first:
                found.append(Candidate(kind, first, match.end(), match, priority))
    found.sort(key=lambda x: (-(x.end - x.start), x.priority, x.start))
    kept: list[Candidate] = []
    for cand in found:
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda x: x.start)


COMPOUND_RESOLVERS: dict[str, Callable[[Context, Candidate, Mood], ResolverResult]] = {
    "this_time": _r_this_time, "week_on": _r_week_on, "ordinal_day": _r_ordinal_day,
    "clock_part": _r_clock_part,
    "from_anchor": _r_from_anchor, "after_next": _r_after_next, "nth_weekday": _r_nth_weekday,
    "week_of_day": _r_week_of_day, "edge_of": _r_edge_of, "next_quarter": _r_next_quarter,
    "year_span": _r_year_span, "overnight": _r_overnight, "twilight": _r_twilight,
    "midweek": _r_midweek, "new_year": _r_new_year, "clock_hours": _r_clock_hours,
    "weekends": _r_weekends,
}

#: The compound kinds whose resolution reads the clause's tense and mood.
COMPOUND_MOOD_KINDS = frozenset({"nth_weekday", "week_of_day", "edge_of", "next_quarter",
                                 "overnight", "twilight", "midweek", "ordinal_day",
                                 "week_on", "clock_part"})
