"""Units, money and numerals of the quantities component: market fractions, glued currencies,
signs of temperatures and sums, and rates (own sentences, with near-misses that must not move)."""

from __future__ import annotations

import math

import pytest
from quantity_reading import checked, quantities

from claimledger.nlp.numbers import number_words, read_number
from claimledger.record import Quantity


def rows(found: list[Quantity]) -> list[tuple]:
    """(text, value, unit, change) of every figure, values rounded for comparison."""
    return [(q.text, None if q.value is None else round(q.value, 6), q.unit, q.change)
            for q in found]


def check(bare, component, text: str, expected: list[tuple]) -> None:
    assert rows(checked(bare, component, text)) == expected


# -- 1. fractions of market prices and vulgar fractions -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Corn futures gained 3-3/4 cents to $4.12-1/2 a bushel.",
     [("3-3/4 cents", 3.75, "cent", "up"), ("$4.12-1/2 a bushel", 4.125, "USD per bushel", None)]),
    ("Soybean oil slipped 1-1/4 cents.", [("1-1/4 cents", 1.25, "cent", "down")]),
    ("Oats ended at $3.42 3/4.", [("$3.42 3/4", 3.4275, "USD", None)]),
    ("The shares climbed 5/8 to 31 3/8.",
     [("5/8", 0.625, None, "up"), ("31 3/8", 31.375, None, None)]),
    ("The note fell 7/32 to 98-11/32.",
     [("7/32", 0.21875, None, "down"), ("98-11/32", 98.34375, None, None)]),
    ("The Chiefs are 3½-point underdogs.", [("3½-point", 3.5, "point", None)]),
    ("The index rose ¾% by noon.", [("¾%", 0.75, "percent", "up")]),
    ("The shelf is 5⅜ inches deep.", [("5⅜ inches", 5.375, "inch", None)]),
    ("The stock dropped ⅝ to 20⅞.", [("⅝", 0.625, None, "down"), ("20⅞", 20.875, None, None)]),
])
def test_market_and_vulgar_fractions(bare, component, text, expected):
    check(bare, component, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Rovers won 3-1 on Saturday.", []),  # a score
    ("The odds are 50-50 at best.", []),
    ("The support line is open 24/7.", []),
    ("Roughly 3/4 of members agreed.", [("Roughly 3/4", 0.75, "fraction", None)]),
    ("Sales fell by ½ last year.", [("½", 0.5, "fraction", "down")]),  # a part, not a price
    ("The bond rose 3/4 of a point.", [("3/4 of a point", 0.75, "point", "up")]),
    ("The deficit is down three-quarters from its peak.",
     [("three-quarters", 0.75, "fraction", "down")]),  # a word, not a price
    ("The flour needs ⅔ cup of water.", [("⅔ cup", 0.666667, "cup", None)]),
])
def test_fraction_near_misses(bare, component, text, expected):
    check(bare, component, text, expected)


def test_market_fraction_needs_lowest_terms_and_a_market_denominator():
    table = number_words()
    for text, value in [("7-1/8", 7.125), ("7-2/8", 7), ("7-1/3", 7), ("7.123-1/2", 7.123)]:
        words = text.replace("-", " - ").split()
        match = read_number(words, [False] * len(words), 0, table)
        assert match is not None and math.isclose(match.value, value), text


# -- 2. currencies glued to letters, and rent abbreviations --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The miner paid US42c a share.", [("US42c a share", 42, "cent per share", None)]),
    ("The kiwi fell to US57.8c.", [("US57.8c", 57.8, "cent", None)]),
    ("The bank will pay A65c a share.", [("A65c a share", 65, "cent per share", None)]),
    ("The payout was NZ12c.", [("NZ12c", 12, "cent", None)]),
    ("The dollar bought US64.2 cents.", [("US64.2 cents", 64.2, "cent", None)]),
    ("Earnings were 35c a share.", [("35c a share", 35, "cent per share", None)]),
    ("The flat rents for £1,450pcm.", [("£1,450pcm", 1450, "GBP per month", None)]),
    ("The studio is let at £900 pcm.", [("£900 pcm", 900, "GBP per month", None)]),
    ("The salary is £42,000 pa.", [("£42,000 pa", 42000, "GBP per year", None)]),
    ("Visitors pay R120 each.", [("R120", 120, "ZAR", None)]),
    ("The utility lost R18.2bn.", [("R18.2bn", 18_200_000_000, "ZAR", "down")]),
    ("The flat sold for RM480,000.", [("RM480,000", 480_000, "MYR", None)]),
    ("The flat sold for RM 480,000.", [("RM 480,000", 480_000, "MYR", None)]),
])
def test_glued_currencies(bare, component, text, expected):
    check(bare, component, text, expected)


