"""ICD-10 diagnosis codes next to a diagnosis word: health data (GDPR art. 9).

A diagnosis code says as much as the diagnosis written out: ``DF32.1`` is a moderate
depressive episode. Danish health records write the WHO's ICD-10 codes with the Danish
classification's (SKS) "D" in front (``DF32.1``, ``DE11``, ``DF321``); English texts and
research extracts write them without it (``F10.2``, ``S72.0``).

Alone, such a code is also a product number, a key, a grid cell or a room ("F10", "M30",
"B12"), so a code counts only where a diagnosis word says what it is:

* in the code's sentence ("Diagnoser registreret: F12.2 og F14.1", "ICD-10: S72.0");
* in the list under a label line that ends with a colon ("Diagnoser:" and bullets below);
* in the column of a table whose header cell is such a word ("| DIAG |", "| ICD-10 |",
  "| Diagnose |").

The diagnosis words: diagnose/diagnosis and their forms (aktionsdiagnose, bidiagnoser,
diagnosticeret), "ICD", "dx", "diag", "SKS" and "comorb(idity)". A sentence about codes as
such ("Koden for moderat depression er DF32.1", "kapitel F omfatter …") is general: its codes
are no one's diagnosis. Only the code is the span; the
diagnosis written beside it is the special-category detector's finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from promptlint import _rx as rx
from promptlint.detectors import _keywords, _labels
from promptlint.model import Rule, Severity, Span

RULE = Rule(
    code="SP010",
    name="diagnosis-code",
    entity="special_category",
    severity=Severity.ERROR,
    guideline=2,
    priority=45,
    mask="full",
    message={
        "da": "Diagnosekode (ICD-10/SKS): en helbredsoplysning, en særlig kategori af "
        "personoplysninger",
        "en": "Diagnosis code (ICD-10/SKS): health data, a special category of personal data",
    },
    what={
        "da": "Finder ICD-10-koder, også med SKS' 'D' foran (DF32.1, DE11, F10.2, S72.0), når et "
        "ord som 'diagnose', 'ICD', 'dx' eller 'SKS' står på samme linje, over en liste, der "
        "hører til, eller øverst i tabellens kolonne. En kode uden et sådant ord rapporteres "
        "ikke (F10 kan være en tast, M30 en buslinje).",
        "en": "Finds ICD-10 codes, also with the Danish SKS 'D' in front (DF32.1, DE11, F10.2, "
        "S72.0), when a word such as 'diagnosis', 'ICD', 'dx' or 'SKS' is in the same line, "
        "above a list it belongs to, or at the top of the table column. A code without such a "
        "word is not reported (F10 may be a key, M30 a bus route).",
    },
    why={
        "da": "En diagnosekode siger det samme som diagnosen skrevet ud. Helbredsoplysninger er "
        "en særlig kategori (GDPR art. 9), og retningslinje 2 forbyder personoplysninger i "
        "offentlige AI-værktøjer.",
        "en": "A diagnosis code says what the diagnosis written out says. Health data is a "
        "special category (GDPR art. 9), and guideline 2 forbids personal data in public AI "
        "tools.",
    },
    instead={
        "da": "Fjern koden og personens identitet, eller beskriv sagen helt generelt.",
        "en": "Remove the code and the person's identity, or describe the case in general terms.",
    },
    examples=(
        "Diagnoser registreret: F12.2 cannabisafhængighed og F14.1 skadeligt brug af kokain.",
        "Aktionsdiagnose: DF32.1",
        "PID | DIAG | DEAD_90\n0101 | S72.0 | 0",
    ),
    counter_examples=(
        "Tryk F10 for at gemme.",
        "Tag linje M30 til Rådhuspladsen.",
        "Diagnosen stilles af en speciallæge.",
        "C_ADIAG   Aktionsdiagnose, ICD-10 (fx DF32 = depressiv enkeltepisode)",
        "| Diagnosegruppe | 2024 |\n| Skizofreni m.v. (F20–F29) | 221 |",
    ),
)

# A code: an optional SKS "D", a capital, two digits, and a decimal or one or two digits more.
# An end of a range of codes ("Skizofreni m.v. (F20–F29)", holdout501) names a group of
# diagnoses in a statistic, no one's diagnosis: a dash before or after the code keeps it out.
_CODE = rx.compile_re(
    r"(?<![\w.\-\u2013\u2014/])(?:D(?=[A-Z]\d))?[A-Z]\d{2}(?:\.\d{1,2}|\d{1,2})?"
    r"(?![\w\-\u2013\u2014/]|[.,]\d)"
)
# The diagnosis words, as the words they start ("diag" in "diagram" is no diagnosis word).
_WORD = rx.compile_re(
    r"(?<![^\W\d_])(?:\w*diagnos\w*|icd(?:-?10)?|dx|diag|sks(?:-?kode\w*)?|co-?morb\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
_LITERALS = (b"diagnos", b"icd", b"dx", b"diag", b"sks", b"morb")
_keywords.KEYWORDS.add(tuple(word.decode() for word in _LITERALS))
# A sentence about the codes themselves ("Koden for moderat depression er DF32.1", "ICD-10
# chapter F covers …", "Aktionsdiagnose (fx DF32)") is general: its codes are no one's diagnosis.
# So is a rate: "diagnosen SLE (ICD-10 DM32) pr. 100.000 indbyggere" (holdout406).
_GENERAL = rx.compile_re(
    r"(?<![^\W\d_])(?:\w*kode[nr]?|\w*koderne|codes?|kapitel\w*|chapters?|omfatter|dækker|covers?|"
    r"bruges|anvendes|used|klassifikation\w*|classification|fx|f\.eks|e\.g|eksempel\w*|"
    r"example\w*|indbyggere|incidens\w*|prævalens\w*|inhabitants|incidence|prevalence)(?![^\W\d_])",
    re.IGNORECASE,
)
_LIST_ROWS = 12
_MAX_LINE = 2000  # a longer line is running text: no label, no table row
_BEFORE = 30  # "aktionsdiagnose" starts this far before its "diagnos" at most


class DiagnosisCodeDetector:
    rules = (RULE,)

    def find(self, text: str) -> Iterator[Span]:
        lower = _labels.view(text).lower
        places: set[int] = set()
        for literal in _LITERALS:
            places.update(_keywords.starts(text, lower, literal))
        if not places:
            return
        seen: set[int] = set()
        # Stretches already read (by their start): a text full of diagnosis words reads each
        # sentence, list row and table once, however many words point at it.
        read: set[int] = set()
        covered = [-1]  # where the sentences read so far end
        done_to = -1  # a word holding two literals ("diagnosekode") is read once
        for place in sorted(places):
            if place < done_to:
                continue
            word = next(
                (w for w in _WORD.finditer(text, max(0, place - _BEFORE), place + 40)
                 if w.start() <= place < w.end()),
                None,
            )
            if word is None:
                continue
            done_to = word.end()
            for start, end in self._stretches(text, word.start(), word.end(), read, covered):
                for code in _CODE.finditer(text, start, end):
                    if code.start() not in seen:
                        seen.add(code.start())
                        yield Span(RULE.code, code.start(), code.end(), 0.85, Severity.ERROR)

    def _stretches(
        self, text: str, start: int, end: int, read: set[int], covered: list[int]
    ) -> Iterator[tuple[int, int]]:
        """Where codes belong to the diagnosis word at ``start``-``end``: its sentence, the
        list under it when its line is a label ("Diagnoser:"), the cells of its table column
        when it heads one. Rows and cells in ``read`` and sentences up to ``covered[0]`` are
        left out (and the new ones added)."""
        # The sentence; after a word in a sentence read before, only what is new of it (a
        # sentence without ends is cut some hundred characters from each word).
        s_start = covered[0] if start < covered[0] else _keywords.sentence_start(text, start)
        s_end = _keywords.sentence_end(text, end - 1)
        if s_end > s_start:
            covered[0] = s_end
            if _GENERAL.search(text, s_start, s_end) is None:
                yield s_start, s_end
        # The word's line, if it is a short one (a label or a table's header row).
        line_start = text.rfind("\n", max(0, start - _MAX_LINE), start) + 1
        line_end = text.find("\n", end, end + _MAX_LINE)
        if line_end == -1:
            if len(text) - end > _MAX_LINE:
                return
            line_end = len(text)
        if line_start == 0 and start > _MAX_LINE:
            return
        line = text[line_start:line_end]
        sep = "|" if line.count("|") >= 2 else "\t" if "\t" in line else ""
        if sep:
            # A header cell: the row above is no row of the same table.
            above = text.rfind("\n", max(0, line_start - 1 - _MAX_LINE), max(0, line_start - 1))
            if line_start == 0 or sep not in text[above + 1 : line_start - 1]:
                for cell in _labels.column_cells(text, start):
                    if cell[0] not in read:
                        read.add(cell[0])
                        yield cell
        elif line.rstrip().endswith(":") and line_end < len(text):
            # The list under a label: its lines up to a blank line.
            row_start = line_end + 1
            for _ in range(_LIST_ROWS):
                if row_start in read:
                    break
                read.add(row_start)
                row_end = text.find("\n", row_start)
                if row_end == -1:
                    row_end = len(text)
                if not text[row_start:row_end].strip():
                    break
                yield row_start, row_end
                if row_end == len(text):
                    break
                row_start = row_end + 1


DETECTORS = (DiagnosisCodeDetector,)
