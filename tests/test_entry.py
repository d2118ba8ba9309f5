"""The entry point's plain-check path (promptlint.entry) against the typer command.

The entry point reads ``promptlint check PATH…`` with a few plain options itself, so that the
common call never imports typer. Every call it takes must print and return exactly what the
typer command does; every other call must go to typer.
"""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from promptlint import entry
from promptlint.cli import run_app

FINDINGS = "Sagsnr. 2024-2216\nBorger: Jens Hansen, CPR 010203-1234, jens@example.dk\n"
CLEAN = "Skriv en kort tekst om vejret i Danmark.\n"


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fund.txt").write_text(FINDINGS, encoding="utf-8")
    (tmp_path / "ren.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "tom.txt").write_bytes(b"")
    (tmp_path / "bin.dat").write_bytes(b"\x00\x01\x02PNG\x00" * 20)
    (tmp_path / "latin1.txt").write_bytes("Bjørn".encode("latin-1"))
    (tmp_path / "mappe").mkdir()
    (tmp_path / "mappe" / "a.txt").write_text(FINDINGS, encoding="utf-8")
    return tmp_path


def _both(args, capsys, monkeypatch, stdin: bytes = b""):
    """(code, stdout, stderr) of the entry point and of the typer app for ``args``."""
    results = []
    for run in (entry.run, run_app):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        code = run(list(args))
        out, err = capsys.readouterr()
        results.append((code, out, err))
    return results


PLAIN = [
    ["check", "fund.txt"],
    ["check", "ren.txt"],
    ["check", "fund.txt", "ren.txt"],
    ["check", "--quiet", "--allow-empty", "--color", "never", "fund.txt", "tom.txt"],
    ["check", "fund.txt", "-q"],
    ["check", "--format", "json", "fund.txt"],
    ["check", "--format=sarif", "fund.txt"],
    ["check", "-f", "json", "--show-values", "fund.txt"],
    ["check", "--lang", "en", "fund.txt"],
    ["check", "--lang=da", "--color=always", "fund.txt"],
    ["check", "--mask-values", "--isolated", "--no-allow-empty", "fund.txt"],
    ["check", "--format", "text", "--format", "json", "fund.txt"],  # the last one wins
    ["check", "mappe"],
    ["check", "findes-ikke.txt"],
    ["check", "tom.txt"],
    ["check", "bin.dat"],
    ["check", "latin1.txt"],
    ["check", "-"],
    ["check", "-", "--format", "json"],
    ["check", "--select", "ID", "fund.txt"],
    ["check", "--select", "ID,email", "--select", " NM ", "fund.txt"],  # values add up
    ["check", "--ignore=email", "--exclude", "*.dat", "."],
    ["check", "--select", "XX999", "fund.txt"],  # an unknown rule: the same error both ways
    ["check", "--fail-on", "error", "--jobs", "2", "mappe", "fund.txt"],
    ["check", "-j", "1", "--min-confidence", "0.9", "fund.txt"],
    ["check", "--min-confidence=.5", "--max-file-size", "10", "fund.txt"],
    ["check", "--stdin-filename", "notat.txt", "-"],
    ["check", "--config", "findes-ikke.toml", "fund.txt"],
    ["check", "--config=pyproject.toml", "fund.txt"],
]


@pytest.mark.parametrize("args", PLAIN, ids=[" ".join(a) for a in PLAIN])
def test_a_plain_check_prints_and_returns_what_the_typer_command_does(
    args, files, capsys, monkeypatch
):
    assert entry.simple_check(args) is not None
    fast, typer_run = _both(args, capsys, monkeypatch, stdin=FINDINGS.encode())
    assert fast == typer_run
    assert fast[0] in (0, 1, 2)


def test_the_config_file_counts_on_both_paths(files, capsys, monkeypatch):
    (files / "pyproject.toml").write_text('[tool.promptlint]\nlang = "en"\n', encoding="utf-8")
    fast, typer_run = _both(["check", "fund.txt"], capsys, monkeypatch)
    assert fast == typer_run
    assert "Guideline 2" in fast[1]  # English messages, as the config asks


NOT_PLAIN = [
    ["check"],  # usage, or a piped standard input: typer decides
    ["check", "--", "fund.txt"],
    ["check", "-f=json", "fund.txt"],  # "=json" is the value to typer
    ["check", "--format", "xml", "fund.txt"],
    ["check", "-qf", "json", "fund.txt"],
    ["check", "--form", "json", "fund.txt"],
    ["check", "fund.txt", "--format"],
    ["check", "--help"],
    ["check", "--jobs", "0", "fund.txt"],  # out of range: typer's message
    ["check", "--jobs", "x", "fund.txt"],
    ["check", "-j2", "fund.txt"],
    ["check", "--min-confidence", "2", "fund.txt"],
    ["check", "--min-confidence", "1e-1", "fund.txt"],
    ["check", "--fail-on", "fatal", "fund.txt"],
    ["check", "--select", "-q", "fund.txt"],  # a value that looks like an option
    ["check", "fund.txt", "--select"],
    ["rules"],
    ["explain", "ID001"],
    ["--version"],
    [],
]


@pytest.mark.parametrize("args", NOT_PLAIN, ids=[" ".join(a) or "(none)" for a in NOT_PLAIN])
def test_anything_else_goes_to_typer(args, files, capsys, monkeypatch):
    assert entry.simple_check(args) is None
    fast, typer_run = _both(args, capsys, monkeypatch)
    assert fast == typer_run


_WORDS = st.sampled_from(
    [
        "fund.txt", "ren.txt", "tom.txt", "-", "--quiet", "-q", "--allow-empty",
        "--no-allow-empty", "--isolated", "--show-values", "--mask-values", "--format", "-f",
        "json", "text", "sarif", "xml", "--lang", "en", "da", "--color", "never", "always",
        "--format=json", "--lang=en", "-f=json", "--", "--select", "ID", "email", "--ignore",
        "--jobs", "-j", "0", "2", "--min-confidence", "0.5", "1.5", "--fail-on", "warning",
        "--exclude", "*.txt", "--stdin-filename", "--config", "mappe",
    ]
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(words=st.lists(_WORDS, max_size=7))
def test_any_mix_of_words_runs_alike_both_ways(words, files, capsys, monkeypatch):
    args = ["check", *words]
    fast, typer_run = _both(args, capsys, monkeypatch, stdin=FINDINGS.encode())
    assert fast == typer_run


def _command(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd)


def test_the_command_runs_a_plain_check_without_importing_typer(files):
    result = _command("-X", "importtime", "-m", "promptlint", "check", "fund.txt", cwd=files)
    assert result.returncode == 1, result.stderr
    assert "ID001" in result.stdout and "0102" not in result.stdout.replace("010203-****", "")
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert "promptlint.scan" in imported
    assert "typer" not in imported
    # The same check through typer ("--" ends its options) prints the same report.
    through_typer = _command("-m", "promptlint", "check", "--", "fund.txt", cwd=files)
    assert (through_typer.returncode, through_typer.stdout) == (1, result.stdout)


def test_an_option_typer_would_reject_still_gets_typer_s_message(files):
    result = _command("-m", "promptlint", "check", "--format", "xml", "fund.txt", cwd=files)
    assert result.returncode == 2
    assert result.stderr.startswith("promptlint: error: ")
    assert "xml" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
