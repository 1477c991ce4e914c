"""What the main window shows of things running in the background: the sync status line in
the header, and — behind the lock screen — each running infusion's elapsed time, next vital
signs and alarms (no other patient data)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QMainWindow

from infusion_app.domain.session_state import SessionState
from infusion_app.domain.vitals_schedule import SlotState
from infusion_app.services import infusion, vitals
from infusion_app.services.context import Workspace
from infusion_app.store.backups import database_file
from infusion_app.ui.screen_lock import LockScreen
from infusion_app.ui.sync_status import SyncStatusLabel

TICK_MS = 1000
RUNNING = (SessionState.INFUSING.value, SessionState.PAUSED.value)


def _clock(minutes: float) -> str:
    whole = int(minutes * 60)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def running_lines(ws: Workspace, now: datetime) -> list[str]:
    """One line per running infusion: subject code, elapsed, next vitals (and any alarm)."""
    lines = []
    rows = ws.db.execute(
        "SELECT id, subject_code, state FROM sessions WHERE state IN (?, ?) ORDER BY subject_code",
        list(RUNNING),
    ).fetchall()
    for session_id, subject, state in rows:
        status = infusion.infusion_status(ws, session_id)
        elapsed = status.volume.running_minutes if status.volume else 0.0
        word = (
            QCoreApplication.translate("WindowStatus", "infusing")
            if state == SessionState.INFUSING
            else QCoreApplication.translate("WindowStatus", "PAUSED")
        )
        line = f"{subject} · {word} {_clock(elapsed)}"
        slot = vitals.next_due(ws, session_id)
        if slot is not None:
            minutes = (slot.due_at - now).total_seconds() / 60
            if slot.state is SlotState.OVERDUE:
                line += " · ⚠ " + QCoreApplication.translate("WindowStatus", "VITAL SIGNS OVERDUE")
            else:
                line += " · " + QCoreApplication.translate(
                    "WindowStatus", "next vital signs in %d min"
                ) % max(0, round(minutes))
        if status.recount_due_at is not None and status.recount_due_at <= now:
            line += " · ⚠ " + QCoreApplication.translate("WindowStatus", "RECOUNT DUE")
        lines.append(line)
    return lines


class WindowStatus(QObject):
    """Puts the sync line in the header and keeps the lock screen's status strip current."""

    def __init__(
        self, window: QMainWindow, ws: Workspace, lock_screen: LockScreen, header: QHBoxLayout
    ) -> None:
        super().__init__(window)
        self._ws, self._lock = ws, lock_screen
        path = database_file(ws.db)
        self.sync = SyncStatusLabel(ws, path) if path is not None else None
        if self.sync is not None:
            header.insertWidget(2, self.sync)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self._timer.start(TICK_MS)

    def tick(self) -> None:
        """Refresh the lock screen's strip (cheap reads; only while it is shown)."""
        if self._lock.isVisible():
            self._lock.set_status(running_lines(self._ws, self._ws.clock.now()))

    def stop(self) -> None:
        """The window is closing: stop the timer and any sync."""
        self._timer.stop()
        if self.sync is not None:
            self.sync.stop()
