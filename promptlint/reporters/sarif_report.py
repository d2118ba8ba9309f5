"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, VS Code's viewer).

Columns are counted in Unicode code points (``columnKind``), matching the other reports.
Messages never carry the found value unless ``--show-values`` is given.
"""

from __future__ import annotations

import json
from typing import TextIO

from promptlint import __version__
from promptlint.masking import mask
from promptlint.reporters import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _rule_dict(report: Report, rule) -> dict:
    lang = report.lang
    guideline = report.guidelines.get(rule.guideline)
    g_title = guideline.text("title", lang) if guideline else ""
    help_text = "\n\n".join(
        part
        for part in (
            rule.text("what", lang),
            rule.text("why", lang),
            rule.text("instead", lang),
        )
        if part
    )
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.text("message", lang)},
        "fullDescription": {"text": rule.text("what", lang) or rule.text("message", lang)},
        "help": {"text": help_text or rule.text("message", lang)},
        "defaultConfiguration": {"level": _LEVEL[str(rule.severity)]},
        "properties": {
            "entity": rule.entity,
            "guideline": rule.guideline,
            "guidelineTitle": g_title,
            "tags": ["privacy", rule.entity],
        },
    }


def _result(report: Report, f, index: dict[str, int]) -> dict:
    shown = f.value if report.show_values else mask(f.value, f.rule.mask)
    return {
        "ruleId": f.rule.code,
        "ruleIndex": index[f.rule.code],
        "level": _LEVEL[str(f.severity)],
        "message": {"text": f"{f.rule.text('message', report.lang)}: {shown}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": f.path},
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": f.end_column,
                        "charOffset": f.start,
                        "charLength": f.end - f.start,
                    },
                }
            }
        ],
        "properties": {"confidence": f.confidence, "entity": f.entity},
    }


# Stands for the results in the indented document; they are written one per line after it.
_RESULTS = "promptlint:results"


def render(report: Report, out: TextIO) -> None:
    """Write the document: the run and its rules indented, then one result per line.

    Why one per line: ``json`` encodes in C only without ``indent``; an indented dump of a
    large report (tens of thousands of results) took seconds.
    """
    rules = report.used_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "promptlint",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/promptlint/",
                        "rules": [_rule_dict(report, r) for r in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": _RESULTS,
            }
        ],
    }
    head, tail = json.dumps(document, ensure_ascii=False, indent=2).split(json.dumps(_RESULTS))
    out.write(head + "[")
    for i, f in enumerate(report.findings):
        out.write(("\n" if i == 0 else ",\n") + "        ")
        out.write(json.dumps(_result(report, f, index), ensure_ascii=False))
    out.write(("\n      ]" if report.findings else "]") + tail + "\n")
