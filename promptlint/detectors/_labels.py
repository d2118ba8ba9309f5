"""Shared views of a text that let the identifier detectors jump from candidate to candidate.

Why: a regex scan costs about 1 ns a character when the pattern starts with a literal (the
engine jumps to the next occurrence) and 3-10 ns when it starts with a class, a look-behind or a
case-insensitive word (the engine tries the pattern at every character). Identifier detectors
start on digits, which are one character in ten of case text (dates, amounts, law references),
or on label words (``reg.nr.``, ``konto``, ``CVR``, ``født``, ``pasnr.``) in any case. So each
text is turned, once, into two views of the same length (one byte per character, offsets
shared), in which those starts become literals:

* ``lower``: ASCII letters lowered (``CVR-nr.`` -> ``cvr-nr.``). A detector finds its labels
  here with case-sensitive, literal-led twins of its case-insensitive patterns.
* ``shape``: every ASCII digit ``0``, every Latin-1 capital ``A``, every other Latin-1 letter
  ``a`` (``Vestergade 12`` -> ``Aaaaaaaaaa 00``). A number or street pattern written in these
  letters starts with a literal (``00``, ``0000``, ``A``).

A hit in a view is only a candidate: the detector's own pattern then decides, at that offset,
on the real text (``verified``). A view may offer candidates the pattern refuses, never miss
one it accepts, and these details keep it so:

* A character above U+00FF becomes ``?`` in both views: not a letter, digit or space there,
  while in the text it may be a letter, a dash or a digit. Patterns on the views let ``?``
  through wherever the text's character could be either (a look-behind "not after a letter"
  accepts it; a run of letters may contain it).
* A few such characters match a label letter under ``re``/``regex`` IGNORECASE (Turkish ``ı``
  and ``İ`` match ``i``, the long ``ſ`` matches ``s``, the Kelvin sign ``k``); the lower view
  shows that letter instead.
* Latin-1 letters outside ASCII (``Ø``, ``Æ``) are not lowered, so a twin spells both
  (``f(?:ød|Ød)``). Superscript digits and fractions, a word character for ``re`` but not for
  ``regex``, become ``?`` in the shape view.
* The shape view shows only ASCII digits. A pattern with Unicode ``\\d`` also matches
  Arabic-Indic or full-width digits; ``View.ascii_digits`` says whether the text has any, and
  if so such a detector scans the text itself.

Building both views costs about 2 ms per MB, once: the engine hands the same ``str`` object to
every detector in turn, and the last view is kept for that object (compared by identity; it
holds the text until the next one arrives).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from promptlint import _rx as rx

# The characters above U+00FF that re/regex IGNORECASE treat as equal to a letter of a label
# word (found by testing every code point against each Latin-1 letter with both engines; the
# others, such as the Ångström sign for "å" or "ẞ" for "ß", match letters no label has).
_FOLDS = {
    "\u0130": "i",  # İ, Turkish capital dotted I
    "\u0131": "i",  # ı, Turkish dotless i
    "\u017f": "s",  # ſ, long s
    "\u212a": "k",  # Kelvin sign
}
# Danish text has few characters above U+00FF (dashes, quotes, a Turkish "ı"): they are found
# at the "?" that stands for each in the Latin-1 bytes, and each is looked at (a fold character,
# another digit). A text in another script is full of them; there a search per kind, for a class
# of characters, is faster.
_FOLD = rx.compile(f"[{''.join(_FOLDS)}]")
_OTHER_DIGIT = rx.compile(r"(?V1)[\p{Nd}--[0-9]]")
_DENSE = 50  # "many": more than one character in 50 above U+00FF


def _shapes() -> bytes:
    """The translation table of the shape view (Latin-1 byte -> shape byte)."""
    table = bytearray(range(256))
    for code in range(256):
        char = chr(code)
        if char in "0123456789":
            table[code] = ord("0")
        elif char.isupper():
            table[code] = ord("A")
        elif char.isalpha():
            table[code] = ord("a")
        elif char.isalnum():  # superscript digits and fractions: "\w" for re, not for regex
            table[code] = ord("?")
    return bytes(table)


_SHAPES = _shapes()


class View:
    """A text, its two views (bytes, one per character), whether its digits are all ASCII, its
    plain Latin-1 bytes (``raw``: any other character a "?") that the views are made from, and
    where the characters above U+00FF are (``others``; None when they are too many to list)."""

    __slots__ = ("text", "lower", "shape", "ascii_digits", "raw", "others")

    def __init__(
        self,
        text: str,
        lower: bytes | bytearray,
        shape: bytes,
        ascii_digits: bool,
        raw: bytes,
        others: list[int] | None,
    ):
        self.text = text
        self.lower = lower
        self.shape = shape
        self.ascii_digits = ascii_digits
        self.raw = raw
        self.others = others


_last: View | None = None


def cached_view(text: str) -> View | None:
    """The views of ``text`` if a detector has already made them, else None (no work)."""
    cached = _last
    return cached if cached is not None and cached.text is text else None


def view(text: str) -> View:
    """The views of ``text`` (cached for the last text object seen)."""
    global _last
    cached = cached_view(text)
    if cached is not None:
        return cached
    ascii_digits = True
    raw = text.encode("latin-1", "replace")
    lower = raw.lower()
    others: list[int] | None = []
    if not text.isascii():
        if raw.count(b"?") * _DENSE < len(text):
            # Each "?" of the bytes that is no "?" in the text: a character above U+00FF.
            others = []
            folds = []
            at = raw.find(b"?")
            while at != -1:
                char = text[at]
                if char != "?":
                    others.append(at)
                    if char in _FOLDS:
                        folds.append(at)
                    elif char.isdecimal():  # "\d" beyond ASCII: Arabic-Indic, full-width …
                        ascii_digits = False
                at = raw.find(b"?", at + 1)
            if folds:
                lower = bytearray(lower)
                for pos in folds:
                    lower[pos] = ord(_FOLDS[text[pos]])
        else:
            others = None
            ascii_digits = _OTHER_DIGIT.search(text) is None
            if _FOLD.search(text) is not None:
                source = text
                for fold, letter in _FOLDS.items():
                    source = source.replace(fold, letter)
                lower = source.encode("latin-1", "replace").lower()
    _last = View(text, lower, raw.translate(_SHAPES), ascii_digits, raw, others)
    return _last


def positions(pattern: re.Pattern | Any, lower: bytes | bytearray) -> list[int]:
    """Start offsets of ``pattern`` (a bytes pattern, written in lower case) in the lower view."""
    return [m.start() for m in pattern.finditer(lower)]


def verified(
    pattern: re.Pattern | Any,
    candidates: re.Pattern | Any | Iterable[int],
    text: str,
    shape: bytes = b"",
) -> Iterator:
    """The matches ``pattern.finditer(text)`` gives, tried only where ``candidates`` (a pattern
    for the shape view, or an iterable of sorted offsets) says.

    ``candidates`` must offer every offset where ``pattern`` can match; it may offer more. A
    candidate pattern may consume the start of a match, but only where no other match can
    start. Trying the candidates in order and skipping those inside the last match is then
    exactly what finditer does.
    """
    if hasattr(candidates, "finditer"):  # a pattern (of re or regex), not offsets
        candidates = (hit.start() for hit in candidates.finditer(shape))
    end = 0
    for pos in candidates:
        if pos >= end:
            match = pattern.match(text, pos)
            if match is not None:
                end = match.end()
                yield match


# A table's rule row ("|---|:--:|", "-----+-----"): no cells to read.
_RULE_ROW = frozenset("|-:+= \t")
_MAX_ROWS = 1000
_MAX_ROW = 2000  # characters in a table's row


def column_cells(text: str, label: int, rows: int = _MAX_ROWS) -> Iterator[tuple[int, int]]:
    """The cells under the header cell that holds ``label`` in a table of "|", tab- or
    ";"-separated columns ("| Tilbudsgiver | CVR-nr. | Pris |") or of columns aligned with
    spaces (then the header row must be its table's first), row by row until the table ends:
    (start, end) of each cell's text, at most ``rows`` of them. Nothing when the label's line is
    no table row."""
    row = _header_row(text, label, label)
    if row is None:
        return
    line_start, line_end = row
    line = text[line_start:line_end]
    sep = _separator(line)
    if not sep:
        if _aligned_row(line) and (
            _table_top(text, line_start, _aligned_row, "  ") == line_start
            or _underlined(text, line_end)
        ):
            for cell in _ALIGNED_CELL.finditer(line):
                if cell.end() > label - line_start:
                    following = _ALIGNED_CELL.search(line, cell.end())
                    right = following.start() if following else _MAX_ROW
                    yield from _aligned_cells(text, line_end + 1, cell.start(), right, rows)
                    return
        return
    column = text.count(sep, line_start, label)
    row_start = line_end + 1
    for _ in range(rows):
        row_end = text.find("\n", row_start, row_start + _MAX_ROW)
        if row_end == -1:
            row_end = min(len(text), row_start + _MAX_ROW)
        row = text[row_start:row_end]
        rule_row = sep == "|" and set(row) <= _RULE_ROW and "---" in row
        if sep not in row and not rule_row:
            return  # the table has ended
        if not rule_row:
            # The column-th separator before the cell, the next one after it.
            cell_start = row_start
            for _ in range(column):
                found = text.find(sep, cell_start, row_end)
                if found == -1:
                    cell_start = -1
                    break
                cell_start = found + 1
            if cell_start != -1:
                cell_end = text.find(sep, cell_start, row_end)
                yield cell_start, row_end if cell_end == -1 else cell_end
        if row_end == len(text) or text[row_end : row_end + 1] != "\n":
            return  # the text's end, or a row too long for a table
        row_start = row_end + 1


def _header_row(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the line holding ``text[start:end]`` starts and ends, if it can head a table: a
    row below it, and not longer than _MAX_ROW. A header row is a short line, so the searches
    stay near the label and a page of labels on one line (no table) costs no pass over the
    text per label."""
    line_start = text.rfind("\n", max(0, start - _MAX_ROW), start) + 1
    line_end = text.find("\n", end, end + _MAX_ROW)
    if line_end == -1 or (line_start == 0 and start > _MAX_ROW):
        return None
    return line_start, line_end


def _aligned_cells(
    text: str, row_start: int, left: int, right: int, rows: int
) -> Iterator[tuple[int, int]]:
    """The cells of the rows from ``row_start`` on (at most ``rows``), in a table aligned with
    spaces, that lie in the columns ``left`` to ``right`` of their line (an underline row is
    skipped; a blank line or a line without a gap of two spaces ends the table)."""
    for _ in range(rows):
        row_end = text.find("\n", row_start, row_start + _MAX_ROW)
        if row_end == -1:
            row_end = min(len(text), row_start + _MAX_ROW)
        row = text[row_start:row_end]
        stripped = row.strip()
        underline = set(stripped) <= _UNDERLINE
        if not stripped or ("  " not in stripped and not underline):
            return  # a blank line or a line of prose ends the table
        if not underline:
            for cell in _ALIGNED_CELL.finditer(row):
                if cell.end() > left and cell.start() < right:
                    yield row_start + cell.start(), row_start + cell.end()
                    break
        if row_end >= len(text) or text[row_end] != "\n":
            return
        row_start = row_end + 1


def _separator(line: str) -> str:
    """What separates the cells of a table row: "|", a tab, ";" ("" when none does)."""
    return (
        "|" if line.count("|") >= 2 else "\t" if "\t" in line
        else ";" if line.count(";") >= 2 else ""
    )


def header_cells(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """When ``text[start:end]`` fills a cell of a table's first row (columns separated by "|",
    tabs or ";", or aligned with spaces), the cells below it in its column, row by row until
    the table ends: (start, end) of each cell's text. Nothing otherwise."""
    row = _header_row(text, start, end)
    if row is None:
        return
    line_start, line_end = row
    line = text[line_start:line_end]
    sep = _separator(line)
    if sep:
        before = text[line_start:start]
        after = text[end:line_end]
        if before[before.rfind(sep) + 1 :].strip() or after.split(sep, 1)[0].strip():
            return  # the match is only part of its cell
        if _table_top(text, line_start, lambda row: sep in row, sep) != line_start:
            return
    elif not (
        (text[start - 2 : start] == "  " or not text[line_start:start].strip())
        and (text.startswith("  ", end) or not text[end:line_end].strip())
    ):
        return  # the match is only part of its cell
    elif text[end - 1 : end] == ":" and text[end:line_end].lstrip(" \t")[:1].isdigit():
        return  # "Sagsnr.:  2025-118734   Kontrolperiode: …": a field and its value, no header
    # A table has one first row, so its column is read once, however long the table is.
    yield from column_cells(text, start, len(text))


# What the table functions remember of one text: its tables' headers and first rows. They hold
# the text they belong to and start afresh for another (an id() would be reused by a new text
# once the old one is freed, and hand it the old text's headers).
_HEADERS: dict[tuple[str, int], str | None] = {}
_TOPS: dict[tuple[str, int], int] = {}  # (kind of row, row start) -> its table's first row
_tables_of: list[str] = [""]


def _tables(text: str) -> None:
    """Forget the headers and tables of the text before, if ``text`` is another one."""
    if _tables_of[0] is not text:
        _HEADERS.clear()
        _TOPS.clear()
        _tables_of[0] = text


def _table_top(text: str, line_start: int, is_row: Callable[[str], bool], kind: str) -> int:
    """Where the table whose row starts at ``line_start`` begins: the rows above it for which
    ``is_row`` holds, at most _MAX_ROWS. The rows walked remember their table's first row (per
    ``kind`` of row: "|", tab, ";", aligned), so the next cell below stops at its own row's
    neighbour."""
    _tables(text)
    top = line_start
    walked = []
    for _ in range(_MAX_ROWS):
        known = _TOPS.get((kind, top))
        if known is not None:
            top = known
            break
        walked.append(top)
        if top == 0:
            break
        above = text.rfind("\n", max(0, top - 1 - _MAX_ROW), top - 1) + 1
        if not is_row(text[above : top - 1]):
            break
        top = above
    if len(_TOPS) > 100_000:
        _TOPS.clear()
    for row_start in walked:
        _TOPS[(kind, row_start)] = top
    return top


def column_header(text: str, pos: int) -> str | None:
    """The header cell of the table column that holds ``pos`` (a "|", tab- or ";"-separated table,
    its header the first row of the table block, a Markdown rule row skipped), lower-cased
    and stripped; None when ``pos`` is in no table. Headers are remembered per text and
    table, so the cells of a long table do not each walk up to it."""
    line_start = text.rfind("\n", max(0, pos - _MAX_ROW), pos) + 1
    line_end = text.find("\n", pos, pos + _MAX_ROW)
    if line_end == -1:
        line_end = min(len(text), pos + _MAX_ROW)
    line = text[line_start:line_end]
    sep = _separator(line)
    if not sep:
        return _aligned_header(text, pos, line_start, line)
    column = text.count(sep, line_start, pos)
    top = _table_top(text, line_start, lambda row: sep in row, sep)
    key = (sep, top * 64 + min(column, 63))
    if key in _HEADERS:
        return _HEADERS[key]
    header_end = text.find("\n", top, top + _MAX_ROW)
    cells = text[top : header_end if header_end != -1 else top + _MAX_ROW].split(sep)
    value = cells[column].strip().lower() if column < len(cells) else None
    if value is not None and value[1:3] == ": " and value[:1].isalpha():
        value = value[3:]  # a spreadsheet's column letter: "B: Fakturanr."
    if len(_HEADERS) > 10_000:
        _HEADERS.clear()
    _HEADERS[key] = value
    return value


def in_tab_header(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` fills a cell of the first row of a tab-separated table: its line holds
    two tabs or more, no tab row stands above it, and the row below holds as many tabs."""
    if start == 0 or text[start - 1] not in "\t\n":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        return False
    tabs = text.count("\t", line_start, line_end)
    if tabs < 2 or _table_top(text, line_start, lambda row: "\t" in row, "\t") != line_start:
        return False
    below_end = text.find("\n", line_end + 1)
    return text.count("\t", line_end + 1, len(text) if below_end == -1 else below_end) == tabs


def alone_in_cell(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` fills a table cell: only blanks between it and the borders ("|" or a
    tab) of its cell, or, in a table aligned with spaces, two spaces (or the line's start or
    end) on each side."""
    raw_before = text[max(0, start - 20) : start]
    raw_after = text[end : end + 20]
    before = raw_before.rstrip(" \u00a0")
    after = raw_after.lstrip(" \u00a0")
    if (not before or before.endswith(("|", "\t", "\n"))) and after.startswith(
        ("|", "\t", "\n", "\r")
    ):
        return True  # between borders, or first in its row before a tab ("KMH\t44\t…")
    if raw_before.endswith(";") and raw_after.startswith((";", "\n", "\r")):
        return True  # a semicolon-separated row ("Kildegården ApS;2025-1187;1211251077;51")
    return (raw_before.endswith("  ") or start == 0 or raw_before.endswith("\n")) and (
        raw_after.startswith(("  ", "\n", "\r")) or end == len(text)
    )


# A gap between the columns of a table aligned with spaces, and one cell of such a row.
_GAP = re.compile(r"[ \u00a0]{2,}")
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
# The line under a header aligned with spaces ("-------   ----").
_UNDERLINE = frozenset("-=_ \t")


def _aligned_row(line: str) -> bool:
    """A row of a space-aligned table: three or more cells, two spaces or more apart."""
    return len(_GAP.findall(line.strip())) >= 2


def _underlined(text: str, line_end: int) -> bool:
    """The line after the one ending at ``line_end`` is an underline row ("-----", "=====")."""
    start = line_end + 1
    end = text.find("\n", start, start + _MAX_ROW)
    row = text[start : end if end != -1 else start + _MAX_ROW].strip()
    return ("---" in row or "===" in row) and set(row) <= _UNDERLINE


def _aligned_header(text: str, pos: int, line_start: int, line: str) -> str | None:
    """column_header for a table aligned with spaces ("Tidspunkt   Fakturanr.   Beløb"): the
    first row of the block of such rows, and in it the cell that starts at or before the
    column of ``pos`` (values are written under their header, left-aligned)."""
    if not _aligned_row(line):
        return None
    top = _table_top(text, line_start, _aligned_row, "  ")
    if top > 1:
        # An underline row above the block: the row above the underline is the header, whatever
        # stands above it ("Udtræk  DMI-kø  Team 4" over "Sags-ID  Navn  CPR" over "-----").
        rule = text.rfind("\n", max(0, top - 1 - _MAX_ROW), top - 1) + 1
        if rule > 0 and _underlined(text, rule - 1):
            above = text.rfind("\n", max(0, rule - 1 - _MAX_ROW), rule - 1) + 1
            if _aligned_row(text[above : rule - 1]):
                top = above
    if top == line_start:
        return None  # the row is its table's first: a header has no header
    header_end = text.find("\n", top, top + _MAX_ROW)
    header = text[top : header_end if header_end != -1 else top + _MAX_ROW]
    column = pos - line_start
    value = None
    for cell in _ALIGNED_CELL.finditer(header):
        if cell.start() > column:
            break
        value = cell.group().lower()
    return value
