"""The tense and mood of a clause, and the instance of a date it points at, for the times
component.

Split from :mod:`.time_context`: whether the clause that holds a time tells a past, a present, a
future or a plan ("was expected to meet on Friday", "should reopen in May", "the rankings are
updated on Monday", "adjourned the trial until Monday"), and which instance of "Feb. 28" or
"Monday" that picks (:func:`choose_instance`). :mod:`.time_resolve` resolves with them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Span, Token

from .. import lexicon
from .time_calendar import NONE, Resolved
from .time_context import Mood
from .time_grammar import words


def governing_verb(span: Span) -> Token | None:
    """The verb whose clause the span belongs to."""
    node = span.root
    for _ in range(10):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _finite_clause_verb(verb: Token) -> Token:
    """A bare participle that modifies a noun or a clause ("the year ended June 30", "troops,
    deployed on Feb. 2, ...") has no tense of its own: the clause it hangs from gives it."""
    for _ in range(4):
        if (verb.dep_ not in ("acl", "advcl") or verb.tag_ not in ("VBN", "VBG")
                or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
                or (verb.lemma_.lower() in words().future_cues and _looks_ahead(verb))):
            return verb  # "the talks scheduled for Monday" look ahead; "a high set on Aug. 6"
        head = governing_verb(verb.doc[verb.head.i:verb.head.i + 1])
        if head is None or head.i == verb.i:
            return verb
        verb = head
    return verb


def _said_when(verb: Token, span: Span) -> Token:
    """"The bank said on Wednesday it would raise rates": a time between a verb and the start
    of its complement clause is when the verb's act happened, though the parser may hang it in
    the complement."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX"):
        return verb
    if head.i >= span.start:
        return verb
    first = min([c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "mark", "expl")]
                or [verb.i])
    return head if span.end <= first else verb


def _looks_ahead(verb: Token) -> bool:
    """A cue verb ("scheduled", "set", "expected", "planned") points ahead only with what it
    points at: "set for Thursday", "expected to arrive", "due on Monday"; a plain "the price
    was set Monday" is told in its own tense."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "the agency forecast on Monday that ...": when it was said
    if verb.tag_ in ("VB", "VBZ", "VBP") and verb.lemma_.lower() != "set":
        return True
    ahead = _clause_words("looks_ahead_prepositions")
    fixture = verb.dep_ == "acl" and verb.head.lemma_.lower() in _clause_words("fixture_nouns")
    if verb.lemma_.lower() == "set" and not fixture:
        ahead = ahead - {"on", "by"}  # "a record high set on Aug. 6": when it was set; "the
        # election set on Oct. 15" is the day it is set for
    elif _present_form(verb):  # "the closing is expected in December"; "was set in March" is
        ahead = ahead | _clause_words("looks_ahead_present_prepositions")  # when it was set
        if any(c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") or (
                c.dep_ == "agent" and c.lower_ == "by") for c in verb.children):
            return True  # "results are expected early Wednesday", "… are expected by Monday"
            # (the parser's "by" of an agent)
    return any(c.dep_ == "xcomp" or (c.dep_ in ("prep", "dative") and c.lower_ in ahead)
               for c in verb.children)


#: The mood of a plan made in the past ("promised to visit in March"): the nearest instance.
NEAR = "near"
#: A date something falls due on, told in the past: the coming instance if it is at most
#: WINDOWS[SOON] days ahead, else the past one. The same for a date awaited from a past day
#: ("ahead of the Nov. 5 election": AWAITED) and one a day off ("on the eve of": EVE).
SOON = "soon"
AWAITED = "awaited"
EVE = "eve"
AWAITED_BEFORE = "awaited_before"  # from a past before the past ("had massed ahead of")
#: A weekday a plan told in the past set ("was set to begin on Monday"): the coming one, save
#: the day before the anchor (a story of the day after tells yesterday's schedule).
PLANNED = "planned"
TAKES_EFFECT = "takes_effect"
#: An event named by its holiday or weekday that was called off ("the Anzac Day march has been
#: cancelled"): a holiday's coming instance within :data:`CALLED_OFF_DAYS`, else the nearest;
#: a weekday's nearest instance (time_resolve_relative.resolve_weekday).
CALLED_OFF = "called_off"
CALLED_OFF_DAYS = 62
WINDOWS = {SOON: 62, AWAITED: 150, EVE: 14, AWAITED_BEFORE: 31, TAKES_EFFECT: 240}


def _clause_words(name: str) -> frozenset[str]:
    """A word list of ``times.json``'s "clause_words"."""
    return words().clause[name]


