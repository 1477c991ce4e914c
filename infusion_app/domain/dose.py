"""The bag's cells against the weight-based dose, in exact decimal arithmetic.

``cells_per_kg × weight`` is the prescribed dose; the bag passes when its viable cells are
within ± the protocol's tolerance of it. Every number is read as written (64.1 kg is 64.1,
not 64.09999…), so an exact +10 % passes and 10.0001 % does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_UP, Decimal

from infusion_app.domain.numbers import as_entered, exact
from infusion_app.domain.protocol import Protocol


@dataclass(frozen=True)
class DoseJudgement:
    """The prescribed cells, how far the bag is from them, and whether that is allowed."""

    passed: bool
    prescribed_cells: Decimal
    off_pct: Decimal  # exact; shown rounded away from zero so a failure never reads in limit
    tolerance_pct: Decimal

    @property
    def off_pct_shown(self) -> float:
        """The deviation with one decimal, rounded up: 10.0001 % shows as 10.1 %."""
        return float(self.off_pct.quantize(Decimal("0.1"), ROUND_UP))


def judge_dose(protocol: Protocol, total_viable_cells: float, weight_kg: float) -> DoseJudgement:
    """Judge the bag's viable cells against ``cells_per_kg × weight_kg``.

    Raises:
        ValueError: when the weight is not a finite number above 0 (refuse it at the field).
    """
    weight = exact(weight_kg)
    cells = exact(total_viable_cells)
    if weight is None or weight <= 0:
        raise ValueError(f"weight {as_entered(weight_kg)} kg cannot prescribe a dose")
    per_kg = exact(protocol.dose.cells_per_kg)
    tolerance = exact(protocol.product_acceptance.cell_dose_tolerance_pct)
    assert per_kg is not None and tolerance is not None  # the protocol reader checked them
    prescribed = per_kg * weight
    if cells is None:
        return DoseJudgement(False, prescribed, Decimal("Infinity"), tolerance)
    difference = abs(cells - prescribed)
    passed = difference * 100 <= tolerance * prescribed
    return DoseJudgement(passed, prescribed, difference * 100 / prescribed, tolerance)


def scientific(cells: float | Decimal) -> str:
    """Cells as ``6.25×10⁷`` with every digit as written (7.051×10⁷ stays 7.051×10⁷)."""
    number = exact(cells)
    if number is None:
        return str(cells)
    if number == 0:
        return "0"
    sign, digits, exponent = number.normalize().as_tuple()
    assert isinstance(exponent, int)
    power = len(digits) - 1 + exponent
    mantissa = Decimal((sign, digits, -(len(digits) - 1)))
    superscript = str(power).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return f"{as_entered(mantissa)}×10{superscript}"
