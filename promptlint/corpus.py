"""Annotated corpora (the format of shared/CORPUS.md) and detection-quality scores.

A corpus file is UTF-8 text in which each sensitive span is written ``⟦entity|text⟧``. Removing
the markup gives the text the linter sees; gold spans are code-point offsets into that text.

Scores per entity: a prediction *matches* a gold span of the same entity when they overlap.
Precision = matched predictions / predictions, recall = matched gold / gold. Exact-boundary
scores count only identical spans. At document level, the false-alarm rate is the share of clean
documents (no gold spans) that get any finding of a scored entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ENTITIES = (
    "cpr", "name", "email", "phone", "address", "cvr", "bank_account", "payment_card",
    "classification", "case_number", "secret", "special_category", "decision_request",
)
OPEN, SEP, CLOSE = "\u27e6", "|", "\u27e7"


class CorpusFormatError(ValueError):
    pass


@dataclass(frozen=True)
class GoldSpan:
    entity: str
    start: int
    end: int


@dataclass
class AnnotatedDocument:
    path: str
    text: str
    gold: list[GoldSpan]


def parse(annotated: str, path: str = "<string>") -> AnnotatedDocument:
    """Strip ``⟦entity|text⟧`` markup; return the clean text and the gold spans.

    >>> doc = parse("CPR ⟦cpr|010190-1234⟧ ok")
    >>> doc.text, doc.gold
    ('CPR 010190-1234 ok', [GoldSpan(entity='cpr', start=4, end=15)])
    """
    out: list[str] = []
    gold: list[GoldSpan] = []
    length = 0
    pos = 0
    while True:
        opening = annotated.find(OPEN, pos)
        stray = annotated.find(CLOSE, pos)
        if stray != -1 and (opening == -1 or stray < opening):
            raise CorpusFormatError(f"{path}: '{CLOSE}' without '{OPEN}' at {stray}")
        if opening == -1:
            out.append(annotated[pos:])
            break
        out.append(annotated[pos:opening])
        length += opening - pos
        closing = annotated.find(CLOSE, opening)
        if closing == -1:
            raise CorpusFormatError(f"{path}: unclosed '{OPEN}' at {opening}")
        body = annotated[opening + 1 : closing]
        if OPEN in body:
            raise CorpusFormatError(f"{path}: nested markup at {opening}")
        entity, sep, value = body.partition(SEP)
        if not sep or not entity or not value:
            raise CorpusFormatError(f"{path}: markup at {opening} is not ⟦entity|text⟧")
        gold.append(GoldSpan(entity.strip(), length, length + len(value)))
        out.append(value)
        length += len(value)
        pos = closing + 1
    return AnnotatedDocument(path, "".join(out), gold)


def load(paths: Sequence[Path]) -> list[AnnotatedDocument]:
    files: list[Path] = []
    for path in paths:
        files += sorted(path.rglob("*.txt")) if path.is_dir() else [path]
    return [parse(f.read_text(encoding="utf-8"), str(f)) for f in files]


@dataclass
class EntityScore:
    gold: int = 0
    predicted: int = 0
    matched_predictions: int = 0
    matched_gold: int = 0
    exact: int = 0

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def precision(self) -> float:
        return self._ratio(self.matched_predictions, self.predicted)

    @property
    def recall(self) -> float:
        return self._ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_f1(self) -> float:
        p = self._ratio(self.exact, self.predicted)
        r = self._ratio(self.exact, self.gold)
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Errors:
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)
    false_negatives: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Scores:
    entities: dict[str, EntityScore]
    documents: int
    clean_documents: int
    clean_flagged: int
    errors: Errors

    @property
    def false_alarm_rate(self) -> float:
        return self.clean_flagged / self.clean_documents if self.clean_documents else 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "clean_documents": self.clean_documents,
            "clean_flagged": self.clean_flagged,
            "false_alarm_rate": round(self.false_alarm_rate, 4),
            "entities": {
                e: {
                    "gold": s.gold,
                    "predicted": s.predicted,
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "exact_f1": round(s.exact_f1, 4),
                }
                for e, s in sorted(self.entities.items())
            },
        }


def score(
    documents: Iterable[AnnotatedDocument],
    predict,
    entities: Sequence[str] = ENTITIES,
) -> Scores:
    """Score ``predict(text) -> [(entity, start, end), ...]`` against the gold spans."""
    wanted = set(entities)
    table: dict[str, EntityScore] = {}
    errors = Errors()
    docs = clean = flagged = 0
    for doc in documents:
        docs += 1
        gold = [g for g in doc.gold if g.entity in wanted]
        predicted = [p for p in predict(doc.text) if p[0] in wanted]
        if not gold:
            clean += 1
            flagged += bool(predicted)
        for entity in {g.entity for g in gold} | {p[0] for p in predicted}:
            s = table.setdefault(entity, EntityScore())
            g_spans = [(g.start, g.end) for g in gold if g.entity == entity]
            p_spans = [(p[1], p[2]) for p in predicted if p[0] == entity]
            s.gold += len(g_spans)
            s.predicted += len(p_spans)
            for ps, pe in p_spans:
                if any(ps < ge and gs < pe for gs, ge in g_spans):
                    s.matched_predictions += 1
                else:
                    errors.false_positives.append((doc.path, entity, doc.text[ps:pe]))
            for gs, ge in g_spans:
                if any(ps < ge and gs < pe for ps, pe in p_spans):
                    s.matched_gold += 1
                else:
                    errors.false_negatives.append((doc.path, entity, doc.text[gs:ge]))
            s.exact += len(set(g_spans) & set(p_spans))
    return Scores(table, docs, clean, flagged, errors)
