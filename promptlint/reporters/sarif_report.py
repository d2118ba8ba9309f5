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


def render(report: Report, out: TextIO) -> None:
    rules = report.used_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for f in report.findings:
        shown = f.value if report.show_values else mask(f.value, f.rule.mask)
        results.append(
            {
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
        )
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
                "results": results,
            }
        ],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
