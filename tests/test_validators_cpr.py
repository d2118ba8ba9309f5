"""CPR date logic (promptlint.validators.cpr) and the named validators packs refer to.

The century table is where scanners go wrong (DOMAIN.md: OS2datascanner maps `...37-9...` to
2037), so its boundaries are tested exhaustively, and a property test compares the date logic
with python-stdnum's for every number stdnum can judge.
"""

from __future__ import annotations

import datetime
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.dk import cpr as stdnum_cpr

import promptlint.validators.cpr as cpr
from promptlint.validators import BUILTIN, get_validator


def test_doctests():
    result = doctest.testmod(cpr)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("year2", "seventh", "century"),
    [
        # 0-3: always the 1900s
        *[(yy, d, 1900) for yy in (0, 36, 37, 57, 58, 99) for d in (0, 1, 2, 3)],
        # 4 and 9: 2000s up to 36, then 1900s
        *[(yy, d, 2000) for yy in (0, 36) for d in (4, 9)],
        *[(yy, d, 1900) for yy in (37, 57, 58, 99) for d in (4, 9)],
        # 5-8: 2000s up to 57, 1800s from 58
        *[(yy, d, 2000) for yy in (0, 36, 37, 57) for d in (5, 6, 7, 8)],
        *[(yy, d, 1800) for yy in (58, 99) for d in (5, 6, 7, 8)],
    ],
)
def test_century_table(year2, seventh, century):
    assert cpr.century(year2, seventh) == century


@pytest.mark.parametrize(
    ("number", "born"),
    [
        ("211062-5629", datetime.date(1862, 10, 21)),
        ("0101374123", datetime.date(1937, 1, 1)),  # not 2037 (the OS2datascanner bug)
        ("010137-9123", datetime.date(1937, 1, 1)),
        ("010136-9123", datetime.date(2036, 1, 1)),
        ("311299-0000", datetime.date(1999, 12, 31)),
        ("290200-4000", datetime.date(2000, 2, 29)),  # a leap day in 2000
        ("290200 0000", None),  # 7th digit 0: 1900, which had no 29 February
        ("710190-1234", datetime.date(1990, 1, 11)),  # replacement number: day + 60
        ("010190–1234", datetime.date(1990, 1, 1)),  # en dash from Word's autocorrect
        ("010190/1234", datetime.date(1990, 1, 1)),
    ],
)
def test_birth_date(number, born):
    if born is None:  # 29 Feb 1900 does not exist: 1900 was not a leap year
        with pytest.raises(cpr.InvalidComponent):
            cpr.birth_date(number)
        assert not cpr.is_valid(number)
        return
    assert cpr.birth_date(number) == born
    assert cpr.is_valid(number)


@pytest.mark.parametrize(
    ("number", "error"),
    [
        ("300290-1234", cpr.InvalidComponent),  # 30 February
        ("011390-1234", cpr.InvalidComponent),  # month 13
        ("000190-1234", cpr.InvalidComponent),  # day 0
        ("920190-1234", cpr.InvalidComponent),  # day 92 - 60 = 32
        ("01019-1234", cpr.InvalidFormat),
        ("01.01.90-1234", cpr.InvalidFormat),  # dots are a date, not a CPR
        ("01019012345", cpr.InvalidFormat),
        ("0101901a34", cpr.InvalidFormat),
    ],
)
def test_invalid(number, error):
    with pytest.raises(error):
        cpr.birth_date(number)
    assert not cpr.is_valid(number)


def test_checksum_is_only_information():
    assert cpr.checksum("211062-5629") == 0
    assert cpr.checksum("211062-5628") != 0
    assert cpr.is_valid("211062-5628")  # numbers since 2007 need not pass modulus 11


def test_compact_and_replacement():
    assert cpr.compact("01 01 90 – 1234") == "0101901234"
    assert cpr.compact("010190\u00a01234") == "0101901234"
    assert cpr.is_replacement("710190-1234")
    assert not cpr.is_replacement("310190-1234")


