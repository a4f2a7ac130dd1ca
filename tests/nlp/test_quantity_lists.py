"""Figures in a list share what English writes once after the last of them: its unit, its scale
word and the change of the verb ("87, 91 and 94 points", "$3, $4 and $5 million", "cut by 1, 2
and 3 percent"). Every sentence is written for this file; the controls must not move."""

from __future__ import annotations

import pytest
from quantity_reading import checked


def rows(bare, component, text: str) -> list[tuple]:
    """(text, value, relation, unit, change) of every figure, rounded."""
    return [(q.text, None if q.value is None else round(q.value, 6), q.relation, q.unit,
             q.change) for q in checked(bare, component, text)]


@pytest.mark.parametrize(("text", "expected"), [
    # the unit written after the last figure
    ("The three finalists scored 87, 91 and 94 points respectively.",
     [("three", 3, "eq", "finalist", None), ("87", 87, "eq", "point", None),
      ("91", 91, "eq", "point", None), ("94 points", 94, "eq", "point", None)]),
    ("Inflation in the three countries was 2, 3 and 4 percent.",
     [("three", 3, "eq", "country", None), ("2", 2, "eq", "percent", None),
      ("3", 3, "eq", "percent", None), ("4 percent", 4, "eq", "percent", None)]),
    ("Walkers can pick 5, 10 or 21 kilometre loops.",
     [("5", 5, "eq", "km", None), ("10", 10, "eq", "km", None),
      ("21 kilometre", 21, "eq", "km", None)]),
    # the scale word: every sum of the list is in billions or millions
    ("The two bids were worth $4.1 and $4.6 billion.",
     [("two", 2, "eq", "bid", None), ("$4.1", 4.1e9, "eq", "USD", None),
      ("$4.6 billion", 4.6e9, "eq", "USD", None)]),
    ("The grants were worth $3, $4 and $5 million.",
     [("$3", 3e6, "eq", "USD", None), ("$4", 4e6, "eq", "USD", None),
      ("$5 million", 5e6, "eq", "USD", None)]),
    # the change of the verb
    ("Rates were cut by 1, 2 and 3 percent.",
     [("1", 1, "eq", "percent", "down"), ("2", 2, "eq", "percent", "down"),
      ("3 percent", 3, "eq", "percent", "down")]),
    # controls: figures with units of their own, a pair that is no list, no shared scale
    ("The team ended with 5 wins, 3 losses and 2 ties.",
     [("5", 5, "eq", "win", None), ("3", 3, "eq", "loss", None), ("2", 2, "eq", "tie", None)]),
    ("Among voters under 30, 45 percent backed him.",
     [("under 30", 30, "lt", None, None), ("45 percent", 45, "eq", "percent", None)]),
    ("Fines of $500 and $1 million were imposed.",
     [("$500", 500, "eq", "USD", None), ("$1 million", 1e6, "eq", "USD", None)]),
    ("He paid €40 and $2 million.", [("€40", 40, "eq", "EUR", None),
                                      ("$2 million", 2e6, "eq", "USD", None)]),
    # a pair shares its unit and scale too (a review's)
    ("The plants employ 2 and 3 million people.",
     [("2", 2e6, "eq", "person", None), ("3 million", 3e6, "eq", "person", None)]),
    ("The shares traded at 10 and 12 dollars.",
     [("10", 10, "eq", "USD", None), ("12 dollars", 12, "eq", "USD", None)]),
    # controls (a review's): a pair of figures of two things, a tally, a height
    ("The index stood at 7,500 and 2 percent of stocks fell.",
     [("7,500", 7500, "eq", None, None), ("2 percent", 2, "eq", "percent", None)]),
    ("Sales rose 5 and 3 million people bought cars.",
     [("5", 5, "eq", None, "up"), ("3 million", 3e6, "eq", "person", None)]),
    ("The index was at 7,500 and 2 percent higher on the week.",
     [("7,500", 7500, "eq", None, None), ("2 percent", 2, "eq", "percent", None)]),
    ("The vote passed 52-48 and 60 percent of members backed it.",
     [("52", 52, "eq", "vote", None), ("48", 48, "eq", "vote", None),
      ("60 percent", 60, "eq", "percent", None)]),
    ("The quarterback is 6 foot 2 and 220 pounds.",
     [("6 foot", 6, "eq", "foot", None), ("2", 2, "eq", None, None),
      ("220 pounds", 220, "eq", "pound", None)]),
])
def test_lists_share_what_is_written_once(bare, component, text, expected):
    assert rows(bare, component, text) == expected
