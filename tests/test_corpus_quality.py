"""Detection quality on the annotated corpus under tests/corpus (format: shared CORPUS.md).

The floors are the issues' targets (or today's figure where it is higher) so that quality
cannot silently regress. `promptlint evaluate tests/corpus` prints the full table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from promptlint import corpus
from promptlint.config import Config
from promptlint.scan import build_engine

CORPUS = Path(__file__).resolve().parent / "corpus"

F1_FLOORS = {
    "cpr": 0.98,
    "email": 0.98,
    "phone": 0.95,
    "cvr": 0.95,
    "bank_account": 0.95,
    "payment_card": 0.95,
    "address": 0.90,
    "name": 0.95,
    "classification": 0.95,
    "case_number": 0.95,
    "secret": 0.90,
    "special_category": 0.85,
    "decision_request": 0.85,
}
NAME_PRECISION_RECALL = 0.92
MAX_FALSE_ALARM_RATE = 0.05


@pytest.fixture(scope="module")
def scores() -> corpus.Scores:
    _, engine = build_engine(Config())
    documents = corpus.load([CORPUS])

    def predict(text: str):
        return [(f.entity, f.start, f.end) for f in engine.scan(text)]

    return corpus.score(documents, predict)


def test_corpus_is_big_enough(scores):
    assert scores.documents >= 200
    assert scores.clean_documents >= 60
    assert scores.entities["name"].gold >= 300


@pytest.mark.parametrize("entity", sorted(F1_FLOORS))
def test_f1_floor(scores, entity):
    assert scores.entities[entity].f1 >= F1_FLOORS[entity], scores.as_dict()["entities"][entity]


def test_names_precision_and_recall(scores):
    names = scores.entities["name"]
    assert names.precision >= NAME_PRECISION_RECALL
    assert names.recall >= NAME_PRECISION_RECALL


def test_clean_documents_rarely_flagged(scores):
    assert scores.false_alarm_rate <= MAX_FALSE_ALARM_RATE


def test_parse_rejects_broken_markup():
    with pytest.raises(corpus.CorpusFormatError):
        corpus.parse("⟦cpr|010190-1234")
    with pytest.raises(corpus.CorpusFormatError):
        corpus.parse("⟦cpr 010190-1234⟧")
    with pytest.raises(corpus.CorpusFormatError):
        corpus.parse("a ⟧ b")


def test_scoring_counts_overlap_and_exact_matches():
    doc = corpus.parse("CPR ⟦cpr|010190-1234⟧ og ⟦name|Mette Hansen⟧ her")
    predicted = [("cpr", 4, 15), ("name", 19, 24), ("email", 0, 3)]
    result = corpus.score([doc], lambda text: predicted)
    assert result.entities["cpr"].exact_f1 == 1.0
    assert result.entities["name"].f1 == 1.0 and result.entities["name"].exact_f1 == 0.0
    assert result.entities["email"].precision == 0.0
