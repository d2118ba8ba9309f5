"""Bank accounts: IBANs of any country and Danish registration + account numbers.

* **IBAN**: two letters (the country), two check digits, then the country's BBAN; the length
  is fixed per country (Denmark: 18, ``DK50 0040 0440 1162 43``). Printed in groups of four or
  without spaces. Validated with ``stdnum.iban`` (ISO 7064 mod 97-10 plus the country's
  format). A number after the word ``IBAN`` that fails the check is still reported, less sure:
  the label says what it is, and a typo does not make it anonymous.
* **Danish account**: a 4-digit *registreringsnummer* (the bank branch) and a *kontonummer* of
  up to ten digits, written ``1234-1234567890``, ``1234 1234567890``,
  ``reg.nr. 1234 kontonr. 12345678`` or ``reg. 1234 konto 12345678``. The account check digits
  are bank-specific with no public rule, so nothing is validated; the labels (``reg.nr.``,
  ``konto``, ``kontonr.``) carry the precision. Registration and account number together are
  one span. After a konto label the account number may be printed in groups
  (``kontonr. 4069 063 822``). Without a label only the full form (four digits, a hyphen or
  space, ten digits)
  is reported, and not after ``Sagsnr.``, ``J.nr.``, ``faktura`` or ``tlf.``.

Labelled forms are found from the label (``reg``, ``konto``, ``kto``, ``account``); scanning
for a literal is far cheaper than trying every digit.

Sources: DOMAIN.md section 1.3; python-stdnum ``stdnum/iban.py`` and ``iban.dat``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from promptlint import _rx as rx
from promptlint.detectors import _keywords, _labels
from promptlint.model import Rule, Severity, Span

RULE = Rule(
    code="FI001",
    name="bank-account",
    entity="bank_account",
    severity=Severity.ERROR,
    guideline=2,
    priority=82,
    mask="last4",
    message={
        "da": "Bankkonto eller IBAN: en økonomisk oplysning, der peger på en person",
        "en": "Bank account or IBAN: financial data that points to a person",
    },
    what={
        "da": "Finder IBAN-numre fra alle lande (kontrolleret med modulus 97) og danske "
        "registrerings- og kontonumre: 1234-1234567890, 'reg.nr. 1234 kontonr. 12345678', "
        "'reg. 1234 konto 12345678'. Registrerings- og kontonummer er ét fund.",
        "en": "Finds IBANs of any country (checked with modulus 97) and Danish registration and "
        "account numbers: 1234-1234567890, 'reg.nr. 1234 kontonr. 12345678', "
        "'reg. 1234 konto 12345678'. Registration and account number are one finding.",
    },
    why={
        "da": "Et kontonummer hører til en bestemt person eller virksomhed og kan misbruges til "
        "svindel. Det er en fortrolig økonomisk oplysning, som retningslinje 2 ikke tillader i "
        "offentlige AI-værktøjer.",
        "en": "An account number belongs to a particular person or business and can be misused "
        "for fraud. It is confidential financial data, which guideline 2 does not allow in "
        "public AI tools.",
    },
    instead={
        "da": "Fjern kontonummeret eller erstat det med [kontonummer]. Skriv fx 'beløbet "
        "udbetales til borgerens NemKonto' i stedet for selve nummeret.",
        "en": "Remove the account number or replace it with [account]. Write e.g. 'the amount "
        "is paid to the citizen's NemKonto' instead of the number itself.",
    },
    examples=(
        "Beløbet overføres til reg.nr. 1234 kontonr. 1234567890",
        "Konto: 9570-0001234567",
        "IBAN: DK50 0040 0440 1162 43",
        "reg. 2000 konto 12345678",
    ),
    counter_examples=(
        "Sagsnr. 2024-1234567890",
        "Udbetaling til NemKonto",
        "Der er afsat 1.234.567 kr.",
        "Bilens reg.nr. AB 12 345",
    ),
)

# IBAN: country, check digits, then 11-30 letters or digits in any grouping. The look-behind
# comes after the four leading characters so that the scan can skip ahead quickly.
_IBAN = rx.compile(
    r"[A-Z]{2}[0-9]{2}(?<![A-Za-z0-9][A-Z]{2}[0-9]{2})(?:[ \u00a0\-]?[A-Z0-9]){11,30}"
)
# Where _IBAN can match, in the shape view (capitals "A", digits "0", see _labels): led by the
# literal "AA00", so the scan jumps between those; eleven more characters are enough to tell.
_IBAN_SHAPE = rx.compile(rb"AA00(?=(?:[ \xa0\-]?[A0]){11})")
# Words before an IBAN-shaped value whose check digits fail that still say it is an account.
_IBAN_LABEL = rx.compile_re(r"(?i)iban|konto|account")

# The parts of a Danish account, written after a label.
_KONTO = (
    r"(?:bank)?(?:konto|kto)(?:[-.]?[ ]?(?:nr|nummer|nummeret|no)\.?|\.)?"
    r"|acc(?:ount|t)?\.?(?:[ ]?(?:no|number|nr)\.?)?"
    r"|kt\."  # "reg. 9570 kt. 0012847361", between the two numbers only
)
# An account number printed in groups for reading aloud: "4069 063 822", "0 123 456 789". Taken
# only after a konto label (checked in _after_label), where nothing else is written that way.
_GROUPED = r"[0-9]{1,4}(?:[ \u00a0][0-9]{3,4}){1,3}"
_ACCOUNT = rf"""
    (?P<reg>[0-9]{{4}})
    (?:
        [ \u00a0]?[\-/][ \u00a0]?
      | [ \u00a0]{{1,2}}
      | [ \u00a0]*[,;\-/]?[ \u00a0]*\n?[ \u00a0]*(?:(?:og|and|samt)[ \u00a0]+)?
        (?:{_KONTO})[ \u00a0]{{0,3}}:?[ \u00a0]{{0,3}}
    )
    (?P<acct>[0-9]{{4,10}}|{_GROUPED})
