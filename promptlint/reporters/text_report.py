"""The human report: findings grouped by file, each with its guideline and a masked source line."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import TextIO

from promptlint.masking import mask
from promptlint.messages import note_text, severity_label, t
from promptlint.reporters import Report

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_MAX_LINE = 140


def _findings_by_line(report: Report) -> dict[tuple[str, int], list]:
    """Each (path, line) with the findings that touch it, in report order (by position)."""
    by_line: dict[tuple[str, int], list] = {}
    for f in report.findings:
        for line in range(f.line, f.end_line + 1):
            by_line.setdefault((f.path, line), []).append(f)
    return by_line


def _shown_line(
    report: Report, path: str, line: int, by_line: dict[tuple[str, int], list]
) -> tuple[str, int] | None:
    """The source line with every finding's value on it masked, and the line's start offset."""
    entry = report.line_texts.get((path, line))
    if entry is None:
        return None
    offset, text = entry
    if report.show_values:
        return text, offset
    end_of_line = offset + len(text)
    pieces, cursor = [], offset
    for f in by_line.get((path, line), ()):
        if f.end <= offset or f.start >= end_of_line:
            continue
        start, end = max(f.start, offset), min(f.end, end_of_line)
        if start < cursor:
            continue
        pieces.append(text[cursor - offset : start - offset])
        masked = mask(f.value, f.rule.mask)
        # Keep the masked text aligned with the original so the marker stays under it.
        part = masked[start - f.start : start - f.start + (end - start)]
        pieces.append(part.ljust(end - start, "*"))
        cursor = end
    pieces.append(text[cursor - offset :])
    return "".join(pieces), offset


def _window(text: str, col: int, width: int) -> tuple[str, int]:
    """Cut a long line to a window around the column; returns the text and the new column."""
    if len(text) <= _MAX_LINE:
        return text, col
    left = max(0, min(col - 1 - 40, len(text) - _MAX_LINE))
    cut = text[left : left + _MAX_LINE]
    prefix = "…" if left > 0 else ""
    suffix = "…" if left + _MAX_LINE < len(text) else ""
    return prefix + cut + suffix, col - left + len(prefix)


class PlainText:
    """The few parts of rich's Text the report uses, for uncoloured output without rich."""

    def __init__(self, text: str = "", style: str | None = None) -> None:
        self.plain = text

    def append(self, text: str, style: str | None = None) -> None:
        self.plain += text

    def stylize(self, *_args) -> None:
        pass


class PlainConsole:
    """Uncoloured output straight to a stream: no rich import on the common piped path. Lines
    are written in batches (a report of 50,000 findings has 200,000 lines)."""

    _BATCH = 4096

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._lines: list[str] = []

    def print(self, obj: object = "", soft_wrap: bool = False) -> None:
        self.lines((obj.plain if isinstance(obj, PlainText) else str(obj),))

    def lines(self, lines: Iterable[str]) -> None:
        self._lines.extend(lines)
        if len(self._lines) >= self._BATCH:
            self.flush()

    def flush(self) -> None:
        if self._lines:
            self._lines.append("")
            self.stream.write("\n".join(self._lines))
            self._lines = []


class _Parts:
    """The texts of a finding's lines that depend only on its rule and severity, made once."""

    def __init__(self, report: Report, quiet: bool) -> None:
        self.report = report
        self.lang = report.lang
        self.quiet = quiet
        self._heads: dict[tuple[str, str], tuple[str, str, str]] = {}
        self._guidelines: dict[int, str | None] = {}
        self._confidence = t("confidence", self.lang)

    def head(self, f) -> tuple[str, str, str]:
        """The code, " [severity] " and the message."""
        key = (f.rule.code, str(f.severity))
        parts = self._heads.get(key)
        if parts is None:
            sev = key[1]
            parts = (f.rule.code, f" [{severity_label(sev, self.lang)}] ", f.rule.text("message", self.lang))
            self._heads[key] = parts
        return parts

    def confidence(self, f) -> str:
        return f"  ({self._confidence} {f.confidence:.2f})"

    def guideline(self, f) -> str | None:
        number = f.rule.guideline
        if number not in self._guidelines:
            guideline = self.report.guidelines.get(number)
            self._guidelines[number] = (
                None
                if guideline is None
                else f"    {t('guideline', self.lang)} {guideline.id}: {guideline.text('title', self.lang)}"
            )
        return self._guidelines[number]


def _source(f, shown: tuple[str, int]) -> tuple[str, str, int, int]:
    """The gutter, the visible part of the masked line, and the finding's column and width in
    it."""
    line_text, offset = shown
    # Columns within the shown text (for a streamed input it may start mid-line).
    start_col = f.start - offset + 1
    end_col = f.end - offset + 1 if f.end_line == f.line else len(line_text) + 1
    width = max(1, end_col - start_col)
    visible, col = _window(line_text, start_col, width)
    return f"{f.line:>6} │ ", visible, col, width


