"""The home screen's list: today's and upcoming sessions, most urgent first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from infusion_app.domain.session_state import SessionState
from infusion_app.services.context import Workspace

# Lower comes first: what needs a person now sits at the top.
URGENCY: dict[str, int] = {
    SessionState.INFUSING: 0,
    SessionState.PAUSED: 0,
    SessionState.OBSERVING: 1,
    SessionState.ENDED: 1,
    SessionState.READY: 2,
    SessionState.CHECKING: 3,
    SessionState.SCHEDULED: 4,
    SessionState.SIGNED: 9,
}


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


def worklist(ws: Workspace, today: date, search: str = "") -> list[WorklistRow]:
    """Sessions from today on (and any earlier one not yet signed), filtered by subject code."""
    rows = ws.db.execute(
        """SELECT s.id, s.subject_code, p.initials, p.arm, s.number, s.scheduled_for, s.state
           FROM sessions s JOIN participants p USING (subject_code)
           WHERE (s.scheduled_for >= ? OR s.state != 'signed') AND s.subject_code LIKE ?""",
        [today.isoformat(), f"%{search.strip().upper()}%"],
    ).fetchall()
    items = [
        WorklistRow(r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5]), SessionState(r[6]))
        for r in rows
    ]
    return sorted(
        items,
        key=lambda r: (r.scheduled_for > today, URGENCY[r.state], r.scheduled_for, r.subject_code),
    )
