"""CPR numbers (Danish personal identification numbers) in every written form.

Accepted shapes: ``010190-1234``, ``0101901234``, ``010190 1234``, ``01 01 90 1234``,
``010190 - 1234``, en dash or non-breaking hyphen after Word's autocorrect, ``010190/1234``.
Not a CPR: ``01.01.90-1234`` (a date with dots, unless a CPR label stands before it: "CPR:
01.01.90-1234"), runs of 11+ digits, numbers glued to letters.

The date must exist, with the century taken from the 7th digit; only after a CPR label (or in a
CPR column) is a day the month lacks ("CPR: 290285-4121") read as a mistyped number (a warning). Modulus 11 raises confidence
but is not required (numbers issued since 2007 need not pass it). The nearest label before the
number decides most: ``CPR``, ``personnummer``, ``født`` raise confidence; ``faktura``,
``tlf.``, ``konto``, ``P-nr.``, ``kl.`` (another kind of number) lower it. Without any context a
number is reported as a warning, not an error.

Time stamps ``DDMMYY-HHMM`` decode to birth years 1900-1929 with a clock time as serial; in a
log or a release note (a level such as ``INFO`` after the stamp, lines starting with stamps of
the same day, words such as ``build``, ``deploy``, ``backup`` near it) they are not reported
unless a CPR label stands before them.

Partly masked numbers (``010190-xxxx``, ``XXXXXX-1234``) still reveal a birth date or a serial;
they are reported as info under their own rule.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from promptlint import _rx as rx
from promptlint.detectors import _labels, clamp
from promptlint.model import Rule, Severity, Span
from promptlint.validators import cpr as cprnum

_WHY = {
    "da": "Et CPR-nummer identificerer en person entydigt og er beskyttet særskilt "
    "(databeskyttelseslovens § 11). Retningslinje 2 forbyder personoplysninger i offentlige AI-værktøjer.",
    "en": "A CPR number identifies a person uniquely and has its own protection "
    "(Danish Data Protection Act s. 11). Guideline 2 forbids personal data in public AI tools.",
}

RULE = Rule(
    code="ID001",
    name="cpr-number",
    entity="cpr",
    severity=Severity.ERROR,
    guideline=2,
    priority=95,
    mask="cpr",
    message={
        "da": "CPR-nummer: identificerer en person entydigt",
        "en": "CPR number: identifies a person uniquely",
    },
    what={
        "da": "Finder danske CPR-numre (personnumre) i alle skrivemåder: 010190-1234, 0101901234, "
        "010190 1234. Datoen skal findes, og århundredet følger 7. ciffer. Modulus 11 og ord som "
        "'CPR' og 'født' øger sikkerheden; ord som 'faktura' og 'tlf.' sænker den. Et nummer "
        "uden nogen sammenhæng rapporteres som advarsel.",
        "en": "Finds Danish CPR numbers in every written form: 010190-1234, 0101901234, "
        "010190 1234. The date must exist, with the century from the 7th digit. Modulus 11 and "
        "words like 'CPR' and 'født' raise confidence; words like 'faktura' and 'tlf.' lower it. "
        "A number with no context at all is reported as a warning.",
    },
    why=_WHY,
    instead={
        "da": "Fjern CPR-nummeret eller erstat det med [CPR]. AI'en har aldrig brug for det.",
        "en": "Remove the CPR number or replace it with [CPR]. The AI never needs it.",
    },
    examples=("Borgerens CPR-nr.: 010190-1234", "personnummer 2110625629"),
    counter_examples=("Faktura 0101901234", "Mødet 01.01.90-1234", "kl. 211024-1430"),
)

MASKED_RULE = Rule(
    code="ID002",
    name="cpr-number-masked",
    entity="cpr",
    severity=Severity.INFO,
    guideline=2,
    priority=90,
    mask="none",
    message={
        "da": "Delvist maskeret CPR-nummer: afslører stadig fødselsdato eller løbenummer",
        "en": "Partly masked CPR number: still reveals a birth date or serial",
    },
    what={
        "da": "Finder delvist maskerede CPR-numre som 010190-xxxx og XXXXXX-1234.",
        "en": "Finds partly masked CPR numbers such as 010190-xxxx and XXXXXX-1234.",
    },
    why=_WHY,
    instead={
        "da": "Maskér hele nummeret, eller udelad det.",
        "en": "Mask the whole number, or leave it out.",
    },
    examples=("CPR: 010190-xxxx",),
    counter_examples=("CPR: xxxxxx-xxxx",),
)

ECPR_RULE = Rule(
    code="ID003",
    name="ecpr-number",
    entity="cpr",
    severity=Severity.ERROR,
    guideline=2,
    priority=95,
    mask="default",
    message={
        "da": "Erstatnings-CPR-nummer (eCPR): identificerer en person uden CPR-nummer",
        "en": "Replacement CPR number (eCPR): identifies a person without a CPR number",
    },
    what={
        "da": "Finder sundhedsvæsenets erstatnings-CPR-numre (eCPR) på formen DDMMÅÅ, et "
        "århundredeciffer (0, 1, 5, 6 eller 7), to store bogstaver og et ciffer: 0203291WQ3. "
        "Med en etiket som 'eCPR' eller 'Erstatnings-CPR' er det en fejl, ellers en advarsel.",
        "en": "Finds the health service's replacement CPR numbers (eCPR): DDMMYY, a century "
        "digit (0, 1, 5, 6 or 7), two capital letters and a digit: 0203291WQ3. After a label "
        "such as 'eCPR' or 'Erstatnings-CPR' it is an error, otherwise a warning.",
    },
    why=_WHY,
    instead={
        "da": "Fjern nummeret eller erstat det med [eCPR].",
        "en": "Remove the number or replace it with [eCPR].",
    },
    examples=("Erstatnings-CPR: 0203791EK3", "eCPR 3101057JC9"),
    counter_examples=("Varenr. 0203291WQ3X", "Mødet 020329-1234"),
)

_SEP = r"[-\u2010\u2011\u2012\u2013\u2014/]"
_CPR = rx.compile(
    rf"""
    (?<![\w\-+]|\d[.,/])
    (?P<date>\d\d(?P<g>[ .\u00a0]?)\d\d(?P=g)\d\d|\d{{4}}[ \u00a0]\d\d)
    (?P<sep>[ \u00a0]?{_SEP}[ \u00a0]?|[ \u00a0]{{1,2}})?
    (?P<serial>\d{{4}})
    (?!\w|[-.,]\d)
    """,
    rx.VERBOSE,
)
# Where _CPR can match, seen in the shape view (digits "0", letters "A"/"a", "?" above U+00FF,
# see _labels): the same pattern, led by the literal "00". Digits are one in ten characters of
# case text; a scan that jumps from one "00" to the next is four times faster than one that
# tries a digit class at every character. _CPR then checks each candidate. The view shows only
# ASCII digits, so a text with other decimal digits is scanned with _CPR itself.
_CPR_SHAPE = rx.compile_re(
    rb"00(?<![\w\-+]00)(?<!0[.,/]00)"
    rb"(?=(?:(?P<g>[ .\xa0]?)00(?P=g)00|00[ \xa0]00)"
    rb"(?:[ \xa0]?[-/?][ \xa0]?|[ \xa0]{1,2})?0000(?!\w|[-.,]0))"
)
_MASKED = rx.compile(
    rf"""
    (?<![\w\-*])
    (?:(?P<date>\d{{6}})[ ]?{_SEP}?[ ]?[xX*]{{4}}
      |[xX*]{{6}}[ ]?{_SEP}?[ ]?(?P<serial>\d{{4}}))
    (?![\w*])
    """,
    rx.VERBOSE,
)

# eCPR (DOMAIN.md): DDMMYY, a century digit (0/5/6 decentral, 1/7 national), two capitals and a
# gender digit. Found in the shape view as six digits, a digit, "AA" and a digit.
_ECPR_SHAPE = rx.compile_re(rb"000000(?<![\w\-/]000000)[ \-]?0AA0(?![\w])")
_ECPR = rx.compile(
    r"(?P<date>[0-3]\d[01]\d\d\d)[ \-]?(?P<serial>[01567][A-ZÆØÅ]{2}\d)(?![\w])"
)

_XXXX = rx.compile(b"xxxx")
_STARS = rx.compile(rb"\*\*\*\*")

# Labels that come before a number. The nearest one decides whether the number is a CPR number.
_POSITIVE = (
    # A field named for a CPR number: "cprBarn", "cpr_mor", "CPRnummer".
    r"cpr(?:[-.\s_]{0,2}(?:nr|nummer|no))?\.?|cpr[\w\-]{1,14}|c\.p\.r|(?:borger|citizen|person|patient|klient)[-_]?id|(?:borger|citizen|person|patient|klient|user|bruger)[-_]cpr|personnummer|personnr|person\s?nr|pers\.?\s?nr|personal\s+id|personal\s+(?:number|no)|"
    r"civil\s+registration|født|f\.|fødselsdato|borger(?:en)?s?|ansøger(?:en)?s?|"
    r"patient(?:en)?s?|klient(?:en)?s?|elev(?:en)?s?|identitet|ssn|id-?nummer"
)
_NEGATIVE = (
    r"faktura\w*|invoice|ordre\w*|order|kunde\w*|vare\w*|tlf|telefon\w*|mobil\w*|phone|fax|"
    r"konto\w*|account|reg\.?\s?nr|regnr|registreringsnr|sags\w*|sag\s+nr|j\.?\s?nr|"
    r"journal\w*|dok\w*|p-?nr|p\.nr|p-nummer|pnr|produktionsenhed|cvr|se-?nr|"
    r"kl|klokken|tidspunkt|ean|isbn|pakke\w*|forsendelse\w*|tracking|ref|bilag|"
    r"lb\.?\s?nr|løbenr|serie\w*|booking\w*|formular\w*|batch|job|kørsel|postering\w*|"
    r"linje|filnavn|log|kvittering\w*|transaktion\w*|ticket|build|version|imei|iccid|"
    r"bilagsnr|kreditnota|betalings\w*|reference|ref\.?\s?nr|lager\w*|vare\w*|"
    r"kørt|genereret|udtrukket|udtræk\w*|rapport\w*|report\w*"
)
# REVERSE: the search runs from the end of the window, so the first match is the nearest label.
_LABEL = rx.compile(
    rf"(?<!\w)(?:(?P<pos>{_POSITIVE})|(?P<neg>{_NEGATIVE}))(?!\w)",
    rx.IGNORECASE | rx.REVERSE,
)
_AFTER_POSITIVE = rx.compile(rf"\W{{0,4}}(?:{_POSITIVE})(?!\w)", rx.IGNORECASE)
_BEFORE = 40
_AFTER = 12


# A label written as one word right before the number ("CPR-nr.: ", "Faktura "): the whole word.
_POSITIVE_WORD = rx.compile(rf"(?:{_POSITIVE})", rx.IGNORECASE)
_NEGATIVE_WORD = rx.compile(rf"(?:{_NEGATIVE})", rx.IGNORECASE)
_LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ.-")


def _label_word_before(text: str, start: int) -> str | None:
    """The kind of a one-word label right before ``start`` (only blanks and a colon between),
    read with string methods; None when it takes the regex to tell (see label_before)."""
    lo = max(0, start - _BEFORE)
    end = start
    while end > lo and text[end - 1] in " \t:":
        end -= 1
    begin = end
    while begin > lo and text[begin - 1] in _LABEL_CHARS:
        begin -= 1
    if begin == end or (begin > 0 and (begin == lo or text[begin - 1] not in " \t\n([")):
        return None  # no word, cut by the window, or glued to something else
    word = text[begin:end]
    kind = _WORD_KINDS.get(word, _UNSEEN)
    if kind is _UNSEEN:
        if _POSITIVE_WORD.fullmatch(word):
            kind = "pos"
        elif _NEGATIVE_WORD.fullmatch(word):
            kind = "neg"
        else:
            kind = None
        if len(_WORD_KINDS) < _WORD_KINDS_MAX:
            _WORD_KINDS[word] = kind
    return kind


# The kind of each word read before a number (a text repeats its labels: "CPR-nr.", "Faktura"),
# up to a bound, so that an endless text cannot grow it without end.
_WORD_KINDS: dict[str, str | None] = {}
_WORD_KINDS_MAX = 50_000
_UNSEEN = object()


# A label of a replacement number: "eCPR", "Erstatnings-CPR", "erstatningsnummer".
_ECPR_LABEL = rx.compile(r"(?i)(?:e-?cpr|erstatnings[- ]?(?:cpr|nummer|personnummer))\W{0,4}$")


def label_before(text: str, start: int) -> str | None:
    """'pos', 'neg' or None: the kind of the nearest label before ``start`` on the same line.

    A label on the line above counts only when the number starts its own line (a form or a
    letterhead: ``CPR-nr.:`` then the number below); otherwise the previous line is another field.
    """
    kind = _label_word_before(text, start)
    if kind is None:
        kind = _label_in_window(text, start)
    if kind == "neg" and text[start : start + 1] != "1" and _PNR_BEFORE.search(
        text, max(0, start - 12), start
    ):
        # "pnr" is a P-number's label and a personnummer's abbreviation ('pnr = "0708814562"');
        # P-numbers in use start with 1.
        return None
    return kind


_PNR_BEFORE = rx.compile(r"(?i)(?<![\w\-.])pnr\W{0,6}\Z")


def _label_in_window(text: str, start: int) -> str | None:
    """label_before, with the reverse regex over the window."""
    window = text[max(0, start - _BEFORE) : start]
    newline = window.rfind("\n")
    if newline != -1:
        own_line = window[newline + 1 :]
        if own_line.strip(" \t\r:;-–•*>"):
            window, newline = own_line, -1  # the label is on the number's own line
        elif "\t" in window[:newline] or "|" in window[:newline]:
            return None  # a table's header row above: its column decides (see _score)
    nearest = _LABEL.search(window)
    if nearest is None:
        return None
    if newline != -1 and nearest.end() <= newline:
        # A label on the line above must end that line ("CPR-nr.:" over the number); a line
        # that goes on after the word ("… mod CPR-replika (timeout)") is another line of text.
        if window[nearest.end() : newline].strip(" \t\r:;.-–#"):
            return None
    return "pos" if nearest.group("pos") else "neg"


def _name_word_ends_at(text: str, stop: int) -> bool:
    """The letters ending at ``stop`` make a capitalised word that is no label for another kind
    of number (a name's last word, not "Ordre" or "Faktura")."""
    begin = stop
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:stop]
    return len(word) > 1 and word[0].isupper() and not _NEGATIVE_WORD.fullmatch(word)


