"""The tense and mood of a clause, and the instance of a date it points at, for the times
component.

Split from :mod:`.time_context`: whether the clause that holds a time tells a past, a present, a
future or a plan ("was expected to meet on Friday", "should reopen in May", "the rankings are
updated on Monday", "adjourned the trial until Monday"), and which instance of "Feb. 28" or
"Monday" that picks (:func:`choose_instance`). :mod:`.time_resolve` resolves with them.

The clause's verb, its auxiliaries and its tense are :mod:`.time_clause`'s; the rules by which a
clause points ahead whatever its tense are :mod:`.time_direction`'s; an event called off is
:mod:`.time_called_off`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Span, Token

from .. import lexicon
from .time_bidding import bidding, when_after
from .time_calendar import NONE, Resolved
from .time_called_off import called_off, names_a_day, names_a_month, names_a_weekday
from .time_clause import (
    AWAITED,
    AWAITED_BEFORE,
    AWAITED_DAY,
    CALLED_OFF,
    CALLED_OFF_DAYS,
    EVE,
    FINITE_TAGS,
    NEAR,
    PLANNED,
    SOON,
    TAKES_EFFECT,
    WINDOWS,
    auxiliaries_of,
    but_after,
    clause_word_list,
    finite_clause_verb,
    governing_verb,
    looks_ahead,
    mistagged_present,
    mood_of_clause,
    past_perfect,
    possibility_only,
    present_perfect,
    said_when_verb,
)
from .time_context import has_parse
from .time_direction import awaited_mood, dates_own_act, fixture_window, points_ahead, set_ahead
from .time_grammar import words
from .time_prospects import done_event, prospect_mood

#: An event looming close ahead of the moment told: the coming instance within a month, else
#: the past one.
LOOMING = f"{AWAITED}:31"


def clause_mood(span: Span | None, fixtures: bool = False) -> str | None:
    """"future", "past", "present", :data:`NEAR` (pick the nearest instance) or None (unknown)
    for the clause holding ``span``. With ``fixtures``, a calendar date that dates an event
    fixed on the calendar is awaited (see :func:`fixture_window`); a weekday is not ("a
    debate on Saturday", told in the past, is last Saturday's)."""
    if span is None or len(span) == 0:
        return None
    if span.start >= 3 and span.doc[span.start - 1].lower_ in ("through", "to", "until",
                                                               "till", "thru") \
            and FROM_NOW_TO.search(span.doc[span.start - 5:span.start].text):
        return "future"  # "from today through Nov. 17": a stretch that starts now
    if _delivery_month(span):
        return "future"  # "crude for August delivery", "January futures": a contract's month
    verb = governing_verb(span)
    if verb is None:
        if _headline_timetable(span) or _mistagged_timetable(span):
            return "future"
        if _falls_due(span) or _verbless_headline(span):
            return NEAR  # "a dividend payable Dec. 15"; a verbless headline ("Euro zone
            # summit in December"): the nearest December, which no tense puts behind
        return None
    verb = said_when_verb(verb, span)
    if called_off(span):
        return CALLED_OFF
    if any(a.lower_ in ("looms", "looming") for a in (verb, *list(span.root.ancestors)[:2])):
        return LOOMING  # "with New York's April 19 primary looming": an event close ahead of
        # the moment told, within a month ("as the Jan. 20 deadline loomed", told in
        # September, and a looming date long ahead keep their past reading)
    bid = bidding(span, verb)
    if bid is not None:
        return bid
    clause = finite_clause_verb(verb)
    mood = mood_of_clause(clause)
    if mood == "future" and _dates_a_past_act(span, verb, clause):
        mood = "past"  # "On Monday, lawmakers proposed spending …": the day of the proposal,
        # not of what it looks ahead to
    if mood != "past" and _moving_toward(span):
        return "future"  # "she is marching toward November", "heading towards March"
    if mood != "past" and done_event(span):
        return "past"  # "will open despite the discovery of bolts in March": a fact
    if mood == NEAR and _weekday_promised(span, clause):
        return "future"
    if mood == NEAR and _weekday_planned(span, clause):
        return PLANNED
    if mood == "past" and _perfect_for_fixture(span, verb):
        return "future"  # "has named its side for Saturday's Test": the coming Saturday
    due = _falls_due(span)
    if due:
        if mood == "past" and due in clause_word_list("takes_effect_adjectives") \
                and _falls_due_on_verb(span):
            # "was named chief executive, effective Jan. 1": a change takes effect after it is
            # announced, within some months; a date long ahead is the past one ("effective
            # Jan. 1", told on Jan. 3)
            return f"{AWAITED}:{WINDOWS[TAKES_EFFECT]}"
        if mood == "future" and names_a_weekday(span):
            return "future"  # "traders will scrutinise trade figures due on Thursday"
        if mood != "past" or clause.lemma_.lower() in clause_word_list("falls_due_verbs"):
            return NEAR  # "a dividend payable Dec. 15" declared, "bonds due Dec. 1 are sold"
        if _missed(clause):
            return "past"  # "the company missed a payment due Nov. 5"
        return SOON  # "a payment due Nov. 15 worried investors"; "payments due in January
        # were missed" (written in October) stays past
    prospect = prospect_mood(span, verb, clause, mood)
    if prospect is not None:
        return prospect  # "signalled another hike in April", "agreed to elections by June"
    ahead = points_ahead(span, verb, clause, mood)
    if ahead is not None:
        return ahead
    if mood == "past":
        awaited = awaited_mood(span)
        if awaited is not None and past_perfect(clause) and not _backshifted(clause):
            return AWAITED_BEFORE  # "had stockpiled ballots ahead of the Nov. 5 election"
            # ("she said the firm had built up stock ahead of …" is the news's present perfect)
        if awaited is not None and not awaited.startswith("eve") and names_a_weekday(span) \
                and not _day_or_outcome_told(span):
            return AWAITED_DAY  # "Ahead of Sunday's referendum, troops patrolled the
            # streets": with no other day told in the sentence, the coming Sunday, unless the
            # story named that Sunday before ("met on Tuesday ahead of Thursday's summit"
            # keeps the window below)
        if awaited is not None:  # "ads flooded TV ahead of the Nov. 5 election"
            return EVE if awaited.startswith("eve") else AWAITED
    set_for = _set_for(span, verb)
    if mood == "past" and verb.dep_ != "acl" and set_ahead(span, verb) \
            and not past_perfect(clause):
        # "the talks were postponed until Dec. 3", "has set Nov. 10 as the deadline": set at
        # some recent moment for a date that may still be ahead: the nearest one ("had
        # called an election for March 3, which it won" stays past)
        return NEAR
    if mood == "future" and clause is not verb and verb.tag_ == "VBN" and not set_for:
        return "past"  # "the deal negotiated in December can help": done before
    if verb.dep_ == "acl" and set_for and (
            mood in ("present", None) or (
                mood == "past" and clause is not verb
                and clause.lemma_.lower() in clause_word_list("not_happened_verbs"))):
        # "the vote slated for Monday is a test", "… was delayed": ahead ("… went ahead" stays
        # past)
        return "future"
    if mood == "present" and clause is not verb and verb.tag_ == "VBN" and verb.dep_ == "acl" \
            and not set_for:
        # "the photos taken Monday show the damage": taken before; "the talks planned for
        # Monday", "the vote slated for Monday", "adjourned until Monday" still look ahead
        ahead = verb.lemma_.lower() in words().future_cues and looks_ahead(verb)
        return "future" if ahead else "past"
    if mood == "future" and possibility_only(clause) and _under_a_noun(span, verb):
        return NEAR  # "the fire may be linked to a blast in January": the blast is dated
    if mood == "present" and clause is verb and _headline_present(span, verb):
        return NEAR  # "Quake kills 12 in Ecuador on Sunday", "Fed meets Tuesday": a headline's
        # present tells news either side of today: the nearest such day
    if mood == "present" and clause is verb and (_timetable(span, verb)
                                                 or _fixture_is_on(span, verb)):
        return "future"  # "elections take place in October", "the talks resume in March",
        # "the election is on Nov. 4"
    if mood in ("present", None) and clause is verb and _on_condition(verb):
        return "future"  # "the union strikes on Tuesday unless a deal is reached"
    if mood == "future" and _reported_period(span, verb):
        return NEAR  # "the data for January will be published next week": a month past
    if mood == "past" and clause is verb and _directed_date(span, verb):
        return SOON  # "Mexico ordered a halt to business from May 1 to May 5", written on
        # April 29: what was ordered runs from the coming May 1
    if mood == "past" and _forecast_for(span):
        return NEAR  # "the chipmaker's outlook for the second half reassured analysts", "a
        # warning for Monday was issued": the period forecast, the nearest one
    if (mood in ("present", None) or (mood == "past" and (
            _mentions_a_plan(clause) or _next_of_a_month(span)))) and _planned_for(span):
        return "future"  # "the next meeting in November", "a warning for Monday", "she noted
        # a planned rally on Saturday": ahead (not a told past: "the expected announcement on
        # Monday never came", "police broke up the planned protest on Sunday")
    window = fixture_window(span, mood) if fixtures and mood in ("past", None) else None
    if window is not None:
        # "came days before the Iowa caucuses on Feb. 1", "prepared for the March 3 summit":
        # the date of an event on the calendar, which the clause's tense does not time
        if mood == "past" and past_perfect(clause):
            window = min(window, WINDOWS[AWAITED_BEFORE])
        return f"{AWAITED}:{window}"
    return mood


def _moving_toward(span: Span) -> bool:
    """Is the time what something moves toward ("marching toward November"), not looked back
    on ("working backwards toward Jan. 6", "toward March, when the complaints were made")?"""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("toward", "towards"):
        return False
    back = prep.i > 0 and span.doc[prep.i - 1].lower_ in ("back", "backward", "backwards")
    return not back and not when_after(span)


def _day_or_outcome_told(span: Span) -> bool:
    """Does the span's sentence name another day, a weekday or one counted from today ("met on
    Tuesday ahead of …", "yesterday"), or tell in a relative clause after it that the event
    is over?"""
    known = words()
    return any((t.lower_.rstrip(".") in known.weekdays or t.lower_ in known.relative_days)
               for t in span.sent if not span.start <= t.i < span.end) or any(
        t.tag_ == "VBD" and (t.dep_ == "relcl" or (
            t.dep_ == "conj" and t.lemma_.lower() in clause_word_list("race_result_verbs")))
        for t in span.sent if t.i >= span.end)
    # "ahead of Sunday's summit, which ended without a deal", "… ahead of Tuesday's primary,
    # but finished third": told as over


def _backshifted(clause: Token) -> bool:
    """Is the clause reported by a verb of saying ("she said the firm had built up stock"), so
    that its past perfect is the speaker's present perfect or past?"""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicon.words(
        "speech_verbs.txt")


def _weekday_promised(span: Span, clause: Token) -> bool:
    """Is the span a weekday that dates an infinitive of meeting or travel under a verb of
    promising, agreeing or asking ("agreed to meet on Thursday", "vowed to return on Friday")?
    The meeting comes after the promise, which news tells within days: the coming weekday, not
    the nearest (a meeting held yesterday would be told as done). "were to meet on Friday"
    stays the nearest, and so does any other act ("voted to approve the budget on Tuesday",
    "agreed to release the hostages on Monday": the weekday dates the vote, the deal)."""
    root = span.root
    if root.lower_ not in words().weekdays or root.i != span.end - 1:
        return False
    dated = root.head.head if root.dep_ == "pobj" else root.head
    if dated.i != clause.i or clause.lemma_.lower() not in clause_word_list("appointment_verbs"):
        return False  # "vowed to fight on after the assault on Tuesday": the assault's day
    head = clause.head
    return (clause.dep_ == "xcomp" and head.i != clause.i
            and any(a.lower_ == "to" for a in clause.children if a.dep_ == "aux")
            and head.lemma_.lower() in words().prospective_verbs
            and head.lemma_.lower() not in words().future_cues  # "was expected to vote on
            # Tuesday, but …", "had been scheduled to expire on Monday": the plan's day is near
            and not past_perfect(head)  # "had agreed to meet on Monday": before the past
            and not _dated_itself(head, clause))  # "agreed Wednesday to reopen on Thursday":
    # the day after the dated promise, the nearest


def _weekday_planned(span: Span, clause: Token) -> bool:
    """Is the span a weekday dating an infinitive under a past passive verb of planning ("the
    strike was set to begin on Monday", "talks were scheduled to resume on Friday"), told with
    no sign that the plan's day has come ("…, but it was called off") nor from a past before
    the past ("had been scheduled to")? A plan whose weekday had gone by would be told by its
    outcome: the coming weekday."""
    root = span.root
    if root.lower_ not in words().weekdays or root.i != span.end - 1:
        return False
    dated = root.head.head if root.dep_ == "pobj" else root.head
    if dated.i != clause.i:
        return False
    if clause.dep_ == "conj" and clause.head.dep_ == "xcomp":
        clause = clause.head  # "was due to arrive on Friday and [leave] on Sunday"
    head = clause.head
    if clause.dep_ != "xcomp" or head.i == clause.i:
        return False
    return (head.dep_ == "ROOT" and head.tag_ == "VBN"
            and head.lemma_.lower() in words().future_cues
            and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in head.children)
            and any(a.lower_ == "to" for a in clause.children if a.dep_ == "aux")
            and not past_perfect(head) and not but_after(head)
            and not _dated_itself(head, clause) and not _outcome_told(head))


