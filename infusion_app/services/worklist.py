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
from infusion_app.services.vitals import schedule_status


@dataclass(frozen=True)
class WorklistRow:
    """One session as the worklist shows it."""

    session_id: str
    subject_code: str
    initials: str
    arm: str
    number: int
    scheduled_for: date
    state: SessionState
    chips: tuple[Chip, ...] = ()

    @property
    def chip(self) -> Chip:
        """The most urgent chip, which the worklist shows first."""
        return self.chips[0]


def worklist(ws: Workspace, today: date, search: str = "") -> list[WorklistRow]:
    """Sessions from today on (and any earlier one not yet signed), filtered by subject code."""
    rows = ws.db.execute(
        """SELECT s.id, s.subject_code, p.initials, p.arm, s.number, s.scheduled_for, s.state
           FROM sessions s JOIN participants p USING (subject_code)
           WHERE (s.scheduled_for >= ? OR s.state != 'signed') AND s.subject_code LIKE ?""",
        [today.isoformat(), f"%{search.strip().upper()}%"],
    ).fetchall()
    items = []
    for r in rows:
        state, day = SessionState(r[6]), date.fromisoformat(r[5])
        found = chips(state, day, today, _flags(ws, r[0], state))
        items.append(WorklistRow(r[0], r[1], r[2], r[3], r[4], day, state, found))
    return sorted(
        items,
        key=lambda r: (r.scheduled_for > today, URGENCY[r.chip], r.scheduled_for, r.subject_code),
    )


RUNNING = (SessionState.INFUSING, SessionState.PAUSED, SessionState.ENDED, SessionState.OBSERVING)


def _flags(ws: Workspace, session_id: str, state: SessionState) -> SessionFlags:
    """What beyond its state a session needs: hard stops, decisions, vitals, adverse events."""
    if state is SessionState.CHECKING:
        statuses = {step.status for step in checklist(ws, session_id).steps}
        return SessionFlags(
            hard_stop=Status.HARD_STOP in statuses,
            needs_decision=Status.NEEDS_DECISION in statuses,
        )
    if state not in RUNNING:
        return SessionFlags()
    slots = {slot.state for slot in schedule_status(ws, session_id)}
    return SessionFlags(
        vitals_due=SlotState.DUE in slots,
        vitals_overdue=SlotState.OVERDUE in slots,
        open_adverse_event=any(ae.is_open for ae in adverse_events(ws, session_id)),
    )
