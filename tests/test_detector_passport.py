"""ID040: passport numbers, reported only right after a passport label."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlint.config import Config
from promptlint.detectors.passport import _LABEL, RULE, PassportDetector
from promptlint.model import Severity
from promptlint.scan import build_engine

DETECTOR = PassportDetector()


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.find(text)]


POSITIVES = [
    ("Pasnummer: 206543210", "206543210"),
    ("pasnr. 206543210", "206543210"),
    ("Pas nr. 206543210 udstedt 2020", "206543210"),
    ("Hans pas: 206543210", "206543210"),
    ("pasnummer er 206543210", "206543210"),
    ("Pasnummeret 206543210 står i sagen", "206543210"),
    ("Passet har nummer 206543210", "206543210"),
    ("Rejsepas nr. 123456789", "123456789"),
    ("passport no. C01X00T47", "C01X00T47"),
    ("Passport number: L898902C3", "L898902C3"),
    ("Passport No: AA1234567", "AA1234567"),
    ("Reisepassnummer C01X00T47", "C01X00T47"),
    ("Pasnr.: 12345678", "12345678"),
]

NEGATIVES = [
    "Pas på: ring 12345678 efter kl. 16",
    "pas på 206543210",
    "Hans pas 206543210",
    "Fornyelse af pas koster 626 kr.",
    "Passet udløber 12.03.2026",
    "Pasnummer: 12.03.2026",
    "Pasnummer: 111111111",
    "Pasnummer: ABCDEFGHI",
    "Pasnummer: 1234",
    "passagerer 206543210",
    "Pasta 206543210",
    "Telefon 206543210",
    "Kontonummer 206543210",
    "Pasnummer: [fjernet]",
]


@pytest.mark.parametrize("text, number", POSITIVES)
def test_passport_number_after_label(text, number):
    assert found(text) == [number]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_passport_number(text):
    assert found(text) == []


def test_danish_nine_digits_score_highest():
    danish = next(iter(DETECTOR.find("Pasnummer: 206543210")))
    foreign = next(iter(DETECTOR.find("Pasnummer: C01X00T47")))
    assert danish.confidence > foreign.confidence
    assert danish.severity is Severity.ERROR


def test_label_far_from_number_does_not_count():
    assert found("Pasnummer oplyses ikke her, men kundens telefon er 206543210") == []


def test_rule_texts_are_complete():
    for attr in ("message", "what", "why", "instead"):
        assert RULE.text(attr, "da") and RULE.text(attr, "en")
    assert RULE.entity == "passport" and RULE.priority == 60 and RULE.guideline == 2
    for example in RULE.examples:
        assert found(example), example
    for counter in RULE.counter_examples:
        assert found(counter) == [], counter


def test_through_the_engine():
    _, engine = build_engine(Config())
    findings = [
        f for f in engine.scan("Ansøgerens pasnummer er 206543210.") if f.entity == "passport"
    ]
    assert [f.value for f in findings] == ["206543210"]
    assert findings[0].rule.code == "ID040"


def test_pathological_inputs_finish():
    assert found("pas " * 100_000) == []
    assert found("Pasnummer: " + "1" * 200_000) == []
    assert found("Pasnummer" + " nr" * 100_000 + " 206543210") == []


# --- the label scan (lowered view, see detectors/_labels.py) -------------------------------

_TOKENS = st.sampled_from(
    ["pas", "PAS", "Pas", "pAs", "pass", "rejse", "REJSE", "reise", "port", "nummer", "nr", "no",
     ".", " ", ":", "-", "x", "ı", "ſ", "206543210", "C01X00T47"]
)  # fmt: skip


def _plain(text: str) -> list[str]:
    """The scan before the view: gated on the words as written, every label match tried."""
    if not any(hint in text for hint in ("pas", "Pas", "PAS", "pass", "Pass", "PASS")):
        return []
    spans = (DETECTOR._after(text, label) for label in _LABEL.finditer(text))
    return [text[s.start : s.end] for s in spans if s is not None]


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=30).map("".join))
def test_label_scan_finds_what_a_plain_scan_finds(text):
    assert found(text) == _plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "PASNUMMER: 206543210",
        "REJSEPAS NR. 206543210",
        "“Pasnr. 206543210”",
        "Yılmaz, pasnr. 206543210",
    ],
)
def test_labels_in_capitals_and_next_to_characters_above_latin_1(text):
    assert found(text) == ["206543210"]