def _outcome_told(plan: Token) -> bool:
    """Is what happened told after a plan, in its sentence or the next ("was set to begin on
    Monday, but workers walked out on Sunday", "… and lasted two days", "… It ended on
    Tuesday")? A verb of saying tells no outcome."""
    doc, speech = plan.doc, lexicon.words("speech_verbs.txt")
    sent = plan.sent
    after = doc[plan.i + 1:sent.end]
    if sent.end < len(doc):
        after = doc[plan.i + 1:doc[sent.end].sent.end]
    return any(t.tag_ == "VBD" and t.lemma_.lower() not in speech and t.dep_ != "auxpass"
               for t in after)


def _perfect_for_fixture(span: Span, verb: Token) -> bool:
    """Is the span a weekday whose possessive dates a contest or a fixture that a present
    perfect prepares for ("has named its side for Saturday's second Test", "have arrived for
    Sunday's summit")? The present perfect tells a step just taken towards the event: the
    coming weekday ("had arrived for Sunday's summit" is told from the past)."""
    root = span.root
    if root.dep_ != "poss" or root.lower_ not in words().weekdays or len(span) != 1:
        return False
    noun, prep = root.head, root.head.head
    nouns = clause_word_list("fixture_nouns") | clause_word_list("contest_nouns")
    if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
        return False
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i != verb.i:
        return False
    return present_perfect(verb) and verb.tag_ == "VBN"


