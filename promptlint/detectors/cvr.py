"""CVR, SE and P numbers: the Danish business register's identifiers.

* **CVR-nummer** (a legal unit, e.g. a company): eight digits, no leading zero, weighted
  modulus 11 with weights ``2 7 6 5 4 3 2 1`` (``stdnum.dk.cvr`` enforces it). The VAT form is
  ``DK12345678``.
* **SE-nummer** (a unit for VAT and tax): eight digits; for a firm with one SE number it is the
  CVR number, so the same check applies.
* **P-nummer** (a production unit, i.e. a physical site): ten digits, in practice ``10xxxxxxxx``.
  Erhvervsstyrelsen notes that one series was issued with wrong modulus-11 weights, so no
  checksum is required.

Eight digits are also a phone number, an invoice or an order number, and ten digits are also a
CPR number, so a number is a CVR, SE or P number here only when its label says so: ``CVR``,
``CVR-nr.``, ``cvr.nr``, ``SE-nr.``, ``P-nr.``, ``P-nummer``, ``momsnr.``, ``VAT`` right before
it (only words like ``nr.``, ``nummer`` or ``er``, or a note in brackets as in ``SE-nr. (hvis
forskelligt):``, between), or the ``DK`` prefix of the VAT form
with a valid checksum. A labelled number that fails the checksum is still reported, with lower
confidence: the label shows what it is meant to be (a typo in a real number is still the
number). Lists continue a label: ``CVR-nr. 25313763 og 30715063``.

Sources: Erhvervsstyrelsen, "Modulus 11 kontrol" and "CVR-numre, p-numre og SE-numre";
python-stdnum ``stdnum/dk/cvr.py``; DOMAIN.md section 1.2.
"""

from __future__ import annotations

from collections.abc import Iterator

from promptlint import _rx as rx
from promptlint.detectors import _keywords, _labels
from promptlint.model import Rule, Severity, Span

RULE = Rule(
    code="ID010",
    name="cvr-p-se-number",
    entity="cvr",
    severity=Severity.WARNING,
    guideline=2,
    priority=75,
    mask="default",
    message={
        "da": "CVR-, SE- eller P-nummer: identificerer en virksomhed (og ved enkeltmands"
        "virksomheder en person)",
        "en": "CVR, SE or P number: identifies a business (and, for a sole proprietorship, "
        "a person)",
    },
    what={
        "da": "Finder CVR-numre, SE-numre og P-numre, når der står 'CVR', 'CVR-nr.', 'SE-nr.', "
        "'P-nr.', 'momsnr.' eller 'VAT' foran, og momsnumre skrevet som DK12345678. "
        "CVR- og SE-numre kontrolleres med modulus 11; et nummer med etiket, der ikke består "
        "kontrollen, vises med lavere sikkerhed. Et 8-cifret nummer uden etiket rapporteres "
        "ikke, for det kan lige så godt være et telefon- eller fakturanummer.",
        "en": "Finds CVR, SE and P numbers after labels such as 'CVR', 'CVR-nr.', 'SE-nr.', "
        "'P-nr.', 'momsnr.' or 'VAT', and VAT numbers written as DK12345678. CVR and SE "
        "numbers are checked with modulus 11; a labelled number that fails the check is shown "
        "with lower confidence. An 8-digit number without a label is not reported: it could "
        "just as well be a phone or invoice number.",
    },
    why={
        "da": "Et CVR-nummer er offentligt og identificerer som regel en virksomhed, ikke en "
        "person, men for en enkeltmandsvirksomhed peger det direkte på ejeren, og sammen med "
        "sagens øvrige oplysninger afslører det, hvilken part sagen handler om. Derfor en "
        "advarsel og ikke en fejl: vurdér, om nummeret er nødvendigt (retningslinje 2).",
        "en": "A CVR number is public and usually identifies a company, not a person, but for a "
        "sole proprietorship it points straight at the owner, and together with the rest of the "
        "case it reveals which party the case is about. Hence a warning, not an error: judge "
        "whether the number is needed (guideline 2).",
    },
    instead={
        "da": "Fjern nummeret eller erstat det med [CVR]; beskriv virksomheden generelt "
        "(fx 'en mindre håndværksvirksomhed'), hvis AI'en skal kende sammenhængen.",
        "en": "Remove the number or replace it with [CVR]; describe the business in general "
        "terms (e.g. 'a small building firm') if the AI needs the context.",
    },
    examples=(
        "Leverandør: CVR-nr. 25313763",
        "SE-nr.: 25 31 37 63",
        "Produktionsenheden har P-nr. 1003388394",
        "Momsnummer DK25313763",
        '"LeverandoerCvr": "25313763"',
    ),
    counter_examples=(
        "Ring på tlf. 25313763",
        "Faktura nr. 25313763",
        "Der er afsat 12.345.678 kr.",
        "Se side 12345678",
        "udviklercvr 25313763",
    ),
)

