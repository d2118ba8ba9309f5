"""Phone numbers: Danish numbers in every grouping, and international numbers written with ``+``.

The Danish numbering plan is closed: eight digits, no trunk prefix, the first digit 2-9, shown
as ``NN NN NN NN``; from abroad ``+45`` or ``0045`` goes in front. That makes a bare Danish phone
number indistinguishable from most other 8-digit numbers: phonenumbers accepts about 69 % of
random 8-digit strings, 76 % of valid CVR numbers and 17 % of ``DDMMYYYY`` dates as valid Danish
numbers, and its matcher happily reports case numbers (``2024 - 2216``), journal numbers
(``2024-1234``), invoice numbers and amounts (``12.345.678``). So the matcher is not used; a
number is a phone number here only when its form or its label says so:

* ``+45`` / ``0045`` / ``(+45)`` in front of eight digits (first digit 2-9), any grouping;
* any other ``+CC`` or ``00CC`` number that phonenumbers validates for its country
  (``+46 8 12 34 56``, ``+298 20 12 34``), or that has a possible length for a known country
  and a phone word before it or printed digit groups (``UK mobile: +44 7700 900 412``: the
  ranges set aside for fiction fail validation, but a reader sees a phone number);
* a bare eight-digit number (``22334455``, ``22 33 44 55``, ``2233 4455``, ``22-33-44-55``,
  and ``3392 33 00`` right after the label) with a phone word before it: ``tlf.``,
  ``telefon``, ``mobil``, ``mob.``, ``ring``, ``sms``, ``direkte``, ``fax``, ``phone`` ...;
* without a label, only the canonical groupings ``NN NN NN NN`` and ``NNNN NNNN`` (a warning);
  contiguous digits right after an e-mail address (a contact line) are info, and otherwise
  never reported: they are far more often invoice, order or customer numbers.

A word for another kind of number right before it (``CVR``, ``P-nr.``, ``faktura``, ``ordre``,
``Sagsnr.``, ``J.nr.``, ``konto``, ``kr.``, within the last two words) makes an eight-digit
number something else, even in phone grouping; a phone word anywhere in the 60 characters
before makes it a phone number, the nearest label winning. A number followed by ``kr.``,
``%``, ``procent`` or ``,-`` is an amount, and ``2024-1234`` or ``2019 2024`` starts with a
year.

Sources: phonenumbers ``data/region_DK.py``; measurements in DOMAIN.md section 1.4.
"""

from __future__ import annotations

from collections.abc import Iterator

from promptlint import _rx as rx
from promptlint.detectors import _labels
from promptlint.model import Rule, Severity, Span

RULE = Rule(
    code="CT002",
    name="phone-number",
    entity="phone",
    severity=Severity.ERROR,
    guideline=2,
    priority=70,
    mask="default",
    message={
        "da": "Telefonnummer: en kontaktoplysning, der peger direkte på en person",
        "en": "Phone number: contact data that points directly to a person",
    },
    what={
        "da": "Finder telefonnumre: danske numre med +45 eller 0045 foran, udenlandske numre med "
        "+landekode (kontrolleret med phonenumbers), og danske 8-cifrede numre når der står "
        "'tlf.', 'mobil', 'ring' o.l. foran, eller når de er skrevet som 22 33 44 55 eller "
        "2233 4455. Datoer, beløb, CVR-numre, sags-, journal-, faktura- og ordrenumre "
        "rapporteres ikke.",
        "en": "Finds phone numbers: Danish numbers with +45 or 0045 in front, foreign numbers "
        "with a +country code (validated with phonenumbers), and Danish 8-digit numbers after "
        "'tlf.', 'mobil', 'ring' and similar labels, or written as 22 33 44 55 or 2233 4455. "
        "Dates, amounts, CVR numbers, case, journal, invoice and order numbers are not reported.",
    },
    why={
        "da": "Et privat telefon- eller mobilnummer identificerer en person og kan bruges til at "
        "kontakte vedkommende. Retningslinje 2 forbyder personoplysninger i offentlige "
        "AI-værktøjer. Et nummer uden 'tlf.' foran, men i telefonformat, vises som advarsel.",
        "en": "A private phone or mobile number identifies a person and can be used to contact "
        "them. Guideline 2 forbids personal data in public AI tools. A number without a label "
        "but in phone grouping is shown as a warning.",
    },
    instead={
        "da": "Fjern nummeret eller erstat det med [telefon]. AI'en har ikke brug for det for at "
        "hjælpe med teksten.",
        "en": "Remove the number or replace it with [phone]. The AI does not need it to help "
        "with the text.",
    },
    examples=(
        "Ring til Mette på tlf. 22 33 44 55",
        "Mobil: 22334455",
        "Direkte: +45 33 92 33 00",
        "(+45) 3392 3300",
        "Kontoret i Stockholm: +46 8 123 456 78",
    ),
    counter_examples=(
        "CVR-nr. 25313763",
        "Faktura nr. 40123456",
        "J.nr. 2024-1234",
        "Mødet er den 21.10.2024",
        "Budgettet er 12.345.678 kr.",
        "Sagsnr. 2024 - 2216",
    ),
)

