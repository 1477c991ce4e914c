"""After a crash: what was running, where it stands now, and what is due next.

The app's start-up calls, in this order::

    opened = open_checked(path)            # a DamagedDatabase is shown, never written to
    summary = recovery_summary(opened)     # before mark_running: it reads the old marker
    mark_running(path, clock.now())        # and mark_stopped_cleanly(path) on a normal quit
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from infusion_app.domain.clock import Clock, parse_utc_iso
from infusion_app.domain.session_state import SessionState
from infusion_app.domain.vitals_schedule import SlotState, SlotStatus
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.backups import database_file
from infusion_app.store.early_check import EarlyCheck
from infusion_app.store.integrity import DamagedDatabase, PreviousRun, damage, previous_run
from infusion_app.store.queries.audit_trail import last_recorded_at
from infusion_app.store.queries.sessions import sessions_in_states

RECOVERED_STATES = (
    SessionState.INFUSING,
    SessionState.PAUSED,
    SessionState.ENDED,
    SessionState.OBSERVING,
)
WORDS = {
    SessionState.INFUSING: "infusing",
    SessionState.PAUSED: "paused",
    SessionState.ENDED: "infusion ended",
    SessionState.OBSERVING: "in observation",
}


@dataclass(frozen=True)
class RecoveredSession:
    """One session that was under way, as it stands now (times UTC, volumes mL)."""

    session_id: str
    subject_code: str
    state: SessionState
    started_at: datetime | None
    running_minutes: float | None  # infusing time without pauses
    infused_ml: float | None
    remaining_ml: float | None
    next_vitals: SlotStatus | None
    overdue_vitals: int
    recount_due_at: datetime | None

    def describe(self, zone: ZoneInfo) -> str:
        """E.g. ``HPV-003 infusing for 18 min, 54 mL; vitals due 09:45``."""
        text = f"{self.subject_code} {WORDS[self.state]}"
        if (
            self.state in (SessionState.INFUSING, SessionState.PAUSED)
            and self.infused_ml is not None
        ):
            text += f" for {self.running_minutes or 0:.0f} min, {self.infused_ml:.0f} mL"
        if self.overdue_vitals:
            text += f"; {self.overdue_vitals} vitals set(s) overdue"
        elif self.next_vitals is not None:
            text += f"; vitals due {self.next_vitals.due_at.astimezone(zone):%H:%M}"
        return text


@dataclass(frozen=True)
class RecoverySummary:
    """What the app found on opening: how the last run ended, and the sessions under way."""

    unexpected_stop: bool
    last_event_at: datetime | None
    sessions: tuple[RecoveredSession, ...]
    message: str


def open_checked(
    path: Path,
    clock: Clock | None = None,
    protocol_path: Path | None = None,
    early: EarlyCheck | None = None,
) -> Workspace | DamagedDatabase:
    """Check the file read-only first (quick check, recent chain); open it only when sound.

    ``early``: the same check already begun on this file at start-up; its answer is awaited.
    """
    early_answer = early and early.answers_for(path) and not early.skipped
    found = early.result() if early and early_answer else damage(Path(path))
    return found or open_workspace(Path(path), clock, protocol_path)


def _recovered(ws: Workspace, session_id: str, subject: str) -> RecoveredSession:
    # Imported only when a session was running: a plain start opens its window without them.
    from infusion_app.services.infusion import infusion_status
    from infusion_app.services.vitals import next_due, schedule_status

    status = infusion_status(ws, session_id)
    slots = schedule_status(ws, session_id)
    return RecoveredSession(
        session_id,
        subject,
        status.state,
        status.started_at,
        status.volume.running_minutes if status.volume else None,
        status.volume.infused_ml if status.volume else None,
        status.volume.remaining_ml if status.volume else None,
        next_due(ws, session_id),
        sum(s.state is SlotState.OVERDUE for s in slots),
        status.recount_due_at,
    )


def _message(
    unexpected: bool, last: datetime | None, sessions: list[RecoveredSession], zone: ZoneInfo
) -> str:
    if unexpected:
        when = f" at {last.astimezone(zone):%H:%M}" if last else ""
        head = f"Recovered after an unexpected stop{when}"
    else:
        head = "Reopened"
    if not sessions:
        return head + ": no infusion was under way."
    return head + ": " + "; ".join(s.describe(zone) for s in sessions)


def recovery_summary(ws: Workspace, previous: PreviousRun | None = None) -> RecoverySummary | None:
    """What to tell the nurse on opening; None after a clean stop with nothing under way.

    ``previous`` defaults to what the ``.running`` marker beside the database says.
    """
    if previous is None:
        path = database_file(ws.db)
        previous = previous_run(path) if path else PreviousRun(True)
    running = sessions_in_states(ws.db, RECOVERED_STATES, by_day=True)
    sessions = [_recovered(ws, header.id, header.subject_code) for header in running]
    if previous.clean and not sessions:
        return None
    last_text = last_recorded_at(ws.db)
    last = parse_utc_iso(last_text) if last_text else None
    zone = ZoneInfo(ws.protocol.site.timezone)
    message = _message(not previous.clean, last, sessions, zone)
    return RecoverySummary(not previous.clean, last, tuple(sessions), message)
