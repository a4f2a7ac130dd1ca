"""Resolution of time-expression candidates to TimeML values and calendar intervals.

Split from :mod:`claimledger.nlp.times` (the component): here are the candidates found by
:mod:`.time_grammar`, the tense/mood reading of their clause, and one resolver per kind.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from . import time_calendar as cal
from .time_calendar import NONE, Resolved
from .time_grammar import grammar, words

#: A clause's tense and mood: "past", "present", "future" or None (unknown).
Mood = str | None

#: How many earlier expressions an anaphoric one may look back over (bounded time).
LOOK_BACK = 50

#: Kinds whose value names a calendar period outright: the anchors of "two days before".
EXPLICIT_KINDS = frozenset({
    "weekday_md_y", "d_m_y", "m_y", "numeric", "iso", "year", "quarter", "season_year",
    "week_of", "part_of", "month", "weekday", "decade",
})

#: Kinds that only count as times where spaCy's NER or a preceding cue word agrees.
NEEDS_CUE = frozenset({"year", "short_year", "month"})

#: Duration units -> TimeML unit letters (time units go after "T").
DURATION_UNITS = {"S": "TS", "MIN": "TM", "H": "TH", "D": "D", "W": "W", "M": "M", "Y": "Y",
                  "DE": "DE", "CE": "CE", "WE": "WE", "FN": "W"}

#: Duration units -> the calendar granularity an "N units ago" date is known to.
UNIT_GRAIN = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade",
              "CE": "century", "WE": "week", "FN": "week"}

#: How many passages (blank-line paragraphs) back an anaphoric time may find its anchor.
ANCHOR_PARAGRAPHS = 1


# --------------------------------------------------------------------------- candidates


@dataclass
class Candidate:
    """One pattern match, before resolution."""

    kind: str
    start: int
    end: int
    match: re.Match[str]
    priority: int


@dataclass
class Found:
    """A resolved time expression, before it becomes a record."""

    start: int
    end: int
    type: str
    res: Resolved
    anchor: str | None  # "published", "text" (see anchor_index) or None
    kind: str
    anchor_index: int | None = None


@dataclass
class Context:
    """What resolution needs to know about the document, computed once per Doc."""

    doc: Doc
    text: str
    published: date | None
    token_starts: list[int]
    paragraph_starts: list[int]
    entity_labels: list[tuple[int, int, str]]
    found: list[Found] = field(default_factory=list)

    def token_at(self, char: int) -> Token | None:
        """The token holding character ``char``."""
        if not self.token_starts:
            return None
        i = bisect.bisect_right(self.token_starts, char) - 1
        return self.doc[max(i, 0)]

    def paragraph(self, char: int) -> int:
        """The index of the blank-line paragraph holding ``char``."""
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    def entity(self, start: int, end: int) -> str | None:
        """The label of a named entity overlapping ``[start, end)``, if any."""
        i = bisect.bisect_left(self.entity_labels, (start, -1, "")) - 1
        for s, e, label in self.entity_labels[max(i, 0):i + 3]:
            if s < end and start < e:
                return label
        return None

    def text_anchor(self, start: int) -> int | None:
        """The index in ``found`` of the nearest preceding explicit date of the passage."""
        paragraph = self.paragraph(start)
        for index in range(len(self.found) - 1, max(-1, len(self.found) - 1 - LOOK_BACK), -1):
            prior = self.found[index]
            if paragraph - self.paragraph(prior.start) > ANCHOR_PARAGRAPHS:
                return None
            if (prior.kind in EXPLICIT_KINDS and prior.type in ("DATE", "TIME")
                    and prior.res.start is not None):
                return index
        return None

    def span(self, start: int, end: int) -> Span | None:
        """The tokens covering ``[start, end)``."""
        return self.doc.char_span(start, end, alignment_mode="expand")


def find_candidates(text: str) -> list[Candidate]:
    """Every pattern match, longest first then by pattern priority, without overlaps."""
    found: list[Candidate] = []
    for priority, (kind, pattern) in enumerate(grammar().patterns):
        for match in pattern.finditer(text):
            start = match.start("core") if "core" in pattern.groupindex else match.start()
            if match.end() > start:
                found.append(Candidate(kind, start, match.end(), match, priority))
    found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken = bytearray(len(text) + 1)
    kept = []
    for cand in found:
        if any(taken[cand.start:cand.end]):
            continue
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept


# --------------------------------------------------------------------------- tense and mood


def _governing_verb(span: Span) -> Token | None:
    """The verb whose clause the span belongs to."""
    node = span.root
    for _ in range(10):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def clause_mood(span: Span | None) -> str | None:
    """"future", "past", "present" or None (unknown) for the clause holding ``span``."""
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span)
    if verb is None:
        return None
    cues = words().future_cues
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lemma_.lower() in cues or any(a.lower_ in cues or a.lemma_ in cues for a in aux):
        return "future"
    if verb.lemma_ == "be" and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children
    ):
        return "future"  # "they are to travel on Wednesday"
    if any(a.lower_ == "to" for a in aux) or verb.dep_ == "xcomp":
        head = verb.head
        for _ in range(4):  # "willing to skip class": the verb above the adjective
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        if head.lemma_.lower() in cues or head.tag_ in ("VBZ", "VBP", "MD"):
            return "future"
        return clause_mood_of_verb(head)
    return clause_mood_of_verb(verb)


def clause_mood_of_verb(verb: Token) -> str | None:
    """Past or present from the verb's tag and its auxiliaries."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    cues = words().future_cues
    if any(a.lower_ in cues for a in aux):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
        return "past"
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return None