# A bare Danish number: 8 digits (first 2-9), contiguous or in one of the groupings people use.
# The guards keep it from starting or ending inside a longer number (a CPR, a card, an IBAN).
# One fixed first character, then the alternatives: an alternation of whole patterns, each with
# its own look-behind, makes the regex module try every position (30 times slower).
_DK = rx.compile(
    r"""
    (?<![\w+\-]|[0-9][ \u00a0.,\-])
    [2-9]
    (?:
        [0-9]{7}                                                        # 22334455
      | [0-9](?P<s>[ \u00a0.\-])[0-9]{2}(?P=s)[0-9]{2}(?P=s)[0-9]{2}     # 22 33 44 55
      | [0-9]{3}(?P<h>[ \u00a0.\-])[0-9]{4}                               # 2233 4455
      | [0-9]{3}(?P<q>[ \u00a0])[0-9]{2}(?P=q)[0-9]{2}                    # 3392 33 00
    )
    (?!\w|[ \u00a0.,\-][0-9](?![0-9]?/[0-9]))   # no longer number after it; a date may follow
    """,
    rx.VERBOSE,
)

# Where _DK can match, seen in the shape view (digits "0", letters "A"/"a", see _labels): the
# same pattern led by the literal "00", which the scan jumps between three times faster than it
# tries a digit class at every character. _DK then checks each candidate (and its first digit).
_DK_SHAPE = rx.compile_re(
    rb"00(?<![\w+\-]00)(?<!0[ \xa0.,\-]00)"
    rb"(?=(?:000000|(?P<s>[ \xa0.\-])00(?P=s)00(?P=s)00|00[ \xa0.\-]0000|00(?P<q>[ \xa0])00(?P=q)00)"
    rb"(?!\w|[ \xa0.,\-]0(?!0?/0)))"
)

# Anything written with an international prefix, ``+`` or ``00``, and digits, with the separators
# and the British ``(0)`` that people put between them. Bounded, so linear. Two patterns that
# start with a literal (the look-behind comes after it) let the regex module jump from one
# candidate to the next instead of trying every position.
_INTL_BODY = r"[ ]?[1-9](?:[ \u00a0.\-]?(?:\)[ ]?)?(?:\(0\)[ ]?)?[0-9]){5,16}(?![0-9])"
_PLUS = rx.compile(r"\+(?<![\w+]\+)" + _INTL_BODY)
_ZERO = rx.compile(r"00(?<![\w+]00|[0-9][ \u00a0.,\-]00)" + _INTL_BODY)

# Labels are looked up as words: the words before a number are read backwards, and the first
# one that is a label decides ("nearest label wins"). Abbreviations joined by dots or hyphens
# are one word without them: "J.nr." -> "jnr", "CVR-nr." -> "cvrnr", "tlf.nr" -> "tlfnr".
_POSITIVE = frozenset(
    """
    tlf tlfnr telefon telefonnr telefonnummer telefonnummeret telefonnumre telefonisk tel
    telephone phone mobil mobilnr mobilnummer mobilnummeret mobiltelefon mobiltlf mob mobile
    cell cellphone ring ringe ringer ringes ringede ringet opringning opkald sms smse direkte
    dir direktenr fax telefax hovednummer omstilling omstillingen vagttelefon vagttelefonen
    hotline hotlinen træffes nås kontakttelefon kontaktnummer privatnummer privattelefon
    arbejdstelefon fastnet fastnettelefon whatsapp call contact kontakt kontakte kontaktes
    kontaktet kundeservice kundeservicen support servicecenter servicecentret borgerservice
    døgnvagt vagt vagten akuttelefon
    """.split()
)
_NEGATIVE = frozenset(
    """
    cvr cvrnr cvrnummer senr senummer pnr pnummer momsnr momsnummer vat
    faktura fakturanr fakturanummer fakturaen fakt invoice ordre ordrenr ordrenummer ordren
    fakturaer fakturanumre inv invoices invoiceno
    order kundenr kundenummer kundenummeret customer
    sagsnr sagnr sagsnummer sagsnummeret jnr journalnr journalnummer journal
    doknr dokumentnr dokumentnummer dok akt aktnr ref refnr reference bilag
    konto kontonr kontonummer kontonummeret kto bankkonto nemkonto account reg regnr
    registreringsnummer iban bic swift kortnr kortnummer kortnummeret card
    kr dkk eur usd kroner beløb beløbet pris prisen løn lønnen mio mia
    dato date kl klokken lov lbk bek bkg bekendtgørelse stk cirkulære §
    ean eannr gln isbn issn varenr varenummer pakkenr pakkenummer forsendelse forsendelsesnr
    tracking serienr serienummer lbnr løbenr løbenummer postnr postnummer postnummeret
    indkøbsordrenummer indkøbsordrenr indkøbsordre rekvisitionsnummer rekvisitionsnr
    bestillingsnummer bestillingsnr
    postnumre postnumrene journalnummeret dokumentnummeret fakturanummeret ordrenummeret
    cpr cprnr personnr personnummer medlemsnr medlemsnummer policenr policenummer
    skadesnr skadenr skadesnummer kontraktnr kontraktnummer version id pin pinkode kode
    password adgangskode
    """.split()
)
# Words for a time or a date, which take the first number after them, not a later one.
_TIME_WORDS = frozenset(("kl", "klokken", "dato", "date"))