"""
_GUARD = r"(?!\w|[.,\-/][0-9]|[ \u00a0][0-9])"
# Reading on from a label hit: the rest of the label ("reg.nr.", "registreringsnummer",
# "kontonr.:"), a few filler words, then a registration and account number, or (after a konto
# label) an account number alone.
_AFTER_LABEL = rx.compile(
    rf"""
    (?:\.|-)?
    (?:nr|nummeret|nummer|istreringsnummeret|istreringsnummer|istreringsnr|istrerings-nr|[ ]nr)?
    \.?
    (?:[ \u00a0]{{0,3}}[:#.,/]?[ \u00a0]{{0,3}}
       (?:(?:nr|no|nummer|nummeret|number|er|og|and|kontonr|kontonummer|konto|kto)
          \.?(?![^\W\d_]))?
    ){{0,4}}
    [ \u00a0]{{0,3}}
    (?:{_ACCOUNT}{_GUARD}|(?P<alone>[0-9]{{6,10}}|{_GROUPED}){_GUARD})
    """,
    rx.VERBOSE | rx.IGNORECASE,
)
# Each label with the lower-case twin that finds its candidates in the lowered view (see
# _labels): a case-sensitive literal search is several times faster than a case-insensitive one.
# The twin of "reg" also looks at the next character, which _AFTER_LABEL can only accept from
# this set ("reg.nr", "regnr", "registreringsnr.", "reg: 1234", "reg og konto"): "regel",
# "region" and "regulering" stop there.
_LABELS = tuple(
    (kind, rx.compile(source, rx.IGNORECASE), _keywords.anchor(rx.compile((source + twin).encode())))
    for kind, source, twin in (
        ("reg", r"reg(?<![^\W\d_]reg)", r"(?=[-.ni \xa0:#,/eoak0-9])"),
        ("konto", r"konto(?!r)", ""),
        ("konto", r"kto(?<![^\W\d_]kto)", ""),
        ("konto", r"acc(?<![^\W\d_]acc)(?:ount|t)?\.?", ""),
    )
)
# Without a label: the full form only, 4 + 10 digits. The pattern leads with the ten digits
# and checks the registration number in a look-behind: ten-digit runs are rare, digits are not.
_BARE = rx.compile(
    r"""
    [0-9]{10}
    (?!\w|[ \u00a0.,\-/][0-9])
    (?<=(?<![\w\-/+]|[0-9][ \u00a0.,\-])(?P<reg>[0-9]{4})(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0])[0-9]{10})
    """,
    rx.VERBOSE,
)
# Where _BARE can match, seen in the shape view (digits "0", letters "A"/"a", see _labels): led
# by the literal ten "0"s, which the scan jumps between instead of trying every digit.
_BARE_SHAPE = rx.compile(
    rb"0000000000(?!\w|[ \xa0.,\-/]0)"
    rb"(?<=(?<![\w\-/+]|0[ \xa0.,\-])0000(?:[ \xa0]?-[ \xa0]?|[ \xa0])0000000000)"
)

# Words before a bare number: the nearest one decides (as in the phone detector).
_POSITIVE = frozenset(
    """
    bank banken bankkonto bankoplysninger pengeinstitut pengeinstituttet konto kontoen
    kontonr kontonummer overfør overføres overført overførsel overførslen indbetal indbetales
    indbetaling indbetalingen udbetal udbetales udbetaling udbetalingen betal betales
    nemkonto account transfer reg regnr registreringsnummer
    """.split()
)
_NEGATIVE = frozenset(
    """
    sagsnr sagnr sagsnummer jnr journalnr journalnummer doknr dokumentnr dokumentnummer ref
    refnr faktura fakturanr fakturanummer ordre ordrenr ordrenummer kundenr kundenummer
    tlf telefon mobil fax cvr cvrnr senr pnr cpr cprnr personnr personnummer ean gln
    varenr serienr lbnr løbenr postnr dato kl lov stk §
    """.split()
)
_WORD = rx.compile(r"(?r)[^\W\d_]+(?:[.\-][^\W\d_]+)*|§")
_JOINERS = str.maketrans("", "", ".-")
_DIGIT = rx.compile(r"[0-9]")
_BEFORE = 40

_iban_lengths: dict[str, int | None] = {}
# The lengths in python-stdnum's BBAN structure ("4!n6!n8!c"): 4, 6 and 8.
_BBAN_PART = re.compile(r"([0-9]+)!")


def iban_length(country: str) -> int | None:
    """The full IBAN length for a country code, from python-stdnum's registry (None: unknown)."""
    if country not in _iban_lengths:
        from stdnum import numdb

        info = numdb.get("iban").info(country)
        bban = info[0][1].get("bban") if info and info[0][0] == country else None
        _iban_lengths[country] = (
            4 + sum(int(n) for n in _BBAN_PART.findall(bban)) if bban else None
        )
    return _iban_lengths[country]


