"""Shared pieces of the resolvers (:mod:`.time_resolve`): reading counts, units, month and
weekday names and relative words ("last", "next") from a pattern match; the word before an
expression; and :data:`ResolverResult`, what every resolver returns. Everything
here is used by several of the ``time_resolve_*`` modules and imports none of them."""

from __future__ import annotations

import re

from .numbers import number_words, read_number
from .time_calendar import Resolved
from .time_context import Context
from .time_grammar import words


def count_value(text: str | None) -> float | None:
    """A count word or numeral as a number; None for vague counts ("several")."""
    if text is None:
        return None
    low = " ".join(text.lower().replace("-and-a-half", " and a half").split())
    table = words().numbers
    for half in (" and a half", " 1/2", "½"):  # "two and a half", "2 1/2", "2½"
        if low.endswith(half) and low != half:
            whole = count_value(low[:-len(half)])
            return None if whole is None else whole + 0.5
    if low in table:
        return float(table[low])
    if FIGURES.fullmatch(low):
        return float(low) if len(low.split(".")[0]) <= 3 else None  # "10.6 seconds"
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


def unit_code(unit: str) -> str:
    low = unit.lower()
    if low == "centurie":
        low = "century"
    return words().units.get(low, "")


def month_num(name: str | None) -> int | None:
    if not name:
        return None
    return words().months.get(name.lower().rstrip("."))


def weekday_num(name: str | None) -> int | None:
    if not name:
        return None
    return words().weekdays.get(name.lower().rstrip("."))


#: A count written in figures ("3", "1.5").
FIGURES = re.compile(r"\d+(?:\.\d+)?")
THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
#: What separates the words of a compound count ("twenty-five", "twenty five").
COUNT_JOINER = re.compile(r"[-\s]")
#: "the" just before a relative expression ("the past week").
THE_BEFORE = re.compile(r"(?i:\bthe\s+)$")


def rel_shift(rel: str) -> int:
    """-1 for "last", 0 for "this", +1 for "next"."""
    low = " ".join(rel.lower().split())
    if low in ("last", "past", "previous", "this past"):
        return -1
    if low in ("next", "coming", "this coming"):
        return 1
    return 0


# Resolver functions: (component, ctx, cand, mood) -> (type, Resolved, anchor, start, end)
ResolverResult = tuple[str, Resolved, str | None, int, int] | None


#: A possessive right after a weekday ("Monday's debate", "Tuesday night’s vote").
POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def word_before(ctx: Context, start: int) -> str:
    """The word right before ``start``, lower-cased ("" at the start of the text)."""
    before = ctx.text[max(0, start - 20):start].split()
    return before[-1].lower() if before else ""
