"""A session's vital-signs schedule now: the protocol's slots, what settled each (a set, a set
partly taken, a set not taken), and the follow-ups the newest record asks for.

A higher NEWS2 band shortens the rest of the schedule (``[news2_escalation]``); a set partly or
not taken asks for a follow-up after ``[vitals_not_taken] follow_up_min``
(``domain/vitals_follow_up.py``).
"""

from __future__ import annotations

from datetime import timedelta

from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.escalation import Escalation
from infusion_app.domain.protocol import CheckStep, LocalText
from infusion_app.domain.vitals import VitalSigns, parse_vitals
from infusion_app.domain.vitals_follow_up import FollowUpCause, follow_ups
from infusion_app.domain.vitals_schedule import Attempt, SlotState, SlotStatus, instances, statuses
from infusion_app.services.context import Workspace
from infusion_app.store.queries.checks import check_answer
from infusion_app.store.queries.escalations import escalation_tasks
from infusion_app.store.queries.sessions import session_header
from infusion_app.store.queries.vitals import (
    NotTakenRow,
    VitalsRow,
    session_vitals,
    sets_not_taken,
    slots_done,
)

FOLLOW_UP_SLOT = "follow_up"  # the slot id of a follow-up of a set partly or not taken
ESCALATION_SLOT = "escalation"  # the slot id of a set the NEWS2 band asks for sooner


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


def _attempts(sets: list[VitalsRow], not_taken: list[NotTakenRow]) -> dict[str, Attempt]:
    """Slots settled without a full set: partly taken, or not taken, with the reason."""
    found = {
        v.slot_key: Attempt(
            SlotState.PARTIAL, LocalText(v.partial_reason_en, v.partial_reason_zh), v.partial_note
        )
        for v in sets
        if v.slot_key and v.is_partial
    }
    for record in not_taken:
        reason = LocalText(record.reason_en, record.reason_zh)
        found[record.slot_key] = Attempt(SlotState.NOT_TAKEN, reason, record.note)
    return found


def _escalation_causes(ws: Workspace, session_id: str) -> list[FollowUpCause]:
    """Each escalated set: the rest of the schedule at its band's interval."""
    spec = ws.protocol.news2_escalation
    causes = []
    for task in escalation_tasks(ws.db, session_id):
        minutes = (
            spec.emergency_interval_min
            if task.level is Escalation.EMERGENCY
            else spec.urgent_interval_min
        )
        label = LocalText(
            f"Repeat within {minutes} min of NEWS2 {task.news2_total}",
            f"NEWS2 {task.news2_total} 后 {minutes} 分钟内复测",
        )
        key = f"{ESCALATION_SLOT}@{utc_iso(task.raised_at)}"
        causes.append(
            FollowUpCause(key, ESCALATION_SLOT, task.raised_at, minutes, label, repeats=True)
        )
    return causes


def _attempt_causes(
    ws: Workspace, sets: list[VitalsRow], not_taken: list[NotTakenRow]
) -> list[FollowUpCause]:
    """Each set partly or not taken: one follow-up after the protocol's interval."""
    retry = ws.protocol.vitals_not_taken.follow_up_min
    attempts = [
        (v.measured_time, retry, v.partial_reason_en, v.partial_reason_zh, "partly taken")
        for v in sets
        if v.is_partial
    ] + [
        (r.attempted_time, r.follow_up_min, r.reason_en, r.reason_zh, "not taken")
        for r in not_taken
    ]
    causes = []
    for at, minutes, reason_en, reason_zh, how in attempts:
        zh_how = "部分测量" if how == "partly taken" else "未测量"
        label = LocalText(
            f"Follow-up of a set {how} ({reason_en})", f"补测：上次生命体征{zh_how}（{reason_zh}）"
        )
        key = f"{FOLLOW_UP_SLOT}@{utc_iso(at)}"
        causes.append(FollowUpCause(key, FOLLOW_UP_SLOT, at, minutes, label, repeats=False))
    return causes


def schedule_status(ws: Workspace, session_id: str) -> list[SlotStatus]:
    """Every slot of the protocol's schedule for this session and its state now, with the
    follow-ups the newest record asks for (a higher NEWS2 band shortens the rest of the
    schedule; a set partly or not taken asks for another)."""
    header = session_header(ws.db, session_id)
    start = header.started_at if header else None
    end = header.ended_at if header else None
    now = ws.clock.now()
    done = _done(ws, session_id)
    sets, not_taken = session_vitals(ws.db, session_id), sets_not_taken(ws.db, session_id)
    attempted = _attempts(sets, not_taken)
    regular = instances(ws.protocol, start, end, now)
    times = [v.measured_time for v in sets] + [r.attempted_time for r in not_taken]
    causes = _escalation_causes(ws, session_id) + _attempt_causes(ws, sets, not_taken)
    horizon = max((i.due_at for i in regular), default=None)
    newest = max(times, default=None)
    extra = follow_ups(causes, newest, regular, {**done, **attempted}, end, horizon)
    found = sorted([*regular, *extra], key=lambda i: i.due_at)
    return statuses(found, done, now, end, attempted)


def next_due(ws: Workspace, session_id: str) -> SlotStatus | None:
    """The first slot still to do (overdue ones first), or None when none is left."""
    waiting = [s for s in schedule_status(ws, session_id) if s.is_waiting]
    return waiting[0] if waiting else None
