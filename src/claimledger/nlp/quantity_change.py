"""Change: is a figure the amount of a rise or a fall that a change word governs?

"rose 5%", "rose by 5%", "up 2%", "down by 3%", "cut rates by 0.25 points" — but not a level
reached or left ("fell to 3%", "up from 61%"), the size of a change a noun names ("a 5% drop",
"£14bn of spending cuts", "the decline was 2.5%") or a difference a comparative after the figure
names ("closed 3% higher", "12% more passengers than a year ago"), as CQE reads a word after the
figure; nor a contest's margin ("lost by ten points"), a count or sum moved somewhere ("rallied
thousands"), the base of a multiplying verb ("doubled the 216 staff") or who did it ("raised by 2
central banks"); and a restated figure takes the change of the one before it ("lost 1,000
points, or about 3%").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .numbers import NumberWords, parse_numeral
from .quantity_found import (
    CURRENCY_SIGNS,
    PERCENT_SIGNS,
    PLUS_MINUS,
    SUBJECTS,
    YEAR_LIKE,
    Found,
    anchor_token,
    counts_people,
    has_cue,
    has_scale,
    hyphen_joined,
    listed_figure,
    subject_of,
)
from .quantity_lexicon import QuantityWords

#: Dependencies that join a clause to another: a change verb beyond them governs no figure here.
CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "advcl", "relcl", "acl", "conj", "xcomp"})
#: A passive "by" with fewer than this many things names who did it ("by 3 supermarkets").
AGENT_COUNT_LIMIT = 100
#: Words read between a comparative and its "than", and after "than" for its earlier time.
MAX_COMPARED_TOKENS = 5


#: Words after a pair of shares that make the first a change ("… from his 2016 share",
#: "compared with 2017", "down from 49 percent", "since May").
CHANGE_AFTER_PAIR = frozenset({"from", "compared", "since", "down", "up"})
#: How many words after a pair of shares are read for such a word.
SHARE_PAIR_TAIL = 6
#: Entity types of a named contest ground or rival ("beat Trump", "carried Ohio").
CONTEST_ENTITIES = frozenset({"GPE", "PERSON", "NORP", "ORG", "LOC"})


class QuantityChange:
    """Up or down; mixed into :class:`.quantities.QuantitiesComponent`."""

    words: QuantityWords

    def _changes(self, doc: Doc, item: Found) -> bool:
        """A change word ("rose", "cut") just before the figure or governing it: "rose 2.5% to
        3%" is a change and a level, not a range (a change noun after the figure is not: "a
        2.5% to 3% rise" is a range)."""
        tokens = [doc[item.start - 1]] if item.start > 0 else []
        token = doc[item.num_start]
        for _ in range(3):
            if token.head.i == token.i:
                break
            token = token.head
            tokens.append(token)
        return any((t.lemma_.lower() in self.words.change_up
                    or t.lemma_.lower() in self.words.change_down)
                   and not _noun_after(t, item) for t in tokens)

    def _change_word(self, token: Token) -> bool:
        """Is ``token`` a word of rise or fall ("climbed", "jumped", "fell")?"""
        lemma = token.lemma_.lower()
        return lemma in self.words.change_up or lemma in self.words.change_down

    def _change_before(self, lower: list[str], i: int, doc: Doc | None) -> str | None:
        """ "up 5%", "down by 3%" before token ``i``: the change, or None; not the particle of
        a verb that changes nothing ("make up at least half")."""
        k = _up_or_down(lower, i, self.words.off_before)
        if k is None:
            if i > 1 and lower[i - 1] == "by" and lower[i - 2] in self.words.change_after:
                return self.words.change_after[lower[i - 2]]  # "edged higher by 0.2%"
            return None
        verb = doc[k].head.lemma_.lower() if doc is not None and k > 0 else ""
        if doc is not None and doc[k].dep_ == "prt" and verb in self.words.particle_changes \
                and "of" not in lower[i + 1:i + 4] and (("%" in lower[i:i + 2] or any(
                    w in PERCENT_SIGNS for w in lower[i + 1:i + 3]))
                    or self._market_subject(doc[k].head)):
            return self.words.particle_changes[verb]  # "the Nikkei gave up 1.5%", "the Dow
            # gave up 300 points" (not "gave up 5% of its stake", "the defence gave up 24
            # points", "gave up $3m in fees")
        if doc is not None and k > 0 and doc[k].dep_ == "prt" \
                and verb in self.words.particle_verbs_no_change:
            return None
        return "down" if lower[k] == "off" else lower[k]

    def _measure_subject(self, verb: Token) -> bool:
        """The verb has a subject and it is a measure ("Exports", "net migration"), not a
        team, party or person (who leads or trails)."""
        subject = subject_of(verb)
        if subject is None or self._agent_subject(verb) or has_cue(subject, self.words.actor_nouns):
            return False
        return subject.pos_ != "PROPN" or self._market_subject(verb)  # "The Celtics": a team

    def _market_subject(self, verb: Token) -> bool:
        """The verb's subject is a market, an index, a price or a currency ("The Dow", "Brent
        crude", "the rouble")."""
        subject = subject_of(verb)
        return subject is not None and any(
            has_cue(t, self.words.market_words) for t in subject.subtree)

    def _read_change(self, doc: Doc, lower: list[str], item: Found) -> None:
        """ "rose by 5%", "increased 20 percent", "down 3%": up or down where a change word
        governs the figure; a level reached or left ("to $1,950", "from 61%") and the size of a
        change named by a noun ("a 5% drop", "an increase of 5%") are no change (as CQE reads
        them, and as the writers of the own check sets annotated them)."""
        if item.change or item.place:
            return  # "dropped leaflets over 20 towns": where, no change
        if self._level_aside(doc, lower, item):
            return  # "cut its deposit rate, currently 2%, again": the level as it stands
        if item.unit_span is not None and hyphen_joined(doc, item.num_end - 1) \
                and item.unit_span[1] < len(doc) and doc[item.unit_span[1]].pos_ == "NOUN" \
                and doc[item.unit_span[1] - 1].head.i == item.unit_span[1]:
            return  # "widen a 3-mile stretch": the size of the thing changed, no change
        before = lower[item.start - 1] if item.start > 0 else ""
        if before in ("to", "from") and not (item.start > 1 and lower[item.start - 2] == "up"):
            return
        if _gapped_level(anchor_token(doc, item)):
            return  # "cut to 0.7% for 2023 and 1% for 2024": the second is a level too
        if before == "to" and item.start > 2 and lower[item.start - 2] == "up" \
                and doc[item.start - 3].lemma_.lower() in ("add", "sum", "total"):
            return  # "cuts that add up to 185,000 jobs": a total
        sign = doc[item.num_start].text[:1] if before not in self.words.level_before else " "
        if item.num_start > 0 and doc[item.num_start - 1].text == "+" \
                and not doc[item.num_start - 1].whitespace_:
            sign = "+"  # "+ 0.3 %" split by the tokenizer
        if sign == "+" and item.unit_kind in ("percent", "point") \
                and not PLUS_MINUS.match(doc[item.num_start].text):
            item.change = "up"  # "FTSE +0.3%": a rise ("rose to +5 points" is a level)
            return
        # A comparative after the figure makes it a difference, which CQE and the own check
        # sets leave without a change, as they leave a change noun ("closed 3% higher", "a 5%
        # drop"): the figure stops here; "compared" keeps the difference from its subject.
        if item.end < len(doc) and item.unit_kind in ("percent", "currency", "point") \
                and lower[item.end] in self.words.change_after:
            return  # "closed 3% higher"
        if item.end < len(doc) and lower[item.end] in self.words.comparative_changes \
                and self._than_earlier(doc, lower, item.end + 1):
            item.compared = True  # "carried 12% more passengers than a year ago"
            return
        if item.end < len(doc) and lower[item.end] in self.words.level_comparatives \
                and self._earlier_level(doc, lower, item.end + 1) is not None:
            item.compared = True  # "still 6.7% below its 2022 peak", "2% above the record"
            return
        if item.end < len(doc) and item.unit_kind in ("percent", "currency", "point") \
                and lower[item.end] in ("up", "down") and self._moved(lower, item.end + 1):
            item.change = lower[item.end]  # "closed 0.7% down on the day", "25 points up at
            return  # 6,430" (not "a 10% down payment", "10 points up at halftime")
        if before == "by" and item.start > 1 and self._change_by_verb(
                _verb_before_object(doc, item.start - 2), item):
            return  # "rose by 4% to 6%", parsed with the 4% inside the level; "… and cut
            # carbon emissions by 1.1 million tonnes", parsed with "by" on another verb
        token = anchor_token(doc, item)
        if token.dep_ in ("npadvmod", "appos") and item.start > 0 and lower[item.start - 1] == "," \
                and lower[item.end:item.end + 1] == ["of"]:
            item.aside = True  # "250 mm of rain fell in a day, a third of the annual average":
            return  # an aside ("lost 300 tanks, 40% of its fleet" restates the change)
        if item.value is not None and item.value < 0 and doc[item.num_start].text[:1] in "-−" \
                and not (item.start > 0 and doc[item.start - 1].pos_ == "VERB"):
            return  # "growth was -2.1%", "growth of -0.5%": a signed level of the change ("lost
            # -7 points" stays a fall)
        via_by = False
        came_from: Token | None = None
        for _ in range(5):  # "increased [by] [an average] [of] [4.5] percent"
            word = token.lemma_.lower()
            if token.pos_ == "NOUN" and came_from is not None and came_from.dep_ == "conj":
                word = ""  # "18 [rebounds] and 12 assists": another figure's noun in a list
            if _added_noun(token, item, self.words.addend_joiners):
                return  # "rising 2%, plus a one-off payment of €600": another addend
            if token.i not in (item.num_end - 1, item.noun) and token.pos_ in ("VERB", "NOUN") \
                    and not (token.pos_ == "NOUN" and word in self.words.not_change_nouns):
                if token.pos_ == "VERB" and self._no_change_use(token, item, via_by):
                    return
                if token.pos_ == "VERB" and word == "down" and token.lower_ != "down":
                    return  # "downed 35 drones": shot down, no fall
                if token.pos_ == "NOUN" and (word in self.words.change_up
                                             or word in self.words.change_down):
                    return  # "a rise of 5%", "growth of 2%": the size of a change named by a
                    # noun is no change of the figure (as CQE reads it)
                if word in self.words.change_up:
                    item.change = "up"
                    return
                if word in self.words.change_down:
                    item.change = "down"
                    return
                if token.pos_ == "VERB" and word in self.words.change_by and (
                        via_by or self._changed_by_amount(doc, token, item)):
                    # "raised rates by 0.5 points", "boosted its dividend 20%"
                    item.change = self.words.change_by[word]
                    return
                if token.pos_ == "VERB" and self._taken_off(token, item):
                    item.change = "down"  # "wiped $5bn off its value"
                    return
                if token.pos_ == "VERB" and via_by and item.unit_kind not in (None, "count") \
                        and word not in self.words.particle_verbs_no_change:
                    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"
                                     and c.lower_ in ("up", "down")), None)
                    if particle is not None:  # "bring down deaths by 90%", "speed up by 2 km/s"
                        item.change = particle
                    return
                if token.pos_ == "VERB":
                    self._hung_on_a_later_verb(doc, token, item)
                    return
                if token.pos_ == "NOUN" and token.dep_ == "pobj" \
                        and not item.start <= token.i < item.end \
                        and not (word in self.words.pace_nouns and token.head.lower_ == "at"
                                 and item.unit_kind in ("percent", "point")):
                    return  # "the steps of the 70 metre hall": another noun's figure ("rose
                    # at an annual rate of 2.5%" goes on to the verb)
            if token.lemma_ == "be" and token.i != item.num_start:
                return  # "the decline was 2.5%": a size, no change of the figure
            if token.dep_ == "nsubjpass" and self._taken_off(token.head, item):
                item.change = "down"  # "$24bn was wiped off the value"
                return
            if token.dep_ in SUBJECTS or token.head.i == token.i:
                return
            if token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS:
                return  # "it is one example, she added": another clause's verb
            if token.dep_ == "prep" and token.lower_ not in self.words.change_preps \
                    and not (token.lower_ == "at" and item.start <= token.i < item.end) \
                    and not (token.lower_ in self.words.level_bounds and token.i == item.end
                             and item.unit_kind in ("percent", "point", "currency")
                             and token.head.pos_ == "VERB") \
                    and not (  # "by at most 0.5%"
                    token.lower_ == "at" and item.unit_kind in ("percent", "point") and any(
                        c.lemma_.lower() in self.words.pace_nouns for c in token.children)):
                return
            if token.dep_ == "prep" and token.lower_ == "of" and token.head.like_num \
                    and not item.start <= token.head.i < item.end:
                return  # "cut 300 of its 2,000 jobs", "lost four of their last six": the whole
            if token.dep_ == "prep" and token.lower_ == "between" and item.relation != "range":
                return  # "strengthen ties between our two countries": no change of two
            if token.dep_ == "agent" and _counts_actors(item, doc, self.words.actor_nouns,
                                                        self.words.amount_nouns):
                return  # "rates were raised by 2 central banks": who did it, not how much
            via_by = via_by or (token.dep_ in ("prep", "agent") and token.lower_ == "by")
            came_from, token = token, token.head
    def _level_aside(self, doc: Doc, lower: list[str], item: Found) -> bool:
        """Is the figure an aside naming a level as it stands, opened by a comma and a word
        of the present ("the rate, currently 2%, ...", "the tax, at present 20%, ...") and
        closed by punctuation? The aside must follow the noun it describes; after a change's
        figure in its sentence it goes on with that change's list ("fell 3% on Monday, today
        2%", "surged 8% (now 10%)" are changes; "rose to 5% in May, now 6%" a level). Such a
        figure is no change. Sets ``item.aside``."""
        end = item.end
        if end < len(lower) and lower[end][:1].isalnum():
            return False  # "now 4.5% higher": the aside goes on
        for phrase in self.words.level_asides:
            n = len(phrase)
            opener = item.start - n - 1
            if opener > 0 and tuple(lower[item.start - n:item.start]) == phrase \
                    and lower[opener] in (",", "(", "-", "–", "—"):
                before = self._change_figure_before(doc, opener)
                if before == "change" or (before is None and not _aside_noun(
                        doc, opener - 1, self.words.time_units)):
                    return False
                item.aside = True
                return True
        return False

    def _change_figure_before(self, doc: Doc, opener: int) -> str | None:
        """Does a figure follow a change verb in the sentence before token ``opener``? "change"
        when it is the size of the change ("The index fell 3% on Monday, today 2%"), "level"
        when it is the level reached ("Inflation rose to 5% in May, now 6%"): a figure after
        "today"/"now" goes on with that list. None when there is none."""
        changing = False
        for token in doc[doc[opener].sent.start:opener]:
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and (lemma in self.words.change_up
                                         or lemma in self.words.change_down):
                changing = True
            elif changing and token.like_num:
                before = doc[token.i - 1].lower_ if token.i > 0 else ""
                if before in CURRENCY_SIGNS and token.i > 1:
                    before = doc[token.i - 2].lower_
                return "level" if before in ("to", "at") else "change"
        return None

    def _hung_on_a_later_verb(self, doc: Doc, verb: Token, item: Found) -> None:
        """ "Shares fell more than 5% after profit missed expectations": where the parser hangs
        the figure on a verb after it, a change verb right before the figure governs it (as
        CQE reads a change word next to the figure)."""
        if verb.i < item.end or item.start == 0:
            return
        before = doc[item.start - 1]
        if before.pos_ == "VERB" and self._change_word(before) \
                and not self._no_change_use(before, item, False):
            item.change = "up" if before.lemma_.lower() in self.words.change_up else "down"

    def _taken_off(self, verb: Token, item: Found) -> bool:
        """ "wiped [$5bn] off its value", "knocked [3%] off": an amount taken off something
        ("shave off [thousands of tons] of rock" removes the rock)."""
        return verb.lemma_.lower() in self.words.off_change_verbs and any(
            c.lower_ == "off" and c.dep_ in ("prt", "prep") and c.i >= item.end
            for c in verb.children)

    def _moved(self, lower: list[str], k: int) -> bool:
        """After "N% up"/"N points down", does what follows make it a move ("on the day",
        "on a year earlier", "year on year", "from", "at 6,430", the end of the clause)
        rather than a lead or a payment ("up at halftime", "down payment", "up on the
        Conservatives")?"""
        nxt = lower[k] if k < len(lower) else ""
        if nxt in self.words.move_followers or not nxt[:1].isalnum():
            return True
        if nxt == "at":
            return k + 1 < len(lower) and (lower[k + 1][:1].isdigit()
                                           or lower[k + 1] in CURRENCY_SIGNS)
        return nxt == "on" and any(w in self.words.time_units or w.rstrip("s")
                                   in self.words.time_units or w == "session"
                                   for w in lower[k + 1:k + 4])

    @staticmethod
    def _changed_by_amount(doc: Doc, verb: Token, item: Found) -> bool:
        """ "boosted its dividend 20%", "raised rates 0.25 point": a percent or point that is
        not the verb's object ("raised three points in her letter", "raised 30% of its budget")
        nor a gap ("lifted Arsenal 3 points clear")."""
        if item.unit_kind not in ("percent", "point"):
            return False
        figure = doc[item.num_start]
        inside = range(item.start, item.end)
        if figure.dep_ in ("dobj", "obj") or any(
                t.dep_ in ("dobj", "obj") and t.i in inside for t in verb.children):
            return False
        after = doc[item.end] if item.end < len(doc) else None
        if after is not None and (after.lower_ == "of" or after.pos_ == "ADJ"):
            return False
        return any(t.dep_ in ("dobj", "obj") and t.i not in inside for t in verb.children)

    def _than_earlier(self, doc: Doc, lower: list[str], k: int) -> bool:
        """ "[more passengers] than a year ago", "than in 2022", "than last month": a "than"
        within a few words of token ``k`` in its sentence, and a time or a word of earlier
        time right after it (not "than expected", "than its rivals")."""
        sentence_end = doc[k - 1].sent.end if doc.has_annotation("SENT_START") else len(doc)
        for j in range(k, min(k + MAX_COMPARED_TOKENS, sentence_end)):
            if lower[j] == "than":
                break
            if lower[j] in (",", ";", ".") or doc[j].pos_ in ("VERB", "AUX"):
                return False
        else:
            return False
        after = range(j + 1, min(j + 1 + MAX_COMPARED_TOKENS, sentence_end))
        if any(lower[x] in ("'s", "’s") and x + 1 < len(doc)
               and doc[x + 1].pos_ in ("NOUN", "ADJ", "PROPN") for x in after):
            return False  # "than last year's winners": other people
        if any(lower[x] in self.words.earlier_words for x in after):
            return True
        if any(lower[x] in ("last", "previous") and x + 1 < len(doc)
               and has_cue(doc[x + 1], self.words.earlier_nouns) for x in after):
            return True  # "than last season", "than the previous quarter"
        starts = {int(t.span[0]) for t in doc._.cl_times or [] if t.span}
        return any(doc[x].idx in starts for x in after[:3])

    def _earlier_level(self, doc: Doc, lower: list[str], k: int) -> str | None:
        """The noun of an earlier level of a measure named from token ``k``: "its 2022 peak",
        "the record high", "the previous record", "pre-pandemic levels" (not "sea level",
        "zero"); None if there is none."""
        timed = False
        for j in range(k, min(k + MAX_COMPARED_TOKENS, len(doc))):
            word = lower[j]
            if word in self.words.earlier_levels and doc[j].pos_ in ("NOUN", "ADJ"):
                if not word.startswith("level") or timed:
                    return word
            if doc[j].pos_ not in ("DET", "PRON", "ADJ", "NUM", "PART", "PUNCT") \
                    and not (doc[j].pos_ in ("NOUN", "X") and (
                        word in self.words.earlier_levels
                        or doc[j].dep_ in ("compound", "amod", "nmod", "poss"))):
                return None
            timed = timed or YEAR_LIKE.fullmatch(word) is not None or word.startswith("pre") \
                or word in ("previous", "earlier", "last", "former")
        return None

    def _change_by_verb(self, verb: Token, item: Found) -> bool:
        """Set the change of a figure right after "<verb> by", read on the words alone (the
        parse may hang the figure elsewhere); True where it was set."""
        word = verb.lemma_.lower()
        if verb.pos_ != "VERB" or self._no_change_use(verb, item, True) \
                or (_passive(verb) and _counts_actors(item, verb.doc, self.words.actor_nouns,
                                                      self.words.amount_nouns)):
            return False
        if word in self.words.change_up:
            item.change = "up"
        elif word in self.words.change_down:
            item.change = "down"
        else:
            item.change = self.words.change_by.get(word)
        return item.change is not None

    def _no_change_use(self, verb: Token, item: Found, via_by: bool) -> bool:
        """A change verb used for no change of the figure: a contest's margin ("lost the race
        [by ten points]"), or a count or sum moved somewhere ("rallied [thousands]", "sank [$3bn]
        into the mine"), or the base of a multiplying verb ("doubled [the 216 staff]"); "shares
        rallied 4%" stays a change."""
        word = verb.lemma_.lower()
        if word in self.words.change_multiplier_verbs:
            return True  # "double [the 216 staff]": the base, the change is "x2"
        if word in self.words.measure_change_verbs and not via_by and (
                item.unit_kind not in ("percent", "point", "currency")
                or (item.unit_kind == "currency" and self._agent_subject(verb))
                or (item.end < len(verb.doc) and verb.doc[item.end].lower_ == "of")
                or any(c.dep_ in ("dobj", "obj") and c.i >= item.end
                       and c.pos_ in ("NOUN", "PROPN") for c in verb.children)):
            # "recovered 12 bodies": moved, not changed; "appreciated the $5m donation", "a
            # 5% dividend yield": the figure describes the object ("improved his best by one
            # centimetre" is the size of the change)
            return True
        outside = [c for c in verb.children if not item.start <= c.i < item.end]
        doc = verb.doc
        if word in self.words.delivery_verbs and item.unit_kind not in (
                "percent", "point", "currency") and item.end + 1 < len(doc) \
                and doc[item.end].lower_ == "of" and not self._dropped_from_list(verb) \
                and (has_cue(doc[item.end + 1], self.words.delivered_things)
                     or (has_cue(doc[item.end + 1], self.words.air_dropped_things)
                         and self._dropped_from_air(verb))):
            return True  # "the storm dropped 30 cm of snow", "planes dropped four tonnes of
            # food": delivered, not fallen ("exports dropped 2 million tonnes of grain" fell)
        if word in self.words.delivery_verbs and item.unit_kind not in (
                "percent", "point", "currency") and self._dropped_from_air(verb) \
                and not self._dropped_from_list(verb) and self._counts_delivered(doc, item):
            return True  # "the jets dropped three bombs", "dropped two 500-pound bombs": things
            # an aircraft let fall ("the firm dropped three mines from its portfolio" cut them)
        if word in self.words.precipitation_verbs and item.unit_kind not in (
                "percent", "point", "currency") and any(
                c.dep_ in ("nsubj", "nsubjpass") and has_cue(c, self.words.precipitation_nouns)
                for c in verb.children):
            return True  # "snow fell 20 centimetres deep": how much came down, no fall
            # ("rainfall fell 20%" fell)
        if via_by and word in self.words.margin_verbs and (
                any(c.dep_ in ("dobj", "obj") for c in outside)
                or (item.unit_kind not in ("percent", "currency") and self._agent_subject(verb))):
            return True  # "lost the race by ten points", "the Democrats lost by 20 points"
        if any(c.lower_ in self.words.shortfall_words and not _set_off(doc, item.end, c.i)
               for c in outside):
            return True  # "fell short by $1 billion": a gap, no fall ("grew 31%, short of
            # forecasts" grew)
        if item.end + 1 < len(doc) and doc[item.end].lower_ in self.words.shortfall_words \
                and doc[item.end + 1].lower_ == "of":
            return True  # "snowfall fell 20 centimetres short of the average": a gap
        if word in self.words.margin_verbs and _share_pair_after(doc, item) and any(
                c.dep_ in ("dobj", "obj") and c.i < item.start and self._contest_ground(c)
                for c in verb.children):
            return True  # "lost the state 36 percent to 51 percent", "beat Trump 52 to 48
            # percent": the two shares of a contest's result, no fall ("approval lost 5
            # percent to 41 percent", "lost ground 5 percent to 41 percent", "lost 5 percent
            # to $12" fell)
        if word in self.words.margin_verbs and self._counts_contests(verb.doc, item):
            return True  # "lost four playoff games", "has lost nine of its past 11 games"
        if word == "add" and item.unit_kind not in ("currency", "percent") and any(
                c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children):
            return True  # "Brown added 24 points and nine rebounds": a player's tally
        if word == "lose" and not via_by and ((
                counts_people(item.unit) and self._counts_lives(verb.doc, item))
                or (item.unit_kind in (None, "count") and _person_subject(verb))):
            return True  # "we lost 250 Americans in Beirut", "lose 33,000 people a year to gun
            # violence": lives lost, a toll; "Weiner lost two jobs": what a person lost ("the
            # sector lost 34,000 jobs", "the city lost 25,000 residents", "the orchestra lost
            # 5 musicians", "patients lost 2.4 kg" changed)
        if word in self.words.change_transitive_not:
            into = any(c.dep_ == "prep" and c.lower_ == "into" for c in outside)
            return into or (item.unit_kind not in ("percent", "point", "currency")
                            and (counts_people(item.unit) or self._agent_subject(verb)))
        return False

    def _dropped_from_air(self, verb: Token) -> bool:
        """Does an aircraft let the things fall: the verb's subject flies ("the jets",
        "drones", "the air force"), or "from the air" / "by parachute" / "over <a place>"
        follows ("dropped 2,000 leaflets over the city")."""
        if any(t.dep_ == "prep" and t.lower_ == "over" and any(
                c.dep_ == "pobj" and (has_cue(c, self.words.place_nouns)
                                      or c.ent_type_ in ("GPE", "LOC", "FAC"))
                for c in t.children) for t in verb.subtree):
            return True
        for child in verb.children:
            if child.dep_ in ("nsubj", "agent") and (
                    has_cue(child, self.words.air_droppers)
                    or any(c.lower_ == "air" for c in child.children if c.dep_ == "compound")):
                return True
            if child.dep_ == "prep" and child.lower_ in ("from", "by") and any(
                    has_cue(c, self.words.air_drop_phrases)
                    for c in child.children if c.dep_ == "pobj"):
                return True
        return False

    def _dropped_from_list(self, verb: Token) -> bool:
        """A "from <list>" phrase after the verb: "dropped four packages from its offer" cut
        them from a list, never let them fall."""
        return any(child.dep_ == "prep" and child.lower_ == "from" and any(
            has_cue(c, self.words.dropped_from_lists) for c in child.children
            if c.dep_ == "pobj") for child in verb.children)

    def _counts_delivered(self, doc: Doc, item: Found) -> bool:
        """The figure counts or measures things let fall: the noun it counts ("three
        [bombs]") or the noun its measure modifies ("500-pound [bombs]")."""
        things = self.words.delivered_things | self.words.air_dropped_things
        if item.noun is not None:
            return has_cue(doc[item.noun], things)
        k = item.end
        while k < len(doc) and k - item.end < 3 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") \
                and doc[k].dep_ in ("amod", "compound"):
            k += 1  # "two 2,000lb [guided] bombs"
        return k < len(doc) and doc[k].pos_ == "NOUN" and has_cue(doc[k], things)

    def _contest_ground(self, obj: Token) -> bool:
        """Is the object of lose/win what a contest was fought for or against: a named place,
        person or party, a contest, or a place voted in ("the state"), and no counted thing
        ("12 seats")?"""
        if any(c.dep_ == "nummod" for c in obj.children):
            return False
        return obj.ent_type_ in CONTEST_ENTITIES or has_cue(obj, self.words.contest_nouns) \
            or has_cue(obj, self.words.result_places)

    def _counts_contests(self, doc: Doc, item: Found) -> bool:
        """The figure counts games, matches or races ("four playoff games", "nine of its past
        11 games"), not an amount that changed."""
        k = item.end
        if k < len(doc) and doc[k].lower_ == "of":
            k = next((t.i for t in doc[k + 1:k + 6] if t.pos_ == "NOUN"), k)
        else:
            k = item.noun if item.noun is not None else k
        return k < len(doc) and has_cue(doc[k], self.words.contest_nouns)

    def _counts_lives(self, doc: Doc, item: Found) -> bool:
        """Does the figure count lives a loss ends: soldiers, civilians, victims, a nation's
        people ("250 Americans"), or people lost to a harm ("33,000 people a year to gun
        violence", "40 children in the flood")? Members of a body ("25,000 residents", "5
        musicians") and people who move away ("Detroit lost 1 million people", "lost 50,000
        people to California") are not: their loss is a fall in their number."""
        k = item.noun if item.noun is not None else item.num_end
        if k >= len(doc):
            return False
        noun = doc[k]
        lives = noun.ent_type_ == "NORP" or noun.lemma_.lower() in self.words.toll_nouns
        if not lives and noun.lemma_.lower() not in self.words.toll_people_nouns:
            return False
        end = noun.sent.end
        for t in doc[noun.i + 1:end]:
            if t.lower_ not in ("to", "in", "from") or t.i + 1 >= end:
                continue
            head = doc[t.i + 1]
            while head.pos_ in ("DET", "ADJ", "PRON") and head.i + 1 < end:
                head = doc[head.i + 1]  # "to [the] virus", "in [a] deadly flood"
            harm = head.lemma_.lower() in self.words.harm_events or (
                head.i + 1 < end and doc[head.i + 1].lemma_.lower() in self.words.harm_events)
            if harm:
                return True  # "to gun violence", "to overdoses", "in the flood"
            if t.lower_ in ("to", "from"):
                return False  # "lost 5,000 troops to desertion", "to California", "from its
                # voter rolls": they left, a fall in number
        return lives

    def _agent_subject(self, verb: Token) -> bool:
        """The verb's subject moves the figure rather than being measured by it: a person,
        group or pronoun ("The governor rallied thousands"); "Production sank 200,000 tonnes"
        is the amount production changed by."""
        subject = subject_of(verb)
        if subject is None:
            return True
        return subject.pos_ == "PRON" or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
            or subject.lower_ in self.words.person_nouns \
            or subject.lemma_.lower() in self.words.person_nouns


