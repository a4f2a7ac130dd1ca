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
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..record import Claim, ClaimSource, Said, TextSpan, Time, Via
from .claim_cues import CueWords, Draft, sentence_drafts
from .claim_quotes import QuoteRegion, quote_regions
from .claim_sources import SourceResolver, phrase_head, referents, source_phrase
from .entities import entity_at

log = logging.getLogger("claimledger")

#: sentences longer than this are not searched for attributions (a reason is logged)
MAX_SENTENCE_TOKENS = 600
#: a quotation needs this many words to be a claim of its own (shorter ones are scare quotes)
MIN_QUOTE_WORDS = 4
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
        self.hedge_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.hedge_matcher.add("HEDGE", [nlp.make_doc(h) for h in hedges if " " in h])
        self.backref_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.backref_matcher.add("BACKREF", [nlp.make_doc(p) for p in phrases["time_backrefs"]])

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.cl_claims = self.claims(doc)
        except Exception as err:  # bad input must not stop the pipeline; say why
            log.warning("claims: skipped a document of %d chars (%s: %s)",
                        len(doc.text), type(err).__name__, err)
            log.debug("claims failure", exc_info=True)
            doc._.cl_claims = []
        return doc

    def claims(self, doc: Doc) -> list[Claim]:
        """The attributed claims of ``doc`` in text order."""
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
        drafts = _cut_at_inner_cues(drafts)
        drafts = _drop_nested_complements(drafts)
        drafts = self._attach_quotes(doc, sents, drafts, orphans)
        drafts = _merge_duplicates(drafts)
        drafts.sort(key=lambda d: (d.content[0], d.cue.i if d.cue is not None else -1))
        return self._build(doc, sents, drafts)

    # -- quotations ------------------------------------------------------------------------

    def _attach_quotes(self, doc: Doc, sents: list[Span], drafts: list[Draft],
                       orphans: list[Token]) -> list[Draft]:
        """Mark quoted contents, widen them to whole quotes, and attribute orphan quotes."""
        regions = quote_regions(doc.text)
        if not regions:
            return drafts
        starts = [r.start for r in regions]
        covered: set[int] = set()
        for draft in drafts:
            if draft.cue is None or _in_region(regions, starts, draft.cue.idx):
                continue  # a cue inside a quotation is the quoted speaker's own (nested)
            for k in list(_overlapping(regions, starts, draft.content)):
                if self._fit_to_quote(doc, draft, regions, k):
                    covered.add(k)
                    if draft.quote and draft.cue.idx >= regions[k].end:
                        covered.update(_chain_quotes(doc, draft, regions, k))
                    break
        sent_starts = [s.start_char for s in sents]
        last_quote: Draft | None = None
        for k, region in enumerate(regions):
            if k in covered:
                last_quote = None
                continue
            if len(doc.text[region.start:region.end].split()) < MIN_QUOTE_WORDS:
                continue  # a scare quote or a title, not a statement
            draft = _orphan_quote(doc, region, orphans, sents, sent_starts, last_quote)
            if draft is not None:
                drafts.append(draft)
                last_quote = draft
        return drafts

    @staticmethod
    def _fit_to_quote(doc: Doc, draft: Draft, regions: list[QuoteRegion], k: int) -> bool:
        """Make a content that is (mostly) quotation the whole quotation; True if it is."""
        region = regions[k]
        c_start, c_end = draft.content
        inner = region.inner
        cue_after = draft.cue is not None and draft.cue.idx >= region.end
        if (region.start - 3 <= c_start and c_end <= region.end + 3) or (
                cue_after and region.end - 3 <= c_end <= region.end + 3):
            draft.content = _trimmed(doc.text, *inner)
            draft.quote = True
            return True
        if c_start <= inner[0] and inner[1] <= c_end + 1:
            if (inner[1] - inner[0]) >= 0.8 * (c_end - c_start):
                draft.quote = True
            return True
        return False

    # -- records ---------------------------------------------------------------------------

    def _build(self, doc: Doc, sents: list[Span], drafts: list[Draft]) -> list[Claim]:
        resolver = SourceResolver(doc, referents(doc))
        hedges = self._hedge_index(doc)
        times = sorted(doc._.cl_times or [], key=lambda t: t.span[0])
        quantities = sorted(doc._.cl_quantities or [], key=lambda q: q.span[0])
        backrefs = [doc[s:e] for _, s, e in self.backref_matcher(doc)]
        claims: list[Claim] = []
        by_draft: dict[int, Claim] = {}
        for draft in drafts:
            claim = self._claim(doc, draft, resolver, claims)
            claim.said = self._said(doc, sents, draft, claim, claims, times, backrefs)
            claim.hedges = _hedges_in(doc, draft, hedges)
            claim.times = _ids_inside(times, claim.content.span)
            claim.quantities = _ids_inside(quantities, claim.content.span)
            by_draft[id(draft)] = claim
            claims.append(claim)
        claims.sort(key=lambda c: (c.content.span[0], c.cue.span[0] if c.cue else -1))
        for n, claim in enumerate(claims, 1):
            claim.id = f"c{n}"
        return claims

    def _claim(self, doc: Doc, draft: Draft, resolver: SourceResolver,
               earlier: list[Claim]) -> Claim:
        text = doc.text
        source: ClaimSource | None = None
        if draft.source is not None:
            s, e = draft.source
            span = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
            resolved = resolver.resolve(s, e)
            name = resolved.name
            if name is None and resolved.entity is None and not _is_pronoun(doc, s, e):
                name = _plain_name(doc, s, e)
            source = ClaimSource(text[span[0]:span[1]], span, resolved.entity, name)
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
        return Via(doc.text[span[0]:span[1]], entity.id if entity else None, span)

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
              earlier: list[Claim], times: list[Time], backrefs: list[Span]) -> Said | None:
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
        for phrase in backrefs:
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
            return self._reference_time(doc, sents[draft.sent_i - 1], earlier, times)
        return None

    def _governed_time(self, doc: Doc, cue: Token, claim: Claim,
                       times: list[Time]) -> Time | None:
        sent = cue.sent
        lo = bisect.bisect_left([t.span[0] for t in times], sent.start_char)
        c_start, c_end = claim.content.span
        for time in times[lo:]:
            if time.span[0] >= sent.end_char:
                break
            if c_start <= time.span[0] < c_end:
                continue
            span = doc.char_span(*time.span, alignment_mode="expand")
            if span is not None and len(span) and _governs(cue, span.root):
                return time
        helper = _times_governed_by()
        if helper is not None:
            for time in helper(cue):
                if not (c_start <= time.span[0] < c_end):
                    return time
        return None

    def _reference_time(self, doc: Doc, previous: Span, earlier: list[Claim],
                        times: list[Time]) -> Said | None:
        """The time the previous sentence is anchored to: its claim's, else its main verb's."""
        for claim in reversed(earlier):
            if claim.cue and previous.start_char <= claim.cue.span[0] < previous.end_char:
                return _copy_said(claim.said) if claim.said else None
            if claim.cue and claim.cue.span[0] < previous.start_char:
                break
        root = previous.root
        for time in times:
            if previous.start_char <= time.span[0] < previous.end_char:
                span = doc.char_span(*time.span, alignment_mode="expand")
                if span is not None and len(span) and _governs(root, span.root):
                    return Said(time.text, time.value, time.start, time.end, time.id)
        return None

    # -- hedges ----------------------------------------------------------------------------

    def _hedge_index(self, doc: Doc) -> tuple[list[int], list[str]]:
        found: list[tuple[int, str]] = []
        for token in doc:
            if token.lower_ in self.hedge_words or (
                    token.lemma_.lower() in self.hedge_words and token.pos_ in ("VERB", "AUX")):
                found.append((token.idx, token.text))
        for _, s, e in self.hedge_matcher(doc):
            found.append((doc[s].idx, doc[s:e].text))
        found.sort()
        return [f[0] for f in found], [f[1] for f in found]