# Scanning starts from the label, not the number: a number is never a CVR, SE or P number
# without one, and labels are rare where digits are not. Each label family is its own pattern
# led by a literal (look-arounds after it), so the regex module jumps from hit to hit. The
# lower-case twin of each pattern finds the candidates in the lowered view (see _labels), which
# is several times faster than a case-insensitive search; the pattern itself then decides.
_LABEL_SOURCES = (
    # Not inside a word, except as the capitalised end of a camelCase key ("MyndighedCvr").
    r"cvr(?:(?<![^\W\d_]cvr)|(?<=(?-i:[a-zæøå]Cvr)))",
    r"moms(?<![^\W\d_]moms)",
    r"vat(?<![^\W\d_]vat)(?![^\W\d_])",
    # SE-nr., SE nummer, P-nr., P.nr., pnr, P-nummer
    r"nr(?<=(?<![^\W\d_])(?:se|(?P<p>p))[-. ]?nr)",
    r"nummer(?<=(?<![^\W\d_])(?:se|(?P<p>p))[-. ]?nummer)",
    # "Produktionsenhed(snummer) 1003388394": the P-number's full name
    r"(?P<p>produktionsenhed)(?<![^\W\d_]produktionsenhed)",
)
# The lowered view cannot tell "MyndighedCvr" from "myndighedcvr": there the twin takes every "cvr".
_TWINS = {_LABEL_SOURCES[0]: "cvr"}
_LABELS = tuple(
    (
        rx.compile(source, rx.IGNORECASE),
        _keywords.anchor(rx.compile(_TWINS.get(source, source).encode())),
    )
    for source in _LABEL_SOURCES
)
# From the end of a label hit to the number: the rest of the label word ("-nummeret", "nr.",
# "registreringsnummer"), a form's dot leader ("CVR .........: 38174428"), a note in brackets
# as forms have it ("SE-nr. (hvis forskelligt):", "P-nr. (arbejdssted):"; no digits in it, so a
# bracketed number is never skipped), a few filler words ("nr.", "er", "lyder på"),
# punctuation (quotes and "=" of a config file: '"MyndighedCvr": "22106848"', "cvr=22106848"),
# and the optional "DK" of the VAT form. The label and filler parts are atomic groups: their
# nested optional spaces can split a run of blanks in hundreds of ways, and without (?>...) a
# label with no number after it tried them all (about 3 ms a label on real text).
_NUMBER_AFTER = rx.compile(
    r"""
    (?>[^\W\d_]{0,30}(?:[-./][^\W\d_]{1,20}){0,3}\.?)
    (?>[ \u00a0]{0,3}\.{3,40})?
    (?>[ \u00a0]{0,3}\([^()\n\d]{1,40}\))?
    (?>(?:["']?[ \u00a0]{0,3}[:#.(=]?[ \u00a0]{0,3}["']?\n?[ \u00a0]{0,3}
       (?:(?:nr|no|nummer|nummeret|number|er|is|lyder[ ]på|var)\.?(?![^\W\d_]))?
    ){0,3})
    [ \u00a0]{0,3}
    (?P<dk>DK[ \u00a0\-]?)?
    (?P<number>
        [0-9]
        (?:
            [0-9]{9}
          | [0-9]{7}
          | [0-9](?P<s>[ \u00a0.\-])[0-9]{2}(?P=s)[0-9]{2}(?P=s)[0-9]{2}
          | [0-9]{3}[ \u00a0\-][0-9]{4}
        )
    )
    (?!\w|[ \u00a0.,\-/][0-9])
    """,
    rx.VERBOSE | rx.IGNORECASE,
)
# The VAT form without a label: the literal leads the pattern, as above.
_VAT = rx.compile(
    r"""
    DK(?<!\wDK)[ \u00a0\-]?
    (?P<number>[1-9][0-9]{7}|[1-9][0-9](?P<s>[ \u00a0.])[0-9]{2}(?P=s)[0-9]{2}(?P=s)[0-9]{2})
    (?!\w|[ \u00a0.,\-/][0-9])
    """,
    rx.VERBOSE,
)
# "CVR-nr. 25313763 og 30715063": a list continues the label.
_NEXT = rx.compile(
    r"""
    (?:[ \u00a0]*[,;/&][ \u00a0]*(?:(?:og|and|samt)[ \u00a0]+)?|[ \u00a0]+(?:og|and|eller|or|samt)[ \u00a0]+)
    (?P<number>[1-9][0-9]{7}|[1-9][0-9](?P<s>[ \u00a0.\-])[0-9]{2}(?P=s)[0-9]{2}(?P=s)[0-9]{2})
    (?!\w|[ \u00a0.,\-/][0-9])
    """,
    rx.VERBOSE | rx.IGNORECASE,
)

