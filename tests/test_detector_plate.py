"""ID030: Danish licence plates, reported only when the text is about a vehicle."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlint.config import Config
from promptlint.detectors import _labels
from promptlint.detectors.plate import _PLATE, _PLATE_SHAPE, RULE, LicencePlateDetector
from promptlint.model import Severity
from promptlint.scan import build_engine

DETECTOR = LicencePlateDetector()


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.find(text)]


POSITIVES = [
    ("Bilen med nummerplade AB 12 345 holdt ulovligt parkeret", "AB 12 345"),
    ("Køretøjets registreringsnummer er CD 98 765", "CD 98 765"),
    ("Hun kører i en grå Toyota, AB 12 345.", "AB 12 345"),
    ("Reg.nr. AB 12 345 (varevogn)", "AB 12 345"),
    ("Han fik en fartbøde, bilen havde reg. nr. KL 55 123", "KL 55 123"),
    ("OA 12 345 er bilen, han kører i", "OA 12 345"),
    ("Bilen: AB12345", "AB12345"),
    ("Bilen har nummerplade AB 1234", "AB 1234"),
    ("Nummerplade: XY-12-345", "XY-12-345"),
    ("Firmabilen (EV 45 678) er parkeret ved rådhuset", "EV 45 678"),
    ("Varevognen med registreringsnummer BD 12 300 kørte galt", "BD 12 300"),
    ("The car with licence plate AB 12 345 was towed", "AB 12 345"),
    ("Nummerplade: MIN BIL", "MIN BIL"),
    ("Hans ønskeplade er registreret; nummerpladen er LARS1", "LARS1"),
]

NEGATIVES = [
    "AB 12 345",
    "Varenr. AB 12 345 er udsolgt",
    "Se model XY 12 345 i kataloget",
    "Reg.nr. 1234 konto 1234567890",
    "bilag AB 12 345",
    "Bilag AB 12 345 viser budgettet",
    "FG 12 345 bil",
    "AO 12 345 bilen",
    "IQ 12 345 bilen",
    "Bilen AB 1234",
    "Produktkode XY 12 345 til bilen",
    "Nummerpladen er ikke kendt",
    "nummerpladen er SUPERMAND",
    "Ordre AB 12 345 leveres til bilforhandleren",
    "Reg.nr. AB 12 345 på kontoen i banken",
    "ABC 12 345 bilen",
    "Sag AB 12 345 om bilen",
]


@pytest.mark.parametrize("text, plate", POSITIVES)
def test_plate_with_vehicle_context(text, plate):
    assert found(text) == [plate]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_plate(text):
    assert found(text) == []


def test_label_makes_it_an_error_context_alone_a_warning():
    labelled = next(iter(DETECTOR.find("nummerplade AB 12 345")))
    context = next(iter(DETECTOR.find("bilen AB 12 345")))
    assert labelled.severity is Severity.ERROR
    assert context.severity is Severity.WARNING
    assert labelled.confidence > context.confidence


def test_rule_texts_are_complete():
    for attr in ("message", "what", "why", "instead"):
        assert RULE.text(attr, "da") and RULE.text(attr, "en")
    assert RULE.entity == "licence_plate" and RULE.priority == 55 and RULE.guideline == 2
    for example in RULE.examples:
        assert found(example), example
    for counter in RULE.counter_examples:
        assert found(counter) == [], counter


def test_through_the_engine():
    _, engine = build_engine(Config())
    text = "Bilen med nummerplade AB 12 345 holdt ved Vestergade 12, 8000 Aarhus C."
    plates = [f for f in engine.scan(text) if f.entity == "licence_plate"]
    assert [f.value for f in plates] == ["AB 12 345"]
    assert plates[0].rule.code == "ID030"


def test_pathological_inputs_finish():
    assert found("AB " * 100_000) == []
    assert found("bil AB 1 " * 20_000) == []
    assert found("nummerplade " * 20_000) == []
    assert found("AB" * 200_000) == []


# --- the fast scans (views, see detectors/_labels.py) find what plain scans find -----------

_TOKENS = st.sampled_from(
    ["AB", "CD", "OA", "FG", "Ø", "A", "b", "12", "345", "1234", "12345", " ", "-", "\u00a0",
     ".", "/", "²", "ı", "\u2013", "bil ", "nummerplade ", "NUMMERPLADE: ", "Registreringsnummer "]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=30).map("".join))
def test_shape_scan_finds_what_a_plain_scan_finds(text):
    shape = _labels.view(text).shape
    fast = [m.span() for m in _labels.verified(_PLATE, _PLATE_SHAPE, text, shape)]
    assert fast == [m.span() for m in _PLATE.finditer(text)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("NUMMERPLADE: MIN BIL", "MIN BIL"),
        ("Bilen (nummerplade AB\u00a012\u00a0345) holdt parkeret", "AB\u00a012\u00a0345"),
        ("Ayşe Yılmaz' bil har nummerplade AB 12 345", "AB 12 345"),
    ],
)
def test_labels_in_capitals_and_next_to_characters_above_latin_1(text, value):
    assert found(text) == [value]