def _dated_itself(verb: Token, skip: Token) -> bool:
    """Does the verb carry a time of its own ("agreed [on] Wednesday to …"), other than in
    its ``skip`` complement?"""
    for child in verb.children:
        if child.i == skip.i:
            continue
        if child.ent_type_ in ("DATE", "TIME") or any(
                g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
            return True
    return False


#: What ends a sentence of body text.
SENTENCE_STOPS = frozenset({".", "!", "?", "…", "...", ":", ";"})


def _headline_present(span: Span, verb: Token) -> bool:
    """Is the time a weekday in a headline (no closing stop) told in the simple present with no
    auxiliary ("Stocks rally Thursday on jobs data")?"""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass")
                                                   for c in verb.children) \
        and not _closed(span.sent) and names_a_weekday(span)


def _dates_a_past_act(span: Span, verb: Token, clause: Token) -> bool:
    """Does the time date a cue verb's own act told in the simple past ("proposed", "planned",
    "hoped"): the verb has no auxiliary, the time hangs from it directly and stands before it
    ("On Monday, lawmakers proposed …")? After the verb's object it may date the thing planned
    ("planned a rally on Saturday")."""
    if clause is not verb or verb.tag_ != "VBD" or auxiliaries_of(verb) \
            or verb.lemma_.lower() not in words().future_cues:
        return False
    root = span.root
    holder = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if holder.i != verb.i:
        return False
    return span.end <= verb.i


