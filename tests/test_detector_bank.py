"""The bank-account detector (FI001): IBANs of any country (validated with python-stdnum) and
Danish registration + account numbers, one span for both, with the traps that look alike.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from strategies import cpr_numbers

from promptlint.config import Config
from promptlint.detectors import _labels
from promptlint.detectors.bank import (
    _AFTER_LABEL,
    _BARE,
    _BARE_SHAPE,
    _IBAN,
    _IBAN_SHAPE,
    _LABELS,
    RULE,
    BankAccountDetector,
    iban_length,
)
from promptlint.model import Severity
from promptlint.scan import build_engine

DETECTOR = BankAccountDetector()


def values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.find(text)]


POSITIVES = [
    ("IBAN: DK50 0040 0440 1162 43", "DK50 0040 0440 1162 43"),
    ("IBAN: DK50 0040 0440 1162 43, BIC NDEADKKK", "DK50 0040 0440 1162 43"),
    ("Overfør til DK5000400440116243.", "DK5000400440116243"),
    ("IBAN GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
    ("Tysk konto DE89 3704 0044 0532 0130 00 hos Commerzbank", "DE89 3704 0044 0532 0130 00"),
    ("Svensk IBAN SE45 5000 0000 0583 9825 7466", "SE45 5000 0000 0583 9825 7466"),
    ("Norsk NO9386011117947", "NO9386011117947"),
    ("Beløbet overføres til reg.nr. 1234 kontonr. 1234567890", "1234 kontonr. 1234567890"),
    ("reg. 2000 konto 12345678", "2000 konto 12345678"),
    ("Kontoen (reg. 9570 kt. 0012847361) tilhører bogholderen.", "9570 kt. 0012847361"),
    ("Reg.nr.: 1234, Konto nr.: 0012345678", "1234, Konto nr.: 0012345678"),
    ("Reg. nr. 1234 - kontonr. 1234567890", "1234 - kontonr. 1234567890"),
    ("registreringsnummer 1234 og kontonummer 1234567890", "1234 og kontonummer 1234567890"),
    ("reg.nr./kontonr. 1234/1234567890", "1234/1234567890"),
    ("Konto: 9570-0001234567", "9570-0001234567"),
    ("Kontonummeret er 1234 1234567890", "1234 1234567890"),
    ("Bankkonto 5301 0123456", "5301 0123456"),
    ("kontonr. 12345678", "12345678"),
    ("Reg.nr.: 3409\nKontonr.: 6378818995", "3409\nKontonr.: 6378818995"),
    ("the Danish account reg. no. 9280 acc. no. 4915689845.", "9280 acc. no. 4915689845"),
    ("Udbetales til 1234-1234567890 senest fredag.", "1234-1234567890"),
    ("Pengene går ind på 1234 1234567890.", "1234 1234567890"),
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_known_positive(text, value):
    assert values(text) == [value]


def test_registration_and_account_number_are_one_span():
    (span,) = DETECTOR.find("reg.nr. 1234 kontonr. 1234567890")
    assert (span.start, span.end) == (8, 32)


def test_confidence_follows_the_evidence():
    (iban,) = DETECTOR.find("DK50 0040 0440 1162 43")
    (labelled,) = DETECTOR.find("reg.nr. 1234 kontonr. 1234567890")
    (bare,) = DETECTOR.find("Husk 1234-1234567890 i morgen")
    (alone,) = DETECTOR.find("kontonr. 12345678")
    assert iban.confidence > 0.95 and labelled.confidence >= 0.9
    assert bare.severity == Severity.WARNING and alone.severity == Severity.WARNING


def test_an_iban_label_keeps_a_mistyped_iban_as_a_warning():
    (span,) = DETECTOR.find("IBAN: DK51 0040 0440 1162 43")
    assert span.severity == Severity.WARNING
    (span,) = DETECTOR.find("Skift kontonummer til DK51 0040 0440 1162 43.")
    assert span.severity == Severity.WARNING
    assert values("Reference DK51 0040 0440 1162 43") == []


NEGATIVES = [
    "Sagsnr. 2024-1234567890",
    "J.nr. 2024-1234567890",
    "Faktura 1234-1234567890",
    "Tlf. 2233 4455",
    "Udbetaling til NemKonto",
    "Der er afsat 1.234.567 kr.",
    "Budgettet er 12.345.678 kr.",
    "Bilens reg.nr. AB 12 345",
    "Ring til kontoret på 33 92 33 00",
    "Region 1234 5678",
    "Sagsnr. 2024 - 2216",
    "Jf. § 11, stk. 2, i lov nr. 502 af 23. maj 2018.",
    "Mødet er den 21.10.2024.",
    "I 2024 1234 borgere",
    "Postnummer 2400 København NV",
    "CVR-nr. 25313763",
    "Kontoret holder lukket 2400 2450",
    "DK51 0040 0440 1162 43",  # fails mod 97
    "DK5000400440116243X",  # glued to more characters
    "XX50 0040 0440 1162 43",  # no such country
    "Reg.nr. 12345678",  # a registration number has four digits
    "Kort 4571 1234 5678 9016",
    "Bogført på konto 4010 25000 kr.",
    "Konto 4010 Husleje 25.000 kr. og konto 4020 El 3.000 kr.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_known_negative(text):
    assert values(text) == []


CPR_FORMS = ["010190-1234", "0101901234", "010190 1234", "01 01 90 1234", "211062-5629"]


@pytest.mark.parametrize("cpr", CPR_FORMS)
def test_a_cpr_number_is_never_a_bank_account(cpr):
    assert values(f"Borgerens CPR-nr.: {cpr} og bankkonto i Danske Bank") == []
    assert values(f"Overførsel til borger med CPR {cpr}") == []


# --- properties -----------------------------------------------------------------------------

COUNTRIES = ["DK", "DE", "GB", "SE", "NO", "FR", "NL", "FO", "GL"]


@st.composite
def ibans(draw) -> str:
    country = draw(st.sampled_from(COUNTRIES))
    length = iban_length(country)
    assert length is not None
    from stdnum import numdb

    structure = numdb.get("iban").info(country)[0][1]["bban"]
    bban = ""
    for count, kind in __import__("re").findall(r"([0-9]+)!([nac])", structure):
        alphabet = "0123456789" if kind == "n" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        if kind == "c":
            alphabet += "0123456789"
        bban += draw(st.text(alphabet, min_size=int(count), max_size=int(count)))
    check = stdnum_iban.calc_check_digits(country + "00" + bban)
    return country + check + bban


def _grouped(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


@settings(max_examples=200)
@given(ibans(), st.booleans())
def test_any_valid_iban_is_found_whole(number, grouped):
    if not stdnum_iban.is_valid(number):
        return  # some countries add a national check (e.g. NO, FR); those are not generated
    written = _grouped(number) if grouped else number
    assert values(f"Overfør beløbet til {written}, tak.") == [written]


@settings(max_examples=200)
@given(ibans(), st.integers(4, 15), st.integers(1, 9))
def test_a_changed_digit_makes_an_iban_invisible(number, position, delta):
    position = min(position, len(number) - 1)
    if not number[position].isdigit():
        return
    changed = number[:position] + str((int(number[position]) + delta) % 10) + number[position + 1 :]
    # mod 97 catches every single-digit change
    assert values(f"Overfør beløbet til {changed}, tak.") == []


@settings(max_examples=200)
@given(st.from_regex(r"\A[0-9]{4}\Z"), st.from_regex(r"\A[0-9]{10}\Z"))
def test_labelled_registration_and_account_are_one_span(reg, account):
    text = f"reg.nr. {reg} kontonr. {account}"
    assert values(text) == [f"{reg} kontonr. {account}"]


LABELS_NEAR_CPR = ["Danske Bank", "overføres til", "NemKonto for", "IBAN", "CPR-nr."]


@settings(max_examples=300)
@given(cpr_numbers(), st.sampled_from(LABELS_NEAR_CPR))
def test_no_cpr_number_is_ever_reported(cpr, label):
    assert values(f"{label} {cpr}") == []
    assert values(f"Borgeren (CPR {cpr}) ringede i går.") == []


# --- through the engine ---------------------------------------------------------------------


def test_engine_keeps_cpr_and_bank_apart():
    _, engine = build_engine(Config())
    text = (
        "Borgerens CPR-nr.: 010190-1234. Udbetales til reg.nr. 1234 kontonr. 0012345678 "
        "eller IBAN DK50 0040 0440 1162 43."
    )
    found = [(f.entity, f.value) for f in engine.scan(text)]
    assert ("cpr", "010190-1234") in found
    assert ("bank_account", "1234 kontonr. 0012345678") in found
    assert ("bank_account", "DK50 0040 0440 1162 43") in found
    assert not any(e in ("phone", "payment_card", "cvr") for e, _ in found)


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
    [
        "1234567890" * 10_000,
        "DK50" * 25_000,
        "DK50 " * 20_000,
        "reg. " * 20_000,
        "konto " * 20_000,
        "1234 " * 20_000,
    ],
    ids=["digits", "dk50", "dk50-spaced", "reg", "konto", "groups"],
)
def test_pathological_input(text):
    assert values(text) == []


# --- the fast scans (views, see detectors/_labels.py) find what plain scans find -----------

_TOKENS = st.sampled_from(
    ["0", "1", "1234", "12345678", "1234567890", "DK", "GB", "50", "0040", " ", "-", "\u00a0",
     ".", ",", "/", "+", "a", "A", "_", "²", "\u2013", "ı", "\n", "reg", "REG", "Reg.nr.",
     "konto", "KONTO", "kontor", "kto", "acc", "ACCOUNT", "\u212aonto", "beregn", "regel"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=40).map("".join))
def test_view_scans_find_what_plain_scans_find(text):
    view = _labels.view(text)
    for pattern, shape in ((_BARE, _BARE_SHAPE), (_IBAN, _IBAN_SHAPE)):
        fast = [m.span() for m in _labels.verified(pattern, shape, text, view.shape)]
        assert fast == [m.span() for m in pattern.finditer(text)]
    for _, pattern, twin in _LABELS:
        # The twin may offer more candidates, and the one for "reg" fewer (only where
        # _AFTER_LABEL can go on): every label an account can follow must be among them.
        candidates = set(_labels.positions(twin, view.lower))
        for hit in pattern.finditer(text):
            if hit.start() not in candidates:
                assert _AFTER_LABEL.match(text, hit.end(), hit.end() + 120) is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("REG.NR. 1234 KONTONR. 1234567890", "1234 KONTONR. 1234567890"),
        ("Reg. 1234 Konto 12345678", "1234 Konto 12345678"),
        ("\u212aonto: 9570-0001234567", "9570-0001234567"),  # Kelvin sign for K
        ("“Konto 9570-0001234567”", "9570-0001234567"),
        ("IBAN:\u00a0DK50 0040 0440 1162 43", "DK50 0040 0440 1162 43"),
    ],
)
def test_labels_in_any_case_and_next_to_characters_above_latin_1(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Account numbers printed in groups after a konto label.
        ("Indbetal til reg.nr. 3409, kontonr. 1122 334 455.", "3409, kontonr. 1122 334 455"),
        ("Reg. nr. 5301 / konto 0 123 456 789", "5301 / konto 0 123 456 789"),
        ("Kontonummer: 4321 765 098", "4321 765 098"),
        # "kto." with its full stop.
        ("Bank: reg.nr. 2191, kto. 6543 210 987", "2191, kto. 6543 210 987"),
        ("reg. 1234 kto. 12345678", "1234 kto. 12345678"),
        # Registration and grouped account joined by a dash, after "NemKonto".
        ("til din NemKonto 9070 - 1627 384 911 den sidste hverdag", "9070 - 1627 384 911"),
    ],
)
def test_grouped_account_numbers_after_a_konto_label(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Bogført på konto 4010 250 kr.",  # a ledger account and an amount
        "konto 4010 25000 kr",
        "reg. 1234 567 890",  # grouped digits without a konto label
        "Konto 2200: 1 500 000 kr. i alt",
        "Konto 2200 - 1 500 000 kr. i alt",  # a dash, but an amount after it
    ],
)
def test_grouped_numbers_that_are_no_account(text):
    assert values(text) == []
