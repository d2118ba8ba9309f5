"""Passport numbers, reported only right after a passport label.

Danish passports carry a nine-digit number without separators or check digit (Microsoft
Purview's *Denmark passport number* type: "nine digits without spaces and delimiters",
no checksum). Foreign passports that citizens show a Danish authority follow ICAO Doc 9303:
up to nine characters, letters and digits (``C01X00T47``, ``L898902C3``, ``AA1234567``).

A bare nine-digit number is also a phone number with a prefix, an account, an invoice, so the
number must follow a label within a few characters: ``pasnummer``, ``pasnr.``, ``pas nr.``,
``pas:``, ``rejsepas``, ``passport no.``, ``passport number``. The word ``pas`` on its own is
ordinary Danish (*pas på* = watch out), so it counts only with ``nr``/``nummer`` or a colon and
the number straight after it. Nine digits score highest (the Danish format); ICAO shapes with
letters score lower; anything with fewer than five digits, or a date, is not a passport number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from promptlint import _rx as rx
from promptlint.detectors import _keywords, _labels
from promptlint.model import Rule, Severity, Span

RULE = Rule(
    code="ID040",
    name="passport-number",
    entity="passport",
    severity=Severity.ERROR,
    guideline=2,
    priority=60,
    mask="last4",
    message={
        "da": "Pasnummer: identificerer pasindehaveren entydigt",
        "en": "Passport number: identifies the passport holder uniquely",
    },
    what={
        "da": "Finder pasnumre lige efter ord som 'pasnummer', 'pasnr.', 'rejsepas' eller "
        "'passport no.'. Danske pas har ni cifre; udenlandske pasnumre (op til ni tegn, bogstaver "
        "og cifre) findes også. Et tal uden et sådant ord rapporteres ikke.",
        "en": "Finds passport numbers right after words such as 'pasnummer', 'pasnr.', "
        "'rejsepas' or 'passport no.'. Danish passports have nine digits; foreign passport "
        "numbers (up to nine letters and digits) are found too. A number without such a word "
        "is not reported.",
    },
    why={
        "da": "Et pasnummer er et officielt identifikationsnummer, der udpeger én person og kan "
        "misbruges til identitetstyveri. Retningslinje 2 forbyder personoplysninger i offentlige "
        "AI-værktøjer.",
        "en": "A passport number is an official identifier that points to one person and can "
        "be misused for identity theft. Guideline 2 forbids personal data in public AI tools.",
    },
    instead={
        "da": "Fjern pasnummeret, eller skriv blot 'gyldigt pas forevist'.",
        "en": "Remove the passport number, or just write 'valid passport shown'.",
    },
    examples=("Pasnummer: 206543210", "passport no. C01X00T47", "Rejsepas nr. 123456789"),
    counter_examples=(
        "Pas på: ring 12345678 efter kl. 16",
        "Fornyelse af pas koster 626 kr.",
        "Passet udløber 12.03.2026",
    ),
)

# Labels that leave no doubt, followed by filler ("nr.", "no.", "er", ":") up to the value.
_LABEL = rx.compile_re(
    r"""
    (?<!\w)
    (?:
        (?P<strong>
            pas(?:-?nummer\w*|-?nr\.?|\s+nr\.?|\s+nummer|\s+no\.?)
          | rejsepas\w*(?:\s*(?:nr\.?|nummer|no\.?))?
          | pass(?:nummer|nr\.?)
          | passport(?:'s)?(?:\s*(?:no\.?|number|nr\.?|\#|num\.?))?
          | passeport(?:\s*(?:n[o°]\.?|numéro))?
          | reisepass(?:nummer)?
        )
      | (?P<bare>pas(?:set|sets)?)(?!\w)
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_FILLER = rx.compile_re(
    r"(?:[\s:.#=\-\u2013]|(?<!\w)(?:er|is|har|has|med|with|nr|no|nummer|number|lyder\s+på)(?!\w))"
    r"{0,12}",
    re.IGNORECASE,
)
_NUMBER = rx.compile_re(r"[A-Z0-9]{6,9}(?![\w]|[-./,]\d)")
# Every label contains "pas" (rejse*pas*, *pas*sport, rei*se*pass): the scan jumps from one
# "pas" to the next in the lowered view (see _labels) and tries the label there, or five
# characters earlier for "rejsepas"/"reisepass".
_PAS = _keywords.anchor(rx.compile(b"pas"))
_PREFIXES = (b"rejse", b"reise")
_MAX_GAP_STRONG = 25
_MAX_GAP_BARE = 14
_BARE_FILLER = rx.compile_re(r":|(?<!\w)(?:nr|nummer|no|number)(?!\w)", re.IGNORECASE)


class PassportDetector:
    rules = (RULE,)

    def find(self, text: str) -> Iterator[Span]:
        lower = _labels.view(text).lower
        hits = _keywords.label_positions(_PAS, text, lower)
        # Only texts with "pas", "Pas" or "PAS" as written are scanned (not "pAs").
        if not any(text.startswith(("pas", "Pas", "PAS"), hit) for hit in hits):
            return
        end = 0  # labels do not overlap: the next one starts after the last one found
        for hit in hits:
            for start in (hit - 5, hit):
                if start < end or (start < hit and not lower.startswith(_PREFIXES, start)):
                    continue
                label = _LABEL.match(text, start)
                if label is not None:
                    end = label.end()
                    span = self._after(text, label)
                    if span is not None:
                        yield span
                    break

    def _after(self, text: str, label: re.Match) -> Span | None:
        gap = _FILLER.match(text, label.end())
        start = gap.end() if gap else label.end()
        if label.group("bare"):
            # Bare "pas"/"passet" needs a colon or "nr" and the number right after it.
            if start - label.end() > _MAX_GAP_BARE or not _BARE_FILLER.search(
                text, label.end(), start
            ):
                return None
        elif start - label.end() > _MAX_GAP_STRONG:
            return None
        number = _NUMBER.match(text, start)
        if number is None:
            return None
        value = number.group()
        digits = sum(ch.isdigit() for ch in value)
        if digits < 5 or len(set(value)) == 1:
            return None
        if value.isdigit():
            confidence = 0.95 if len(value) == 9 else 0.75
        elif re.fullmatch(r"[A-Z]{1,2}\d{6,8}", value):
            confidence = 0.85
        else:
            confidence = 0.75
        severity = Severity.ERROR if confidence >= 0.85 else Severity.WARNING
        return Span(RULE.code, number.start(), number.end(), confidence, severity)


DETECTORS = (PassportDetector,)
