"""Drip-rate guardrails from the protocol: in band, amber (adjust and recount), red (acknowledge).

A value is never clamped or rounded away: it is judged as typed or measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import DripSpec


class Band(StrEnum):
    """Where a rate falls."""

    IN_BAND = "in_band"
    OUT_OF_BAND = "out_of_band"  # amber: adjust the clamp and recount
    OUTSIDE_HARD_LIMITS = "outside_hard_limits"  # red: acknowledge with a reason


@dataclass(frozen=True)
class RateJudgement:
    """A rate's band, the sentence to show, and whether a reason must be given."""

    band: Band
    message: str
    needs_acknowledgement: bool


def judge_rate(drip: DripSpec, rate_gtt_min: float) -> RateJudgement:
    """Judge a drip rate against the protocol's band and hard limits."""
    low, high = drip.band_min_gtt_min, drip.band_max_gtt_min
    shown = f"{rate_gtt_min:.1f} gtt/min"
    if drip.hard_min_gtt_min <= rate_gtt_min <= drip.hard_max_gtt_min:
        if low <= rate_gtt_min <= high:
            return RateJudgement(Band.IN_BAND, f"{shown}: in the band {low:g}–{high:g}", False)
        way = "slow" if rate_gtt_min < low else "fast"
        return RateJudgement(
            Band.OUT_OF_BAND,
            f"{shown} is too {way} (band {low:g}–{high:g}): adjust the clamp and recount",
            False,
        )
    return RateJudgement(
        Band.OUTSIDE_HARD_LIMITS,
        f"{shown} is outside the safe limits {drip.hard_min_gtt_min:g}–{drip.hard_max_gtt_min:g}:"
        " stop and check the line; acknowledge with a reason",
        True,
    )


def check_acknowledgement(judgement: RateJudgement, reason: str) -> Refusal | None:
    """A red rate is recorded only with a reason saying what was done."""
    if judgement.needs_acknowledgement and not reason.strip():
        return Refusal("acknowledgement_needed", judgement.message + ".")
    return None


def recount_due(drip: DripSpec, reading_at: datetime, band: Band) -> datetime | None:
    """When a recount is due after an out-of-band or red reading (None when in band)."""
    if band is Band.IN_BAND:
        return None
    return reading_at + timedelta(minutes=drip.recount_reminder_min)
