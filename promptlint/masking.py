"""Masking: how a found value is shown when the user has not asked for ``--show-values``.

A mask keeps the shape of the value (separators, length) and just enough to recognise it in the
user's own text, never enough to reconstruct it: ``010190-****``, ``m****@k******.dk``,
``T****** C**********``.
"""

from __future__ import annotations

import re

STAR = "*"
# A letter or digit: for ``re``, "\w" is exactly ``str.isalnum()`` and "_". Substitutions in C
# instead of a loop per character: a report of 50,000 findings masks each value.
_ALNUM = re.compile(r"[^\W_]")
# A letter or digit right after another: all but the first of each run.
_INNER_ALNUM = re.compile(r"(?<=[^\W_])[^\W_]")


def _mask_alnum(value: str, keep: int) -> str:
    """Every letter and digit starred but the first ``keep``."""
    cut = 0
    if keep > 0:
        for seen, match in enumerate(_ALNUM.finditer(value), 1):
            if seen == keep:
                cut = match.end()
                break
        else:
            return value  # no more than ``keep`` of them
    return value[:cut] + _ALNUM.sub(STAR, value[cut:])


def _keep_for(value: str, wanted: int) -> int:
    """Never reveal more than a third of a value's letters and digits."""
    total = len(_ALNUM.findall(value))
    return min(wanted, total // 3)


def mask_initials(value: str) -> str:
    """The first letter or digit of each run kept, the rest starred."""
    return _INNER_ALNUM.sub(STAR, value)


def mask_cpr(value: str) -> str:
    """Keep the date digits (as in a letter's "010190-****"), hide the serial."""
    digits = sum(ch.isdigit() for ch in value)
    if digits != 10:
        return _mask_alnum(value, _keep_for(value, 6))
    out, seen = [], 0
    for ch in value:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen <= 6 else STAR)
        else:
            out.append(ch)
    return "".join(out)


def mask_email(value: str) -> str:
    local, _, domain = value.rpartition("@")
    if "." not in domain:  # no top-level domain to keep (``jens@localhost``): same length
        return mask_initials(local) + "@" + mask_initials(domain)
    labels = domain.split(".")
    masked_domain = ".".join(mask_initials(lbl) for lbl in labels[:-1]) + "." + labels[-1]
    return mask_initials(local) + "@" + masked_domain


def mask_last4(value: str) -> str:
    total = sum(ch.isalnum() for ch in value)
    out, seen = [], 0
    for ch in value:
        if ch.isalnum():
            seen += 1
            out.append(ch if seen > total - 4 and total >= 12 else STAR)
        else:
            out.append(ch)
    return "".join(out)


def mask_full(value: str) -> str:
    return "".join(STAR if not ch.isspace() else ch for ch in value)


def mask(value: str, style: str = "default") -> str:
    if style == "none":
        return value
    if style == "cpr":
        return mask_cpr(value)
    if style == "email" and "@" in value:
        return mask_email(value)
    if style == "initials":
        return mask_initials(value)
    if style == "last4":
        return mask_last4(value)
    if style == "full":
        return mask_full(value)
    return _mask_alnum(value, _keep_for(value, 2))
