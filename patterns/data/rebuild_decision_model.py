"""Rebuild the decision-request model, ``patterns/data/decisions/model.json``, from the annotated
corpora under ``tests/``.

Run from the repository root (nothing but promptlint itself is needed)::

    python patterns/data/rebuild_decision_model.py [--exclude holdout61 holdout62 …] [--check]

Every corpus directory ``tests/corpus*`` is read (the format of ../shared/CORPUS.md). Each
document's candidate sentences (``promptlint.detectors.decision_model.candidates``: the same the
detector reads) are labelled 1 when they overlap a gold ``decision_request`` span, else 0. A
logistic regression over the sentences' features (``features``) is trained by stochastic
gradient descent with a fixed seed, so the output is the same on every run and machine:

* features seen in fewer than two training sentences are dropped;
* a request weighs 8 times a non-request (there are about 60 of these for each request);
* 12 passes, a learning rate of 0.1 that falls by a fifth after each, L2 penalty 1e-5;
* weights smaller than 0.1 in size are left out of the file (as good on held-out corpora as
  keeping those down to 0.02, at half the size).

``--exclude`` leaves corpora out of training and prints the model's scores on them, sentence by
sentence: how the model does on text it has not seen. ``--check`` rebuilds into memory and exits
1 when the shipped file differs (a test runs it).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from promptlint import corpus  # noqa: E402
from promptlint.detectors._logistic import Rebuild, Training  # noqa: E402
from promptlint.detectors.decision_model import candidates, features  # noqa: E402


def sentences(directory: Path) -> list[tuple[set[str], int]]:
    rows = []
    for doc in corpus.load([directory]):
        gold = [(g.start, g.end) for g in doc.gold if g.entity == "decision_request"]
        for start, end in candidates(doc.text):
            label = int(any(start < ge and gs < end for gs, ge in gold))
            rows.append((features(doc.text[start:end]), label))
    return rows


REBUILD = Rebuild(
    root=ROOT,
    out=ROOT / "patterns" / "data" / "decisions" / "model.json",
    rows_of=sentences,
    about="Decision-request model of promptlint's AD012: logistic regression over the "
    "features of promptlint.detectors.decision_model; rebuilt by "
    "patterns/data/rebuild_decision_model.py from the annotated corpora under tests/.",
    how=Training(seed=20251126, positive_weight=8.0, epochs=12, rate=0.1, decay=0.8, l2=1e-5,
                 min_count=2),
    keep=0.1,
    threshold=0.5,
    units=("sentences", "requests"),
)

if __name__ == "__main__":
    sys.exit(REBUILD.main(__doc__.split("\n\n")[0]))