def _person_subject(verb: Token) -> bool:
    """Is the verb's subject a named person or a pronoun of one ("Weiner", "he")? ("we had
    lost 350,000 jobs", said of a state, speaks for many.)"""
    subject = subject_of(verb)
    return subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in (
        "i", "he", "she"))


#: Words of an object noun phrase read back from "by" to the verb before it.
OBJECT_WORDS_BACK = 4


def _share_pair_after(doc: Doc, item: Found) -> bool:
    """Does "to" and a second share follow a share or bare figure ("[36 percent] to 51
    percent", "[52] to 48 percent"), the two comparable shares of one result (neither under a
    third of the other, together at most 100), with no word of a change after them ("lost the
    race 4 percent to 45 percent, down from 49")?"""
    k = item.end
    if k + 1 >= len(doc) or doc[k].lower_ != "to" or not doc[k + 1].like_num \
            or item.unit_kind not in (None, "percent") or item.value is None:
        return False
    after = doc[k + 2].lower_ if k + 2 < len(doc) else ""
    if not (after in ("percent", "%") or (item.unit_kind is None and after in ("", ".", ","))):
        return False
    numeral = parse_numeral(doc[k + 1].text)
    if numeral is None or numeral.suffix:
        return False
    first, second = float(item.value), numeral.value
    if first + second > 100 or min(first, second) * 3 < max(first, second):
        return False
    rest = {t.lower_ for t in doc[k + 2:k + 2 + SHARE_PAIR_TAIL]}
    return not rest & CHANGE_AFTER_PAIR


