"""The ``promptlint`` command's entry point.

Why a module of its own: typer and click take about 25 ms to import, a third of a short
``promptlint check`` (a commit hook runs one per commit, an editor one per save). The common
calls, ``promptlint check PATH…`` with the check command's options (the pre-commit hook's
``--quiet --allow-empty --color never``, ``--select``, ``--jobs 4`` …), are read here, by a parser
that accepts only what it can read exactly as the typer command would, and run without importing
typer. Anything else (help, ``--``, an unknown, misspelt or joined option, a value it is unsure
of, no path at all) goes to the typer application in ``promptlint.cli``, which also gives every
usage error its message. A test runs
both ways over the same arguments and compares what they print and return.
"""

from __future__ import annotations

import os
import re
import sys

# Flags: option -> (keyword, value).
_FLAGS = {
    "--quiet": ("quiet", True),
    "-q": ("quiet", True),
    "--allow-empty": ("allow_empty", True),
    "--no-allow-empty": ("allow_empty", False),
    "--isolated": ("isolated", True),
    "--no-isolated": ("isolated", False),
    "--show-values": ("show_values", True),
    "--mask-values": ("show_values", False),
}
# Options with a value from a fixed set: option -> (keyword, allowed values).
_CHOICES = {
    "--format": ("format", ("text", "json", "sarif")),
    "-f": ("format", ("text", "json", "sarif")),
    "--lang": ("lang", ("da", "en")),
    "--color": ("color", ("auto", "always", "never")),
    "--fail-on": ("fail_on", ("error", "warning", "info")),
}
# Options whose values add up ("--select ID --select email"): option -> keyword.
_LISTS = {"--select": "select", "--ignore": "ignore", "--exclude": "exclude"}
# Options with any one value: option -> (keyword, how to read it). A reader returns None for a
# value it cannot read exactly as click would (typer then says what is wrong).
_DIGITS = re.compile(r"[0-9]{1,18}")
_FRACTION = re.compile(r"[0-9]{0,3}(?:\.[0-9]{0,12})?")


def _count(value: str) -> int | None:
    return int(value) if _DIGITS.fullmatch(value) and int(value) >= 1 else None


def _share(value: str) -> float | None:
    if not _FRACTION.fullmatch(value) or value in ("", "."):
        return None
    number = float(value)
    return number if 0.0 <= number <= 1.0 else None


def _path(value: str):
    from pathlib import Path

    return Path(value)


_VALUES = {
    "--stdin-filename": ("stdin_filename", str),
    "--config": ("config_path", _path),
    "--min-confidence": ("min_confidence", _share),
    "--max-file-size": ("max_file_size", _count),
    "--jobs": ("jobs", _count),
    "-j": ("jobs", _count),
}


def simple_check(args: list[str]) -> dict | None:
    """The keyword arguments of ``checking.run_check`` for ``args`` (the words after the
    program's name), or None when they are not a plain check that this parser reads exactly
    as typer does. Options may stand between paths, and a later one wins, as with typer."""
    if os.name == "nt" or len(args) < 2 or args[0] != "check":
        return None  # (typer expands wildcards on Windows; not here)
    opts: dict = {"paths": []}
    lists: dict[str, list[str]] = {}
    words = iter(args[1:])
    for word in words:
        if word == "-" or not word.startswith("-"):
            opts["paths"].append(word)
            continue
        if word in _FLAGS:
            key, flag = _FLAGS[word]
            opts[key] = flag
            continue
        name, eq, value = word.partition("=")
        if eq and not name.startswith("--"):
            return None  # ("-f=json" is the value "=json" to typer)
        if not eq:
            value = next(words, None)
            if value is None or value.startswith("-"):
                return None  # a missing value, or one typer may read as an option
        if name in _CHOICES:
            key, allowed = _CHOICES[name]
            if value not in allowed:
                return None  # typer says what is wrong
            opts[key] = value
        elif name in _LISTS:
            lists.setdefault(_LISTS[name], []).append(value)
        elif name in _VALUES:
            key, read = _VALUES[name]
            opts[key] = read(value)
            if opts[key] is None:
                return None
        else:
            return None
    if not opts["paths"]:
        return None  # typer prints the usage, or reads a piped standard input
    from promptlint.checking import split_values

    for key, values in lists.items():
        opts[key] = split_values(values)
    return opts


def main() -> None:
    """Console-script entry point: one-line errors, exit 2, never a traceback."""
    from promptlint.checking import leave

    leave(run(sys.argv[1:]))


def run(args: list[str]) -> int:
    """The exit code of ``promptlint ARGS``: a plain check runs here, the rest through typer."""
    opts = simple_check(args)
    if opts is None:
        from promptlint.cli import run_app

        return run_app(args)
    from promptlint.checking import guarded, run_check

    return guarded(lambda: run_check(**opts))
