"""How much of a text each shipped pack rule's keywords send its patterns over.

A pack rule's patterns run only in the windows around its keywords (promptlint.packs); a keyword
that occurs on most lines ("svar", "eller") makes the rule scan nearly everything, and a rule
with many patterns then costs the whole pack its speed. That happened once and was found only by
the benchmark at the end of a round (the decision pack fell from 125 to 6 MB/s). This test finds
it when the keyword is added: it measures, without timing anything, the share of two fixed texts
each rule's windows cover, and compares it with a cap.

The texts: every fourth document of the annotated corpora under tests/ (real Danish text of many
kinds) and the benchmark's generated text (benchmarks/corpus_gen.py, seeded). A rule above its
cap is not wrong in itself: measure the pack with ``benchmarks/bench.py`` and, if it stays fast,
raise the cap below with a note on why.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from promptlint import packs
from promptlint.config import Config
from promptlint.corpus import parse
from promptlint.detectors._keywords import KEYWORDS
from promptlint.scan import build_engine

ROOT = Path(__file__).resolve().parent.parent

# The share of a text a rule's windows may cover when the rule is not listed below.
DEFAULT_CAP = 0.10

# The rules whose keywords are broad on purpose, with their caps (about the share measured when
# the cap was set, plus a little).
CAPS = {
    # "sag" and "id" start most case-number labels; the patterns are cheap, anchored on a label.
    "CF104": 1.0,
    # Key-value secrets: the keywords are the assignment's punctuation.
    "SE011": 1.0,
    # Decision verbs ("afgør", "vælg", "eller nej") and "skal vi"/"bør hun": common in prose;
    # the patterns need the whole request around them.
    "AD001": 0.55,
    "AD011": 0.55,
    # "fortrolig", "intern", "må ikke": running prose uses them; a marking needs its header.
    "CF001": 0.45,
    "CF005": 0.30,
    # "anbefal", "konklusion", "du mener": the recommendation requests.
    "AD007": 0.27,
    # "vurder", "angiv", "fortæl mig": the judging requests (line reach).
    "AD002": 0.15,
    # "aktindsigt": the benchmark's generated text asks for access-to-records letters often.
    "AD003": 0.36,
}


def _corpora_text() -> str:
    files = sorted(ROOT.glob("tests/corpus*/*.txt"))[::4]
    return "\n\n".join(parse(f.read_text(encoding="utf-8"), str(f)).text for f in files)


def _bench_text() -> str:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from corpus_gen import generate
    finally:
        sys.path.pop(0)
    return generate(1_000_000)


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {"corpora": _corpora_text(), "benchmark": _bench_text()}


def _pack_rules():
    registry, _ = build_engine(Config())
    return [
        (detector.name, pr)
        for detector in registry.detectors
        if hasattr(detector, "pack_rules")
        for pr in detector.pack_rules
    ]


PACK_RULES = _pack_rules()


def covered(text: str, pr) -> float:
    """The share of ``text`` the rule's patterns run over, chosen as PackDetector.find chooses
    (with its own helpers for a table column's lines and for keywords_also)."""
    if KEYWORDS.hits(text).isdisjoint(pr.keywords):
        return 0.0
    if pr.column is not None:
        windows = packs._table_lines(text, KEYWORDS.line_windows(text, pr.keywords))
    elif pr.line_reach:
        if pr.reach == "sentence":
            windows = KEYWORDS.sentence_windows(text, pr.keywords)
        else:
            windows = KEYWORDS.line_windows(text, pr.keywords)
        if windows is not None and pr.keywords_also:
            windows = packs._with_also(text, windows, pr.keywords_also)
    else:
        windows = KEYWORDS.windows(text, pr.keywords)
    if windows is None:  # the windows would cover half the text: the whole text is scanned
        return 1.0
    return sum(end - start for start, end in windows) / len(text)


def test_the_texts_are_long_enough_for_the_keyword_index(texts):
    # Short texts are searched without the automaton and without windows (whole text).
    for text in texts.values():
        assert len(text) > 500_000


def test_every_shipped_pack_rule_has_keywords():
    # A rule without keywords runs its patterns over every text in full.
    assert PACK_RULES
    assert [pr.rule.code for _, pr in PACK_RULES if not pr.keywords] == []


def test_caps_name_shipped_rules():
    codes = {pr.rule.code for _, pr in PACK_RULES}
    assert set(CAPS) <= codes


@pytest.mark.parametrize(("pack", "pr"), PACK_RULES, ids=lambda v: getattr(getattr(v, "rule", None), "code", v))
def test_keywords_keep_the_rule_to_a_part_of_the_text(texts, pack, pr):
    cap = CAPS.get(pr.rule.code, DEFAULT_CAP)
    for name, text in texts.items():
        share = covered(text, pr)
        assert share <= cap, (
            f"{pack} {pr.rule.code}: its keywords send its patterns over {share:.0%} of the "
            f"{name} text (cap {cap:.0%}); a keyword that occurs on most lines makes the pack "
            "slow: narrow it, or measure with benchmarks/bench.py and raise the cap"
        )


def test_a_broad_keyword_is_caught(texts):
    # The check itself: a rule keyed on "sag" (a keyword the index already holds, so the shared
    # index is left as the packs made it) covers most of the corpora text, a narrow one little.
    from promptlint.packs import PackRule

    _, sample = PACK_RULES[0]

    def rule(keywords):
        return PackRule(
            sample.rule, sample.sources, sample.flags, sample.group, None, None, False, 0.0,
            0.0, 0.5, ([], []), keywords=keywords,
        )

    assert covered(texts["corpora"], rule(("sag",))) > 0.5
    assert covered(texts["corpora"], rule(("aktindsigt",))) < DEFAULT_CAP
