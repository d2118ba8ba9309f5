"""CPR (Det Centrale Personregister) numbers: the Danish personal identification number.

A CPR number is ten digits, ``DDMMYY-SSSS``. The first six are the birth date; the seventh
digit together with the two-digit year gives the century (table below); the last digit is odd
for men and even for women.

Since 1 October 2007 the CPR office issues numbers that fail the old modulus-11 check, so a
mod-11 failure never makes a number invalid here; it only lowers confidence (see
https://www.cpr.dk/cpr-systemet/personnumre-uden-kontrolciffer-modulus-11-kontrol/).

People without a real CPR number get a *replacement number* ("erstatningspersonnummer") whose
day has 60 added (61-91); those are personal data too and are accepted.

python-stdnum's ``stdnum.dk.cpr`` checks the same century table but rejects replacement
numbers, so the date logic is here.

>>> compact('211062-5629')
'2110625629'
>>> birth_date('211062-5629')
datetime.date(1862, 10, 21)
>>> birth_date('0101374123')
datetime.date(1937, 1, 1)
>>> birth_date('010137 9123')
datetime.date(1937, 1, 1)
>>> is_valid('300290-1234')
False
>>> is_valid('710190-1234')  # replacement number for 11 January 1990
True
>>> checksum('211062-5629')
0
"""

from __future__ import annotations

import datetime
from operator import mul

_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
_ZEROS = 48 * sum(_WEIGHTS)  # the weighted sum of the character codes of "0000000000"
_SEPARATORS = str.maketrans("", "", " -\u2010\u2011\u2012\u2013\u2014\u00a0/")


class InvalidFormat(ValueError):
    """Not ten digits once separators are removed."""


class InvalidComponent(ValueError):
    """The digits do not form a possible birth date."""


def compact(number: str) -> str:
    """Remove the separators people write (space, hyphen, en dash, slash)."""
    return number.translate(_SEPARATORS)


def century(year2: int, seventh: int) -> int:
    """The century of a birth year from the two-digit year and the 7th digit (the CPR table).

    >>> century(36, 4), century(37, 4), century(57, 5), century(58, 5), century(37, 9)
    (2000, 1900, 2000, 1800, 1900)
    """
    if seventh in (0, 1, 2, 3):
        return 1900
    if seventh in (4, 9):
        return 2000 if year2 <= 36 else 1900
    return 2000 if year2 <= 57 else 1800


def birth_date(number: str) -> datetime.date:
    """The birth date a CPR number encodes; raises InvalidFormat or InvalidComponent."""
    digits = compact(number)
    if len(digits) != 10 or not digits.isdigit():
        raise InvalidFormat(number)
    (day, month), year2 = day_and_month(digits), int(digits[4:6])  # a replacement's day is +60
    year = century(year2, int(digits[6])) + year2
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise InvalidComponent(number) from None


def day_and_month(number: str) -> tuple[int, int]:
    """The day (a replacement number's day lowered by 60) and the month of a CPR-shaped number,
    whether or not they make a date: "3102…" gives (31, 2)."""
    day, month = int(number[0:2]), int(number[2:4])
    return (day - 60 if day > 60 else day), month


def plausible_day_and_month(number: str) -> bool:
    """A day of 1-31 and a month of 1-12, even when the month lacks the day (31 April, 29
    February of a common year): a date as a person may mistype it."""
    day, month = day_and_month(number)
    return 1 <= day <= 31 and 1 <= month <= 12


def checksum(number: str) -> int:
    """The weighted modulus-11 remainder; 0 means the old check passes."""
    digits = compact(number)
    if len(digits) == 10 and digits.isascii() and digits.isdigit():
        # Detectors call this for every candidate: on the character codes it is several
        # times faster than int() per digit.
        return (sum(map(mul, _WEIGHTS, digits.encode())) - _ZEROS) % 11
    return sum(w * int(d) for w, d in zip(_WEIGHTS, digits, strict=True)) % 11


def is_replacement(number: str) -> bool:
    return int(compact(number)[0:2]) > 60


def is_valid(number: str) -> bool:
    """True for any number whose date exists (mod 11 is not required)."""
    try:
        birth_date(number)
    except ValueError:
        return False
    return True