def _verb_before_object(doc: Doc, i: int) -> Token:
    """The word at ``i`` (right before "by"), or the verb before the object noun phrase that
    ends there ("cut [carbon dioxide emissions] by"): nouns, adjectives and determiners only."""
    k = i
    while k > 0 and i - k < OBJECT_WORDS_BACK and doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "DET"):
        k -= 1
    return doc[k] if doc[k].pos_ == "VERB" and k < i and doc[i].pos_ == "NOUN" else doc[i]


def restated_changes(lower: list[str], found: list[Found]) -> None:
    """ "lost 1,000 points, or about 3%": the restated figure is the same change."""
    for previous, item in zip(found, found[1:], strict=False):
        if previous.change and item.change is None \
                and (lower[previous.end:item.start] in ([",", "or"], ["or"])
                     or (item.aside and lower[_phrase_end(previous):item.start] == [","])):
            item.change = previous.change  # "lost 300 tanks, 40% of its fleet"


def conjoined_changes(doc: Doc, lower: list[str], found: list[Found]) -> None:
    """ "gains of 14% and 9%": a figure conjoined to a change of the same unit is one too."""
    for previous, item in zip(found, found[1:], strict=False):
        if previous.change and item.change is None and item.unit == previous.unit \
                and lower[previous.end:item.start] in (["and"], [",", "and"]):
            token = anchor_token(doc, item)
            if token.dep_ == "conj" and token.head.i == anchor_token(doc, previous).i:
                item.change = previous.change


