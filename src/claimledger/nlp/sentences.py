"""Sentence boundaries from the layout of news text, set before the parser runs.

Headlines, bylines, captions and page furniture sit on lines of their own; spaCy's parser
glues them onto the next sentence. This component marks a sentence start after every blank
line, and after a single line break unless the text is hard-wrapped prose (a line that ends
mid-sentence and continues in lower case). The parser keeps boundaries set before it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

_SINGLE_BREAK = re.compile(r"(\S)[ \t]*\n[ \t]*(\S)")

_TERMINAL = tuple(".!?:;\"”’')]…")

#: a wire dateline opening a paragraph: "WASHINGTON (AP) — ", "KYIV, Ukraine (Reuters) - ",
#: "CAIRO, Jan 14 (MENA) -- ", "MOSCOW — ", "Kyiv, Ukraine (AP) — " (a place in capitals,
#: or any place with the agency in brackets, then a dash)
DATELINE = re.compile(
    r"^[ \t]*(?:"
    r"[A-Z][A-Z'’.-]{2,}(?:[ ][A-Z][A-Z'’.-]+){0,3}"
    r"(?:,[ ]+[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2})?"
    r"(?:,?[ ]+[A-Z][a-z]{2,8}\.?[ ]+\d{1,2})?"
    r"(?:[ ]*\([^()\n]{1,40}\))?"
    r"|"
    r"[A-Z][\w'’.-]+(?:[ ][A-Z][\w'’.-]+){0,3}"
    r"(?:,[ ]+[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2})?"
    r"(?:,?[ ]+[A-Z][a-z]{2,8}\.?[ ]+\d{1,2})?"
    r"[ ]*\([^()\n]{1,40}\)"
    r")[ ]*(?:--|[-—–])[ ]*(?=[\"“'‘A-Z0-9])",
    re.MULTILINE,
)


class SentenceMarker:
    """Mark sentence starts at paragraph and line breaks (a plain class; see the factory)."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # spaCy rebuilds doc.text on every access: take it once
        if "\n" not in text:
            _mark_after_datelines(doc, text)
            return doc
        tokens = list(doc)
        wrapped = _hard_wrapped(text)
        for i, token in enumerate(tokens[:-1]):
            if "\n" not in token.whitespace_ and not (token.is_space and "\n" in token.text):
                continue
            following = tokens[i + 1]
            if following.is_space:
                continue  # the break is marked on the first non-space token after it
            previous = token
            j = i
            while previous.is_space and j > 0:
                j -= 1
                previous = tokens[j]
            if previous.is_space:
                continue
            gap = text[previous.idx + len(previous.text): following.idx]
            if gap.count("\n") >= 2 or _line_ends(previous, following, wrapped=wrapped):
                following.is_sent_start = True
        _mark_after_datelines(doc, text)
        return doc


def datelines(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """Character ranges of the wire datelines that open paragraphs ("CAIRO (Reuters) — ")."""
    text = doc.text if text is None else text
    return [m.span() for m in DATELINE.finditer(text) if m.end() > m.start()]


def _mark_after_datelines(doc: Doc, text: str) -> None:
    """The words after a dateline start a sentence: "CAIRO (Reuters) — | Talks were …"."""
    for _, end in datelines(doc, text):
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True


def _hard_wrapped(text: str) -> bool:
    """True for prose broken into lines mid-sentence (many breaks followed by lower case)."""
    breaks = [m for m in _SINGLE_BREAK.finditer(text)]
    if len(breaks) < 4:
        return False
    mid_sentence = sum(1 for m in breaks if m.group(1)[-1:].isalpha() and m.group(2).islower())
    return mid_sentence / len(breaks) > 0.2


def _line_ends(previous: Token, following: Token, *, wrapped: bool) -> bool:
    """A single line break ends a sentence unless prose wraps across it."""
    if previous.text.endswith(_TERMINAL):
        return True
    if wrapped:
        return False
    first = following.text[:1]
    # "… the talks\nwere held" is wrapped prose; "Headline\nCairo's ministry said" is not.
    return not (first.islower() or previous.text.endswith((",", "-", "–")))


@Language.factory(
    "claimledger_sentences",
    assigns=["token.is_sent_start"],
    requires=[],
)
def make_sentence_marker(nlp: Language, name: str) -> SentenceMarker:
    return SentenceMarker()
