"""Opening the app's window: one instance per database, problems in one plain message."""

from __future__ import annotations

import argparse
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from infusion_app.domain.protocol import ProtocolError
from infusion_app.paths import default_db_path, log_folder
from infusion_app.protocol_files import resources_dir
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.database import StoreError
from infusion_app.ui.infusion.alarm_sounds import AlarmSounds
from infusion_app.ui.main_window import MainWindow

log = logging.getLogger("log.ui")

BASE_POINT_SIZE = 13.5  # readable at arm's length on a trolley laptop
LOG_FILE_BYTES = 2_000_000
LOG_FILE_COUNT = 5


class InstanceLockError(OSError):
    """The lock file next to the database cannot be written (not: another instance holds it)."""


def configure_logging(folder: Path | None = None) -> RotatingFileHandler:
    """Send log records to a rotating UTF-8 file ``infusion-app.log`` in the app's log folder."""
    folder = folder or log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / "infusion-app.log",
        maxBytes=LOG_FILE_BYTES,
        backupCount=LOG_FILE_COUNT,
        encoding="utf-8",
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def acquire_instance_lock(db_path: Path) -> QLockFile | None:
    """Take ``<db>.lock``; None when another running instance holds it.

    Raises:
        InstanceLockError: the lock file cannot be created (folder missing or read-only).
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(f"{db_path}.lock")
    lock.setStaleLockTime(0)  # held for the whole run; a dead holder's lock is still removed
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    raise InstanceLockError(f"Cannot create the lock file {db_path}.lock next to the database.")


def apply_look(app: QApplication) -> None:
    """The app's font size, stylesheet and icon."""
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    resources = resources_dir()
    QDir.addSearchPath("styles", str(resources / "styles"))  # url(styles:...) in app.qss
    app.setStyleSheet((resources / "styles" / "app.qss").read_text(encoding="utf-8"))
    app.setWindowIcon(QIcon(str(resources / "icons" / "app.svg")))


def show_problem(title: str, text: str, *, quiet: bool = False) -> None:
    """Tell the person what stops the app, in one box (or on stderr for a headless self-test)."""
    log.error("%s: %s", title, text)
    if quiet:
        sys.stderr.write(f"infusion-app: {text}\n")
        return
    QMessageBox.critical(None, title, text)


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Infusion logger")
    app.setOrganizationName("infusion-app")
    apply_look(app)
    return app


def launch(args: argparse.Namespace, protocol_path: Path | None = None) -> int:
    """Open the window on the database in ``args.db`` (or the default); returns the exit code.

    1: another instance has this database open. 2: the protocol or database cannot be used.
    With ``args.self_test`` the window opens, events run once, and 0 is returned without a loop.
    """
    configure_logging()
    app = _application()
    quiet = bool(getattr(args, "self_test", False))
    db_path = Path(getattr(args, "db", None) or default_db_path())
    try:
        lock = acquire_instance_lock(db_path)
    except InstanceLockError as error:
        show_problem(app.tr("Cannot open the database"), str(error), quiet=quiet)
        return 2
    if lock is None:
        text = app.tr("The infusion logger is already open on this database file:\n%s") % db_path
        show_problem(app.tr("Already open"), text, quiet=quiet)
        return 1
    try:
        return _run(app, db_path, protocol_path, quiet)
    finally:
        lock.unlock()


def _run(app: QApplication, db_path: Path, protocol_path: Path | None, self_test: bool) -> int:
    try:
        ws = open_workspace(db_path, protocol_path=protocol_path)
    except (ProtocolError, StoreError) as error:
        show_problem(app.tr("Cannot start the infusion logger"), str(error), quiet=self_test)
        return 2
    log.info("opened %s with protocol %s", db_path, ws.protocol.id)
    try:
        window = MainWindow(ws, AlarmSounds(ws.clock))
        window.show()
        if self_test:
            app.processEvents()
            window.close()
            return 0
        return app.exec()
    finally:
        ws.db.close()
