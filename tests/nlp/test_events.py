"""The events component: PLOVER types, actors, targets, place, time, claim and quantity links
on sentences written for these tests, bad input, and the seed article (read from ../shared)."""

from __future__ import annotations

import importlib.util
import json
import time
from datetime import date

import pytest

from claimledger import lexicon
from claimledger.record import PLOVER_TYPES, Claim, Quantity, TextSpan, Time


def events_of(nlp, text: str, published: date | None = date(2025, 3, 14)):
    doc = nlp.make_doc(text)
    doc._.cl_published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc, doc._.cl_events


def rerun_events(nlp, doc):
    """Run only the events component again (after a test changed what it reads)."""
    return nlp.get_pipe("claimledger_events")(doc)._.cl_events


def one(events, kind: str):
    hits = [e for e in events if e.type == kind]
    assert len(hits) == 1, [(e.type, e.trigger.text, e.actors) for e in events]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "kind", "mode", "actor", "target"),
    [
        ("Belarus deployed 5,000 troops to the border with Lithuania last week.",
         "MOBILIZE", "troops", "e:belarus", None),
        ("Polish troops were redeployed to the eastern border in March.",
         "MOBILIZE", "troops", "e:poland", None),
        ("Iran supplied large numbers of attack drones to Russia in 2023.",
         "AID", "military", "e:iran", "e:russia"),
        ("Turkey sent fuel oil to Syria.", "AID", "economic", "e:turkey", "e:syria"),
        ("Hungary's foreign minister held talks with Chinese officials on Monday.",
         "CONSULT", None, "e:hungary", "e:china"),
        ("Azerbaijani forces attacked Armenian positions on Tuesday.",
         "ASSAULT", None, "e:azerbaijan", "e:armenia"),
        ("The European Union imposed new sanctions on Iran.",
         "SANCTION", None, "e:european-union", "e:iran"),
        ("Georgian police arrested three Russian citizens in Tbilisi.",
         "COERCE", "arrest", "e:georgia", "e:russia"),
        ("Moldova expelled two Russian diplomats.", "SANCTION", "expel", "e:moldova", "e:russia"),
        ("Japan condemned the missile launch.", "ACCUSE", None, "e:japan", None),
        ("Lithuania withdrew its ambassador from Minsk.", "RETREAT", "withdraw",
         "e:lithuania", None),
        ("Mongolia signed a trade agreement with Kazakhstan.", "AGREE", None, "e:mongolia",
         "e:kazakhstan"),
    ],
)
def test_trigger_type_actor_and_target(nlp, text, kind, mode, actor, target):
    _, events = events_of(nlp, text)
    event = one(events, kind)
    assert event.type in PLOVER_TYPES
    assert event.mode == mode
    assert actor in event.actors
    if target:
        assert target in event.targets


def test_passive_agent_is_the_actor(nlp):
    _, events = events_of(nlp, "The convoy was attacked by Houthi fighters near Hodeidah.")
    assert events == [] or all("e:hodeidah" not in e.actors for e in events)
    _, events = events_of(nlp, "Kharkiv was shelled by Russia on Friday.")
    assert one(events, "ASSAULT").actors == ["e:russia"]


def test_pronoun_subject_in_reported_speech_is_the_speaker(nlp):
    _, events = events_of(nlp, "Estonia said it had detained a Russian spy.")
    assert one(events, "COERCE").actors == ["e:estonia"]


def test_raising_verb_subject_is_the_doer(nlp):
    _, events = events_of(nlp, "Iran is believed to have shipped missiles to Yemen.")
    event = one(events, "AID")
    assert event.actors == ["e:iran"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia could send troops to Belarus.",
        "Japan did not send troops to the region.",
        "If Serbia deploys troops, Kosovo will protest.",
        "Finland is expected to sign the treaty next week.",
        "Chinese troops were sent to the border to attack the outposts.",
        "Soldiers were killed near the river.",
    ],
)
def test_irrealis_and_actorless_events_are_not_listed(nlp, text):
    _, events = events_of(nlp, text)
    assert all(e.type != "ASSAULT" for e in events), events
    if text.startswith(("Russia could", "Japan did not", "Finland")):
        assert events == []


def test_location_is_the_most_specific_place_and_grounded(nlp):
    text = "Ukrainian troops mounted an offensive in Russia's Belgorod region on Sunday."
    _, events = events_of(nlp, text)
    event = one(events, "ASSAULT")
    assert event.actors == ["e:ukraine"]
    assert event.location.name == "Belgorod"
    assert event.location.text == "Belgorod region"
    assert text[event.location.span[0]:event.location.span[1]] == "Belgorod region"


def test_trip_destination_is_the_location_of_talks(nlp):
    _, events = events_of(
        nlp, "Austria's chancellor flew to Ankara for talks with Turkish leaders.")
    event = one(events, "CONSULT")
    assert event.location.name == "Ankara" and event.location.geonames == 323786
    assert "e:turkey" in event.targets


def test_time_from_the_clause_never_from_publication(nlp):
    _, events = events_of(
        nlp, "Belarus deployed troops to the border. Serbia deployed troops last week.")
    first, second = sorted(events, key=lambda e: e.trigger.span)
    assert second.time is not None and second.time.text == "last week"
    assert first.time is None  # nothing in its clause; the publication date is not used


