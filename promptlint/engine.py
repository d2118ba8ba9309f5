"""The engine: runs detectors over a text and turns their spans into findings.

It owns everything between "a detector found something" and "a reporter prints it":
rule selection, inline and allowlist suppression, overlap resolution, severity overrides,
line/column computation and a deterministic order.
"""

from __future__ import annotations

import bisect
import gc
import sys
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from promptlint import _rx as rx
from promptlint.detectors import Detector, _labels
from promptlint.model import Finding, Record, Rule, Severity, Span

# `promptlint: ignore` or `promptlint: ignore[ID001, CT001]`, behind any comment marker.
_INLINE = rx.compile(r"promptlint:\s*ignore(?:\[(?P<codes>[^\]\n]*)\])?", rx.IGNORECASE)


def rule_matches(rule: Rule, selector: str) -> bool:
    """A selector is ``ALL``, a code or code prefix (``ID``, ``ID001``) or an entity (``cpr``)."""
    sel = selector.strip()
    if not sel:
        return False
    if sel.upper() == "ALL":
        return True
    if sel.lower() == rule.entity:
        return True
    return rule.code.startswith(sel.upper())


class Selection(Record):
    __slots__ = _fields = ("select", "ignore")

    def __init__(self, select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> None:
        self.select = select
        self.ignore = ignore

    def enabled(self, rule: Rule) -> bool:
        if self.select and not any(rule_matches(rule, s) for s in self.select):
            return False
        return not any(rule_matches(rule, s) for s in self.ignore)

    def unknown(self, rules: Iterable[Rule]) -> list[str]:
        """Selectors that match no rule at all (most likely typos)."""
        rules = list(rules)
        return [
            s
            for s in (*self.select, *self.ignore)
            if s.strip() and not any(rule_matches(r, s) for r in rules)
        ]


class Allowlist(Record):
    __slots__ = _fields = ("values", "patterns")

    def __init__(self, values: frozenset[str] = frozenset(), patterns: tuple[Any, ...] = ()) -> None:
        self.values = values
        self.patterns = patterns

    def allows(self, value: str) -> bool:
        if value in self.values:
            return True
        return any(p.fullmatch(value) for p in self.patterns)


_EVERY_RULE = Selection()
_NOTHING_ALLOWED = Allowlist()


class LineIndex:
    """Maps code-point offsets to 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self.starts = starts
        self.text = text

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_text(self, line: int) -> str:
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    def line_start(self, line: int) -> int:
        return self.starts[line - 1]


def inline_ignores(text: str, index: LineIndex | None = None) -> dict[int, frozenset[str] | None]:
    """Lines carrying an inline ignore: line -> codes (None means every rule)."""
    found: dict[int, frozenset[str] | None] = {}
    # A cheap test before the regex: one pass over the lowered view when the detectors have made
    # it (any case: "PromptLint" too), else the rest of the word as it is usually written.
    view = _labels.cached_view(text)
    if view is not None:
        if b"promptlint" not in view.lower:
            return found
    elif "romptlint" not in text and "ROMPTLINT" not in text:
        return found
    index = index or LineIndex(text)
    for match in _INLINE.finditer(text):
        line, _ = index.locate(match.start())
        codes = match.group("codes")
        if codes is None:
            found[line] = None
        else:
            found[line] = frozenset(c.strip().upper() for c in codes.split(",") if c.strip())
    return found


def _ignored(rule: Rule, codes: frozenset[str] | None) -> bool:
    if codes is None:
        return True
    return any(rule_matches(rule, c) for c in codes)


# Spans in reading order: by start, end, then rule code (a Span is (rule, start, end, ...)).
# The engine builds its findings in this order, which is the order a report shows them in.
_POSITION = itemgetter(1, 2, 0)
_CODE, _START = itemgetter(0), itemgetter(1)
# Starts after every real span (see _resolve).
_AFTER_ALL = Span("", sys.maxsize, sys.maxsize)


def resolve_overlaps(
    spans: Sequence[Span], rules: dict[str, Rule], non_value: frozenset[str] | None = None
) -> list[Span]:
    """Keep one span wherever spans of the same scope overlap: the most specific rule, then the
    most confident, then the longest. Spans of different scopes (a value inside a sentence-level
    finding) never compete.

    Spans are swept in order of position and grouped into clusters of mutually reachable
    overlaps, so the cost stays linear in the number of spans for ordinary text.
    """
    if non_value is None:  # the codes of rules whose scope is not "value" (Engine knows them)
        non_value = frozenset(code for code, rule in rules.items() if rule.scope != "value")
    if non_value and not non_value.isdisjoint(map(_CODE, spans)):
        kept = []
        for scope in sorted({rules[s.rule].scope for s in spans}):
            kept += _resolve([s for s in spans if rules[s.rule].scope == scope], rules)
        kept.sort(key=_POSITION)
        return kept
    return _resolve(spans, rules)


def _resolve(spans: Sequence[Span], rules: dict[str, Rule]) -> list[Span]:
    def rank(span: Span) -> tuple:
        return (-rules[span.rule].priority, -span.confidence, -(span.end - span.start), span.start)

    # By start alone first: an int compared, not a tuple built per span. Without two spans at
    # one start, that is the order by _POSITION too.
    ordered = sorted(spans, key=_START)
    if not _overlapping(ordered):
        return ordered  # most texts: nothing to choose between, and no cluster to build
    ordered.sort(key=_POSITION)
    # Most spans overlap nothing: they pass straight through. A span is a tuple
    # (rule, start, end, ...); indexing it is the cheapest way in. A last stand-in span after
    # every other closes the last cluster inside the loop; it is never kept.
    kept: list[Span] = []
    keep = kept.append
    cluster: list[Span] = []
    cluster_end = -1
    reordered = False
    for span in [*ordered, _AFTER_ALL]:
        if span[1] >= cluster_end:
            if len(cluster) == 1:
                keep(cluster[0])
            elif cluster:
                best = _best_of(cluster, rank)
                reordered = reordered or len(best) > 1
                kept.extend(best)
            cluster = [span]
            cluster_end = span[2]
        else:
            cluster.append(span)
            if span[2] > cluster_end:
                cluster_end = span[2]
    if reordered:  # a cluster kept several spans, in rank order
        kept.sort(key=_POSITION)
    return kept


# Between two sentences of one paragraph: spaces and at most one line break.
_BETWEEN_SENTENCES = rx.compile(r"[ \t]*(?:\r?\n[ \t]*)?")


def join_sentences(
    text: str, spans: list[Span], rules: dict[str, Rule], non_value: frozenset[str]
) -> list[Span]:
    """Join sentence-scope findings of one entity that follow each other in a paragraph: one
    request told in two sentences ("Afgør, om hun skal have bevilget hjælpen. Skriv bare
    'bevilges' eller 'afslås'.") is one finding, under the rule of the more confident sentence
    (the first one's at a tie). ``spans`` are sorted by position; value spans pass through."""
    joined: list[Span] = []
    last: dict[str, int] = {}  # entity -> the index in ``joined`` of its last sentence span
    for span in spans:
        if span[0] in non_value:
            entity = rules[span[0]].entity
            at = last.get(entity)
            if at is not None:
                before = joined[at]
                if before.end <= span.start and _BETWEEN_SENTENCES.fullmatch(
                    text, before.end, span.start
                ):
                    stronger = span if span.confidence > before.confidence else before
                    joined[at] = stronger._replace(start=before.start, end=span.end)
                    continue
            last[entity] = len(joined)
        joined.append(span)
    return joined


def _overlapping(ordered: list[Span]) -> bool:
    """Whether any two of these spans (sorted by start) overlap or start together. When none
    of them overlaps the next, their ends rise, so none overlaps any later one either."""
    end = previous = -1
    for span in ordered:
        start = span[1]
        if start < end or start == previous:
            return True
        previous, end = start, span[2]
    return False


def _best_of(cluster: list[Span], rank) -> list[Span]:
    chosen: list[Span] = []
    for span in sorted(cluster, key=rank):
        if all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    return chosen


@contextmanager
def _collector_paused():
    """Detectors and the engine make many small short-lived objects (no cycles: reference
    counting frees them), while the process holds large word lists; each cyclic collection
    they would trigger walks those lists for nothing (8 ms of a 4 MB scan's 24,000 findings
    alone). So the collector pauses during a scan."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


class Engine:
    def __init__(
        self,
        detectors: Sequence[Detector],
        rules: dict[str, Rule],
        selection: Selection = _EVERY_RULE,
        allowlist: Allowlist = _NOTHING_ALLOWED,
        min_confidence: float = 0.0,
        severity_overrides: dict[str, Severity] | None = None,
        keep_values: bool = True,
    ) -> None:
        self.rules = rules
        self.selection = selection
        self.enabled = {code for code, rule in rules.items() if selection.enabled(rule)}
        self.detectors = [d for d in detectors if any(r.code in self.enabled for r in d.rules)]
        self._non_value = frozenset(c for c, r in rules.items() if r.scope != "value")
        # Detectors whose spans all pass unchecked: every rule enabled, no confidence floor.
        self._unfiltered = {
            id(d) for d in self.detectors if min_confidence <= 0 and all(r.code in self.enabled for r in d.rules)
        }
        self.allowlist = allowlist
        self.min_confidence = min_confidence
        self.severity_overrides = severity_overrides or {}
        # A JSON report without --show-values never prints a value: not keeping them saves
        # a string per finding, which is most of the memory of a huge report.
        self.keep_values = keep_values

    def spans(self, text: str) -> list[Span]:
        """Every enabled span, before suppression and overlap resolution."""
        with _collector_paused():
            return self._spans(text)

    def _spans(self, text: str) -> list[Span]:
        found: list[Span] = []
        enabled, floor = self.enabled, self.min_confidence
        for detector in self.detectors:
            if id(detector) in self._unfiltered:
                found += detector.find(text)
            else:
                found += [s for s in detector.find(text) if s[0] in enabled and s[3] >= floor]
        return found

    def scan(
        self,
        text: str,
        path: str = "-",
        *,
        origin: tuple[int, int, int] = (0, 1, 1),
        keep: tuple[int, int | None] = (0, None),
    ) -> list[Finding]:
        """Findings in ``text``.

        For a chunk of a larger input, ``origin`` is the chunk's (offset, line, column) in the
        whole input and only spans starting in ``keep`` (chunk-relative) are reported; offsets,
        lines and columns in the findings refer to the whole input.
        """
        with _collector_paused():
            return self._scan(text, path, origin, keep)

    def _scan(
        self, text: str, path: str, origin: tuple[int, int, int], keep: tuple[int, int | None]
    ) -> list[Finding]:
        spans = self._spans(text)
        if not spans:
            return []
        if self.allowlist.values or self.allowlist.patterns:
            spans = [s for s in spans if not self.allowlist.allows(text[s.start : s.end])]
        spans = resolve_overlaps(spans, self.rules, self._non_value)
        if self._non_value and not self._non_value.isdisjoint(map(_CODE, spans)):
            spans = join_sentences(text, spans, self.rules, self._non_value)
        keep_from, keep_to = keep
        if keep_from or keep_to is not None:
            end_of_keep = sys.maxsize if keep_to is None else keep_to
            spans = [s for s in spans if keep_from <= s[1] < end_of_keep]  # s[1]: the start
        base, base_line, base_column = origin
        ignores = inline_ignores(text)
        rules = self.rules
        overrides = self.severity_overrides

        # Spans come sorted by start: lines are counted incrementally between neighbours
        # (str.count runs at memory speed), never by a per-span search. Lines and columns are
        # first relative to the text; a chunk's origin shifts them (its first line starts at
        # ``base_column``).
        line, line_start, pos = 1, 0, 0
        count, rfind = text.count, text.rfind
        keep_values = self.keep_values
        column_shift = base_column - 1
        line_shift = base_line - 1
        findings = []
        append = findings.append
        new = tuple.__new__  # Finding's fields in order, without its __new__'s call (see Finding)
        rule_of = rules.__getitem__
        override = overrides.get if overrides else None
        for code, start, end, confidence, severity in spans:
            rule = rule_of(code)
            newlines = count("\n", pos, start)
            if newlines:
                line += newlines
                line_start = rfind("\n", pos, start) + 1
            pos = start
            if ignores and line in ignores and _ignored(rule, ignores[line]):
                continue
            column = start - line_start + 1
            inner = count("\n", start, end)
            if inner:
                end_line = line + inner
                end_column = end - rfind("\n", start, end)
            else:
                end_line, end_column = line, end - line_start + 1
            if line == 1:
                column += column_shift
                if end_line == 1:
                    end_column += column_shift
            if override is not None:
                severity = override(code) or severity
            append(
                new(
                    Finding,
                    (
                        path,
                        rule,
                        base + start,
                        base + end,
                        line + line_shift,
                        column,
                        end_line + line_shift,
                        end_column,
                        severity or rule.severity,
                        confidence,
                        text[start:end] if keep_values else "",
                    ),
                )
            )
        return findings
