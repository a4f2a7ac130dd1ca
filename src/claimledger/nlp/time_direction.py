"""Clauses that point ahead whatever their tense, for the times component.

Split from :mod:`.time_mood`: a timetable in the present ("the rankings are updated on Monday"),
a clause of time about the future ("after the board meets on Tuesday"), a state put in force
until a day ("imposed a curfew until Friday"), a case listed for a day, and a date of an event
fixed on the calendar that a clause awaits ("ahead of the Nov. 5 election"):
:func:`points_ahead` and :func:`fixture_window`, which :func:`.time_mood.clause_mood` calls.
"""

from __future__ import annotations

import math
import re

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .time_clause import (
    AWAITED,
    NEAR,
    WINDOWS,
    advised,
    as_soon_as,
    auxiliaries_of,
    clause_mood_of_verb,
    clause_word_list,
    dated_noun,
    governing_verb,
    mood_of_clause,
    past_perfect,
    possibility_only,
    present_form,
)
from .time_context import Mood, has_parse
from .time_grammar import words


def fixture_window(span: Span, mood: str | None) -> int | None:
    """How many days ahead a date may lie that dates an event fixed on the calendar (an
    election, a summit, a deadline) which the clause mentions without telling it, or None where
    the clause tells it. With no tense to go by, any such date is awaited. In a past clause only
    where the words look ahead to the event: "came days before the caucuses on Feb. 1" (within
    that gap), "prepared for the March 3 summit", "looking to the Feb. 20 primary", "in
    anticipation of the June 7 primary", "the Dec. 28 meeting was scheduled"; not "won the March
    3 election", "the results of the Sept. 23 vote", "rallied outside the Aug. 4 hearing",
    "a deal reached at talks in July"."""
    noun = dated_noun(span)
    if noun is None or (noun.lemma_.lower() not in clause_word_list("fixture_nouns")
                        and noun.lower_ not in clause_word_list("fixture_nouns")):
        return None
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if mood is None:
        return WINDOWS[AWAITED]
    if any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in noun.children):
        return None  # "to influence the Nov. 8 election, which Trump won": told as over
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "dative"):
        if head.lemma_.lower() in clause_word_list("set_ahead_verbs"):
            return WINDOWS[AWAITED]  # "the Dec. 28 meeting was scheduled two weeks ago"
        told = head.tag_ in ("VBD", "VBN") or _told_past(head) or (any(
            c.lower_ == "to" and c.dep_ == "aux" for c in head.children)
            and (head.dep_ not in ("acl", "advcl") or other_date(span) or any(
                v.lemma_.lower() in clause_word_list("after_event_verbs")
                for v in (head, *list(head.ancestors)[:AFTER_EVENT_CLIMB]))))
        return None if told else WINDOWS[AWAITED]  # "teeing up the November showdown", "the
        # emails were leaked to influence the Nov. 8 election" (a purpose looks ahead; "refused
        # to concede the Nov. 5 runoff" tells it)
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return None
    if head.lower_ == "of":
        ahead = head.head.lemma_.lower() in clause_word_list("fixture_forward_nouns")
        return WINDOWS[AWAITED] if ahead else None  # "in anticipation of the June 7 primary"
    if head.lower_ not in clause_word_list("fixture_ahead_prepositions"):
        return None
    gap = _gap_days(head)
    return WINDOWS[AWAITED] if gap is None else gap + 2  # "a week before the vote on Oct. 2"


#: Verbs above a purpose within which one acting after the event makes it done ("investigating
#: whether Russia acted to influence the Nov. 8 election").
AFTER_EVENT_CLIMB = 4


def other_date(span: Span) -> bool:
    """Does the sentence date something else too ("Last October, the group ran ads to influence
    the Nov. 6 election": the purpose is told from then)?"""
    return any(t.ent_type_ in ("DATE", "TIME") and not span.start <= t.i < span.end
               for t in span.sent)


