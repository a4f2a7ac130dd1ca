"""The extent of a time expression, for the times component.

TimeML keeps a length's modifier inside the TIMEX3 ("about three years", "more than two
weeks", "nearly two years ago", with mod APPROX, MORE_THAN or LESS_THAN): the grammar finds the
length from its number on, and this pass widens it back over such a modifier where the parse
hangs the modifier on the length ("lasted about three years"), not where the word governs it as
a preposition ("growth slowed over three years"), nor where "about" is a preposition of topic
("spoke about three years of drought", "a film about three days in Gaza").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from .. import lexicon
from .time_context import Context, Found, has_parse
from .time_grammar import words

#: How far back a modifier may start (the longest phrase and some spaces).
MODIFIER_REACH = 40
#: Dependencies of a word that modifies a count or a length ("about/advmod", "than/quantmod").
MODIFIER_DEPS = frozenset({"advmod", "quantmod", "amod", "pobj", "cc", "prep"})


@cache
def _modifier_before() -> re.Pattern[str]:
    """A modifier phrase right before a length ("more than ", "at least ")."""
    phrases = sorted(words().clause["length_modifiers"], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![\w-])(?i:{alternatives})\s+$")


def _hangs_on_the_length(ctx: Context, start: int, f: Found) -> bool:
    """Does every word of the modifier at ``start`` depend on the length or on another word of
    the modifier ("more/amod -> weeks", "than/quantmod -> weeks"), never on a verb outside?"""
    span = ctx.span(start, f.end)
    if span is None or not has_parse(ctx.doc):
        return False
    time_start = ctx.token_at(f.start)
    if time_start is None:
        return False
    inside = range(span.start, span.end)
    modifier = [t for t in span if t.i < time_start.i]
    return bool(modifier) and all(t.head.i in inside and t.head.i != t.i
                                  and t.dep_ in MODIFIER_DEPS for t in modifier) \
        and any(t.head.i >= time_start.i for t in modifier)


def _bound_not_stretch(ctx: Context, start: int, modifier: str) -> bool:
    """"over"/"under" bound a length only after a preposition of length or a verb of lasting
    ("for over four decades", "lasted over a month", "in under two hours"); elsewhere they
    may open a stretch ("wages would climb gradually over six years")."""
    clause = words().clause
    if modifier.lower() not in clause["preposition_modifiers"]:
        return True
    before = ctx.token_at(start - 1) if start > 0 else None
    if before is None or before.idx >= start:
        return False
    return before.lower_ in clause["length_before"] or before.lemma_.lower() in clause[
        "length_verbs"]


#: How many adverbs may stand between "about" and the word it follows ("spoke openly about").
ADVERB_REACH = 3


@cache
def _about_words() -> dict[str, frozenset[str]]:
    """The quantities lexicon's words that take "about" as their preposition (``about_takers``,
    ``about_nouns``, ``about_passives``) and its verbs that take a number (``value_verbs``):
    one list in one place for both components."""
    data = lexicon.load("quantities.json")
    return {key: frozenset(str(w).lower() for w in data[key])
            for key in ("about_takers", "about_nouns", "about_passives", "value_verbs")}


def _takes_about(token: Token) -> bool:
    """Does the word take "about" as its preposition: a verb or adjective of talk, thought or
    feeling ("spoke about", "worried about"), such a noun ("questions about") or a verb of
    telling in the passive ("were warned about")?"""
    about = _about_words()
    lemma, form = token.lemma_.lower(), token.lower_
    if token.pos_ == "NOUN":
        return form in about["about_nouns"] or lemma in about["about_nouns"]
    if token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
        return lemma in about["about_passives"] or lemma in about["about_takers"]
    return lemma in about["about_takers"] or form in about["about_takers"]


def _word_before_about(ctx: Context, start: int) -> Token | None:
    """The word "about" at ``start`` follows, past a few adverbs ("spoke [openly] about"); None
    at the start of a clause (the text's start, a punctuation mark, a conjunction)."""
    about = ctx.token_at(start)
    if about is None or about.idx != start:
        return None
    for i in range(about.i - 1, max(about.i - 1 - ADVERB_REACH, -1), -1):
        word = about.doc[i]
        if word.is_punct or word.pos_ in ("CCONJ", "SCONJ"):
            return None
        if word.pos_ != "ADV":
            return word
    return None


def _work_told(copula: Token, f: Found, ctx: Context) -> bool:
    """"The report is about three decades of neglect": a form of "be" whose subject is a
    story, report or film tells its topic, unless the length ends the clause or measures a word
    after it ("the film is about two hours", "the documentary is about 90 minutes long", where
    the parser may tag "long" an adverb)."""
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lemma_.lower() not in words().clause["narrative_nouns"]:
        return False
    span = ctx.span(f.start, f.end)
    if span is None:
        return True
    after = ctx.doc[span.end] if span.end < len(ctx.doc) else None
    return after is not None and not after.is_punct and after.pos_ not in ("ADJ", "ADV")


def _topic_about(ctx: Context, start: int, f: Found) -> bool:
    """Is "about" at ``start`` a preposition of topic ("spoke about three years of drought",
    "a film about three days in Gaza", "the report is about three decades of neglect"), not
    "roughly" ("lasted about three years", "for about a week", "fell about two weeks ago")?
    An "ago" date is "roughly" unless a word that takes "about" stands before it; a length
    only after a preposition or verb of length, a verb that takes a number, or at the start
    of a clause."""
    before = _word_before_about(ctx, start)
    if before is None:
        return False
    if _takes_about(before):
        return True
    if f.kind == "ago":
        return False
    clause = words().clause
    lemma = before.lemma_.lower()
    if before.pos_ in ("NOUN", "PROPN"):
        return True
    if before.lower_ in clause["length_before"] or lemma in clause["length_verbs"]:
        return False
    if lemma == "be":
        return _work_told(before, f, ctx)
    return lemma not in _about_words()["value_verbs"]


def _widens(f: Found) -> bool:
    return f.type == "DURATION" or f.kind == "ago"


def widen_length_modifiers(ctx: Context) -> None:
    """"for about a week": the length's span takes in "about" (see the module's note)."""
    pattern = _modifier_before()
    for index, f in enumerate(ctx.found):
        if not _widens(f):
            continue
        floor = ctx.found[index - 1].end if index else 0
        begin = max(floor, f.start - MODIFIER_REACH)
        match = pattern.search(ctx.text, begin, f.start)
        if match is None or match.start() < floor:
            continue
        modifier = " ".join(match.group().split())
        if modifier.lower() == "about" and _topic_about(ctx, match.start(), f):
            continue
        if _bound_not_stretch(ctx, match.start(), modifier) \
                and _hangs_on_the_length(ctx, match.start(), f):
            f.start = match.start()
