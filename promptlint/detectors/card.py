"""Payment card numbers (PAN): 13-19 digits with a known issuer prefix and a valid Luhn digit.

A card number starts with the issuer's identification number (IIN) and ends with a Luhn check
digit (``stdnum.luhn``). It is printed in groups of four (``4571 1234 5678 9016``), as 4-6-5
for American Express and 4-6-4 for Diners, or without spaces. Known issuers and lengths:

* Visa ``4`` (13, 16, 19 digits), with Visa/Dankort ``4571``;
* Mastercard ``51``-``55`` and ``2221``-``2720`` (16); American Express ``34``, ``37`` (15);
* Dankort ``5019`` (16); Forbrugsforeningen ``600`` (16);
* Maestro ``5018``, ``5020``, ``5038``, ``5893``, ``6304``, ``6759``, ``6761``-``6763`` (13-19);
* Discover ``6011``, ``644``-``649``, ``65`` (16-19); JCB ``3528``-``3589`` (16-19);
* Diners Club ``300``-``305``, ``36``, ``38``, ``39`` (14, 16); UnionPay ``62`` (16-19).

Random digits pass Luhn one time in ten, so a contiguous run needs more than the check: 13 and
14 digits (the length of EAN product and location numbers) only with card words nearby;
15-19 digits without them are a warning. Words such as ``kortnr.``, ``Dankort``, ``Visa``,
``udløb``, ``CVC`` raise confidence; ``EAN``, ``faktura``, ``ordre``, ``Sagsnr.``, ``konto``
before the number mean it is something else.

Sources: DOMAIN.md section 1.3; ISO/IEC 7812 issuer ranges as published by the card schemes.
"""

from __future__ import annotations

from collections.abc import Iterator

from promptlint import _rx as rx
from promptlint.detectors import _labels
from promptlint.model import Rule, Severity, Span

RULE = Rule(
    code="FI002",
    name="payment-card",
    entity="payment_card",
    severity=Severity.ERROR,
    guideline=2,
    priority=85,
    mask="last4",
    message={
        "da": "Betalingskortnummer: kan misbruges til betaling og peger på kortholderen",
        "en": "Payment card number: can be misused for payment and points to the card holder",
    },
    what={
        "da": "Finder kortnumre på 13-19 cifre (fx 4571 1234 5678 9016) med et kendt "
        "udstedernummer (Dankort, Visa, Mastercard, American Express, Maestro m.fl.) og et "
        "gyldigt Luhn-kontrolciffer. Ord som 'kortnr.', 'Dankort', 'udløb' og 'CVC' øger "
        "sikkerheden; EAN-, faktura- og ordrenumre rapporteres ikke.",
        "en": "Finds card numbers of 13-19 digits (e.g. 4571 1234 5678 9016) with a known issuer "
        "prefix (Dankort, Visa, Mastercard, American Express, Maestro and others) and a valid "
        "Luhn check digit. Words such as 'kortnr.', 'Dankort', 'udløb' and 'CVC' raise "
        "confidence; EAN, invoice and order numbers are not reported.",
    },
    why={
        "da": "Et kortnummer er en fortrolig økonomisk oplysning: sammen med udløbsdato kan det "
        "bruges til at betale, og det peger på kortholderen. Retningslinje 2 forbyder "
        "personoplysninger og fortrolige oplysninger i offentlige AI-værktøjer.",
        "en": "A card number is confidential financial data: with the expiry date it can be used "
        "to pay, and it points to the card holder. Guideline 2 forbids personal and "
        "confidential data in public AI tools.",
    },
    instead={
        "da": "Fjern kortnummeret. Skal AI'en vide, hvilket kort det drejer sig om, så skriv fx "
        "'kortet der slutter på de fire sidste cifre' uden selve nummeret.",
        "en": "Remove the card number. If the AI must know which card is meant, write e.g. 'the "
        "card ending in its last four digits' without the number itself.",
    },
    examples=(
        "Dankort nr. 5019 7170 1010 3742",
        "Kortnummer 4571 1234 5678 9016, udløb 12/27",
        "Amex 3782 822463 10005",
        "Betalt med 5555555555554444",
    ),
    counter_examples=(
        "EAN-nr. 5798000123456",
        "Faktura nr. 4571123456789016",
        "Sagsnr. 2024-1234",
        "Kort 4571 1234 5678 9012 (forkert kontrolciffer)",
    ),
)