@pytest.mark.parametrize("text", [
    "Traffic backed up on the M4 near Reading.",
    "The R61 was closed after the crash.",
    "Take the A9 north to Inverness.",
    "An A350 landed at Heathrow.",
    "The PS4 sold out quickly.",
    "The G20 met in Brazil.",
    "Students need a B2 level.",
    "The US500 index opened flat.",
    "The RM7 engine was revived.",
    "Flight US32 was delayed.",
    "The 3c class met in room B.",
    "He filed Form 8c yesterday.",
    "The dealer sold R70 units last year.",
    "The 4c team won the quiz.",
])
def test_letter_codes_stay_names(bare, component, text):
    assert quantities(bare, component, text) == []


def test_meeting_time_after_a_sum_is_no_rate(bare, component):
    check(bare, component, "Tickets are £5 and doors open at 7 pm.",
          [("£5", 5, "GBP", None)])


# -- 3. temperatures and signed sums ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("It was minus 7C.", [("minus 7C", -7, "celsius", None)]),
    ("Aviemore recorded minus 14C.", [("minus 14C", -14, "celsius", None)]),
    ("It felt like 8C below zero.", [("8C below zero", -8, "celsius", None)]),
    ("The lake sat at 15 degrees below freezing.",
     [("15 degrees below freezing", -15, "degree", None)]),
    ("The fund's balance was -£2.4bn.", [("-£2.4bn", -2_400_000_000, "GBP", None)]),
    ("Net cash was -$7m at the end of March.", [("-$7m", -7_000_000, "USD", None)]),
])
def test_signs_of_temperatures_and_sums(bare, component, text, expected):
    check(bare, component, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The summit is 4,000 metres above sea level.", [("4,000 metres", 4000, "metre", None)]),
    ("Rates are 25 basis points above zero.",
     [("25 basis points", 25, "basis point", None), ("above zero", 0, None, None)]),
    ("Inflation was 2% below target.", [("2%", 2, "percent", None)]),
])
def test_sign_near_misses(bare, component, text, expected):
    check(bare, component, text, expected)


# -- 4. rates ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The hatchback does 48 miles to the gallon.",
     [("48 miles to the gallon", 48, "mile per gallon", None)]),
    ("Households pay 28 cents per kilowatt hour.",
     [("28 cents per kilowatt hour", 28, "cent per kWh", None)]),
    ("The treatment costs £900 per child per year.",
     [("£900 per child per year", 900, "GBP per child per year", None)]),
    ("Each resident uses 150 litres per person per day.",
     [("150 litres per person per day", 150, "litre per person per day", None)]),
    ("She scored 2 goals per match.", [("2", 2, "goal per match", None)]),
])
def test_rates(bare, component, text, expected):
    check(bare, component, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("He walked 4 miles to the station.", [("4 miles", 4, "mile", None)]),
    ("The rand traded at R18.40 to the dollar.", [("R18.40", 18.4, "ZAR", None)]),
    ("The map shows 1 inch to the mile.", [("1 inch", 1, "inch", None)]),
    ("Prices rose 5% a year earlier.", [("5%", 5, "percent", "up")]),
])
def test_rate_near_misses(bare, component, text, expected):
    check(bare, component, text, expected)


# -- 5. decades of a measure, glued scales, rates of counts, clock times --------------------

