"""The engine: selection, suppression, overlap resolution, line/column and order.

Most tests use tiny fake detectors with fixed spans, so they test the engine's decisions and
nothing else; the property test at the end runs the real detectors over random texts.
"""

from __future__ import annotations

import itertools
from functools import cache

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from promptlint.engine import (
    Allowlist,
    Engine,
    LineIndex,
    Selection,
    inline_ignores,
    resolve_overlaps,
    rule_matches,
)
from promptlint.model import Rule, Severity, Span
from promptlint.registry import build_registry


def make_rule(code: str, entity: str = "thing", priority: int = 50, severity=Severity.WARNING):
    return Rule(
        code=code,
        name=code.lower(),
        entity=entity,
        severity=severity,
        guideline=2,
        message={"da": f"{code} da", "en": f"{code} en"},
        priority=priority,
    )


class Fixed:
    """A detector that reports the same spans for any text, and counts its calls."""

    def __init__(self, rules, spans=()):
        self.rules = tuple(rules)
        self.spans = list(spans)
        self.calls = 0

    def find(self, text):
        self.calls += 1
        return iter(self.spans)


def engine_for(*detectors, **kwargs) -> Engine:
    rules = {r.code: r for d in detectors for r in d.rules}
    return Engine(list(detectors), rules, **kwargs)


CPR = make_rule("ID001", "cpr", priority=95, severity=Severity.ERROR)
MAIL = make_rule("CT001", "email", priority=80, severity=Severity.ERROR)
CASE = make_rule("CF101", "case_number", priority=60)
RULES = {r.code: r for r in (CPR, MAIL, CASE)}


# --- selectors ------------------------------------------------------------------------------


def test_rule_matches_code_prefix_entity_and_all():
    assert rule_matches(CPR, "ID001")
    assert rule_matches(CPR, "id001")
    assert rule_matches(CPR, "ID")
    assert rule_matches(CPR, "I")
    assert rule_matches(CPR, "cpr")
    assert rule_matches(CPR, "CPR")
    assert rule_matches(CPR, "ALL")
    assert rule_matches(CPR, " ID001 ")
    assert not rule_matches(CPR, "ID0011")
    assert not rule_matches(CPR, "CT")
    assert not rule_matches(CPR, "email")
    assert not rule_matches(CPR, "")


def test_selection_select_then_ignore():
    sel = Selection(select=("ID", "email"), ignore=("ID001",))
    assert not sel.enabled(CPR)
    assert sel.enabled(MAIL)
    assert not sel.enabled(CASE)
    assert Selection().enabled(CASE)
    assert Selection(ignore=("case_number",)).enabled(CASE) is False


def test_selection_reports_selectors_that_match_nothing():
    sel = Selection(select=("ID", "XX1"), ignore=("nope", "CT001"))
    assert sel.unknown(RULES.values()) == ["XX1", "nope"]
    assert Selection(select=("ALL",)).unknown(RULES.values()) == []


# --- line index -----------------------------------------------------------------------------


def test_line_index_counts_code_points_from_1():
    text = "æø😀\nÅse 🎉 x\n\nslut"
    index = LineIndex(text)
    assert index.locate(0) == (1, 1)
    assert index.locate(2) == (1, 3)  # the emoji is one code point
    assert index.locate(3) == (1, 4)  # the newline itself belongs to line 1
    assert index.locate(4) == (2, 1)
    assert index.locate(text.index("x")) == (2, 7)
    assert index.locate(text.index("slut")) == (4, 1)
    assert index.locate(len(text)) == (4, 5)  # end offset of a span at the very end
    assert index.line_text(2) == "Åse 🎉 x"
    assert index.line_text(3) == ""
    assert index.line_text(4) == "slut"
    assert index.line_start(2) == 4


def test_line_index_strips_the_cr_of_crlf_lines():
    index = LineIndex("a\r\nb\r\n")
    assert index.line_text(1) == "a"
    assert index.locate(3) == (2, 1)


# --- inline ignores -------------------------------------------------------------------------


def test_inline_ignore_in_any_kind_of_text():
    text = (
        "x = 1  # promptlint: ignore\n"
        "<!-- promptlint: ignore[ID001] -->\n"
        "plain text promptlint: ignore[ID001, ct001]\n"
        "nothing here\n"
        "// PROMPTLINT: IGNORE[cpr]\n"
        "promptlint:ignore[]\n"
    )
    found = inline_ignores(text, LineIndex(text))
    assert found == {
        1: None,
        2: frozenset({"ID001"}),
        3: frozenset({"ID001", "CT001"}),
        5: frozenset({"CPR"}),
        6: frozenset(),
    }


