"""Find attributions in one sentence: cue, source phrase and content, from the parse.

Each finder looks at one construction of English attribution and yields :class:`Draft`
records of token and character ranges; :mod:`claimledger.nlp.claims` resolves them into
contract records. The constructions follow the PARC/PolNeAR notion of an attribution
relation (Pareti 2016; Newell et al. 2018): a cue (reporting verb, noun or phrase), a
source and a content, where the content may be direct, indirect or mixed speech.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span, Token

from .. import lexicon
from .claim_sources import doc_text, noun_phrase_after, noun_phrase_before, source_phrase

#: complement relations that hold what was said
_CONTENT_DEPS = frozenset({"ccomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})
_SAY_FORMS = frozenset({"say", "says", "said", "saying"})
_PUNCT_EDGE = " \t\r\n,;:—–-\"“”«»„"


@dataclass
class Draft:
    """One attribution before resolution. Token ranges are ``[start, end)``; content is chars."""

    cue: Token | None
    cue_range: tuple[int, int] | None
    source: tuple[int, int] | None
    content: tuple[int, int]
    kind: str
    quote: bool = False
    via: tuple[int, int] | None = None
    inherit: bool = False  # take the source (and time) of the claim this one continues
    hedges: list[str] = field(default_factory=list)
    sent_i: int = 0
    root: Token | None = None  # the head of the content clause, where the parse gives one
    referent: tuple[int, int] | None = None  # what a relative-pronoun source stands for


@dataclass(frozen=True)
class CueWords:
    """The lexicon a cue finder needs, loaded once per component."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    sourceless: frozenset[str]
    source_preps: tuple[tuple[str, ...], ...]
    citing: frozenset[str]
    sourceless_adverbs: frozenset[str]
    failed: frozenset[str]
    quote_verbs: frozenset[str]
    speakers: frozenset[str]
    object_verbs: frozenset[str]
    infinitive_verbs: frozenset[str]
    preposition_verbs: dict[str, frozenset[str]]
    predicate_verbs: frozenset[str]

    @cached_property
    def complement_verbs(self) -> frozenset[str]:
        return (self.object_verbs | self.infinitive_verbs | self.predicate_verbs
                | frozenset(self.preposition_verbs))

    @classmethod
    def load(cls) -> CueWords:
        phrases = lexicon.load("claim_phrases.json")
        complements = lexicon.load("claim_complements.json")
        return cls(
            verbs=lexicon.words("speech_verbs.txt"),
            nouns=lexicon.words("claim_nouns.txt"),
            sourceless=lexicon.words("claim_sourceless.txt"),
            source_preps=tuple(tuple(p.lower().split()) for p in phrases["source_prepositions"]),
            citing=frozenset(phrases["citing_verbs"]),
            sourceless_adverbs=frozenset(phrases["sourceless_adverbs"]),
            failed=frozenset(phrases["failed_verbs"]),
            quote_verbs=frozenset(phrases["quote_verbs"]),
            speakers=frozenset(phrases["speaker_pronouns"]),
            object_verbs=frozenset(complements["object"]),
            infinitive_verbs=frozenset(complements["infinitive"]),
            preposition_verbs={k: frozenset(v) for k, v in complements["preposition"].items()},
            predicate_verbs=frozenset(complements["predicate"]),
        )


def is_cue_verb(token: Token, words: CueWords, complement_verbs: frozenset[str]) -> bool:
    """A reporting verb, or a verb whose object/infinitive/preposition states a position."""
    return is_speech_verb(token, words) or (
        token.pos_ == "VERB" and token.lemma_.lower() in complement_verbs)


def is_speech_verb(token: Token, words: CueWords) -> bool:
    """A reporting verb: its lemma in the lexicon, used as a verb (or a headline's "Says")."""
    if token.pos_ in _CLAUSE_POS:
        return token.lemma_.lower() in words.verbs
    return token.lower_ in _SAY_FORMS and token.i > 0 and token.nbor(-1).text == ","


def char_range(sent: Span, start: int, end: int) -> tuple[int, int]:
    """Character range of tokens ``[start, end)`` trimmed of edge punctuation and spaces."""
    doc = sent.doc
    s = doc[start].idx
    e = doc[end - 1].idx + len(doc[end - 1].text)
    text = doc_text(doc)
    while s < e and text[s] in _PUNCT_EDGE:
        s += 1
    while e > s and text[e - 1] in _PUNCT_EDGE:
        e -= 1
    return s, e