#: Days in a unit of a measured gap ("15 days before", "a week before", "hours before").
GAP_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 31, "year": 366}


def _gap_days(prep: Token) -> int | None:
    """The gap a preposition measures ("[15 days] before", "[hours] before"), in days (at
    least one), or None where none is given."""
    candidates = list(prep.children)
    if prep.head.pos_ in ("VERB", "AUX"):  # "attacked polling stations [weeks] before the vote"
        candidates += [c for c in prep.head.children if c.i < prep.i]
    for child in candidates:
        if child.dep_ != "npadvmod" or child.lemma_.lower() not in GAP_UNIT_DAYS:
            continue
        count = 1.0
        for c in child.children:
            if c.dep_ == "nummod" and c.like_num:
                count = _small_count(c)
        if child.tag_ == "NNS" and count == 1:
            count = 3  # "days before", "weeks before": a few
        return max(1, math.ceil(count * GAP_UNIT_DAYS[child.lemma_.lower()]))
    return None


def _small_count(token: Token) -> float:
    """The count a number word or figure gives ("15", "six"); 3 ("a few") where unreadable
    ("³")."""
    try:
        return float(token.text.replace(",", ""))
    except ValueError:
        return float(words().numbers.get(token.lower_, 3))


def _told_past(verb: Token) -> bool:
    """A verb told in the past tense ("won", "was held", "has voted"), also through the
    adjective or adverb it governs ("the turnout was low")."""
    for _ in range(3):
        if verb.pos_ not in ("ADJ", "ADV") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and clause_mood_of_verb(verb) == "past"


def set_ahead(span: Span, verb: Token) -> bool:
    """Is the time one a verb of scheduling sets a thing for ("postponed until Dec. 3",
    "called an election for March 3", "set Nov. 10 as the deadline"), rather than how long
    an act went on ("pushed on through Thursday", "extended until March") or when it was done
    ("set Thursday as part of the deal")?"""
    lemma = verb.lemma_.lower()
    sets = clause_word_list("set_ahead_verbs")
    schedules = lemma in sets or verb.lower_ in sets
    reschedules = lemma in clause_word_list("reschedule_verbs")
    if lemma == "extend" and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass")
                                     for c in verb.children):
        return False  # "the siege extended until mid-March": it lasted
    root = _clock_head(span)
    to_date = root.dep_ == "pobj" and root.head.lower_ == "to"
    if reschedules and to_date:
        return True  # "pushed back to Dec. 5", "moved to Nov. 30"
    if not schedules:
        return False
    if root.dep_ == "pobj":
        if root.head.lower_ == "through" and lemma == "delay":
            return False  # "flights were delayed through Monday": they went on being delayed
        return root.head.lower_ in clause_word_list("set_ahead_prepositions")
    return root.dep_ in ("npadvmod", "dobj") and root.head.i == verb.i and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in clause_word_list("set_as_nouns")
            for g in c.children)
        for c in verb.children)


def _clock_head(span: Span) -> Token:
    """The span's root, or the clock time right before it that it hangs from ("until [5 p.m.
    EST] Nov. 9": the date is the clock's apposition, the clock the preposition's object)."""
    root = span.root
    for _ in range(3):
        head = root.head
        if root.dep_ not in ("npadvmod", "appos", "compound", "nmod") or head.i >= span.start \
                or span.start - head.i > 4 or head.pos_ not in ("NOUN", "PROPN", "NUM"):
            break
        root = head
    return root


#: Up to three words between a phrase of waiting and its time: articles, possessives and
#: words of planning ("ahead of [the Fed's] Dec. 18 decision", "[a planned] March 3 visit").
AWAITED_DETERMINERS = re.compile(
    r"(?:\s+(?:the|this|next|its|his|her|their|our|a|an|[\w.]+['’]s|planned|scheduled|"
    r"expected|upcoming|coming|crucial|key|national|general|presidential)){1,3}$")