def _verbless_headline(span: Span) -> bool:
    """Is the span's sentence a headline with no verb and no closing stop ("Euro zone summit
    in December"), waiting on nothing ("ahead of …" has its own reading)?"""
    if not has_parse(span.doc):
        return False
    sent = span.sent
    return not _closed(sent) and awaited_mood(span) is None \
        and not any(t.tag_ in FINITE_TAGS or t.pos_ == "VERB" for t in sent)


def _closed(sent: Span) -> bool:
    """Does the sentence end in a full stop, a question or an exclamation mark (past spaces
    and closing quotes), as body text does and a headline does not?"""
    ends = [t for t in sent if not t.is_space and not t.is_quote and t.text not in (")", "]")]
    return not ends or ends[-1].text in SENTENCE_STOPS


def _headline_timetable(span: Span) -> bool:
    """Has the parser read a headline's verb of a timetable as a noun ("Talks resume Thursday",
    "Trial opens Monday": "resume" a noun heading the sentence, "Talks" its compound)? The
    weekday it governs is then ahead, as in "the talks resume on Thursday"."""
    root = span.root
    head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if head.i == root.i or head.dep_ != "ROOT" or head.tag_ not in ("NN", "NNS") \
            or head.i > span.start or head.i == 0:
        return False
    subject = head.doc[head.i - 1]
    if subject.head.i != head.i or subject.dep_ not in ("compound", "nsubj") \
            or subject.tag_ not in ("NNS", "NNPS") \
            or any(c.dep_ in ("det", "poss", "amod", "nummod") for c in head.children):
        return False  # "His second-place finish on Tuesday night": a noun of its own
    form = head.lower_
    return any(form in (v, v + "s", v + "es") for v in clause_word_list("timetable_verbs"))


