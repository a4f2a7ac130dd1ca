"""Second looks at one resolved time, from the syntax of its clause: the year a clause names
for its bare month ("In 2019 the mill shut in March"), the whole quarter a "year earlier" after
"the three months to March" counts back from, the past month a coming release measures
("figures due Friday will show the jobless rate in March"), and the coming instance of a
feast, weekday or season that a clause still looks ahead to ("New Year's Eve revellers have
been told to dress warmly", "warned of closures in the summer", "was due to reopen on Tuesday
but has been delayed").

Each rule takes the resolver's result and returns it unchanged unless its syntax fits; the
times component calls :func:`revise` once per resolved candidate, so later anchors read the
revised value."""

from __future__ import annotations

import re
from datetime import timedelta

from spacy.tokens import Token

from . import time_calendar as cal
from .time_calendar import Resolved
from .time_clause import clause_word_list, governing_verb
from .time_context import Candidate, Context, Found, Mood, find_candidates
from .time_grammar import words
from .time_mood import choose_instance, yearly
from .time_resolve_common import ResolverResult, month_num
from .time_resolve_dates import part_mod
from .time_resolve_reports import year_back

#: How many days ahead a feast or weekday a clause looks forward to may lie.
COMING_DAYS = 7

#: "the three months to March", "the six months ended June 30": a period named by its last
#: month (text right before that month).
MONTHS_TO = re.compile(r"(?i:(?P<n>three|3|six|6)\s+months?\s+(?:to|ended|ending|through|thru|"
                       r"until|that\s+ended|which\s+ended)\s+(?:(?:on|in)\s+)?)$")
#: "October to December", "April-June": a span of months whose last month follows.
MONTH_SPAN = re.compile(r"(?P<first>[A-Za-z]{3,9})\.?(?:\s*[-–]\s*|\s+(?i:to|through|thru)\s+)$")
#: Kinds of a weekday or a feast that a clause may put a week or a year ahead.
COMING_KINDS = frozenset({"weekday", "holiday", "feast", "new_year"})
#: Kinds of a bare month, month-day or quarter that a clause's year may fix.
YEARLESS_KINDS = frozenset({"month", "weekday_md_y", "quarter", "part_of"})
#: Kinds of a whole year that dates its clause ("in 2019", "last year", "next year's").
YEAR_NAMING_KINDS = frozenset({"year", "relative"})
#: Prepositions that make a year an edge of a stretch, not the time of its clause.
EDGE_PREPOSITIONS = frozenset({"through", "until", "till", "to", "since", "from", "by", "before",
                               "after", "into", "beyond"})
#: Words before "in <year>" that compare with that year rather than date the clause.
COMPARED_YEAR_WORDS = frozenset({"like", "unlike", "as", "than"})
#: Auxiliaries of a clause that is not told in the simple past.
NOT_PAST_AUX = frozenset({"have", "has", "will", "would", "shall", "'ll", "is", "are", "am",
                          "'s", "'re", "'m", "be", "being", "can", "may", "might", "could"})
PAST_AUX = frozenset({"had", "was", "were", "did", "'d"})
#: Auxiliaries of a future, also a future of the past ("said it would go ahead").
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
#: Prepositions before an event whose aftermath a clause tells ("the fallout from Monday's
#: vote"): the event is over.
AFTERMATH_PREPOSITIONS = frozenset({"from", "after", "since", "following", "of"})
#: "until" or "till" right before a time.
UNTIL_BEFORE = re.compile(r"\b(?i:until|till)\s+$")
#: How many months back a month a coming release shows may lie from publication.
MEASURED_MONTHS_BACK = 4
#: How many months back a month that names a statistic ("its April figures") may lie: a
#: month's figures come out within weeks ("the December figures will be published in
#: January", written in April, are next December's).
REPORTED_MONTHS_BACK = 2


def revise(ctx: Context, cand: Candidate, mood: Mood, result: ResolverResult) -> ResolverResult:
    """The resolver's ``result`` for ``cand``, revised by the first rule that fits."""
    if result is None or ctx.published is None:
        return result
    kind_type, res, anchor, start, end = result
    if res.start is None or kind_type not in ("DATE", "TIME"):
        return result
    new = (_named_period_year_back(ctx, cand, res) or _after_flashback(ctx, cand, res)
           or _before_a_past_day(ctx, cand, res, mood) or _clause_year(ctx, cand, res)
           or _measured_month(ctx, cand, res) or _coming_modifier(ctx, cand, res)
           or _delayed_plan(ctx, cand, res) or _warned_season(ctx, cand, res))
    if new is None or new.value is None:
        return result
    return kind_type, new, anchor, start, end


