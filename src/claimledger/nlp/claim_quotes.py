"""Direct quotations found by their marks, for the claims component.

News quotes run across sentences and paragraphs (each new paragraph of a long quote opens
with a mark, only the last one closes), mix straight and curly marks, and sometimes never
close. One left-to-right pass pairs the marks in linear time; a quote left open at the end of
a paragraph that the next paragraph does not continue is closed there, and the reason logged.

:func:`attach_quotes` then joins quotations to the parsed claims: a content that is quoted
becomes the whole quotation (quote=True), a quotation that goes on after its cue
(“A,” she said. “B.”) is added to it, and a quotation no cue governs is given to a bare cue
beside it, a dash signature (“…” ― Name), or the quotation before it (a continued quote).
:func:`speaker_lines` reads transcript lines ("NAME: words").
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .claim_cues import Draft
from .claim_sources import doc_text, noun_phrase_after, source_phrase

log = logging.getLogger("claimledger")

#: '' and `` are the straight double quotes of some newswires ("''Yes,'' he said")
_MARKS = re.compile(r"''|``|[\"“”«»„]")
_OPENING = frozenset({"“", "«", "„", "``"})
_CLOSING = frozenset({"”", "»"})
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
#: a quotation needs this many words to be a claim of its own (shorter ones are scare quotes)
MIN_QUOTE_WORDS = 4
#: how far (chars) a quote may run before it is taken for a stray mark
MAX_QUOTE_CHARS = 6000


@dataclass(frozen=True)
class QuoteRegion:
    """A direct quotation: ``[start, end)`` includes its marks; ``closed`` is False if cut."""

    start: int
    end: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted words without the marks (trimmed of marks and spaces by callers)."""
        return self.start + 1, self.end - (1 if self.closed else 0)


def quote_regions(text: str) -> list[QuoteRegion]:
    """Pair quotation marks in ``text`` into regions (see the module docstring)."""
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    regions: list[QuoteRegion] = []
    open_at: int | None = None
    next_break = 0  # index into breaks
    for match in _MARKS.finditer(text):
        pos, mark = match.start(), match.group()
        # close a quote that a paragraph break ended without a continuing mark
        while next_break < len(breaks) and breaks[next_break] < pos:
            brk = breaks[next_break]
            next_break += 1
            if open_at is not None and brk > open_at:
                if _continues(text, brk):
                    continue
                regions.append(QuoteRegion(open_at, _rstrip(text, brk), closed=False))
                log.debug("quote opened at %d never closes in its paragraph; cut there", open_at)
                open_at = None
        if open_at is not None and pos - open_at > MAX_QUOTE_CHARS:
            log.debug("quote opened at %d runs past %d chars; dropped", open_at, MAX_QUOTE_CHARS)
            open_at = None
        if mark in _OPENING:
            if open_at is None or _paragraph_between(breaks, open_at, pos):
                open_at = open_at if open_at is not None else pos
            else:
                open_at = pos  # an opening mark inside an open quote: the earlier one was stray
        elif mark in _CLOSING:
            if open_at is not None:
                regions.append(QuoteRegion(open_at, match.end()))
                open_at = None
        else:  # a straight mark opens or closes by alternation
            if open_at is None:
                open_at = pos
            else:
                regions.append(QuoteRegion(open_at, match.end()))
                open_at = None
    if open_at is not None:
        end = len(text)
        for brk in breaks[next_break:]:
            if brk > open_at and not _continues(text, brk):
                end = brk
                break
        regions.append(QuoteRegion(open_at, _rstrip(text, end), closed=False))
        log.debug("quote opened at %d never closes; cut at %d", open_at, end)
    return [r for r in regions if r.end - r.start > 2]


def _continues(text: str, brk: int) -> bool:
    """True when the paragraph after the break at ``brk`` opens with a quotation mark."""
    rest = text[brk: brk + 20].lstrip()
    return bool(rest) and rest[0] in "“\"«„"