def clause_mood(span: Span | None, fixtures: bool = False) -> str | None:
    """"future", "past", "present", :data:`NEAR` (pick the nearest instance) or None (unknown)
    for the clause holding ``span``. With ``fixtures``, a calendar date that dates an event
    fixed on the calendar is awaited (see :func:`_fixture_window`); a weekday is not ("a
    debate on Saturday", told in the past, is last Saturday's)."""
    if span is None or len(span) == 0:
        return None
    if span.start >= 3 and span.doc[span.start - 1].lower_ in ("through", "to", "until",
                                                               "till", "thru") \
            and FROM_NOW_TO.search(span.doc[span.start - 5:span.start].text):
        return "future"  # "from today through Nov. 17": a stretch that starts now
    verb = governing_verb(span)
    if verb is None:
        if _headline_timetable(span) or _mistagged_timetable(span):
            return "future"
        return NEAR if _falls_due(span) else None
    verb = _said_when(verb, span)
    if called_off(span):
        return CALLED_OFF
    clause = _finite_clause_verb(verb)
    mood = _mood_of_clause(clause)
    if mood == NEAR and _weekday_promised(span, clause):
        return "future"
    if mood == NEAR and _weekday_planned(span, clause):
        return PLANNED
    if mood == "past" and _perfect_for_fixture(span, verb):
        return "future"  # "has named its side for Saturday's Test": the coming Saturday
    due = _falls_due(span)
    if due:
        if mood == "past" and due in _clause_words("takes_effect_adjectives") \
                and _falls_due_on_verb(span):
            # "was named chief executive, effective Jan. 1": a change takes effect after it is
            # announced, within some months; a date long ahead is the past one ("effective
            # Jan. 1", told on Jan. 3)
            return f"{AWAITED}:{WINDOWS[TAKES_EFFECT]}"
        if mood != "past" or clause.lemma_.lower() in _clause_words("falls_due_verbs"):
            return NEAR  # "a dividend payable Dec. 15" declared, "bonds due Dec. 1 are sold"
        if _missed(clause):
            return "past"  # "the company missed a payment due Nov. 5"
        return SOON  # "a payment due Nov. 15 worried investors"; "payments due in January
        # were missed" (written in October) stays past
    ahead = points_ahead(span, verb, clause, mood)
    if ahead is not None:
        return ahead
    if mood == "past":
        awaited = _awaited(span)
        if awaited is not None and _past_perfect(clause):
            return AWAITED_BEFORE  # "had stockpiled ballots ahead of the Nov. 5 election"
        if awaited is not None:  # "ads flooded TV ahead of the Nov. 5 election"
            return EVE if awaited.startswith("eve") else AWAITED
    set_for = _set_for(span, verb)
    if mood == "past" and verb.dep_ != "acl" and _set_ahead(span, verb) \
            and not _past_perfect(clause):
        # "the talks were postponed until Dec. 3", "has set Nov. 10 as the deadline": set at
        # some recent moment for a date that may still be ahead: the nearest one ("had
        # called an election for March 3, which it won" stays past)
        return NEAR
    if mood == "future" and clause is not verb and verb.tag_ == "VBN" and not set_for:
        return "past"  # "the deal negotiated in December can help": done before
    if verb.dep_ == "acl" and set_for and (
            mood in ("present", None) or (
                mood == "past" and clause is not verb
                and clause.lemma_.lower() in _clause_words("not_happened_verbs"))):
        # "the vote slated for Monday is a test", "… was delayed": ahead ("… went ahead" stays
        # past)
        return "future"
    if mood == "present" and clause is not verb and verb.tag_ == "VBN" and verb.dep_ == "acl" \
            and not set_for:
        # "the photos taken Monday show the damage": taken before; "the talks planned for
        # Monday", "the vote slated for Monday", "adjourned until Monday" still look ahead
        ahead = verb.lemma_.lower() in words().future_cues and _looks_ahead(verb)
        return "future" if ahead else "past"
    if mood == "future" and _possibility_only(clause) and _under_a_noun(span, verb):
        return NEAR  # "the fire may be linked to a blast in January": the blast is dated
    if mood == "present" and clause is verb and (_timetable(span, verb)
                                                 or _fixture_is_on(span, verb)):
        return "future"  # "elections take place in October", "the talks resume in March",
        # "the election is on Nov. 4"
    if mood in ("present", None) and clause is verb and _on_condition(verb):
        return "future"  # "the union strikes on Tuesday unless a deal is reached"
    if mood == "future" and _reported_period(span, verb):
        return NEAR  # "the data for January will be published next week": a month past
    if (mood in ("present", None) or (mood == "past" and (
            _mentions_a_plan(clause) or _next_of_a_month(span)))) and _planned_for(span):
        return "future"  # "the next meeting in November", "a warning for Monday", "she noted
        # a planned rally on Saturday": ahead (not a told past: "the expected announcement on
        # Monday never came", "police broke up the planned protest on Sunday")
    window = _fixture_window(span, mood) if fixtures and mood in ("past", None) else None
    if window is not None:
        # "came days before the Iowa caucuses on Feb. 1", "prepared for the March 3 summit":
        # the date of an event on the calendar, which the clause's tense does not time
        if mood == "past" and _past_perfect(clause):
            window = min(window, WINDOWS[AWAITED_BEFORE])
        return f"{AWAITED}:{window}"
    return mood


def _holiday_or_weekday(span: Span) -> bool:
    """Is the span a weekday ("Sunday") or a holiday of the lexicon ("Anzac Day", "Easter")?"""
    w = words()
    if len(span) == 1 and span.root.lower_ in w.weekdays:
        return True
    key = " ".join(span.text.lower().replace("\u2019", "'").split())
    key = w.holiday_aliases.get(key, key)
    return any(key in table for table in (w.holidays, w.easter_feasts, w.weekday_holidays,
                                          w.dated_holidays, w.reckoned_holidays))


