"""Bounds and approximation.

The bound phrase before a figure ("more than", "about", "up to", "an estimated", "roughly a") or
after it ("or more", "or so", "plus"), told from a preposition ("worried about 3 banks", "near 10
Downing Street") or a verb's particle ("handed over 65 aircraft"); the relation it sets, with the
figure's low and high; the object of a verb of exceeding as a lower bound ("sales topped $1
billion"); and a figure in brackets that restates a bounded one in another unit ("up to 185 km/h
(115 mph)").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .numbers import NumberMatch, NumberWords
from .quantity_change import before_summed
from .quantity_found import (
    CURRENCY_SIGNS,
    YEAR_LIKE,
    Found,
    all_digits,
    anchor_token,
    has_cue,
    level_of_a_place,
    subject_of,
)
from .quantity_lexicon import QuantityWords

#: Pronouns of a person, as the subject of a player's score ("he broke 70").
PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you"})

#: Forms of "be" ("fares are up to $380 from 2012": a rise to a level).
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "'s", "'re"})
#: How many words after "from" an earlier level may stand ("from last year's nine").
FROM_REACH = 5
#: Words that open a noun phrase: after "and over" they make "over" a preposition.
PHRASE_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her",
                            "its", "their", "our", "my", "your", "each", "every", "all"})
#: Parts of speech that open a noun phrase: after "plus" they make it a second addend.
ADDEND_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})
#: Approximations that may stand before the article of a figure's noun phrase.
ARTICLE_APPROXIMATORS = frozenset({("roughly",), ("nearly",), ("almost",), ("approximately",),
                                   ("an", "estimated"), ("estimated",)})
#: Bounds that bound a figure across the article of its noun phrase ("more than a 10% rise").
ARTICLE_BOUNDS = frozenset({("more", "than"), ("less", "than"), ("at", "least"), ("at", "most"),
                            ("no", "more", "than"), ("no", "less", "than")})


#: Bounds that make the article before a unit of measure a figure ("less than a mile away").
ONE_BOUNDS = ARTICLE_BOUNDS | frozenset({("nearly",), ("almost",), ("roughly",)})
#: Kinds of unit a bounded article measures ("more than a metre wide"): not money, time or a
#: share ("more than a dollar a gallon", "more than a year", "less than a percent").
ONE_UNIT_KINDS = frozenset({"length", "mass", "volume", "area"})


def _figurative_from(doc: Doc, k: int, goals: frozenset[str]) -> bool:
    """After "from" (or "away from") at ``k``: an act, a quality or a state rather than a place
    ("from ending its hikes", "from perfect", "away from war", "from his position")?"""
    if doc[k].lower_ == "away":
        if k + 1 >= len(doc) or doc[k + 1].lower_ != "from":
            return False  # "less than a mile away": the distance itself
        k += 1
    if k + 1 >= len(doc):
        return False
    nxt = doc[k + 1]
    if nxt.pos_ in ("VERB", "ADJ", "AUX") or nxt.tag_ == "VBG":
        return True
    head = nxt if nxt.pos_ in ("NOUN", "PROPN") else next(
        (t for t in doc[k + 1:k + 4] if t.pos_ in ("NOUN", "PROPN")), None)
    return head is not None and head.ent_type_ not in ("GPE", "LOC", "FAC", "ORG") \
        and head.lower_ in goals


class QuantityBounds:
    """Bounds and approximation; mixed into :class:`.quantities.QuantitiesComponent`."""

    words: QuantityWords
    numbers: NumberWords
    max_bound: int

    def _bounded_article(self, doc: Doc, lower: list[str], i: int) -> NumberMatch | None:
        """ "less than a mile away", "more than a metre wide", "nearly a foot of snow": the
        article ``a``/``an`` at ``i``, bounded before and followed by a unit of length, mass,
        volume or area and a word that measures with it (``one_unit_followers``), is the figure
        1."""
        if i + 2 >= len(doc) or lower[i + 2] not in self.words.one_unit_followers:
            return None  # not "a mile-long tunnel", "a foot soldier", "a mile and a half", "a
            # foot or two", "a foot in the door", "a mile a minute", "by more than a mile."
        unit = self.words.units.get((lower[i + 1],))
        if unit is None or unit[1] not in ONE_UNIT_KINDS or doc[i + 1].pos_ != "NOUN" \
                or lower[i + 1] in ("pound", "ton"):
            return None  # "less than a pound" may be money; "more than a ton of paperwork"
        if lower[i + 2] == "of" and (lower[i + 1] == "ounce" or (
                lower[i + 3:i + 4] and lower[i + 3] in self.words.one_unit_idiom_nouns)):
            return None  # "more than an ounce of truth", "a barrel of laughs"
        after = doc[i + 3] if i + 3 < len(doc) else None
        goals = self.words.one_unit_figurative_goals
        if after is not None and (
                (lower[i + 2] == "apart" and after.lower_ in ("on", "over", "in"))
                or (lower[i + 2] == "short" and lower[i + 3:i + 5] == ["of", "what"])
                or (lower[i + 2] in ("from", "away") and _figurative_from(doc, i + 2, goals))):
            return None  # "remain more than a mile apart on wages", "less than an inch away
            # from war", "less than a mile from ending its rate hikes"
        if not any(tuple(lower[i - n:i]) in ONE_BOUNDS for n in (1, 2, 3) if i - n >= 0):
            return None
        return NumberMatch(i, i + 1, 1.0)

    def _bracketed_conversions(self, lower: list[str], found: list[Found]) -> None:
        """ "up to 185 km/h (115 mph)", "more than 2 feet (60 cm)": a figure in brackets right
        after a bounded figure restates it in another unit, with its bound and change (CQE
        reads brackets the same way)."""
        for previous, item in zip(found, found[1:], strict=False):
            if item.relation != "eq" or previous.relation in ("eq", "range") \
                    or previous.unit is None or item.unit is None or item.unit == previous.unit:
                continue
            if item.start < 1 or lower[item.start - 1] != "(" or item.start - 1 != previous.end \
                    or item.end >= len(lower) or lower[item.end] != ")":
                continue
            self._apply_relation(item, previous.relation)
            item.change = item.change or previous.change

    def _has_bound_before(self, lower: list[str], start: int, open_only: bool = False) -> bool:
        """A bound phrase ("under", "some", "an estimated") ends right before token ``start``;
        with ``open_only``, one other than a limiter ("at least", "about"; not "only", "just")."""
        relations = (self.words.bounds.get(tuple(lower[start - n:start]))
                     for n in range(min(self.max_bound, start), 0, -1))
        return any(r is not None and not (open_only and r == "eq") for r in relations)

    def _read_exceeded(self, doc: Doc, item: Found) -> None:
        """ "Sales topped $1 billion", "orders exceeded 800 aircraft": the object of a verb of
        exceeding is a lower bound (CQE codes "exceed" as '>'); negated ("must not exceed 4
        grams") an upper one."""
        if item.relation != "eq" or (item.start > 0 and (
                doc[item.start - 1].pos_ == "DET" or doc[item.start - 1].tag_ in ("PRP$", "POS"))):
            return  # "surpassing the $394,000 raised by Clinton", "Germany's $1.5 trillion"
        head = anchor_token(doc, item)
        for _ in range(3):
            if head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB":
                verb = head.head
                negated = any(c.dep_ == "neg" for c in verb.children) or (
                    verb.dep_ == "xcomp" and any(c.dep_ == "neg" for c in verb.head.children))
                if self._score_broken(verb, item):
                    return  # "Scheffler broke 70": a score under 70, no lower bound
                if verb.lemma_.lower() in self.words.exceed_verbs or (
                        verb.lemma_.lower() in self.words.amount_exceed_verbs
                        and not self._things_after(doc, item) and not self._lawmaker_passes(verb)
                        and not _in_tally(doc, item) and not _handed_on(verb, item)):
                    # "the toll passed 48,000" (not "passed 12 bills", "passed 10% to them")
                    self._apply_relation(item, "le" if negated else "gt")  # "should not
                    # exceed 4 grams": a cap
                return
            if head.head.i == head.i or not item.start <= head.head.i < item.end + 2:
                return
            head = head.head

    def _read_estimated_at(self, doc: Doc, item: Found) -> None:
        """ "estimated insured losses at $18bn", "the crowd was estimated at 50,000", "an
        estimated street value of £160m": a figure after the "at" of a verb of estimating, or
        after the "of" of a noun it qualifies, is approximate; a price after the "at" of a
        present "start" ("tickets start at $25,000") is the lowest."""
        if item.relation != "eq":
            return
        head = anchor_token(doc, item)
        if head.dep_ in ("nummod", "quantmod") and head.head.pos_ == "NOUN":
            head = head.head  # "estimated at 50,000 people": the counted noun hangs from "at"
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ == "at" and prep.head.pos_ == "VERB" \
                and prep.head.lemma_.lower() in self.words.estimate_verbs \
                and not any(c.dep_ == "neg" for c in prep.head.children):
            self._apply_relation(item, "approx")
        elif head.dep_ == "pobj" and prep.lower_ == "at" and item.unit_kind == "currency" \
                and self._starting_price(prep.head, item):
            self._apply_relation(item, "ge")  # "tickets start at $25,000", "rooms starting at
            # $99": the lowest price
        elif head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.lemma_.lower() in self.words.estimate_verbs
                for c in prep.head.children):
            self._apply_relation(item, "approx")  # "an estimated street value of £160m"

    def _starting_price(self, verb: Token, item: Found) -> bool:
        """Is ``verb`` a present "start" whose subject is a thing sold or paid for, with no time
        beside it ("tickets start at $25,000", "rooms starting at $99")? "Shares started at
        $40", "the fare starts at $3 on Sunday", "starting at $400 million in 2010, the budget
        grew" tell a level that holds from a time."""
        if verb.lemma_.lower() != "start" or verb.tag_ not in ("VBZ", "VBP", "VBG"):
            return False
        if verb.tag_ == "VBG":
            thing = verb.head if verb.dep_ == "acl" else None
        else:
            thing = subject_of(verb)
        if thing is None or thing.lemma_.lower() not in self.words.starting_price_nouns:
            return False
        if any(c.dep_ in ("conj", "advcl", "xcomp") and self._change_word(c)
               for c in verb.children):
            return False  # "the salary starts at $40,000 and rises to $60,000": a level
        doc = verb.doc
        end = item.end + 2 if item.end < len(doc) and doc[item.end].lower_ in ("a", "an", "per") \
            else item.end  # "$1,800 [a month]": the figure's rate, no time
        return not any((t.ent_type_ in ("DATE", "TIME") or t.lower_ == "when")
                       and not item.start <= t.i < end for t in verb.subtree)

    def _score_broken(self, verb: Token, item: Found) -> bool:
        """ "Scheffler broke 70 in the opening round", "he failed to break 80 on the links": a
        player breaks a bare score by scoring under it, so the figure is no lower bound (CQE
        reads it as the plain 70). Only in a sentence of golf (``score_break_cues``) and not of
        polls or votes (``score_break_blockers``): "the senator broke 40 in the latest poll",
        "the index broke 5,000", "she broke 50% in the polls" crossed a level."""
        if item.unit is not None or verb.lemma_.lower() not in self.words.score_break_verbs:
            return False
        subject = subject_of(verb)
        if subject is None and verb.dep_ in ("xcomp", "conj"):
            subject = subject_of(verb.head)  # "failed to break 80"
        if subject is None:
            return False
        sentence = verb.sent
        if not any(has_cue(t, self.words.score_break_cues) for t in sentence) \
                or any(has_cue(t, self.words.score_break_blockers) for t in sentence):
            return False
        return subject.ent_type_ == "PERSON" or subject.lower_ in PERSON_PRONOUNS \
            or has_cue(subject, self.words.person_nouns) or (
                subject.pos_ == "PROPN" and not has_cue(subject, self.words.market_words))

    def _read_bound_before(self, lower: list[str], item: Found, doc: Doc | None = None) -> None:
        """ "more than", "about", "an estimated", "up 5%" before the figure."""
        start = item.start
        if item.unit_kind in ("percent", "currency", "point", "fraction"):
            item.change = self._change_before(lower, start, doc) or item.change
        elif start > 1 and lower[start - 1] in ("up", "down") and lower[start - 2] == "," \
                and any(all_digits(w) for w in lower[max(0, start - 12):start - 2]):
            item.change = lower[start - 1]  # "won 72 seats, up 64": the change restated ("The
            # Celtics, up 12, called a timeout" is a lead)
        elif (k := before_summed(lower, start)) > 2 and lower[k - 1] == "by" \
                and lower[k - 2] in ("up", "down") and doc is not None \
                and (doc[k - 2].dep_ == "prt" or self._measure_subject(doc[k - 2].head)):
            # "revised down by 8,000", "exports were down by 20,000 tonnes" ("the Celtics were
            # up by 12 at the break" is a lead)
            item.change = self._change_before(lower, start, doc) or item.change
        if start > 1 and lower[start - 1] == "the" and item.end < len(lower) \
                and lower[item.end] in self.words.level_nouns \
                and not level_of_a_place(lower, item.end, self.words.level_place_nouns):
            start -= 1  # "below the 50 mark", "above the 7,000 level": a bound on a level (not
            # "below the 4,850 level of the mine")
        for n in range(min(self.max_bound, start), 0, -1):
            phrase = tuple(lower[start - n:start])
            relation = self.words.bounds.get(phrase)
            if relation is not None and item.change is None \
                    and item.unit_kind in ("percent", "currency", "point", "fraction"):
                item.change = self._change_before(lower, start - n, doc)  # "up about 40%"
            if relation is None:
                continue
            if phrase == ("some",) and item.relation == "range":
                continue
            if phrase in self.words.preposition_bounds and not self._bound_object(doc, item):
                break  # "near 10 Downing Street", "homes near 3 villages": a place
            if phrase == ("past",) and start - 2 >= 0 and doc is not None \
                    and doc[start - 2].pos_ in ("DET", "PRON"):
                break  # "the past four-plus months": an adjective
            if phrase == ("up", "to") and doc is not None and start - 3 >= 0 \
                    and (doc[start - 3].lemma_.lower() in ("add", "sum", "total")
                         or (doc[start - 2].dep_ == "prt" and self._change_word(doc[start - 3]))
                         or doc[start - 3].lemma_.lower() in self.words.up_particle_verbs):
                break  # "that adds up to 185,000": a total; "ticked up to 7.9%", "climbed up
                # to 5%": a level ("winds gusting up to 120 km/h" stays a cap)
            if phrase == ("up", "to") and doc is not None and start - 3 >= 0 \
                    and self._object_moved_up(doc, start - 3, item):
                break  # "pushing the jobless rate up to 6.3%": the level reached
            if phrase in self.words.level_extreme_bounds and doc is not None \
                    and self._extreme_reached(doc, start - n):
                break  # "shrank to a minimum of 4.6 million km2": the level reached
            if phrase == ("up", "to") and item.end + 1 < len(lower) \
                    and lower[item.end] == "from" and (
                        (lower[item.end + 1][:1].isdigit()
                         and not YEAR_LIKE.fullmatch(lower[item.end + 1]))
                        or self.numbers.is_word_number(lower[item.end + 1])
                        or lower[item.end + 1] in CURRENCY_SIGNS
                        or (start >= 3 and lower[start - 3] in BE_FORMS
                            and (doc is None or not _existential(doc[start - 3])
                                 or any(_number_said(w, self.numbers) for w in
                                        lower[item.end + 1:item.end + 1 + FROM_REACH])))):
                break  # "shares were up to $45 from $40", "the toll is up to 42 from the
                # quake", "there are up to 15 from last year's nine": a rise to a level, no cap
                # ("there could be up to 18,000 from South Korea" stays a cap: how many there
                # may be)
            if phrase == ("about",) and doc is not None and start - 2 >= 0 \
                    and self._about_taker(doc[start - 2]):
                break  # "worried about 3 banks", "spoke about 4 reforms": a preposition
            if phrase in (("about",), ("around",)) and lower[start:item.end] == ["one"] \
                    and lower[item.end:item.end + 1] == ["of"] and doc is not None \
                    and start >= 2 and (doc[start - 2].pos_ in ("NOUN", "PROPN", "PRON")
                                        or self._about_taker(doc[start - 2])):
                break  # "talk about one of our candidates", "walked around one of the
                # lakes": a preposition after a noun or a word of talk ("lose about one of our
                # patients a week", "only about one of the 20" stay rough)
            if phrase == ("over",) and doc is not None and self._spatial_over(doc, item,
                                                                                start - 1):
                item.place = True
                break  # "destroyed 64 drones over eight regions", "flew over 20 villages":
                # where ("sold in over 50 countries" stays a bound)
            if n == 1 and doc is not None and (doc[start - 1].dep_ == "prt" or (
                    phrase == ("over",) and start >= 2 and doc[start - 2].pos_ == "VERB"
                    and doc[start - 2].lemma_.lower() in self.words.over_particle_verbs
                    and not any(c.dep_ == "auxpass" for c in doc[start - 2].children))):
                break  # "Airbus handed over 65 aircraft", "turned over 55,000 pages": the
                # verb's particle ("each winner was handed over $10,000" is more than)
            if n == 1 and start > 2 and lower[start - 2] in ("-", "–") and doc is not None \
                    and not doc[start - 3].whitespace_ and not doc[start - 2].whitespace_ \
                    and doc[start - 3].like_num:
                break  # "a 3-under 69", "a two-over 74": the word is part of the number
                # before ("well-over 100" stays a bound)
            if phrase == ("average", "of") and start > 2 and doc is not None \
                    and (doc[start - 3].pos_ in ("DET", "PROPN") or doc[start - 3].tag_ == "POS") \
                    and lower[start - 3] not in ("a", "an") and item.end < len(doc) \
                    and doc[item.end].tag_ in ("NNS", "NNPS") and item.unit is None:
                break  # "the average of three polls": what is averaged, counted exactly
            if item.relation == "range":
                break
            item.start = start - n
            if relation != "eq":
                self._apply_relation(item, relation, high_is_value=phrase in
                                     self.words.bounds_high_is_value)
            break
        else:
            self._read_bound_before_article(lower, item, doc)

    def _spatial_over(self, doc: Doc, item: Found, over: int) -> bool:
        """Is "over" at ``over`` a place ("over eight regions") rather than "more than": the
        figure counts places (``place_nouns``) and "over" follows the thing seen or done there
        ("64 drones over", "leaflets over") or a verb of flying, seeing or spreading
        (``spatial_over_verbs``: "flew over", "were spotted over", "shot down over")."""
        k = item.end
        while k < len(doc) and k - item.end < 3 and doc[k].pos_ == "ADJ":
            k += 1  # "over three [small] villages"
        if k >= len(doc) or not has_cue(doc[k], self.words.place_nouns) or over < 1:
            return False
        before = doc[over - 1]
        if before.pos_ == "ADV" and before.dep_ != "prt" and over > 1:
            before = doc[over - 2]  # "destroyed 26 drones overnight over three regions"
        if before.dep_ == "prt":
            before = before.head  # "shot down over"
        if before.pos_ in ("NOUN", "PROPN"):
            return True  # "drones over", "leaflets over", "rain over"
        if before.pos_ != "VERB" or not has_cue(before, self.words.spatial_over_verbs):
            return False
        return not has_cue(before, self.words.object_over_verbs) or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in before.children)
        # "drones were seen over 12 locations" is where; "inspectors saw over 20 sites", "the
        # war has seen over 40 towns destroyed": the count is what is seen, "more than"

    def _object_moved_up(self, doc: Doc, last: int, item: Found) -> bool:
        """Does token ``last`` (right before "up to") end the object of a verb that moves its
        object up ("pushing [the jobless rate] up to 6.3%", "drove [prices] up to $5")? Then
        "up" is that verb's particle and the figure the level reached, when what moves is a
        rate, a price or a level: the object is such a noun, or the figure is a percent, a
        point or a sum that ends its phrase. "could reach up to 6.3%" (no object), "take
        payloads up to 5 kg", "sent troops up to 30 km", "force lenders up to 20% more capital"
        stay caps."""
        token = doc[last]
        for _ in range(4):
            if token.dep_ in ("dobj", "obj") and token.head.i < token.i \
                    and token.head.lemma_.lower() in self.words.object_up_verbs:
                return self._level_moved(doc, token, item)
            if token.head.i == token.i or token.head.i > last:
                return False
            token = token.head
        return False

    def _level_moved(self, doc: Doc, obj: Token, item: Found) -> bool:
        """Is the object ``obj`` moved up to the figure a rate, price or level ("the jobless
        rate", "prices"), or is the figure one (a percent, point or sum ending its phrase, with
        no person or thing counted as the object: "sent it up to 6%")? A comparative after the
        figure ("up to 30% higher") makes "up to" a cap on the change."""
        nxt = doc[item.end] if item.end < len(doc) else None
        if nxt is not None and (nxt.tag_ in ("JJR", "RBR") or nxt.lower_ in ("more", "less")):
            return False  # "sent prices up to 30% higher": a cap on the rise
        nouns = self.words.moved_level_nouns
        if obj.lemma_.lower() in nouns or obj.lower_ in nouns:
            return True
        if item.unit_kind not in ("percent", "currency", "point"):
            return False
        if obj.lemma_.lower() in self.words.person_nouns or obj.ent_type_ in ("PERSON", "NORP"):
            return False
        return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "ADV", "NUM")

    def _extreme_reached(self, doc: Doc, first: int) -> bool:
        """Does the bound phrase "a minimum of"/"a maximum of" at token ``first`` name a level
        reached: the object of a verb of reaching ("hit a minimum of 2 metres"), or after its
        "to"/"at" ("shrank to a minimum of", "peaked at a maximum of"), told as past or as
        present perfect ("has fallen to a low of")? "faces a minimum of five years", "sold at a
        minimum of $10", "is a maximum of 25 mph", and a cap or a requirement ("will rise to a
        maximum of", "must reach a minimum of", "lets bills rise to", "under the rules") stay
        bounds."""
        if first < 1:
            return False
        before = doc[first - 1]
        verb = before.head if before.lower_ in ("to", "at") else before
        if before.lower_ == "at" and verb.lemma_.lower() not in self.words.level_at_verbs:
            return False
        return verb.pos_ == "VERB" and verb.i < first \
            and verb.lemma_.lower() in self.words.level_reach_verbs \
            and self._reported_reached(verb) and not self._under_terms(verb)

    def _reported_reached(self, verb: Token) -> bool:
        """Is ``verb`` (with the verbs it is the complement of: "continued to fall") told as
        past or present perfect, with no modal and no verb of permitting ("would climb", "are
        allowed to rise", "lets bills rise")?"""
        top = verb
        for _ in range(4):
            if any(c.tag_ == "MD" for c in top.children) \
                    or top.lemma_.lower() in self.words.permit_verbs:
                return False
            if top.dep_ != "xcomp" or top.head.i == top.i:
                break
            top = top.head
        if any(c.tag_ == "MD" for c in top.children) \
                or top.lemma_.lower() in self.words.permit_verbs:
            return False
        if top.tag_ == "VBD":
            return True
        return top.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                         for c in top.children)

    def _under_terms(self, verb: Token) -> bool:
        """Does the sentence of ``verb`` set the figure as terms ("under the plan", "under
        the new rules") or a condition ("for the project to go ahead")?"""
        sent = verb.sent
        words = [t.lower_ for t in sent]
        for i, word in enumerate(words):
            if word == "under" and any(w in self.words.terms_nouns for w in words[i + 1:i + 4]):
                return True
            if word == "for" and any(w == "to" and i + k + 1 < len(sent)
                                     and sent[i + k + 1].tag_ == "VB"
                                     for k, w in enumerate(words[i:i + 8])):
                return True
        return False

    def _rate_after_plus(self, doc: Doc, j: int) -> bool:
        """Does a rate or a time phrase follow "plus" at token ``j`` ("$2,000 plus a month",
        "$2,000 plus an ounce", "$500 million plus last year", "plus per head")? Then "plus"
        closes the figure as "or more" and what follows is no second addend ("plus a bonus")."""
        k = j + 1
        if k >= len(doc):
            return False
        first = doc[k].lower_
        if first in self.words.plus_rate_openers:
            return True  # "plus per month", "plus each"
        if first not in ("a", "an") and first not in self.words.plus_time_openers:
            return False
        k += 1
        while k < len(doc) and doc[k].lower_ in self.words.rate_modifiers:
            k += 1  # "plus a troy ounce"
        if k >= len(doc):
            return False
        noun = doc[k].lower_
        if k + 1 < len(doc) and doc[k + 1].lower_ == "of":
            return False  # "$2 million plus a share of the TV money": a second addend
        return noun in self.words.time_units or (
            first in ("a", "an") and (noun in self.words.rate_nouns
                                      or doc[k].lemma_.lower() in self.words.rate_nouns))

    def _read_bound_before_article(self, lower: list[str], item: Found,
                                   doc: Doc | None = None) -> None:
        """ "roughly a 40 per cent chance", "nearly a 10% rise", "see about a 40% chance": an
        approximation before the article of the figure's noun phrase (not "worried about a 10%
        rise", "news about a 5% cut", "near a 10-storey building": prepositions there)."""
        start = item.start
        if item.relation != "eq" or start < 2 or lower[start - 1] not in ("a", "an"):
            return
        for n in range(min(self.max_bound, start - 1), 0, -1):
            phrase = tuple(lower[start - 1 - n:start - 1])
            if phrase == ("about",) and not self._about_before_article(doc, start - 2):
                continue
            if phrase in ARTICLE_BOUNDS and phrase in self.words.bounds \
                    and self._bounded_noun(doc, item) \
                    and not self._compared_event(lower, item, start - 1 - n, doc):
                self._apply_relation(item, self.words.bounds[phrase])  # "more than a 10%
                # rise", "less than a 1 percent chance", "more than a fourfold increase"
                return
            if phrase in ARTICLE_APPROXIMATORS or phrase == ("about",):
                self._apply_relation(item, "approx", high_is_value=phrase in
                                     self.words.bounds_high_is_value)
                return

    def _bounded_noun(self, doc: Doc | None, item: Found) -> bool:
        """Is the noun right after the figure a chance ("less than a 5 percent chance"), or a
        change by a multiple ("more than a fourfold increase"), which a bound before its
        article bounds ("more than a 2% gain for the Dow" compares another event's figure)?"""
        if doc is None or item.end >= len(doc):
            return False
        noun = doc[item.end]
        if noun.lower_ in self.words.article_bound_nouns:
            return True
        return doc[item.end - 1].lower_.endswith("fold") \
            and noun.lemma_.lower() in self.words.change_up | self.words.change_down

    def _compared_event(self, lower: list[str], item: Found, bound: int,
                        doc: Doc | None) -> bool:
        """Is "more than a 2% drop" a comparison with another event, whose figure is exact:
        set off after a figure already told ("fell 4%, more than a 2% drop in the market"),
        after a change verb ("rose more than a 10% rise"), or with its noun qualified by a
        clause ("a 5% rise analysts had expected")?"""
        if bound > 0 and lower[bound - 1] == "," \
                and any(w[:1].isdigit() for w in lower[max(0, bound - 8):bound - 1]):
            return True
        if doc is None or item.end >= len(doc):
            return False
        if bound > 0 and doc[bound - 1].pos_ == "VERB" and doc[bound - 1].lemma_.lower() in (
                self.words.change_up | self.words.change_down):
            return True
        noun = doc[item.end]
        return noun.lower_ not in self.words.article_bound_nouns \
            and any(c.dep_ in ("relcl", "acl") for c in noun.children)  # ("less than a 2
        # percent chance that rates rise": what the chance is of)

    def _about_before_article(self, doc: Doc | None, about: int) -> bool:
        """Is "about" at ``about`` (before "a"/"an") "roughly": after a verb or a copula that
        takes an object, not after a noun or a word of talk or feeling that takes "about" as
        its preposition ("a debate about a 5% cut", "worried about a 10% rise")."""
        if doc is None or about < 1:
            return False
        before = doc[about - 1]
        if before.pos_ == "ADV" and about > 1:
            before = doc[about - 2]  # "see only about a 50% chance", "now put about a third"
        if before.dep_ == "prt" and before.lower_ != "on":
            before = before.head  # "priced in about a 60% chance": the particle's verb ("went
            # on about a 10% raise" talks)
        elif before.pos_ == "ADP" and before.lower_ not in ("on", "about"):
            return True  # "in about a week", "for about a third": no preposition takes "about"
        return before.pos_ in ("VERB", "AUX") and not self._about_taker(before)

    def _about_taker(self, token: Token) -> bool:
        """Does ``token`` take "about" as its preposition: a verb or adjective of talk or
        feeling ("worried", "spoke", "lied"), a noun ("questions", "a debate"), or a verb of
        telling in the passive ("were reminded"); "questioned about 30 people", "warned about
        200 residents" take an object, so "about" is "roughly" there."""
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN":
            return token.lower_ in self.words.about_nouns or lemma in self.words.about_nouns
        if token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
            return lemma in self.words.about_passives or lemma in self.words.about_takers
        return lemma in self.words.about_takers or token.lower_ in self.words.about_takers

    @staticmethod
    def _bound_object(doc: Doc | None, item: Found) -> bool:
        """ "near 5%", "near $40", "near zero", "the toll is near 50": a figure "near" bounds
        (a percent, a sum, zero, or a number with its unit and no noun after it)."""
        if item.unit_kind in ("percent", "currency") or item.value == 0 or doc is None:
            return True
        return item.end >= len(doc) or doc[item.end].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ")

    def _lawmaker_passes(self, verb: Token) -> bool:
        """A body that passes laws passes an amount without exceeding it ("Congress passed $95
        billion in aid"); "the company passed $1 billion in revenue" exceeded it."""
        subject = subject_of(verb)
        return subject is not None and verb.lemma_.lower() == "pass" \
            and has_cue(subject, self.words.lawmaking_nouns)

    def _read_bound_after(self, lower: list[str], item: Found, doc: Doc | None = None) -> None:
        """ "or more", "or so", "plus" after the figure (and its unit)."""
        j = item.end
        for phrase, relation in self.words.suffix_bounds.items():
            if phrase == ("on", "average") and item.about is not None and j >= item.about[1]:
                continue  # "the 5 members on average earn £40,000": the earnings' average
            if tuple(lower[j:j + len(phrase)]) == phrase and item.relation in ("eq", "approx"):
                if phrase in (("plus",), ("+",)) and (item.unit_kind not in (None, "currency")
                                                      or item.rate_start is not None):
                    continue  # "$3 an hour plus tips": an addition, no bound
                if phrase in (("plus",), ("+",)) and doc is not None \
                        and _plus_adds(doc, item, j) and not self._rate_after_plus(doc, j):
                    continue  # "40 pounds plus VAT", "100,000 euros in prize money plus a
                    # bonus": a second addend, no bound
                k = j + len(phrase)
                if phrase[-1] == "up" and lower[k:k + 1] == ["to"] \
                        and lower[item.start - 1:item.start] == ["the"]:
                    continue  # "between the two and up to 20 percent": a bound of what follows
                    # ("fines from $200 and up to $1,500" still start at $200)
                if phrase[-1] in self.words.after_bounds_prepositions and k < len(lower) and (
                        lower[k][:1].isdigit() or lower[k] in PHRASE_OPENERS
                        or self.numbers.is_word_number(lower[k])
                        or (doc is not None and doc[k].pos_ in ("ADJ", "NUM", "DET")
                            or (doc is not None and doc[k].pos_ in ("NOUN", "PROPN")
                                and k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN"))):
                    continue  # "rose 12% and over five years …", "30 and under emergency
                    # rules": a preposition, no bound
                item.end = j + len(phrase)
                self._apply_relation(item, relation)
                if phrase in self.words.age_suffixes and item.unit is None \
                        and self._age_cue(lower, item):
                    item.unit, item.unit_kind, item.measure = "year", "age", "age"  # "65 and older"
                return

    def _read_age_bound(self, doc: Doc, lower: list[str], item: Found) -> None:
        """ "children under the age of 5", "cars over the age of 10", "children under age 14":
        the bound before "the age of" or "age" bounds the age ("the row over the age of 16
        voters", "argued over the age of 2 skulls", "fought the government over age 64
        retirement": "over" after a word of talk or dispute, or hung on a verb, is "about")."""
        start = item.start
        if item.relation != "eq":
            return
        if start >= 4 and lower[start - 3:start] in (["the", "age", "of"], ["the", "ages", "of"]):
            cue = start - 3
        elif start >= 2 and lower[start - 1] in ("age", "ages"):
            cue = start - 1
        else:
            return
        relation = self.words.bounds.get((lower[cue - 1],))
        bound = doc[cue - 1]
        if relation in ("gt", "ge") and cue >= 2 and (
                self._about_taker(doc[cue - 2])
                or doc[cue - 2].lemma_.lower() in self.words.dispute_words
                or doc[cue - 2].pos_ in ("VERB", "AUX", "ADJ")
                or (not bound.is_sent_start and bound.head.pos_ in ("VERB", "AUX", "ADJ")
                    and bound.head.i < bound.i)):
            return
        if relation in ("gt", "ge", "lt", "le"):
            self._apply_relation(item, relation)

    def _apply_relation(self, item: Found, relation: str, *, high_is_value: bool = False) -> None:
        if item.value is None:
            return
        vague = item.low is not None and item.high is not None and item.relation == "approx"
        item.relation = relation
        if relation in ("gt", "ge"):
            item.low, item.high = item.value, None
        elif relation in ("lt", "le"):
            item.low, item.high = None, item.value
        elif relation == "approx" and not vague:
            item.low, item.high = None, (item.value if high_is_value else None)

    def _things_after(self, doc: Doc, item: Found) -> bool:
        """A plural noun that is no unit right after the figure (after its modifiers: "three
        background checks"): it counts things."""
        if item.unit is not None:
            return False
        for token in doc[item.end:item.end + 4]:
            if token.tag_ in ("NNS", "NNPS"):
                return (token.lower_,) not in self.words.units
            if token.pos_ not in ("NOUN", "ADJ", "PROPN"):
                return False
        return False


def _in_tally(doc: Doc, item: Found) -> bool:
    """ "passed 60 to 40", "passed 52-47": the figure is a side of a vote tally."""
    k, i = item.end, item.start
    return (k + 1 < len(doc) and doc[k].lower_ in ("to", "-", "–") and doc[k + 1].like_num) \
        or (i > 1 and doc[i - 1].lower_ in ("to", "-", "–") and doc[i - 2].like_num)


def _plus_adds(doc: Doc, item: Found, j: int) -> bool:
    """Is "plus" at token ``j`` an addition rather than "or more"? It is when it does not follow
    the figure, its unit or its counted noun directly ("100,000 euros in prize money plus ...")
    or when a noun phrase follows it as a second addend after a unit or counted noun ("$2,000
    plus free meals", "40 pounds plus VAT"); "crowds of 50,000 plus at the rally" and "50,000
    plus people" (the figure's own noun) stay bounds."""
    if any(t.pos_ == "ADP" or t.is_punct for t in doc[item.num_end:j]):
        return True
    if j + 1 >= len(doc):
        return False
    nxt = doc[j + 1]
    opens = nxt.pos_ in ADDEND_OPENERS or nxt.text in CURRENCY_SIGNS or nxt.text[:1].isdigit()
    if not opens:
        return False
    bare = item.unit is None and item.about is None and j == item.num_end
    return not (bare and nxt.pos_ in ("NOUN", "ADJ"))


def _handed_on(verb: Token, item: Found) -> bool:
    """ "will pass 10% of the fee to his former side", "passed $2bn on to customers": the verb
    hands the amount on to someone; it exceeds nothing."""
    return any((c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i >= item.end)
               or (c.dep_ == "prt" and c.lower_ in ("on", "along")) for c in verb.children)


def _existential(be: Token) -> bool:
    """Is ``be`` the verb of an existential "there is/are" (an expletive "there" and no subject
    of its own; not "rents there are …")?"""
    return any(c.dep_ == "expl" for c in be.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in be.children)


def _number_said(word: str, numbers: NumberWords) -> bool:
    """A figure or a number word ("20", "nine", "dozen")."""
    return word[:1].isdigit() or numbers.is_word_number(word) or word in ("dozen", "dozens")
