"""The shared keyword index (promptlint.detectors._keywords): one pass finds the places of
every pack keyword and detector label word; detectors that take their label places from it
must find exactly what their own scan would."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlint.config import Config
from promptlint.detectors import _keywords, _labels
from promptlint.scan import build_engine

build_engine(Config())  # every detector imported: every anchored pattern registered
ANCHORED = list(_keywords._anchors)


@pytest.mark.parametrize(
    ("source", "literal"),
    [
        (rb"konto(?!r)", "konto"),
        (rb"kto(?<![^\W\d_]kto)", "kto"),
        (rb"plade", "plade"),
        (rb"acc(?:ount|t)?", "acc"),
        (rb"abcd?e", "abc"),  # the "d" may be missing
        (rb"nr(?<=x)", None),  # too short: the pattern's own scan is as fast
        (rb"(?P<p>produktionsenhed)", None),  # no leading literal
        (b"f\xf8d", "f\xf8d"),
    ],
)
def test_anchor_registers_the_leading_literal(source, literal):
    pattern = _keywords.anchor(re.compile(source))
    assert _keywords._anchors.get(pattern) == literal
    if literal:
        assert literal in _keywords.KEYWORDS._keywords


def test_the_shipped_label_patterns_are_anchored():
    literals = set(_keywords._anchors.values())
    assert {"konto", "kto", "reg", "acc", "cvr", "moms", "pas", "plade"} <= literals


_PIECES = st.sampled_from([
    "konto", "Konto", "KONTO", "kontor", "kto", "reg.nr.", "Reg nr", "regel", "acc", "account",
    "cvr", "CVR-nr.", "moms", "vat", "SE-nummer", "P-nr", "pas", "Pasnr.", "plade", "nummerplade",
    "registreringsnummer", "token", "nØgle", "kode", "password", "pw", "sagsnr",
    " ", "\n", "1234", "-", ".", ":", "æ", "Ø", "ı", "x",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=60))
def test_label_positions_are_what_the_patterns_own_scan_finds(pieces):
    # Long enough for the automaton (short texts are searched directly); sparse enough to be
    # tried place by place, and dense enough for the pattern's own scan (both ways must agree).
    written = "".join(pieces)
    for text in (written + " " * 40_000, written * (_keywords._SHORT_TEXT // max(1, len(written)) + 2)):
        assert len(text) > _keywords._SHORT_TEXT
        lower = _labels.view(text).lower
        assert _keywords.KEYWORDS.positions(text, "konto") is not None
        for pattern in ANCHORED:
            assert _keywords.label_positions(pattern, text, lower) == [
                m.start() for m in pattern.finditer(lower)
            ], pattern.pattern


@given(st.lists(_PIECES, max_size=40))
def test_starts_finds_every_occurrence(pieces):
    text = "".join(pieces)
    for padded in (text, text + "\x00" * (_keywords._SHORT_TEXT + 1)):
        lower = _labels.view(padded).lower
        for literal in (b"token", b"kode", b"pw", b"n\xf8gle"):
            found = _keywords.starts(padded, lower, literal)
            exact = [m.start() for m in re.finditer(b"(?=" + re.escape(literal) + b")", lower)]
            # The index also reports the spellings with Latin-1 capitals ("nØgle").
            assert set(exact) <= set(found)
            assert all(lower[p : p + len(literal)].lower() == literal.lower() or
                       padded[p : p + len(literal)].lower() == literal.decode("latin-1")
                       for p in found)


def test_an_unregistered_word_is_an_error():
    with pytest.raises(KeyError):
        _keywords.KEYWORDS.positions("x" * 5000, "never-registered")


def test_a_question_mark_keyword_counts_only_real_question_marks():
    # The lowered view writes characters outside Latin-1 as "?": "A–A–" has no question, and a
    # dash after "nej" is no "nej?". A keyword ending in "?" is found in any case.
    index = _keywords.KEYWORDS
    index.add(("?", "ja eller nej?"))
    text = "A\u2013" * 3000 + " Skal vi? "
    assert "?" in index.hits(text)
    assert index.positions(text, "?") == [text.index("?")]
    dashes = "A\u2013" * 3000
    assert "?" not in index.hits(dashes)
    text = "Borgeren ønsker svar \u2013 ja eller nej\u2013 " * 200 + "Skal vi bevilge? JA ELLER NEJ? "
    assert "ja eller nej?" in index.hits(text)
    assert index.positions(text, "ja eller nej?") == [text.index("JA ELLER NEJ?")]


def test_line_tests_look_back_a_bounded_way():
    # A text without line breaks has no lines for the line-based tests (a checklist's box, a
    # FAQ's question, a chat's speaker): they must not search back to its start from every
    # candidate, which made a 10 MB single line quadratic.
    from promptlint.detectors import _keywords

    long_line = "ord " * 5000
    assert _keywords.start_of_line(long_line, len(long_line) - 1) == -1
    assert _keywords.start_of_line("a\nbc", 3) == 2
    assert not _keywords.checklist_item("[ ] " + long_line, len(long_line))
    assert _keywords.checklist_item("Tjekliste\n[ ] Er der tilhold?", 14)
    # An option's empty box is looked for a short way back on its line only.
    assert not _keywords.unticked_option("☐ " + long_line, len(long_line))
    assert not _keywords.unticked_option("Forsørgelse: ☐ Løn " + "x" * 200 + " kontanthjælp", 230)
    assert _keywords.unticked_option("Forsørgelse: ☐ Løn  ☐ Kontanthjælp", 29)
    assert not _keywords.unticked_option("Forsørgelse: ☐ Løn  ☒ Kontanthjælp", 29)
