"""An event called off, for the times component.

Split from :mod:`.time_mood`: a holiday or a weekday that names an event which a past or present
perfect clause calls off ("the Anzac Day march has been cancelled", "Sunday's parade was called
off"), told before the day or the day after: :func:`.time_mood.clause_mood` gives such a time
the mood :data:`.time_clause.CALLED_OFF`, and :mod:`.time_sequence` counts a new day from it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .. import lexicon
from .time_clause import auxiliaries_of, clause_word_list, dated_noun, past_perfect
from .time_grammar import words


def holiday_or_weekday(span: Span) -> bool:
    """Is the span a weekday ("Sunday") or a holiday of the lexicon ("Anzac Day", "Easter")?"""
    w = words()
    if len(span) == 1 and span.root.lower_ in w.weekdays:
        return True
    key = " ".join(span.text.lower().replace("\u2019", "'").split())
    key = w.holiday_aliases.get(key, key)
    return any(key in table for table in (w.holidays, w.easter_feasts, w.weekday_holidays,
                                          w.dated_holidays, w.reckoned_holidays))


def names_a_weekday(span: Span) -> bool:
    """Does the span name a weekday ("Saturday", "Friday night", "Sat.")?"""
    return any(t.lower_.rstrip(".") in words().weekdays for t in span)


def names_a_month(span: Span) -> bool:
    """Does the span name a month ("August", "Sept.")?"""
    return any(t.lower_.rstrip(".") in words().months for t in span)


def names_a_day(span: Span) -> bool:
    """Is the span a weekday, a holiday or a day of a month ("Sunday", "Easter", "March 20",
    "the 20th of March")?"""
    if holiday_or_weekday(span) or names_a_weekday(span):
        return True
    return names_a_month(span) and any(day_number(t.lower_) for t in span)


def day_number(word: str) -> bool:
    """Is the word a day of a month ("20", "20th", "1st")?"""
    digits = word[:-2] if word[-2:] in ("st", "nd", "rd", "th") else word
    return digits.isdigit() and len(digits) <= 2 and 1 <= int(digits) <= 31


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
    noun = dated_noun(span)
    own = range(span.start, span.end)
    dating = words().clause["called_off_time_words"]
    if noun is None or any(t.i not in own and (t.ent_type_ in ("DATE", "TIME")
                                               or t.lower_ in dating) for t in noun.subtree):
        return False
    return not _dated_other_than(verb, noun, moved_to_prepositions()) \
        and not _past_told_after(verb)


def moved_to_prepositions() -> frozenset[str]:
    """Prepositions that give an event its new day ("postponed until Thursday", "to April")."""
    return clause_word_list("set_for_prepositions") | {"to"}


def called_off_verb(span: Span) -> Token | None:
    """The verb that calls off the event a holiday or weekday names ("[cancelled] Saturday's
    concert", "Sunday's parade was [called] off"), in the simple past or present perfect."""
    if not holiday_or_weekday(span):
        return None
    noun = dated_noun(span)
    if noun is None or noun.dep_ not in ("nsubjpass", "dobj"):
        return None
    verb = noun.head
    if verb.tag_ not in ("VBD", "VBN") \
            or _verb_with_particle(verb) not in clause_word_list("called_off_verbs"):
        return None
    if past_perfect(verb) or any(a.tag_ == "MD" for a in auxiliaries_of(verb)):
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
