"""Dates of birth: a date is reported only when the words before it say it is a birth date.

Dates are everywhere in case work (meetings, deadlines, letters), so a date alone is never
reported. A label directly before it makes it a date of birth:

* Danish: ``født 3. marts 1987``, ``født den 03.03.1987``, ``Fødselsdato: 1987-03-03``,
  ``f. 3/3-87`` (``f.`` only right before the date, and never ``f.eks.``), ``fødselsdag``;
* English: ``date of birth: 3 March 1987``, ``DOB 03/03/1987``, ``born on March 3, 1987``.

Written forms: ``3. marts 1987``, ``3 mar. 1987``, ``03.03.1987``, ``3.3.87``, ``3/3-87``,
``03-03-1987``, ``1987-03-03``, ``3 March 1987``, ``3rd of March 1987``, ``March 3, 1987``.
The date must exist; a four-digit year must lie between 1880 and this year. A year alone
(``født i 1987``) is not a date of birth and is not reported. A CPR number after ``født`` is the
CPR detector's business (it has the higher priority).

Scanning is anchored on the labels, which are rare in ordinary text; the date must follow the
label within a few words, so each label costs a bounded look-ahead and the scan stays linear.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from promptlint import _rx as rx
from promptlint.detectors import _keywords, _labels
from promptlint.model import Rule, Severity, Span

RULE = Rule(
    code="ID020",
    name="birth-date",
    entity="birth_date",
    severity=Severity.ERROR,
    guideline=2,
    priority=60,
    mask="default",
    message={
        "da": "Fødselsdato: en personoplysning, der sammen med et navn udpeger en person",
        "en": "Date of birth: personal data that, with a name, singles out a person",
    },
    what={
        "da": "Finder datoer, som teksten selv kalder en fødselsdato: 'født 3. marts 1987', "
        "'fødselsdato: 1987-03-03', 'f. 3/3-87', 'date of birth: 3 March 1987', 'DOB 03/03/1987'. "
        "En dato uden en sådan sammenhæng rapporteres ikke.",
        "en": "Finds dates that the text itself calls a date of birth: 'født 3. marts 1987', "
        "'fødselsdato: 1987-03-03', 'f. 3/3-87', 'date of birth: 3 March 1987', "
        "'DOB 03/03/1987'. A date without such context is not reported.",
    },
    why={
        "da": "En fødselsdato er en personoplysning og udgør de første seks cifre i CPR-nummeret; "
        "sammen med navn eller adresse identificerer den en borger. Retningslinje 2 forbyder "
        "personoplysninger i offentlige AI-værktøjer.",
        "en": "A date of birth is personal data and makes up the first six digits of the CPR "
        "number; with a name or address it identifies a citizen. Guideline 2 forbids personal "
        "data in public AI tools.",
    },
    instead={
        "da": "Udelad fødselsdatoen, eller skriv kun alderen eller aldersgruppen, hvis den er "
        "relevant (fx 'en borger i 30'erne').",
        "en": "Leave the date of birth out, or give only the age or age group if it matters "
        "(e.g. 'a citizen in their thirties').",
    },
    examples=(
        "Ansøgeren er født 3. marts 1987 i Odense",
        "Fødselsdato: 1987-03-03",
        "Date of birth: 3 March 1987",
    ),
    counter_examples=(
        "Mødet holdes 3. marts 2025",
        "Hun er født i 1987",
        "Ansøgningen er modtaget den 03.03.2024",
    ),
)

_DA_MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "oct": 10,
}  # fmt: skip
_MONTHS = {**_DA_MONTHS, **_EN_MONTHS}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))

# Dates that start with the day or the year. The guards keep dates out of longer numbers:
# 01.01.90-1234 is no date of birth.
_DATE = rx.compile_re(
    rf"""
    (?<![\w.,/-])
    (?:
        (?P<d1>\d{{1,2}})(?P<s1>[./-])(?P<m1>\d{{1,2}})(?:(?P=s1)|(?<=/\d)-|(?<=/\d\d)-)
            (?P<y1>\d{{4}}|\d{{2}})
      | (?P<d4>\d{{1,2}})/(?P<m4>\d{{1,2}})[ \u00a0](?P<y4>\d{{4}})
      | (?P<y2>\d{{4}})-(?P<m2>\d{{1,2}})-(?P<d2>\d{{1,2}})
      | (?P<d3>\d{{1,2}})(?:\.|st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?
            (?P<mon3>{_MONTH_ALT})\.?,?[ \u00a0]+(?P<y3>\d{{4}})
      | (?P<mon5>{_MONTH_ALT})\.?[ \u00a0]+(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?,?[ \u00a0]+
            (?P<y5>\d{{4}})
    )
    (?![\w]|[-./,]\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Scanning is anchored on the labels, which are rare. _LABEL_START is the exact set of label
# starts; the lowered view (see _labels) finds candidates for it: f. / fødsel / født (also FØDT,
# whose Ø is not lowered) with a pattern led by a single letter, and born, birth, dob and d.o.b
# from the keyword index (see _keywords). Other label starts of _LABEL_START ("Dødt", "Bob")
# can never lead to a finding.
_LABEL_START = rx.compile_re(r"[FfBbDd](?:ødt|ødsel|ØDT|ØDSEL|\.|orn|ORN|irth|IRTH|OB|ob|\.O\.B)")
# "Tlf." and "ref." are common: an "f" after a letter, digit or dot is refused here already.
_F_CANDIDATE = rx.compile_re("f(?<![0-9A-Za-z_.]f)(?:\\.|ød|Ød)".encode("latin-1"))
_WORDS = (b"born", b"birth", b"dob", b"d.o.b")
_keywords.KEYWORDS.add(tuple(word.decode() for word in _WORDS))
_LABEL_WORD = rx.compile_re(r"[\w.-]{1,30}")
_STRONG_LABELS = rx.compile_re(
    r"født|fødte|fødselsdato\w*|fødselsdag\w*|fødsels-?|born|birth\w*|dob|d\.o\.b",
    re.IGNORECASE,
)
# Filler between label and date: "født den ", "Fødselsdato (dd.mm.åååå): ", "born on ",
# "birth date: ", "Date of birth is ".
_GAP = rx.compile_re(
    r"(?:[\s:|=,\-\u2013]|\([^()\n]{0,20}\)|(?<!\w)(?:den|d\.|dato|date|on|the|er|is|was)(?!\w))"
    r"{0,12}",
    re.IGNORECASE,
)
_MAX_GAP = 30
_MIN_YEAR = 1880


class BirthDateDetector:
    rules = (RULE,)

    def __init__(self, today: datetime.date | None = None) -> None:
        self.today = today or datetime.date.today()

    def find(self, text: str) -> Iterator[Span]:
        lower = _labels.view(text).lower
        starts = set(_labels.positions(_F_CANDIDATE, lower))
        for word in _WORDS:
            starts.update(_keywords.starts(text, lower, word))
        yield from self._from_labels(text, sorted(starts))

    def _from_labels(self, text: str, starts: list[int]) -> Iterator[Span]:
        """The dates after the labels that start at ``starts`` (candidates, in order)."""
        for start in starts:
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
                continue
            if _LABEL_START.match(text, start) is None:
                continue
            word = _LABEL_WORD.match(text, start).group()
            if word[:2] in ("f.", "F."):
                weak, label_end = True, start + 2
            elif _STRONG_LABELS.fullmatch(word.rstrip(".")):
                weak, label_end = False, start + len(word)
            else:
                continue
            gap_end = _GAP.match(text, label_end).end()
            if gap_end - label_end > (2 if weak else _MAX_GAP):
                continue
            date = _DATE.match(text, gap_end)
            if date is None or self._birth_date(date) is None:
                continue
            yield Span(RULE.code, date.start(), date.end(), 0.8 if weak else 0.95)

    def _birth_date(self, match: re.Match) -> datetime.date | None:
        for n in "12345":
            if match.group(f"d{n}") is not None:
                break
        day, year = match.group(f"d{n}"), match.group(f"y{n}")
        if n in "35":
            # IGNORECASE lets "junı" (dotless ı) or "JUNİ" match "juni", but they fold to no
            # month name: not a date this detector can read (this used to raise KeyError).
            month_number = _MONTHS.get(match.group(f"mon{n}").casefold())
            return None if month_number is None else self._date(day, month_number, year)
        month = match.group(f"m{n}")
        born = self._date(day, month, year)
        if born is None and match.group().count("/") == 2:
            # US order: DOB 03/13/1987 (not the Danish "1/12-2026", day first)
            born = self._date(month, day, year)
        return born

    def _date(self, day: str, month: int | str, year: str) -> datetime.date | None:
        y = int(year)
        if len(year) == 2:
            # Two-digit years: the most recent past century that makes it a birth date.
            y += 2000 if 2000 + y <= self.today.year else 1900
        elif not _MIN_YEAR <= y <= self.today.year:
            return None
        try:
            born = datetime.date(y, int(month), int(day))
        except ValueError:
            return None
        return born if born <= self.today else None


DETECTORS = (BirthDateDetector,)
