"""NEWS2 escalation tasks: raised by a recorded set, answered by the nurse who informed someone.

A set of vital signs whose NEWS2 calls for an urgent or emergency response opens a task; it
stays open on the infusion screen, the worklist and the window's status strip until
:func:`acknowledge_escalation` records whom the nurse informed and when (or why no one could
be). The record and the exports list every task with the minutes to acknowledgement.
"""

from __future__ import annotations

from datetime import datetime

from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.escalation import Escalation, EscalationTask, acknowledgement_problem
from infusion_app.domain.event_types import EscalationAcknowledged
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.store.queries.escalations import escalation_tasks, log_position


def session_escalations(ws: Workspace, session_id: str) -> list[EscalationTask]:
    """Every escalation of the session, oldest first, open or answered."""
    return escalation_tasks(ws.db, session_id)


def open_escalations(ws: Workspace, session_id: str | None = None) -> list[EscalationTask]:
    """The escalations still waiting for an acknowledgement (of every session when None),
    emergencies first, then the oldest."""
    waiting = [task for task in escalation_tasks(ws.db, session_id) if task.is_open]
    return sorted(waiting, key=lambda t: (t.level is not Escalation.EMERGENCY, t.raised_at))


def escalations_changed_since(ws: Workspace, position: int) -> int | None:
    """The log's position when it has moved past ``position`` (the open escalations may have
    changed), else None: a screen that shows them every second asks this first."""
    now = log_position(ws.db)
    return now if now != position else None


def _time(text: str) -> datetime | Refusal | None:
    if not text.strip():
        return None
    try:
        return parse_utc_iso(text)
    except ValueError:
        return Refusal(
            "bad_informed_at", "The time you informed someone must be a time with its zone."
        )


@user_action("acknowledge escalation", Role.NURSE, Role.INVESTIGATOR)
def acknowledge_escalation(
    ws: Workspace,
    actor: Actor,
    *,
    session_id: str,
    vitals_event_id: str,
    informed: str = "",
    informed_at: str = "",
    not_informed_reason: str = "",
) -> Outcome:
    """Record whom you informed of a NEWS2 escalation and when (or why no one could be)."""
    task = next(
        (t for t in escalation_tasks(ws.db, session_id) if t.vitals_event_id == vitals_event_id),
        None,
    )
    if task is None:
        return Refusal(
            "no_escalation", "No escalation of this session was raised by that set of vital signs."
        )
    if not task.is_open:
        return Refusal("already_acknowledged", "This escalation is already acknowledged.")
    at = _time(informed_at)
    if isinstance(at, Refusal):
        return at
    now = ws.clock.now()
    if problem := acknowledgement_problem(informed, at, not_informed_reason, task.raised_at, now):
        return problem
    facts = EscalationAcknowledged(
        vitals_event_id=vitals_event_id,
        level=task.level.value,
        informed=informed.strip(),
        informed_at=utc_iso(at) if at else None,
        not_informed_reason=not_informed_reason.strip(),
    )
    draft = facts.draft(actor.username, task.subject_code, session_id)
    minutes = int((at - task.raised_at).total_seconds() // 60) if at else None
    return Accepted(
        tuple(ws.store.append([draft])), {"level": task.level.value, "minutes": minutes}
    )
