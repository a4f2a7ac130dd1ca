"""The verb of a time's clause, its auxiliaries and its tense, for the times component.

Split from :mod:`.time_mood`: the primitives that its rules of mood, direction and calling off
share: the verb that governs a time (:func:`governing_verb`), its auxiliaries, a past perfect,
the noun a time dates, the tense a finite clause tells (:func:`clause_mood_of_verb`, "was
expected to meet", "should reopen", "had expected ... by"), and the moods of waiting
(:data:`NEAR`, :data:`AWAITED`, :data:`WINDOWS`, ...) that :func:`.time_mood.choose_instance`
reads.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .. import lexicon
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


def finite_clause_verb(verb: Token) -> Token:
    """A bare participle that modifies a noun or a clause ("the year ended June 30", "troops,
    deployed on Feb. 2, ...", "compared with 2.1% in the fourth quarter", "after expanding
    2.1% in the fourth quarter") has no tense of its own: the clause it hangs from gives it."""
    for _ in range(4):
        if (not _bare_participle_dep(verb) or verb.tag_ not in ("VBN", "VBG")
                or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
                or (verb.lemma_.lower() in words().future_cues and looks_ahead(verb))):
            return verb  # "the talks scheduled for Monday" look ahead; "a high set on Aug. 6"
        head = governing_verb(verb.doc[verb.head.i:verb.head.i + 1])
        if head is None or head.i == verb.i:
            return verb
        verb = head
    return verb


#: Prepositions before a gerund that time it from the clause it hangs from ("grew 1.2% after
#: expanding 2.1% in the fourth quarter"); not "in hopes of seeing them in the fall".
GERUND_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "upon", "following", "while"})


def _bare_participle_dep(verb: Token) -> bool:
    """Does the participle hang as a modifier whose tense its head gives: a clause or noun
    modifier, a participle read as a preposition ("compared with"), or a gerund after a
    preposition of time?"""
    if verb.dep_ in ("acl", "advcl"):
        return True
    if verb.dep_ == "prep":
        # "compared with 2.1% in the fourth quarter", "will air beginning Friday", "starting
        # Monday" (not "will act following Monday's announcement": that announcement is past)
        return verb.tag_ == "VBN" or (
            verb.tag_ == "VBG" and verb.lemma_.lower() in ("begin", "start"))
    return verb.dep_ == "pcomp" and verb.head.lower_ in GERUND_TIME_PREPOSITIONS


