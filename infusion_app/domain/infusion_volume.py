"""Volume infused, remaining and projected end, from drip readings and the drop factor.

Each reading's rate holds from its time until the next reading; the first reading's rate is
taken back to the start. Paused time counts for nothing. Counted drops are an estimate (an
albumin suspension drips smaller drops than water): the screen says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RatePoint:
    """A drip reading: when, and how fast (gtt/min)."""

    at: datetime
    rate_gtt_min: float


@dataclass(frozen=True)
class Pause:
    """A pause; ``until`` is None while it lasts."""

    since: datetime
    until: datetime | None


@dataclass(frozen=True)
class VolumeStatus:
    """Where the bag stands now (mL); ``projected_end`` is None while paused or without a rate."""

    infused_ml: float
    remaining_ml: float
    projected_end: datetime | None
    running_minutes: float
    counted_drops: float = 0.0  # drops the readings imply over the running time


def _paused_seconds(
    start: datetime, end: datetime, pauses: Sequence[Pause], now: datetime
) -> float:
    total = 0.0
    for pause in pauses:
        since, until = max(pause.since, start), min(pause.until or now, end)
        total += max(0.0, (until - since).total_seconds())
    return total


def observed_drop_factor(counted_drops: float, volume_ml: float) -> float | None:
    """The drop factor (gtt/mL) a completed bag implies: the drops the readings count over
    the real running time, divided by the volume the empty bag held; None without readings."""
    if counted_drops <= 0 or volume_ml <= 0:
        return None
    return round(counted_drops / volume_ml, 1)


def volume_status(
    start: datetime,
    now: datetime,
    readings: Sequence[RatePoint],
    pauses: Sequence[Pause],
    drop_factor_gtt_ml: float,
    volume_ml: float,
) -> VolumeStatus:
    """The estimate at ``now`` for an infusion started at ``start``; ``drop_factor_gtt_ml`` is
    the fluid's drops per mL on the session's set (nominal × the vehicle's ratio)."""
    points = sorted(readings, key=lambda r: r.at)
    drops = 0.0
    for i, point in enumerate(points):
        begin = start if i == 0 else point.at
        end = points[i + 1].at if i + 1 < len(points) else now
        if end <= begin:
            continue
        running = (end - begin).total_seconds() - _paused_seconds(begin, end, pauses, now)
        drops += point.rate_gtt_min * running / 60
    infused = min(drops / drop_factor_gtt_ml, volume_ml)
    remaining = volume_ml - infused
    running_minutes = (
        (now - start).total_seconds() - _paused_seconds(start, now, pauses, now)
    ) / 60
    paused_now = any(p.until is None for p in pauses)
    projected = None
    if points and not paused_now and points[-1].rate_gtt_min > 0:
        ml_per_min = points[-1].rate_gtt_min / drop_factor_gtt_ml
        projected = now + timedelta(minutes=remaining / ml_per_min)
    return VolumeStatus(infused, remaining, projected, running_minutes, drops)
