"""Rebuild the special-category model, ``patterns/data/special_category/model.json``, from the
annotated corpora under ``tests/``.

Run from the repository root (nothing but promptlint itself is needed)::

    python patterns/data/rebuild_special_model.py [--exclude holdout61 holdout62 …] [--check]

Every corpus directory ``tests/corpus*`` is read (the format of ../shared/CORPUS.md). In each
document of at least ``MIN_TEXT`` characters (300) the special-category detector's rules run; each of their findings and each listed word
outside them is a row (``SpecialCategoryDetector.scan_for_training``: the same the detector
reads), labelled 1 when it overlaps a gold ``special_category`` span, else 0. A logistic
regression over the rows' features (``promptlint.detectors._special_model.features``) is trained
by stochastic gradient descent with a fixed seed, so the output is the same on every run and
machine:

* features seen in fewer than two rows are dropped;
* 10 passes, a learning rate of 0.1 that falls by a fifth after each, L2 penalty 1e-5; a
  sensitive word weighs as much as an innocent one (about as many of each);
* weights smaller than 0.05 in size are left out of the file.

Rebuild after a change to the rules, the lists or a corpus: the rows depend on all three.
``--exclude`` leaves corpora out of training and prints the model's scores on them, row by row;
``--check`` rebuilds into memory and exits 1 when the shipped file differs (a test runs it).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from promptlint import corpus  # noqa: E402
from promptlint.detectors._logistic import Rebuild, Training  # noqa: E402
from promptlint.detectors._special_model import MIN_TEXT, rows  # noqa: E402
from promptlint.detectors.special_category import SpecialCategoryDetector  # noqa: E402

DETECTOR = SpecialCategoryDetector(ROOT / "patterns" / "data")


def words(directory: Path) -> list[tuple[set[str], int]]:
    labelled = []
    mentioned = DETECTOR._load()[1].mentioned
    for doc in corpus.load([directory]):
        if len(doc.text) < MIN_TEXT:
            continue  # the rules alone decide in a short text
        gold = [(g.start, g.end) for g in doc.gold if g.entity == "special_category"]
        _, candidates = DETECTOR.scan_for_training(doc.text)
        for c, features in zip(candidates, rows(doc.text, candidates, mentioned), strict=True):
            labelled.append((features, int(any(c.start < ge and gs < c.end for gs, ge in gold))))
    return labelled


REBUILD = Rebuild(
    root=ROOT,
    out=ROOT / "patterns" / "data" / "special_category" / "model.json",
    rows_of=words,
    about="Special-category model of promptlint's SP rules: logistic regression over the "
    "features of promptlint.detectors._special_model; rebuilt by "
    "patterns/data/rebuild_special_model.py from the annotated corpora under tests/.",
    how=Training(seed=20261127, positive_weight=1.0, epochs=10, rate=0.1, decay=0.8, l2=1e-5,
                 min_count=2),
    keep=0.05,
    threshold=0.5,
    units=("words", "sensitive"),
    extra={"keep_threshold": 0.2},
)

if __name__ == "__main__":
    sys.exit(REBUILD.main(__doc__.split("\n\n")[0]))
