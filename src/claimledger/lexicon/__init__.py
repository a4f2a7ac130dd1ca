"""Language data, kept apart from code: word lists and tables under ``lexicon/en/``.

Files are JSON (objects or lists) or plain text (one entry a line, ``#`` comments).
Users extend a list by pointing ``CLAIMLEDGER_LEXICON`` at a folder holding files of the
same names: their entries are added to the shipped ones.
"""

from __future__ import annotations

import json
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

LANG = "en"


def _user_dirs() -> list[Path]:
    extra = os.environ.get("CLAIMLEDGER_LEXICON", "")
    return [Path(p) for p in extra.split(os.pathsep) if p]


def _read(text: str, name: str) -> Any:
    if name.endswith(".json"):
        return json.loads(text)
    return [
        line.split("#", 1)[0].strip()
        for line in text.splitlines()
        if line.split("#", 1)[0].strip()
    ]


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        return {**base, **extra}
    if isinstance(base, list) and isinstance(extra, list):
        return base + [e for e in extra if e not in base]
    return extra


@cache
def load(name: str, lang: str = LANG) -> Any:
    """Load ``lexicon/<lang>/<name>`` (``.txt`` or ``.json``), merged with user additions."""
    shipped = resources.files(__package__).joinpath(lang, name)
    data = _read(shipped.read_text(encoding="utf-8"), name)
    for folder in _user_dirs():
        path = folder / name
        if path.is_file():
            data = _merge(data, _read(path.read_text(encoding="utf-8"), name))
    return data


def words(name: str, lang: str = LANG) -> frozenset[str]:
    """A word list as a lower-cased set."""
    return frozenset(str(w).lower() for w in load(name, lang))