def choose_instance(
    instances: list[Resolved], anchor: date, mood: str | None
) -> Resolved:
    """Pick among yearly instances of a period ("Feb. 28" of 2024, 2025, 2026) by mood:
    the most recent not after the anchor for the past, the next for the future, else the
    nearest."""
    usable = [r for r in instances if r.start is not None and r.end is not None]
    if not usable:
        return NONE
    if mood == "past":
        past = [r for r in usable if r.start <= anchor]  # type: ignore[operator]
        if past:
            return max(past, key=lambda r: r.start)  # type: ignore[arg-type,return-value]
    if mood == "future":
        future = [r for r in usable if r.end >= anchor]  # type: ignore[operator]
        if future:
            return min(future, key=lambda r: r.start)  # type: ignore[arg-type,return-value]

    def distance(r: Resolved) -> tuple[int, int]:
        assert r.start is not None and r.end is not None
        if r.start <= anchor <= r.end:
            return (0, 0)
        gap = (r.start - anchor).days if r.start > anchor else (anchor - r.end).days
        return (gap, 1 if r.start > anchor else 0)

    return min(usable, key=distance)


def yearly(anchor: date, make: Callable[[int], Resolved]) -> list[Resolved]:
    """The instances of a yearly period around the anchor's year."""
    return [make(anchor.year + k) for k in (-1, 0, 1)]


# --------------------------------------------------------------------------- resolvers


def _num(text: str | None) -> float | None:
    """A count word or numeral as a number; None for vague counts ("several")."""
    if text is None:
        return None
    low = " ".join(text.lower().split())
    table = words().numbers
    if low in table:
        return float(table[low])
    if re.fullmatch(r"\d+(?:\.\d+)?", low):
        return float(low) if len(low) <= 3 else None
    parts = re.split(r"[-\s]", low)
    if len(parts) == 2 and parts[0] in table and parts[1] in table:
        return float(table[parts[0]] + table[parts[1]])
    return None


def _unit_code(unit: str) -> str:
    low = unit.lower()
    if low == "centurie":
        low = "century"
    return words().units.get(low, "")


def _month_num(name: str | None) -> int | None:
    if not name:
        return None
    return words().months.get(name.lower().rstrip("."))


def _weekday_num(name: str | None) -> int | None:
    if not name:
        return None
    return words().weekdays.get(name.lower().rstrip("."))