def said_when_verb(verb: Token, span: Span) -> Token:
    """"The bank said on Wednesday it would raise rates": a time between a verb and the start
    of its complement clause is when the verb's act happened, though the parser may hang it in
    the complement."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX"):
        return verb
    if head.i >= span.start:
        return verb
    openers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "mark", "expl")]
    if any(c.is_ancestor(span.root) for c in openers) \
            and not any(t.lower_.rstrip(".") in words().weekdays for t in span):
        return verb  # "said third-quarter sales will fall": the time qualifies the subject
        # ("said Monday's ruling will make it easier" names a day's event, told as the saying)
    first = min([c.i for c in openers] or [verb.i])
    return head if span.end <= first else verb


def looks_ahead(verb: Token) -> bool:
    """A cue verb ("scheduled", "set", "expected", "planned") points ahead only with what it
    points at: "set for Thursday", "expected to arrive", "due on Monday"; a plain "the price
    was set Monday" is told in its own tense."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "the agency forecast on Monday that ...": when it was said
    if verb.tag_ in ("VB", "VBZ", "VBP") and verb.lemma_.lower() != "set" \
            and not _told_past(verb):
        return True  # not "less than it forecast in July": a past spelled as the present
    if verb.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ == "now"
                                  for c in verb.children):
        return True  # "with the first ferry now expected in the autumn": as things stand
    if verb.dep_ == "acl" and verb.lemma_.lower() != "set" and any(
            c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") for c in verb.children) \
            and verb.head.head.tag_ != "VBD":
        return True  # "a high tide expected this weekend will help"; not "the rain expected
        # Thursday never came"
    ahead = clause_word_list("looks_ahead_prepositions")
    fixture = verb.dep_ == "acl" and verb.head.lemma_.lower() in clause_word_list("fixture_nouns")
    if verb.lemma_.lower() == "set" and not fixture:
        ahead = ahead - {"on", "by"}  # "a record high set on Aug. 6": when it was set; "the
        # election set on Oct. 15" is the day it is set for
        if any(c.dep_ == "dobj" for c in verb.children):
            ahead = ahead & {"for"}  # "set the vote for Monday" plans; "set fire to cars on
            # Sunday" is told in its own tense
    elif present_form(verb):  # "the closing is expected in December"; "was set in March" is
        ahead = ahead | clause_word_list("looks_ahead_present_prepositions")  # when it was set
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
#: A weekday that an act told in the past was ahead of ("Ahead of Sunday's referendum, troops
#: patrolled the streets"): the instance the story already named, else the coming one.
AWAITED_DAY = "awaited_day"
TAKES_EFFECT = "takes_effect"
#: An event named by its holiday or weekday that was called off ("the Anzac Day march has been
#: cancelled"): a holiday's coming instance within :data:`CALLED_OFF_DAYS`, else the nearest;
#: a weekday's nearest instance (time_resolve_relative.resolve_weekday).
CALLED_OFF = "called_off"
CALLED_OFF_DAYS = 62
WINDOWS = {SOON: 62, AWAITED: 150, EVE: 14, AWAITED_BEFORE: 31, TAKES_EFFECT: 240}


def clause_word_list(name: str) -> frozenset[str]:
    """A word list of ``times.json``'s "clause_words"."""
    return words().clause[name]


def dated_noun(span: Span) -> Token | None:
    """The noun the time dates: "the [Nov. 8] election", "the caucuses [on Feb. 1]"."""
    root = span.root
    head = root.head
    if head.i == root.i:
        return None
    if root.dep_ == "pobj" and head.dep_ == "prep" \
            and head.lower_ in clause_word_list("fixture_date_prepositions"):
        head = head.head
    elif root.dep_ not in ("compound", "nmod", "npadvmod", "nummod", "amod", "poss"):
        return None
    return head if head.pos_ in ("NOUN", "PROPN") and head.i not in range(span.start, span.end) \
        else None


def past_perfect(verb: Token) -> bool:
    """"had called", "had been set": a past before the past."""
    return any(a.lower_ == "had" for a in auxiliaries_of(verb))


def present_perfect(verb: Token) -> bool:
    """"has risen", "have cut": a past that reaches up to now."""
    return any(a.dep_ == "aux" and a.lower_ in ("has", "have", "'s", "'ve")
               for a in verb.children)


def advised(verb: Token) -> bool:
    """Does a modal of advice or obligation ("should", "ought to") put the verb ahead, without
    a perfect "have" that looks back ("should have been filed")?"""
    advice = clause_word_list("advice_modals")
    aux = auxiliaries_of(verb)
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
    if past_perfect(head):
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


def possibility_only(verb: Token) -> bool:
    """Is the clause future only through a modal of possibility ("may", "could"), with no
    "will" and no verb of planning?"""
    aux = {a.lower_ for a in auxiliaries_of(verb)}
    return bool(aux & clause_word_list("possibility_modals")) and not (
        aux & clause_word_list("firm_future") or verb.lemma_.lower() in words().future_cues)


#: Entity labels of a headline's subject that the tagger may call a common noun ("Greece").
HEADLINE_SUBJECT_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})
#: Heads climbed from a gerund to the verb whose tense it shares.
GERUND_CLIMB = 5
#: Tags of finite verbs: a sentence with one is no verbless headline.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def mood_of_clause(verb: Token) -> str | None:
    """The mood of the finite clause headed by ``verb`` (see :func:`clause_mood`)."""
    cues = words().future_cues
    aux = auxiliaries_of(verb)
    if any(a.lower_ in clause_word_list("modal_perfect") for a in aux) and any(
            a.lemma_ == "have" for a in aux):
        return "past"  # "would have voted in March", "may have left on Monday": looking back
    if advised(verb):
        return NEAR if _under_past_report(verb) else "future"  # "should reopen in May",
        # "ought to be finished by Friday"; "the ministry said in January that the port should
        # open in May": from a past moment, the nearest May
    if verb.lemma_.lower() in cues and past_perfect(verb) and looks_ahead(verb) \
            and not any(a.lower_ in cues or a.lemma_ in cues for a in aux):
        return NEAR  # "had expected full operations by the end of the month": from a past
        # moment, the nearest one
    if any(a.lower_ in cues or a.lemma_ in cues for a in aux) or (
        verb.lemma_.lower() in cues and looks_ahead(verb)
    ):
        return "future"
    if verb.lemma_ == "be" and any(_due_somewhere(c) for c in verb.children) \
            and not but_after(verb):
        # "the envoy was due in Belgrade on Thursday": an arrival planned ("was due to
        # arrive" goes through the infinitive below; "was due on Monday but …" stays told)
        return NEAR if verb.tag_ == "VBD" else "future"
    if verb.lemma_ == "be" and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children
    ):
        # "they are to travel on Wednesday"; "leaders were to meet on Friday" was planned from
        # some past moment: the nearest Friday, not a week ahead
        return NEAR if verb.tag_ == "VBD" else "future"
    if any(a.lower_ == "to" for a in aux) or (verb.dep_ == "xcomp" and verb.tag_ != "VBD"):
        # a past-tense form hung as a complement is finite, told in its own tense ("a man who
        # they say [robbed] two banks Wednesday morning")
        if verb.tag_ == "VBN" and any(a.lower_ == "have" for a in aux):
            return "past"  # "is supposed to have left on Friday": done before now
        head = verb.head
        if head.i == verb.i or _headline_infinitive(verb):
            return "future"  # a headline's "Biden to visit Kyiv in March", also where the
            # parser hung the infinitive on the name ("Obama to visit Canada in April")
        if verb.dep_ in ("csubj", "csubjpass"):
            mood = mood_of_clause(head)
            return None if mood == "present" else mood  # "To go from a sequence in January
            # to a vaccine is remarkable": an infinitive as subject names an act, no plan;
            # "To win in May would be a dream" looks ahead with its clause
        if (head.lower_ == "with" and verb.dep_ == "pcomp") or (
                verb.dep_ in ("relcl", "acl") and head.dep_ == "pobj"
                and head.head.lower_ == "with"):
            return "future"  # "with draft laws to be published by January": a plan
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
                 or head.lemma_.lower() in clause_word_list("effort_verbs"))
        if head.lemma_.lower() in cues and (past_perfect(head) or (
                head.tag_ == "VBN" and (head.dep_ != "ccomp" or but_after(head))
                and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in head.children))):
            # "had been scheduled to expire at midnight Friday", "the vote was expected on
            # Tuesday, but …": planned before, the nearest such day ("officials said the
            # minister was expected to arrive on Monday" still looks ahead); a plan that
            # failed ("were supposed to withdraw by March, but they stayed") had its time
            return "past" if _but_then_past(head) and head.dep_ != "ccomp" else NEAR
        if head.lemma_.lower() in cues or (present_form(head) and ahead):
            # "wants to visit in March", "is likely to win", "has to decide by May"; not
            # "continues to insist", "seems to recall" (a present state)
            return "future"
        mood = clause_mood_of_verb(head)
        if mood == "past" and verb.head.pos_ == "ADJ" \
                and verb.head.lower_ in clause_word_list("prospective_adjectives"):
            return NEAR  # "the rules were due to take effect on Feb. 1": planned from a past
            # moment, the nearest Feb. 1 (ahead in mid-January, gone by in March)
        if mood in ("past", None) and head.lemma_.lower() in words().prospective_verbs:
            return NEAR  # "invited him to speak in July": after the invitation, maybe still ahead
        if mood is None and head.dep_ == "xcomp" and head.tag_ in ("VB", "VBG") \
                and head.head.i != head.i:
            # "agreed to begin shrinking it in March", "plans to start building in June": an
            # infinitive or gerund has no tense of its own; the chain's first verb times it
            return mood_of_clause(head)
        plan = _plan_noun(verb.head) if mood in ("past", None) else None
        if plan is not None:
            # "announced plans to hold elections in October": the coming one within a window,
            # else the past one; an order or a decision looks less far ("issued an order to
            # mobilise in September", told in June, was last September's)
            return plan
        return mood
    mood = clause_mood_of_verb(verb)
    if mood is None and _untensed_gerund(verb):
        above = _finite_above(verb)
        if above is not None and mood_of_clause(above) == "future":
            return "future"  # "will set out her plans for leaving the EU in a speech on
            # Tuesday": a gerund has no tense; the clause it hangs in looks ahead
    if mood in ("present", None) and present_form(verb) and any(
            c.dep_ == "mark" and (c.lower_ in clause_word_list("condition_marks") or as_soon_as(c))
            for c in verb.children):
        return "future"  # "if she wins in November", "once it is signed on Monday", "as soon
        # as the deal is signed in March"
    return mood