def render(report: Report, console, quiet: bool = False) -> None:
    """Print to a rich Console (colours) or a PlainConsole (no colours, no rich import)."""
    plain = isinstance(console, PlainConsole)
    if plain:
        Text = PlainText  # noqa: N806 - stands in for rich.text.Text
    else:
        from rich.text import Text
    # The masked lines, each made once: a line with several findings is shown under each.
    by_line = _findings_by_line(report) if not quiet else {}
    shown_lines: dict[tuple[str, int], tuple[str, int] | None] = {}
    parts = _Parts(report, quiet)
    for path, group in groupby(report.findings, key=lambda f: f.path):
        findings = list(group)
        if not quiet:
            console.print(Text(path, style="bold underline"))
        for f in findings:
            shown = None
            if not quiet:
                key = (f.path, f.line)
                if key not in shown_lines:
                    shown_lines[key] = _shown_line(report, f.path, f.line, by_line)
                shown = shown_lines[key]
            if plain:
                console.lines(_plain_lines(f, parts, shown))
            else:
                _print_rich(console, Text, f, parts, shown)
        if not quiet:
            console.print()
    lang = report.lang
    for path, notes in report.notes.items():
        for note in notes:
            if not quiet:
                console.print(
                    Text(f"{path}: {t('note', lang)}: {note_text(note, lang)}", style="dim"),
                    soft_wrap=True,
                )
    if not quiet:
        _summary(report, console, Text)
    if plain:
        console.flush()


def _plain_lines(f, parts: _Parts, shown: tuple[str, int] | None) -> list[str]:
    code, severity, message = parts.head(f)
    head = f"{f.path}:{f.line}:{f.column}: {code}{severity}{message}"
    if parts.quiet:
        return [head]
    lines = [head + parts.confidence(f)]
    guideline = parts.guideline(f)
    if guideline is not None:
        lines.append(guideline)
    if shown is not None:
        gutter, visible, col, width = _source(f, shown)
        lines.append(gutter + visible)
        lines.append(" " * (len(gutter) - 2) + "│ " + " " * (col - 1) + "^" * width)
    return lines


def _print_rich(console, Text, f, parts: _Parts, shown: tuple[str, int] | None) -> None:  # noqa: N803
    sev = str(f.severity)
    code, severity, message = parts.head(f)
    head = Text()
    head.append(f"{f.path}:{f.line}:{f.column}: ", style="bold")
    head.append(code, style="bold " + _STYLE[sev])
    head.append(severity, style=_STYLE[sev])
    head.append(message)
    if parts.quiet:
        console.print(head)
        return
    head.append(parts.confidence(f), style="dim")
    console.print(head)
    guideline = parts.guideline(f)
    if guideline is not None:
        console.print(Text(guideline, style="dim"))
    if shown is None:
        return
    gutter, visible, col, width = _source(f, shown)
    source = Text(gutter, style="dim")
    source.append(visible)
    source.stylize(_STYLE[sev], len(gutter) + col - 1, len(gutter) + col - 1 + width)
    console.print(source, soft_wrap=True)
    marker = Text(" " * (len(gutter) - 2) + "│ " + " " * (col - 1), style="dim")
    marker.append("^" * width, style=_STYLE[sev])
    console.print(marker, soft_wrap=True)


def _summary(report: Report, console, Text) -> None:  # noqa: N803 - a text class
    lang = report.lang
    if not report.findings:
        console.print(Text(t("summary.none", lang, files=report.files_scanned), style="green"))
        if report.files_skipped:
            console.print(Text("  " + t("summary.skipped", lang, n=report.files_skipped), style="dim"))
        return
    console.print(
        Text(
            t(
                "summary.found",
                lang,
                count=len(report.findings),
                with_findings=report.files_with_findings(),
                files=report.files_scanned,
            ),
            style="bold",
        )
    )
    entities = " · ".join(f"{entity} {n}" for entity, n in report.by_entity().items())
    console.print(Text(f"  {t('summary.entities', lang)}: {entities}"))
    if report.files_skipped:
        console.print(Text("  " + t("summary.skipped", lang, n=report.files_skipped), style="dim"))
    if not report.show_values:
        console.print(Text("  " + t("summary.values_hidden", lang), style="dim"))
    always = report.guidelines.always_applying()
    if always:
        items = "; ".join(f"{g.id}. {g.text('title', lang)}" for g in always)
        console.print(Text(t("summary.reminder", lang, items=items), style="italic"))
