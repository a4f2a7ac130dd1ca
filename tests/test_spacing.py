"""No-break spaces (web pages' "&nbsp;") read as plain spaces: figures keep their units and
bound words, and every record text is the article's own text at its span. Sentences written
for these tests."""

from __future__ import annotations

from claimledger.extraction import extract
from claimledger.nlp.spacing import plain_spaces

NBSP = "\u00a0"


def test_plain_spaces_keeps_the_length():
    text = f"at least{NBSP}$5{NBSP}million and 3\u202fkm"
    plain = plain_spaces(text)
    assert len(plain) == len(text) and NBSP not in plain and "\u202f" not in plain
    assert plain_spaces("no odd spaces") == "no odd spaces"


def test_no_break_spaces_keep_units_and_bounds():
    text = (f"The fund spent at least{NBSP}$345,430 on ads, and shares rose 5{NBSP}percent to "
            f"$5{NBSP}million on{NBSP}Tuesday, officials said.")
    record = extract(text, "2016-05-01")
    found = {q.text: (q.value, q.relation, q.unit) for q in record.quantities}
    assert found[f"at least{NBSP}$345,430"] == (345430, "ge", "USD")
    assert found[f"5{NBSP}percent"] == (5, "eq", "percent")
    assert found[f"$5{NBSP}million"] == (5_000_000, "eq", "USD")
    assert [t.value for t in record.times] == ["2016-04-26"]
    assert record.article.text == text
    for _, span_text, (start, end) in record.spans():
        assert text[start:end] == span_text
