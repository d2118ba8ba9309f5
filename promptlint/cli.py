"""The command line: ``promptlint check``, ``promptlint rules`` and ``promptlint explain``.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings; 2 usage, input or config error
(one line on stderr, never a traceback).
"""


import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from promptlint import __version__
from promptlint.checking import guarded, leave, make_console, run_check, split_values
from promptlint.errors import PromptlintError

app = typer.Typer(
    name="promptlint",
    help="Find personal and confidential data in text before it goes into a public AI tool.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"


class Lang(str, Enum):
    da = "da"
    en = "en"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def fail(message: str) -> typer.Exit:
    typer.echo(f"promptlint: error: {message}", err=True)
    return typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"promptlint {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """promptlint: check text before it goes into ChatGPT, Copilot or Gemini."""


@app.command()
def check(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, directories (recursive) or '-' for standard input."),
    ] = None,
    format: Annotated[Format | None, typer.Option("--format", "-f", help="Output format.")] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(help="Rules to run: codes, prefixes or entities, comma-separated (e.g. ID,email)."),
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Rules to skip: codes, prefixes or entities.")
    ] = None,
    fail_on: Annotated[
        Level | None, typer.Option("--fail-on", help="Lowest severity that makes the exit code 1.")
    ] = None,
    show_values: Annotated[
        bool | None,
        typer.Option("--show-values/--mask-values", help="Print found values unmasked."),
    ] = None,
    lang: Annotated[Lang | None, typer.Option(help="Language of messages (da or en).")] = None,
    color: Annotated[Color, typer.Option(help="Colour output.")] = Color.auto,
    config: Annotated[
        Path | None, typer.Option(help="Config file (pyproject.toml or .promptlint.toml).")
    ] = None,
    isolated: Annotated[bool, typer.Option(help="Ignore all configuration files.")] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only the findings, one line each.")
    ] = False,
    stdin_filename: Annotated[
        str | None, typer.Option(help="Name to report for standard input.")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Glob(s) of files or directories to skip.")
    ] = None,
    min_confidence: Annotated[
        float | None, typer.Option(min=0.0, max=1.0, help="Hide findings below this confidence.")
    ] = None,
    max_file_size: Annotated[
        int | None, typer.Option(min=1, help="Largest input in bytes (default 4 GiB; above 8 MiB inputs are streamed).")
    ] = None,
    allow_empty: Annotated[
        bool, typer.Option(help="Skip empty files instead of reporting them as an input error.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes for many files (default: cores)."),
    ] = None,
) -> None:
    """Check files, directories or standard input for personal and confidential data."""
    try:
        code = run_check(
            paths=paths or [],
            usage=ctx.get_help,
            format=format.value if format else None,
            select=split_values(select),
            ignore=split_values(ignore),
            fail_on=fail_on.value if fail_on else None,
            show_values=show_values,
            lang=lang.value if lang else None,
            color=color.value,
            config_path=config,
            isolated=isolated,
            quiet=quiet,
            stdin_filename=stdin_filename,
            exclude=split_values(exclude),
            min_confidence=min_confidence,
            max_file_size=max_file_size,
            allow_empty=allow_empty,
            jobs=jobs,
        )
    except PromptlintError as exc:
        raise fail(str(exc)) from None
    raise typer.Exit(code)


@app.command()
def rules(
    format: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
    lang: Annotated[Lang, typer.Option(help="Language of texts.")] = Lang.da,
    config: Annotated[Path | None, typer.Option(help="Config file.")] = None,
    isolated: Annotated[bool, typer.Option(help="Ignore all configuration files.")] = False,
    color: Annotated[Color, typer.Option(help="Colour output.")] = Color.auto,
) -> None:
    """List every rule: code, entity, guideline and default severity."""
    try:
        registry, guidelines, _ = _load(config, isolated)
    except PromptlintError as exc:
        raise fail(str(exc)) from None
    lang_v = lang.value
    ordered = sorted(registry.rules.values(), key=lambda r: r.code)
    if format == Format.json:
        import json

        items = [
            {
                "code": r.code,
                "name": r.name,
                "entity": r.entity,
                "severity": str(r.severity),
                "guideline": r.guideline,
                "message": r.text("message", lang_v),
                "source": r.source,
            }
            for r in ordered
        ]
        typer.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    from promptlint.messages import severity_label, t

    table = Table(box=None, pad_edge=False, show_edge=False)
    for key in ("rules.code", "rules.name", "rules.entity", "rules.severity", "rules.guideline"):
        table.add_column(t(key, lang_v))
    for r in ordered:
        g = guidelines.get(r.guideline)
        g_text = f"{r.guideline}. {g.text('title', lang_v)}" if g else str(r.guideline)
        table.add_row(r.code, r.name, r.entity, severity_label(r.severity, lang_v), g_text)
    make_console(color.value).print(table)


@app.command()
def explain(
    code: Annotated[str, typer.Argument(help="A rule code, e.g. ID001.")],
    lang: Annotated[Lang, typer.Option(help="Language of texts.")] = Lang.da,
    config: Annotated[Path | None, typer.Option(help="Config file.")] = None,
    isolated: Annotated[bool, typer.Option(help="Ignore all configuration files.")] = False,
) -> None:
    """Explain a rule: what it finds, why, examples and the guideline behind it."""
    from promptlint.messages import severity_label, t

    lang_v = lang.value
    try:
        registry, guidelines, _ = _load(config, isolated)
    except PromptlintError as exc:
        raise fail(str(exc)) from None
    rule = registry.rule(code)
    if rule is None:
        raise fail(t("error.unknown_rule", lang_v, code=code))
    g = guidelines.get(rule.guideline)
    lines = [f"{rule.code} ({rule.name})", rule.text("message", lang_v), ""]
    lines += [f"## {t('explain.what', lang_v)}", rule.text("what", lang_v) or rule.text("message", lang_v), ""]
    lines.append(f"## {t('explain.why', lang_v, n=rule.guideline)}")
    if g is not None:
        lines.append(f"{g.id}. {g.text('title', lang_v)}: {g.text('explanation', lang_v)}")
    if rule.text("why", lang_v):
        lines.append(rule.text("why", lang_v))
    lines.append("")
    if rule.examples:
        lines.append(f"## {t('explain.example', lang_v)}")
        lines += [f"    {e}" for e in rule.examples]
        lines.append("")
    if rule.counter_examples:
        lines.append(f"## {t('explain.counter', lang_v)}")
        lines += [f"    {e}" for e in rule.counter_examples]
        lines.append("")
    if rule.text("instead", lang_v):
        lines += [f"## {t('explain.instead', lang_v)}", rule.text("instead", lang_v), ""]
    lines.append(
        t(
            "explain.meta",
            lang_v,
            entity=rule.entity,
            severity=severity_label(rule.severity, lang_v),
            source=rule.source,
        )
    )
    typer.echo("\n".join(lines))


@app.command()
def evaluate(
    paths: Annotated[list[Path], typer.Argument(help="Annotated corpus files or directories.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
    details: Annotated[
        bool, typer.Option(help="List every false positive and false negative (shows values).")
    ] = False,
    config: Annotated[Path | None, typer.Option(help="Config file.")] = None,
    isolated: Annotated[bool, typer.Option(help="Ignore all configuration files.")] = True,
) -> None:
    """Score detection quality on an annotated corpus (format: ⟦entity|text⟧)."""
    from promptlint import corpus
    from promptlint.config import load_config
    from promptlint.scan import build_engine

    try:
        cfg = load_config(config, isolated)
        _, engine = build_engine(cfg)
        documents = corpus.load(paths)
    except (PromptlintError, corpus.CorpusFormatError, OSError) as exc:
        raise fail(str(exc)) from None

    def predict(text: str):
        return [(f.entity, f.start, f.end) for f in engine.scan(text)]

    scores = corpus.score(documents, predict)
    if format == Format.json:
        import json

        typer.echo(json.dumps(scores.as_dict(), indent=2))
        return
    typer.echo(f"{'entity':<18}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'exactF1':>9}")
    for entity, sc in sorted(scores.entities.items()):
        typer.echo(
            f"{entity:<18}{sc.gold:>6}{sc.predicted:>6}{sc.precision:>8.3f}{sc.recall:>8.3f}"
            f"{sc.f1:>8.3f}{sc.exact_f1:>9.3f}"
        )
    typer.echo(
        f"documents {scores.documents}, clean {scores.clean_documents}, "
        f"clean with a finding {scores.clean_flagged} "
        f"(false-alarm rate {scores.false_alarm_rate:.1%})"
    )
    if details:
        for path, entity, value in scores.errors.false_positives:
            typer.echo(f"FP {entity:<16} {path}: {value!r}")
        for path, entity, value in scores.errors.false_negatives:
            typer.echo(f"FN {entity:<16} {path}: {value!r}")


def _load(config_path, isolated):
    from promptlint.config import load_config
    from promptlint.guidelines import load_guidelines
    from promptlint.registry import build_registry

    cfg = load_config(config_path, isolated)
    registry = build_registry(cfg.pattern_dirs, plugins=cfg.plugins)
    return registry, load_guidelines(cfg.guidelines), cfg


def _click_exceptions():
    """Typer >= 0.29 vendors click; older releases use the click package."""
    try:
        from typer._click.exceptions import ClickException
    except ImportError:  # pragma: no cover - older typer
        from click.exceptions import Abort, ClickException

        return ClickException, Abort
    return ClickException, typer.Abort


def main() -> None:
    """Console-script entry point (``promptlint.entry.main``, which runs a plain check without
    typer): one-line errors, exit 2, never a traceback."""
    from promptlint.entry import run

    leave(run(sys.argv[1:]))


def _main() -> int:
    """``promptlint`` with ``sys.argv``, always through typer."""
    return run_app(sys.argv[1:])


def run_app(args: list[str]) -> int:
    """The exit code of ``promptlint ARGS`` run by the typer application."""
    click_exception, click_abort = _click_exceptions()

    def run() -> int:
        try:
            return app(args, prog_name="promptlint", standalone_mode=False)
        except click_exception as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare `promptlint`: help, not an error
                typer.echo(exc.format_message(), err=True)
            else:
                typer.echo(f"promptlint: error: {exc.format_message()}", err=True)
            return 2 if exc.exit_code == 2 else exc.exit_code
        except (click_abort, typer.Abort):
            return 130

    return guarded(run)
