"""The payment-card detector (FI002): 13-19 digits in the usual groupings, a known issuer prefix
and a valid Luhn digit; context words raise confidence, EAN/invoice/order labels rule it out.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from stdnum import luhn
from strategies import cpr_numbers

from promptlint.config import Config
from promptlint.detectors import _labels
from promptlint.detectors.card import _CARD, _CARD_SHAPE, RULE, PaymentCardDetector, issuer_known
from promptlint.masking import mask
from promptlint.model import Severity
from promptlint.scan import build_engine

DETECTOR = PaymentCardDetector()


def values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.find(text)]


# Test numbers published by the card schemes and payment providers, all Luhn-valid.
POSITIVES = [
    ("Dankort nr. 5019 7170 1010 3742", "5019 7170 1010 3742"),
    ("Kortnummer 4571 1234 5678 9016, udløb 12/27", "4571 1234 5678 9016"),
    ("Visa/Dankort: 4571-1234-5678-9016", "4571-1234-5678-9016"),
    ("Visa 4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("Mastercard 5555 5555 5555 4444", "5555 5555 5555 4444"),
    ("MasterCard 2223 0031 2200 3222", "2223 0031 2200 3222"),
    ("Amex 3782 822463 10005", "3782 822463 10005"),
    ("American Express 371449635398431", "371449635398431"),
    ("Diners 3622 720627 1667", "3622 720627 1667"),
    ("Discover 6011 1111 1111 1117", "6011 1111 1111 1117"),
    ("JCB 3530 1113 3330 0000", "3530 1113 3330 0000"),
    ("Maestro 6759 6498 2643 8453", "6759 6498 2643 8453"),
    ("Betalt med 5555555555554444", "5555555555554444"),
    ("Kort 4111-1111-1111-1111 CVC 123", "4111-1111-1111-1111"),
    ("4571 1234 5678 9016 12/27", "4571 1234 5678 9016"),
    ("Kortet 4571 1234 5678 9016 345 er spærret", "4571 1234 5678 9016"),
    ("Kortnr.: 4111111111119", "4111111111119"),  # old 13-digit Visa, with a card word
    ("Hævet på kortet 4111 1111 1111 1111 i går", "4111 1111 1111 1111"),
    ("Nummeret 4111 1111 1111 1111 blev brugt.", "4111 1111 1111 1111"),
    # An expiry right after it outweighs "tlf" before it ("paid by card over the phone").
    ("betalte med kort over tlf (ok?): 4571 9203 3312 0871 exp 08/28", "4571 9203 3312 0871"),
]


@pytest.mark.parametrize(("text", "number"), POSITIVES)
def test_known_positive(text, number):
    assert values(text) == [number]


def test_confidence_and_severity():
    (worded,) = DETECTOR.find("Dankort 5019 7170 1010 3742")
    (grouped,) = DETECTOR.find("Nummeret 5019 7170 1010 3742")
    (bare,) = DETECTOR.find("Nummeret 5019717010103742")
    assert worded.confidence > grouped.confidence > bare.confidence
    assert bare.severity == Severity.WARNING
    assert RULE.severity == Severity.ERROR


def test_mask_shows_only_the_last_four_digits():
    assert RULE.mask == "last4"
    assert mask("4571 1234 5678 9016", RULE.mask) == "**** **** **** 9016"


NEGATIVES = [
    "EAN-nr. 5798000123456",
    "EAN 5790000000029",
    "Faktura nr. 4571123456789016",
    "Ordrenummer 6011111111111117",
    "Kundenr. 4111 1111 1111 1111",
    "Sagsnr. 2024-1234",
    "Kort 4571 1234 5678 9012 (forkert kontrolciffer)",
    "Visa 41111111111114",  # Luhn-valid, but 14 digits is no Visa length
    "41111111111114",
    "4111111111119",  # 13 bare digits, Luhn-valid Visa shape: could as well be an EAN
    "EAN 4111111111111111",
    "1234 5678 9012 3456",  # no issuer starts with 1
    "Der er afsat 1.234.567 kr.",
    "Budgettet er 12.345.678.901 kr.",
    "Jf. § 11, stk. 2, i lov nr. 502 af 23. maj 2018.",
    "Mødet er den 21.10.2024 kl. 10.30.",
    "IBAN: DK50 0040 0440 1162 43",
    "reg.nr. 1234 kontonr. 1234567890",
    "Tlf. 22 33 44 55 og 33 44 55 66",
    "Tracking 4111111111111111",
    "**** **** **** 1111",
    "4111 1111 1111 11112",  # 4-4-4-5 is no grouping
    "Dokumentet 41111111111111113 har 17 cifre",  # 17 digits, Luhn-valid, but Visa is 13/16/19
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_known_negative(text):
    assert values(text) == []


CPR_FORMS = ["010190-1234", "0101901234", "010190 1234", "01 01 90 1234", "211062-5629"]


@pytest.mark.parametrize("cpr", CPR_FORMS)
def test_a_cpr_number_is_never_a_card(cpr):
    assert values(f"Kortholders CPR-nr. {cpr}") == []
    assert values(f"Dankort {cpr}") == []


def test_issuer_table():
    assert issuer_known("5019717010103742")  # Dankort
    assert issuer_known("6000000000000000")  # Forbrugsforeningen
    assert issuer_known("2720990000000000") and not issuer_known("2721000000000000")
    assert not issuer_known("5798000123456")  # an EAN-13


# --- properties -----------------------------------------------------------------------------

PREFIXES = ["4571", "4", "51", "55", "2221", "2720", "5019", "600", "6011", "65", "3528", "3589"]


@st.composite
def card_numbers(draw) -> str:
    prefix = draw(st.sampled_from(PREFIXES))
    body = draw(st.text("0123456789", min_size=15 - len(prefix), max_size=15 - len(prefix)))
    return prefix + body + luhn.calc_check_digit(prefix + body)


def _grouped(number: str, sep: str) -> str:
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


@settings(max_examples=300)
@given(card_numbers(), st.sampled_from([" ", "-", "\u00a0"]))
def test_any_luhn_valid_card_in_4444_grouping_is_found(number, sep):
    written = _grouped(number, sep)
    assert values(f"Betaling med {written} blev afvist.") == [written]


@settings(max_examples=300)
@given(card_numbers(), st.integers(1, 9), st.sampled_from([" ", "-"]))
def test_a_wrong_check_digit_is_never_found(number, delta, sep):
    wrong = number[:15] + str((int(number[15]) + delta) % 10)
    assert not luhn.is_valid(wrong)
    assert values(f"Dankort {_grouped(wrong, sep)}") == []


@settings(max_examples=300)
@given(st.from_regex(r"\A[0-9]{16}\Z"))
def test_random_digits_are_found_only_when_valid(number):
    assume(not luhn.is_valid(number))
    assert values(f"Kortnr. {number}") == []


LABELS_NEAR_CPR = ["Dankort", "kortnr.", "Visa", "CPR-nr."]


@settings(max_examples=300)
@given(cpr_numbers(), st.sampled_from(LABELS_NEAR_CPR))
def test_no_cpr_number_is_ever_reported(cpr, label):
    assert values(f"{label} {cpr}") == []
    assert values(f"Borgeren (CPR {cpr}) ringede i går.") == []


# --- through the engine ---------------------------------------------------------------------


def test_engine_keeps_cpr_phone_and_card_apart():
    _, engine = build_engine(Config())
    text = (
        "Kortholder CPR-nr.: 010190-1234, tlf. 22 33 44 55, "
        "Dankort 5019 7170 1010 3742 udløb 12/27."
    )
    found = [(f.entity, f.value) for f in engine.scan(text)]
    assert ("cpr", "010190-1234") in found
    assert ("phone", "22 33 44 55") in found
    assert ("payment_card", "5019 7170 1010 3742") in found
    assert len([e for e, _ in found if e in ("phone", "payment_card", "bank_account")]) == 2


@pytest.mark.parametrize("text", RULE.examples)
def test_rule_examples_are_found_by_the_engine(text):
    _, engine = build_engine(Config(select=(RULE.code,), plugins=False))
    assert [f.rule.code for f in engine.scan(text)] == [RULE.code]


@pytest.mark.parametrize("text", RULE.counter_examples)
def test_rule_counter_examples_are_not(text):
    _, engine = build_engine(Config(select=(RULE.code,), plugins=False))
    assert engine.scan(text) == []


@pytest.mark.parametrize(
    "text",
    ["4" * 100_000, "4111 " * 20_000, "4111-" * 20_000, "4111111111111111 " * 5_000],
    ids=["digits", "groups", "hyphen-groups", "repeated-cards"],
)
def test_pathological_input(text):
    assert len(values(text)) <= 5_000


# --- the fast scan (shape view, see detectors/_labels.py) finds what a plain scan finds ------

_TOKENS = st.sampled_from(
    ["0", "4", "5", "4571", "1234", "5678", "9016", "822463", "10005", "4571123456789016", " ",
     "-", "\u00a0", ".", ",", "+", "/", "a", "A", "²", "\u2013", "ı", "\n"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=30).map("".join))
def test_shape_scan_finds_what_a_plain_scan_finds(text):
    shape = _labels.view(text).shape
    fast = [m.span() for m in _labels.verified(_CARD, _CARD_SHAPE, text, shape)]
    assert fast == [m.span() for m in _CARD.finditer(text)]


def test_card_next_to_characters_above_latin_1():
    assert values("Kortnr.\u00a0“4571 1234 5678 9016”") == ["4571 1234 5678 9016"]
