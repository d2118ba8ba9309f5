"""Case, journal and document numbers (patterns/packs/case_numbers.toml, CF1xx), through the engine.

Formats come from real documents (DOMAIN.md §3); the span is the value only, never the label.
Labels come in many spellings (Sagsnr., Sag:, Personalesag nr., Sagsnummer, Sags-ID, J.nr.,
Journalnummer, Dok., Dokumentnr., Akt nr., Brevid, ID-nr., Vores/Deres ref., File no., Our ref.),
the value may follow a colon and a tab or stand on the next line, and a table column headed by a
label holds values in its rows. Traps: what follows a label but is not a reference (a date, an
amount, a law reference, a name, a phone number), numbers without a label, and a WorkZone case
number that embeds a CPR number (reported as the CPR number).
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
        # A prefix with a Danish letter (holdout551).
        ("Jeres sagsnr.: KØR-2024-01877", "KØR-2024-01877"),
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
        # Compounds, capitals and other label spellings.
        ("Klagesag nr. K-2025-0091", "K-2025-0091"),
        ("Byggesagsnr.: B2024-7710", "B2024-7710"),
        ("Personalesagsnummer: 2023-0456", "2023-0456"),
        ("J.NR. 2025-8871", "2025-8871"),
        ("Sags Nr. 2022-333", "2022-333"),
        ("Journal nr.: 2019/4471-2", "2019/4471-2"),
        ("Sags ID: S-2025-118", "S-2025-118"),
        ("Dok-ID 775120", "775120"),
        ("Brevid 4410978", "4410978"),
        ("ID-nr.: 2024-55101", "2024-55101"),
        ("Akt nr. 4471", "4471"),
        ("Løbenr. 2025-004", "2025-004"),
        ("Sag: S2025-30117", "S2025-30117"),
        ("Bilag 3 (Dok. 221904/25)", "221904/25"),
        # Value formats: initials suffix, letter prefixes, service desk numbers, EU documents.
        ("Journalnr. 2025-203/MLK", "2025-203/MLK"),
        ("Vores ref.: JUR/2025-0119", "JUR/2025-0119"),
        ("Sagsnr.: INC0098812", "INC0098812"),
        ("Sagsnr.: RITM0040017", "RITM0040017"),
        ("Sagnr.: 2-14-33-1090-11", "2-14-33-1090-11"),
        # A colon and a tab, or tabs only, as in a form or a pasted table.
        ("Sagsnr.:\t2025-6612", "2025-6612"),
        ("J.nr.\t\t24/30871", "24/30871"),
        # References.
        ("Deres reference: 2025/7741", "2025/7741"),
        ("Ref.nr.: 8812-2025", "8812-2025"),
        ("Sagsref.: 2025-1177", "2025-1177"),
        ("Reference: CSIRT-2025-007", "CSIRT-2025-007"),
        ("Our ref.: 2025/604-2", "2025/604-2"),
        ("Your ref.: PRC-2231", "PRC-2231"),
        # English labels.
        ("File no.: 2025/8812-03", "2025/8812-03"),
        ("Case number: 2024-77120", "2024-77120"),
        ("Document no.: ST 10455/25 INIT", "ST 10455/25 INIT"),
        ("Doc. no. 4471-B2", "4471-B2"),
        ("Journal no. 2023/31-118", "2023/31-118"),
        # In running text after "sag"/"sagen", only the year/serial shapes.
        ("Jeg skriver angående sag 24/17702.", "24/17702"),
        ("Vedr. sagen 2025-44120 om parkering", "2025-44120"),
        # An office's mixed-case letters; a second group with a digit.
        ("J.nr.: KiF-NS-2025-03317", "KiF-NS-2025-03317"),
        ("Journalnr.: BFH-Y3-2025-448812", "BFH-Y3-2025-448812"),
        # The short name of the authority whose number it is, before the colon.
        ("Sagsnr. AES: 25-12-003419", "25-12-003419"),
        ("Sagen har fået nr. S2024-04417.", "S2024-04417"),
        ("Byggesag S2024-05120 Ansøgere: Thomas", "S2024-05120"),
        ("kan du kigge på sag 24-22-071930 inden mødet?", "24-22-071930"),
        # A tenancy's number, as housing associations label it.
        ("Jeg bor i Grønnevangen 14 (lejemålsnr. 44-014-12), og", "44-014-12"),
        ("Lejemålsnr.: 07-022-0312", "07-022-0312"),
        ("Mvh Gülay Demir (lejemål 08-113) Tlf. 26 93 50 14", "08-113"),
        ("(tenancy no. 4410-312, CPR no. 051295-1139)", "4410-312"),
    ],
)
def test_labelled_value(text, value):
    assert value in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sagsnr.: INC0098812", "INC0098812"),
        ("Sagsnr.: 2025-6612", "2025-6612"),
        ("Vores ref.: JUR/2025-0119", "JUR/2025-0119"),
        ("File no.: 2025/8812-03", "2025/8812-03"),
    ],
)
def test_one_finding_whatever_rules_overlap(text, value):
    # Several rules may claim a value (a label rule and the service-desk shape); one is reported.
    assert values(text) == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A letter's header block: label on one line, value on the next.
        ("Sagsnr.\n2024 - 2216\nDoknr.\n88875\n", ["2024 - 2216", "88875"]),
        ("Vores ref.:\n24/01234\n", ["24/01234"]),
        ("Jeres ref.:\n2024-5566\nDato: 12. marts 2025", ["2024-5566"]),
        ("Sagsnummer:\n  2025 - 4471\nDokumentnr.:\n  667120\n", ["2025 - 4471", "667120"]),
        ("Sagsnr.:\nDato: 14.10.2025\nBeløb: 12.500 kr.\n", []),
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
    assert values("Sagsnr. 2024-2216: klage over afslag") == ["2024-2216"]
    # A bare year and a number that runs on into a word are not case numbers.
    assert values("Sagsnr. 2024 - se vedlagte") == []
    assert values("Sag: 2025-budgettet er vedtaget") == []


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
        # A label followed by a date, an amount, a law reference, a name or a phone number.
        "Sagsnr.: 03.11.2025",
        "Sagsnr.: 2025-11-03 kl. 09.15",
        "J.nr. 14-02-2025",
        "Sag nr. 4.750 kr. er udbetalt.",
        "Sagsnr. 12.500,00",
        "Sagsnr. 2500 kr.",
        "Sagsnr.: jf. § 11, stk. 2, i lov nr. 502",
        "J.nr.: LBK nr. 1089 af 23. juni 2024",
        "Sagsnr.: Birgitte Nørgaard",
        "Vores ref.: Lise Dam, tlf. 72 20 14 00",
        "Sagsnr.: tlf. 86 12 44 70",
        "Sagsnr.: 86 12 44 70",
        "Deres ref.: 12. marts 2025",
        "Sag: Ansøgning om boligstøtte",
        "Årsag nr. 2: manglende dokumentation",
        # Prose: "reference" without a colon, a case without a number shape, year ranges.
        "Kunden oplyste reference 4471-2290-13 til supporten.",
        "Sagen 2024-2025 handler om budgettet.",
        "En sag fra 3/2024 om parkering.",
        "In case no one answers, call again.",
        "File no. 3 is missing.",
    ],
)
def test_not_a_case_number(text):
    assert values(text) == []


# --- tables (CF104) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The label heads the first column of a "|" table (the value's column may be ragged).
        (
            "Sagsnr.      | Borger        | Frist\n"
            "2025-40117   | Hansen        | 01-06-2025\n"
            "2025-40240   | Østergaard    | 15-06-2025\n",
            ["2025-40117", "2025-40240"],
        ),
        # Markdown, the label in the second column, dates and amounts in the others.
        (
            "| Modtaget | J.nr. | Beløb |\n|---|---|---|\n"
            "| 02-05-2025 | 24/51120 | 3.400 kr. |\n| 09-05-2025 | 24/51388 | 950 kr. |\n",
            ["24/51120", "24/51388"],
        ),
        # Tab-separated, as pasted from a spreadsheet; the label in the last column.
        ("Dato\tEmne\tDok.nr.\n12-05-2025\tHøring\t881204\n", ["881204"]),
        # Aligned with spaces only.
        (
            "Sagsnr.      Emne                Frist\n"
            "2025-3301    Byggetilladelse     1. juni\n"
            "S2025-118    Dispensation        3. juni\n",
            ["2025-3301", "S2025-118"],
        ),
    ],
)
def test_values_in_a_case_number_column(text, expected):
    assert values(text) == expected


def test_a_long_case_list_is_read_whole_and_fast():
    # One match per table (captures = "all"): linear in the table's size, every row found.

    rows = "".join(
        f"| {i % 28 + 1:02d}-05-2025 | 2025-{40000 + i} | Klage |\n" for i in range(2000)
    )
    text = "| Modtaget | Sagsnr. | Emne |\n|---|---|---|\n" + rows
    found = values(text)
    assert len(found) == 2000 and found[0] == "2025-40000" and found[-1] == "2025-41999"


@pytest.mark.parametrize(
    "text",
    [
        # No case-number label in the header: dates, amounts and phone numbers stay unreported.
        "| Dato | Beløb | Telefon |\n|---|---|---|\n| 12-05-2025 | 12.500 | 86124470 |\n",
        # A label column, but its rows hold no value; the numbers stand in other columns.
        "Sagsnr. | Dato | Beløb\nikke oprettet | 12-05-2025 | 12.500\n",
        "Navn\tSagsbehandler\tTelefon\nJens\tMette\t86124470\n",
        # A blank line ends the table.
        "Sagsnr. | Emne\nikke oprettet | Klage\n\n2025-4471 | Budgetramme\n",
    ],
)
def test_table_traps(text):
    assert values(text) == []


def test_unlabelled_service_desk_number_is_info_and_no_case_number():
    # An IT ticket is its own entity: reported as info, never scored as a case number.
    assert _engine(("case_number",)).scan("Jeg har oprettet INC0071120 hos IT.") == []
    [finding] = _engine(("ticket_number",)).scan("Jeg har oprettet INC0071120 hos IT.")
    assert (finding.rule.code, finding.value, str(finding.severity)) == (
        "CF106",
        "INC0071120",
        "info",
    )


def test_a_case_label_makes_a_ticket_number_the_case_number():
    [finding] = _engine(("case_number", "ticket_number")).scan("Sagsnr.: INC0098812")
    assert (finding.entity, finding.value) == ("case_number", "INC0098812")


def test_a_case_number_label_keeps_phone_and_date_findings_intact():
    # The phone number and the date after the case number remain what they are.
    text = "Sagsnr.: 2025-6612, tlf. 86 12 44 70, dato 14.10.2025"
    findings = _engine(("case_number", "phone")).scan(text)
    assert [(f.entity, f.value) for f in findings] == [
        ("case_number", "2025-6612"),
        ("phone", "86 12 44 70"),
    ]


def test_unlabelled_kle_number_is_info():
    [finding] = _engine(("case_number",)).scan("Se 00.22.04-P35-12-24 for detaljer")
    assert (finding.rule.code, finding.value, str(finding.severity)) == (
        "CF103",
        "00.22.04-P35-12-24",
        "info",
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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ticket #77120-2 er lukket.", "77120-2"),
        ("Ticket ID: 2025-4471", "2025-4471"),
        ("Ticketnr. 55120 er oprettet.", "55120"),
    ],
)
def test_ticket_labels_give_ticket_numbers_not_case_numbers(text, value):
    # IT tickets are no administrative cases (no journal, no party).
    assert values(text) == []
    assert [f.value for f in _engine(("ticket_number",)).scan(text)] == [value]


def test_a_forms_dot_leader_between_label_and_value():
    assert values("Vores ref. ......: GST-2025-771043") == ["GST-2025-771043"]
    assert values("Sagsnr. ..........: 2024 - 2216") == ["2024 - 2216"]


def test_an_authoritys_name_between_label_and_colon():
    assert values("J.nr. Patienterstatningen: 25-61-04127") == ["25-61-04127"]