def ranges(found: list[Quantity]) -> list[tuple]:
    """(text, low, high, relation, unit) of every figure."""
    return [(q.text, q.low, q.high, q.relation, q.unit) for q in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("By Thursday the thermometer will sit in the low 20s.",
     [("low 20s", 20, 23, "range", None)]),
    ("Daytime temperatures stayed in the mid-30s all week.",
     [("mid-30s", 34, 36, "range", None)]),
    ("Inland readings may climb into the high 90s Fahrenheit.",
     [("high 90s Fahrenheit", 97, 99, "range", "fahrenheit")]),
    ("Coastal towns will see temperatures in the 60s.", [("60s", 60, 69, "range", None)]),
    ("Her approval has slipped to the upper 30s percent.",
     [("upper 30s percent", 37, 39, "range", "percent")]),
    ("The shares changed hands in the low $40s a share.",
     [("low $40s a share", 40, 43, "range", "USD per share")]),
])
def test_decades_of_a_measure(bare, component, text, expected):
    found = quantities(bare, component, text)
    assert ranges(found) == expected
    for q in found:
        assert q.value is None and text[q.span[0]:q.span[1]] == q.text


@pytest.mark.parametrize("text", [
    "My parents met in the 70s in Leeds.",  # a decade of the calendar, no measure about it
    "The band toured widely in the mid-80s.",
    "Disco ruled the charts in the 1970s.",
    "Shoulder pads came back from the '80s.",
])
def test_decades_of_the_calendar_are_no_quantities(bare, component, text):
    assert quantities(bare, component, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Brokers valued the stake at $4m to $6m.",
     [("$4m to $6m", 4_000_000, 6_000_000, "range", "USD")]),
    ("The repairs will cost between £3m and £5m.",
     [("between £3m and £5m", 3_000_000, 5_000_000, "range", "GBP")]),
    ("Insurers put the bill at €7 million to €9 million.",
     [("€7 million to €9 million", 7_000_000, 9_000_000, "range", "EUR")]),
])
def test_ranges_of_sums_with_a_glued_scale_letter(bare, component, text, expected):
    assert ranges(quantities(bare, component, text)) == expected


def test_a_glued_scale_letter_on_one_end_only_makes_no_range(bare, component):
    found = quantities(bare, component, "The fee rose from $4m to $6bn.")
    assert [(q.text, q.value, q.relation) for q in found] == [
        ("$4m", 4_000_000, "eq"), ("$6bn", 6_000_000_000, "eq")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Factories shed 30,000 jobs a month over the winter.",
     [("30,000", 30000, "job per month", "down")]),
    ("About 800 migrants a week reach the island.",
     [("About 800", 800, "person per week", None)]),
    ("The port handles 60 ships a day.", [("60", 60, "ship per day", None)]),
    ("The mine shipped 4 million tonnes of ore a year.",
     [("4 million tonnes", 4_000_000, "tonne per year", None)]),
    ("The ministry spends $3bn of its budget a year on pensions.",
     [("$3bn", 3_000_000_000, "USD", None)]),  # "its": not a plain noun of what is measured
])
def test_counts_and_measures_over_a_time_are_rates(bare, component, text, expected):
    check(bare, component, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The army lost 90 tanks a year earlier.", [("90", 90, "tank", "down")]),
    ("The firm hired 50 engineers a month ago.", [("50", 50, "person", None)]),
    ("The state sold $2bn of bonds a year earlier.", [("$2bn", 2_000_000_000, "USD", None)]),
])
def test_a_time_after_a_count_is_no_rate(bare, component, text, expected):
    check(bare, component, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The miner bought the site for AU$3 billion.",
     [("AU$3 billion", 3_000_000_000, "AUD", None)]),
    ("The grocer earned CA$40 million.", [("CA$40 million", 40_000_000, "CAD", None)]),
    ("The port cost 6 billion Singapore dollars.",
     [("6 billion Singapore dollars", 6_000_000_000, "SGD", None)]),
    ("The ticket costs $12.", [("$12", 12, "USD", None)]),  # a bare "$" is USD
])
def test_dollars_of_other_countries(bare, component, text, expected):
    check(bare, component, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The bank trimmed rates by a quarter of a percentage point.",
     [("a quarter of a percentage point", 0.25, "percentage point", "down")]),
    ("The path is a third of a mile long.", [("a third of a mile", 0.333333, "mile", None)]),
    ("Half of a dollar buys nothing now.", [("Half", 0.5, "fraction", None)]),  # no currency
])
def test_a_fraction_of_a_unit_is_that_unit(bare, component, text, expected):
    check(bare, component, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dane carded a 4-under 68 on Friday.", [("4", 4, None, None), ("68", 68, None, None)]),
    ("The ferry departs at 11.15 from the north pier.", []),
    ("Kick-off is at 20.00 local time.", []),
    ("The shares closed at 11.15 on Monday.", [("11.15", 11.15, None, None)]),  # a price
    ("Gold surged past $2,500 an ounce.", [("past $2,500 an ounce", 2500, "USD per ounce", None)]),
])
def test_golf_scores_clock_times_and_levels_crossed(bare, component, text, expected):
    check(bare, component, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Wheat prices have dropped by more than a quarter this year.",
     [("more than a quarter", 0.25, "fraction", "down")]),
    ("Ticket sales fell by a fifth this season.", [("a fifth", 0.2, "fraction", "down")]),
    ("Half this week was wasted.", []),  # a part of the week: a time
    ("A quarter of a century has passed.", []),
])
def test_a_fraction_before_a_time_of_its_own(bare, component, text, expected):
    check(bare, component, text, expected)


