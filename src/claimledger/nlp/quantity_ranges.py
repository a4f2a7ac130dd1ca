"""Figures read in pairs.

Ranges ("between 10 and 12", "10-12", "10 to 12 million", "$3bn-$4bn", neighbouring
alternatives "seven or eight", "a 10- or 12-foot wall"), told from a change and the level it
reached ("rose 2.5% to 3%") and from match scores ("lost 1-2"); ratios ("one in four voters",
"eight of 10 doctors"); vote tallies ("passed 52-47", "won 68%-31%") and a percent glued to an
adjective ("a 61%-owned unit"); and a bare first figure that takes the scale, percent or counted
noun of the second ("20 or 25 percent", "10 or 12 shots", "from 12 to 20 ships").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .numbers import NumberMatch, NumberWords, finite, parse_numeral, read_number
from .quantity_found import (
    CURRENCY_SIGNS,
    NOUNS,
    OBJECTS,
    PERCENT_SIGNS,
    TALLY_SIGNS,
    Found,
    all_digits,
    has_cue,
    scaled_value,
    subject_of,
)
from .quantity_lexicon import QuantityWords

#: Words after "rose N to M" that make it a range of a rate or of more ("3 to 5 a day", "10 to
#: 20 more").
RATE_OR_MORE = frozenset({"a", "an", "per", "each", "every", "more", "further"})
#: The rest of a range of scaled sums glued into one token after its first figure: the
#: "bn-$4bn" of "$3bn-$4bn", the "m-$15" of "$10m-$15m" (then "m").
SCALED_RANGE_SUFFIX = re.compile(
    r"^(?P<scale>[a-z]{1,3})[-–][$€£]?(?P<high>\d[\d,]*(?:\.\d+)?)(?P<scale2>[a-z]{1,3})?$")
#: The rest of a hyphened range the tokenizer keeps in one token: the "to-29" of
#: "18-to-29-year-olds".
GLUED_TO = re.compile(r"(?:to|through)-(\d{1,3}(?:,\d{3})*(?:\.\d+)?)")
#: A first figure whose hyphen waits for the unit written after the second ("10- or 12-foot",
#: "six- or seven-year-old", "18- to 29-year-olds"): the tokenizer keeps the hyphen on it.
DANGLING_START = re.compile(r"(\d{1,3}(?:\.\d+)?|[a-z]+)[-–]")
#: A percent glued to the adjective after it ("a 61%-owned unit"): one token.
GLUED_PERCENT_ADJECTIVE = re.compile(r"^(\d{1,3}(?:\.\d+)?)%-([a-z]{3,})$")
#: A falling pair of shares glued into one token ("68%-31" then "%"): a tally, two figures.
GLUED_TALLY = re.compile(r"^(\d{1,3}(?:\.\d+)?)%[-–](\d{1,3}(?:\.\d+)?)$")
#: The second half of a shooting tally the tokenizer splits after the first figure ("4-of-12"
#: is "4", "-", "of-12").
OF_TALLY_REST = re.compile(r"^of-(\d{1,3})$")
#: After a change verb, "X to Y" with Y this many times X is a change and the level it
#: reached ("fell 5 to 286"), not a range ("rose 5 to 10 percent").
CHANGE_LEVEL_RATIO = 5
#: The same for two whole numbers, which ranges often are ("cut 500 to 3,000 jobs").
WHOLE_LEVEL_RATIO = 20
#: After "by"/"up"/"down", "X to Y unit" is a range only with Y at most this many times X
#: ("fell by 2 to 3 percent"); "rose by 12 to 48 points" is the change and the level.
BY_RANGE_RATIO = 2
#: Words after "or" that leave a pair of alternatives open ("10 or 12 people or more").
OPEN_ENDS = frozenset({"more", "higher", "above", "greater", "less", "fewer", "lower", "below",
                       "so", "over", "under", "older", "younger"})


class QuantityRanges:
    """Ranges, ratios, tallies and shared pairs; mixed into
    :class:`.quantities.QuantitiesComponent`."""

    words: QuantityWords
    numbers: NumberWords
    max_unit: int

    def _glued_tally(self, doc: Doc, lower: list[str], i: int) -> list[Found]:
        """ "won 68%-31%" (tokens "68%-31", "%"): a falling pair of shares is a tally, two
        percent figures, each with its own character span inside the glued token; a sign
        before the first ("~68%-31%") is part of the first figure's text."""
        raw = doc[i].lower_
        stripped = raw.lstrip(TALLY_SIGNS)
        match = GLUED_TALLY.match(stripped)
        if match is None or i + 1 >= len(doc) or lower[i + 1] != "%" or doc[i].whitespace_:
            return []
        first, second = float(match.group(1)), float(match.group(2))
        if first < second:
            return []  # "10%-15%": a range, read with the figure
        start, prefix = doc[i].idx, len(raw) - len(stripped)
        spans = ((start, start + prefix + match.end(1) + 1),
                 (start + prefix + match.start(2), doc[i + 1].idx + 1))
        found = [Found(i, i + 2, i, i + 1, value, unit="percent", unit_kind="percent",
                       chars=span) for value, span in zip((first, second), spans, strict=True)]
        if raw[:prefix].strip("+"):
            self._apply_relation(found[0], "approx")  # "~68%": the sign bounds the first
        return found

    def _of_tally(self, doc: Doc, lower: list[str], i: int) -> list[Found]:
        """ "shot 4-of-12 from the field": made of tried, two figures like "4 of 12" (the
        second with its character span inside the token "of-12")."""
        if i + 2 >= len(doc) or not lower[i].isdecimal() or len(lower[i]) > 3 \
                or lower[i + 1] != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
            return []
        match = OF_TALLY_REST.match(lower[i + 2])
        if match is None or int(lower[i]) > int(match.group(1)):
            return []
        start = doc[i + 2].idx
        return [Found(i, i + 1, i, i + 1, float(lower[i])),
                Found(i + 2, i + 3, i + 2, i + 3, float(match.group(1)),
                      chars=(start + match.start(1), start + match.end(1)))]

    def _glued_percent_adjective(self, doc: Doc, lower: list[str], i: int) -> list[Found]:
        """ "a 61%-owned unit" (one token): the percent, with its own character span, and the
        adjective glued to it as what it measures ("owned")."""
        match = GLUED_PERCENT_ADJECTIVE.match(lower[i])
        if match is None:
            return []
        start = doc[i].idx
        return [Found(i, i + 1, i, i + 1, float(match.group(1)), unit="percent",
                      unit_kind="percent", chars=(start, start + match.end(1) + 1),
                      measure=doc[i].text[match.start(2):])]

    def _vote_tally(self, doc: Doc, lower: list[str], i: int) -> list[Found]:
        """ "passed 52-47", "a 5-4 decision": a falling pair joined by a dash before a tally noun,
        or after a voting verb with nothing noun-like after it, is a vote count, two figures
        (elsewhere it is a score). "12-11-2019" (a date) and "24-7 access" are none."""
        k = i + 2
        if k < len(doc) and lower[i + 1] == "to":
            return self._vote_tally_to(doc, lower, i)
        if k >= len(doc) or lower[i + 1] not in ("-", "–") or not lower[k].isdecimal() \
                or not lower[i].isdecimal() \
                or doc[i].whitespace_ or doc[i + 1].whitespace_ or len(lower[i]) > 3 \
                or (i > 0 and lower[i - 1] in ("-", "–")):
            return []
        if int(lower[i]) < int(lower[k]):  # a rising pair is a vote only where a motion
            if len(lower[k]) > 3 or self._modifies_a_noun(doc, lower, k) \
                    or not self._motion_failed(doc, i):  # failed ("defeated 210-300")
                return []
            return _tally(lower, i, k)
        after = lower[k + 1] if k + 1 < len(doc) else ""
        if after in ("-", "–") and k + 2 < len(doc) and all_digits(lower[k + 2]):
            return []  # "12-11-2019": a date or a serial number
        if self._modifies_a_noun(doc, lower, k):
            return []  # "approved 24-7 access": the pair modifies a noun
        voted = any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.words.tally_verbs
                    or t.lower_ in self.words.tally_nouns_before  # "the vote was 52-48"
                    for t in doc[max(i - 3, 0):i])
        if not voted and any(t.lower_ in self.words.tally_nouns and t.lower_ != "split"
                             for t in doc[max(i - 3, 0):i]):
            # "backed the bill by a margin of 310-95", "the court ruled by a margin of 6-3":
            # a vote in the sentence; not "Australia defeated England by a margin of 35-20",
            # "leads by a margin of 48-45 in the poll", "the revenue split is 70-30"
            sent = doc[i].sent
            voted = any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.words.tally_verbs
                        and not any(c.dep_ == "prt" for c in t.children)  # "ruled out"
                        or t.lower_ in self.words.tally_nouns_before for t in sent) \
                and not any(t.lemma_.lower() in self.words.score_words for t in sent)
        if after not in self.words.tally_nouns and not voted:
            return []
        return _tally(lower, i, k)

    def _vote_tally_to(self, doc: Doc, lower: list[str], i: int) -> list[Found]:
        """ "The bill passed 312 to 118", "the Senate voted 52 to 48", "confirmed him 51 to
        49", "by a vote of 6 to 3": a pair joined by "to" right after a voting verb (or its
        object, or "a vote of") is a tally, two figures, not a range ("approved 10 to 15 new
        projects" counts projects)."""
        k = i + 2
        if not (lower[i].isdecimal() and lower[k].isdecimal()) or len(lower[i]) > 3 \
                or len(lower[k]) > 3 or i == 0:
            return []
        if self._modifies_a_noun(doc, lower, k):
            return []  # "approved 10 to 15 new projects"
        before = doc[i - 1]
        if before.dep_ == "dobj" and before.i > 0:
            before = before.head  # "confirmed him 51 to 49", "approved the budget 120 to 80"
        elif before.lower_ in ("of", "by") and i > 1:
            before = doc[i - 2]  # "a vote of 52 to 48", "passed by 60 to 40"
        voted = (before.pos_ in ("VERB", "AUX") and before.lemma_.lower() in self.words.tally_verbs
                 and not any(c.dep_ == "prt" for c in before.children)) \
            or before.lower_ in self.words.tally_nouns_before \
            or (before.lemma_ == "be" and any(  # "the vote was 6 to 3"
                c.dep_ == "nsubj" and c.lower_ in self.words.tally_nouns_before
                for c in before.children))
        if not (voted or self._motion_failed(doc, i)) \
                or any(t.lemma_.lower() in self.words.score_words for t in doc[i].sent):
            return []
        return _tally(lower, i, k)

    def _motion_failed(self, doc: Doc, i: int) -> bool:
        """Does the pair at token ``i`` follow a verb of a failing motion ("the motion failed [45
        to 55]", "the amendment was defeated [210-300]", "the Senate defeated the bill [45 to
        55]")? Its subject or object must be a motion or a lawmaking body ("Australia defeated
        England 35-20" is a score)."""
        if i == 0:
            return False
        verb = doc[i - 1]
        if verb.dep_ == "dobj" and verb.head.i < verb.i:
            verb = verb.head  # "defeated the motion 45 to 55"
        if verb.pos_ not in ("VERB", "AUX") \
                or verb.lemma_.lower() not in self.words.tally_failure_verbs:
            return False
        subject = subject_of(verb)
        motions = self.words.tally_motion_nouns | self.words.lawmaking_nouns
        players = [c for c in verb.children if c.dep_ == "dobj"]
        if subject is not None:
            players.append(subject)
        return any(has_cue(t, motions) for t in players) \
            and not any(t.lemma_.lower() in self.words.score_words for t in doc[i].sent)

    def _modifies_a_noun(self, doc: Doc, lower: list[str], k: int) -> bool:
        """Does a noun-like word (not a tally noun: "votes") follow the pair's second figure at
        ``k``, so that the pair describes it ("24-7 access", "10 to 15 new projects")?"""
        return k + 1 < len(doc) and lower[k + 1] not in self.words.tally_nouns \
            and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")

    def _ratio_follows(self, lower: list[str], k: int) -> bool:
        """ "[in] five", "[out of] ten" after a figure: the second term of a ratio."""
        k += 2 if lower[k:k + 2] == ["out", "of"] else 1
        if k < len(lower) and lower[k] in ("-", "every"):
            k += 1  # "one-in-five", "one in every five"
        return k < len(lower) and (lower[k].isdigit() or self.numbers.is_word_number(lower[k]))

    def _share_next(self, lower: list[str], spaces: list[bool], item: Found,
                    match: NumberMatch) -> None:
        """ "20 or 25 percent", "10 or 12 thousand votes": a bare first figure of a rising pair
        that is no range takes the scale and percent unit written after the second (and, later,
        its counted noun). Only "or"/"to" join such a pair ("Among voters under 30, 45 percent"
        is two figures), and a figure with a bound of its own keeps it alone."""
        k = item.end
        if item.unit is not None or match.scaled or match.vague or item.value is None \
                or k + 1 >= len(lower) or lower[k] not in self.words.share_joiners \
                or self._has_bound_before(lower, item.start):
            return
        second = read_number(lower, spaces, k + 1, self.numbers)
        if second is None or second.vague or second.suffix or second.fraction:
            return
        value = item.value * second.factor if second.scaled else item.value
        if not value < second.value:
            return
        after = tuple(lower[second.end:second.end + 2])
        unit = self.words.units.get(after[:1]) or self.words.units.get(after)
        if unit is not None and unit[1] == "percent":
            item.unit, item.unit_kind = unit
        elif not second.scaled:
            if lower[k] == "or" and all_digits(lower[item.num_end - 1]) == all_digits(
                    lower[k + 1]):
                item.shares = True  # "two or three tanks", "10 or 12 shots": what they count
            return
        item.value = finite(value)
        item.shares = True

    def _read_ratio(self, doc: Doc, lower: list[str], spaces: list[bool], item: Found,
                    match: NumberMatch, blocked: set[int]) -> bool:
        """ "one in four voters", "four in 10", "1 out of every 5", "a one-in-five chance": two
        whole numbers that make one fraction (value numerator / denominator, unit fraction)."""
        first = doc[match.start]
        if match.vague or match.scaled or match.fraction or match.suffix or item.unit \
                or item.relation != "eq" or not float(match.value).is_integer() \
                or match.value < 1 or (first.is_title and not _opens_sentence(first)):
            return False  # "Uranium One in three deals": a name
        k = match.end
        hyphened = k < len(lower) and lower[k] == "-"  # "one-in-five"
        k += hyphened
        joiner = next((j for j in self.words.ratio_joiners
                       if tuple(lower[k:k + len(j)]) == j), None)
        if joiner is None and not hyphened and k + 2 < len(lower) and doc[k].tag_ == "NN" \
                and lower[k + 1] in ("in", "of") and lower[k + 2] == "every":
            k += 1  # "one adult in every 15", "one bus of every five": the thing counted
            joiner = (lower[k], "every")  # stands between ("one man in his 20s" is no ratio)
        if joiner is None and lower[k:k + 1] == ["of"] and k + 1 < len(lower) \
                and lower[k + 1] in self.words.ratio_of_bases:
            joiner = ("of",)  # "eight of 10 voters", "nine of 10 doctors": a share
        if joiner is None or not self._joins_ratio(doc, match, k, hyphened):
            return False
        k += len(joiner)
        if hyphened and k < len(lower) and lower[k] == "-":
            k += 1
        if k >= len(lower) or k in blocked or not self.numbers.starts_number(lower[k]):
            return False
        second = read_number(lower, spaces, k, self.numbers)
        if second is None or second.vague or second.suffix or second.fraction \
                or not float(second.value).is_integer() or second.value <= match.value \
                or (len(lower[k]) == 4 and lower[k].isdigit() and 1000 <= second.value <= 2100):
            return False  # "12 in 2015": a year
        after = lower[second.end] if second.end < len(lower) else ""
        unit = self.words.units.get((after,))
        if after in self.words.time_units or after in self.words.months \
                or (unit is not None and unit[1] not in ("multiple", "currency")):
            return False  # "12 in 24 hours", "3 in 10 km": a count over a span, no ratio ("one
            # in every five dollars" is one)
        value = finite(match.value / second.value)
        if value is None:
            return False
        item.value, item.ratio = value, True
        item.unit, item.unit_kind = "fraction", "fraction"
        item.num_end = item.end = second.end
        return True

    def _joins_ratio(self, doc: Doc, match: NumberMatch, k: int, hyphened: bool) -> bool:
        """The "in"/"out" at ``k`` joins the two numbers: not where it is a phrase of the verb
        whose object the first number is ("killed two in three attacks": where they were
        killed), unless people are what it counts ("killed one in four patients"); a hyphened
        "one-in-five" and an "out of" join whatever the parse."""
        if hyphened or doc[k].lower_ == "out":
            return True  # "cancelled four out of five trains": "out of" between two numbers
        joiner, first = doc[k], doc[match.end - 1]
        verb = joiner.head
        if verb.pos_ not in ("VERB", "AUX") or first.head.i != verb.i \
                or first.dep_ not in OBJECTS:
            return True
        counted = [t for t in doc[k + 1:k + 6] if t.pos_ in NOUNS]
        return bool(counted) and (counted[0].lower_ in self.words.person_nouns
                                  or counted[0].lemma_.lower() in self.words.person_nouns)

    def _read_range(self, doc: Doc, lower: list[str], spaces: list[bool], item: Found,
                    match: NumberMatch, blocked: set[int]) -> bool:
        """Join "10,000-12,000", "10 to 12 million", "between 5 and 6"; False: not a figure."""
        j = match.end
        letter = self._glued_scale_letter(lower, spaces, item, j)
        if letter and lower[j].endswith("."):
            return True  # "returned $2m. To $3m, it added …": the sentence ends there
        j += bool(letter)  # "$2m to $3m": the letter scales both ends (read with the unit)
        opener = lower[item.start - 1] if item.start > 0 else ""
        if _between_ages(lower, item.start, self.words.between_comparers):
            opener = "between"  # "between the ages of 18 and 29", "between ages 18 and 29"
        unit_words = 2 if tuple(lower[j:j + 2]) == ("per", "cent") else 1
        if not letter and match.suffix[:1].isalpha():
            unit_words = 0  # "sank 14p to 212p": the unit is glued, "to" comes next
        pair = (opener, lower[j + unit_words] if j + unit_words < len(doc) else "")
        to_follows = "to" in (pair[1], lower[j] if j < len(doc) else "")
        change_verb = to_follows and self._changes(doc, item)  # asked once
        changes = pair[1] == "to" and opener not in ("from", "by", "up", "down") and change_verb
        if pair[1] == "to" and opener not in ("from", "by", "up", "down") and not changes:
            pair = ("from", "to")  # "a 2.5% to 3% range" (but not "rose 2.5% to 3%")
        percent_first = False
        if pair in (("between", "and"), ("from", "to")) and j + unit_words + 1 < len(doc) \
                and " ".join(lower[j:j + unit_words]) in PERCENT_SIGNS \
                and lower[j + unit_words + 1][:1].isdigit():
            j += unit_words  # "between 10% and 15%": the first unit is the second's
            percent_first = True
        after_unit = j + unit_words
        if not percent_first and after_unit + 1 < len(doc) and lower[after_unit] == "or" \
                and " ".join(lower[j:after_unit]) in PERCENT_SIGNS:
            self._read_alternatives(lower, spaces, item, match, after_unit, blocked,
                                    tuple(lower[j:after_unit]))
            return True  # "5% or 6%", "5 percent or 6 percent"
        unit_first = () if percent_first else self._unit_before_joiner(lower, j, pair[0])
        j += len(unit_first)  # "from 7 cm to 11 cm", "7 cm to 11 cm"
        if j + 1 >= len(doc) or lower[j] not in self.words.range_joiners or match.vague:
            return True
        if match.fraction and (lower[j + 1][:1].isdigit() or lower[j + 1] in CURRENCY_SIGNS):
            return True  # "plunged by more than half to 340 million pounds" ("one-quarter to
            # one-third" is a range)
        joiner = lower[j]
        if joiner == "and" and opener != "between":
            return True
        if joiner == "or":
            self._read_alternatives(lower, spaces, item, match, j, blocked)
            return True
        fell_from = changed_from = False
        if opener == "from" and item.start > 1:
            direction = self._from_direction(doc[item.start - 2], doc[item.start - 1])
            if direction is not None and _after_a_range_reached(lower, item.start - 1):
                direction = None  # "raised its forecast to 5% to 6%, from 4% to 5%": the
                # range left, as the range reached
            changed_from = direction == "up"  # "rose from 5 to 10", "growing its staff from
            # 40 to 260", "raises the tax rate from 21% to 28%": two figures of a change
            fell_from = direction == "down"  # two figures if the second is lower (below)
        bare_first = j == match.end and not match.suffix and not (
            match.start > 0 and lower[match.start - 1] in self.words.currency_prefixes)
        if joiner == "to" and (changes or (opener in ("up", "down", "by") and not bare_first)):
            return True  # "down $12 to $1,950", "rose 2.5% to 3%": the change, the level
        level_after_change = joiner == "to" and change_verb
        k = j + 1
        if lower[k] in self.words.currency_prefixes:
            k += 1
        if k >= len(doc) or k in blocked:
            return True
        glued_to = GLUED_TO.fullmatch(lower[k]) if joiner in ("-", "–") else None
        if glued_to is not None:  # "18-to-29-year-olds", "5-to-10 percent": one range
            high = float(glued_to.group(1).replace(",", ""))
            if 0 <= match.value < high and not match.suffix:
                item.value, item.low, item.high, item.relation = None, match.value, high, "range"
                item.num_end = item.end = k + 1
            return True
        second = read_number(lower, spaces, k, self.numbers)
        if second is None or second.vague:
            return True
        if second.fraction and not match.fraction and joiner in ("-", "–", "—") \
                and spaces[j - 1]:
            return True  # "she calls for $275 billion - half of what …": a dash before an aside
        if second.words and joiner in ("-", "–") and not spaces[j - 1] and doc[k].is_title:
            match.end = max(match.end, second.end)
            return False  # "7-Eleven": a name
        if match.suffix and match.suffix.isalpha() \
                and second.suffix.rstrip(".") != match.suffix:
            return True  # "climbed 12pc to 47.3 million tonnes": a change, then a level
        after = lower[second.end:second.end + 2]
        if percent_first and not second.suffix.startswith("%") \
                and not (after and after[0] in PERCENT_SIGNS) \
                and " ".join(after) not in PERCENT_SIGNS:
            return True  # "strengthened 0.2% to 6.21 per dollar": a change, then a level
        if unit_first and tuple(lower[second.end:second.end + len(unit_first)]) != unit_first:
            return True  # "5 km to 10 miles": two figures
        if second.end + 1 < len(doc) and lower[second.end] in ("-", "–") \
                and all_digits(lower[second.end + 1]):
            match.end = max(match.end, second.end + 2)
            return False  # "1111-2222-3333": an account or serial number, not a range
        if letter and letter != self._glued_scale_letter(lower, spaces, item, second.end):
            return True  # "$2m to $3bn", "$2m to $3": no range of one scale ("£2-3m" is)
        low, high = match.value, second.value
        if second.scaled and not match.scaled and low * second.factor <= high:
            low *= second.factor
        if fell_from and low >= high:
            return True  # "cut its forecast from 2.5% to 1.8%" ("cut its outlook to $3.10 to
            # $3.20 a share from $3.40 to $3.50": a fall cannot climb, so the pair is a range)
        if changed_from and not _range_reached_after(lower, second.end):
            return True  # two levels ("raised prices from $45 to $60 to $55 to $75": a range
            # left, then a range reached)
        if joiner == "to" and opener in ("up", "down", "by") and not (
                0 < low < high <= BY_RANGE_RATIO * low
                and self._unit_written_after(lower, second)):
            return True  # "down 5 to 1,950": the change, the level ("fell by 2 to 3
            # percent", "up 2 to 3 million" are one range: a bare figure takes the unit after)
        if joiner in ("-", "–", "—") and self._score(doc, lower, item, low, high, second.end):
            match.end = max(match.end, second.end)
            return False  # "lost 1 – 2 to England", "Ruritania 0-2 Freedonia": a score
        if low >= high and joiner == "to":
            return True  # "passed 220 to 207", "from 10 to 5": two figures, not a range
        if level_after_change and low < high and item.start > 0 and item.unit is None \
                and self._nothing_counted_after(doc, lower, second.end) \
                and (second.end >= len(lower) or lower[second.end] not in RATE_OR_MORE) \
                and self._tally_subject(doc[item.start - 1]):
            return True  # "the death toll rose 10 to 62": the rise, then the level reached
        if level_after_change and low > 0 and high / low > CHANGE_LEVEL_RATIO and (
                lower[j + 1] in self.words.currency_prefixes
                or (self._nothing_counted_after(doc, lower, second.end)
                    and (not (float(low).is_integer() and float(high).is_integer())
                         or (high / low > WHOLE_LEVEL_RATIO
                             and lower[second.end:second.end + 1] != ["of"])))):
            # "fell $1.125 to $13.625", "skidded 1.74 to 123.5", "claims fell 12,000 to
            # 334,000": a change, then the level reached; "cut 500 to 3,000 jobs", "rose $2 to
            # $5" stay ranges
            return True
        if low >= high:
            # "3-1", "1 – 0" (scores), "24-7": neither figure is an amount
            match.end = max(match.end, second.end)
            return False
        item.value, item.low, item.high, item.relation = None, low, high, "range"
        item.num_end = item.end = second.end
        if second.suffix:
            match.suffix = second.suffix
        if lower[item.start - 1] in ("between", "from") and (opener == "between" or (
                opener == "from" and joiner == "to")):
            item.start -= 1
        return True

    def _read_alternatives(self, lower: list[str], spaces: list[bool], item: Found,
                           match: NumberMatch, j: int, blocked: set[int],
                           unit: tuple[str, ...] = ()) -> None:
        """ "seven or eight guys", "17 or 18 percent", "$5 or $6", "one or two ideas": two
        neighbouring figures offered as alternatives are one guess, a range (not two
        amounts). Further apart ("20 or 25 percent", "5 or 50"), falling, of two units or set
        against each other ("either $43 billion or $55 billion") they stay two figures, as
        they do after a bound ("at least 5 or 6", which bounds the first), in a chain ("six or
        seven or eight", "5 or 6 or more") and in a ratio ("1 or 2 in a million"). ``unit``: a
        percent written after the first figure too ("5% or 6%"), which the second repeats."""
        before = lower[item.start - 1] if item.start > 0 else ""
        if "either" in lower[max(0, item.start - 2):item.start] or before == "or" or (
                before == "," and item.start > 1 and lower[item.start - 2][:1].isdigit()) \
                or self._has_bound_before(lower, item.start, open_only=True):
            return  # ("100,000, 200,000 or 250,000 refugees": a list, each a figure)
        k = j + 1
        if lower[k] in self.words.currency_prefixes:
            k += 1
        if k >= len(lower) or k in blocked or match.fraction:
            return
        second = read_number(lower, spaces, k, self.numbers)
        if second is None or second.vague or second.fraction:
            return
        if match.suffix and second.suffix.rstrip(".") != match.suffix:
            return  # "5% or 6 points", "2m or 3bn"
        if unit and tuple(lower[second.end:second.end + len(unit)]) != unit:
            return  # "5% or 6 points"
        after = lower[second.end + len(unit):second.end + len(unit) + 2]
        if after[:1] in (["or"], ["in"], ["out"]) or (after[:1] == ["of"] and after[1:] and (
                after[1] == "every" or after[1][:1].isdigit())):
            return  # "1 or 2 in a million", "1 or 2 of every 10 patients": a ratio
        rest = lower[second.end:second.end + 6]
        if any(w == "or" and nxt in OPEN_ENDS for w, nxt in zip(rest, rest[1:], strict=False)):
            return  # "5 or 6 inches or more": the pair bounds, it is no range
        low, high = match.value, second.value
        factor = second.factor if second.scaled else 1.0
        first = low / factor if match.scaled else low  # in the second's scale: "$5 million or
        if not 0 < first < high / factor or high / factor - first != 1:  # $6 million" 5, 6
            return  # ("20 or 25 percent", "60 percent or 70 percent": two figures, as the
            # annotators of real news read them)
        if second.scaled and not match.scaled:
            low *= second.factor  # "seven or eight thousand"
        item.value, item.low, item.high, item.relation = None, low, high, "range"
        item.num_end = item.end = second.end
        if second.suffix:
            match.suffix = second.suffix

    def _from_direction(self, before: Token, opener: Token) -> str | None:
        """"up" or "down" when the "from" of "from X to Y" follows a change word or hangs from
        a change verb or from the object of one ("raises the tax rate from 21% to 28%"), else
        None."""
        head = opener.head
        verb = head.head if head.dep_ == "dobj" else head
        changer = verb if verb.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.i < opener.i
            and not any(t.like_num for t in c.doc[c.left_edge.i:min(c.i + 1, opener.i)])
            for c in verb.children) else None  # a verb with a thing it changes ("raised the
        # rate", "the limit was raised"), not a sum ("raised $5 million")
        for token in (before, head):
            lemma = token.lemma_.lower()
            if lemma in self.words.change_down:
                return "down"
            if lemma in self.words.change_up:
                return "up"
        if changer is not None and changer.lemma_.lower() in self.words.change_by:
            return self.words.change_by[changer.lemma_.lower()]  # "raises the rate from" (not
            # "raised $5 million from 10 to 12 investors", "lifts from 10 to 12 tonnes")
        if verb.pos_ == "VERB" and verb.lemma_.lower() == "lift" \
                and not any(c.dep_ == "dobj" for c in verb.children):
            return "up"  # "housing starts lifted from 1.2 million to 1.3 million": rose ("the
            # crane lifts from 10 to 12 tonnes" reads so too; "raised from $500 to $1,000
            # each" without an object is a sum collected, a range)
        return None

    def _tally_subject(self, verb: Token) -> bool:
        """Is ``verb`` a change verb whose subject is a tally ("the death toll rose", "the
        number of cases climbed"), told without a modal? A tally's "rose N to M" is a rise and
        the level reached ("could rise 10 to 20 more" is a range of a rise still to come)."""
        if not self._change_word(verb):
            return False
        subject = subject_of(verb)
        return subject is not None and subject.lemma_.lower() in self.words.running_tally_nouns \
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)

    @staticmethod
    def _glued_scale_letter(lower: list[str], spaces: list[bool], item: Found, j: int) -> str:
        """The scale letter spaCy splits from a sum ("$2m" is "$", "2", "m") at token ``j``,
        glued to the figure before it; "" where there is none or the figure is no sum."""
        if item.unit_kind != "currency" or j >= len(lower) or j == 0 or spaces[j - 1] \
                or lower[j].rstrip(".") not in ("m", "b", "k"):
            return ""
        return lower[j].rstrip(".")  # "$3m." ends a sentence

    def _unit_before_joiner(self, lower: list[str], j: int, opener: str) -> tuple[str, ...]:
        """The physical unit written after the first end of a range before its joiner ("7
        [cm] to 11 cm", "between 2 [km] and 5 km"), or () when there is none. (After a change
        verb the caller reads "rose 2 m to 5 m" as the change and the level.)"""
        for n in range(min(self.max_unit, len(lower) - j - 2), 0, -1):
            unit = self.words.units.get(tuple(lower[j:j + n]))
            if unit is None or unit[1] in ("currency", "percent", "multiple"):
                continue
            joiner = lower[j + n]
            if (joiner == "to" and opener in ("from", "")) or (joiner == "and"
                                                                and opener == "between"):
                if lower[j + n + 1][:1].isdigit():
                    return tuple(lower[j:j + n])
            return ()
        return ()

    def _unit_written_after(self, lower: list[str], second: NumberMatch) -> bool:
        """A percent sign, a scale or a unit word right after the second figure of a pair."""
        after = lower[second.end:second.end + self.max_unit]
        return second.suffix.startswith("%") or second.scaled or bool(after) and (
            after[0] in PERCENT_SIGNS or " ".join(after[:2]) in PERCENT_SIGNS
            or any(tuple(after[:n]) in self.words.units for n in range(1, len(after) + 1)))

    def _nothing_counted_after(self, doc: Doc, lower: list[str], k: int) -> bool:
        """No unit, percent sign or counted noun right after token ``k``."""
        if k >= len(doc):
            return True
        return doc[k].pos_ not in ("NOUN", "PROPN") and (lower[k],) not in self.words.units \
            and lower[k] not in PERCENT_SIGNS and lower[k] != "per"

    def _score(self, doc: Doc, lower: list[str], item: Found, low: float, high: float,
               end: int) -> bool:
        """ "lost 1 – 2", "Ruritania 0 – 2": two small whole numbers joined by a dash right
        after a verb or a name, with no unit or counted noun after them, are a match score
        ("1-2 days", "aged 3-5", "between 1 and 2", "1-2 people" stay figures)."""
        if item.start == 0 or item.start != item.num_start or item.unit is not None:
            return False
        if not all(float(v).is_integer() and 0 <= v <= 20 for v in (low, high)):
            return False
        if end < len(doc) and (doc[end].pos_ == "NOUN" or (lower[end],) in self.words.units
                               or lower[end] in ("%", "per")):
            return False
        before = doc[item.start - 1]
        return before.pos_ == "PROPN" or (before.pos_ == "VERB"
                                          and before.lower_ not in self.words.age_before)

    def _read_scaled_range(self, doc: Doc, lower: list[str], spaces: list[bool], item: Found,
                           suffix: str) -> bool:
        """ "$3bn-$4bn", "£10m-£15m" (tokenized "10m-£15", "m"), "5k-10k": a range of sums or
        counts, each end scaled; "m" is million only for money ("a 5m-6m wall" is metres)."""
        glued = SCALED_RANGE_SUFFIX.match(suffix)
        if glued is None or item.value is None:
            return False
        scales = self.numbers.scale_abbreviations
        first, second, end = glued.group("scale"), glued.group("scale2"), item.num_end
        if second is None and end < len(lower) and not spaces[end - 1] \
                and lower[end].rstrip(".") in scales:
            second, end = lower[end].rstrip("."), end + 1  # "$10m-$15" then "m."
        second = second or first
        if first not in scales or second not in scales or first == "thousand" \
                or ("m" in (first, second) and item.unit_kind != "currency"):
            return False
        high = parse_numeral(glued.group("high"))
        low_value = scaled_value(item.value, scales[first])
        high_value = scaled_value(high.value, scales[second]) if high is not None else None
        if low_value is None or high_value is None or low_value >= high_value:
            return False
        item.low, item.high, item.value, item.relation = low_value, high_value, None, "range"
        item.end = item.num_end = end
        return True


