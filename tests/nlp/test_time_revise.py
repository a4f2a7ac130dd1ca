"""Second looks at a resolved time (claimledger.nlp.time_revise) and the period and length
readings added with them: coming feasts and weekdays that modify a noun, anchored phrases in a
past narrative, "for <weekday>" after declaring, a clause's year for its bare month, compound
lengths, month-span quarters, seasons under a warning, months a coming release measures, a
year back from "the three months to March", and a plan a delay keeps ahead. Each group holds
cases that the rule changes and controls that it must leave alone. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest


def values(nlp, text: str, published: date) -> dict[str, tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.cl_published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    for t in doc._.cl_times:
        assert doc.text[t.span[0]:t.span[1]] == t.text
    return {t.text: (t.type, t.value) for t in doc._.cl_times}


# (published, text, expression, type, value)
CASES = [
    # A: a feast or weekday modifying a noun in a future or present-perfect clause, days ahead
    ("2025-12-29", "New Year's Eve revellers have been told to dress warmly.",
     "New Year's Eve", "DATE", "2025-12-31"),
    ("2026-11-27", "Organisers said Sunday night's celebration would go ahead as planned.",
     "Sunday night", "TIME", "2026-11-29TNI"),
    ("2026-12-21", "Christmas Eve shoppers have been urged to avoid the city centre.",
     "Christmas Eve", "DATE", "2026-12-24"),
    ("2026-12-28", "New Year's Eve fireworks will go ahead despite the wind, the council said.",
     "New Year's Eve", "DATE", "2026-12-31"),
    # A controls: told in the past, an aftermath, a result
    ("2026-11-27", "Sunday's celebration drew 2 million people.", "Sunday", "DATE",
     "2026-11-22"),
    ("2026-11-27", "Police said Tuesday's protest turned violent.", "Tuesday", "DATE",
     "2026-11-24"),
    ("2026-01-02", "Last New Year's Eve revellers were told to dress warmly.", "New Year's Eve",
     "DATE", "2025-12-31"),
    ("2025-02-27", "The fallout from Monday's vote is still growing.", "Monday", "DATE",
     "2025-02-24"),
    ("2026-11-27", "Sunday's celebration has drawn criticism.", "Sunday", "DATE", "2026-11-22"),
    ("2016-06-28", "Activists said Monday's ruling will make the choice easier.", "Monday",
     "DATE", "2016-06-27"),
    # B: after a past-perfect flashback, "later" counts from the flashback's own anchor
    ("2026-10-20", "The theft took place on Oct. 10. The alarm had been switched off two days "
     "earlier. Police found the van three days later.", "three days later", "DATE",
     "2026-10-13"),
    ("2026-10-20", "The ship sank on Oct. 3. Its radio had failed a day earlier. Rescuers "
     "reached the wreck two days later.", "two days later", "DATE", "2026-10-05"),
    # B: in a past clause, "a week earlier" and a clock time skip a day still ahead
    ("2026-11-23", "Protesters marched on Sunday and said they would gather again on Saturday. "
     "Police put the crowd at 20,000, up from 12,000 a week earlier.", "a week earlier", "DATE",
     "2026-11-15"),
    ("2026-11-23", "Protesters marched on Sunday and said they would gather again on Saturday. "
     "Officers detained six people at around 5 p.m.", "5 p.m.", "TIME", "2026-11-22T17:00"),
    # B controls
    ("2026-10-20", "The storm hit on Oct. 10. Two days later, the river burst its banks.",
     "Two days later", "DATE", "2026-10-12"),
    ("2026-11-23", "Protesters will march on Saturday. Organisers expect 20,000, up from 12,000 "
     "a week earlier.", "a week earlier", "DATE", "2026-11-21"),
    ("2026-11-23", "The storm struck on Saturday night. The waves hit at about 9:30 p.m.",
     "9:30 p.m.", "TIME", "2026-11-21T21:30"),
    # C: "for <weekday>" after declaring an event
    ("2026-11-27", "The government declared a day of mourning for Monday.", "Monday", "DATE",
     "2026-11-30"),
    ("2026-11-27", "The president declared a national holiday for Monday.", "Monday", "DATE",
     "2026-11-30"),
    ("2026-11-27", "Unions called a general strike for Thursday.", "Thursday", "DATE",
     "2026-12-03"),
    # C controls
    ("2026-11-27", "He was jailed for Monday's attack.", "Monday", "DATE", "2026-11-23"),
    ("2026-11-27", "The company declared a loss for Monday's trading.", "Monday", "DATE",
     "2026-11-23"),
    # D: a bare month takes the year its clause names
    ("2026-11-10", "Last year I was injured in September and could not run.", "September",
     "DATE", "2025-09"),
    ("2026-05-10", "Next year's race will be moved to Oct. 14.", "Oct. 14", "DATE",
     "2027-10-14"),
    ("2026-05-10", "In 2019 the mill shut in March.", "March", "DATE", "2019-03"),
    # D controls: no year, another clause, a title not an event
    ("2026-05-10", "The mill shut in March.", "March", "DATE", "2026-03"),
    ("2026-05-10", "In 2019 he joined the firm, which he left in March.", "March", "DATE",
     "2026-03"),
    ("2026-11-10", "Last year's champion will defend her title in March.", "March", "DATE",
     "2027-03"),
    # E: compound lengths with or without "and", units written short
    ("2026-05-10", "She won in 2 hours 8 minutes 14 seconds.", "2 hours 8 minutes 14 seconds",
     "DURATION", "PT2H8M14S"),
    ("2026-05-10", "The flight took 3 hours 20 minutes.", "3 hours 20 minutes", "DURATION",
     "PT3H20M"),
    ("2026-05-10", "The speech lasted 1 hour and 5 minutes.", "1 hour and 5 minutes",
     "DURATION", "PT1H5M"),
    ("2026-05-10", "He held his breath for 2 min 30 sec.", "2 min 30 sec", "DURATION",
     "PT2M30S"),
    ("2026-05-10", "He served 3 years 6 months in jail.", "3 years 6 months", "DURATION",
     "P3Y6M"),
    # E controls: a list
    ("2026-05-10", "It happened 2 hours, 3 days later.", "2 hours", "DURATION", "PT2H"),
    # F: a span of three months ending a quarter
    ("2026-05-10", "Sales rose 4 percent in the July-September period, the agency said.",
     "the July-September period", "DATE", "2025-Q3"),
    ("2026-05-10", "Exports will pick up in the October-December period.",
     "the October-December period", "DATE", "2026-Q4"),
    ("2026-05-10", "Output fell in the October to December period.",
     "the October to December period", "DATE", "2025-Q4"),
    ("2026-05-10", "Sales rose in the January-March quarter.", "the January-March quarter",
     "DATE", "2026-Q1"),
    # F control: two months stay two months
    ("2026-05-10", "Sales rose from October to December.", "December", "DATE", "2025-12"),
    # G: a season or month of a thing warned of
    ("2026-05-10", "Carmakers have warned of plant closures in the summer if the tariffs stay.",
     "the summer", "DATE", "2026-SU"),
    ("2026-05-10", "Farmers warn of shortages in August unless it rains.", "August", "DATE",
     "2026-08"),
    # G controls
    ("2026-05-10", "He warned in the summer that prices would rise.", "the summer", "DATE",
     "2025-SU"),
    ("2026-11-10", "Closures in the summer hit output.", "the summer", "DATE", "2026-SU"),
    # H: the month a coming release measures is over
    ("2026-04-25", "Figures due on Friday are expected to show the jobless rate unchanged at "
     "6.2 percent in March.", "March", "DATE", "2026-03"),
    ("2026-06-10", "Data next week will show inflation in May.", "May", "DATE", "2026-05"),
    # H control: a visit ahead
    ("2026-04-25", "The minister will visit the plant in March.", "March", "DATE", "2027-03"),
    # I: a year back from the quarter or half "the three months to March" names
    ("2010-05-10", "Profit rose 5% in the three months to March from a year earlier.",
     "a year earlier", "DATE", "2009-Q1"),
    ("2010-02-10", "Profit rose 5% from October to December from a year earlier.",
     "a year earlier", "DATE", "2008-Q4"),
    ("2010-02-10", "Profit rose 5% in the three months ended Dec. 31 from a year earlier.",
     "a year earlier", "DATE", "2008-Q4"),
    ("2010-05-10", "Profit rose 5% in the three months to March, compared with the year-ago "
     "period.", "the year-ago period", "DATE", "2009-Q1"),
    ("2010-08-10", "Net income rose in the six months to June from a year earlier.",
     "a year earlier", "DATE", "2009-H1"),
    # I controls
    ("2010-05-10", "Profit rose 5% in the first quarter from a year earlier.", "a year earlier",
     "DATE", "2009-Q1"),
    ("2010-05-10", "Inflation was 2.1 percent in March, down from 2.4 percent a year earlier.",
     "a year earlier", "DATE", "2009-03"),
    # J: a plan a present-perfect delay keeps ahead
    ("2026-11-28", "The school, which was due to reopen on Tuesday, has been delayed by a day.",
     "Tuesday", "DATE", "2026-12-01"),
    ("2026-11-28", "The school was due to reopen on Tuesday but the reopening has been delayed "
     "by a day.", "Tuesday", "DATE", "2026-12-01"),
    # J controls: the plan was kept, or the delay is told in the past perfect
    ("2026-11-27", "The school was due to reopen on Tuesday and did so.", "Tuesday", "DATE",
     "2026-11-24"),
    ("2026-11-27", "The school was due to reopen on Tuesday, but it had been delayed by a day.",
     "Tuesday", "DATE", "2026-11-24"),
    # J controls: the day of announcing or planning, a new date, a day nearer behind
    ("2026-11-28", "The timetable, published on Tuesday, has been put back.", "Tuesday", "DATE",
     "2026-11-24"),
    ("2026-11-28", "The rota issued on Tuesday has been pushed back.", "Tuesday", "DATE",
     "2026-11-24"),
    ("2026-11-28", "The takeover, prepared since Tuesday, has been postponed.", "since Tuesday",
     "DURATION", None),
    ("2026-11-28", "The ballot, which was due on Tuesday, has been postponed until next month.",
     "Tuesday", "DATE", "2026-11-24"),
    ("2026-11-27", "The hearing was set to open on Thursday but has been postponed by a strike.",
     "Thursday", "DATE", "2026-11-26"),
    # A controls: an act done afterwards to a past event
    ("2026-11-27", "The council said Monday's decision would be overturned on appeal.",
     "Monday", "DATE", "2026-11-23"),
    ("2026-11-27", "Officials said Monday's fire would be investigated by police.", "Monday",
     "DATE", "2026-11-23"),
    ("2026-11-27", "Organisers said Monday's race would be rerun.", "Monday", "DATE",
     "2026-11-23"),
    ("2026-11-27", "Analysts said Monday's attack will shape the race.", "Monday", "DATE",
     "2026-11-23"),
    # A: the event itself going ahead, or called off before it happens
    ("2024-07-15", "The treasurer said Wednesday's budget will raise fuel duty.", "Wednesday",
     "DATE", "2024-07-17"),
    ("2025-12-22", "Christmas Day's carol concert has been called off.", "Christmas", "DATE",
     "2025-12-25"),
    ("2026-11-27", "Officials said Monday's ceremony would take place indoors.", "Monday",
     "DATE", "2026-11-30"),
    ("2026-11-27", "The club said Monday's fixture would be played behind closed doors.",
     "Monday", "DATE", "2026-11-30"),
    # B controls: "later" coordinated with the flashback counts from the flashback's day
    ("2023-03-21", "The hearing opened on March 6. The witness had left two weeks earlier and "
     "was found a week later.", "a week later", "DATE", "2023-02-27"),
    ("2023-03-21", "The man was held on March 6. He had stolen the car three days earlier, and "
     "crashed it a day later.", "a day later", "DATE", "2023-03-04"),
    # F: a half, and a span that is neither keeps its months
    ("2026-06-10", "Imports fell in the January-June period.", "the January-June period", "DATE",
     "2026-H1"),
    ("2026-11-10", "Imports fell in the July-December period.", "the July-December period",
     "DATE", "2026-H2"),
    ("2026-06-10", "The study spans the April to September period.", "September", "DATE",
     "2026-09"),
    # G control: a noun of warning, long past
    ("2026-06-10", "A warning of storms in the spring was ignored, and the dam failed in May.",
     "the spring", "DATE", "2026-SP"),
    # H controls: the month of the act of revealing, a forecast, a whole year back
    ("2024-04-25", "The agency will publish and reveal the export figures in June.", "June",
     "DATE", "2024-06"),
    ("2024-04-25", "Projections show unemployment climbing in October.", "October", "DATE",
     "2024-10"),
    ("2024-04-25", "The poll will show whether rents rise in September.", "September", "DATE",
     "2024-09"),
    ("2024-04-25", "The agency will reveal the export figures in March.", "March", "DATE",
     "2025-03"),
    ("2024-04-25", "Figures next week will show output in June.", "June", "DATE", "2024-06"),
    # a clock time naming its own weekday keeps that day
    ("2026-11-27", "Heavy rain fell on Wednesday. A flood alert was in force until 9 p.m. "
     "Friday.", "9 p.m. Friday", "TIME", "2026-11-27T21:00"),
    ("2026-11-27", "Crowds gathered on Sunday and vowed to return on Saturday. A ban was in "
     "force until 8 p.m. Friday.", "8 p.m. Friday", "TIME", "2026-11-27T20:00"),
]


@pytest.mark.parametrize(("published", "text", "expression", "kind", "value"), CASES)
def test_revised_values_and_controls(times_nlp, published, text, expression, kind, value):
    found = values(times_nlp, text, date.fromisoformat(published))
    assert expression in found, f"{expression!r} not in {sorted(found)}"
    assert found[expression] == (kind, value)


@pytest.mark.parametrize(("published", "text", "absent"), [
    ("2026-05-10", "It happened 2 hours, 3 days later.", "2 hours, 3 days"),
    ("2026-05-10", "The firm said in a recent SEC filing that it would cut jobs.", "recent SEC"),
    ("2026-05-10", "Sales rose in the April-September period.", "the April-September period"),
    ("2026-05-10", "Sales rose in the April to September period.", "the April to September period"),
])
def test_no_joined_reading(times_nlp, published, text, absent):
    found = values(times_nlp, text, date.fromisoformat(published))
    assert absent not in found
