"""Is a "one" a count? For the quantities component.

"one" counts ("One soldier was killed", "one of the three hostages", "only one") or only picks a
thing out, as the indefinite article's stronger twin ("one of the most polarizing figures",
"One hot spot is Ohio", "one official said", "the only one strong enough", "one man's death",
"one agency after another"): the convention of round 18 in ``benchmarks/RESULTS-quantities.md``,
which every annotator of our real-news sets follows. Split from :mod:`.quantity_filters`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .numbers import NumberMatch
from .quantity_found import SUBJECTS, YEAR_LIKE
from .quantity_lexicon import QuantityWords

#: Adjectives that rank what "one of the …" singles out, as a superlative does ("one of the
#: main story lines", "one of the key states").
RANKING_ADJECTIVES = frozenset({"main", "key", "top", "leading", "major", "chief", "principal",
                                "primary", "prime", "premier", "foremost"})


def _set_against_another(doc: Doc, i: int) -> bool:
    """Is the "one" at ``i`` set against "another" or "the other" later in its sentence?"""
    sent = doc[i].sent
    words = [t.lower_ for t in doc[i + 1:sent.end]]
    return "another" in words or any(a == "the" and b == "other"
                                     for a, b in zip(words, words[1:], strict=False))


def _or_another(doc: Doc, noun: Token) -> bool:
    """ "of one kind or another", "on one side or the other": "one" and its noun, then "or"
    and another of them."""
    k = noun.i + 1
    return k + 1 < len(doc) and doc[k].lower_ == "or" \
        and doc[k + 1].lower_ in ("another", "the", "other")


def _one_after_another(doc: Doc, noun: Token) -> bool:
    """ "one agency after another", "one state by one": "one" and its noun in a succession."""
    k = noun.i + 1
    return k + 1 < len(doc) and doc[k].lower_ in ("after", "by") \
        and doc[k + 1].lower_ in ("another", "one", "the")



class QuantityOne:
    """Whether a "one" counts; mixed into :class:`.quantities.QuantitiesComponent`."""

    words: QuantityWords

    def _one_counts(self, doc: Doc, lower: list[str], match: NumberMatch) -> bool:
        """Is the lone "one" of ``match`` a figure (see the module docstring)?"""
        if self._one_idiom(lower, match.start):
            return False  # "at one point", "for one thing"
        before = lower[match.start - 1] if match.start else ""
        after = lower[match.end] if match.end < len(lower) else ""
        if after == "of" and lower[match.end + 1:match.end + 2] == ["every"] \
                and self._ratio_follows(lower, match.end + 1):
            return True  # "one of every nine voters": a ratio's figures
        if after == "of" and (before not in self.words.pronoun_one_before
                              or before == "that"):  # "said that one of the guards"
            return self._one_of_many(doc, match.end + 1) \
                and not self._indefinite_one(doc, match.start, before)
        second = lower[match.end + 1:match.end + 3]
        if after == "or" and second[:1] == ["more"]:
            return lower[match.end + 2:match.end + 3] == [] \
                or lower[match.end + 2] not in self.words.time_units  # "one or more donors":
            # at least one ("one or more years in prison" is a time)
        if after in ("or", "to") and self._ratio_follows(lower, match.end) \
                and second[:1] != ["one"] and second[1:] != ["times"]:
            return True  # "killed one or two civilians": the first of two figures
            # (not "met one to one", "one to three times a day")
        k = match.end + 1 if after == "-" else match.end  # "a one-in-five chance"
        if lower[k:k + 1] in (["in"], ["out"]) and self._ratio_follows(lower, k):
            return True  # "one in five children", "one out of ten": a ratio's figures
        if before in self.words.pronoun_one_before \
                or after in self.words.pronoun_one_after:
            return False
        hyphened = after == "-" and match.end + 1 < len(doc)  # "a one-yen bid"
        nxt = doc[match.end + 1] if hyphened else (
            doc[match.end] if match.end < len(doc) else None)
        if before == "only" and lower[match.start - 2:match.start - 1] == ["the"] \
                and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
            return False  # "she's the only one strong enough": a pronoun ("the
            # only one bridge left" counts)
        if nxt is None or (nxt.pos_ not in ("NOUN", "ADJ", "PROPN") and not (
                nxt.tag_ == "VBN" and nxt.dep_ == "amod"
                and nxt.head.pos_ == "NOUN" and nxt.head.i > nxt.i)):
            return False  # ("one required vaccine" counts)
        if self._indefinite_one(doc, match.start, before):
            return False
        return True

    def _one_idiom(self, lower: list[str], i: int) -> bool:
        """ "at one point", "for one thing", "on the one hand": "one" in a set phrase."""
        for phrase in self.words.one_idioms:
            start = i - phrase.index("one")
            if start >= 0 and tuple(lower[start:start + len(phrase)]) == phrase:
                return True
        return False

    @staticmethod
    def _one_of_many(doc: Doc, k: int) -> bool:
        """ "one of the guards", "one of the three hostages": one of a group of things, a
        figure as "two of the five" is; "one of the most polarizing figures", "one of the few",
        "one of them" single a thing out and count nothing."""
        if k >= len(doc) or not (doc[k].pos_ in ("DET", "PROPN") or doc[k].tag_ == "PRP$"):
            return False
        for token in doc[k:k + 5]:
            if token.tag_ in ("JJS", "RBS") or token.lower_ in ("few", "many") or (
                    token.lower_ in RANKING_ADJECTIVES and doc[k - 2].dep_ not in SUBJECTS
                    and not any(t.like_num for t in doc[k:k + 5])):
                return False  # "one of the biggest challenges", "one of the few", "formed
                # one of the main story lines" ("One of the main suspects was arrested", "one
                # of the top three finishers" count)
            if token.tag_ in ("NNS", "NNPS"):
                return True
            if token.like_num and (token.pos_ != "NUM" or YEAR_LIKE.fullmatch(token.text)):
                return False  # "one of the first speakers", "one of his 2016 rivals"
            if not token.like_num and token.pos_ not in ("DET", "PROPN", "PART", "ADJ", "ADV",
                                                         "NOUN", "PRON"):
                return False
        return False

    def _indefinite_one(self, doc: Doc, i: int, before: str) -> bool:
        """Is "one" at ``i`` (before a noun, or "one of …") the indefinite article's stronger
        twin, not a count: "One hot spot is Ohio", "is one of those workers", "the sheriff,
        one of the groups that march", "one official said …", "according to one source", "In
        one email exchange"? Counts stay: a bound or a limiter before it ("only one", "at least
        one"), what happens to the thing ("One soldier was killed", "One child was among the
        dead", "One firefighter suffered burns", "captured one of the jets"), a figure near
        it ("three individuals and one group", "one of the three hostages"), "one win away"."""
        one = doc[i]
        if one.dep_ == "nummod" and one.head.pos_ in ("NOUN", "PROPN"):
            noun = one.head
        elif i + 1 < len(doc) and doc[i + 1].lower_ == "of":
            noun = one
        else:
            return False
        if self._counted_one(doc, i, noun, before):
            return False
        if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children):
            return False  # "There was one fatality"
        if noun.dep_ in ("attr", "appos"):
            return True
        if noun is not one and ((any(c.dep_ == "case" for c in noun.children)
                                 and noun.head.lemma_.lower() not in ("body", "remains"))
                                or _one_after_another(doc, noun)):
            return True  # "one man's lonely death", "as one agency after another"
        if noun.dep_ == "nsubj" and any(c.dep_ == "appos" and c.tag_ == "NNP"
                                            for c in noun.children) \
                and noun.head.lemma_.lower() not in self.words.casualty_verbs \
                and noun.head.lemma_.lower() not in ("suffer", "sustain", "test", "survive"):
            return True  # "One early supporter, Representative Lee Zeldin, gave …", "One of
            # the men, Jessie Elkins, had served": a person named, no count ("One soldier,
            # Ray Cole, was killed", "One victim, John Smith, died", "they had one child,
            # Henry" count)
        if _set_against_another(doc, i) and (
                noun.head.lemma_.lower() in self.words.copula_lemmas | {"do"}
                or _or_another(doc, noun)):
            return True  # "to do one job, and … campaign for another job", "if one person is
            # boring and the other person amusing", "outsiders of one kind or another" ("One
            # child drowned and the other was rescued", "shot down one helicopter and damaged
            # another" count)
        if one.is_sent_start and noun.i == i + 1 and noun.i + 1 < len(doc) \
                and doc[noun.i + 1].text == ":":
            return True  # "One conclusion: it's a bad idea"
        if noun.dep_ == "pobj":
            prep = noun.head
            return prep.lower_ in self.words.one_place_prepositions or (
                prep.lower_ == "to" and prep.head.lower_ == "according")
        if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX"):
            verb = noun.head
            if verb.lemma_.lower() in self.words.copula_lemmas:
                return any(c.dep_ in ("attr", "ccomp") or (c.dep_ == "acomp" and c.tag_ == "JJR")
                           for c in verb.children)  # "One hot spot is Ohio", "One reason is
                # that …", "one got stronger"; "One person is dead", "One road remained
                # closed" count
            speakers = (verb, *(c for c in verb.children if c.dep_ == "conj"))
            return any(v.lemma_.lower() in self.words.speech_lemmas for v in speakers) or any(
                c.dep_ == "ccomp" for c in verb.children)  # "one official said …", "One guy
            # came in and said …"
        return False

    def _counted_one(self, doc: Doc, i: int, noun: Token, before: str) -> bool:
        """Does "one" at ``i`` count whatever its place: a bound or a limiter before it ("only
        one", "at least one"), a figure beside it ("three individuals and one group", "one vote
        for Smith, 12 for Jones", "recovered one victim's body and searched for two others"),
        a whole it is one of ("into one of the two reactors"), a share of a split ("one
        Republican chamber, one Democratic"; not "if one candidate rose, and one fell"), a
        distance it measures ("one win away", "one game behind", "one state closer")?"""
        bound = before in self.words.one_count_before and not (
            doc[i - 1].lower_ in ("about", "around") and (
                doc[i - 1].dep_ == "prep" or any(c.dep_ == "case" for c in noun.children)))
        # ("an article about one man's death": a preposition)
        return bound \
            or any(t.like_num and t.lower_ != "one" for t in doc[max(0, i - 6):i]) \
            or any(t.like_num and doc[t.i - 1].lower_ in (",", "and", ";")
                   and (t.lower_ != "one" or (t.i - i <= 5 and doc[t.i - 1].lower_ != "and"))
                   for t in doc[i + 1:i + 9]) \
            or any(t.like_num and t.lower_ != "one" and t.i + 1 < len(doc)
                   and doc[t.i + 1].lower_ in ("others", "more") for t in doc[i + 1:i + 12]) \
            or (i + 2 < len(doc) and doc[i + 1].lower_ == "of"
                and any(t.like_num for t in doc[i + 2:i + 5])) \
            or any(c.lower_ in ("away", "short", "behind", "ahead", "back", "closer")
                   for c in (*noun.children, noun.head, *noun.head.children))

