"""Resolvers for business and calendar periods: quarters ("Q3 2024", "the third quarter",
"the quarter", "this year's first half"), halves ("H1 2024", "the first half"), fiscal years
("FY2024", "the fiscal year"), year-end and mid-year, "the year" / "the full year" a passage
speaks of, and year-earlier periods ("the year-ago quarter"); with the tests that keep a
match report's quarters and halves, or a city's quarter, out of them."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import time_calendar as cal
from .time_calendar import NONE, Resolved
from .time_clause import governing_verb, present_perfect
from .time_context import ANCHOR_PARAGRAPHS, Candidate, Context, Mood
from .time_grammar import words
from .time_mood import choose_instance, clause_mood, yearly
from .time_resolve_common import (
    POSSESSIVE_AFTER,
    ResolverResult,
    count_value,
    month_num,
    rel_shift,
    word_before,
)
from .time_resolve_reports import (
    COMPARISON_CUE,
    REPORT_PARAGRAPHS,
    YEAR_BACK_KINDS,
    about_money,
    background_date,
    compared_base,
    compared_period,
    prior_period,
    reporting_quarter,
    says_money_amount,
    sentence_says,
    year_back,
)

#: How long after a quarter ends its results are still to come ("will report on the third
#: quarter", written in October, is that quarter's, not next year's).
REPORTING_LAG = timedelta(days=50)


#: "… of the year" after a quarter ("the last quarter of the year": the fourth).
OF_THE_YEAR = re.compile(r"\s+(?i:of\s+the\s+(?:\w+\s+){0,2}year)\b")


def resolve_quarter(ctx: Context, cand: Candidate, mood: str | None) -> tuple[Resolved, str | None]:
    g = cand.match.groupdict()
    if g.get("q"):
        q = int(g["q"])
    elif g.get("qmon"):
        q = (month_num(g["qmon"]) or 3) // 3  # "the June quarter": April to June
    else:
        q = words().ordinals.get(g["ord"].lower(), 0)
        q = 4 if q == -1 else q
    y_text = g.get("year") or g.get("year2") or g.get("year3") or g.get("qyear") \
        or g.get("year5")
    if y_text:
        return cal.quarter(int(y_text), q), None
    if ctx.published is None:
        return NONE, "published"
    if g.get("qrel"):
        shift = rel_shift(g["qrel"])
        return cal.quarter(ctx.published.year + shift, q), "published"
    if (g.get("ord") or "").lower() == "last" and mood != "future" \
            and not OF_THE_YEAR.match(ctx.text, cand.end):
        return _last_quarter(ctx.published), "published"  # "in the last quarter": the one before
    instances = yearly(ctx.published, lambda y: cal.quarter(y, q))
    if mood in ("future", "future_start"):
        for reported in instances[:2]:  # "expects to report a loss for the fourth quarter"
            if reported.end is not None \
                    and timedelta(0) < ctx.published - reported.end <= REPORTING_LAG:
                return reported, "published"
    return choose_instance(instances, ctx.published, mood), "published"


def r_fiscal_code(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"FY2024", "FY24": a fiscal year (TimeML FY2024); its dates differ by body, so no
    interval."""
    y = int(c.match.group("fy"))
    if y < 100:
        y += 2000 if y <= (ctx.published.year if ctx.published else 2030) % 100 + 5 else 1900
    return "DATE", Resolved(f"FY{y:04d}" if cal.valid_year(y) else None), None, c.start, c.end


