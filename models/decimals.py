"""Scores and points are fixed-point decimals with two places, the scale of every score column.

A value read back from a column has that scale (`Decimal("0.00")`), so a value an operation
computes or takes from its input gets it too, before it is stored or returned: what a mutation
answers then reads the same as what a later query answers ("0.00", never "0").
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

SCALE = Decimal("0.01")


def scaled(value: Decimal | int | str) -> Decimal:
    """`value` at the columns' scale, halves rounded away from zero: 7 -> 7.00, 0.675 -> 0.68,
    -0 -> 0.00.
    A value no column can hold (not finite, or too large to carry two places) comes back as it
    is, for the caller's range check to refuse."""
    number = Decimal(value)
    try:
        number = number.quantize(SCALE, ROUND_HALF_UP)
    except InvalidOperation:
        return number
    return abs(number) if number.is_zero() else number  # -0.00 reads 0.00


def scaled_or_none(value: Decimal | int | str | None) -> Decimal | None:
    return None if value is None else scaled(value)


ZERO = scaled(0)