def _paragraph_between(breaks: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(breaks, start)
    return i < len(breaks) and breaks[i] < end


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def attach_quotes(doc: Doc, sents: list[Span], drafts: list[Draft],
                  orphans: list[Token]) -> list[Draft]:
    """Mark quoted contents, widen them to whole quotes, and attribute orphan quotes."""
    regions = quote_regions(doc_text(doc))
    if not regions:
        return drafts
    starts = [r.start for r in regions]
    covered: dict[int, Draft] = {}
    for draft in drafts:
        if draft.cue is None or _in_region(regions, starts, draft.cue.idx):
            continue  # a cue inside a quotation is the quoted speaker's own (nested)
        for k in list(_overlapping(regions, starts, draft.content)):
            if _fit_to_quote(doc, draft, regions, k):
                covered[k] = draft
                if draft.cue.idx >= regions[k].end:
                    covered.update((n, draft) for n in _chain_quotes(doc, draft, regions, k))
                break
    sent_starts = [s.start_char for s in sents]
    last_quote: Draft | None = None
    for k, region in enumerate(regions):
        if k in covered:
            last_quote = covered[k] if covered[k].quote else None
            continue
        if len(doc_text(doc)[region.start:region.end].split()) < MIN_QUOTE_WORDS:
            continue  # a scare quote or a title, not a statement
        draft = _orphan_quote(doc, region, orphans, sents, sent_starts, last_quote)
        if draft is not None and draft is not last_quote:
            drafts.append(draft)
        last_quote = draft
    return drafts


def _fit_to_quote(doc: Doc, draft: Draft, regions: list[QuoteRegion], k: int) -> bool:
    """Make a content that is (mostly) quotation the whole quotation; True if it is."""
    region = regions[k]
    c_start, c_end = draft.content
    inner = region.inner
    cue_after = draft.cue is not None and draft.cue.idx >= region.end
    if (region.start - 3 <= c_start and c_end <= region.end + 3) or (
            cue_after and region.end - 3 <= c_end <= region.end + 3):
        draft.content = _trimmed(doc_text(doc), *inner)
        draft.quote = True
        return True
    if c_start <= inner[0] and inner[1] <= c_end + 1:
        if (inner[1] - inner[0]) >= 0.8 * (c_end - c_start):
            draft.quote = True
        return True
    return False


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
        gap = doc_text(doc)[end:regions[n].start]
        if "\n" in gap or (gap.strip() and n > k + 1) or len(gap.split()) > 20:
            break
        if n == k + 1 and regions[n].start < draft.cue.idx:
            break
        chained.append(n)
        end = regions[n].end
        draft.content = (draft.content[0], _trimmed(doc_text(doc), *regions[n].inner)[1])
    return chained


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r\n\"“”«»„'`":
        start += 1
    while end > start and text[end - 1] in " \t\r\n\"“”«»„'`,;:":
        end -= 1
    return start, end


#: "PENCE: Well, look …" — a transcript line, or a headline "Name: what they said"
_SPEAKER_LINE = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(\S[^\n]*)$", re.M)
#: "“…” ― Name" — a quotation signed with a dash
_DASH_SIGNATURE = re.compile(
    r"[ \t]*[―—][ \t]*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})[ \t]*(?:\n|$)")


def speaker_lines(doc: Doc) -> Iterable[Draft]:
    """Lines that open with a speaker's name and a colon: the rest of the line is theirs."""
    text = doc_text(doc)
    headline = len(text) - len(text.lstrip())  # "Minister: Talks Will Resume" as a title
    for match in _SPEAKER_LINE.finditer(text):
        name = doc.char_span(match.start(1), match.end(1))
        if name is None or len(match.group(2).split()) < 3:
            continue
        named = match.group(1).isupper() and len(match.group(1)) > 2 or (
            len(name.ents) == 1 and name.ents[0].label_ in ("PERSON", "ORG")
            and len(name.ents[0]) == len(name)) or (
            match.start() == headline and name[-1].pos_ in ("PROPN", "NOUN"))
        if not named:
            continue
        colon = doc.char_span(match.end(1), match.end(1) + 1)
        content = _trimmed(doc_text(doc), match.start(2), match.end(2))
        if colon is None or content[1] <= content[0]:
            continue
        yield Draft(colon[0], (colon.start, colon.end), (name.start, name.end), content,
                    "label", quote=True)


def _next_paragraph(text: str, end: int, start: int) -> bool:
    """True when ``start`` opens the paragraph right after the one ``end`` lies in."""
    if start <= end:
        return False
    gap = text[end:start]
    if len(gap.split()) > 25:
        return False
    head, _, tail = gap.rpartition("\n")
    return bool(_) and not tail.strip() and "\n" not in head.strip()


def _dash_signature(doc: Doc, region: QuoteRegion) -> tuple[int, int] | None:
    match = _DASH_SIGNATURE.match(doc_text(doc), region.end)
    if match is None:
        return None
    name = doc.char_span(match.start(1), match.end(1))
    return (name.start, name.end) if name is not None else None


def _orphan_quote(doc: Doc, region: QuoteRegion, orphans: list[Token], sents: list[Span],
                  sent_starts: list[int], last_quote: Draft | None) -> Draft | None:
    """Attribute a quotation no parsed claim covers: to a bare cue just after or before it
    (“…,” she said / He said: “…”), else to the quotation of the paragraph before it, which
    it continues (that draft is returned, lengthened)."""
    first = bisect.bisect_right(sent_starts, region.start) - 1
    last = bisect.bisect_right(sent_starts, max(region.start, region.end - 1)) - 1
    content = _trimmed(doc_text(doc), *region.inner)
    signed = _dash_signature(doc, region)
    if signed is not None:
        return Draft(None, None, signed, content, "quote", quote=True, sent_i=first)
    lo = bisect.bisect_left(orphans, sents[max(0, first - 1)].start_char, key=lambda t: t.idx)
    nearby = []
    for t in orphans[lo:]:
        if t.idx >= sents[last].end_char:
            break
        if t.idx >= region.end or (sents[max(0, first - 1)].start_char <= t.idx < region.start):
            nearby.append(t)
    for cue in nearby:
        subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        source = source_phrase(subject) if subject is not None else None
        if source is None and cue.i >= 0 and cue.idx >= region.end:
            source = noun_phrase_after(cue, cue.sent.end)  # '“…,” added the agency.'
        if source is not None and cue.doc[source[0]].lower_ in ("i", "we", "you"):
            continue
        draft = Draft(cue, (cue.i, cue.i + 1), source, content, "quote", quote=True,
                      sent_i=first, inherit=source is None)
        return draft
    if last_quote is not None and _next_paragraph(doc_text(doc), last_quote.content[1],
                                                  region.start):
        # the next paragraph goes on quoting the same speaker: one longer quotation
        last_quote.content = (last_quote.content[0], content[1])
        return last_quote
    log.debug("claims: quotation at char %d has no attribution; not a claim", region.start)
    return None
