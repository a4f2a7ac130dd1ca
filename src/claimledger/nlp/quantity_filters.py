"""What is not a quantity.

Tokens inside the times component's spans and phone numbers are blocked before any reading;
number words that are pronouns, idioms or names ("no one", "at one point", "Three Gorges"), list
markers ("1)") and ratios ("2-for-1") are implausible; dates, clock times, durations and years
belong to the times component; and numbers that name rather than count are labels ("Article 5",
"Boeing 737", "Su-27"), addresses ("10 Downing Street"), model names ("the 8088 chip") or
numbers to dial ("911 calls").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .numbers import NumberMatch, NumberWords
from .quantity_found import (
    CURRENCY_SIGNS,
    NOUNS,
    PERCENT_SIGNS,
    SUBJECTS,
    YEAR_LIKE,
    Found,
    all_digits,
    has_cue,
    hyphen_joined,
    listed_figure,
)
from .quantity_lexicon import QuantityWords

#: Digit groups that make a phone number, not a figure ("+44 20 7946 0958", "555-123-4567").
PHONE = re.compile(
    r"(?<![\w.,])(?:(?:\+\d{1,3}[ .-]?|1[ .-]|\(\d{2,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,5}){2,3}"
    r"|(?:1[ .-])?\(\d{3}\)[ .-]?\d{3}[ .-]\d{4})(?![\w,])"
)
PHONE_MIN_DIGITS = 9
#: spaCy entity labels whose numbers are names, not amounts ("Resolution 2231").
NAME_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT"})
#: Words after a name that make the figure before it a count of people ("the 20 Taliban
#: who attacked", "the 20 Taliban were killed").
PLURAL_FOLLOWERS = frozenset({"who", "whom", "were", "are", "have"})
#: A clock time written with a point: "10.45", "19.45", "9.30" (hours, then two digits).
CLOCK_POINT = re.compile(r"^(\d{1,2})\.(\d\d)$")
#: Words before a clock time ("departs at 10.45", "open until 17.30", "from 9.30").
CLOCK_PREPOSITIONS = frozenset({"at", "from", "until", "till", "before", "after", "by"})
#: Adjectives that make the time unit after them a time of their own ("last week").
DEICTIC_ADJECTIVES = frozenset({"last", "next", "this", "past", "previous", "coming",
                                "following", "same", "that"})


#: The last year of school a number after "grades" may name ("grades 9 through 12").
SCHOOL_YEARS = 12
#: How many figures of a list before its time unit are read ("three, four and even five hours").
LISTED_TIMES = 4
#: Words that may stand before the last figure of a list ("and even five hours").
LIST_HEDGES = frozenset({"even", "maybe", "perhaps", "possibly"})


class QuantityFilters:
    """What is not a quantity; mixed into :class:`.quantities.QuantitiesComponent`."""

    words: QuantityWords
    numbers: NumberWords
    demonyms: frozenset[str]

    def _blocked_tokens(self, doc: Doc, text: str) -> set[int]:
        """Tokens inside time expressions (the times component's) and phone numbers."""
        blocked: set[int] = set()
        spans: list[tuple[int, int]] = []
        for time in doc._.cl_times or []:
            try:
                spans.append((int(time.span[0]), int(time.span[1])))
            except (TypeError, ValueError, IndexError):
                continue
        for match in PHONE.finditer(text):
            digits = sum(c.isdigit() for c in match.group())
            if digits >= PHONE_MIN_DIGITS or match.group()[0] in "+(":
                spans.append(match.span())
        for start, end in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not self._age_duration(doc, span) \
                    and not self._margin_duration(doc, span):
                blocked.update(range(span.start, span.end))
                blocked.update(_days_after(doc, span, self.words.change_up
                                           | self.words.change_down))
                # "between March 3 and [6]", "from July 15 to [18]", "March 3, [5] and [7]"
        return blocked

    def _margin_duration(self, doc: Doc, span: Span) -> bool:
        """ "finished [2.3 seconds] behind Norris": a race's gap the times component read as a
        duration; this component also reports it as a measured figure."""
        return 1 < len(span) <= 3 and span[-1].lower_ in self.words.margin_time_units \
            and span[0].like_num and self._race_gap(doc, span.end - 1)

    def _read_margin_time(self, doc: Doc, lower: list[str], item: Found) -> None:
        """The unit of a race's gap ("2.3 seconds behind", "1.2 seconds off the pace")."""
        j = item.num_end
        if item.unit is None and j + 1 < len(lower) and lower[j] in self.words.margin_time_units \
                and self._race_gap(doc, j):
            item.unit, item.unit_kind = self.words.margin_time_units[lower[j]], "margin"
            item.unit_span, item.end = (j, j + 1), j + 1

    def _race_gap(self, doc: Doc, unit: int) -> bool:
        """Is the time unit at ``unit`` a gap in a race: "1.4 seconds slower", "12 seconds
        clear", "1.2 seconds off the pace", "2.1 seconds ahead of Alonso", "finished 2.3
        seconds behind the leader", "was 2 seconds behind at the bell". A duration verb
        ("waited 20 minutes outside the embassy", "met 30 minutes ahead of the summit") or a
        place or event after it ("30 seconds inside the second half") makes it a span of time."""
        k = unit + 1
        if k >= len(doc) or doc[k].lower_ not in self.words.margin_words:
            return False
        margin = doc[k].lower_
        if margin in self.words.race_margin_words:
            return True  # "1.4 seconds slower", "12 seconds clear"
        k += doc[k + 1].lower_ == "of" if k + 1 < len(doc) else 0  # "ahead of"
        named = k + 1 < len(doc) and (doc[k + 1].pos_ == "PROPN"
                                      or doc[k + 1].ent_type_ in ("PERSON", "ORG"))
        if named or self._race_mark_after(doc, k + 1):
            return True  # "behind Norris", "ahead of the peloton", "off the pace"
        verb = _governing_verb(doc[unit])
        if verb is not None and verb.lemma_.lower() in self.words.duration_verbs:
            return False
        if margin in ("behind", "ahead") and (k + 1 >= len(doc) or doc[k + 1].pos_ in (
                "ADP", "PUNCT", "CCONJ", "SCONJ")) and doc[k].lower_ != "of":
            return True  # "was 2 seconds behind at the bell", "finished 30 seconds ahead."
        if margin in ("inside", "outside") or doc[k].lower_ == "of":
            return False  # "inside the second half", "ahead of the summit": a time's event
        return verb is not None and verb.lemma_.lower() in self.words.race_verbs

    def _race_mark_after(self, doc: Doc, k: int) -> bool:
        """A rival or mark of a race (``race_mark_nouns``) in the few words from ``k``: "the
        pace", "the world record", "her personal best"."""
        if k >= len(doc) or not (doc[k].pos_ == "DET" or doc[k].tag_ in ("PRP$", "POS")):
            return False
        for token in doc[k + 1:k + 4]:
            if token.pos_ in ("NOUN", "PROPN", "ADJ", "ADV", "VERB"):
                if has_cue(token, self.words.race_mark_nouns):
                    return True
                continue
            break
        return False

    def _part_of_time(self, lower: list[str], j: int) -> bool:
        """After a fraction: "[of] [a|the] century", "the time": a part of a time span ("a third
        this year" is a part of something else, then a time)."""
        if j < len(lower) and lower[j] in ("this", "that", "its") and (
                lower[j - 1] != "half" or lower[j - 2:j - 1] == ["by"]):
            return False  # ("half this year" is one; "rose by half this year" a change)
        while j < len(lower) and lower[j] in ("of", "a", "an", "the", "this", "that", "its"):
            j += 1
        return j < len(lower) and lower[j] in self.words.time_units | {"time"}

    def _plausible(self, doc: Doc, lower: list[str], match: NumberMatch) -> bool:
        """Reject number words that are pronouns or names ("no one", "one of them", "Three
        Gorges") and "one" that picks a thing out ("one of the largest refineries", "One
        official said"); "One of the guards was hurt" counts (see :meth:`_indefinite_one`)."""
        first = doc[match.start]
        if match.end < len(doc) and lower[match.end] == ")" and match.end - match.start == 1 \
                and (first.is_sent_start or lower[match.start - 1] in (";", ":", ",", "and", "or")
                     or _unopened(lower, first.sent.start, match.start)):
            return False  # "1)" numbers a list item (a bracket closed but never opened)
        if 1 < match.start and match.end < len(doc) and lower[match.start - 1] == "[" \
                and lower[match.end] == "]" and (doc[match.start - 2].is_punct
                                                 or not doc[match.start - 2].whitespace_) \
                and all(t.isdigit() for t in lower[match.start:match.end]) \
                and not (match.end + 1 < len(doc) and doc[match.end + 1].pos_ in NOUNS):
            return False  # "… 9 percentage points.” [538]": a reference mark after the
            # sentence or glued to a word ("the war[2]"); "rose to [15]" is an editor's figure
        if lower[match.start] in ("a", "an") and match.start > 0 \
                and (lower[match.start - 1],) in self.words.units:
            return False  # "64 cents [a dozen]", "$5 [a hundred]": the unit a price is for
        if len(first.text) > 1 and first.text.isdigit() and first.text[0] == "0":
            return False  # "000", "007": a code or a stray digit group, not a figure
        if match.vague and match.start > 0 and lower[match.start - 1] in self.words.not_vague_after:
            return False  # "settling scores"
        if lower[match.start] in ("half", "halves") and match.start > 0 \
                and lower[match.start - 1] in ("first", "second", "last", "latter", "other"):
            return False  # "the second half of the year"
        if match.words and match.end + 1 < len(doc) and lower[match.end] == "-" \
                and lower[match.end + 1] in self.words.not_count_compounds \
                and not (doc[match.end + 1].text == "man" and match.value > 1) \
                and not (lower[match.end + 1] == "way" and match.value > 1
                         and lower[match.end + 2:match.end + 3] != []
                         and lower[match.end + 2] in self.words.contest_nouns):
            return False  # "a one-time gain", "a one-off payment", "a one-man show" ("a
            # three-way primary", "a three-man board" count who is in it; "a two-way street"
            # and "the Six-Man Tag Team title" do not)
        if match.words and match.end + 2 < len(doc) and lower[match.end] == "-" \
                and (lower[match.end + 1], lower[match.end + 2]) in self.words.kind_compounds:
            return False  # "from three-point range", "a two-point conversion": a word figure
            # names a kind of shot or line ("a three-point lead" is a margin; a digit figure,
            # "a 500-point range", is measured)
        after_dash = lower[match.end + 1] if match.end + 1 < len(lower) else ""
        if (lower[match.end:match.end + 1] == ["-"]
                and (after_dash == "for" or after_dash.startswith("for-"))) \
                or (match.start > 1 and lower[match.start - 2:match.start] == ["for", "-"]):
            return False  # "a 2-for-1 split": a ratio, not two figures
        if match.words and not match.scaled:
            if first.is_title and first.pos_ == "PROPN" and not first.is_sent_start:
                return False
            if first.is_sent_start and match.end + 1 < len(doc) and lower[match.end] == "," \
                    and doc[match.end + 1].tag_ in ("VB", "PRP"):
                return False  # "Two, disrupt the networks", "One, we must win": a list's
                # numbering ("Two, maybe three, died" counts)
            if lower[match.start] == "one" and match.end - match.start == 1:
                return self._one_counts(doc, lower, match)
        return True

    @staticmethod
    def _short_year(doc: Doc, item: Found, before: str, before2: str) -> bool:
        """Is the figure a year cut short after an apostrophe ("the class of ’92", "the ’08
        election", "‘16 And President"), not a count after an opening quote ("‘16 people
        died,’ he said", "‘12 of them were children’")?"""
        k = item.num_start
        if before not in ("'", "‘", "’") or item.end - k != 1 or len(doc[k].text) != 2 \
                or not doc[k].text.isdigit() or doc[k].idx != doc[k - 1].idx + 1:
            return False
        if k >= 2 and doc[k - 2].is_alpha and not doc[k - 2].whitespace_:
            return False  # ("Woodstock'94": an apostrophe inside a word)
        counted = item.end < len(doc) and (doc[item.end].tag_ == "NNS"
                                           or doc[item.end].lower_ == "of")
        return not counted or before2 in ("the", "his", "her", "their", "its", "our")

    def _is_time(self, doc: Doc, lower: list[str], item: Found, match: NumberMatch) -> bool:
        """Dates, clock times, durations, years: figures the times component owns."""
        if item.unit_kind in ("currency", "percent"):
            return False
        before = lower[item.start - 1] if item.start > 0 else ""
        before2 = lower[item.start - 2] if item.start > 1 else ""
        after = lower[item.end] if item.end < len(lower) else ""
        if self._age(lower, item):
            return False
        if self._clock_time(doc, lower, item):
            return True
        if self._short_year(doc, item, before, before2):
            return True
        if before in self.words.months or (before == "." and before2 in self.words.months):
            return True
        if item.start > 0 and _glued_month(doc[item.start - 1].text, self.words.months) \
                and item.value is not None and float(item.value).is_integer() \
                and 1 <= item.value <= 31 and (after in ("", ",") or YEAR_LIKE.fullmatch(after)):
            return True  # "moderatorFeaturedFebruary 6, 2016": a web page's date glued on
            # ("inFebruary 500 people marched" counts them)
        if (after in self.words.months and not _verb_not_month(doc[item.end])) or (
                after == "of" and item.end + 1 < len(lower)
                and lower[item.end + 1] in self.words.months):
            return True  # "12 May", "12 of March"; not "10,000 may have died"
        if item.unit is None and after in self.words.time_units \
                and not _counts_compound(doc, item.end):
            return True
        if item.unit is None and after == "-" and item.end + 1 < len(lower) \
                and lower[item.end + 1] in self.words.time_units:
            return True  # "a two-year note", "a 30-day ceasefire": durations
        if item.unit is None and item.end + 1 < len(lower) and doc[item.end].pos_ == "ADJ" \
                and lower[item.end + 1] in self.words.time_units \
                and not (lower[item.end] in DEICTIC_ADJECTIVES and all_digits(lower[item.num_start])
                         and not lower[item.end + 1].endswith("s")):
            return True  # "15 extra minutes", "two more years": durations ("to 334,000 last
            # week" is a figure, then a time)
        if item.unit is None and after in ("or", "and", "to", ",", "-", "–") \
                and self._time_follows(lower, item.end + 1):
            return True  # "[40] or 50 years ago", "[three] or four months": one span of time
        if item.unit is None and after in ("or", "and", "to", "-", "–") \
                and _day_before_month(doc, item, lower, self.words.months):
            return True  # "[24] and 25 December": days of one month
        return self._is_year(doc, lower, item, match)

    def _clock_time(self, doc: Doc, lower: list[str], item: Found) -> bool:
        """ "departs at 10.45", "kick-off at 19.45", "by 10.45 GMT": a clock time written with a
        point (hours 0–23, two digits of minutes) after "at", "from", "until" … that a word of a
        timetable governs (``clock_cues``) or a time zone follows (``clock_zones``); "the stock
        closed at 10.45", "stood at 1.45 before the flight ban" are prices."""
        if item.unit is not None or item.num_end - item.num_start != 1:
            return False
        clock = CLOCK_POINT.match(lower[item.num_start])
        if clock is None or int(clock.group(1)) > 23 or int(clock.group(2)) > 59:
            return False
        if item.num_start == 0 or lower[item.num_start - 1] not in CLOCK_PREPOSITIONS:
            return False
        if item.num_end < len(lower) and lower[item.num_end] in self.words.clock_zones:
            return True
        head = doc[item.num_start - 1].head
        cues = self.words.clock_cues
        if (head.pos_ == "ADJ" and head.lower_ in self.words.clock_states) or any(
                c.dep_ == "acomp" and c.lower_ in self.words.clock_states
                for c in head.children):
            return True  # "stay open until 21.00", "remain closed until 06.00"
        subjects = [t for c in head.children if c.dep_ in ("nsubj", "nsubjpass")  # "doors open
                    for t in (c, *(x for x in c.children if x.dep_ == "compound"))]  # at 19.30"
        compounds = (c for c in head.children if c.dep_ == "compound")  # "kick-off at 3.00"
        if self._timetable_subject(head):
            return True  # "polls close at 22.00", "voting ends by 20.00"
        return any(t.lower_ in cues or t.lemma_.lower() in cues
                   for t in (head, *compounds, *subjects))

    def _timetable_subject(self, head: Token) -> bool:
        """Is ``head`` a verb of a timetable ("close", "begin": ``clock_subject_verbs`` or
        ``clock_cues``) whose own subject, not a word compounded onto it, is one that keeps hours
        (``clock_subjects``): "polls close at 22.00", "the ceasefire begins at 06.00"? "Voting
        shares closed at 12.40", "show tickets start at 19.50", "polls put the party at 22.50"
        and "shops sell it at 19.50" are prices or shares."""
        if head.pos_ not in ("VERB", "AUX"):
            return False
        verbs = self.words.clock_subject_verbs | self.words.clock_cues
        if not has_cue(head, verbs):
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self.words.clock_subjects
                   for c in head.children)

    def _time_follows(self, lower: list[str], k: int) -> bool:
        """A number then a time unit at ``k`` ("50 years", "four-month"): the second half of a
        pair of durations whose first number has no unit of its own; also the rest of a list
        ("[three], four and even five hours")."""
        for _ in range(LISTED_TIMES):
            if k < len(lower) and lower[k] in LIST_HEDGES:
                k += 1  # "four and even five hours"
            if k >= len(lower) or not (lower[k].isdigit()
                                       or self.numbers.is_word_number(lower[k])):
                return False
            k += 1
            if k < len(lower) and lower[k] == "-":
                k += 1
            if k < len(lower) and lower[k] in self.words.time_units:
                return lower[k + 1:k + 2] not in (["old"], ["olds"], ["-"]) \
                    and lower[k + 1:k + 3] != ["of", "age"]  # "14, 15 and 16 years old",
                # "12, 14 and 16 year olds", "5, 6 and 7 years of age": ages
            if k + 1 < len(lower) and lower[k] == "," and lower[k + 1] in ("and", "or"):
                k += 1
            if k >= len(lower) or lower[k] not in (",", "and", "or"):
                return False
            k += 1
        return False

    def _is_year(self, doc: Doc, lower: list[str], item: Found, match: NumberMatch) -> bool:
        """A bare four-digit number from 1000 to 2100 is a year unless it counts a noun."""
        if item.unit or match.words or match.scaled:
            return False
        values = [item.value] if item.relation != "range" else [item.low, item.high]
        texts = [lower[item.num_start], lower[item.num_end - 1]]
        if not all(v is not None and float(v).is_integer() and 1000 <= v <= 2100
                   for v in values):
            return False
        if not all(len(t) == 4 and t.isdigit() for t in texts):
            return False
        nxt = doc[item.end] if item.end < len(doc) else None
        counts_noun = nxt is not None and nxt.tag_ in ("NNS", "NNPS") \
            and nxt.lower_ not in self.words.months
        bounded = self._has_bound_before(lower, item.start)
        if counts_noun and bounded:
            return False  # "an estimated 2030 troops": a bound makes it a count
        if doc[item.num_start].ent_type_ == "DATE":
            return True
        prev = doc[item.start - 1] if item.start > 0 else None
        if counts_noun and prev is not None and 1900 <= values[0] <= 2100 \
                and prev.pos_ in ("ADJ", "PROPN") and prev.tag_ not in ("VBN", "JJR", "JJS"):
            return True  # "Republican 2016 hopefuls": a year as modifier ("some 2000 refugees",
            # "an estimated 2000 refugees" count them)
        return not counts_noun

    def _is_label(self, doc: Doc, lower: list[str], item: Found) -> bool:
        """ "Article 5", "Boeing 737", "F-16": a number that names, not counts; "16-all": a
        tied score."""
        i = item.num_start
        if lower[item.end:item.end + 2] == ["-", "all"]:
            return True  # "level at 16-all"
        if item.start < i:  # a bound or currency makes it an amount
            return False
        if lower[item.num_end:item.num_end + 1] == ["to"] and item.num_end + 2 < len(lower) \
                and lower[item.num_end + 1][:1].isdigit() \
                and lower[item.num_end + 2] in ("percent", "%", "points", "per"):
            return False  # "would beat Trump 46 to 40 percent": a share, no name's number
        if listed_figure(doc, i, labels=self.words.label_words,
                         names=self.words.numbered_names) is not None:
            return False  # "won 52% of the vote and Jones 45": a gapped list, no name
        before = lower[i - 1] if i > 0 else ""
        token = doc[i]
        if hyphen_joined(doc, item.num_end - 1) \
                and lower[item.num_end + 1] in self.words.number_kind_nouns:
            return True  # "seven 3-pointers", "a four-seater jet": a kind of thing named by a
            # number
        counted = item.end < len(doc) and doc[item.end].tag_ in ("NNS", "NNPS")
        if i > 0 and doc[i - 1].dep_ == "dative" and item.end < len(doc) \
                and not self._bare_label_word(doc, lower, i) and (
                lower[item.end] == "of" or (token.head.dep_ in ("dobj", "obj")
                                            and token.head.i >= item.end
                                            and token.head.tag_ in ("NNS", "NNPS"))):
            return False  # "gave Labour 411 seats", "cost the army 40 tanks", "gives the ANC
            # 159 of the 400": a recipient, then a count ("gave Boeing 737 pilots a raise")
        if before in self.words.list_words and counted:
            return False  # "the top two candidates" counts them ("the top 10" alone names a list)
        if before == "big" and not all_digits(lower[i]) \
                and (doc[i - 1].is_title or (i > 1 and lower[i - 2] == "the")):
            return True  # "the big four banks", "Big Four auditor KPMG": a name for a group
        if (before in self.words.label_words or before.rstrip("-") in self.words.label_words) \
                and (doc[i - 1].pos_ not in ("VERB", "AUX") or not doc[i - 1].is_lower):
            return True  # "Building 7" ("is building three data centres" counts them)
        if self._school_grade(doc, item, i - 1):
            return True  # "in grades 3 and 4" ("grades 90 and above" are marks)
        if item.unit is None and before in ("and", "or", "&", "through", "to") and i >= 3 \
                and doc[i - 2].like_num and doc[i - 3].pos_ not in ("VERB", "AUX") \
                and ((lower[i - 3] in self.words.label_words and before != "to")
                     or self._school_grade(doc, item, i - 3)) \
                and not (item.end < len(doc) and doc[item.end].tag_ in ("NNS", "NNPS")):
            return True  # "grades three through eight", "grades 3 to 8", "Articles 5 and 6":
            # both name
        if _part_of_a_whole(doc, lower, item.end):
            return False  # "gave Law and Justice 187 of the 460 seats": a share, no name
        if self._street_after(doc, item):
            return True  # "42 Mill Lane", "10 Downing Street": an address
        if before == "." and i > 1 and doc[i - 2].is_title \
                and lower[i - 2] + "." in self.words.label_words:
            return True  # "No . 2" split by the tokenizer ("said no . 5 …" may end a sentence)
        if item.end < len(lower) \
                and lower[item.end] in self.words.label_numbers.get(lower[i], ()):
            return True  # "911 calls": a number to dial
        if before == "-" and i > 1 and not doc[i - 2].whitespace_:
            return True  # "Su-27", "COVID-19"
        token = doc[i]
        if token.ent_type_ in NAME_LABELS and not _grouped_digits(token.text) \
                and not _gapped_figure(doc, i) and not self._tally_noun_after(doc, i + 1) \
                and not _owned_figure(doc, i, item.end) \
                and not (item.end == i + 1 and item.end < len(doc)
                         and doc[item.end].tag_ == "NNS" and _partitive(lower, i)):
            return True  # "his 757 jet" (but a "3,000.15" the tagger names is an amount,
            # "235 of the 288 seats" counts them, and so does "Romney 206 electoral votes", and
            # "81 delegates to Rubio’s 17" when the tagger takes the name's figure in)
        if before == "the" and item.end == i + 1 and token.text.isdigit() \
                and self._model_name(doc, lower, i):
            return True
        prev = doc[i - 1] if i > 0 else None
        if prev is None or not all_digits(lower[i]) or before in self.words.months:
            return False
        if all_digits(before) and not YEAR_LIKE.fullmatch(before) and len(lower[i]) >= 3 \
                and item.end == i + 1 \
                and item.end < len(doc) and doc[item.end].is_alpha \
                and (doc[item.end].is_title or doc[item.end].is_upper):
            return True  # "43 737 MAX jets", "50 787 Dreamliners": a count, then a model
        if _acronym(prev) and before not in self.words.currency_prefixes and (
                not prev.is_stop or (i > 1 and _acronym(doc[i - 2]))):
            return True  # "IE 6", "CC BY 4.0" (but "ALL 5 answers" counts)
        if item.unit is None and (self._label_pair(doc, lower, i - 1, i)
                                  or (before in ("and", "or", "&", "through") and i >= 3
                                      and self._label_pair(doc, lower, i - 3, i - 2))):
            return True  # "police posts 542 and 543", "reactors 5 and 6": numbers that name
        tally = lower[item.end:item.end + 1] == ["to"] and item.end + 1 < len(lower) \
            and lower[item.end + 1][:1].isdigit()  # "passed the House 220 to 207"
        tally = tally or self._tally_noun_after(doc, i + 1)  # "Cruz 34 delegates to zero"
        return prev.pos_ == "PROPN" and prev.is_title and not tally \
            and not _gapped_figure(doc, i)  # "Boeing 737"

    def _tally_noun_after(self, doc: Doc, k: int) -> bool:
        """Does a contest's counted noun follow a name that is no firm or place, maybe after one
        adjective ("Cruz 34 delegates", "332 electoral votes"; not a verb, however tagged: "the
        Embraer 175 seats 76 passengers", "Local 727 votes to strike", "Android 14 runs on")?"""
        if k < 2 or doc[k - 2].ent_type_ in ("ORG", "FAC", "GPE", "LOC") or not any(
                _tally_figure(doc, t.i) for t in doc[max(0, k - TALLY_REACH):k + TALLY_REACH]
                if t.i != k - 1):
            return False  # a tally sets a name's figure against another's ("Cruz 34 delegates
            # to zero", "Trump 42 delegates, Cruz 30"; not "the Dash 8 seats are cramped",
            # "Ward 7 votes tallied 1,200")
        for token in doc[k:k + 2]:
            if token.lower_ in self.words.name_tally_nouns:
                return token.pos_ == "NOUN" and token.dep_ != "compound" \
                    and not _acts_on_something(doc, token.i + 1)
            if token.pos_ != "ADJ":
                return False
        return False

    def _bare_label_word(self, doc: Doc, lower: list[str], i: int) -> bool:
        """A label word right before the figure with no article or owner before it: "gave
        Building 7 residents" names a building ("cost the army 40 tanks" is a recipient)."""
        before = lower[i - 1]
        if before not in self.words.label_words and before.rstrip("-") not in \
                self.words.label_words:
            return False
        return i < 2 or not (doc[i - 2].pos_ == "DET" or doc[i - 2].tag_ in ("PRP$", "POS"))

    def _school_grade(self, doc: Doc, item: Found, k: int) -> bool:
        """Is the figure (or range) a year of school after a plural noun of grades at token
        ``k`` ("grades 3 and 4", "grades 6-8", "Grades 3 and 4 were closed"; not the verb of
        "she grades 12 essays", "Fitch grades 9 as junk", nor a count of what follows:
        "Moody's grades 11 banks")?"""
        return k >= 0 and doc[k].lower_ in self.words.school_grade_nouns \
            and doc[k].tag_ in ("NNS", "NNPS") \
            and (k == 0 or doc[k - 1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ")) \
            and all(v is not None and float(v).is_integer() and 1 <= v <= SCHOOL_YEARS
                    for v in ((item.low, item.high) if item.relation == "range"
                              else (item.value,))) \
            and not (item.end < len(doc) and doc[item.end].tag_ in ("NNS", "NNPS"))

    def _street_after(self, doc: Doc, item: Found) -> bool:
        """Capitalised words and a street noun right after the figure ("42 Mill Lane")."""
        k = item.num_end
        while k < len(doc) and k < item.num_end + 3 and doc[k].is_title:
            if k > item.num_end and has_cue(doc[k], self.words.street_nouns):
                return k + 1 >= len(doc) or doc[k + 1].pos_ != "NOUN" \
                    or doc[k + 1].is_title  # not "3 Main Street shops", "40 Downing Street staff"
            k += 1
        return False

    def _label_pair(self, doc: Doc, lower: list[str], k: int, i: int) -> bool:
        """Do token ``k``, a plural common noun that names no people, and the figure at ``i``
        start a pair of labels ("reactors [5] and 6", "posts [542] and 543"), not a tally
        ("polls 48 to 45")?"""
        if k < 0 or i + 2 >= len(doc) or not all_digits(lower[i]):
            return False
        noun = doc[k]
        after = lower[i + 3] if i + 3 < len(doc) else ""
        return noun.pos_ == "NOUN" and noun.tag_ == "NNS" \
            and noun.lower_ not in self.words.person_nouns \
            and lower[i + 1] in ("and", "or", "&", "through") and all_digits(lower[i + 2]) \
            and (after,) not in self.words.units and after not in PERCENT_SIGNS \
            and after not in ("per", "-")  # "targets 300 and 500 km inside": distances

    def _model_name(self, doc: Doc, lower: list[str], i: int) -> bool:
        """ "the 8088 chip", "the 486 is …", "the 787 Dreamliner fleet": a figure after "the"
        that names one thing (a singular noun or name after it, or a singular verb of which it
        is the subject) — a model, not a count ("the 300 were freed", "the 300 prisoners", "the
        11 battleground states", "the 168 Republican National Committee members" stay counts;
        so do collective nouns: "the 40 crew", "the 300 staff")."""
        token = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        k = i + 1
        while nxt is not None and nxt.tag_ == "NNP" and k + 1 < len(doc) \
                and doc[k + 1].tag_ == "NNP":
            k += 1  # "the 168 Republican National Committee members": a count
        if nxt is not None and nxt.tag_ in ("NN", "NNP") and token.whitespace_ \
                and not (k + 1 < len(doc) and doc[k + 1].tag_ in ("NNS", "NNPS")) \
                and not (nxt.tag_ == "NNP" and (
                    nxt.ent_type_ in ("NORP", "GPE") or nxt.lower_ in self.demonyms
                    or (k + 1 < len(doc) and lower[k + 1] in PLURAL_FOLLOWERS))) \
                and lower[i + 1] not in self.words.collective_nouns \
                and lower[i + 1] not in self.words.level_nouns \
                and (lower[i + 1],) not in self.words.units \
                and lower[i + 1] not in self.words.time_units:
            return True
        head = token.head
        return token.dep_ in SUBJECTS and (head.tag_ == "VBZ" or head.lower_ in ("was", "has"))


def _owned_figure(doc: Doc, i: int, end: int) -> bool:
    """Is the figure at ``i`` a name's own count set against another figure, after "to" and
    the name's possessive ("81 delegates to Rubio’s 17."), not a model or a number the name
    owns ("retired Boeing’s 747, the jumbo jet", "retired Gretzky’s 99")?"""
    if i < 3 or doc[i - 1].tag_ != "POS" or not (
            end >= len(doc) or doc[end].is_punct or doc[end].pos_ in ("ADP", "CCONJ")):
        return False
    to = next((k for k in (i - 3, i - 4) if k >= 0 and doc[k].lower_ == "to"), None)
    return to is not None and any(t.like_num for t in doc[doc[i].sent.start:to])


#: Words either side of a named figure within which a tally's other figure stands.
TALLY_REACH = 12
#: Parts of speech after a tally noun that show it acting as a verb or a modifier ("seats 76
#: passengers", "votes on the bill", "goals tally").
ACTING_AFTER = frozenset({"NUM", "DET", "PRON", "ADP", "NOUN", "PROPN"})


def _tally_figure(doc: Doc, i: int) -> bool:
    """Is the token at ``i`` a figure set against a name's: after "to" ("to zero", "to 12"), or
    after another name or its possessive ("Cruz 30", "to Obama's 332")?"""
    token = doc[i]
    if not token.like_num or i == 0:
        return False
    before = doc[i - 1]
    if before.tag_ == "POS" and i > 1:
        before = doc[i - 2]
    return before.lower_ == "to" or (before.is_title and before.pos_ != "DET")  # "Trump 42
    # delegates", the name tagged as a verb


def _acts_on_something(doc: Doc, k: int) -> bool:
    """Does the word at ``k`` show the noun before it to be a verb or a modifier: a number, a
    determiner, a pronoun, a preposition or a noun ("the Embraer 175 seats 76 passengers"),
    or "to" before a verb ("Local 727 votes to strike"; "34 delegates to zero" is a tally)?"""
    if k >= len(doc):
        return False
    if doc[k].lower_ == "to":
        return k + 1 < len(doc) and doc[k + 1].pos_ == "VERB"
    return doc[k].pos_ in ACTING_AFTER


def _unopened(lower: list[str], start: int, i: int) -> bool:
    """No "(" between ``start`` and token ``i``: a ")" after ``i`` closes a list number."""
    return "(" not in lower[max(start, i - 60):i]


def _days_after(doc: Doc, span: Span, changes: frozenset[str]) -> list[int]:
    """The tokens of bare day numbers that go on a date ending in a day: the end of a range
    ("March 3 [and 6]", "July 15 [to 18]") or a list ("March 3, [5] and [7]")."""
    k = span.end
    last = doc[span.end - 1]
    if not (last.is_digit and len(last) <= 2):
        return []
    listed: list[int] = []
    while k + 2 < len(doc) and doc[k].text == "," and _later_day(doc[k + 1], doc[k - 1]):
        listed.append(k + 1)  # "March 3, [5] and 7"
        k += 2
    day = _day_after(doc, span, k, changes)
    return [] if day is None else [*listed, day]


def _day_before_month(doc: Doc, item: Found, lower: list[str], months: frozenset[str]
                      ) -> bool:
    """A bare day number, then a joiner and a later day that a month follows: "[24] and 25
    December", "[3] to 5 March"."""
    k = item.end + 1
    return item.num_end == item.start + 1 == item.end and k + 1 < len(doc) \
        and _later_day(doc[k], doc[item.num_start]) and lower[k + 1] in months


def _later_day(day: Token, last: Token) -> bool:
    return day.is_digit and len(day) <= 2 and last.is_digit \
        and int(last.text) < int(day.text) <= 31


def _day_after(doc: Doc, span: Span, k: int, changes: frozenset[str]) -> int | None:
    """The token of a bare day number after a joiner at ``k`` that ends a range or list of
    days begun by ``span``, a date ending in a day, or None."""
    if k + 1 >= len(doc) \
            or doc[k].lower_ not in ("and", "or", "to", "-", "–", "through", "until", "till"):
        return None
    day = doc[k + 1]
    if not _later_day(day, doc[k - 1]):
        return None
    nxt = doc[k + 2] if k + 2 < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.text in ("%", "-")):
        return None  # "March 3 and 6 people", "July 15 to 18 percent"
    if day.dep_ in ("nsubj", "nsubjpass") or (nxt is not None and nxt.pos_ in ("AUX", "VERB")
                                              and not _has_subject(nxt)):
        return None  # "on June 3 and 15 were killed": the figure is the verb's subject
        # ("Meetings on April 3 and 7 are planned" has its own)
    opened = span.start > 0 and doc[span.start - 1].lower_ in ("from", "between")
    if doc[k].lower_ == "to" and not opened and any(
            t.pos_ == "VERB" and t.lemma_.lower() in changes
            for t in doc[span.sent.start:span.start]):
        return None  # "the toll rose on March 3 to 17": the level reached ("rose from March 3
        # to 17": days)
    return k + 1


