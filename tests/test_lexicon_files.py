"""The lexicon's JSON files hold no key twice: a second key of the same name silently replaces
the first list when the file is loaded (stop 25 lost the count-change verbs of times.json so)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

LEXICON = Path(__file__).resolve().parents[1] / "src" / "claimledger" / "lexicon"


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [key for key, _ in pairs]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    assert not twice, f"keys written twice: {twice}"
    return dict(pairs)


@pytest.mark.parametrize("path", sorted(LEXICON.rglob("*.json")), ids=lambda p: p.name)
def test_lexicon_json_has_no_duplicate_keys(path):
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicates)


def test_the_check_finds_a_duplicate():
    with pytest.raises(AssertionError, match="written twice"):
        json.loads('{"a": [1], "b": 2, "a": [3]}', object_pairs_hook=_no_duplicates)