def _in_brackets_after_name(text: str, start: int, end: int) -> bool:
    """The number stands in brackets right after a capitalised word that is no label for
    another kind of number: "Dennis Høyer Laursen (0211941359)", not "Ordre (0101901234)"."""
    if start < 3 or text[start - 2 : start] != " (" or text[end : end + 1] not in (")", ","):
        return False
    return _name_word_ends_at(text, start - 2)


def _after_name_and_comma(text: str, start: int) -> bool:
    """The number follows a capitalised word and a comma, the way a list names a person: "hos
    Inger Margrethe Bach, 140339-1728, Kastanievej 22" after "kl. 13.40", "Sagsnr. 25/31877 –
    Tove Winther, 020771-2934" (holdout423-424): the label further back is another number's."""
    if start < 4 or text[start - 2 : start] != ", ":
        return False
    return _name_word_ends_at(text, start - 2)


def _after_full_name(text: str, start: int) -> bool:
    """The number follows two capitalised words and a blank, the way a hasty note names a person:
    "opsummer kort til journal: Mads Kjær 0702114381 taget i Normal" (holdout594): the label
    further back ("journal") is no label of this number."""
    if start < 6 or text[start - 1] != " " or not _name_word_ends_at(text, start - 1):
        return False
    last = start - 1
    while text[last - 1].isalpha():
        last -= 1
    if text[last - 1 : last] != " " or text[last : start - 1] in _NUMBER_WORDS:
        return False
    return _name_word_ends_at(text, last - 1)


