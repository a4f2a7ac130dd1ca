"""Time expressions: spans, TimeML TIMEX3 values and inclusive calendar intervals.

The component finds candidates with the compiled patterns of :mod:`.time_grammar` (the
HeidelTime approach: a rule grammar over the text), keeps the longest non-overlapping ones,
and resolves each against an anchor: nothing for absolute dates ("June 19, 2024"), the
publication date ``doc._.cl_published`` for deictic ones ("last summer", "on Monday"), and the
nearest preceding explicit date of the passage for anaphoric ones ("two days before",
"at the time"). The clause's tense and mood pick the year of a bare "Feb. 28" or "in January"
(most recent in a report of the past, next in a future clause). spaCy's DATE/TIME entities
only confirm ambiguous candidates (bare years, bare month names).

References: Strötgen & Gertz (2013), "Multilingual and cross-domain temporal tagging"
(HeidelTime); Pustejovsky et al. (2003), TimeML; UzZaman et al. (2013), TempEval-3.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..record import Time
from . import time_calendar as cal
from .time_calendar import Resolved
from .time_clause import AWAITED_DAY, governing_verb
from .time_compound import (
    COMPOUND_MOOD_KINDS,
    COMPOUND_RESOLVERS,
    lasting_parts,
    shorter_readings,
)
from .time_context import NEEDS_CUE, Candidate, Context, Found, find_candidates, since_start
from .time_extent import widen_length_modifiers
from .time_grammar import ASCII_FOLDS, DURATION_LEADS, grammar, words
from .time_mood import clause_mood
from .time_names import (
    complementizer_that,
    inside_a_name,
    march_noun,
    modifies_a_noun,
    modifies_next_noun,
    not_a_year,
    opens_a_name,
    programme_name,
    quoted_title,
)
from .time_narrated_clock import (
    CLOCK_KINDS,
    DAY_AHEAD_DAYS,
    NEAR_PAST_DAYS,
    date_clock_offsets,
    date_day_parts,
    past_midnight,
    roll_past_midnight,
)
from .time_resolve import FIXTURE_KINDS, MOOD_KINDS, RESOLVERS, speech_verbs, with_part
from .time_revise import narrated_day, revise
from .time_sequence import date_called_off_before_new_day, order_coordinated_plans
from .time_story_day import shift_quoted_days

#: Every kind's resolver: the simple kinds' and the compound ones'.
ALL_RESOLVERS = {**RESOLVERS, **COMPOUND_RESOLVERS}
#: The kinds whose resolution reads the clause's tense and mood.
ALL_MOOD_KINDS = MOOD_KINDS | COMPOUND_MOOD_KINDS

#: "since" and a determiner before a time that dates the event noun after it ("since the
#: April 30 election", "since its March 2019 launch").
SINCE_EVENT_BEFORE = re.compile(r"(?i:\bsince\s+(?:the|its|their|his|her|our)\s+)$")
#: Dependency labels that open a clause of its own: a time below one of them belongs to that
#: clause's verb, not to the verb above it ("said the talks were held last year").
CLAUSAL_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "csubj", "parataxis", "acl"})

#: A text longer than this is analysed only in its first part (bounded time on junk input).
MAX_CHARS = 2_000_000

#: A blank line: where a paragraph starts.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: "of" after a season ("the fall of Kabul"): a season of an event, not of the calendar.
SEASON_OF = re.compile(r"\s+of\b")
#: "since" just before a date ("since March 2024").


# --------------------------------------------------------------------------- exported helpers


def times_in(doc: Doc, start: int, end: int) -> list[Time]:
    """The Times of ``doc`` whose spans lie within the character range ``[start, end)``."""
    return [t for t in (doc._.cl_times or []) if start <= t.span[0] and t.span[1] <= end]


class TimeIndex:
    """Which times each token governs, computed once per doc.

    A time belongs to every token on the head chain from the time's root up to and
    including the first clause-opening verb ("said the talks were held last year": "last
    year" is the talks', not the saying's). Asking :func:`times_governed_by` once per token
    costs (tokens x times) char_span calls, which made a 600-sentence text take seconds in
    the events component; this index makes it one walk per time.
    """

    def __init__(self, doc: Doc) -> None:
        self.by_token: dict[int, list[Time]] = {}
        for time in doc._.cl_times or []:
            span = doc.char_span(time.span[0], time.span[1], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            root = node = span.root
            adjective = root.dep_ == "amod" and root.pos_ == "ADJ"
            for _ in range(len(doc)):
                if node.i != root.i:
                    self.by_token.setdefault(node.i, []).append(time)
                    if node.dep_ in CLAUSAL_DEPS and node.pos_ in ("VERB", "AUX"):
                        break
                    if adjective:
                        break  # a time as an adjective dates its noun only
                if node.head.i == node.i:
                    break
                node = node.head

    def governed_by(self, token: Token) -> list[Time]:
        return self.by_token.get(token.i, [])


def times_governed_by(token: Token) -> list[Time]:
    """The Times whose head chain reaches ``token`` without passing a clausal complement.

    "On March 3, the ministry said …" and "said on March 3 that …" give March 3 for "said";
    "said the talks were held last year" gives nothing for "said", "last year" for "held".
    """
    return TimeIndex(token.doc).governed_by(token)


# --------------------------------------------------------------------------- the component


class TimesComponent:
    """Find and normalise time expressions; write ``doc._.cl_times``."""

    def __init__(self, *, use_entities: bool = True, since_intervals: bool = True) -> None:
        """``use_entities``: let spaCy's DATE entities confirm bare years and months;
        ``since_intervals``: add an interval Time for "since March 2024" (up to the anchor)."""
        self.use_entities = use_entities
        self.since_intervals = since_intervals
        grammar()  # compile the patterns now, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_times = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Time]:
        """The document's Times, in document order."""
        written = doc.text[:MAX_CHARS]
        text = written.translate(ASCII_FOLDS)  # same length, same offsets
        published = anchor_date(doc._.cl_published)
        paragraph_starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if self.use_entities else []
        ctx = Context(doc, text, published, doc.to_array(IDX).tolist(), paragraph_starts, ents)
        for whole in find_candidates(text):
            for cand in lasting_parts(ctx, whole) or (whole,):
                if ctx.found and ctx.found[-1].kind == "range_end" \
                        and cand.start < ctx.found[-1].end:
                    continue  # the year of "March 2-4, 2024", already in the range's second end
                found = self.resolve(ctx, cand)
                if found is not None:
                    ctx.found.append(found)
                    add_range_end(ctx)
                    add_paired_season(ctx)
                    continue
                for part in shorter_readings(ctx, cand):
                    found = self.resolve(ctx, part)  # "one in the morning": "the morning"
                    if found is not None:
                        ctx.found.append(found)
                        add_range_end(ctx)
        attach_clock_times(ctx)
        date_clock_times(ctx)
        date_day_parts(ctx)
        roll_past_midnight(ctx)
        attach_day_parts(ctx)
        share_range_years(ctx)
        share_pair_month_years(ctx)
        share_range_months(ctx)
        frame_edge_durations(ctx)
        join_compound_durations(ctx)
        date_clock_offsets(ctx)
        order_range_ends(ctx)
        order_coordinated_plans(ctx)
        date_called_off_before_new_day(ctx)
        date_nth_days(ctx)
        widen_length_modifiers(ctx)
        split_this_year(ctx)
        times = self.to_records(ctx)
        if text != written:  # "the ſpring of 2020" read as "spring", recorded as written
            for time in times:
                time.text = written[time.span[0]:time.span[1]]
        return times

    # -- acceptance

    def accepted(self, ctx: Context, cand: Candidate) -> bool:
        """Filter candidates whose words are often not times (bare years, "May", "0:00")."""
        text = ctx.text
        if quoted_title(text, cand.start, cand.end,
                        named_day=cand.kind in ("holiday", "feast")):
            return False  # CBS's "This Morning", NBC's "Today": a programme's name
        before = text[max(0, cand.start - 30):cand.start].split()
        prev = before[-1].lower().strip(",(") if before else ""
        label = ctx.entity(cand.start, cand.end)
        if any(ch.isalpha() for ch in text[cand.start:cand.end]) \
                and ctx.name_beyond(cand.start, cand.end):
            return False  # "Easter Island", "Monday Night Football": a name, not a time
        if opens_a_name(ctx, cand, prev):
            return False  # "March Madness", "the May 4th Movement": a name's first word
        if label in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "MONEY",
                     "QUANTITY", "CARDINAL", "PERCENT") and cand.kind in NEEDS_CUE | {"weekday",
                                                                         "weekdays"}:
            if not (cand.kind == "year" and (prev in words().year_cues
                                             or _dates_a_singular_noun(ctx, cand))):
                return False
        if cand.kind == "duration" and (cand.match.group("num") or "").lower() in ("a", "an") \
                and not cand.match.group("lead") and rate_of_a_figure(ctx, cand):
            return False  # "$5 billion a year", "four flights a week": a rate, not a time
        if cand.kind in ("year", "short_year"):
            if cand.kind == "year" and (counts_something(ctx, cand.end, prev)
                                        or not_a_year(ctx, cand, prev)):
                return False
            return label in ("DATE", "EVENT") or prev in words().year_cues \
                or prev.endswith(("-", "–")) \
                or _dates_a_singular_noun(ctx, cand)  # "the 2014 World Cup": an event's year
        if cand.kind == "month":
            name = cand.match.group("mon")
            if len(name.rstrip(".")) <= 4 and not name.endswith(".") and name.lower() != "june":
                if name.lower() not in ("may", "july"):
                    return False
            token = ctx.token_at(cand.start)
            if token is not None and token.pos_ not in ("PROPN", "NOUN"):
                return False
            if prev in ("the", "a") and march_noun(text, cand.start):
                return False  # "the March on Washington": a march, not the month
            return label == "DATE" or prev in words().month_cues
        if cand.kind == "weekday":
            name = cand.match.group("wd")
            if prev in words().named_weekdays:
                return False  # "Super Tuesday", "a black Friday on the markets": not a day
            if len(name.rstrip(".")) < 6 and _the_name_before(ctx, cand.start):
                return False  # "according to the Las Vegas Sun.": a newspaper's name ("Lakers
                # at Celtics Sun.", a listing, keeps its day)
            return len(name.rstrip(".")) >= 6 or name.endswith(".")
        if cand.kind == "relative_day" and cand.match.group("rd")[:1].isupper():
            if label in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON") or inside_a_name(
                    ctx, cand.start) or (cand.start > 0 and ctx.sentence_start(cand.start)
                                         != cand.start
                                         and programme_name(ctx, cand.start, cand.end)):
                return False  # "USA Today", "the ''Today'' show", "NBC's Today show": a name
        if cand.kind == "clock24":
            g = cand.match.groupdict()
            if int(g["h"]) > 24:
                return False
            if g.get("tz"):
                return True
            if int(g["h"]) == 0 and g["m"] == "00":
                return False  # "0:00": a media player's counter, not a time
            return prev in ("at", "by", "until", "till", "from", "around", "about", "before",
                            "after", "since", "approximately", "to", "and", "for", "between")
        if cand.kind == "twilight":
            token = ctx.token_at(cand.end - 1)
            return token is None or not modifies_next_noun(token)  # "dusk to dawn curfews"
        if cand.kind == "overnight" and not cand.match.group("wd"):
            return literal_overnight(ctx, cand.start, prev)
        if cand.kind == "season" and SEASON_OF.match(text, cand.end, cand.end + 4):
            return False  # "the fall of Kabul", "the winter of discontent"
        if cand.kind == "season" and NAME_AFTER.match(text, cand.end) \
                and any(ch.isupper() for ch in cand.match.group("season")[:1]) \
                and not headline_case(ctx, cand.start):
            return False  # "the Winter Olympics", "in Summer Olympics": a name ("Sales Slump
            # In Winter As …", a headline, keeps its season)
        if cand.kind == "next_weekday":
            return len(cand.match.group("wd").rstrip(".")) >= 6 or cand.match.group("wd")[-1] == "."
        if cand.kind == "weekdays":  # "on Fridays", "most Sundays"; not "TGI Fridays"
            return bool(cand.match.group("wd1")) or prev in (
                "on", "most", "many", "some", "all", "other", "alternate") \
                or joined_to_last(ctx, cand, "weekdays")  # "our Friday nights"; "on Saturdays
            # and Sundays": the second day shares the first one's preposition
        if cand.kind == "part_of_day":
            token = ctx.token_at(cand.end - 1)
            return token is None or token.dep_ != "compound" \
                or token.head.lower_ in TRADING_NOUNS  # "in the evening news" ("in morning
            # trading" times the trading)
        if cand.kind == "new_year":
            token = ctx.token_at(cand.end - 1)
            return token is None or token.dep_ != "compound"  # "for the new year holidays"
        if cand.kind == "set_adverb":
            token = ctx.token_at(cand.start)
            return token is None or (token.pos_ in ("ADV", "ADJ")
                                     and not frequency_of_a_thing(token))
        if cand.kind == "holiday" and not cand.match.group("holiday")[:1].isupper() \
                and cand.match.group("holiday")[:4].lower() == "may ":
            return False  # "you may day-trade": the modal, not May Day
        if cand.kind == "feast" and prev in ("every", "each", "all"):
            return False  # "every Ramadan since 2001": no one date
        if cand.kind in ("holiday", "feast") and not cand.match.group("year"):
            token = ctx.token_at(cand.end - 1)
            if token is not None and token.dep_ == "compound" and token.head.i > token.i \
                    and token.head.lower_ in words().clause["holiday_thing_nouns"]:
                return False  # "Christmas trees", "Easter eggs": things, not days
        if cand.kind == "reference":
            token = ctx.token_at(cand.start)
            ref = cand.match.group("ref").lower()
            if ref.startswith("the ") and modifies_a_noun(ctx, cand.start, cand.end):
                return False  # "the past two elections", "the future king": an adjective
            # "now" as an adverb; the small model tags a sentence-initial "Now the army faces …"
            # an interjection, still attached as advmod
            return ref not in ("now",) or token is None or token.pos_ == "ADV" \
                or (token.pos_ == "INTJ" and token.dep_ == "advmod")
        return True

    # -- resolution

    def resolve(self, ctx: Context, cand: Candidate) -> Found | None:
        """Resolve one candidate to a Found, or None when it is not a time after all."""
        if cand.kind == "that_named":
            plain = complementizer_that(ctx, cand)
            if plain is None:
                return None
            cand = plain
        if not self.accepted(ctx, cand):
            return None
        span = ctx.span(cand.start, cand.end)
        mood = clause_mood(span, cand.kind in FIXTURE_KINDS) if cand.kind in ALL_MOOD_KINDS \
            else None
        if mood == AWAITED_DAY and cand.kind != "weekday":
            mood = "future"  # only a bare weekday looks for the instance the story named
        if mood is not None and (since_start(ctx, cand.start) is not None
                                 or SINCE_EVENT_BEFORE.search(ctx.text, max(0, cand.start - 12),
                                                              cand.start)):
            mood = "past"  # "thousands since January 1st": a start before now; "for the first
            # time since the April 30 election": that event is past too
        said = said_when(ctx, span) if mood == "future" and cand.kind in REPORTED_KINDS \
            and span is not None else None
        if said is not None:
            # "said in March that it would finish by June": June after the saying, not after
            # the publication date; the resolvers read the saying's date as their anchor
            published, ctx.published = ctx.published, ctx.found[said].res.end
            try:
                result = ALL_RESOLVERS[cand.kind](ctx, cand, mood)
            finally:
                ctx.published = published
        else:
            result = ALL_RESOLVERS[cand.kind](ctx, cand, mood)
        result = revise(ctx, cand, mood, result)
        if result is None:
            return None
        kind_type, res, anchor, start, end = result
        if said is not None and anchor == "published":
            found = Found(start, end, kind_type, res, "text", cand.kind, said)
            return found
        found = Found(start, end, kind_type, res, anchor, cand.kind)
        if anchor == "text":
            found.anchor_index = ctx.text_anchor(start, same_sentence=cand.kind == "at_the_time")
            if found.anchor_index is None:
                found.anchor = "published" if ctx.published and res.value else None
        return found

    def to_records(self, ctx: Context) -> list[Time]:
        """Number the Times in document order; add the "since …" intervals."""
        shift_quoted_days(ctx)  # "“We won tonight,” he said Monday", printed Tuesday
        items: list[tuple[int, int, Found | None, Time]] = []
        for index, f in enumerate(ctx.found):
            time = Time(id="", text=ctx.text[f.start:f.end], span=(f.start, f.end), type=f.type,
                        value=f.res.value,
                        start=f.res.start.isoformat() if f.res.start else None,
                        end=f.res.end.isoformat() if f.res.end else None, anchor=f.anchor)
            items.append((f.start, -f.end, f, time))
            since = self.since_interval(ctx, f, index)
            if since is not None:
                items.append((since.span[0], -since.span[1], None, since))
        items.sort(key=lambda item: (item[0], item[1]))
        times = [item[3] for item in items]
        ids = {id(item[2]): n for n, item in enumerate(items, 1) if item[2] is not None}
        for n, time in enumerate(times, 1):
            time.id = f"t{n}"
        for _, _, f, time in items:
            if f is not None and f.anchor == "text" and f.anchor_index is not None:
                time.anchor = f"t{ids[id(ctx.found[f.anchor_index])]}"
        return times

    def since_interval(self, ctx: Context, f: Found, index: int) -> Time | None:
        """"since March 2024": the interval from the start of the date up to the anchor."""
        if not self.since_intervals or f.type != "DATE" or f.res.start is None:
            return None
        start = since_start(ctx, f.start)
        if start is None or ctx.published is None or f.res.start > ctx.published:
            return None
        return Time(id="", text=ctx.text[start:f.end], span=(start, f.end), type="DURATION",
                    value=None, start=f.res.start.isoformat(), end=ctx.published.isoformat(),
                    anchor="published")


