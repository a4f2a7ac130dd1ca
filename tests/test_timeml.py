"""The TimeML view of times and the ``extract --format timeml`` document (own sentences)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from typer.testing import CliRunner

import claimledger
from claimledger.cli import app
from claimledger.record import Time
from claimledger.timeml import timex3, to_timeml

TEXT = ("The harbour has been closed since March 2024, the port authority said on Tuesday. "
        "Ferries will resume within two weeks & cargo ships <later>.")


def test_since_interval_is_not_a_timex3_but_its_date_is() -> None:
    record = claimledger.extract(TEXT, published="2025-02-27")
    texts = [t.text for t in record.times]
    assert "since March 2024" in texts and "March 2024" in texts
    view = [(t.text, t.value) for t in timex3(record.times)]
    assert ("March 2024", "2024-03") in view
    assert ("Tuesday", "2025-02-25") in view
    assert ("two weeks", "P2W") in view
    assert all(not text.startswith("since") for text, _ in view)


def test_timeml_document_is_well_formed_and_keeps_the_text() -> None:
    record = claimledger.extract(TEXT, published="2025-02-27", id="harbour")
    doc = to_timeml(record)
    root = ET.fromstring(doc)
    assert root.findtext("DOCID") == "harbour"
    assert root.find("DCT/TIMEX3").get("value") == "2025-02-27"
    body = root.find("TEXT")
    assert "".join(body.itertext()) == TEXT  # markup characters escaped, nothing lost
    tags = {t.text: (t.get("type"), t.get("value")) for t in body.iter("TIMEX3")}
    assert tags["March 2024"] == ("DATE", "2024-03")
    assert tags["two weeks"] == ("DURATION", "P2W")
    assert not any(text.startswith("since") for text in tags)


def test_overlapping_records_become_one_tag() -> None:
    record = claimledger.extract("Nothing happened.", published="2025-02-27")

    record.times = [Time("t1", "happened", (8, 16), "DATE", "2025-02"),
                    Time("t2", "happ", (8, 12), "DATE", "2025")]
    assert [t.id for t in timex3(record.times)] == ["t1"]  # the longer one
    assert '<TIMEX3 tid="t1" type="DATE" value="2025-02">happened</TIMEX3>' in to_timeml(record)
    record.times[0].value = None  # a valueless record around another: derived, left out
    assert [t.id for t in timex3(record.times)] == ["t2"]


def test_cli_prints_timeml(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--published", "2025-02-27",
                                      "--format", "timeml"])
    assert result.exit_code == 0, result.output
    assert re.search(r'<TIMEX3 tid="t\d+" type="DATE" value="2024-03">March 2024</TIMEX3>',
                     result.stdout)
    ET.fromstring(result.stdout)


def test_control_characters_and_unresolved_times_keep_the_document_valid() -> None:
    text = "Talks\x01 ended\x0b on Feb. 3; two days later the envoys left."
    record = claimledger.extract(text, published=None, id="ctl")
    doc = to_timeml(record)
    root = ET.fromstring(doc)  # well-formed despite the control characters
    assert len("".join(root.find("TEXT").itertext())) == len(text)
    assert all(t.get("value") for t in root.iter("TIMEX3"))  # no tag without a value