def _has_subject(token: Token) -> bool:
    """Does the verb of ``token`` (itself, or the verb an auxiliary serves) have a subject?"""
    verb = token.head if token.dep_ in ("aux", "auxpass") else token
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _acronym(token: Token) -> bool:
    return token.is_upper and token.is_alpha and len(token) > 1


def _verb_not_month(token: Token) -> bool:
    """ "may" and "march" in lower case before a verb or an adverb are a modal and a verb, not
    months ("10,000 may have died", "3,000 march on Sunday"; "on 1 may that year" is a date)."""
    if token.lower_ not in ("may", "march") or token.text[:1].isupper():
        return False
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    if nxt is None:
        return False
    if nxt.tag_ == "IN":  # "5,000 may in fact have died"; "signed on 1 may in Vienna": a date
        day = token.doc[token.i - 1] if token.i > 0 else None
        before = token.doc[token.i - 2] if token.i >= 2 else None
        return not (before is not None and day is not None and day.text.isdigit()
                    and 1 <= int(day.text) <= 31 and before.lower_ in DATE_PREPOSITIONS)
    return nxt.tag_ in ("VB", "RB") or nxt.lower_ == "not"


#: Words before a day number that make the month after it a date ("on 1 may").
DATE_PREPOSITIONS = frozenset({"on", "since", "until", "till", "from", "by", "of", "before",
                               "after"})