#: Kinds dated from the anchor by the clause's mood: inside "would" under a dated verb of
#: saying they count from the saying's date.
REPORTED_KINDS = frozenset({"month", "weekday", "weekday_md_y", "d_m_y", "holiday", "feast",
                            "season", "nth_weekday", "part_of", "week_on"})
#: How far before publication a saying may be for its report to count from it.
SAID_WITHIN_DAYS = 400


def said_when(ctx: Context, span: Span) -> int | None:
    """The index in ``found`` of the date of a saying that a "would" clause reports ("said on
    Friday that he would resign on Monday"): the clause's verb has "would" and hangs as a
    complement from a verb of saying, which a date earlier in the sentence times; the date
    lies before publication. None otherwise."""
    verb = governing_verb(span)
    if verb is None or ctx.published is None \
            or not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return None
    speech = verb
    for _ in range(4):
        if speech.dep_ not in ("ccomp", "conj") or speech.head.i == speech.i:
            return None
        speech = speech.head
        if speech.lemma_.lower() in speech_verbs():
            break
    else:
        return None
    if speech.lemma_.lower() not in speech_verbs():
        return None
    sent_start = ctx.sentence_start(span.start_char)
    for index in range(len(ctx.found) - 1, max(-1, len(ctx.found) - 6), -1):
        prior = ctx.found[index]
        if prior.start < sent_start:
            break
        if prior.type != "DATE" or prior.res.end is None or prior.res.grain not in ("day",
                                                                                     "month"):
            continue
        if not 0 < (ctx.published - prior.res.end).days <= SAID_WITHIN_DAYS:
            continue
        time_span = ctx.span(prior.start, prior.end)
        if time_span is not None and governing_verb(time_span) is not None \
                and governing_verb(time_span).i == speech.i:
            return index
    return None


