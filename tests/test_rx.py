"""The pre-compiled pattern table (promptlint._rx): same patterns, or no table at all."""

from __future__ import annotations

import marshal
import re

import pytest
import regex

from promptlint import _rx
from promptlint.resources import patterns_dir


@pytest.fixture(scope="module")
def recorded() -> dict:
    return _rx.record_shipped()


@pytest.fixture
def table(tmp_path, monkeypatch, recorded):
    """A table like the wheel's, in a temporary file, used by _rx for one test."""
    path = tmp_path / "_patterns.cache"
    path.write_bytes(marshal.dumps({"stamp": _rx._stamp(), "patterns": recorded}))
    monkeypatch.setattr(_rx, "CACHE_FILE", path)
    monkeypatch.setattr(_rx, "_table", None)
    monkeypatch.setattr(_rx, "_memo", {})
    return path


def _sample() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((patterns_dir().parent / "examples").glob("*.txt"))]
    texts.append("Sagsnr. 2024 - 2216, CPR 010190-1234, tlf. 33 92 33 00, FORTROLIGT, TLP:RED")
    return "\n\n".join(texts)


def test_records_the_shipped_patterns(recorded):
    engines = {engine for engine, _, _ in recorded}
    assert engines == {"regex", "re"}
    assert len(recorded) > 150
    # Every value is something marshal stores (the build writes it with marshal).
    marshal.dumps(recorded)


def test_a_pattern_from_the_table_finds_what_a_compiled_one_finds(table, recorded):
    text = _sample()
    data = text.encode("latin-1", "replace")
    for engine, pattern, flags in recorded:
        cached = _rx._compile(engine, pattern, flags)
        fresh = regex.compile(pattern, flags) if engine == "regex" else re.compile(pattern, flags)
        assert cached is not fresh
        subject = data if isinstance(pattern, bytes) else text
        assert [m.span() for m in cached.finditer(subject)] == [
            m.span() for m in fresh.finditer(subject)
        ], pattern
        assert (cached.pattern, cached.flags, cached.groupindex, cached.groups) == (
            fresh.pattern,
            fresh.flags,
            fresh.groupindex,
            fresh.groups,
        )


def test_the_table_is_used(table, recorded, monkeypatch):
    engine, pattern, flags = next(k for k in recorded if k[0] == "regex")

    def refuse(*args, **kwargs):
        raise AssertionError("compiled although the table has it")

    monkeypatch.setattr(regex, "compile", refuse)
    assert _rx.compile(pattern, flags).pattern == pattern


def test_a_table_of_other_versions_is_ignored(tmp_path, monkeypatch, recorded):
    engine, pattern, flags = next(k for k in recorded if k[0] == "regex")
    poisoned = {key: args for key, args in recorded.items()}
    poisoned[(engine, pattern, flags)] = ("x",) + tuple(recorded[(engine, pattern, flags)][1:])
    path = tmp_path / "_patterns.cache"
    path.write_bytes(marshal.dumps({"stamp": (0, (2, 7), "1.0", 0), "patterns": poisoned}))
    monkeypatch.setattr(_rx, "CACHE_FILE", path)
    monkeypatch.setattr(_rx, "_table", None)
    monkeypatch.setattr(_rx, "_memo", {})
    assert _rx.compile(pattern, flags).pattern == pattern
    assert _rx._load() == {}


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps([1, 2, 3])])
def test_a_broken_or_missing_table_falls_back_to_compiling(tmp_path, monkeypatch, content):
    path = tmp_path / "_patterns.cache"
    path.write_bytes(content)
    for target in (path, tmp_path / "missing"):
        monkeypatch.setattr(_rx, "CACHE_FILE", target)
        monkeypatch.setattr(_rx, "_table", None)
        monkeypatch.setattr(_rx, "_memo", {})
        assert _rx.compile(r"(?<!\d)\d{6}-\d{4}").search("cpr 010190-1234").group() == "010190-1234"
        assert _rx.compile_re(rb"[a-z]+").findall(b"ab 12 cd") == [b"ab", b"cd"]


def test_unknown_patterns_compile_normally_and_bad_ones_raise(table):
    assert _rx.compile(r"ABC-\d{6}").search("x ABC-123456").span() == (2, 12)
    with pytest.raises(regex.error):
        _rx.compile(r"(unclosed")
    with pytest.raises(re.error):
        _rx.compile_re(r"(unclosed")