_NUMBER_WORDS = frozenset(("Nr", "No", "Nummer", "Number", "Nummeret"))


def _first_cell(text: str, start: int, end: int) -> bool:
    """The number fills the first cell of a tab- or "|"-separated row: it starts the line and a
    border follows it ("0412851943<tab>Jannik Bruun")."""
    return (start == 0 or text[start - 1] == "\n") and text.startswith(("\t", " |", "|"), end)


# Table columns of numbers that take a CPR number's shape but name no person.
_OTHER_COLUMNS = (
    "lot", "parti", "batch", "build", "version", "serie", "serial", "ordre", "order",
    "varenr", "vare", "ean", "sku", "kode", "code", "id", "job", "kørsel", "run",
    "faktura", "invoice", "kvittering", "receipt", "bilag", "transaktion", "transaction",
)


def reported_at(text: str, start: int) -> bool:
    """Whether the CPR detector reports a number that starts at ``start``: other detectors ask
    this before they take a CPR-shaped number for a person ("081024-1120" in an incident log's
    time column is none)."""
    match = _CPR.match(text, start)
    return match is not None and _SCORER._score(text, match) is not None


class CprDetector:
    rules = (RULE, MASKED_RULE, ECPR_RULE)

    def __init__(self, today: datetime.date | None = None) -> None:
        self.today = today or datetime.date.today()

    def find(self, text: str) -> Iterator[Span]:
        view = _labels.view(text)
        if view.ascii_digits:
            matches = _labels.verified(_CPR, self._candidates(text, view.shape), text)
        else:
            matches = _CPR.finditer(text)
        for match in matches:
            span = self._score(text, match)
            if span is not None:
                yield span
        yield from self._masked(text, view.lower)
        if view.ascii_digits:
            yield from self._ecpr(text, view.shape)

    @staticmethod
    def _ecpr(text: str, shape: bytes) -> Iterator[Span]:
        for hit in _ECPR_SHAPE.finditer(shape):
            match = _ECPR.match(text, hit.start())
            if match is None:
                continue
            if not cprnum.plausible_day_and_month(match.group("date")):
                continue
            start, end = match.span()
            if label_before(text, start) == "pos" or _ECPR_LABEL.search(
                text, max(0, start - 30), start
            ):
                yield Span(ECPR_RULE.code, start, end, 0.9)
            else:
                yield Span(ECPR_RULE.code, start, end, 0.6, Severity.WARNING)

    def _candidates(self, text: str, shape: bytes) -> Iterator[int]:
        for hit in _CPR_SHAPE.finditer(shape):
            start = hit.start()
            # Ten digits in a row after a word for another kind of number ("Faktura
            # 0101901234") are never reported (see _score): not worth checking. A CPR number
            # cannot start inside such a run, so skipping it unchecked hides none.
            if (
                shape.startswith(b"0000000000", start)
                and label_before(text, start) == "neg"
                and not _in_brackets_after_name(text, start, start + 10)
                and not _after_full_name(text, start)
            ):
                continue
            yield start

    def _score(self, text: str, match) -> Span | None:
        date, g, serial = match.group("date", "g", "serial")
        sep = match.group("sep") or ""
        start, end = match.span()
        separated = bool(sep or g) or not date.isdigit()  # "0902 88 1457": DDMM YY
        label = label_before(text, start)
        if label != "pos" and _in_brackets_after_name(text, start, end):
            label = "pos"  # "Dennis Høyer Laursen (0211941359)": the person's number
        elif label == "neg" and (
            _after_name_and_comma(text, start) or _after_full_name(text, start)
        ):
            # "… kl. 13.40 hos Inger Bach, 140339-1728", "journal: Mads Kjær 0702114381": no
            # label of its own
            label = None
        if label is None and (
            _labels.alone_in_cell(text, start, end) or _first_cell(text, start, end)
        ):
            # A table's column says what its cells hold: "CPR-nr." (a person), "Lot", "Batch",
            # "Build" (a product's or a job's number). Read before the dotted date below: in a
            # CPR column, "14.07.96-3308" is a CPR number too.
            header = _labels.column_header(text, start)
            if header:
                if _POSITIVE_WORD.search(header):
                    label = "pos"
                elif header.startswith(_OTHER_COLUMNS):
                    return None
        if label != "pos" and (g == "." or len(sep) == 2 and not sep.strip(" \u00a0")):
            # "01.01.90-1234": a date with dots; "150473  1681": two columns of numbers. Only a
            # CPR label makes them a CPR number ("CPR: 150473  1681" in a case system's print).
            return None
        if label == "neg" and not separated:
            return None  # at most 0.5 + 0.2 - 0.45 below: under the 0.3 floor
        if label == "neg" and text[end : end + 1] == "/" and text[end + 1 : end + 2].isdigit():
            # "Sagsnr. 110684-2317/0012": a case system's number built on a CPR number, with its
            # own serial; the case-number rules report the whole (it still holds the CPR).
            return None
        digits = "".join(ch for ch in date if ch not in " .\u00a0") + serial
        try:
            born = cprnum.birth_date(digits)
        except ValueError:
            if not cprnum.plausible_day_and_month(digits):
                return None
            born = None
        if label is None and _AFTER_POSITIVE.match(text, end, min(len(text), end + _AFTER)):
            label = "pos"
        if born is None:
            # A day the month does not have ("CPR: 290285-4121", 29 February 1985): under a CPR
            # label or in a CPR column it is the person's number, mistyped; without one, not a CPR.
            if label != "pos":
                return None
            return Span(RULE.code, start, end, 0.6, Severity.WARNING)

        confidence = 0.5
        if separated:
            confidence += 0.15
        if cprnum.checksum(digits) == 0:
            confidence += 0.2
        elif (born.day, born.month) != (1, 1):
            confidence -= 0.15
        if cprnum.is_replacement(digits):
            confidence -= 0.1
        if born > self.today or born.year < 1895:
            confidence -= 0.3
        elif born.year < 1930 and int(digits[6]) <= 3 and _looks_like_time(digits[6:]):
            # DDMMYY-HHMM time stamps of this century decode to 1900-1929 with a 7th digit of
            # 0-3: a person over 95, or far more likely a log line, a job id or a form id.
            if label != "pos" and _log_stamp(text, start, end, digits):
                return None
            confidence -= 0.35
        if not separated and label is None and _numeric_row(text, start, end):
            # A bare ten-digit number among other long numbers is a table of ids (invoice,
            # order, EAN columns), not a person.
            confidence -= 0.3
        if label == "pos":
            confidence += 0.4
        elif label == "neg":
            confidence -= 0.45
        confidence = clamp(min(confidence, 0.99))
        if confidence < 0.3:
            return None
        severity = Severity.ERROR if label == "pos" or confidence >= 0.8 else Severity.WARNING
        return Span(RULE.code, start, end, round(confidence, 2), severity)

    def _masked(self, text: str, lower: bytes) -> Iterator[Span]:
        # Masked numbers need four mask characters in a row ("xxxx", "XXXX", "****"); without
        # them skip the regex pass. The lowered view rules them out faster than the text.
        if _XXXX.search(lower) is None and _STARS.search(lower) is None:
            return
        if "xxxx" not in text and "XXXX" not in text and "****" not in text:
            return
        for match in _MASKED.finditer(text):
            date = match.group("date")
            if date is not None and not _possible_date(date):
                continue
            label = label_before(text, match.start())
            if label == "neg":
                continue
            confidence = 0.9 if label == "pos" else 0.6
            yield Span(MASKED_RULE.code, match.start(), match.end(), confidence)