def gapped_units(doc: Doc, lower: list[str], found: list[Found], numbers: NumberWords,
                 labels: frozenset[str] = frozenset(),
                 names: frozenset[str] = frozenset()) -> None:
    """ "LeBron James scored 31 points and Anthony Davis 28", "Haaland ran 12 km and Foden 10":
    a bare figure after "and" (or a comma) and a name or noun phrase, its verb left out, counts
    what the figure before it counts (the first follows its verb; the second has no noun of its
    own: "and Davis 28 rebounds" keeps its own). A first figure with a scale word ("spent $50
    billion and the states 20") gives none: whether the scale carries over is not written."""
    for previous, item in zip(found, found[1:], strict=False):
        if previous.unit is None or item.unit is not None or item.about is not None \
                or has_scale(lower, previous, numbers) \
                or item.value is None or previous.unit_kind in ("age", "fraction") \
                or previous.unit == "vote" or item.ratio \
                or doc[item.num_start].text[:1] in "+-−":
            continue
        if _listed_after(doc, previous, item, labels, names):
            item.unit, item.unit_kind = previous.unit, previous.unit_kind
            item.measure = item.measure or previous.measure
            continue  # "took 41 percent, the opposition 38 and independents 12"
        if previous.start == 0 or doc[previous.start - 1].pos_ != "VERB" \
                or not _gapped_after(lower, previous, item):
            continue
        if item.end < len(doc) and doc[item.end].pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
            continue
        gap = doc[previous.end + 1:item.start]
        if all(t.is_alpha and t.pos_ in ("DET", "NOUN", "PROPN") for t in gap) \
                and gap[-1].pos_ != "DET":
            item.unit, item.unit_kind = previous.unit, previous.unit_kind
            item.measure = item.measure or previous.measure