def _grouped_digits(word: str) -> bool:
    """ "3,000", "12,500.25", "200k": digits in groups of thousands or with a scale letter,
    never a model's name."""
    return re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?(k|bn)", word.lower()) is not None


def _gapped_figure(doc: Doc, i: int) -> bool:
    """The figure at ``i`` after a name is the second of a gapped pair, its verb left out:
    "Iyer made 78 and [Kohli 52]", "India scored 250 and Pakistan 180", "the Dow lost 300
    points and [the Nasdaq 120]", "shares rose $12 and [Apple 3]", "scored 30 points and [Green
    12] rebounds" (the first figure follows its verb, so it is no label: "the Boeing 737 and
    Airbus 320" are names)."""
    if i < 4 or doc[i - 1].pos_ != "PROPN":
        return False
    own_noun = i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "NUM")
    if own_noun and doc[i + 1].tag_ != "NNS":
        return False
    k = i - 2
    if doc[k].pos_ == "PROPN" and k > 3:
        k -= 1  # "and [Anthony Davis 28]"
    if doc[k].pos_ == "DET" and k > 3:
        k -= 1  # "and [the Nasdaq 120]"
    if doc[k].lower_ != "and":
        return False
    k -= 1
    nouns = 0
    while nouns < 2 and k > 1 and not doc[k].like_num and (
            doc[k].pos_ == "NOUN" or doc[k].text in ("%", "percent")):
        k, nouns = k - 1, nouns + 1  # "Smith took 5 wickets and [Jones 3]", "12 km"
    if own_noun and (nouns == 0 or doc[k + 1].tag_ != "NNS"):
        return False  # "30 points and [Green 12] rebounds": both count their own things
    if not doc[k].like_num:
        return False
    if k > 1 and doc[k - 1].text in CURRENCY_SIGNS:
        k -= 1  # "rose $12 and [Apple 3]"
    return doc[k - 1].pos_ == "VERB"


