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
from .time_narrated_clock import r_ago_today
from .time_resolve_clock import (
    clock_day,
    r_clock,
    r_noon,
    r_oclock,
    r_part_of_day,
    with_clock,
    with_part,
)
from .time_resolve_common import ResolverResult, count_value, month_num, unit_code, weekday_num
from .time_resolve_dates import (
    nearest_month,
    r_century,
    r_decade,
    r_decade_word,
    r_full_date,
    r_month,
    r_month_rel_year,
    r_month_year,
    r_numeric,
    r_part_of,
    r_season,
    r_season_year,
    r_short_year,
    r_spoken_year,
    r_temponym_911,
    r_week_of,
    r_year,
    resolve_full_date,
)
from .time_resolve_holidays import nth_weekday_date, r_holiday
from .time_resolve_lengths import (
    r_bare_units,
    r_bare_units_obj,
    r_bare_units_rel,
    r_duration,
    r_quarter_century,
    r_set_adverb,
    r_set_every,
    r_set_times,
    r_vague_old,
    r_weekdays,
    units_from,
)
from .time_resolve_periods import (
    passage_year,
    r_fiscal_code,
    r_fiscal_year,
    r_full_year,
    r_half_code,
    r_half_year,
    r_mid_year,
    r_quarter,
    r_result_period,
    r_sport_season,
    r_the_quarter,
    r_year_ago,
    r_year_end,
    r_year_part,
)
from .time_resolve_relative import (
    r_ago,
    r_anchored,
    r_at_the_time,
    r_next_day,
    r_next_weekday,
    r_reference,
    r_relative,
    r_relative_day,
    r_that_named,
    r_the_moment,
    r_the_weekend,
    r_this_part,
    r_weekday,
    resolve_weekday,
    speech_verbs,
)

__all__ = [
    "FIXTURE_KINDS", "MOOD_KINDS", "RESOLVERS", "ResolverResult", "clock_day", "month_num",
    "nearest_month", "nth_weekday_date", "count_value", "passage_year", "r_next_day", "unit_code",
    "weekday_num", "resolve_full_date", "resolve_weekday", "speech_verbs", "units_from",
    "with_clock", "with_part",
]

# --------------------------------------------------------------------------- resolvers


RESOLVERS: dict[str, Callable[[Context, Candidate, Mood], ResolverResult]] = {
    "weekday_md_y": r_full_date, "d_m_y": r_full_date, "m_y": r_month_year,
    "m_rel_y": r_month_rel_year, "quarter_century": r_quarter_century,
    "spoken_year": r_spoken_year, "month_spoken_year": r_spoken_year,
    "full_year": r_full_year,
    "numeric": r_numeric, "iso": r_numeric, "fiscal_code": r_fiscal_code,
    "decade": r_decade, "century": r_century,
    "decade_word": r_decade_word,
    "quarter": r_quarter, "half_code": r_half_code, "year_end": r_year_end,
    "mid_year": r_mid_year, "year_part": r_year_part, "half_year": r_half_year,
    "result_period": r_result_period,
    "week_of": r_week_of, "part_of": r_part_of,
    "season_year": r_season_year, "relative": r_relative, "this_part": r_this_part,
    "relative_day": r_relative_day, "day_part": r_relative_day, "weekday": r_weekday,
    "ago": r_ago, "anchored": r_anchored, "next_day": r_next_day,
    "ago_today": r_ago_today,
    "at_the_time": r_at_the_time, "the_quarter": r_the_quarter, "year_ago": r_year_ago,
    "the_moment": r_the_moment, "fiscal_year": r_fiscal_year,
    "that_named": r_that_named,
    "named_that_year": r_that_named,
    "temponym_911": r_temponym_911, "duration": r_duration,
    "duration_adj": r_duration,
    "vague_old": r_vague_old,
    "set_every": r_set_every, "set_times": r_set_times, "set_adverb": r_set_adverb,
    "clock": r_clock, "clock24": r_clock, "clock_mil": r_clock, "noon": r_noon,
    "reference": r_reference,
    "bare_units": r_bare_units, "bare_units_obj": r_bare_units_obj, "the_units": r_bare_units,
    "bare_units_rel": r_bare_units_rel,
    "the_weekend": r_the_weekend, "next_weekday": r_next_weekday,
    "holiday": r_holiday, "feast": r_holiday, "year": r_year, "short_year": r_short_year,
    "season": r_season, "sport_season": r_sport_season,
    "month": r_month, "weekdays": r_weekdays, "part_of_day": r_part_of_day,
    "oclock": r_oclock,
}

#: Kinds whose value depends on the clause's tense and mood.
#: Kinds of calendar dates whose clause may only mention an event fixed on them ("before the
#: caucuses on Feb. 1"): see :func:`.time_mood.clause_mood`.
FIXTURE_KINDS = frozenset({"weekday_md_y", "d_m_y", "month", "part_of"})

MOOD_KINDS = frozenset({"weekday_md_y", "d_m_y", "quarter", "half_year", "result_period",
                        "mid_year", "week_of",
                        "part_of", "relative", "weekday", "season", "month", "the_weekend",
                        "holiday", "feast", "anchored", "next_day", "part_of_day", "duration",
                        "the_quarter", "year_end", "full_year"})
