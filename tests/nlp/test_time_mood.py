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
