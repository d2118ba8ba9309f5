"""The data that flows from detectors through the engine to the reporters.

A detector yields :class:`Span` objects (where and how sure); the engine turns the ones that
survive selection, suppression and overlap resolution into :class:`Finding` objects (where, in
lines and columns too, and which guideline); reporters only read findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import NamedTuple


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except (KeyError, AttributeError):
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Rule:
    """One checkable thing, identified by a stable code such as ``ID001``.

    Texts are dictionaries keyed by language (``da``, ``en``). ``priority`` decides which of two
    overlapping findings wins: the more specific rule has the higher priority. ``scope`` says
    what a finding covers: a ``value`` (a number, a name, a word) or a whole ``sentence`` (a
    request to the AI); overlaps are resolved within a scope only, so a sentence that asks for
    a decision is reported even when it also contains a name.
    """

    code: str
    name: str
    entity: str
    severity: Severity
    guideline: int
    message: dict[str, str]
    what: dict[str, str] = field(default_factory=dict)
    why: dict[str, str] = field(default_factory=dict)
    instead: dict[str, str] = field(default_factory=dict)
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    priority: int = 50
    scope: str = "value"
    mask: str = "default"
    source: str = "builtin"

    def text(self, attr: str, lang: str) -> str:
        texts: dict[str, str] = getattr(self, attr)
        return texts.get(lang) or texts.get("da") or texts.get("en") or ""


class Span(NamedTuple):
    """What a detector reports: a rule, a half-open code-point range and a confidence (0-1).

    ``severity`` overrides the rule's default severity for this one span (for example a masked
    CPR number is only info). A named tuple, not a frozen dataclass: detectors make tens of
    thousands per megabyte, and a tuple is built three times faster.
    """

    rule: str
    start: int
    end: int
    confidence: float = 0.9
    severity: Severity | None = None


@dataclass(slots=True)
class Finding:
    """A reported span with its place in the input. Treated as immutable once built (not
    frozen only because a frozen dataclass is built three times slower)."""

    path: str
    rule: Rule
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    severity: Severity
    confidence: float
    value: str

    @property
    def entity(self) -> str:
        return self.rule.entity

    def sort_key(self) -> tuple:
        return (self.path, self.start, self.end, self.rule.code)
