"""Declarative pattern packs: rules as TOML files, loadable without touching promptlint's code.

A pack is a ``.toml`` file with a ``[pack]`` table and one or more ``[[rule]]`` tables::

    [pack]
    name = "my-office"
    description = "Our case numbers"
    define.serial = '\\d{4}-\\d{4,6}' # optional named fragments: ${serial} in any pattern
                                        # of the pack stands for (?:\\d{4}-\\d{4,6})

    [[rule]]
    code = "X001"                       # stable code; letters then digits
    name = "our-case-number"
    entity = "case_number"
    severity = "warning"                # error | warning | info
    guideline = 2
    confidence = 0.8                    # base confidence of a match
    message.da = "Sagsnummer fra vores ESDH"
    message.en = "Case number from our records system"
    patterns = ['(?<!\\w)ABC-\\d{6}(?!\\w)']
    scope = "value"                     # or "sentence": overlaps resolve within a scope
    keywords = ["abc-"]                 # optional prefilter: run the patterns only when one of
                                        # these lower-case literals occurs in the text (fast)
    keywords_also = ["sagsnr"]          # optional, with keywords: one of these must occur too
                                        # (in the keyword's line or sentence, with reach)
    skip_quoted = false                 # true: not a match in quotation marks ('"FORTROLIGT"')
    skip_examples = false               # true: not a match in a quoted example of what not to
                                        # write ('Eksempel på en prompt, du ikke må bruge:⏎"…"'),
                                        # a sentence about quoted wordings ('Formuleringer af
                                        # typen "…"') or a guide's FAQ question answered on the
                                        # next line
    ignorecase = false
    group = "value"                     # optional: report only this named group
    column = '(?i:sagsnr\\.?)'          # optional: a table's column header; the patterns then
                                        # run on each cell below a header cell this matches,
                                        # and match the whole cell ("|", tab, ";" or space-
                                        # aligned tables)
    captures = "all"                    # optional, with group: report every capture of a group
                                        # repeated in one match (all rows of a table), not only
                                        # the last one
    reach = "line"                      # optional, with keywords: a match lies on a keyword's
                                        # line or the line after it (a label and its value), or
                                        # (reach = "sentence") in a keyword's sentence, so a
                                        # long text is scanned only there; default "text"
    validator = "luhn"                  # optional: see promptlint.validators
    context.positive = ["sagsnr"]       # words near a match that raise confidence
    context.negative = ["faktura"]      # ... and lower it
    context.required = false            # true: report only with a positive word nearby
    examples.positive = ["Sagsnr. ABC-123456"]
    examples.negative = ["Faktura ABC-123456"]

Every pack's examples are run by the test suite, so a pack proves itself. Patterns use the
``regex`` module's syntax and run with a time limit; a pattern that exceeds it is reported.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from promptlint import _rx as rx
from promptlint.detectors import ContextWords, _labels, clamp
from promptlint.detectors._keywords import KEYWORDS, talk_about_requests
from promptlint.errors import PackError
from promptlint.model import Rule, Severity, Span
from promptlint.resources import read_toml
from promptlint.validators import Validator, get_validator

_CODE = rx.compile(r"^[A-Z]{1,4}\d{3}$")
_RULE_KEYS = {
    "code", "name", "entity", "severity", "guideline", "confidence", "priority", "mask",
    "message", "what", "why", "instead", "patterns", "ignorecase", "multiline", "group",
    "validator", "context", "examples", "keywords", "scope", "captures", "skip_quoted",
    "skip_examples", "reach", "keywords_also", "column",
}
# A match with one of these right before it and one of those right after it is quoted: the thing
# talked about ('skal mærkes "FORTROLIGT"'), skipped by a rule with skip_quoted = true.
_OPENING_QUOTES = frozenset("\"“„«»'‘")
_CLOSING_QUOTES = frozenset("\"”“»«'’")
SCOPES = ("value", "sentence")
_CONTEXT_KEYS = {"positive", "negative", "before", "after", "required", "boost", "penalty"}
_FLAGS_TIMEOUT_PER_MB = 2.0
# In a text longer than this, a rule's patterns run only over the paragraphs around its
# keywords (see KeywordIndex.windows), so a pack costs what its keyword hits cost, not what
# the text's size costs.
WINDOW_MIN = 32 * 1024
_ALSO_BEFORE = 40
# What joins the lines of a reach = "line" rule (see _in_lines).
_JOIN = "\x00\n"




class SlowPatternError(PackError):
    """A pack's pattern ran past its time limit on some input."""