def _overlapping(regions: list[QuoteRegion], starts: list[int],
                 content: tuple[int, int]) -> Iterable[int]:
    k = max(0, bisect.bisect_right(starts, content[0]) - 1)
    while k < len(regions) and regions[k].start < content[1]:
        if regions[k].end > content[0]:
            yield k
        k += 1


def _in_region(regions: list[QuoteRegion], starts: list[int], at: int) -> bool:
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and regions[k].start < at < regions[k].end


def _chain_quotes(doc: Doc, draft: Draft, regions: list[QuoteRegion], k: int) -> list[int]:
    """“A,” she said. “B.” — the quotation goes on after the cue: B is hers too."""
    assert draft.cue is not None
    last = draft.cue.sent[-1]
    while last.is_space and last.i > draft.cue.sent.start:
        last = last.nbor(-1)
    chained: list[int] = []
    end = last.idx + len(last.text)
    for n in range(k + 1, len(regions)):
        gap = doc.text[end:regions[n].start]
        if "\n" in gap or (gap.strip() and n > k + 1) or len(gap.split()) > 20:
            break
        if n == k + 1 and regions[n].start < draft.cue.idx:
            break
        chained.append(n)
        end = regions[n].end
        draft.content = (draft.content[0], _trimmed(doc.text, *regions[n].inner)[1])
    return chained


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r\n\"“”«»„":
        start += 1
    while end > start and text[end - 1] in " \t\r\n\"“”«»„":
        end -= 1
    return start, end


