"""A bidding (an imperative, or "let's") for the times component: what it bids lies ahead of
when it was said ("Vote for us in November", "Let's beat them on Tuesday").

Split from :mod:`.time_mood`, whose :func:`~.time_mood.clause_mood` asks it first.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .time_called_off import names_a_weekday
from .time_clause import AWAITED, TAKES_EFFECT, WINDOWS, clause_word_list
from .time_direction import other_date

#: Prepositions by which a time dates the act bidden ("vote in November", "come back on
#: Friday", "file by May"; not "give them credit for Sunday").
BID_PREPOSITIONS = frozenset({"in", "on", "by", "until", "till", "before", "after", "at",
                              "through", "during", "over"})
#: Marks before a bidding that opens its quotation.
QUOTE_OPENERS = frozenset({":", "—", "–", "-", "“", '"', "‘", "'"})


def bidding(span: Span, verb: Token) -> str | None:
    """"future" where the time dates what a bidding bids; where a past report tells the bid,
    the coming month within some months (an awaited mood), a weekday left to the clause (the
    coming day then may have gone by: "“Come back on Friday,” she told him"); else None."""
    bid = _bid_verb(verb)
    if bid is None or not _dates_directly(span, verb) or when_after(span) or any(
            c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children):
        return None  # "blame the frost in March", "begin in March, when …": a time that may
        # date the thing named or a time told by what happened then
    if _told_past(bid):
        if other_date(span):
            return None  # "'Come back in June,' the doctor told her last year": told then
        # a bid told in the past: its month the coming one within some months of the telling
        # ("boomed: 'Let's beat her in November'"); its weekday, near the telling, has likely
        # gone by
        return None if names_a_weekday(span) else f"{AWAITED}:{WINDOWS[TAKES_EFFECT]}"
    return "future"


def _told_past(bid: Token) -> bool:
    """Does a past tense report the bid: a verb above it, or one after the quotation that
    holds it ("“Call me on Friday,” the agent said, and he did")?"""
    if any(a.tag_ in ("VBD", "VBN") for a in list(bid.ancestors)[:3]):
        return True
    closing = next((t.i for t in bid.sent if t.i > bid.i and t.is_quote), None)
    return closing is not None and any(t.tag_ == "VBD" for t in bid.doc[closing:bid.sent.end])


def _bid_verb(verb: Token) -> Token | None:
    """The verb that bids, where ``verb`` is a bidding: a bare verb opening its sentence or a
    quotation with no subject ("Vote in November", "Don't wait until May") or the verb after
    "let's"; not a bid to look back ("Remember the vote in March"), nor a participle opening
    a sentence ("Cut off by the floods in October, the village …")."""
    if verb.tag_ != "VB" or verb.lemma_.lower() in clause_word_list("looking_back_imperatives"):
        return None
    if verb.dep_ == "conj" and verb.head.i < verb.i and not any(
            c.dep_ in ("nsubj", "aux") for c in verb.children):
        return _bid_verb(verb.head)  # "Get out and vote on Tuesday"
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lower_ == "let" and verb.head.tag_ == "VB" \
            and any(c.dep_ == "nsubj" and c.lower_ in ("'s", "’s", "us") for c in verb.children):
        return verb.head if _opens_clause(verb.head, verb.head.dep_ != "ROOT") else None
    if verb.dep_ not in ("ROOT", "ccomp", "parataxis", "advcl") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "auxpass", "agent")
            for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ not in ("do", "don't", "n't") for c in verb.children):
        return None
    first = min((c for c in verb.children if c.dep_ in ("aux", "neg")), default=verb,
                key=lambda t: t.i)
    return verb if _opens_clause(first if first.i < verb.i else verb,
                                 verb.dep_ != "ROOT") else None


def _opens_clause(token: Token, quoted: bool) -> bool:
    """Does the word open its sentence or a quotation? With ``quoted`` (a bidding hung on
    another verb), only right after a quotation mark or a colon."""
    i = token.i - 1
    while i >= token.sent.start and (token.doc[i].is_quote or token.doc[i].lower_ == "please"):
        i -= 1  # "Please vote on Tuesday"
    if quoted:
        return i < token.i - 1 or (i >= token.sent.start and token.doc[i].text in QUOTE_OPENERS)
    return i < token.sent.start or token.doc[i].text in QUOTE_OPENERS


def _dates_directly(span: Span, verb: Token) -> bool:
    """Does the time date the bidden act itself ("vote [in November]", "come back [Friday]"),
    not a noun or a thing it is for ("give them credit for Sunday", "don't let Tuesday's loss
    define us")?"""
    root = span.root
    if root.dep_ == "pobj":
        prep = root.head
        return prep.head.i == verb.i and prep.lower_ in BID_PREPOSITIONS
    return root.dep_ in ("npadvmod", "tmod") and root.head.i == verb.i


def when_after(span: Span) -> bool:
    """Does ", when …" follow the time within a few words ("toward March again, when the
    deadline loomed"): a time told by what happened then?"""
    doc = span.doc
    return any(doc[k].lower_ == "when" and doc[k - 1].text == ","
               for k in range(span.end + 1, min(span.end + WHEN_REACH, len(doc))))


#: Words after a time within which ", when" tells what happened then.
WHEN_REACH = 5
