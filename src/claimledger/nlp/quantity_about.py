"""What a figure counts, and what happened to it.

The counted noun phrase ("2,000 [Sudanese civilians]", "a 100-drone attack", "40% of [voters]",
"$5bn in [aid]") and the unit of a count ("person", "drone"); a bare figure's subject, inherited
from the figure before it ("another 2,700 were injured") or read from its clause ("[Exports] rose
by 5%"); casualties, whose bare figures count people ("killed 12", "two were arrested"); the
measure, the verb its things are subject or object of ("killed and wounded"); and the
:class:`record.About` of the record, with its entity.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..record import About
from .entities import entity_at
from .numbers import NumberWords
from .quantity_found import (
    MAX_ABOUT_TOKENS,
    NOUNS,
    OBJECTS,
    SUBJECTS,
    Found,
    anchor_token,
    counts_people,
    hyphen_joined,
    level_of_a_place,
)
from .quantity_lexicon import QuantityWords

#: A model's code between a count and its noun: capitals, a dash, digits ("T-72", "F-16").
MODEL_CODE = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?")
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "quantmod", "poss", "npadvmod"})
PARTICLES = frozenset({"down", "up", "out", "off", "away", "back"})
SUBSET_PREPS = frozenset({"including", "among", "excluding", "besides", "plus"})
MAX_MEASURE_TOKENS = 5
#: Conjuncts walked back to the head of a list of figures ("7, 8 or 9 soldiers").
MAX_CONJUNCTS = 8


class QuantityAbout:
    """What a figure counts and what happened to it; mixed into
    :class:`.quantities.QuantitiesComponent`."""

    words: QuantityWords
    numbers: NumberWords
    demonyms: frozenset[str]

    def _time_word(self, token: Token) -> bool:
        """ "[October]", "[years]": a month or time unit is no thing a figure measures."""
        return token.lower_ in self.words.months or token.lower_ in self.words.time_units \
            or token.ent_type_ in ("DATE", "TIME")

    # -- what it counts ----------------------------------------------------------------

    def _read_counted_noun(self, doc: Doc, lower: list[str], item: Found) -> None:
        """The noun phrase the figure counts: "2,000 [Sudanese civilians]", "[oil]"."""
        j = item.end
        if item.unit_kind in ("currency", "length", "mass", "volume", "area", "flow", "energy",
                              "power"):
            if item.rate_start is not None and not (j < len(doc) and lower[j] == "of"):
                j = item.rate_start  # "$5 a gallon in California"; "tons a year of [CO2]"
            # "a million barrels of oil", "$5bn in aid": the thing measured follows
            joiner = next((p for p in self.words.measured_after
                           if tuple(lower[j:j + len(p)]) == p), None)
            if joiner is not None and j + len(joiner) < len(doc):
                j += len(joiner) - 1  # "$100 worth of stock"
                noun = self._noun_phrase(doc, j + 1)
                if noun is not None and not self._time_word(doc[noun[2]]):
                    item.about, item.noun = (noun[0], noun[1]), noun[2]
            return
        if item.ratio and j < len(doc) and lower[j] != "of":
            noun = self._noun_phrase(doc, j)  # "one in four [voters]" (a plural: "one in
            if noun is not None and not self._time_word(doc[noun[2]]) \
                    and doc[noun[2]].tag_ in ("NNS", "NNPS"):  # five say" is no noun)
                item.about, item.noun = (noun[0], noun[1]), noun[2]
            return
        if item.unit_kind in ("percent", "fraction"):
            if item.unit_kind == "fraction" and j + 1 < len(doc) \
                    and lower[j] in self.numbers.fraction_determiners:
                j -= 1  # "half [the troops]": as if "half of the troops"
            if j + 1 < len(doc) and (lower[j] == "of" or j < item.end):
                # "40% of [voters]", "of the [housing stock]", "half [the troops]"
                k = j + 2 if doc[j + 1].pos_ in ("DET", "PRON") and j + 2 < len(doc) else j + 1
                noun = self._noun_phrase(doc, k)
                if noun is not None:
                    item.about, item.noun = (noun[0], noun[1]), noun[2]
            return
        if item.unit_kind in ("age", "temperature", "speed", "angle", "point"):
            return
        if hyphen_joined(doc, item.end - 1) and self._hyphen_counted(doc, lower, item):
            return
        if j < len(doc) and lower[j] == "+":
            j += 1  # "10,000+ fans"
        if j < len(doc) and lower[j] == "of":
            owner = next((k for k in (j + 2, j + 3) if k < len(doc) and doc[k].tag_ == "POS"), None)
            if owner is not None and doc[owner - 1].pos_ in NOUNS:
                j = owner - 1  # "30 of Russia's drones", "40 of the city's residents"
            if j + 1 < len(doc) and (doc[j + 1].pos_ == "DET"
                                     or doc[j + 1].tag_ in ("PRP$", "POS")):
                j += 2
                if j < len(doc) - 1 and doc[j].lower_ in self.words.sequence_adjectives \
                        and doc[j + 1].like_num:
                    j += 1  # "12 of their last 15 matches"
                while j < len(doc) - 1 and doc[j].like_num:  # "23 of the 30 drones"
                    j += 1
            elif item.relation == "approx" or item.unit is None:
                j += 1
                while j < len(doc) - 1 and doc[j].like_num and (
                        doc[j + 1].pos_ in NOUNS
                        or (item.unit is None and _plural_after_figure(doc, j + 1))):
                    j += 1  # "shot down 62 of 81 drones": the drones are what 62 counts
        if j < len(doc) and lower[j] in self.words.anaphoric_nouns \
                and not (doc[j].pos_ == "ADJ" and doc[j].head.pos_ in NOUNS
                         and doc[j].head.i > j):  # "two other ministers" names its noun
            return  # "48 others": the subject comes from the figure before
        after_code = False
        if item.unit is None:
            skipped = _past_measured_modifier(doc, j, self.words.units)
            after_code = skipped > j and MODEL_CODE.fullmatch(doc[j].text) is not None
            j = skipped
        noun = self._noun_phrase(doc, j, plural_verbs=item.unit is None)
        if noun is None:
            if item.unit is None and j == item.end and j < len(doc) \
                    and doc[j].pos_ in ("ADJ", "VERB") and lower[j] in self.words.person_nouns:
                item.unit, item.unit_kind = "person", "count"  # "31 dead and 117 wounded"
                item.measure = doc[j].text
            return
        head = doc[noun[2]]
        if head.lower_ in self.words.time_units or head.lower_ in self.words.months \
                or head.ent_type_ in ("DATE", "TIME"):
            return  # "443.6 million Thursday": the day it was counted, not what
        if head.lower_ in self.words.level_nouns and noun[2] == item.end \
                and item.num_start > 0 and lower[item.num_start - 1] == "the" \
                and not level_of_a_place(lower, item.end, self.words.level_place_nouns):
            return  # "the 50 mark", "the 7,000 level": a level on a scale, nothing counted
        item.about, item.noun = (noun[0], noun[1]), noun[2]
        if item.unit is None:
            item.unit, item.unit_kind = self._count_unit(head), "count"
            if after_code:  # "32 F-35 fighters": a model's code names machines, not people
                item.unit = self.words.plural_lemmas.get(head.lower_) or head.lemma_.lower()
            if item.unit != "person":
                item.unit = _hyphened_unit(doc, head.i, item.unit)

    def _hyphen_counted(self, doc: Doc, lower: list[str], item: Found) -> bool:
        """A figure hyphened to a word before a noun: "a 100-drone attack" counts drones, "a
        three-member delegation" members; "a 2,000-strong battalion" counts what makes up the
        battalion (no unit), and is about the battalion. True where it read one."""
        word = doc[item.end + 1]
        after = doc[item.end + 2] if item.end + 2 < len(doc) else None
        if lower[item.end + 1] in self.words.strength_words:
            noun = self._noun_phrase(doc, item.end + 2) if after is not None else None
            if noun is None:
                return False
            item.about, item.noun = (noun[0], noun[1]), noun[2]  # "a 2,000-strong Russian brigade"
            return True
        if word.pos_ not in NOUNS or after is None or after.pos_ not in NOUNS \
                or self._time_word(word) or lower[item.end + 1] in self.words.months \
                or (item.value == 1 and self._count_unit(word) == "person") \
                or not word.is_lower or len(word) < 3 \
                or (word.lemma_.lower() in self.words.not_hyphen_counts
                    and not self._contenders(word, after)) \
                or f"{word.lemma_.lower()} {after.lemma_.lower()}" in self.words.not_hyphen_counts:
            return False  # "one-child policy", "10-K report", "a four-star general"
        unit = self.words.units.get((lower[item.end + 1],))
        if unit is not None:  # "a ten-point lead": a unit, not a thing counted
            item.unit, item.unit_kind = unit
            return True
        item.about, item.noun = (word.i, word.i + 1), word.i
        item.unit, item.unit_kind = self._count_unit(word), "count"
        return True

    def _contenders(self, word: Token, after: Token) -> bool:
        """ "a three-way primary", "an eight-way race": "way" before a contest counts those in
        it ("a one-way ticket", "a two-way street" stay kinds)."""
        return word.lower_ == "way" and after.lower_ in self.words.contest_nouns

    def _count_unit(self, head: Token) -> str:
        """The unit of a count of ``head``: "person" for people ("Greeks", "members"), else
        the noun's lemma ("drone")."""
        people = head.lower_ in self.words.person_nouns \
            or head.lemma_.lower() in self.words.person_nouns \
            or (head.tag_ in ("NNS", "NNPS") and (
                head.ent_type_ == "NORP" or head.text[:-1] in self.demonyms))  # "Greeks"
        if people:
            return "person"
        if len(head.text) > 2 and head.text[-1] == "s" and head.text[:-1].isupper():
            return head.text[:-1]  # "two RBIs", "12 ICBMs": an acronym keeps its capitals
        return self.words.plural_lemmas.get(head.lower_) or head.lemma_.lower()

    def _noun_phrase(self, doc: Doc, j: int, *, plural_verbs: bool = False
                     ) -> tuple[int, int, int] | None:
        """Token bounds of the noun phrase starting at ``j`` (modifiers then the head noun),
        and the head noun's index. ``plural_verbs``: a bare count's noun may be a plural the
        tagger read as a verb ("24 of 31 [passes]")."""
        if j >= len(doc):
            return None
        k = j
        while k < len(doc) and k - j < MAX_ABOUT_TOKENS:
            token = doc[k]
            if hyphen_joined(doc, k):
                end = k + 2
                while hyphen_joined(doc, end):
                    end += 2
                if end + 1 < len(doc) and doc[end + 1].pos_ in NOUNS:
                    k = end + 1  # "Sanders-linked accounts", "winner-take-all prizes"
                    continue
                if token.pos_ in NOUNS:
                    return j, end + 1, k  # "two brothers-in-law": the first word is the head
                k = end
                continue
            if k + 1 < len(doc) and doc[k + 1].pos_ in NOUNS and (
                    (k > j and hyphen_joined(doc, k - 2))  # the last word of "Sanders-[linked]"
                    or (k == j and token.tag_ in ("VBN", "VBG")
                        and doc[k + 1].tag_ in ("NNS", "NNPS"))):  # "475 [pledged] delegates"
                k += 1
                continue
            noun = token.pos_ in NOUNS or (plural_verbs and _plural_after_figure(doc, k))
            if noun or (token.pos_ == "ADJ" and token.dep_ in MODIFIER_DEPS) \
                    or (token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ == "amod"
                        and token.head.tag_ in ("NNS", "NNPS")):  # "wounded soldiers"
                head = token.head
                if token.dep_ in MODIFIER_DEPS and head.i > k and head.i - j < MAX_ABOUT_TOKENS \
                        and head.pos_ in NOUNS | {"ADJ"}:
                    k += 1
                    continue
                if noun:
                    return self._with_origin(doc, j, k)
                k += 1
                continue
            if token.pos_ == "PUNCT" and token.text == "-" and k > j:
                k += 1
                continue
            break
        return None

    def _with_origin(self, doc: Doc, j: int, k: int) -> tuple[int, int, int]:
        """Extend "soldiers" to "soldiers from Chad" (where they come from or belong)."""
        end = k + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("from", "of") \
                and doc[end + 1].pos_ in NOUNS | {"DET", "ADJ"}:
            pobj = [c for c in doc[end].children if c.dep_ == "pobj"]
            if pobj and pobj[0].pos_ == "PROPN" or (pobj and pobj[0].ent_type_):
                last = pobj[0].right_edge.i  # the end of its subtree
                if last - j < MAX_ABOUT_TOKENS + 4 and last >= end:
                    return j, last + 1, k
        return j, end, k

    def _inherit_subjects(self, doc: Doc, found: list[Found]) -> None:
        """ "about 300 soldiers were killed, and another 2,700 were injured": 2,700 soldiers."""
        previous: Found | None = None
        sentence: list[int] = []  # read once, only where a figure may inherit
        for item in found:
            if previous is not None and item.about is None and item.unit is None \
                    and not hyphen_joined(doc, item.end - 1) \
                    and previous.about is not None and not self._harm_after_other(
                        doc, previous, item) and not item.level:
                sentence = sentence or _sentence_numbers(doc)
                if sentence[previous.num_start] != sentence[item.num_start]:
                    continue
                start, end = previous.about
                item.inherited = About(text=doc[start:end].text, entity=None,
                                       span=(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
                item.unit, item.unit_kind = previous.unit, previous.unit_kind
            if item.about is not None and item.unit_kind == "count" \
                    and not self._is_subset(doc, item):
                previous = item

    def _casualties(self, doc: Doc, found: list[Found]) -> None:
        """ "At least 107 killed", "killing 12 and wounding 40", "two were arrested": a bare
        figure that names nothing, inherits nothing and is what a verb of harm or arrest did
        counts people."""
        for item in found:
            if item.unit is None and item.about is None and item.inherited is None \
                    and item.subject is None and self._casualty(doc, item):
                item.unit, item.unit_kind = "person", "count"

    def _harm_after_other(self, doc: Doc, previous: Found, item: Found) -> bool:
        """ "fired 120 shells at the port, killing 14", "strikes on two homes killed 12": the
        victims of a verb of harm are people, unless the figure before counts people or the
        victims of such a verb ("killed 40 million birds … it killed 4 million", "300 pigs
        died … 200 were killed"), the figure is "another" or "more" of the same, or it is a
        part of a group the sentence opens with ("Of the 30 amendments, 12 were killed")."""
        if counts_people(previous.unit) or not self._casualty(doc, item):
            return False
        if (item.end < len(doc) and doc[item.end].lower_ == "more") or (
                item.start > 0 and doc[item.start - 1].lower_ == "another"):
            return False
        k = previous.start - 1
        if k > 0 and doc[k].pos_ == "DET":
            k -= 1
        if k >= 0 and doc[k].lower_ == "of" and (doc[k].is_sent_start or (
                k > 0 and doc[k - 1].is_punct)):
            return False  # "Of the 30 amendments, 12 …" (not "a barrage of 40 missiles")
        return not (self._casualty(doc, previous) and self._object(doc, previous))

    def _casualty(self, doc: Doc, item: Found) -> bool:
        """Are the figure's things what a verb of harm or arrest did something to ("killed
        12", "two were arrested", "killed five of them", "Two of the wounded died"; not "12 of
        them injured 5 people", nor "killed 40 of the zoo's birds", whose owner hides the
        noun)?"""
        if item.measure_verb is None \
                or doc[item.measure_verb].lemma_.lower() not in self.words.casualty_verbs:
            return False
        if item.end + 1 < len(doc) and doc[item.end].lower_ == "of":
            k = item.end + 1
            if doc[k].pos_ == "DET" and k + 1 < len(doc):
                k += 1
            if doc[k].pos_ in NOUNS and doc[k].lower_ not in self.words.person_nouns:
                return False
        return self._victims(doc, item)

    @staticmethod
    def _head_token(doc: Doc, item: Found) -> Token:
        """The figure's noun, or the figure's own head word past number modifiers."""
        token = doc[item.noun] if item.noun is not None else doc[item.num_end - 1]
        while token.dep_ in ("nummod", "quantmod", "compound") and token.head.i != token.i:
            token = token.head
        return token

    def _object(self, doc: Doc, item: Found) -> bool:
        """Is the figure's noun what its verb happened to ("killed [40 million birds]",
        "[200 prisoners] were freed", "[300 pigs] died"), not a noun further off ("strikes on
        two homes killed")?"""
        token = self._head_token(doc, item)
        return token.head.i == item.measure_verb and (
            token.dep_ in ("dobj", "nsubjpass") or (token.dep_ == "nsubj" and self._victims(
                doc, item)))

    def _victims(self, doc: Doc, item: Found) -> bool:
        """Is the figure (or its noun) not the doer of its verb (``item.measure_verb``, which
        the callers have checked): not the subject of a verb that has an object ("12 of them
        injured 5 people"), save verbs whose subject is the one harmed ("3,000 evacuated their
        homes")?"""
        token = self._head_token(doc, item)
        verb = doc[item.measure_verb]
        if verb.lemma_.lower() in self.words.casualty_subject_verbs:
            return True
        return not (token.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children))

    @staticmethod
    def _is_subset(doc: Doc, item: Found) -> bool:
        """ "including three children": a subset, not the subject later figures share."""
        if item.noun is None:
            return False
        noun = doc[item.noun]
        return noun.dep_ == "pobj" and noun.head.lower_ in SUBSET_PREPS

    # -- what happened to it -----------------------------------------------------------

    def _read_measure(self, doc: Doc, item: Found) -> None:
        """The verb the counted thing is subject or object of; the unit phrase for units."""
        if item.measure:
            return
        if item.unit_kind in ("length", "mass", "volume", "area", "flow", "energy", "power") \
                and item.unit_span:
            end = item.about[1] if item.about else item.unit_span[1]
            item.measure = doc[item.unit_span[0]:end].text
            return
        head = doc[item.num_end - 1]
        if item.unit_span:
            head = doc[item.unit_span[1] - 1]
        elif item.noun is not None and item.unit_kind == "count":
            head = doc[item.noun]
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
                head = head.head.head  # "[dozens] of houses were destroyed"
        verb = self._predicate(head)
        if verb is not None:
            item.measure = self._verb_phrase(doc, verb)
            item.measure_verb = verb.i
        elif item.noun is None and item.end < len(doc) and doc[item.end].tag_ == "VBN":
            item.measure_verb = item.end
            end = item.end + 1  # "about 250 [taken hostage]", "300 [killed]"
            if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].tag_ == "NN" \
                    and item.end in (doc[end].head.i, *(c.i for c in doc[end].children)):
                end += 1  # "taken hostage", "held captive"
            item.measure = doc[item.end:end].text

    def _predicate(self, head: Token) -> Token | None:
        """The verb (or predicative adjective) saying what happened to ``head``."""
        for _ in range(MAX_CONJUNCTS):  # "7 or 8 or 9 …" chains: bounded, not the whole doc
            if head.dep_ != "conj" or head.head.pos_ not in NOUNS | {"NUM"}:
                break
            head = head.head
        for _ in range(3):  # "3,000 [soldiers]", "[$] 1.5 billion": up to the phrase's head
            if head.dep_ in ("nummod", "quantmod", "compound") \
                    and head.head.pos_ in NOUNS | {"SYM", "NUM"}:
                head = head.head
        for child in head.children:
            if child.dep_ in ("acl", "relcl") and child.tag_ in ("VBN", "VBD") \
                    and child.i > head.i \
                    and child.lemma_.lower() not in self.words.not_measure_verbs:
                return child
        governor = head.head
        if head.dep_ in SUBJECTS | OBJECTS and governor.pos_ in ("VERB", "AUX", "ADJ"):
            if governor.lemma_ == "be":
                for child in governor.children:
                    if child.dep_ in ("acomp", "attr") and child.pos_ in ("ADJ", "VERB") \
                            and child.lemma_.lower() not in self.words.not_measure_verbs \
                            and not any(c.isdigit() for c in child.text):  # not "-1.2" itself
                        return child
                return None
            if governor.lemma_.lower() in self.words.not_measure_verbs:
                return None
            return governor
        if head.dep_ == "pobj" and governor.dep_ == "agent":
            return governor.head
        return None

    def _verb_phrase(self, doc: Doc, verb: Token) -> str:
        """ "killed and wounded": the verb and its conjoined verbs that share its subject."""
        last = verb.i
        particle = next((c for c in verb.children if c.i == verb.i + 1 and (
            c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLES))), None)
        if particle is not None:  # "shot down", "wiped out"
            last = particle.i
        for child in verb.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "ADJ") and child.i > verb.i \
                    and not any(c.dep_ in SUBJECTS for c in child.children) \
                    and child.i - verb.i < MAX_MEASURE_TOKENS:
                last = max(last, child.i)
        if last > verb.i and all(t.dep_ in ("cc", "conj", "punct", "advmod", "prt")
                                 or t.i == verb.i for t in doc[verb.i:last + 1]):
            return doc[verb.i:last + 1].text
        return verb.text

    def _subject(self, doc: Doc, item: Found) -> tuple[int, int] | None:
        """What a bare figure is a value of: "[Exports] rose by 5%", "[The toll] reached 52";
        not a difference ("[The airline] carried 5% more passengers than a year ago")."""
        if item.compared:
            return None
        token = anchor_token(doc, item)
        for _ in range(4):
            if token.pos_ in ("VERB", "AUX") or token.dep_ in SUBJECTS:
                break
            if token.head.i == token.i:
                return None
            token = token.head
            if token.pos_ == "NOUN" and token.dep_ == "pobj" \
                    and not item.start <= token.i < item.end \
                    and token.lemma_.lower() not in self.words.change_up \
                    and token.lemma_.lower() not in self.words.change_down:
                return None  # "the steps of the 70 m hall": a figure of another noun
        if token.pos_ not in ("VERB", "AUX"):
            return None
        verb = token.lemma_.lower()
        if item.change is None and (verb in self.words.change_transitive_not or (
                verb not in self.words.value_verbs and verb not in self.words.change_up
                and verb not in self.words.change_down)):
            return None  # "[The toll] rose to 52": the level of what changed
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ not in NOUNS or item.start <= subject.i < item.end:
            return None
        if item.end <= subject.i:
            return None  # "Of the 20, 35 percent were women": a fronted phrase is no value
        first = min((c.i for c in subject.lefts if c.dep_ in MODIFIER_DEPS | {"det"}),
                    default=subject.i)
        if doc[first].dep_ == "det":
            first += 1
        return (first, subject.i + 1) if subject.i + 1 - first <= MAX_ABOUT_TOKENS else None

    def _about(self, doc: Doc, item: Found) -> About | None:
        if item.about is not None:
            start, end = item.about
            if item.compared and end - start > 1 \
                    and doc[start].lower_ in self.words.comparative_changes:
                start += 1  # "6 million [more] passengers than in 2022"
            phrase: Span = doc[start:end]
            span = (phrase.start_char, phrase.end_char)
            entity = entity_at(doc, *span)
            return About(text=phrase.text, entity=entity.id if entity else None, span=span)
        if item.inherited is not None and item.inherited.span is not None:
            entity = entity_at(doc, *item.inherited.span)
            item.inherited.entity = entity.id if entity else None
            return item.inherited
        if item.subject is not None:
            phrase = doc[item.subject[0]:item.subject[1]]
            span = (phrase.start_char, phrase.end_char)
            entity = entity_at(doc, *span)
            return About(text=phrase.text, entity=entity.id if entity else None, span=span)
        return None