def _orphan_quote(doc: Doc, region: QuoteRegion, orphans: list[Token], sents: list[Span],
                  sent_starts: list[int], last_quote: Draft | None) -> Draft | None:
    """Attribute a quotation no parsed claim covers: to a bare cue just after or before it
    (“…,” she said / He said: “…”), else as the continuation of the quote before it."""
    first = bisect.bisect_right(sent_starts, region.start) - 1
    last = bisect.bisect_right(sent_starts, max(region.start, region.end - 1)) - 1
    content = _trimmed(doc.text, *region.inner)
    nearby = [t for t in orphans
              if (sents[last].start_char <= t.idx < sents[last].end_char and t.idx >= region.end)
              or (first > 0 and sents[first - 1].start_char <= t.idx < region.start)
              or (sents[first].start_char <= t.idx < region.start)]
    for cue in nearby:
        subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        source = source_phrase(subject) if subject is not None else None
        draft = Draft(cue, (cue.i, cue.i + 1), source, content, "quote", quote=True,
                      sent_i=first, inherit=source is None)
        return draft
    if last_quote is not None and last_quote.content[1] < region.start and \
            region.start - last_quote.content[1] < 1500:
        return Draft(None, None, None, content, "continuation", quote=True, inherit=True,
                     sent_i=first)
    log.debug("claims: quotation at char %d has no attribution; not a claim", region.start)
    return None


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
    for draft in drafts:
        if not draft.inherit or draft.cue is None:
            continue
        for other in drafts:
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


def _merge_duplicates(drafts: list[Draft]) -> list[Draft]:
    """Drop a sourceless draft that an attributed one covers ('is estimated …, according to X')
    and exact repeats; keep the hedges."""
    keep: list[Draft] = []
    ordered = sorted(drafts, key=lambda d: (d.source is None and not d.inherit, d.content))
    for draft in ordered:
        twin = next((k for k in keep if _jaccard(k.content, draft.content) >= 0.6
                     and (draft.source is None and not draft.inherit
                          or (k.cue_range == draft.cue_range))), None)
        if twin is not None:
            twin.hedges.extend(h for h in draft.hedges if h not in twin.hedges)
            continue
        keep.append(draft)
    return keep


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _continued(earlier: list[Claim], draft: Draft, doc: Doc) -> Claim | None:
    """The claim a continuation continues: the nearest earlier one with a source."""
    at = draft.cue.idx if draft.cue is not None else draft.content[0]
    best: Claim | None = None
    for claim in earlier:
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
    starts = [i.span[0] for i in items]
    lo = bisect.bisect_left(starts, span[0])
    return [i.id for i in items[lo:] if i.span[0] < span[1] and i.span[1] <= span[1]]


def _hedges_in(doc: Doc, draft: Draft, index: tuple[list[int], list[str]]) -> list[str]:
    """Hedges in the content and in the cue's own clause (not in nested claims' sources)."""
    starts, words = index
    zones = [draft.content]
    if draft.cue is not None:
        cue = draft.cue
        zones.append((cue.left_edge.idx, cue.right_edge.idx + len(cue.right_edge.text)))
    found = list(draft.hedges)
    for z_start, z_end in zones:
        lo = bisect.bisect_left(starts, z_start)
        for k in range(lo, len(starts)):
            if starts[k] >= z_end:
                break
            if words[k] not in found:
                found.append(words[k])
    return found


def _is_pronoun(doc: Doc, start: int, end: int) -> bool:
    return phrase_head(doc, start, end).pos_ == "PRON"


def _plain_name(doc: Doc, start: int, end: int) -> str | None:
    """The written source without its leading article ('the Pentagon' → 'Pentagon')."""
    tokens = [t for t in doc[start:end]]
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    if not tokens:
        return None
    return doc.text[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)]


def _times_governed_by() -> Callable[[Token], list[Time]] | None:
    """The times component's own lookup, where it provides one."""
    from . import times

    return getattr(times, "times_governed_by", None)


@Language.factory("claimledger_claims", assigns=["doc._.cl_claims"],
                  requires=["token.dep", "doc.sents"])
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent(nlp)
