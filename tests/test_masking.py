"""Masking: what the reports show instead of a found value.

A mask keeps the value's shape (length, separators) so the marker lines up with the source line,
and never reveals enough to reconstruct it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlint.masking import mask

STYLES = ["default", "cpr", "email", "initials", "last4", "full", "none", "no-such-style"]


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [
        ("010190-1234", "cpr", "010190-****"),
        ("0101901234", "cpr", "010190****"),
        ("01 01 90 1234", "cpr", "01 01 90 ****"),
        ("010190–1234", "cpr", "010190–****"),
        ("12345", "cpr", "1****"),  # not 10 digits: a third at most
        ("mette.hansen@kommune.dk", "email", "m****.h*****@k******.dk"),
        ("søren@æøå.dk", "email", "s****@æ**.dk"),
        ("jens@localhost", "email", "j***@l********"),
        ("ingen-snabel-a", "email", "in***-******-*"),  # falls back to the default style
        ("Tove Christensen", "initials", "T*** C**********"),
        ("Anne-Marie Ågård", "initials", "A***-M**** Å****"),
        ("1234 5678 9012 3456", "last4", "**** **** **** 3456"),
        ("DK50 0040 0440 1162 43", "last4", "**** **** **** **62 43"),
        ("1234-5678", "last4", "****-****"),  # too short to show any digits
        ("AB 12 345", "full", "** ** ***"),
        ("KK-2024-000123", "default", "KK-****-******"),
        ("ab", "default", "**"),
        ("", "default", ""),
        ("010190-xxxx", "none", "010190-xxxx"),
        ("KK-2024-000123", "no-such-style", "KK-****-******"),
    ],
)
def test_examples(value, style, expected):
    assert mask(value, style) == expected


ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60
) | st.from_regex(r"[\w.+-]{0,12}@[\wæøå-]{0,12}(\.[a-z]{0,4}){0,2}", fullmatch=True)


@settings(max_examples=400, deadline=None)
@given(value=ANY_TEXT, style=st.sampled_from(STYLES))
def test_mask_keeps_shape(value, style):
    masked = mask(value, style)
    assert len(masked) == len(value)
    for original, shown in zip(value, masked, strict=True):
        if original.isspace():
            assert shown == original
        elif style != "full" and not original.isalnum():
            assert shown == original  # punctuation and separators stay in place
        assert shown in (original, "*")


@settings(max_examples=400, deadline=None)
@given(value=ANY_TEXT)
def test_default_style_reveals_at_most_a_third(value):
    masked = mask(value)
    total = sum(ch.isalnum() for ch in value)
    shown = sum(ch.isalnum() and ch == out for ch, out in zip(value, masked, strict=True))
    assert shown <= total // 3


@st.composite
def cpr_like(draw) -> tuple[str, str]:
    date = draw(st.from_regex(r"[0-9]{6}", fullmatch=True))
    serial = draw(st.from_regex(r"[0-9]{4}", fullmatch=True))
    sep = draw(st.sampled_from(["", "-", " ", "–", "/", " - "]))
    return date + sep + serial, serial


@settings(max_examples=300, deadline=None)
@given(value_serial=cpr_like(), prefix=st.sampled_from(["", "x", "CPR "]))
def test_cpr_mask_never_shows_the_serial(value_serial, prefix):
    value, serial = value_serial
    masked = mask(prefix + value, "cpr")
    assert masked.endswith("****")
    assert not masked.endswith(serial)
    assert masked[: len(prefix) + 6] == (prefix + value)[: len(prefix) + 6]


@settings(max_examples=300, deadline=None)
@given(value=ANY_TEXT)
def test_cpr_mask_hides_digits_7_to_10_of_any_ten_digit_value(value):
    masked = mask(value, "cpr")
    digit_positions = [i for i, ch in enumerate(value) if ch.isdigit()]
    if len(digit_positions) == 10:
        assert all(masked[i] == "*" for i in digit_positions[6:])
    else:
        total = sum(ch.isalnum() for ch in value)
        shown = sum(ch.isalnum() and ch == out for ch, out in zip(value, masked, strict=True))
        assert shown <= total // 3
