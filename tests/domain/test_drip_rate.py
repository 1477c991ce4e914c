"""Drip-rate estimation on synthetic taps with human jitter, counts, pumps and guardrails."""

from __future__ import annotations

import random
import statistics
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infusion_app.domain.drip_rate import (
    TapEstimate,
    estimate_from_taps,
    ml_per_hour,
    naive_rate,
    rate_from_count,
    rate_from_pump,
)
from infusion_app.domain.guardrails import Band, check_acknowledgement, judge_rate, recount_due
from infusion_app.domain.infusion_volume import Pause, RatePoint, volume_status
from infusion_app.domain.outcomes import Refusal
from infusion_app.protocol_files import default_protocol_path, load_protocol

DRIP = load_protocol(default_protocol_path()).drip


def taps_at(rate: float, n: int, jitter_s: float, rng: random.Random) -> list[float]:
    interval = 60 / rate
    return [i * interval + rng.gauss(0, jitter_s) for i in range(n)]


def _estimate(taps: list[float]) -> TapEstimate:
    result = estimate_from_taps(taps)
    assert isinstance(result, TapEstimate), result
    return result


@pytest.mark.parametrize("rate", [60, 70, 80])
def test_clean_taps_with_40_ms_jitter_land_within_one_drop_a_minute(rate: int) -> None:
    rng = random.Random(rate)
    errors = [abs(_estimate(taps_at(rate, 10, 0.040, rng)).rate_gtt_min - rate) for _ in range(300)]
    assert statistics.median(errors) <= 1.0


@pytest.mark.parametrize("rate", [60, 70, 80])
def test_one_missed_tap_is_counted_and_the_rate_stays_right(rate: int) -> None:
    rng = random.Random(rate + 1)
    errors, naive_errors = [], []
    for _ in range(300):
        taps = taps_at(rate, 11, 0.040, rng)
        del taps[rng.randint(1, 9)]
        estimate = _estimate(taps)
        assert any("missed" in note for note in estimate.notes)
        errors.append(abs(estimate.rate_gtt_min - rate))
        naive_errors.append(abs(naive_rate(taps) - rate))
    assert statistics.median(errors) <= 1.0
    assert statistics.median(errors) <= statistics.median(naive_errors) / 2


def test_one_doubled_tap_is_ignored() -> None:
    rng = random.Random(7)
    taps = taps_at(70, 10, 0.030, rng)
    taps.insert(5, taps[4] + 0.12)  # a bounce of the finger
    estimate = _estimate(taps)
    assert "one doubled tap ignored" in estimate.notes
    assert abs(estimate.rate_gtt_min - 70) < 2


def test_the_uncertainty_shrinks_with_more_taps() -> None:
    rng = random.Random(3)
    few = _estimate(taps_at(70, 4, 0.040, rng)).uncertainty_gtt_min
    many = _estimate(taps_at(70, 20, 0.040, rng)).uncertainty_gtt_min
    assert many < few


def test_three_taps_give_a_rate_and_two_do_not() -> None:
    assert isinstance(estimate_from_taps([0.0, 0.85]), Refusal)
    assert round(_estimate([0.0, 1.0, 2.0]).rate_gtt_min) == 60


@given(st.lists(st.floats(min_value=0, max_value=100, allow_nan=False), min_size=0, max_size=30))
def test_any_tap_sequence_gives_a_rate_or_a_reason(taps: list[float]) -> None:
    result = estimate_from_taps(sorted(taps))
    if isinstance(result, TapEstimate):
        assert result.rate_gtt_min > 0 and result.uncertainty_gtt_min >= 0


@pytest.mark.parametrize(
    ("drops", "seconds", "rate"), [(18, 15, 72.0), (35, 30, 70.0), (68, 60, 68.0)]
)
def test_timed_counts(drops: int, seconds: int, rate: float) -> None:
    assert rate_from_count(drops, seconds) == rate


@pytest.mark.parametrize(("drops", "seconds"), [(-1, 30), (18, 20), (200, 15)])
def test_impossible_counts_are_refused(drops: int, seconds: int) -> None:
    assert isinstance(rate_from_count(drops, seconds), Refusal)


def test_pump_rates_convert_with_the_drop_factor() -> None:
    assert rate_from_pump(210, 20) == 70
    assert ml_per_hour(60, 20) == 180  # domain.md §2 table
    assert isinstance(rate_from_pump(-5, 20), Refusal)


@pytest.mark.parametrize(
    ("rate", "band"),
    [
        (60, Band.IN_BAND),
        (80, Band.IN_BAND),
        (59.9, Band.OUT_OF_BAND),
        (95, Band.OUT_OF_BAND),
        (30, Band.OUTSIDE_HARD_LIMITS),
        (150, Band.OUTSIDE_HARD_LIMITS),
    ],
)
def test_guardrails_follow_the_protocol(rate: float, band: Band) -> None:
    judged = judge_rate(DRIP, rate)
    assert judged.band is band
    assert str(judged.message).startswith(f"{rate:g} gtt/min"), "shown as entered, never clamped"
    assert ".0 gtt/min" not in str(judged.message), "96 is never printed 96.0"


@pytest.mark.parametrize(
    ("rate", "shown"),
    [
        (96, "96"),
        (96.0, "96"),
        (59.9, "59.9"),
        (80.04, "80.04"),
        (95.3711, "95.4"),
        (33.3333, "33.3"),
    ],
)
def test_a_rate_is_printed_as_entered_or_to_one_decimal_when_computed(
    rate: float, shown: str
) -> None:
    assert str(judge_rate(DRIP, rate).message).startswith(f"{shown} gtt/min")


def test_red_needs_a_reason_and_amber_a_recount() -> None:
    red = judge_rate(DRIP, 150)
    assert isinstance(check_acknowledgement(red, ""), Refusal)
    assert check_acknowledgement(red, "roller clamp slipped, re-set") is None
    at = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
    assert recount_due(DRIP, at, Band.OUT_OF_BAND) == at + timedelta(minutes=2)
    assert recount_due(DRIP, at, Band.IN_BAND) is None


START = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


def minutes(n: float) -> datetime:
    return START + timedelta(minutes=n)


def test_100_ml_at_60_gtt_min_with_20_gtt_ml_takes_33_minutes() -> None:
    status = volume_status(START, minutes(10), [RatePoint(minutes(1), 60)], [], 20, 100)
    assert status.infused_ml == pytest.approx(30)
    assert status.projected_end == minutes(10) + timedelta(minutes=70 / 3)


def test_volume_is_piecewise_and_pauses_count_for_nothing() -> None:
    readings = [RatePoint(minutes(0), 60), RatePoint(minutes(10), 80)]
    pauses = [Pause(minutes(12), minutes(17))]
    status = volume_status(START, minutes(20), readings, pauses, 20, 100)
    # 10 min at 3 mL/min + (10 − 5 paused) min at 4 mL/min
    assert status.infused_ml == pytest.approx(30 + 20)
    assert status.running_minutes == pytest.approx(15)


def test_no_projected_end_while_paused() -> None:
    status = volume_status(
        START, minutes(5), [RatePoint(minutes(0), 70)], [Pause(minutes(4), None)], 20, 100
    )
    assert status.projected_end is None and status.infused_ml == pytest.approx(14)


def test_the_volume_never_exceeds_the_bag() -> None:
    status = volume_status(START, minutes(90), [RatePoint(minutes(0), 80)], [], 20, 100)
    assert status.infused_ml == 100 and status.remaining_ml == 0
