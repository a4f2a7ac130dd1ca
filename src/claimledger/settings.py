"""Settings: shipped defaults in ``settings.toml``, then a user file, then the environment."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Settings:
    model: str = ""
    max_chars: int = 200_000
    batch_size: int = 32
    db: str = "sqlite:///claimledger.db"

    def updated(self, **changes: Any) -> Settings:
        """A copy with every change that is not None applied (CLI options map here)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


ENVIRONMENT = {"model": "CLAIMLEDGER_MODEL", "db": "CLAIMLEDGER_DB"}


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    known = {f.name: f for f in fields(Settings)}
    unknown = set(values) - set(known)
    if unknown:
        raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
    return {k: type(getattr(Settings(), k))(v) for k, v in values.items()}


def load_settings(path: str | Path | None = None) -> Settings:
    """Defaults, then the user's file (``path`` or ``CLAIMLEDGER_CONFIG``), then the environment."""
    shipped = resources.files("claimledger").joinpath("settings.toml").read_text("utf-8")
    values = tomllib.loads(shipped)
    user = path or os.environ.get("CLAIMLEDGER_CONFIG")
    if user:
        values.update(tomllib.loads(Path(user).read_text("utf-8")))
    for key, var in ENVIRONMENT.items():
        if os.environ.get(var):
            values[key] = os.environ[var]
    return Settings(**_coerce(values))
