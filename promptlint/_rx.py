"""Compiled regular expressions, without paying for compiling them at every start.

Why: promptlint is a command that runs on every commit and every paste, and most of what a
short run costs is compiling its few hundred patterns. Both ``regex`` and the standard ``re``
parse a pattern in Python and hand the result, a list of integer op-codes, to their C engine;
parsing is the slow part (about 1 ms for a label pattern, 20 ms for a table pattern of the
case-number pack), handing over takes microseconds.

So a wheel build (``hatch_build.py``) runs every shipped detector and pack once, records what
each compile handed to the C engine and stores it next to the code (``_patterns.cache``, a
``marshal`` file). At run time ``compile()`` looks a pattern up there and builds the pattern
object straight from the op-codes. The table is used only when it was made by the same
versions of Python, ``regex`` and this module's format; any other pattern (an organisation's
pack, a ``--allow-regex``), a missing table (an editable install) or any surprise falls back to
the normal compile. Nothing is ever written at run time.

    python -m promptlint._rx build OUT     # what the build hook runs
"""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path
from typing import Any

import regex

FORMAT = 1
CACHE_FILE = Path(__file__).with_name("_patterns.cache")

_memo: dict[tuple[str, Any, int], Any] = {}
_table: dict | None = None
_recording: dict[tuple[str, Any, int], tuple] | None = None


def _stamp() -> tuple:
    """What the op-codes depend on: this format, Python's and the engines' versions."""
    sre = sys.modules.get("_sre")
    return (FORMAT, tuple(sys.version_info[:2]), regex.__version__, getattr(sre, "MAGIC", 0))


def _load() -> dict:
    global _table
    if _table is None:
        _table = {}
        try:
            data = marshal.loads(CACHE_FILE.read_bytes())
            if data.get("stamp") == _stamp():
                _table = data["patterns"]
        except (OSError, ValueError, EOFError, TypeError, AttributeError, KeyError):
            pass
    return _table


def compile(pattern: str | bytes, flags: int = 0):  # noqa: A001 - the name says what it does
    """``regex.compile(pattern, flags)``, from the shipped table when the pattern is in it."""
    return _compile("regex", pattern, int(flags))


def compile_re(pattern: str | bytes, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, from the shipped table when the pattern is in it."""
    return _compile("re", pattern, int(flags))


def _compile(engine: str, pattern: str | bytes, flags: int):
    key = (engine, pattern, flags)
    compiled = _memo.get(key)
    if compiled is not None:
        return compiled
    args = _load().get(key)
    if args is not None:
        try:
            compiled = _from_codes(engine, args)
        except Exception:  # noqa: BLE001 - a stale or foreign table must never break a run
            compiled = None
    if compiled is None:
        compiled = _record(engine, pattern, flags) if _recording is not None else None
    if compiled is None:
        compiled = regex.compile(pattern, flags) if engine == "regex" else re.compile(pattern, flags)
    _memo[key] = compiled
    return compiled


def _from_codes(engine: str, args: tuple):
    if engine == "regex":
        from regex import _regex

        return _regex.compile(*args)
    import _sre

    return _sre.compile(*args)


class _Recorder:
    """Stands in for an engine's C module during one compile and keeps what it was given."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.args: tuple | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def compile(self, *args: Any) -> Any:
        self.args = args
        return self.real.compile(*args)


def _record(engine: str, pattern: str | bytes, flags: int):
    """Compile the normal way while recording the op-codes (build time only)."""
    if engine == "regex":
        module, attribute = regex._main, "_regex"
        compile_now = lambda: regex._main._compile(pattern, flags, False, {}, False)  # noqa: E731
    else:
        module = sys.modules.get("re._compiler")
        if module is None:  # Python 3.10: not recorded, compiled normally
            return None
        attribute = "_sre"
        compile_now = lambda: module.compile(pattern, flags)  # noqa: E731
    recorder = _Recorder(getattr(module, attribute))
    setattr(module, attribute, recorder)
    try:
        compiled = compile_now()
    finally:
        setattr(module, attribute, recorder.real)
    if recorder.args is not None:
        args = _plain(recorder.args)
        if _same(compiled, _from_codes(engine, args)):
            _recording[(engine, pattern, flags)] = args
    return compiled


def _plain(value: Any) -> Any:
    """The value with enum flags turned into plain ints (marshal stores only built-in types)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return frozenset(_plain(v) for v in value)
    return value


def _same(a: Any, b: Any) -> bool:
    return (a.pattern, a.flags, a.groupindex, a.groups) == (b.pattern, b.flags, b.groupindex, b.groups)


def record_shipped() -> dict:
    """Compile everything promptlint ships, as a run would, and return the recorded table."""
    global _recording
    _recording = {}
    _memo.clear()
    try:
        from promptlint.config import Config
        from promptlint.resources import patterns_dir
        from promptlint.scan import build_engine

        registry, engine = build_engine(Config())
        texts = []
        for detector in registry.detectors:
            for rule in getattr(detector, "pack_rules", ()):
                rule.patterns  # noqa: B018 - compiles them
                texts += rule.examples[0] + rule.examples[1]
        root = patterns_dir().parent
        for folder in (root / "examples", Path(__file__).resolve().parent.parent / "examples"):
            if folder.is_dir():
                texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        # Detectors that compile on first use see a text with something for each of them.
        engine.scan("\n\n".join(texts) or "Sagsnr. 2024-1234")
        return dict(_recording)
    finally:
        _recording = None
        _memo.clear()


def build(out: Path) -> int:
    patterns = record_shipped()
    out.write_bytes(marshal.dumps({"stamp": _stamp(), "patterns": patterns}))
    return len(patterns)


if __name__ == "__main__":  # pragma: no cover - run by the build hook
    if len(sys.argv) != 3 or sys.argv[1] != "build":
        sys.exit("usage: python -m promptlint._rx build OUT")
    # Run as a script this file is "__main__"; the detectors import promptlint._rx, which must
    # be the module that records.
    from promptlint import _rx

    count = _rx.build(Path(sys.argv[2]))
    print(f"promptlint: {count} compiled patterns -> {sys.argv[2]}")