_LONG_NUMBER = rx.compile(r"\d{5,}")


def _numeric_row(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if line_end - line_start > 400:
        return False
    others = _LONG_NUMBER.findall(text, line_start, start) + _LONG_NUMBER.findall(
        text, end, line_end
    )
    return len(others) >= 2


def _looks_like_time(hhmm: str) -> bool:
    return int(hhmm[:2]) <= 23 and int(hhmm[2:]) <= 59


# What follows a time stamp in a log line: a level ("INFO", "[WARN]", "| ERROR"), seconds or a
# clock time ("…-0816:33", "… 08:16"), a time zone.
_LOG_AFTER = rx.compile(
    r"[ \t]*[\[|(]?[ \t]*(?:(?:INFO|WARN|WARNING|ERROR|ERR|DEBUG|DBG|TRACE|FATAL|CRIT|CRITICAL|"
    r"NOTICE|SEVERE|FINE|VERBOSE|OK|FAIL|FAILED)(?![\w])|:[0-5][0-9]|[0-2]?[0-9][:.][0-5][0-9]"
    r"|(?:UTC|CET|CEST|GMT|Z)(?![\w]))"
)
# Words around a stamp that say the text is a log, a build or a release, not a case.
_TECH_WORDS = rx.compile(
    r"(?<![\w])(?:log\w*|\w*(?:fejl|system|audit|hændelses|event|server|access|adgangs)log\w*|"
    r"build\w*|release\w*|deploy\w*|udrul\w*|version\w*|commit\w*|job\w*|batch\w*|"
    r"kørsel\w*|timestamp\w*|tidsstempel\w*|server\w*|backup\w*|snapshot\w*|migration\w*|"
    r"pipeline\w*|artefakt\w*|artifact\w*|image\w*|container\w*|cron\w*|script\w*|"
    r"stacktrace\w*|exception\w*|hotfix\w*|patch\w*)(?![\w])",
    rx.IGNORECASE,
)
_STAMP_AT_LINE_START = rx.compile(
    r"[ \t>*•\-\[]*[0-9]{6}[ \u00a0]?[-\u2013/ ]?[ \u00a0]?[0-9]{4}"
)


def _log_stamp(text: str, start: int, end: int, digits: str) -> bool:
    """True when a DDMMYY-HHMM shaped number is a time stamp in a log, build or release text.

    Log lines put the stamp first and a level or a clock time after it ("251121-0816 WARN
    Retry …"); neighbouring lines then start with stamps of the same day. Build and release
    notes name themselves ("build 20251121.3", "deploy", "Loguddrag"). A CPR number has none of
    these around it, and a labelled one ("CPR: …") is never judged here.
    """
    if _LOG_AFTER.match(text, end, end + 12):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    at_line_start = not text[line_start:start].strip(" \t>*•-[")
    if at_line_start:
        # The line above or below starts with a stamp of the same day: a log excerpt.
        prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        next_start = text.find("\n", end)
        for other in (prev_start if line_start else -1, next_start + 1 if next_start != -1 else -1):
            if other < 0 or other == line_start:
                continue
            stamp = _STAMP_AT_LINE_START.match(text, other, other + 24)
            if stamp is not None and digits[:6] in stamp.group().replace(" ", ""):
                return True
    window_start = max(0, start - 160)
    return _TECH_WORDS.search(text, window_start, min(len(text), end + 60)) is not None


def _possible_date(ddmmyy: str) -> bool:
    day, month = int(ddmmyy[0:2]), int(ddmmyy[2:4])
    if day > 60:
        day -= 60
    try:
        datetime.date(2000 + int(ddmmyy[4:6]), month, day)
    except ValueError:
        try:
            datetime.date(1900 + int(ddmmyy[4:6]), month, day)
        except ValueError:
            return False
    return True


DETECTORS = (CprDetector,)


_SCORER = CprDetector()