@cache
def paired_season_pattern() -> re.Pattern[str]:
    """A bare season joined to the time just before it ("[this autumn] and winter")."""
    names = "|".join(sorted((re.escape(n) for n in words().seasons), key=len, reverse=True))
    return re.compile(rf"\s+(?:and|or|&)\s+(?P<season>{names})\b(?![-'’]|\s+of\b)",
                      re.IGNORECASE)


def add_paired_season(ctx: Context) -> None:
    """"this autumn and winter", "last spring and summer": the second season of the pair
    shares the first one's reading, and is the first of its name to start after the first
    season starts (the winter after "this autumn", the summer after "last spring")."""
    first = ctx.found[-1]
    if first.res.grain != "season" or first.res.start is None:
        return
    m = paired_season_pattern().match(ctx.text, first.end)
    if m is None:
        return
    code = words().seasons[m.group("season").lower()]
    year = first.res.start.year
    later = [r for r in (cal.season(year + k, code) for k in (0, 1))
             if r.start is not None and r.start > first.res.start]
    if not later:
        return
    ctx.found.append(Found(m.start("season"), m.end("season"), "DATE", later[0], "text",
                           "season", len(ctx.found) - 1))


#: The words between two times of a list ("Saturdays and Sundays", "Mondays, Fridays").
LIST_JOINER = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)\Z", re.IGNORECASE)


#: Nouns of a market's dealings that a part of the day before them times ("in morning trading").
TRADING_NOUNS = frozenset({"trading", "trade", "dealings"})


def _dates_a_singular_noun(ctx: Context, cand: Candidate) -> bool:
    """A year that modifies a singular common noun ("company raises 2011 forecast"): a count
    would take a plural ("sold 2011 cars")."""
    token = ctx.token_at(cand.start)
    return token is not None and token.i > 0 and token.dep_ in ("nummod", "compound") \
        and token.head.i == token.i + 1 and token.head.tag_ == "NN" \
        and token.doc[token.i - 1].pos_ not in ("NOUN", "PROPN", "NUM")  # not "Room 2011 key"


def joined_to_last(ctx: Context, cand: Candidate, kind: str) -> bool:
    """Is the candidate the next item of a list whose previous item is the last time found, of
    the same ``kind`` ("on Saturdays and Sundays", "on Mondays, Wednesdays or Fridays")?"""
    if not ctx.found:
        return False
    last = ctx.found[-1]
    between = ctx.text[last.end:cand.start]
    return last.kind == kind and 0 < len(between) <= 8 and bool(LIST_JOINER.match(between))


