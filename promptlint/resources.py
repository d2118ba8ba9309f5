"""Where promptlint's shipped data (the ``patterns/`` directory) lives, and TOML reading."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

from promptlint import _prebuilt
from promptlint.errors import PromptlintError


@cache
def patterns_dir() -> Path:
    """The shipped ``patterns`` directory: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "patterns", here.parent / "patterns"):
        if (candidate / "guidelines").is_dir():
            return candidate
    raise PromptlintError("promptlint's data directory 'patterns' is missing from the installation")


def read_toml(path: Path, error: type[PromptlintError] = PromptlintError) -> dict[str, Any]:
    """Parse a TOML file; any problem becomes a one-line ``error`` naming the file. A shipped
    file comes pre-parsed from the wheel's table when its bytes are unchanged (_prebuilt)."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc}") from None
    data = _prebuilt.toml(raw)
    if data is not None:
        return data
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: cannot read: {exc}") from None
    _prebuilt.record_toml(raw, data)
    return data
