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

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from promptlint import corpus  # noqa: E402
from promptlint.detectors.decision_model import candidates, features  # noqa: E402

OUT = ROOT / "patterns" / "data" / "decisions" / "model.json"
SEED = 20251126
POSITIVE_WEIGHT = 8.0
EPOCHS = 12
RATE = 0.1
DECAY = 0.8
L2 = 1e-5
MIN_COUNT = 2
KEEP = 0.1
THRESHOLD = 0.5


def sentences(directory: Path) -> list[tuple[set[str], int, str]]:
    rows = []
    for doc in corpus.load([directory]):
        gold = [(g.start, g.end) for g in doc.gold if g.entity == "decision_request"]
        for start, end in candidates(doc.text):
            label = int(any(start < ge and gs < end for gs, ge in gold))
            rows.append((features(doc.text[start:end]), label, doc.text[start:end]))
    return rows


def train(rows: list[tuple[set[str], int, str]]) -> tuple[dict[str, float], float]:
    counts = Counter(f for fs, _, _ in rows for f in fs)
    data = [(sorted(f for f in fs if counts[f] >= MIN_COUNT), y) for fs, y, _ in rows]
    weights: dict[str, float] = {}
    bias = 0.0
    rate = RATE
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(data)
        for fs, y in data:
            z = bias + sum(weights.get(f, 0.0) for f in fs)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * (POSITIVE_WEIGHT if y else 1.0)
            bias -= rate * g
            for f in fs:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (g + L2 * w)
        rate *= DECAY
    return weights, bias


def score(rows, weights, bias) -> str:
    tp = fp = fn = 0
    for fs, y, _ in rows:
        z = bias + sum(weights.get(f, 0.0) for f in fs)
        hit = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) >= THRESHOLD
        tp += hit and y
        fp += hit and not y
        fn += y and not hit
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"sentences: tp {tp} fp {fp} fn {fn}  P {p:.3f} R {r:.3f} F1 {f1:.3f}"


def build(exclude: set[str]) -> tuple[dict, list]:
    directories = sorted(d for d in (ROOT / "tests").glob("corpus*") if d.is_dir())
    used, held = [], []
    for directory in directories:
        name = directory.name.removeprefix("corpus_")
        (held if name in exclude else used).append(directory)
    train_rows = [row for d in used for row in sentences(d)]
    held_rows = [row for d in held for row in sentences(d)]
    weights, bias = train(train_rows)
    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= KEEP}
    model = {
        "about": "Decision-request model of promptlint's AD012: logistic regression over the "
        "features of promptlint.detectors.decision_model; rebuilt by "
        "patterns/data/rebuild_decision_model.py from the annotated corpora under tests/.",
        "version": 1,
        "trained_on": {
            "corpora": len(used),
            "sentences": len(train_rows),
            "requests": sum(y for _, y, _ in train_rows),
        },
        "threshold": THRESHOLD,
        "bias": round(bias, 4),
        "weights": kept,
    }
    return model, held_rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exclude", nargs="*", default=[], help="corpora left out (holdout61 …)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped file differs")
    args = parser.parse_args()
    model, held = build(set(args.exclude))
    text = json.dumps(model, ensure_ascii=False, indent=0, sort_keys=False) + "\n"
    if held:
        print("held out:", score(held, model["weights"], model["bias"]))
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("model.json is up to date" if same else "model.json differs from a rebuild")
        return 0 if same else 1
    if args.exclude:
        return 0  # a measurement: the shipped model is trained on every corpus
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    t = model["trained_on"]
    print(f"wrote {OUT.relative_to(ROOT)}: {len(model['weights'])} weights, trained on "
          f"{t['corpora']} corpora, {t['sentences']} sentences, {t['requests']} requests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
