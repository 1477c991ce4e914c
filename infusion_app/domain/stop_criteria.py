"""The protocol's stop criteria, checked on every set of vital signs as it is typed."""

from __future__ import annotations

from infusion_app.domain.numbers import shown_between
from infusion_app.domain.protocol import Protocol, StopCriterion, VitalParameter
from infusion_app.domain.vitals import VITAL_LIMITS, PartialVitalSigns, VitalSigns


def _value(
    parameter: VitalParameter, vitals: VitalSigns | PartialVitalSigns, baseline: VitalSigns | None
) -> float | None:
    if parameter is VitalParameter.SYSTOLIC_FALL_FROM_BASELINE_MMHG:
        systolic = vitals.systolic_mmhg
        return None if baseline is None or systolic is None else baseline.systolic_mmhg - systolic
    if parameter is VitalParameter.HEART_RATE_RISE_FROM_BASELINE_BPM:
        rate = vitals.heart_rate_bpm
        return None if baseline is None or rate is None else rate - baseline.heart_rate_bpm
    value = getattr(vitals, parameter.value)
    return None if value is None else float(value)


def stop_criteria_met(
    protocol: Protocol, vitals: VitalSigns | PartialVitalSigns, baseline: VitalSigns | None
) -> list[StopCriterion]:
    """Every stop criterion the set meets (relative ones only when a baseline exists; on a
    partial set, those whose parameter was measured)."""
    met = []
    for criterion in protocol.stop_criteria:
        value = _value(criterion.parameter, vitals, baseline)
        if value is not None and _met(criterion, value):
            met.append(criterion)
    return met


def _met(criterion: StopCriterion, value: float) -> bool:
    """Met by the value as the chart shows it (one decimal for temperature, else whole
    numbers); a value half-way between two shown values meets it if either does."""
    limits = VITAL_LIMITS.get(criterion.parameter.value)
    decimals = limits.decimals if limits else 0
    return any(criterion.is_met(float(shown)) for shown in shown_between(value, decimals))
