"""The data that flows from detectors through the engine to the reporters.

A detector yields :class:`Span` objects (where and how sure); the engine turns the ones that
survive selection, suppression and overlap resolution into :class:`Finding` objects (where, in
lines and columns too, and which guideline); reporters only read findings.
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple


class Record:
    """Base of promptlint's records: the fields are named in ``_fields``, ``__init__`` is
    written out, and equality, ``repr`` and ``replace`` come from here.

    Why not ``dataclasses``: a ``@dataclass`` generates its methods as source text and compiles
    it when its module is imported, about half a millisecond a class. The 22 records a
    ``promptlint check`` loads cost 12 ms of a 90 ms run that way; written out, they cost
    nothing beyond the module's cached byte code. Records are treated as immutable once built.
    """

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment] - equal by value and mutable: not hashable

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({inner})"

    def replace(self, **changes: object):
        """A copy with some fields changed (like ``dataclasses.replace``)."""
        unknown = set(changes) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)[0]!r}")
        return type(self)(**{name: changes.get(name, getattr(self, name)) for name in self._fields})


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


class Rule(Record):
    """One checkable thing, identified by a stable code such as ``ID001``.

    Texts are dictionaries keyed by language (``da``, ``en``). ``priority`` decides which of two
    overlapping findings wins: the more specific rule has the higher priority. ``scope`` says
    what a finding covers: a ``value`` (a number, a name, a word) or a whole ``sentence`` (a
    request to the AI); overlaps are resolved within a scope only, so a sentence that asks for
    a decision is reported even when it also contains a name.
    """

    __slots__ = _fields = (
        "code", "name", "entity", "severity", "guideline", "message", "what", "why", "instead",
        "examples", "counter_examples", "priority", "scope", "mask", "source",
    )

    def __init__(
        self,
        code: str,
        name: str,
        entity: str,
        severity: Severity,
        guideline: int,
        message: dict[str, str],
        what: dict[str, str] | None = None,
        why: dict[str, str] | None = None,
        instead: dict[str, str] | None = None,
        examples: tuple[str, ...] = (),
        counter_examples: tuple[str, ...] = (),
        priority: int = 50,
        scope: str = "value",
        mask: str = "default",
        source: str = "builtin",
    ) -> None:
        self.code = code
        self.name = name
        self.entity = entity
        self.severity = severity
        self.guideline = guideline
        self.message = message
        self.what = {} if what is None else what
        self.why = {} if why is None else why
        self.instead = {} if instead is None else instead
        self.examples = examples
        self.counter_examples = counter_examples
        self.priority = priority
        self.scope = scope
        self.mask = mask
        self.source = source

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


class Finding(NamedTuple):
    """A reported span with its place in the input.

    A named tuple, as Span is: a large input has hundreds of thousands of findings, and the
    engine builds each with ``tuple.__new__`` at a third of the cost of an ``__init__`` that
    sets eleven slots (30 ms of a 10 MB scan's 60,000 findings). Unhashable all the same (its
    rule is), and never ordered by itself: sort by ``sort_key``.
    """

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

    def replace(self, **changes: object) -> Finding:
        """A copy with some fields changed (like ``dataclasses.replace``)."""
        return self._replace(**changes)

    @property
    def entity(self) -> str:
        return self.rule.entity

    def sort_key(self) -> tuple:
        return (self.path, self.start, self.end, self.rule.code)