def literal_overnight(ctx: Context, start: int, prev: str) -> bool:
    """Is "overnight" at ``start`` a night ("shelled the city overnight", "flew overnight"),
    not "suddenly" ("became a contender overnight", "won't happen overnight", "almost
    overnight") nor an adjective ("an overnight stay")?"""
    token = ctx.token_at(start)
    if token is None:
        return True
    if token.pos_ != "ADV" and token.dep_ not in ("advmod", "npadvmod"):
        return False
    clause = words().clause
    if prev in clause["overnight_leads"]:
        return False
    verb = governing_verb(token.doc[token.i:token.i + 1])
    if verb is None:
        return True
    if any(child.dep_ == "neg" for child in verb.children) \
            or any(child.dep_ == "neg" for child in verb.head.children if verb.dep_ == "xcomp"):
        return False  # "you can't do that overnight", "it's not going to happen overnight"
    if verb.lemma_ == "be" and _sudden_state(verb):
        return False  # "they were millionaires overnight", "he was famous overnight"
    return verb.lemma_.lower() not in clause["overnight_change_verbs"]


def _sudden_state(verb: Token) -> bool:
    """Does a "be" clause state what someone became ("were millionaires", "was famous"): a
    predicate noun (not after "there": "there were blasts overnight") or an adjective of status
    (lexicon "overnight_status_adjectives"; "the front was quiet overnight" is a night)?"""
    children = list(verb.children)
    if any(child.dep_ == "expl" for child in children):
        return False
    status = words().clause["overnight_status_adjectives"]
    return any(child.dep_ == "attr" and child.pos_ in ("NOUN", "PROPN")
               or child.dep_ == "acomp" and child.lower_ in status for child in children)


def rate_of_a_figure(ctx: Context, cand: Candidate) -> bool:
    """Is "a year" / "an hour" the rate of the figure before it ("$12 an hour", "120 miles an
    hour", "250,000 artillery shells a month", "its 40 flights a week", "3% a year")? Not
    when the verb takes it ("gave the two sides a week to respond", "of the 40 hostages a
    week passed"), nor after a year ("In 2022 a week of talks") or a day ("On March 3 a week
    of protests")."""
    token = ctx.token_at(cand.start)
    last = ctx.token_at(cand.end - 1)
    if token is None or last is None or token.i == 0:
        return False
    doc = token.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    unit_head = last.head
    if last.dep_ == "npadvmod" and unit_head.pos_ in ("NOUN", "PROPN") \
            and unit_head.i < token.i and any(c.dep_ == "nummod" or c.like_num
                                              for c in unit_head.children):
        # the counted noun holds the rate: "shells a month", "trucks a week of aid", "200
        # trucks a day into Gaza"; "3 days of talks and a month of silence" is a length
        if nxt is not None and nxt.lower_ == "into":  # "200 trucks a day into Gaza"; "lost
            # 300 tanks a month into the war" is a time
            noun = next((t for t in doc[nxt.i + 1:nxt.i + 4] if t.pos_ in ("NOUN", "PROPN")),
                        None)
            return noun is None or noun.lemma_.lower() not in words().clause["time_into_nouns"]
        return nxt is None or nxt.lower_ not in words().clause["not_rate_after"] \
            or nxt.lower_ == "of"
    if nxt is not None and nxt.lower_ in words().clause["not_rate_after"]:
        return False  # "a week of protests", "two elections a decade apart"
    prev = doc[token.i - 1]
    if prev.lower_ in ("%", "percent", "cent", "pct"):
        return True
    if prev.like_num:
        year_like = len(prev.text) == 4 and prev.text.isdigit() and prev.text[:2] in ("18",
                                                                                      "19", "20")
        return not year_like or (prev.i > 0 and prev.doc[prev.i - 1].text in CURRENCY_SIGNS)
    return prev.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "nummod" or c.like_num for c in prev.children) and not any(
        c.dep_ in ("det", "poss") for c in prev.children)  # "90 people a day die"; "the 12
    # defendants a month to appeal" is no rate


def frequency_of_a_thing(token: Token) -> bool:
    """Is the frequency word at ``token`` no time of its own: an adjective of a noun
    ("quarterly earnings", "the annual report", "a daily newspaper", "average hourly
    earnings"), or the rate of a figure before it ("rise 8.5% annually", "10,000 units
    annually", as "3% a year")? A verb's adverb stays ("is published daily", "paid
    quarterly")."""
    head = token.head
    if token.dep_ in ("amod", "compound", "nmod") or (
            token.pos_ == "ADJ" and head.pos_ in ("NOUN", "PROPN") and head.i > token.i):
        return True
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    return prev.lower_ in ("%", "percent", "pct") or prev.like_num or (
        prev.pos_ == "NOUN" and prev.lower_ not in ("times", "time")
        and any(c.dep_ == "nummod" for c in prev.children)
        and not any(c.dep_ == "poss" for c in prev.children))
    # but "trains three times weekly" is a frequency, and "visits his two children weekly",
    # "reviews its 200 stores annually" count things, not a rate


#: Signs before a sum ("$2020 a month" is money, not a year).
CURRENCY_SIGNS = frozenset("$€£¥₹")


def counts_something(ctx: Context, end: int, prev: str) -> bool:
    """True when the four digits before ``end`` count time units ("2000 years of history", "a
    2000 year old tradition"): a number, not a year. A singular unit after a year is not a
    count ("World Cup 2018 day five"), nor is a plain plural noun ("2000 levels")."""
    rest = ctx.text[end:end + 30].lower()
    if not rest[:1].isspace() or not rest.strip():
        return False
    parts = rest.split()
    word = parts[0].strip(",.;:")
    if word.endswith("s") and word[:-1] in words().units:
        return True
    following = parts[1] if len(parts) > 1 else ""
    return word in words().units and (prev in ("a", "an") or following.startswith("old"))


def anchor_date(published: object) -> date | None:
    """The publication date as a ``date`` (a datetime loses its time; junk gives None)."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        try:
            return date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None
    return None


#: The second day of a range written as one expression: "March 2-4", "March 2–4, 2024"; or
#: joined by a word, when no count can follow ("March 24 and 25, in Geneva", not "from May 2
#: to 15 percent").
DAY_RANGE_END = re.compile(r"(?:[-–]|\s+(?i:and|to|through|till|until)\s+"
                           r"(?=[0-3]?\d(?:,?\s+[12]\d{3}\b"
                           r"|\s*[.;:)]|\s*,(?!\s*\d)|\s*$|\s+(?i:in|at|when|with|as|for|before"
                           r"|after|and|but|while|during|on|among|by)\b)))"
                           r"(?P<day>[0-3]?\d)(?![\d/:-]|\.\d)(?:,?\s+(?P<year>[12]\d{3})\b)?")


def add_range_end(ctx: Context) -> None:
    """"March 2-4, 2024" is two TIMEX3 dates, as TimeML writes a range: after "March 2" (the
    last Found) add "4, 2024", both in the year the range names, else in the year chosen for
    the first day. The second end anchors on the first."""
    f = ctx.found[-1]
    if f.kind == "d_m_y":
        add_range_start(ctx)
        return
    if f.kind != "weekday_md_y" or f.res.grain != "day" or f.res.start is None:
        return
    match = DAY_RANGE_END.match(ctx.text, f.end)
    if match is None or int(match.group("day")) <= f.res.start.day:
        return
    if match.group(0)[:1].isspace() and match.group(0).split()[0].lower() == "to" \
            and not match.group("year") \
            and not RANGE_OPENER.search(ctx.text, max(0, f.start - 9), f.start) \
            and not _dates_a_passive(ctx, f.start):
        return  # "the toll climbed on March 4 to 31": a count ("from June 2 to 5", "May 2 to
        # 4, 2026", "July 14 through 18", "the poll was conducted Nov. 6 to 10" are ranges)
    first = f.res.start
    if match.group("year") and f.anchor is not None:
        moved = cal.safe_date(int(match.group("year")), first.month, first.day)
        if moved is None:
            return
        first = moved
        f.res, f.anchor, f.anchor_index = cal.day(first), None, None
    second = cal.safe_date(first.year, first.month, int(match.group("day")))
    if second is not None:
        ctx.found.append(Found(match.start("day"), match.end(), "DATE", cal.day(second),
                               "text", "range_end", len(ctx.found) - 1))


def _the_name_before(ctx: Context, start: int) -> bool:
    """Does "the" and a run of capitalised proper nouns stand right before ``start`` ("the
    Las Vegas [Sun]", "the Baltimore [Sun]")?"""
    token = ctx.token_at(start)
    if token is None:
        return False
    k = token.i - 1
    while k >= 0 and token.i - k <= 4 and token.doc[k].pos_ == "PROPN" \
            and token.doc[k].text[:1].isupper() and token.doc[k].lower_ not in words().months:
        if token.doc[k].tag_ == "NNPS":
            return False  # "the Dallas Cowboys Sun. at 1 p.m.": a team's fixture
        k -= 1
    return k < token.i - 1 and k >= 0 and token.doc[k].lower_ == "the"


def _dates_a_passive(ctx: Context, start: int) -> bool:
    """Does the date at ``start`` time a passive verb ("was conducted Nov. 6 to 10", "will be
    held"), which takes no count "to 31" as "the toll climbed on March 4 to 31" does? Not a
    verb that changes a count ("was raised", "was revised")."""
    token = ctx.token_at(start)
    if token is None:
        return False
    verb = governing_verb(token.doc[token.i:token.i + 1])
    return verb is not None and verb.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in verb.children) \
        and verb.lemma_.lower() not in words().clause["count_revision_verbs"]
    # ("the toll was raised on March 4 to 31": a count)