def _clock_took_its_number(word: str, between: str) -> bool:
    """"træffes efter kl. 14.30 på 24 63 18 90": the time word's own number stands between it
    and the candidate, so the word says nothing about the candidate."""
    return word in _TIME_WORDS and any(char.isdigit() for char in between)
# "mit nummer", "hendes nr." name a phone number without a phone word.
_POSSESSIVE = frozenset("mit dit hans hendes jeres vores privat private nyt nye".split())
_NUMBER_WORDS = frozenset(("nummer", "nr", "nummeret"))
_SHORT_LABELS = frozenset(("T", "M", "F", "Tlf", "Mob", "Tel"))  # "T: 33 92 33 00" in signatures
_WORD = rx.compile(r"(?r)[^\W\d_]+(?:[.\-'][^\W\d_]+)*|§")
_JOINERS = str.maketrans("", "", ".-'")
_LABEL_AFTER = rx.compile(
    r"[ \u00a0]*[(\[]?[ ]?(?:mobil|mob|tlf|telefon|privat|arbejde|direkte|fastnet)(?!\w)",
    rx.IGNORECASE,
)
# A number followed by a currency or a unit is a quantity ("25 30 35 40 procent").
_AMOUNT_AFTER = rx.compile(
    r"[ \u00a0]*(?:,-|%|(?:kr|kroner|dkk|eur|usd|mio|mia|stk|procent|pct|point|år|måneder"
    r"|dage|timer|minutter|gange|personer|borgere|m2|km|kg)(?!\w))",
    rx.IGNORECASE,
)
_BEFORE = 60
_AFTER = 16
_CONTACT = 40


# Words that may stand between a label and its number ("Faktura nummer er 12345678").
_FILLER = frozenset("nr no nummer nummeret number er var is på lyder".split())
# A word that shows another kind of number counts only if it is one of the two words right
# before the number; a phone word counts anywhere in the window. So "ring på 22 33 44 55" wins
# over a "Sagsnr." earlier in the sentence, and "Faktura nr. 22 33 44 55" stays an invoice.
_NEGATIVE_REACH = 2


def label_before(text: str, start: int) -> tuple[str | None, int]:
    """The phone ('pos') or non-phone ('neg') label before ``start``, or None (see above),
    and how many words other than filler stand between it and the number.
    """
    # Most numbers have their label right before them ("Tlf. 86 59 11 95", "ordrenummer
    # 40123456"): the nearest word, read by hand, decides without the regex loop below.
    nearest = _nearest_word(text, start)
    if nearest is not None:
        raw, end = nearest
        word = raw.lower().translate(_JOINERS)
        if word in _POSITIVE:
            return "pos", 0
        if word in _NEGATIVE:
            between = text[end:start]
            colon = between.find(":")
            if _clock_took_its_number(word, between):
                pass
            elif colon == -1 or ")" not in between[:colon]:
                return "neg", 0
        if raw in _SHORT_LABELS and text.startswith(":", end):
            return "pos", 0
    return _label_before_words(text, start)


