"""NEWS2 escalation (RCP 2017 chart, "clinical response"): a task that stays open until the
nurse records whom she informed and when, or why no one could be.

An aggregate of 5–6, or a single parameter scoring 3, calls for an urgent response; 7 or more
for an emergency response. The protocol file gives the longest interval between observations
each response allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from infusion_app.domain.messages import Message
from infusion_app.domain.news2 import News2, News2Band
from infusion_app.domain.outcomes import Refusal


class Escalation(StrEnum):
    """The response a NEWS2 score calls for (none below 5 without a single 3)."""

    URGENT = "urgent"  # 5–6, or a 3 in any single parameter
    EMERGENCY = "emergency"  # 7 or more


def escalation_for(score: News2) -> Escalation | None:
    """The response ``score`` calls for, None when the ward's routine response suffices."""
    if score.band is News2Band.HIGH:
        return Escalation.EMERGENCY
    if score.band in (News2Band.MEDIUM, News2Band.LOW_MEDIUM):
        return Escalation.URGENT
    return None


@dataclass(frozen=True)
class Acknowledgement:
    """Whom the nurse informed and when (or why no one), and who recorded it."""

    informed: str
    informed_at: datetime | None
    not_informed_reason: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class EscalationTask:
    """One escalation: the set that raised it, its level and its acknowledgement if any."""

    vitals_event_id: str
    session: str
    subject_code: str
    level: Escalation
    news2_total: int
    raised_at: datetime  # when the set was measured
    acknowledgement: Acknowledgement | None

    @property
    def is_open(self) -> bool:
        """True until someone records whom they informed (or why no one)."""
        return self.acknowledgement is None

    @property
    def minutes_to_acknowledgement(self) -> int | None:
        """Whole minutes from the set to the person being informed (None: open, or no one)."""
        ack = self.acknowledgement
        if ack is None or ack.informed_at is None:
            return None
        return int((ack.informed_at - self.raised_at).total_seconds() // 60)


def acknowledgement_problem(
    informed: str, informed_at: datetime | None, reason: str, raised_at: datetime, now: datetime
) -> Refusal | None:
    """A refusal when the acknowledgement does not say whom and when, or why no one."""
    if not informed.strip() and not reason.strip():
        return Refusal(
            "missing_informed",
            "Say whom you informed (name and role) and when, or why no one could be informed.",
        )
    if informed.strip() and informed_at is None:
        return Refusal("missing_informed_at", "Give the time you informed {who}.", who=informed)
    if informed_at is not None and informed_at > now:
        return Refusal("informed_in_future", "The time you informed someone cannot be ahead.")
    if informed_at is not None and informed_at < raised_at:
        return Refusal(
            "informed_before_set",
            "The time you informed someone is before the vital signs that raised the "
            "escalation ({at:%H:%M} UTC).",
            at=raised_at,
        )
    return None


LEVEL_WORDS: dict[Escalation, Message] = {
    Escalation.URGENT: Message("urgent response"),
    Escalation.EMERGENCY: Message("emergency response"),
}
