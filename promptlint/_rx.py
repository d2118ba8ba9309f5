"""Compiled regular expressions, without paying for compiling them at every start.

Why: promptlint is a command that runs on every commit and every paste, and most of what a
short run used to cost was compiling its few hundred patterns. Both ``regex`` and the standard
``re`` parse a pattern in Python and hand the result, a list of integer op-codes, to their C
engine; parsing is the slow part (about 1 ms for a label pattern, 20 ms for a table pattern of
the case-number pack), handing over takes microseconds.

So the wheel build records what each compile of a shipped pattern handed to the C engine (see
``promptlint._prebuilt``), and ``compile()`` builds the pattern object straight from those
op-codes. Any other pattern (an organisation's pack, an ``allow-regex``), a missing table (an
editable install) or any surprise falls back to the normal compile.

Building from op-codes needs only ``regex``'s C module, not the package around it, whose
import (the pattern parser, about 6 ms) was the largest single cost of a short run. So the
C module is loaded on its own (``c_regex``), the flags below stand in for ``regex``'s, and
``regex`` itself is imported only when a pattern must really be parsed.
"""

from __future__ import annotations

import marshal
import re
import sys
from typing import Any

from promptlint import _prebuilt

# regex's flags (the same values as regex.IGNORECASE …; a test holds them equal).
IGNORECASE = 0x2
MULTILINE = 0x8
DOTALL = 0x10
VERBOSE = 0x40
REVERSE = 0x400

_memo: dict[tuple[str, Any, int], Any] = {}
_recording: dict[tuple[str, Any, int], tuple] | None = None
# Patterns a module compiles only on first use (see declare): the build compiles them all.
_declared: dict[tuple[str, Any, int], None] = {}


def declare(pattern: str | bytes, flags: int = 0, engine: str = "re") -> None:
    """Say that ``pattern`` will be compiled later, on first use (a module that keeps its
    import cheap without the table). The wheel build compiles every declared pattern, so the
    table has it even when no warm-up text happens to need it."""
    _declared[(engine, pattern, int(flags))] = None


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
    stored = _prebuilt.table()["patterns"].get(key)
    if stored is not None:
        try:
            # Each pattern's op-codes are a marshal blob of their own: a run reads only those it
            # uses (a short text about 40 % of the table).
            compiled = _from_codes(engine, marshal.loads(stored))
        except Exception:  # noqa: BLE001 - a stale or foreign table must never break a run
            compiled = None
    if compiled is None:
        compiled = _record(engine, pattern, flags) if _recording is not None else None
    if compiled is None:
        if engine == "regex":
            import regex

            compiled = regex.compile(pattern, flags)
        else:
            compiled = re.compile(pattern, flags)
    _memo[key] = compiled
    return compiled


def _from_codes(engine: str, args: tuple):
    if engine == "regex":
        return c_regex().compile(*args)
    import _sre

    return _sre.compile(*args)


def c_regex() -> Any:
    """``regex``'s C module (``regex._regex``), loaded without the package's Python parts."""
    module = sys.modules.get("regex._regex")
    if module is not None:
        return module
    import importlib.machinery
    import importlib.util
    import os

    spec = importlib.util.find_spec("regex")  # finds the package without importing it
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for suffix in importlib.machinery.EXTENSION_SUFFIXES:
                path = os.path.join(folder, "_regex" + suffix)
                if os.path.exists(path):
                    loader = importlib.machinery.ExtensionFileLoader("regex._regex", path)
                    c_spec = importlib.util.spec_from_file_location(
                        "regex._regex", path, loader=loader
                    )
                    module = importlib.util.module_from_spec(c_spec)
                    loader.exec_module(module)
                    # The package, imported later, finds and uses this same module.
                    sys.modules["regex._regex"] = module
                    return module
    from regex import _regex  # an unusual layout: the normal way

    return _regex


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
        import regex

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


def record_shipped(run) -> dict:
    """The op-codes of every pattern compiled while ``run()`` runs (at build time), each as a
    marshal blob."""
    global _recording
    _recording = {}
    _memo.clear()
    try:
        run()
        for engine, pattern, flags in _declared:
            _compile(engine, pattern, flags)
        return {key: marshal.dumps(args) for key, args in _recording.items()}
    finally:
        _recording = None
        _memo.clear()