#: The first day of a range written day first: the "12-" of "12-14 March".
DAY_RANGE_START = re.compile(r"(?<![\w.,/:-])(?P<day>[0-3]?\d)[-–]$"
                             # "on 3 and 4 March", "from 2 to 5 June": only after such a word
                             r"|(?:(?<=\b[Oo]n\s)|(?<=\b[Ff]rom\s)|(?<=\b[Bb]etween\s))(?P<day2>[0-3]?\d)"
                             r"\s+(?:and|to|till|until|through)\s+$")


def add_range_start(ctx: Context) -> None:
    """"12-14 March 2024": add "12" before "14 March 2024" (the last Found), in its month and
    year, anchored on it."""
    f = ctx.found[-1]
    if f.res.grain != "day" or f.res.start is None:
        return
    match = DAY_RANGE_START.search(ctx.text, max(0, f.start - 16), f.start)
    group = "day" if match is not None and match.group("day") else "day2"
    if match is None or int(match.group(group)) >= f.res.start.day:
        return
    first = cal.safe_date(f.res.start.year, f.res.start.month, int(match.group(group)))
    if first is not None:
        ctx.found.insert(len(ctx.found) - 1, Found(match.start(group), match.end(group), "DATE",
                                                   cal.day(first), "text", "range_end",
                                                   len(ctx.found)))


#: What joins the two ends of a date range ("Sept. 3 to Oct. 14, 2023", "May 2-June 5, 2024").
RANGE_JOINER = re.compile(r"\s*(?:-|–|—|(?i:to|through|until|till|and))\s*")


def share_range_years(ctx: Context) -> None:
    """In a range whose second end names its year, the first end takes that year (or the year
    before, when it would fall after the second end) instead of the publication year."""
    for index, f in enumerate(ctx.found[:-1]):
        nxt = ctx.found[index + 1]
        if f.anchor != "published" or f.kind not in ("weekday_md_y", "d_m_y"):
            continue
        if nxt.anchor is not None or nxt.res.grain != "day" or nxt.res.start is None:
            continue
        if f.res.start is None or RANGE_JOINER.fullmatch(ctx.text[f.end:nxt.start]) is None:
            continue
        year = nxt.res.start.year
        moved = cal.safe_date(year, f.res.start.month, f.res.start.day)
        if moved is not None and moved > nxt.res.start:
            moved = cal.safe_date(year - 1, f.res.start.month, f.res.start.day)
        f.res = cal.day(moved)
        f.anchor, f.anchor_index = "text", index + 1


#: "April 11 this year", "the 3rd of May this year": the day, then its "this year".
DAY_THIS_YEAR = re.compile(r"(?P<day>.*?)(?<![Oo]f),?\s+(?P<year>(?i:this)\s+(?i:year))",
                           re.DOTALL)


def split_this_year(ctx: Context) -> None:
    """"Easter falls on April 11 this year": TimeML tags the day (which takes the year) and
    "this year" as two dates; the other years ("March 3 last year") stay one date, which
    names the year the day is in, and so does "March 23 of this year"."""
    for f in list(ctx.found):
        if f.kind != "m_rel_y" or f.res.grain != "day" or ctx.published is None:
            continue
        match = DAY_THIS_YEAR.fullmatch(ctx.text, f.start, f.end)
        if match is None:
            continue
        f.end = match.end("day")
        ctx.found.append(Found(match.start("year"), match.end("year"), "DATE",
                               cal.year(ctx.published.year), "published", "relative"))

#: Kinds of a month with its year ("April 2026", "April next year").
MONTH_YEAR_KINDS = frozenset({"m_y", "m_rel_y"})


def share_pair_month_years(ctx: Context) -> None:
    """"in March and April next year", "between November and December 2024": a bare month
    joined to a month that names its year takes that year (the year before, when it would fall
    after the second month), not the publication date's."""
    for index, f in enumerate(ctx.found[:-1]):
        nxt = ctx.found[index + 1]
        if f.kind != "month" or f.anchor != "published" or nxt.kind not in MONTH_YEAR_KINDS:
            continue
        if f.res.start is None or nxt.res.start is None or nxt.res.grain != "month":
            continue
        if RANGE_JOINER.fullmatch(ctx.text[f.end:nxt.start]) is None:
            continue
        year = nxt.res.start.year
        if f.res.start.month > nxt.res.start.month:
            year -= 1  # "December and January 2025"
        f.res = cal.month(year, f.res.start.month)
        f.anchor, f.anchor_index = "text", index + 1


def share_range_months(ctx: Context) -> None:
    """"from the 3rd to the 7th of June": a bare ordinal day opening a range takes the month
    and year of its dated end (the month before, when it would fall after that end)."""
    for index, f in enumerate(ctx.found[:-1]):
        nxt = ctx.found[index + 1]
        if f.kind != "ordinal_day" or f.anchor != "published" or nxt.kind == "ordinal_day":
            continue
        if nxt.res.grain != "day" or nxt.res.start is None or f.res.start is None:
            continue
        if RANGE_JOINER.fullmatch(ctx.text[f.end:nxt.start]) is None:
            continue
        end = nxt.res.start
        moved = cal.safe_date(end.year, end.month, f.res.start.day)
        if moved is None or moved > end:
            first = cal.shift_months(end.replace(day=1), -1)
            moved = cal.safe_date(first.year, first.month, f.res.start.day) if first else None
        if moved is not None:
            f.res = cal.day(moved)
            f.anchor, f.anchor_index = "text", index + 1


#: What opens a range before its first end ("from March to May", "between June and August").
RANGE_OPENER = re.compile(r"(?i:\b(?P<word>from|between))\s+$")


