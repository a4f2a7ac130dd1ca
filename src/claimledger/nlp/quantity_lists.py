"""Figures in a list that share what is written once, after the last of them.

"The finalists scored 87, 91 and 94 points", "inflation was 2, 3 and 4 percent", "bids of $4.1
and $4.6 billion", "grants of $3, $4 and $5 million", "rates were cut by 1, 2 and 3 percent":
English writes the unit, the scale word and the verb's change once, and every figure of the
list has them. A list here is figures written one after the other, joined only by commas and
closed by "and"/"or"; an earlier figure shares only where nothing is written after its own
number (a figure with a unit or noun of its own — "5 wins, 3 losses and 2 ties" — keeps it).
A figure right after another ("6 foot [2] and 220 pounds") is part of that one; a pair ("X and
Y unit") whose second figure opens a clause ("rose by 200,000 and 3 percent of workers got
raises") or names a difference ("stood at 7,500 and 2 percent higher") is two figures.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .numbers import NumberWords, finite, read_number
from .quantity_found import Found, has_scale

#: What may stand between two figures of a list; the last pair is joined by "and"/"or".
LIST_COMMA = (",",)
LIST_CLOSERS = (("and",), ("or",), (",", "and"), (",", "or"))
#: An earlier figure takes the last one's scale only where the scaled figure is at most this
#: many times the last one ("$4.6 and $4.1 billion"; "$500 and $1 million" is no shared scale).
SCALE_SPREAD = 10
#: How many words an "of" phrase after a pair's second figure may have before its verb.
MAX_OF_PHRASE = 5
#: Kinds of a figure's own unit that a list never overrides (an age, a fraction, a magnitude).
OWN_KINDS = frozenset({"age", "fraction", "magnitude", "ratio"})


def share_listed(doc: Doc, lower: list[str], spaces: list[bool], found: list[Found],
                 numbers: NumberWords, comparatives: frozenset[str]) -> None:
    """Give the earlier figures of each list the last figure's scale, unit and change."""
    i = 0
    while i < len(found):
        chain, closed = [found[i]], False
        while i + len(chain) < len(found):
            following = found[i + len(chain)]
            gap = tuple(lower[chain[-1].end:following.start])
            if gap not in LIST_CLOSERS and gap != LIST_COMMA:
                break
            chain.append(following)
            if gap in LIST_CLOSERS:
                closed = True
                break
        after_figure = i > 0 and found[i - 1].end == chain[0].start
        if closed and not after_figure and not (
                len(chain) == 2 and _opens_clause(doc, lower, chain[-1], comparatives)):
            _share(lower, spaces, chain, numbers)
        i += len(chain)


def _share(lower: list[str], spaces: list[bool], chain: list[Found],
           numbers: NumberWords) -> None:
    last = chain[-1]
    if last.value is None or last.relation == "range" or last.ratio or last.unit is None:
        return
    factor = _scale_factor(lower, spaces, last, numbers)
    for item in chain[:-1]:
        if not _bare(lower, item) or item.value is None or item.relation == "range" \
                or item.ratio or item.unit_kind in OWN_KINDS or item.unit == "vote":
            return  # "voted 51-49 and 55 percent", "over the age of 65 and 12 percent"
        if item.unit_kind == "currency" and item.unit != last.unit:
            return
    for item in chain[:-1]:
        if factor != 1.0 and not has_scale(lower, item, numbers) \
                and item.value * factor <= SCALE_SPREAD * last.value:
            item.value = finite(item.value * factor)
            item.low = None if item.low is None else finite(item.low * factor)
            item.high = None if item.high is None else finite(item.high * factor)
        if item.unit != last.unit:
            item.unit, item.unit_kind = last.unit, last.unit_kind
            item.about, item.noun = last.about, last.noun
            item.measure = item.measure or last.measure
    changes = {item.change for item in chain if item.change}
    if len(changes) == 1:
        for item in chain:
            item.change = item.change or next(iter(changes))


def _opens_clause(doc: Doc, lower: list[str], last: Found, comparatives: frozenset[str]) -> bool:
    """Does the second figure of a pair open a clause of its own ("rose by 200,000 and 3 percent
    of workers got raises": a verb after its phrase) or name a difference ("stood at 7,500 and 2
    percent higher")? Then the pair is two figures of two things."""
    k = last.end
    if k < len(lower) and (lower[k] in comparatives or lower[k] in ("up", "down")):
        return True  # "2 percent higher", "5 percent up"
    if k < len(lower) and lower[k] == "of":
        k += 1
    while k < len(doc) and k - last.end <= MAX_OF_PHRASE \
            and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PRON", "PROPN", "NUM"):
        k += 1  # "3 percent of workers [got]", "3 million people [bought]"
    return k < len(doc) and (doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD") or (
        doc[k].tag_ == "VBN" and doc[k].dep_ not in ("amod", "acl")))


def _bare(lower: list[str], item: Found) -> bool:
    """Nothing is written after the figure's number but the list's comma or joiner."""
    return item.end <= item.num_end < len(lower) and lower[item.num_end] in (",", "and", "or")


def _scale_factor(lower: list[str], spaces: list[bool], last: Found,
                  numbers: NumberWords) -> float:
    """The scale written with the last figure ("$5 million": 1e6), 1.0 if none."""
    if last.value is None or not has_scale(lower, last, numbers):
        return 1.0
    match = read_number(lower, spaces, last.num_start, numbers)
    if match is None or not match.value:
        return 1.0
    return match.factor if match.scaled else last.value / match.value