#: Singular nouns read between a hyphenated time compound and the plural noun it modifies.
COMPOUND_NOUNS_READ = 3


def _counts_compound(doc: Doc, k: int) -> bool:
    """Is the time word at ``k`` the first half of a hyphenated compound before a plural noun,
    maybe through other nouns ("three quarter-point cuts", "two hour-long meetings", "two
    quarter-point interest rate cuts"): the figure counts the noun."""
    if k + 3 >= len(doc) or doc[k + 1].text != "-" or doc[k].whitespace_ \
            or doc[k + 1].whitespace_ or not doc[k + 2].is_alpha:
        return False
    for noun in doc[k + 3:k + 3 + COMPOUND_NOUNS_READ]:
        if noun.tag_ in ("NNS", "NNPS"):
            return True
        if noun.tag_ not in ("NN", "NNP"):
            return False
    return False


def _partitive(lower: list[str], i: int) -> bool:
    """Is the figure at ``i`` the whole of a partitive ("235 of [the 288] seats", "25 of 57
    jets")? Before a plural noun it counts the noun, whatever entity the tagger guesses."""
    return (i > 0 and lower[i - 1] == "of") or (i > 1 and lower[i - 1] == "the"
                                                and lower[i - 2] == "of")


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse ("waited [20 minutes]" → waited)."""
    for up in token.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return up
    return None


def _part_of_a_whole(doc: Doc, lower: list[str], end: int) -> bool:
    """Does "of" and a counted whole follow the figure ("187 of the 460 seats", "12 of its 20
    members")? A number that names ("Article 5 of the treaty") has a label word before it."""
    if lower[end:end + 1] != ["of"]:
        return False
    for token in doc[end + 1:end + 4]:
        if token.like_num:
            return True
        if token.pos_ not in ("DET", "PRON"):
            return False
    return False


def _glued_month(word: str, months: frozenset[str]) -> bool:
    """Does a word end in a capitalised month name glued onto a lower-case letter
    ("FeaturedFebruary", as page furniture runs words together)?"""
    return len(word) > 4 and any(
        len(month) > 3 and word.endswith(month.capitalize()) and len(word) > len(month)
        and word[-len(month) - 1].islower() for month in months)
