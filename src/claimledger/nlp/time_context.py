"""Candidates and document context, for the times component.

Split from :mod:`claimledger.nlp.times`: the candidates found by :mod:`.time_grammar` and what a
resolver may ask about the document (tokens, paragraphs, entities, earlier dates). The clause's
tense and mood, which pick the year of "Feb. 28", are :mod:`.time_mood`'s.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .time_calendar import Resolved
from .time_grammar import WEEKEND_AFTER, grammar

#: A clause's tense and mood: "past", "present", "future" or None (unknown).
Mood = str | None

#: How many earlier expressions an anaphoric one may look back over (bounded time).
LOOK_BACK = 50

#: Kinds whose value names a calendar period outright: the anchors of "two days before".
EXPLICIT_KINDS = frozenset({
    "weekday_md_y", "d_m_y", "m_y", "m_rel_y", "numeric", "iso", "year", "quarter", "season_year",
    "week_of", "part_of", "month", "weekday", "decade", "anchored", "next_day", "range_end",
    "half_code", "that_named", "named_that_year", "temponym_911", "year_part", "half_year",
    "the_quarter",
    "year_ago", "holiday", "nth_weekday", "week_of_day", "edge_of", "next_quarter",
    "ordinal_day", "week_on", "feast",
    "year_span", "from_anchor", "after_next",
    "ago_today",
})

#: Kinds named from the publication date that may name a day of their own ("last Friday").
DEICTIC_DAY_KINDS = frozenset({"relative", "relative_day"})
#: The grains of a past period named from publication that anchors the same grain after it
#: ("last month … the month before", "last week … a week earlier").
PERIOD_GRAINS = frozenset({"week", "month", "quarter", "year"})

#: Kinds that only count as times where spaCy's NER or a preceding cue word agrees.
NEEDS_CUE = frozenset({"year", "short_year", "month"})

#: Duration units -> TimeML unit letters (time units go after "T").
DURATION_UNITS = {"S": "TS", "MIN": "TM", "H": "TH", "D": "D", "W": "W", "M": "M", "Q": "Q",
                  "Y": "Y",
                  "DE": "DE", "CE": "CE", "WE": "WE", "FN": "W"}

#: Duration units -> the calendar granularity an "N units ago" date is known to.
UNIT_GRAIN = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade",
              "CE": "century", "WE": "week", "FN": "week"}

#: Dependencies that open a reported or embedded clause ("said [he was there] at the time").
EMBEDDING_DEPS = frozenset({"ccomp", "xcomp", "csubj", "pcomp"})

#: How many passages (blank-line paragraphs) back an anaphoric time may find its anchor.
ANCHOR_PARAGRAPHS = 1
#: Kinds that name the story's day outright (not "the day before" counted from another).
STORY_DAY_KINDS = frozenset({"weekday", "weekday_md_y", "d_m_y", "numeric", "iso",
                             "relative", "relative_day", "part_of"})
#: How many paragraphs (the headline's included) make a story's lead, where its day is named.
STORY_LEAD_PARAGRAPHS = 2
#: How many sentences (the headline's included) open a story: their verbs are its foreground.
STORY_LEAD_SENTENCES = 2
#: Words opening a clause of time whose day is background to the story's ("after dropping
#: 530 points on Friday", "since it opened on Monday").
BACKGROUND_MARKS = frozenset({"after", "since", "before", "until", "following"})
#: A figure a change is measured from, right before a date: the date is the base's and tells
#: no day of the story ("climbed to 2.53 percent from 2.51 percent the day before", "from
#: $1.50 late Thursday", "compared with 82.9 on Thursday").
BASE_BEFORE = re.compile(r"\b(?i:from|than|versus|vs\.|compared\s+(?:with|to))\s+\S*\d[\d.,]*\S*"
                         r"(?:\s+(?i:percent|per\s+cent|points?|cents?|a\s+share|a\s+barrel))?"
                         r"(?:\s+(?i:on|at|late|early))*\s+$")
#: How far from publication a day named in the story may lie to be the day meant again ("on
#: the day", "ahead of Friday's meeting") or the story's own day (:meth:`Context.story_day`).
NAMED_DAY_REACH = 7


def day_this_week(res: Resolved, published: date) -> bool:
    """Is ``res`` one day within :data:`NAMED_DAY_REACH` days of ``published``?"""
    return res.start is not None and res.start == res.end \
        and abs((res.start - published).days) <= NAMED_DAY_REACH


def has_parse(doc: Doc) -> bool:
    """Does ``doc`` carry a dependency parse? Asked once per Doc: spaCy's own answer reads
    every token of an unparsed Doc, which the times component would repeat per time."""
    answer = doc.user_data.get(HAS_PARSE_KEY)
    if answer is None:
        answer = doc.user_data[HAS_PARSE_KEY] = doc.has_annotation("DEP")
    return bool(answer)


#: Where :func:`has_parse` keeps its answer in ``Doc.user_data``.
HAS_PARSE_KEY = ("claimledger", "has_parse")


# --------------------------------------------------------------------------- candidates


@dataclass
class Candidate:
    """One pattern match, before resolution."""

    kind: str
    start: int
    end: int
    match: re.Match[str]
    priority: int


@dataclass
class Found:
    """A resolved time expression, before it becomes a record."""

    start: int
    end: int
    type: str
    res: Resolved
    anchor: str | None  # "published", "text" (see anchor_index) or None
    kind: str
    anchor_index: int | None = None


#: Entity labels of names a time word may open ("Easter Island", "Tuesday Morning Corp.").
NAME_BEYOND_LABELS = frozenset({"LOC", "FAC", "ORG", "WORK_OF_ART", "PRODUCT", "LAW", "GPE"})


@dataclass
class Context:
    """What resolution needs to know about the document, computed once per Doc."""

    doc: Doc
    text: str
    published: date | None
    token_starts: list[int]
    paragraph_starts: list[int]
    entity_labels: list[tuple[int, int, str]]
    found: list[Found] = field(default_factory=list)
    #: Per-document memo of resolvers' costly questions (keyed by the resolver's own names).
    memo: dict[tuple[str, int], bool] = field(default_factory=dict)
    sentences: list[Span] | None = None
    sentence_starts: list[int] = field(default_factory=list)

    def token_at(self, char: int) -> Token | None:
        """The token holding character ``char``."""
        if not self.token_starts:
            return None
        i = bisect.bisect_right(self.token_starts, char) - 1
        return self.doc[max(i, 0)]

    def paragraph(self, char: int) -> int:
        """The index of the blank-line paragraph holding ``char``."""
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    def entity(self, start: int, end: int) -> str | None:
        """The label of a named entity overlapping ``[start, end)``, if any."""
        i = bisect.bisect_left(self.entity_labels, (start, -1, "")) - 1
        for s, e, label in self.entity_labels[max(i, 0):i + 3]:
            if s < end and start < e:
                return label
        return None

    def name_beyond(self, start: int, end: int) -> bool:
        """Does a name that is no time overlap ``[start, end)`` and run on past it ("Easter
        Island", "Monday Night Football", "[Tuesday] Morning Corp.")?"""
        i = bisect.bisect_left(self.entity_labels, (start, -1, "")) - 1
        return any(s < end and start < e and e > end and label in NAME_BEYOND_LABELS
                   and not WEEKEND_AFTER.fullmatch(self.text, end, e)
                   for s, e, label in self.entity_labels[max(i, 0):i + 4])  # "the Easter
        # weekend", read as a place, is the holiday's weekend

    def text_anchor(self, start: int, same_sentence: bool = False,
                    period: str | None = None, paragraphs: int = ANCHOR_PARAGRAPHS) -> int | None:
        """The index in ``found`` of the nearest preceding explicit date of the passage. With
        ``same_sentence`` ("at the time"), first the last time of its own sentence if that
        time's verb governs it directly ("in a speech six weeks ago, saying at the time …");
        and a date of the sentence whose verb governs it through a reported or embedded clause
        is passed over: in "On Monday he said he was terrified at the time", Monday is when he
        said it. With ``period`` (a grain of :data:`PERIOD_GRAINS`), a past period of that
        grain named from the publication date anchors too ("last month … the month before"),
        unless it dates a saying ("said last month"). ``paragraphs`` is how far back it
        looks."""
        sent_start = self.sentence_start(start) if same_sentence else len(self.text)
        if same_sentence and self.found:
            prior = self.found[-1]
            if prior.type in ("DATE", "TIME") and prior.res.value is not None \
                    and prior.start >= sent_start and self.governs(prior.start, start) is True:
                return len(self.found) - 1
        paragraph = self.paragraph(start)
        for index in range(len(self.found) - 1, max(-1, len(self.found) - 1 - LOOK_BACK), -1):
            prior = self.found[index]
            if paragraph - self.paragraph(prior.start) > paragraphs:
                return None
            if ((prior.kind in EXPLICIT_KINDS or self.named_day(prior, period))
                    and prior.type in ("DATE", "TIME") and prior.res.start is not None):
                if prior.start >= sent_start and self.governs(prior.start, start) is False:
                    continue
                return index
        return None

    def story_day(self, start: int) -> int | None:
        """The index in ``found`` of the story's day before ``start``: of the days the lead
        (the first :data:`STORY_LEAD_PARAGRAPHS` paragraphs) names in the week up to
        publication, the latest ("Stocks ended higher on Friday", told on Saturday; "made
        landfall on Monday … On Tuesday, levees gave way"), passing over background: the past
        perfect, a relative clause, a clause of time, a comparison's base ("from 1.74 percent
        on Thursday"). A lead that names no day tells the day of publication (None). It anchors
        "the day before" and "earlier in the day" that find no date in their own passage."""
        if self.published is None:
            return None
        best = None
        for index, prior in enumerate(self.found[:LOOK_BACK]):
            if prior.start >= start or self.paragraph(prior.start) > STORY_LEAD_PARAGRAPHS:
                break
            if prior.kind not in STORY_DAY_KINDS or prior.type not in ("DATE", "TIME") \
                    or prior.res.grain != "day" or not day_this_week(prior.res, self.published) \
                    or prior.res.start > self.published:
                continue
            if (best is None or prior.res.start > self.found[best].res.start) \
                    and self._foreground(prior.start):
                best = index
        return best

    def _foreground(self, start: int) -> bool:
        """Is the day at ``start`` told in the story's foreground: not a comparison's base
        ("from 1.74 percent on Thursday"), nor inside the past perfect ("had ended higher on
        Friday"), a relative clause ("The Dow, which plunged on Monday", "a plant, closed on
        Monday") or a clause of time ("after dropping 530 points on Friday")? In the story's
        first sentences a relative clause is the small parser's misreading of the lead's verb
        ("A fire swept through a building early Wednesday, killing …"; "A ferry carrying 900
        people sank …")."""
        if BASE_BEFORE.search(self.text, max(0, start - 48), start):
            return False
        self.sentence(start)  # (lists the sentences)
        lead = bisect.bisect_right(self.sentence_starts, start) <= STORY_LEAD_SENTENCES
        node = self.token_at(start)
        for _ in range(12):
            if node is None:
                return False
            relative = (node.dep_ == "relcl" and any(
                c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in node.children)) \
                or (node.dep_ == "acl" and node.tag_ == "VBN")
            past_perfect = node.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in node.children)
            of_time = node.dep_ in ("advcl", "pcomp") and (
                node.head.lower_ in BACKGROUND_MARKS or any(
                    c.dep_ in ("mark", "prep") and c.lower_ in BACKGROUND_MARKS
                    for c in node.children))
            if (relative and not lead) or past_perfect or of_time:
                return False
            if node.head.i == node.i:
                return True
            node = node.head
        return True

    def named_day(self, prior: Found, period: str | None = None) -> bool:
        """Is ``prior`` a past day named from the publication date ("last Friday",
        "yesterday"; not "today", "this week", "next Tuesday's primary"): an anchor for "the
        next day", "a day earlier"? With ``period`` also a past period of that grain ("last
        month": an anchor for "the month before"), not the time of a saying."""
        if period not in PERIOD_GRAINS:
            period = None  # a day asked for takes only a day
        if period is not None and prior.res.grain == period and self._dates_a_saying(prior):
            return False
        grains = ("day", period) if period is not None else ("day",)
        return prior.kind in DEICTIC_DAY_KINDS and prior.res.grain in grains \
            and prior.res.end is not None and self.published is not None \
            and prior.res.end < self.published

    def _dates_a_saying(self, prior: Found) -> bool:
        """Does the time date a verb of saying ("the agency said last month")?"""
        token = self.token_at(prior.end - 1)
        if token is None:
            return False
        head = token.head.head if token.head.dep_ == "prep" else token.head
        return head.lemma_.lower() in lexicon.words("speech_verbs.txt")

    def governs(self, other: int, char: int) -> bool | None:
        """Does the verb of the time at ``other`` govern the word at ``char``: True directly
        (through adverbials: "saying at the time"), False through a reported or embedded
        clause ("said he was terrified at the time"), None where it does not govern it."""
        token, time = self.token_at(char), self.token_at(other)
        if token is None or time is None or not has_parse(self.doc):
            return None
        verb = next((t for t in (time, *time.ancestors) if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or not any(a.i == verb.i for a in token.ancestors):
            return None
        embedded = False
        while token.i != verb.i:
            embedded = embedded or token.dep_ in EMBEDDING_DEPS
            token = token.head
        return not embedded

    def sentence(self, char: int) -> Span | None:
        """The sentence holding ``char`` (None in an unparsed Doc); the sentences are listed
        once per Doc, so that asking is cheap however long the sentence."""
        if self.sentences is None:
            parsed = self.doc.has_annotation("SENT_START") or has_parse(self.doc)
            self.sentences = list(self.doc.sents) if parsed else []
            self.sentence_starts = [sent.start_char for sent in self.sentences]
        if not self.sentences:
            return None
        return self.sentences[max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)]

    def sentence_start(self, char: int) -> int:
        """Where the sentence holding ``char`` starts (``char`` itself in an unparsed Doc)."""
        sent = self.sentence(char)
        return char if sent is None else sent.start_char

    def span(self, start: int, end: int) -> Span | None:
        """The tokens covering ``[start, end)``."""
        return self.doc.char_span(start, end, alignment_mode="expand")


#: "since" right before a time ("since March 2024").
SINCE_BEFORE = re.compile(r"(?i:\bsince\s+)$")


def since_start(ctx: Context, start: int) -> int | None:
    """Where the "since" that opens the time at ``start`` begins ("since March 2024": a start
    before the anchor); None with no "since", or one that gives a reason ("since Monday is a
    holiday, …": a clause of "be")."""
    match = SINCE_BEFORE.search(ctx.text, max(0, start - 7), start)
    if match is None:
        return None
    token = ctx.token_at(match.start())
    reason = token is not None and token.dep_ == "mark" and token.head.lemma_ == "be"
    return None if reason else match.start()  # a "since" the parser read as opening a clause
    # of another verb ("the slide since the summer would reduce incomes") still opens the time


#: A word that scales a count ("two thousand years"): only texts with one need those patterns.
SCALE_WORD = re.compile(r"(?i:hundred|thousand)")

#: Letters that match an ASCII letter only ignoring case: "İ", "ı" (i), "ſ" (s).
FOLDED_LETTER = re.compile("[\u0130\u0131\u017f]")


def find_candidates(text: str) -> list[Candidate]:
    """Every pattern match, longest first then by pattern priority, without overlaps."""
    found: list[Candidate] = []
    compiled = grammar().patterns if SCALE_WORD.search(text) else grammar().plain_patterns
    gates = grammar().gates
    lowered = text.lower()
    # a letter that matches an ASCII one only ignoring case would hide a gate's word
    scan_gates = {} if FOLDED_LETTER.search(text) else grammar().scan_gates
    for priority, (kind, pattern) in enumerate(compiled):
        gate = gates.get(kind)
        if gate is not None and not any(word in lowered for word in gate):
            continue
        gate = scan_gates.get(kind)
        if gate is not None and not any(word in lowered for word in gate):
            continue
        for match in pattern.finditer(text):
            core = match.start("core") if "core" in pattern.groupindex else -1
            start = core if core >= 0 else match.start()
            if match.end() > start:
                found.append(Candidate(kind, start, match.end(), match, priority))
    found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken = bytearray(len(text) + 1)
    kept = []
    for cand in found:
        if any(taken[cand.start:cand.end]):
            continue
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept
