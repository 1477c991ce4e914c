"""NEWS2 against the vectors of domain.md §4 and every chart boundary."""

from __future__ import annotations

import pytest

from infusion_app.domain.news2 import News2Band, news2
from infusion_app.domain.vitals import Consciousness, VitalSigns


def vitals(rr=16, spo2=98, o2=False, sbp=120, hr=72, c="A", t=36.8) -> VitalSigns:  # type: ignore[no-untyped-def]
    return VitalSigns(sbp, 70, hr, rr, t, spo2, Consciousness(c), o2)


def test_domain_md_example_zero() -> None:
    result = news2(vitals())
    assert (result.total, result.band) == (0, News2Band.LOW)


def test_domain_md_example_seven_is_high() -> None:
    result = news2(vitals(rr=22, spo2=95, sbp=105, hr=112, t=38.4))
    assert result.scores == {
        "resp_rate_per_min": 2,
        "spo2_pct": 1,
        "on_oxygen": 0,
        "systolic_mmhg": 1,
        "heart_rate_bpm": 2,
        "consciousness": 0,
        "temperature_c": 1,
    }
    assert (result.total, result.band) == (7, News2Band.HIGH)


def test_domain_md_example_single_three_is_low_medium() -> None:
    result = news2(vitals(rr=18, spo2=97, sbp=88, hr=80, t=37.0))
    assert (result.total, result.band) == (3, News2Band.LOW_MEDIUM)


@pytest.mark.parametrize(
    ("field", "value", "score"),
    [
        ("rr", 8, 3),
        ("rr", 9, 1),
        ("rr", 11, 1),
        ("rr", 12, 0),
        ("rr", 20, 0),
        ("rr", 21, 2),
        ("rr", 24, 2),
        ("rr", 25, 3),
        ("spo2", 91, 3),
        ("spo2", 92, 2),
        ("spo2", 93, 2),
        ("spo2", 94, 1),
        ("spo2", 95, 1),
        ("spo2", 96, 0),
        ("sbp", 90, 3),
        ("sbp", 91, 2),
        ("sbp", 100, 2),
        ("sbp", 101, 1),
        ("sbp", 110, 1),
        ("sbp", 111, 0),
        ("sbp", 219, 0),
        ("sbp", 220, 3),
        ("hr", 40, 3),
        ("hr", 41, 1),
        ("hr", 50, 1),
        ("hr", 51, 0),
        ("hr", 90, 0),
        ("hr", 91, 1),
        ("hr", 110, 1),
        ("hr", 111, 2),
        ("hr", 130, 2),
        ("hr", 131, 3),
        ("t", 35.0, 3),
        ("t", 35.1, 1),
        ("t", 36.0, 1),
        ("t", 36.1, 0),
        ("t", 38.0, 0),
        ("t", 38.1, 1),
        ("t", 39.0, 1),
        ("t", 39.1, 2),
    ],
)
def test_every_boundary_of_the_chart(field: str, value: float, score: int) -> None:
    assert news2(vitals(**{field: value})).total == score


@pytest.mark.parametrize("level", ["C", "V", "P", "U"])
def test_any_new_confusion_or_less_scores_three(level: str) -> None:
    result = news2(vitals(c=level))
    assert result.total == 3 and result.band is News2Band.LOW_MEDIUM


def test_oxygen_scores_two_and_five_is_medium() -> None:
    assert news2(vitals(o2=True)).total == 2
    assert news2(vitals(o2=True, rr=22, hr=95)).band is News2Band.MEDIUM
