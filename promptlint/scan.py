"""One ``promptlint check`` run: configuration -> registry -> engine -> inputs -> report.

Many files are scanned in parallel worker processes (``--jobs``); results are merged back in a
deterministic order. Large inputs are scanned chunk by chunk (see ``extract.iter_chunks``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from typing import BinaryIO

from promptlint.config import Config
from promptlint.engine import Allowlist, Engine, LineIndex, Selection
from promptlint.errors import ConfigError
from promptlint.extract import (
    STDIN,
    Document,
    FileInput,
    Problem,
    Skipped,
    StreamedDocument,
    iter_chunks,
    plan_inputs,
    read_input,
    read_stdin,
)
from promptlint.guidelines import load_guidelines
from promptlint.model import Finding
from promptlint.registry import build_registry
from promptlint.reporters import Report

# Below these, starting worker processes costs more than it saves.
_PARALLEL_MIN_FILES = 16
_PARALLEL_MIN_BYTES = 2 * 1024 * 1024


def build_engine(cfg: Config):
    registry = build_registry(cfg.pattern_dirs, plugins=cfg.plugins)
    selection = Selection(cfg.select, cfg.ignore)
    unknown = selection.unknown(registry.rules.values())
    if unknown:
        raise ConfigError(f"--select/--ignore: '{unknown[0]}' matches no rule (see promptlint rules)")
    for code in cfg.severity:
        if code not in registry.rules:
            raise ConfigError(f"severity: unknown rule code '{code}' (see promptlint rules)")
    engine = Engine(
        registry.detectors,
        registry.rules,
        selection=selection,
        allowlist=Allowlist(frozenset(cfg.allow), cfg.allow_regex),
        min_confidence=cfg.min_confidence,
        severity_overrides=cfg.severity,
        keep_values=cfg.show_values or cfg.format != "json",
    )
    return registry, engine


class Scanned:
    """What scanning one document produced."""

    __slots__ = ("path", "findings", "line_texts", "notes")

    def __init__(
        self,
        path: str,
        findings: list[Finding],
        line_texts: dict[tuple[str, int], tuple[int, str]],
        notes: list[str],
    ) -> None:
        self.path = path
        self.findings = findings
        self.line_texts = line_texts
        self.notes = notes


def scan_document(
    engine: Engine, doc: Document | StreamedDocument, collect_lines: bool = True
) -> Scanned:
    """Scan a document chunk by chunk; ``collect_lines`` keeps each finding's source line
    (only the text report shows them)."""
    findings: list[Finding] = []
    line_texts: dict[tuple[str, int], tuple[int, str]] = {}
    for chunk in iter_chunks(doc):
        found = engine.scan(
            chunk.text,
            doc.path,
            origin=(chunk.start, chunk.line, chunk.column),
            keep=(chunk.keep_from, chunk.keep_to),
        )
        if not found:
            continue
        findings += found
        if not collect_lines:
            continue
        index = LineIndex(chunk.text)
        for f in found:
            key = (f.path, f.line)
            if key not in line_texts:
                rel_line, _ = index.locate(f.start - chunk.start)
                line_texts[key] = (
                    chunk.start + index.line_start(rel_line),
                    index.line_text(rel_line),
                )
    return Scanned(doc.path, findings, line_texts, list(doc.notes))


# --- parallel scanning of many files -------------------------------------------------------

_WORKER_ENGINE: Engine | None = None


def _scan_file_task(args: tuple[FileInput, int, bool, bool]) -> Scanned | Skipped | Problem:
    task, max_size, allow_empty, collect_lines = args
    assert _WORKER_ENGINE is not None
    doc = read_input(task, max_size, allow_empty)
    if isinstance(doc, (Skipped, Problem)):
        return doc
    return _scan_or_problem(_WORKER_ENGINE, doc, collect_lines)


def _scan_or_problem(
    engine: Engine, doc: Document | StreamedDocument, collect_lines: bool
) -> Scanned | Problem:
    """scan_document, or the document's problem when a pack's pattern ran past its time limit
    on it: that file is reported (exit code 2) and the other files are still checked."""
    from promptlint.packs import SlowPatternError

    try:
        return scan_document(engine, doc, collect_lines)
    except SlowPatternError as exc:
        return Problem(doc.path, f"{doc.path}: {exc}")


def _pool_context():
    import multiprocessing

    # fork shares the parent's loaded detectors and data with the workers for free.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def run_scan(
    cfg: Config,
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    stdin_filename: str | None = None,
    allow_empty: bool = False,
    jobs: int | None = None,
    progress: Callable[[int], Callable[[], None]] | None = None,
    collect_lines: bool = True,
) -> Report:
    global _WORKER_ENGINE
    registry, engine = build_engine(cfg)
    guidelines = load_guidelines(cfg.guidelines)
    report = Report(
        findings=[],
        rules=registry.rules,
        guidelines=guidelines,
        lang=cfg.lang,
        show_values=cfg.show_values,
    )

    def add(item: Scanned | Skipped | Problem) -> None:
        if isinstance(item, Problem):
            report.problems.append((item.path, item.message))
        elif isinstance(item, Skipped):
            report.files_skipped += 1
        else:
            report.files_scanned += 1
            if item.notes:
                report.notes[item.path] = item.notes
            report.findings.extend(item.findings)
            report.line_texts.update(item.line_texts)

    items = list(_plan(paths, stdin, stdin_filename, cfg))
    tasks = [i for i in items if isinstance(i, FileInput)]
    jobs = default_jobs() if jobs is None else max(1, jobs)
    parallel = (
        jobs > 1
        and len(tasks) >= 2
        and (len(tasks) >= _PARALLEL_MIN_FILES or _total_size(tasks) >= _PARALLEL_MIN_BYTES)
    )
    tick = progress(len(tasks)) if progress and tasks else None

    if parallel:
        _WORKER_ENGINE = engine
        args = [(t, cfg.max_file_size, allow_empty, collect_lines) for t in tasks]
        chunksize = max(1, min(64, len(tasks) // (jobs * 8)))
        with _pool_context().Pool(min(jobs, len(tasks))) as pool:
            results = pool.imap(_scan_file_task, args, chunksize=chunksize)
            by_task = {}
            for task, result in zip(tasks, results, strict=True):
                by_task[id(task)] = result
                if tick:
                    tick()
        for item in items:
            add(by_task[id(item)] if isinstance(item, FileInput) else item)
    else:
        _WORKER_ENGINE = engine
        for item in items:
            if isinstance(item, FileInput):
                add(_scan_file_task((item, cfg.max_file_size, allow_empty, collect_lines)))
                if tick:
                    tick()
            elif isinstance(item, (Document, StreamedDocument)):
                add(_scan_or_problem(engine, item, collect_lines))
            else:
                add(item)
    _WORKER_ENGINE = None
    # Deterministic output: by path, then position, whatever order the inputs came in
    # (command line, or os.walk's files-before-subdirectories order). Each document's findings
    # come in position order from the engine; a stable sort by path keeps that order.
    report.findings.sort(key=attrgetter("path"))
    return report


def _total_size(tasks: Sequence[FileInput]) -> int:
    total = 0
    for t in tasks:
        try:
            total += t.path.stat().st_size
        except OSError:
            pass
        if total >= _PARALLEL_MIN_BYTES:
            break
    return total


def _plan(
    paths: Sequence[str],
    stdin: BinaryIO | None,
    stdin_filename: str | None,
    cfg: Config,
) -> Iterator[FileInput | Document | StreamedDocument | Skipped | Problem]:
    """Inputs in command-line order; files stay unread so that workers read them."""
    for item in plan_inputs(paths, cfg.exclude):
        # stdin is read here, in the parent, before any worker starts.
        yield read_stdin(stdin, stdin_filename, cfg.max_file_size) if item == STDIN else item


def terminal_progress(stream=None) -> Callable[[int], Callable[[], None]] | None:
    """A progress bar on stderr for long directory scans, or None when stderr is no terminal."""
    stream = stream or sys.stderr
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError):
        return None

    def start(total: int) -> Callable[[], None]:
        if total < 200:
            return lambda: None
        from rich.console import Console
        from rich.progress import Progress

        bar = Progress(console=Console(file=stream), transient=True)
        bar.start()
        task = bar.add_task("promptlint", total=total)
        done = [0]

        def tick() -> None:
            done[0] += 1
            bar.advance(task)
            if done[0] >= total:
                bar.stop()

        return tick

    return start