def sentence_drafts(sent: Span, sent_i: int, words: CueWords) -> tuple[list[Draft], list[Token]]:
    """All attributions in one sentence, and the cues left without a content (for quotes)."""
    drafts: list[Draft] = []
    orphans: list[Token] = []
    complement_verbs = words.complement_verbs
    for token in sent:
        found: Draft | None = None
        lower = token.lower_
        if token.lemma_.lower() in words.citing and token.dep_ == "advcl" \
                and not is_speech_verb(token.head, words):
            found = citing_draft(token, sent, words)
        elif is_cue_verb(token, words, complement_verbs):
            found = verb_draft(token, sent, words)
            if found is None and _may_introduce_quote(token):
                orphans.append(token)
        elif lower in ("according", "as", "in") and token.i + 1 < sent.end:
            found = source_prep_draft(token, sent, words)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in words.nouns:
            found = noun_draft(token, sent)
        elif lower in words.sourceless_adverbs:
            found = adverb_draft(token, sent)
        if found is not None:
            found.sent_i = sent_i
            drafts.append(found)
    return drafts, orphans


def _may_introduce_quote(cue: Token) -> bool:
    return cue.dep_ != "xcomp" and not any(c.dep_ == "neg" for c in cue.children)


def verb_draft(cue: Token, sent: Span, words: CueWords) -> Draft | None:
    """A reporting verb with its subject and clausal complement, in any order."""
    children = list(cue.children)
    if any(c.dep_ == "neg" for c in children):
        return None  # "has not acknowledged …": nothing was claimed
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in words.failed:
        return None  # "declined to say"
    if cue.dep_ in ("amod", "compound", "acomp"):
        return None
    contents = [c for c in children if c.dep_ in _CONTENT_DEPS]
    # "A; it is feared B": of two complements, the one after the cue is what was said
    content = next((c for c in contents if c.i > cue.i), contents[0] if contents else None)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    if content is None and passive:
        return _raising_draft(cue, children, sent, words)
    if content is None:
        span = _complement(cue, children, words)
        if span is not None and cue.dep_ == "advcl" and is_speech_verb(cue.head, words):
            return None  # "Citing preliminary data, he said …": evidence for the claim
        if span is not None:
            draft = Draft(cue, (cue.i, cue.i + 1), None, char_range(sent, *span), "complement")
            return _attach_source(draft, cue, children, sent, words)
        if cue.dep_ == "parataxis" and cue.head.i != cue.i:
            return _parataxis_draft(cue, children, sent, words)
        if cue.dep_ == "conj" and _no_subject(cue):
            return _inverted_draft(cue, sent)
        return None
    start, end = content.left_edge.i, content.right_edge.i + 1
    if end <= cue.i:
        end = _parenthetical_end(cue, sent, end)
        if cue.dep_ == "ROOT" and end <= cue.left_edge.i:
            start = sent.start  # "A, but B, the source added": all before the cue is content
    if cue.dep_ == "relcl" and _relative_inside(content):
        start = cue.head.left_edge.i  # "guarantees which he believed were critical"
    elif content.i > cue.i and content.left_edge.i < cue.i:
        return None  # a broken parse that wraps the cue inside its own content
    draft = Draft(cue, (cue.i, cue.i + 1), None, char_range(sent, start, end), "verb",
                  root=content)
    return _attach_source(draft, cue, children, sent, words)


def _complement(cue: Token, children: list[Token], words: CueWords) -> tuple[int, int] | None:
    """Token range of a non-clausal content: 'called the claims baseless', 'vowed to act',
    'called for talks', 'denied the report'."""
    lemma = cue.lemma_.lower()
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if lemma in words.predicate_verbs and obj is not None:
        predicate = next((c for c in children if c.dep_ in ("oprd", "xcomp", "ccomp")
                          or (c.dep_ == "prep" and c.lower_ == "as")), None)
        if predicate is not None and predicate.i > obj.i:
            return obj.left_edge.i, predicate.right_edge.i + 1
    if lemma in words.infinitive_verbs:
        xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > cue.i
                      and any(a.lower_ == "to" for a in c.children)), None)
        if xcomp is not None:
            start = obj.left_edge.i if obj is not None and obj.i < xcomp.i else xcomp.left_edge.i
            return start, xcomp.right_edge.i + 1
    preps = words.preposition_verbs.get(lemma)
    if preps:
        for child in children:
            if child.dep_ in ("prep", "prt") and child.lower_ in preps and child.i > cue.i:
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                    return pobj.left_edge.i, pobj.right_edge.i + 1  # not "spoke on Monday"
    if lemma in words.object_verbs and obj is not None and obj.i > cue.i \
            and obj.pos_ not in ("PRON",):
        return obj.left_edge.i, obj.right_edge.i + 1
    return None