def _untensed_gerund(verb: Token) -> bool:
    """Is the verb a gerund with no auxiliary of its own ("for leaving", "before travelling")?"""
    return verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl", "acl") \
        and not auxiliaries_of(verb)


def _finite_above(verb: Token) -> Token | None:
    """The nearest verb above ``verb`` with a tense or a modal of its own, within a few steps."""
    token = verb
    for _ in range(GERUND_CLIMB):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and (token.tag_ in FINITE_TAGS or auxiliaries_of(token)):
            return token
    return None


def as_soon_as(mark: Token) -> bool:
    """Is the word the "as" that closes "as soon as" (a clause of time)?"""
    return mark.lower_ == "as" and mark.i > 0 and mark.doc[mark.i - 1].lower_ == "soon"


def _headline_infinitive(verb: Token) -> bool:
    """Is the infinitive a headline's "X to do Y": hung on the noun that heads its verbless
    sentence, right after it ("Obama to visit Canada in April", "Fed to meet Tuesday")?"""
    head = verb.head
    if head.dep_ != "ROOT" or head.i + 1 >= len(verb.doc) or any(
            c.dep_ == "det" for c in head.children) or not (
            head.pos_ == "PROPN" or head.ent_type_ in HEADLINE_SUBJECT_LABELS):
        return False  # "The decision to withdraw in May angered hawks", misparsed: no headline
    to = verb.doc[head.i + 1]
    return to.lower_ == "to" and to.head.i == verb.i and not any(
        t.tag_ in FINITE_TAGS for t in verb.sent)