def duration_value(amount: float | None, code: str) -> str | None:
    """A TimeML duration ("P3Y", "PT48H", "PXD" for a vague count)."""
    unit = DURATION_UNITS.get(code)
    if unit is None:
        return None
    if amount is not None and code == "FN":
        amount *= 2
    count = "X" if amount is None else f"{amount:g}"
    if unit.startswith("T"):
        return f"PT{count}{unit[1:]}"
    return f"P{count}{unit}"


def resolve_full_date(ctx: Context, cand: Candidate, mood: Mood) -> tuple[Resolved, str | None]:
    """"June 19, 2024", "27 February 2025", "Feb. 27" (year from the anchor and the mood)."""
    g = cand.match.groupdict()
    mon = _month_num(g.get("mon"))
    day_n = int(g["day"]) if g.get("day") else None
    if mon is None or day_n is None:
        return NONE, None
    if g.get("year"):
        return cal.day(cal.safe_date(int(g["year"]), mon, day_n)), None
    if ctx.published is None or cal.safe_date(2000, mon, day_n) is None:
        return NONE, "published"
    instances = yearly(ctx.published, lambda y: cal.day(cal.safe_date(y, mon, day_n)))
    return choose_instance(instances, ctx.published, mood), "published"


def resolve_numeric(ctx: Context, cand: Candidate) -> tuple[Resolved, str | None]:
    """"2/27/2025" (US order unless the first number cannot be a month) and ISO dates."""
    g = cand.match.groupdict()
    if cand.kind == "iso":
        return cal.day(cal.safe_date(int(g["year"]), int(g["a"]), int(g["b"]))), None
    a, b, c = int(g["a"]), int(g["b"]), g["c"]
    y = int(c)
    if len(c) == 2:
        pivot = (ctx.published.year if ctx.published else 2030) % 100 + 5
        y += 2000 if y <= pivot else 1900
    mon, day_n = (a, b) if a <= 12 else (b, a)
    return cal.day(cal.safe_date(y, mon, day_n)), None


def resolve_month_year(cand: Candidate) -> Resolved:
    g = cand.match.groupdict()
    mon = _month_num(g.get("mon"))
    return cal.month(int(g["year"]), mon) if mon else NONE


def resolve_decade(ctx: Context, cand: Candidate) -> Resolved:
    g = cand.match.groupdict()
    dec = g["dec"]
    if dec[0] in "'’":
        yy = int(dec[1:3])
        pivot = (ctx.published.year if ctx.published else 2030) % 100
        first = (2000 if yy <= pivot else 1900) + yy
    else:
        first = int(dec)
    res = cal.decade(first)
    mod = _mod(g.get("mod"))
    return cal.part_of(res, mod) if mod else res


def _mod(text: str | None) -> str | None:
    """The TimeML mod (START/MID/END) of a modifier word."""
    if not text:
        return None
    low = " ".join(text.lower().split())
    if "half" in low:
        return None
    return words().part_modifiers.get(low)


def resolve_quarter(ctx: Context, cand: Candidate, mood: str | None) -> tuple[Resolved, str | None]:
    g = cand.match.groupdict()
    if g.get("q"):
        q = int(g["q"])
    else:
        q = words().ordinals.get(g["ord"].lower(), 0)
        q = 4 if q == -1 else q
    y_text = g.get("year") or g.get("year2")
    if y_text:
        return cal.quarter(int(y_text), q), None
    if ctx.published is None:
        return NONE, "published"
    if g.get("qrel"):
        shift = _rel_shift(g["qrel"])
        return cal.quarter(ctx.published.year + shift, q), "published"
    instances = yearly(ctx.published, lambda y: cal.quarter(y, q))
    return choose_instance(instances, ctx.published, mood), "published"


def _rel_shift(rel: str) -> int:
    """-1 for "last", 0 for "this", +1 for "next"."""
    low = " ".join(rel.lower().split())
    if low in ("last", "past", "previous", "this past"):
        return -1
    if low in ("next", "coming", "this coming"):
        return 1
    return 0


