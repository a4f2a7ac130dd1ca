"""Is a time word part of a name or another phrase rather than a time? For the times component.

"the ''Today'' show", CBS's "This Morning", "USA Today", "the March on Washington", "the past
two elections", "noted that Saturday would …": the words of a time expression doing other work.
Split from :mod:`claimledger.nlp.times`; the word lists are in ``lexicon/en/times.json``
("clause_words").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from .. import lexicon
from .time_context import Candidate, Context
from .time_grammar import grammar, words

#: An opening quote, then capitalised words up to the word itself.
TITLE_BEFORE = re.compile(r"(?P<lead>\S*)\s*(?:``|''|\"|“|‘)"
                          r"(?P<words>(?:[A-Z][\w.'’&-]*\s+){0,5})$")
#: A closing quote right after the word (or after more capitalised words of the title: the
#: "Last Week" of "“Last Week Tonight”"), maybe after a full stop or comma, then the next word.
TITLE_AFTER = re.compile(r"(?P<rest>(?:\s+[A-Z][\w.'’&-]*){0,4})[.,!?]?(?:''|\"|”|’)"
                         r"\s*(?P<next>\w*)")
#: Prepositions before a quoted "Today" or "Tonight" that make it a programme's title ("a job
#: on ''Today''", "the executive in charge of “Tonight”"); speech comes after a verb or alone,
#: and a quoted weekday or holiday stays a day ("the vote on ''Monday,''").
TITLE_PREPOSITIONS = frozenset({"on", "of", "from", "to", "with", "for", "at"})
#: A word that owns what follows ("CBS's", "NBC’s").
POSSESSIVE = re.compile(r"\w['’]s$")


def quoted_title(text: str, start: int, end: int, named_day: bool = False) -> bool:
    """Is the expression at ``[start, end)`` the end of a quoted title ("''Fox News Sunday''",
    "the “Today” show", "CBS’s “This Morning”")? Only with evidence of a title: capitalised
    words before it inside the quotes, a possessive, "the", an acronym or a word like "show"
    right before the quotes, or such a word right after them; two or more capitalised words
    alone ("on ''This Week,''"), unless they are a holiday's name (``named_day``: "until
    ''Christmas Eve,''"). Quoted speech ("“Today,” she said", 'he replied "Monday"') and dates
    with figures are never titles."""
    own = text[start:end]
    if not own[:1].isupper() or any(ch.isdigit() for ch in own):
        return False
    after = TITLE_AFTER.match(text, end)
    before = TITLE_BEFORE.search(text, max(0, start - 80), start)
    if after is None or before is None:
        return False
    run = before.group("words").split()
    lead = before.group("lead")
    programmes = words().clause["programme_nouns"]
    programme = after.group("next").lower() in programmes or lead.lower() in programmes
    if any(w.lower() in words().clause["title_time_leads"] for w in run) \
            and lead.lower() not in programmes:
        return False  # "“On Tuesday,” he said": speech about a day (not the show "“Last Week
        # Tonight”")
    owner = bool(POSSESSIVE.search(lead)) or lead.lower() == "the" or (
        len(lead) >= 2 and lead.isupper() and lead.isalpha())
    capitalised = len(own.split()) >= 2 and all(w[:1].isupper() for w in own.split()) \
        and not named_day  # (a holiday's name is capitalised: "until ''Christmas Eve,''")
    after_preposition = not run and lead.lower() in TITLE_PREPOSITIONS \
        and own in ("Today", "Tonight")  # "a job on ''Today.''" (not "on ''Monday,''")
    return bool(run) or owner or programme or capitalised or after_preposition


def title_case(sentence: Span) -> bool:
    """Is the sentence a headline, most of its words capitalised ("Work Starts Tomorrow")?"""
    long_words = [t.text for t in sentence if t.is_alpha and len(t.text) > 3]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(
        long_words)


def programme_name(ctx: Context, start: int, end: int) -> bool:
    """Is the capitalised word at ``[start, end)`` a programme's name: a programme noun right
    after it or a possessive owner right before it ("NBC's Today show", "on ABC's Tonight")?"""
    nxt = ctx.text[end:end + 12].split()
    if nxt and nxt[0].lower().strip(".,;:") in words().clause["programme_nouns"]:
        return True
    return bool(POSSESSIVE.search(ctx.text[max(0, start - 12):start].rstrip()))


def inside_a_name(ctx: Context, start: int) -> bool:
    """Is the word at ``start`` the last of a capitalised name ("USA Today"): the word before
    it a proper noun compounded onto it, not a person's or a place's name ("Obama Monday
    said"), and the sentence not a headline?"""
    token = ctx.token_at(start)
    if token is None or token.i == 0 or title_case(token.sent):
        return False
    prev = token.doc[token.i - 1]
    if token.text.isupper() and len(token.text) > 2 and prev.text.isupper() \
            and prev.pos_ == "PROPN" and any(t.is_lower for t in token.sent):
        return True  # "a USA TODAY analysis", "telling USA TODAY": a masthead in capitals
    return (prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == token.i
            and prev.text[:1].isupper() and prev.lower_ not in words().months
            and prev.ent_type_ not in ("PERSON", "GPE", "NORP"))


def modifies_a_noun(ctx: Context, start: int, end: int) -> bool:
    """Is "the past"/"the future" at ``[start, end)`` an adjective of what follows ("the past
    two elections", "the future king"), not the past itself? After a preposition it is the
    past itself unless a count follows ("In the past Iraq was …", "in the past two years")."""
    token = ctx.token_at(end - 1)
    if token is None or token.i + 1 >= len(token.doc):
        return False
    nxt = token.doc[token.i + 1]
    if nxt.like_num or nxt.pos_ == "NUM":
        return True
    if token.lower_ == "present" and token.pos_ == "ADJ" and token.dep_ == "amod" \
            and token.head.i == nxt.i and nxt.pos_ == "NOUN" \
            and nxt.lower_ not in words().units and nxt.lower_ not in ("moment", "day", "time"):
        return True  # "for the present campaign": "present" is an adjective ("the past" after
        # a preposition is the past itself far more often; "the present quarter" is a time)
    before = ctx.text[max(0, start - 12):start].split()
    if before and before[-1].lower() in words().clause["adverbial_prepositions"]:
        return False
    return token.dep_ in ("amod", "compound", "nmod") and token.head.i > token.i \
        and token.head.pos_ in ("NOUN", "PROPN")


@cache
def _march_noun() -> re.Pattern[str]:
    preps = "|".join(sorted(words().clause["march_noun_prepositions"]))
    return re.compile(rf"March\s+(?:{preps})\s")


def march_noun(text: str, start: int) -> bool:
    """Is "March" at ``start`` the noun ("the March on Washington"), not the month?"""
    return _march_noun().match(text, start) is not None


def complementizer_that(ctx: Context, cand: Candidate) -> Candidate | None:
    """"noted that Saturday would have been …": "that" introduces a clause; the time is the
    weekday or month after it, as its own patterns read it ("that March 3 was the deadline"
    keeps its day). A bare season after it is no time ("we know that summer is hot"): None."""
    token = ctx.token_at(cand.start)
    if token is None or token.dep_ != "mark":
        return cand
    g = cand.match.groupdict()
    group = next((name for name in ("wd", "mon", "season") if g.get(name)), None)
    if group is None:
        return cand
    at = cand.match.start(group)
    best: Candidate | None = None
    for priority, (kind, pattern) in enumerate(grammar().patterns):
        if kind == "that_named":
            continue
        match = pattern.match(ctx.text, at)
        if match is not None and (best is None or match.end() > best.end):
            best = Candidate(kind, match.start(), match.end(), match, priority)
    return best


@cache
def _address_after() -> re.Pattern[str]:
    """Capitalised words and a street noun after a number: "1600 Pennsylvania Avenue"."""
    nouns = "|".join(sorted((re.escape(w.capitalize()) for w in words().clause["address_nouns"]),
                            key=len, reverse=True))
    return re.compile(rf"\s+(?:[A-Z][\w'’-]*\.?\s+){{1,3}}(?:{nouns})(?![\w])")


def _dates_a_name(before: Token | None) -> bool:
    """Does the word before a figure make it a year of the street's name that follows ("in 2020
    Pennsylvania Avenue was closed", "the 2008 Wall Street crash", "his 2004 Main Street
    shop", "Since 2018 Baker Street has …", "from 2019 to 2021 Queen Street …"): a word of
    time, a preposition, a determiner or a possessive, or a word joining it to another year? A
    house number comes alone or after a preposition of place ("at 1600 Pennsylvania Avenue")."""
    if before is None:
        return False
    clause = words().clause
    if before.lower_ in clause["time_leads"] or _joins_years(before):
        return True
    if before.lower_ == "from" and before.is_sent_start and 1900 <= _figure(before) <= 2100:
        return True  # "From 2017 Pennsylvania Avenue was closed …": a clause's start in time
    if before.lower_ in clause["address_prepositions"]:
        return False
    return before.pos_ in ("ADP", "DET") or before.tag_ in ("PRP$", "POS", "WP$")


def _joins_years(before: Token) -> bool:
    """Is ``before`` a word joining the figure after it to a year before it ("between 2018 and
    2020", "from 2019 to 2021")?"""
    if before.lower_ not in words().clause["year_joiners"] or before.i == 0:
        return False
    return 1000 <= _figure(before.doc[before.i - 1]) <= 2100


def _figure(token: Token) -> int:
    """The four-digit figure of a token, or of the token after ``token`` when it is a word
    ("from" → the figure after it); 0 when there is none."""
    target = token if token.text.isdigit() else (
        token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token)
    return int(target.text) if target.text.isdigit() and len(target.text) == 4 else 0


@cache
def _counted_nouns() -> frozenset[str]:
    """Nouns of people (the quantities component's list) and of things counted in news."""
    people = lexicon.load("units.json")["person_nouns"]
    return frozenset(w.lower() for w in people) | words().clause["counted_nouns"]


def modifies_next_noun(noun: Token) -> bool:
    """Is ``noun`` a modifier of the noun after it ("2019 jobs figures": the figure dates the
    phrase, it does not count the plural; "dusk to dawn curfews": no time of a day)? A word of
    time after it ("2000 jobs yesterday", "at dawn today") is no such noun."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return False
    nxt = doc[noun.i + 1]
    w = words()
    if nxt.tag_ not in ("NN", "NNS"):
        return False
    return not any(nxt.lower_ in table or nxt.lemma_.lower() in table
                   for table in (w.relative_days, w.day_parts, w.weekdays, w.months, w.units))


def not_a_year(ctx: Context, cand: Candidate, prev: str) -> bool:
    """Four digits that are a house number ("1600 Pennsylvania Avenue"), a label ("Suite 2010",
    "H.R. 2025") or a count ("deployed 2000 officers", "some 1999 votes", "the toll rose to
    2019."), not a year. A year keeps its determiner or preposition ("the 2016 elections", "in
    2000", "2020 candidates")."""
    clause = words().clause
    if prev in clause["number_label_nouns"]:
        return True
    token, after = ctx.token_at(cand.start), ctx.token_at(cand.end + 1)
    before = token.doc[token.i - 1] if token is not None and token.i > 0 else None
    if _address_after().match(ctx.text, cand.end) and not _dates_a_name(before):
        return True
    if token is None or before is None:
        return False
    doc = token.doc
    digits = ctx.text[cand.start:cand.end]
    far = digits.isdigit() and ctx.published is not None \
        and int(digits) > ctx.published.year + YEARS_AHEAD_UNCUED
    ahead = far and prev not in FAR_YEAR_CUES
    if ahead and (ctx.text[cand.end:cand.end + 1] == "+" or (
            after is not None and after.i == token.i + 1 and after.tag_ in ("NNS", "NNPS")
            and before.pos_ not in ("DET", "PRON") and before.tag_ != "POS")):
        return True  # "spoke to 2500 people", "the 2470+ delegates", told in 2016: a count
        # ("from 2020 to 2300", "the 2100 celebrations", "the IPCC's 2100 estimates" keep
        # their years)
    if far and after is not None and after.i == token.i + 1 and after.lower_ == "of" \
            and after.i + 1 < len(doc) and doc[after.i + 1].lower_ in PARTITIVE_HEADS:
        return True  # "in front of 2500 of these guys": a part of a group ("from 1985 of
        # them", "the 1929 of our generation" name years)
    if after is not None and after.i == token.i + 1 and after.tag_ == "NNS" and (
            after.lemma_.lower() in _counted_nouns() or after.lower_ in _counted_nouns()):
        # a count of people or things: after a word of approximation ("some 1999 votes", "more
        # than 2000 troops") or a verb ("deployed 2000 officers"); "eyeing 2020 campaigns",
        # "contradicts 2013 comments" keep their years, and so do records a year often dates
        # after a bare verb that does not count ("revisited 2016 cases", "cited 2021 deaths";
        # "counted 1998 deaths" is a count)
        if before.lower_ in clause["count_leads"]:
            return True
        if before.pos_ != "VERB" or modifies_next_noun(after):
            return False
        return before.lemma_.lower() in clause["count_verbs"] or (
            after.lemma_.lower() not in clause["year_dated_records"]
            and after.lower_ not in clause["year_dated_records"])
    if before.lower_ == "to" and token.i >= 2 \
            and doc[token.i - 2].lemma_.lower() in clause["count_change_verbs"]:
        # "the death toll rose to 2019." (not "fell to 2019 levels")
        return after is None or after.i != token.i + 1 or after.is_punct
    return False


#: How many years past the publication year a bare year may lie without a cue word.
YEARS_AHEAD_UNCUED = 100
#: Words that may stand before a year far ahead ("by 2150", "in the year 2500").
FAR_YEAR_CUES = frozenset({"in", "by", "until", "till", "through", "before", "after", "since",
                           "year", "of"})
#: Words after "N of" that make N a part of a group ("1500 of these guys", "1200 of the …").
PARTITIVE_HEADS = frozenset({"these", "those", "them", "us", "our", "their", "its", "whom"})


#: Kinds of a month, a day of a month or a feast without a year: in front of a capitalised noun
#: they may open a name ("March Madness", "the May 4th Movement", "the Yom Kippur War").
MONTH_NAME_KINDS = frozenset({"month", "weekday_md_y", "d_m_y", "holiday", "feast"})


#: Entities that start after a date and are names of their own ("the October 28 CNBC debate",
#: "a June Trump event"): the date dates what they do, it opens no name.
OWN_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def opens_a_name(ctx: Context, cand: Candidate, prev: str) -> bool:
    """Is a month, a day of a month or a feast with no year the first word of a name: the
    modifier of the capitalised noun right after it, which is no time word and ends the name
    ("March Madness starts", "the May 4th Movement", "the Yom Kippur War"; not "in May Trump
    said", "the July 4 holiday", "the Aug. 30 Senate primary", "a June Trump event", "the
    October 28 CNBC debate")? Not after a preposition of time, nor in a headline."""
    if cand.kind not in MONTH_NAME_KINDS or cand.match.groupdict().get("year") \
            or prev in words().month_cues:
        return False
    span = ctx.span(cand.start, cand.end)
    if span is None or len(span) == 0 or span.end >= len(span.doc):
        return False
    root, after = span.root, span.doc[span.end]
    if cand.kind == "feast":
        after = _name_chain_head(after)  # "Diwali Sales Festival"
    if not any(t.dep_ in ("compound", "nmod", "amod", "nummod") and t.head.i == after.i
               for t in (root, *span)):
        return False  # ("The 6 January Committee": the span's root is "The")
    if not after.text.istitle() or after.pos_ not in ("PROPN", "NOUN") \
            or (after.ent_iob_ == "B" and after.ent_type_ in OWN_NAME_LABELS
                and not _name_head_alone(after)) \
            or after.dep_ in ("compound", "nmod", "amod") \
            or after.lower_.rstrip(".") in words().months or after.lower_ in words().weekdays \
            or after.lower_ in words().day_parts or after.lower_ in words().units:
        return False  # "the Aug. 30 Senate primary", "a June Trump event": a dated thing
    sentence = ctx.sentence(cand.start)
    if sentence is None:
        return True
    # a headline has most of its other words capitalised ("March Madness Begins With Upsets";
    # not "The March 8 Alliance won the vote in Lebanon")
    others = [t.text for t in sentence if t.is_alpha and len(t.text) > 3
              and not span.start <= t.i <= after.i]
    if len(others) < 2:
        return not title_case(sentence)  # "May Day Parade Cancelled"
    return sum(w[0].isupper() for w in others) < 0.7 * len(others)


def _name_chain_head(token: Token) -> Token:
    """The last of a run of capitalised compounds starting at ``token`` ("Sales Festival"), when
    each modifies the next; else ``token``."""
    doc, node = token.doc, token
    for _ in range(4):
        if node.dep_ != "compound" or node.head.i != node.i + 1 or node.i + 1 >= len(doc) \
                or not doc[node.i + 1].text.istitle():
            break
        node = doc[node.i + 1]
    return node


def _name_head_alone(token: Token) -> bool:
    """Is ``token`` an organisation of one word that only heads the name before it ("the January
    6 Committee": spaCy's ORG starts at "Committee"), not a name of its own ("Reuters")?"""
    doc = token.doc
    return token.ent_type_ == "ORG" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_
                                         != "I") and token.lower_ in words().clause["name_heads"]