_DIGIT = rx.compile(r"[0-9]")
_YEARS = rx.compile(r"(?:19|20)[0-9]{2}[ \u00a0\-](?:19|20)[0-9]{2}")


def is_valid_cvr(digits: str) -> bool:
    """The CVR/SE check (python-stdnum): eight digits, no leading zero, modulus 11."""
    from stdnum.dk import cvr

    return cvr.is_valid(digits)


# The SE and P labels are led by "nr" or "nummer" (look-behinds after them check "se"/"p"): two
# common literals whose every place the pattern would try. Their places come instead from the
# keyword index as the labels spelled out ("se-nr", "p.nummer" …), shifted to the "nr".
_SPELLED = {}
for _i, _word in ((3, "nr"), (4, "nummer")):
    _SPELLED[_LABELS[_i][1]] = tuple(
        (who + sep + _word, len(who + sep)) for who in ("se", "p") for sep in ("", "-", ".", " ")
    )
    _keywords.KEYWORDS.add(tuple(spelling for spelling, _ in _SPELLED[_LABELS[_i][1]]))


def _label_places(candidates, text: str, lower: bytes | bytearray) -> list[int]:
    """Where a label pattern may match: from the index's spelled-out labels where there are
    some (see _SPELLED), else as _keywords.label_positions finds them."""
    spelled = _SPELLED.get(candidates)
    if spelled is not None:
        places = [_keywords.KEYWORDS.positions(text, spelling) for spelling, _ in spelled]
        if None not in places:
            return sorted(
                {start + shift for (_, shift), found in zip(spelled, places, strict=True) for start in found}
            )
    return _keywords.label_positions(candidates, text, lower)


