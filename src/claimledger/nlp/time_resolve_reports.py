"""The earnings report a passage belongs to: whether a sentence speaks of money, which quarter
a document reports on, the period a figure is compared with ("up from $3 million a year
earlier"), the last period named a few passages back, and that period a year back. Shared by
the period resolvers (:mod:`.time_resolve_periods`), the relative ones ("a year ago",
:mod:`.time_resolve_relative`) and years ("the 1988 quarter", :mod:`.time_resolve_dates`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from . import time_calendar as cal
from .time_calendar import NONE, Resolved
from .time_clause import governing_verb
from .time_context import LOOK_BACK, Context, since_start
from .time_grammar import words

#: How many passages back an earnings report's quarter still frames "the quarter".
REPORT_PARAGRAPHS = 5

#: How far from publication the end of the quarter a report covers may lie.
RECENT_QUARTER_DAYS = 200


#: Kinds that already count a year back ("a year earlier", "year-ago"): never a base to count
#: a year back from again.
YEAR_BACK_KINDS = frozenset({"year_ago", "ago", "anchored"})


def reporting_quarter(ctx: Context, start: int, money: bool = True) -> int | None:
    """The quarter a document reports on: its first quarter named outright ("third-quarter
    net", "the quarter ended Sept. 30") that has ended, not long before publication, when the
    sentence at ``start`` is about money. Year-earlier periods are counted from it, never from
    a quarter mentioned in passing ("after a flat second quarter") or one forecast."""
    if ctx.published is None or (money and not (about_money(ctx, start)
                                                 or says_money_amount(ctx, start))):
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


def quarter_of_report(ctx: Context, start: int) -> int | None:
    """The quarter an earnings passage reports on (its last named quarter, a few passages back
    at most), for a sentence at ``start`` about money."""
    index = prior_period(ctx, start, ("quarter",), REPORT_PARAGRAPHS)
    if index is None or ctx.published is None or not (
            about_money(ctx, start) or says_money_amount(ctx, start)):
        return None
    end = ctx.found[index].res.end
    recent = end is not None and abs((ctx.published - end).days) <= RECENT_QUARTER_DAYS
    return index if recent else None  # "the first quarter of 2019 … a year ago": not that one


def year_back(res: Resolved) -> Resolved:
    """The same quarter or half a year earlier."""
    if res.start is None:
        return NONE
    moved = cal.shift(res.start, "year", -1)
    if moved is None:
        return NONE
    if res.grain == "half":
        return cal.half_of(cal.year(moved.year), 1 if moved.month <= 6 else 2)
    return cal.at_grain(moved, res.grain)


#: Words that compare a figure with an earlier one ("up from", "compared with", "than").
COMPARISON_CUE = re.compile(
    r"(?i)\b(?:from|compar(?:ed|es|ing)|than|versus|vs\.?|against|over|since"
    r"|(?<=flat\s)with|(?<=level\s)with|(?<=even\s)with)\b")  # "flat with a year earlier"


#: A base of comparison right before a period: "from $5.8 billion in", "than 3% in".
COMPARED_BASE = re.compile(r"(?i)\b(?:from|than|versus|with)\s+[$€£¥]?\d[\d.,]*\s*"
                           r"(?:[a-z%]+\s+){0,2}(?:in|during|for)\s+$")


def compared_base(ctx: Context, index: int) -> bool:
    """Is the found time at ``index`` the period of a base of comparison ("rose to $8.1
    billion from $5.8 billion in the second quarter")?"""
    prior = ctx.found[index]
    return COMPARED_BASE.search(ctx.text, max(0, prior.start - 60), prior.start) is not None


def compared_period(ctx: Context, start: int, grain: str | None) -> int | None:
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
    measured = [index for index in before_cue if not any(
        cue.end() <= ctx.found[index].start and not ctx.text[cue.end():ctx.found[index].start]
        .strip(" ,") for cue in cues)]  # not "from the previous month": a base compared with
    chosen = measured or before_cue
    return chosen[-1] if chosen else None  # the last period before the comparison: "The
    # company, founded in 1998, said revenue in February rose 4% from a year earlier"; "sales
    # in November rose 0.3% from the previous month and 6.4% from a year earlier": November


def prior_period(ctx: Context, start: int, grains: tuple[str, ...],
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


#: A sum of money in a sentence: a currency sign before a figure.
MONEY_AMOUNT = re.compile(r"[$€£¥]\s?\d")


def says_money_amount(ctx: Context, start: int) -> bool:
    """Does the sentence at ``start`` hold a sum of money ("lost $5 million")?"""
    return sentence_says(ctx, start, "money_amount",
                          lambda sent: MONEY_AMOUNT.search(sent.text) is not None)


def sentence_says(ctx: Context, start: int, name: str, test: Callable[[Span], bool]) -> bool:
    """``test`` on the sentence holding ``start``, asked once per sentence (memoised under
    ``name``); False in an unparsed Doc."""
    sent = ctx.sentence(start)
    if sent is None:
        return False
    key = (name, sent.start)
    if key not in ctx.memo:
        ctx.memo[key] = test(sent)
    return ctx.memo[key]


def about_money(ctx: Context, start: int, word_list: str = "quarter_finance") -> bool:
    """Does the sentence at ``start`` hold a word of ``word_list`` in ``times.json``: earnings,
    sales, output; or, weaker, a money sign?"""
    found = words().clause[word_list]
    return sentence_says(ctx, start, word_list,
                          lambda sent: any(t.lower_ in found for t in sent))


#: A comparison right before a time ("an hour earlier than last year").
THAN_BEFORE = re.compile(r"(?i)\bthan\s+(?:in\s+|on\s+|at\s+)?$")


def background_date(ctx: Context, index: int) -> bool:
    """Is the found time at ``index`` background rather than the passage's time: the start of
    a stretch ("views have improved since 2009"), the base of a comparison ("than last year")
    or the date of a reduced relative clause on a noun ("Prairie Air, founded in 1998, ...")?"""
    prior = ctx.found[index]
    if since_start(ctx, prior.start) is not None \
            or THAN_BEFORE.search(ctx.text, max(0, prior.start - 12), prior.start):
        return True
    span = ctx.span(prior.start, prior.end)
    verb = governing_verb(span) if span is not None else None
    return verb is not None and verb.tag_ == "VBN" and verb.dep_ == "acl" \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
