"""The README's examples show every detector firing, and the clean example stays clean."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from promptlint.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
runner = CliRunner()


def check(*paths: Path) -> dict:
    result = runner.invoke(app, ["check", *map(str, paths), "--format", "json", "--isolated"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_examples_show_every_entity():
    found = check(*(p for p in sorted(EXAMPLES.glob("*.txt")) if p.name != "ren_tekst.txt"))
    assert set(found["summary"]["by_entity"]) >= {
        "address", "bank_account", "birth_date", "case_number", "classification", "cpr", "cvr",
        "decision_request", "email", "government_matter", "licence_plate", "name", "passport",
        "payment_card", "phone", "secret", "special_category",
    }


def test_clean_example_is_clean():
    assert check(EXAMPLES / "ren_tekst.txt")["findings"] == []


def test_the_readme_lists_every_rule_as_promptlint_rules_does():
    """The README's rule table is written by hand: it must name each rule with its real name,
    entity, level and guideline, and no rule that is gone."""
    import re

    from promptlint.registry import build_registry

    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| ([A-Z]{2}\d{3}) \| (.+?) \| (.+?) \| (.+?) \| (\d) \|$", readme, re.M))
    registry = build_registry(plugins=False)
    expected = {
        (r.code, r.name, r.entity, r.severity.name.lower(), str(r.guideline))
        for r in registry.rules.values()
    }
    assert rows == expected