def _listed_after(doc: Doc, previous: Found, item: Found, labels: frozenset[str],
                  names: frozenset[str]) -> bool:
    """Is ``item`` a gapped element of a list whose element before it is ``previous`` ("won
    52% of the vote and Jones 45", "208 seats, the AfD 152 and the SPD 120")? See
    :func:`.quantity_found.listed_figure`."""
    before = listed_figure(doc, item.num_start, labels=labels, names=names)
    return before is not None and previous.num_start <= before < previous.num_end \
        and item.num_end == item.end


def _gapped_after(lower: list[str], previous: Found, item: Found) -> bool:
    """Does ``item`` follow ``previous`` after "and" or a comma and one to three words, as the
    second figure of a gapped pair ("scored 31 points and [Anthony Davis] 28")? A comma leaves
    out one noun only ("Sales rose 5%, [costs] 3%")."""
    gap = item.start - previous.end
    joiner = lower[previous.end] if previous.end < len(lower) else ""
    return gap in (2, 3, 4) and (joiner == "and" or (joiner == "," and gap == 2))


def gapped_changes(doc: Doc, lower: list[str], found: list[Found]) -> None:
    """ "Revenue rose 5% and costs 9%", "Sales rose 5%, costs 3%": a figure after "and" (or a
    comma) and a bare noun phrase, its verb left out, is a change like the one before it (same
    unit, a measure's unit)."""
    for previous, item in zip(found, found[1:], strict=False):
        if previous.change is None and item.change is not None and item.unit == previous.unit \
                and counts_people(item.unit) and _listed_after(doc, previous, item,
                                                               frozenset(), frozenset()):
            item.change = None  # "the regiment lost 60 soldiers and the division 300": the
            # verb left out reads as for the first, a toll
            continue
        if not previous.change or item.change is not None or item.unit != previous.unit \
                or item.unit_kind not in ("percent", "point", "currency"):
            continue
        if _parallel_phrase(doc, previous, item):
            item.change = previous.change  # "fell 17.7% at Taj Mahal, 5.5% at Bally's"
            continue
        if not _gapped_after(lower, previous, item):
            continue
        if doc[previous.num_start].text[:1] in "+-−" or doc[item.num_start].text[:1] in "+-−" \
                or previous.start == 0 or (doc[previous.start - 1].pos_ != "VERB"
                                           and lower[previous.start - 1] != "by"):
            continue  # "FTSE +0.5%, DAX -0.9%": each sign its own; the first follows its verb
        gap = doc[previous.end + 1:item.start]
        if all(t.is_alpha and (t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") or (
                t.i == item.start - 1 and t.tag_ == "VBZ" and t.lower_.endswith("s")))
               for t in gap) and gap[-1].pos_ != "DET" and gap[-1].pos_ != "ADJ":
            item.change = previous.change  # ("costs" tagged as a verb: "and costs 9%")


