"""The JSON report: a stable contract (version 1), documented in README.

Offsets are 0-based code points into the decoded text, end exclusive; line and column are
1-based. ``value`` appears only with ``--show-values``.
"""

from __future__ import annotations

import json
from typing import TextIO

from promptlint.reporters import Report

VERSION = 1


def finding_dict(report: Report, finding) -> dict:
    item = {
        "path": finding.path,
        "rule": finding.rule.code,
        "entity": finding.entity,
        "start": finding.start,
        "end": finding.end,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "severity": str(finding.severity),
        "confidence": finding.confidence,
        "guideline": finding.rule.guideline,
        "message": finding.rule.text("message", report.lang),
    }
    if report.show_values:
        item["value"] = finding.value
    return item


def render(report: Report, out: TextIO) -> None:
    """Write the document finding by finding, so a huge report never sits in memory twice.

    The same text as ``json.dumps(finding_dict(...))``, but the strings that repeat (path,
    rule, entity, message) are encoded once each: a dense report has a finding every few
    hundred bytes of input, and encoding every one from scratch dominated the output time.
    """
    out.write('{\n  "version": ' + str(VERSION) + ',\n  "findings": [')
    encoded: dict[str, str] = {}
    heads: dict[tuple[str, str], str] = {}
    tails: dict[str, str] = {}

    def enc(value: str) -> str:
        text = encoded.get(value)
        if text is None:
            text = encoded[value] = json.dumps(value, ensure_ascii=False)
        return text

    # A finding is its place (six numbers) in a template made once per path, rule, severity and
    # confidence, which take few distinct values: "%" formatting fills the numbers in C.
    templates: dict[tuple, str] = {}
    write = out.write
    show_values = report.show_values
    separator = "\n    "
    for f in report.findings:
        rule = f.rule
        key = (f.path, rule.code, f.severity, f.confidence)
        template = templates.get(key)
        if template is None:
            head = heads.get((f.path, rule.code))
            if head is None:
                head = heads[(f.path, rule.code)] = (
                    f'{{"path": {enc(f.path)}, "rule": {enc(rule.code)}, '
                    f'"entity": {enc(rule.entity)}, '
                )
            tail = tails.get(rule.code)
            if tail is None:
                tail = tails[rule.code] = (
                    f'"guideline": {json.dumps(rule.guideline)}, '
                    f'"message": {enc(rule.text("message", report.lang))}'
                )
            template = templates[key] = (
                head.replace("%", "%%")
                + '"start": %d, "end": %d, "line": %d, "column": %d, "end_line": %d, '
                '"end_column": %d, '
                + f'"severity": {json.dumps(str(f.severity))}, '
                + f'"confidence": {json.dumps(f.confidence)}, '
                + tail.replace("%", "%%")
            )
        text = template % f[2:8]  # start, end, line, column, end_line, end_column
        if show_values:
            text += f', "value": {json.dumps(f.value, ensure_ascii=False)}'
        write(separator + text + "}")
        separator = ",\n    "
    write("\n  ],\n" if report.findings else "],\n")
    summary = json.dumps(report.summary(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
    write(f'  "summary": {summary}\n}}\n')
