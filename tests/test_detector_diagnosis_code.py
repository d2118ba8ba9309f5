"""SP010: ICD-10/SKS diagnosis codes, reported only where a diagnosis word says what they are."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlint.config import Config
from promptlint.detectors.diagnosis_code import RULE, DiagnosisCodeDetector
from promptlint.masking import mask
from promptlint.scan import build_engine

DETECTOR = DiagnosisCodeDetector()


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.find(text)]


POSITIVES = [
    ("Aktionsdiagnose: DF32.1", ["DF32.1"]),
    ("Diagnoser registreret: F12.2 cannabisafhængighed og F14.1 skadeligt brug af kokain.",
     ["F12.2", "F14.1"]),
    ("Moderat depressiv enkeltepisode (DF32.1), jf. diagnose fra egen læge.", ["DF32.1"]),
    ("The patient was diagnosed with F32.1 last year.", ["F32.1"]),
    ("Dx: S72.0, E11", ["S72.0", "E11"]),
    ("Bidiagnose DE119 og DI10", ["DE119", "DI10"]),
    ("Diagnoser:\n- KOL (DJ44.1)\n- Pneumoni (DJ18.9)\n\nTryk F10 for at gemme.",
     ["DJ44.1", "DJ18.9"]),
    ("PID | SEX | DIAG | COMORB\n0101 | M | S72.0 | F10.2 alcohol dependence\n"
     "0202 | F | S72.1 | E11; F03\n", ["S72.0", "S72.1", "F10.2", "E11", "F03"]),
    ("Navn\tICD-10\nJens\tF20.0\nKaren\tG40\n", ["F20.0", "G40"]),
]

NEGATIVES = [
    "Tryk F10 for at gemme.",
    "Tag linje M30 til Rådhuspladsen.",
    "Diagnosen stilles af en speciallæge. Tag linje M30.",  # another sentence
    "Diagram A12 viser fordelingen.",  # "diag" inside another word
    "Diagnosekoden for moderat depression er DF32.1.",  # about the code, not a person
    "ICD-10 kapitel F omfatter F00-F99.",
    "ICD-10 code E11.9 means type 2 diabetes.",
    "Diagnose: se bilag B12-3.",  # part of a longer reference
    "Diagnose: F12.2.3",  # a version, not a code
    "Diagnose: f12.2",  # codes are written in capitals
    "Diagnose: F1",
    # A rate of a diagnosis in a population (holdout406).
    "Antal med diagnosen SLE (ICD-10 DM32) pr. 100.000 indbyggere, fordelt på regioner.",
    # A range of codes in a statistic's row names a group of diagnoses (holdout501).
    "| Diagnosegruppe | 2024 |\n|---|---|\n| Skizofreni m.v. (F20–F29) | 221 |\n"
    "| Affektive lidelser (F30—F39) | 160 |",
    "",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_codes_beside_a_diagnosis_word_are_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_codes_without_a_diagnosis_word_and_general_talk_are_not(text):
    assert found(text) == []


def test_the_codes_are_health_data_and_masked_in_full():
    _, engine = build_engine(Config())
    findings = [f for f in engine.scan("Aktionsdiagnose: DF32.1") if f.rule.code == "SP010"]
    assert [f.entity for f in findings] == ["special_category"]
    assert findings[0].rule is RULE
    assert mask(findings[0].value, RULE.mask) == "******"


_CODES = st.builds(
    lambda d, letter, num, dec: f"{d}{letter}{num:02d}{dec}",
    st.sampled_from(["", "D"]),
    st.sampled_from("ABCEFGIJKMNRSZ"),
    st.integers(0, 99),
    st.sampled_from(["", ".0", ".1", ".9", ".29", "1", "19"]),
)
_WORDS = st.sampled_from(["Diagnose:", "Aktionsdiagnose", "Diagnoses:", "ICD-10:", "Dx"])


@settings(max_examples=200)
@given(word=_WORDS, codes=st.lists(_CODES, min_size=1, max_size=4, unique=True))
def test_every_code_after_a_diagnosis_word_is_found_whole(word, codes):
    text = f"{word} " + " og ".join(codes) + "."
    assert found(text) == codes


_PROSE = st.text(
    alphabet=st.sampled_from("abcdefghijklmnoprstuvæøå ABCDEFGHIJKLMNOPRSTUVÆØÅ0123456789.,:\n"),
    max_size=200,
)


@settings(max_examples=300)
@given(text=_PROSE)
def test_text_without_a_diagnosis_word_has_no_finding(text):
    lowered = text.lower()
    if any(w in lowered for w in ("diag", "icd", "dx", "sks", "morb")):
        return
    assert found(text) == []


def test_a_long_run_of_diagnosis_words_reads_each_stretch_once_and_finds_every_code():
    # No sentence ends: each word's sentence is cut some hundred characters away, and what is
    # new of it is read after the next word.
    assert found("Diagnose F10 " * 300) == ["F10"] * 300
    table = "| Diagnose | ICD |\n" + "| diagnose | F10 |\n" * 50
    assert found(table) == ["F10"] * 50