def _nearest_word(text: str, start: int) -> tuple[str, int] | None:
    """The word _WORD's reverse search finds first before ``start`` (and where it ends), read
    with string methods, when the text there is Latin-1 (where ``str.isalpha`` is exactly
    ``[^\\W\\d_]``); None when there is no such word nearby or the text is not Latin-1."""
    lo = max(0, start - _BEFORE)
    end = start
    while end > lo:
        char = text[end - 1]
        if char > "\xff":
            return None
        if char.isalpha() or char == "§":
            break
        end -= 1
    else:
        return None
    if text[end - 1] == "§":
        return "§", end
    begin = end - 1
    while True:
        while begin > lo and text[begin - 1].isalpha():
            begin -= 1
        if begin > lo and text[begin - 1] > "\xff":
            return None
        # A joined abbreviation reads on: "CPR-nr", "J.nr", "O'Brien".
        if begin - 1 > lo and text[begin - 1] in ".-'" and text[begin - 2].isalpha():
            begin -= 2
            continue
        if begin - 1 > lo and text[begin - 1] in ".-'" and text[begin - 2] > "\xff":
            return None
        word = text[begin:end]
        if not word.isascii() and max(word) > "\xff":
            return None
        return word, end


def _label_before_words(text: str, start: int) -> tuple[str | None, int]:
    """label_before, word by word with _WORD."""
    later = ""
    words = 0
    for match in _WORD.finditer(text, max(0, start - _BEFORE), start):
        raw = match.group()
        word = raw.lower().translate(_JOINERS)
        if word in _POSITIVE:
            return "pos", words
        if word in _NEGATIVE:
            between = text[match.end() : start]
            colon = between.find(":")
            if colon != -1 and ")" in between[:colon]:
                pass  # "Hovednummer (hverdage kl. 8–15): …": a note in the label's brackets
            elif _clock_took_its_number(word, between):
                pass
            elif words < _NEGATIVE_REACH:
                return "neg", words
        elif raw in _SHORT_LABELS and text.startswith(":", match.end()):
            return "pos", words
        elif later in _NUMBER_WORDS and word in _POSSESSIVE:
            return "pos", words
        if word not in _FILLER:
            words += 1
        later = word
    return None, words


# Table columns of phone numbers: "Mobil", "Telefon", "Tlf.", "Phone", "Direkte".
_PHONE_HEADERS = ("mobil", "telefon", "tlf", "phone", "mobile", "direkte", "direct", "tel")