def order_range_ends(ctx: Context) -> None:
    """A range of two months or two weekdays, each dated from the publication date, that would
    end before it starts: in a past clause the start moves back ("lasted from March to May",
    written in March, is last year's March), else the end moves on ("runs from October to
    April", "Friday through Sunday", written on a Sunday)."""
    for index, f in enumerate(ctx.found[:-1]):
        nxt = ctx.found[index + 1]
        clocked = _clock_on_weekday(ctx, f)  # "from 9 a.m. Monday through Friday"
        if nxt.kind != ("weekday" if clocked else f.kind) or nxt.kind not in ("month",
                                                                            "weekday") \
                or f.anchor != "published" or nxt.anchor != "published" \
                or f.type != ("TIME" if clocked else "DATE") or nxt.type != "DATE" \
                or f.res.start is None or nxt.res.start is None or nxt.res.start >= f.res.start:
            continue
        joiner = RANGE_JOINER.fullmatch(ctx.text[f.end:nxt.start])
        opener = RANGE_OPENER.search(ctx.text, max(0, f.start - 12), f.start)
        if joiner is None or (joiner.group().strip().lower() == "and"
                              and (opener is None or opener.group("word").lower() != "between")):
            continue  # "in March and May": two months, no range
        span = ctx.span(f.start, f.end)
        verb = governing_verb(span) if span is not None else None
        if verb is not None and verb.lemma_.lower() in words().clause["reschedule_verbs"]:
            continue  # "will move the final from Sunday to Saturday": a new date, no range
        past = clause_mood(span) == "past"
        if clocked:
            if past:
                moved = f.res.start - timedelta(days=7)
                f.res = Resolved(moved.isoformat() + (f.res.value or "")[10:], moved, moved,
                                 "day")
            else:
                nxt.res = cal.day(nxt.res.start + timedelta(days=7))
        elif f.kind == "weekday":
            if past:
                f.res = cal.day(f.res.start - timedelta(days=7))
            else:
                nxt.res = cal.day(nxt.res.start + timedelta(days=7))
        elif past:
            f.res = cal.month(f.res.start.year - 1, f.res.start.month)
        else:
            nxt.res = cal.month(nxt.res.start.year + 1, nxt.res.start.month)


def _clock_on_weekday(ctx: Context, f: Found) -> bool:
    """Is ``f`` a clock time joined with the weekday after it ("9 a.m. Monday")?"""
    if f.kind not in CLOCK_KINDS or f.res.value is None:
        return False
    last = ctx.token_at(f.end - 1)
    return last is not None and last.lower_.rstrip(".") in words().weekdays


#: A possessive right after a day ("Monday's session").
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
#: "the first nine months", "the last two weeks": a stretch at one edge of a period.
EDGE_STRETCH = re.compile(r"(?i:(?:the\s+)?(?P<edge>first|last|final|opening|closing))\s")
#: A TimeML length in whole days, weeks, months or quarters ("P9M").
WHOLE_LENGTH = re.compile(r"P(?P<n>\d{1,3})(?P<unit>[DWMQ])")
#: What joins such a stretch to its period: "of".
EDGE_JOINER = re.compile(r"\s+(?i:of)\s+")


def frame_edge_durations(ctx: Context) -> None:
    """"the first nine months of 2024": TimeBank marks a length (P9M) and a year; the length
    gets its place in that year as its interval (2024-01-01 .. 2024-09-30), the value stays."""
    for index, f in enumerate(ctx.found[:-1]):
        nxt = ctx.found[index + 1]
        if f.type != "DURATION" or f.res.value is None or f.res.start is not None:
            continue
        edge = EDGE_STRETCH.match(ctx.text, f.start, f.end)
        length = WHOLE_LENGTH.fullmatch(f.res.value)
        if edge is None or length is None or EDGE_JOINER.fullmatch(ctx.text[f.end:nxt.start]) \
                is None or nxt.type != "DATE" or nxt.res.start is None or nxt.res.end is None \
                or nxt.res.grain not in ("year", "half", "quarter", "month"):
            continue
        n, unit = int(length.group("n")), length.group("unit")
        first = edge.group("edge").lower() in ("first", "opening")
        period_start, period_end = nxt.res.start, nxt.res.end
        if unit in ("M", "Q"):
            months = n * (3 if unit == "Q" else 1)
            if first:
                after = cal.shift_months(period_start, months)
                start, end = period_start, after - timedelta(days=1) if after else None
            else:
                start, end = cal.shift_months(period_end, 1 - months), period_end
        else:
            days = n * (7 if unit == "W" else 1)
            start, end = ((period_start, period_start + timedelta(days=days - 1)) if first
                          else (period_end - timedelta(days=days - 1), period_end))
        if start is None or end is None or start < period_start or end > period_end:
            continue
        f.res = Resolved(f.res.value, start, end, "")


#: A count and a unit as a duration pattern reads them ("two hours", "42 minutes", "a day and
#: a half"): no lead word ("the past two years", "the next six months" stay apart).
PLAIN_LENGTH = re.compile(r"(?i:an?|\d[\d.,]*|[a-z]+(?:-[a-z]+)?)\s+(?i:[a-z]+)"
                          r"(?:\s+(?i:and\s+a\s+half))?")
#: What joins the parts of one length ("two hours and six minutes", "two hours, 30 minutes",
#: a race time "2 hours 8 minutes 14 seconds").
LENGTH_JOIN = re.compile(r"\s+(?i:and)\s+|\s*,\s*(?:(?i:and)\s+)?|[ \t]+")
#: The parts of a TimeML duration value, largest unit first.
DURATION_PARTS = re.compile(r"P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
                            r"(?:T(?:(?P<H>\d+)H)?(?:(?P<MIN>\d+)M)?(?:(?P<S>\d+)S)?)?")
#: The units of a duration value, largest first.
LENGTH_UNITS = ("Y", "M", "W", "D", "H", "MIN", "S")
#: Words that open a duration match but are no count ("the past two years").
LEAD_WORDS = frozenset({"the", *DURATION_LEADS})


def _length_parts(value: str | None) -> dict[str, int] | None:
    """The counts of an exact TimeML duration ("PT2H6M" -> {"H": 2, "MIN": 6}), else None."""
    m = DURATION_PARTS.fullmatch(value or "")
    if m is None or value in ("P", "PT"):
        return None
    parts = {unit: int(n) for unit, n in m.groupdict().items() if n is not None}
    return parts or None


def _length_value(parts: dict[str, int]) -> str:
    """A TimeML duration from its counts ({"Y": 3, "M": 6} -> "P3Y6M")."""
    date_part = "".join(f"{parts[u]}{u}" for u in ("Y", "M", "W", "D") if u in parts)
    time_part = "".join(f"{parts[u]}{u[0]}" for u in ("H", "MIN", "S") if u in parts)
    return "P" + date_part + ("T" + time_part if time_part else "")


def join_compound_durations(ctx: Context) -> None:
    """"two hours and six minutes", "3 years and 6 months": one length, as TimeML marks it
    (PT2H6M, P3Y6M), when each part is a bare count and a unit and the second's units are all
    smaller than the first's ("two years and two years", "the past two years and six months",
    "two hours and left six minutes later" stay apart)."""
    merges: dict[int, int] = {}
    for index in range(len(ctx.found) - 1):
        into = merges.get(index, index)
        f, nxt = ctx.found[into], ctx.found[index + 1]
        if f.kind != "duration" or nxt.kind != "duration" or f.type != "DURATION" \
                or nxt.type != "DURATION" \
                or LENGTH_JOIN.fullmatch(ctx.text[f.end:nxt.start]) is None:
            continue
        first, second = _length_parts(f.res.value), _length_parts(nxt.res.value)
        if first is None or second is None or f.res.start is not None \
                or nxt.res.start is not None:
            continue
        if max(LENGTH_UNITS.index(u) for u in first) >= min(LENGTH_UNITS.index(u) for u in second):
            continue
        texts = (ctx.text[ctx.found[index].start:ctx.found[index].end], ctx.text[nxt.start:nxt.end])
        if any(PLAIN_LENGTH.fullmatch(t) is None or t.split()[0].lower() in LEAD_WORDS
               for t in texts):
            continue
        f.res = Resolved(_length_value({**first, **second}))
        f.end = nxt.end
        merges[index + 1] = into
    if merges:
        drop_merged(ctx, merges)


