"""A bare season that is the subject of a clause looking ahead ("winter will bring hardship",
"refugees will freeze once winter arrives"): the coming season, a DATE (TimeML "2004-WI").

A season with no determiner is otherwise left out: "winter is the busiest season" speaks of
any winter, and "in winter" after a present verb is a habit (see ``r_season``). Only as the
subject of a verb that looks ahead, or of a clause of time under a main clause that looks
ahead, does it name one season: the current or the next one.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import time_calendar as cal
from .time_clause import (
    auxiliaries_of,
    clause_word_list,
    mood_of_clause,
    opens_clause_of_time,
)
from .time_context import Context, Found
from .time_grammar import words
from .time_mood import choose_instance


def add_bare_seasons(ctx: Context) -> None:
    """Add a Found for each bare season that is the subject of a clause looking ahead, unless
    a time already covers it."""
    if ctx.published is None:
        return
    seasons = words().seasons
    for token in ctx.doc:
        if token.idx + len(token.text) > len(ctx.text) or token.lower_ not in seasons:
            continue
        if not _bare_subject(token) or not _looks_ahead(token.head):
            continue
        start, end = token.idx, token.idx + len(token.text)
        if any(f.start < end and start < f.end for f in ctx.found):
            continue
        code = seasons[token.lower_]
        instances = [cal.season(ctx.published.year + k, code) for k in (-1, 0, 1)]
        res = choose_instance(instances, ctx.published, "future")
        if res.value is not None:
            ctx.found.append(Found(start, end, "DATE", res, "published", "season"))


def _bare_subject(token: Token) -> bool:
    """A season noun with no words of its own ("winter", not "the winter", "a harsh winter",
    "the Arab Spring"), lower case unless it opens its sentence, subject of a verb."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or any(True for _ in token.children):
        return False
    if token.text[:1].isupper() and not token.is_sent_start:
        return False  # "Spring" inside a sentence: a name
    return token.head.pos_ in ("VERB", "AUX") and token.head.i > token.i


def _looks_ahead(verb: Token) -> bool:
    """Does the season's verb look ahead: itself ("winter will bring", not "would bring", said
    from a past moment), or as a present-tense clause of time ("once winter arrives", "when
    spring comes") under a main clause that does ("refugees will freeze once …")? "Roads close
    when winter arrives" is a habit: left out."""
    if any(a.lower_ in clause_word_list("backward_modals") for a in auxiliaries_of(verb)):
        return False
    if verb.dep_ != "advcl":
        return verb.tag_ in ("VB", "VBZ", "VBP") and mood_of_clause(verb) == "future"
    if verb.tag_ not in ("VBZ", "VBP") or not opens_clause_of_time(verb):
        return False
    head = verb.head
    if head.i == verb.i or any(a.lower_ in clause_word_list("backward_modals")
                               for a in auxiliaries_of(head)):
        return False
    return mood_of_clause(head) == "future"
