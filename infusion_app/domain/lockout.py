"""Sign-in lockout after repeated failures (Part 11 §11.300(d)): numbers from the site settings."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from infusion_app.domain.outcomes import Refusal


def locked_until_after_failure(
    failures_before: int, failed_at: datetime, attempts: int, minutes: int
) -> datetime | None:
    """When this failure locks the account, the time the lock ends; otherwise None."""
    if failures_before + 1 >= attempts:
        return failed_at + timedelta(minutes=minutes)
    return None


def lockout_refusal(locked_until: datetime | None, now: datetime) -> Refusal | None:
    """A refusal saying how long the account stays locked, or None when it is not locked."""
    if locked_until is None or now >= locked_until:
        return None
    minutes_left = math.ceil((locked_until - now).total_seconds() / 60)
    if minutes_left == 1:
        return Refusal(
            "locked_out",
            "Too many failed sign-ins: this account is locked for 1 more minute. "
            "Ask another user to take over, or an administrator to reset the password.",
        )
    return Refusal(
        "locked_out",
        "Too many failed sign-ins: this account is locked for {minutes} more minutes. "
        "Ask another user to take over, or an administrator to reset the password.",
        minutes=minutes_left,
    )