def test_inline_ignore_in_any_case_with_or_without_the_views():
    # The engine tests for the word in the lowered view when a detector has made it; without
    # the view, in the usual spellings. Both find "PromptLint" when the view is there.
    from promptlint.detectors import _labels

    text = "CPR 010190-1234 # PromptLint: ignore\nx # promptlint: ignore\n"
    assert inline_ignores(text) == {1: None, 2: None}
    mixed = "CPR 010190-1234 # PromptLint: ignore\n"
    assert inline_ignores(mixed) == {}  # no view yet: only the usual spellings are tested
    _labels.view(mixed)
    assert inline_ignores(mixed) == {1: None}
    assert inline_ignores("nothing to ignore here") == {}


def _scan_lines(text: str, spans) -> list[tuple[int, str]]:
    det = Fixed([CPR, MAIL, CASE], spans)
    return [(f.line, f.rule.code) for f in engine_for(det).scan(text)]


def test_inline_ignore_suppresses_only_its_own_line_and_codes():
    text = "AAAA BBBB promptlint: ignore[ID001]\nAAAA BBBB\nAAAA promptlint: ignore\n"
    line2 = text.index("\n") + 1
    line3 = text.index("\n", line2) + 1
    spans = [
        Span("ID001", 0, 4),
        Span("CT001", 5, 9),
        Span("ID001", line2, line2 + 4),
        Span("CT001", line2 + 5, line2 + 9),
        Span("ID001", line3, line3 + 4),
    ]
    assert _scan_lines(text, spans) == [(1, "CT001"), (2, "ID001"), (2, "CT001")]


def test_inline_ignore_accepts_prefixes_and_entities():
    spans = [Span("ID001", 0, 4), Span("CT001", 5, 9)]
    assert _scan_lines("AAAA BBBB # promptlint: ignore[ID]", spans) == [(1, "CT001")]
    assert _scan_lines("AAAA BBBB # promptlint: ignore[email]", spans) == [(1, "ID001")]
    assert _scan_lines("AAAA BBBB # promptlint: ignore[cpr,email]", spans) == []
    assert _scan_lines("AAAA BBBB # promptlint: ignore[CF]", spans) == [(1, "ID001"), (1, "CT001")]


def test_inline_ignore_applies_to_the_line_a_finding_starts_on():
    text = "AAAA promptlint: ignore\nBBBB\n"
    assert _scan_lines(text, [Span("ID001", 0, 26)]) == []
    assert _scan_lines(text, [Span("ID001", 24, 28)]) == [(2, "ID001")]


# --- allowlist ------------------------------------------------------------------------------


def test_allowlist_literal_values_are_exact():
    allow = Allowlist(values=frozenset({"33 92 33 00"}))
    assert allow.allows("33 92 33 00")
    assert not allow.allows("33 92 33 001")
    assert not allow.allows("33923300")


def test_allowlist_regexes_must_match_the_whole_value():
    allow = Allowlist(patterns=(regex.compile(r"[a-z]+@kommune\.dk"),))
    assert allow.allows("post@kommune.dk")
    assert not allow.allows("post@kommune.dk.evil.com")
    assert not allow.allows("x post@kommune.dk")


def test_engine_drops_allowlisted_values():
    text = "post@kommune.dk og jens@privat.dk"
    det = Fixed([MAIL], [Span("CT001", 0, 15), Span("CT001", 19, 33)])
    allow = Allowlist(values=frozenset({"post@kommune.dk"}))
    assert [f.value for f in engine_for(det, allowlist=allow).scan(text)] == ["jens@privat.dk"]


# --- overlap resolution ---------------------------------------------------------------------


def _kept(spans) -> list[tuple[str, int, int]]:
    return [(s.rule, s.start, s.end) for s in resolve_overlaps(spans, RULES)]


def test_higher_priority_wins_over_higher_confidence():
    spans = [Span("CF101", 0, 20, 0.99), Span("ID001", 8, 19, 0.5)]
    assert _kept(spans) == [("ID001", 8, 19)]


def test_equal_priority_higher_confidence_wins():
    spans = [Span("CT001", 0, 10, 0.7), Span("CT001", 5, 12, 0.9)]
    assert _kept(spans) == [("CT001", 5, 12)]


def test_equal_priority_and_confidence_longer_wins():
    spans = [Span("CT001", 0, 10, 0.9), Span("CT001", 2, 8, 0.9)]
    assert _kept(spans) == [("CT001", 0, 10)]


def test_touching_spans_do_not_overlap():
    spans = [Span("CT001", 0, 5), Span("ID001", 5, 10)]
    assert _kept(spans) == [("CT001", 0, 5), ("ID001", 5, 10)]


