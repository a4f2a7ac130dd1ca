"""The claims component on sentences written for these tests, bad input, and the seed article.

Every sentence here is our own; the seed article is read from ../shared (skipped where absent).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import time
from pathlib import Path

import pytest

import claimledger
from claimledger.nlp.claim_quotes import quote_regions
from claimledger.nlp.claims import ClaimsComponent

PUBLISHED = "2025-04-01"


def claims_of(text: str, published: str = PUBLISHED):
    return claimledger.extract(text, published=published, id="test").claims


def one(text: str, cue: str | None = None):
    """The claim of ``text`` (whose cue is ``cue``, where several are found)."""
    found = claims_of(text)
    if cue is not None:
        found = [c for c in found if c.cue is not None and c.cue.text == cue]
    assert len(found) == 1, [(c.cue and c.cue.text, c.content.text) for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content_has"),
    [
        ("The defence ministry said on Monday that two bridges had been destroyed.",
         "The defence ministry", "said", "two bridges had been destroyed"),
        ("Two bridges were destroyed overnight, the regional governor said.",
         "the regional governor", "said", "Two bridges were destroyed overnight"),
        ("The harbour was mined last week, said the navy commander.",
         "the navy commander", "said", "The harbour was mined"),
        ("According to the regional governor, forty people were evacuated from the village.",
         "the regional governor", "According to", "forty people were evacuated"),
        ("Forty people were evacuated from the village, according to local officials.",
         "local officials", "according to", "Forty people were evacuated"),
        ("The mayor warned that the river could burst its banks by Friday.",
         "The mayor", "warned", "the river could burst its banks"),
        ("The opposition leader denied that her party had received foreign money.",
         "The opposition leader", "denied", "her party had received foreign money"),
        ("Drones Hit Fuel Depot Near Border, Says Regional Governor",
         "Regional Governor", "Says", "Drones Hit Fuel Depot"),
        ("The rebels accused the army of shelling a school.",
         "The rebels", "accused", "shelling a school"),
        ("The prime minister vowed to rebuild every damaged hospital.",
         "The prime minister", "vowed", "to rebuild every damaged hospital"),
    ],
)
def test_reporting_constructions(text, source, cue, content_has):
    claim = one(text, cue)
    assert claim.source is not None and claim.source.text == source
    assert content_has in claim.content.text
    assert text[slice(*claim.content.span)] == claim.content.text


def test_citing_a_source_inside_a_statement_is_a_hedge_not_a_claim():
    text = "Citing preliminary figures, the mayor said twelve houses had burned down."
    claim = one(text)
    assert claim.source.text == "the mayor"
    assert "twelve houses" in claim.content.text
    assert "preliminary" in claim.hedges


def test_citing_as_the_source_of_an_unreported_clause():
    claim = one("Grain exports fell by a third in May, citing figures from Reuters.", "citing")
    assert claim.source is not None and "Reuters" in claim.source.text
    assert "Grain exports fell by a third" in claim.content.text


def test_multi_sentence_direct_quotation():
    text = "“We will not retreat. Our units hold the line,” the commander said on Tuesday."
    claim = one(text)
    assert claim.quote is True
    assert claim.content.text == "We will not retreat. Our units hold the line"
    assert claim.source.text == "the commander"


def test_quotation_that_goes_on_after_the_cue():
    text = ("“We lost contact with the convoy at dawn,” the spokeswoman said. "
            "“Rescue teams are searching the valley now.”")
    claim = one(text)
    assert claim.quote is True
    assert claim.content.text.startswith("We lost contact")
    assert claim.content.text.endswith("searching the valley now.")


def test_multi_paragraph_quotation_is_one_region():
    text = ("The envoy said: “The talks went well.\n\n"
            "“Both sides agreed to meet again next month.”\n\nNothing else was said.")
    regions = quote_regions(text)
    assert len(regions) == 1
    assert text[regions[0].start:regions[0].end].endswith("next month.”")


def test_quote_that_never_closes_is_cut_at_its_paragraph():
    text = "The mayor said “the water is safe to drink\n\nOther news followed here today."
    regions = quote_regions(text)
    assert len(regions) == 1 and regions[0].closed is False
    assert "Other news" not in text[regions[0].start:regions[0].end]
    assert claims_of(text)  # no crash, and the claim is still found


def test_statement_carried_by_a_channel():
    text = ("In a statement carried by state television, the interior ministry said the strike "
            "killed three soldiers.")
    claim = one(text)
    assert claim.source.text == "the interior ministry"
    assert claim.via is not None and claim.via.text == "state television"
    assert text[slice(*claim.via.span)] == claim.via.text


def test_quoted_as_saying_gives_speaker_and_channel():
    text = ("The news agency Interfax quoted Minister Petrov as saying the border would "
            "stay closed until May.")
    speaker = one(text, "saying")
    assert speaker.source.text == "Minister Petrov"
    assert speaker.via is not None and "Interfax" in speaker.via.text
    assert "border would stay closed" in speaker.content.text


def test_two_subjects_make_one_source():
    claim = one("The news agency Interfax said the border would stay closed.")
    assert claim.source.text == "The news agency Interfax"


def test_conjoined_cue_shares_the_source():
    text = "The minister said the border was closed and said talks would resume in June."
    found = claims_of(text)
    assert len(found) == 2
    assert all(c.source is not None and c.source.text == "The minister" for c in found)
    assert "talks would resume" not in found[0].content.text
    assert "talks would resume" in found[1].content.text


def test_pronoun_source_resolves_to_the_person_before_it():
    text = ("Interior Minister Karl Olsen visited the burned depot on Friday. "
            "He said the fire was under control.")
    claim = one(text)
    assert claim.source.text == "He"
    assert claim.source.name == "Karl Olsen"


def test_added_that_in_the_next_sentence_keeps_the_speaker():
    text = "Mayor Anna Berg said the dam had held. She added that more rain was expected."
    found = claims_of(text)
    assert [c.source.name for c in found] == ["Anna Berg", "Anna Berg"]


def test_relative_pronoun_source_is_resolved_to_its_antecedent():
    text = "The Interior Ministry, which said the convoy was attacked, did not give numbers."
    claim = one(text)
    assert claim.source.text == "which"
    assert claim.source.name is not None and "Interior Ministry" in claim.source.name


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("It is believed that the convoy carried ammunition.", "believed"),
        ("The convoy reportedly carried ammunition across the river.", "reportedly"),
    ],
)
def test_sourceless_attributions_are_kept_with_a_hedge(text, hedge):
    claim = one(text)
    assert claim.source is None
    assert hedge in claim.hedges
    assert "ammunition" in claim.content.text


def test_hedges_in_the_content():
    claim = one("The agency said it was still trying to determine how many people died.")
    assert "still trying to determine" in claim.hedges


def test_claim_on_a_claim_gives_both():
    found = claims_of("The ministry said the rebels claimed they had shot down a drone.")
    sources = sorted(c.source.text for c in found)
    assert sources == ["The ministry", "the rebels"]


def test_negated_cue_is_no_claim():
    assert claims_of("The army has not confirmed the report about the bridge.") == []


def test_first_person_cue_inside_a_quotation_is_the_speakers_own():
    found = claims_of("“I think the ceasefire will hold,” the envoy said.")
    assert len(found) == 1 and found[0].source.text == "the envoy"


def test_transcript_speaker_line():
    found = claims_of("HOST: Will the talks resume this week?\n\n"
                      "MINISTER: They will resume on Monday.")
    assert [c.source.text for c in found] == ["HOST", "MINISTER"]
    assert found[1].content.text == "They will resume on Monday."


# -- said ------------------------------------------------------------------------------------

def test_said_is_the_time_governed_by_the_cue():
    claim = one("On March 3, the governor said the roads were open again.")
    assert claim.said is not None
    assert (claim.said.start, claim.said.end) == ("2025-03-03", "2025-03-03")


def test_said_in_a_statement_on_a_date():
    claim = one("In a statement on Jan. 14, the agency said the crossing had reopened.")
    assert claim.said is not None and claim.said.start == "2025-01-14"


def test_time_inside_the_content_is_not_when_it_was_said():
    claim = one("The governor said the roads were closed on March 3.")
    assert claim.said is None  # never the publication date by default
    assert claim.times  # the content's own time is linked instead


def test_at_the_time_points_back_to_the_earlier_statement():
    text = ("In February, the health minister said the outbreak was contained. "
            "Citing early data, she said at the time that 40 people had fallen ill.")
    found = claims_of(text)
    assert len(found) == 2
    assert found[1].said is not None and found[1].said.start == found[0].said.start


def test_quantities_inside_the_content_are_linked():
    record = claimledger.extract("Officials said more than 300 people were evacuated.",
                                 published=PUBLISHED)
    claim = record.claims[0]
    inside = {q.id for q in record.quantities
              if claim.content.span[0] <= q.span[0] and q.span[1] <= claim.content.span[1]}
    assert inside and set(claim.quantities) == inside


# -- bad input ------------------------------------------------------------------------------

def _bad_inputs() -> dict[str, str]:
    words = "the minister said that the convoy moved north and the army said troops left "
    return {
        "empty": "",
        "spaces": " \n\n \t ",
        "huge sentence": (words * 400).strip(),
        "unclosed quotes": "“He said “it is over and “nothing will change " * 50,
        "no punctuation": "officials say the town was shelled again residents say " * 200,
        "table": "\n".join(f"Region {i}\t{i * 7}\t{i * 3}%\tsaid" for i in range(300)),
        "list": "\n".join(f"- item {i}: said to be closed" for i in range(300)),
        "odd characters": "\x00\ufeff“”«»„\"\"''`` —―\u200b" * 40,
    }


@pytest.mark.parametrize("name", list(_bad_inputs()))
def test_bad_input_does_not_crash_and_is_fast(nlp, name):
    text = _bad_inputs()[name]
    doc = nlp(text)
    component = nlp.get_pipe("claimledger_claims")
    started = time.perf_counter()
    component(doc)
    assert time.perf_counter() - started < 2.0
    for claim in doc._.cl_claims:
        assert text[slice(*claim.content.span)] == claim.content.text


def test_long_sentence_is_skipped_with_a_reason(nlp, caplog):
    component = ClaimsComponent(nlp, max_sentence_tokens=50)
    doc = nlp(("the minister said that the convoy moved north " * 20).strip())
    with caplog.at_level(logging.INFO, logger="claimledger"):
        component(doc)
    assert doc._.cl_claims == []
    assert any("skipped" in r.getMessage() for r in caplog.records)


# -- the seed article -----------------------------------------------------------------------

def _scorer(shared):
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_seed_claims_recall_and_precision(seed_record, shared):
    import json

    gold = json.loads((shared / "corpus/dev/seed-nk-troops.gold.json").read_text("utf-8"))
    metrics = _scorer(shared).score(seed_record.to_dict(), gold)["claims"]
    assert metrics["found_ignoring_date"] / metrics["gold"] >= 0.95, metrics
    assert metrics["predicted_matching_gold"] / metrics["predicted"] >= 0.90, metrics


@pytest.mark.shared
def test_seed_sources_and_chains(seed_record):
    by_source = {}
    for claim in seed_record.claims:
        assert claim.id.startswith("c")
        if claim.source is not None:
            by_source.setdefault(claim.source.name, []).append(claim)
    assert "Andrei Belousov" in by_source  # quoted … as saying
    assert any(c.via is not None for c in by_source["Andrei Belousov"])
    pronoun = [c for c in seed_record.claims if c.source and c.source.text == "he"]
    assert pronoun and all(c.source.name == "Volodymyr Zelenskyy" for c in pronoun)


def test_quotation_continued_in_the_next_paragraph_stays_with_its_speaker():
    text = ("“The bridge is closed to all traffic,” the police chief said.\n\n"
            "“Drivers should use the northern road until further notice.”")
    claim = one(text)
    assert claim.source.text == "the police chief"
    assert claim.content.text.endswith("until further notice.")


def test_dash_signed_quotation():
    claim = one("“We only want to go home before winter comes.” ― Olga Marchenko\n")
    assert claim.source is not None and claim.source.text == "Olga Marchenko"
    assert claim.quote is True


def test_headline_with_a_speaker_and_colon():
    found = claims_of("Governor: Evacuation Will Continue Through Weekend\n\nThe storm moved on.")
    assert len(found) == 1 and found[0].source.text == "Governor"


def test_a_description_without_a_name_gets_no_invented_name():
    claim = one("The report said casualties were rising in the east.")
    assert claim.source.text == "The report"
    assert claim.source.name is None and claim.source.entity is None


def test_said_is_carried_one_sentence_at_most():
    text = ("The ministry issued its figures on March 3. The ministry said 40 drones were downed. "
            "The governor said the roads were open.")
    first, second = claims_of(text)
    assert first.said is not None and first.said.start == "2025-03-03"
    assert second.said is None


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("The foreign minister told Reuters that the embassy would reopen in June.", "Reuters"),
        ("In an interview with Al Jazeera, the foreign minister said the embassy would reopen.",
         "Al Jazeera"),
    ],
)
def test_channel_of_an_interview(text, via):
    claim = one(text)
    assert claim.source.text.lower() == "the foreign minister"
    assert claim.via is not None and claim.via.text == via


def test_of_two_complements_the_one_after_the_cue_is_the_content():
    claim = one("The summit opens on Thursday; it is feared the delegation may walk out.")
    assert claim.source is None
    assert claim.content.text == "the delegation may walk out"


def test_according_to_a_carrier_quoting_the_source():
    claim = one("According to the Interfax agency, quoting the regional governor, "
                "the bridge has been closed since dawn.")
    assert claim.source.text == "the regional governor"
    assert claim.via is not None and claim.via.text == "the Interfax agency"
    assert claim.content.text.startswith("the bridge has been closed")


def test_inverted_cue_with_the_source_after_a_quotation():
    claim = one("“The ceasefire is over and the guns are firing again,” added the spokesman.")
    assert claim.source is not None and claim.source.text == "the spokesman"


# -- source resolution: indefinites, agreement, possessives, names, datelines -----------------

SAMPLES = Path(claimledger.__file__).resolve().parent / "examples" / "north-korea-troops.jsonl"


def _sample(article_id: str) -> dict:
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if article["id"] == article_id:
            return article
    raise KeyError(article_id)


def source_of(text: str, source_text: str):
    """The source (text, entity, name) of the claim whose source is written ``source_text``."""
    found = [c for c in claims_of(text) if c.source is not None and c.source.text == source_text]
    assert found, [(c.source and c.source.text, c.content.text) for c in claims_of(text)]
    return found[0].source


@pytest.mark.parametrize(
    ("text", "source", "names"),
    [
        ("Defence Minister Ivo Rask toured the harbour on Monday. A Pentagon spokesman said the "
         "ships would leave on Friday.", "A Pentagon spokesman", {"Pentagon"}),
        ("Foreign Minister Tomas Berg arrived in Riga. A senior Latvian official said the treaty "
         "was ready.", "A senior Latvian official", {"Latvia"}),
        ("President Lina Vos met the envoy on Monday. One diplomat said the meeting had been "
         "tense.", "One diplomat", {None}),
        ("The navy chief, Admiral Karl Sten, reviewed the fleet. A spokesman said the exercise "
         "would be extended.", "A spokesman", {None}),
        ("General Marta Kowal visited the front on Sunday. A spokesman for the Polish defence "
         "ministry said the visit had been planned for weeks.",
         "A spokesman for the Polish defence ministry",
         {None, "Poland", "Polish defence ministry"}),
        ("Two days earlier, the chief of Russia's general staff, Valery Gerasimov, had praised "
         "the soldiers. A spokesman for the Ukrainian general staff said fighting was continuing.",
         "A spokesman for the Ukrainian general staff", {None, "Ukraine"}),
        ("A report by Baltic Watch said the dam had held.", "A report by Baltic Watch",
         {"Baltic Watch"}),
    ],
)
def test_indefinite_description_is_a_new_referent(text, source, names):
    found = source_of(text, source)
    assert found.name in names, found
    if found.name is None:
        assert found.entity is None


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        # a plural never stands for one person
        ("President Jonas Mets addressed parliament on Tuesday. The lawmakers said they would "
         "vote against the bill.", "The lawmakers", None),
        ("President Anna Berg said on Monday that the dam had held. On Tuesday, lawmakers briefed "
         "by the intelligence service said at least 100 soldiers had been killed. The troops "
         "lacked winter gear, according to the lawmakers.", "the lawmakers", None),
        ("President Lina Vos met union leaders on Monday. They said the strike would go on.",
         "They", None),
        # an organisation's description never stands for a person, a person's never for a state
        ("Interior Minister Karl Olsen visited the depot. The ministry said the fire was under "
         "control.", "The ministry", None),
        ("The Finnish government announced new sanctions. The minister said they would take "
         "effect in May.", "The minister", None),
        # compatible descriptions still resolve
        ("Mayor Anna Berg visited the dam on Sunday. The mayor said the dam had held.",
         "The mayor", "Anna Berg"),
        ("Estonia closed its border on Monday. Officials said the crossing would stay shut.",
         "Officials", "Estonia"),
        ("Defence Minister Ivo Rask toured the harbour. A Pentagon spokesman said the ships would "
         "leave on Friday. The spokesman added that the harbour was safe.", "The spokesman",
         "Pentagon"),
    ],
)
def test_descriptions_agree_in_number_and_kind(text, source, name):
    found = source_of(text, source)
    assert found.name == name, found
    if name is None:
        assert found.entity is None


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        ("The Kremlin rejected the report. Ukrainian President Volodymyr Zelenskyy said this "
         "week that his intelligence services believed as many as 10,000 North Korean personnel "
         "could be preparing to join Russian forces.", "his intelligence services", None),
        ("The Kremlin rejected the report. Chancellor Ulla Kask said her government believed "
         "the figures were accurate.", "her government", None),
        ("Norway protested on Friday. Its foreign ministry said the ship had entered Norwegian "
         "waters.", "Its foreign ministry", "Norway"),
    ],
)
def test_possessive_pronoun_description_belongs_to_its_owner(text, source, name):
    found = source_of(text, source)
    assert found.name == name, found
    if name is None:
        assert found.entity is None


def _resolve_without_entities(nlp, text: str, source_text: str):
    """Resolve ``source_text`` (its last occurrence) as if no entity had been found."""
    from claimledger.nlp.claim_sources import SourceResolver, referents

    doc = nlp(text)
    doc._.cl_entities = []
    doc.ents = []
    known = nlp.get_pipe("claimledger_claims").known_word
    resolver = SourceResolver(doc, referents(doc), known)
    start = text.rindex(source_text)
    span = doc.char_span(start, start + len(source_text))
    return resolver.resolve(span.start, span.end)


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        ("Zelenskyy announced on Saturday that the prisoners would be exchanged.", "Zelenskyy",
         "Zelenskyy"),
        ("Prime Minister Aino Kallasvuo visited Oulu on Friday. Kallasvuo said on Saturday that "
         "the border would reopen.", "Kallasvuo", "Aino Kallasvuo"),
        ("Talks ended early. Spokesman Dmitry Orlov told reporters the claims were false.",
         "Spokesman Dmitry Orlov", "Dmitry Orlov"),
        ("Research suggests the figures are too low.", "Research", None),
        ("Witnesses said the bridge had collapsed.", "Witnesses", None),
    ],
)
def test_a_name_the_entities_missed_keeps_its_written_or_full_form(nlp, text, source, name):
    resolved = _resolve_without_entities(nlp, text, source)
    assert resolved.entity is None
    assert resolved.name == name


@pytest.mark.parametrize(
    ("text", "source", "content_start"),
    [
        ("WASHINGTON (Northgate) - About 10,000 soldiers have been sent to eastern Russia, the "
         "Pentagon said on Monday.", "the Pentagon", "About 10,000"),
        ("Missiles fired at sea\n\nSEOUL (Reuters) — North Korea fired two missiles on Monday, "
         "South Korea's military said.", "South Korea's military", "North Korea fired"),
        ("KYIV, Ukraine (AP) — Ukraine's air force said it had shot down 40 drones overnight.",
         "Ukraine's air force", "it had shot down"),
        ("OSLO, March 3 (Reuters) - Norway will raise its defence budget, the prime minister "
         "said.", "the prime minister", "Norway will raise"),
        ("MOSCOW — Russia said on Monday that it had taken a village near the river.", "Russia",
         "that it had taken"),
        ("ROME (Reuters) -- Italy will send more aid, the foreign minister told reporters.",
         "the foreign minister", "Italy will send"),
    ],
)
def test_a_dateline_is_neither_content_nor_source(text, source, content_start):
    claim = one(text)
    assert claim.source is not None and claim.source.text == source
    assert claim.content.text.startswith(content_start), claim.content.text
    assert text[slice(*claim.content.span)] == claim.content.text


@pytest.mark.parametrize(
    ("article", "source", "name", "content_start"),
    [
        ("harbour-2025-04-28-confirmation", "A spokesman for the Ukrainian general staff",
         {None, "Ukraine"}, "fighting"),
        ("harbour-2024-12-24-casualties", "the lawmakers", {None}, "The NIS said"),
        ("harbour-2024-10-18-deployment", "his intelligence services", {None}, "as many as"),
        ("northgate-2025-01-14-nis", "Zelenskyy", {"Zelenskyy", "Volodymyr Zelenskyy"},
         "that Ukrainian forces"),
        ("northgate-2024-11-01-kursk", "the Pentagon", {"Pentagon"}, "About 10,000"),
        ("northgate-2025-01-14-nis", "South Korea's spy agency",
         {None, "South Korea", "National Intelligence Service"}, "About 300"),
    ],
)
def test_sample_articles_sources(article, source, name, content_start):
    sample = _sample(article)
    found = [c for c in claims_of(sample["text"], sample["published"])
             if c.source is not None and c.source.text == source]
    assert found, article
    assert found[0].source.name in name, found[0].source
    assert found[0].content.text.startswith(content_start), found[0].content.text


def _claims_after(record, start: int) -> list[dict]:
    """The record's claims from char ``start`` on, spans made relative to it and ids dropped."""
    texts = {item.id: item.text for item in [*record.quantities, *record.times]}
    out = []
    for claim in record.to_dict()["claims"]:
        if claim["content"]["span"][0] < start:
            continue
        claim = json.loads(json.dumps(claim))
        for key in ("source", "cue", "content", "via"):
            if claim.get(key) and claim[key].get("span"):
                claim[key]["span"] = [claim[key]["span"][0] - start, claim[key]["span"][1] - start]
        if claim.get("said"):
            claim["said"].pop("time", None)
        claim["quantities"] = [texts[i] for i in claim["quantities"]]
        claim["times"] = [texts[i] for i in claim["times"]]
        for key in ("id", "events"):
            claim.pop(key, None)
        out.append(claim)
    return out


def test_a_republished_copy_gives_the_same_claims():
    first, second = _sample("northgate-2025-01-14-nis"), _sample("eastern-herald-2025-01-14-nis")
    body = "SEOUL (Northgate) - "
    records = [claimledger.extract(a["text"], published=a["published"], id=a["id"])
               for a in (first, second)]
    claims = [_claims_after(r, a["text"].index(body))
              for r, a in zip(records, (first, second), strict=True)]
    assert claims[0] and claims[0] == claims[1]


def test_hedges_of_a_conjoined_claim_stay_with_it():
    text = ("The governor announced on Saturday that the dam had held and said the town was "
            "ready to reopen if the rain could stop.")
    announced, said = one(text, "announced"), one(text, "said")
    assert "could" not in announced.hedges
    assert "could" in said.hedges


def test_a_time_after_a_preposition_verb_is_no_content():
    found = claims_of("President Jonas Mets spoke in Tallinn on Monday, and his advisers said "
                      "the plan would cost billions.")
    assert [c.cue.text for c in found] == ["said"]
