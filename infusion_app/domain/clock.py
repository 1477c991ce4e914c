"""Time sources: the system clock in the app, a fake clock in tests.

All wall times are timezone-aware UTC ``datetime``s; elapsed times inside one run
use the monotonic clock so a wall-clock jump cannot shorten an infusion.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Where the app reads the time from."""

    def now(self) -> datetime:
        """The current wall time, timezone-aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start that never go backwards."""
        ...


class SystemClock:
    """The real clock of the laptop."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when a test says so."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        """Move both the wall and the monotonic clock forward."""
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds


def utc_iso(moment: datetime) -> str:
    """ISO 8601 text in UTC with microseconds and a ``Z``, e.g. ``2026-11-24T01:00:00.000000Z``."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no zone; give UTC times only")
    text = moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    return text + "Z"


def parse_utc_iso(text: str) -> datetime:
    """Read back what :func:`utc_iso` wrote (or any ISO 8601 time with a zone)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"time without a zone: {text!r}")
    return moment.astimezone(UTC)