def _due_somewhere(word: Token) -> bool:
    """ "due in Belgrade", "due back", "due home": "due" of an arrival at a place."""
    if word.dep_ != "acomp" or word.lower_ != "due":
        return False
    return any(g.lower_ in clause_word_list("due_arrival_adverbs") or (
        g.dep_ == "prep" and g.lower_ in ("in", "at")
        and any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in g.children))
        for g in word.children)


def but_after(verb: Token) -> bool:
    """Does "but" and a failure follow the verb in its sentence ("the suspect was expected to
    appear on Monday but failed to show up", "… but the ceremony was cancelled"): the plan's
    time has come? ("… but gave no further details" is no failure.)"""
    return any(t.lemma_.lower() in clause_word_list("failed_verbs") or t.dep_ == "neg"
               for t in _after_but(verb))


def _but_then_past(verb: Token) -> bool:
    """Does "but" and a verb in the past follow the verb in its sentence ("were supposed to
    withdraw by March, but they stayed", "… but it was cancelled"): the plan's time came?"""
    return any(t.tag_ == "VBD" for t in _after_but(verb))


def _after_but(verb: Token) -> Span:
    """The seven words after the first "but" that follows the verb in its sentence (none if
    there is no "but")."""
    doc = verb.doc
    for token in doc[verb.i + 1:verb.sent.end]:
        if token.lower_ == "but":
            return doc[token.i + 1:min(token.i + 8, verb.sent.end)]
    return doc[verb.i:verb.i]


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
    if lemma in clause_word_list("plan_nouns"):
        return AWAITED
    if lemma in clause_word_list("order_nouns") and noun.dep_ not in ("nsubj", "nsubjpass"):
        return SOON
    return None


