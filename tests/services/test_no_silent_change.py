"""No number is silently changed, and no type is guessed, at the action boundary.

Findings of the review of 05c2d4e: values typed with more precision than the chart were
rounded (half to even) into a safer NEWS2 row or past a stop criterion; 35.04 °C scored 1;
out-of-band drip messages printed an in-band number; ``"on_oxygen": "False"`` was stored as
on oxygen.
"""

from __future__ import annotations

import json

import pytest

from infusion_app.domain.news2 import news2
from infusion_app.domain.stop_criteria import stop_criteria_met
from infusion_app.domain.vitals import VitalSigns
from infusion_app.services.context import Workspace
from tests.conftest import GOOD_VITALS
from tests.services.replay_day import Day


@pytest.fixture
def day(site: Workspace) -> Day:
    """A session in its checks, the nurse signed in."""
    day = Day(site)
    day.schedule()
    day.as_user("nurse.li")
    day.ok("begin_checks", session_id=day.session_id)
    return day


# Finding 5: precision refused at the field, never rounded --------------------------------------


@pytest.mark.parametrize(
    ("field", "typed", "words"),
    [
        ("temperature_c", 38.05, "Temperature: the chart records at most one decimal (°C); 38.05"),
        ("resp_rate_per_min", 20.5, "Respiratory rate: the chart records a whole number (/min)"),
        ("heart_rate_bpm", 120.5, "Heart rate: the chart records a whole number (/min); 120.5"),
        ("systolic_mmhg", 89.5, "Systolic BP: the chart records a whole number (mmHg); 89.5"),
        ("spo2_pct", "95.5", "SpO₂: the chart records a whole number (%); 95.5"),
        ("temperature_c", "38,05", "Temperature: the chart records at most one decimal"),
    ],
)
def test_more_precision_than_the_chart_is_refused_naming_the_field(
    day: Day, field: str, typed: object, words: str
) -> None:
    answer = day.line(
        "record_vitals", session_id=day.session_id, vitals={**GOOD_VITALS, field: typed}
    )
    assert answer["status"] == "refused" and answer["code"] == f"precision_{field}"
    assert answer["reason"].startswith(words), answer["reason"]
    assert day.ws.db.execute("SELECT COUNT(*) FROM vitals").fetchone()[0] == 0


def test_the_charts_precision_is_accepted_as_typed(day: Day) -> None:
    vitals = {**GOOD_VITALS, "temperature_c": 38.1, "heart_rate_bpm": 121, "spo2_pct": "96.0"}
    answer = day.ok("record_vitals", session_id=day.session_id, vitals=vitals)
    assert answer["created"]["news2_total"] == 3  # 38.1 °C scores 1, 121/min scores 2
    assert answer["created"]["alert_ids"] == ["fever", "tachycardia"]
    stored = day.ws.db.execute("SELECT temperature_c, heart_rate_bpm FROM vitals").fetchone()
    assert tuple(stored) == (38.1, 121)


def test_the_checklists_baseline_refuses_more_precision_too(day: Day) -> None:
    answer = day.line(
        "answer_check",
        session_id=day.session_id,
        step="baseline_vitals",
        answer={"vitals": {**GOOD_VITALS, "temperature_c": 36.65}},
    )
    assert answer["code"] == "precision_temperature_c"


def test_an_impossible_value_is_printed_as_typed(day: Day) -> None:
    answer = day.line(
        "record_vitals",
        session_id=day.session_id,
        vitals={**GOOD_VITALS, "heart_rate_bpm": 1234567},
    )
    assert answer["reason"] == "Heart rate 1234567 /min is not possible: allowed 20–250 /min."