def _parenthetical_end(cue: Token, sent: Span, end: int) -> int:
    """'But to prevent that, he said, officials must act': the content goes on after the cue."""
    after = cue.right_edge.i + (0 if cue.right_edge.text == "," else 1)
    if after >= sent.end or cue.doc[after].text != ",":
        return end
    if any(t.text in ("”", "\"", "’", "'") for t in cue.doc[end - 1:cue.left_edge.i]):
        return end  # a complete quotation before the cue
    rest = [t for t in cue.doc[after + 1:sent.end] if not (t.is_punct or t.is_space)]
    return sent.end if len(rest) >= 3 else end


def _no_subject(cue: Token) -> bool:
    return not any(c.dep_ in _SUBJECT_DEPS for c in cue.children)


def _relative_inside(content: Token) -> bool:
    return any(c.dep_ in _SUBJECT_DEPS and c.lower_ in _RELATIVE for c in content.children)


def _attach_source(draft: Draft, cue: Token, children: list[Token], sent: Span,
                   words: CueWords) -> Draft | None:
    """Fill the draft's source from the cue's subject, agent, or the verb it hangs from;
    None where a subjectless cue has no speaker to borrow ("needs to know …")."""
    subjects = [c for c in children if c.dep_ in ("nsubj", "csubj")]
    # of two subjects (a parse that took a dateline "KYIV (AP) —" for one), the nearest
    subject = max((c for c in subjects if c.i < cue.i), key=lambda c: c.i,
                  default=subjects[0] if subjects else None)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    if subject is not None and subject.lower_ in _RELATIVE and cue.dep_ == "relcl":
        draft.source = (subject.i, subject.i + 1)  # "the ministry, which said …"
        draft.referent = source_phrase(cue.head)
    elif subject is not None:
        if subject.lower_ in words.speakers:
            return None  # "I think", "you say": the quoted speaker's own words, not a source
        draft.source = source_phrase(subject)
        twin = next((c for c in children if c.dep_ == "nsubj" and c is not subject
                     and abs(c.i - subject.i) == 1), None)
        if twin is not None:  # "The news agency Interfax said", parsed as two subjects
            start, end = draft.source
            draft.source = (min(start, twin.left_edge.i), max(end, twin.right_edge.i + 1))
    elif agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            draft.source = source_phrase(pobj)
    elif cue.dep_ in ("pcomp", "advcl") and cue.head.lower_ == "as":
        _as_saying(draft, cue, words)
    elif cue.dep_ in ("conj", "xcomp", "advcl", "acl"):
        _borrowed_subject(draft, cue, sent)
        if draft.source is None and not draft.inherit:
            return None
    if draft.source is None and not draft.inherit:
        after = noun_phrase_after(cue, sent.end)
        if after is not None and cue.i > sent.start and cue.nbor(-1).text in (",", "”", "\""):
            draft.source = after
    if draft.source is None and not draft.inherit and _passive(cue):
        draft.kind = "sourceless"  # "it is believed that …"
        draft.hedges.append(cue.text)
    return draft


def _passive(cue: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children)


def _as_saying(draft: Draft, cue: Token, words: CueWords) -> None:
    """'Xinhua quoted the minister as saying …': the minister speaks, Xinhua carries it."""
    verb = cue.head.head
    if verb.lemma_.lower() not in words.quote_verbs:
        return
    speaker = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if speaker is not None:
        draft.source = source_phrase(speaker)
    carrier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while carrier is None and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
        carrier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if carrier is not None:
        draft.via = source_phrase(carrier)


def _borrowed_subject(draft: Draft, cue: Token, sent: Span) -> None:
    """A cue without a subject of its own ("… and said", "…, adding that") borrows one."""
    verb = cue.head
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
        if subject is not None and subject.lower_ not in _RELATIVE:
            if verb.dep_ in ("ccomp",) or (verb.head.dep_ == "ccomp" and cue.dep_ == "conj"):
                break  # the subject of a reported clause is not the speaker
            draft.source = source_phrase(subject)
            return
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
            break
        verb = verb.head
    if cue.dep_ == "conj":
        draft.inherit = True


