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


@dataclass(frozen=True)
class PartialVitalSigns:
    """A set partly taken: the parameters measured, None for each one that was not.

    On oxygen is always known (it is seen, not measured). Only a set recorded as partly taken,
    with a reason, may leave parameters out (:func:`parse_partial_vitals`).
    """

    systolic_mmhg: int | None
    diastolic_mmhg: int | None
    heart_rate_bpm: int | None
    resp_rate_per_min: int | None
    temperature_c: float | None
    spo2_pct: int | None
    consciousness: Consciousness | None
    on_oxygen: bool = False

    @property
    def missing(self) -> tuple[str, ...]:
        """The names of the parameters not measured, in the form's order."""
        names = (*VITAL_LIMITS, "consciousness")
        return tuple(name for name in names if getattr(self, name) is None)

    def as_payload(self) -> dict[str, Any]:
        """The values as stored in an event (null for a parameter not measured)."""
        return {
            **{name: getattr(self, name) for name in VITAL_LIMITS},
            "consciousness": None if self.consciousness is None else self.consciousness.value,
            "on_oxygen": self.on_oxygen,
        }


def _blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _fields(
    values: dict[str, Any], allow_missing: bool
) -> tuple[dict[str, float | None], Consciousness | None, bool, list[Refusal]]:
    """Each field read and checked; with ``allow_missing`` an empty one is None, not refused."""
    problems: list[Refusal] = []
    numbers: dict[str, float | None] = {}
    for name in VITAL_LIMITS:
        raw = values.get(name, "")
        if allow_missing and _blank(raw):
            numbers[name] = None
            continue
        result = _number(name, raw)
        if isinstance(result, Refusal):
            problems.append(result)
        else:
            numbers[name] = result
    raw_consciousness = values.get("consciousness", None if allow_missing else "A")
    consciousness = None
    if not (allow_missing and _blank(raw_consciousness)):
        if isinstance(raw_consciousness, str) and raw_consciousness in set(Consciousness):
            consciousness = Consciousness(raw_consciousness)
        else:
            problems.append(Refusal("bad_consciousness", "Consciousness: choose A, C, V, P or U."))
    on_oxygen = values.get("on_oxygen", False)
    if not isinstance(on_oxygen, bool):
        problems.append(
            Refusal(
                "bad_on_oxygen", "On oxygen: answer true or false (not {given!r}).", given=on_oxygen
            )
        )
    systolic, diastolic = numbers.get("systolic_mmhg"), numbers.get("diastolic_mmhg")
    if systolic is not None and diastolic is not None and diastolic >= systolic:
        problems.append(
            Refusal("diastolic_not_below_systolic", "Diastolic BP must be lower than systolic BP.")
        )
    return numbers, consciousness, on_oxygen is True, problems


def _whole(value: float | None) -> int | None:
    return None if value is None else int(value)


def parse_vitals(values: dict[str, Any]) -> VitalSigns | list[Refusal]:
    """A :class:`VitalSigns` from typed values, or one refusal per field that is wrong.

    No value is rounded: more precision than the chart records is refused at the field.
    """
    if not isinstance(values, dict):
        return [Refusal("bad_vitals", "The vital signs must be given field by field.")]
    numbers, consciousness, on_oxygen, problems = _fields(values, allow_missing=False)
    if problems:
        return problems
    return VitalSigns(
        int(numbers["systolic_mmhg"] or 0),
        int(numbers["diastolic_mmhg"] or 0),
        int(numbers["heart_rate_bpm"] or 0),
        int(numbers["resp_rate_per_min"] or 0),
        float(numbers["temperature_c"] or 0),
        int(numbers["spo2_pct"] or 0),
        consciousness or Consciousness.ALERT,
        on_oxygen,
    )


def parse_partial_vitals(values: dict[str, Any]) -> PartialVitalSigns | list[Refusal]:
    """A set partly taken: an empty field is a parameter not measured; what is typed is
    checked as in :func:`parse_vitals`. At least one parameter, and not all, must be given."""
    if not isinstance(values, dict):
        return [Refusal("bad_vitals", "The vital signs must be given field by field.")]
    numbers, consciousness, on_oxygen, problems = _fields(values, allow_missing=True)
    if problems:
        return problems
    partial = PartialVitalSigns(
        _whole(numbers["systolic_mmhg"]),
        _whole(numbers["diastolic_mmhg"]),
        _whole(numbers["heart_rate_bpm"]),
        _whole(numbers["resp_rate_per_min"]),
        numbers["temperature_c"],
        _whole(numbers["spo2_pct"]),
        consciousness,
        on_oxygen,
    )
    if len(partial.missing) == len(VITAL_LIMITS) + 1:
        return [
            Refusal(
                "nothing_measured",
                "No parameter was measured: record the set as not taken instead.",
            )
        ]
    if not partial.missing:
        return [
            Refusal(
                "nothing_missing",
                "Every parameter was measured: record it as a full set, without a reason.",
            )
        ]
    return partial


def implausible(vitals: VitalSigns | PartialVitalSigns) -> list[Message]:
    """Sentences for values that are possible but unusual: the nurse confirms them."""
    notes = []
    for name, limits in VITAL_LIMITS.items():
        value = getattr(vitals, name)
        if value is None:
            continue
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