def _sentence_numbers(doc: Doc) -> list[int]:
    """The sentence number of every token, read once per doc (``Token.sent`` walks back to
    the sentence start on every call)."""
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    numbers: list[int] = []
    for n, sent in enumerate(doc.sents):
        numbers.extend([n] * len(sent))
    return numbers


def _past_measured_modifier(doc: Doc, j: int, units: dict[tuple[str, ...], tuple[str, str]]
                            ) -> int:
    """Where the noun a count counts starts when a measured figure or a model's code modifies
    it: "six [155mm] shells", "two [2,000lb] bombs", "14 [155 mm] howitzers" (the second
    figure is read on its own; the first counts the shells), "12 [T-72] tanks"."""
    if j + 1 < len(doc) and MODEL_CODE.fullmatch(doc[j].text) and doc[j + 1].pos_ in NOUNS \
            and doc[j + 1].tag_ in ("NNS", "NNPS"):
        return j + 1  # "12 [T-72] tanks", "eight [F-16] jets": a model's name, then the noun
    if j + 1 >= len(doc) or not doc[j].text[:1].isdigit():
        return j
    token = doc[j]
    letters = token.text.lstrip("0123456789,.").lower()
    if letters and (letters,) in units and doc[j + 1].pos_ in NOUNS:
        return j + 1  # "2,000lb bombs"
    if not letters and j + 2 < len(doc) and (doc[j + 1].lower_,) in units \
            and doc[j + 1].whitespace_ and doc[j + 2].pos_ in NOUNS:
        return j + 2  # "155 mm shells"
    return j


def _hyphened_unit(doc: Doc, head: int, unit: str) -> str:
    """The unit of a count whose noun is hyphened to the words before it: "four
    [three-pointers]" counts three-pointers, "two [cease-fires]" cease-fires, not pointers or
    fires."""
    k = head
    while k > 1 and doc[k - 1].text == "-" and hyphen_joined(doc, k - 2):
        k -= 2
    if k == head:
        return unit
    return "".join(t.text_with_ws for t in doc[k:head]).lower() + unit


def _plural_after_figure(doc: Doc, k: int) -> bool:
    """A plural noun the tagger read as a verb after a made-of-tried pair: "24 of 31
    [passes]" is the verb's object, not a verb of the figure's (elsewhere the tag stands, as
    CQE reads it)."""
    token = doc[k]
    return k > 2 and token.tag_ == "VBZ" and doc[k - 1].like_num \
        and doc[k - 2].lower_ == "of" and doc[k - 3].like_num \
        and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj")
