"""Before the window opens: the database key, from the sign-in dialog (or, for the headless
self-test, from ``--user`` with the password on standard input, or ``--recovery-key-file``).

A new file gets a new random key (set-up writes its first key slots and shows the recovery key);
a file whose set-up never finished (encrypted, no one's slot) is set aside, never deleted.
"""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QDialog

from infusion_app.domain.outcomes import Refusal
from infusion_app.services.auth import record_failures_before_open, sign_in
from infusion_app.services.context import Workspace
from infusion_app.services.early_unlock import EarlyUnlock
from infusion_app.services.file_keys import (
    FailureBeforeOpen,
    FileState,
    file_state,
    key_from_password,
    key_from_recovery_key,
    key_is_known,
    set_aside_unfinished,
    start_new_file,
    use_key,
)
from infusion_app.services.upgrade import UpgradeRefusedError, encrypt_in_place
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.unlock_dialog import UnlockDialog, show_recovery_key

log = logging.getLogger("log.ui")


NOT_OPENED = "The user name or password is not right: nothing was opened."


class UnlockRefusedError(Exception):
    """The key could not be had: nothing was opened."""


@dataclass
class Access:
    """Who opened the file (signed in once the window is up) and the attempts refused before."""

    username: str | None = None
    password: str | None = None
    failures: list[FailureBeforeOpen] = field(default_factory=list)
    recovery_key_text: str = ""  # a plain file encrypted at this sign-in: shown once


def unlock_for_window(
    db_path: Path, args: argparse.Namespace, early: EarlyUnlock | None = None
) -> Access | None:
    """The key of the window's file, noted for this process; None when the person closed the
    sign-in. Raises :class:`UnlockRefusedError` when the headless options do not open it.

    ``early``: ``--user``'s key, unwrapped since the start (before any other key is looked at:
    its start-up check may have noted the key for the file already)."""
    if early is not None and early.answers_for(db_path):
        key = early.key()
        if key is None:
            raise UnlockRefusedError(NOT_OPENED)
        use_key(db_path, key)
        return Access(early.username, early.password)
    if key_is_known(db_path):  # opened before in this process (a new window)
        return Access()
    state = file_state(db_path)
    if state is FileState.UNFINISHED:
        set_aside_unfinished(db_path, datetime.now(UTC))
        state = FileState.NEW
    if state is FileState.NEW:
        start_new_file(db_path)
        return Access()
    user, key_file = getattr(args, "user", None), getattr(args, "recovery_key_file", None)
    if user is not None or key_file is not None:
        return _headless(db_path, state, user, key_file)
    if getattr(args, "self_test", False):  # nobody is there to answer a dialog
        raise UnlockRefusedError(
            "The database is encrypted: start the self-test with --user NAME (the password on "
            "standard input) or --recovery-key-file FILE."
        )
    dialog = UnlockDialog(db_path, plain=state is FileState.PLAIN)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.key is None:
        return None
    use_key(db_path, dialog.key)
    return Access(
        dialog.username_text or None,
        dialog.password_text or None,
        dialog.failures,
        dialog.recovery_key_text,
    )


def _headless(db_path: Path, state: FileState, user: str | None, key_file: Path | None) -> Access:
    if key_file is not None:
        key = key_from_recovery_key(db_path, Path(key_file).read_text(encoding="utf-8"))
        if key is None:
            raise UnlockRefusedError("The recovery key does not open the database.")
        use_key(db_path, key)
        return Access()
    assert user is not None
    password = sys.stdin.readline().rstrip("\r\n")
    if state is FileState.PLAIN:
        try:
            upgraded = encrypt_in_place(db_path, datetime.now(UTC), user, password)
        except UpgradeRefusedError as error:
            raise UnlockRefusedError(str(error)) from error
        sys.stderr.write(f"infusion-app: recovery key (shown once): {upgraded.recovery_key_text}\n")
        key: bytes | None = upgraded.key
    else:
        key = key_from_password(db_path, user, password)
    if key is None:
        raise UnlockRefusedError(NOT_OPENED)
    use_key(db_path, key)
    return Access(user, password)


def sign_in_after_unlock(ws: Workspace, window: MainWindow, access: Access) -> None:
    """Record the attempts refused before the file was open; sign in who opened it."""
    record_failures_before_open(ws, access.failures)
    if access.recovery_key_text:
        show_recovery_key(window, access.recovery_key_text)
    if access.username is None or access.password is None:
        return
    actor = sign_in(ws, username=access.username, password=access.password)
    if not isinstance(actor, Refusal):  # locked out or deactivated: the sign-in screen stays
        window.sign_in.signed_in.emit(actor)