@st.composite
def cpr_numbers(draw):
    born = draw(st.dates(datetime.date(1858, 1, 1), datetime.date(2057, 12, 31)))
    year = born.year
    if year < 1900:
        sevenths = [5, 6, 7, 8]
    elif year < 1937:
        sevenths = [0, 1, 2, 3]
    elif year < 2000:
        sevenths = [0, 1, 2, 3, 4, 9]
    elif year < 2037:
        sevenths = [4, 5, 6, 7, 8, 9]
    else:
        sevenths = [5, 6, 7, 8]
    seventh = draw(st.sampled_from(sevenths))
    rest = draw(st.integers(0, 999))
    return born, f"{born:%d%m%y}{seventh}{rest:03d}"


@settings(max_examples=500, deadline=None)
@given(cpr_numbers(), st.booleans())
def test_birth_date_round_trip(item, replacement):
    born, number = item
    if replacement:
        number = f"{born.day + 60:02d}{number[2:]}"
    assert cpr.birth_date(number) == born
    assert cpr.is_replacement(number) is replacement
    # Every real date has a plausible day and month, a replacement's day less 60.
    assert cpr.day_and_month(number) == (born.day, born.month)
    assert cpr.plausible_day_and_month(number)


@given(st.from_regex(r"[0-9]{10}", fullmatch=True))
def test_a_plausible_day_and_month_is_all_a_mistyped_date_keeps(number):
    day, month = cpr.day_and_month(number)
    assert cpr.plausible_day_and_month(number) == (1 <= day <= 31 and 1 <= month <= 12)
    if cpr.is_valid(number):
        assert cpr.plausible_day_and_month(number)


def test_a_day_the_month_lacks_is_plausible_but_no_date():
    assert cpr.plausible_day_and_month("3004851234") and cpr.is_valid("3004851234")
    assert cpr.plausible_day_and_month("3104851234") and not cpr.is_valid("3104851234")
    assert not cpr.plausible_day_and_month("0113851234")


@settings(max_examples=500, deadline=None)
@given(st.from_regex(r"[0-5][0-9][01][0-9]{7}", fullmatch=True))
def test_agrees_with_python_stdnum_for_past_dates(number):
    """stdnum checks the same table but also rejects future dates and replacement numbers."""
    ours = cpr.is_valid(number)
    if not ours:
        assert not stdnum_cpr.is_valid(number)
        return
    born = cpr.birth_date(number)
    if born <= datetime.date.today() and not cpr.is_replacement(number):
        assert stdnum_cpr.is_valid(number)
        assert stdnum_cpr.get_birth_date(number) == born


# --- named validators for packs -------------------------------------------------------------


def test_luhn():
    assert BUILTIN["luhn"]("4571 0000 0000 0001")
    assert not BUILTIN["luhn"]("4571 0000 0000 0002")
    assert not BUILTIN["luhn"]("abcd")


def test_mod11_cvr_weights():
    assert BUILTIN["mod11"]("13585628")
    assert BUILTIN["mod11"]("1358 5628")
    assert not BUILTIN["mod11"]("13585627")
    assert not BUILTIN["mod11"]("1358562")
    assert BUILTIN["cvr"]("DK 13585628")
    assert not BUILTIN["cvr"]("13585627")


def test_cpr_and_iban():
    assert BUILTIN["cpr"]("010190-1234")
    assert not BUILTIN["cpr"]("300290-1234")
    assert BUILTIN["iban"]("DK50 0040 0440 1162 43")
    assert not BUILTIN["iban"]("DK50 0040 0440 1162 44")


def test_get_validator():
    assert get_validator("luhn") is BUILTIN["luhn"]
    assert get_validator("stdnum:dk.cvr")("13585628")
    assert get_validator("stdnum: iban")("DK5000400440116243")
    with pytest.raises(KeyError, match="unknown validator 'crc'"):
        get_validator("crc")
    with pytest.raises(KeyError, match="no module"):
        get_validator("stdnum:xx.nothing")
    with pytest.raises(KeyError, match="is_valid"):
        get_validator("stdnum:util")


@given(st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_fast_checksum_equals_the_weighted_sum(digits):
    from promptlint.validators.cpr import checksum

    weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    assert checksum(digits) == sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11
    assert checksum(f"{digits[:6]}-{digits[6:]}") == checksum(digits)