def test_time_linking_with_times_set_by_hand(nlp):
    text = "Belarus deployed troops to the border in the spring."
    doc = nlp(text)
    start = text.index("the spring")
    doc._.cl_times = [Time("t9", "the spring", (start, start + len("the spring")), "DATE",
                           "2024-SP", "2024-03-01", "2024-05-31")]
    event = one(rerun_events(nlp, doc), "MOBILIZE")
    assert (event.time.start, event.time.end, event.time.time) == (
        "2024-03-01", "2024-05-31", "t9")


def test_when_clause_takes_the_main_clause_time(nlp):
    _, events = events_of(nlp, "The war began in March 2003 when American troops invaded Iraq.")
    event = one(events, "ASSAULT")
    assert event.time.start == "2003-03-01" and event.time.end == "2003-03-31"
    assert event.location.name == "Iraq"  # the country invaded is where it happened


def test_claim_link_both_ways_with_claims_set_by_hand(nlp):
    text = "Lithuania said Belarusian troops were redeployed to the border."
    doc = nlp(text)
    start = text.index("Belarusian")
    claim = Claim(id="c7", source=None, cue=None,
                  content=TextSpan(text[start:-1], (start, len(text) - 1)))
    doc._.cl_claims = [claim]
    event = one(rerun_events(nlp, doc), "MOBILIZE")
    assert event.claim == "c7"
    assert claim.events == [event.id]


def test_ongoing_event_in_a_statement_takes_the_statement_time(nlp):
    _, events = events_of(
        nlp, "On March 3, the ministry said Polish forces were conducting raids in the area.")
    event = one(events, "ASSAULT")
    assert event.time is not None and event.time.start == "2025-03-03"


def test_quantities_in_the_clause_are_linked(nlp):
    text = "Belarus deployed 5,000 troops to the border."
    doc = nlp(text)
    start = text.index("5,000")
    doc._.cl_quantities = [Quantity("q4", "5,000", (start, start + 5), 5000)]
    event = one(rerun_events(nlp, doc), "MOBILIZE")
    assert event.quantities == ["q4"]


def test_repeated_event_without_time_is_listed_once(nlp):
    text = ("Belarus Sends Troops to the Border\n\n"
            "Belarus sent troops to the border on Monday, the ministry said.")
    _, events = events_of(nlp, text)
    mobilize = [e for e in events if e.type == "MOBILIZE"]
    assert len(mobilize) == 1 and mobilize[0].time is not None


def test_lexicon_documents_the_troops_and_supplies_rule():
    triggers = lexicon.load("event_triggers.json")
    assert "MOBILIZE" in triggers["_rule_troops_and_supplies"]
    assert "AID" in triggers["_rule_troops_and_supplies"]
    for rules in triggers["verbs"].values():
        for rule in rules:
            assert rule["type"] in PLOVER_TYPES
            assert rule.get("object") in (None, *triggers["object_classes"])


# -- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", " ", "attack", "Russia", "sent sent sent troops troops", "(((talks)))",
     "Россия направила войска.", "북한이 러시아에 병력을 보냈다."],
)
def test_bad_input_does_not_crash(nlp, text):
    _, events = events_of(nlp, text)
    for event in events:
        assert text[event.trigger.span[0]:event.trigger.span[1]] == event.trigger.text


def test_many_triggers_in_bounded_time(nlp):
    text = " ".join(
        f"Country{i % 7} forces attacked, shelled and captured villages on day {i}; "
        f"Belarus deployed troops and Iran supplied drones to Russia." for i in range(200))
    start = time.perf_counter()
    _, events = events_of(nlp, text)
    assert time.perf_counter() - start < 60
    assert events


# -- the seed article ---------------------------------------------------------------------


def _scorer(shared):
    spec = importlib.util.spec_from_file_location("cl_score", shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_seed_events_against_gold(seed_record, shared):
    gold = json.loads((shared / "corpus" / "dev" / "seed-nk-troops.gold.json").read_text())
    metrics = _scorer(shared).score(seed_record.to_dict(), gold)
    assert metrics["entities"]["found"] >= 0.95 * metrics["entities"]["gold"]
    events = metrics["events"]
    assert events["found"] >= 0.8 * events["gold"], events
    assert events["predicted_matching_gold"] >= 0.7 * events["predicted"], events


@pytest.mark.shared
def test_seed_events_are_linked_to_claims_and_places(seed_record):
    by_trigger = {e.trigger.text: e for e in seed_record.events}
    redeployed = by_trigger["redeployed"]
    assert redeployed.actors == ["e:north-korea"]
    assert redeployed.location.name == "Kursk"
    assert redeployed.claim is not None
    claim = next(c for c in seed_record.claims if c.id == redeployed.claim)
    assert redeployed.id in claim.events


def test_the_age_of_a_target_is_not_when_it_was_hit():
    import claimledger

    record = claimledger.extract("Ruritanian artillery shelled a 300-year-old monastery near "
                                 "Izium on Monday.", published="2025-02-27")
    assert [(e.time.text, e.time.start) for e in record.events if e.time] == [
        ("Monday", "2025-02-24")]


@pytest.mark.parametrize(("text", "time"), [
    ("Russia launched a two-day assault on Avdiivka.", "two-day"),  # its own length
    ("Russia shelled Kharkiv in a 12-hour barrage on Monday.", "Monday"),  # a date beats a length
    ("Russia launched a two-week offensive, its biggest since 2023.", "two-week"),  # a comparison
    ("Russia has shelled the town for two weeks, since Oct. 1.", "Oct. 1"),  # where it started
])
def test_which_time_dates_an_event(text, time):
    import claimledger

    record = claimledger.extract(text, published="2025-02-27")
    assert [e.time.text for e in record.events if e.time] == [time]