#: Parts of speech of a subject-like noun phrase before a mistagged verb ("Real Madrid", "The
#: city's museum") and of what may stand between the verb and its time ("Barcelona on").
SUBJECT_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"})
BETWEEN_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "ADP"})
#: Entity labels of a name that can be a subject whatever its tag ("Celtic host Rangers").
NAME_SUBJECT_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
#: How many words a mistagged verb's subject and object may have (bounded, and no long title).
MISTAGGED_REACH = 6


def _timetable_form(token: Token) -> bool:
    """Is the word a present form of a verb of a timetable ("open", "closes", "host")?"""
    form = token.lower_
    verbs = clause_word_list("timetable_verbs") | clause_word_list("timetable_more_verbs")
    return any(form in (v, v + "s", v + "es") for v in verbs)


def _mistagged_timetable(span: Span) -> bool:
    """Has the parser read a present-tense verb of a timetable as a noun, adjective or adverb
    ("Applications open on Monday", "Nominations close on Friday", "Real Madrid host Barcelona
    on Sunday")? The word stands between a noun phrase that can be its subject and the time,
    and the sentence has no verb of its own: the timetable reading, as in "polls close on
    Thursday", looks ahead. "Monday's applications were rejected" has a verb and is told.
    Only a day (a weekday, a holiday, a day of a month): a data headline names a month or a
    year just gone ("US housing starts in March", "Court rules on abortion pill in June")."""
    if not has_parse(span.doc) or not names_a_day(span):
        return False  # no parse, no sentences (a blank pipeline); or no day
    sent = span.sent
    if span.start - sent.start < 2 or any(
            t.pos_ in ("VERB", "AUX") for t in sent if t.i < span.start):
        return False
    later = next((t.i for t in sent if t.i >= span.end and t.pos_ in ("VERB", "AUX")), None)
    if later is not None and not any(t.text == "," or t.pos_ in ("CCONJ", "SCONJ")
                                     for t in sent.doc[span.end:later]):
        return False  # "Its stores open Friday at midnight were mobbed": that verb is the
        # clause's own ("Its marketplaces open on Tuesday regardless of a shutdown, because …"
        # goes on in a clause of its own)
    verb_after = later is not None
    for word in sent.doc[sent.start + 1:span.start]:
        if word.pos_ in ("VERB", "AUX") or not _timetable_form(word):
            continue
        if verb_after and word.dep_ != "ROOT":
            continue  # a verb after the time may be the clause's own ("… on Monday were shut")
        subject = sent.doc[sent.start:word.i]
        between = sent.doc[word.i + 1:span.start]
        if len(subject) > MISTAGGED_REACH or len(between) > MISTAGGED_REACH:
            continue
        if (subject[-1].pos_ not in ("NOUN", "PROPN")
                and subject[-1].ent_type_ not in NAME_SUBJECT_LABELS) \
                or any(t.pos_ not in SUBJECT_POS and t.tag_ != "PRP$" for t in subject) \
                or any(t.pos_ not in BETWEEN_POS for t in between):
            continue
        return True
    return False