# Round 13: exchange rates, magnitudes and cents of a named dollar (sentences written here).
@pytest.mark.parametrize(("text", "expected"), [
    ("The rupee weakened to 83.4 against the dollar.",
     [("83.4 against the dollar", 83.4, "INR per USD", None)]),
    ("The yen hit 160 per dollar on Monday.", [("160 per dollar", 160, "JPY per USD", None)]),
    ("The euro bought 1.08 dollars per euro.",
     [("1.08 dollars per euro", 1.08, "USD per EUR", None)]),
    ("The pound rose to 1.27 against the US dollar.",
     [("1.27 against the US dollar", 1.27, "USD per GBP", None)]),
    ("The euro rose to 1.10 against the Swiss franc.",
     [("1.10 against the Swiss franc", 1.1, "CHF per EUR", None)]),
    ("The dollar index fell to 104 against a basket of currencies.",
     [("104", 104, None, None)]),
    ("Japan won 3 to 1 against the USA.", [("3", 3, None, None), ("1", 1, None, None)]),
])
def test_round13_exchange_rates(bare, component, text, expected):
    check(bare, component, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("A magnitude 6.4 earthquake struck.", [("magnitude 6.4", 6.4, "magnitude", None)]),
    ("A 6.4-magnitude quake hit the region.", [("6.4-magnitude", 6.4, "magnitude", None)]),
    ("The quake had a magnitude of 7.1.", [("7.1", 7.1, "magnitude", None)]),
    ("A 5.9 quake struck near the coast.", [("5.9", 5.9, "magnitude", None)]),
    ("Three quakes struck the region.", [("Three", 3, "quake", None)]),
    ("The tremor measured 4.2 on the Richter scale.",
     [("4.2 on the Richter scale", 4.2, "magnitude", None)]),
    ("The Australian dollar fell to 65.4 US cents.", [("65.4 US cents", 65.4, "cent", None)]),
    ("The loonie traded at 73 U.S. cents.", [("73 U.S. cents", 73, "cent", None)]),
])
def test_round13_magnitudes_and_us_cents(bare, component, text, expected):
    check(bare, component, text, expected)


# Review of round 13: the edges of its rules, in sentences written for this file.
@pytest.mark.parametrize(("text", "unit"), [
    ("The dollar rose to 150 against the yen.", "JPY per USD"),
    ("The euro climbed to 1.09 against the dollar.", "USD per EUR"),
])
def test_review13_rates_against_a_currency_in_market_order(bare, component, text, unit):
    assert [q.unit for q in quantities(bare, component, text)] == [unit]


@pytest.mark.parametrize("text", ["The single digits on the scoreboard were hard to read.",
                                  "The high teens in the class were rowdy."])
def test_review13_decades_as_subjects_are_no_levels(bare, component, text):
    assert quantities(bare, component, text) == []


def test_review13_a_unit_before_its_figure_is_no_unit_of_a_count(bare, component):
    found = quantities(bare, component, "Two magnitude 5 aftershocks followed.")
    assert [(q.value, q.unit) for q in found] == [(2, None), (5, "magnitude")]


def test_review13_a_difference_from_another_measure_is_no_change(bare, component):
    text = "The increase is 1 percentage point above July's retail price inflation figure."
    assert [q.change for q in quantities(bare, component, text)] == [None]
