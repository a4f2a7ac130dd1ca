"""The layout-aware sentence marker: headlines, bylines, datelines and wrapped prose."""

from __future__ import annotations

import pytest


def sentence_texts(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_headline_and_byline_are_sentences_of_their_own(nlp):
    text = (
        "Ukraine Says Drones Hit Depot\n\nJane Roe\nUpdated:\n\n"
        "Ukraine's army said its drones hit a fuel depot overnight."
    )
    sents = sentence_texts(nlp, text)
    assert sents[0] == "Ukraine Says Drones Hit Depot"
    assert "Jane Roe" in sents
    assert sents[-1].startswith("Ukraine's army said")


@pytest.mark.parametrize(
    "dateline",
    ["SEOUL (Reuters) - ", "KYIV, Ukraine (AP) — ", "WASHINGTON -- ", "MOSCOW, March 3 (Tass) - "],
)
def test_words_after_a_dateline_start_a_sentence(nlp, dateline):
    text = f"{dateline}About 300 soldiers were killed, the agency said on Monday."
    doc = nlp(text)
    starts = [s.start_char for s in doc.sents]
    assert len(dateline) in starts


def test_hard_wrapped_prose_is_not_split_at_each_line(nlp):
    text = (
        "The ministry said on Tuesday that talks with\n"
        "the delegation had been postponed until the end\n"
        "of the month because of the weather, and that\n"
        "officials would meet again in the capital when\n"
        "flights resumed.\n"
    )
    assert len(sentence_texts(nlp, text)) == 1


def test_no_dateline_in_ordinary_sentences(nlp):
    from claimledger.nlp.sentences import datelines

    doc = nlp.make_doc("The talks - held in Geneva - ended early.\nNATO - the alliance - met.")
    assert datelines(doc) == []