# 13-19 digits: contiguous, 4-4-4-4 (and 4-4-4-1..4, 4-4-4-4-3), or 4-6-5 / 4-6-4. The guards
# keep a match from starting or ending inside a longer number.
_CARD = rx.compile(
    r"""
    (?<![\w\-/+]|[0-9][ \u00a0.,\-])
    [0-9]{4}
    (?:
        [0-9]{9,15}
      | (?P<s>[ \u00a0\-])[0-9]{4}(?P=s)[0-9]{4}(?P=s)[0-9]{1,4}(?:(?P=s)[0-9]{3})?
      | (?P<a>[ \u00a0\-])[0-9]{6}(?P=a)[0-9]{4,5}
    )
    (?![0-9\w]|[\-.,][0-9])
    """,
    rx.VERBOSE,
)

# Where _CARD can match, seen in the shape view (digits "0", letters "A"/"a", see _labels): the
# same pattern led by the literal "0000". Digits are one in ten characters of case text; a scan
# that jumps from one "0000" to the next is four times faster than one that tries a digit class
# at every character. _CARD then checks each candidate.
_CARD_SHAPE = rx.compile_re(
    rb"0000(?<![\w\-/+]0000)(?<!0[ \xa0.,\-]0000)"
    rb"(?=(?:0{9,15}|(?P<s>[ \xa0\-])0000(?P=s)0000(?P=s)0{1,4}(?:(?P=s)000)?"
    rb"|(?P<a>[ \xa0\-])000000(?P=a)0{4,5})(?![0\w]|[\-.,]0))"
)

_SEPARATORS = str.maketrans("", "", " \u00a0-")

# (first digits, lowest, highest, lengths): an issuer's IIN range and card lengths.
_ISSUERS: tuple[tuple[int, int, int, frozenset[int]], ...] = (
    (1, 4, 4, frozenset((13, 16, 19))),  # Visa, Visa/Dankort 4571, Visa Electron
    (2, 51, 55, frozenset((16,))),  # Mastercard
    (4, 2221, 2720, frozenset((16,))),  # Mastercard 2-series
    (2, 34, 34, frozenset((15,))),  # American Express
    (2, 37, 37, frozenset((15,))),
    (4, 5019, 5019, frozenset((16,))),  # Dankort
    (3, 600, 600, frozenset((16,))),  # Forbrugsforeningen
    (4, 5018, 5018, frozenset(range(13, 20))),  # Maestro
    (4, 5020, 5020, frozenset(range(13, 20))),
    (4, 5038, 5038, frozenset(range(13, 20))),
    (4, 5893, 5893, frozenset(range(13, 20))),
    (4, 6304, 6304, frozenset(range(13, 20))),
    (4, 6759, 6759, frozenset(range(13, 20))),
    (4, 6761, 6763, frozenset(range(13, 20))),
    (4, 6011, 6011, frozenset(range(16, 20))),  # Discover
    (3, 644, 649, frozenset(range(16, 20))),
    (2, 65, 65, frozenset(range(16, 20))),
    (4, 3528, 3589, frozenset(range(16, 20))),  # JCB
    (3, 300, 305, frozenset((14, 16))),  # Diners Club
    (2, 36, 36, frozenset((14, 16))),
    (2, 38, 39, frozenset((14, 16))),
    (2, 62, 62, frozenset(range(16, 20))),  # UnionPay
)


def issuer_known(digits: str) -> bool:
    """True when the number's prefix and length match a known card issuer.

    >>> issuer_known('4571123456789016'), issuer_known('5019717010103742')
    (True, True)
    >>> issuer_known('5798000123456'), issuer_known('1234567812345670')
    (False, False)
    """
    length = len(digits)
    for width, low, high, lengths in _ISSUERS:
        if length in lengths and low <= int(digits[:width]) <= high:
            return True
    return False


