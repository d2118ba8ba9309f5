"""One ``promptlint check`` run: configuration -> registry -> engine -> inputs -> report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from promptlint.config import Config
from promptlint.engine import Allowlist, Engine, LineIndex, Selection
from promptlint.errors import ConfigError
from promptlint.extract import Document, Problem, Skipped, iter_inputs
from promptlint.guidelines import load_guidelines
from promptlint.model import Finding
from promptlint.registry import build_registry
from promptlint.reporters import Report


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
    )
    return registry, engine


def run_scan(
    cfg: Config,
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    stdin_filename: str | None = None,
    allow_empty: bool = False,
) -> Report:
    registry, engine = build_engine(cfg)
    guidelines = load_guidelines(cfg.guidelines)
    report = Report(
        findings=[],
        rules=registry.rules,
        guidelines=guidelines,
        lang=cfg.lang,
        show_values=cfg.show_values,
    )
    for item in iter_inputs(
        paths,
        stdin=stdin,
        stdin_filename=stdin_filename,
        excludes=cfg.exclude,
        max_size=cfg.max_file_size,
        allow_empty=allow_empty,
    ):
        if isinstance(item, Problem):
            report.problems.append((item.path, item.message))
            continue
        if isinstance(item, Skipped):
            report.files_skipped += 1
            continue
        assert isinstance(item, Document)
        report.files_scanned += 1
        if item.notes:
            report.notes[item.path] = list(item.notes)
        findings = engine.scan(item.text, item.path)
        if findings:
            index = LineIndex(item.text)
            for f in findings:
                key = (f.path, f.line)
                if key not in report.line_texts:
                    report.line_texts[key] = (index.line_start(f.line), index.line_text(f.line))
            report.findings.extend(findings)
    # Deterministic output: by path, then position, whatever order the inputs came in
    # (command line, or os.walk's files-before-subdirectories order).
    report.findings.sort(key=Finding.sort_key)
    return report
