"""Post-infusion observation: when it is over, and ending it early.

Observation runs the rest of the protocol's vitals schedule: every slot anchored at the end
of the infusion (at the end; 30, 60 and 120 min after in NCT06610773 — whatever the protocol
file says). It is over when each of those slots is done, on time or late, or when an
investigator ended it early with a reason. Until then the session may not be signed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from infusion_app.domain.messages import Localized, Message
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import Anchor
from infusion_app.domain.session_state import STATE_WORDS, SessionState
from infusion_app.domain.vitals_schedule import SlotStatus

# Refusal codes, stable for programs and tests.
NOT_OVER = "observation_not_over"
ALREADY_OVER = "observation_already_over"
ALREADY_ENDED = "observation_already_ended"
MISSING_REASON = "missing_early_end_reason"
NOT_OBSERVING = "not_observing"

# The plain English reasons, in one place (the screens show their own translated words).
REASONS = {
    NOT_OVER: Message(
        "The session cannot be signed yet: {left} of {total} post-infusion checks of vital "
        "signs are still to do (next: {next}). Record them, or an investigator may end "
        "observation early with a reason."
    ),
    ALREADY_OVER: Message("Observation is already over: every post-infusion check is done."),
    ALREADY_ENDED: Message("Observation was already ended early."),
    MISSING_REASON: Message("Give the reason for ending observation early."),
    NOT_OBSERVING: Message("End observation early: not possible while the session is {state}."),
}


@dataclass(frozen=True)
class EarlyEnd:
    """An investigator ended observation before the last slot: who, when (UTC) and why."""

    by: str
    at: datetime
    reason: str


@dataclass(frozen=True)
class ObservationProgress:
    """The post-infusion slots of one session and whether observation is over.

    Attributes:
        slots: the slots anchored at the end of the infusion, in due order.
        early_end: set when an investigator ended observation early.
    """

    slots: tuple[SlotStatus, ...]
    early_end: EarlyEnd | None = None

    @property
    def total(self) -> int:
        return len(self.slots)

    @property
    def left(self) -> tuple[SlotStatus, ...]:
        """The slots not yet done, in due order."""
        return tuple(s for s in self.slots if not s.is_done)

    @property
    def next_slot(self) -> SlotStatus | None:
        """The first slot still to do, or None when every one is done."""
        return self.left[0] if self.left else None

    @property
    def all_done(self) -> bool:
        return not self.left

    @property
    def is_over(self) -> bool:
        """Every post-infusion slot done, or ended early by an investigator."""
        return self.all_done or self.early_end is not None


def observation_progress(
    statuses: Iterable[SlotStatus], early_end: EarlyEnd | None = None
) -> ObservationProgress:
    """The progress of observation from a session's slot statuses (all of them, any order)."""
    post = sorted((s for s in statuses if s.anchor is Anchor.END), key=lambda s: s.due_at)
    return ObservationProgress(tuple(post), early_end)


def observation_refusal(progress: ObservationProgress) -> Refusal | None:
    """None when observation is over (the session may be signed); otherwise why not."""
    if progress.is_over:
        return None
    left = progress.left  # not over: at least one slot is left
    upcoming = Localized(left[0].label.en, left[0].label.zh)
    reason = REASONS[NOT_OVER].with_fields(left=len(left), total=progress.total, next=upcoming)
    return Refusal(NOT_OVER, reason)


def early_end_refusal(
    state: SessionState, progress: ObservationProgress, reason: str
) -> Refusal | None:
    """None when observation may be ended early now with ``reason``; otherwise why not."""
    if state is not SessionState.OBSERVING:
        return Refusal(NOT_OBSERVING, REASONS[NOT_OBSERVING].with_fields(state=STATE_WORDS[state]))
    if not reason.strip():
        return Refusal(MISSING_REASON, REASONS[MISSING_REASON])
    if progress.early_end is not None:
        return Refusal(ALREADY_ENDED, REASONS[ALREADY_ENDED])
    if progress.all_done:
        return Refusal(ALREADY_OVER, REASONS[ALREADY_OVER])
    return None