#: Heads walked up from the word before a dated "on"/"in" phrase to its event noun.
DATED_NOUN_STEPS = 4


def awaited_mood(span: Span) -> str | None:
    """The phrase of waiting ("ahead of", "in the run-up to", "eve of") right before the time or
    the words that open its noun phrase, or before the event noun the time dates ("ahead of the
    strike on Sept. 3"); None where there is none."""
    phrase = _waiting_before(span.doc, span.start)
    root = span.root
    if phrase is None and root.dep_ == "compound" and root.head.pos_ == "NOUN" \
            and root.head.i > span.end - 1:
        # "ahead of New York's delegate-rich Tuesday primary": before the noun phrase it opens
        phrase = _waiting_before(span.doc, root.head.left_edge.i)
    for event in _dated_nouns(span) if phrase is None else ():
        phrase = _waiting_before(span.doc, event.left_edge.i)
        if phrase is not None:
            break
    return phrase


def _waiting_before(doc: Doc, start: int) -> str | None:
    """The phrase of waiting that ends right before token ``start``, maybe past articles,
    possessives and words of planning."""
    # the few tokens before (Doc.text is rebuilt from every token on each access)
    before = " ".join(doc[max(0, start - 10):start].text.lower().split())
    trimmed = AWAITED_DETERMINERS.sub("", before)
    for phrase in words().clause["ahead_phrases"]:
        if before.endswith(phrase) or trimmed.endswith(phrase):
            return phrase
    return None


def _dated_nouns(span: Span) -> list[Token]:
    """The nouns the "on"/"in" phrase that is the time may date, nearest first, where the time
    names a month ("the strike [on Sept. 3]", "departure from the Union [on Oct. 31]", however
    the parser hung the phrase); none for a weekday, which more likely dates the clause
    ("shares rose ahead of results on Thursday")."""
    months = words().months
    if span.start < 2 or span.doc[span.start - 1].lower_ not in ("on", "in") \
            or not any(t.lower_.rstrip(".") in months for t in span):
        return []
    nouns, token = [], span.doc[span.start - 2]
    for _ in range(DATED_NOUN_STEPS):
        if token.pos_ == "NOUN":
            nouns.append(token)
        if token.head.i >= token.i or token.head.pos_ not in ("NOUN", "PROPN", "ADP"):
            break
        token = token.head
    return nouns


# ------------------------------------------------------------------ clauses that look ahead

#: How many days ahead a date set by a past decision may lie ("adjourned the case to March
#: 10"): the coming one, unless that is almost a year off (then it was set for a date just gone).
SET_AHEAD_DAYS = 320
#: How many days ahead the end of a state put in force in the past may lie ("imposed a curfew
#: until March").
IN_FORCE_DAYS = 150


def points_ahead(span: Span, verb: Token, clause: Token, mood: Mood) -> str | None:
    """The mood of a clause whose tense alone does not say that the time is still to come, or
    None: a timetable in the present ("the rankings are updated on Monday"), a clause of time
    or condition in the present ("will end when the deal is signed on Wednesday"), something
    due ("deliveries are due in June"), a wait told in the present ("voters are queueing ahead
    of the vote on Saturday"), a state in force until a time ("flights are suspended until
    Wednesday", "issued an alert until 9am on Monday") and a date a past decision sets ("the
    judge adjourned the case to March 10"). Weekdays get "future"; dates the coming instance
    within a window (see :func:`_coming`)."""
    if span[-1].lower_ in words().anchored_offsets or span[-1].lower_ == "ago":
        return None  # "two weeks later": counted from an event, not from the clause's tense
    if mood == "future" and advised(clause) and _dates_a_noun(span, verb):
        return NEAR  # "should get a boost from the win Tuesday": the win is dated
    if mood not in ("past", "present", None):
        return None
    if mood != "past" and (_subordinate_ahead(verb) or _due_now(span, clause)
                           or (clause is verb and _present_timetable(span, verb))
                           or _awaited_now(span, clause)):
        return "future"
    until = _until_of(span) or _until_before(span)
    if until is not None and not _habit(clause):
        if _in_force_now(clause) and not past_perfect(clause):
            return "future"  # "the park remains closed until March", "have closed … until"
        if mood == "past" and _imposed(until, verb, clause) and not past_perfect(clause) \
                and nothing_after(span, until):
            return _coming(span, IN_FORCE_DAYS)
    if (_listed_for(span) or (mood == "past" and verb.dep_ != "acl" and set_ahead(span, verb)
                              and not past_perfect(clause))) and nothing_after(span, None):
        return _coming(span, SET_AHEAD_DAYS)  # "adjourned the hearing till Monday"
    return None


