"""What the lock screen shows of infusions running behind it: each one's elapsed time, next
vital signs and alarms — and no other patient data."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from infusion_app.domain.session_state import SessionState
from infusion_app.domain.vitals_schedule import SlotState
from infusion_app.services import records
from infusion_app.services.context import Workspace

TICK_MS = 1000


def _clock(minutes: float) -> str:
    whole = int(minutes * 60)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def running_lines(ws: Workspace, now: datetime) -> list[str]:
    """One line per running infusion: subject code, elapsed, next vitals (and any alarm)."""
    lines = []
    rows = records.running_sessions(ws)
    if rows:  # the services load with the first running infusion, not with the window
        from infusion_app.services import escalation, infusion, vitals
        from infusion_app.services.session_protocols import session_workspace
    for row in rows:
        session_id, subject, state = row.id, row.subject_code, row.state
        own = session_workspace(ws, session_id)  # judged by the file it was scheduled under
        status = infusion.infusion_status(own, session_id)
        elapsed = status.volume.running_minutes if status.volume else 0.0
        word = (
            QCoreApplication.translate("WindowStatus", "infusing")
            if state == SessionState.INFUSING
            else QCoreApplication.translate("WindowStatus", "PAUSED")
        )
        line = f"{subject} · {word} {_clock(elapsed)}"
        slot = vitals.next_due(own, session_id)
        if slot is not None:
            minutes = (slot.due_at - now).total_seconds() / 60
            if slot.state is SlotState.OVERDUE:
                line += " · ⚠ " + QCoreApplication.translate("WindowStatus", "VITAL SIGNS OVERDUE")
            else:
                line += " · " + QCoreApplication.translate(
                    "WindowStatus", "next vital signs in %d min"
                ) % max(0, round(minutes))
        waiting = escalation.open_escalations(own, session_id)
        if waiting:
            line += " · ⚠ " + QCoreApplication.translate(
                "WindowStatus", "NEWS2 %d: INFORM (record whom)"
            ) % max(task.news2_total for task in waiting)
        if status.recount_due_at is not None and status.recount_due_at <= now:
            line += " · ⚠ " + QCoreApplication.translate("WindowStatus", "RECOUNT DUE")
        lines.append(line)
    return lines