def label_before(text: str, start: int) -> str | None:
    """'pos', 'neg' or None: the nearest bank or non-bank word in the 40 characters before."""
    for match in _WORD.finditer(text, max(0, start - _BEFORE), start):
        word = match.group().lower().translate(_JOINERS)
        if word in _POSITIVE:
            return "pos"
        if word in _NEGATIVE:
            return "neg"
    return None


class BankAccountDetector:
    rules = (RULE,)

    def find(self, text: str) -> Iterator[Span]:
        found: dict[int, Span] = {}
        self._ibans(text, found)
        lower = _labels.view(text).lower
        for kind, pattern, candidates in _LABELS:
            for pos in _keywords.label_positions(candidates, text, lower):
                hit = pattern.match(text, pos)
                if hit is not None:
                    self._after_label(text, kind, hit.end(), found)
        self._bare(text, found)
        yield from _without_overlaps(found)

    def _ibans(self, text: str, found: dict[int, Span]) -> None:
        for match in _labels.verified(_IBAN, _IBAN_SHAPE, text, _labels.view(text).shape):
            start, raw = match.start(), match.group()
            length = iban_length(raw[:2])
            if length is None:
                continue
            end = _end_after_alnum(raw, length)
            if end is None or (end < len(raw) and raw[end].isalnum()):
                continue  # too short, or glued to more characters than the country's IBAN has
            if _iban_valid(raw[:end]):
                found[start] = Span(RULE.code, start, start + end, 0.98)
            elif _IBAN_LABEL.search(text, max(0, start - 30), start):
                # A check-digit slip in an IBAN given as one ("IBAN:", "kontonummer til …"):
                # still someone's account, reported as a warning.
                found[start] = Span(RULE.code, start, start + end, 0.6, Severity.WARNING)

    def _after_label(self, text: str, kind: str, pos: int, found: dict[int, Span]) -> None:
        if _DIGIT.search(text, pos, pos + 120) is None:
            return  # most label words ("Region", "konto" in prose) have no number after them
        match = _AFTER_LABEL.match(text, pos, pos + 120)
        if match is None:
            return
        if match.group("alone") is not None:
            if kind != "konto":
                return  # "reg.nr. 12345678" is not an account (nor a car)
            start, end = match.span("alone")
            if not _grouped_ok(match.group("alone")) or _AMOUNT_AFTER.match(text, end):
                return
            found.setdefault(start, Span(RULE.code, start, end, 0.8, Severity.WARNING))
            return
        start, end = match.start("reg"), match.end()
        between = text[match.end("reg") : match.start("acct")]
        acct = match.group("acct")
        labelled = any(ch.isalpha() for ch in between)
        if len(acct) < 6 and not labelled:
            return  # "konto 4010 25000": a ledger account and an amount, not reg. + account
        # A dash or slash between them says "reg. - account" as a label would: "9070 - 1627 384 911".
        joined = "-" in between or "/" in between
        if not acct.isdigit() and not ((labelled or joined) and _grouped_ok(acct)):
            # "1234 567 890" is one grouped number: an account after "konto", else nothing.
            if kind == "konto" and not labelled and _grouped_ok(text[start:end]):
                if not _AMOUNT_AFTER.match(text, end):
                    found.setdefault(start, Span(RULE.code, start, end, 0.8, Severity.WARNING))
            return
        if not acct.isdigit() and not labelled and _AMOUNT_AFTER.match(text, end):
            return  # "Konto 2200 - 1 500 000 kr.": a ledger account and an amount
        found[start] = Span(RULE.code, start, end, 0.95)

    def _bare(self, text: str, found: dict[int, Span]) -> None:
        for match in _labels.verified(_BARE, _BARE_SHAPE, text, _labels.view(text).shape):
            start, end = match.start("reg"), match.end()
            if start in found:
                continue
            label = label_before(text, start)
            if label == "neg":
                continue
            if label == "pos":
                found[start] = Span(RULE.code, start, end, 0.9)
            else:
                found[start] = Span(RULE.code, start, end, 0.7, Severity.WARNING)


