"""Every shipped pattern pack proves itself: each rule's own examples run through the engine.

A pack under ``patterns/packs/`` carries ``examples.positive`` (texts the rule must find) and
``examples.negative`` (texts it must leave alone). Here each example runs through the real
engine (registry, selection, suppression, overlap resolution) with only that rule selected, so a
pack author sees exactly which example broke. Adding a pack needs no change here.
"""

from __future__ import annotations

import pytest

from promptlint.config import Config
from promptlint.packs import load_pack_dir
from promptlint.resources import patterns_dir
from promptlint.scan import build_engine

PACKS = load_pack_dir(patterns_dir() / "packs")
RULES = [(pack, pr) for pack in PACKS for pr in pack.pack_rules]


def _cases(kind: int) -> list:
    return [
        pytest.param(pr.rule.code, text, id=f"{pack.path.stem}:{pr.rule.code}:{i}")
        for pack, pr in RULES
        for i, text in enumerate(pr.examples[kind])
    ]


def _codes_found(code: str, text: str) -> list[str]:
    _, engine = build_engine(Config(select=(code,), plugins=False))
    return [f.rule.code for f in engine.scan(text)]


def test_there_are_packs_to_check():
    assert PACKS, "no pattern packs found under patterns/packs"


@pytest.mark.parametrize(("code", "text"), _cases(0))
def test_positive_example_is_found(code, text):
    assert code in _codes_found(code, text), f"{code} should find something in {text!r}"


@pytest.mark.parametrize(("code", "text"), _cases(1))
def test_negative_example_is_not_found(code, text):
    assert code not in _codes_found(code, text), f"{code} should find nothing in {text!r}"


@pytest.mark.parametrize(
    "pr", [pytest.param(pr, id=pr.rule.code) for _, pr in RULES]
)
def test_rule_is_documented_in_both_languages(pr):
    rule = pr.rule
    for attr in ("message", "what", "why", "instead"):
        texts = getattr(rule, attr)
        assert texts.get("da") and texts.get("en"), f"{rule.code}: {attr} needs da and en"
    assert pr.examples[0], f"{rule.code}: needs examples.positive"
    assert pr.examples[1], f"{rule.code}: needs examples.negative"
