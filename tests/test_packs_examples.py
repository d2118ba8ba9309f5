"""Every shipped pattern pack proves itself: each rule's own examples run through the engine.

A pack under ``patterns/packs/`` carries ``examples.positive`` (texts the rule must find) and
``examples.negative`` (texts it must leave alone). Here each example runs through the real
engine (registry, selection, suppression, overlap resolution) with only that rule selected, so a
pack author sees exactly which example broke. Adding a pack needs no change here.
"""

from __future__ import annotations

import pytest

from promptlint.config import Config
from promptlint.errors import PackError
from promptlint.packs import load_pack, load_pack_dir
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


@pytest.mark.parametrize(
    "pr", [pytest.param(pr, id=pr.rule.code) for _, pr in RULES]
)
def test_rule_has_a_keyword_prefilter(pr):
    # The keywords keep packs fast: a rule's regexes run only on texts that contain one of them.
    assert pr.keywords, f"{pr.rule.code}: needs keywords (lower-case literals of its label words)"
    assert all(k == k.lower() for k in pr.keywords), f"{pr.rule.code}: keywords are lower case"


_CAPTURES_PACK = """
[[rule]]
code = "T001"
name = "numbers-in-a-list"
entity = "case_number"
message = "x"
group = "value"
{captures}
patterns = ['Liste:(?:[ ](?P<value>\\d+))+']
"""


def test_captures_all_reports_every_capture_of_a_repeated_group(tmp_path):
    path = tmp_path / "list.toml"
    path.write_text(_CAPTURES_PACK.format(captures='captures = "all"'), encoding="utf-8")
    text = "Liste: 11 22 33"
    assert [text[s.start : s.end] for s in load_pack(path).find(text)] == ["11", "22", "33"]
    path.write_text(_CAPTURES_PACK.format(captures=""), encoding="utf-8")
    assert [text[s.start : s.end] for s in load_pack(path).find(text)] == ["33"]


@pytest.mark.parametrize("captures", ['captures = "some"', 'captures = "all"\ngroup = "nope"'])
def test_captures_is_checked_when_the_pack_loads(tmp_path, captures):
    path = tmp_path / "bad.toml"
    text = _CAPTURES_PACK.format(captures=captures)
    if "nope" in captures:
        text = text.replace('group = "value"\n', "")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackError):
        load_pack(path)