#: Prepositions whose phrases set a list of changes side by side ("fell 17.7% at Taj Mahal,
#: 5.5% at Bally's and 5% at Caesars", "rose 5% in Europe, 4% in Africa", "has risen 8 points
#: since October and 12 points since last June").
PARALLEL_PREPOSITIONS = frozenset({"at", "in", "for", "among", "on", "across", "since", "from",
                                   "against"})


def _parallel_phrase(doc: Doc, previous: Found, item: Found) -> bool:
    """Does ``item`` follow ``previous`` as the next of a list of figures, each with a phrase
    of the same preposition after it (`, 5.5% at Bally's`), the list joined by a comma or
    "and" and nothing else between?"""
    if previous.end >= len(doc) or item.end >= len(doc) or item.start < 2:
        return False
    prep = doc[previous.end].lower_
    if prep not in PARALLEL_PREPOSITIONS or doc[item.end].lower_ != prep \
            or doc[item.start - 1].lower_ not in (",", "and"):
        return False
    between = doc[previous.end + 1:item.start - 1]
    if doc[item.start - 2].lower_ == "," and doc[item.start - 1].lower_ == "and":
        between = doc[previous.end + 1:item.start - 2]  # ", and"
    k = item.end + 1
    while k < len(doc) and k - item.end <= 6 and _phrase_word(doc[k]):
        k += 1
    ends = k >= len(doc) or doc[k].is_punct or doc[k].pos_ == "CCONJ"  # not "…, 40% in the
    # downtown area were thefts": a share, its own clause
    return ends and 0 < len(between) <= 5 and all(_phrase_word(t) for t in between)