def _mentions_a_plan(verb: Token) -> bool:
    """Is the past verb one that speaks of a plan rather than tells its outcome ("noted",
    "discussed", "issued", "announced")?"""
    return verb.lemma_.lower() in clause_word_list("plan_mention_verbs")


def _directed_date(span: Span, verb: Token) -> bool:
    """Is the span a calendar date (a month and a day, no weekday) after the object of a
    directive verb in the simple past ("ordered a halt … from May 1")?"""
    if verb.lemma_.lower() not in clause_word_list("directive_verbs") or verb.tag_ != "VBD" \
            or span.start < verb.i or names_a_weekday(span) or auxiliaries_of(verb):
        return False
    return names_a_month(span) and any(t.like_num for t in span) \
        and any(c.dep_ == "dobj" and c.i < span.start for c in verb.children)


#: Words after a month that make it a futures contract's delivery month.
DELIVERY_WORDS = frozenset({"delivery", "futures"})


def _delivery_month(span: Span) -> bool:
    """Is the span a month that names a futures contract ("for August delivery", "January
    futures", "December-delivery gold")? A contract's month is the coming one (or this one)."""
    doc = span.doc
    k = span.end + (1 if span.end < len(doc) and doc[span.end].text == "-" else 0)
    return k < len(doc) and doc[k].lower_ in DELIVERY_WORDS and names_a_month(span)


