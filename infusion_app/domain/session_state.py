"""The infusion session's state machine (DESIGN.md, "An infusion session").

``scheduled → checking → ready → infusing ⇄ paused → ended → observing → signed``

The domain alone decides whether a step may happen; a disabled button is a courtesy.
Later issues add guards (checks complete, product verified) on top of these moves.
"""

from __future__ import annotations

from enum import StrEnum

from infusion_app.domain.messages import Listing, Message
from infusion_app.domain.outcomes import Refusal


class SessionState(StrEnum):
    """Where a session stands."""

    SCHEDULED = "scheduled"
    CHECKING = "checking"
    READY = "ready"
    INFUSING = "infusing"
    PAUSED = "paused"
    ENDED = "ended"
    OBSERVING = "observing"
    SIGNED = "signed"


class SessionAction(StrEnum):
    """What a person can do to a session's state."""

    BEGIN_CHECKS = "begin_checks"
    MARK_READY = "mark_ready"
    START = "start_infusion"
    PAUSE = "pause_infusion"
    RESUME = "resume_infusion"
    COMPLETE = "complete_infusion"
    STOP = "stop_infusion"
    BEGIN_OBSERVATION = "begin_observation"
    SIGN = "sign_session"


class EndReason(StrEnum):
    """Why an infusion was paused or stopped early (a free text goes with OTHER)."""

    REACTION = "reaction"
    OCCLUSION = "occlusion"
    INFILTRATION = "infiltration"
    PARTICIPANT_REQUEST = "participant_request"
    OTHER = "other"


S, A = SessionState, SessionAction

TRANSITIONS: dict[tuple[SessionState, SessionAction], SessionState] = {
    (S.SCHEDULED, A.BEGIN_CHECKS): S.CHECKING,
    (S.CHECKING, A.MARK_READY): S.READY,
    (S.READY, A.START): S.INFUSING,
    (S.INFUSING, A.PAUSE): S.PAUSED,
    (S.PAUSED, A.RESUME): S.INFUSING,
    (S.INFUSING, A.COMPLETE): S.ENDED,
    (S.PAUSED, A.COMPLETE): S.ENDED,
    (S.INFUSING, A.STOP): S.ENDED,
    (S.PAUSED, A.STOP): S.ENDED,
    (S.ENDED, A.BEGIN_OBSERVATION): S.OBSERVING,
    (S.OBSERVING, A.SIGN): S.SIGNED,
}

STATE_WORDS: dict[SessionState, Message] = {
    S.SCHEDULED: Message("scheduled and its pre-infusion checks have not begun"),
    S.CHECKING: Message("still in its pre-infusion checks"),
    S.READY: Message("ready but the infusion has not started"),
    S.INFUSING: Message("infusing"),
    S.PAUSED: Message("paused"),
    S.ENDED: Message("ended and observation has not begun"),
    S.OBSERVING: Message("in post-infusion observation"),
    S.SIGNED: Message("signed and locked"),
}

ACTION_WORDS: dict[SessionAction, Message] = {
    A.BEGIN_CHECKS: Message("Begin the pre-infusion checks"),
    A.MARK_READY: Message("Mark the session ready"),
    A.START: Message("Start the infusion"),
    A.PAUSE: Message("Pause the infusion"),
    A.RESUME: Message("Resume the infusion"),
    A.COMPLETE: Message("Complete the infusion"),
    A.STOP: Message("Stop the infusion"),
    A.BEGIN_OBSERVATION: Message("Begin observation"),
    A.SIGN: Message("Sign the session"),
}

# Refusals a nurse meets often get a sentence of their own that says what to do instead.
SPECIFIC_REFUSALS: dict[tuple[SessionState, SessionAction], Message] = {
    (S.SCHEDULED, A.START): Message(
        "The infusion cannot start: the pre-infusion checks have not begun."
    ),
    (S.CHECKING, A.START): Message(
        "The infusion cannot start: the pre-infusion checks are not complete."
    ),
    (S.INFUSING, A.START): Message("The infusion is already running."),
    (S.PAUSED, A.START): Message("The infusion is paused: resume it instead of starting it again."),
    (S.INFUSING, A.RESUME): Message("The infusion is already running."),
    (S.INFUSING, A.SIGN): Message("The session cannot be signed while the infusion is running."),
    (S.PAUSED, A.SIGN): Message("The session cannot be signed while the infusion is paused."),
    (S.ENDED, A.SIGN): Message("The session cannot be signed before the observation period."),
    (S.SIGNED, A.SIGN): Message("This session is already signed."),
}


def transition(state: SessionState, action: SessionAction) -> SessionState | Refusal:
    """The state after ``action``, or a :class:`Refusal` saying why it may not happen now."""
    target = TRANSITIONS.get((state, action))
    if target is not None:
        return target
    return Refusal(f"illegal_transition.{state}.{action}", refusal_reason(state, action))


def refusal_reason(state: SessionState, action: SessionAction) -> Message:
    """The sentence a nurse reads when ``action`` is not allowed in ``state``."""
    specific = SPECIFIC_REFUSALS.get((state, action))
    if specific:
        return specific
    if state is S.SIGNED:
        return Message(
            "{action}: not possible, the session is signed and locked. "
            "A correction is recorded as a new entry with its reason.",
            action=ACTION_WORDS[action],
        )
    return Message(
        "{action}: not possible while the session is {state}.",
        action=ACTION_WORDS[action],
        state=STATE_WORDS[state],
    )


def allowed_actions(state: SessionState) -> tuple[SessionAction, ...]:
    """The actions the state machine allows from ``state``, in the order a nurse meets them."""
    return tuple(action for action in SessionAction if (state, action) in TRANSITIONS)


def check_reason(reason: str | None, text: str | None) -> Refusal | None:
    """A pause or stop needs a reason from :class:`EndReason`, and a text when it is OTHER."""
    if reason is None or reason not in EndReason.__members__.values():
        choices = Listing(r.value for r in EndReason)
        return Refusal("missing_reason", "Choose a reason ({choices}).", choices=choices)
    if reason == EndReason.OTHER and not (text or "").strip():
        return Refusal("missing_reason_text", "Describe the reason when you choose 'other'.")
    return None
