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
    """Write the document finding by finding, so a huge report never sits in memory twice."""
    out.write('{\n  "version": ' + str(VERSION) + ',\n  "findings": [')
    for i, finding in enumerate(report.findings):
        item = json.dumps(finding_dict(report, finding), ensure_ascii=False)
        out.write(("\n    " if i == 0 else ",\n    ") + item)
    out.write("\n  ],\n" if report.findings else "],\n")
    summary = json.dumps(report.summary(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
    out.write(f'  "summary": {summary}\n}}\n')
