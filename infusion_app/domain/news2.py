"""NEWS2 (Royal College of Physicians, 2017), SpO₂ scale 1, with its response band."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from infusion_app.domain.numbers import conservative_score
from infusion_app.domain.vitals import VITAL_LIMITS, Consciousness, PartialVitalSigns, VitalSigns

NEWS2_PARAMETERS = (
    "resp_rate_per_min",
    "spo2_pct",
    "on_oxygen",
    "systolic_mmhg",
    "heart_rate_bpm",
    "consciousness",
    "temperature_c",
)
"""The chart's seven parameters (diastolic pressure is not one)."""


class News2Band(StrEnum):
    """The clinical response the total (and any single 3) calls for."""

    LOW = "low"  # 0–4: ward-based response
    LOW_MEDIUM = "low_medium"  # a 3 in any single parameter: urgent ward review
    MEDIUM = "medium"  # 5–6: urgent response
    HIGH = "high"  # ≥ 7: emergency response


@dataclass(frozen=True)
class News2:
    """Each parameter's score, the total and the band.

    A partial set scores only the parameters measured (``missing`` names the others): its
    total is a floor, never a low score — :attr:`is_complete` is False and screens say
    "NEWS2 incomplete — 4 of 7 parameters". Its band is still the band the measured parameters
    reach, so a partial set that already scores high raises its escalation.
    """

    scores: dict[str, int]
    total: int
    band: News2Band
    missing: tuple[str, ...] = ()

    @property
    def is_complete(self) -> bool:
        """True when all seven parameters were scored."""
        return not self.missing

    @property
    def parameters_scored(self) -> int:
        """How many of the seven parameters were scored."""
        return len(NEWS2_PARAMETERS) - len(self.missing)


def _by_thresholds(value: Decimal, table: tuple[tuple[str, int], ...], last: int) -> int:
    """The score of the first row whose upper bound ``value`` does not exceed."""
    for upper, score in table:
        if value <= Decimal(upper):
            return score
    return last


def _chart(name: str, value: float, table: tuple[tuple[str, int], ...], last: int) -> int:
    """The chart's score for ``value`` read at the chart's precision (whole numbers, one
    decimal for temperature): 35.04 °C is the 35.0 row (3); half-way takes the higher score."""
    decimals = VITAL_LIMITS[name].decimals
    return conservative_score(value, decimals, lambda shown: _by_thresholds(shown, table, last))


def _respiration(rr: float) -> int:
    return _chart("resp_rate_per_min", rr, (("8", 3), ("11", 1), ("20", 0), ("24", 2)), 3)


def _spo2_scale_1(spo2: float) -> int:
    return _chart("spo2_pct", spo2, (("91", 3), ("93", 2), ("95", 1)), 0)


def _systolic(sbp: float) -> int:
    return _chart("systolic_mmhg", sbp, (("90", 3), ("100", 2), ("110", 1), ("219", 0)), 3)


def _pulse(hr: float) -> int:
    table = (("40", 3), ("50", 1), ("90", 0), ("110", 1), ("130", 2))
    return _chart("heart_rate_bpm", hr, table, 3)


def _temperature(t: float) -> int:
    table = (("35.0", 3), ("36.0", 1), ("38.0", 0), ("39.0", 1))
    return _chart("temperature_c", t, table, 2)


_SCORERS = {
    "resp_rate_per_min": _respiration,
    "spo2_pct": _spo2_scale_1,
    "systolic_mmhg": _systolic,
    "heart_rate_bpm": _pulse,
    "temperature_c": _temperature,
}


def news2(v: VitalSigns | PartialVitalSigns) -> News2:
    """Score a set of vital signs exactly per the NEWS2 chart (domain.md §4); a partial set
    scores the parameters it has (see :class:`News2`)."""
    scores: dict[str, int] = {}
    for name in NEWS2_PARAMETERS:
        value = getattr(v, name)
        if value is None:
            continue
        if name == "on_oxygen":
            scores[name] = 2 if value else 0
        elif name == "consciousness":
            scores[name] = 0 if value is Consciousness.ALERT else 3
        else:
            scores[name] = _SCORERS[name](value)
    total = sum(scores.values())
    if total >= 7:
        band = News2Band.HIGH
    elif total >= 5:
        band = News2Band.MEDIUM
    elif 3 in scores.values():
        band = News2Band.LOW_MEDIUM
    else:
        band = News2Band.LOW
    missing = tuple(name for name in NEWS2_PARAMETERS if name not in scores)
    return News2(scores, total, band, missing)
