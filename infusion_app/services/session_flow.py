"""Moving a session through its states: one service function per step a nurse takes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.entry_times import Backdated, judge_entry_time
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.infusion_volume import observed_drop_factor
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import (
    SessionAction,
    check_reason,
    transition,
)
from infusion_app.services.administration import (
    baseline_problem,
    dose_problem,
    product_at_start_problem,
    rescan_pending,
)
from infusion_app.services.bedside import product_problem
from infusion_app.services.checks import checklist
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.infusion import infusion_status
from infusion_app.services.records import known_session
from infusion_app.store.backups import BACKUPS

A = SessionAction
# Session milestones after which an online backup of the database file is taken.
MILESTONES = {
    A.START: "session_started",
    A.COMPLETE: "session_ended",
    A.STOP: "session_ended",
    A.SIGN: "session_signed",
}
EVENT_OF_ACTION: dict[SessionAction, str] = {
    A.BEGIN_CHECKS: EventType.SESSION_CHECKS_BEGUN,
    A.MARK_READY: EventType.SESSION_MARKED_READY,
    A.START: EventType.INFUSION_STARTED,
    A.PAUSE: EventType.INFUSION_PAUSED,
    A.RESUME: EventType.INFUSION_RESUMED,
    A.COMPLETE: EventType.INFUSION_COMPLETED,
    A.STOP: EventType.INFUSION_STOPPED,
    A.BEGIN_OBSERVATION: EventType.OBSERVATION_BEGUN,
    A.SIGN: EventType.SESSION_SIGNED,
}


def _occurred_at(
    ws: Workspace, occurred_at: str | None, backdate_reason: str = ""
) -> tuple[str, Backdated | None] | Refusal:
    """The time the step happened: now, or a time given (not ahead of the clock; long ago only
    with a reason, see :mod:`infusion_app.domain.entry_times`)."""
    now = ws.clock.now()
    if occurred_at is None:
        return utc_iso(now), None
    try:
        moment = parse_utc_iso(occurred_at)
    except ValueError:
        return Refusal("bad_time", "The time must be an ISO 8601 time with its zone.")
    limit = ws.protocol.site.backdating_limit_minutes
    judged = judge_entry_time("occurred_at", moment, now, limit, backdate_reason)
    if isinstance(judged, Refusal):
        return judged
    return utc_iso(moment), judged


def move_session(
    ws: Workspace,
    actor: Actor,
    session_id: str,
    action: SessionAction,
    extra: dict[str, Any] | None = None,
    occurred_at: str | None = None,
    before_recording: Callable[[], Refusal | None] | None = None,
    backdate_reason: str = "",
) -> Outcome:
    """Validate one state transition with the domain, then record it as one event.

    ``before_recording`` runs once the move is known to be legal (e.g. a signature's password).
    """
    header = known_session(ws, session_id)
    if isinstance(header, Refusal):
        return header
    state = header.state
    target = transition(state, action)
    if isinstance(target, Refusal):
        return target
    timed = _occurred_at(ws, occurred_at, backdate_reason)
    if isinstance(timed, Refusal):
        return timed
    when, backdated = timed
    if before_recording and (problem := before_recording()):
        return problem
    payload = {"from": state.value, "to": target.value, **(extra or {})}
    if backdated is not None:
        payload["backdated"] = backdated.payload()
    subject = header.subject_code
    draft = EventDraft(EVENT_OF_ACTION[action], actor.username, payload, subject, session_id, when)
    events = tuple(ws.store.append([draft]))
    if action in MILESTONES:
        BACKUPS.request(ws, MILESTONES[action])  # in the background; a full disk is logged
    return Accepted(events, {"state": target.value})


@user_action("begin checks", Role.NURSE, Role.INVESTIGATOR)
def begin_checks(ws: Workspace, actor: Actor, *, session_id: str) -> Outcome:
    """Open the pre-infusion checklist of a scheduled session."""
    return move_session(ws, actor, session_id, A.BEGIN_CHECKS)


@user_action("mark ready", Role.NURSE, Role.INVESTIGATOR)
def mark_ready(ws: Workspace, actor: Actor, *, session_id: str) -> Outcome:
    """Ready when every pre-infusion check holds and the bag is verified at the bedside."""

    def checks_hold() -> Refusal | None:
        return (
            checklist(ws, session_id).refusal()
            or product_problem(ws, session_id)
            or baseline_problem(ws, session_id, ws.clock.now())
            or dose_problem(ws, actor, session_id)
        )

    return move_session(ws, actor, session_id, A.MARK_READY, before_recording=checks_hold)


@user_action("start infusion", Role.NURSE, Role.INVESTIGATOR)
def start_infusion(
    ws: Workspace,
    actor: Actor,
    *,
    session_id: str,
    occurred_at: str | None = None,
    backdate_reason: str = "",
) -> Outcome:
    """Start the infusion; the start time anchors the elapsed timer.

    A start recorded longer after it happened than the site's ``backdating_limit_minutes``
    needs ``backdate_reason``, which the record shows beside the time.

    The bag is judged again at the start: today's weight, expiry against the projected end
    with the session's giving set, hours since preparation, the bedside check's age; and the
    baseline vital signs must lie inside the protocol's window before the start.
    """

    def fit_to_start() -> Refusal | None:
        timed = _occurred_at(ws, occurred_at, backdate_reason)
        if isinstance(timed, Refusal):
            return timed
        start = parse_utc_iso(timed[0])
        return (
            rescan_pending(ws, session_id)
            or dose_problem(ws, actor, session_id)
            or product_at_start_problem(ws, actor, session_id, start)
            or baseline_problem(ws, session_id, start)
        )

    return move_session(
        ws,
        actor,
        session_id,
        A.START,
        occurred_at=occurred_at,
        before_recording=fit_to_start,
        backdate_reason=backdate_reason,
    )


@user_action("pause infusion", Role.NURSE, Role.INVESTIGATOR)
def pause_infusion(
    ws: Workspace, actor: Actor, *, session_id: str, reason: str, reason_text: str = ""
) -> Outcome:
    """Pause the infusion with a reason (reaction, occlusion, infiltration, request, other)."""
    if problem := check_reason(reason, reason_text):
        return problem
    return move_session(
        ws, actor, session_id, A.PAUSE, {"reason": reason, "reason_text": reason_text}
    )


@user_action("resume infusion", Role.NURSE, Role.INVESTIGATOR)
def resume_infusion(ws: Workspace, actor: Actor, *, session_id: str) -> Outcome:
    """Resume a paused infusion."""
    return move_session(ws, actor, session_id, A.RESUME)


@user_action("complete infusion", Role.NURSE, Role.INVESTIGATOR)
def complete_infusion(
    ws: Workspace, actor: Actor, *, session_id: str, bag_empty: bool, line_flushed: bool
) -> Outcome:
    """The bag is empty and the line flushed: the infusion ends as completed."""
    if not (bag_empty and line_flushed):
        return Refusal(
            "not_finished",
            "Complete the infusion when the bag is empty and the line flushed; otherwise stop "
            "it with a reason.",
        )
    extra: dict[str, Any] = {"outcome": "completed", "bag_empty": True, "line_flushed": True}
    known = known_session(ws, session_id)
    status = None if isinstance(known, Refusal) else infusion_status(ws, session_id)
    if status is not None and status.volume is not None:
        # Albumin suspensions drip smaller drops than water: the factor the bag really had.
        observed = observed_drop_factor(status.volume.counted_drops, ws.protocol.dose.volume_ml)
        extra["nominal_drop_factor_gtt_ml"] = status.drop_factor_gtt_ml
        extra["estimate_drop_factor_gtt_ml"] = status.estimate_drop_factor_gtt_ml
        extra["observed_drop_factor_gtt_ml"] = observed
    return move_session(ws, actor, session_id, A.COMPLETE, extra)


@user_action("stop infusion", Role.NURSE, Role.INVESTIGATOR)
def stop_infusion(
    ws: Workspace, actor: Actor, *, session_id: str, reason: str, reason_text: str = ""
) -> Outcome:
    """Stop the infusion early, with a reason; the session ends as stopped."""
    if problem := check_reason(reason, reason_text):
        return problem
    extra = {"outcome": "stopped", "reason": reason, "reason_text": reason_text}
    return move_session(ws, actor, session_id, A.STOP, extra)


@user_action("begin observation", Role.NURSE, Role.INVESTIGATOR)
def begin_observation(ws: Workspace, actor: Actor, *, session_id: str) -> Outcome:
    """Start the post-infusion observation period."""
    return move_session(ws, actor, session_id, A.BEGIN_OBSERVATION)