#: "the third day of demonstrations", "the first trading day of the new year": one day of a
#: run of days (TimeBank marks "the second day" of an offensive as that day).
NTH_DAY = re.compile(r"\b(?i:the)\s+(?:(?i:first|second|third|fourth|fifth|sixth|seventh|eighth"
                     r"|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)|last|final)\s+)"
                     r"(?:(?i:straight|consecutive|successive|trading|full|business|working)\s+)?"
                     r"(?i:day)(?=\s+(?i:of)\s+(?!(?i:each|every|the\s+month|the\s+week)\b)\w)")


def date_nth_days(ctx: Context) -> None:
    """"Protesters marched on Thursday, the third day of demonstrations": the day the sentence
    names; "It's the second day of an offensive": in the present, the publication date."""
    taken = [(f.start, f.end) for f in ctx.found]
    for m in NTH_DAY.finditer(ctx.text):
        if any(start < m.end() and m.start() < end for start, end in taken):
            continue
        sentence = ctx.sentence(m.start())
        if sentence is None:
            continue
        days = [(abs(f.start - m.start()), index) for index, f in enumerate(ctx.found)
                if f.type == "DATE" and f.res.grain == "day" and f.res.start is not None
                and sentence.start_char <= f.start < sentence.end_char]
        if days:
            index = min(days)[1]
            ctx.found.append(Found(m.start(), m.end(), "DATE", ctx.found[index].res, "text",
                                   "nth_day", index))
            continue
        day = ctx.token_at(m.end() - 1)
        if ctx.published is None or day is None or day.dep_ != "attr" \
                or day.head.lemma_ != "be" or day.head.tag_ != "VBZ":
            continue  # "He spent the third day of his trip in Rome": no day named
        ctx.found.append(Found(m.start(), m.end(), "DATE", cal.day(ctx.published), "published",
                               "nth_day"))


#: What may stand between a clock time and the day it names ("10 a.m. on Friday").
CLOCK_TO_DAY = re.compile(r"[\s,]*(?:(?i:on|of)\s+)?")
#: What may stand between a clock time and the part of a day it falls in ("6 in the evening").
CLOCK_TO_PART = re.compile(r"\s+(?i:in|on)\s+")
#: A clock value of a day: "T06:30", "T18".
CLOCK_HOUR = re.compile(r"T\d\d(?::\d\d)?")
#: A possessive ending right after a day ("Tuesday's papers").
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
#: "a.m.", "pm" written with the clock: its half of the day is given.
MERIDIEM = re.compile(r"(?i)\b[ap]\.?\s?m\b")


def attach_clock_times(ctx: Context) -> None:
    """Give a clock time the day named right after it ("at 10 a.m. Thursday", "2:30 the next
    day"): that day beats an earlier one of the sentence or the publication date."""
    merges: dict[int, int] = {}
    for index, f in enumerate(ctx.found[:-1]):
        if f.kind not in CLOCK_KINDS or index in merges:
            continue
        nxt = ctx.found[index + 1]
        gap = ctx.text[f.end:nxt.start]
        if nxt.res.grain != "day" or nxt.res.start is None or f.res.value is None:
            continue
        first = ctx.token_at(nxt.start)
        if nxt.kind in MERGED_NEAR_DAY_KINDS and ctx.text[nxt.start:nxt.start + 1].isupper() \
                and f.end > 0 and ctx.text[f.end - 1] == "." and first is not None \
                and first.is_sent_start:
            continue  # "ended at 10 p.m. Tomorrow, the delegates …": a new sentence
        nominal = f.anchor == "published" and _noun_between(ctx, f.end, nxt)
        if CLOCK_TO_DAY.fullmatch(gap) is None and CLOCK_TO_PART.fullmatch(gap) is None \
                and not nominal:
            continue
        # "At noon, Monday's march set off": the day dates the clock, but it owns the noun
        # after it, so the two stay apart ("at 3pm, Tuesday's papers said")
        owned = "," in gap and POSSESSIVE_AFTER.match(ctx.text, nxt.end) is not None
        if owned and _day_owns_a_source(ctx, nxt.end):
            continue  # "at 3pm, Tuesday's papers said": the day dates the papers, not the call
        clock = f.res.value[10:]
        part = nxt.res.value[10:] if nxt.type == "TIME" else ""
        if part in ("TAF", "TEV", "TNI") and CLOCK_HOUR.fullmatch(clock) \
                and not MERIDIEM.search(ctx.text[f.start:f.end]):
            hour = int(clock[1:3])
            if 1 <= hour <= 11 and (part != "TNI" or hour >= 6):
                clock = f"T{hour + 12:02d}{clock[3:]}"  # "6:30 this evening": 18:30
        elif CLOCK_TO_DAY.fullmatch(gap) is None and not nominal:
            continue
        f.res = Resolved(nxt.res.start.isoformat() + clock, nxt.res.start, nxt.res.end, "day")
        f.anchor, f.anchor_index = "text", index + 1
        if (nxt.kind in MERGED_DAY_KINDS and nxt.type == "DATE"
                or nxt.kind in MERGED_NEAR_DAY_KINDS and SPACES.fullmatch(gap)
                and ctx.text[nxt.start:nxt.start + 1].islower()
                and not POSSESSIVE_AFTER.match(ctx.text, nxt.end)) and not owned \
                and CLOCK_DAY_JOIN.fullmatch(gap):
            # "at noon Thursday", "until 5 p.m. EST, Nov. 6", "at 9 p.m. tonight", "at eleven
            # o'clock this morning": one TIMEX3, as TimeBank marks it
            f.end, f.anchor, f.anchor_index = nxt.end, nxt.anchor, nxt.anchor_index
            merges[index + 1] = index
    if merges:
        drop_merged(ctx, merges)


