"""What the wheel build prepares so that a run does not have to: compiled patterns and parsed
TOML data.

Why: a short ``promptlint check`` (a commit hook, one pasted text) used to spend most of its
time before reading a character: compiling a few hundred regular expressions (the ``regex`` and
``re`` modules parse a pattern in Python) and parsing the pattern packs and word lists' TOML.
Both results depend only on the shipped files and the library versions. So the wheel build
(``hatch_build.py`` runs ``python -m promptlint._prebuilt build OUT``) runs every shipped
detector and pack once and stores, in ``promptlint/_patterns.cache`` (a ``marshal`` file):

* ``patterns``: for each compiled pattern, the op-codes its engine's C module was given, as a
  marshal blob of their own (``promptlint._rx`` builds the pattern from them);
* ``toml``: each shipped TOML file's parsed content, keyed by checksums of the file's bytes,
  so an edited file is simply parsed again.

The table is used only when it was made by the same Python, ``regex`` and format version; a
missing table (an editable install), another version or any damage means the normal, slower
way. Nothing is written at run time.
"""

from __future__ import annotations

import marshal
import sys
import zlib
from pathlib import Path
from typing import Any

FORMAT = 5
CACHE_FILE = Path(__file__).with_name("_patterns.cache")
_EMPTY: dict[str, dict] = {"patterns": {}, "toml": {}}

_table: dict[str, dict] | None = None
_toml_recording: dict[tuple[int, int, int], bytes] | None = None


def stamp() -> tuple:
    """What the table depends on: its format and the versions of Python, regex and _sre."""
    import _sre

    return (FORMAT, tuple(sys.version_info[:2]), _regex_version(), _sre.MAGIC)


def _regex_version() -> str:
    """``regex.__version__`` (with its C module's magic number), without importing ``regex``:
    building patterns from the table needs only its C module (see ``promptlint._rx``)."""
    from promptlint._rx import c_regex

    module = sys.modules.get("regex")
    if module is not None:
        version = module.__version__
    else:
        # The package's parts are in one folder; _main.py says `__version__ = "2026.11.19"`.
        try:
            source = Path(c_regex().__file__).with_name("_main.py").read_text(encoding="utf-8")
            version = source.split("\n__version__ = ", 1)[1].split("\n", 1)[0].strip("\"'")
        except (OSError, IndexError, AttributeError, UnicodeDecodeError):
            import regex  # an unusual layout: ask the package itself

            version = regex.__version__
    return f"{version}/{c_regex().MAGIC}"


def table() -> dict[str, dict]:
    """The shipped table, or empty sections when there is none usable."""
    global _table
    if _table is None:
        _table = _EMPTY
        try:
            data = marshal.loads(CACHE_FILE.read_bytes())
            if data.get("stamp") == stamp():
                _table = {"patterns": data["patterns"], "toml": data["toml"]}
        except (OSError, ValueError, EOFError, TypeError, AttributeError, KeyError):
            pass
    return _table


def _digest(raw: bytes) -> tuple[int, int, int]:
    # Two checksums and the length tell an edited file from the shipped one (hashlib would
    # cost more to import than the whole lookup saves).
    return (len(raw), zlib.crc32(raw), zlib.adler32(raw))


def toml(raw: bytes) -> dict[str, Any] | None:
    """The parsed content of a TOML file with these bytes, if the build parsed it (a fresh copy:
    callers may change it)."""
    stored = table()["toml"].get(_digest(raw))
    if stored is None:
        return None
    try:
        return marshal.loads(stored)
    except (ValueError, EOFError, TypeError):
        return None


def record_toml(raw: bytes, data: dict[str, Any]) -> None:
    """Remember a parsed TOML file (while the build records)."""
    if _toml_recording is not None:
        try:
            _toml_recording[_digest(raw)] = marshal.dumps(data)
        except ValueError:  # a value marshal cannot store (a TOML date): parsed at run time
            pass


def _run_shipped() -> None:
    """Load and run everything promptlint ships, as a run would."""
    from promptlint.config import Config
    from promptlint.guidelines import load_guidelines
    from promptlint.resources import patterns_dir
    from promptlint.scan import build_engine

    load_guidelines()
    registry, engine = build_engine(Config())
    texts = []
    for detector in registry.detectors:
        for rule in getattr(detector, "pack_rules", ()):
            rule.patterns  # noqa: B018 - compiles them
            texts += rule.examples[0] + rule.examples[1]
    for rule in registry.rules.values():
        texts += [*rule.examples, *rule.counter_examples]
    examples = patterns_dir().parent / "examples"
    if examples.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    # Detectors that compile or load on first use see texts with something for each of them:
    # each text alone (short texts take other paths than long ones) and all of them together.
    for text in texts:
        engine.scan(text)
    engine.scan("\n\n".join(texts) or "Sagsnr. 2024-1234")


def record() -> dict[str, Any]:
    """Run everything shipped and return the table it makes."""
    global _table, _toml_recording
    from promptlint import _rx

    _table, _toml_recording = _EMPTY, {}
    try:
        patterns = _rx.record_shipped(_run_shipped)
        return {
            "stamp": stamp(),
            "patterns": patterns,
            "toml": dict(_toml_recording),
        }
    finally:
        _table, _toml_recording = None, None


def build(out: Path) -> dict[str, Any]:
    data = record()
    out.write_bytes(marshal.dumps(data))
    return data


if __name__ == "__main__":  # pragma: no cover - run by the build hook
    if len(sys.argv) != 3 or sys.argv[1] != "build":
        sys.exit("usage: python -m promptlint._prebuilt build OUT")
    # Run as a script this file is "__main__"; the rest of promptlint imports
    # promptlint._prebuilt, which must be the module that records.
    from promptlint import _prebuilt

    made = _prebuilt.build(Path(sys.argv[2]))
    print(
        f"promptlint: {len(made['patterns'])} compiled patterns and "
        f"{len(made['toml'])} TOML files -> {sys.argv[2]}"
    )
