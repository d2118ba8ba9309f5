"""Named validators that pattern packs refer to (``validator = "luhn"``).

Each validator takes the matched text and answers True or False. ``stdnum:<module>`` uses any
python-stdnum module's ``is_valid`` (``stdnum:dk.cvr``, ``stdnum:iban``), so a pack can use every
number format python-stdnum knows without code here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

Validator = Callable[[str], bool]

_DIGITS_ONLY = str.maketrans("", "", " -.\u00a0/")


def _digits(value: str) -> str:
    return value.translate(_DIGITS_ONLY)


def luhn(value: str) -> bool:
    from stdnum import luhn as _luhn

    digits = _digits(value)
    return digits.isdigit() and _luhn.is_valid(digits)


def mod11(value: str) -> bool:
    """The Danish weighted modulus 11 used by CVR numbers (weights 2 7 6 5 4 3 2 1)."""
    digits = _digits(value)
    if len(digits) != 8 or not digits.isdigit():
        return False
    return sum(w * int(d) for w, d in zip((2, 7, 6, 5, 4, 3, 2, 1), digits, strict=True)) % 11 == 0


def cpr_number(value: str) -> bool:
    from promptlint.validators.cpr import is_valid

    return is_valid(value)


def iban(value: str) -> bool:
    from stdnum import iban as _iban

    return _iban.is_valid(value)


def cvr(value: str) -> bool:
    from stdnum.dk import cvr as _cvr

    return _cvr.is_valid(value)


BUILTIN: dict[str, Validator] = {
    "luhn": luhn,
    "mod11": mod11,
    "cpr": cpr_number,
    "iban": iban,
    "cvr": cvr,
}


def get_validator(name: str) -> Validator:
    """Look a validator up by name; raises KeyError with a helpful message."""
    if name in BUILTIN:
        return BUILTIN[name]
    if name.startswith("stdnum:"):
        module_name = name.split(":", 1)[1].strip()
        try:
            module = importlib.import_module(f"stdnum.{module_name}")
        except ImportError:
            raise KeyError(f"python-stdnum has no module {module_name!r}") from None
        if not hasattr(module, "is_valid"):
            raise KeyError(f"stdnum.{module_name} has no is_valid()")
        return module.is_valid
    known = ", ".join(sorted(BUILTIN))
    raise KeyError(f"unknown validator {name!r} (known: {known}, or stdnum:<module>)")