def test_a_chain_of_overlaps_keeps_the_best_and_what_does_not_touch_it():
    # CF101 [0,6) overlaps ID001 [5,12), which overlaps CT001 [11,20); CT001 [25,30) is alone.
    spans = [
        Span("CF101", 0, 6),
        Span("ID001", 5, 12),
        Span("CT001", 11, 20),
        Span("CT001", 25, 30),
    ]
    assert _kept(spans) == [("ID001", 5, 12), ("CT001", 25, 30)]
    # The loser of one overlap may survive if it does not touch the winner.
    spans = [Span("CF101", 0, 6), Span("CT001", 5, 12), Span("ID001", 11, 20)]
    assert _kept(spans) == [("CF101", 0, 6), ("ID001", 11, 20)]


def test_resolution_does_not_depend_on_input_order():
    spans = [
        Span("CF101", 0, 20, 0.99),
        Span("ID001", 8, 19, 0.5),
        Span("CT001", 18, 30, 0.9),
        Span("CT001", 40, 50, 0.9),
        Span("CT001", 45, 55, 0.95),
        Span("CF101", 60, 70, 0.4),
    ]
    expected = _kept(spans)
    assert expected == [("ID001", 8, 19), ("CT001", 45, 55), ("CF101", 60, 70)]
    for perm in itertools.permutations(spans):
        assert _kept(list(perm)) == expected


_SPANS = st.lists(
    st.builds(
        lambda code, start, length, confidence: Span(code, start, start + length, confidence),
        st.sampled_from(["CF101", "ID001", "CT001"]),
        st.integers(0, 60),
        st.integers(0, 12),
        st.sampled_from([0.4, 0.7, 0.9]),
    ),
    max_size=12,
)


@given(_SPANS)
def test_kept_spans_never_overlap_and_each_dropped_one_touches_a_kept_one(spans):
    kept = resolve_overlaps(spans, RULES)
    assert kept == sorted(kept, key=lambda s: (s.start, s.end, s.rule))
    for a, b in itertools.combinations(kept, 2):
        assert a.end <= b.start or b.end <= a.start
    dropped = list(spans)
    for span in kept:
        dropped.remove(span)
    for span in dropped:
        assert any(span.start < k.end and k.start < span.end for k in kept)


def test_spans_at_one_start_come_in_position_order_whatever_their_input_order():
    spans = [Span("CT001", 5, 9), Span("ID001", 5, 5), Span("CF101", 1, 3)]
    assert _kept(spans) == [("CF101", 1, 3), ("ID001", 5, 5), ("CT001", 5, 9)]
    # Empty spans overlap nothing, but two at one start still come in order of their codes.
    spans = [Span("ID001", 5, 5), Span("CT001", 5, 5)]
    assert _kept(spans) == [("CT001", 5, 5), ("ID001", 5, 5)]


def test_engine_reports_overlapping_detectors_once():
    text = "Sagsnr. 010190-1234/0034"
    case = Fixed([CASE], [Span("CF101", 8, 24, 0.9)])
    cpr = Fixed([CPR], [Span("ID001", 8, 19, 0.6)])
    found = engine_for(case, cpr).scan(text)
    assert [(f.rule.code, f.value) for f in found] == [("ID001", "010190-1234")]


# --- engine ---------------------------------------------------------------------------------


def test_findings_carry_position_value_severity_and_are_sorted():
    text = "første linje\nAAAA og BBBB\n"
    s2 = text.index("AAAA")
    det = Fixed([CPR, MAIL], [Span("CT001", s2 + 8, s2 + 12, 0.8), Span("ID001", s2, s2 + 4, 0.6)])
    found = engine_for(det).scan(text, path="x.txt")
    assert [(f.rule.code, f.line, f.column, f.end_line, f.end_column) for f in found] == [
        ("ID001", 2, 1, 2, 5),
        ("CT001", 2, 9, 2, 13),
    ]
    assert [f.value for f in found] == ["AAAA", "BBBB"]
    assert {f.path for f in found} == {"x.txt"}
    assert [f.severity for f in found] == [Severity.ERROR, Severity.ERROR]
    assert found[0].entity == "cpr"


def test_span_severity_and_configured_overrides():
    det = Fixed([CPR, MAIL], [Span("ID001", 0, 4, 0.6, Severity.WARNING), Span("CT001", 5, 9)])
    found = engine_for(det).scan("AAAA BBBB")
    assert [f.severity for f in found] == [Severity.WARNING, Severity.ERROR]
    overridden = engine_for(
        det, severity_overrides={"ID001": Severity.INFO, "CT001": Severity.INFO}
    )
    assert [f.severity for f in overridden.scan("AAAA BBBB")] == [Severity.INFO, Severity.INFO]


