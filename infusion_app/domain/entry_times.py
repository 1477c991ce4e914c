"""When a recorded thing happened, as the user gives it: not ahead of the clock, and not long
ago without a reason.

A user may record a step after it happened (the infusion was started, then recorded; vital
signs were taken, then typed in). Up to the site's ``backdating_limit_minutes`` (protocol
file, ``[site]``) that is ordinary; beyond it the user gives a reason, which the event keeps
(``"backdated": {"minutes": …, "reason": …}``) and the record, the audit trail and the PDF show
beside the time. Nothing is recorded more than :data:`LONGEST_BACKDATE` after it happened, and
nothing more than :data:`CLOCK_SKEW` ahead of the laptop's clock (two clocks never agree to the
second; a time further ahead is a mistyped hour or date).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from infusion_app.domain.outcomes import Refusal

CLOCK_SKEW = timedelta(minutes=2)
LONGEST_BACKDATE = timedelta(hours=24)


@dataclass(frozen=True)
class Backdated:
    """A time entered later than the site allows without a reason, and the reason given."""

    minutes: int  # how long after it happened it was entered
    reason: str

    def payload(self) -> dict[str, Any]:
        """As the event keeps it, under ``"backdated"``."""
        return {"minutes": self.minutes, "reason": self.reason}


def ahead_of_the_clock(field: str) -> Refusal:
    """The refusal of a time further ahead of the clock than :data:`CLOCK_SKEW`."""
    return Refusal(
        "time_in_future",
        "{field}: the time is ahead of this laptop's clock by more than {skew} minutes; "
        "check the date and the hour.",
        field=field,
        skew=int(CLOCK_SKEW.total_seconds() // 60),
    )


def judge_entry_time(
    field: str, moment: datetime, now: datetime, limit_minutes: int, reason: str
) -> Backdated | Refusal | None:
    """None when ``moment`` may be recorded as it is; :class:`Backdated` when it is older than
    the site's limit and a reason is given; otherwise the refusal, naming ``field``."""
    if moment > now + CLOCK_SKEW:
        return ahead_of_the_clock(field)
    late = now - moment
    if late > LONGEST_BACKDATE:
        return Refusal(
            "time_too_early",
            "{field}: the time is more than {hours} hours ago; it cannot be recorded now.",
            field=field,
            hours=int(LONGEST_BACKDATE.total_seconds() // 3600),
        )
    minutes = int(late.total_seconds() // 60)
    if minutes <= limit_minutes:
        return None
    if not reason.strip():
        return Refusal(
            "backdated_without_reason",
            "{field}: the time is {minutes} minutes ago, more than the site's {limit} minutes; "
            "give the reason it is recorded late.",
            field=field,
            minutes=minutes,
            limit=limit_minutes,
        )
    return Backdated(minutes, reason.strip())


def backdated_of(payload: dict[str, Any]) -> Backdated | None:
    """The backdating an event's payload records, or None."""
    found = payload.get("backdated")
    minutes = found.get("minutes") if isinstance(found, dict) else None
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        return None
    return Backdated(minutes, str(found.get("reason", "")))  # type: ignore[union-attr]