# -- a year back from a period named by its last month


def period_named_by_end(ctx: Context, index: int) -> Resolved | None:
    """The quarter or half that a month (or its last day) names as the end of a period: "the
    three months to March" (Q1), "October to December" (Q4), "the six months ended June 30"
    (H1); None otherwise."""
    f = ctx.found[index]
    if f.res.start is None or f.res.end is None or f.res.grain not in ("month", "day"):
        return None
    last = f.res.start
    if f.res.grain == "day" and (last + timedelta(days=1)).month == last.month:
        return None  # "the three months to March 15" is no calendar quarter
    before = ctx.text[max(0, f.start - 40):f.start]
    m = MONTHS_TO.search(before)
    if m is not None:
        count = 3 if m.group("n").lower() in ("three", "3") else 6
    else:
        span = MONTH_SPAN.search(before)
        first = month_num(span.group("first")) if span else None
        if first is None:
            return None
        count = (last.month - first) % 12 + 1
    if count == 3 and last.month % 3 == 0:
        return cal.quarter(last.year, last.month // 3)
    if count == 6 and last.month % 6 == 0:
        return cal.half_of(cal.year(last.year), last.month // 6)
    return None


def _named_period_year_back(ctx: Context, cand: Candidate, res: Resolved) -> Resolved | None:
    """"profit rose in the three months to March from a year earlier": the first quarter a
    year back, not March a year back."""
    if cand.kind not in ("anchored", "year_ago"):
        return None
    if cand.kind == "anchored":
        g = cand.match.groupdict()
        if (g.get("unit") or "").lower() != "year" or (g.get("num") or "").lower() not in (
                "a", "one", "1") or words().anchored_offsets.get(g["dir"].lower(), 1) > 0:
            return None
    sent_start = ctx.sentence_start(cand.start)
    for index in range(len(ctx.found) - 1, -1, -1):
        prior = ctx.found[index]
        if prior.start < sent_start:
            return None
        if prior.type == "DATE" and prior.res.start is not None \
                and prior.res.grain in ("month", "day"):
            period = period_named_by_end(ctx, index)
            if period is None or res.start.year != prior.res.start.year - 1:
                return None
            return year_back(period)
    return None


# -- a bare month in a clause that names its year


def _clause_year(ctx: Context, cand: Candidate, res: Resolved) -> Resolved | None:
    """"In 2019 the mill shut in March", "next year's race will be moved to Oct. 14": a month
    or a quarter with no year of its own takes the year its clause names before it."""
    if cand.kind not in YEARLESS_KINDS or any(
            v for k, v in cand.match.groupdict().items()
            if (k.startswith("year") or k in ("qyear", "qrel", "q")) and v):
        return None  # "Q3", "this year's third quarter": a year of their own
    span = ctx.span(cand.start, cand.end)
    verb = governing_verb(span) if span is not None else None
    if verb is None:
        return None
    sent_start = ctx.sentence_start(cand.start)
    for prior in reversed(ctx.found):
        if prior.start < sent_start:
            return None
        if prior.type != "DATE" or prior.res.grain != "year" or prior.res.start is None \
                or prior.kind not in YEAR_NAMING_KINDS:
            continue  # "will last through the end of the year, maybe into January": an edge
        prior_span = ctx.span(prior.start, prior.end)
        if prior_span is None or governing_verb(prior_span) != verb \
                or not _year_dates_clause(prior_span.root):
            return None
        year = prior.res.start.year
        if year == res.start.year:
            return None
        if res.grain == "month":  # "next year's ceremony is set for late February"
            mod = part_mod(cand.match.groupdict().get("mod"))
            moved = cal.month(year, res.start.month)
            return cal.part_of(moved, mod) if mod else moved
        if cand.kind == "part_of":
            return None  # "late last year", "early summer": no month to move
        if res.grain == "quarter":  # "In 2012, profit fell in the first quarter"
            return cal.quarter(year, (res.start.month - 1) // 3 + 1)
        if res.grain == "day":
            moved = cal.safe_date(year, res.start.month, res.start.day)
            return cal.day(moved) if moved else None
        return None
    return None


def _year_dates_clause(year: Token) -> bool:
    """Does a year date its clause ("in 2019", "last year") rather than a person or a title
    ("last year's champion")? A possessive year dates only an event noun."""
    if year.dep_ == "pobj" and year.head.lower_ in EDGE_PREPOSITIONS:
        return False  # "runs through next year and into January": an edge, not the clause's year
    if year.dep_ == "pobj" and year.head.i > 0 \
            and year.doc[year.head.i - 1].lower_ in COMPARED_YEAR_WORDS:
        return False  # "Like in 2015, profit fell in the third quarter": a year compared with
    if year.dep_ != "poss":
        return year.dep_ in ("pobj", "npadvmod", "advmod", "nmod", "dobj", "tmod", "ROOT") \
            or year.head.pos_ in ("VERB", "AUX")
    return year.head.lemma_.lower() in clause_word_list("year_event_nouns") \
        or year.head.lower_ in clause_word_list("year_event_nouns")


# -- a month a coming release measures


def _measured_month(ctx: Context, cand: Candidate, res: Resolved) -> Resolved | None:
    """"Figures due on Friday are expected to show the jobless rate at 6.2 percent in March"
    (written in April): a month that dates a statistic a coming release shows is over; so is a
    month that names the statistic ("will publish its April figures", "December's jobs report
    will be released"), if it ended within weeks."""
    assert ctx.published is not None
    if cand.kind != "month" or res.start <= ctx.published:
        return None
    token = ctx.token_at(cand.start)
    if token is None:
        return None
    if _names_a_statistic(token):
        back = REPORTED_MONTHS_BACK
    else:
        reveals = clause_word_list("reveal_verbs")
        reveal = next((a for a in token.ancestors if a.lemma_.lower() in reveals), None)
        if reveal is None or not any(t.lower_ in clause_word_list("statistic_nouns")
                                     or t.lemma_.lower() in clause_word_list("statistic_nouns")
                                     for t in reveal.subtree if t.i < token.i) \
                or not _dates_the_statistic(token, reveal):
            return None
        back = MEASURED_MONTHS_BACK
    past = choose_instance(yearly(ctx.published, lambda y: cal.month(y, res.start.month)),
                           ctx.published, "past")
    if past.start is None or (ctx.published.year - past.start.year) * 12 \
            + ctx.published.month - past.start.month > back:
        return None  # "will reveal the figures in June", written in April: not last June
    return past


def _names_a_statistic(month: Token) -> bool:
    """Is the month a modifier of a statistic's noun ("its April figures", "January sales",
    "December's jobs report")? The figures of a month just ended are reported after it."""
    if month.dep_ not in ("poss", "compound", "nmod"):
        return False
    nouns = clause_word_list("statistic_nouns")
    head = month.head
    return head.lower_ in nouns or head.lemma_.lower() in nouns


def _dates_the_statistic(month: Token, reveal: Token) -> bool:
    """Does ``month`` date the figure shown, not the act of revealing it ("will reveal the
    figures in June") nor another event ("show prices rising in September")? Its preposition
    hangs on a noun or adjective of the shown figure, or on a verb of data showing
    ("data next week will show inflation in May")."""
    prep = month.head
    if month.dep_ in ("poss", "compound", "nmod"):  # "will show March's figures"
        return prep.lower_ in clause_word_list("statistic_nouns") \
            or prep.lemma_.lower() in clause_word_list("statistic_nouns")
    if month.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    owner = prep.head
    if owner == reveal:
        return reveal.lemma_.lower() in clause_word_list("data_show_verbs")
    return owner.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and reveal in owner.ancestors


# -- the coming instance of a feast, weekday or season


def shifted_days(res: Resolved, days: int) -> Resolved | None:
    """``res`` moved by ``days`` days (its value's date and its interval)."""
    if res.start is None or res.end is None or res.value is None \
            or not re.match(r"\d{4}-\d\d-\d\d", res.value):
        return None
    moved = res.start + timedelta(days=days)
    return Resolved(moved.isoformat() + res.value[10:], moved, res.end + timedelta(days=days),
                    res.grain)


def _coming(ctx: Context, cand: Candidate, res: Resolved) -> Resolved | None:
    """The next instance of a weekday (a week on) or a feast (a year on) when it lies within
    :data:`COMING_DAYS` after publication."""
    assert ctx.published is not None
    if res.start is None or res.start >= ctx.published:
        return None
    if cand.kind == "weekday":
        days = 7
    else:
        try:
            days = (res.start.replace(year=res.start.year + 1) - res.start).days
        except ValueError:
            return None
    new = shifted_days(res, days)
    if new is None or new.start is None or not \
            timedelta(0) < new.start - ctx.published <= timedelta(days=COMING_DAYS):
        return None
    return new


def _not_simple_past(verb: Token) -> bool:
    """Is the clause of ``verb`` told in a present, a present perfect or a future (also a
    future of the past, "said it would go ahead"), not in the simple or past perfect?"""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in PAST_AUX for a in aux):
        return False
    if aux:
        return any(a in NOT_PAST_AUX for a in aux)
    return verb.tag_ in ("VBZ", "VBP")


def _coming_modifier(ctx: Context, cand: Candidate, res: Resolved) -> Resolved | None:
    """"said Sunday night's celebration would go ahead", "New Year's Eve revellers have been
    told to dress warmly": a weekday that modifies a noun in a future clause (also a future of
    the past), or a feast in a future or present-perfect one, is the coming one when it is
    only days ahead and nearer than the last one. An aftermath stays past ("the fallout from
    Monday's vote is still growing"), and so does a day just gone ("said Monday's ruling will
    change the race", written on Tuesday)."""
    if cand.kind not in COMING_KINDS:
        return None
    span = ctx.span(cand.start, cand.end)
    if span is None:
        return None
    root = span.root
    after = ctx.text[cand.end:cand.end + 2]
    if root.dep_ not in ("poss", "compound", "nmod") and not after.startswith(("'s", "’s")):
        return None
    noun = root.head
    while noun.dep_ in ("compound", "poss") and noun.head.i != noun.i:
        noun = noun.head  # "Christmas Day's service": the service
    if noun.dep_ == "pobj" and noun.head.lower_ in AFTERMATH_PREPOSITIONS:
        return None
    verb = governing_verb(span)
    if verb is None or not _event_goes_ahead(noun, verb, cand.kind != "weekday"):
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & PAST_AUX:
        return None
    future = bool(aux & FUTURE_AUX)
    perfect = bool(aux & {"have", "has", "'ve"})
    if not (future or (perfect and cand.kind != "weekday")):
        return None
    new = _coming(ctx, cand, res)
    assert ctx.published is not None
    if new is None or new.start is None \
            or new.start - ctx.published >= ctx.published - res.start:
        return None  # "said Monday's ruling will change the race", written on Tuesday
    return new


def _event_goes_ahead(noun: Token, verb: Token, feast: bool) -> bool:
    """Does ``verb`` tell the event ``noun`` itself happening or going ahead ("Sunday's
    celebration would go ahead", "Monday's match will be played"), or, for a feast, its
    people being addressed ("New Year's Eve revellers have been told to dress warmly")? An act
    done to a past event ("Monday's vote would be annulled") is not one."""
    if noun.head != verb or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lemma = verb.lemma_.lower()
    passive = noun.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        return lemma in clause_word_list("coming_event_passives") \
            or (feast and lemma in clause_word_list("feast_crowd_verbs"))
    if feast or lemma == "be" or noun.lemma_.lower() in clause_word_list("scheduled_event_nouns"):
        return True  # "Christmas shoppers have spent more", "Saturday's final would be a
        # sell-out", "said Wednesday's budget will cut taxes": the event itself still ahead
    phrases = clause_word_list("coming_event_verbs")
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return lemma in phrases or (nxt is not None and f"{lemma} {nxt.lower_}" in phrases) \
        or any(f"{lemma} {c.lower_}" in phrases for c in verb.children
               if c.dep_ in ("prt", "advmod", "dobj", "acomp"))


def _delayed_plan(ctx: Context, cand: Candidate, res: Resolved) -> Resolved | None:
    """"The school was due to reopen on Tuesday but its reopening has been delayed by a day":
    a plan whose day a present-perfect delay has not yet reached is the coming one."""
    if cand.kind != "weekday":
        return None
    token = ctx.token_at(cand.start)
    sent = token.sent if token is not None else None
    if token is None or sent is None:
        return None
    delayed = any(t.lemma_.lower() in clause_word_list("delay_verbs") and t.pos_ == "VERB"
                  and t.tag_ == "VBN" and _not_simple_past(t) and t.i > token.i for t in sent)
    if not (_inside_plan(token) and delayed) or _until_later(ctx, cand, sent.end_char):
        return None
    new = _coming(ctx, cand, res)
    assert ctx.published is not None
    if new is None or new.start is None \
            or new.start - ctx.published >= ctx.published - res.start:
        return None  # "was scheduled to start on Thursday but has been delayed", on Friday
    return new


def _inside_plan(day: Token) -> bool:
    """Is ``day`` the day of a plan itself ("was due to reopen on Tuesday", "scheduled to
    start on Thursday", "was due on Tuesday"), not the day of the act of announcing or
    planning it ("the plan, announced on Tuesday", "planned since Tuesday")?"""
    prep = day.head
    if day.dep_ == "pobj" and prep.dep_ == "prep":
        if prep.lower_ not in ("on", "for"):
            return False
        verb = prep.head
    elif day.dep_ in ("npadvmod", "tmod", "obl"):
        verb = day.head
    else:
        return False
    heads = clause_word_list("plan_heads") | clause_word_list("prospective_adjectives")
    if verb.lemma_.lower() in heads or verb.lower_ in heads:
        return verb.pos_ == "ADJ"  # "was due on Tuesday"; not "planned on Tuesday"
    return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in verb.children) \
        and (verb.head.lemma_.lower() in heads or verb.head.lower_ in heads)


def _until_later(ctx: Context, cand: Candidate, sent_end: int) -> bool:
    """Does a time after "until" or "till" later in the sentence say where the plan went
    ("has been delayed until next week"), which rules out its old day? (The later times are
    not resolved yet: the rest of the sentence is scanned.)"""
    rest = ctx.text[cand.end:sent_end]
    return any(UNTIL_BEFORE.search(rest, max(0, c.start - 8), c.start)
               for c in find_candidates(rest))


def _warned_season(ctx: Context, cand: Candidate, res: Resolved) -> Resolved | None:
    """"Carmakers have warned of plant closures in the summer if the tariffs stay": a season
    or month after the thing someone warns of, in a clause not told in the simple past or
    under a condition, is the coming one ("warned in the summer that prices would rise" and
    "closures in the summer hit output" stay past)."""
    assert ctx.published is not None
    if cand.kind not in ("season", "month") or res.end is None or res.end >= ctx.published:
        return None
    token = ctx.token_at(cand.start if cand.kind == "month" else cand.end - 1)
    if token is None or token.head.dep_ != "prep" or token.head.lower_ not in ("in", "during"):
        return None
    head = token.head.head
    if head.pos_ in ("NOUN", "PROPN") and head.head.dep_ == "prep":
        head = head.head.head  # "warned of closures in the summer"
    warns = clause_word_list("warn_heads")
    if head.lemma_.lower() not in warns and head.lower_ not in warns:
        return None
    warned_of = any(c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i < token.i
                    and any(g.dep_ == "pobj" for g in c.children) for c in head.children)
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in clause_word_list(
        "condition_marks") for m in c.children) for c in head.children)
    if not warned_of or head.pos_ != "VERB" or not (conditional or _not_simple_past(head)):
        return None  # "a warning of floods in the spring went unheeded": long past
    if res.grain == "month":
        return choose_instance(yearly(ctx.published, lambda y: cal.month(y, res.start.month)),
                               ctx.published, "future")
    code = res.value[5:] if res.value else ""
    return choose_instance(yearly(ctx.published, lambda y: cal.season(y, code)),
                           ctx.published, "future")


