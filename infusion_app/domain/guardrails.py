"""Drip-rate guardrails from the protocol: in band, amber (adjust and recount), red (acknowledge).

A value is never clamped or rounded away: it is judged as typed or measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from infusion_app.domain.messages import Message
from infusion_app.domain.numbers import as_entered, decimal_places, exact
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
    message: Message
    needs_acknowledgement: bool


def _band(drip: DripSpec, rate: float) -> Band:
    if not drip.hard_min_gtt_min <= rate <= drip.hard_max_gtt_min:
        return Band.OUTSIDE_HARD_LIMITS
    if drip.band_min_gtt_min <= rate <= drip.band_max_gtt_min:
        return Band.IN_BAND
    return Band.OUT_OF_BAND


def shown_rate(drip: DripSpec, rate_gtt_min: float) -> str:
    """The rate as typed or counted when it has at most one decimal ("96", never "96.0";
    "59.9"); a computed estimate with more digits gets one decimal, or as many more as it takes
    for the number shown to fall in the same band as the rate itself (80.04 is "80.04", never
    an in-band "80.0")."""
    number = exact(rate_gtt_min)
    if number is not None and decimal_places(number) <= 1:
        return as_entered(number)
    band = _band(drip, rate_gtt_min)
    for decimals in range(1, 7):
        text = f"{rate_gtt_min:.{decimals}f}"
        if _band(drip, float(text)) is band:
            return text
    return as_entered(rate_gtt_min)


def judge_rate(drip: DripSpec, rate_gtt_min: float) -> RateJudgement:
    """Judge a drip rate against the protocol's band and hard limits."""
    low, high = drip.band_min_gtt_min, drip.band_max_gtt_min
    rate = shown_rate(drip, rate_gtt_min)
    if drip.hard_min_gtt_min <= rate_gtt_min <= drip.hard_max_gtt_min:
        if low <= rate_gtt_min <= high:
            in_band = Message(
                "{rate} gtt/min: in the band {low:g}–{high:g}", rate=rate, low=low, high=high
            )
            return RateJudgement(Band.IN_BAND, in_band, False)
        if rate_gtt_min < low:
            way = Message(
                "{rate} gtt/min is too slow (band {low:g}–{high:g}): adjust the clamp and recount",
                rate=rate,
                low=low,
                high=high,
            )
        else:
            way = Message(
                "{rate} gtt/min is too fast (band {low:g}–{high:g}): adjust the clamp and recount",
                rate=rate,
                low=low,
                high=high,
            )
        return RateJudgement(Band.OUT_OF_BAND, way, False)
    return RateJudgement(
        Band.OUTSIDE_HARD_LIMITS,
        Message(
            "{rate} gtt/min is outside the safe limits {low:g}–{high:g}:"
            " stop and check the line; acknowledge with a reason",
            rate=rate,
            low=drip.hard_min_gtt_min,
            high=drip.hard_max_gtt_min,
        ),
        True,
    )


def check_acknowledgement(judgement: RateJudgement, reason: str) -> Refusal | None:
    """A red rate is recorded only with a reason saying what was done."""
    if judgement.needs_acknowledgement and not reason.strip():
        return Refusal("acknowledgement_needed", "{judgement}.", judgement=judgement.message)
    return None


def recount_due(drip: DripSpec, reading_at: datetime, band: Band) -> datetime | None:
    """When a recount is due after an out-of-band or red reading (None when in band)."""
    if band is Band.IN_BAND:
        return None
    return reading_at + timedelta(minutes=drip.recount_reminder_min)
