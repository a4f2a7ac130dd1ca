"""The TimeML view of a record's times: TIMEX3 expressions, and a TimeML document to hand on.

A record's ``times`` hold more than TimeML's TIMEX3 tags: for "since March 2024" the times
component adds an interval record ("since March 2024", from March 2024 up to the publication
date) beside the TIMEX3 "March 2024", because a reader wants the stretch of time. TimeML marks
"since" as a signal, not as part of a time expression, so the TimeML view leaves such derived
records out; what remains can be written as inline ``<TIMEX3>`` tags for tools that read
TimeML (TARSQI, temporal relation classifiers, TempEval scorers).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from .record import Record, Time


def is_derived(time: Time, times: list[Time]) -> bool:
    """True for a record the component built around another one: it has no TimeML value and
    its span holds another record's span ("since March 2024" around "March 2024")."""
    if time.value is not None:
        return False
    return any(other is not time and time.span[0] <= other.span[0]
               and other.span[1] <= time.span[1] for other in times)


def timex3(times: list[Time]) -> list[Time]:
    """The records that are TIMEX3 expressions, in text order and without overlaps (inline
    TimeML cannot nest tags: of two overlapping records the longer one, then the earlier,
    stays)."""
    kept: list[Time] = []
    candidates = [t for t in times if not is_derived(t, times)]
    for time in sorted(candidates, key=lambda t: (-(t.span[1] - t.span[0]), t.span[0])):
        if all(time.span[1] <= k.span[0] or k.span[1] <= time.span[0] for k in kept):
            kept.append(time)
    return sorted(kept, key=lambda t: t.span)


#: Characters XML 1.0 does not allow in a document (control characters but tab and newlines).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(text: str) -> str:
    """Article text as XML character data: escaped, and each character XML forbids replaced
    by U+FFFD (one for one, so the document's text keeps its length)."""
    return escape(_NOT_XML.sub("\ufffd", text))


def _timex_tag(time: Time, body: str) -> str:
    attrs = [f"tid={quoteattr(time.id)}", f"type={quoteattr(time.type)}",
             f"value={quoteattr(time.value or '')}"]
    return f"<TIMEX3 {' '.join(attrs)}>{_text(body)}</TIMEX3>"


def to_timeml(record: Record) -> str:
    """The article as a TimeML document: DOCID, DCT (the publication date, where known) and
    the text with its TIMEX3 expressions tagged inline."""
    text = record.article.text
    parts: list[str] = []
    at = 0
    for time in timex3(record.times):
        if time.value is None:
            continue  # TimeML requires a value: an unresolved expression stays plain text
        start, end = time.span
        parts.append(_text(text[at:start]))
        parts.append(_timex_tag(time, text[start:end]))
        at = end
    parts.append(_text(text[at:]))
    published = record.article.published
    dct = (f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(published[:10])} '
           f'functionInDocument="CREATION_TIME">{escape(published[:10])}</TIMEX3></DCT>\n'
           if published else "")
    return ('<?xml version="1.0" ?>\n<TimeML>\n'
            f"<DOCID>{_text(record.article.id or '')}</DOCID>\n{dct}"
            f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n")