def resolve_unit_relative(anchor: date, unit: str, shift: int, mood: Mood = None) -> Resolved:
    """"last week", "this month", "next year" relative to ``anchor``."""
    low = unit.lower()
    if low == "weekend":
        if shift == 0:  # "this weekend": the nearest, or the one the tense points to
            weekends = [cal.weekend_of(anchor + timedelta(weeks=k)) for k in (-1, 0)]
            return choose_instance(weekends, anchor, mood)
        return cal.weekend_of(anchor + timedelta(weeks=shift))
    moved_date = cal.shift(anchor, low, shift)
    if moved_date is None:
        return NONE
    return cal.at_grain(moved_date, low)


def resolve_weekday(anchor: date, weekday: int, shift: int, mood: str | None) -> Resolved:
    """A weekday: "last Monday" (before the anchor), "next Monday" (after), or by mood."""
    back = (anchor.isoweekday() - weekday) % 7
    before = anchor - timedelta(days=back)  # on or before the anchor
    after = before if back == 0 else before + timedelta(days=7)
    if shift < 0:
        return cal.day(before if back else before - timedelta(days=7))
    if shift > 0:
        return cal.day(after if back else after + timedelta(days=7))
    if mood == "future":
        return cal.day(after if back else anchor + timedelta(days=7))
    # a bare weekday in news reports what happened, unless the clause looks ahead
    return cal.day(before)


def resolve_season_relative(anchor: date, code: str, shift: int) -> Resolved:
    """"last summer": the latest finished one; "this summer"; "next summer": the next to start."""
    instances = [cal.season(anchor.year + k, code) for k in (-2, -1, 0, 1)]
    usable = [r for r in instances if r.start and r.end]
    if shift < 0:
        done = [r for r in usable if r.end < anchor]  # type: ignore[operator]
        return max(done, key=lambda r: r.start) if done else NONE  # type: ignore[arg-type,return-value]
    if shift > 0:
        ahead = [r for r in usable if r.start > anchor]  # type: ignore[operator]
        return min(ahead, key=lambda r: r.start) if ahead else NONE  # type: ignore[arg-type,return-value]
    return choose_instance(usable, anchor, None)


def resolve_month_relative(anchor: date, mon: int, shift: int, mood: str | None) -> Resolved:
    """"last January" (the latest one before this month), "next March", or by mood."""
    instances = [cal.month(anchor.year + k, mon) for k in (-1, 0, 1)]
    usable = [r for r in instances if r.start and r.end]
    if shift < 0:
        done = [r for r in usable if r.end < anchor]  # type: ignore[operator]
        return max(done, key=lambda r: r.start) if done else NONE  # type: ignore[arg-type,return-value]
    if shift > 0:
        ahead = [r for r in usable if r.start > anchor]  # type: ignore[operator]
        return min(ahead, key=lambda r: r.start) if ahead else NONE  # type: ignore[arg-type,return-value]
    return cal.month(anchor.year, mon) if mood is None else choose_instance(usable, anchor, mood)


def with_part(res: Resolved, part: str | None) -> tuple[str, Resolved]:
    """Add a part of day ("Thursday afternoon" -> "2015-08-20TAF"): a TIME on that day."""
    if not part or res.value is None:
        return "DATE", res
    code = words().day_parts.get(part.lower())
    if code is None:
        return "DATE", res
    return "TIME", Resolved(f"{res.value}T{code}", res.start, res.end, "day")


def with_clock(res: Resolved, hour: int, minute: int) -> Resolved:
    """A clock time on a known day ("2025-02-27T10:00")."""
    if res.value is None or res.grain != "day" or res.start is None:
        return NONE
    return Resolved(f"{res.start.isoformat()}T{hour:02d}:{minute:02d}", res.start, res.end, "day")


# Resolver functions: (component, ctx, cand, mood) -> (type, Resolved, anchor, start, end)
ResolverResult = tuple[str, Resolved, str | None, int, int] | None