class PackRule:
    """One rule of a pack: its :class:`Rule` and what finding its spans takes."""

    __slots__ = (
        "rule", "sources", "flags", "group", "validator", "context", "required", "boost",
        "penalty", "confidence", "examples", "keywords", "all_captures", "skip_quoted", "line_reach",
        "reach", "keywords_also", "skip_examples", "column", "_compiled", "_anchors",
        "_column",
    )

    def __init__(
        self,
        rule: Rule,
        sources: tuple[str, ...],
        flags: int,
        group: str | None,
        validator: Validator | None,
        context: ContextWords | None,
        required: bool,
        boost: float,
        penalty: float,
        confidence: float,
        examples: tuple[list[str], list[str]],
        keywords: tuple[str, ...] = (),
        all_captures: bool = False,
        skip_quoted: bool = False,
        line_reach: bool = False,
        reach: str = "text",
        keywords_also: tuple[str, ...] = (),
        skip_examples: bool = False,
        column: str | None = None,
    ) -> None:
        self.rule = rule
        self.sources = sources
        self.flags = flags
        self.group = group
        self.validator = validator
        self.context = context
        self.required = required
        self.boost = boost
        self.penalty = penalty
        self.confidence = confidence
        self.examples = examples
        self.keywords = keywords
        self.all_captures = all_captures
        self.skip_quoted = skip_quoted
        self.line_reach = line_reach  # scanned in windows: reach "line" or "sentence"
        self.reach = reach
        self.keywords_also = keywords_also
        self.skip_examples = skip_examples
        self.column = column
        self._column: Any = None
        self._compiled: list[Any] | None = None
        self._anchors: list[str | None] | None = None

    @property
    def patterns(self) -> list[Any]:
        """The compiled patterns; compiled on first use, since compiling costs start-up time."""
        return [self.pattern(i) for i in range(len(self.sources))]

    def pattern(self, i: int, text: str | None = None) -> Any:
        """Pattern ``i``, compiled on first use. With ``text``: None, without compiling, when
        the literal every match of a not yet compiled pattern starts with is not in the text
        (a short text then compiles only the patterns it can match)."""
        if self._compiled is None:
            self._compiled = [None] * len(self.sources)
        compiled = self._compiled[i]
        if compiled is None:
            if text is not None:
                if self._anchors is None:
                    self._anchors = [None] * len(self.sources)
                anchor = self._anchors[i]
                if anchor is None:
                    anchor = self._anchors[i] = leading_literal(self.sources[i], self.flags)
                if anchor not in text:
                    return None
            compiled = self._compiled[i] = self._compile(self.sources[i])
        return compiled

    def column_pattern(self) -> Any:
        """The compiled ``column`` header pattern (compiled on first use)."""
        if self._column is None:
            self._column = self._compile(self.column, group=False)
        return self._column

    def _compile(self, pattern: str, group: bool = True):
        where = f"{self.rule.source}: rule {self.rule.code}"
        try:
            compiled = rx.compile(pattern, self.flags)
        except Exception as exc:
            import regex

            if not isinstance(exc, regex.error):
                raise
            raise PackError(f"{where}: bad regex {pattern!r}: {exc}") from None
        if group and self.group and self.group not in compiled.groupindex:
            raise PackError(f"{where}: pattern {pattern!r} has no group '{self.group}'")
        return compiled


_INLINE_CASE_OR_VERBOSE = rx.compile_re(r"\(\?[a-zA-Z\-]*[ix]")
# What a backslash before a letter stands for in a literal (the rest, \d \w \b …, are no literal).
_LITERAL_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v"}


