"""What ``promptlint check`` does once its arguments are known: load the config, scan, render
the report, choose the exit code. Without typer, so that a plain ``promptlint check FILE``
(see ``promptlint.entry``) never imports it; the typer command in ``promptlint.cli`` calls the
same ``run_check``.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings; 2 usage, input or config error
(one line on stderr, never a traceback); 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from promptlint.errors import PromptlintError


def echo(message: str, err: bool = False) -> None:
    """A line on stdout (or stderr), as ``typer.echo`` writes it."""
    stream = sys.stderr if err else sys.stdout
    stream.write(f"{message}\n")
    stream.flush()


def wants_color(color: str, stream) -> bool:
    if color == "always":
        return True
    if color == "never" or "NO_COLOR" in os.environ:
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def make_console(color: str, stream=None):
    stream = stream or sys.stdout
    no_color = color == "never" or (color == "auto" and "NO_COLOR" in os.environ)
    from rich.console import Console

    return Console(
        file=stream,
        force_terminal=True if color == "always" else None,
        no_color=no_color,
        # rich's no_color drops colours but keeps bold/underline codes; "never" means plain.
        color_system=None if no_color else "auto",
        highlight=False,
        soft_wrap=True,
        emoji=False,
        markup=False,
    )


def report_console(color: str, stream=None):
    """The report's output: rich with colours on a terminal, plain text everywhere else."""
    stream = stream or sys.stdout
    if wants_color(color, stream):
        return make_console(color, stream)
    from promptlint.reporters.text_report import PlainConsole

    return PlainConsole(stream)


def stdin_is_terminal() -> bool:
    try:
        return sys.stdin is None or sys.stdin.isatty()
    except (AttributeError, ValueError):
        return True


def stdin_buffer():
    stream = sys.stdin
    if stream is None:
        return None
    return getattr(stream, "buffer", None)


def split_values(values: list[str] | None) -> tuple[str, ...] | None:
    """Repeated, comma-separated option values ("--select ID,email --select NM") as one tuple."""
    if values is None:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def run_check(
    *,
    paths: list[str],
    usage: Callable[[], str] | None = None,
    format: str | None = None,  # noqa: A002 - the option's name
    select: tuple[str, ...] | None = None,
    ignore: tuple[str, ...] | None = None,
    fail_on: str | None = None,
    show_values: bool | None = None,
    lang: str | None = None,
    color: str = "auto",
    config_path=None,
    isolated: bool = False,
    quiet: bool = False,
    stdin_filename: str | None = None,
    exclude: tuple[str, ...] | None = None,
    min_confidence: float | None = None,
    max_file_size: int | None = None,
    allow_empty: bool = False,
    jobs: int | None = None,
) -> int:
    """Check ``paths`` and print the report; the exit code. ``usage`` gives the help text
    printed when there is nothing to read (no path, standard input a terminal)."""
    from promptlint.config import load_config
    from promptlint.model import Severity

    cfg = load_config(config_path, isolated)
    cfg = cfg.with_overrides(
        format=format,
        lang=lang,
        show_values=show_values,
        min_confidence=min_confidence,
        max_file_size=max_file_size,
        fail_on=Severity.parse(fail_on) if fail_on else None,
        select=select,
    )
    if ignore:
        cfg = cfg.with_overrides(ignore=cfg.ignore + ignore)
    if exclude:
        cfg = cfg.with_overrides(exclude=cfg.exclude + exclude)

    paths = list(paths)
    if not paths:
        if stdin_is_terminal():
            from promptlint.messages import t

            if usage is not None:
                echo(usage(), err=True)
            raise PromptlintError(t("usage.no_input", cfg.lang))
        paths = ["-"]

    from promptlint.scan import run_scan, terminal_progress

    report = run_scan(
        cfg,
        paths,
        stdin=stdin_buffer(),
        stdin_filename=stdin_filename,
        allow_empty=allow_empty,
        jobs=jobs,
        progress=None if quiet else terminal_progress(),
        collect_lines=cfg.format == "text" and not quiet,
    )
    if report.files_scanned or not report.problems or cfg.format != "text":
        render(report, cfg.format, color, quiet)
    if report.problems:
        from promptlint.messages import problem_text

    for path, message in report.problems:
        echo(f"promptlint: error: {problem_text(path, message, cfg.lang)}", err=True)
    if report.problems:
        return 2
    return 1 if any(f.severity >= cfg.fail_on for f in report.findings) else 0


def render(report, fmt: str, color: str, quiet: bool) -> None:
    if fmt == "json":
        from promptlint.reporters import json_report

        json_report.render(report, sys.stdout)
    elif fmt == "sarif":
        from promptlint.reporters import sarif_report

        sarif_report.render(report, sys.stdout)
    else:
        from promptlint.reporters import text_report

        text_report.render(report, report_console(color), quiet=quiet)


def guarded(run: Callable[[], int]) -> int:
    """``run()``'s exit code, with what can go wrong in any command as one line and a code:
    our errors 2, an interrupt 130, a closed pipe 0, a bug of ours 2 (a traceback only with
    PROMPTLINT_DEBUG)."""
    try:
        code = run()
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        # The reader went away (``promptlint check x | head``); that is not our error.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        code = 0
    except PromptlintError as exc:
        echo(f"promptlint: error: {exc}", err=True)
        code = 2
    except Exception as exc:  # a bug of ours: one line, unless PROMPTLINT_DEBUG asks for more
        if os.environ.get("PROMPTLINT_DEBUG"):
            raise
        echo(
            f"promptlint: internal error: {type(exc).__name__}: {exc} "
            "(set PROMPTLINT_DEBUG=1 for details and please report it)",
            err=True,
        )
        code = 2
    return code if isinstance(code, int) else 0


def leave(code: int) -> None:
    """Flush the output and end the process without tearing the interpreter down.

    Why: a run holds word lists and compiled patterns as some hundred thousand objects, and
    Python's shutdown frees them one by one: about 20 ms, a fifth of a short run, for memory
    the operating system takes back at once. Nothing of promptlint's needs a finalizer: the
    report goes to stdout/stderr (flushed here), files are read with ``with`` blocks and worker
    pools are closed before the report is written.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):  # closed or gone (``| head``): nothing to add
            pass
    os._exit(code)
