"""The CPR detector (ID001) and the masked-CPR rule (ID002): known positives, known negatives
(the traps in DOMAIN.md) and a property test over every date and serial.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import labels_agree, texts_of

from promptlint.detectors import _labels
from promptlint.detectors.cpr import _CPR, _CPR_SHAPE, MASKED_RULE, CprDetector
from promptlint.model import Severity
from promptlint.validators.cpr import checksum

TODAY = datetime.date(2026, 11, 25)
DETECTOR = CprDetector(today=TODAY)


def found(text: str, code: str = "ID001") -> list[tuple[str, Severity | None, float]]:
    return [
        (text[s.start : s.end], s.severity, s.confidence)
        for s in DETECTOR.find(text)
        if s.rule == code
    ]


def values(text: str, code: str = "ID001") -> list[str]:
    return [v for v, _, _ in found(text, code)]


def confidence(text: str) -> float:
    """The confidence of the only ID001 finding, or 0 when there is none."""
    hits = found(text)
    assert len(hits) <= 1, hits
    return hits[0][2] if hits else 0.0


# --- written forms --------------------------------------------------------------------------

FORMS = [
    "010190-1234",
    "0101901234",
    "010190 1234",
    "01 01 90 1234",
    "0101 90 1234",  # DDMM YY, as some case systems print it
    "010190 - 1234",
    "010190–1234",  # en dash (Word's autocorrect)
    "010190\u20111234",  # non-breaking hyphen
    "010190\u00a01234",  # non-breaking space
    "010190/1234",
    "211062-5629",  # born 1862
    "710190-1234",  # replacement number: day + 60
]


@pytest.mark.parametrize("number", FORMS)
def test_every_written_form_with_a_label_is_an_error(number):
    text = f"Borgerens CPR-nr.: {number}."
    assert found(text) and found(text)[0][0] == number
    assert found(text)[0][1] is Severity.ERROR


@pytest.mark.parametrize(
    "label",
    [
        "CPR",
        "CPR:",
        "CPR-nr.",
        "cpr.nr.",
        "cpr nr",
        "CPR-nummer",
        "personnummer",
        "personnr.",
        "Pers. nr.",
        "født",
        "f.",
        "Borgerens",
        "patient",
        "SSN",
    ],
)
def test_context_words_before_the_number(label):
    text = f"{label} 0101901234"
    assert found(text) == [("0101901234", Severity.ERROR, found(text)[0][2])]
    assert confidence(text) > confidence("Nummer 0101901234")


def test_context_word_after_the_number():
    assert confidence("010190-1234 (CPR)") > confidence("010190-1234")
    assert found("010190-1234 (CPR)")[0][1] is Severity.ERROR


def test_a_bare_number_without_context_is_only_a_warning():
    assert found("Se 0101901234 her") == [("0101901234", Severity.WARNING, 0.5)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("(CPR 010190-1234)", "010190-1234"),
        ("CPR: 010190-1234.", "010190-1234"),
        ("CPR: 010190-1234, og", "010190-1234"),
        ("«CPR 010190-1234»", "010190-1234"),
        ("CPR\n010190-1234\n", "010190-1234"),
        ("Sagsnr. 180562-5903/0034, CPR 010190-1234", "010190-1234"),
    ],
)
def test_span_is_exactly_the_number(text, value):
    assert value in values(text)
    start = text.index(value)
    spans = [(s.start, s.end) for s in DETECTOR.find(text) if s.rule == "ID001"]
    assert (start, start + len(value)) in spans


def test_a_number_in_brackets_after_a_name_is_the_persons():
    # "Kl." opens the line, but the name between makes the number the person's.
    text = "Kl. 19.15 blev Dennis Høyer Laursen (0211941359) anholdt på Roskildevej."
    assert values(text) == ["0211941359"]
    assert found("Ordre (0101901234)") == []
    assert found("Faktura (0101901234)") == []


def test_a_number_after_a_name_and_a_comma_is_the_persons():
    # "kl." and "Sagsnr." further back belong to a time and a case number (holdout423-424).
    text = "Besøg kl. 13.40 hos Inger Margrethe Bach, 140339-1728, Kastanievej 22, 7100 Vejle."
    assert values(text) == ["140339-1728"]
    assert values("Sagsnr. 25/31877 – Tove Winther, 020771-2934, rengøringsassistent") == [
        "020771-2934"
    ]
    assert found("Faktura 2024, 0207712934") == []


def test_a_number_right_after_a_full_name_is_the_persons():
    # "journal" further back is no label of the number: the name between makes it the
    # person's (holdout594).
    text = "opsummer kort til journal: Mads Kjær 0702114381 taget i Normal m. 2 mascara"
    assert values(text) == ["0702114381"]
    # A label with a number word after it is still the number's own label.
    assert found("Faktura Nr 0702114381") == []
    assert found("Ordre Nummer 0702114381") == []
    assert found("Journalnr. 0702114381") == []


def test_a_date_with_dots_is_a_cpr_number_only_after_a_cpr_label():
    assert values("My personal number is 03.08.84-4162, sorry") == ["03.08.84-4162"]
    assert values("CPR: 01.01.90-1234") == ["01.01.90-1234"]
    assert found("Mødet 01.01.90-1234") == []
    assert values("Dennis Laursen (01.01.90-1234)") == ["01.01.90-1234"]


def test_a_number_at_the_end_of_a_web_address():
    # A case system's link to the person: the path ends in the number.
    assert values("Se https://fagsystem.example.dk/borger/150372-1234 for detaljer.") == ["150372-1234"]
    assert values("Link: https://sbsys.example.dk/sag/cpr/1503721234") == ["1503721234"]
    # After digits and a slash it is part of another number (a case's year, a fraction).
    assert found("Sag 2024/1503721234") == []
    assert found("Bilag 12/0101901234") == []


def test_a_field_name_of_a_log_or_an_export_is_a_label():
    line = "2024-11-19T06:02:13Z INFO POST /orders ordrenr=88123457 borger_id=0911384410 antal=7"
    assert values(line) == ["0911384410"]
    assert found('{"cpr_nr": "0101901234"}')[0][1] is Severity.ERROR
    assert found("faktura_id=0101901234") == []
    assert values('DEBUG POST /bookings payload={"patient_cpr":"0904721563","navn":"L"}') == [
        "0904721563"
    ]
    # A dotted date is a CPR number in a CPR column.
    table = "Navn         | CPR            | Tlf.\nO. Savchenko | 14.07.96-3308  | 2073 4419\n"
    assert values(table) == ["14.07.96-3308"]
    assert values("Mødet 14.07.96-3308 i salen") == []
    # A camel-case key after a case number's key: the nearest label is the CPR field's.
    text = 'payload: {"sagsId":"S2025-09877","cprBarn":"0304185937"}'
    assert found(text)[0][:2] == ("0304185937", Severity.ERROR)


def test_a_mistyped_date_after_a_cpr_label_is_still_the_persons_number():
    # 29 February 1985 and 31 April do not exist: a typo of a real number, labelled as one.
    assert found("CPR: 290285-4121") == [("290285-4121", Severity.WARNING, 0.6)]
    assert found("CPR 300290-1234") == [("300290-1234", Severity.WARNING, 0.6)]
    assert values("Navn\tCPR\nYusuf Demir\t290285 4121\n") == ["290285 4121"]
    # Without a label it is no CPR number; a month 13 is none even with one.
    assert found("Se 310485-1234 her") == []
    assert found("CPR: 011385-1234") == []


def test_a_report_run_and_a_spreadsheet_column_of_invoices():
    assert found("Rapport kørt 211026-1430 fra ledelsesinformationen: 1.284 åbne sager.") == []
    sheet = "A: Fordrings-ID | B: Fakturanr. | C: Modtaget\nF-001 | 0101701234 | 15-03-2025 |\n"
    assert found(sheet) == []
    assert values("A: Navn | B: CPR-nr.\nOle Hansen | 0101701234\n") == ["0101701234"]


def test_replacement_numbers_of_the_health_service():
    # eCPR: DDMMYY, a century digit, two capitals and a digit (DOMAIN.md).
    spans = list(DETECTOR.find("Erstatnings-CPR: 0203791EK3"))
    assert [(s.rule, s.confidence) for s in spans] == [("ID003", 0.9)]
    assert [s.rule for s in DETECTOR.find("Hun er indskrevet med 3101057JC9 i dag.")] == ["ID003"]
    # Not a day or a month, not a century digit, glued to more: no eCPR.
    for text in ("Model 4512341AB2", "Kode 0203298WQ3", "Varenr. 0203291WQ3X"):
        assert list(DETECTOR.find(text)) == [], text


def test_several_numbers():
    text = "CPR 010190-1234 og CPR 020290-2345\nCPR 0303901234"
    assert values(text) == ["010190-1234", "020290-2345", "0303901234"]


# --- negatives and traps --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mødet 01.01.90-1234",  # a date with dots
        "CPR 01019012345",  # 11 digits
        "CPR 12010190-1234",
        "CPR 010190-12345",
        "CPR 010190-1234-5",
        "CPR A0101901234",  # glued to letters
        "CPR 0101901234B",
        "CPR 011390-1234",  # month 13
        "CPR 320190-1234",
        "CPR 010190-123",
        "EAN 5798000123456",
        "beløb 1.0101901234",
        "CPR 0101-90-1234",
        "Dato: 2024-01-01 12:34",
    ],
)
def test_not_a_cpr_number(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "label",
    [
        "Faktura",
        "Fakturanr.",
        "Ordre nr.",
        "Kundenr.",
        "tlf.",
        "Telefon",
        "konto",
        "Reg.nr.",
        "P-nr.",
        "kl.",
        "EAN",
        "Bilag",
    ],
)
def test_words_for_other_numbers_lower_confidence(label):
    bare = confidence("Nummer 0101901234")
    lowered = confidence(f"{label} 0101901234")
    assert lowered < bare
    assert all(sev is not Severity.ERROR for _, sev, _ in found(f"{label} 0101901234"))


def test_pnr_is_a_p_number_only_where_one_could_be():
    # "pnr" labels a P-number (ten digits, in use starting with 1) and abbreviates
    # "personnummer" in code: a number no P-number starts like is kept as a CPR number.
    assert values('pnr = "0708814562"') == ["0708814562"]
    assert values("pnr 1003388394") == []


def test_modulus_11_raises_confidence_but_is_not_required():
    passing, failing = "0203901232", "0203901234"
    assert checksum(passing) == 0 and checksum(failing) != 0
    assert confidence(f"Nummer {passing}") > confidence(f"Nummer {failing}") > 0
    assert found(f"CPR {failing}")[0][1] is Severity.ERROR


def test_first_of_january_is_not_punished_for_failing_modulus_11():
    # The CPR office has issued numbers without modulus 11 only on 1 January birth dates.
    jan1, other = "0101651235", "0203651235"
    assert checksum(jan1) != 0 and checksum(other) != 0
    assert confidence(f"Nummer {jan1}") > confidence(f"Nummer {other}")


def test_future_birth_dates_are_less_likely():
    future = "CPR 010130-4123"  # 2030
    assert DETECTOR.find(future)
    past_detector = CprDetector(today=datetime.date(2031, 1, 1))
    later = [s.confidence for s in past_detector.find(future) if s.rule == "ID001"]
    assert confidence(future) < later[0]


# --- masked numbers (ID002) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CPR: 010190-xxxx",
        "CPR: 010190-XXXX",
        "CPR 010190-****",
        "CPR XXXXXX-1234",
        "CPR xxxxxx-1234",
        "født 010190 xxxx",
    ],
)
def test_partly_masked_numbers_are_info(text):
    [hit] = [s for s in DETECTOR.find(text)]
    assert hit.rule == "ID002"
    assert text[hit.start : hit.end] == text.split(" ", 1)[1]
    assert hit.severity in (None, Severity.INFO)
    assert MASKED_RULE.severity is Severity.INFO


@pytest.mark.parametrize(
    "text", ["CPR: xxxxxx-xxxx", "CPR: 320190-xxxx", "Faktura 010190-xxxx", "ID 010190-xxxxx"]
)
def test_fully_masked_or_impossible_is_not_reported(text):
    assert found(text, "ID002") == []


# --- property: every date and serial, every written form ------------------------------------


def _sevenths(year: int) -> list[int]:
    if year < 1937:
        return [0, 1, 2, 3]
    if year < 2000:
        return [0, 1, 2, 3, 4, 9]
    return [4, 5, 6, 7, 8, 9]


@st.composite
def labelled_cpr(draw) -> tuple[str, str]:
    born = draw(st.dates(datetime.date(1900, 1, 1), datetime.date(2030, 12, 31)))
    seventh = draw(st.sampled_from(_sevenths(born.year)))
    serial = f"{seventh}{draw(st.integers(0, 999)):03d}"
    form = draw(st.sampled_from(["{d}-{s}", "{d}{s}", "{d} {s}"]))
    number = form.format(d=f"{born:%d%m%y}", s=serial)
    return "CPR-nr.: ", number


@settings(max_examples=400, deadline=None)
@given(
    labelled_cpr(),
    st.sampled_from(["", ".", " og mere tekst", "\n"]),
    st.sampled_from(["", "Hej. ", "x\n"]),
)
def test_any_labelled_cpr_is_found_with_its_exact_span(item, after, before):
    label, number = item
    text = before + label + number + after
    start = len(before) + len(label)
    spans = [(s.start, s.end, s.severity) for s in DETECTOR.find(text) if s.rule == "ID001"]
    assert spans == [(start, start + len(number), Severity.ERROR)]


# --- the fast scan (shape view, see detectors/_labels.py) finds what a plain scan finds ------

# Tokens that make CPR-like shapes, their traps and the characters the views treat specially:
# separators, a dash above U+00FF, a superscript digit, Turkish ı, an Arabic-Indic digit.
_TOKENS = st.sampled_from(
    ["0", "1", "2", "3", "9", "01", "10", "12", "90", "1234", "010190", "2110625629", " ", "-",
     "\u00a0", "\u2013", "/", ".", ",", "+", "a", "A", "_", "²", "ı", "“", "\n", "CPR ",
     "Faktura ", "tlf. ", "xxxx", "XXXX", "****"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=40).map("".join))
def test_shape_scan_finds_what_a_plain_scan_finds(text):
    view = _labels.view(text)
    plain = [m.span() for m in _CPR.finditer(text)]
    if view.ascii_digits:
        assert [m.span() for m in _labels.verified(_CPR, _CPR_SHAPE, text, view.shape)] == plain
    # and the detector, which also skips "Faktura 0101901234" unchecked, reports the same
    scored = (DETECTOR._score(text, m) for m in _CPR.finditer(text))
    expected = [s for s in scored if s is not None] + list(DETECTOR._masked(text, view.lower))
    assert list(DETECTOR.find(text)) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("CPR: 010190\u20131234", "010190\u20131234"),  # Word's en dash, above U+00FF
        ("“010190-1234”", "010190-1234"),
        ("Yılmaz, CPR-nr. 010190-1234", "010190-1234"),
        # Arabic-Indic digits are decimal digits too: such a text is scanned without the view.
        ("CPR: \u0660\u0661\u0660\u0661\u0669\u0660-\u0661\u0662\u0663\u0664", None),
    ],
)
def test_numbers_next_to_characters_above_latin_1(text, value):
    expected = value if value is not None else text[5:]
    assert values(text) == [expected]


def test_masked_numbers_in_any_of_the_three_masks():
    for mask in ("xxxx", "XXXX", "****"):
        assert values(f"CPR: 010190-{mask}", "ID002") == [f"010190-{mask}"]


def test_spaced_time_stamp_is_judged_on_its_digits():
    # "21 10 24 1430" is the same date-plus-time stamp as "211024-1430", just spaced.
    from promptlint.detectors.cpr import CprDetector

    assert list(CprDetector().find("Log 21 10 24 1430 og 211024-1430")) == []


# --- log, build and release stamps shaped like CPR numbers -------------------------------------
# DDMMYY-HHMM stamps of this century decode to 1900-1929 with a time as serial. In a log or a
# release note they are never reported; a labelled number is still judged as a CPR number.


@pytest.mark.parametrize(
    "text",
    [
        # a log level after the stamp
        "030225-0915 ERROR kunne ikke hente data",
        "Uddrag: 030225-0915 [WARN] langsom forespørgsel",
        "030225-0915 | DEBUG cache ryddet",
        # lines of a log that start with stamps of the same day
        "Kørselsoversigt\n030225-0915 start\n030225-0921 slut",
        # a clock time after it
        "Stempel 030225-0915 08:15:02 modtaget",
        # technical words around it
        "Backup 030225-0300 gennemført uden fejl.",
        "Udrulningen af version 3.2 startede 030225-2200 som planlagt.",
    ],
)
def test_time_stamps_in_logs_and_releases_are_not_cpr_numbers(text):
    assert values(text) == []


def test_a_labelled_number_in_a_log_is_still_a_cpr_number():
    assert values("Opslag på CPR: 030225-0915 fejlede") == ["030225-0915"]


def test_a_label_on_the_line_above_counts_only_when_it_ends_that_line():
    # "CPR-nr.:" above the number: a form. "CPR-opslag" in a line that goes on: another line.
    assert found("CPR-nr.:\n030225-0915")[0][1] is Severity.ERROR
    text = "Fejl i CPR-opslaget (timeout 30 s)\n030225-0915 WARN ny forsøg"
    assert values(text) == []


def test_a_label_two_words_before_the_number_on_its_own_line_counts_below_another_line():
    # "Faktura nr." before an invoice number is no CPR label, also when a line stands above it.
    assert values("Faktura nr. 2411030187 sendt til Syddjurs Kommune") == []
    assert values("Afregning oktober\nFaktura nr. 2411030187 sendt til Syddjurs Kommune") == []
    assert values("Borger oplyser:\nCPR-nr. 0101901234") == ["0101901234"]


@settings(max_examples=600, deadline=None)
@given(
    texts_of(
        ["CPR-nr.", "cpr", "CPR nr", "C.P.R", "personnummer", "Pers.nr", "født", "f.", "F.", "Født:",
         "borgerens", "Borger:", "patient", "faktura", "Faktura", "ordre", "ordrenr.", "kundenr",
         "tlf", "konto", "Reg. nr.", "reg.nr", "sag nr", "J.nr", "p-nr", "kl.", "ref", "log",
         "build", "kontocpr", "xcpr", "ssn", "id-nummer", " ", "  ", "\t", ":", ",", "\n", "(",
         "[", "12", "x" * 45, "æ", "é", "ı"],
        14,
    )
)  # fmt: skip
def test_a_label_word_read_by_hand_is_the_label_the_window_regex_finds(before):
    from promptlint.detectors import cpr

    text, start = labels_agree(cpr.label_before, cpr._label_in_window, before, "0101901234")
    assert cpr._label_word_before(text, start) in (None, cpr._label_in_window(text, start))


def test_a_tables_column_says_what_its_cpr_shaped_cells_are():
    stock = "| Varenr | Lot/parti | Antal |\n|---|---|---|\n| 87654321 | 010125-1200 | 44 |\n"
    assert list(CprDetector().find(stock)) == []
    people = "| Navn | CPR-nr. |\n|---|---|\n| Ole Hansen | 0101901234 |\n"
    spans = list(CprDetector().find(people))
    assert [people[s.start : s.end] for s in spans] == ["0101901234"]
    assert spans[0].confidence >= 0.9  # the column's label counts as the number's own


@pytest.mark.parametrize(
    ("other", "people"),
    [
        # A table aligned with spaces: an invoice number shaped like a CPR number.
        (
            "Tidspunkt            Fakturanr.    EAN-lokationsnr.   Beløb (kr.)\n"
            "2025-11-10 08:14:22  0101701234    5798000416604      18.437,50\n",
            "Navn           CPR            By\nJens Hansen    0101701234     Aarhus\n",
        ),
        # A semicolon-separated row: an order number shaped like a CPR number.
        (
            "Behandlingssted;Fakturanr.;Fakturadato;Ordrenr.;Antal døgn\n"
            "Kildegården ApS;2025-1187;17.11.2025;1211251077;51\n",
            "Navn;CPR-nr.;By\nJens Hansen;0101701234;Aarhus\n",
        ),
    ],
)
def test_tables_without_borders_have_columns_too(other, people):
    assert list(CprDetector().find(other)) == []
    spans = list(CprDetector().find(people))
    assert [people[s.start : s.end] for s in spans] == ["0101701234"]
    assert spans[0].confidence >= 0.9


def test_two_words_and_a_number_are_no_table():
    # Two words and a number are no table: nothing to read from a header.
    assert _labels.column_header("Fakturanr.\n0101701234\n", 11) is None


def test_a_number_in_the_first_column_of_a_tab_table_takes_its_column():
    # The header row's last cell ("Sagsbehandler") is no label of the first column, "CPR" is.
    table = "CPR\tNavn\tYdelse\tSagsbehandler\n0412851943\tJannik Bruun\tKontanthjælp\tKarina\n"
    assert found(table) == [("0412851943", Severity.ERROR, 0.99)]
    invoices = "Faktura\tBeløb\n0412851943\t200,00\n"
    assert found(invoices) == []


def test_two_spaces_as_a_case_systems_print_has_them_need_a_label():
    assert values("Borger: SØRENSEN, LISE MARIE    CPR: 150473  1681") == ["150473  1681"]
    assert found("Antal  150473  1681") == []


def test_a_case_number_built_on_a_cpr_number_is_the_case_numbers():
    # WorkZone's "CPR/serial" after a case label: the case-number rules report the whole.
    assert list(CprDetector().find("Sagsnr. 110684-2317/0012\nMedarbejder: Ahmad")) == []
    # Without a case label the CPR number is still read.
    assert len(list(CprDetector().find("Borger: 030662-2817/0012"))) == 1
