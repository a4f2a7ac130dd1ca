"""The claims component: who said what, when, through whom, and how firmly.

Writes ``doc._.cl_claims``: a list of :class:`claimledger.record.Claim`. Attributions are
found from the dependency parse (:mod:`.claim_cues`), direct quotations from their marks
(:mod:`.claim_quotes`), and sources resolved to entities (:mod:`.claim_sources`). Here
the drafts are joined up: continuations borrow their source, quotations are attached to
their cues, each claim gets the time it was said, the channel that carried it, its hedges,
and the ids of the quantities and times inside its content.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..record import Claim, ClaimSource, Said, TextSpan, Time, Via
from .claim_cues import CueWords, Draft, sentence_drafts
from .claim_quotes import attach_quotes, speaker_lines
from .claim_sources import (
    SourceResolver,
    doc_text,
    forget_text,
    referents,
    source_phrase,
)
from .entities import entity_at
from .sentences import datelines
from .times import times_governed_by

log = logging.getLogger("claimledger")

#: sentences longer than this are not searched for attributions (a reason is logged)
MAX_SENTENCE_TOKENS = 600
#: how many heads up a time expression may hang below the cue it dates
MAX_GOVERNING_STEPS = 8
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "parataxis", "csubj"})


class ClaimsComponent:
    """Find attributed claims in a Doc (a plain class; registered by :func:`make_claims`)."""

    def __init__(self, nlp: Language, *, max_sentence_tokens: int = MAX_SENTENCE_TOKENS) -> None:
        self.words = CueWords.load()
        self.max_sentence_tokens = max_sentence_tokens
        phrases = lexicon.load("claim_phrases.json")
        self.channel_verbs = frozenset(phrases["channel_verbs"])
        self.channel_nouns = frozenset(phrases["channel_nouns"])
        self.continuation_verbs = frozenset(phrases["continuation_verbs"])
        hedges = [h.lower() for h in lexicon.load("hedges.txt")]
        self.hedge_words = frozenset(h for h in hedges if " " not in h)
        self.hedge_hashes = frozenset(nlp.vocab.strings.add(h) for h in self.hedge_words)
        self.hedge_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.hedge_matcher.add("HEDGE", [nlp.make_doc(h) for h in hedges if " " in h])
        self.backref_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.backref_matcher.add("BACKREF", [nlp.make_doc(p) for p in phrases["time_backrefs"]])
        self.known_word = _known_words(nlp)

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.cl_claims = self.claims(doc)
        except Exception as err:  # bad input must not stop the pipeline; say why
            log.warning("claims: skipped a document of %d chars (%s: %s)",
                        len(doc_text(doc)), type(err).__name__, err)
            log.debug("claims failure", exc_info=True)
            doc._.cl_claims = []
        finally:
            forget_text(doc)
        return doc

    def claims(self, doc: Doc) -> list[Claim]:
        """The attributed claims of ``doc`` in text order."""
        if not len(doc) or all(t.is_space for t in doc[:50]) and doc_text(doc).isspace():
            return []
        if not doc.has_annotation("DEP"):
            log.warning("claims: the Doc has no dependency parse; no claims extracted")
            return []
        sents = list(doc.sents)
        drafts: list[Draft] = []
        orphans: list[Token] = []
        for i, sent in enumerate(sents):
            if len(sent) > self.max_sentence_tokens:
                log.info("claims: sentence at char %d has %d tokens (> %d); skipped",
                         sent.start_char, len(sent), self.max_sentence_tokens)
                continue
            found, left = sentence_drafts(sent, i, self.words)
            drafts.extend(found)
            orphans.extend(left)
        drafts.extend(speaker_lines(doc))
        drafts = _cut_at_inner_cues(drafts)
        drafts = _drop_nested_complements(drafts)
        drafts = attach_quotes(doc, sents, drafts, orphans)
        drafts = _join_citations(drafts)
        drafts = _merge_duplicates(drafts)
        drafts = _clip_datelines(doc, drafts)
        drafts.sort(key=lambda d: (d.content[0], d.cue.i if d.cue is not None else -1))
        return self._build(doc, sents, drafts)

    # -- records ---------------------------------------------------------------------------

    def _build(self, doc: Doc, sents: list[Span], drafts: list[Draft]) -> list[Claim]:
        resolver = SourceResolver(doc, referents(doc), self.known_word)
        hedges = self._hedge_index(doc)
        times = sorted(doc._.cl_times or [], key=lambda t: t.span[0])
        quantities = sorted(doc._.cl_quantities or [], key=lambda q: q.span[0])
        backrefs = [doc[s:e] for _, s, e in self.backref_matcher(doc)]
        claims: list[Claim] = []
        carried: set[int] = set()
        for draft in drafts:
            claim = self._claim(doc, draft, resolver, claims)
            claim.said = self._said(doc, sents, draft, claim, claims, times, backrefs, carried)
            claim.hedges = _hedges_in(doc, draft, hedges)
            claim.times = _ids_inside(times, claim.content.span)
            claim.quantities = _ids_inside(quantities, claim.content.span)
            claims.append(claim)
        claims.sort(key=lambda c: (c.content.span[0], c.cue.span[0] if c.cue else -1))
        for n, claim in enumerate(claims, 1):
            claim.id = f"c{n}"
        return claims

    def _claim(self, doc: Doc, draft: Draft, resolver: SourceResolver,
               earlier: list[Claim]) -> Claim:
        text = doc_text(doc)
        source: ClaimSource | None = None
        if draft.source is not None:
            s, e = draft.source
            span = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
            resolved = resolver.resolve(*(draft.referent or draft.source))
            source = ClaimSource(text[span[0]:span[1]], span, resolved.entity, resolved.name)
        elif draft.inherit and earlier:
            previous = _continued(earlier, draft, doc)
            if previous is not None and previous.source is not None:
                source = ClaimSource(**vars(previous.source))
        cue = None
        if draft.cue_range is not None:
            s, e = draft.cue_range
            cue_span = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
            cue = TextSpan(text[cue_span[0]:cue_span[1]], cue_span)
        c_start, c_end = draft.content
        return Claim(id="", source=source, cue=cue,
                     content=TextSpan(text[c_start:c_end], (c_start, c_end)),
                     quote=draft.quote, via=self._via(doc, draft))

    def _via(self, doc: Doc, draft: Draft) -> Via | None:
        """The channel: 'quoted X as saying' subject, 'a statement carried by X', 'told X'."""
        via = draft.via
        if via is None and draft.cue is not None and draft.kind in ("verb", "inverted"):
            via = self._channel_of(draft.cue)
        if via is None:
            return None
        s, e = via
        span = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
        entity = entity_at(doc, *span)
        return Via(doc_text(doc)[span[0]:span[1]], entity.id if entity else None, span)

    def _channel_of(self, cue: Token) -> tuple[int, int] | None:
        for child in cue.children:
            if child.dep_ == "prep":
                for noun in child.children:
                    if noun.dep_ == "pobj" and noun.lemma_.lower() in self.channel_nouns:
                        found = self._carrier(noun)
                        if found is not None:
                            return found
            elif child.dep_ in ("dative", "dobj") and child.ent_type_ == "ORG":
                return source_phrase(child)  # "told Reuters"
        return None

    def _carrier(self, noun: Token) -> tuple[int, int] | None:
        for child in noun.children:
            if child.dep_ == "acl" and child.lemma_.lower() in self.channel_verbs:
                for agent in child.children:
                    if agent.dep_ == "agent":
                        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                        if pobj is not None:
                            return source_phrase(pobj)
            if child.dep_ == "prep" and child.lower_ in ("with", "on", "to"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ in ("ORG", "PERSON"):
                    return source_phrase(pobj)
        return None

    # -- said ------------------------------------------------------------------------------

    def _said(self, doc: Doc, sents: list[Span], draft: Draft, claim: Claim,
              earlier: list[Claim], times: list[Time], backrefs: list[Span],
              carried: set[int]) -> Said | None:
        """When the statement was made: a time the cue governs, 'at the time', or the
        reference time of the sentence before (narrative continuation); never the
        publication date by default."""
        cue = draft.cue
        if cue is None or draft.inherit:
            previous = _continued(earlier, draft, doc)
            return _copy_said(previous.said) if previous and previous.said else None
        governed = self._governed_time(doc, cue, claim, times)
        if governed is not None:
            return Said(governed.text, governed.value, governed.start, governed.end, governed.id)
        sent = cue.sent
        lo = bisect.bisect_left(backrefs, sent.start_char, key=lambda p: p.start_char)
        for phrase in backrefs[lo:]:
            if phrase.start_char >= sent.end_char:
                break
            if _governs(cue, phrase.root) and not _inside(phrase, claim.content.span):
                back = next((c.said for c in reversed(earlier) if c.said), None)
                if back is not None:
                    return Said(phrase.text, back.value, back.start, back.end, back.time)
        anchor = cue.head.head if cue.dep_ in ("pcomp", "advcl") and cue.head.lower_ == "as" \
            else cue  # "quoted X as saying": dated like the quoting verb
        if anchor is not cue:
            governed = self._governed_time(doc, anchor, claim, times)
            if governed is not None:
                return Said(governed.text, governed.value, governed.start, governed.end,
                            governed.id)
        if anchor.dep_ == "conj" and anchor.head.i < anchor.i:
            head_claim = next((c for c in reversed(earlier)
                               if c.cue and c.cue.span[0] == anchor.head.idx), None)
            if head_claim is not None and head_claim.said is not None:
                return _copy_said(head_claim.said)
        enclosing = next((c for c in reversed(earlier) if c.said is not None
                          and c.content.span[0] <= cue.idx < c.content.span[1]
                          and c.cue is not None and _same_sentence(c.cue.span[0], cue)), None)
        if enclosing is not None and enclosing.said is not None:
            return _copy_said(enclosing.said)  # a claim inside a claim: said at the same time
        if anchor.tag_ == "VBD" and draft.sent_i > 0:
            said = self._reference_time(doc, sents[draft.sent_i - 1], earlier, times, carried)
            if said is not None:
                carried.add(id(claim))
            return said
        return None

    def _governed_time(self, doc: Doc, cue: Token, claim: Claim,
                       times: list[Time]) -> Time | None:
        sent = cue.sent
        lo = bisect.bisect_left(times, sent.start_char, key=lambda t: t.span[0])
        c_start, c_end = claim.content.span
        for time in times[lo:]:
            if time.span[0] >= sent.end_char:
                break
            if c_start <= time.span[0] < c_end:
                continue
            span = doc.char_span(*time.span, alignment_mode="expand")
            if span is not None and len(span) and _governs(cue, span.root):
                return time
        if times[lo:lo + 1] and times[lo].span[0] < sent.end_char:
            for time in times_governed_by(cue):
                if not (c_start <= time.span[0] < c_end):
                    return time
        return None

    def _reference_time(self, doc: Doc, previous: Span, earlier: list[Claim],
                        times: list[Time], carried: set[int]) -> Said | None:
        """The time the previous sentence is anchored to: its claim's, else its main verb's.
        A time is carried one sentence on, never further (``carried``: claims whose time was
        itself carried)."""
        for claim in reversed(earlier):
            if claim.cue and previous.start_char <= claim.cue.span[0] < previous.end_char:
                if id(claim) in carried or claim.said is None:
                    return None
                return _copy_said(claim.said)
            if claim.cue and claim.cue.span[0] < previous.start_char:
                break
        root = previous.root
        lo = bisect.bisect_left(times, previous.start_char, key=lambda t: t.span[0])
        for time in times[lo:]:
            if time.span[0] >= previous.end_char:
                break
            if previous.start_char <= time.span[0] < previous.end_char:
                span = doc.char_span(*time.span, alignment_mode="expand")
                if span is not None and len(span) and _governs(root, span.root):
                    return Said(time.text, time.value, time.start, time.end, time.id)
        return None

    # -- hedges ----------------------------------------------------------------------------

    def _hedge_index(self, doc: Doc) -> tuple[list[int], list[str]]:
        found: list[tuple[int, str]] = []
        hashes = self.hedge_hashes
        for token in doc:
            if token.lower in hashes or (token.lemma in hashes and token.pos_ in ("VERB", "AUX")):
                found.append((token.idx, token.text))
        for _, s, e in self.hedge_matcher(doc):
            found.append((doc[s].idx, doc[s:e].text))
        found.sort()
        return [f[0] for f in found], [f[1] for f in found]


def _clip_datelines(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A dateline is no part of what was said nor of who said it: contents start after it,
    and a source phrase that begins inside it starts after it (or is dropped, if inside)."""
    regions = datelines(doc)
    if not regions:
        return drafts
    keep = []
    for draft in drafts:
        c_start, c_end = draft.content
        for d_start, d_end in regions:
            if d_start <= c_start < d_end < c_end:
                c_start = d_end
        draft.content = (c_start, c_end)
        draft.source = _clip_range(doc, draft.source, regions)
        draft.referent = _clip_range(doc, draft.referent, regions)
        if draft.source is None and draft.kind in ("verb", "inverted", "according", "citing") \
                and not draft.inherit and draft.cue is not None \
                and any(s <= draft.cue.idx < e for s, e in regions):
            continue  # a cue inside the dateline: nothing was said there
        keep.append(draft)
    return keep