# -- anchored phrases in a narrative


def _day_offset(ctx: Context, cand: Candidate, res: Resolved) -> tuple[int, int] | None:
    """The text anchor's index and the days ``res`` lies from it, for a day counted from a
    day ("two days earlier", "a week later"); None otherwise."""
    if cand.kind != "anchored" or res.grain != "day" or res.start is None:
        return None
    index = ctx.text_anchor(cand.start)
    if index is None:
        return None
    base = ctx.found[index].res
    if base.grain != "day" or base.start is None:
        return None
    return index, (res.start - base.start).days


def _past_perfect_at(ctx: Context, start: int, end: int) -> bool:
    """Is the time at ``[start, end)`` in a clause of the past perfect ("had been switched off
    two days earlier")?"""
    span = ctx.span(start, end)
    verb = governing_verb(span) if span is not None else None
    return verb is not None and any(c.lower_ in ("had", "'d") and c.dep_ == "aux"
                                    for c in verb.children)


def _after_flashback(ctx: Context, cand: Candidate, res: Resolved) -> Resolved | None:
    """"The theft took place on Oct. 10. The alarm had been switched off two days earlier.
    Police found the van three days later.": after a flashback in the past perfect, "three
    days later" in the simple past counts from the day the flashback counted from (Oct. 13),
    not from the flashback's day."""
    offset = _day_offset(ctx, cand, res)
    if offset is None or offset[1] <= 0:
        return None
    flash = ctx.found[offset[0]]
    if flash.kind != "anchored" or flash.anchor_index is None or flash.res.start is None \
            or not _past_perfect_at(ctx, flash.start, flash.end) \
            or _past_perfect_at(ctx, cand.start, cand.end) \
            or not _apart_clauses(ctx, flash, cand):
        return None
    origin = ctx.found[flash.anchor_index].res
    if origin.grain != "day" or origin.start is None or origin.start <= flash.res.start:
        return None  # only a flashback that went back from its anchor
    return cal.day(origin.start + timedelta(days=offset[1]))


