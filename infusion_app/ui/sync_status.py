"""Background sync: a worker thread that never touches widgets, and the header's status line.

The worker opens its own SQLite connection (the UI's connection stays on the UI thread) and
reports through queued signals; the screen shows last sync, pending events and the last error.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from infusion_app.domain.clock import Clock
from infusion_app.services.context import Workspace
from infusion_app.services.database_files import (
    database_path,
    laptops_changed_on_server,
    revoked_laptops,
    sync_is_set_up,
    sync_status,
    unsent_events,
)
from infusion_app.ui.messages import recorded_text
from infusion_app.ui.texts import local_time

SYNC_EVERY_MS = 5 * 60 * 1000
SHORT_DEVICE = 12  # the random end of a device id: enough to tell laptops apart on sight


def short_device(device_id: str) -> str:
    """``…bc661d3b2b21`` for a device id (``server devices`` lists them whole)."""
    return "…" + device_id[-SHORT_DEVICE:]


FIRST_SYNC_MS = 3000  # soon after the window opens, once it has painted


class SyncWorker(QObject):
    """Runs one sync at a time on a background thread; its signals reach the UI queued.

    The object lives on the UI thread; only :meth:`_run` runs on the worker thread, with its
    own SQLite connection, and it touches no widget.

    Signals:
        progress(str, int, int): phase, done, total.
        succeeded(int, int): events pushed, events pulled.
        failed(str): what went wrong, in plain words.
    """

    progress = Signal(str, int, int)
    succeeded = Signal(int, int)
    failed = Signal(str)

    def __init__(self, db_path: Path, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path, self._clock = db_path, clock
        self.cancel = threading.Event()
        self._thread: threading.Thread | None = None
        # Set by start(), cleared on the UI thread when the outcome arrives: connected before
        # anyone else's slot, so a slot of ``succeeded``/``failed`` sees the sync as over even
        # while the thread is still closing its connection.
        self._busy = False
        self.succeeded.connect(self._over)
        self.failed.connect(self._over)

    @property
    def running(self) -> bool:
        """A sync was started and its outcome has not reached the UI thread yet."""
        return self._busy

    def _over(self) -> None:
        self._busy = False

    def start(self) -> bool:
        """Start a sync unless one is running; returns at once."""
        if self._busy:
            return False
        if self._thread is not None:
            self._thread.join()  # its outcome is in: only closing its SQLite connection
        self._busy = True
        self.cancel.clear()
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
        self._thread.start()
        return True

    def _run(self) -> None:
        from infusion_app.services.database_files import connect  # the worker's own connection
        from infusion_app.sync.engine import sync_now
        from infusion_app.sync.errors import SyncError

        db = connect(self._db_path)
        try:
            report = sync_now(
                db,
                clock=self._clock,
                cancel=self.cancel,
                progress=lambda p: self.progress.emit(p.phase, p.done, p.total),
            )
            self.succeeded.emit(report.pushed, report.pulled)
        except SyncError as error:
            self.failed.emit(str(error))
        except BaseException as error:  # never leave the UI thinking a sync still runs
            self.failed.emit(f"{type(error).__name__}: {error}")
            raise
        finally:
            db.close()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Ask a running sync to stop between batches and wait for it."""
        self.cancel.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            if not self._thread.is_alive():
                self._busy = False  # its outcome is queued; nothing runs any more


class SyncStatusLabel(QLabel):
    """ "Sync: 09:40 · 3 waiting" in the header; starts the worker when a server is set up."""

    def __init__(
        self, ws: Workspace, db_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self.setObjectName("syncStatus")
        self.setAccessibleName(self.tr("Synchronisation status"))
        file = db_path or database_path(ws)
        assert file is not None, "sync needs a database file, not an in-memory one"
        self.worker = SyncWorker(file, ws.clock, self)
        self.worker.succeeded.connect(self.refresh)
        self.worker.failed.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_if_configured)
        self._timer.start(SYNC_EVERY_MS)
        self._first = QTimer(self)  # a member, not QTimer.singleShot: stop() must cancel it
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.sync_if_configured)
        self._first.start(FIRST_SYNC_MS)
        self.refresh()

    def sync_if_configured(self) -> None:
        """Ask the worker for a sync when this laptop is enrolled (never waits for it)."""
        self._first.stop()  # a sync asked for before the first one is due stands in for it
        if sync_is_set_up(self._ws) and self.worker.start():
            self.setText(self.tr("Sync: running…"))

    def refresh(self) -> None:
        """Show last sync, pending count and the last error in plain words."""
        self.setToolTip("")
        if not sync_is_set_up(self._ws):
            self.setText(self.tr("Offline (no sync server set up)"))
            return
        shown = sync_status(self._ws)
        if self.worker.running:
            self.setText(self.tr("Sync: running… · %d waiting") % shown.pending)
            return
        last = local_time(shown.last_success_at, self._ws.protocol.site.timezone, seconds=False)
        text = self.tr("Sync: %s · %d waiting") % (last or self.tr("never"), shown.pending)
        if shown.last_error:
            text += " · ⚠ " + recorded_text(shown.last_error)
        zone = self._ws.protocol.site.timezone
        for laptop in revoked_laptops(self._ws)[:1]:
            when = local_time(laptop.revoked_at, zone, seconds=False)
            text += " · ⚠ " + self.tr("Laptop %s was shut out of the trial server on %s: %s") % (
                short_device(laptop.device_id),
                when,
                laptop.reason,
            )
        changed = laptops_changed_on_server(self._ws)
        if changed:
            text += " · ⚠ " + self.tr(
                "The server's copy of laptop %s's events was changed after sync: see Discrepancies"
            ) % short_device(changed[0])
        unsent = unsent_events(self._ws)
        if unsent:
            told = (
                self.tr("1 event could not be sent: %s")
                if len(unsent) == 1
                else self.tr("%n events could not be sent: %s", "", len(unsent))
            )
            text += " · ⚠ " + told % recorded_text(unsent[0])
        self.setText(text)
        self.setToolTip(text)  # the whole line, when the window is too narrow for it

    def stop(self) -> None:
        """Cancel a running sync and wait for it (window closing)."""
        self._first.stop()
        self._timer.stop()
        self.worker.stop()