def _phrase_word(token: Token) -> bool:
    """A word of a short noun phrase after a preposition ("Trump Taj Mahal", "the city's")."""
    return token.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART") or token.lower_ in ("'s", "’s")


def _set_off(doc: Doc, end: int, i: int) -> bool:
    """A comma or dash between a figure's end and the word at ``i`` after it."""
    return any(t.is_punct for t in doc[end:i])


def _phrase_end(item: Found) -> int:
    """One past the figure's last token, or its counted noun phrase's ("300 [tanks]")."""
    return max(item.end, item.about[1]) if item.about is not None else item.end


#: Words after "a"/"an" that add a figure to others before a change's size ("by a combined
#: 101,000", "up a further 2%").
SUMMED_WORDS = frozenset({"combined", "further", "additional", "total", "cumulative"})


def _gapped_level(token: Token) -> bool:
    """Is ``token`` a figure coordinated with a verb whose own figure is a level after "to" or
    "from" (the gapped "cut to 0.7% for 2023 and [cut to] 1% for 2024")?"""
    verb = token.head
    if token.dep_ != "conj" or verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("to", "from") and c.i < token.i
               and any(t.like_num for t in c.subtree)
               and any(t.lower_ == token.lower_ for t in c.subtree)  # of the same unit: not
               for c in verb.children)  # "rose 5% to $10 billion in Europe and 3% in Asia"