#: How many words before a "from" a range reached ("to 5% to 6%,") may begin.
RANGE_REACHED_REACH = 12


#: Words between "between" and the first figure of a range of ages ("between the ages of 18").
BETWEEN_AGES = ("the", "ages", "age", "of")


def _between_ages(lower: list[str], start: int, comparers: frozenset[str]) -> bool:
    """Does "between" open the figure's range of ages a few words before it ("between the ages
    of 18 and 29", "between ages 18 and 29"), not two ages set against each other ("the
    difference between ages 65 and 70")?"""
    k = start - 1
    while k > 0 and start - k <= len(BETWEEN_AGES) and lower[k] in BETWEEN_AGES:
        k -= 1
    return k < start - 1 and lower[k] == "between" and any(
        w in ("ages", "age") for w in lower[k + 1:start]) \
        and not any(w in comparers for w in lower[max(0, k - 3):k])


def _after_a_range_reached(lower: list[str], opener: int) -> bool:
    """Does a range reached ("to $3.10 to $3.20 a share", "to a range of 5% to 6%") stand
    just before the "from" at ``opener``?"""
    window = range(max(0, opener - RANGE_REACHED_REACH), opener)
    tos = [j for j in window if lower[j] == "to"]
    return any(any(_figure_word(w) for w in lower[a + 1:b])
               and any(_figure_word(w) for w in lower[b + 1:opener])
               for a in tos for b in tos if a < b)


