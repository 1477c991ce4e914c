"""Drip rate from taps, timed counts or a pump, in drops per minute (gtt/min).

Tap counting: the rate from n taps is (n − 1) ÷ (t_last − t_first). A missed tap shows as an
interval about twice the median; a doubled tap as two short intervals summing to about one
median. The estimator finds those against the median interval, counts them right, and then
uses the whole span — as accurate as the naive estimate when the taps are clean, and robust
when one tap is missed or doubled.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from infusion_app.domain.outcomes import Refusal

MIN_TAPS = 3
TIMED_COUNT_SECONDS = (15, 30, 60)
MAX_PLAUSIBLE_GTT_MIN = 300.0  # faster is a stream, not drops: refuse as impossible


class ReadingMethod(StrEnum):
    """How a drip rate was obtained (stored with every reading)."""

    TAP = "tap"
    TIMED_COUNT = "timed_count"
    PUMP = "pump"


@dataclass(frozen=True)
class TapEstimate:
    """A rate from taps with its ± uncertainty (about 95 %) and what was corrected."""

    rate_gtt_min: float
    uncertainty_gtt_min: float
    intervals: int  # drop intervals the taps cover after corrections
    notes: tuple[str, ...]


def naive_rate(taps: Sequence[float]) -> float:
    """(n − 1) ÷ span, in gtt/min: the textbook estimate, for comparison."""
    return (len(taps) - 1) * 60 / (taps[-1] - taps[0])


def _count_intervals(gaps: list[float], median: float) -> tuple[int, list[str]]:
    """Drop intervals the gaps stand for: a ~2× gap is two, two short gaps summing ~1× are one."""
    count, notes, i = 0, [], 0
    while i < len(gaps):
        gap = gaps[i]
        pair = gap + gaps[i + 1] if i + 1 < len(gaps) else None
        if gap < 0.6 * median and pair is not None and 0.7 * median <= pair <= 1.3 * median:
            count, i = count + 1, i + 2
            notes.append("one doubled tap ignored")
            continue
        whole = max(1, round(gap / median))
        if whole > 1:
            notes.append(f"{whole - 1} missed tap{'s' if whole > 2 else ''} counted")
        count, i = count + whole, i + 1
    return count, notes


def estimate_from_taps(taps: Sequence[float]) -> TapEstimate | Refusal:
    """The rate from tap times (seconds, increasing, monotonic clock)."""
    if len(taps) < MIN_TAPS:
        return Refusal("too_few_taps", "Tap at least {taps} drops.", taps=MIN_TAPS)
    if not all(math.isfinite(t) for t in taps):
        return Refusal("bad_taps", "Tap times must be real times in seconds.")
    gaps = [b - a for a, b in itertools.pairwise(taps)]
    if any(g <= 0 for g in gaps):
        return Refusal("bad_taps", "Tap times must increase.")
    median = statistics.median(gaps)
    intervals, notes = _count_intervals(gaps, median)
    span = taps[-1] - taps[0]
    rate = intervals * 60 / span
    per_drop = [g / max(1, round(g / median)) for g in gaps if g >= 0.6 * median]
    spread = statistics.stdev(per_drop) if len(per_drop) > 1 else 0.0
    # Timing errors only matter at the ends of the span; the spread stands for them.
    uncertainty = 2 * rate * (spread * math.sqrt(2) / span) + 0.5 * 60 / span / intervals
    return TapEstimate(rate, uncertainty, intervals, tuple(notes))


def rate_from_count(drops: int, seconds: int) -> float | Refusal:
    """Drops counted over 15, 30 or 60 seconds, as gtt/min."""
    if seconds not in TIMED_COUNT_SECONDS:
        return Refusal("bad_seconds", "Count over 15, 30 or 60 seconds.")
    if isinstance(drops, bool) or not isinstance(drops, int) or drops < 0:
        return Refusal("bad_count", "Type the number of drops you counted (a whole number).")
    rate = drops * 60 / seconds
    if rate > MAX_PLAUSIBLE_GTT_MIN:
        return Refusal(
            "impossible_rate",
            "{drops} drops in {seconds} s is {rate:g} gtt/min: count again.",
            drops=drops,
            seconds=seconds,
            rate=rate,
        )
    return float(rate)


def rate_from_pump(ml_per_hour: float, drop_factor_gtt_ml: float) -> float | Refusal:
    """A pump's mL/h as gtt/min for the giving set's drop factor."""
    if not 0 <= ml_per_hour <= 2000:  # also refuses NaN
        return Refusal("impossible_pump_rate", "A pump rate is between 0 and 2000 mL/h.")
    return ml_per_hour * drop_factor_gtt_ml / 60


def ml_per_hour(rate_gtt_min: float, drop_factor_gtt_ml: float) -> float:
    """gtt/min as mL/h: gtt/min × 60 ÷ drop factor."""
    return rate_gtt_min * 60 / drop_factor_gtt_ml
