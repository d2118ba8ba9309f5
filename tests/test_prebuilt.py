"""The wheel's pre-built table (promptlint._prebuilt, promptlint._rx): the same patterns and
TOML data as compiling and parsing them, or no table at all."""

from __future__ import annotations

import marshal
import re

import pytest
import regex

from promptlint import _prebuilt, _rx
from promptlint.errors import PromptlintError
from promptlint.resources import patterns_dir, read_toml


@pytest.fixture(scope="module")
def made() -> dict:
    return _prebuilt.record()


@pytest.fixture(scope="module")
def recorded(made) -> dict:
    return made["patterns"]


def _use(monkeypatch, path) -> None:
    monkeypatch.setattr(_prebuilt, "CACHE_FILE", path)
    monkeypatch.setattr(_prebuilt, "_table", None)
    monkeypatch.setattr(_rx, "_memo", {})


@pytest.fixture
def table(tmp_path, monkeypatch, made):
    """A table like the wheel's, in a temporary file, used for one test."""
    path = tmp_path / "_patterns.cache"
    path.write_bytes(marshal.dumps(made))
    _use(monkeypatch, path)
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
    args = marshal.loads(recorded[(engine, pattern, flags)])
    poisoned[(engine, pattern, flags)] = marshal.dumps(("x",) + tuple(args[1:]))
    path = tmp_path / "_patterns.cache"
    path.write_bytes(
        marshal.dumps({"stamp": (0, (2, 7), "1.0", 0), "patterns": poisoned, "toml": {}})
    )
    _use(monkeypatch, path)
    assert _rx.compile(pattern, flags).pattern == pattern
    assert _prebuilt.table() == {"patterns": {}, "toml": {}}


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps([1, 2, 3])])
def test_a_broken_or_missing_table_falls_back_to_compiling(tmp_path, monkeypatch, content):
    path = tmp_path / "_patterns.cache"
    path.write_bytes(content)
    for target in (path, tmp_path / "missing"):
        _use(monkeypatch, target)
        assert _rx.compile(r"(?<!\d)\d{6}-\d{4}").search("cpr 010190-1234").group() == "010190-1234"
        assert _rx.compile_re(rb"[a-z]+").findall(b"ab 12 cd") == [b"ab", b"cd"]


def test_unknown_patterns_compile_normally_and_bad_ones_raise(table):
    assert _rx.compile(r"ABC-\d{6}").search("x ABC-123456").span() == (2, 12)
    with pytest.raises(regex.error):
        _rx.compile(r"(unclosed")
    with pytest.raises(re.error):
        _rx.compile_re(r"(unclosed")


def test_the_shipped_toml_comes_from_the_table_as_a_fresh_copy(table, made, monkeypatch):
    import tomllib

    packs = sorted((patterns_dir() / "packs").glob("*.toml"))
    assert len(made["toml"]) >= len(packs) + 1  # the packs, the guidelines, the word lists
    expected = tomllib.loads(packs[0].read_text(encoding="utf-8"))

    def refuse(*args, **kwargs):
        raise AssertionError("parsed although the table has it")

    monkeypatch.setattr(tomllib, "loads", refuse)
    first = read_toml(packs[0])
    assert first == expected
    first["pack"]["name"] = "changed by a caller"
    assert read_toml(packs[0]) == expected


def test_an_edited_or_unknown_toml_file_is_parsed(table, tmp_path):
    shipped = sorted((patterns_dir() / "packs").glob("*.toml"))[0]
    edited = tmp_path / "pack.toml"
    edited.write_bytes(shipped.read_bytes() + b"\n# an organisation's note\n")
    assert read_toml(edited) == read_toml(shipped)
    broken = tmp_path / "broken.toml"
    broken.write_text("[pack\n", encoding="utf-8")
    with pytest.raises(PromptlintError, match="invalid TOML"):
        read_toml(broken)
    with pytest.raises(PromptlintError, match="file not found"):
        read_toml(tmp_path / "missing.toml")


def test_toml_that_marshal_cannot_store_is_not_recorded(monkeypatch):
    import datetime

    monkeypatch.setattr(_prebuilt, "_toml_recording", {})
    _prebuilt.record_toml(b"when = 2025-01-23", {"when": datetime.date(2025, 1, 23)})
    _prebuilt.record_toml(b"x = 1", {"x": 1})
    assert [marshal.loads(v) for v in _prebuilt._toml_recording.values()] == [{"x": 1}]


def test_patterns_compiled_on_first_use_are_in_the_table_too(recorded):
    # Modules that compile a pattern only when a text needs it declare it (rx.declare); the
    # build compiles them all, whatever the warm-up texts happened to need.
    assert _rx._declared
    missing = [key for key in _rx._declared if key not in recorded]
    assert missing == []


def test_rx_flags_are_regex_flags():
    # Modules name regex's flags through promptlint._rx, so that they need not import regex.
    import regex

    from promptlint import _rx

    for name in ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "REVERSE"):
        assert getattr(_rx, name) == int(getattr(regex, name)), name


def test_the_stamp_reads_regex_version_without_importing_it():
    import subprocess
    import sys

    code = (
        "import sys; from promptlint import _prebuilt; v = _prebuilt._regex_version(); "
        "assert 'regex._main' not in sys.modules, 'regex imported'; "
        "import regex; assert v == _prebuilt._regex_version(), v; "
        "assert v.startswith(regex.__version__ + '/'), v"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_short_check_does_not_import_the_regex_parser(tmp_path):
    # With the pre-built table, patterns are built by regex's C module alone. Without a table
    # (an editable install) regex is imported as usual; the run must work either way.
    import subprocess
    import sys

    sample = tmp_path / "a.txt"
    sample.write_text("Sagsnr. 2024-2216, CPR 010203-1234, Jens Hansen\n", encoding="utf-8")
    code = (
        "import sys, os\n"
        "from promptlint import _prebuilt, cli\n"
        "usable = bool(_prebuilt.table()['patterns'])\n"
        f"sys.argv = ['promptlint', 'check', {str(sample)!r}, '--format', 'json']\n"
        "code = cli._main()\n"
        "print('parser' if 'regex._main' in sys.modules else 'c-only', usable, code)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1].split()
    assert last[2] == "1"  # something found: exit code 1
    if last[1] == "True":
        assert last[0] == "c-only"