def luhn_valid(digits: str) -> bool:
    from stdnum import luhn

    return luhn.is_valid(digits)


# Words near the number: the nearest one before it decides, and card words just after it
# ("udløb 12/27", "CVC 123") count too.
_POSITIVE = frozenset(
    """
    kort kortet kortnr kortnummer kortnummeret kortnumre betalingskort kreditkort debetkort
    hævekort dankort visa visadankort mastercard maestro amex american express diners jcb
    discover forbrugsforeningen kortholder kortholders udløb udløber udløbsdato gyldig
    cvc cvv cvv2 cvc2 card cardnumber pan credit debit expiry exp betalt betaling
    """.split()
)
_NEGATIVE = frozenset(
    """
    ean eannr eannummer gln glnnr lokationsnummer faktura fakturanr fakturanummer invoice
    ordre ordrenr ordrenummer order kundenr kundenummer sagsnr sagnr sagsnummer jnr
    journalnr doknr dokumentnr ref refnr konto kontonr kontonummer reg regnr iban bic
    tracking pakkenr forsendelse forsendelsesnr stregkode isbn issn serienr serienummer
    varenr varenummer cpr cprnr personnr tlf telefon mobil cvr cvrnr pnr id transaktion
    transaktionen transaktionsnr transaktionsid reference
    """.split()
)
_WORD_BACK = rx.compile(r"(?r)[^\W\d_]+(?:[.\-/][^\W\d_]+)*")
_WORD = rx.compile(r"[^\W\d_]+")
_JOINERS = str.maketrans("", "", ".-/")
_BEFORE = 48
_AFTER = 24


# Words right after a number that only a card has: its expiry or its security code ("4571 …
# exp 08/28"). They decide before any word before it ("kort over tlf: 4571 …").
_CARD_ONLY_AFTER = frozenset("exp expiry udløb udløber udløbsdato cvc cvv cvc2 cvv2".split())


def context(text: str, start: int, end: int) -> str | None:
    """'pos', 'neg' or None from the words around a number (an expiry or a security code right
    after it decides; otherwise the nearest word before)."""
    following = _WORD.search(text, end, end + 8)
    if following is not None and following.group().lower() in _CARD_ONLY_AFTER:
        return "pos"
    for match in _WORD_BACK.finditer(text, max(0, start - _BEFORE), start):
        word = match.group().lower().translate(_JOINERS)
        if word in _POSITIVE:
            return "pos"
        if word in _NEGATIVE:
            return "neg"
    for match in _WORD.finditer(text, end, end + _AFTER):
        word = match.group().lower()
        if word in _POSITIVE:
            return "pos"
    return None


class PaymentCardDetector:
    rules = (RULE,)

    def find(self, text: str) -> Iterator[Span]:
        for match in _labels.verified(_CARD, _CARD_SHAPE, text, _labels.view(text).shape):
            span = self._score(text, match)
            if span is not None:
                yield span

    def _score(self, text: str, match) -> Span | None:
        start, end = match.span()
        number = match.group()
        grouped = match.group("s") is not None or match.group("a") is not None
        digits = number.translate(_SEPARATORS) if grouped else number
        if not (issuer_known(digits) and luhn_valid(digits)):
            if not (grouped and len(digits) == 19):
                return None
            # "4571 1234 5678 9016 345": a 16-digit card followed by something else (a CVC)
            digits, end = digits[:16], end - 4
            if not (issuer_known(digits) and luhn_valid(digits)):
                return None
        label = context(text, start, end)
        if label == "neg":
            return None
        if label == "pos":
            return Span(RULE.code, start, end, 0.97)
        if grouped:
            return Span(RULE.code, start, end, 0.85)
        if len(digits) <= 14:
            return None  # 13-14 bare digits: as likely an EAN or another product number
        return Span(RULE.code, start, end, 0.6, Severity.WARNING)


DETECTORS = (PaymentCardDetector,)
