"""The shared views of a text (detectors/_labels.py): what they say about its characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from promptlint.detectors import _labels

_PIECES = st.sampled_from(
    ["Mette", "æøå", "ÆØÅ", "?", " ", "\n", "12", "٣", "１", "İ", "ı", "ſ", "K", "\u212a", "–", "“",
     "😀", "²", "x" * 60]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_the_view_knows_where_the_characters_above_latin1_are(text):
    view = _labels.view(text)
    above = [i for i, char in enumerate(text) if ord(char) > 0xFF]
    assert view.others is None or view.others == above
    if view.others is None:  # listed unless they (with the text's own "?") are many
        assert view.raw.count(b"?") * _labels._DENSE >= len(text)
    assert view.ascii_digits == all(not c.isdecimal() or c in "0123456789" for c in text)
    assert view.raw == text.encode("latin-1", "replace")
    folded = "".join(_labels._FOLDS.get(c, c) for c in text)
    assert view.lower == folded.encode("latin-1", "replace").lower()
