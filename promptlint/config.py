"""Configuration: ``[tool.promptlint]`` in the nearest ``pyproject.toml``, or ``.promptlint.toml``.

Keys are written in kebab-case, as in ruff. Unknown keys and bad values are errors that name the
file and the key. Command-line options override the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from promptlint.errors import ConfigError
from promptlint.model import Record, Severity
from promptlint.resources import read_toml

FORMATS = ("text", "json", "sarif")
LANGS = ("da", "en")
COLORS = ("auto", "always", "never")
# Inputs are streamed in chunks, so size costs time, not memory; the limit guards against
# pointing promptlint at a disk image by mistake.
DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024 * 1024


class Config(Record):
    __slots__ = _fields = (
        "select", "ignore", "fail_on", "show_values", "lang", "format", "exclude", "allow",
        "allow_regex", "pattern_dirs", "guidelines", "min_confidence", "severity",
        "max_file_size", "plugins", "source",
    )

    def __init__(
        self,
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        fail_on: Severity = Severity.WARNING,
        show_values: bool = False,
        lang: str = "da",
        format: str = "text",  # noqa: A002 - the key's name in the file
        exclude: tuple[str, ...] = (),
        allow: tuple[str, ...] = (),
        allow_regex: tuple[Any, ...] = (),
        pattern_dirs: tuple[Path, ...] = (),
        guidelines: Path | None = None,
        min_confidence: float = 0.0,
        severity: dict[str, Severity] | None = None,
        max_file_size: int = DEFAULT_MAX_FILE_SIZE,
        plugins: bool = True,
        source: Path | None = None,
    ) -> None:
        self.select = select
        self.ignore = ignore
        self.fail_on = fail_on
        self.show_values = show_values
        self.lang = lang
        self.format = format
        self.exclude = exclude
        self.allow = allow
        self.allow_regex = allow_regex
        self.pattern_dirs = pattern_dirs
        self.guidelines = guidelines
        self.min_confidence = min_confidence
        self.severity = {} if severity is None else severity
        self.max_file_size = max_file_size
        self.plugins = plugins
        self.source = source

    def with_overrides(self, **changes: Any) -> Config:
        return self.replace(**{k: v for k, v in changes.items() if v is not None})


def _strings(where: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _choice(where: str, key: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise ConfigError(f"{where}: '{key}' must be one of {', '.join(choices)} (got {value!r})")
    return value


def compile_allow_regex(patterns: tuple[str, ...], where: str) -> tuple[Any, ...]:
    if not patterns:
        return ()
    import regex  # here: most configurations have no allow-regex, and it costs start-up

    compiled = []
    for pattern in patterns:
        try:
            compiled.append(regex.compile(pattern))
        except regex.error as exc:
            raise ConfigError(f"{where}: bad regex in allow-regex {pattern!r}: {exc}") from None
    return tuple(compiled)


def parse_config(table: dict[str, Any], path: Path) -> Config:
    """Turn a ``[tool.promptlint]`` table into a Config, checking every key and value."""
    where = str(path)
    base = path.parent
    values: dict[str, Any] = {"source": path}
    for key, value in table.items():
        if key in ("select", "ignore", "exclude", "allow"):
            values[key] = _strings(where, key, value)
        elif key == "allow-regex":
            values["allow_regex"] = compile_allow_regex(_strings(where, key, value), where)
        elif key == "fail-on":
            try:
                values["fail_on"] = Severity.parse(str(value))
            except ValueError as exc:
                raise ConfigError(f"{where}: 'fail-on': {exc}") from None
        elif key == "show-values":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: 'show-values' must be true or false")
            values["show_values"] = value
        elif key == "plugins":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: 'plugins' must be true or false")
            values["plugins"] = value
        elif key == "lang":
            values["lang"] = _choice(where, key, value, LANGS)
        elif key == "format":
            values["format"] = _choice(where, key, value, FORMATS)
        elif key == "pattern-dirs":
            values["pattern_dirs"] = tuple(base / p for p in _strings(where, key, value))
        elif key == "guidelines":
            if not isinstance(value, str):
                raise ConfigError(f"{where}: 'guidelines' must be a path")
            values["guidelines"] = base / value
        elif key == "min-confidence":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ConfigError(f"{where}: 'min-confidence' must be a number from 0 to 1")
            values["min_confidence"] = float(value)
        elif key == "max-file-size":
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ConfigError(f"{where}: 'max-file-size' must be a positive number of bytes")
            values["max_file_size"] = value
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: 'severity' must be a table of CODE = \"level\"")
            overrides = {}
            for code, level in value.items():
                try:
                    overrides[str(code).upper()] = Severity.parse(str(level))
                except ValueError as exc:
                    raise ConfigError(f"{where}: severity.{code}: {exc}") from None
            values["severity"] = overrides
        else:
            raise ConfigError(f"{where}: unknown key '{key}' in promptlint configuration")
    return Config(**values)


def load_config_file(path: Path) -> Config:
    data = read_toml(path, ConfigError)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("promptlint")
        if table is None:
            return Config(source=path)
    else:
        table = data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.promptlint] must be a table")
    return parse_config(table, path)


def find_config(start: Path) -> Path | None:
    """The nearest ``.promptlint.toml``, or ``pyproject.toml`` with ``[tool.promptlint]``."""
    start = start.resolve()
    for directory in (start, *start.parents):
        dotfile = directory / ".promptlint.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = pyproject.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if "[tool.promptlint" in text:
                return pyproject
    return None


def load_config(explicit: Path | None, isolated: bool = False, cwd: Path | None = None) -> Config:
    if isolated:
        return Config()
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        return load_config_file(explicit)
    found = find_config(cwd or Path.cwd())
    return load_config_file(found) if found else Config()