def leading_literal(source: str, flags: int = 0) -> str:
    """The literal text every match of ``source`` starts with ("" when there is none or it
    cannot be told simply): ``nr(?<=…)`` -> "nr", ``\\|[ ]*`` -> "|", ``ab?c`` -> "a".

    A pattern without it cannot match a text without it. Case-insensitive and verbose
    patterns, and patterns with an alternation at the top, have none here.
    """
    if flags & (rx.IGNORECASE | rx.VERBOSE) or _top_level_alternation(source):
        return ""
    if _INLINE_CASE_OR_VERBOSE.search(source):
        return ""  # "ab(?i)c": to be safe, any inline i or x flag anywhere means no literal
    out: list[str] = []
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            nxt = source[i + 1 : i + 2]
            if not nxt or (nxt.isalnum() and nxt not in _LITERAL_ESCAPES):
                break
            char, step = _LITERAL_ESCAPES.get(nxt, nxt), 2
        elif c in ".^$*+?{}[]|()":
            break
        else:
            char, step = c, 1
        after = source[i + step : i + step + 1]
        if after in ("?", "*", "{"):
            break  # this character may be missing or repeated
        out.append(char)
        if after == "+":
            break
        i += step
    return "".join(out)


# Escapes and character classes ("[]…]", "[^]…]": a "]" right after "[" is a member), whose "(", ")"
# and "|" are plain characters; and a group with no group inside it.
_NOT_STRUCTURE = rx.compile_re(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*(?:\]|\Z)|[^()|\[\\]+", re.DOTALL)
_INNERMOST_GROUP = rx.compile_re(r"\([^()]*\)")


def _top_level_alternation(source: str) -> bool:
    # What is left of the structure, "((|)(|))|", with its groups removed from the inside out
    # (C loops, not one Python step per character: a pack's pattern runs to 3,000 characters).
    structure = _NOT_STRUCTURE.sub("", source)
    while "(" in structure or ")" in structure:
        shorter = _INNERMOST_GROUP.sub("", structure)
        if shorter == structure:  # unbalanced: no literal is claimed (it does not compile)
            return True
        structure = shorter
    return "|" in structure


def _matches(pr: PackRule, text: str, ranges: list[tuple[int, int]], timeout: float):
    """The matches of ``pr``'s patterns in ``ranges`` of ``text``, pattern by pattern."""
    for i in range(len(pr.sources)):
        pattern = pr.pattern(i, text)
        if pattern is None:
            continue
        try:
            for start, end in ranges:
                yield from pattern.finditer(text, start, end, timeout=timeout)
        except TimeoutError:
            raise _slow(pr, pattern, timeout) from None


def _slow(pr: PackRule, pattern: Any, timeout: float) -> SlowPatternError:
    shown = pattern.pattern if len(pattern.pattern) <= 60 else pattern.pattern[:57] + "..."
    return SlowPatternError(
        f"rule {pr.rule.code} ({pr.rule.source}): pattern {shown!r} "
        f"took longer than {timeout:.0f} s on this input; simplify it"
    )


def _table_lines(
    text: str, lines: list[tuple[int, int]] | None
) -> list[tuple[int, int]] | None:
    """The keywords' lines (see KeywordIndex.line_windows) that may hold a table's header: a
    "|", a tab, a ";" or two spaces in a row. None when the lines are not known."""
    if lines is None:
        return None
    marks = ("|", "\t", ";", "  ")
    return [(a, b) for a, b in lines if any(text.find(m, a, b) != -1 for m in marks)]


# The word a keyword stands in, up to the keyword: read backwards from it.
_WORD_BEFORE = rx.compile(r"(?r)\w{0,24}")


def _column_heads(
    pr: PackRule, header: Any, text: str, timeout: float
) -> list[tuple[int, int]] | None:
    """The header matches that begin the words the rule's keywords stand in ("Klagesagsnr."
    for "sag"): one match try per keyword, not a regex pass over the text. None when the
    keywords' places are not known (a short text, or no keywords): then search the text."""
    if not pr.keywords:
        return None
    places = [KEYWORDS.positions(text, k) for k in pr.keywords]
    if any(p is None for p in places):
        return None
    heads: list[tuple[int, int]] = []
    tried: set[int] = set()
    for p in sorted({p for found in places for p in found}):
        word = _WORD_BEFORE.match(text, max(0, p - 24), p).start()
        if word in tried:
            continue
        tried.add(word)
        match = header.match(text, word, timeout=timeout)
        if match is not None:
            heads.append(match.span())
    return heads


def _column_places(
    pr: PackRule, text: str, ranges: list[tuple[int, int]] | None, timeout: float
):
    """A ``column`` rule's places: each cell below a header cell its column pattern matches,
    where one of its patterns matches the whole cell."""
    header = pr.column_pattern()
    try:
        # Where the keywords' lines are unknown or cover most of the text (one long line),
        # the header is tried at each keyword instead of searched for along the text.
        heads = _column_heads(pr, header, text, timeout) if ranges is None else None
        if heads is None:
            heads = [
                m.span()
                for a, b in (ranges if ranges is not None else [(0, len(text))])
                for m in header.finditer(text, a, b, timeout=timeout)
            ]
    except TimeoutError:
        raise _slow(pr, header, timeout) from None
    patterns = [pr.pattern(i) for i in range(len(pr.sources))]
    for head_start, head_end in heads:
        for start, end in _labels.header_cells(text, head_start, head_end):
            for pattern in patterns:
                try:
                    match = pattern.fullmatch(text, start, end, timeout=timeout)
                except TimeoutError:
                    raise _slow(pr, pattern, timeout) from None
                if match is not None:
                    yield from _match_places(pr, match)
                    break


def _match_places(pr: PackRule, match: Any) -> list[tuple[int, int]]:
    """What ``pr`` reports of one match: (start, end) of the match or of its group (of every
    capture of the group, with captures = "all"); (-1, -1) for a group that took no part."""
    if pr.all_captures:
        return match.spans(pr.group)
    return [match.span(pr.group) if pr.group else match.span()]


def _places(pr: PackRule, text: str, ranges: list[tuple[int, int]], timeout: float):
    """Where ``pr``'s patterns match in ``ranges`` of ``text`` (see _match_places)."""
    for match in _matches(pr, text, ranges, timeout):
        yield from _match_places(pr, match)


def _any_in(text: str, words: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(word in low for word in words)


def _with_also(
    text: str, windows: list[tuple[int, int]], words: tuple[str, ...]
) -> list[tuple[int, int]]:
    """The windows that also hold one of ``words`` (keywords_also), or hold it just before
    them: a window's start may be a label's full stop ("Sagsnr. KK-…"), not a sentence's."""
    return [(a, b) for a, b in windows if _any_in(text[max(0, a - _ALSO_BEFORE) : b], words)]


def _in_lines(pr: PackRule, text: str, lines: list[tuple[int, int]], timeout: float):
    """A reach = "line" rule's places: its patterns run once over its keywords' lines put
    together, not over the whole text (a page of case notes has a label every few lines, too
    many for a pass per stretch). The stretches are joined by "\\x00\\n", so each still starts
    a line; a match that runs from one stretch into the next is no match in the text."""
    if not lines:
        return
    digest = _JOIN.join([text[a:b] for a, b in lines])
    offsets: list[int] = []  # where each stretch starts in the digest
    at = 0
    for a, b in lines:
        offsets.append(at)
        at += b - a + len(_JOIN)
    for match in _matches(pr, digest, [(0, len(digest))], timeout):
        start, end = match.span()
        i = bisect_right(offsets, start) - 1
        if end > offsets[i] + lines[i][1] - lines[i][0]:
            continue  # ran on past its stretch
        shift = lines[i][0] - offsets[i]
        for start, end in _match_places(pr, match):
            if start >= 0:
                yield start + shift, end + shift


def _spans(pr: PackRule, text: str, places) -> Iterator[Span]:
    span_at = PackDetector._span_at
    for start, end in places:
        if start >= 0:
            span = span_at(pr, text, start, end)
            if span is not None:
                yield span


class PackDetector:
    """All rules of one pack file; the engine treats it like any other detector."""

    def __init__(self, path: Path, name: str, rules: list[PackRule]) -> None:
        self.path = path
        self.name = name
        self.pack_rules = rules
        self.rules = tuple(r.rule for r in rules)
        for r in rules:
            KEYWORDS.add(r.keywords)

    def find(self, text: str) -> Iterator[Span]:
        timeout = 1.0 + _FLAGS_TIMEOUT_PER_MB * len(text) / 1_000_000
        hits: frozenset[str] | None = None
        whole = [(0, len(text))]
        for pr in self.pack_rules:
            ranges = whole
            if pr.keywords:
                # Most texts skip most rules this way: no keyword, no regex pass.
                if hits is None:
                    hits = KEYWORDS.hits(text)
                if hits.isdisjoint(pr.keywords):
                    continue
                if pr.keywords_also and len(text) <= WINDOW_MIN and not _any_in(
                    text, pr.keywords_also
                ):
                    continue
                if pr.column is not None:
                    ranges = _table_lines(text, KEYWORDS.line_windows(text, pr.keywords))
                elif len(text) > WINDOW_MIN:
                    if pr.line_reach:
                        if pr.reach == "sentence":
                            lines = KEYWORDS.sentence_windows(text, pr.keywords)
                        else:
                            lines = KEYWORDS.line_windows(text, pr.keywords)
                        if lines is not None:
                            if pr.keywords_also:
                                lines = _with_also(text, lines, pr.keywords_also)
                            yield from _spans(pr, text, _in_lines(pr, text, lines, timeout))
                            continue
                    ranges = KEYWORDS.windows(text, pr.keywords) or whole
            if pr.column is not None:
                yield from _spans(pr, text, _column_places(pr, text, ranges, timeout))
            else:
                yield from _spans(pr, text, _places(pr, text, ranges, timeout))

    @staticmethod
    def _span_at(pr: PackRule, text: str, start: int, end: int) -> Span | None:
        if start == end:
            return None
        if (
            pr.skip_quoted
            and text[start - 1 : start] in _OPENING_QUOTES
            and text[end : end + 1] in _CLOSING_QUOTES
        ):
            return None
        if pr.skip_examples and talk_about_requests(text, start):
            return None
        if pr.validator is not None and not pr.validator(text[start:end]):
            return None
        confidence = pr.confidence
        if pr.context is not None:
            positive = pr.context.has_positive(text, start, end)
            if pr.required and not positive:
                return None
            if positive:
                confidence += pr.boost
            elif pr.context.has_negative(text, start, end):
                confidence -= pr.penalty
        if confidence <= 0:
            return None
        return Span(pr.rule.code, start, end, round(clamp(confidence), 2))


# An organisation's own packs know its documents best: where one of their rules and a shipped
# rule claim the same text, theirs wins unless the pack sets `priority` itself.
SHIPPED_PRIORITY = 50
ORGANISATION_PRIORITY = 75


def load_pack(
    path: Path, default_priority: int = SHIPPED_PRIORITY, lazy: bool = False
) -> PackDetector:
    """Load and check a pack. ``lazy`` defers compiling its regexes to first use (for the
    shipped packs, which the test suite compiles); an organisation's packs are checked now."""
    data = read_toml(path, PackError)
    unknown = set(data) - {"pack", "rule"}
    if unknown:
        raise PackError(f"{path}: unknown top-level key(s): {', '.join(sorted(unknown))}")
    pack = data.get("pack", {})
    if not isinstance(pack, dict):
        raise PackError(f"{path}: [pack] must be a table")
    unknown = set(pack) - {"name", "description", "define"}
    if unknown:
        raise PackError(f"{path}: unknown key(s) in [pack]: {', '.join(sorted(unknown))}")
    rules = data.get("rule")
    if not isinstance(rules, list) or not rules:
        raise PackError(f"{path}: a pack needs at least one [[rule]]")
    name = str(pack.get("name", path.stem))
    defines = _defines(path, pack.get("define", {}))
    detector = PackDetector(
        path,
        name,
        [_load_rule(path, i, r, default_priority, defines) for i, r in enumerate(rules, 1)],
    )
    if not lazy:
        for pack_rule in detector.pack_rules:
            pack_rule.patterns  # noqa: B018 - compiles now, so a bad regex is reported at once
            if pack_rule.column is not None:
                pack_rule.column_pattern()
    return detector


_REFERENCE = rx.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _defines(path: Path, raw: Any) -> dict[str, str]:
    """Named pattern fragments of a pack, each expanded (a fragment may use earlier ones)."""
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise PackError(f"{path}: [pack] define must be a table of name = 'regex'")
    expanded: dict[str, str] = {}
    for name, fragment in raw.items():
        expanded[name] = expand(path, f"define.{name}", fragment, expanded)
    return expanded


def expand(path: Path, where: str, pattern: str, defines: dict[str, str]) -> str:
    """Replace every ``${name}`` in ``pattern`` by its fragment as a non-capturing group."""

    def replace(match) -> str:
        name = match.group(1)
        if name not in defines:
            raise PackError(f"{path}: {where}: ${{{name}}} is not defined in [pack] define")
        return f"(?:{defines[name]})"

    return _REFERENCE.sub(replace, pattern)


def _texts(path: Path, where: str, value: Any, required: bool = False) -> dict[str, str]:
    if value is None:
        if required:
            raise PackError(f"{path}: {where} is required")
        return {}
    if isinstance(value, str):
        return {"da": value, "en": value}
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return dict(value)
    raise PackError(f"{path}: {where} must be a string or a table of language = text")


def _load_rule(
    path: Path, index: int, raw: Any, default_priority: int, defines: dict[str, str] | None = None
) -> PackRule:
    if not isinstance(raw, dict):
        raise PackError(f"{path}: rule #{index} must be a table")
    where = f"rule #{index}"
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise PackError(f"{path}: {where}: unknown key(s): {', '.join(sorted(unknown))}")
    code = raw.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise PackError(f"{path}: {where}: code must look like 'ABC123' (got {code!r})")
    where = f"rule {code}"
    for key in ("name", "entity"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise PackError(f"{path}: {where}: '{key}' is required and must be a string")
    try:
        severity = Severity.parse(str(raw.get("severity", "warning")))
    except ValueError as exc:
        raise PackError(f"{path}: {where}: {exc}") from None
    guideline = raw.get("guideline", 2)
    if not isinstance(guideline, int):
        raise PackError(f"{path}: {where}: guideline must be a number")
    confidence = _number(path, where, "confidence", raw.get("confidence", 0.8), 0.0, 1.0)
    priority = _number(path, where, "priority", raw.get("priority", default_priority), 0, 1000)

    patterns_raw = raw.get("patterns")
    if isinstance(patterns_raw, str):
        patterns_raw = [patterns_raw]
    if not isinstance(patterns_raw, list) or not patterns_raw:
        raise PackError(f"{path}: {where}: 'patterns' must be a non-empty list of regexes")
    flags = 0
    if raw.get("ignorecase", False):
        flags |= rx.IGNORECASE
    if raw.get("multiline", True):
        flags |= rx.MULTILINE
    group = raw.get("group")
    if group is not None and not isinstance(group, str):
        raise PackError(f"{path}: {where}: group must be the name of a group")
    for pattern in patterns_raw:
        if not isinstance(pattern, str):
            raise PackError(f"{path}: {where}: every pattern must be a string")
    patterns_raw = [expand(path, where, p, defines or {}) for p in patterns_raw]
    captures = raw.get("captures", "last")
    if captures not in ("last", "all"):
        raise PackError(f"{path}: {where}: captures must be 'last' or 'all' (got {captures!r})")
    if captures == "all" and group is None:
        raise PackError(f"{path}: {where}: captures = 'all' needs a group")

    validator = None
    if raw.get("validator") is not None:
        try:
            validator = get_validator(str(raw["validator"]))
        except KeyError as exc:
            raise PackError(f"{path}: {where}: {exc.args[0]}") from None

    context_raw = raw.get("context", {})
    if not isinstance(context_raw, dict):
        raise PackError(f"{path}: {where}: context must be a table")
    unknown = set(context_raw) - _CONTEXT_KEYS
    if unknown:
        raise PackError(f"{path}: {where}: unknown context key(s): {', '.join(sorted(unknown))}")
    positive = _strings(path, where, "context.positive", context_raw.get("positive", []))
    negative = _strings(path, where, "context.negative", context_raw.get("negative", []))
    context = None
    if positive or negative:
        context = ContextWords(
            positive,
            negative,
            before=int(context_raw.get("before", 40)),
            after=int(context_raw.get("after", 20)),
        )
    required = bool(context_raw.get("required", False))
    if required and not positive:
        raise PackError(f"{path}: {where}: context.required needs context.positive words")

    examples_raw = raw.get("examples", {})
    if not isinstance(examples_raw, dict):
        raise PackError(f"{path}: {where}: examples must be a table with positive/negative lists")
    keywords = tuple(k.lower() for k in _strings(path, where, "keywords", raw.get("keywords", [])))
    if any(not k for k in keywords):
        raise PackError(f"{path}: {where}: keywords must not be empty strings")
    pos_ex = _strings(path, where, "examples.positive", examples_raw.get("positive", []))
    neg_ex = _strings(path, where, "examples.negative", examples_raw.get("negative", []))

    column = raw.get("column")
    if column is not None:
        if not isinstance(column, str) or not column:
            raise PackError(f"{path}: {where}: column must be a regex (a column's header)")
        if raw.get("reach", "text") != "text":
            raise PackError(f"{path}: {where}: column reads tables; it takes no reach")
        column = expand(path, where, column, defines or {})

    rule = Rule(
        code=code,
        name=raw["name"],
        entity=raw["entity"],
        severity=severity,
        guideline=guideline,
        message=_texts(path, f"{where}: message", raw.get("message"), required=True),
        what=_texts(path, f"{where}: what", raw.get("what")),
        why=_texts(path, f"{where}: why", raw.get("why")),
        instead=_texts(path, f"{where}: instead", raw.get("instead")),
        examples=tuple(pos_ex),
        counter_examples=tuple(neg_ex),
        priority=int(priority),
        scope=_scope(path, where, raw.get("scope", "value")),
        mask=str(raw.get("mask", "default")),
        source=str(path),
    )
    return PackRule(
        rule=rule,
        sources=tuple(patterns_raw),
        flags=flags,
        group=group,
        validator=validator,
        context=context,
        required=required,
        boost=_number(path, where, "context.boost", context_raw.get("boost", 0.15), 0, 1),
        penalty=_number(path, where, "context.penalty", context_raw.get("penalty", 0.4), 0, 1),
        confidence=confidence,
        examples=(pos_ex, neg_ex),
        keywords=keywords,
        all_captures=captures == "all",
        skip_quoted=_flag(path, where, "skip_quoted", raw.get("skip_quoted", False)),
        line_reach=_reach(path, where, raw.get("reach", "text"), keywords) != "text",
        reach=_reach(path, where, raw.get("reach", "text"), keywords),
        keywords_also=_also(path, where, raw.get("keywords_also", []), keywords),
        skip_examples=_flag(path, where, "skip_examples", raw.get("skip_examples", False)),
        column=column,
    )


def _flag(path: Path, where: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise PackError(f"{path}: {where}: {key} must be true or false (got {value!r})")
    return value


def _also(path: Path, where: str, value: Any, keywords: tuple[str, ...]) -> tuple[str, ...]:
    words = tuple(w.lower() for w in _strings(path, where, "keywords_also", value))
    if words and not keywords:
        raise PackError(f"{path}: {where}: keywords_also needs keywords")
    if any(not w for w in words):
        raise PackError(f"{path}: {where}: keywords_also must not be empty strings")
    return words


def _reach(path: Path, where: str, value: Any, keywords: tuple[str, ...]) -> str:
    if value not in ("text", "line", "sentence"):
        raise PackError(
            f"{path}: {where}: reach must be 'text', 'line' or 'sentence' (got {value!r})"
        )
    if value != "text" and not keywords:
        raise PackError(f"{path}: {where}: reach = '{value}' needs keywords")
    return value


def _scope(path: Path, where: str, value: Any) -> str:
    if value not in SCOPES:
        raise PackError(f"{path}: {where}: scope must be one of {', '.join(SCOPES)} (got {value!r})")
    return value


def _number(path: Path, where: str, key: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise PackError(f"{path}: {where}: {key} must be a number from {low} to {high}")
    return float(value)


def _strings(path: Path, where: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PackError(f"{path}: {where}: {key} must be a list of strings")
    return value


def load_pack_dir(
    directory: Path, default_priority: int = SHIPPED_PRIORITY, lazy: bool = False
) -> list[PackDetector]:
    """Every ``*.toml`` pack below ``directory``, in a stable order."""
    if not directory.is_dir():
        raise PackError(f"{directory}: pattern directory not found")
    return [load_pack(p, default_priority, lazy) for p in sorted(directory.rglob("*.toml"))]
