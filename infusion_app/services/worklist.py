"""The home screen's list: today's and upcoming sessions, most urgent first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from infusion_app.domain.checklist_rules import Status
from infusion_app.domain.session_state import SessionState
from infusion_app.domain.vitals_schedule import SlotState
from infusion_app.domain.worklist_status import URGENCY, Chip, SessionFlags, chips
from infusion_app.services.adverse_events import adverse_events
from infusion_app.services.checks import checklist
from infusion_app.services.context import Workspace
from infusion_app.services.escalation import open_escalations
from infusion_app.services.session_protocols import session_workspace
from infusion_app.services.vitals import FOLLOW_UP_SLOT, schedule_status
from infusion_app.store.queries import widened
from infusion_app.store.queries.worklist import WorklistEntry, worklist_entries


@dataclass(frozen=True)
class WorklistRow(WorklistEntry):
    """One session as the worklist shows it: the entry and its chips, most urgent first."""

    chips: tuple[Chip, ...] = ()

    @property
    def chip(self) -> Chip:
        """The most urgent chip, which the worklist shows first."""
        return self.chips[0]


def worklist(ws: Workspace, today: date, search: str = "") -> list[WorklistRow]:
    """Sessions from today on (and any earlier one not yet signed), filtered by subject code."""
    items = []
    for e in worklist_entries(ws.db, today, search.strip().upper()):
        found = chips(e.state, e.scheduled_for, today, _flags(ws, e.session_id, e.state))
        items.append(widened(e, WorklistRow, chips=found))
    return sorted(
        items,
        key=lambda r: (r.scheduled_for > today, URGENCY[r.chip], r.scheduled_for, r.subject_code),
    )


RUNNING = (SessionState.INFUSING, SessionState.PAUSED, SessionState.ENDED, SessionState.OBSERVING)


def _flags(ws: Workspace, session_id: str, state: SessionState) -> SessionFlags:
    """What beyond its state a session needs: hard stops, decisions, vitals, adverse events
    (judged by the protocol file the session was scheduled under)."""
    ws = session_workspace(ws, session_id)
    if state is SessionState.CHECKING:
        statuses = {step.status for step in checklist(ws, session_id).steps}
        return SessionFlags(
            hard_stop=Status.HARD_STOP in statuses,
            needs_decision=Status.NEEDS_DECISION in statuses,
        )
    if state not in RUNNING:
        return SessionFlags()
    schedule = schedule_status(ws, session_id)
    slots = {slot.state for slot in schedule}
    return SessionFlags(
        vitals_due=SlotState.DUE in slots,
        vitals_overdue=SlotState.OVERDUE in slots,
        vitals_follow_up=any(s.slot_id == FOLLOW_UP_SLOT and s.is_waiting for s in schedule),
        open_adverse_event=any(ae.is_open for ae in adverse_events(ws, session_id)),
        open_escalation=bool(open_escalations(ws, session_id)),
    )