def _clip_range(doc: Doc, tokens: tuple[int, int] | None,
                regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Token range ``tokens`` without its part inside a dateline; None if nothing is left."""
    if tokens is None:
        return None
    start, end = tokens
    for d_start, d_end in regions:
        if d_start <= doc[start].idx < d_end:
            while start < end and doc[start].idx < d_end:
                start += 1
            if start >= end:
                return None
    return start, end


def _drop_nested_complements(drafts: list[Draft]) -> list[Draft]:
    """A stance verb inside another claim's content ('… forces seeking to push …') is part
    of what was said, not a claim of its own."""
    contents = sorted(d.content for d in drafts if d.kind != "complement")
    starts = [c[0] for c in contents]
    keep = []
    for draft in drafts:
        if draft.kind == "complement" and draft.cue is not None:
            at = draft.cue.idx
            k = bisect.bisect_right(starts, at)
            if any(c[0] <= at < c[1] for c in contents[max(0, k - 8):k]):
                continue
        keep.append(draft)
    return keep


def _cut_at_inner_cues(drafts: list[Draft]) -> list[Draft]:
    """'X said A and said B': the second cue borrows X, and A stops before it."""
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.sent_i, []).append(draft)
    for draft in drafts:
        if not draft.inherit or draft.cue is None:
            continue
        for other in by_sentence[draft.sent_i]:
            if other is draft or other.cue is None:
                continue
            c_start, c_end = other.content
            if c_start <= draft.cue.idx < c_end and other.cue.i < draft.cue.i and (
                    other.root is None or draft.cue.head == other.root):
                left = draft.cue.left_edge
                cut = left.i
                doc = draft.cue.doc
                while cut > 0 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                    cut -= 1
                if cut > 0 and doc[cut - 1].idx >= c_start:
                    end = doc[cut - 1].idx + len(doc[cut - 1].text)
                    other.content = (c_start, end)
    return drafts


def _join_citations(drafts: list[Draft]) -> list[Draft]:
    """'According to X, quoting Y, …': Y made the claim and X carried it (one claim)."""
    citing = [d for d in drafts if d.kind == "citing"]
    if not citing:
        return drafts
    dropped: set[int] = set()
    for cite in citing:
        for other in drafts:
            if other.kind == "according" and other.sent_i == cite.sent_i and \
                    other.content[0] <= cite.content[0] and \
                    cite.content[1] <= other.content[1] + 2 and other.source is not None:
                cite.via = other.source
                dropped.add(id(other))
    return [d for d in drafts if id(d) not in dropped]


def _merge_duplicates(drafts: list[Draft]) -> list[Draft]:
    """Drop a sourceless draft that an attributed one covers ('is estimated …, according to X')
    and exact repeats; keep the hedges."""
    keep: list[Draft] = []
    by_sentence: dict[int, list[Draft]] = {}
    ordered = sorted(drafts, key=lambda d: (d.source is None and not d.inherit, d.content))
    for draft in ordered:
        near = by_sentence.setdefault(draft.sent_i, [])
        twin = next((k for k in near if _jaccard(k.content, draft.content) >= 0.6
                     and (draft.source is None and not draft.inherit
                          or (k.cue_range == draft.cue_range))), None)
        if twin is not None:
            twin.hedges.extend(h for h in draft.hedges if h not in twin.hedges)
            continue
        keep.append(draft)
        near.append(draft)
    return keep


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _continued(earlier: list[Claim], draft: Draft, doc: Doc) -> Claim | None:
    """The claim a continuation continues: the nearest earlier one with a source."""
    at = draft.cue.idx if draft.cue is not None else draft.content[0]
    best: Claim | None = None
    for claim in earlier[-24:]:
        anchor = claim.cue.span[0] if claim.cue else claim.content.span[0]
        if anchor < at and claim.source is not None and (
                best is None or anchor > (best.cue.span[0] if best.cue else
                                          best.content.span[0])):
            best = claim
    return best


def _same_sentence(char: int, token: Token) -> bool:
    return token.sent.start_char <= char < token.sent.end_char


def _copy_said(said: Said) -> Said:
    return Said(said.text, said.value, said.start, said.end, said.time)


def _governs(cue: Token, node: Token) -> bool:
    """True when ``node`` hangs below ``cue`` without crossing into another clause."""
    for _ in range(MAX_GOVERNING_STEPS):
        if node.i == cue.i:
            return True
        if node.head.i == node.i:
            return False
        if node.i != cue.i and node.pos_ in ("VERB", "AUX") and node.dep_ in _CLAUSE_DEPS:
            return False
        node = node.head
    return node.i == cue.i


def _inside(span: Span, char_range_: tuple[int, int]) -> bool:
    return char_range_[0] <= span.start_char < char_range_[1]


def _ids_inside(items: list[Any], span: tuple[int, int]) -> list[str]:
    lo = bisect.bisect_left(items, span[0], key=lambda i: i.span[0])
    return [i.id for i in items[lo:] if i.span[0] < span[1] and i.span[1] <= span[1]]


def _hedges_in(doc: Doc, draft: Draft, index: tuple[list[int], list[str]]) -> list[str]:
    """Hedges in the content and in the cue's own clause (not in nested claims' sources)."""
    starts, words = index
    zones = [draft.content]
    if draft.cue is not None:
        cue = draft.cue
        # the cue's own clause, not a conjoined claim ("announced A and said B, if X could …")
        own = [c for c in cue.children
               if c.dep_ not in ("conj", "cc", "ccomp", "punct", "parataxis")]
        last = max((c.right_edge for c in own if c.i > cue.i), key=lambda t: t.i, default=cue)
        zones.append((cue.left_edge.idx, last.idx + len(last.text)))
    found = list(draft.hedges)
    for z_start, z_end in zones:
        lo = bisect.bisect_left(starts, z_start)
        for k in range(lo, len(starts)):
            if starts[k] >= z_end:
                break
            if words[k] not in found:
                found.append(words[k])
    return found


def _known_words(nlp: Language) -> Callable[[str], bool] | None:
    """Whether a lower-cased word is an English word: the lemmatizer's index of nouns, verbs,
    adjectives and adverbs (WordNet's). A capitalised source word outside it is a name."""
    try:
        tables = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        return None
    words = frozenset(w for key in tables.keys() for w in tables[key])
    return words.__contains__ if words else None


@Language.factory("claimledger_claims", assigns=["doc._.cl_claims"],
                  requires=["token.dep", "doc.sents"])
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent(nlp)