def _noun_between(ctx: Context, clock_end: int, day: Found) -> bool:
    """Is a clock time with no day of its own followed by a noun it names the time of, and then
    a day ("In 4 p.m. composite trading yesterday", "the 6 p.m. curfew Monday")? That day dates
    the clock."""
    clock, last = ctx.token_at(clock_end - 1), ctx.token_at(day.start)
    if clock is None or last is None or POSSESSIVE_AFTER.match(ctx.text, day.end):
        return False
    gap = ctx.doc[clock.i + 1:last.i]
    return 0 < len(gap) <= MAX_CLOCKED_NOUN and all(
        t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") for t in gap) \
        and gap[-1].pos_ == "NOUN"


def _day_owns_a_source(ctx: Context, day_end: int) -> bool:
    """Is the day ending at ``day_end`` the owner of who says ("Tuesday's papers said",
    "Wednesday's bulletin reported"), not of what happens ("Saturday's strikes killing four")?"""
    day = ctx.token_at(day_end - 1)
    if day is None or day.dep_ != "poss":
        return False
    owner = day.head
    return owner.dep_ in ("nsubj", "nsubjpass") and owner.head.lemma_.lower() in speech_verbs()


#: How many words a noun the clock times may have ("Nasdaq Stock Market composite trading").
MAX_CLOCKED_NOUN = 6
#: The days a clock time right before them joins into one expression ("noon Thursday").
MERGED_DAY_KINDS = frozenset({"weekday", "weekday_md_y", "d_m_y"})
#: Days told from today that a clock time right before them joins, with a space between
#: ("9 p.m. tonight", "8 a.m. tomorrow", "eleven o'clock this morning").
MERGED_NEAR_DAY_KINDS = frozenset({"relative_day", "day_part"})
SPACES = re.compile(r"[ \t]+")
#: What may stand between such a clock time and its day: a space or a comma, no "on".
CLOCK_DAY_JOIN = re.compile(r"[ \t]*,?[ \t]+|,")


def drop_merged(ctx: Context, merges: dict[int, int]) -> None:
    """Drop each Found at a key of ``merges`` (joined into the Found at its value) and point
    the anchors that named it, and every later index, at the new positions."""
    keep = [index for index in range(len(ctx.found)) if index not in merges]
    new_index = {old: new for new, old in enumerate(keep)}
    for old, into in merges.items():
        new_index[old] = new_index[into]
    found = [ctx.found[index] for index in keep]
    for f in found:
        if f.anchor_index is not None:
            f.anchor_index = new_index.get(f.anchor_index)
            if f.anchor_index is None and f.anchor == "text":
                f.anchor = None
    ctx.found = found


def headline_case(ctx: Context, start: int) -> bool:
    """Is the sentence holding ``start`` written in title case, as headlines are (most of its
    words capitalised)?"""
    sentence = ctx.sentence(start)
    words_ = [t for t in sentence if t.is_alpha and len(t) > 3] if sentence is not None else []
    return len(words_) >= 3 and sum(t.text[:1].isupper() for t in words_) > 0.7 * len(words_)


#: A capitalised word right after a time word: with it the time word is a name's.
NAME_AFTER = re.compile(r" [A-Z][a-z]")


def _timetable_verb(span: Span | None) -> bool:
    """Is the clause's verb one of a timetable ("open", "close", "start", "resume")?"""
    verb = governing_verb(span) if span is not None else None
    return verb is not None and verb.lemma_.lower() in words().clause["timetable_verbs"]


def date_clock_times(ctx: Context) -> None:
    """ "The tsunami struck on Saturday night. The waves hit at about 9:30 p.m.": a clock time
    in a past report with no day of its own is on the day the passage named last (in its
    sentence or the two before, in the same paragraph; an early hour after a night is the
    next day's), not on the publication date; so is one in a timetable told in the present or
    the future, after a day still ahead ("The vote is on Feb. 23. Polls open at 7am")."""
    if ctx.published is None:
        return
    moved: dict[int, date] = {}
    for index, f in enumerate(ctx.found):
        if f.kind in CLOCK_KINDS and index - 1 in moved and f.res.start == ctx.published \
                and f.res.value and CLOCK_HOUR.match(f.res.value[10:]) \
                and ctx.sentence_start(f.start) <= ctx.found[index - 1].start:
            # "Polls open at 7am and close at 6pm": the second clock shares the first's day
            on = past_midnight(ctx.found[index - 1], f, moved[index - 1])
            f.res = Resolved(on.isoformat() + f.res.value[10:], on, on, "day")
            f.anchor, f.anchor_index = "text", index - 1
            moved[index] = on
            continue
        if f.kind not in CLOCK_KINDS or f.anchor != "published" or f.res.start != ctx.published \
                or _names_its_day(ctx, f):
            continue  # "in effect until 8 p.m. Friday", written that Friday: that Friday
        sentence = ctx.sentence(f.start)
        span = ctx.span(f.start, f.end)
        mood = clause_mood(span) if sentence is not None else None
        if mood not in ("past", "present", "future") or (
                mood == "present" and not _timetable_verb(span)):
            continue  # "he wakes at 6am": a habit, not the named day's timetable
        earliest = sentence.start_char
        for _ in range(2):
            before = ctx.sentence(earliest - 1) if earliest > 0 else None
            if before is None or ctx.paragraph(before.start_char) != ctx.paragraph(f.start):
                break
            earliest = before.start_char
        day_index = next((k for k in range(index - 1, -1, -1) if ctx.found[k].start >= earliest
                          and ctx.found[k].type in ("DATE", "TIME")
                          and ctx.found[k].res.grain == "day"
                          and ctx.found[k].res.start is not None and ctx.found[k].res.value
                          and ctx.found[k].kind not in CLOCK_KINDS), None)
        if mood == "past" and day_index is not None:
            day_index = narrated_day(ctx, day_index, earliest)
        day = ctx.found[day_index] if day_index is not None else None
        if day is None or day.res.start is None or day.res.start == ctx.published \
                or since_start(ctx, day.start) is not None:
            continue  # "Fighting has raged since Sunday. At 6 a.m., …": today
        if not (0 < (ctx.published - day.res.start).days <= NEAR_PAST_DAYS if mood == "past"
                else 0 < (day.res.start - ctx.published).days <= DAY_AHEAD_DAYS):
            continue  # "Voters go to the polls on Feb. 23. Polls open at 7am": that day's
            # timetable, told in the present or the future
        clock = f.res.value[10:] if f.res.value else ""
        if not CLOCK_HOUR.match(clock):
            continue
        on = day.res.start
        if (day.res.value or "")[10:] == "TNI" and int(clock[1:3]) < 6:
            on = on + timedelta(days=1)  # "late on Saturday night … at 12:30 a.m.": Sunday
        f.res = Resolved(on.isoformat() + clock, on, on, "day")
        f.anchor, f.anchor_index = "text", day_index
        moved[index] = on


#: A word of a time's text.
TIME_WORD = re.compile(r"[A-Za-z]+")


def _names_its_day(ctx: Context, f: Found) -> bool:
    """Does the text of a clock time name its own day ("8 p.m. Friday", "noon today")?"""
    w = words()
    return any(m.group().lower() in w.weekdays or m.group().lower() in w.relative_days
               or m.group().lower() in w.months
               for m in TIME_WORD.finditer(ctx.text, f.start, f.end))


#: "the night of", "the morning of" right before a day: that part of that day.
PART_OF_DAY_BEFORE = re.compile(
    r"(?:\b(?i:the)\s+(?:(?P<edge>(?i:early|late|small|wee))\s+)?(?P<part>\w+)\s+(?i:of)"
    r"|(?<![\w-])(?:(?i:mid)-?(?!(?i:night))|(?i:early|late)\s+)(?P<part2>\w+)"
    r"(?:\s+(?i:on))?)\s+$")


def attach_day_parts(ctx: Context) -> None:
    """"the night of Feb. 23", "mid-afternoon yesterday", "early morning on Friday": a TIME,
    that part of the day, not the whole day."""
    for f in ctx.found:
        if f.type != "DATE" or f.res.grain != "day" or f.res.value is None \
                or len(f.res.value) != 10:
            continue
        match = PART_OF_DAY_BEFORE.search(ctx.text, max(0, f.start - 30), f.start)
        part = match and (match.group("part") or match.group("part2"))
        if part and part.lower() == "hours" and (match.group("edge") or "").lower() in \
                words().clause["night_hours_edges"]:
            if POSSESSIVE_AFTER.match(ctx.text, f.end):
                continue  # "the early hours of Monday's session": the session's first hours
            part = "night"  # "the early hours of Nov. 18", "the small hours of Sunday"
        if not part or part.lower() not in words().day_parts:
            continue
        f.type, f.res = with_part(f.res, part)
        f.start = match.start()


@Language.factory(
    "claimledger_times",
    assigns=["doc._.cl_times"],
    default_config={"use_entities": True, "since_intervals": True},
)
def make_times(
    nlp: Language, name: str, use_entities: bool, since_intervals: bool
) -> TimesComponent:
    """The ``claimledger_times`` factory (version 1)."""
    return TimesComponent(use_entities=use_entities, since_intervals=since_intervals)
