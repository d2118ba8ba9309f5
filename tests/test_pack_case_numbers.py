"""Case, journal and document numbers (patterns/packs/case_numbers.toml, CF1xx), through the engine.

Formats come from real documents (DOMAIN.md §3); the span is the value only, never the label.
Traps: numbers that are not references (dates, amounts, law references, phone numbers, invoice
numbers), and a WorkZone case number that embeds a CPR number (reported as the CPR number).
"""

from __future__ import annotations

from functools import cache

import pytest

from promptlint.config import Config
from promptlint.scan import build_engine


@cache
def _engine(select: tuple[str, ...]):
    return build_engine(Config(select=select, plugins=False))[1]


def values(text: str, select: tuple[str, ...] = ("case_number",)) -> list[str]:
    return [f.value for f in _engine(select).scan(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sagsnr. 2024 - 2216", "2024 - 2216"),
        ("Sagsnr.: 2024-2216", "2024-2216"),
        ("Sagsnr 2024-2216", "2024-2216"),
        ("Sags-nr.: 2011-792-1658", "2011-792-1658"),
        ("Sags nr. 2023-0012345", "2023-0012345"),
        ("Sag nr. 25/00699", "25/00699"),
        ("Sagnr.: 1-51-71-3321-08", "1-51-71-3321-08"),
        ("J.nr. 24/01234", "24/01234"),
        ("J. nr. 2025-2245", "2025-2245"),
        ("Jnr. 2023-0012345", "2023-0012345"),
        ("Jour.nr. 2019-11-0042", "2019-11-0042"),
        ("Journalnr.: 20-000285-10", "20-000285-10"),
        ("Doknr. 88875", "88875"),
        ("Dok.nr. S2024-123", "S2024-123"),
        ("Dok. nr. 24/01234-7", "24/01234-7"),
        ("Dokumentnr.: 2024-118822", "2024-118822"),
        ("Dok.: THK40546", "THK40546"),
        ("Aktnr. 2024-1187", "2024-1187"),
        ("Akt-id: 1234567", "1234567"),
        ("Brev-ID: 98765432", "98765432"),
        ("Sags-ID: S2023-24573", "S2023-24573"),
        ("Sagsnummer: 00.22.04-P35-12-24", "00.22.04-P35-12-24"),
        ("Journalnummeret er 2024-5566.", "2024-5566"),
        ("SAGSNR. 2024-1234", "2024-1234"),
        ("Vores ref.: 24/01234", "24/01234"),
        ("Deres ref. 2023-0012345", "2023-0012345"),
        ("Ref.: 2024-000123", "2024-000123"),
        ("Ref. nr. 88875", "88875"),
        ("Vor ref. D-123456", "D-123456"),
        ("(sagsnr. 2024-1234)", "2024-1234"),
        ("Se venligst sagsnr. 2024-1234, j.nr. 24/01234.", "2024-1234"),
    ],
)
def test_labelled_value(text, value):
    assert value in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A letter's header block: label on one line, value on the next.
        ("Sagsnr.\n2024 - 2216\nDoknr.\n88875\n", ["2024 - 2216", "88875"]),
        ("Vores ref.:\n24/01234\n", ["24/01234"]),
        ("Jeres ref.:\n2024-5566\nDato: 12. marts 2025", ["2024-5566"]),
    ],
)
def test_value_on_the_next_line(text, expected):
    assert values(text) == expected


def test_the_span_is_the_value_not_the_label():
    [finding] = _engine(("case_number",)).scan("Sagsnr.: 2024 - 2216")
    assert (finding.value, finding.start, finding.end) == ("2024 - 2216", 9, 20)


def test_two_numbers_in_one_sentence():
    assert values("Sagsnr. 2024-1234 og j.nr. 24/01234 hører sammen.") == ["2024-1234", "24/01234"]


def test_value_stops_before_sentence_punctuation_and_words():
    assert values("Sagen har sagsnr. 2024-2216. Den er afsluttet.") == ["2024-2216"]
    assert values("Sagsnr. 2024 - se vedlagte") == ["2024"]


@pytest.mark.parametrize(
    "text",
    [
        "Sag nr. 12",
        "Sag nr. 12 er afsluttet.",
        "Sagsnr.: se ovenfor",
        "Bilag nr. 3",
        "Husnr. 12",
        "Telefon nr. 33 92 33 00",
        "Kontonr. 1234567890",
        "Vores ref.: MHA",
        "Deres ref.: Ansøgning af 12. marts",
        "Reformen træder i kraft i 2025.",
        "Se reference 3 i rapporten.",
        "Vi har mange sager om året, fx 2024-2216 og 2023-0012345.",
        "Mødet er den 21.10.2024 kl. 14.30.",
        "Beløbet er 12.345.678 kr.",
        "Efter § 11, stk. 2, i lov nr. 502 af 23. maj 2018.",
        "Faktura 40123456 og ordre 87654321 er betalt.",
        "KLE-emnet 00.22.04 handler om borgerbetjening.",
        "Dokumentet er på 12 sider.",
        "Sagsbehandlingstiden er 8 uger.",
    ],
)
def test_not_a_case_number(text):
    assert values(text) == []


def test_unlabelled_kle_number_is_info():
    [finding] = _engine(("case_number",)).scan("Se 00.22.04-P35-12-24 for detaljer")
    assert (finding.rule.code, finding.value, str(finding.severity)) == (
        "CF103", "00.22.04-P35-12-24", "info",
    )


def test_labelled_kle_number_is_one_finding():
    assert values("Sagsnr. 27.24.00-G01-1-23") == ["27.24.00-G01-1-23"]


def test_case_number_that_embeds_a_cpr_number_is_never_missed():
    # WorkZone masks can contain a CPR number (DOMAIN.md §3). Where the CPR detector finds it,
    # its higher priority wins; where it does not (a "/0034" suffix), the case number still does.
    findings = _engine(("case_number", "cpr")).scan("Sagsnr.: 180562-5903/0034")
    assert findings
    assert any("180562" in f.value for f in findings)


def test_case_numbers_are_warnings_with_priority_60():
    [finding] = _engine(("case_number",)).scan("J.nr. 24/01234")
    assert (str(finding.severity), finding.rule.priority) == ("warning", 60)
