"""Dates of events that a clause's tense does not time, for the times component.

Split from :mod:`.time_mood`, which calls :func:`prospect_mood` and :func:`done_event`:

- a past act that signals, promises or aims at an event still to come puts that event's date
  ahead: "signalled another hike in April", "agreed to early elections by June", "raised funds
  to run the shelter until March" (the coming instance, unless it is almost a year off);
- a report's backshifted "were likely to" looks ahead from the report, which is the news
  itself: "she warned that losses were likely to rise in the second half";
- a gerund of a clause of time shares its clause's plan: "plans to travel before starting a
  job in March";
- an event that a preposition presupposes is a fact, so its date is past whatever the
  clause's tense: "will open on time despite the discovery of broken bolts in March".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .. import lexicon
from .time_called_off import names_a_day, names_a_weekday
from .time_clause import (
    AWAITED,
    NEAR,
    clause_mood_of_verb,
    clause_word_list,
    finite_clause_verb,
    governing_verb,
    mood_of_clause,
    past_perfect,
)
from .time_direction import SET_AHEAD_DAYS, nothing_after
from .time_grammar import words

#: The mood of a date a past act points ahead at: the coming instance within the window.
COMING = f"{AWAITED}:{SET_AHEAD_DAYS}"


def prospect_mood(span: Span, verb: Token, clause: Token, mood: str | None) -> str | None:
    """The mood of a time whose clause looks ahead though its tense does not say so, or
    None: a signalled, pledged or purposed event after a simple past (:data:`COMING`), a
    backshifted prospect in reported news ("future") and a gerund of a clause of time under a
    plan ("future")."""
    if mood == "past" and not past_perfect(clause) and not _weekday_or_relative_day(span) \
            and (_signalled(span, clause) or _pledged_by(span, clause)) \
            and not _outcome_after(span, clause):
        act = _act_date(span, clause)
        if act is None or (act is not True and _month_after_act_ahead(span, act)):
            return COMING
    if mood in ("past", None) and not _weekday_or_relative_day(span) \
            and _purpose_until(span, verb, clause):
        return COMING
    if mood in ("past", NEAR, None) and _odds_of_event(span):
        return "future"
    if mood == "past" and not past_perfect(clause) and _deadline_until(span, clause) \
            and not _outcome_after(span, clause):
        return COMING
    forecast = _forecast_verb(span, verb) if names_a_day(span) else None
    if forecast is not None and not past_perfect(forecast) \
            and not _outcome_after(span, forecast):
        # "warned of snow on Saturday", "forecast storms through Sunday", "are predicting
        # heavy snow on Christmas Day": the day foretold comes after the forecast (a month or
        # quarter may be one the data are still to tell: "predicted growth of 2% in November")
        past = clause_mood_of_verb(forecast) == "past" and not names_a_weekday(span)
        return COMING if past else "future"  # a weekday foretold is the coming one
    if mood == "past" and not names_a_day(span) and not past_perfect(clause) \
            and _period_of_forecast(span, verb):
        return "future"  # "The company forecast third-quarter profit of $1 a share": the coming
        # (or running) third quarter, not last year's
    if mood in (NEAR, "past") and _reported_prospect(clause) \
            and not _outcome_after(span, clause):
        return "future"
    if mood is None and _gerund_of_plan(clause):
        return "future"
    return None


def _forecast_verb(span: Span, verb: Token) -> Token | None:
    """The verb of forecasting or warning whose foretold thing the time dates ("warned of
    blizzard conditions on Sunday", "predicted heavy snow on Saturday", "forecasting snow from
    Saturday night through Sunday"): the time follows the verb's object or its "of" phrase,
    and the verb has no clause of its own ("warned on Friday that …" dates the warning)."""
    if verb.lemma_.lower() not in clause_word_list("forecast_verbs") or span.start <= verb.i \
            or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    warn = verb.lemma_.lower() == "warn"  # "warned residents on Tuesday": whom, not what
    foretold = [c for c in verb.children if c.i < span.start and (
        (c.dep_ == "dobj" and not warn) or (c.dep_ == "prep" and c.lower_ in ("of", "about")))]
    if not foretold or _in_a_setting(span):
        return None  # "warned of cuts in a speech on Monday": the speech's day
    if verb.tag_ == "VBD" and names_a_weekday(span):
        return None  # "warned of job cuts on Tuesday": a weekday after a simple past most
        # likely dates the warning, as AP style puts it; a holiday or a date does not
    return verb


def _period_of_forecast(span: Span, verb: Token) -> bool:
    """Does the span qualify the object of a forecasting verb, after it ("forecast
    third-quarter profit", "predicted fourth-quarter earnings")?"""
    if verb.lemma_.lower() not in clause_word_list("forecast_verbs") or span.start <= verb.i:
        return False
    return any(c.dep_ == "dobj" and c.is_ancestor(span.root) for c in verb.children)


def _in_a_setting(span: Span) -> bool:
    """Does a noun of the occasion of saying stand in the sentence ("in a speech on Monday",
    "on Wednesday in testimony to Congress")? The time then most likely dates the saying."""
    occasions = clause_word_list("saying_occasions")
    return any(t.lemma_.lower() in occasions and t.pos_ == "NOUN" for t in span.sent)


def _weekday_or_relative_day(span: Span) -> bool:
    """Is the span a weekday or a day counted from today ("Thursday", "yesterday")? Told
    after a past verb, such a day more likely dates the act itself ("signalled on Thursday")."""
    known = words()
    return any(t.lower_.rstrip(".") in known.weekdays or t.lower_ in known.relative_days
               for t in span)


def _act_date(span: Span, verb: Token) -> Token | bool | None:
    """What dates the act itself rather than the event it points at: True for the time
    itself when it stands before the verb ("In December, the ECB signalled …": never moved),
    another time hanging from the verb (the word that holds it: "In May, the two sides agreed
    to a truce by June"), or None."""
    if span.end <= verb.i:
        return True
    for child in verb.children:
        if child.dep_ not in ("prep", "npadvmod", "tmod", "advmod") \
                or child.left_edge.i <= span.start < child.right_edge.i + 1:
            continue
        if any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            return child
    return None


def _month_after_act_ahead(span: Span, act: Token) -> bool:
    """Is the first instance of the span's month after the act's month ("In December, the ECB
    signalled another cut in January": the January after that December) still ahead of
    publication? Both must be bare month names; the act's month is its last instance up to
    publication. Otherwise the nearest instance stands."""
    published = span.doc._.cl_published
    act_month, month = _bare_month(list(act.subtree)), _bare_month(list(span))
    if published is None or act_month is None or month is None or month == act_month:
        return False
    act_year = published.year if act_month <= published.month else published.year - 1
    year = act_year if month > act_month else act_year + 1
    return (year, month) > (published.year, published.month)


def _bare_month(tokens: list[Token]) -> int | None:
    """The number of the month the tokens name, if they name one and no year ("Jan. 5"
    counts as January; "January 2019" has a year of its own)."""
    months = words().months
    found = [months[t.lower_.rstrip(".")] for t in tokens if t.lower_.rstrip(".") in months
             and t.pos_ == "PROPN"]
    if len(found) != 1 or any(t.like_num and len(t.text) == 4 for t in tokens):
        return None
    return found[0]


def _outcome_after(span: Span, verb: Token) -> bool:
    """Does the sentence tell, after the time, that the event came to pass, so that the date
    is of a done event and no prospect ("signalled another hike in July, and it raised rates
    that month", "but held rates instead", "a promise it has since broken", "which were then
    passed", "averting default")? An outcome is a finite past verb or a present perfect of a
    clause of its own (not a saying: "…, officials said"), or a participle of outcome after
    the act."""
    speech = lexicon.words("speech_verbs.txt")
    above = {t.i for t in verb.ancestors}
    for token in span.doc[span.end:span.sent.end]:
        if token.i in above or token.lemma_.lower() in speech or token.pos_ not in ("VERB", "AUX") \
                or token.dep_ in ("aux", "auxpass"):
            continue
        if token.tag_ == "VBD":
            return True
        helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if token.tag_ == "VBN" and (
                any(h.tag_ == "VBD" or h.lemma_.lower() == "have" for h in helpers)
                or (not helpers and any(c.dep_ == "nsubj" for c in token.children))):
            return True  # "a promise it has since broken", "the first flats opened"
        if token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.i == verb.i \
                and token.lemma_.lower() in clause_word_list("outcome_participles"):
            return True
    return False


def _time_holder(span: Span) -> tuple[Token | None, Token]:
    """The preposition whose object the time is (None if none) and the word it hangs from
    ("no later than June": the verb "later" hangs from)."""
    root = span.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return None, root.head
    prep = root.head
    holder = prep.head
    if holder.lower_ == "later" and holder.head.i != holder.i:
        holder = holder.head
    return prep, holder


def _event_objects(verb: Token, span: Span) -> list[Token]:
    """The nouns a verb acts on: its object ("signalled [a hike]") or the object of one of its
    prepositions ("hinted at [an increase]", "pencilled in [two rises]", "agreed to
    [elections]"), never the time itself."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [g for c in verb.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pobj"]
    return [n for n in found if n.pos_ in ("NOUN", "PROPN")
            and not span.start <= n.i < span.end and n.ent_type_ not in ("DATE", "TIME")]


def _forward(noun: Token) -> bool:
    """Does a word before the noun put its event ahead ("another hike", "a further cut", "two
    more rises", "the next meeting")?"""
    forward = clause_word_list("forward_modifiers") | clause_word_list("plan_adjectives")
    return any(c.i < noun.i and c.lower_ in forward for c in noun.children)


def _signalled(span: Span, verb: Token) -> bool:
    """Does a verb of signalling date the event it points at ("signalled another hike in
    April", "hinted at another increase in May", "pencilled in two more rises in the
    autumn")? The time hangs from the event noun, or from the verb where a word such as
    "another" or "further" puts the event ahead ("flagged a further cut in June"); a plain
    "signalled its support in April" may date the signal."""
    if verb.lemma_.lower() not in clause_word_list("signal_verbs") \
            or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    prep, holder = _time_holder(span)
    if prep is None or prep.lower_ not in clause_word_list("ahead_signal_prepositions"):
        return False
    objects = _event_objects(verb, span)
    if any(holder.i == n.i for n in objects):
        return True
    return holder.i == verb.i and any(_forward(n) for n in objects)


def _odds_of_event(span: Span) -> bool:
    """Does the time name an event whose odds a noun weighs ("saw a 1-in-4 chance of a March
    hike", "raised the odds of a June cut", "bets on a September move")? The event is still to
    come when the odds are told."""
    root = span.root
    event = root.head
    if root.dep_ not in ("compound", "nmod", "amod", "poss") or event.pos_ != "NOUN":
        return False
    prep = event.head
    if event.dep_ != "pobj" or prep.lower_ not in ("of", "on", "for"):
        return False
    odds = clause_word_list("odds_nouns")
    return prep.head.lemma_.lower() in odds or prep.head.lower_ in odds


def _pledged_by(span: Span, verb: Token) -> bool:
    """Does a verb of promising, agreeing or demanding set a deadline for the event it is
    about ("agreed to early elections by June", "promised a withdrawal before the end of
    June", "demanded elections no later than May")? The event comes after the pledge."""
    if verb.lemma_.lower() not in clause_word_list("pledge_verbs"):
        return False
    prep, holder = _time_holder(span)
    if prep is None or prep.lower_ not in clause_word_list("deadline_prepositions"):
        return False
    objects = _event_objects(verb, span)
    return bool(objects) and (holder.i == verb.i or any(holder.i == n.i for n in objects))


def _purpose_until(span: Span, verb: Token, clause: Token) -> bool:
    """Is the time the end of a stretch that an infinitive of purpose aims at, under an act in
    the simple past ("appealed for funds to keep operations going until December", "raised
    money to run the shelter until March")? The purpose lies after the act; "the shelter
    stayed open until March" tells a stretch gone by."""
    prep, holder = _time_holder(span)
    if prep is None or prep.lower_ not in clause_word_list("purpose_prepositions") \
            or holder.i not in (verb.i, clause.i):
        return False
    purpose = _infinitive_above(clause)
    if purpose is None or purpose.dep_ not in ("advcl", "acl", "relcl") \
            or purpose.head.pos_ not in ("VERB", "AUX", "NOUN", "NUM") \
            or any(c.dep_ == "mark" for c in purpose.children):
        return False  # "made it difficult for the firm to meet demand": no purpose
    main = governing_verb(span.doc[purpose.head.i:purpose.head.i + 1])
    if main is None or main.i == purpose.i or clause_mood_of_verb(main) != "past" \
            or past_perfect(main):
        return False
    return nothing_after(span, prep)


def _deadline_until(span: Span, clause: Token) -> bool:
    """Is the time a deadline given for an act named right after it ("gave both sides until
    September 30 to file motions", "were given until Friday to leave")? The act lies ahead of
    the giving; "stayed open until March to serve the troops" has no deadline (the
    preposition's verb must give or allow)."""
    prep, holder = _time_holder(span)
    if prep is None or prep.lower_ not in ("until", "till") or holder.i != clause.i \
            or clause.lemma_.lower() not in clause_word_list("deadline_giving_verbs"):
        return False
    after = span.doc[span.end:span.end + 2]
    return len(after) == 2 and after[0].lower_ == "to" and after[1].tag_ == "VB"


def _infinitive_above(verb: Token) -> Token | None:
    """The verb itself if it has "to", else the infinitive a bare participle or verb of its
    complement hangs from ("to keep operations [going]"), or None."""
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return verb
        if verb.dep_ not in ("xcomp", "acl") or verb.tag_ not in ("VBG", "VBN", "VB") \
                or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _reported_prospect(clause: Token) -> bool:
    """Is the clause a backshifted prospect ("were likely to rise", "was set to open") under a
    verb of saying in the simple past that is the news itself ("she warned that losses were
    likely to rise in the second half")? Told as of publication, it looks ahead from there;
    a report of a past moment ("in 2019 analysts said …, and they did") or a past before the
    past ("had been due to open") keeps the nearest instance."""
    if clause.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in clause.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children):
        return False  # "were likely to have peaked in July": a perfect infinitive looks back
    head = clause.head
    if head.lower_ not in clause_word_list("prospective_adjectives"):
        return False
    be = head.head if head.dep_ == "acomp" else head  # "were [likely]", "were [poised]"
    if be.dep_ != "ccomp" or past_perfect(be) or past_perfect(head):
        return False
    if not (be.tag_ == "VBD" or any(a.tag_ == "VBD" for a in be.children
                                    if a.dep_ in ("aux", "auxpass"))):
        return False
    return _news_report(be)


def _news_report(clause: Token) -> bool:
    """Is the clause what a verb of saying in the simple past reports as the news itself
    ("she warned that …", "analysts said on Monday that …"): no past before the past, no
    date of the saying other than a day of this week ("insisted in February that …" speaks
    from February), and no later event told after it ("…, and they did")?"""
    said = clause.head
    speech = lexicon.words("speech_verbs.txt")
    if said.tag_ != "VBD" or said.lemma_.lower() not in speech or past_perfect(said):
        return False
    inside = {t.i for t in clause.subtree}
    known = words()
    days = {*known.weekdays, *known.relative_days, *known.day_parts, "late", "early", "on"}
    for ent in said.doc.ents:
        if ent.label_ == "DATE" and ent.root.i not in inside \
                and said.left_edge.i <= ent.start < said.right_edge.i + 1 \
                and not all(t.lower_.rstrip(".") in days for t in ent):
            return False
    return not any(t.tag_ == "VBD" and t.lemma_.lower() not in speech
                   for t in said.doc[clause.right_edge.i + 1:said.sent.end])


def _gerund_of_plan(clause: Token) -> bool:
    """Is the clause a gerund after a preposition of time ("before starting a job in March",
    "after finishing the season in May") under a clause that looks ahead ("she plans to
    travel", "will rest")? English puts such an act, which the plan orders, in no tense."""
    if clause.tag_ != "VBG" or clause.dep_ != "pcomp" \
            or clause.head.lower_ not in clause_word_list("temporal_marks"):
        return False
    outer = governing_verb(clause.doc[clause.head.head.i:clause.head.head.i + 1])
    if outer is None or outer.i == clause.i:
        return False
    return mood_of_clause(finite_clause_verb(outer)) == "future"


#: Dependencies of a date that modifies the noun of its event ("the Nov. 21 vote").
DATE_MODIFIER_DEPS = frozenset({"compound", "nmod", "nummod", "amod", "poss"})


def done_event(span: Span) -> bool:
    """Does the time date an event that a preposition presents as a fact ("despite the
    discovery of broken bolts in March", "since the crash in May", "in the wake of the attack
    in April"), or a mishap or finding after "after"/"following" ("after the collapse in
    March")? Such an event has happened, whatever the clause's tense; "after the inspection in
    March" may still lie ahead, and so does a planned event ("despite the planned strike in
    May"). A date may also name its event as a modifier ("a repeat of the Nov. 21 vote", "the
    results of the May 5 election")."""
    node, first = span.root, True
    if node.dep_ in DATE_MODIFIER_DEPS and node.head.pos_ in ("NOUN", "PROPN") \
            and not span.start <= node.head.i < span.end:
        node, first = node.head, False  # "a repeat of [the Nov. 21] vote": the noun it dates
    for _ in range(4):
        if node.dep_ != "pobj" or node.head.i == node.i:
            return False
        prep = node.head
        word = prep.lower_
        if not first and word == "of" \
                and prep.head.lemma_.lower() in clause_word_list("done_event_heads"):
            return not _forward(node)  # "in the wake of the attack in March", "a repeat of
            # the Nov. 21 vote": even an event of the calendar has happened
        if not first and (word in clause_word_list("done_event_prepositions") or (
                word in clause_word_list("after_event_prepositions")
                and node.lemma_.lower() in clause_word_list("done_event_nouns"))):
            return not _forward(node) and node.lemma_.lower() not in clause_word_list(
                "fixture_nouns")
        first = False
        holder = prep.head
        if holder.pos_ not in ("NOUN", "PROPN") or span.start <= holder.i < span.end:
            return False
        node = holder
    return False
