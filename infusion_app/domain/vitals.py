"""Vital signs: one set as measured, and the limits a typed value must respect.

Impossible values are refused at the field with the allowed range; implausible ones are kept
but need a confirmation (the nurse may have mistyped 39.8 for 36.8).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from infusion_app.domain.messages import Message, Word
from infusion_app.domain.numbers import as_entered, decimal_places, exact
from infusion_app.domain.outcomes import Refusal


class Consciousness(StrEnum):
    """ACVPU: alert, new confusion, voice, pain, unresponsive."""

    ALERT = "A"
    CONFUSION = "C"
    VOICE = "V"
    PAIN = "P"
    UNRESPONSIVE = "U"


@dataclass(frozen=True)
class FieldLimits:
    """Hard limits (refused outside) and plausible limits (confirm outside) of one field."""

    label: str
    unit: str
    possible: tuple[float, float]
    plausible: tuple[float, float]
    decimals: int = 0


VITAL_LIMITS: dict[str, FieldLimits] = {
    "systolic_mmhg": FieldLimits("Systolic BP", "mmHg", (40, 300), (70, 200)),
    "diastolic_mmhg": FieldLimits("Diastolic BP", "mmHg", (20, 200), (40, 120)),
    "heart_rate_bpm": FieldLimits("Heart rate", "/min", (20, 250), (40, 150)),
    "resp_rate_per_min": FieldLimits("Respiratory rate", "/min", (4, 70), (8, 35)),
    "temperature_c": FieldLimits("Temperature", "°C", (30.0, 43.0), (35.0, 40.0), 1),
    "spo2_pct": FieldLimits("SpO₂", "%", (50, 100), (85, 100)),
}


@dataclass(frozen=True)
class VitalSigns:
    """One set of observations (units in the names)."""

    systolic_mmhg: int
    diastolic_mmhg: int
    heart_rate_bpm: int
    resp_rate_per_min: int
    temperature_c: float
    spo2_pct: int
    consciousness: Consciousness = Consciousness.ALERT
    on_oxygen: bool = False

    def as_payload(self) -> dict[str, Any]:
        """The values as stored in an event."""
        return {
            **{name: getattr(self, name) for name in VITAL_LIMITS},
            "consciousness": self.consciousness.value,
            "on_oxygen": self.on_oxygen,
        }


def _number(name: str, raw: object) -> float | Refusal:
    limits = VITAL_LIMITS[name]
    value = exact(raw) if isinstance(raw, str | int | float) else None
    if value is None:
        return Refusal(
            f"bad_{name}",
            "{vital}: type a number in {unit}.",
            vital=Word(limits.label, "Texts"),
            unit=limits.unit,
        )
    if decimal_places(value) > limits.decimals:
        precision = (
            Message("a whole number") if limits.decimals == 0 else Message("at most one decimal")
        )
        return Refusal(
            f"precision_{name}",
            "{vital}: the chart records {precision} ({unit}); {value} has more. "
            "Type the value as the device shows it.",
            vital=Word(limits.label, "Texts"),
            precision=precision,
            unit=limits.unit,
            value=as_entered(value),
        )
    low, high = limits.possible
    if not low <= value <= high:
        return Refusal(
            f"impossible_{name}",
            "{vital} {value} {unit} is not possible: allowed {low:g}–{high:g} {unit}.",
            vital=Word(limits.label, "Texts"),
            value=as_entered(value),
            unit=limits.unit,
            low=low,
            high=high,
        )
    return float(value)


def parse_vitals(values: dict[str, Any]) -> VitalSigns | list[Refusal]:
    """A :class:`VitalSigns` from typed values, or one refusal per field that is wrong.

    No value is rounded: more precision than the chart records is refused at the field.
    """
    if not isinstance(values, dict):
        return [Refusal("bad_vitals", "The vital signs must be given field by field.")]
    problems: list[Refusal] = []
    numbers: dict[str, float] = {}
    for name in VITAL_LIMITS:
        result = _number(name, values.get(name, ""))
        if isinstance(result, Refusal):
            problems.append(result)
        else:
            numbers[name] = result
    consciousness = values.get("consciousness", "A")
    if not isinstance(consciousness, str) or consciousness not in set(Consciousness):
        problems.append(Refusal("bad_consciousness", "Consciousness: choose A, C, V, P or U."))
    on_oxygen = values.get("on_oxygen", False)
    if not isinstance(on_oxygen, bool):
        problems.append(
            Refusal(
                "bad_on_oxygen", "On oxygen: answer true or false (not {given!r}).", given=on_oxygen
            )
        )
    both = "systolic_mmhg" in numbers and "diastolic_mmhg" in numbers
    if both and numbers["diastolic_mmhg"] >= numbers["systolic_mmhg"]:
        problems.append(
            Refusal("diastolic_not_below_systolic", "Diastolic BP must be lower than systolic BP.")
        )
    if problems:
        return problems
    return VitalSigns(
        int(numbers["systolic_mmhg"]),
        int(numbers["diastolic_mmhg"]),
        int(numbers["heart_rate_bpm"]),
        int(numbers["resp_rate_per_min"]),
        numbers["temperature_c"],
        int(numbers["spo2_pct"]),
        Consciousness(str(consciousness)),
        bool(on_oxygen),
    )


def implausible(vitals: VitalSigns) -> list[Message]:
    """Sentences for values that are possible but unusual: the nurse confirms them."""
    notes = []
    for name, limits in VITAL_LIMITS.items():
        value = getattr(vitals, name)
        low, high = limits.plausible
        if not low <= value <= high:
            notes.append(
                Message(
                    "{vital} {value} {unit} is unusual: please confirm.",
                    vital=Word(limits.label, "Texts"),
                    value=as_entered(value),
                    unit=limits.unit,
                )
            )
    return notes
