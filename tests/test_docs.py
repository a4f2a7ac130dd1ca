"""Everything a user can meet is documented: commands in README.md, codes used, settings shipped."""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields
from importlib import resources
from pathlib import Path

from typer.main import get_command

from claimledger.cli import app
from claimledger.errors import Errors, Warnings
from claimledger.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _codes() -> list[str]:
    return [name for cls in (Errors, Warnings) for name in vars(cls)
            if re.fullmatch(r"[EW]\d{3}", name)]


def _python_text(*folders: str, leave_out: Path | None = None) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for folder in folders
                     for path in sorted((ROOT / folder).rglob("*.py")) if path != leave_out)


def test_every_code_is_used() -> None:
    errors_module = ROOT / "src" / "claimledger" / "errors.py"
    text = _python_text("src", "tests", leave_out=errors_module)
    unused = [code for code in _codes() if not re.search(rf"\b{code}\b", text)]
    assert unused == []


def test_codes_are_unique_and_coded() -> None:
    codes = _codes()
    assert len(codes) == len(set(codes)) > 10
    assert Errors.E001.startswith("[E001] ")
    assert Warnings.W001.startswith("[W001] ")


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = sorted(get_command(app).commands)  # type: ignore[attr-defined]
    assert {"extract", "ingest", "serve"} <= set(commands)
    assert [c for c in commands if f"claimledger {c}" not in readme] == []


def test_every_option_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    options = {option for command in get_command(app).commands.values()  # type: ignore[attr-defined]
               for param in command.params for option in param.opts if option.startswith("--")}
    assert {"--db", "--glob"} <= options
    assert sorted(o for o in options if o not in readme) == []


def test_every_setting_is_shipped_with_a_default() -> None:
    shipped = tomllib.loads(
        resources.files("claimledger").joinpath("settings.toml").read_text("utf-8"))
    assert set(shipped) == {f.name for f in fields(Settings)}
    assert Settings(**shipped) == Settings()