# A currency or unit after a number makes it an amount ("konto 4010 250 kr.").
_AMOUNT_AFTER = rx.compile(r"[ \u00a0]*(?:,-|%|(?i:kr|kroner|dkk|eur|usd|mio|mia)(?!\w))")


def _grouped_ok(number: str) -> bool:
    """A grouped account number has six to ten digits, like an account number written whole."""
    return number.isdigit() or 6 <= sum(ch.isdigit() for ch in number) <= 10


_LETTER_VALUES = {chr(ord("A") + i): str(10 + i) for i in range(26)}


@functools.lru_cache(maxsize=1024)
def _iban_valid(printed: str) -> bool:
    """python-stdnum's IBAN check, after a quick mod-97 test that rejects almost every non-IBAN.

    >>> _iban_valid('DK50 0040 0440 1162 43'), _iban_valid('DK51 0040 0440 1162 43')
    (True, False)
    """
    compact = printed.replace(" ", "").replace("\u00a0", "").replace("-", "")
    moved = compact[4:] + compact[:4]
    if int("".join(_LETTER_VALUES.get(ch, ch) for ch in moved)) % 97 != 1:
        return False
    from stdnum import iban

    return iban.is_valid(compact)


def _end_after_alnum(raw: str, count: int) -> int | None:
    seen = 0
    for i, ch in enumerate(raw):
        if ch.isalnum():
            seen += 1
            if seen == count:
                return i + 1
    return None


def _without_overlaps(found: dict[int, Span]) -> list[Span]:
    """One span per account: "konto 1234-1234567890" is seen from the label and bare."""
    kept: list[Span] = []
    for span in sorted(found.values(), key=lambda s: (s.start, -s.end)):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


DETECTORS = (BankAccountDetector,)
