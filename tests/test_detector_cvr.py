"""The CVR/SE/P detector (ID010): only labelled numbers (and the DK VAT form) count, CVR and SE
numbers are checked with python-stdnum, P-numbers have ten digits and no reliable checksum.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from stdnum.dk import cvr as stdnum_cvr
from strategies import cpr_numbers

from promptlint.config import Config
from promptlint.detectors import _labels
from promptlint.detectors.cvr import _LABELS, RULE, CvrDetector, is_valid_cvr
from promptlint.model import Severity
from promptlint.scan import build_engine

DETECTOR = CvrDetector()


def values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.find(text)]


def confidences(text: str) -> list[float]:
    return [s.confidence for s in DETECTOR.find(text)]


# Real-looking numbers: 25313763 (a valid CVR), 30715063 (valid), 12345678 (fails mod 11).
POSITIVES = [
    ("Leverandør: CVR-nr. 25313763", "25313763"),
    ("CVR 25313763", "25313763"),
    ("CVR: 25313763", "25313763"),
    ("cvr.nr.25313763", "25313763"),
    ("CVR nr. 25 31 37 63", "25 31 37 63"),
    ("Virksomhedens CVR-nummer er 2531 3763.", "2531 3763"),
    ("CVR-nummeret lyder på 25313763", "25313763"),
    ("CVR-nr.: DK 25313763", "DK 25313763"),
    ("SE-nr. 25313763", "25313763"),
    ("SE nr.: 25 31 37 63", "25 31 37 63"),
    ("SE-nummer 25313763", "25313763"),
    ("CVR/SE-nr. 25313763", "25313763"),
    ("momsnr. 25313763", "25313763"),
    ("Momsnummer DK25313763", "DK25313763"),
    ("momsregistreringsnummer 25313763", "25313763"),
    ("VAT no. DK25313763", "DK25313763"),
    ("VAT: DK-25313763", "DK-25313763"),
    ("Faktureres til DK25313763 senest fredag.", "DK25313763"),
    ("Produktionsenheden har P-nr. 1003388394.", "1003388394"),
    ("P-nummer: 1003388394", "1003388394"),
    ("P.nr. 1003388394", "1003388394"),
    ("pnr 1003388394", "1003388394"),
    ("Organisationens CVR-nr.\n76161879 er nu tilknyttet.", "76161879"),
    ("P nr. 1003388394", "1003388394"),
]


@pytest.mark.parametrize(("text", "number"), POSITIVES)
def test_known_positive(text, number):
    assert values(text) == [number]


def test_severity_is_a_warning():
    assert RULE.severity == Severity.WARNING
    assert all(s.severity in (None, Severity.WARNING) for s in DETECTOR.find("CVR 25313763"))


def test_checksum_raises_confidence_but_a_label_is_enough():
    (valid,) = confidences("CVR-nr. 25313763")
    (mistyped,) = confidences("CVR-nr. 12345678")
    assert valid >= 0.9
    assert 0.5 <= mistyped < valid


def test_a_list_continues_the_label_for_valid_numbers():
    assert values("CVR-nr. 25313763 og 30715063") == ["25313763", "30715063"]
    assert values("CVR-numrene 25313763, 30715063 samt 12345678") == ["25313763", "30715063"]


def test_several_kinds_in_one_text():
    text = "SE nr. 25313763 og P nummer 1003388394; CVR 30715063."
    assert values(text) == ["25313763", "1003388394", "30715063"]


NEGATIVES = [
    "Ring på tlf. 25313763",
    "Faktura nr. 25313763",
    "Ordrenr. 30715063",
    "Kundenummer 25 31 37 63",
    "Se side 12345678 i rapporten.",
    "Der er afsat 12.345.678 kr.",
    "Sagsnr. 2024 - 2216",
    "J.nr. 2024-1234",
    "Mødet er den 21.10.2024.",
    "Jf. § 11, stk. 2, i lov nr. 502 af 23. maj 2018.",
    "Virksomheden 25313763 har leveret.",  # no label: could be anything
    "CVR 2024 25313763",  # the label belongs to another number
    "CVR-registret viser ejeren.",
    "CVR 253137",  # too short
    "CVR 253137631",  # nine digits
    "P-nr. 25313763",  # a P-number has ten digits
    "privat 25313763",
    "IBAN DK5000400440116243",
    "DK-2400 København NV",
    "DK12345678",  # the VAT form without a label needs a valid checksum
    "Borgerens CPR-nr.: 010190-1234",
    "Momsen udgør 25.000 kr.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_known_negative(text):
    assert values(text) == []


CPR_FORMS = ["010190-1234", "0101901234", "010190 1234", "211062-5629"]


@pytest.mark.parametrize("cpr", CPR_FORMS)
def test_a_cpr_number_is_never_a_cvr_number(cpr):
    assert values(f"CPR-nr. {cpr} (ejer af enkeltmandsvirksomhed)") == []
    assert values(f"CVR {cpr}") == []


# --- properties -----------------------------------------------------------------------------

SEVEN = st.from_regex(r"\A[1-9][0-9]{6}\Z")


def _with_check_digit(first7: str) -> str | None:
    weights = (2, 7, 6, 5, 4, 3, 2)
    rest = sum(w * int(d) for w, d in zip(weights, first7, strict=True)) % 11
    check = (11 - rest) % 11
    return None if check == 10 else first7 + str(check)


@settings(max_examples=300)
@given(SEVEN, st.sampled_from(["CVR-nr.", "CVR", "cvr.nr.", "SE-nr.", "momsnr.", "VAT"]))
def test_any_valid_labelled_cvr_is_found_with_high_confidence(first7, label):
    number = _with_check_digit(first7)
    assume(number is not None)
    assert stdnum_cvr.is_valid(number)
    spans = list(DETECTOR.find(f"{label} {number}"))
    assert [(s.end - s.start, s.confidence >= 0.9) for s in spans] == [(8, True)]


@settings(max_examples=300)
@given(st.from_regex(r"\A[0-9]{8}\Z"))
def test_validator_agrees_with_stdnum(number):
    assert is_valid_cvr(number) == stdnum_cvr.is_valid(number)


@settings(max_examples=300)
@given(st.from_regex(r"\A[0-9]{8}\Z"), st.sampled_from(["Tlf.", "Faktura", "Ordre nr.", "Nr."]))
def test_unlabelled_or_otherwise_labelled_numbers_are_never_cvr(number, label):
    assert values(f"{label} {number}") == []


@settings(max_examples=300)
@given(SEVEN)
def test_vat_form_without_label_needs_a_valid_checksum(first7):
    number = _with_check_digit(first7)
    assume(number is not None)
    assert values(f"Køber: DK{number}.") == [f"DK{number}"]
    wrong = number[:7] + str((int(number[7]) + 1) % 10)
    assert values(f"Køber: DK{wrong}.") == []


LABELS_NEAR_CPR = ["CVR-nr.", "CVR", "SE-nr.", "momsnr.", "CPR-nr."]


@settings(max_examples=300)
@given(cpr_numbers(), st.sampled_from(LABELS_NEAR_CPR))
def test_no_cpr_number_is_ever_reported(cpr, label):
    assert values(f"{label} {cpr}") == []
    assert values(f"Borgeren (CPR {cpr}) ringede i går.") == []


# --- through the engine ---------------------------------------------------------------------


def test_engine_reports_cvr_not_phone():
    _, engine = build_engine(Config())
    text = "Leverandør: CVR-nr. 25313763, tlf. 33 92 33 00, P-nr. 1003388394."
    found = [(f.entity, f.value) for f in engine.scan(text)]
    assert ("cvr", "25313763") in found
    assert ("phone", "33 92 33 00") in found
    assert ("cvr", "1003388394") in found
    assert not any(e == "phone" and v == "25313763" for e, v in found)
    assert not any(e == "cpr" and v == "1003388394" for e, v in found)


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
    ["CVR " * 20_000, "cvr-nr. " * 10_000 + "1" * 100_000, "DK" * 50_000, "SE-nr. 1 " * 10_000],
    ids=["labels", "label-then-digits", "dk", "short-numbers"],
)
def test_pathological_input(text):
    assert values(text) == []


# --- the label scan (lowered view, see detectors/_labels.py) finds every label ---------------

_TOKENS = st.sampled_from(
    ["cvr", "CVR", "cVr", "moms", "MOMS", "vat", "VAT", "se", "SE", "p", "P", "nr", "NR",
     "nummer", "Nummer", "-", ".", " ", ":", "x", "æ", "Ø", "ı", "ſ", "\u212a", "²", "1",
     "25313763"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=30).map("".join))
def test_label_twins_offer_every_label(text):
    lower = _labels.view(text).lower
    for pattern, twin in _LABELS:
        candidates = set(_labels.positions(twin, lower))
        assert {hit.start() for hit in pattern.finditer(text)} <= candidates


@pytest.mark.parametrize(
    "text, value",
    [
        ("cVr-Nr. 25313763", "25313763"),
        ("Se-NR.: 25 31 37 63", "25 31 37 63"),
        ("ſe-nr. 25313763", "25313763"),  # long s: "se" for a case-insensitive pattern
        ("“CVR 25313763”", "25313763"),
    ],
)
def test_labels_in_any_case_and_next_to_characters_above_latin_1(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # Forms put a note in brackets between the label and the number.
        ("SE-nr. (kun hvis andet end CVR): 30715063", "30715063"),
        ("P-nummer (afdelingen i Esbjerg): 1003388394", "1003388394"),
        ("CVR (moderselskab) 25313763", "25313763"),
        # The number itself in brackets after the label.
        ("Leverandør (CVR-nr. (25313763))", "25313763"),
        # The P-number's full name.
        ("Produktionsenhedsnummer: 1003388394", "1003388394"),
    ],
)
def test_labels_with_notes_and_long_names(text, number):
    assert values(text) == [number]


def test_a_note_with_a_number_is_not_skipped():
    # The note may not hide a number: "(side 4)" is no part of the label.
    assert values("Se nr. (side 4) 25313763") == []


_SE_P_PIECES = st.sampled_from(
    ["SE-nr.", "se nr", "P.nr", "pnr", "P-nummer", "SE nummer", "senummer", "Nr", "nr.", "ase-nr",
     "p-nr", " ", "\n", "25313763", "x" * 40, "ſe-nr", "P NR"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_SE_P_PIECES, max_size=30).map("".join))
def test_se_and_p_label_places_from_the_index_are_the_patterns(piece):
    from promptlint.detectors import _keywords, _labels, cvr

    text = (piece + " ") * (5000 // (len(piece) + 1) + 1)  # long: the index has places
    lower = _labels.view(text).lower
    for pattern, candidates in cvr._LABELS[3:5]:
        fast = [p for p in cvr._label_places(candidates, text, lower) if pattern.match(text, p)]
        slow = [p for p in _keywords.label_positions(candidates, text, lower) if pattern.match(text, p)]
        assert fast == slow


def test_a_cvr_column_of_a_table_holds_cvr_numbers():
    # A procurement evaluation: the label heads the column, the numbers stand in its cells.
    table = (
        "| Tilbudsgiver               | CVR-nr.       | Tilbudt pris   |\n"
        "|----------------------------|---------------|----------------|\n"
        "| TolkDanmark A/S            | 16790370      | 14.820.000 kr. |\n"
        "| Translatør- og Tolkehuset  | 66 64 47 23   | 15.402.000 kr. |\n"
        "| Lingua Care I/S            | DK55273790    | 12.110.000 kr. |\n"
        "| Fejltastet ApS             | 12345678      | 9.000 kr.      |\n"
    )
    got = [table[s.start : s.end] for s in CvrDetector().find(table)]
    # Without a label beside it, a cell's number must pass the CVR check (12345678 does not).
    assert got == ["16790370", "66 64 47 23", "DK55273790"]
    tabbed = "Firma\tCVR\tBeløb\nTolkDanmark A/S\t16790370\t12.000\n"
    assert [tabbed[s.start : s.end] for s in CvrDetector().find(tabbed)] == ["16790370"]
    # The amount column is no CVR column, even with eight digits in it.
    amounts = "| Firma | CVR | Beløb |\n| A | 16790370 | 84208752 |\n"
    assert [amounts[s.start : s.end] for s in CvrDetector().find(amounts)] == ["16790370"]
    # A table aligned with spaces, and ";"-separated (a CSV export).
    aligned = (
        "Tilbudsgiver                 CVR        Årlig pris\n"
        "CleanCare Danmark A/S        13365024   3.412.800\n"
        "ServiceTeam Nord ApS         60394652   3.105.000\n"
    )
    got = [aligned[s.start : s.end] for s in CvrDetector().find(aligned)]
    assert got == ["13365024", "60394652"]
    csv = "Firma;CVR;Beløb\nTolkDanmark A/S;16790370;12.000\n"
    assert [csv[s.start : s.end] for s in CvrDetector().find(csv)] == ["16790370"]


def test_two_cvr_columns_of_one_table_are_both_read():
    table = "| CVR køber | CVR sælger |\n|---|---|\n| 16790370 | 84208752 |\n"
    assert values(table) == ["16790370", "84208752"]


def test_a_page_of_cvr_rows_reads_each_row_once(monkeypatch):
    # Every row of "| CVR |" is a label over the rows below it: the rows a column has been read
    # through are not read again for the labels among them (linear, not quadratic).
    from promptlint.detectors import cvr

    calls = []
    real = _labels.column_cells

    def counting(text, label):
        calls.append(label)
        return real(text, label)

    monkeypatch.setattr(_labels, "column_cells", counting)
    text = "| CVR |\n" * 5000
    assert list(CvrDetector().find(text)) == []
    assert len(calls) <= 5000 // 500  # a new column read per _MAX_ROWS rows, not per row
    assert cvr._labels is _labels


def test_a_forms_dot_leader_and_a_range_of_years():
    text = "CVR .............: 38174428\nRestance ........: 412.118,50 kr (moms 2023-2024 + renter)"
    assert values(text) == ["38174428"]


def test_a_label_that_ends_a_tables_header_has_no_value_in_the_next_row():
    table = (
        "Ordrenr.   Oprettet          Leverandør             Beløb ekskl. moms\n"
        "87654321   28.10.2024 08:12  Hansen & Søn VVS A/S   1.845,00\n"
    )
    assert values(table) == []
    # A label on its own line, its value below, is read as before.
    assert values("Leverandørens CVR-nr.:\n16790370\n") == ["16790370"]
