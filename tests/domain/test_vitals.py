"""Typed vital signs: impossible refused with the range, implausible asked to confirm."""

from __future__ import annotations

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.vitals import Consciousness, VitalSigns, implausible, parse_vitals
from tests.conftest import GOOD_VITALS


def test_good_values_parse() -> None:
    vitals = parse_vitals({**GOOD_VITALS, "temperature_c": "36,6"})
    assert isinstance(vitals, VitalSigns)
    assert vitals.temperature_c == 36.6 and vitals.consciousness is Consciousness.ALERT
    assert implausible(vitals) == []


def test_each_wrong_field_gets_its_own_message() -> None:
    problems = parse_vitals({**GOOD_VITALS, "spo2_pct": 120, "heart_rate_bpm": "abc"})
    assert isinstance(problems, list)
    reasons = [p.reason for p in problems]
    assert "Heart rate: type a number in /min." in reasons
    assert "SpO₂ 120 % is not possible: allowed 50–100 %." in reasons


def test_diastolic_must_be_below_systolic() -> None:
    problems = parse_vitals({**GOOD_VITALS, "diastolic_mmhg": 130, "systolic_mmhg": 120})
    assert isinstance(problems, list) and problems[0].code == "diastolic_not_below_systolic"


def test_unusual_values_ask_for_confirmation() -> None:
    vitals = parse_vitals({**GOOD_VITALS, "temperature_c": 40.6})
    assert isinstance(vitals, VitalSigns)
    assert [str(note) for note in implausible(vitals)] == [
        "Temperature 40.6 °C is unusual: please confirm."
    ]


def test_consciousness_is_acvpu() -> None:
    problems = parse_vitals({**GOOD_VITALS, "consciousness": "X"})
    assert isinstance(problems, list) and isinstance(problems[0], Refusal)
