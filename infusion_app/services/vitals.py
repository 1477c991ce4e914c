"""Recording vital signs: refused when impossible, matched to the schedule, NEWS2 and alerts.

A set may be partly taken, with a reason (``partial_reason``); the schedule itself is in
:mod:`infusion_app.services.vitals_schedule`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.entry_times import Backdated, judge_entry_time
from infusion_app.domain.escalation import escalation_for
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.messages import Listing
from infusion_app.domain.news2 import News2, news2
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import NotTakenReason
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import SessionState
from infusion_app.domain.stop_criteria import stop_criteria_met
from infusion_app.domain.vitals import (
    PartialVitalSigns,
    VitalSigns,
    implausible,
    parse_partial_vitals,
    parse_vitals,
)
from infusion_app.domain.vitals_schedule import match_slot
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.vitals_schedule import (
    FOLLOW_UP_SLOT,
    baseline_from_checks,
    next_due,
    schedule_status,
)
from infusion_app.store.queries.sessions import SessionHeader, session_header

__all__ = [  # the schedule's questions, asked of this module by the screens and services
    "FOLLOW_UP_SLOT",
    "baseline_from_checks",
    "next_due",
    "record_vitals",
    "schedule_status",
]

OPEN_STATES = (
    SessionState.CHECKING,
    SessionState.READY,
    SessionState.INFUSING,
    SessionState.PAUSED,
    SessionState.ENDED,
    SessionState.OBSERVING,
)


def entry_time(
    ws: Workspace, text: str, reason: str, field: str = "measured_at"
) -> tuple[datetime, Backdated | None] | Refusal:
    """When the set was measured (or tried): now, or a time given (``domain/entry_times.py``)."""
    now = ws.clock.now()
    if not text:
        return now, None
    try:
        moment = parse_utc_iso(text)
    except ValueError:
        return Refusal("bad_measured_at", "The time measured must be a time with its zone.")
    limit = ws.protocol.site.backdating_limit_minutes
    judged = judge_entry_time(field, moment, now, limit, reason)
    if isinstance(judged, Refusal):
        return judged
    return moment, judged


def open_session(ws: Workspace, session_id: str) -> SessionHeader | Refusal:
    """The session, when vital signs may still be recorded for it; otherwise why not."""
    header = session_header(ws.db, session_id)
    if header is None:
        return Refusal("unknown_session", "No session {session_id} exists.", session_id=session_id)
    if header.state not in OPEN_STATES:
        return Refusal("session_closed", "Vital signs cannot be added to this session now.")
    return header


def not_taken_reason(ws: Workspace, reason: str) -> NotTakenReason | Refusal:
    """The protocol's reason with this id, or a refusal listing the reasons it offers."""
    spec = ws.protocol.vitals_not_taken
    found = spec.reason(reason.strip())
    if found is None:
        return Refusal(
            "unknown_reason",
            "Choose a reason from the protocol's list: {reasons}.",
            reasons=Listing(r.id for r in spec.reasons),
        )
    return found


Parsed = tuple[
    VitalSigns | PartialVitalSigns,
    tuple[datetime, Backdated | None],
    SessionHeader,
    NotTakenReason | None,
]


def _check(
    ws: Workspace,
    session_id: str,
    values: dict[str, Any],
    confirmed: bool,
    times: tuple[str, str],
    partial_reason: str,
) -> Parsed | Refusal:
    header = open_session(ws, session_id)
    if isinstance(header, Refusal):
        return header
    reason = not_taken_reason(ws, partial_reason) if partial_reason.strip() else None
    if isinstance(reason, Refusal):
        return reason
    parsed = parse_partial_vitals(values) if reason else parse_vitals(values)
    if isinstance(parsed, list):
        return parsed[0]
    unusual = implausible(parsed)
    if unusual and not confirmed:
        return Refusal("confirm_unusual", "{notes}", notes=Listing(unusual, " "))
    timed = entry_time(ws, *times)
    if isinstance(timed, Refusal):
        return timed
    return parsed, timed, header, reason


def _partial_fields(
    ws: Workspace, reason: NotTakenReason | None, note: str, score: News2
) -> dict[str, Any]:
    """What a set partly taken adds to the event: the reason, the note, what NEWS2 lacks."""
    if reason is None:
        return {}
    return {
        "partial_reason": reason.id,
        "partial_reason_en": reason.label.en,
        "partial_reason_zh": reason.label.zh,
        "partial_note": note.strip(),
        "news2_missing": list(score.missing),
        "follow_up_min": ws.protocol.vitals_not_taken.follow_up_min,
    }


@user_action("record vitals", Role.NURSE, Role.INVESTIGATOR)
def record_vitals(
    ws: Workspace,
    actor: Actor,
    *,
    session_id: str,
    vitals: dict,
    measured_at: str = "",
    confirmed_unusual: bool = False,
    backdate_reason: str = "",
    partial_reason: str = "",
    partial_note: str = "",
) -> Outcome:
    """Record one set; the result gives its schedule slot, NEWS2 and any stop-criterion alert.

    A set measured longer ago than the site's ``backdating_limit_minutes`` needs
    ``backdate_reason``, which the record shows beside the time. A set partly taken leaves
    the parameters not measured empty and names a reason from the protocol's list
    (``partial_reason``, with ``partial_note``): its NEWS2 is incomplete, its slot attempted,
    and a follow-up is due.
    """
    if partial_note.strip() and not partial_reason.strip():
        return Refusal("note_without_reason", "A set partly taken needs a reason from the list.")
    times = (measured_at, backdate_reason)
    checked = _check(ws, session_id, vitals, confirmed_unusual, times, partial_reason)
    if isinstance(checked, Refusal):
        return checked
    parsed, (moment, backdated), header, reason = checked
    open_slots = [s for s in schedule_status(ws, session_id) if not s.is_done]
    slot = match_slot(open_slots, moment, header.ended_at)
    score = news2(parsed)
    escalation = escalation_for(score)
    alerts = stop_criteria_met(ws.protocol, parsed, baseline_from_checks(ws, session_id))
    payload = {
        "vitals": parsed.as_payload(),
        "slot_key": slot.key if slot else None,
        "late": bool(slot and moment > slot.overdue_at),
        "news2_total": score.total,
        "news2_band": score.band.value,
        "alerts": [c.id for c in alerts],
        "alert_texts": [c.text.en for c in alerts],
        "escalation": escalation.value if escalation else None,
        **_partial_fields(ws, reason, partial_note, score),
    }
    if backdated is not None:
        payload["backdated"] = backdated.payload()
    draft = EventDraft(
        EventType.VITALS_RECORDED,
        *(actor.username, payload, header.subject_code, session_id, utc_iso(moment)),
    )
    created = {
        "slot_id": slot.slot_id if slot else None,
        "slot_key": payload["slot_key"],
        "late": payload["late"],
        "news2_total": score.total,
        "news2_band": score.band.value,
        "news2_parameters": score.parameters_scored,  # below 7: incomplete, never a low score
        "partial_reason": reason.id if reason else None,
        "alerts": payload["alert_texts"],
        "alert_ids": payload["alerts"],  # the protocol's stop criteria, for the screens' words
        "escalation": payload["escalation"],  # urgent or emergency: a task until acknowledged
    }
    return Accepted(tuple(ws.store.append([draft])), created)
