"""Direct quotations found by their marks, for the claims component.

News quotes run across sentences and paragraphs (each new paragraph of a long quote opens
with a mark, only the last one closes), mix straight and curly marks, and sometimes never
close. One left-to-right pass pairs the marks in linear time; a quote left open at the end of
a paragraph that the next paragraph does not continue is closed there, and the reason logged.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass

log = logging.getLogger("claimledger")

#: '' and `` are the straight double quotes of some newswires ("''Yes,'' he said")
_MARKS = re.compile(r"''|``|[\"“”«»„]")
_OPENING = frozenset({"“", "«", "„", "``"})
_CLOSING = frozenset({"”", "»"})
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
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
        regions.append(QuoteRegion(open_at, _rstrip(text, len(text)), closed=False))
        log.debug("quote opened at %d never closes; cut at the end of the text", open_at)
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
