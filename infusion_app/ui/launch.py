"""Opening the app's window: one instance per database, problems in one plain message."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from infusion_app.domain.protocol import ProtocolError
from infusion_app.paths import log_folder, window_db_path
from infusion_app.services.database_files import DamagedDatabase, EarlyCheck, StoreError
from infusion_app.services.early_unlock import EarlyUnlock
from infusion_app.ui.infusion.alarm_sounds import AlarmSounds
from infusion_app.ui.preferences import install_language, load_preferences, translation_file
from infusion_app.ui.startup import (
    Housekeeping,
    ask_restore,
    begin_run,
    install_store_error_hook,
    open_for_window,
)
from infusion_app.ui.themes import apply_look
from infusion_app.ui.training import ensure_training_db, training_db_path
from infusion_app.ui.unlocking import (
    Access,
    UnlockRefusedError,
    sign_in_after_unlock,
    unlock_for_window,
)
from infusion_app.ui.window_keeper import WindowKeeper

log = logging.getLogger("log.ui")

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


def show_problem(title: str, text: str, *, quiet: bool = False, information: bool = False) -> None:
    """Tell the person what stops the app (or, with ``information``, what it recovered), in
    one box — or on stderr for a headless self-test."""
    log.error("%s: %s", title, text)
    if quiet:
        sys.stderr.write(f"infusion-app: {text}\n")
        return
    if information:
        QMessageBox.information(None, title, text)
        return
    QMessageBox.critical(None, title, text)


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Infusion logger")
    app.setOrganizationName("infusion-app")
    preferences = load_preferences()
    install_language(app, preferences.language)
    apply_look(app, preferences.theme, preferences.text_scale)
    return app


def launch(
    args: argparse.Namespace,
    protocol_path: Path | None = None,
    early: EarlyCheck | None = None,
    unlock: EarlyUnlock | None = None,
) -> int:
    """Open the window on the database in ``args.db`` (or the default); returns the exit code.

    1: another instance has this database open. 2: the protocol or database cannot be used.
    With ``args.self_test`` the window opens, events run once, and 0 is returned without a loop.
    ``early``: the start-up check of the database, begun before this module was imported;
    ``unlock``: the key of ``--user``'s password, being unwrapped since then.
    """
    configure_logging()
    app = _application()
    quiet = bool(getattr(args, "self_test", False))
    db_path = window_db_path(getattr(args, "db", None))
    if getattr(args, "training", False):
        db_path = training_db_path()
        try:
            ensure_training_db(db_path)
        except (OSError, StoreError, ProtocolError) as error:
            show_problem(
                QCoreApplication.translate("Launch", "Cannot open the training database"),
                str(error),
                quiet=quiet,
            )
            return 2
    try:
        lock = acquire_instance_lock(db_path)
    except InstanceLockError as error:
        show_problem(
            QCoreApplication.translate("Launch", "Cannot open the database"),
            str(error),
            quiet=quiet,
        )
        return 2
    if lock is None:
        text = (
            QCoreApplication.translate(
                "Launch", "The infusion logger is already open on this database file:\n%s"
            )
            % db_path
        )
        show_problem(QCoreApplication.translate("Launch", "Already open"), text, quiet=quiet)
        return 1
    try:
        access = unlock_for_window(db_path, args, unlock)
        if access is None:  # the person closed the sign-in: nothing was opened
            return 0
        return _run(app, db_path, protocol_path, quiet, early, access)
    except UnlockRefusedError as error:
        show_problem(
            QCoreApplication.translate("Launch", "Cannot open the database"),
            str(error),
            quiet=quiet,
        )
        return 2
    finally:
        lock.unlock()


def _run(
    app: QApplication,
    db_path: Path,
    protocol_path: Path | None,
    self_test: bool,
    early: EarlyCheck | None,
    access: Access,
) -> int:
    try:
        opened = open_for_window(db_path, protocol_path, _ask_restore(self_test), early)
    except (ProtocolError, StoreError) as error:
        show_problem(
            QCoreApplication.translate("Launch", "Cannot start the infusion logger"),
            str(error),
            quiet=self_test,
        )
        return 2
    if isinstance(opened, DamagedDatabase):  # never written to: kept for IT as it is
        show_problem(
            QCoreApplication.translate("Launch", "The database is damaged"),
            opened.message,
            quiet=self_test,
        )
        return 2
    ws = opened
    log.info("opened %s with protocol %s", db_path, ws.protocol.id)
    install_store_error_hook()
    recovered = begin_run(ws, db_path)
    housekeeping = Housekeeping(ws, db_path)
    try:
        keeper = WindowKeeper(ws, AlarmSounds(ws.clock))
        keeper.window.show()
        sign_in_after_unlock(ws, keeper.window, access)
        if recovered is not None:
            log.warning("recovered: %s", recovered.message)
            if recovered.sessions:  # reopened on the first running session once signed in
                keeper.window.resume_session = recovered.sessions[0].session_id
            show_problem(
                QCoreApplication.translate("Launch", "Recovered"),
                recovered.message,
                quiet=self_test,
                information=True,
            )
        if self_test:
            app.processEvents()
            keeper.window.close()
            return 0 if _chinese_loads() else 3
        return app.exec()
    finally:
        housekeeping.finish()
        ws.db.close()


def _chinese_loads() -> bool:
    """Whether the compiled Chinese translation is where the app looks (a bundle or an
    install without it would show English after choosing 中文)."""
    if QTranslator().load(translation_file("zh_CN")):
        return True
    sys.stderr.write(f"infusion-app: no Chinese translation at {translation_file('zh_CN')}\n")
    return False


def _ask_restore(self_test: bool) -> Callable[..., bool]:
    """In a self-test nothing is asked (and nothing restored); otherwise the user decides."""
    return (lambda *_: False) if self_test else ask_restore