def _set(**change: object) -> VitalSigns:
    values = {k: v for k, v in GOOD_VITALS.items() if k not in ("consciousness", "on_oxygen")}
    return VitalSigns(**{**values, **change})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "parameter", "score"),
    [
        ({"temperature_c": 35.04}, "temperature_c", 3),  # shows as 35.0: the 3 row
        ({"temperature_c": 35.05}, "temperature_c", 3),  # half-way 35.0/35.1: the higher risk
        ({"temperature_c": 35.06}, "temperature_c", 1),  # shows as 35.1
        ({"temperature_c": 38.05}, "temperature_c", 1),  # half-way 38.0/38.1: the higher risk
        ({"temperature_c": 38.04}, "temperature_c", 0),
        ({"resp_rate_per_min": 20.5}, "resp_rate_per_min", 2),
        ({"heart_rate_bpm": 90.5}, "heart_rate_bpm", 1),
        ({"systolic_mmhg": 90.5}, "systolic_mmhg", 3),
        ({"spo2_pct": 95.5}, "spo2_pct", 1),
    ],
)
def test_news2_reads_a_float_at_the_charts_precision_conservatively(
    change: dict, parameter: str, score: int
) -> None:
    assert news2(_set(**change)).scores[parameter] == score


def test_stop_criteria_take_the_higher_risk_reading_half_way(site: Workspace) -> None:
    met = stop_criteria_met(site.protocol, _set(heart_rate_bpm=120.5, systolic_mmhg=89.5), None)
    assert {c.id for c in met} == {"tachycardia", "hypotension"}
    met = stop_criteria_met(site.protocol, _set(temperature_c=37.96), None)
    assert [c.id for c in met] == ["fever"]  # shows as 38.0


# Finding 9: strict types at the action boundary -------------------------------------------------


@pytest.mark.parametrize("given", ["False", "false", 0, 1, None, "no"])
def test_on_oxygen_must_be_true_or_false(day: Day, given: object) -> None:
    answer = day.line(
        "record_vitals", session_id=day.session_id, vitals={**GOOD_VITALS, "on_oxygen": given}
    )
    assert answer["status"] == "refused" and answer["code"] == "bad_on_oxygen"
    assert answer["reason"].startswith("On oxygen: answer true or false")
    assert day.ws.db.execute("SELECT COUNT(*) FROM vitals").fetchone()[0] == 0


def test_a_boolean_field_refuses_a_text(day: Day) -> None:
    answer = day.line(
        "complete_infusion", session_id=day.session_id, bag_empty="True", line_flushed=True
    )
    assert answer["code"] == "bad_field" and "'bag_empty'" in answer["reason"]


def test_eligibility_answers_must_be_true_or_false(day: Day) -> None:
    items = {item.id: item.kind.value == "inclusion" for item in day.ws.protocol.eligibility}
    answer = day.line(
        "answer_check",
        session_id=day.session_id,
        step="eligibility",
        answer={"items": {**items, "E1": "false"}},
    )
    assert answer["code"] == "bad_eligibility"


def test_a_number_field_refuses_infinity(day: Day) -> None:
    line = json.dumps({"action": "record_pump_reading", "session_id": day.session_id})
    pump = line[:-1] + ', "ml_per_hour": 1e999}'  # JSON reads 1e999 as infinity
    answer = day.runner.run_line(pump)
    assert answer["code"] == "bad_field"
    assert "'ml_per_hour' must be a finite number" in answer["reason"]


# Finding 7: out-of-band drip messages print the value as measured --------------------------------


@pytest.mark.parametrize(
    ("ml_per_hour", "code", "words"),
    [
        (80.04, "accepted", "80.04 gtt/min is too fast (band 60–80)"),
        (59.96, "accepted", "59.96 gtt/min is too slow (band 60–80)"),
        (39.96, "acknowledgement_needed", "39.96 gtt/min is outside the safe limits 40–120"),
        (120.04, "acknowledgement_needed", "120.04 gtt/min is outside the safe limits 40–120"),
        (79.96, "accepted", "80.0 gtt/min: in the band 60–80"),
    ],
)
def test_a_drip_message_never_shows_an_out_of_band_rate_as_in_band(
    site: Workspace, ml_per_hour: float, code: str, words: str
) -> None:
    day = Day(site)
    day.prepare(drop_factor={"drop_factor_gtt_ml": 60})  # 1 mL/h is 1 gtt/min
    assert day.mark_ready()["status"] == "accepted"
    assert day.start()["status"] == "accepted"
    answer = day.line("record_pump_reading", session_id=day.session_id, ml_per_hour=ml_per_hour)
    if code == "accepted":
        assert answer["status"] == "accepted" and answer["created"]["message"].startswith(words)
    else:
        assert answer["code"] == code and answer["reason"].startswith(words), answer
