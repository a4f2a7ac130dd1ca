"""Exports: CSV tables, FollowTheMoney entities and JSON Lines, on hand-made records and on
the bundled sample articles (src/claimledger/examples) stored in a real ledger."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import claimledger
from claimledger.export import csv as csv_export
from claimledger.export import ftm, jsonl
from claimledger.ledger import Ledger
from claimledger.record import (
    About,
    ArticleInfo,
    Claim,
    ClaimSource,
    Entity,
    Event,
    EventTime,
    Location,
    Quantity,
    Record,
    Said,
    TextSpan,
    Time,
    Via,
    record_from_dict,
)

followthemoney = pytest.importorskip("followthemoney")
from followthemoney import model  # noqa: E402

EXAMPLES = Path(claimledger.__file__).parent / "examples" / "north-korea-troops.jsonl"

# A short report written for these tests; cells that start like formulas on purpose.
DRONES = (
    "Drones seen over the border\r\n\r\n"
    "North Korea's state agency, the Korean Central News Agency (KCNA), said on Monday that "
    "about 40 drones had crossed from the south.\n"
    "=HYPERLINK was scrawled on a placard in Zürich, and @channel posts from Łódź repeated "
    "it, reporters wrote.\n"
    "-12 degrees froze the river near 北京, the DPRK's envoy said, \"without any doubt\".\n"
    "Russian officials in the Kursk region denied any link, and their spokesman, Ivo Marek, "
    "told reporters the Skyhawk drone was not theirs. Marek did not say more.\n"
)
# A second report, to see places shared across articles.
DATELINE = (
    "ZÜRICH (Test Wire) - Pyongyang said on Tuesday that it had sent no drones.\n"
    "Officials in Zürich said +5 more sightings were under review.\n"
)


def _at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def drones_record() -> Record:
    text = DRONES
    at = lambda part, nth=0: _at(text, part, nth)  # noqa: E731
    entities = [
        Entity("e:north-korea", "North Korea", "GPE", ["North Korea", "DPRK", "North Korean"],
               [at("North Korea"), at("DPRK")], {"iso": "KP", "geonames": 1873107}),
        Entity("e:kcna", "Korean Central News Agency", "ORG",
               ["Korean Central News Agency", "KCNA"],
               [at("Korean Central News Agency"), at("KCNA")]),
        Entity("e:zurich", "Zürich", "GPE", ["Zürich"], [at("Zürich")],
               {"feature": "city", "geonames": 2657896, "lat": 47.3667, "lon": 8.55,
                "country": "CH"}),
        Entity("e:lodz", "Łódź", "GPE", ["Łódź"], [at("Łódź")]),
        Entity("e:beijing", "北京", "GPE", ["北京"], [at("北京")],
               {"feature": "city", "geonames": 1816670, "country": "CN", "custom": [1, "ü"]}),
        Entity("e:russia", "Russia", "GPE", ["Russia", "Russian"], [at("Russian")],
               {"iso": "RU", "geonames": 2017370}),
        Entity("e:kursk", "Kursk", "LOC", ["Kursk"], [at("Kursk")],
               {"feature": "region", "iso": "RU-KRS", "country": "RU",
                "subdivision": "Kurskaya oblast'"}),
        Entity("e:ivo-marek", "Ivo Marek", "PERSON", ["Ivo Marek", "Marek"],
               [at("Ivo Marek"), at("Marek", 1)]),
        Entity("e:skyhawk", "Skyhawk", "PRODUCT", ["Skyhawk"], [at("Skyhawk")]),
    ]
    return Record(
        article=ArticleInfo(id="drones-1", text=text, title="Drones seen over the border",
                            outlet="Test Wire", author="R. Porter",
                            url="https://example.org/drones", published="2025-03-04"),
        entities=entities,
        times=[Time("t1", "Monday", at("Monday"), "DATE", "2025-03-03", "2025-03-03",
                    "2025-03-03", anchor="published")],
        quantities=[
            Quantity("q1", "about 40", at("about 40"), 40, None, None, "approx", "drone",
                     "crossed", About("drones", None, at("drones"))),
            Quantity("q2", "-12", at("-12"), -12, None, None, "eq", "degree", "froze",
                     change="-12"),
        ],
        claims=[
            Claim("c1",
                  ClaimSource("the Korean Central News Agency (KCNA)",
                              at("the Korean Central News Agency (KCNA)"), "e:kcna",
                              "Korean Central News Agency"),
                  TextSpan("said", at("said")),
                  TextSpan("about 40 drones had crossed from the south",
                           at("about 40 drones had crossed from the south")),
                  said=Said("on Monday", "2025-03-03", "2025-03-03", "2025-03-03", "t1"),
                  quantities=["q1"], times=["t1"], events=["v1"]),
            Claim("c2", None, None,
                  TextSpan("=HYPERLINK was scrawled on a placard in Zürich",
                           at("=HYPERLINK was scrawled on a placard in Zürich")),
                  via=Via("@channel posts", None, at("@channel posts"))),
            Claim("c3",
                  ClaimSource("the DPRK's envoy", at("the DPRK's envoy"), "e:north-korea",
                              "North Korea"),
                  TextSpan("said", at("said", 1)),
                  TextSpan("-12 degrees froze the river near 北京",
                           at("-12 degrees froze the river near 北京")),
                  quote=False, hedges=["without any doubt"], quantities=["q2"]),
            Claim("c4",
                  ClaimSource("their spokesman, Ivo Marek", at("their spokesman, Ivo Marek"),
                              "e:ivo-marek", "Ivo Marek"),
                  TextSpan("told", at("told")),
                  TextSpan("the Skyhawk drone was not theirs",
                           at("the Skyhawk drone was not theirs")),
                  via=Via("reporters", None, at("reporters", 1))),
            Claim("c5",
                  ClaimSource("Skyhawk", at("Skyhawk"), "e:skyhawk", "Skyhawk"),
                  None, TextSpan("drone was not theirs", at("drone was not theirs"))),
        ],
        events=[Event("v1", "MOBILIZE", TextSpan("crossed", at("crossed")), "drones",
                      ["e:north-korea", "e:kcna"], ["e:unknown"],
                      Location("the south", None, None, None, None, at("the south")),
                      EventTime("on Monday", "2025-03-03", "2025-03-03", "t1"), "c1", ["q1"])],
    )


def dateline_record() -> Record:
    text = DATELINE
    at = lambda part, nth=0: _at(text, part, nth)  # noqa: E731
    return Record(
        article=ArticleInfo(id="dateline 2", text=text, title=None, outlet="Test Wire",
                            published="2025-03-05T09:30:00"),
        entities=[
            Entity("e:zurich", "ZÜRICH", "GPE", ["ZÜRICH", "Zürich"],
                   [at("ZÜRICH"), at("Zürich")],
                   {"feature": "city", "geonames": 2657896, "lat": 47.3667, "lon": 8.55,
                    "country": "CH"}),
            Entity("e:north-korea", "North Korea", "GPE", ["Pyongyang", "North Korea"],
                   [at("Pyongyang")],
                   {"iso": "KP", "geonames": 1873107, "metonyms": ["Pyongyang"]}),
        ],
        claims=[Claim("c1", ClaimSource("Pyongyang", at("Pyongyang"), "e:north-korea",
                                        "North Korea"),
                      TextSpan("said", at("said")),
                      TextSpan("it had sent no drones", at("it had sent no drones")))],
        quantities=[Quantity("q1", "+5", at("+5"), 5, 5, None, "eq", None, "sightings")],
    )


@pytest.fixture
def handmade() -> list[Record]:
    records = [drones_record(), dateline_record()]
    for record in records:
        record.check_spans()
    return records


@pytest.fixture(scope="module")
def example_records(nlp) -> list[Record]:
    """The bundled sample articles, extracted (never ../shared texts)."""
    records = []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        records.append(claimledger.extract(item.pop("text"), **item))
    return records


@pytest.fixture
def example_ledger(tmp_path: Path, example_records: list[Record]):
    with Ledger(tmp_path / "examples.db") as ledger:
        for record in example_records:
            assert ledger.add(record)
        yield ledger


def _csv(source, table: str) -> tuple[int, list[dict[str, str]], str]:
    out = io.StringIO(newline="")
    count = csv_export.write_table(source, table, out)
    text = out.getvalue()
    return count, list(csv.DictReader(io.StringIO(text, newline=""))), text


def _ftm_lines(source) -> list[str]:
    out = io.StringIO()
    count = ftm.write_entities(source, out)
    lines = out.getvalue().splitlines()
    assert count == len(lines)
    return lines


def _by_schema(lines: list[str]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for line in lines:
        item = json.loads(line)
        found.setdefault(item["schema"], []).append(item)
    return found


def _named(items: list[dict], name: str) -> dict:
    (item,) = [i for i in items if name in i["properties"].get("name", [])]
    return item


# --------------------------------------------------------------------------- CSV


def test_csv_counts_equal_the_ledgers(example_ledger: Ledger) -> None:
    stats = example_ledger.stats()
    mentions = sum(len(e.mentions) for r in example_ledger.records() for e in r.entities)
    assert stats["claims"] > 10 and stats["entities"] > 10
    for table, expected in [*stats.items(), ("mentions", mentions)]:
        count, rows, _ = _csv(example_ledger, table)
        assert count == len(rows) == expected, table


def test_csv_spans_index_the_article_text(example_ledger: Ledger, handmade) -> None:
    for source in (example_ledger, handmade):
        texts = {row["article_id"]: csv_export.unescape_cell(row["text"])
                 for row in _csv(source, "articles")[1]}
        checked = 0
        for table, parts in [
            ("claims", [("content", ""), ("source_text", "source_char_"), ("cue", "cue_char_"),
                        ("via_text", "via_char_")]),
            ("quantities", [("text", ""), ("about_text", "about_char_")]),
            ("times", [("text", "")]), ("entities", [("text", "")]),
            ("mentions", [("text", "")]),
            ("events", [("trigger", ""), ("location_text", "location_char_")]),
        ]:
            for row in _csv(source, table)[1]:
                text = texts[row["article_id"]]
                for column, prefix in parts:
                    if row[f"{prefix}start"] == "":
                        continue
                    start, end = int(row[f"{prefix}start"]), int(row[f"{prefix}end"])
                    assert text[start:end] == csv_export.unescape_cell(row[column]), (table, row)
                    checked += 1
        assert checked > 20


def test_csv_escapes_formula_cells_and_keeps_numbers(handmade) -> None:
    _, claims, raw = _csv(handmade, "claims")
    by_id = {(r["article_id"], r["claim_id"]): r for r in claims}
    assert by_id["drones-1", "c2"]["content"].startswith("'=HYPERLINK")
    assert by_id["drones-1", "c2"]["via_text"] == "'@channel posts"
    assert by_id["drones-1", "c3"]["content"].startswith("'-12 degrees")
    assert "\n=HYPERLINK" not in raw and ",=HYPERLINK" not in raw
    _, quantities, _ = _csv(handmade, "quantities")
    minus = next(r for r in quantities if r["quantity_id"] == "q2")
    assert minus["text"] == "'-12" and minus["change"] == "'-12"
    assert minus["value"] == "-12"  # a number stays a number
    plus = next(r for r in quantities if r["article_id"] == "dateline 2")
    assert plus["text"] == "'+5" and csv_export.unescape_cell(plus["text"]) == "+5"
    for row in claims + quantities:
        for cell in row.values():
            assert not cell.startswith(csv_export.FORMULA_STARTS) or cell.lstrip("-").isdigit()


@given(st.text(max_size=30))
@example("'quoted")
@example("'=already escaped?")
@example("''@twice")
@example("-")
@example("\t=tab")
def test_escaping_is_undone_exactly(text: str) -> None:
    cell = csv_export.escape_cell(text)
    assert csv_export.unescape_cell(cell) == text
    assert not cell.startswith(csv_export.FORMULA_STARTS)


def test_csv_keeps_unicode_and_odd_characters_through_a_file(tmp_path: Path, handmade) -> None:
    odd = drones_record()
    odd.article.id = "odd\x00id"
    odd.article.title = 'A "quoted", comma\nnew line ☃'
    path = tmp_path / "articles.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        assert csv_export.write_table([*handmade, odd], "articles", out) == 3
    with path.open(encoding="utf-8", newline="") as back:
        rows = list(csv.DictReader(back))
    assert rows[0]["text"] == DRONES  # \r\n, quotes, 北京, Łódź kept
    assert rows[1]["title"] == "" and rows[1]["published"] == "2025-03-05T09:30:00"
    assert rows[2]["title"] == odd.article.title and rows[2]["article_id"] == "odd\x00id"
    _, entities, _ = _csv(handmade, "entities")
    names = {r["name"] for r in entities}
    assert {"Zürich", "Łódź", "北京", "ZÜRICH"} <= names
    beijing = next(r for r in entities if r["name"] == "北京")
    assert json.loads(beijing["kb_other"]) == {"custom": [1, "ü"]}
    assert beijing["kb_geonames"] == "1816670" and beijing["kb_lat"] == ""
    korea = next(r for r in entities if r["entity_id"] == "e:north-korea"
                 and r["article_id"] == "drones-1")
    assert korea["aliases"] == "North Korea; DPRK; North Korean" and korea["mention_count"] == "2"


def test_csv_rows_fill_exactly_the_documented_columns(handmade) -> None:
    for table, (names, make_rows) in csv_export.TABLES.items():
        assert table in csv_export.__doc__
        for name in names:
            assert name in csv_export.__doc__, (table, name)
        for record in handmade:
            for row in make_rows(record):
                assert set(row) == set(names), table
        header = _csv([], table)[2]
        assert header.rstrip("\r\n").split(",") == list(csv_export.columns(table))


def test_csv_event_and_claim_cells(handmade) -> None:
    _, events, _ = _csv(handmade, "events")
    (event,) = events
    assert event["actor_names"] == "North Korea; Korean Central News Agency"
    assert event["target_names"] == "e:unknown" and event["actors"] == "e:north-korea; e:kcna"
    assert event["time_date_start"] == "2025-03-03" and event["quantities"] == "q1"
    _, claims, _ = _csv(handmade, "claims")
    first = claims[0]
    assert first["said_start"] == "2025-03-03" and first["quote"] == "false"
    assert first["source_entity"] == "e:kcna" and first["times"] == "t1"
    assert claims[2]["hedges"] == "without any doubt"


def test_csv_unknown_table_is_refused_before_writing() -> None:
    out = io.StringIO()
    with pytest.raises(ValueError, match="claims"):
        csv_export.write_table([], "people", out)
    assert out.getvalue() == ""


# --------------------------------------------------------------------------- FollowTheMoney


def test_ftm_lines_parse_and_validate(example_ledger: Ledger, handmade) -> None:
    for source in (example_ledger, handmade):
        lines = _ftm_lines(source)
        ids = set()
        for line in lines:
            data = json.loads(line)
            proxy = model.get_proxy(data)
            strict = model.get_proxy(data, cleaned=False)  # values re-cleaned by FtM
            assert strict.to_dict()["properties"] == data["properties"], line
            proxy.schema.validate(data)
            assert all(proxy.has(p) for p in proxy.schema.required), line
            ids.add(proxy.id)
        assert len(ids) == len(lines)  # no entity written twice
        for line in lines:  # every reference points at an entity of the export
            proxy = model.get_proxy(json.loads(line))
            for prop, value in proxy.itervalues():
                if prop.type.name == "entity":
                    assert value in ids, (prop.name, line)


def test_ftm_ids_are_stable_across_exports(example_ledger: Ledger, handmade) -> None:
    assert _ftm_lines(example_ledger) == _ftm_lines(example_ledger)
    first = [json.loads(line)["id"] for line in _ftm_lines(handmade)]
    again = [json.loads(line)["id"] for line in _ftm_lines([drones_record(), dateline_record()])]
    assert first == again
    assert "claimledger-territory-kp" in first
    assert all(i.startswith("claimledger-") for i in first)


def test_ftm_schemata_by_entity_type(handmade) -> None:
    found = _by_schema(_ftm_lines(handmade))
    person = _named(found["Person"], "Ivo Marek")["properties"]
    assert person["weakAlias"] == ["Marek"]
    agency = _named(found["Organization"], "Korean Central News Agency")["properties"]
    assert agency["abbreviation"] == ["KCNA"]
    korea = _named(found["Territory"], "North Korea")["properties"]
    assert korea["territoryCode"] == ["kp"] and korea["level"] == ["country"]
    assert korea["alias"] == ["DPRK"]
    assert sorted(korea["weakAlias"]) == ["North Korean", "Pyongyang"]  # demonym, metonym
    kursk = _named(found["Territory"], "Kursk")["properties"]
    assert kursk["territoryCode"] == ["ru-krs"]
    assert kursk["partOf"] == ["claimledger-territory-ru"]
    zurich = _named(found["Address"], "Zürich")
    assert zurich["id"] == "claimledger-address-geonames-2657896"
    assert zurich["properties"]["city"] == ["Zürich"] and zurich["properties"]["country"] == ["ch"]
    assert zurich["properties"]["latitude"] == ["47.3667"]
    assert "alias" not in zurich["properties"]  # ZÜRICH is a case variant, not an alias
    lodz = _named(found["Address"], "Łódź")["properties"]
    assert lodz["full"] == ["Łódź"] and "city" not in lodz
    assert not any("Skyhawk" in line for line in map(json.dumps, found["Address"]))
    (article, dateline) = found["Article"]
    assert article["properties"]["publisher"] == ["Test Wire"]
    assert article["properties"]["publishedAt"] == ["2025-03-04"]
    assert article["properties"]["bodyText"] == [DRONES.strip()]  # FtM trims the ends
    assert dateline["properties"]["publishedAt"][0].startswith("2025-03-05")


def test_ftm_schemata_on_the_sample_articles(example_ledger: Ledger) -> None:
    found = _by_schema(_ftm_lines(example_ledger))
    names = {schema: {n for item in items for n in item["properties"].get("name", [])}
             for schema, items in found.items()}
    codes = {c for item in found["Territory"] for c in item["properties"]["territoryCode"]}
    expected = {"PERSON": "Person", "ORG": "Organization"}
    checked = set()
    for record in example_ledger.records():
        for entity in record.entities:
            iso = str(entity.kb.get("iso", ""))
            if entity.type in expected:
                assert entity.name in names[expected[entity.type]], entity
            elif entity.type == "GPE" and len(iso) == 2 and not entity.kb.get("feature"):
                assert iso.lower() in codes, entity
            elif entity.kb.get("feature") == "city":
                assert entity.name.casefold() in {n.casefold() for n in names["Address"]}
            else:
                continue
            checked.add(entity.type)
    assert checked == {"PERSON", "ORG", "GPE"}
    assert len(found["Article"]) == 6 and len(found["Note"]) == example_ledger.stats()["claims"]


def test_ftm_links_articles_entities_and_claims(handmade) -> None:
    found = _by_schema(_ftm_lines(handmade))
    article_id = ftm.make_id("article", "drones-1")
    links = [d["properties"] for d in found["Documentation"]]
    exported = sum(1 for e in drones_record().entities if e.type != "PRODUCT")
    assert sum(1 for link in links if link["document"] == [article_id]) == exported
    assert sum(1 for link in links if link["entity"] == ["claimledger-territory-kp"]) == 2
    notes = {n["properties"]["notes"][0].split(",")[0]: n["properties"] for n in found["Note"]}
    assert len(found["Note"]) == 6
    kcna = _named(found["Organization"], "Korean Central News Agency")["id"]
    c1 = next(n for n in found["Note"] if n["properties"].get("entity") == [kcna])["properties"]
    assert c1["description"] == ["about 40 drones had crossed from the south"]
    assert c1["proof"] == [article_id]
    assert "said: on Monday (2025-03-03 to 2025-03-03)" in c1["notes"][0]
    assert "claim c5" in notes and "entity" not in notes["claim c5"]  # a product: no entity


def test_ftm_events_name_their_parties(handmade) -> None:
    found = _by_schema(_ftm_lines(handmade))
    (event,) = found["Event"]
    properties = event["properties"]
    kcna = _named(found["Organization"], "Korean Central News Agency")["id"]
    assert properties["organizer"] == [kcna]  # an organisation can be linked
    assert properties["country"] == ["kp"]  # a country cannot: its code is kept
    assert "involved" not in properties  # the unknown target is not invented
    assert properties["date"] == ["2025-03-03"] and properties["location"] == ["the south"]
    assert "actors: North Korea; Korean Central News Agency" in properties["notes"][0]
    assert properties["proof"] == [ftm.make_id("article", "drones-1")]


def test_ftm_long_and_odd_input_stays_valid() -> None:
    long_text = "Officials said the talks went on. " * 3000  # over FtM's 65,000 text limit
    name = "N" * 1000
    record = Record(
        article=ArticleInfo(id="long ~ id/ü", text=long_text, published="not a date"),
        entities=[Entity("e:x", name, "ORG", [name, "", "  "], [(0, 9)]),
                  Entity("e:y", "Nowhere", "NORP", ["Nowhere"], [(0, 9)]),
                  Entity("e:z", "Atlantis", "GPE", ["Atlantis"], [(0, 9)], {"iso": "ZZZ"})],
    )
    lines = _ftm_lines([record, Record(article=ArticleInfo(id="", text=""))])
    found = _by_schema(lines)
    body = found["Article"][0]["properties"]["bodyText"][0]
    assert 60_000 < len(body) <= 65_000 and long_text.startswith(body)
    assert "Organization" not in found  # a 1,000-character name is no name
    assert [a["properties"]["name"] for a in found["Address"]] == [["Atlantis"]]
    assert _ftm_lines([]) == []


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_round_trips_the_records(example_ledger: Ledger, handmade) -> None:
    out = io.StringIO()
    assert jsonl.write_records(example_ledger, out) == example_ledger.stats()["articles"]
    back = [record_from_dict(json.loads(line)) for line in out.getvalue().splitlines()]
    assert [r.to_dict() for r in back] == [r.to_dict() for r in example_ledger.records()]
    out = io.StringIO()
    jsonl.write_records(handmade, out)
    assert "北京" in out.getvalue() and "\\u" not in out.getvalue()


def test_ftm_without_the_package_says_what_to_install(monkeypatch) -> None:
    from claimledger.errors import ClaimledgerError

    monkeypatch.setattr(ftm, "model", None)
    with pytest.raises(ClaimledgerError, match=r"\[E076\].*claimledger\[ftm\]"):
        ftm.write_entities([], io.StringIO())


def test_write_picks_the_format(handmade) -> None:
    from claimledger import export

    lines = {}
    for name in export.FORMATS:
        out = io.StringIO(newline="")
        count = export.write(handmade, name, out)
        lines[name] = out.getvalue().splitlines()
        assert count == len(lines[name]) - (1 if name == "csv" else 0), name
    assert lines["csv"][0].startswith("article_id,claim_id,content")  # claims by default
    assert json.loads(lines["jsonl"][0])["schema"] == "claimledger/1"
    assert json.loads(lines["ftm"][0])["schema"] == "Article"
    out = io.StringIO(newline="")
    assert export.write(handmade, "csv", out, table="times") == 1
    with pytest.raises(ValueError, match="csv"):
        export.write(handmade, "ftm", io.StringIO(), table="times")
    with pytest.raises(ValueError, match="jsonl, csv, ftm"):
        export.write(handmade, "xml", io.StringIO())


@settings(max_examples=60, deadline=None)
@given(text=st.text(min_size=1, max_size=40), name=st.text(max_size=20),
       alias=st.text(max_size=10))
def test_exports_take_any_text(text: str, name: str, alias: str) -> None:
    whole = (0, len(text))
    record = Record(
        article=ArticleInfo(id=name, text=text, title=alias, published=alias),
        entities=[Entity("e:1", name, "PERSON", [name, alias], [whole]),
                  Entity("e:2", name, "GPE", [alias, name], [whole], {"iso": alias[:2]}),
                  Entity("e:3", alias, "ORG", [alias], [], {"geonames": alias,
                                                              "feature": "region"})],
        claims=[Claim("c1", ClaimSource(text, whole, "e:2", name), None, TextSpan(text, whole))],
        events=[Event("v1", "AID", TextSpan(text, whole), actors=["e:1", "e:2", "e:3"],
                      time=EventTime(alias, alias, None))],
    )
    for line in _ftm_lines([record, record]):
        data = json.loads(line)
        proxy = model.get_proxy(data)
        proxy.schema.validate(data)
        assert all(proxy.has(p) for p in proxy.schema.required)
    _, rows, _ = _csv([record], "claims")
    assert [csv_export.unescape_cell(r["content"]) for r in rows] == [text]
    _, rows, _ = _csv([record], "articles")
    assert csv_export.unescape_cell(rows[0]["article_id"]) == name


def test_ftm_export_survives_over_long_names_and_triggers() -> None:
    from claimledger.record import record_from_dict

    name = " ".join(["Longname"] * 40)  # 359 characters: a valid name, too long an address
    trigger = "x" * 400
    text = f"{name} was hit. {trigger} ended."
    start = text.index(trigger)
    record = record_from_dict({
        "schema": "claimledger/1", "article": {"id": "long", "text": text},
        "entities": [{"id": "e:long", "name": name, "type": "LOC", "aliases": [],
                      "mentions": [[0, len(name)]],
                      "kb": {"feature": "city", "geonames": 1, "country": "UA"}}],
        "claims": [], "quantities": [], "times": [],
        "events": [{"id": "v1", "type": "ASSAULT", "actors": ["e:long"], "targets": [],
                    "trigger": {"text": trigger, "span": [start, start + len(trigger)]}}]})
    out = io.StringIO()
    assert ftm.write_entities([record], out) == 4
    schemata = {json.loads(line)["schema"] for line in out.getvalue().splitlines()}
    assert {"Address", "Event", "Article"} <= schemata
