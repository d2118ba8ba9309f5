"""The shared views of a text (detectors/_labels.py): what they say about its characters."""

from __future__ import annotations

from hypothesis import assume, given, settings
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


@given(
    st.lists(
        st.lists(st.text(alphabet="ab12 -:", max_size=6), min_size=1, max_size=4),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(["|", "\t"]),
    st.integers(0, 3),
)
def test_column_cells_are_the_cells_of_the_labels_column(rows, sep, column):
    # A table built from rows of cells: the cells found under the header's cell at ``column``
    # are exactly that column's cells of the rows below (rows without it give none).
    width = max(len(r) for r in rows)
    assume(column < width)
    header = [f"h{i}" for i in range(width)]
    lines = [sep.join(header)] + [sep.join(r) for r in rows]
    text = "\n".join(lines) + "\n"
    label = len(sep.join(header[:column])) + (len(sep) if column else 0)
    got = [text[a:b] for a, b in _labels.column_cells(text, label)]
    expected = []
    for r in rows:
        line = sep.join(r)
        if sep == "|" and set(line) <= set("|-: \t") and "---" in line:
            continue  # a rule row ("|---|---|", "-----+-----")
        if sep not in line:
            break  # a row without a separator ends the table
        if column < len(r):
            expected.append(r[column])
    if width < (3 if sep == "|" else 2):
        expected = []  # a header line with fewer separators is no table row
    assert got == expected


def test_a_tables_header_is_never_handed_to_another_text():
    # Texts of the same length are freed and made again and again, as a scan of many files
    # does; each must be read with its own header, even when the new text reuses the old one's
    # memory (and so its id()).
    for i in range(200):
        header = "CPR-nr." if i % 2 else "Fakturanr"
        text = "".join(["Navn | ", header, " | Dato\nOle | 0101901234 | 1/1\n"])
        assert _labels.column_header(text, text.index("0101")) == header.lower()
        del text



_HEADER = ["hoved", "kolonne", "sidst"]


def _aligned_rows(rows: list[list[str]]) -> tuple[list[int], list[str]]:
    """A printout aligned with spaces: every column as wide as its widest cell plus two spaces.
    The column widths and the lines, the header's first."""
    widths = [max(len(r[i]) for r in [_HEADER, *rows]) + 2 for i in range(3)]
    lines = [
        "".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in [_HEADER, *rows]
    ]
    return widths, lines


def _rows(alphabet: str):
    return st.lists(
        st.lists(st.text(alphabet=alphabet, min_size=1, max_size=6), min_size=3, max_size=3),
        min_size=1,
        max_size=5,
    )


@given(_rows("ab12-:/"), st.integers(0, 2))
def test_header_cells_of_a_table_aligned_with_spaces(rows, column):
    # The cells under a header cell are that column's cells of every row below.
    widths, lines = _aligned_rows(rows)
    text = "\n".join(lines) + "\n"
    start = sum(widths[:column])
    got = [text[a:b] for a, b in _labels.header_cells(text, start, start + len(_HEADER[column]))]
    # A row of dashes only is the header's underline ("-----   ---"), not a row of cells.
    assert got == [r[column] for r in rows if set("".join(r)) - set("-")]
    # Part of a header cell heads nothing.
    assert not list(_labels.header_cells(text, start, start + 2))


@given(_rows("ab12:/"), st.integers(0, 2))
def test_an_underlined_header_heads_its_columns_under_a_title_row(rows, column):
    # A case system's printout: a title line aligned like a row ("Udtræk  DMI-kø  Team 4"), the
    # header, a line of dashes under it. The header is the underlined row, not the title.
    widths, lines = _aligned_rows(rows)
    lines[1:1] = ["-" * sum(widths)]
    text = "Udtræk  DMI-kø  Team 4   03.11.2025\n" + "\n".join(lines) + "\n"
    head = _HEADER[column]
    start = text.index("hoved") + sum(widths[:column])
    cells = list(_labels.header_cells(text, start, start + len(head)))
    assert [text[a:b] for a, b in cells] == [r[column] for r in rows]
    assert all(_labels.column_header(text, a) == head for a, _b in cells)
    # Without the underline the title is the table's first row, and heads the columns.
    plain = text.replace("-" * sum(widths) + "\n", "")
    start = plain.index("hoved") + sum(widths[:column])
    assert not list(_labels.header_cells(plain, start, start + len(head)))
