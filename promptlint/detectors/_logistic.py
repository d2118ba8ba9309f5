"""Logistic regression over sets of string features: the shipped weights and their training.

Two detectors read a model trained on the annotated corpora under ``tests/``: the decision-request
model (``patterns/data/decisions/model.json``, one row a sentence) and the special-category
model (``patterns/data/special_category/model.json``, one row a listed word found in a text).
Both are plain JSON (a bias, a threshold and a weight per feature), rebuilt by the scripts under
``patterns/data/`` with :func:`train`: stochastic gradient descent with a fixed seed, so a
rebuild gives the same file on every run and machine, and a test can check the shipped file.

No numerical library is needed: a row's score is a sum of dictionary look-ups.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path


def logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class Weights:
    """A shipped model: a row's probability is the logistic function of the bias plus the
    weights of its features; a row at or above ``threshold`` is a yes."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path) -> Weights:
        import json  # only when a text has a row to score: start-up stays lean

        return cls.from_data(json.loads(path.read_text(encoding="utf-8")))

    @classmethod
    def from_data(cls, data: dict) -> Weights:
        """The model a shipped file holds (a subclass reads its own fields too)."""
        return cls(data["weights"], data["bias"], data["threshold"])

    def probability_of(self, features: Iterable[str]) -> float:
        get = self.weights.get
        return logistic(self.bias + sum(get(f, 0.0) for f in features))


class Training:
    """How a model is trained (see :func:`train`)."""

    def __init__(
        self,
        *,
        seed: int,
        positive_weight: float = 1.0,
        epochs: int = 12,
        rate: float = 0.1,
        decay: float = 0.8,
        l2: float = 1e-5,
        min_count: int = 2,
    ) -> None:
        self.seed = seed
        self.positive_weight = positive_weight
        self.epochs = epochs
        self.rate = rate
        self.decay = decay
        self.l2 = l2
        self.min_count = min_count


def train(rows: Sequence[tuple[set[str], int]], how: Training) -> tuple[dict[str, float], float]:
    """Weights and bias of a logistic regression of the labels (0 or 1) on the feature sets.

    Features seen in fewer than ``min_count`` rows are dropped; a positive row weighs
    ``positive_weight`` negative ones; each pass visits the rows in a seeded random order and
    the learning rate falls by ``decay`` after each pass; an L2 penalty keeps weights small.
    """
    counts = Counter(f for fs, _ in rows for f in fs)
    data = [(sorted(f for f in fs if counts[f] >= how.min_count), y) for fs, y in rows]
    weights: dict[str, float] = {}
    bias = 0.0
    rate = how.rate
    rng = random.Random(how.seed)
    for _ in range(how.epochs):
        rng.shuffle(data)
        for fs, y in data:
            p = logistic(bias + sum(weights.get(f, 0.0) for f in fs))
            g = (p - y) * (how.positive_weight if y else 1.0)
            bias -= rate * g
            for f in fs:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (g + how.l2 * w)
        rate *= how.decay
    return weights, bias


def kept(weights: dict[str, float], smallest: float) -> dict[str, float]:
    """The weights worth shipping: rounded, sorted, none smaller in size than ``smallest``."""
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= smallest}


def row_scores(rows: Iterable[tuple[set[str], int]], model: Weights) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of ``model`` on labelled rows."""
    tp = fp = fn = 0
    for fs, y in rows:
        hit = model.probability_of(fs) >= model.threshold
        tp += hit and y
        fp += hit and not y
        fn += y and not hit
    return tp, fp, fn


def describe(tp: int, fp: int, fn: int, unit: str) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"{unit}: tp {tp} fp {fp} fn {fn}  P {p:.3f} R {r:.3f} F1 {f1:.3f}"


class Rebuild:
    """What a ``patterns/data/rebuild_*_model.py`` script builds: from which rows, into which
    file, how. ``rows_of(directory)`` gives the labelled rows of one corpus directory;
    ``units`` names a row and a positive row in the file's counts ("sentences", "requests")."""

    def __init__(self, *, root: Path, out: Path, rows_of, about: str, how: Training,
                 keep: float, threshold: float, units: tuple[str, str],
                 extra: dict | None = None) -> None:
        self.root = root
        self.out = out
        self.rows_of = rows_of
        self.about = about
        self.how = how
        self.keep = keep
        self.threshold = threshold
        self.units = units
        self.extra = extra or {}  # more fields for the file ("keep_threshold")

    def build(self, exclude: set[str]) -> tuple[dict, list[tuple[set[str], int]]]:
        directories = sorted(d for d in (self.root / "tests").glob("corpus*") if d.is_dir())
        used, held = [], []
        for directory in directories:
            name = directory.name.removeprefix("corpus_")
            (held if name in exclude else used).append(directory)
        train_rows = [row for d in used for row in self.rows_of(d)]
        held_rows = [row for d in held for row in self.rows_of(d)]
        weights, bias = train(train_rows, self.how)
        rows, positives = self.units
        model = {
            "about": self.about,
            "version": 1,
            "trained_on": {
                "corpora": len(used),
                rows: len(train_rows),
                positives: sum(y for _, y in train_rows),
            },
            "threshold": self.threshold,
            **self.extra,
            "bias": round(bias, 4),
            "weights": kept(weights, self.keep),
        }
        return model, held_rows

    def main(self, description: str, argv: Sequence[str] | None = None) -> int:
        """``--exclude`` leaves corpora out of training and prints the model's scores on them;
        ``--check`` rebuilds into memory and exits 1 when the shipped file differs."""
        import argparse
        import json

        parser = argparse.ArgumentParser(description=description)
        parser.add_argument("--exclude", nargs="*", default=[],
                            help="corpora left out (holdout61 …)")
        parser.add_argument("--check", action="store_true",
                            help="exit 1 if the shipped file differs")
        args = parser.parse_args(argv)
        model, held = self.build(set(args.exclude))
        text = json.dumps(model, ensure_ascii=False, indent=0, sort_keys=False) + "\n"
        if held:
            weights = Weights(model["weights"], model["bias"], self.threshold)
            print("held out:", describe(*row_scores(held, weights), self.units[0]))
        if args.check:
            same = self.out.is_file() and self.out.read_text(encoding="utf-8") == text
            print(f"{self.out.name} is up to date" if same
                  else f"{self.out.name} differs from a rebuild")
            return 0 if same else 1
        if args.exclude:
            return 0  # a measurement: the shipped model is trained on every corpus
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.out.write_text(text, encoding="utf-8")
        t = model["trained_on"]
        rows, positives = self.units
        print(f"wrote {self.out.relative_to(self.root)}: {len(model['weights'])} weights, "
              f"trained on {t['corpora']} corpora, {t[rows]} {rows}, {t[positives]} {positives}")
        return 0