def _raising_draft(cue: Token, children: list[Token], sent: Span, words: CueWords) -> Draft | None:
    """'X is said/believed/estimated to …' and 'it is believed that …' (sourceless unless 'by')."""
    if cue.lemma_.lower() not in words.sourceless:
        return None
    xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if xcomp is None or subject is None or xcomp.i < cue.i:
        return None
    start, end = subject.left_edge.i, xcomp.right_edge.i + 1
    draft = Draft(cue, (cue.i, cue.i + 1), None, char_range(sent, start, end), "sourceless")
    agent = next((c for c in children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if pobj is not None:
        draft.source = source_phrase(pobj)
        draft.kind = "verb"
    else:
        draft.hedges.append(cue.text)
    return draft


def _parataxis_draft(cue: Token, children: list[Token], sent: Span,
                     words: CueWords) -> Draft | None:
    """'“That,” he added, “is the point.”' / 'All of it, he says, could go': the clause the cue
    interrupts or follows is the content."""
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in words.speakers:
        return None
    head = cue.head
    start, end = max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end)
    if cue.left_edge.i <= start:
        start = cue.right_edge.i + 1
    if end - start < 2:
        return None
    return Draft(cue, (cue.i, cue.i + 1), source_phrase(subject), char_range(sent, start, end),
                 "verb")


def _inverted_draft(cue: Token, sent: Span) -> Draft | None:
    """'Troops were sent, the agency said.' where the parser made 'said' a conjunct."""
    phrase = noun_phrase_before(cue, sent.start)
    if phrase is None:
        return None
    comma = phrase[0] - 1
    if comma <= sent.start:
        return None
    draft = Draft(cue, (cue.i, cue.i + 1), phrase, char_range(sent, sent.start, comma),
                  "inverted")
    return draft


def source_prep_draft(token: Token, sent: Span, words: CueWords) -> Draft | None:
    """'According to X, …' (and 'as reported by X'): the rest of the clause is X's claim."""
    doc = sent.doc
    for phrase in words.source_preps:
        n = len(phrase)
        if token.i + n > sent.end or tuple(t.lower_ for t in doc[token.i:token.i + n]) != phrase:
            continue
        last = doc[token.i + n - 1]
        pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        source = source_phrase(pobj)
        clause = _governing_clause(token)
        start, end = clause.left_edge.i, clause.right_edge.i + 1
        start, end = max(start, sent.start), min(end, sent.end)
        phrase_start, phrase_end = token.i, max(source[1], pobj.right_edge.i + 1)
        if _only_punct(sent, phrase_end, sent.end):  # "…, according to X." ends the sentence
            start, end = sent.start, phrase_start
        elif _only_punct(sent, sent.start, phrase_start):  # "According to X, …"
            start, end = phrase_end, sent.end
        elif phrase_start <= start + 1:
            start = phrase_end
        elif phrase_end >= end - 2:
            end = phrase_start
        if end - start < 2:
            return None
        return Draft(token, (token.i, token.i + n), source, char_range(sent, start, end),
                     "according")
    return None


def _only_punct(sent: Span, start: int, end: int) -> bool:
    return all(t.is_punct or t.is_space for t in sent.doc[start:end])


def _governing_clause(token: Token) -> Token:
    node = token.head
    for _ in range(6):
        if node.pos_ in _CLAUSE_POS or node.head is node:
            return node
        node = node.head
    return node


def citing_draft(token: Token, sent: Span, words: CueWords) -> Draft | None:
    """'Prices rose, citing officials' where the clause is not itself reported speech."""
    head = token.head
    if is_speech_verb(head, words) or head.pos_ not in _CLAUSE_POS:
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN"):
        return None
    start, end = head.left_edge.i, head.right_edge.i + 1
    if token.i > head.i:
        end = token.left_edge.i
    else:
        start = token.right_edge.i + 1
    if end - start < 3:
        return None
    return Draft(token, (token.i, token.i + 1), source_phrase(obj),
                 char_range(sent, start, end), "citing")


def noun_draft(noun: Token, sent: Span) -> Draft | None:
    """'his claim that …', 'reports that …': a statement noun with a that-clause."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    if start < noun.i:
        return None
    draft = Draft(noun, (noun.i, noun.i + 1), None, char_range(sent, start, end), "noun")
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    if owner is not None:
        draft.source = source_phrase(owner)
    elif by is not None and any(c.dep_ == "pobj" for c in by.children):
        draft.source = source_phrase(next(c for c in by.children if c.dep_ == "pobj"))
    elif noun.dep_ in ("dobj", "attr"):
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            draft.source = source_phrase(subject)
    if draft.source is None:
        draft.hedges.append(noun.text)
    return draft


def adverb_draft(adverb: Token, sent: Span) -> Draft | None:
    """'X reportedly sent …': a sourceless claim over the clause the adverb modifies."""
    head = adverb.head
    if head.pos_ not in _CLAUSE_POS:
        return None
    start, end = head.left_edge.i, head.right_edge.i + 1
    draft = Draft(adverb, (adverb.i, adverb.i + 1), None, char_range(sent, start, end),
                  "sourceless")
    draft.hedges.append(adverb.text)
    return draft
