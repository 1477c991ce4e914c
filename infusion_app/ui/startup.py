"""Start-up and housekeeping around the main window: the integrity check before opening, the
recovery message after a crash, the clean-stop marker, hourly backups, clock jumps, and a
plain message (not a traceback) when the disk is full or the file read-only."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from infusion_app.domain.clock import SystemClock
from infusion_app.domain.clock_jumps import SteadyClock
from infusion_app.services.context import Workspace
from infusion_app.services.database_files import (
    BACKUPS,
    DamagedDatabase,
    EarlyCheck,
    StoreEnvironmentError,
    checkpoint,
    mark_running,
    mark_stopped_cleanly,
    note_clock_jump,
    restore,
    set_aside,
)
from infusion_app.services.recovery import RecoverySummary, open_checked, recovery_summary

log = logging.getLogger("log.ui")
HOUSEKEEPING_MS = 60_000


def ask_restore(parent: QWidget | None, damaged: DamagedDatabase) -> bool:
    """Ask whether to set the damaged file aside and restore the newest backup."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Startup", "The database is damaged"),
        damaged.message
        + "\n\n"
        + QCoreApplication.translate("Startup", "Set it aside and restore the newest backup now?"),
    )
    return answer == QMessageBox.StandardButton.Yes


def open_for_window(
    db_path: Path,
    protocol_path: Path | None,
    ask: Callable[..., bool] = ask_restore,
    early: EarlyCheck | None = None,
) -> Workspace | DamagedDatabase:
    """Check the file before writing to it; on damage, offer the newest backup (never write
    to the damaged file). The clock is steady inside this run (a wall-clock jump is noted).

    ``early``: the check of this file begun at start-up (its answer is awaited, not repeated).
    """
    clock = SteadyClock(SystemClock())
    opened = open_checked(db_path, clock, protocol_path, early)
    if isinstance(opened, DamagedDatabase) and opened.newest_backup and ask(None, opened):
        backup = set_aside(db_path, clock.now())
        if backup is not None:
            restore(backup, db_path, clock.now())
            opened = open_checked(db_path, clock, protocol_path)
    return opened


def begin_run(ws: Workspace, db_path: Path) -> RecoverySummary | None:
    """What to say about the last run, read before this run's marker is left."""
    summary = recovery_summary(ws)
    mark_running(db_path, ws.clock.now())
    return summary


class Housekeeping(QObject):
    """Once a minute: note a wall-clock jump in the record, back up hourly, checkpoint the WAL.
    Never blocks long."""

    def __init__(self, ws: Workspace, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws, self._db_path = ws, db_path
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self._timer.start(HOUSEKEEPING_MS)

    def tick(self) -> None:
        """Check the clock and the hourly backup."""
        clock = self._ws.clock
        if isinstance(clock, SteadyClock) and (jump := clock.check()) is not None:
            log.warning("wall clock jumped %.0f s", jump.jump_s)
            note_clock_jump(self._ws, jump)
        BACKUPS.request(self._ws, "hourly")  # copied in the background: the window goes on
        checkpoint(self._ws)

    def finish(self) -> None:
        """A normal quit: the backups asked for are finished, and the next start will not
        report an unexpected stop."""
        self._timer.stop()
        BACKUPS.wait()
        mark_stopped_cleanly(self._db_path)


def install_store_error_hook() -> None:
    """A full disk or a read-only file during an action gets a plain message; the form that
    was being saved stays on screen as typed (the failed save changed nothing)."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, StoreEnvironmentError):
            log.error("storage: %s", error.detail)
            QMessageBox.critical(
                None, QCoreApplication.translate("Startup", "Nothing was saved"), error.message
            )
            return
        previous(kind, error, trace)

    sys.excepthook = hook