def _verb_with_particle(verb: Token) -> str:
    """"call off", "put off", "cancel": the verb's lemma with its particle, if any."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles[:1]])


def called_off(span: Span) -> bool:
    """Is the span a holiday or a weekday naming an event that a past or present perfect
    clause calls off ("the Anzac Day march has been cancelled", "Sunday's parade was called
    off", "organisers postponed the Easter procession")? News tells a cancellation before the
    day, or the day after. Only the event called off counts: the subject of the passive or
    the object of the active verb, never what caused the change ("Monday's strike postponed
    the vote"). Not where the event or the act has a time of its own ("last year's Anzac Day
    march was cancelled", "the Thanksgiving parade was cancelled last year"), nor a plan or a
    past before the past ("will be cancelled", "had been postponed")."""
    verb = called_off_verb(span)
    if verb is None:
        return False
    noun = _dated_noun(span)
    own = range(span.start, span.end)
    dating = words().clause["called_off_time_words"]
    if noun is None or any(t.i not in own and (t.ent_type_ in ("DATE", "TIME")
                                               or t.lower_ in dating) for t in noun.subtree):
        return False
    return not _dated_other_than(verb, noun, moved_to_prepositions()) \
        and not _past_told_after(verb)


def moved_to_prepositions() -> frozenset[str]:
    """Prepositions that give an event its new day ("postponed until Thursday", "to April")."""
    return _clause_words("set_for_prepositions") | {"to"}


def called_off_verb(span: Span) -> Token | None:
    """The verb that calls off the event a holiday or weekday names ("[cancelled] Saturday's
    concert", "Sunday's parade was [called] off"), in the simple past or present perfect."""
    if not _holiday_or_weekday(span):
        return None
    noun = _dated_noun(span)
    if noun is None or noun.dep_ not in ("nsubjpass", "dobj"):
        return None
    verb = noun.head
    if verb.tag_ not in ("VBD", "VBN") \
            or _verb_with_particle(verb) not in _clause_words("called_off_verbs"):
        return None
    if _past_perfect(verb) or any(a.tag_ == "MD" for a in _auxiliaries(verb)):
        return None
    return verb


def _past_told_after(verb: Token) -> bool:
    """Does the sentence go on to tell a past act ("Thursday's meeting was cancelled, and the
    board met on Friday instead")? Then the day may be gone: no coming instance."""
    speech = lexicon.words("speech_verbs.txt")
    return any(t.tag_ == "VBD" and t.dep_ != "auxpass" and t.lemma_.lower() not in speech
               for t in verb.doc[verb.i + 1:verb.sent.end])


def _dated_other_than(verb: Token, skip: Token, moved_to: frozenset[str]) -> bool:
    """Does the verb carry a time of its own other than in ``skip`` and other than the new day
    it moves an event to ("was postponed until next month")?"""
    for child in verb.children:
        if child.i == skip.i or (child.dep_ == "prep" and child.lower_ in moved_to):
            continue
        if child.ent_type_ in ("DATE", "TIME") or any(
                g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
            return True
    return False


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
    if dated.i != clause.i or clause.lemma_.lower() not in _clause_words("appointment_verbs"):
        return False  # "vowed to fight on after the assault on Tuesday": the assault's day
    head = clause.head
    return (clause.dep_ == "xcomp" and head.i != clause.i
            and any(a.lower_ == "to" for a in clause.children if a.dep_ == "aux")
            and head.lemma_.lower() in words().prospective_verbs
            and head.lemma_.lower() not in words().future_cues  # "was expected to vote on
            # Tuesday, but …", "had been scheduled to expire on Monday": the plan's day is near
            and not _past_perfect(head)  # "had agreed to meet on Monday": before the past
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
            and not _past_perfect(head) and not _but_after(head)
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
    nouns = _clause_words("fixture_nouns") | _clause_words("contest_nouns")
    if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
        return False
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i != verb.i:
        return False
    return any(a.lower_ in ("has", "have", "'s", "'ve") and a.dep_ == "aux"
               for a in verb.children) and verb.tag_ == "VBN"


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
    return any(form in (v, v + "s", v + "es") for v in _clause_words("timetable_verbs"))


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
    verbs = _clause_words("timetable_verbs") | _clause_words("timetable_more_verbs")
    return any(form in (v, v + "s", v + "es") for v in verbs)


def _names_a_day(span: Span) -> bool:
    """Is the span a weekday, a holiday or a day of a month ("Sunday", "Easter", "March 20",
    "the 20th of March")?"""
    if _holiday_or_weekday(span) or any(t.lower_ in words().weekdays for t in span):
        return True
    has_month = any(t.lower_.rstrip(".") in words().months for t in span)
    return has_month and any(_day_number(t.lower_) for t in span)


def _day_number(word: str) -> bool:
    """Is the word a day of a month ("20", "20th", "1st")?"""
    digits = word[:-2] if word[-2:] in ("st", "nd", "rd", "th") else word
    return digits.isdigit() and len(digits) <= 2 and 1 <= int(digits) <= 31


def _mistagged_timetable(span: Span) -> bool:
    """Has the parser read a present-tense verb of a timetable as a noun, adjective or adverb
    ("Applications open on Monday", "Nominations close on Friday", "Real Madrid host Barcelona
    on Sunday")? The word stands between a noun phrase that can be its subject and the time,
    and the sentence has no verb of its own: the timetable reading, as in "polls close on
    Thursday", looks ahead. "Monday's applications were rejected" has a verb and is told.
    Only a day (a weekday, a holiday, a day of a month): a data headline names a month or a
    year just gone ("US housing starts in March", "Court rules on abortion pill in June")."""
    if not span.doc.has_annotation("DEP") or not _names_a_day(span):
        return False  # no parse, no sentences (a blank pipeline); or no day
    sent = span.sent
    if span.start - sent.start < 2 or any(
            t.pos_ in ("VERB", "AUX") for t in sent if t.i < span.start or t.i >= span.end):
        return False
    for word in sent.doc[sent.start + 1:span.start]:
        if word.pos_ in ("VERB", "AUX") or not _timetable_form(word):
            continue
        subject = sent.doc[sent.start:word.i]
        between = sent.doc[word.i + 1:span.start]
        if len(subject) > MISTAGGED_REACH or len(between) > MISTAGGED_REACH:
            continue
        if (subject[-1].pos_ not in ("NOUN", "PROPN")
                and subject[-1].ent_type_ not in NAME_SUBJECT_LABELS) \
                or any(t.pos_ not in SUBJECT_POS for t in subject) \
                or any(t.pos_ not in BETWEEN_POS for t in between):
            continue
        return True
    return False


def _dated_noun(span: Span) -> Token | None:
    """The noun the time dates: "the [Nov. 8] election", "the caucuses [on Feb. 1]"."""
    root = span.root
    head = root.head
    if head.i == root.i:
        return None
    if root.dep_ == "pobj" and head.dep_ == "prep" \
            and head.lower_ in _clause_words("fixture_date_prepositions"):
        head = head.head
    elif root.dep_ not in ("compound", "nmod", "npadvmod", "nummod", "amod", "poss"):
        return None
    return head if head.pos_ in ("NOUN", "PROPN") and head.i not in range(span.start, span.end) \
        else None


def _mentions_a_plan(verb: Token) -> bool:
    """Is the past verb one that speaks of a plan rather than tells its outcome ("noted",
    "discussed", "issued", "announced")?"""
    return verb.lemma_.lower() in _clause_words("plan_mention_verbs")


def _planned_for(span: Span) -> bool:
    """Does the time date a noun that its own words put ahead, whatever the clause's tense:
    "the next meeting in November", "the upcoming vote on Thursday", "the planned strike on
    Friday", "a weather warning for Monday and Tuesday"? Not "the meeting in November" (told
    in its clause's tense) nor "last year's planned summit" (a year that dates it)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "for Monday and Tuesday": the second day shares the first's noun
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" \
            or prep.lower_ not in _clause_words("fixture_date_prepositions"):
        return False
    noun = prep.head
    before = span.doc[prep.i - 1] if prep.i > 0 else noun
    if noun.pos_ in ("VERB", "AUX") and before.head.i == noun.i and before.pos_ == "NOUN":
        noun = before  # "discussed the forthcoming summit in July": the parser's verb
    if prep.lower_ == "for" and (noun.lower_ in _clause_words("forecast_nouns")
                                 or noun.lemma_.lower() in _clause_words("forecast_nouns")):
        return True  # "a warning for Monday" (also where the noun is tagged as a verb)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in range(span.start, span.end):
        return False
    if any(c.ent_type_ in ("DATE", "TIME") for c in noun.children if c.dep_ == "poss"):
        return False
    return any(c.dep_ in ("amod", "compound", "advmod") and c.i < noun.i
               and c.lower_ in _clause_words("plan_adjectives") for c in noun.children)


def _next_of_a_month(span: Span) -> bool:
    """Is the time a month name dating a noun that "next", "upcoming" or "coming" puts ahead
    ("a cut at the next meeting in November", told in the past: the next November)?"""
    if span[0].lower_.rstrip(".") not in words().months:
        return False
    prep = span.root.head
    noun = prep.head if span.root.dep_ == "pobj" else None
    return noun is not None and any(
        c.dep_ in ("amod", "compound", "advmod") and c.i < noun.i
        and c.lower_ in _clause_words("ahead_adjectives") for c in noun.children)


def _fixture_window(span: Span, mood: str | None) -> int | None:
    """How many days ahead a date may lie that dates an event fixed on the calendar (an
    election, a summit, a deadline) which the clause mentions without telling it, or None where
    the clause tells it. With no tense to go by, any such date is awaited. In a past clause only
    where the words look ahead to the event: "came days before the caucuses on Feb. 1" (within
    that gap), "prepared for the March 3 summit", "looking to the Feb. 20 primary", "in
    anticipation of the June 7 primary", "the Dec. 28 meeting was scheduled"; not "won the March
    3 election", "the results of the Sept. 23 vote", "rallied outside the Aug. 4 hearing",
    "a deal reached at talks in July"."""
    noun = _dated_noun(span)
    if noun is None or (noun.lemma_.lower() not in _clause_words("fixture_nouns")
                        and noun.lower_ not in _clause_words("fixture_nouns")):
        return None
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if mood is None:
        return WINDOWS[AWAITED]
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "dative"):
        if head.lemma_.lower() in _clause_words("set_ahead_verbs"):
            return WINDOWS[AWAITED]  # "the Dec. 28 meeting was scheduled two weeks ago"
        told = head.tag_ in ("VBD", "VBN") or _told_past(head) or any(
            c.lower_ == "to" and c.dep_ == "aux" for c in head.children)
        return None if told else WINDOWS[AWAITED]  # "teeing up the November showdown"
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return None
    if head.lower_ == "of":
        ahead = head.head.lemma_.lower() in _clause_words("fixture_forward_nouns")
        return WINDOWS[AWAITED] if ahead else None  # "in anticipation of the June 7 primary"
    if head.lower_ not in _clause_words("fixture_ahead_prepositions"):
        return None
    gap = _gap_days(head)
    return WINDOWS[AWAITED] if gap is None else gap + 2  # "a week before the vote on Oct. 2"


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


#: The start of a stretch from now ("from today through", "from now until").
FROM_NOW_TO = re.compile(r"\b(?i:from)\s+(?i:today|now|tomorrow)\s+(?i:through|to|until|till|"
                         r"thru)\s*$")


def _set_for(span: Span, verb: Token) -> bool:
    """Is the time what a verb of setting sets something for ("called for Sunday", "slated
    for Monday", "adjourned until Monday"), not when it was done ("counted through Monday")?"""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _clause_words("set_for_prepositions") \
        and (verb.lemma_.lower() in _clause_words("set_for_verbs")
             or verb.lower_ in _clause_words("set_for_verbs"))


def _set_ahead(span: Span, verb: Token) -> bool:
    """Is the time one a verb of scheduling sets a thing for ("postponed until Dec. 3",
    "called an election for March 3", "set Nov. 10 as the deadline"), rather than how long
    an act went on ("pushed on through Thursday", "extended until March") or when it was done
    ("set Thursday as part of the deal")?"""
    lemma = verb.lemma_.lower()
    sets = _clause_words("set_ahead_verbs")
    schedules = lemma in sets or verb.lower_ in sets
    reschedules = lemma in _clause_words("reschedule_verbs")
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
        return root.head.lower_ in _clause_words("set_ahead_prepositions")
    return root.dep_ in ("npadvmod", "dobj") and root.head.i == verb.i and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _clause_words("set_as_nouns")
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


def _awaited(span: Span) -> str | None:
    """The phrase of waiting ("ahead of", "in the run-up to", "eve of") right before the time or
    the words that open its noun phrase; None where there is none."""
    # the few tokens before the span (Doc.text is rebuilt from every token on each access)
    before = " ".join(span.doc[max(0, span.start - 10):span.start].text.lower().split())
    trimmed = AWAITED_DETERMINERS.sub("", before)
    for phrase in words().clause["ahead_phrases"]:
        if before.endswith(phrase) or trimmed.endswith(phrase):
            return phrase
    return None


def _missed(verb: Token) -> bool:
    """Does the clause say a due date went by ("missed a payment due Nov. 5", "defaulted on
    bonds due Nov. 20", "rent due Nov. 1 went unpaid")?"""
    return verb.lemma_.lower() in _clause_words("missed_due_verbs") or any(
        c.lower_ in _clause_words("missed_due_verbs") and c.dep_ in ("acomp", "oprd", "advmod")
        for c in verb.children)


def _past_perfect(verb: Token) -> bool:
    """"had called", "had been set": a past before the past."""
    return any(a.lower_ == "had" for a in _auxiliaries(verb))


def _falls_due(span: Span) -> str:
    """The adjective by which the time says when something falls due or takes effect, which
    qualifies a noun or a clause ("a dividend payable Dec. 15", "notes due 2030", "named
    chief, effective Jan. 1"), or "". A clause's own "was due" keeps its tense."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if span.start >= 2 and span.doc[span.start - 2].lower_ == "of" \
            and span.doc[span.start - 1].lower_ == "record":
        return "record"  # "to holders of record Nov. 10": the record date of a payout
    if head.i != root.i and head.pos_ == "ADJ" \
            and head.dep_ in ("amod", "appos", "advcl", "oprd") \
            and (head.lower_ in _clause_words("falls_due_adjectives")
                 or head.lower_ in _clause_words("takes_effect_adjectives")):
        return head.lower_
    return ""


def _falls_due_on_verb(span: Span) -> bool:
    """Does the adjective of :func:`_falls_due` hang from the clause's verb ("named him chief,
    effective Jan. 1") rather than from a noun ("the price cap, effective Jan. 1, was lifted":
    a rule already in force)?"""
    root = span.root
    head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    return head.dep_ in ("advcl", "oprd")


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
    if mood == "future" and _advised(clause) and _dates_a_noun(span, verb):
        return NEAR  # "should get a boost from the win Tuesday": the win is dated
    if mood not in ("past", "present", None):
        return None
    if mood != "past" and (_subordinate_ahead(verb) or _due_now(span, clause)
                           or (clause is verb and _present_timetable(span, verb))
                           or _awaited_now(span, clause)):
        return "future"
    until = _until_of(span) or _until_before(span)
    if until is not None and not _habit(clause):
        if _in_force_now(clause) and not _past_perfect(clause):
            return "future"  # "the park remains closed until March", "have closed … until"
        if mood == "past" and _imposed(until, verb, clause) and not _past_perfect(clause) \
                and _nothing_after(span, until):
            return _coming(span, IN_FORCE_DAYS)
    if (_listed_for(span) or (mood == "past" and verb.dep_ != "acl" and _set_ahead(span, verb)
                              and not _past_perfect(clause))) and _nothing_after(span, None):
        return _coming(span, SET_AHEAD_DAYS)  # "adjourned the hearing till Monday"
    return None


def _coming(span: Span, days: int) -> str:
    """"future" for a weekday (the coming one is within the week), else the coming instance
    if it is at most ``days`` ahead, and the past one otherwise."""
    if any(t.lower_.rstrip(".") in words().weekdays for t in span):
        return "future"
    return f"{AWAITED}:{days}"


def _advised(verb: Token) -> bool:
    """Does a modal of advice or obligation ("should", "ought to") put the verb ahead, without
    a perfect "have" that looks back ("should have been filed")?"""
    advice = _clause_words("advice_modals")
    aux = _auxiliaries(verb)
    if any(a.lemma_ == "have" for a in aux):
        return False
    return any(a.lower_ in advice for a in aux) or (
        verb.dep_ == "xcomp" and verb.head.lower_ in advice)


def _under_past_report(verb: Token) -> bool:
    """Is the verb's clause what was said at a past moment of its own ("the minister insisted
    in February that the troops should leave", "had said the economy should recover"), or
    what someone hoped, or what a later past event overtook ("investors thought the merger
    should close in June, but it collapsed")? A plain "the minister said" is the news itself:
    told as of publication."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "advcl") or head.i == verb.i:
        return False
    if _past_perfect(head):
        return True
    if head.tag_ != "VBD":
        return False
    speech = lexicon.words("speech_verbs.txt")
    if head.lemma_.lower() not in speech:
        return True  # "hoped", "feared"
    inside = {t.i for t in verb.subtree}
    if any(t.ent_type_ == "DATE" and t.i not in inside for t in head.subtree):
        return True  # "insisted in February that …"
    return any(t.tag_ == "VBD" and t.lemma_.lower() not in speech  # "…, but it collapsed":
               for t in verb.doc[verb.right_edge.i + 1:verb.sent.end])  # told as gone by


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
    return any(c.lower_ in _clause_words("habit_adverbs") or (
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
    active = verb.tag_ in ("VBZ", "VBP") and lemma in _clause_words("timetable_more_verbs")
    passive = _present_passive(verb) and lemma in _clause_words("timetable_passive_verbs")
    if not (active or passive) or _habit(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.dep_ in ("advcl", "relcl"):
        return False  # a clause of time is :func:`_subordinate_ahead`'s; "which fans celebrate
        # on the first Monday in May" may be a habit
    return _dates_own_act(span, verb)


def _subordinate_ahead(verb: Token) -> bool:
    """Is the verb that of a clause of time or condition in the present ("when the rankings
    are updated on Monday", "after the board meets on Tuesday") under a clause neither told in
    the past nor only possible ("could have 90% after the votes are counted Tuesday"): English
    puts such a clause about the future in the present."""
    if verb.dep_ != "advcl" or not _present_form(verb) or _habit(verb):
        return False
    marks = _clause_words("temporal_marks") | _clause_words("condition_marks")
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in marks and c.i < verb.i
               for c in verb.children):
        return False
    head = governing_verb(verb.doc[verb.head.i:verb.head.i + 1])
    return head is not None and head.i != verb.i and not _habit(head) \
        and not _possibility_only(head) and _mood_of_clause(head) != "past"


def _due_now(span: Span, clause: Token) -> bool:
    """"The payment is due by the end of March", "deliveries are due in early June": "due" in
    the present with the time of the verb or of "due" (not "due to a strike in March")."""
    if clause.lemma_ != "be" or clause.tag_ not in ("VBZ", "VBP"):
        return False
    due = next((c for c in clause.children if c.dep_ == "acomp"
                and c.lower_ in _clause_words("falls_due_adjectives")), None)
    if due is None or any(c.dep_ == "prep" and c.lower_ == "to" for c in due.children):
        return False
    return _span_dates_verb(span, clause) or _span_dates_verb(span, due)


def _awaited_now(span: Span, clause: Token) -> bool:
    """A wait told in the present or the progressive ("are knocking on doors ahead of the vote
    on Saturday", "investors are nervous ahead of the meeting in March"): the event is ahead."""
    if not _present_form(clause) or clause.tag_ == "MD" or _habit(clause):
        return False
    if _awaited(span) is not None or _fixture_window(span, "past") is not None:
        return True
    noun = _dated_noun(span) or _noun_before(span)  # "ahead of [the vote] on Saturday"
    if noun is None or noun.i >= span.start:
        return False
    left = noun.left_edge.i
    before = " ".join(span.doc[max(0, left - 6):left].text.lower().split())
    return any(before.endswith(phrase) for phrase in _clause_words("ahead_phrases"))


def _noun_before(span: Span) -> Token | None:
    """The noun right before the time's preposition ("the vote [on Saturday]"), which the
    parser may have hung from the verb instead."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.i < 1 or prep.lower_ not in _clause_words(
            "fixture_date_prepositions"):
        return None
    noun = span.doc[prep.i - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _until_of(span: Span) -> Token | None:
    """The "until" whose object the time is ("until Friday", "until 9am on Monday", "until 6
    a.m. Friday"), or None."""
    root = _clock_head(span)
    for _ in range(2):
        if root.dep_ == "pobj" and root.head.lower_ in _clause_words("until_words"):
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
    if clock.dep_ == "pobj" and clock.head.lower_ in _clause_words("until_words") \
            and clock.head.head.i == prep.head.i:
        return clock.head
    return None


def _in_force_now(verb: Token) -> bool:
    """Is a state told as holding now: the present ("remains closed", "are suspended", "is in
    place") or the present perfect ("have closed the bridge", "has been issued")?"""
    return (_present_form(verb) and verb.tag_ != "MD") or any(
        a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in _auxiliaries(verb))


def _imposed(until: Token, verb: Token, clause: Token) -> bool:
    """Was a state put in force until the time, by an act in the simple past ("issued an alert
    until …", "imposed a curfew until …", "ordered schools closed until …", "a curfew was
    imposed until …"); not a state that merely lasted ("the road was closed until Friday",
    "fighting continued until Monday")?"""
    nouns = _clause_words("in_force_nouns")
    imposers = _clause_words("impose_verbs")
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


def _nothing_after(span: Span, until: Token | None) -> bool:
    """No later past event follows the time in its sentence ("was closed until Friday, when
    crews reopened it"; a verb of saying is none), and the sentence names no other date it might
    be counted from (a day of this week is none: "on Wednesday adjourned the case until
    Monday")."""
    if not span.doc.has_annotation("DEP"):
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
            or act.lemma_.lower() in _clause_words("fixture_nouns")):
        return False
    prep = act.head
    lister = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "listed [the appeal] for"
    return prep.lower_ == "for" and lister.lemma_.lower() in _clause_words("listing_verbs") \
        and clause_mood_of_verb(lister) == "past" and not _past_perfect(lister)


def _possibility_only(verb: Token) -> bool:
    """Is the clause future only through a modal of possibility ("may", "could"), with no
    "will" and no verb of planning?"""
    aux = {a.lower_ for a in _auxiliaries(verb)}
    return bool(aux & _clause_words("possibility_modals")) and not (
        aux & _clause_words("firm_future") or verb.lemma_.lower() in words().future_cues)


def _reported_period(span: Span, verb: Token) -> bool:
    """Is the time the period a report covers, in a clause about publishing the report ("the
    data for January will be published", "figures for the third quarter will be released")?
    Such a period is over, or nearly, when the report is to come ("the inflation figure for
    December will stay below 2 percent" is a forecast)."""
    root = span.root
    prep = root.head
    return (_under_a_noun(span, verb) and prep.lower_ in ("for", "of")
            and verb.lemma_.lower() in _clause_words("publish_verbs")
            and (prep.head.lower_ in _clause_words("report_nouns")
                 or prep.head.lemma_.lower() in _clause_words("report_nouns")))


def _under_a_noun(span: Span, verb: Token) -> bool:
    """Is the time the object of a preposition that hangs from a noun ("a blast in January"),
    rather than of the verb ("win in January") or a noun's own modifier ("the January vote")?"""
    root = span.root
    prep = root.head
    return (root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i != verb.i
            and prep.head.pos_ in ("NOUN", "PROPN"))


def _mood_of_clause(verb: Token) -> str | None:
    """The mood of the finite clause headed by ``verb`` (see :func:`clause_mood`)."""
    cues = words().future_cues
    aux = _auxiliaries(verb)
    if any(a.lower_ in _clause_words("modal_perfect") for a in aux) and any(
            a.lemma_ == "have" for a in aux):
        return "past"  # "would have voted in March", "may have left on Monday": looking back
    if _advised(verb):
        return NEAR if _under_past_report(verb) else "future"  # "should reopen in May",
        # "ought to be finished by Friday"; "the ministry said in January that the port should
        # open in May": from a past moment, the nearest May
    if verb.lemma_.lower() in cues and _past_perfect(verb) and _looks_ahead(verb) \
            and not any(a.lower_ in cues or a.lemma_ in cues for a in aux):
        return NEAR  # "had expected full operations by the end of the month": from a past
        # moment, the nearest one
    if any(a.lower_ in cues or a.lemma_ in cues for a in aux) or (
        verb.lemma_.lower() in cues and _looks_ahead(verb)
    ):
        return "future"
    if verb.lemma_ == "be" and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children
    ):
        # "they are to travel on Wednesday"; "leaders were to meet on Friday" was planned from
        # some past moment: the nearest Friday, not a week ahead
        return NEAR if verb.tag_ == "VBD" else "future"
    if any(a.lower_ == "to" for a in aux) or verb.dep_ == "xcomp":
        if verb.tag_ == "VBN" and any(a.lower_ == "have" for a in aux):
            return "past"  # "is supposed to have left on Friday": done before now
        head = verb.head
        if head.i == verb.i:
            return "future"  # a headline's "Biden to visit Kyiv in March"
        if head.lower_ == "going" and head.tag_ == "VBG" and verb.dep_ == "xcomp":
            # "is going to be over in March"; "was going to visit in March": planned from a
            # past moment, the nearest March
            return NEAR if clause_mood_of_verb(head) == "past" else "future"
        for _ in range(4):  # "willing to skip class": the verb above the adjective
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        if head.lemma_ == "be" and verb.head.i == head.i:
            # "leaders were to meet on Friday": planned from a past moment
            return NEAR if head.tag_ == "VBD" else "future"
        # through an adjective ("is likely to", "strong enough to"), or under a verb of planning
        # or effort ("wants to", "is rushing to", "has to")
        ahead = (verb.head.i != head.i or head.lemma_ == "have"
                 or head.lemma_.lower() in words().prospective_verbs
                 or head.lemma_.lower() in _clause_words("effort_verbs"))
        if head.lemma_.lower() in cues and (_past_perfect(head) or (
                head.tag_ == "VBN" and (head.dep_ != "ccomp" or _but_after(head))
                and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in head.children))):
            # "had been scheduled to expire at midnight Friday", "the vote was expected on
            # Tuesday, but …": planned before, the nearest such day ("officials said the
            # minister was expected to arrive on Monday" still looks ahead)
            return NEAR
        if head.lemma_.lower() in cues or (_present_form(head) and ahead):
            # "wants to visit in March", "is likely to win", "has to decide by May"; not
            # "continues to insist", "seems to recall" (a present state)
            return "future"
        mood = clause_mood_of_verb(head)
        if mood == "past" and verb.head.pos_ == "ADJ" \
                and verb.head.lower_ in _clause_words("prospective_adjectives"):
            return NEAR  # "the rules were due to take effect on Feb. 1": planned from a past
            # moment, the nearest Feb. 1 (ahead in mid-January, gone by in March)
        mood = clause_mood_of_verb(head)
        if mood in ("past", None) and head.lemma_.lower() in words().prospective_verbs:
            return NEAR  # "invited him to speak in July": after the invitation, maybe still ahead
        plan = _plan_noun(verb.head) if mood in ("past", None) else None
        if plan is not None:
            # "announced plans to hold elections in October": the coming one within a window,
            # else the past one; an order or a decision looks less far ("issued an order to
            # mobilise in September", told in June, was last September's)
            return plan
        return mood
    mood = clause_mood_of_verb(verb)
    if mood in ("present", None) and _present_form(verb) and any(
            c.dep_ == "mark" and c.lower_ in _clause_words("condition_marks")
            for c in verb.children):
        return "future"  # "if she wins in November", "once it is signed on Monday"
    return mood


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
    return subject is not None and subject.lemma_.lower() in _clause_words("fixture_nouns")


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
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() not in _clause_words(
            "timetable_verbs") or any(c.dep_ == "neg" for c in verb.children):
        return False
    return span.root.dep_ != "poss" and _dates_own_act(span, verb)


def _dates_own_act(span: Span, verb: Token) -> bool:
    """Does the time date the verb's own act ("opens on Monday", "closes at 11 p.m. on
    Monday"), not a noun's ("Monday's vote"), and is the subject no story or report whose
    present is a narrative's ("the story begins in January")?"""
    if not _span_dates_verb(span, verb) or any(c.dep_ == "case" for c in span.root.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or subject.lemma_.lower() not in _clause_words("narrative_nouns")


def _on_condition(verb: Token) -> bool:
    """Does a clause of condition ("unless a deal is reached", "if talks fail") hang from a
    verb in the simple present: an act planned ahead, not a habit ("inflation usually rises
    in January if energy prices climb")?"""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "neg" for c in verb.children) \
        and not any(c.lower_ in _clause_words("habit_adverbs") for c in verb.children) \
        and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if")
                                          for m in c.children) for c in verb.children)


def _but_after(verb: Token) -> bool:
    """Does "but" and a failure follow the verb in its sentence ("the suspect was expected to
    appear on Monday but failed to show up", "… but the ceremony was cancelled"): the plan's
    time has come? ("… but gave no further details" is no failure.)"""
    rest = verb.doc[verb.i + 1:verb.sent.end]
    for k, token in enumerate(rest):
        if token.lower_ == "but":
            return any(t.lemma_.lower() in _clause_words("failed_verbs") or t.dep_ == "neg"
                       for t in rest[k + 1:k + 8])
    return False


def _plan_noun(noun: Token) -> str | None:
    """The mood an infinitive under a noun of planning or agreeing gives its time ("plans to
    visit", "an agreement to acquire", "a decision to withdraw"), or None: not under a noun an
    ordinal or superlative picks out ("the last soldier to leave"), and an order or decision
    that is its clause's subject was carried out ("the decision to withdraw in November
    angered hawks")."""
    if noun.pos_ != "NOUN" or any(c.tag_ in ("JJS", "RBS")
                                  or c.lower_ in ("first", "last", "only", "next")
                                  for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    if lemma in _clause_words("plan_nouns"):
        return AWAITED
    if lemma in _clause_words("order_nouns") and noun.dep_ not in ("nsubj", "nsubjpass"):
        return SOON
    return None


def _present_form(verb: Token) -> bool:
    """A present-tense verb: simple ("wins"), progressive ("is rushing"), passive ("is
    elected"), with "do" ("if he does not resign by Thursday") or a modal ("can")."""
    if verb.tag_ in ("VBZ", "VBP", "MD"):
        return True
    return verb.tag_ in ("VBN", "VBG", "VB") and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, less a negated "can"/"could"/"must" ("cannot trust", "can't say
    that in May" state a rule or a fact, not a plan; "may not reopen until January" still
    looks ahead)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")
           and not (c.text == "May" and verb.tag_ == "VBD")]  # "May said on Monday": a name
    if not aux and verb.dep_ == "conj" and verb.tag_ == "VB":
        # "would assume office in January and run in a special election in November": the
        # second verb shares the first one's auxiliaries
        aux = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" for c in verb.children):
        aux = [a for a in aux if a.lower_ not in _clause_words("negated_not_ahead")]
    return aux


def firm_future(span: Span | None) -> bool:
    """Does the clause say outright that it speaks of the future ("will", "shall", "'ll",
    "going to")? "can", "may" and "must" look ahead too, but may state a rule ("can accept in a
    year"), so a duration after "in" stays a duration there."""
    if span is None or len(span) == 0:
        return False
    verb = governing_verb(span)
    if verb is None:
        return False
    words_ = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(words_ & _clause_words("firm_future")) or verb.head.lower_ == "going"


def clause_mood_of_verb(verb: Token) -> str | None:
    """Past or present from the verb's tag and its auxiliaries."""
    aux = _auxiliaries(verb)
    cues = words().future_cues
    if any(a.lower_ in cues for a in aux):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
        return "past"
    if verb.tag_ == "VBN" and not aux and verb.dep_ == "ROOT":
        return "past"  # a main verb tagged VBN without auxiliaries is a mistagged past tense
    if _invariant_past(verb):
        return "past"  # "Weakness in tech stocks hurt the index on Friday"
    if verb.tag_ in ("VBZ", "VBP") and not any(a.tag_ == "VBN" for a in verb.children):
        return "present"
    return None


def _invariant_past(verb: Token) -> bool:
    """A verb tagged as a plural present (VBP) that is spelled as its past ("hurt", "cut")
    after a singular noun or third-person pronoun subject: the present would be "hurts", so it
    is past."""
    if verb.tag_ != "VBP" or verb.lower_ not in _clause_words("invariant_past_verbs"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.tag_ in ("NN", "NNP") or s.lower_ in ("he", "she", "it", "this", "that")
        for s in subjects)


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
