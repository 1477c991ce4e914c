"""A scheduled set of vital signs not taken, with a reason (as Open-eObs records it).

The nurse names a reason from the protocol's list (``[vitals_not_taken]``: participant asleep,
refused, away from the bed, emergency elsewhere, equipment unavailable) and may add a note. The
slot then counts as attempted with that reason, never missed, and a follow-up set is due after
the protocol's interval (:func:`infusion_app.services.vitals.schedule_status`). A set partly
taken goes through :func:`infusion_app.services.vitals.record_vitals` with ``partial_reason``.
"""

from __future__ import annotations

from datetime import timedelta

from infusion_app.domain.clock import utc_iso
from infusion_app.domain.event_types import VitalsNotTaken
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import NotTakenReason
from infusion_app.domain.roles import Role
from infusion_app.domain.vitals_schedule import match_slot
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.vitals import entry_time, not_taken_reason, open_session
from infusion_app.services.vitals_schedule import schedule_status


def not_taken_reasons(ws: Workspace) -> tuple[NotTakenReason, ...]:
    """The reasons the protocol offers, in its order (the dialog's buttons)."""
    return ws.protocol.vitals_not_taken.reasons


@user_action("record vital signs not taken", Role.NURSE, Role.INVESTIGATOR)
def record_vitals_not_taken(
    ws: Workspace,
    actor: Actor,
    *,
    session_id: str,
    reason: str,
    note: str = "",
    slot_key: str = "",
    attempted_at: str = "",
    backdate_reason: str = "",
) -> Outcome:
    """Record that a scheduled set of vital signs was not taken, with a reason from the list.

    The set is the one due now (or ``slot_key``); ``attempted_at`` is when it was tried (now
    when empty; longer ago than the site's ``backdating_limit_minutes`` needs
    ``backdate_reason``). The slot counts as attempted, not missed; a follow-up set is due
    after the protocol's interval.
    """
    header = open_session(ws, session_id)
    if isinstance(header, Refusal):
        return header
    found = not_taken_reason(ws, reason)
    if isinstance(found, Refusal):
        return found
    timed = entry_time(ws, attempted_at, backdate_reason, "attempted_at")
    if isinstance(timed, Refusal):
        return timed
    moment, backdated = timed
    waiting = [s for s in schedule_status(ws, session_id) if s.is_waiting]
    if slot_key.strip():
        waiting = [s for s in waiting if s.key == slot_key.strip()]
    slot = match_slot(waiting, moment, header.ended_at)
    if slot is None:
        return Refusal("no_set_due", "No scheduled set of vital signs is due now.")
    interval = ws.protocol.vitals_not_taken.follow_up_min
    facts = VitalsNotTaken(
        slot_key=slot.key,
        reason=found.id,
        reason_en=found.label.en,
        reason_zh=found.label.zh,
        note=note.strip(),
        follow_up_min=interval,
        backdated=backdated.payload() if backdated else None,
    )
    draft = facts.draft(actor.username, header.subject_code, session_id, utc_iso(moment))
    created = {
        "slot_key": slot.key,
        "slot_id": slot.slot_id,
        "reason": found.id,
        "follow_up_due": utc_iso(moment + timedelta(minutes=interval)),
    }
    return Accepted(tuple(ws.store.append([draft])), created)
