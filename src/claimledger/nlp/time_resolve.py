"""Resolvers: one function per kind of time expression, from a pattern match to a TimeML
value and an inclusive calendar interval (:mod:`.time_calendar`), anchored on the publication
date or on an earlier date of the passage (:class:`.time_context.Context`).

The resolvers live in modules named for what they resolve (:mod:`.time_resolve_dates`,
:mod:`.time_resolve_relative`, :mod:`.time_resolve_periods`, :mod:`.time_resolve_holidays`,
:mod:`.time_resolve_clock`, :mod:`.time_resolve_lengths`; shared pieces in
:mod:`.time_resolve_common` and :mod:`.time_resolve_reports`); this module assembles them into
:data:`RESOLVERS` by kind and re-exports what :mod:`.times` and :mod:`.time_compound` use."""

from __future__ import annotations

from collections.abc import Callable

from .time_context import Candidate, Context, Mood
from .time_resolve_clock import (
    _clock_day,
    _r_clock,
    _r_noon,
    _r_oclock,
    _r_part_of_day,
    with_clock,
    with_part,
)
from .time_resolve_common import ResolverResult, _month_num, _num, _unit_code, _weekday_num
from .time_resolve_dates import (
    _nearest_month,
    _r_century,
    _r_decade,
    _r_decade_word,
    _r_full_date,
    _r_month,
    _r_month_rel_year,
    _r_month_year,
    _r_numeric,
    _r_part_of,
    _r_season,
    _r_season_year,
    _r_short_year,
    _r_spoken_year,
    _r_temponym_911,
    _r_week_of,
    _r_year,
    resolve_full_date,
)
from .time_resolve_holidays import _nth_weekday, _r_holiday
from .time_resolve_lengths import (
    _r_bare_units,
    _r_bare_units_obj,
    _r_bare_units_rel,
    _r_duration,
    _r_quarter_century,
    _r_set_adverb,
    _r_set_every,
    _r_set_times,
    _r_vague_old,
    _r_weekdays,
    units_from,
)
from .time_resolve_periods import (
    _passage_year,
    _r_fiscal_code,
    _r_fiscal_year,
    _r_full_year,
    _r_half_code,
    _r_half_year,
    _r_mid_year,
    _r_quarter,
    _r_result_period,
    _r_sport_season,
    _r_the_quarter,
    _r_year_ago,
    _r_year_end,
    _r_year_part,
)
from .time_resolve_relative import (
    _r_ago,
    _r_anchored,
    _r_at_the_time,
    _r_next_day,
    _r_next_weekday,
    _r_reference,
    _r_relative,
    _r_relative_day,
    _r_that_named,
    _r_the_moment,
    _r_the_weekend,
    _r_this_part,
    _r_weekday,
    resolve_weekday,
    speech_verbs,
)

__all__ = [
    "FIXTURE_KINDS", "MOOD_KINDS", "RESOLVERS", "ResolverResult", "_clock_day", "_month_num",
    "_nearest_month", "_nth_weekday", "_num", "_passage_year", "_r_next_day", "_unit_code",
    "_weekday_num", "resolve_full_date", "resolve_weekday", "speech_verbs", "units_from",
    "with_clock", "with_part",
]

# --------------------------------------------------------------------------- resolvers


RESOLVERS: dict[str, Callable[[Context, Candidate, Mood], ResolverResult]] = {
    "weekday_md_y": _r_full_date, "d_m_y": _r_full_date, "m_y": _r_month_year,
    "m_rel_y": _r_month_rel_year, "quarter_century": _r_quarter_century,
    "spoken_year": _r_spoken_year, "month_spoken_year": _r_spoken_year,
    "full_year": _r_full_year,
    "numeric": _r_numeric, "iso": _r_numeric, "fiscal_code": _r_fiscal_code,
    "decade": _r_decade, "century": _r_century,
    "decade_word": _r_decade_word,
    "quarter": _r_quarter, "half_code": _r_half_code, "year_end": _r_year_end,
    "mid_year": _r_mid_year, "year_part": _r_year_part, "half_year": _r_half_year,
    "result_period": _r_result_period,
    "week_of": _r_week_of, "part_of": _r_part_of,
    "season_year": _r_season_year, "relative": _r_relative, "this_part": _r_this_part,
    "relative_day": _r_relative_day, "day_part": _r_relative_day, "weekday": _r_weekday,
    "ago": _r_ago, "anchored": _r_anchored, "next_day": _r_next_day,
    "at_the_time": _r_at_the_time, "the_quarter": _r_the_quarter, "year_ago": _r_year_ago,
    "the_moment": _r_the_moment, "fiscal_year": _r_fiscal_year,
    "that_named": _r_that_named,
    "temponym_911": _r_temponym_911, "duration": _r_duration,
    "duration_adj": _r_duration,
    "vague_old": _r_vague_old,
    "set_every": _r_set_every, "set_times": _r_set_times, "set_adverb": _r_set_adverb,
    "clock": _r_clock, "clock24": _r_clock, "clock_mil": _r_clock, "noon": _r_noon,
    "reference": _r_reference,
    "bare_units": _r_bare_units, "bare_units_obj": _r_bare_units_obj,
    "bare_units_rel": _r_bare_units_rel,
    "the_weekend": _r_the_weekend, "next_weekday": _r_next_weekday,
    "holiday": _r_holiday, "feast": _r_holiday, "year": _r_year, "short_year": _r_short_year,
    "season": _r_season, "sport_season": _r_sport_season,
    "month": _r_month, "weekdays": _r_weekdays, "part_of_day": _r_part_of_day,
    "oclock": _r_oclock,
}

#: Kinds whose value depends on the clause's tense and mood.
#: Kinds of calendar dates whose clause may only mention an event fixed on them ("before the
#: caucuses on Feb. 1"): see :func:`.time_mood.clause_mood`.
FIXTURE_KINDS = frozenset({"weekday_md_y", "d_m_y", "month", "part_of"})

MOOD_KINDS = frozenset({"weekday_md_y", "d_m_y", "quarter", "half_year", "result_period",
                        "mid_year", "week_of",
                        "part_of", "relative", "weekday", "season", "month", "the_weekend",
                        "holiday", "feast", "anchored", "next_day", "part_of_day", "duration",
                        "the_quarter", "year_end"})
