"""Article text with its facts marked: the spans of a record as escaped, classed HTML.

Spans nest and overlap (a source inside a claim's content, an entity inside a source), so
the text is cut at every span boundary and each piece carries the kinds of every span that
covers it: one sweep over sorted boundaries, linear in the text's marks. Every piece of
text goes through :func:`markupsafe.escape`; only the tags written here are markup.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

#: The kinds of marked span, in the order the legend lists them (later ones paint on top).
KINDS = ("content", "entity", "time", "quantity", "cue", "source")
LABELS = {"source": "source (who says it)", "cue": "cue (says, told…)",
          "content": "content (what is claimed)", "time": "time", "quantity": "quantity",
          "entity": "entity"}


@dataclass
class Mark:
    start: int
    end: int
    kind: str
    claim: str | None = None
    note: str = ""


@dataclass
class _Piece:
    kinds: set[str] = field(default_factory=set)
    claims: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def _part(part: Any) -> tuple[int, int] | None:
    if not part or not part.get("span"):
        return None
    start, end = part["span"]
    return int(start), int(end)


def record_marks(record: dict[str, Any]) -> list[Mark]:
    """Every span of a record (contract shape) as a mark to highlight."""
    marks: list[Mark] = []
    for claim in record.get("claims") or []:
        for kind in ("content", "cue", "source"):
            span = _part(claim.get(kind))
            if span:
                marks.append(Mark(*span, kind, claim=claim["id"], note=f"{kind} of {claim['id']}"))
    for quantity in record.get("quantities") or []:
        span = _part(quantity)
        if span:
            note = f"{quantity['id']}: {quantity.get('relation')} {quantity.get('value')}"
            if quantity.get("measure"):
                note += f" ({quantity['measure']})"
            marks.append(Mark(*span, "quantity", note=note))
    for time in record.get("times") or []:
        span = _part(time)
        if span:
            note = f"{time['id']}: {time.get('value') or ''} {time.get('start') or ''}" \
                   f"–{time.get('end') or ''}"
            marks.append(Mark(*span, "time", note=note))
    for entity in record.get("entities") or []:
        for start, end in entity.get("mentions") or []:
            marks.append(Mark(int(start), int(end), "entity",
                              note=f"{entity.get('name')} ({entity.get('type')})"))
    return marks


def highlight(text: str, marks: list[Mark]) -> Markup:
    """The text as HTML: marked pieces in ``<span class="hl k-…" data-claims="…">``, with an
    empty ``<span id="claim-ID">`` anchor where each claim's content begins."""
    size = len(text)
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    anchors: dict[int, list[str]] = defaultdict(list)
    for index, mark in enumerate(marks):
        start, end = max(0, min(mark.start, size)), max(0, min(mark.end, size))
        if end <= start:
            continue
        starts[start].append(index)
        ends[end].append(index)
        if mark.kind == "content" and mark.claim:
            anchors[start].append(mark.claim)
    cuts = sorted({0, size, *starts, *ends})
    active: set[int] = set()
    out: list[str] = []
    for here, following in zip(cuts, cuts[1:], strict=False):
        active.difference_update(ends.get(here, ()))
        active.update(starts.get(here, ()))
        for claim in anchors.get(here, ()):
            out.append(f'<span class="anchor" id="claim-{escape(claim)}"></span>')
        piece = escape(text[here:following])
        if not active:
            out.append(str(piece))
            continue
        out.append(_span(piece, [marks[i] for i in sorted(active)]))
    return Markup("".join(out))


def _span(piece: Markup, covering: list[Mark]) -> str:
    info = _Piece()
    for mark in covering:
        info.kinds.add(mark.kind)
        if mark.claim:
            info.claims.add(mark.claim)
        if mark.note and mark.note not in info.notes:
            info.notes.append(mark.note)
    classes = " ".join(["hl", *(f"k-{kind}" for kind in KINDS if kind in info.kinds)])
    claims = " ".join(sorted(info.claims))
    title = "; ".join(info.notes)
    return (f'<span class="{classes}" data-claims="{escape(claims)}" '
            f'title="{escape(title)}">{piece}</span>')