class PhoneDetector:
    rules = (RULE,)

    def find(self, text: str) -> Iterator[Span]:
        prefixed = self._international(text)
        taken = iter(prefixed)
        block = next(taken, None)
        labels: dict[int, tuple[str | None, int]] = {}

        def candidates() -> Iterator[int]:
            # A word for another kind of number before it rules a number out whatever its form
            # (see _danish), so such a candidate is not worth checking. Phone numbers cannot
            # start inside one another, so skipping one unchecked hides none.
            for hit in _DK_SHAPE.finditer(_labels.view(text).shape):
                label = labels[hit.start()] = label_before(text, hit.start())
                if label[0] != "neg":
                    yield hit.start()

        for match in _labels.verified(_DK, candidates(), text):
            start, end = match.span()
            while block is not None and block.end <= start:
                yield block
                block = next(taken, None)
            if block is not None and block.start < end:
                continue  # "+45 22 33 44 55", "(+45) 2233 4455": already found with the prefix
            span = self._danish(text, match, start, end, labels[start])
            if span is not None:
                yield span
        while block is not None:
            yield block
            block = next(taken, None)

    def _danish(
        self, text: str, match, start: int, end: int, label_found: tuple[str | None, int]
    ) -> Span | None:
        """Score a match of _DK; ``label_found`` is ``label_before(text, start)``."""
        sep = match.group("h")
        if sep is not None and sep in "-." and text[start : start + 2] in ("19", "20"):
            return None  # "2024-1234", "2019-2024": a journal number or a span of years
        label, distance = label_found
        if label == "neg" or _AMOUNT_AFTER.match(text, end, end + _AFTER):
            return None  # another kind of number before it (see below), or an amount
        if label is None and _LABEL_AFTER.match(text, end, end + _AFTER):
            label, distance = "pos", 0
        if label is None and _labels.alone_in_cell(text, start, end):
            header = _labels.column_header(text, start)
            if header is not None and header.startswith(_PHONE_HEADERS):
                label, distance = "pos", 0  # the column "Mobil" of a staff list
        if match.group("q") is not None:
            # "3392 33 00" is a phone number only right after its label: "Tlf. 3392 33 00".
            return Span(RULE.code, start, end, 0.9) if label == "pos" and distance == 0 else None
        if label == "pos":
            return Span(RULE.code, start, end, 0.95)
        if label == "neg" or text.startswith("/", end) or text.startswith("/", start - 1):
            return None  # "22334455/66778899" is two phone numbers only after "tlf."
        # No label: only the canonical groupings NN NN NN NN and NNNN NNNN.
        pairs = match.group("s")
        if pairs is not None:
            if pairs == ".":
                return None  # 10.20.30.40 is more often an IP address or a version number
            return Span(RULE.code, start, end, 0.75, Severity.WARNING)
        if sep is not None and sep in " \u00a0":
            if text[start : start + 2] in ("19", "20") and text[end - 4 : end - 2] in ("19", "20"):
                return None  # "2023 2024": two years side by side
            return Span(RULE.code, start, end, 0.7, Severity.WARNING)
        if sep is None and "@" in text[max(0, start - _CONTACT) : start]:
            # "Mette Hansen, mette@firma.dk, 22334455": a contact line (a signature, a list of
            # participants) puts a phone number next to the e-mail address without a label.
            # Bare digits are never more than info, though.
            return Span(RULE.code, start, end, 0.55, Severity.INFO)
        return None

    def _international(self, text: str) -> list[Span]:
        found = []
        for pattern in (_PLUS, _ZERO):
            for match in pattern.finditer(text):
                span = self._international_one(text, match.start(), match.group())
                if span is not None:
                    found.append(span)
        found.sort(key=lambda s: s.start)
        return found

    def _international_one(self, text: str, start: int, raw: str) -> Span | None:
        digits = [i for i, ch in enumerate(raw) if "0" <= ch <= "9"]
        national = digits[2:] if raw.startswith("00") else digits
        end = None
        if raw[national[0]] == "4" and raw[national[1]] == "5":
            # Denmark: eight national digits after 45, the first of them 2-9.
            if len(national) < 10 or not "2" <= raw[national[2]] <= "9":
                return None
            if len(national) > 10 and national[10] == national[9] + 1:
                return None  # "+4522334455667788": glued to more digits
            end = start + national[9] + 1
            confidence = 0.95
        else:
            length = _validated_length(raw, national)
            confidence = 0.9
            if length is None:
                length = self._possible_length(text, start, raw)
                confidence = 0.75
            if length is None:
                return None
            end = start + length
        # "(+45) 3392 3300": the bracket around the country code belongs to the number; the
        # brackets around a whole number, "(+45 3392 3300)", are punctuation.
        if ")" in raw.replace("(0)", "") and (
            text.startswith("(", start - 1) or text.startswith("( ", start - 2)
        ):
            start = text.rindex("(", 0, start)
        return Span(RULE.code, start, end, confidence)

    @staticmethod
    def _possible_length(text: str, start: int, raw: str) -> int | None:
        """A foreign number that phonenumbers cannot validate but that has a possible length.

        Ranges set aside for fiction and tests (UK 07700 900xxx, US 555-01xx) and numbers in new
        ranges fail validation, yet a reader sees a phone number: a "+CC" number with a known
        country code, a possible length and either a phone word before it ("UK mobile: +44 7700
        900 412") or the digit groups that people print ("+1 555 010 0199"). An amount ("+250
        000 kr.") is not one.
        """
        import phonenumbers

        try:
            number = phonenumbers.parse(raw, "DK")
        except phonenumbers.NumberParseException:
            return None
        if (
            number.country_code == 45
            or phonenumbers.region_code_for_country_code(number.country_code) == "ZZ"
            or not phonenumbers.is_possible_number(number)
        ):
            return None
        end = start + len(raw)
        if _AMOUNT_AFTER.match(text, end, end + _AFTER):
            return None
        groups = sum(1 for part in _GROUPS.split(raw.strip()) if part)
        if groups >= 3 or label_before(text, start)[0] == "pos":
            return len(raw)
        return None


# Separators between the digit groups of a printed number.
_GROUPS = rx.compile(r"[ \u00a0.\-()]+")


def _validated_length(raw: str, national: list[int]) -> int | None:
    """Another country: let phonenumbers decide, trimming trailing digit groups it rejects."""
    import phonenumbers

    candidate = raw
    for _ in range(4):
        try:
            number = phonenumbers.parse(candidate, "DK")
        except phonenumbers.NumberParseException:
            number = None
        if number is not None and number.country_code != 45:
            if phonenumbers.is_valid_number(number):
                return len(candidate)
        cut = max(candidate.rfind(" "), candidate.rfind("-"), candidate.rfind("."))
        if cut <= national[0] + 4:
            return None
        candidate = candidate[:cut].rstrip(" \u00a0.-(")
    return None


DETECTORS = (PhoneDetector,)
