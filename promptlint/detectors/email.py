"""E-mail addresses, including internationalised domains (``jens@æøå.dk``).

Scanning starts from each ``@`` (found with ``str.find``, which is fast) and grows the address
outwards with anchored patterns, so ordinary prose costs almost nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from promptlint import _rx as rx
from promptlint.model import Rule, Severity, Span

RULE = Rule(
    code="CT001",
    name="email-address",
    entity="email",
    severity=Severity.ERROR,
    guideline=2,
    priority=80,
    mask="email",
    message={
        "da": "E-mailadresse: en personoplysning, der identificerer en person",
        "en": "E-mail address: personal data that identifies a person",
    },
    what={
        "da": "Finder e-mailadresser, også med danske bogstaver i domænet (fx navn@æøå.dk).",
        "en": "Finds e-mail addresses, including internationalised domains (e.g. name@æøå.dk).",
    },
    why={
        "da": "En personlig e-mailadresse identificerer en person direkte. Retningslinje 2 forbyder personoplysninger i offentlige AI-værktøjer.",
        "en": "A personal e-mail address identifies a person directly. Guideline 2 forbids personal data in public AI tools.",
    },
    instead={
        "da": "Erstat adressen med en pladsholder, fx [e-mail].",
        "en": "Replace the address with a placeholder such as [e-mail].",
    },
    examples=("Skriv til mette.hansen@kommune.dk", "Kontakt: søren@æblegården.dk"),
    counter_examples=(
        "Skriv til os via kontaktformularen", "@mention i Teams", "E-mail: [navn@domæne.dk]"
    ),
)

# Local part: the characters RFC 5322 allows unquoted, plus Unicode letters (RFC 6531).
_LOCAL_REVERSED = rx.compile(r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*")
# A dot may be defanged, as threat reports write a phishing sender: "login[.]com", "(.)".
_DOMAIN = rx.compile(
    r"(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.|\[\.\]|\(\.\)|\[dot\]))+"
    r"(?:\p{L}{2,63}|xn--[a-z0-9-]{2,59})(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])",
    rx.IGNORECASE,
)
_MAX_LOCAL = 64
# Domains that name no one's mailbox: the reserved example domains (RFC 2606) and the Danish and
# English words a template writes ("navn@domæne.dk").
_PLACEHOLDER_DOMAINS = frozenset(
    """
    example.com example.org example.net example.dk eksempel.dk domæne.dk domain.com domain.dk
    dit-domæne.dk ditdomæne.dk
    """.split()
)


# Local parts a form writes in brackets for the address to fill in: "[navn@virksomhed.dk]".
_PLACEHOLDER_LOCALS = frozenset(
    "navn fornavn efternavn fornavn.efternavn initialer bruger brugernavn medarbejder mail email "
    "e-mail name firstname lastname firstname.lastname user username xxx abc".split()
)


class EmailDetector:
    rules = (RULE,)

    def find(self, text: str) -> Iterator[Span]:
        at = text.find("@")
        while at != -1:
            span = self._around(text, at)
            if span is not None:
                yield span
                at = text.find("@", span.end)
            else:
                at = text.find("@", at + 1)

    def _around(self, text: str, at: int) -> Span | None:
        domain = _DOMAIN.match(text, at + 1)
        if domain is None:
            return None
        left = text[max(0, at - _MAX_LOCAL) : at][::-1]
        local = _LOCAL_REVERSED.match(left)
        if local is None:
            return None
        start = at - local.end()
        before = text[max(0, start - 7) : start]
        # "scheme://user:password@host" is a URL with credentials (a secret), not an address;
        # "mailto:" is the one scheme whose ":" is followed by an address.
        if before.endswith("//") or (before.endswith(":") and not before.lower().endswith("mailto:")):
            return None
        if domain.group().lower() in _PLACEHOLDER_DOMAINS:
            return None  # a template's placeholder, no one's address
        if (
            text[start - 1 : start] in ("[", "<", "{")
            and text[domain.end() : domain.end() + 1] in ("]", ">", "}")
            and text[start:at].lower() in _PLACEHOLDER_LOCALS
        ):
            return None  # "[navn@virksomhed.dk]": a form's field for an address
        return Span(RULE.code, start, domain.end(), 0.98)
DETECTORS = (EmailDetector,)