def present_form(verb: Token) -> bool:
    """A present-tense verb: simple ("wins"), progressive ("is rushing"), passive ("is
    elected"), with "do" ("if he does not resign by Thursday") or a modal ("can")."""
    if verb.tag_ in ("VBZ", "VBP", "MD"):
        return not _told_past(verb)  # "than it forecast in July" is past
    return verb.tag_ in ("VBN", "VBG", "VB") and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def auxiliaries_of(verb: Token) -> list[Token]:
    """The verb's auxiliaries, less a negated "can"/"could"/"must" ("cannot trust", "can't say
    that in May" state a rule or a fact, not a plan; "may not reopen until January" still
    looks ahead)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")
           and not (c.text == "May" and verb.tag_ == "VBD")]  # "May said on Monday": a name
    if not aux and verb.dep_ == "conj" and verb.tag_ == "VB":
        # "would assume office in January and run in a special election in November": the
        # second verb shares the first one's auxiliaries
        aux = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
        head = verb.head
        if not aux and head.tag_ in ("VBD", "VBZ", "VBP") and head.dep_ == "advcl" \
                and head.head.tag_ == "VB":
            # "said Irma would weaken as it moved inland and reach Georgia by Monday": a bare
            # verb hung on the inner clause's past shares the outer verb's modal
            aux = [c for c in head.head.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" for c in verb.children):
        aux = [a for a in aux if a.lower_ not in clause_word_list("negated_not_ahead")]
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
    return bool(words_ & clause_word_list("firm_future")) or verb.head.lower_ == "going"


def clause_mood_of_verb(verb: Token) -> str | None:
    """Past or present from the verb's tag and its auxiliaries."""
    aux = auxiliaries_of(verb)
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
    if mistagged_present(verb):
        return "present"  # "The Winter Olympics … end on Sunday", tagged as a bare verb
    if verb.tag_ in ("VBZ", "VBP") and not any(a.tag_ == "VBN" and a.dep_ != "conj"
                                                for a in verb.children):
        return "present"
    return None


def mistagged_present(verb: Token) -> bool:
    """A main verb with a plural subject but no auxiliary that the tagger read as a bare
    infinitive (VB): a present ("The Olympics end on Sunday"); an imperative has no subject, and
    after a singular one the bare form is a past spelled alike ("her finish hurt her")."""
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" \
        and any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _told_past(verb: Token) -> bool:
    """A past spelled as the present whose time dates the act itself: no object stands
    between ("less than it forecast in July"; "it forecast further easing in December" dates
    the easing)."""
    return _invariant_past(verb) and not any(c.dep_ == "dobj" for c in verb.children)


def _invariant_past(verb: Token) -> bool:
    """A verb tagged as a plural present (VBP) that is spelled as its past ("hurt", "cut")
    after a singular noun or third-person pronoun subject: the present would be "hurts", so it
    is past."""
    if verb.tag_ != "VBP" or verb.lower_ not in clause_word_list("invariant_past_verbs"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.tag_ in ("NN", "NNP") or s.lower_ in ("he", "she", "it", "this", "that")
        for s in subjects)
