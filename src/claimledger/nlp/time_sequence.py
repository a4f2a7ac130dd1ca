"""Times told in sequence, for the times component.

Coordinated acts of one plan are told in the order they happen ("was due to arrive on Friday
and leave on Sunday", "plans to withdraw on Sunday and hand over its weapons on Tuesday"): the
second act shares the plan's direction and does not come before the first, so its weekday is
the first one on or after the earlier act's day (the same weekday named twice is the same day),
not the nearest to the publication date.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from . import time_calendar as cal
from .time_called_off import called_off, called_off_verb, moved_to_prepositions
from .time_context import Context, Found
from .time_grammar import words

#: Verb tags of a finite clause of its own ("arrived on Friday and left on Sunday").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _dated_verb(span: Span) -> Token | None:
    """The verb a one-word weekday dates ("leave on Sunday", "leave Sunday")."""
    root = span.root
    if root.lower_ not in words().weekdays or root.i != span.end - 1:
        return None
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "on" else root.head
    if root.dep_ not in ("pobj", "npadvmod") or verb.i == root.i:
        return None
    return verb


def _plan_verb(verb: Token) -> bool:
    """An act still to come: an infinitive ("expected to land") or a verb with a modal of the
    future ("will arrive")."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if verb.dep_ == "xcomp" and any(a.lower_ == "to" for a in aux):
        return True
    return any(a.lower_ in words().clause["firm_future"] for a in aux)


def _shares_the_plan(later: Token, earlier: Token) -> bool:
    """Is ``later`` a second act coordinated with ``earlier`` that leans on its plan ("…
    and leave"): no subject, auxiliary or tense of its own? The parser may mistag a bare verb
    ("close" as an adverb), so only a finite tag excludes it."""
    if later.dep_ != "conj" or later.head.i != earlier.i or later.i <= earlier.i:
        return False
    if later.tag_ in FINITE_TAGS or later.tag_ == "VBN":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in later.children)


def _weekday_verb(ctx: Context, f: Found) -> Token | None:
    """The verb a weekday dated from the publication date dates, or None."""
    if f.kind != "weekday" or f.type != "DATE" or f.anchor != "published" \
            or f.res.grain != "day" or f.res.start is None:
        return None
    span = ctx.span(f.start, f.end)
    return _dated_verb(span) if span is not None else None


def order_coordinated_plans(ctx: Context) -> None:
    """"is expected to land on Tuesday and meet the president on Wednesday": a weekday dating
    the second of two coordinated acts of a plan is the first such weekday on or after the
    first act's day; the same weekday named twice ("will sign the accord on Friday and hold a
    news conference on Friday") is the same day."""
    for index, f in enumerate(ctx.found[:-1]):
        nxt = ctx.found[index + 1]
        earlier = _weekday_verb(ctx, f)
        later = _weekday_verb(ctx, nxt) if earlier is not None else None
        if earlier is None or later is None or not _plan_verb(earlier) \
                or not _shares_the_plan(later, earlier):
            continue
        first, second = f.res.start, nxt.res.start
        if first is None or second is None:
            continue
        gap = (second.weekday() - first.weekday()) % 7
        nxt.res = cal.day(first + timedelta(days=gap))


def _new_day(ctx: Context, verb: Token) -> Found | None:
    """The time a called-off event is moved to ("postponed [until Thursday]"), if found."""
    moved_to = moved_to_prepositions()
    for g in ctx.found:
        span = ctx.span(g.start, g.end)
        if span is None or g.res.start is None:
            continue
        root = span.root
        if root.dep_ == "pobj" and root.head.head.i == verb.i \
                and root.head.lower_ in moved_to:
            return g
    return None


def date_called_off_before_new_day(ctx: Context) -> None:
    """"Wednesday's vote was postponed until Monday", told on a Sunday: an event is put off to
    a later day, so when the new day comes before the coming Wednesday, the Wednesday called
    off is the one just gone."""
    if ctx.published is None:
        return
    for f in ctx.found:
        day = f.res.start
        if f.kind != "weekday" or f.type != "DATE" or f.anchor != "published" \
                or f.res.grain != "day" or day is None or day <= ctx.published:
            continue
        span = ctx.span(f.start, f.end)
        verb = called_off_verb(span) if span is not None else None
        if span is None or verb is None or not called_off(span):
            continue
        new = _new_day(ctx, verb)
        if new is not None and new is not f and new.res.start is not None \
                and new.res.start < day:
            f.res = cal.day(day - timedelta(days=7))
