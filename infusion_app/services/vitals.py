"""Recording vital signs: refused when impossible, matched to the schedule, NEWS2 and alerts."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.entry_times import Backdated, judge_entry_time
from infusion_app.domain.escalation import Escalation, escalation_for
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.messages import Listing
from infusion_app.domain.news2 import news2
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import Anchor, CheckStep, LocalText
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import SessionState
from infusion_app.domain.stop_criteria import stop_criteria_met
from infusion_app.domain.vitals import VitalSigns, implausible, parse_vitals
from infusion_app.domain.vitals_schedule import (
    SlotInstance,
    SlotStatus,
    instances,
    match_slot,
    statuses,
)
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.store.queries.checks import check_answer
from infusion_app.store.queries.escalations import escalation_tasks
from infusion_app.store.queries.sessions import session_header
from infusion_app.store.queries.vitals import session_vitals, slots_done

OPEN_STATES = (
    SessionState.CHECKING,
    SessionState.READY,
    SessionState.INFUSING,
    SessionState.PAUSED,
    SessionState.ENDED,
    SessionState.OBSERVING,
)
FOLLOW_UP_GRACE_MIN = 5  # a follow-up set after an escalation is overdue this long after due


def _done(ws: Workspace, session_id: str) -> dict[str, bool]:
    """Slot keys done (and whether late); the checklist's baseline set serves the baseline
    slot only when it was measured inside the protocol's window before the start (now, before
    the infusion has started)."""
    done = slots_done(ws.db, session_id)
    answer = check_answer(ws.db, session_id, CheckStep.BASELINE_VITALS.value)
    if answer is not None and baseline_from_checks(ws, session_id) is not None:
        header = session_header(ws.db, session_id)
        until = (header.started_at if header else None) or ws.clock.now()
        for slot in ws.protocol.vitals_schedule:
            opens = until + timedelta(minutes=slot.offset_min)
            in_window = opens <= parse_utc_iso(answer.answered_at) <= until
            if slot.anchor.value == "before_start" and in_window:
                done.setdefault(slot.id, False)
    return done


def baseline_from_checks(ws: Workspace, session_id: str) -> VitalSigns | None:
    """The baseline set recorded in the pre-infusion checks, if any."""
    answer = check_answer(ws.db, session_id, CheckStep.BASELINE_VITALS.value)
    parsed = parse_vitals(answer.answer.get("vitals", {})) if answer else None
    return parsed if isinstance(parsed, VitalSigns) else None


def schedule_status(ws: Workspace, session_id: str) -> list[SlotStatus]:
    """Every slot of the protocol's schedule for this session and its state now."""
    header = session_header(ws.db, session_id)
    start = header.started_at if header else None
    end = header.ended_at if header else None
    now = ws.clock.now()
    done = _done(ws, session_id)
    found = instances(ws.protocol, start, end, now)
    found = sorted([*found, *_follow_up(ws, session_id, found, done, end)], key=lambda i: i.due_at)
    return statuses(found, done, now, end)


def _follow_up(
    ws: Workspace,
    session_id: str,
    found: list[SlotInstance],
    done: dict[str, bool],
    ended: datetime | None,
) -> list[SlotInstance]:
    """A set due within the escalation's interval after the newest escalated set, when the
    schedule has none sooner and none has been measured since (a higher band shortens the
    remaining schedule)."""
    tasks = escalation_tasks(ws.db, session_id)
    if not tasks:
        return []
    newest = max(tasks, key=lambda t: t.raised_at)
    spec = ws.protocol.news2_escalation
    minutes = (
        spec.emergency_interval_min
        if newest.level is Escalation.EMERGENCY
        else spec.urgent_interval_min
    )
    due = newest.raised_at + timedelta(minutes=minutes)
    key = f"escalation@{utc_iso(newest.raised_at)}"
    if key not in done:
        since = any(v.measured_time > newest.raised_at for v in session_vitals(ws.db, session_id))
        sooner = any(newest.raised_at < i.due_at <= due and i.key not in done for i in found)
        if since or sooner:
            return []
    label = LocalText(
        f"Repeat within {minutes} min of NEWS2 {newest.news2_total}",
        f"NEWS2 {newest.news2_total} 后 {minutes} 分钟内复测",
    )
    anchor = Anchor.END if ended is not None else Anchor.START
    grace = timedelta(minutes=FOLLOW_UP_GRACE_MIN)
    return [SlotInstance(key, "escalation", label, due, due + grace, anchor, newest.raised_at)]


def next_due(ws: Workspace, session_id: str) -> SlotStatus | None:
    """The first slot still to do (overdue ones first), or None when none is left."""
    waiting = [s for s in schedule_status(ws, session_id) if s.is_waiting]
    return waiting[0] if waiting else None


def _measured_at(
    ws: Workspace, text: str, reason: str
) -> tuple[datetime, Backdated | None] | Refusal:
    """When the set was measured: now, or a time given (``domain/entry_times.py``)."""
    now = ws.clock.now()
    if not text:
        return now, None
    try:
        moment = parse_utc_iso(text)
    except ValueError:
        return Refusal("bad_measured_at", "The time measured must be a time with its zone.")
    limit = ws.protocol.site.backdating_limit_minutes
    judged = judge_entry_time("measured_at", moment, now, limit, reason)
    if isinstance(judged, Refusal):
        return judged
    return moment, judged


def _check(
    ws: Workspace,
    session_id: str,
    values: dict[str, Any],
    confirmed: bool,
    measured_at: str,
    backdate_reason: str,
) -> tuple[VitalSigns, tuple[datetime, Backdated | None], str] | Refusal:
    header = session_header(ws.db, session_id)
    if header is None:
        return Refusal("unknown_session", "No session {session_id} exists.", session_id=session_id)
    if header.state not in OPEN_STATES:
        return Refusal("session_closed", "Vital signs cannot be added to this session now.")
    parsed = parse_vitals(values)
    if isinstance(parsed, list):
        return parsed[0]
    unusual = implausible(parsed)
    if unusual and not confirmed:
        return Refusal("confirm_unusual", "{notes}", notes=Listing(unusual, " "))
    timed = _measured_at(ws, measured_at, backdate_reason)
    if isinstance(timed, Refusal):
        return timed
    return parsed, timed, header.subject_code


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
) -> Outcome:
    """Record one set; the result gives its schedule slot, NEWS2 and any stop-criterion alert.

    A set measured longer ago than the site's ``backdating_limit_minutes`` needs
    ``backdate_reason``, which the record shows beside the time.
    """
    checked = _check(ws, session_id, vitals, confirmed_unusual, measured_at, backdate_reason)
    if isinstance(checked, Refusal):
        return checked
    parsed, (moment, backdated), subject = checked
    open_slots = [s for s in schedule_status(ws, session_id) if not s.is_done]
    header = session_header(ws.db, session_id)
    slot = match_slot(open_slots, moment, header.ended_at if header else None)
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
    }
    if backdated is not None:
        payload["backdated"] = backdated.payload()
    draft = EventDraft(
        EventType.VITALS_RECORDED, actor.username, payload, subject, session_id, utc_iso(moment)
    )
    created = {
        "slot_id": slot.slot_id if slot else None,
        "slot_key": payload["slot_key"],
        "late": payload["late"],
        "news2_total": score.total,
        "news2_band": score.band.value,
        "alerts": payload["alert_texts"],
        "alert_ids": payload["alerts"],  # the protocol's stop criteria, for the screens' words
        "escalation": payload["escalation"],  # urgent or emergency: a task until acknowledged
    }
    return Accepted(tuple(ws.store.append([draft])), created)