def _noun_dated(span: Span) -> tuple[Token, Token] | None:
    """The preposition and the noun it hangs from where the span is the object of a
    preposition that dates a noun ("the meeting in November", "a warning for Monday")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "for Monday and Tuesday": the second day shares the first's noun
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" \
            or prep.lower_ not in clause_word_list("fixture_date_prepositions"):
        return None
    noun = prep.head
    before = span.doc[prep.i - 1] if prep.i > 0 else noun
    if noun.pos_ in ("VERB", "AUX") and before.head.i == noun.i and before.pos_ == "NOUN":
        noun = before  # "discussed the forthcoming summit in July": the parser's verb
    return prep, noun


def _forecast_for(span: Span) -> bool:
    """Is the span the period a forecast noun is for ("a warning for Monday", "its outlook for
    the second half")?"""
    found = _noun_dated(span)
    return found is not None and _forecast_noun(*found)


def _forecast_noun(prep: Token, noun: Token) -> bool:
    """Is ``noun`` a forecast noun that ``prep`` ("for") dates?"""
    return prep.lower_ == "for" and (noun.lower_ in clause_word_list("forecast_nouns")
                                     or noun.lemma_.lower() in clause_word_list("forecast_nouns"))


def _planned_for(span: Span) -> bool:
    """Does the time date a noun that its own words put ahead, whatever the clause's tense:
    "the next meeting in November", "the upcoming vote on Thursday", "the planned strike on
    Friday", "a weather warning for Monday and Tuesday"? Not "the meeting in November" (told
    in its clause's tense) nor "last year's planned summit" (a year that dates it)."""
    found = _noun_dated(span)
    if found is None:
        return False
    prep, noun = found
    if _forecast_noun(prep, noun):
        return True  # "a warning for Monday" (also where the noun is tagged as a verb)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in range(span.start, span.end):
        return False
    if any(c.ent_type_ in ("DATE", "TIME") for c in noun.children if c.dep_ == "poss"):
        return False
    return any(c.dep_ in ("amod", "compound", "advmod") and c.i < noun.i
               and c.lower_ in clause_word_list("plan_adjectives") for c in noun.children)


def _next_of_a_month(span: Span) -> bool:
    """Is the time a month name dating a noun that "next", "upcoming" or "coming" puts ahead
    ("a cut at the next meeting in November", told in the past: the next November)?"""
    if span[0].lower_.rstrip(".") not in words().months:
        return False
    prep = span.root.head
    noun = prep.head if span.root.dep_ == "pobj" else None
    return noun is not None and any(
        c.dep_ in ("amod", "compound", "advmod") and c.i < noun.i
        and c.lower_ in clause_word_list("ahead_adjectives") for c in noun.children)


#: The start of a stretch from now ("from today through", "from now until").
FROM_NOW_TO = re.compile(r"\b(?i:from)\s+(?i:today|now|tomorrow)\s+(?i:through|to|until|till|"
                         r"thru)\s*$")


def _set_for(span: Span, verb: Token) -> bool:
    """Is the time what a verb of setting sets something for ("called for Sunday", "slated
    for Monday", "adjourned until Monday"), not when it was done ("counted through Monday")?"""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in clause_word_list("set_for_prepositions") \
        and (verb.lemma_.lower() in clause_word_list("set_for_verbs")
             or verb.lower_ in clause_word_list("set_for_verbs"))


def _missed(verb: Token) -> bool:
    """Does the clause say a due date went by ("missed a payment due Nov. 5", "defaulted on
    bonds due Nov. 20", "rent due Nov. 1 went unpaid")?"""
    return verb.lemma_.lower() in clause_word_list("missed_due_verbs") or any(
        c.lower_ in clause_word_list("missed_due_verbs") and c.dep_ in ("acomp", "oprd", "advmod")
        for c in verb.children)


def _falls_due(span: Span) -> str:
    """The adjective by which the time says when something falls due or takes effect, which
    qualifies a noun or a clause ("a dividend payable Dec. 15", "notes due 2030", "named
    chief, effective Jan. 1"), or "". A clause's own "was due" keeps its tense."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    k = span.start
    while k > span.start - 2 and k > 0 and span.doc[k - 1].lower_ in ("as", "of", "on"):
        k -= 1  # "of record as of Nov. 18", "of record on Nov. 18"
    if k >= 2 and span.doc[k - 2].lower_ == "of" and span.doc[k - 1].lower_ == "record":
        return "record"  # "to holders of record Nov. 10": the record date of a payout
    if head.i != root.i and head.pos_ == "ADJ" \
            and head.dep_ in ("amod", "appos", "advcl", "oprd") \
            and (head.lower_ in clause_word_list("falls_due_adjectives")
                 or head.lower_ in clause_word_list("takes_effect_adjectives")):
        return head.lower_
    return ""


def _falls_due_on_verb(span: Span) -> bool:
    """Does the adjective of :func:`_falls_due` hang from the clause's verb ("named him chief,
    effective Jan. 1") rather than from a noun ("the price cap, effective Jan. 1, was lifted":
    a rule already in force)?"""
    root = span.root
    head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    return head.dep_ in ("advcl", "oprd")


def _reported_period(span: Span, verb: Token) -> bool:
    """Is the time the period a report covers, in a clause about publishing the report ("the
    data for January will be published", "figures for the third quarter will be released")?
    Such a period is over, or nearly, when the report is to come ("the inflation figure for
    December will stay below 2 percent" is a forecast)."""
    root = span.root
    prep = root.head
    return (_under_a_noun(span, verb) and prep.lower_ in ("for", "of")
            and verb.lemma_.lower() in clause_word_list("publish_verbs")
            and (prep.head.lower_ in clause_word_list("report_nouns")
                 or prep.head.lemma_.lower() in clause_word_list("report_nouns")))


def _under_a_noun(span: Span, verb: Token) -> bool:
    """Is the time the object of a preposition that hangs from a noun ("a blast in January"),
    rather than of the verb ("win in January") or a noun's own modifier ("the January vote")?"""
    root = span.root
    prep = root.head
    return (root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i != verb.i
            and prep.head.pos_ in ("NOUN", "PROPN"))


def _fixture_is_on(span: Span, verb: Token) -> bool:
    """Does a present "is" date an event on the calendar that is its subject ("the election is
    on the first Tuesday in November", "the final is in September")? Told in the present, the
    event lies ahead (not "the election was in May", nor "turnout is 60% in May")."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(_dates_the_verb(t, verb) for t in span if not span.start <= t.head.i < span.end):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in clause_word_list("fixture_nouns")


def _dates_the_verb(token: Token, verb: Token) -> bool:
    """Is ``token`` the time of ``verb`` ("is [on] Monday", "is Monday"), or a preposition of
    the verb inside the span ("the first Tuesday [in] November" hung from "is")?"""
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head.i == verb.i and token.head.lower_ in ("on", "in", "for")
    return token.head.i == verb.i and token.dep_ in ("npadvmod", "prep")


def _timetable(span: Span, verb: Token) -> bool:
    """Does a verb of a timetable in the simple present date its own act with the time
    ("elections take place in October", "the talks resume on Monday")? Not a time under a
    noun ("reopen on Monday after Friday's sell-off"), nor a story's or a report's present
    ("the story begins in January, when rebels seized the town")."""
    if (verb.tag_ not in ("VBZ", "VBP") and not mistagged_present(verb)) \
            or verb.lemma_.lower() not in clause_word_list("timetable_verbs") \
            or any(c.dep_ == "neg" for c in verb.children):
        return False
    return span.root.dep_ != "poss" and dates_own_act(span, verb)


def _on_condition(verb: Token) -> bool:
    """Does a clause of condition ("unless a deal is reached", "if talks fail") hang from a
    verb in the simple present: an act planned ahead, not a habit ("inflation usually rises
    in January if energy prices climb")?"""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "neg" for c in verb.children) \
        and not any(c.lower_ in clause_word_list("habit_adverbs") for c in verb.children) \
        and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if")
                                          for m in c.children) for c in verb.children)


