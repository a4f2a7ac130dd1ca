"""The day a story's quotations were spoken, for the times component: in a story printed the
day after the events it tells ("… said Monday", printed Tuesday), a quotation's "today",
"tonight" and "this morning" count from that day, not from the publication date.

:func:`shift_quoted_days` looks at the whole story once every time is resolved (the days the
story names decide it), before the times become records (:mod:`.times`).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta

from .time_called_off import names_a_weekday
from .time_context import Context, Found
from .time_revise import shifted_days

#: Kinds of a day counted from today ("today", "tonight", "this morning").
DAY_KINDS = frozenset({"relative_day", "day_part"})
#: The same day's words that a quotation's speaker counts from the day of speaking ("last
#: night", "yesterday", "tomorrow" look from the day they name: left as they are).
SAME_DAY = re.compile(r"(?i)\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b")
#: A quotation within a paragraph, cut out to leave the narration.
QUOTATION = re.compile(r"“[^”]*”?|(?<![\d'′])\"[^\"\n]*\"?|``.*?(?:''|$)", re.MULTILINE)
#: A straight double quote that opens or closes a quotation (not an inch mark: 6'6", 18").
STRAIGHT_QUOTE = re.compile(r"(?<![\d'′])\"")


def shift_quoted_days(ctx: Context) -> None:
    """In a story told the day after its events, move a quotation's "today", "tonight" or
    "this morning" to the day before publication, unless its sentence dates the words
    otherwise ("On Sunday she told the crowd: …")."""
    if ctx.published is None or not _next_day_story(ctx):
        return
    for f in ctx.found:
        if f.kind in DAY_KINDS and SAME_DAY.fullmatch(ctx.text[f.start:f.end].strip()) \
                and in_quotation(ctx.text, f.start) and not _sentence_dates_more(ctx, f):
            moved = shifted_days(f.res, -1)
            if moved is not None:
                f.res = moved


def _next_day_story(ctx: Context) -> bool:
    """Is the story told the day after its events: the day its weekdays name most often
    (strictly) the day before publication ("said Monday", "on Monday night", printed on a
    Tuesday), no weekday naming the publication day, and no "today" narrated (a story that
    reaches into that day quotes what was said on it)?"""
    assert ctx.published is not None
    days = Counter(f.res.start for f in ctx.found if f.res.start is not None
                   and (span := ctx.span(f.start, f.end)) is not None and names_a_weekday(span))
    top = days.most_common(2)
    return bool(top) and top[0][0] == ctx.published - timedelta(days=1) \
        and (len(top) == 1 or top[1][1] < top[0][1]) and ctx.published not in days \
        and not SAME_DAY.search(QUOTATION.sub(" ", ctx.text))


def _sentence_dates_more(ctx: Context, day: Found) -> bool:
    """Does another time stand in the sentence of ``day`` ("speaking on Sunday, she said:
    'today …'")?"""
    token = ctx.token_at(day.start)
    if token is None:
        return False
    sent = token.sent
    first, last = sent.start_char, sent.end_char
    return any(f is not day and first <= f.start < last for f in ctx.found)


def in_quotation(text: str, start: int) -> bool:
    """Is ``start`` inside a quotation opened earlier in its paragraph (curly quotes, an odd
    number of straight double quotes, or a `` not yet closed by '')?"""
    para = text[text.rfind("\n", 0, start) + 1:start]
    return para.count("“") > para.count("”") or len(STRAIGHT_QUOTE.findall(para)) % 2 == 1 \
        or para.count("``") > para.count("''")
