"""Hypothesis strategies shared by the detector tests."""

from __future__ import annotations

from hypothesis import strategies as st


@st.composite
def cpr_numbers(draw) -> str:
    """A CPR number with an existing date, written in one of the usual forms."""
    day, month = draw(st.integers(1, 28)), draw(st.integers(1, 12))
    year, serial = draw(st.integers(0, 99)), draw(st.integers(0, 9999))
    digits = f"{day:02}{month:02}{year:02}{serial:04}"
    form = draw(st.sampled_from(["{d}-{s}", "{d}{s}", "{d} {s}", "{d} - {s}", "{d}/{s}"]))
    return form.format(d=digits[:6], s=digits[6:])


def texts_of(pieces: list[str], max_size: int) -> st.SearchStrategy[str]:
    """Texts joined from these pieces (label words, blanks, punctuation, odd characters)."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


def labels_agree(fast, slow, before: str, number: str) -> tuple[str, int]:
    """A label function's fast path gives its slow path's answer for ``number`` after
    ``before``; returns the text and the number's start."""
    text, start = before + number, len(before)
    assert fast(text, start) == slow(text, start)
    return text, start