def choose_instance(
    instances: list[Resolved], anchor: date, mood: str | None
) -> Resolved:
    """Pick among yearly instances of a period ("Feb. 28" of 2024, 2025, 2026) by mood:
    the most recent not after the anchor for the past, the next for the future, else the
    nearest. ``"future_start"`` is the start of a stretch in a future clause: a date earlier
    in the anchor's own month stays in that year (HeidelTime's month rule), since "is to run
    from Jan. 23 through March 9", written on Jan. 28, names an event already under way."""
    usable = [r for r in instances if r.start is not None and r.end is not None]
    if not usable:
        return NONE
    if mood == CALLED_OFF:
        ahead = [r for r in usable if r.start > anchor  # type: ignore[operator]
                 and (r.start - anchor).days <= CALLED_OFF_DAYS]  # type: ignore[operator]
        mood = "future" if ahead else NEAR
    window = window_of(mood)
    if window is not None:
        ahead = [r for r in usable if r.start > anchor  # type: ignore[operator]
                 and (r.start - anchor).days <= window]  # type: ignore[operator]
        mood = "future" if ahead else "past"
    if mood == "past":
        past = [r for r in usable if r.start <= anchor]  # type: ignore[operator]
        if past:
            return max(past, key=lambda r: r.start)  # type: ignore[arg-type,return-value]
    if mood in ("future", "future_start"):
        since = anchor.replace(day=1) if mood == "future_start" else anchor
        future = [r for r in usable if r.end >= since]  # type: ignore[operator]
        if future:
            return min(future, key=lambda r: r.start)  # type: ignore[arg-type,return-value]

    def distance(r: Resolved) -> tuple[int, int]:
        assert r.start is not None and r.end is not None
        if r.start <= anchor <= r.end:
            return (0, 0)
        gap = (r.start - anchor).days if r.start > anchor else (anchor - r.end).days
        return (gap, 1 if r.start > anchor else 0)

    return min(usable, key=distance)


def window_of(mood: str | None) -> int | None:
    """How many days ahead a mood of waiting looks (:data:`WINDOWS`, or "awaited:N")."""
    if mood is None:
        return None
    if mood.startswith(AWAITED + ":"):
        return int(mood.split(":", 1)[1])
    return WINDOWS.get(mood)


def yearly(anchor: date, make: Callable[[int], Resolved]) -> list[Resolved]:
    """The instances of a yearly period around the anchor's year."""
    return [make(anchor.year + k) for k in (-1, 0, 1)]
