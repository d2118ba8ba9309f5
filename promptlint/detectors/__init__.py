"""Detectors find spans; the engine does everything else.

A detector is any object with a ``rules`` attribute (the :class:`~promptlint.model.Rule` objects
it can report) and a ``find(text)`` method that yields :class:`~promptlint.model.Span` objects.
Built-in detectors live in this package, declarative ones come from pattern packs
(:mod:`promptlint.packs`), and third-party ones from the ``promptlint.detectors`` entry-point group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from promptlint import _rx as rx
from promptlint.model import Rule, Span


@runtime_checkable
class Detector(Protocol):
    rules: Sequence[Rule]

    def find(self, text: str) -> Iterable[Span]: ...


class ContextWords:
    """Words near a match that make it more (positive) or less (negative) likely.

    Presidio's recognizers work the same way: a pattern gives a base score and context words
    nearby raise it. Here negative words lower it too, because Danish numbers collide so often
    (a CPR shape after "faktura" is an invoice number).
    """

    def __init__(
        self,
        positive: Iterable[str] = (),
        negative: Iterable[str] = (),
        *,
        before: int = 40,
        after: int = 20,
    ) -> None:
        self.before = before
        self.after = after
        self._words = (tuple(positive), tuple(negative))
        self._compiled: tuple | None = None

    def window(self, text: str, start: int, end: int) -> tuple[str, str]:
        return text[max(0, start - self.before) : start], text[end : end + self.after]

    def _patterns(self) -> tuple:
        # Compiled on first use: most rules never see a match in a given run.
        if self._compiled is None:
            self._compiled = tuple(_word_alternation(words) for words in self._words)
        return self._compiled

    def has_positive(self, text: str, start: int, end: int) -> bool:
        return self._search(self._patterns()[0], text, start, end)

    def has_negative(self, text: str, start: int, end: int) -> bool:
        return self._search(self._patterns()[1], text, start, end)

    def _search(self, pattern, text: str, start: int, end: int) -> bool:
        if pattern is None:
            return False
        left, right = self.window(text, start, end)
        return bool(pattern.search(left) or pattern.search(right))


def _word_alternation(words: Iterable[str]):
    words = [w for w in words if w]
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # A context word must start at a word boundary; it may be the stem of a longer word
    # ("cpr" in "cpr-nr.", "personnummer" in "personnummeret").
    return rx.compile(rf"(?<!\w)(?:{body})", rx.IGNORECASE)


def clamp(value: float) -> float:
    return max(0.0, min(1.0, value))
