"""Which instance of an underspecified date ("Monday", "March", "March 10") a clause points at:
the coming one where the clause looks ahead without "will" (a modal of advice, a timetable in
the present, a clause of time in the present, a state in force until a time, a date a past
decision sets), the past one in controls told in the past. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

THURSDAY = date(2024, 1, 11)  # the coming Monday is Jan. 15, the past one Jan. 8
SUMMER = date(2024, 7, 18)  # a Thursday: the coming March is 2025's, the nearest 2024's


def value_of(nlp, text: str, published: date, expression: str) -> str | None:
    doc = nlp.make_doc(text)
    doc._.cl_published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    hits = [t for t in doc._.cl_times if t.text == expression]
    assert hits, f"{expression!r} not found in {[t.text for t in doc._.cl_times]}"
    return hits[0].value


# (published, sentence, expression, value)
AHEAD = [
    # modals of advice and obligation
    (THURSDAY, "The audit ought to be complete by Friday.", "Friday", "2024-01-12"),
    (THURSDAY, "The envoy should land in the capital on Tuesday.", "Tuesday", "2024-01-16"),
    (SUMMER, "The new tariffs should apply from March, the minister said.", "March", "2025-03"),
    (SUMMER, "The tunnel should be finished by June 30.", "June 30", "2025-06-30"),
    (THURSDAY, "The club said the striker should be fit for Saturday.", "Saturday",
     "2024-01-13"),
    # a timetable in the present, active or passive
    (THURSDAY, "The standings are updated on Monday.", "Monday", "2024-01-15"),
    (THURSDAY, "The winners are announced on Wednesday evening.", "Wednesday evening",
     "2024-01-17TEV"),
    (SUMMER, "The company reports quarterly earnings in April.", "April", "2025-04"),
    (SUMMER, "The library reopens in March after repairs.", "March", "2025-03"),
    # a clause of time or condition in the present under one that looks ahead
    (THURSDAY, "Trading will resume when the exchange reopens on Monday.", "Monday",
     "2024-01-15"),
    (THURSDAY, "The strike will end once the pay deal is signed on Tuesday.", "Tuesday",
     "2024-01-16"),
    (THURSDAY, "She is tipped to rise when the list is published on Monday.", "Monday",
     "2024-01-15"),
    # something due, in the present
    (SUMMER, "The next instalment is due by the end of March.", "the end of March",
     "2025-03"),
    (SUMMER, "The first trains are due in early June.", "early June", "2025-06"),
    # a wait told in the present or the progressive
    (THURSDAY, "Volunteers are handing out leaflets ahead of the vote on Sunday.", "Sunday",
     "2024-01-14"),
    (SUMMER, "Traders are cautious ahead of the rate decision in March.", "March", "2025-03"),
    # a state in force until a time
    (THURSDAY, "The ferry service is suspended until Wednesday.", "Wednesday", "2024-01-17"),
    (SUMMER, "The gallery remains closed until March.", "March", "2025-03"),
    (THURSDAY, "Officials have shut the border crossing until Monday.", "Monday", "2024-01-15"),
    (THURSDAY, "The army imposed a curfew until Tuesday.", "Tuesday", "2024-01-16"),
    (THURSDAY, "Forecasters issued an ice warning until 10am on Saturday.", "Saturday",
     "2024-01-13"),
    # a date a past decision sets for later
    (THURSDAY, "The magistrate adjourned the trial till Monday.", "Monday", "2024-01-15"),
    (THURSDAY, "The summit was postponed until Wednesday.", "Wednesday", "2024-01-17"),
    (SUMMER, "The judge adjourned the inquest to March 12.", "March 12", "2025-03-12"),
    (SUMMER, "The court listed the appeal for hearing on April 9.", "April 9", "2025-04-09"),
    (THURSDAY, "A judge on Wednesday adjourned the inquest until Monday.", "Monday",
     "2024-01-15"),
    (THURSDAY, "The match was postponed until Tuesday, the league said.", "Tuesday",
     "2024-01-16"),
]

PAST = [
    (SUMMER, "The permit should have been renewed in March.", "March", "2024-03"),
    (THURSDAY, "The convoy could have crossed on Monday.", "Monday", "2024-01-08"),
    (THURSDAY, "The standings were updated on Monday.", "Monday", "2024-01-08"),
    (SUMMER, "The library reopened in March.", "March", "2024-03"),
    (THURSDAY, "Trading resumed when the exchange reopened on Monday.", "Monday", "2024-01-08"),
    (THURSDAY, "The siege lasted until Tuesday.", "Tuesday", "2024-01-09"),
    (THURSDAY, "The bridge was closed until Friday, when engineers reopened it.", "Friday",
     "2024-01-05"),
    (THURSDAY, "She stayed with her sister until Wednesday.", "Wednesday", "2024-01-10"),
    (THURSDAY, "The union said it walked out on Tuesday.", "Tuesday", "2024-01-09"),
    (THURSDAY, "The court heard the appeal on Monday.", "Monday", "2024-01-08"),
    (THURSDAY, "Volunteers handed out leaflets ahead of the vote on Monday.", "Monday",
     "2024-01-08"),
    (THURSDAY, "On Jan. 3 the magistrate adjourned the trial till Monday.", "Monday",
     "2024-01-08"),
    (THURSDAY, "Prices fell after the board met on Tuesday.", "Tuesday", "2024-01-09"),
    (THURSDAY, "The flood barrier was shut until Friday, when the water receded, officials said.",
     "Friday", "2024-01-05"),
    (THURSDAY, "The siege went on until Monday.", "Monday", "2024-01-08"),
    (THURSDAY, "Talks could yield a deal after the ballots are counted Tuesday.", "Tuesday",
     "2024-01-09"),
    (SUMMER, "Farmers, who usually harvest in March, are worried.", "March", "2024-03"),
    (THURSDAY, "The envoy arrived two days later, on Jan. 9.", "Jan. 9", "2024-01-09"),
    # review: "should" said at a past moment of its own, or overtaken by a later event
    (SUMMER, "The ministry said in January that the new port should open in May.", "May",
     "2024-05"),
    (SUMMER, "Investors thought the merger should close in June, but it collapsed.", "June",
     "2024-06"),
    (SUMMER, "Economists had said the economy should recover by May.", "May", "2024-05"),
    # an imposed state told in the past perfect; a day set from a weekday already passed
    (THURSDAY, "Police had imposed a curfew until Tuesday.", "Tuesday", "2024-01-09"),
    (THURSDAY, "The judge on Friday adjourned the trial until Monday.", "Monday", "2024-01-08"),
    # a repeating time makes a habit
    (SUMMER, "The festival is held in May every year.", "May", "2024-05"),
]


@pytest.mark.parametrize(("published", "sentence", "expression", "value"), AHEAD)
def test_clause_points_ahead(times_nlp, published, sentence, expression, value):
    assert value_of(times_nlp, sentence, published, expression) == value


@pytest.mark.parametrize(("published", "sentence", "expression", "value"), PAST)
def test_past_controls_stay_past(times_nlp, published, sentence, expression, value):
    assert value_of(times_nlp, sentence, published, expression) == value


FRIDAY = date(2025, 3, 14)  # the coming Sunday is March 16, the past one March 9


def times_of(nlp, text: str, published: date) -> list[tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.cl_published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(t.text, t.value) for t in doc._.cl_times]


# Coordinated acts of one plan are told in order: the second weekday follows the first.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The delegation was due to arrive on Friday and leave on Sunday.",
     [("Friday", "2025-03-14"), ("Sunday", "2025-03-16")]),
    ("The minister is expected to land in Kyiv on Tuesday and meet the president on "
     "Wednesday.", [("Tuesday", "2025-03-18"), ("Wednesday", "2025-03-19")]),
    ("The rebels plan to withdraw on Sunday and hand over their weapons on Tuesday.",
     [("Sunday", "2025-03-16"), ("Tuesday", "2025-03-18")]),
    ("Talks are set to open on Monday and close on Friday.",
     [("Monday", "2025-03-17"), ("Friday", "2025-03-21")]),
    ("Ministers are due to meet on Monday and vote on the package on Wednesday.",
     [("Monday", "2025-03-17"), ("Wednesday", "2025-03-19")]),
    # controls: a past narrative of two acts, and a second clause with its own subject
    ("The envoy arrived on Friday and left on Sunday.",
     [("Friday", "2025-03-14"), ("Sunday", "2025-03-09")]),
    ("The union hopes to settle on Tuesday, but talks broke down on Wednesday.",
     [("Tuesday", "2025-03-18"), ("Wednesday", "2025-03-12")]),
])
def test_coordinated_plans_keep_their_order(times_nlp, sentence, expected):
    assert times_of(times_nlp, sentence, FRIDAY) == expected


# An event named by its holiday or weekday that was called off: the coming one.
@pytest.mark.parametrize(("published", "sentence", "expected"), [
    (FRIDAY, "The Anzac Day march has been cancelled because of the storm.",
     [("Anzac Day", "2025-04-25")]),
    (FRIDAY, "Sunday's parade was called off.", [("Sunday", "2025-03-16")]),
    (FRIDAY, "Organisers cancelled Saturday's concert over security fears.",
     [("Saturday", "2025-03-15")]),
    (FRIDAY, "The Easter procession was cancelled.", [("Easter", "2025-04-20")]),
    (FRIDAY, "The Memorial Day parade was postponed because of the heat.",
     [("Memorial Day", "2025-05-26")]),
    # beyond two months ahead: the nearest instance
    (date(2025, 10, 10), "The Anzac Day march has been cancelled.",
     [("Anzac Day", "2025-04-25")]),
    # controls: the event or the act dated otherwise, a past before the past, an outcome told
    (FRIDAY, "Last year's Anzac Day march was cancelled.",
     [("Last year", "2024"), ("Anzac Day", "2024-04-25")]),
    (FRIDAY, "The Thanksgiving parade was cancelled last year.",
     [("Thanksgiving", "2024-11-28"), ("last year", "2024")]),
    (FRIDAY, "Police said Sunday's rally had been called off.", [("Sunday", "2025-03-09")]),
    (FRIDAY, "Thursday's meeting was cancelled, and the board met on Friday instead.",
     [("Thursday", "2025-03-13"), ("Friday", "2025-03-14")]),
    (FRIDAY, "Saturday's match was abandoned at half-time because of heavy rain.",
     [("Saturday", "2025-03-08")]),
])
def test_called_off_events_are_the_coming_ones(times_nlp, published, sentence, expected):
    assert times_of(times_nlp, sentence, published) == expected


# A present-tense timetable verb the parser reads as a noun, adjective or adverb.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Applications open on Monday.", [("Monday", "2025-03-17")]),
    ("Real Madrid host Barcelona on Sunday.", [("Sunday", "2025-03-16")]),
    ("Entries close on Wednesday.", [("Wednesday", "2025-03-19")]),
    ("Celtic host Rangers on Saturday in the league decider.", [("Saturday", "2025-03-15")]),
    ("The museum reopens on Tuesday.", [("Tuesday", "2025-03-18")]),
    # controls: a verb of its own, a past narrative, no verb of a timetable
    ("Monday's applications were rejected.", [("Monday", "2025-03-10")]),
    ("Real Madrid beat Barcelona on Sunday.", [("Sunday", "2025-03-09")]),
    ("The exhibition opened on Tuesday.", [("Tuesday", "2025-03-11")]),
    ("Heavy rain on Sunday.", [("Sunday", "2025-03-09")]),
])
def test_mistagged_timetable_verbs_look_ahead(times_nlp, sentence, expected):
    assert times_of(times_nlp, sentence, FRIDAY) == expected


# The same weekday named for two acts of one plan is one day, not a week apart.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The two presidents will open the summit on Tuesday and give a joint press briefing on "
     "Tuesday.", [("Tuesday", "2025-03-18"), ("Tuesday", "2025-03-18")]),
    ("The minister is due to fly to Rome on Monday and return on Monday.",
     [("Monday", "2025-03-17"), ("Monday", "2025-03-17")]),
])
def test_a_plan_naming_one_weekday_twice_keeps_one_day(times_nlp, sentence, expected):
    assert times_of(times_nlp, sentence, FRIDAY) == expected


# A called-off weekday is the nearest one; the cause of a change, a delay that let the event go
# ahead, or a new day before the coming instance leave the day in the past.
@pytest.mark.parametrize(("published", "sentence", "expected"), [
    # told the day after: yesterday's event
    (date(2025, 3, 17), "Sunday's regatta was called off because of high winds.",
     [("Sunday", "2025-03-16")]),
    (date(2025, 3, 22), "Friday's cup tie was cancelled after the floodlights failed.",
     [("Friday", "2025-03-21")]),
    (date(2025, 3, 20), "The carrier scrapped Wednesday's flights to Beirut.",
     [("Wednesday", "2025-03-19")]),
    (date(2025, 3, 18), "The unions put off Monday's walkout.", [("Monday", "2025-03-17")]),
    (date(2024, 11, 6), "Tuesday's ballot was postponed in three wards.",
     [("Tuesday", "2024-11-05")]),
    # the weekday names the cause, not the event called off
    (date(2025, 3, 19), "Tuesday's storm postponed dozens of flights out of Oslo.",
     [("Tuesday", "2025-03-18")]),
    (date(2025, 3, 17), "Saturday's riots have delayed the count.", [("Saturday", "2025-03-15")]),
    # a delayed event went ahead late
    (date(2025, 3, 19), "Snow delayed Saturday's derby.", [("Saturday", "2025-03-15")]),
    # moved to a day before the coming instance: the day called off is past
    (date(2025, 3, 18), "Monday's debate was postponed until Wednesday.",
     [("Monday", "2025-03-17"), ("Wednesday", "2025-03-19")]),
    (date(2025, 3, 16), "Wednesday's vote was postponed until Monday.",
     [("Wednesday", "2025-03-12"), ("Monday", "2025-03-17")]),
    # controls: the nearest instance ahead, a holiday's coming one
    (date(2025, 3, 16), "Wednesday's vote was postponed.", [("Wednesday", "2025-03-19")]),
    (FRIDAY, "Organisers called off Sunday's fun run.", [("Sunday", "2025-03-16")]),
    (FRIDAY, "The Anzac Day service has been cancelled.", [("Anzac Day", "2025-04-25")]),
])
def test_called_off_weekdays_are_the_nearest(times_nlp, published, sentence, expected):
    assert times_of(times_nlp, sentence, published) == expected


# A verbless data headline names a month just gone: no timetable reading for a bare month.
@pytest.mark.parametrize(("published", "sentence", "expected"), [
    (date(2025, 3, 18), "Canadian housing starts in February.", [("February", "2025-02")]),
    (date(2025, 6, 3), "Appeals court rules on tariffs in May.", [("May", "2025-05")]),
    # control: a weekday keeps the timetable reading
    (date(2025, 3, 19), "Nominations close on Friday.", [("Friday", "2025-03-21")]),
])
def test_mistagged_timetable_needs_a_day(times_nlp, published, sentence, expected):
    assert times_of(times_nlp, sentence, published) == expected