def _coming(span: Span, days: int) -> str:
    """"future" for a weekday (the coming one is within the week), else the coming instance
    if it is at most ``days`` ahead, and the past one otherwise."""
    if any(t.lower_.rstrip(".") in words().weekdays for t in span):
        return "future"
    return f"{AWAITED}:{days}"


def _dates_a_noun(span: Span, verb: Token) -> bool:
    """Does the time hang from a noun of the clause ("the win Tuesday", "a boost from the
    vote on Monday") rather than from its verb?"""
    root = span.root
    before = span.doc[span.start - 1] if span.start else root
    if root.dep_ == "npadvmod" and before.dep_ == "pobj" and before.pos_ == "NOUN":
        return True  # "from the win Tuesday": a bare day right after a preposition's noun
    holder = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    return holder.i != verb.i and holder.pos_ in ("NOUN", "PROPN") \
        and holder.i not in range(span.start, span.end)


def _habit(verb: Token) -> bool:
    """Does an adverb of habit ("usually opens in May") or a repeating time ("is held in May
    every year", "reports in April each year") qualify the verb?"""
    return any(c.lower_ in clause_word_list("habit_adverbs") or (
        c.dep_ in ("npadvmod", "advmod", "prep")
        and any(t.lower_ in ("each", "every") for t in c.subtree)) for c in verb.children)


