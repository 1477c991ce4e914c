"""Wall-clock jumps: noticed by comparing the wall clock with the monotonic clock.

Between two observations the wall clock and the monotonic clock should move by the same
amount. When they differ by more than a threshold, someone (or NTP, or a flat CMOS battery) set
the wall clock: the jump is noted in the record as a ``clock.jump_detected`` event.

Inside one run, elapsed time comes from the monotonic clock (:class:`SteadyClock`), so a jump
cannot shorten or stretch an infusion; across runs it comes from the recorded wall times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from infusion_app.domain.clock import Clock, utc_iso
from infusion_app.domain.events import EventDraft

CLOCK_JUMP_DETECTED = "clock.jump_detected"
DEFAULT_THRESHOLD_S = 60.0
SYSTEM_ACTOR = "system"


@dataclass(frozen=True)
class ClockJump:
    """The wall clock moved ``jump_s`` seconds more (or, if negative, less) than real time."""

    jump_s: float
    wall_before: datetime
    wall_after: datetime
    monotonic_elapsed_s: float

    def draft(self, actor: str = SYSTEM_ACTOR) -> EventDraft:
        """The ``clock.jump_detected`` event that notes this jump in the record."""
        payload = {
            "jump_s": round(self.jump_s, 3),
            "wall_before": utc_iso(self.wall_before),
            "wall_after": utc_iso(self.wall_after),
            "monotonic_elapsed_s": round(self.monotonic_elapsed_s, 3),
        }
        return EventDraft(CLOCK_JUMP_DETECTED, actor, payload)


class ClockJumpDetector:
    """Remembers the last (wall, monotonic) pair; reports a jump when the next one disagrees."""

    def __init__(self, threshold_s: float = DEFAULT_THRESHOLD_S) -> None:
        self.threshold_s = threshold_s
        self._last: tuple[datetime, float] | None = None

    def observe(self, wall: datetime, monotonic: float) -> ClockJump | None:
        """Note one observation; a :class:`ClockJump` when the wall clock jumped since the last."""
        last, self._last = self._last, (wall, monotonic)
        if last is None:
            return None
        real_s = monotonic - last[1]
        jump_s = (wall - last[0]).total_seconds() - real_s
        if abs(jump_s) <= self.threshold_s:
            return None
        return ClockJump(jump_s, last[0], wall, real_s)

    def observe_clock(self, clock: Clock) -> ClockJump | None:
        """Observe ``clock`` now (call it from the UI's tick, e.g. every few seconds)."""
        return self.observe(clock.now(), clock.monotonic())


class SteadyClock:
    """A wall clock that moves with the monotonic clock inside one run.

    It reads the base clock's wall time once, at start-up, and from then on adds monotonic
    seconds. Elapsed times inside a run are therefore immune to wall-clock jumps; the jump
    itself is noted (``detector``) and the next run starts from the corrected wall time.
    """

    def __init__(self, base: Clock, threshold_s: float = DEFAULT_THRESHOLD_S) -> None:
        self.base = base
        self._anchor_wall = base.now()
        self._anchor_monotonic = base.monotonic()
        self.detector = ClockJumpDetector(threshold_s)
        self.detector.observe(self._anchor_wall, self._anchor_monotonic)

    def now(self) -> datetime:
        elapsed = self.base.monotonic() - self._anchor_monotonic
        return self._anchor_wall + timedelta(seconds=elapsed)

    def monotonic(self) -> float:
        return self.base.monotonic()

    def check(self) -> ClockJump | None:
        """Compare the base clock's wall time with monotonic time since the last check."""
        return self.detector.observe_clock(self.base)