def _range_reached_after(lower: list[str], end: int) -> bool:
    """Does "to" and a figure follow token ``end`` ("from $45 to $60 [to $55] to $75")?"""
    return end + 1 < len(lower) and lower[end] == "to" and _figure_word(lower[end + 1])


def _figure_word(word: str) -> bool:
    return word[:1].isdigit() or word[:1] in CURRENCY_SIGNS


def share_from_to(lower: list[str], found: list[Found]) -> None:
    """ "grew its fleet from [12] to 20 ships": the bare first of two levels counts what the
    second counts; "beat Trump [52] to 38 percent": so does the first of two shares."""
    for item, following in zip(found, found[1:], strict=False):
        if item.unit is None and lower[item.end:following.start] == ["to"] \
                and following.unit_kind in ("percent", "point") \
                and following.num_start == following.start:
            item.unit, item.unit_kind = following.unit, following.unit_kind
            continue  # "would beat Trump 52 to 38 percent": a poll's two shares
        if item.start == 0 or lower[item.start - 1] != "from" \
                or lower[item.end:following.start] != ["to"]:
            continue
        if item.unit is None and following.unit is not None:
            item.unit, item.unit_kind = following.unit, following.unit_kind
            item.about, item.noun = following.about, following.noun
        elif following.unit is None and item.unit is not None:
            following.unit, following.unit_kind = item.unit, item.unit_kind  # "the retirement
            # age from 65 to 67"
        elif following.unit is not None and item.unit is not None \
                and following.unit.startswith(item.unit + " per "):
            item.unit = following.unit  # "from $7.25 to $15 an hour": both are hourly