def _present_passive(verb: Token) -> bool:
    """A simple present passive ("is updated", "are published"), with no modal or perfect."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" \
        and aux[0].tag_ in ("VBZ", "VBP")


def _span_dates_verb(span: Span, verb: Token) -> bool:
    """Does the time hang from the verb itself ("opens on Monday", "closes at 8 p.m. on
    Saturday"), not from a noun of its clause?"""
    root = span.root
    holder = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    return holder.i == verb.i or (
        holder.ent_type_ in ("TIME", "DATE") and holder.i not in range(span.start, span.end)
        and (holder.head.i == verb.i or holder.head.head.i == verb.i))


def _present_timetable(span: Span, verb: Token) -> bool:
    """A fixture in the simple present of a main clause, active ("the Reds face City on
    Saturday") or passive ("the rankings are updated on Monday"), with the time of its own act;
    not a habit, a negation, nor a story's present ("the film opens in 1944")."""
    lemma = verb.lemma_.lower()
    active = verb.tag_ in ("VBZ", "VBP") and lemma in clause_word_list("timetable_more_verbs")
    passive = _present_passive(verb) and lemma in clause_word_list("timetable_passive_verbs")
    if not (active or passive) or _habit(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.dep_ in ("advcl", "relcl"):
        return False  # a clause of time is :func:`_subordinate_ahead`'s; "which fans celebrate
        # on the first Monday in May" may be a habit
    return dates_own_act(span, verb)


def _subordinate_ahead(verb: Token) -> bool:
    """Is the verb that of a clause of time or condition in the present ("when the rankings
    are updated on Monday", "after the board meets on Tuesday") under a clause neither told in
    the past nor only possible ("could have 90% after the votes are counted Tuesday"): English
    puts such a clause about the future in the present."""
    if verb.dep_ != "advcl" or not present_form(verb) or _habit(verb):
        return False
    marks = clause_word_list("temporal_marks") | clause_word_list("condition_marks")
    if not any(c.dep_ in ("mark", "advmod") and (c.lower_ in marks or as_soon_as(c))
               and c.i < verb.i for c in verb.children):
        return False
    head = governing_verb(verb.doc[verb.head.i:verb.head.i + 1])
    return head is not None and head.i != verb.i and not _habit(head) \
        and not possibility_only(head) and mood_of_clause(head) != "past"


def _due_now(span: Span, clause: Token) -> bool:
    """"The payment is due by the end of March", "deliveries are due in early June": "due" in
    the present with the time of the verb or of "due" (not "due to a strike in March")."""
    if clause.lemma_ != "be" or clause.tag_ not in ("VBZ", "VBP"):
        return False
    due = next((c for c in clause.children if c.dep_ == "acomp"
                and c.lower_ in clause_word_list("falls_due_adjectives")), None)
    if due is None or any(c.dep_ == "prep" and c.lower_ == "to" for c in due.children):
        return False
    return _span_dates_verb(span, clause) or _span_dates_verb(span, due)


def _awaited_now(span: Span, clause: Token) -> bool:
    """A wait told in the present or the progressive ("are knocking on doors ahead of the vote
    on Saturday", "investors are nervous ahead of the meeting in March"): the event is ahead."""
    if not present_form(clause) or clause.tag_ == "MD" or _habit(clause):
        return False
    if awaited_mood(span) is not None or fixture_window(span, "past") is not None:
        return True
    noun = dated_noun(span) or _noun_before(span)  # "ahead of [the vote] on Saturday"
    if noun is None or noun.i >= span.start:
        return False
    left = noun.left_edge.i
    before = " ".join(span.doc[max(0, left - 6):left].text.lower().split())
    return any(before.endswith(phrase) for phrase in clause_word_list("ahead_phrases"))


def _noun_before(span: Span) -> Token | None:
    """The noun right before the time's preposition ("the vote [on Saturday]"), which the
    parser may have hung from the verb instead."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.i < 1 or prep.lower_ not in clause_word_list(
            "fixture_date_prepositions"):
        return None
    noun = span.doc[prep.i - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _until_of(span: Span) -> Token | None:
    """The "until" whose object the time is ("until Friday", "until 9am on Monday", "until 6
    a.m. Friday"), or None."""
    root = _clock_head(span)
    for _ in range(2):
        if root.dep_ == "pobj" and root.head.lower_ in clause_word_list("until_words"):
            return root.head
        prep = root.head
        if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("on", "at") \
                or prep.head.ent_type_ not in ("TIME", "DATE"):
            return None
        root = prep.head  # "until [9am] on Monday"
    return None


def _until_before(span: Span) -> Token | None:
    """The "until" of a clock time right before the time's "on", which the parser hung from
    the verb ("until noon [on Friday]"), or None."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("on", "at") or prep.i < 2:
        return None
    clock = span.doc[prep.i - 1]
    if clock.dep_ == "pobj" and clock.head.lower_ in clause_word_list("until_words") \
            and clock.head.head.i == prep.head.i:
        return clock.head
    return None


def _in_force_now(verb: Token) -> bool:
    """Is a state told as holding now: the present ("remains closed", "are suspended", "is in
    place") or the present perfect ("have closed the bridge", "has been issued")?"""
    return (present_form(verb) and verb.tag_ != "MD") or any(
        a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries_of(verb))


def _imposed(until: Token, verb: Token, clause: Token) -> bool:
    """Was a state put in force until the time, by an act in the simple past ("issued an alert
    until …", "imposed a curfew until …", "ordered schools closed until …", "a curfew was
    imposed until …"); not a state that merely lasted ("the road was closed until Friday",
    "fighting continued until Monday")?"""
    nouns = clause_word_list("in_force_nouns")
    imposers = clause_word_list("impose_verbs")
    if until.head.pos_ == "NOUN" and until.head.lemma_.lower() in nouns:
        return True  # "a curfew until Tuesday"
    for act in {verb.i: verb, clause.i: clause}.values():
        if act.lemma_.lower() not in imposers:
            continue
        if not any(c.dep_ == "auxpass" for c in act.children):
            if any(c.dep_ == "dobj" for c in act.children):
                return True  # "issued an alert until …", not "the siege extended until …"
            continue
        subjects = [c for c in act.children if c.dep_ == "nsubjpass"]
        if any(o.lemma_.lower() in nouns or any(
                g.lemma_.lower() in nouns for g in o.children if g.dep_ == "compound")
                for o in subjects):
            return True  # "a curfew was imposed until …"
    return False


def nothing_after(span: Span, until: Token | None) -> bool:
    """No later past event follows the time in its sentence ("was closed until Friday, when
    crews reopened it"; a verb of saying is none), and the sentence names no other date it might
    be counted from (a day of this week is none: "on Wednesday adjourned the case until
    Monday")."""
    if not has_parse(span.doc):
        return False
    sent = span.sent
    speech = lexicon.words("speech_verbs.txt")
    if any(t.tag_ == "VBD" and t.lemma_.lower() not in speech  # "…, officials said"
           for t in span.doc[span.end:sent.end]):
        return False
    start = until.i if until is not None else span.start
    return not any(e.label_ in ("DATE", "TIME") and (e.end <= start or e.start >= span.end)
                   and not _this_week(e, span) for e in sent.ents)


def _this_week(ent: Span, span: Span) -> bool:
    """Does a date name a day of the week just gone ("on Wednesday", "yesterday", "late on
    Tuesday"), from which a time ahead is still ahead of the publication date ("on Friday
    adjourned the trial until Monday" is not, published on the Wednesday after: that Monday
    has come)?"""
    known = words()
    days = {*known.weekdays, *known.relative_days, *known.day_parts, "late", "early", "this"}
    if not all(t.lower_.rstrip(".") in days for t in ent):
        return False
    published = span.doc._.cl_published
    said = next((known.weekdays[t.lower_.rstrip(".")] for t in ent
                 if t.lower_.rstrip(".") in known.weekdays), None)
    target = next((known.weekdays[t.lower_.rstrip(".")] for t in span
                   if t.lower_.rstrip(".") in known.weekdays), None)
    if published is None or said is None or target is None:
        return True
    back = (published.isoweekday() - said) % 7  # days from that weekday to publication
    return ((target - said) % 7 or 7) > back


def _listed_for(span: Span) -> bool:
    """Does the time date an act after "for" under a past verb of listing or setting ("listed
    the case for hearing on March 10", "remanded him for sentencing on Monday", "set the case
    down for the trial on May 2")?"""
    root = span.root
    act = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if act.dep_ not in ("pcomp", "pobj") or not (
            act.tag_ == "VBG" or act.lower_.endswith("ing")
            or act.lemma_.lower() in clause_word_list("fixture_nouns")):
        return False
    prep = act.head
    lister = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "listed [the appeal] for"
    return prep.lower_ == "for" and lister.lemma_.lower() in clause_word_list("listing_verbs") \
        and clause_mood_of_verb(lister) == "past" and not past_perfect(lister)


def dates_own_act(span: Span, verb: Token) -> bool:
    """Does the time date the verb's own act ("opens on Monday", "closes at 11 p.m. on
    Monday"), not a noun's ("Monday's vote"), and is the subject no story or report whose
    present is a narrative's ("the story begins in January")?"""
    if not _span_dates_verb(span, verb) or any(c.dep_ == "case" for c in span.root.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or subject.lemma_.lower() not in clause_word_list("narrative_nouns")
