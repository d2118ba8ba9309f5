"""The ``promptlint`` command's entry point.

Why a module of its own: typer and click take about 25 ms to import, a third of a short
``promptlint check`` (a commit hook runs one per commit, an editor one per save). The common
calls, ``promptlint check PATH…`` with at most a few plain options (the pre-commit hook's
``--quiet --allow-empty --color never``), are read here, by a parser that accepts only what it
can read exactly as the typer command would, and run without importing typer. Anything else
(help, ``--select``, ``--``, an unknown or misspelt option, no path at all) goes to the typer
application in ``promptlint.cli``, which also gives every usage error its message. A test runs
both ways over the same arguments and compares what they print and return.
"""

from __future__ import annotations

import os
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
}


def simple_check(args: list[str]) -> dict | None:
    """The keyword arguments of ``checking.run_check`` for ``args`` (the words after the
    program's name), or None when they are not a plain check that this parser reads exactly
    as typer does. Options may stand between paths, and a later one wins, as with typer."""
    if os.name == "nt" or len(args) < 2 or args[0] != "check":
        return None  # (typer expands wildcards on Windows; not here)
    opts: dict = {"paths": []}
    words = iter(args[1:])
    for word in words:
        if word == "-" or not word.startswith("-"):
            opts["paths"].append(word)
        elif word in _FLAGS:
            key, value = _FLAGS[word]
            opts[key] = value
        else:
            name, eq, value = word.partition("=")
            if name not in _CHOICES or (eq and not name.startswith("--")):
                return None  # ("-f=json" is the value "=json" to typer)
            if not eq:
                value = next(words, None)
                if value is None:
                    return None
            key, allowed = _CHOICES[name]
            if value not in allowed:
                return None  # typer says what is wrong
            opts[key] = value
    if not opts["paths"]:
        return None  # typer prints the usage, or reads a piped standard input
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
