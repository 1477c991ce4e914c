"""Numbers as a person typed them: exact decimals, their precision, and their text.

A float that came from a typed or JSON number is read back through its shortest ``repr``
(``64.1`` stays 64.1, not 64.099999…), so comparisons at a limit are exact and a message shows
the value as entered.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Protocol as TypingProtocol


class _Scorer(TypingProtocol):
    def __call__(self, value: Decimal, /) -> int: ...


def exact(value: object) -> Decimal | None:
    """The number exactly as written (an int, a float via its shortest repr, or a text);
    None when it is not a finite number (NaN, infinity, a boolean, words)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, str):
        try:
            number = Decimal(value.strip().replace(",", "."))
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def decimal_places(value: Decimal) -> int:
    """Decimal places that carry a digit: 38.05 → 2, 36.60 → 1, 120 → 0."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -int(exponent))


def as_entered(value: object) -> str:
    """The number as typed, without exponent or float noise: 80.04 → "80.04", 45.0 → "45"."""
    number = exact(value)
    if number is None:
        return str(value)
    return format(number.normalize(), "f")


def shown_between(value: float, decimals: int) -> tuple[Decimal, Decimal]:
    """The two values a chart with ``decimals`` places could show for ``value``: the same
    twice unless ``value`` lies exactly half-way between two rows."""
    number = exact(value)
    if number is None:
        raise ValueError(f"{value!r} is not a finite number")
    step = Decimal(1).scaleb(-decimals)
    return number.quantize(step, ROUND_HALF_DOWN), number.quantize(step, ROUND_HALF_UP)


def conservative_score(value: float, decimals: int, score: _Scorer) -> int:
    """The chart score of ``value`` read at the chart's precision: the row it displays as,
    and the higher-risk row when it lies half-way between two."""
    low, high = shown_between(value, decimals)
    return max(score(low), score(high))