def share_counted(found: list[Found]) -> None:
    """ "[Seven] or eight thousand votes were cast": the first figure of a shared pair counts
    what the second counts (its unit, noun and measure) where it has none of its own."""
    for item, following in zip(found, found[1:], strict=False):
        if item.shares and item.unit is None and following.num_start > item.end:
            item.unit, item.unit_kind = following.unit, following.unit_kind
            item.about, item.noun = following.about, following.noun
            item.measure = item.measure or following.measure
            item.inherited = item.inherited or following.inherited


def _opens_sentence(token: Token) -> bool:
    """The first word of a sentence or of a quotation ('"Seven out of 10 voters …'), where a
    capital says nothing of a name."""
    if token.is_sent_start:
        return True
    before = token.nbor(-1) if token.i > 0 else None
    return before is not None and (before.is_quote or before.is_left_punct) \
        and (before.is_sent_start or before.i == 0 or before.nbor(-1).is_punct)


def _tally(lower: list[str], i: int, k: int) -> list[Found]:
    """The two figures of a vote count at tokens ``i`` and ``k`` ("passed 52-47", "312 to 118")."""
    return [Found(n, n + 1, n, n + 1, float(lower[n]), unit="vote", unit_kind="count",
                  measure="vote") for n in (i, k)]


def dangling_start(lower: list[str], item: Found, numbers: NumberWords,
                   joiners: tuple[str, ...] = ("to", "through", "or")) -> None:
    """ "10- or 12-foot", "six- or seven-year-old", "18- to 29-year-olds": a first figure
    written with a dangling hyphen before "or"/"to" opens a range with the figure read (not in
    a list: "3-, 4- or 5-foot")."""
    i = item.num_start
    if item.value is None or item.relation != "eq" or i < 2 or lower[i - 1] not in joiners \
            or (i > 2 and lower[i - 3] == ","):
        return
    dangling = DANGLING_START.fullmatch(lower[i - 2])
    if dangling is None:
        return
    word = dangling.group(1)
    low = float(word) if word[0].isdigit() else numbers.units.get(word, numbers.tens.get(word))
    if low is not None and low < item.value:
        item.low, item.high, item.value, item.relation = low, item.value, None, "range"
        item.start = item.num_start = i - 2