def r_quarter(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"Q3 2024", "the third quarter" (of the anchor's year, by mood); not a match's quarter
    in a match report."""
    g = c.match.groupdict()
    if not (g.get("q") or g.get("year") or g.get("year2") or g.get("year3") or g.get("qyear")
            or g.get("year5")) \
            and sports_sentence(ctx, c.start):
        return None
    if g.get("qfrom") and month_num(g["qfrom"]) != (month_num(g["qmon"]) or 0) - 2:
        half = _half_span(ctx, c, mood)
        if half is not None:
            return "DATE", half, "published", c.start, c.end  # "the January-June period": H1
        return None  # "the April-September quarter" is no calendar quarter
    res, anchor = resolve_quarter(ctx, c, mood)
    return "DATE", res, anchor, c.start, c.end


def _half_span(ctx: Context, c: Candidate, mood: Mood) -> Resolved | None:
    """"the January-June period", "the July to December months": a half of the year (of the
    anchor's year, by mood); None for any other span or for "quarter"."""
    g = c.match.groupdict()
    first, last = month_num(g["qfrom"]), month_num(g["qmon"])
    if ctx.published is None or (first, last) not in ((1, 6), (7, 12)) \
            or "quarter" in c.match.string[c.match.end("qmon"):c.match.end()].lower():
        return None
    half = 1 if first == 1 else 2
    return choose_instance(yearly(ctx.published, lambda y: cal.half_of(cal.year(y), half)),
                           ctx.published, mood)


def r_year_end(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"year-end", "year end 2024": the last day of the named year, else of the anchor's
    year ("by year-end"), or of the year before after "since" ("up 20% since year-end")."""
    if c.match.group("year"):
        year = int(c.match.group("year"))
        return "DATE", _year_end(year) if cal.valid_year(year) else NONE, None, c.start, c.end
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    last = ctx.token_at(c.end - 1)
    if last is not None and last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i:
        # "the year-end budget deal", "a year-end news conference": the end of the year
        return "DATE", cal.part_of(cal.year(ctx.published.year), "END"), "published", \
            c.start, c.end
    year = ctx.published.year - (1 if word_before(ctx, c.start) == "since" or (
        mood == "past" and not _target_before(ctx, c.start)) else 0)
    # "had $38 million at year's end", said in January; but "raised its forecast for the
    # index at year-end" is the coming one
    return "DATE", _year_end(year), "published", c.start, c.end


def _year_end(year: int) -> Resolved:
    """A year's end: TimeML writes the year (with mod END, as TimeBank's "year end" is
    "1989"); the interval is its last day ("since year-end" counts from Dec. 31)."""
    last = date(year, 12, 31)
    return Resolved(f"{year:04d}", last, last, "day")


#: Words of a sentence, for a look-up in a word list.
WORD = re.compile(r"[\w-]+")


def _target_before(ctx: Context, start: int) -> bool:
    """Does a forecast, target or goal word come before ``start`` in its sentence ("raised its
    forecast for the index at year-end", "set a goal of … by year-end")?"""
    targets = words().clause["target_words"]
    token = ctx.token_at(start)
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    if token is not None and token.lemma_.lower() in words().clause["attain_verbs"]:
        return False  # "it had reached the target by year-end": one passed
    return any(w.group().lower() in targets
               for w in WORD.finditer(ctx.text, ctx.sentence_start(start), start))


def r_mid_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"by mid-year", "mid-year 2019": the middle of that year, else of the year the clause's
    tense points to (TimeML value the year, mod MID)."""
    if c.match.group("year"):
        return "DATE", cal.part_of(cal.year(int(c.match.group("year"))), "MID"), None, \
            c.start, c.end
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    instances = yearly(ctx.published, lambda y: cal.part_of(cal.year(y), "MID"))
    return "DATE", choose_instance(instances, ctx.published, mood), "published", c.start, c.end


def r_year_part(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"this year's third quarter", "last year's first half": that part of that year."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    year = ctx.published.year + rel_shift(c.match.group("qrel"))
    n = words().ordinals.get(c.match.group("ord").lower(), 0)
    if c.match.group("part").lower() == "half":
        n = 2 if n == -1 else n
        if n not in (1, 2):
            return None  # "this year's third half": no such part
        res = cal.half_of(cal.year(year), n)
    else:
        n = 4 if n == -1 else n
        if not 1 <= n <= 4:
            return None  # "this year's fifth quarter"
        res = cal.quarter(year, n)
    return "DATE", res, "published", c.start, c.end


def r_half_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"earnings grew in the first half": that half of the year the clause's tense points to
    (TimeML 2024-H1), an ended one in a report of the past; "the first half of 2015" is another
    pattern's, "the first half hour" no half-year, a match report's halves neither."""
    if word_before(ctx, c.start) not in words().clause["half_prepositions"]:
        return None  # "the end of the first half": a game's, most likely
    after = ctx.token_at(c.end + 1) if ctx.text[c.end:c.end + 1] == " " else None
    if after is not None and after.idx > c.end and after.pos_ in ("NOUN", "NUM") \
            and not _result_noun_after(ctx, c.end):
        return None  # "the first half hour", "the first half million users"; not "the first
        # half results"
    if sports_passage(ctx, c.start):
        return None  # "in the first half it felt good out there"
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    return _half_of_year(ctx, c, 1 if c.match.group("half").lower() == "first" else 2, mood)


def _result_noun_after(ctx: Context, end: int) -> bool:
    """Is the word after ``end`` a noun of results or one of its usual modifiers ("[first-half]
    profit", "[full-year] pre-tax loss", "[first half] results"), not "hour" or "century"?"""
    after = ctx.token_at(end + 1) if ctx.text[end:end + 1] == " " else None
    return after is not None and after.idx > end \
        and after.lower_ in words().clause["period_result_nouns"]


def r_result_period(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"full-year profit" (the year the passage or the report speaks of: a past one, reported
    in the first quarter, is the year before's), "first-half results" (that half of the year,
    see :func:`_half_of_year`); only before a noun of results, never in a match report."""
    if not _result_noun_after(ctx, c.end) or sports_passage(ctx, c.start):
        return None
    if c.match.group("unit").lower() == "half":
        if c.match.group("which").lower() == "full":
            return None
        return _half_of_year(ctx, c, 1 if c.match.group("which").lower() == "first" else 2,
                             mood)
    if c.match.group("which").lower() != "full":
        return None
    return _reported_year(ctx, c, mood)


def _reported_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """The year "full-year profit" or "for the full year" speaks of: the passage's, else the
    publication's, except that a past one told in the first quarter is the year before (a
    report of the year just ended)."""
    result = passage_year(ctx, c)
    if result is None or result[2] != "published" or ctx.published is None:
        return result
    if mood == "past" and ctx.published.month <= 3 and not _outlook_for(ctx, c):
        return "DATE", cal.year(ctx.published.year - 1), "published", c.start, c.end
    return result


#: Words read before "for the full year" for a noun of outlook.
OUTLOOK_REACH = 4


def _outlook_for(ctx: Context, c: Candidate) -> bool:
    """Is the year that of an outlook ("raised its forecast for the full year", "cut its
    full-year guidance"), which looks at the year under way, not the one just reported?"""
    first, last = ctx.token_at(c.start), ctx.token_at(c.end - 1)
    if first is None or last is None:
        return False
    outlooks = words().clause["outlook_nouns"]
    near = [*ctx.doc[max(0, first.i - OUTLOOK_REACH):first.i], *ctx.doc[last.i + 1:last.i + 3]]
    return any(t.lemma_.lower() in outlooks for t in near)  # "its forecast for the full
    # year", "full-year guidance"


def _half_of_year(ctx: Context, c: Candidate, half: int, mood: Mood) -> ResolverResult:
    """That half of the year the clause's tense points to: an ended one in the past."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    instances = yearly(ctx.published, lambda y: cal.half_of(cal.year(y), half))
    if mood == "past":
        ended = [r for r in instances if r.end is not None and r.end < ctx.published]
        if ended:
            return "DATE", max(ended, key=lambda r: r.end), "published", c.start, c.end
    return "DATE", choose_instance(instances, ctx.published, mood), "published", c.start, c.end


def r_sport_season(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"this season", "next season", "last season" in a match report: a league's season has
    its own calendar (often across two years), which TimeML's seasons (spring ... winter) and
    years cannot name, so the value is TimeML's reference to the present, the future or the
    past (PRESENT_REF, FUTURE_REF, PAST_REF), with no invented interval. Elsewhere ("this
    season's collection", "the coming season of the show") no time."""
    if not (sports_passage(ctx, c.start) or sports_sentence(ctx, c.start)) \
            or _season_of_someone(ctx, c.start):
        return None
    which = " ".join(c.match.group("which").lower().split())
    clause = words().clause
    value = ("PAST_REF" if which in clause["sport_season_past"]
             else "FUTURE_REF" if which in clause["sport_season_future"] else "PRESENT_REF")
    return "DATE", Resolved(value), None, c.start, c.end


#: Tags of a determiner or a possessive ("the", "his", "whose", "Arsenal['s]").
OWNER_TAGS = frozenset({"DT", "PRP$", "WP$", "POS"})


def _season_of_someone(ctx: Context, start: int) -> bool:
    """Does a determiner or possessive stand before "last/this/next season" ("his last season
    at the club", "the last season of his contract", "Arsenal's next season")? Then "last"
    is the final one and the season is someone's, not one counted from the time of writing;
    "all last season" takes the whole season."""
    token = ctx.token_at(start)
    if token is None or token.i == 0 or token.idx != start:
        return False
    before = token.doc[token.i - 1]
    owner = before.tag_ in OWNER_TAGS or before.dep_ == "poss"  # "her" may be tagged PRP
    return owner and before.lower_ not in words().clause["sport_season_whole"]


def sports_passage(ctx: Context, start: int) -> bool:
    """Is the passage holding ``start`` (its paragraph or the one before) a match report: one
    word only sport uses ("goal", "referee") or two that sport uses most ("match", "coach")?"""
    index = ctx.paragraph(start)
    for para in (index, index - 1):
        if para < 0:
            continue
        key = ("sports", para)
        if key not in ctx.memo:
            ctx.memo[key] = _sports_paragraph(ctx, para)
        if ctx.memo[key]:
            return True
    return False


def _sports_paragraph(ctx: Context, index: int) -> bool:
    begin = ctx.paragraph_starts[index]
    end = (ctx.paragraph_starts[index + 1] if index + 1 < len(ctx.paragraph_starts)
           else len(ctx.text))
    span = ctx.span(begin, end)
    if span is None:
        return False
    lemmas = {t.lemma_.lower() for t in span}
    strong = lemmas & words().clause["sports_strong_lemmas"]
    return bool(strong) or len(lemmas & words().clause["sports_lemmas"]) >= 2


def r_half_code(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"H1 2024", "2H 2024": a half year (TimeML 2024-H1)."""
    half = int(c.match.group("h") or c.match.group("h2"))
    return "DATE", cal.half_of(cal.year(int(c.match.group("year"))), half), None, c.start, c.end


#: What may follow "the year" for it to be a time: not a relative clause ("the year he was
#: born") nor a name ("the year of the dragon", "the Year 2000 problem").
THE_YEAR_AFTER = re.compile(r"\s*(?:[,.;:)–—]|$|(?i:and|but|to|through|as|from|because)\b)")


#: "the year [ended March 31]", "the year [to June]": a twelve-month period up to a date.
YEAR_ENDED = re.compile(r"\s+(?i:ended|ending|to)\s+(?:[A-Z][a-z]+\b|\d)")


def r_the_year(ctx: Context, c: Candidate, mood: Mood = None) -> ResolverResult | None:
    """"for the year", "in the year", "the first nine months of the year": the year the passage
    speaks of (the year of its last date, else the publication year), as TimeBank marks it;
    "the year ended March 31" is a year's length (TimeML DURATION P1Y)."""
    clause = words().clause
    before = ctx.text[max(0, c.start - 40):c.start].lower().split()
    if not before:
        return None
    if YEAR_ENDED.match(ctx.text, c.end):
        if before[-1] in clause["the_year_prepositions"]:
            return "DURATION", Resolved("P1Y"), None, c.start, c.end  # "for the year ended
            # March 31": a fiscal year, which TimeBank writes as a year's length
        return None
    of_a_part = before[-1] == "of" and len(before) > 1 and before[-2] in clause["year_part_nouns"]
    if not (before[-1] in clause["the_year_prepositions"] or of_a_part
            or _superlative_of(ctx, c.start)):
        return None
    if not THE_YEAR_AFTER.match(ctx.text, c.end) and not (
            before[-1] == "for" and _finite_verb_after(ctx, c.end)):
        return None  # not "the year ahead", "the year 2000"; "sales for the year rose 8%" is
    result = passage_year(ctx, c)
    if result is not None and result[2] == "published" and ctx.published is not None \
            and mood == "past" and _first_months_ahead(ctx, c.start):
        # "Exports fell through the first nine months of the year", told in February: those
        # months have not passed this year, so they are last year's
        return "DATE", cal.year(ctx.published.year - 1), "published", c.start, c.end
    if result is not None and result[2] == "published" and ctx.published is not None \
            and ctx.published.month <= 3 and _annual_results(ctx, c, mood):
        # a report of annual results in the first quarter: the year just ended
        return "DATE", cal.year(ctx.published.year - 1), "published", c.start, c.end
    return result


#: "the first nine months of" right before "the year".
FIRST_MONTHS_OF = re.compile(r"(?i)\bfirst\s+(\w+)\s+months\s+of\s+$")


def _first_months_ahead(ctx: Context, start: int) -> bool:
    """Do "the first N months of" before ``start`` end after the publication month?"""
    assert ctx.published is not None
    m = FIRST_MONTHS_OF.search(ctx.text, max(0, start - 40), start)
    count = count_value(m.group(1)) if m else None
    return count is not None and count > ctx.published.month


#: Words in a sentence that keep "for the year" the running one ("has cut 500 jobs so far").
SO_FAR = re.compile(r"(?i)\b(?:so\s+far|to\s+date|year[-\s]to[-\s]date)\b")


def _annual_results(ctx: Context, c: Candidate, mood: Mood) -> bool:
    """Is "for the year" at ``c`` the year of results told in the first quarter: a result
    noun's year ("Results for the year will be announced on Feb. 10", "Sales for the year
    rose 8%"), or a result told in the active simple past ("For the year, it earned $3.2
    billion", "Gold rose 10% for the year")? Not a running tally ("has cut 500 jobs so far for
    the year"), a forecast, a passive or a backshifted "was"."""
    first = ctx.token_at(c.start)
    sent = ctx.sentence(c.start)
    if first is None or sent is None or SO_FAR.search(sent.text) or _outlook_for(ctx, c):
        return False
    nouns = words().clause["period_result_nouns"]
    prep = first.head if first.dep_ == "det" else first
    prep = prep.head if prep.dep_ == "pobj" else prep
    span = ctx.span(c.start, c.end)
    verb = governing_verb(span) if span is not None else None
    if verb is not None and present_perfect(verb):
        return False  # "sales for the year have risen 3 percent": the year to date
    if prep.lower_ == "for" and prep.head.pos_ == "NOUN" and prep.head.lower_ in nouns:
        return mood != "future" or (verb is not None and verb.lemma_.lower()
                                    in words().clause["publish_verbs"])  # not "expects sales
        # for the year to rise 5%": a forecast of the running year
    return mood == "past" and verb is not None and verb.tag_ == "VBD" \
        and not any(a.dep_ == "auxpass" for a in verb.children) \
        and verb.lemma_.lower() not in words().future_cues \
        and not (verb.lemma_ == "be" and verb.dep_ == "ccomp" and verb.head.i < verb.i)
    # "Gold rose 10% for the year", "sold 10.3 million vehicles for the year"; not "the coach
    # was suspended for the year", "For the year, the company forecast …", "said the theme
    # for the year was …" ("rainfall for the year was the lowest, the service said" is)


def _finite_verb_after(ctx: Context, end: int) -> bool:
    """Is the word after ``end`` a finite verb ("sales for the year [rose]")?"""
    token = ctx.token_at(end + 1) if ctx.text[end:end + 1] == " " else None
    return token is not None and token.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _superlative_of(ctx: Context, start: int) -> bool:
    """Is "the year" at ``start`` after "of" and a superlative's noun ("one of its biggest gains
    of the year", "the worst day of the year")? The year is the one the passage speaks of."""
    first = ctx.token_at(start)
    if first is None or first.i < 2 or first.doc[first.i - 1].lower_ != "of":
        return False
    noun = first.doc[first.i - 2]
    return noun.pos_ == "NOUN" and any(
        t.tag_ == "JJS" for t in first.doc[max(0, noun.i - 4):noun.i])


def r_full_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"for the full year", "the whole year": the year the passage speaks of; how long
    something went on after a verb of length ("the siege lasted the whole year": P1Y)."""
    named = FULL_YEAR_NAMED.match(ctx.text, c.end)
    if named and named.group("year"):  # "for the full year 2022", "the whole year of 2022"
        return "DATE", cal.year(int(named.group("year"))), None, c.start, c.end
    if named or FULL_YEAR_CLAUSE.match(ctx.text, c.end):
        return None  # "the whole year last year": that year's own words; "the whole year since"
    token = ctx.token_at(c.end - 1)
    if token is not None and token.head.lemma_.lower() in words().clause["length_verbs"]:
        return "DURATION", Resolved("P1Y"), None, c.start, c.end
    return _reported_year(ctx, c, mood)


#: A clause or anchor after "the whole year" ("since the invasion", "he was away").
FULL_YEAR_CLAUSE = re.compile(r"\s+(?i:since|that|when|before|after|ago|he|she|they|we|i|it|"
                              r"you)\b")

#: A year named right after "the full year": "2022", "of 2022", "last year".
FULL_YEAR_NAMED = re.compile(r"\s+(?:(?i:of)\s+)?(?:(?P<year>[12]\d{3})\b|(?i:last|next|this)\s+"
                             r"(?i:year)\b)")


def passage_year(ctx: Context, c: Candidate) -> ResolverResult | None:
    """The year of the passage's last date ("In 2014 … for the year"), else the publication
    year; never a year ahead of publication in a past clause."""
    index = ctx.text_anchor(c.start)
    if index is not None and ctx.found[index].kind in YEAR_BACK_KINDS:
        index = prior_period(ctx, c.start, ("year", "half", "quarter", "month"),
                             ANCHOR_PARAGRAPHS)  # not "the year-earlier quarter": the period
        # it is counted back from
    named = prior_period(ctx, c.start, ("year",), ANCHOR_PARAGRAPHS)  # "fell 2.1% last
    # year. For the year, …": a year named relatively counts too
    if named is not None and (index is None or named > index):
        index = named
    if index is not None and background_date(ctx, index):
        index = None  # "views have improved since 2009 ... in the year": not 2009; nor
        # "Prairie Air, founded in 1998, reported a loss for the first six months of the
        # year", "opened an hour earlier than last year. … forecast for the full year"
    base = ctx.found[index].res if index is not None else None
    if base is not None and base.start is not None:
        if not (ctx.published is not None and base.start.year > ctx.published.year
                and clause_mood(ctx.span(c.start, c.end)) == "past"):
            return "DATE", cal.year(base.start.year), "text", c.start, c.end
        # "Elections are due in 2024. Over the year, Russia lost …": not that year
    if ctx.published is None:
        return "DATE", NONE, None, c.start, c.end
    return "DATE", cal.year(ctx.published.year), "published", c.start, c.end


def _last_quarter(published: date) -> Resolved:
    """The last quarter that ended before ``published``: the one earnings reports cover."""
    moved = cal.shift(published, "quarter", -1)
    return NONE if moved is None else cal.at_grain(moved, "quarter")


def r_the_quarter(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the quarter", "the latest quarter", "that quarter", "the latest period", "the quarter
    ended Sept. 30": a business quarter. The quarter a recent passage named ("the third
    quarter … for the quarter"), the one holding the month it ended in, else the last one that
    ended (what a report of earnings covers; the running one in a clause that looks ahead).
    Without a lead word ("latest") it is a time only in a sentence about earnings, never in a
    match report or a text that names a city's quarter ("the Christian quarter")."""
    g = c.match.groupdict()
    lead = " ".join((g.get("qlead") or g.get("plead") or "").lower().split())
    anaphoric = lead == "same" or bool(g.get("that")) or bool(g.get("plead"))
    bare = lead in ("", "same")
    if ctx.published is None or (bare and POSSESSIVE_AFTER.match(ctx.text, c.end)) \
            or (sports_sentence(ctx, c.start) and not says_money_amount(ctx, c.start)) \
            or (bare and _names_a_district(ctx)):
        return None  # "the quarter's end"; "scored 12 points in the quarter" (but "cut
        # $100 million during the quarter, within $100 million of its goal" is no game)
    prior = prior_period(ctx, c.start, ("quarter",),
                          ANCHOR_PARAGRAPHS if anaphoric else REPORT_PARAGRAPHS)
    if prior is not None and not anaphoric and compared_base(ctx, prior):
        report = reporting_quarter(ctx, c.start)
        prior = report if report is not None else prior  # "rose to $8.1 billion from $5.8
        # billion in the second quarter. … record revenue for the quarter": the quarter
        # reported, not the base it was compared with
    month = month_num(g.get("qmon"))
    ending = ctx.text[c.end:c.end + 8].split()[:1] == ["ending"] and mood == "future"
    if month is not None and not ending and (prior is None or (
            ctx.found[prior].res.end or date.min) >= ctx.published):
        # "warned of a weak current quarter. For the quarter ended Dec. 31, …": not the
        # quarter still running, the one the month ends (a fiscal quarter named before —
        # "the fiscal first quarter … the quarter ended Sept. 29" — stays the passage's)
        return "DATE", _quarter_ending_in(ctx.published, month, "past"), "published", \
            c.start, c.end
    if prior is not None and lead in ("latest", "most recent", "just-ended", "just ended") \
            and (ctx.found[prior].res.end or date.min) > ctx.published:
        prior = None  # "a fourth-quarter charge is expected … in the latest quarter": not the
        # quarter still running, the last one that ended
    near = prior is not None and ctx.paragraph(ctx.found[prior].start) == ctx.paragraph(c.start)
    money = about_money(ctx, c.start, "quarter_finance") or says_money_amount(ctx, c.start)
    weak = about_money(ctx, c.start, "quarter_money_signs") \
        or word_before(ctx, c.start) in words().clause["quarter_time_prepositions"]
    if bare and not g.get("qmon") and not money and not (prior is not None and weak) \
            and not (anaphoric and near):
        return None  # "heavy losses in the quarter": a district; "the same period saw …"
    if prior is not None:
        return "DATE", ctx.found[prior].res, "text", c.start, c.end
    if lead in ("latest", "most recent") and (money or weak):
        # "gains in the latest period", "the latest quarter's results" with no quarter named
        # near: the quarter the document reports on, else (for "quarter", never "period":
        # "prices rose 0.3% in the latest period" may be a month) the last one that ended
        report = reporting_quarter(ctx, c.start)
        if report is not None:
            return "DATE", ctx.found[report].res, "text", c.start, c.end
        if g.get("plead"):
            return None
        return "DATE", _last_quarter(ctx.published), "published", c.start, c.end
    if anaphoric:
        return None  # "that quarter", "the same period": only after a quarter
    if month is not None:  # "for the quarter ending March 31", looking ahead
        return "DATE", _quarter_ending_in(ctx.published, month, "future" if ending else "past"), \
            "published", c.start, c.end
    if not lead and mood == "future":
        return "DATE", cal.at_grain(ctx.published, "quarter"), "published", c.start, c.end
    return "DATE", _last_quarter(ctx.published), "published", c.start, c.end


def _quarter_ending_in(published: date, month: int, mood: str) -> Resolved:
    """The quarter holding ``month`` ("the quarter ended Dec. 31"), the instance ``mood`` picks."""
    instances = yearly(published, lambda y: cal.at_grain(date(y, month, 1), "quarter"))
    return choose_instance(instances, published, mood)


#: A city's quarter named in the text ("the Christian quarter", "the old quarter", "the
#: Armenian Quarter"), not a business one ("the June quarter", a headline's "Best Quarter").
DISTRICT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Oo]ld|historic)\s+(?!(?:First|Second|Third|Fourth|"
                      r"Final|Last|Next|Fiscal|Calendar|Financial|Same|Latest|Current|Best|Worst|Record|"
                      r"Strong|Weak|Busy|January|February|March|April|May|June|July|August|"
                      r"September|October|November|December)\b)(?:[A-Z][a-z]+|old)\s+[Qq]uarter\b"
                      r"(?![-\s]+(?i:century|of\s+\d))")


def sports_sentence(ctx: Context, start: int) -> bool:
    """Does the sentence at ``start`` speak of a game ("scored 12 points in the quarter")?"""
    clause = words().clause
    sports = clause["sports_lemmas"] | clause["sports_strong_lemmas"]
    return sentence_says(ctx, start, "sports_sentence",
                          lambda sent: any(t.lemma_.lower() in sports for t in sent))


def _names_a_district(ctx: Context) -> bool:
    """Does the text name a city's quarter anywhere (memoised per document)?"""
    key = ("district", 0)
    if key not in ctx.memo:
        ctx.memo[key] = DISTRICT.search(ctx.text) is not None
    return ctx.memo[key]


def r_fiscal_year(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"the fiscal year", "the current fiscal year" (the anchor's year), "the latest fiscal
    year" (the one before), "the new fiscal year" (the next): years as TimeBank writes them,
    with no interval (fiscal years start on different dates)."""
    if ctx.published is None:
        return "DATE", NONE, "published", c.start, c.end
    rel = (c.match.group("fyrel") or "").lower()
    shift = -1 if rel in ("latest", "last", "previous", "past") \
        else 1 if rel in ("new", "next", "coming") else 0
    return "DATE", Resolved(f"{ctx.published.year + shift:04d}"), "published", c.start, c.end


def r_year_ago(ctx: Context, c: Candidate, mood: Mood) -> ResolverResult:
    """"year-earlier profit", "the year-ago quarter": the period a year before the one the
    passage speaks of (the third quarter's a year back), else the year before publication."""
    g = c.match.groupdict()
    unit = (g.get("yunit") or g.get("punit") or g.get("lunit") or "").lower()
    grains = (unit,) if unit in ("quarter", "day", "week") or g.get("punit") == unit == "month" \
        else ("quarter", "month", "half")  # "the same day last year": that day's
    prior = prior_period(ctx, c.start, grains, ANCHOR_PARAGRAPHS)
    if g.get("punit") or g.get("lunit"):
        compared = compared_period(ctx, c.start, "year")
        prior = compared if compared is not None and ctx.found[compared].res.grain in grains \
            else prior  # "sales in May rose from the same period last year": May a year back
    if unit in ("quarter", "period") and (prior is None or _passing_period(ctx, prior, c.start)):
        report = reporting_quarter(ctx, c.start)
        prior = report if report is not None else prior
    base = ctx.found[prior].res if prior is not None else None
    if base is None and ctx.published is not None and g.get("punit") \
            and unit in ("month", "week", "day"):
        # "the same week last year" with no week named: this week a year back
        moved = cal.shift(ctx.published, "year", -1)
        return "DATE", cal.at_grain(moved, unit) if moved else NONE, "published", c.start, c.end
    if base is None and ctx.published is not None:
        base = _last_quarter(ctx.published) if unit == "quarter" \
            else cal.year(ctx.published.year)
    if base is None:
        return "DATE", NONE, None, c.start, c.end
    back = year_back(base)
    if g.get("yord") and back.start is not None:  # "the year-ago second quarter": that
        back = cal.quarter(back.start.year, ORDINALS[g["yord"].lower()])  # quarter a year back
    return "DATE", back, "text" if prior is not None else "published", c.start, c.end


#: The ordinals of "the year-ago second quarter".
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _passing_period(ctx: Context, index: int, start: int) -> bool:
    """May the quarter at ``index`` not be the one "the year-ago period" at ``start`` compares
    with? Only a quarter of the same sentence that a comparison follows ("second-quarter sales
    rose from the year-earlier period") surely is; one still to come ("losses through the third
    quarter of 1990") or mentioned in passing ("after a flat second quarter") gives way to the
    quarter the document reports on."""
    prior = ctx.found[index]
    if prior.res.grain != "quarter":
        return False
    if ctx.published is not None and (prior.res.end or date.min) > ctx.published:
        return True
    return prior.start < ctx.sentence_start(start) \
        or COMPARISON_CUE.search(ctx.text, prior.end, start) is None
