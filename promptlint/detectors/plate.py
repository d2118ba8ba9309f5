"""Danish licence plates (nummerplader), reported only when the text is about a vehicle.

Standard plates since the 1966 central register carry two letters and up to five digits,
written ``AB 12 345`` (DOMAIN.md §1.5; Motorstyrelsen, nrpl.dk). The series never uses
``F G I Q W Æ Ø Å``, and ``O`` only as the first letter. Since 2012 the numbers are random.

The same shape is common in product, part and order codes (``XY 12 345``), so a plate is
reported only when a vehicle word is near it: *nummerplade*, *registreringsnummer*, *bil*,
*køretøj*, *vogn*, *lastbil*, *parkeret* … ``reg.nr.`` counts only without bank words around it
(it is also a bank's registration number). Words for other kinds of codes (*varenr.*, *model*,
*ordre*, *faktura*) cancel a match. Without vehicle context nothing is reported: precision
matters more than the rare unlabelled plate.

Personal plates (*ønskeplader*, 2–7 free characters) can only be told from words by a label,
so they are reported right after ``nummerplade``/``registreringsnummer`` and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from promptlint import _rx as rx
from promptlint.detectors import _keywords, _labels
from promptlint.model import Rule, Severity, Span

RULE = Rule(
    code="ID030",
    name="licence-plate",
    entity="licence_plate",
    severity=Severity.WARNING,
    guideline=2,
    priority=55,
    mask="default",
    message={
        "da": "Nummerplade: kan føres tilbage til køretøjets ejer eller bruger",
        "en": "Licence plate: can be traced to the vehicle's owner or user",
    },
    what={
        "da": "Finder danske nummerplader (to bogstaver og op til fem cifre, fx AB 12 345), når "
        "teksten handler om et køretøj (nummerplade, registreringsnummer, bil, køretøj, vogn). "
        "Uden den sammenhæng rapporteres intet, fordi samme form bruges til varenumre.",
        "en": "Finds Danish licence plates (two letters and up to five digits, e.g. AB 12 345) "
        "when the text is about a vehicle (nummerplade, registreringsnummer, bil, køretøj, "
        "vogn). Without that context nothing is reported, because product codes share the shape.",
    },
    why={
        "da": "Et registreringsnummer kan slås op i Motorregistret og føres tilbage til en ejer "
        "eller bruger; det er derfor en personoplysning. Retningslinje 2 forbyder "
        "personoplysninger i offentlige AI-værktøjer.",
        "en": "A registration number can be looked up in the motor register and traced to an "
        "owner or user, so it is personal data. Guideline 2 forbids personal data in public AI tools.",
    },
    instead={
        "da": "Erstat nummerpladen med en pladsholder som [nummerplade].",
        "en": "Replace the plate with a placeholder such as [licence plate].",
    },
    examples=(
        "Bilen med nummerplade AB 12 345 holdt ulovligt parkeret",
        "Køretøjets registreringsnummer er CD 98 765",
    ),
    counter_examples=(
        "Varenr. AB 12 345 er udsolgt",
        "Se model XY 12 345 i kataloget",
        "Reg.nr. 1234 konto 1234567890",
    ),
)

# The 1966 series: no F G I Q W (nor Æ Ø Å); O only as the first letter.
_FIRST = "ABCDEHJKLMNOPRSTUVXYZ"
_SECOND = "ABCDEHJKLMNPRSTUVXYZ"
# The guard against a longer word comes after the two letters, so that the regex engine can skip
# straight to capital letters.
_PLATE = rx.compile_re(
    rf"[{_FIRST}][{_SECOND}](?<![\w-]..)[ \u00a0-]?(?:\d{{2}}[ \u00a0-]?\d{{3}}|\d{{1,4}})"
    r"(?![\w]|[-.,/]\d)"
)
# Where _PLATE can match, seen in the shape view (capitals "A", digits "0", see _labels): led by
# the literal "AA", which the scan jumps between, where two classes of capitals make the regex
# engine test every capital. _PLATE then checks each candidate and its letters.
_PLATE_SHAPE = rx.compile_re(rb"AA(?<![\w-]AA)(?=[ \xa0-]?(?:00[ \xa0-]?000|0{1,4})(?!\w|[-.,/]0))")
_STANDARD = rx.compile_re(r"[A-Z]{2}[ \u00a0-]?\d{2}[ \u00a0-]?\d{3}")

# A label right before the value: the strongest evidence, and the only one for personal plates.
_LABEL = (
    r"nummerplade\w*|nr\.?-?plade\w*|registreringsnummer\w*|registreringsnr\.?|reg\.?\s?nr\.?|"
    r"regnr\.?|licen[cs]e\s+plate\w*|number\s+plate\w*|registration(?:\s+(?:no\.?|number))?"
)
_LABEL_BEFORE = rx.compile_re(
    rf"(?<!\w)(?:{_LABEL})(?:[\s:.#]|(?<!\w)(?:er|is|med|with)(?!\w))*$", re.IGNORECASE
)
_VEHICLE = rx.compile_re(
    r"(?<!\w)(?:nummerplade\w*|registreringsnummer\w*|registreringsnr|indregistre\w*|"
    r"\w*bil(?:en|ens|er|erne|nummer|nr)?|køretøj\w*|\w*vogn(?:en|ens|e|ene)?|motorcykel\w*|"
    r"knallert\w*|scooter\w*|trailer\w*|taxa\w*|parkere\w*|parkering\w*|p-afgift\w*|fartbøde\w*|"
    r"kørte|kører|kørende|fører(?:en)?|licen[cs]e\s+plate|number\s+plate|vehicle\w*|car)(?!\w)",
    re.IGNORECASE,
)
_OTHER_CODE = rx.compile_re(
    r"(?<!\w)(?:vare\w*|art\.?\s?nr|artikel\w*|produkt\w*|model\w*|ordre\w*|order\w*|faktura\w*|"
    r"invoice|serie\w*|sku|part|item|lot|batch|sag\w*|j\.?\s?nr|konto\w*|account|bank\w*|"
    r"postnr|kode\w*|code)(?!\w)",
    re.IGNORECASE,
)
_BANK = rx.compile_re(r"(?<!\w)(?:konto\w*|kontonr|account|bank\w*|iban)(?!\w)", re.IGNORECASE)
_PERSONAL_LABEL = rx.compile_re(
    r"(?<!\w)(?:nummerplade\w*|registreringsnummer\w*)(?:[ \u00a0:]|(?<!\w)(?:er|med)(?!\w)){0,6}",
    re.IGNORECASE,
)
# Personal plates are looked for only where one of these is written as given (not "Plade"); the
# lowered view (see _labels) finds the candidates, and the same words lead to the labels.
_PERSONAL_HINTS = ("plade", "PLADE", "registreringsn", "Registreringsn", "REGISTRERINGSN")
_PLADE = _keywords.anchor(rx.compile_re(b"plade"))
_REGISTRERINGSN = _keywords.anchor(rx.compile_re(b"registreringsn"))
_PERSONAL = rx.compile_re(r"[A-ZÆØÅ0-9](?:[A-ZÆØÅ0-9 ]{0,6}[A-ZÆØÅ0-9])?(?![\w]|[-.]\w)")
_BEFORE = 50
_AFTER = 30


class LicencePlateDetector:
    rules = (RULE,)

    def find(self, text: str) -> Iterator[Span]:
        view = _labels.view(text)
        if view.ascii_digits:
            plates = _labels.verified(_PLATE, _PLATE_SHAPE, text, view.shape)
        else:
            plates = _PLATE.finditer(text)
        for match in plates:
            span = self._score(text, match.start(), match.end())
            if span is not None:
                yield span
        lower = view.lower
        plade = _keywords.label_positions(_PLADE, text, lower)
        registreringsn = _keywords.label_positions(_REGISTRERINGSN, text, lower)
        if any(text.startswith(_PERSONAL_HINTS, hit) for hit in plade + registreringsn):
            labels = [hit - 6 for hit in plade if hit >= 6 and lower.startswith(b"nummer", hit - 6)]
            labels += [
                hit for hit in registreringsn if lower.startswith(b"registreringsnummer", hit)
            ]
            yield from self._personal(text, sorted(labels))

    def _score(self, text: str, start: int, end: int) -> Span | None:
        before = text[max(0, start - _BEFORE) : start]
        after = text[end : end + _AFTER]
        standard = _STANDARD.fullmatch(text, start, end) is not None
        label = _LABEL_BEFORE.search(before)
        if label is not None and "reg" in label.group().casefold()[:4]:
            # "Reg.nr." before a number is usually a bank's registration number.
            if _BANK.search(before) or _BANK.search(after):
                label = None
        if label is None and _OTHER_CODE.search(before[-25:]):
            return None
        vehicle = _VEHICLE.search(before) or _VEHICLE.search(after)
        if label is None and not vehicle:
            return None
        if not standard and label is None:
            # Short plates (AB 1234) look like too many other codes without a label.
            return None
        confidence = 0.9 if label is not None else 0.75
        if not standard:
            confidence -= 0.1
        severity = Severity.ERROR if label is not None and standard else Severity.WARNING
        return Span(RULE.code, start, end, confidence, severity)

    def _personal(self, text: str, starts: list[int]) -> Iterator[Span]:
        """Personal plates (ønskeplader) directly after an explicit plate label."""
        end = 0
        for start in starts:
            label = _PERSONAL_LABEL.match(text, start) if start >= end else None
            if label is None:
                continue
            end = label.end()
            value = _PERSONAL.match(text, label.end())
            if value is None or _PLATE.match(text, value.start()):
                continue
            token = value.group()
            if not any(ch.isalpha() for ch in token) or len(token.replace(" ", "")) < 2:
                continue
            yield Span(RULE.code, value.start(), value.end(), 0.7, Severity.WARNING)


DETECTORS = (LicencePlateDetector,)
