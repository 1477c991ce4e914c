"""A wall-clock jump is noticed, noted in the record, and cannot change an elapsed time."""

from __future__ import annotations

from datetime import timedelta

import pytest

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.clock_jumps import (
    CLOCK_JUMP_DETECTED,
    ClockJumpDetector,
    SteadyClock,
)
from infusion_app.services.context import Workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.rebuild import rebuild_check


def jump_wall(clock: FakeClock, seconds: float) -> None:
    """Someone sets the laptop's clock: the wall time moves, real time does not."""
    clock._now += timedelta(seconds=seconds)


def test_time_passing_is_not_a_jump(clock: FakeClock) -> None:
    detector = ClockJumpDetector()
    assert detector.observe_clock(clock) is None
    clock.advance(3600)
    assert detector.observe_clock(clock) is None


@pytest.mark.parametrize("size", [3600.0, -900.0, 61.0])
def test_a_jump_is_detected_with_its_size(clock: FakeClock, size: float) -> None:
    detector = ClockJumpDetector(threshold_s=60)
    detector.observe_clock(clock)
    clock.advance(30)
    jump_wall(clock, size)
    jump = detector.observe_clock(clock)
    assert jump is not None and jump.jump_s == pytest.approx(size)
    assert jump.monotonic_elapsed_s == pytest.approx(30)
    assert detector.observe_clock(clock) is None  # noted once


def test_small_drift_is_not_a_jump(clock: FakeClock) -> None:
    detector = ClockJumpDetector(threshold_s=60)
    detector.observe_clock(clock)
    jump_wall(clock, 59)
    assert detector.observe_clock(clock) is None


def test_the_steady_clock_keeps_elapsed_time_through_a_jump(clock: FakeClock) -> None:
    steady = SteadyClock(clock)
    start = steady.now()
    clock.advance(600)
    jump_wall(clock, -3600)  # the clock is set back an hour mid-infusion
    assert steady.now() - start == timedelta(seconds=600)
    jump = steady.check()
    assert jump is not None and jump.jump_s == pytest.approx(-3600)
    assert SteadyClock(clock).now() == clock.now()  # the next run takes the new wall time


def test_a_jump_is_noted_in_the_record_as_a_log_only_event(
    workspace: Workspace, clock: FakeClock
) -> None:
    detector = ClockJumpDetector()
    detector.observe_clock(clock)
    jump_wall(clock, 7200)
    jump = detector.observe_clock(clock)
    assert jump is not None
    (event,) = workspace.store.append([jump.draft()])
    assert event.type == CLOCK_JUMP_DETECTED and event.actor == "system"
    assert event.payload == {
        "jump_s": 7200.0,
        "wall_before": "2026-11-24T01:00:00.000000Z",
        "wall_after": "2026-11-24T03:00:00.000000Z",
        "monotonic_elapsed_s": 0.0,
    }
    assert verify_log(workspace.db).ok and rebuild_check(workspace.db) == []
