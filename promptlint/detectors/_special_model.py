"""The second opinion on special-category words: a model trained on the annotated corpora.

The rules of :mod:`promptlint.detectors.special_category` decide whether a listed word is about
a person. Writers of the corpora agree with them on most words, not all: some mark "boligstøtte"
or "genoptræning" in a case note, others leave them; a child's "samvær" in a guide to the rules
is no one's. A logistic regression (:mod:`promptlint.detectors._logistic`) reads every listed
word found in a text, the ones the rules reported and the ones they did not, and says which
are sensitive. Its features are

* what the word is: its key in the lists (``k=``), its category (``c=``) and kind (``m=``);
* whether the rules reported it (``fired=``, and per category ``fc=``);
* the words around it on its line: up to six each side (``L=``, ``R=``), the nearest
  (``l1=``, ``r1=``);
* who the text is about: a name on the line (``nml``) or in the text (``nmd``), as the rules
  read names; a CPR number, an e-mail address, a phone number or a person's field label
  ("Navn:", "CPR-nr.:", "Borger:") on the line (``il=``) or in the text (``id=``);
* where it stands: at the start of a line, in a bullet, after a colon; and how long the text is.

It reads texts of ``MIN_TEXT`` characters or more; in a shorter one the rules alone decide.

Trained by ``patterns/data/rebuild_special_model.py`` on every corpus under ``tests/``; the
weights are data (``patterns/data/special_category/model.json``). Without that file the rules
alone decide. On corpora the model had not seen it raised special-category F1 from 0.78 to
0.85 (README, "Ydelse og kvalitet").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from promptlint import _rx as rx
from promptlint.detectors._logistic import Weights

MODEL_FILE = Path("special_category") / "model.json"  # under the data directory
# The model reads a text of at least this many characters; in a shorter one (a sentence or two)
# there is too little around a word for it, and the rules alone decide. On the corpora, leaving
# texts up to 500 characters to the rules changed F1 by less than 0.001.
MIN_TEXT = 300

_WORD = rx.compile_re(r"\w[\w-]*")
_REACH = 80
_SIDE = 6
_LINE_REACH = 1000
_IDENTIFIERS = (
    ("cpr", rx.compile_re(r"(?<!\d)\d{6} ?-? ?\d{4}(?!\d)")),
    ("mail", rx.compile_re(r"\w@\w")),
    ("tlf", rx.compile_re(r"(?<![\d-])(?:\+45 ?)?\d{2} ?\d{2} ?\d{2} ?\d{2}(?![\d-])")),
    ("lbl", rx.compile_re(
        r"(?im)^\W*(?:navn|borger|barn|ansøger|patient|cpr(?:-nr)?\.?|sagsnr\.?|adresse|vedr\.?)"
        r"\s*:"
    )),
)


class Candidate:
    """A listed word (or a finding of the rules) the model reads; ``confidence`` is the rules'
    (0 for a word they passed over); ``vetoed``: it stands in a text about no one (a made-up
    case, a law's text, a guide): read in training like any other, never reported."""

    __slots__ = ("start", "end", "key", "category", "mode", "fired", "confidence", "vetoed")

    def __init__(self, start: int, end: int, key: str, category: str, mode: str,
                 fired: bool, confidence: float = 0.0, *, vetoed: bool = False) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.category = category
        self.mode = mode
        self.fired = fired
        self.confidence = confidence
        self.vetoed = vetoed


class _Text:
    """What the features read of the whole text, each worked out once."""

    def __init__(self, text: str, mentioned) -> None:
        self.text = text
        self.mentioned = mentioned  # names: text -> bool (the rules' _Names.mentioned)
        self._lines: dict[tuple[int, int], tuple[str, ...]] = {}
        words = ["nmd"] if mentioned(text) else []
        words += ["id=" + kind for kind, pattern in _IDENTIFIERS if pattern.search(text)]
        words.append(f"len={min(5, int(math.log2(1 + len(text) / 200)))}")
        self.words = tuple(words)

    def line(self, start: int) -> tuple[int, int, tuple[str, ...]]:
        """The line around ``start``, at most _LINE_REACH each side of it (a text of one long
        line is read in windows: no search runs back to its start from every word)."""
        text = self.text
        lo = max(0, start - _LINE_REACH)
        line_start = text.rfind("\n", lo, start) + 1 or lo
        end = text.find("\n", start, start + _LINE_REACH)
        line_end = min(len(text), start + _LINE_REACH) if end < 0 else end
        known = self._lines.get((line_start, line_end))
        if known is None:
            line = text[line_start:line_end]
            words = ["nml"] if self.mentioned(line) else []
            if (end >= 0 or line_end == len(text)) and (line_start > lo or lo == 0):
                # A whole line: its identifiers too. A window of a longer line (no corpus has
                # one) leaves them out: searched around every word, they would cost seconds.
                words += ["il=" + kind for kind, pattern in _IDENTIFIERS if pattern.search(line)]
            known = self._lines[line_start, line_end] = tuple(words)
        return line_start, line_end, known


def features(whole: _Text, c: Candidate) -> set[str]:
    text = whole.text
    line_start, line_end, line_words = whole.line(c.start)
    fired = int(c.fired)
    found = {
        "k=" + c.key, "c=" + c.category, "m=" + c.mode, f"fired={fired}",
        f"fc={fired}{c.category}", *line_words, *whole.words,
    }
    left = _WORD.findall(text, max(line_start, c.start - _REACH), c.start)[-_SIDE:]
    right = _WORD.findall(text, c.end, min(line_end, c.end + _REACH))[:_SIDE]
    for word in left:
        found.add("L=" + word.lower())
    for word in right:
        found.add("R=" + word.lower())
    if left:
        found.add("l1=" + left[-1].lower())
    if right:
        found.add("r1=" + right[0].lower())
    before = text[line_start : c.start]
    if not before.strip():
        found.add("linestart")
    elif before.lstrip()[:1] in "-•*":
        found.add("bullet")
    if ":" in before:
        found.add("colon")
    return found


def rows(text: str, candidates: Sequence[Candidate], mentioned) -> list[set[str]]:
    """The features of each candidate, in order."""
    whole = _Text(text, mentioned)
    return [features(whole, c) for c in candidates]


class Model(Weights):
    """The shipped weights with a second threshold: a word the rules reported stays when its
    probability reaches ``keep`` (lower than ``threshold``, which a word the rules passed over
    must reach). The rules are right about most short prompts the corpora have few of; the
    model overrules them only when it is sure."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float,
                 keep: float) -> None:
        super().__init__(weights, bias, threshold)
        self.keep = keep

    @classmethod
    def from_data(cls, data: dict) -> Model:
        return cls(data["weights"], data["bias"], data["threshold"], data["keep_threshold"])


@cache
def shipped_model(data: Path) -> Model | None:
    path = data / MODEL_FILE
    return Model.load(path) if path.is_file() else None