def _r_full_date(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    res, anchor = resolve_full_date(ctx, c, mood)
    if anchor and ctx.published is None:
        res = NONE
    return "DATE", res, anchor, c.start, c.end


def _r_numeric(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    res, anchor = resolve_numeric(ctx, c)
    return "DATE", res, anchor, c.start, c.end


def _r_month_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    return "DATE", resolve_month_year(c), None, c.start, c.end


def _r_decade(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    return "DATE", resolve_decade(ctx, c), None, c.start, c.end


def _r_century(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    n = int(c.match.group("cent"))
    return "DATE", cal.century((n - 1) * 100) if n >= 11 else NONE, None, c.start, c.end


def _r_quarter(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    res, anchor = resolve_quarter(ctx, c, mood)
    return "DATE", res, anchor, c.start, c.end


def _r_week_of(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    mon = _month_num(g.get("mon"))
    order = words().ordinals.get(g["ord"].lower(), 0)
    anchor = None
    if g.get("year"):
        month_res = cal.month(int(g["year"]), mon) if mon else NONE
    elif ctx.published and mon:
        month_res = choose_instance(yearly(ctx.published, lambda y: cal.month(y, mon)),
                                    ctx.published, mood)
        anchor = "published"
    else:
        return "DATE", NONE, "published", c.start, c.end
    if month_res.start is None or month_res.end is None or order == 0:
        return "DATE", NONE, anchor, c.start, c.end
    is_weekend = "weekend" in c.match.group().lower()
    if is_weekend:
        return "DATE", month_res, anchor, c.start, c.end
    if order > 0:
        first = month_res.start + timedelta(days=7 * (order - 1))
        last = min(first + timedelta(days=6), month_res.end)
    else:
        last = month_res.end
        first = last - timedelta(days=6)
    return "DATE", Resolved(month_res.value, first, last, "week"), anchor, c.start, c.end


def _r_part_of(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    mod = _mod(g.get("mod"))
    anchor: str | None = None
    if g.get("year"):
        base = cal.year(int(g["year"]))
    elif g.get("wd"):
        if ctx.published is None:
            return "DATE", NONE, "published", c.start, c.end
        day_res = resolve_weekday(ctx.published, _weekday_num(g["wd"]) or 1, 0, mood)
        kind, res = with_part(day_res, g.get("part"))
        return kind, res, "published", c.start, c.end
    elif g.get("mon"):
        mon = _month_num(g["mon"])
        if g.get("year2"):
            base = cal.month(int(g["year2"]), mon) if mon else NONE
        elif ctx.published and mon:
            base = choose_instance(yearly(ctx.published, lambda y: cal.month(y, mon)),
                                   ctx.published, mood)
            anchor = "published"
        else:
            base, anchor = NONE, "published"
    elif ctx.published is None:
        base, anchor = NONE, "published"
    elif g.get("rel"):
        base = resolve_unit_relative(ctx.published, g["relunit"], _rel_shift(g["rel"]))
        anchor = "published"
    else:
        base = resolve_unit_relative(ctx.published, g["thisunit"], 0)
        anchor = "published"
    return "DATE", cal.part_of(base, mod) if mod else base, anchor, c.start, c.end


def _r_season_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    code = words().seasons[c.match.group("season").lower()]
    return "DATE", cal.season(int(c.match.group("year")), code), None, c.start, c.end


def _r_relative(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    shift = _rel_shift(g["rel"])
    start = c.start
    preceded_by_the = re.search(r"(?i:\bthe\s+)$", ctx.text[max(0, start - 5):start])
    if g.get("relunit") and preceded_by_the and shift != 0:
        # "the past week", "the next year": a stretch of time, not a calendar period
        code = _unit_code(g["relunit"])
        start -= len(preceded_by_the.group())
        return "DURATION", Resolved(duration_value(1, code)), None, start, c.end
    if ctx.published is None:
        return "DATE", NONE, "published", start, c.end
    anchor = ctx.published
    if g.get("wd"):
        res = resolve_weekday(anchor, _weekday_num(g["wd"]) or 1, shift, mood)
    elif g.get("mon"):
        res = resolve_month_relative(anchor, _month_num(g["mon"]) or 1, shift, mood)
    elif g.get("season"):
        res = resolve_season_relative(anchor, words().seasons[g["season"].lower()], shift)
    else:
        res = resolve_unit_relative(anchor, g["relunit"], shift, mood)
    return "DATE", res, "published", start, c.end


def _r_this_part(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    unit = "day" if g.get("today") else g["relunit"].lower()
    base = resolve_unit_relative(ctx.published, unit, 0)
    if base.start is None or base.end is None:
        return "DATE", base, "published", c.start, c.end
    if g["edge"].lower() == "earlier":
        res = Resolved(base.value, base.start, ctx.published, base.grain)
    else:
        res = Resolved(base.value, ctx.published, base.end, base.grain)
    return "DATE", res, "published", c.start, c.end


def _r_relative_day(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    rd = g["rd"].lower()
    part = g.get("part")
    if rd == "tonight":
        part = "night"
    if rd in ("this", "last") and ctx.published:
        offset = -1 if rd == "last" and (part or "").lower() == "night" else 0
        if rd == "last" and offset == 0:
            return None  # "last evening" is rare and vague
        kind, res = with_part(cal.day(ctx.published + timedelta(days=offset)), part)
        return kind, res, "published", c.start, c.end
    if ctx.published is None:
        return ("TIME" if part else "DATE"), NONE, "published", c.start, c.end
    offset = words().relative_days.get(rd, 0)
    kind, res = with_part(cal.day(ctx.published + timedelta(days=offset)), part)
    return kind, res, "published", c.start, c.end


def _r_weekday(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    wd = _weekday_num(g["wd"])
    if ctx.published is None or wd is None:
        return ("TIME" if g.get("part") else "DATE"), NONE, "published", c.start, c.end
    kind, res = with_part(resolve_weekday(ctx.published, wd, 0, mood), g.get("part"))
    return kind, res, "published", c.start, c.end


def _r_ago(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    amount = _num(g["num"])
    code = _unit_code(g["unit"])
    grain = UNIT_GRAIN.get(code)
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    if amount is None:
        return "DATE", Resolved("PAST_REF"), "published", c.start, c.end
    if grain is None or amount != int(amount):
        return "DATE", NONE, "published", c.start, c.end
    if code in ("DE", "CE"):  # "a decade ago" names a year, not a decade
        amount, grain = amount * (10 if code == "DE" else 100), "year"
    moved = cal.shift(ctx.published, grain, -int(amount * (2 if code == "FN" else 1)))
    res = cal.at_grain(moved, grain) if moved else NONE
    return "DATE", res, "published", c.start, c.end


def _followed_by_phrase(ctx: Context, end: int) -> bool:
    """True when a noun phrase follows ("two days before the vote"): the expression is then
    a duration relative to an event, not a date."""
    rest = ctx.text[end:end + 40]
    if not rest[:1].isspace():
        return False
    token = ctx.token_at(end + len(rest) - len(rest.lstrip()))
    return token is not None and token.idx >= end and token.pos_ in (
        "DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ")


def _r_anchored(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    amount = _num(g["num"])
    code = _unit_code(g["unit"])
    direction = words().anchored_offsets.get(g["dir"].lower(), 1)
    if _followed_by_phrase(ctx, c.end) and g["dir"].lower() in ("before", "after"):
        end = c.start + len(ctx.text[c.start:c.match.start("dir")].rstrip())
        return "DURATION", Resolved(duration_value(amount, code)), None, c.start, end
    grain = UNIT_GRAIN.get(code)
    if grain is None:  # "six minutes later": a stretch of time, no calendar date
        end = c.start + len(ctx.text[c.start:c.match.start("dir")].rstrip())
        return "DURATION", Resolved(duration_value(amount, code)), None, c.start, end
    index = ctx.text_anchor(c.start)
    base = ctx.found[index].res if index is not None else cal.day(ctx.published)
    if amount is None or grain is None or base.start is None or amount != int(amount):
        return "DATE", NONE, "text", c.start, c.end
    if base.grain != "day" and grain in ("day", "week"):
        return "DATE", NONE, "text", c.start, c.end
    moved = cal.shift(base.start, grain, direction * int(amount))
    # "a week later" than a day is a day; "two years later" than a month is a year
    res = cal.at_grain(moved, "day" if base.grain == "day" and grain == "week" else grain) \
        if moved else NONE
    return "DATE", res, "text", c.start, c.end


def _r_next_day(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    which = (g.get("which") or "").lower()
    direction = (g.get("dir") or "").lower()
    unit = g["unit"].lower()
    if direction and _followed_by_phrase(ctx, c.end):
        return None
    if not which and not direction and g["the"].lower() != "that":
        return None
    if which in ("previous", "preceding") or direction in ("before", "earlier"):
        step = -1
    elif which in ("next", "following") or direction in ("after", "later"):
        step = 1
    else:
        step = 0
    index = ctx.text_anchor(c.start)
    base = ctx.found[index].res if index is not None else cal.day(ctx.published)
    if base.start is None:
        return "DATE", NONE, "text", c.start, c.end
    part = unit if unit in words().day_parts else None
    grain = "day" if part else unit
    if grain in ("day", "week") and base.grain != "day" and step != 0:
        return "DATE", NONE, "text", c.start, c.end
    if grain == "weekend":
        res = cal.weekend_of(base.start + timedelta(weeks=step))
    else:
        moved = cal.shift(base.start, grain, step)
        res = cal.at_grain(moved, grain) if moved else NONE
    kind, res = with_part(res, part)
    return kind, res, "text", c.start, c.end


def _r_at_the_time(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    index = ctx.text_anchor(c.start)
    if index is None:
        return "DATE", NONE, None, c.start, c.end
    return "DATE", ctx.found[index].res, "text", c.start, c.end


def _r_duration(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    code = _unit_code(g["unit"])
    if code == "WE" and not g.get("lead"):
        return None
    if code == "S" and g["num"].lower() in ("a", "an"):
        return None  # "a second term", "for a second"
    return "DURATION", Resolved(duration_value(_num(g["num"]), code)), None, c.start, c.end


def _r_set_every(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    every = 2 if g.get("other") else 1
    if g.get("wd"):
        return "SET", Resolved(f"XXXX-WXX-{_weekday_num(g['wd'])}"), None, c.start, c.end
    if g.get("season"):
        return "SET", Resolved(f"XXXX-{words().seasons[g['season'].lower()]}"), None, c.start, c.end
    amount = _num(g.get("n")) if g.get("n") else 1.0
    amount = None if amount is None else amount * every
    return "SET", Resolved(duration_value(amount, _unit_code(g["unit"]))), None, c.start, c.end


def _r_set_times(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    value = duration_value(1, _unit_code(c.match.group("unit")))
    return "SET", Resolved(value), None, c.start, c.end


def _r_set_adverb(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    value = words().set_adverbs[c.match.group("adv").lower()]
    return "SET", Resolved(value), None, c.start, c.end


def _clock_day(ctx: Context, start: int) -> tuple[Resolved, str | None]:
    """The day a clock time falls on: a day-level date earlier in its sentence, else the
    publication date."""
    span = ctx.span(start, start + 1)
    parsed = ctx.doc.has_annotation("SENT_START") or ctx.doc.has_annotation("DEP")
    sent_start = span.sent.start_char if span is not None and parsed else start
    for index in range(len(ctx.found) - 1, max(-1, len(ctx.found) - 1 - LOOK_BACK), -1):
        prior = ctx.found[index]
        if prior.start < sent_start:
            break
        if prior.res.grain == "day" and prior.type in ("DATE", "TIME"):
            return prior.res, "text"
    return cal.day(ctx.published) if ctx.published else NONE, "published"


def _r_clock(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    hour, minute = int(g["h"]), int(g["m"] or 0)
    ampm = (g.get("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    elif hour > 24 or (hour == 24 and minute):
        return None
    base, anchor = _clock_day(ctx, c.start)
    res = with_clock(base, hour, minute)
    return "TIME", res, anchor, c.start, c.end


def _r_noon(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    word = c.match.group("noon").lower()
    base, anchor = _clock_day(ctx, c.start)
    res = with_clock(base, 24 if word == "midnight" else 12, 0)
    return "TIME", res, anchor, c.start, c.end


def _r_reference(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    value = words().references[" ".join(c.match.group("ref").lower().split())]
    return "DATE", Resolved(value), None, c.start, c.end


def _r_bare_units(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    code = _unit_code(c.match.group("unit")[:-1].lower().replace("centurie", "century"))
    return "DURATION", Resolved(duration_value(None, code)), None, c.start, c.end


def _r_the_weekend(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    res = resolve_unit_relative(ctx.published, "weekend", 0, mood or "past")
    return "DATE", res, "published", c.start, c.end


def _r_next_weekday(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the next Tuesday": after the nearest preceding date of the passage."""
    g = c.match.groupdict()
    index = ctx.text_anchor(c.start)
    base = ctx.found[index].res if index is not None else cal.day(ctx.published)
    wd = _weekday_num(g["wd"])
    if base.start is None or base.grain != "day" or wd is None:
        return "DATE", NONE, "text", c.start, c.end
    step = -1 if g["which"].lower() == "previous" else 1
    kind, res = with_part(resolve_weekday(base.start, wd, step, None), g.get("part"))
    return kind, res, "text", c.start, c.end


def _r_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    y = int(c.match.group("year"))
    if c.match.group("fiscal"):  # fiscal years start on different dates: no interval
        return "DATE", Resolved(f"FY{y:04d}" if cal.valid_year(y) else None), None, c.start, c.end
    return "DATE", cal.year(y), None, c.start, c.end


def _r_short_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    yy = int(c.match.group("yy"))
    pivot = (ctx.published.year if ctx.published else 2030) % 100 + 1
    return "DATE", cal.year((2000 if yy <= pivot else 1900) + yy), None, c.start, c.end


def _r_season(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    g = c.match.groupdict()
    code = words().seasons[g["season"].lower()]
    start = c.start if g["the"].lower() != "in" else c.start + len(g["the"]) + 1
    start = start + len(ctx.text[start:]) - len(ctx.text[start:].lstrip())
    if ctx.published is None:
        return "DATE", NONE, "published", start, c.end
    instances = [cal.season(ctx.published.year + k, code) for k in (-1, 0, 1)]
    this = g["the"].lower() == "this"
    res = choose_instance(instances, ctx.published, None if this else mood)
    return "DATE", res, "published", start, c.end


def _r_month(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    mon = _month_num(c.match.group("mon"))
    if ctx.published is None or mon is None:
        return "DATE", NONE, "published", c.start, c.end
    instances = yearly(ctx.published, lambda y: cal.month(y, mon))
    return "DATE", choose_instance(instances, ctx.published, mood or "past"), "published", \
        c.start, c.end


RESOLVERS: dict[str, Callable[[Context, Candidate, Mood], ResolverResult]] = {
    "weekday_md_y": _r_full_date, "d_m_y": _r_full_date, "m_y": _r_month_year,
    "numeric": _r_numeric, "iso": _r_numeric, "decade": _r_decade, "century": _r_century,
    "quarter": _r_quarter, "week_of": _r_week_of, "part_of": _r_part_of,
    "season_year": _r_season_year, "relative": _r_relative, "this_part": _r_this_part,
    "relative_day": _r_relative_day, "day_part": _r_relative_day, "weekday": _r_weekday,
    "ago": _r_ago, "anchored": _r_anchored, "next_day": _r_next_day,
    "at_the_time": _r_at_the_time, "duration": _r_duration, "duration_adj": _r_duration,
    "set_every": _r_set_every, "set_times": _r_set_times, "set_adverb": _r_set_adverb,
    "clock": _r_clock, "clock24": _r_clock, "noon": _r_noon, "reference": _r_reference,
    "bare_units": _r_bare_units, "the_weekend": _r_the_weekend, "next_weekday": _r_next_weekday,
    "year": _r_year, "short_year": _r_short_year, "season": _r_season, "month": _r_month,
}

#: Kinds whose value depends on the clause's tense and mood.
MOOD_KINDS = frozenset({"weekday_md_y", "d_m_y", "quarter", "week_of", "part_of", "relative",
                        "weekday", "season", "month", "the_weekend"})