def before_summed(lower: list[str], i: int) -> int:
    """Token ``i`` of a figure, or of the "a combined", "a further" or "another" before it
    ("by a combined 101,000", "down another 2%")."""
    if i > 2 and lower[i - 1] in SUMMED_WORDS and lower[i - 2] in ("a", "an"):
        return i - 2
    if i > 1 and lower[i - 1] == "another":
        return i - 1
    return i


def _up_or_down(lower: list[str], i: int, off_before: frozenset[str]) -> int | None:
    """ "up 5%", "down by 3%" before token ``i``: the token of "up"/"down", or None.
    ``off_before``: the words before "off N%" that make it a fall. "a combined", "a further",
    "another" may stand between ("revised down by a combined 101,000", "down another 2%")."""
    i = before_summed(lower, i)
    if i > 0 and (lower[i - 1] in ("up", "down") or (
            lower[i - 1] == "off" and i > 1 and lower[i - 2] in off_before)):
        return i - 1  # "up 5%", "Nasdaq off 0.4%", "was off 1.5%"
    if i > 1 and lower[i - 1] == "by" and lower[i - 2] in ("up", "down"):
        return i - 2
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _counts_actors(item: Found, doc: Doc, actors: frozenset[str],
                   amounts: frozenset[str]) -> bool:
    """The figure counts actors ("2 central banks", "27 countries", "3 supermarkets"), not
    an amount of a measure ("3,000", "20%", "£500", "3,000 jobs", "200 beds", "12 deaths"):
    a known actor, or a few (under a hundred) of things that are no amount."""
    if item.unit is None or item.unit_kind not in (None, "count") or item.noun is None:
        return False
    noun = doc[item.noun]
    return has_cue(noun, actors) or (item.value is not None and item.value < AGENT_COUNT_LIMIT
                                  and not has_cue(noun, amounts))


def _aside_noun(doc: Doc, i: int, time_units: frozenset[str]) -> bool:
    """Is token ``i`` a noun an aside can describe ("its rate, currently 2%")? A time word or
    date ("on Monday, today 2%", "yesterday, now 4%") and a figure ("8% (now 10%)") are not."""
    token = doc[i]
    return token.pos_ in ("NOUN", "PROPN") and not token.like_num \
        and token.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL") \
        and token.lower_ not in time_units


def _noun_after(token: Token, item: Found) -> bool:
    """A change noun after the figure that its phrase modifies ("the 34% to 35% [growth]", "a 5
    to 7 percent [increase]"): it makes "N to M" a range of the change, not a change and a
    level reached, as a verb does ("rose 2.5% to 3%")."""
    return token.pos_ in ("NOUN", "PROPN") and token.i >= item.num_end


def _added_noun(token: Token, item: Found, joiners: frozenset[str]) -> bool:
    """A noun outside the figure joined to a clause by "plus" ("wages rising 2% next year, plus
    [a one-off payment] of €600", "rise 4%, plus [a bonus] of £300"): the figure under it is an
    addend of its own, not the amount of the verb's change ("lost 300 tanks and the navy 12
    ships" is a gapped change)."""
    if token.pos_ != "NOUN" or token.dep_ not in ("conj", "pobj") \
            or item.start <= token.i < item.end:
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in joiners  # "plus" parsed as a preposition
    edge = token.left_edge.i
    return edge > 0 and token.doc[edge - 1].lower_ in joiners