def test_min_confidence_hides_unsure_findings():
    det = Fixed([CPR], [Span("ID001", 0, 4, 0.4), Span("ID001", 5, 9, 0.8)])
    assert [f.start for f in engine_for(det, min_confidence=0.5).scan("AAAA BBBB")] == [5]


def test_disabled_rules_are_dropped_and_their_detectors_not_run():
    cpr = Fixed([CPR], [Span("ID001", 0, 4)])
    both = Fixed([MAIL, CASE], [Span("CT001", 5, 9), Span("CF101", 10, 14)])
    engine = engine_for(cpr, both, selection=Selection(select=("email",)))
    assert [f.rule.code for f in engine.scan("AAAA BBBB CCCC")] == ["CT001"]
    assert cpr.calls == 0 and both.calls == 1


def test_no_spans_no_findings():
    assert engine_for(Fixed([CPR], [])).scan("tekst") == []


# --- property: real detectors, random texts -------------------------------------------------


@cache
def real_engine() -> Engine:
    registry = build_registry(plugins=False)
    return Engine(registry.detectors, registry.rules)


PROSE = st.sampled_from(
    [
        "Borgeren",
        "har",
        "ringet",
        "om",
        "sagen.",
        "CPR-nr.:",
        "født",
        "faktura",
        "kl.",
        "Søren",
        "Ærø",
        "😀",
        "æøå",
        "(",
        ")",
        "-",
        "/",
        ".",
        ",",
        "@",
        "promptlint: ignore",
        "01.01.90",
        "2024",
        "mail:",
        "Tlf.",
        "x",
        "\n",
        "\r\n",
        "\t",
    ]
)


@st.composite
def cpr_values(draw) -> str:
    day = draw(st.integers(1, 28))
    month = draw(st.integers(1, 12))
    year = draw(st.integers(0, 99))
    serial = draw(st.integers(0, 9999))
    sep = draw(st.sampled_from(["-", "", " ", "–", "/"]))
    return f"{day:02d}{month:02d}{year:02d}{sep}{serial:04d}"


EMAILS = st.builds(
    lambda local, domain, tld: f"{local}@{domain}.{tld}",
    st.from_regex(r"[a-zæøå][a-zæøå0-9._+-]{0,10}[a-z0-9]", fullmatch=True),
    st.from_regex(r"[a-zæøå0-9]{1,10}", fullmatch=True),
    st.sampled_from(["dk", "com", "org", "xn--p1ai"]),
)
CHUNKS = st.lists(st.one_of(PROSE, cpr_values(), EMAILS), min_size=1, max_size=30)
JOINERS = st.sampled_from([" ", "", "\n", ", "])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chunks=CHUNKS, joiner=JOINERS)
def test_findings_lie_within_the_text_and_never_overlap(chunks, joiner):
    text = joiner.join(chunks)
    found = real_engine().scan(text, "p")
    previous_end = 0
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= previous_end, "findings overlap or are out of order"
        previous_end = f.end
        assert f.value == text[f.start : f.end]
        assert f.line == text.count("\n", 0, f.start) + 1
        assert f.column == f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        assert 0.0 <= f.confidence <= 1.0


def test_sentence_scope_findings_do_not_compete_with_values():
    from promptlint.engine import resolve_overlaps
    from promptlint.model import Rule, Severity, Span

    def rule(code, priority, scope="value"):
        return Rule(code, code.lower(), "x", Severity.ERROR, 2, {"da": code}, priority=priority, scope=scope)

    rules = {"V1": rule("V1", 90), "V2": rule("V2", 10), "S1": rule("S1", 5, "sentence")}
    spans = [Span("S1", 0, 40), Span("V1", 10, 20), Span("V2", 12, 18)]
    kept = resolve_overlaps(spans, rules)
    assert [(s.rule, s.start) for s in kept] == [("S1", 0), ("V1", 10)]


def test_values_are_dropped_only_for_a_json_report_without_show_values():
    from promptlint.config import Config
    from promptlint.scan import build_engine

    text = "CPR-nr.: 010190-1234"
    for cfg, kept in [
        (Config(format="json"), False),
        (Config(format="json", show_values=True), True),
        (Config(format="sarif"), True),
        (Config(), True),
    ]:
        [finding] = build_engine(cfg)[1].scan(text)
        assert (finding.value == "010190-1234") is kept
        assert (finding.start, finding.end) == (9, 20)
