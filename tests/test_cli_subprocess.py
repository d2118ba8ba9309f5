"""The real thing: `python -m promptlint` and the installed `promptlint` console script.

CliRunner does not go through `promptlint.cli.main`, which is where a usage error becomes one
line on stderr and an unexpected exception never becomes a traceback; a real terminal (pty) is
the only way to see what colour and "no input on a terminal" really do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import promptlint

SCRIPT = Path(sys.executable).parent / ("promptlint.exe" if os.name == "nt" else "promptlint")
MODULE = [sys.executable, "-m", "promptlint"]
CPR = "010190-1234"
DIRTY = f"Borgerens CPR-nr.: {CPR}\n"
ONLY = ["--select", "ID001,ID002,CT001"]


def _env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "PROMPTLINT_DEBUG", "COLUMNS")
    }
    env.update(extra)
    return env


def run(args, *, input: bytes | str | None = b"", cwd: Path, env=None, exe=None):
    if isinstance(input, str):
        input = input.encode("utf-8")
    return subprocess.run(
        [*(exe or MODULE), *args],
        input=input,
        capture_output=True,
        cwd=cwd,
        env=env or _env(),
        timeout=60,
    )


def assert_one_line_error(proc, *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err and "Traceback" not in proc.stdout.decode("utf-8")
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("promptlint: error: "), err
    for needle in needles:
        assert needle in lines[0]


def test_python_dash_m_version(tmp_path):
    proc = run(["--version"], cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.decode().strip() == f"promptlint {promptlint.__version__}"


def test_console_script_is_installed_next_to_the_interpreter(tmp_path):
    assert SCRIPT.exists(), SCRIPT
    proc = run(["--version"], cwd=tmp_path, exe=[str(SCRIPT)])
    assert proc.returncode == 0
    assert proc.stdout.decode().strip() == f"promptlint {promptlint.__version__}"


@pytest.mark.parametrize("exe", ["module", "script"])
def test_exit_codes_0_and_1(tmp_path, exe):
    command = MODULE if exe == "module" else [str(SCRIPT)]
    clean = run(["check", "-"], input="Hvad er klokken i Tokyo?\n", cwd=tmp_path, exe=command)
    assert clean.returncode == 0, clean.stderr
    dirty = run(["check", "-", *ONLY], input=DIRTY, cwd=tmp_path, exe=command)
    assert dirty.returncode == 1, dirty.stderr
    assert b"ID001" in dirty.stdout
    assert dirty.stderr == b""


def test_piped_stdin_without_a_path(tmp_path):
    proc = run(["check", "--format", "json", *ONLY], input=DIRTY, cwd=tmp_path)
    assert proc.returncode == 1
    [finding] = json.loads(proc.stdout)["findings"]
    assert finding["path"] == "-" and finding["rule"] == "ID001"


@pytest.mark.parametrize(
    ("args", "input", "needle"),
    [
        (["check", "missing.txt"], b"", "missing.txt"),
        (["check", "-"], b"", "tomt input"),
        (["check", "-", "--format", "xml"], DIRTY, "--format"),
        (["check", "-", "--nope"], DIRTY, "--nope"),
        (["check", "-", "--min-confidence", "3"], DIRTY, "--min-confidence"),
        (["check", "-", "--select", "XYZ"], DIRTY, "XYZ"),
        (["check", "-", "--config", "nope.toml"], DIRTY, "nope.toml"),
        (["explain", "NOPE"], b"", "NOPE"),
        (["frobnicate"], b"", "frobnicate"),
    ],
    ids=[
        "missing-file",
        "empty-stdin",
        "bad-format",
        "unknown-option",
        "out-of-range",
        "unknown-selector",
        "missing-config",
        "unknown-rule",
        "unknown-command",
    ],
)
def test_usage_and_input_errors_are_one_line_exit_2(tmp_path, args, input, needle):
    assert_one_line_error(run(args, input=input, cwd=tmp_path), needle)


def test_broken_config_is_one_line_exit_2(tmp_path):
    (tmp_path / ".promptlint.toml").write_text("lang = \n", encoding="utf-8")
    assert_one_line_error(run(["check", "-"], input=DIRTY, cwd=tmp_path), ".promptlint.toml")


def test_explicit_binary_file_is_one_line_exit_2(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"\x00\x00\x01" * 10)
    assert_one_line_error(run(["check", "a.bin"], cwd=tmp_path), "a.bin: binær fil, ikke tekst")
    assert_one_line_error(
        run(["check", "--lang", "en", "a.bin"], cwd=tmp_path), "a.bin: binary file, not text"
    )


def test_bare_command_prints_help_and_exits_2(tmp_path):
    proc = run([], cwd=tmp_path)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "Usage" in err and "check" in err and "Traceback" not in err


def test_json_offsets_from_a_real_process(tmp_path):
    text = f"Åse 😀 skrev 🎉:\nÆØÅ 🎉 CPR-nr.: {CPR} og søren@æøå.dk 😀\n"
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    proc = run(["check", "n.txt", "--format", "json", "--show-values", *ONLY], cwd=tmp_path)
    assert proc.returncode == 1
    found = json.loads(proc.stdout)["findings"]
    assert [f["value"] for f in found] == [CPR, "søren@æøå.dk"]
    for f in found:
        assert text[f["start"] : f["end"]] == f["value"]
        assert f["line"] == 2
        assert f["column"] == f["start"] - text.index("\n") - 1 + 1


def test_reader_going_away_is_not_an_error(tmp_path):
    """`promptlint check big.txt | head -1` must end quietly, without a traceback."""
    big = tmp_path / "big.txt"
    big.write_text(f"CPR-nr.: {CPR}\n" * 3000, encoding="utf-8")
    proc = subprocess.Popen(
        [*MODULE, "check", "big.txt", "--quiet", *ONLY],
        cwd=tmp_path,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout.readline().startswith(b"big.txt:1:10: ID001")
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert b"Traceback" not in err and b"internal error" not in err, err
    assert proc.returncode in (0, 1)


# --- a real terminal -------------------------------------------------------------------------

pty = pytest.importorskip("pty") if os.name != "nt" else None


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def run_with_tty_stdout(args, *, input: str, cwd: Path, env: dict[str, str]):
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [*MODULE, *args],
        stdin=subprocess.PIPE,
        stdout=slave,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=env,
    )
    os.close(slave)
    proc.stdin.write(input.encode("utf-8"))
    proc.stdin.close()
    out = _read_all(master)
    proc.wait(timeout=60)
    err = proc.stderr.read()
    os.close(master)
    return proc.returncode, out, err


@pytest.mark.skipif(os.name == "nt", reason="needs a pty")
@pytest.mark.parametrize(
    ("args", "extra_env", "coloured"),
    [
        ([], {}, True),
        (["--color", "never"], {}, False),
        ([], {"NO_COLOR": "1"}, False),
        (["--color", "always"], {"NO_COLOR": "1"}, True),
    ],
    ids=["auto", "never", "NO_COLOR", "always-beats-NO_COLOR"],
)
def test_colour_on_a_terminal(tmp_path, args, extra_env, coloured):
    env = _env(TERM="xterm-256color", **extra_env)
    code, out, err = run_with_tty_stdout(
        ["check", "-", *ONLY, *args], input=DIRTY, cwd=tmp_path, env=env
    )
    assert code == 1, err
    assert b"ID001" in out
    assert (b"\x1b[" in out) is coloured, out[:200]


def test_no_colour_into_a_pipe(tmp_path):
    proc = run(["check", "-", *ONLY], input=DIRTY, cwd=tmp_path, env=_env(TERM="xterm-256color"))
    assert proc.returncode == 1
    assert b"\x1b[" not in proc.stdout


@pytest.mark.skipif(os.name == "nt", reason="needs a pty")
def test_no_path_with_a_terminal_on_stdin_prints_usage_and_exits_2(tmp_path):
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [*MODULE, "check"],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=_env(),
    )
    os.close(slave)
    try:
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(master)
    assert proc.returncode == 2, err
    text = err.decode("utf-8")
    assert "Usage" in text and "Traceback" not in text and "internal error" not in text
    assert text.strip().splitlines()[-1].startswith("promptlint: error: ingen input")
    assert out == b""
