"""The first sign-in of a run opens the encrypted file; set-up shows the recovery key once."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from infusion_app.services.context import Workspace
from infusion_app.store import cipher
from infusion_app.store.key_slots import parse_recovery_key, unwrap_with_recovery_key
from infusion_app.ui import launch as launch_module
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.unlock_dialog import UnlockDialog
from tests.conftest import PASSWORD
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING
from tests.ui.test_first_run_and_sign_in import GOOD_SETUP, _fill_first_run

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)


def closed(ws: Workspace, db_path: Path) -> Path:
    """The file as a new run finds it: closed, its key nowhere in memory."""
    ws.db.close()
    cipher.remember_key(db_path, None)
    return db_path


def test_set_up_shows_the_recovery_key_once_and_it_opens_the_file(
    qtbot, workspace: Workspace, db_path: Path
) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.first_run is not None
    _fill_first_run(qtbot, window.first_run, GOOD_SETUP)
    window.first_run.submit()
    box = window.findChild(QMessageBox, "recoveryKey")
    assert box is not None and box.isVisible()
    recovery = parse_recovery_key(box.informativeText())
    box.accept()  # read and written down: the box goes, the key is nowhere on the laptop
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "recoveryKey") is None)
    assert recovery is not None
    assert unwrap_with_recovery_key(db_path, recovery) == cipher.known_key(db_path)


def test_the_dialog_refuses_a_wrong_password_and_keeps_the_attempt(
    qtbot, site: Workspace, db_path: Path
) -> None:
    key = cipher.known_key(db_path)
    dialog = UnlockDialog(closed(site, db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "nurse.li")
    qtbot.keyClicks(dialog.password, "not it at all")
    dialog.submit()
    assert dialog.message.isVisible() and "not right" in dialog.message.text()
    assert dialog.password.text() == "" and dialog.key is None
    assert [(f.username, f.why) for f in dialog.failures] == [("nurse.li", "wrong password")]
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.submit()
    assert dialog.key == key and dialog.result() == UnlockDialog.DialogCode.Accepted


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        launch_module, "show_problem", lambda title, text, quiet=False, **_: shown.append(text)
    )
    monkeypatch.setattr(launch_module, "configure_logging", lambda folder=None: None)
    return shown


def _start(db: Path, user: str, password: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    args = argparse.Namespace(db=db, self_test=True, user=user, recovery_key_file=None)
    return launch_module.launch(args)


def test_the_window_opens_an_encrypted_file_with_a_password(
    site: Workspace, db_path: Path, problems: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = closed(site, db_path)
    assert _start(db, "dr.wang", "wrong password here", monkeypatch) == 2
    assert problems == ["The user name or password is not right: nothing was opened."]
    assert _start(db, "dr.wang", PASSWORD, monkeypatch) == 0
    assert problems[1:] == []


def _main(db: Path, user: str, password: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """``infusion-app --self-test --db DB --user USER`` with the password on standard input."""
    from infusion_app.app import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    return main(["--self-test", "--db", str(db), "--user", user])


def _last_event(db: Path) -> tuple[str, str]:
    from infusion_app.services.file_keys import key_from_password
    from infusion_app.store.database import connect

    opened = connect(db, key_from_password(db, "dr.wang", PASSWORD))
    try:
        row = opened.execute("SELECT type, actor FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        opened.close()
    return str(row[0]), str(row[1])


def test_the_command_line_start_unwraps_the_key_while_the_window_loads(
    site: Workspace, db_path: Path, problems: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key of ``--user``'s password is unwrapped in a thread from the start: a wrong
    password still opens nothing, the right one opens the file and signs the person in."""
    db = closed(site, db_path)
    monkeypatch.setattr(launch_module, "configure_logging", lambda folder=None: None)
    before = db.read_bytes()
    assert _main(db, "dr.wang", "wrong password here", monkeypatch) == 2
    assert problems == ["The user name or password is not right: nothing was opened."]
    assert db.read_bytes() == before and cipher.known_key(db) is None
    assert _main(db, "dr.wang", PASSWORD, monkeypatch) == 0
    assert problems[1:] == []
    cipher.remember_key(db, None)
    assert _last_event(db) == ("user.signed_in", "dr.wang")