def _apart_clauses(ctx: Context, flash: Found, cand: Candidate) -> bool:
    """Are the flashback and the "later" phrase in different clauses, neither coordinated with
    the other ("had fled two weeks earlier and was caught a week later" keeps counting from
    the flashback's day)?"""
    flash_span, span = ctx.span(flash.start, flash.end), ctx.span(cand.start, cand.end)
    if flash_span is None or span is None:
        return False
    first, second = governing_verb(flash_span), governing_verb(span)
    if first is None or second is None:
        return False
    return first != second and not _coordinated(first, second)


def _coordinated(a: Token, b: Token) -> bool:
    """Are ``a`` and ``b`` one chain of conjuncts?"""
    def top(t: Token) -> Token:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t
    return top(a) == top(b)


def _before_a_past_day(ctx: Context, cand: Candidate, res: Resolved,
                       mood: Mood) -> Resolved | None:
    """"…marched on Sunday and said they would gather again on Saturday. Police put the crowd
    at 20,000, up from 12,000 a week earlier.": in a clause of the past, "a week earlier"
    counts from the last day of the narrative that is not still ahead (Sunday)."""
    assert ctx.published is not None
    offset = _day_offset(ctx, cand, res)
    if offset is None or offset[1] >= 0 or mood != "past":
        return None
    index, days = offset
    ahead = ctx.found[index].res.start
    if ahead is None or ahead <= ctx.published:
        return None
    past = past_day_before(ctx, index)
    if past is None:
        return None
    base = ctx.found[past].res.start
    return cal.day(base + timedelta(days=days)) if base is not None else None


def past_day_before(ctx: Context, index: int) -> int | None:
    """The index of the last day (not a clock time) of the passage before ``found[index]``
    that is not after the publication date, within the same paragraph."""
    assert ctx.published is not None
    paragraph = ctx.paragraph(ctx.found[index].start)
    for k in range(index - 1, -1, -1):
        prior = ctx.found[k]
        if ctx.paragraph(prior.start) != paragraph:
            return None
        if prior.type == "DATE" and prior.res.grain == "day" and prior.res.start is not None \
                and prior.res.start <= ctx.published:
            return k
    return None


def narrated_day(ctx: Context, day_index: int, earliest: int) -> int:
    """The day a clock time of a past report is on: ``day_index`` unless that day is still
    ahead ("said they would gather again on Saturday. Officers detained six people at around
    5 p.m."), then the last day before it of the same passage (from ``earliest``) that is
    not."""
    assert ctx.published is not None
    start = ctx.found[day_index].res.start
    if start is None or start <= ctx.published:
        return day_index
    past = past_day_before(ctx, day_index)
    if past is None or ctx.found[past].start < earliest:
        return day_index
    return past
