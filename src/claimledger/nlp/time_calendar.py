"""Calendar arithmetic for time expressions: TimeML values and inclusive date intervals.

Every function returns ``None`` rather than a date that does not exist ("Feb. 30") or that
Python's calendar cannot hold (years outside 1..9999), so callers never invent a date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

#: Years outside this range are treated as not-a-date (OCR junk, identifiers, "in 99999").
MIN_YEAR, MAX_YEAR = 1000, 2999

#: Meteorological seasons: first month of each (winter starts in December of its year).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: Fractions of a period that "early", "mid" and "late" keep (TimeML mod START/MID/END).
PART_THIRDS = {"START": 0, "MID": 1, "END": 2}


@dataclass(frozen=True)
class Resolved:
    """A TimeML value with its inclusive interval and the granularity it is known to."""

    value: str | None
    start: date | None = None
    end: date | None = None
    #: "day", "week", "month", "season", "quarter", "year", "decade", "century" or "" (unknown)
    grain: str = ""


NONE = Resolved(None)


def valid_year(year: int) -> bool:
    """True for a year the tool treats as a calendar year."""
    return MIN_YEAR <= year <= MAX_YEAR


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist."""
    if not valid_year(year):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day(d: date | None) -> Resolved:
    """One calendar day."""
    if d is None or not valid_year(d.year):
        return NONE
    return Resolved(d.isoformat(), d, d, "day")


def month(year: int, mon: int) -> Resolved:
    """One calendar month."""
    if not valid_year(year) or not 1 <= mon <= 12:
        return NONE
    last = calendar.monthrange(year, mon)[1]
    return Resolved(f"{year:04d}-{mon:02d}", date(year, mon, 1), date(year, mon, last), "month")


def year(y: int) -> Resolved:
    """One calendar year."""
    if not valid_year(y):
        return NONE
    return Resolved(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def decade(first_year: int) -> Resolved:
    """The ten years from ``first_year`` (a multiple of ten): TimeML "199" for the 1990s."""
    if not valid_year(first_year) or first_year % 10:
        return NONE
    return Resolved(f"{first_year // 10:03d}", date(first_year, 1, 1),
                    date(first_year + 9, 12, 31), "decade")


def century(first_year: int) -> Resolved:
    """The hundred years from ``first_year``: TimeML "19" for the 1900s."""
    if not valid_year(first_year) or first_year % 100:
        return NONE
    return Resolved(f"{first_year // 100:02d}", date(first_year, 1, 1),
                    date(first_year + 99, 12, 31), "century")


def week_of(d: date) -> Resolved:
    """The ISO week (Monday..Sunday) holding ``d``: TimeML "2025-W09"."""
    iso_year, iso_week, iso_day = d.isocalendar()
    monday = d - timedelta(days=iso_day - 1)
    return Resolved(f"{iso_year:04d}-W{iso_week:02d}", monday, monday + timedelta(days=6), "week")


def weekend_of(d: date) -> Resolved:
    """The weekend (Saturday..Sunday) of the ISO week holding ``d``: TimeML "2025-W09-WE"."""
    week = week_of(d)
    assert week.start is not None
    sat = week.start + timedelta(days=5)
    return Resolved(f"{week.value}-WE", sat, sat + timedelta(days=1), "week")


def quarter(y: int, q: int) -> Resolved:
    """A calendar quarter: TimeML "2024-Q3"."""
    if not valid_year(y) or not 1 <= q <= 4:
        return NONE
    first = month(y, 3 * q - 2)
    last = month(y, 3 * q)
    return Resolved(f"{y:04d}-Q{q}", first.start, last.end, "quarter")


def season(y: int, code: str) -> Resolved:
    """A meteorological season: TimeML "2024-SU" (winter runs December..February)."""
    if not valid_year(y) or code not in SEASON_START:
        return NONE
    first_month = SEASON_START[code]
    start = date(y, first_month, 1)
    last = month(y + 1, 2) if code == "WI" else month(y, first_month + 2)
    if last.end is None:
        return NONE
    return Resolved(f"{y:04d}-{code}", start, last.end, "season")


def shift_months(d: date, months: int) -> date | None:
    """The first day of the month ``months`` after the month of ``d``."""
    index = d.year * 12 + d.month - 1 + months
    return safe_date(index // 12, index % 12 + 1, 1)


def part_of(res: Resolved, mod: str) -> Resolved:
    """Narrow an interval to its first, middle or last third ("early March", "late 2024")."""
    if res.start is None or res.end is None or mod not in PART_THIRDS:
        return res
    third = PART_THIRDS[mod]
    if res.grain == "year":
        start = date(res.start.year, 1 + 4 * third, 1)
        end = month(res.start.year, 4 + 4 * third).end
    elif res.grain == "month":
        start = res.start.replace(day=1 + 10 * third)
        end = res.end if third == 2 else res.start.replace(day=10 + 10 * third)
    elif res.grain == "decade":
        spans = ((0, 3), (4, 6), (7, 9))[third]
        start = date(res.start.year + spans[0], 1, 1)
        end = date(res.start.year + spans[1], 12, 31)
    else:
        return res
    return Resolved(res.value, start, end, res.grain)


def half_of(res: Resolved, half: int) -> Resolved:
    """The first or second half of a year ("2024-H2") or of a month."""
    if res.start is None or res.end is None:
        return res
    if res.grain == "year":
        y = res.start.year
        start = date(y, 1, 1) if half == 1 else date(y, 7, 1)
        end = date(y, 6, 30) if half == 1 else date(y, 12, 31)
        return Resolved(f"{y:04d}-H{half}", start, end, "half")
    if res.grain == "month":
        start = res.start if half == 1 else res.start.replace(day=16)
        end = res.start.replace(day=15) if half == 1 else res.end
        return Resolved(res.value, start, end, res.grain)
    return res


def at_grain(d: date, grain: str) -> Resolved:
    """The period of the given granularity that holds ``d``."""
    if grain == "day":
        return day(d)
    if grain == "week":
        return week_of(d)
    if grain == "month":
        return month(d.year, d.month)
    if grain == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if grain == "year":
        return year(d.year)
    if grain == "decade":
        return decade(d.year - d.year % 10)
    if grain == "century":
        return century(d.year - d.year % 100)
    return NONE


def shift(d: date, grain: str, amount: int) -> date | None:
    """``d`` moved by ``amount`` units of ``grain`` (days, weeks, months, years …)."""
    try:
        if grain == "day":
            return d + timedelta(days=amount)
        if grain == "week":
            return d + timedelta(weeks=amount)
        if grain == "weekend":
            return d + timedelta(weeks=amount)
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(grain)
        if months is None:
            return None
        first = shift_months(d, amount * months)
        if first is None:
            return None
        last = calendar.monthrange(first.year, first.month)[1]
        return first.replace(day=min(d.day, last))
    except OverflowError:
        return None


def easter(y: int) -> date | None:
    """Western (Gregorian) Easter Sunday of year ``y`` by the anonymous Gregorian computus
    (Meeus/Jones/Butcher), so that moving feasts need no dependency; None outside the years
    the tool accepts."""
    if not valid_year(y):
        return None
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month_n, day_n = divmod(h + el - 7 * m + 114, 31)
    return date(y, month_n, day_n + 1)
