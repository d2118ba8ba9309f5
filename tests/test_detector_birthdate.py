"""ID020: dates of birth, reported only when a label says the date is one."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlint.config import Config
from promptlint.detectors.birthdate import _LABEL_START, RULE, BirthDateDetector
from promptlint.scan import build_engine

DETECTOR = BirthDateDetector(today=datetime.date(2026, 11, 25))


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.find(text)]


POSITIVES = [
    ("Ansøgeren er født 3. marts 1987 i Odense", "3. marts 1987"),
    ("Borgeren er født den 03.03.1987.", "03.03.1987"),
    ("Fødselsdato: 1987-03-03", "1987-03-03"),
    ("Mette Hansen (f. 3/3-87) bor alene", "3/3-87"),
    ("Anna, f. 12.5.1990, er ledig", "12.5.1990"),
    ("født d. 5/11 1962", "5/11 1962"),
    ("Jens, født 1. jan. 1960, er pensionist", "1. jan. 1960"),
    ("Fødselsdag: 24. december 1975", "24. december 1975"),
    ("FØDT 3. MARTS 1987", "3. MARTS 1987"),
    ("Fødselsdato (dd.mm.åååå): 03.03.1987", "03.03.1987"),
    ("Fødselsdato | 03-03-1987", "03-03-1987"),
    ("født 3.3.87 på Skejby", "3.3.87"),
    ("Date of birth: 3 March 1987", "3 March 1987"),
    ("DOB 03/03/1987", "03/03/1987"),
    ("DOB: 03/13/1987", "03/13/1987"),
    ("She was born on March 3, 1987 in Aarhus.", "March 3, 1987"),
    ("The child was born 3rd of March 2015.", "3rd of March 2015"),
    ("Birth date: 1990-12-24", "1990-12-24"),
    ("D.O.B. 12.05.1990", "12.05.1990"),
]

NEGATIVES = [
    "Mødet holdes 3. marts 2025",
    "Ansøgningen er modtaget den 03.03.2024",
    "Hun er født i 1987",
    "født i Odense og opvokset i Vejle",
    "f.eks. 3/3-87 eller senere",
    "ref. 3/3-87",
    "Tlf. 12.05.1990",
    "født 01.01.90-1234",
    "født 010190-1234",
    "født 31.02.1987",
    "født 3. marts 2087",
    "fødselsdato 1987-13-03",
    "født 3. marts 1850",
    "Bornholm 3. marts 1987",
    "The meeting on 5 March 2024 was born out of necessity",
    "Fødselsdato: [udeladt]",
    "DOB 13/13/1987",
    "Fristen er 1. april 2025, jf. lov nr. 502 af 23. maj 2018",
]


@pytest.mark.parametrize("text, date", POSITIVES)
def test_birth_date_with_label(text, date):
    assert found(text) == [date]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_birth_date(text):
    assert found(text) == []


def test_only_the_date_right_after_the_label():
    assert found("født den 3. marts 1987 og død 5. april 2020") == ["3. marts 1987"]


def test_f_dot_is_weaker_and_must_touch_the_date():
    strong = next(iter(DETECTOR.find("født 3/3-87")))
    weak = next(iter(DETECTOR.find("f. 3/3-87")))
    assert weak.confidence < strong.confidence
    assert found("f.  i dag er 3/3-87") == []


def test_two_digit_years_are_in_the_past():
    assert found("født 3/3-25") == ["3/3-25"]  # 2025 is in the past on 2026-11-25
    assert found("født 3/3-27") == ["3/3-27"]  # 1927, not 2027


def test_rule_texts_are_complete():
    for attr in ("message", "what", "why", "instead"):
        assert RULE.text(attr, "da") and RULE.text(attr, "en")
    assert RULE.entity == "birth_date" and RULE.priority == 60 and RULE.guideline == 2
    for example in RULE.examples:
        assert found(example), example
    for counter in RULE.counter_examples:
        assert found(counter) == [], counter


def test_through_the_engine():
    _, engine = build_engine(Config())
    text = "Klienten er født 3. marts 1987. Mødet er 3. marts 2025."
    findings = [f for f in engine.scan(text) if f.entity == "birth_date"]
    assert [f.value for f in findings] == ["3. marts 1987"]
    assert findings[0].rule.code == "ID020"


def test_a_cpr_after_fodt_is_left_to_the_cpr_rule():
    _, engine = build_engine(Config())
    findings = engine.scan("født 010190-1234")
    assert {f.rule.code for f in findings} <= {"ID001"}


def test_pathological_inputs_finish():
    assert found("født " * 50_000) == []
    assert found("f." * 100_000) == []
    assert found("1" * 200_000) == []
    assert found("f.-" * 100_000) == []
    assert found("født" + " " * 200_000 + "3. marts 1987") == []


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 31),
    st.integers(1, 12),
    st.integers(1900, 2026),
    st.sampled_from(["{d:02d}.{m:02d}.{y}", "{d}/{m}-{y}", "{y}-{m:02d}-{d:02d}", "{d}.{m}.{y}"]),
)
def test_every_real_past_date_after_fodt_is_found(d, m, y, fmt):
    text = "født " + fmt.format(d=d, m=m, y=y)
    try:
        real = datetime.date(y, m, d) <= datetime.date(2026, 11, 25)
    except ValueError:
        real = False
    assert bool(found(text)) == real


# --- the label scan (lowered view, see detectors/_labels.py) -------------------------------

_TOKENS = st.sampled_from(
    ["f.", "F.", "født", "FØDT", "fØDT", "Født", "fødsel", "FØDSEL", "fødselsdato", "born",
     "BORN", "birth", "BIRTH", "dob", "DOB", "D.O.B", "d.O.B", "Dødt", "f.eks.", " ", ":", " den ",
     "3. marts 1987", "03.03.1987", "1987-03-03", "3/3-87", "x", "ı", "²", "."]
)  # fmt: skip


def _plain(text: str) -> list[str]:
    """The label starts as a plain scan finds them, through the same checks."""
    labels = [m.start() for m in _LABEL_START.finditer(text)]
    return [text[s.start : s.end] for s in DETECTOR._from_labels(text, labels)]


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=20).map("".join))
def test_label_scan_finds_what_a_plain_scan_finds(text):
    assert found(text) == _plain(text)


@pytest.mark.parametrize(
    "text", ["FØDT 3. MARTS 1987", "Ayşe Yılmaz, født 3. marts 1987", "“Født: 1987-03-03”"]
)
def test_labels_in_capitals_and_next_to_characters_above_latin_1(text):
    assert len(found(text)) == 1


@pytest.mark.parametrize("text", ["født 3. junı 1987", "FØDT 3. JUNİ 1987"])
def test_month_names_that_only_match_with_ignorecase_are_no_dates(text):
    # "ı" and "İ" match "i" case-insensitively but fold to no month name (this used to raise).
    assert found(text) == []
