"""The lemma mending run after spaCy's rule lemmatizer (own sentences)."""

from __future__ import annotations

import datetime

import pytest


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("The minister hoped to visit the region.", "hoped", "hope"),
    ("They are hoping for a deal.", "hoping", "hope"),
    ("The vote was slated for June.", "slated", "slate"),
    ("The agency rated the bonds as junk.", "rated", "rate"),
    ("The court fined the company heavily.", "fined", "fine"),
    ("Doctors were coping with the influx.", "coping", "cope"),
    ("Rebels waged a long war.", "waged", "wage"),
    ("She hopes to win the seat.", "hopes", "hope"),
    ("The agency rates the bonds as junk.", "rates", "rate"),
    ("The theatre stages a new play.", "stages", "stage"),
    # a one-syllable verb that doubles keeps its short lemma
    ("The rabbit hopped across the field.", "hopped", "hop"),
    ("Officials planned the visit for weeks.", "planned", "plan"),
    ("Police stopped the convoy.", "stopped", "stop"),
    ("The rabbit hops across the field.", "hops", "hop"),
    ("He quits the board today.", "quits", "quit"),
    # spelled either way: "bused" and "bussed"
    ("Voters were bused to the polls.", "bused", "bus"),
    # longer stems are the lemmatizer's own business
    ("The army targeted the depot.", "targeted", "target"),
])
def test_short_lemmas_are_mended(times_nlp, text, word, lemma):
    """``times_nlp`` has the lemma mending every claimledger pipeline has."""
    token = next(t for t in times_nlp(text) if t.text == word)
    assert token.lemma_ == lemma


def test_pipeline_reads_a_hope_as_looking_ahead(times_nlp):
    """ "hoped to return in March", told in January, is the coming March: the times component
    reads "hope" as a verb of planning only with the mended lemma."""
    doc = times_nlp.make_doc("His coach said the player hoped to return in March.")
    doc._.cl_published = datetime.date(2026, 1, 13)
    values = [t.value for t in times_nlp(doc)._.cl_times]
    assert values == ["2026-03"]
