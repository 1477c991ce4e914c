"""The alerts still open on a session: what the signing screen and the record's PDF list.

Both read :func:`open_alerts`, so the nurse signing sees every alert the record will print:
stop criteria met by a recorded set, adverse events not yet closed, and vital signs overdue or
missed. Each alert is a typed value; the screen and the report word it in their language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from infusion_app.domain.protocol import LocalText
from infusion_app.domain.vitals_schedule import SlotState
from infusion_app.services.context import Workspace
from infusion_app.services.escalation import open_escalations
from infusion_app.services.vitals import schedule_status
from infusion_app.store.queries.adverse_events import AdverseEventRow, adverse_events
from infusion_app.store.queries.vitals import VitalsRow, session_vitals


@dataclass(frozen=True)
class StopCriterionAlert:
    """A recorded set of vital signs met stop criteria (``criteria``: their ids)."""

    measured_at: str  # UTC ISO 8601 text as stored
    criteria: tuple[str, ...]


@dataclass(frozen=True)
class AdverseEventAlert:
    """An adverse event still open (its outcome does not close it)."""

    term_name: str
    grade: int
    outcome: str


@dataclass(frozen=True)
class VitalsSlotAlert:
    """A scheduled set of vital signs overdue, or missed (its window passed)."""

    label: LocalText
    due_at: datetime
    missed: bool


@dataclass(frozen=True)
class EscalationAlert:
    """A NEWS2 escalation no one has answered yet (whom was informed, and when)."""

    level: str  # "urgent" or "emergency"
    news2_total: int
    raised_at: datetime


OpenAlert = EscalationAlert | StopCriterionAlert | AdverseEventAlert | VitalsSlotAlert


def open_alerts(
    ws: Workspace,
    session_id: str,
    vitals: list[VitalsRow] | None = None,
    events: list[AdverseEventRow] | None = None,
) -> tuple[OpenAlert, ...]:
    """Every alert still open on the session: stop criteria met, open adverse events, then
    vital signs overdue and missed. ``vitals`` and ``events``: the session's rows when the
    caller has read them already."""
    vitals = session_vitals(ws.db, session_id) if vitals is None else vitals
    events = adverse_events(ws.db, session_id) if events is None else events
    alerts: list[OpenAlert] = [
        EscalationAlert(t.level.value, t.news2_total, t.raised_at)
        for t in open_escalations(ws, session_id)
    ]
    alerts += [StopCriterionAlert(v.measured_at, v.alerts) for v in vitals if v.alerts]
    alerts += [AdverseEventAlert(a.term_name, a.grade, a.outcome) for a in events if a.is_open]
    slots = schedule_status(ws, session_id)
    for state in (SlotState.OVERDUE, SlotState.MISSED):
        alerts += [
            VitalsSlotAlert(s.label, s.due_at, state is SlotState.MISSED)
            for s in slots
            if s.state is state
        ]
    return tuple(alerts)