class CvrDetector:
    rules = (RULE,)

    def find(self, text: str) -> Iterator[Span]:
        found: dict[int, Span] = {}
        lower = _labels.view(text).lower
        # The rows of the table column read last: a label among them heads no column of its
        # own (a page of "| CVR |" rows would otherwise be read again from every row).
        rows = (0, -1)
        for pattern, candidates in _LABELS:
            for pos in _label_places(candidates, text, lower):
                hit = pattern.match(text, pos)
                if hit is not None:
                    kind = "p" if pattern.groups and hit.group("p") else "cvr"
                    if (
                        not self._after_label(text, kind, hit.end(), found)
                        and kind == "cvr"
                        and not rows[0] <= hit.start() <= rows[1]
                    ):
                        rows = _in_column(text, hit.start(), found)
        taken = None  # numbers already found after a label
        for match in _VAT.finditer(text):
            if taken is None:
                taken = {s.end for s in found.values()}
            if match.end() not in taken and is_valid_cvr(_digits(match.group("number"))):
                found[match.start()] = Span(RULE.code, match.start(), match.end(), 0.85)
        yield from sorted(found.values(), key=lambda s: s.start)

    def _after_label(self, text: str, kind: str, pos: int, found: dict[int, Span]) -> bool:
        """The number after the label at ``pos`` (and the numbers listed after it); False when
        no number follows."""
        if _DIGIT.search(text, pos, pos + 80) is None:
            return False  # "CVR-registret", "momsen": no number follows
        match = _NUMBER_AFTER.match(text, pos, pos + 80)
        if match is None:
            return False
        if _YEARS.fullmatch(match.group("number")):
            return True  # "moms 2023-2024": the years the VAT is for, not a number
        start = match.start("dk") if match.group("dk") else match.start("number")
        if "\n" in text[pos:start] and not _same_column(text, pos, start):
            return True  # "… Beløb ekskl. moms" ends a table's header: the row below is not its
        span = _score(kind, _digits(match.group("number")), start, match.end())
        if span is None or start in found:
            return True
        found[start] = span
        end = span.end
        while kind == "cvr":
            listed = _NEXT.match(text, end, end + 40)
            if listed is None or not is_valid_cvr(_digits(listed.group("number"))):
                return True  # an unchecked number in a list is more likely something else
            start, end = listed.start("number"), listed.end()
            found.setdefault(start, Span(RULE.code, start, end, 0.9))
        return True


def _same_column(text: str, label_end: int, start: int) -> bool:
    """A number on a line below its label stands under it (a letterhead's "CVR-nr.:" over its
    value, or a column), not at the start of the next row of a table whose header ends in the
    label ("Ordrenr.   …   Beløb ekskl. moms" over "87654321   …")."""
    label_line = text.rfind("\n", 0, label_end) + 1
    line = text[label_line:label_end]
    if "\t" not in line and line.strip().count("  ") < 2:
        return True  # no table row: a label on its own line, its value below
    word = len(line) - len(line.rstrip().rsplit(None, 1)[-1]) if line.strip() else 0
    column = start - (text.rfind("\n", 0, start) + 1)
    return abs(column - word) <= 2 or column >= word


# A table cell that holds a CVR number and nothing else: "16790370", "DK55273790", "66 64 47 23".
_CELL_NUMBER = rx.compile(
    r"[ \t]*(?P<number>(?:DK[ \u00a0\-]?)?(?:[1-9][0-9]{7}|[1-9][0-9](?P<s>[ \u00a0.])[0-9]{2}"
    r"(?P=s)[0-9]{2}(?P=s)[0-9]{2}))[ \t]*\Z"
)


def _in_column(text: str, label: int, found: dict[int, Span]) -> tuple[int, int]:
    """A "CVR" label that heads a column of a table ("| Tilbudsgiver | CVR-nr. | Pris |", or
    tab-separated): the valid CVR numbers in the cells below it. Returns the stretch of the
    rows read, from the first cell's start to the last cell's end ((0, -1): no table)."""
    first, read_to = 0, -1
    for start, end in _labels.column_cells(text, label):
        if read_to == -1:
            first = start
        read_to = end
        match = _CELL_NUMBER.match(text, start, end)
        if match is None:
            continue
        digits = _digits(match.group("number"))
        if is_valid_cvr(digits):
            a, b = match.span("number")
            found.setdefault(a, Span(RULE.code, a, b, 0.9))
    return first, read_to


def _digits(number: str) -> str:
    return "".join(ch for ch in number if "0" <= ch <= "9")


def _score(kind: str, digits: str, start: int, end: int) -> Span | None:
    if kind == "cvr":
        if len(digits) != 8:
            return None
        # A labelled number that fails modulus 11 is still what the label says, mistyped.
        confidence = 0.95 if is_valid_cvr(digits) else 0.6
        return Span(RULE.code, start, end, confidence)
    if len(digits) == 10:
        # P-numbers in use start with 1 ("10xxxxxxxx"); others are kept, but less sure.
        return Span(RULE.code, start, end, 0.9 if digits[0] == "1" else 0.7)
    return None


DETECTORS = (CvrDetector,)
