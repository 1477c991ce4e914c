"""First run, sign-in, sign-out and the worklist, driven through the real widgets."""

from __future__ import annotations

import argparse
import logging
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QLineEdit

from infusion_app.domain.participants import check_subject_code
from infusion_app.services import participants, session_flow, users
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.ui import launch as launch_module
from infusion_app.ui.first_run_screen import FirstRunScreen
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.tables import ROW_HEIGHT
from infusion_app.ui.worklist_screen import WorklistScreen

ADMIN = {"username": "wang.li", "full_name": "Wang Li", "password": "correct horse 1"}


def _window(qtbot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _type(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def _fill_first_run(qtbot, screen: FirstRunScreen, values: dict[str, str]) -> None:
    for name, text in values.items():
        _type(qtbot, getattr(screen, name), text)


GOOD_SETUP = {
    "site_code": "SH-TJ01",
    "username": ADMIN["username"],
    "full_name": ADMIN["full_name"],
    "password": ADMIN["password"],
    "password_again": ADMIN["password"],
}


def test_first_run_then_sign_in_shows_empty_worklist_and_user(qtbot, ws: Workspace) -> None:
    window = _window(qtbot, ws)
    assert window.stack.currentWidget() is window.first_run
    _fill_first_run(qtbot, window.first_run, GOOD_SETUP)
    with qtbot.waitSignal(window.first_run.completed):
        qtbot.mouseClick(window.first_run.set_up_button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is window.sign_in
    assert window.windowTitle() == "Infusion logger — SH-TJ01"
    assert window.sign_in.username.text() == ADMIN["username"]
    _type(qtbot, window.sign_in.password, ADMIN["password"])
    with qtbot.waitSignal(window.sign_in.signed_in) as signed:
        qtbot.keyClick(window.sign_in.password, Qt.Key.Key_Return)

    assert signed.args[0].full_name == "Wang Li"
    assert window.stack.currentWidget() is window.worklist
    assert "Wang Li" in window.user_label.text()
    assert "Administrator" in window.user_label.text()
    assert window.sign_out_button.isVisible()
    assert window.worklist.pages.currentIndex() == 1
    assert window.worklist.empty_title.text() == "No sessions scheduled yet."


def test_wrong_password_keeps_user_name_and_clears_password(qtbot, site_ws: Workspace) -> None:
    window = _window(qtbot, site_ws)
    assert window.first_run is None
    screen = window.sign_in
    _type(qtbot, screen.username, ADMIN["username"])
    _type(qtbot, screen.password, "not the password")
    qtbot.mouseClick(screen.sign_in_button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is screen
    assert screen.message.isVisible()
    assert screen.message.text() == "⚠  The user name or password is not right."
    assert screen.username.text() == ADMIN["username"]
    assert screen.password.text() == ""
    qtbot.waitUntil(screen.password.hasFocus)
    assert window.actor is None


def test_sign_out_returns_to_sign_in_with_empty_password(qtbot, site_ws: Workspace) -> None:
    window = _window(qtbot, site_ws)
    _type(qtbot, window.sign_in.username, ADMIN["username"])
    _type(qtbot, window.sign_in.password, ADMIN["password"])
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.actor is not None

    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is window.sign_in
    assert window.actor is None
    assert window.sign_in.password.text() == ""
    assert not window.sign_out_button.isVisible()
    assert not window.user_label.isVisible()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"site_code": "sh tj01"}, "A site code is 2 to 16 capital letters"),
        ({"password_again": "something else"}, "The two passwords differ"),
        ({"username": "Wang Li"}, "A user name is 2 to 32 lower-case letters"),
        ({"password": "short", "password_again": "short"}, "at least 12 characters"),
    ],
)
def test_first_run_refusal_keeps_every_entry(
    qtbot, ws: Workspace, changes: dict[str, str], message: str
) -> None:
    window = _window(qtbot, ws)
    screen = window.first_run
    values = GOOD_SETUP | changes
    _fill_first_run(qtbot, screen, values)
    qtbot.mouseClick(screen.set_up_button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is screen
    assert screen.message.isVisible()
    assert screen.message.text().startswith("⚠")
    assert message in screen.message.text()
    for name, text in values.items():
        assert getattr(screen, name).text() == text, name
    assert users.current_site_code(ws) is None


def test_the_password_mismatch_leaves_once_the_passwords_agree(qtbot, ws: Workspace) -> None:
    """Before, the error stayed on screen after the second password was typed right."""
    window = _window(qtbot, ws)
    screen = window.first_run
    _fill_first_run(qtbot, screen, GOOD_SETUP | {"password_again": "something else"})
    qtbot.mouseClick(screen.set_up_button, Qt.MouseButton.LeftButton)
    assert "The two passwords differ" in screen.message.text() and screen.message.isVisible()
    _type(qtbot, screen.password_again, ADMIN["password"][:-1])
    assert screen.message.isVisible()  # still different
    qtbot.keyClicks(screen.password_again, ADMIN["password"][-1])
    assert not screen.message.isVisible() and screen.message.text() == ""


def _schedule(ws: Workspace, actor: Actor, code: str, initials: str, arm: str, days: int) -> str:
    if not ws.db.execute("SELECT 1 FROM participants WHERE subject_code = ?", [code]).fetchone():
        registered = participants.register_participant(
            ws,
            actor,
            subject_code=code,
            initials=initials,
            year_of_birth=1985,
            arm=arm,
            consent_date=ws.site_today().isoformat(),
        )
        assert isinstance(registered, Accepted), registered
    day = ws.site_today() + timedelta(days=days)
    scheduled = participants.schedule_session(
        ws, actor, subject_code=code, scheduled_for=day.isoformat()
    )
    assert isinstance(scheduled, Accepted), scheduled
    return scheduled.created["session_id"]


def _subject_code(ws: Workspace, number: int) -> str:
    example = ws.protocol.site.subject_code_example  # e.g. HPV-001, matching subject_code_pattern
    code = example[: -len(str(number))] + str(number)
    assert check_subject_code(code, ws.protocol.site.subject_code_pattern) is None
    return code


def test_worklist_orders_by_urgency_and_filters_by_subject(
    qtbot, qtmodeltester, site_ws: Workspace, investigator: Actor, nurse: Actor
) -> None:
    ws = site_ws
    first, second, third = (_subject_code(ws, n) for n in (1, 2, 3))
    _schedule(ws, investigator, first, "ZXM", "huc_msc", days=2)
    _schedule(ws, investigator, second, "LHY", "placebo", days=0)
    checking = _schedule(ws, investigator, third, "CQ", "huc_msc", days=0)
    assert isinstance(session_flow.begin_checks(ws, nurse, session_id=checking), Accepted)

    screen = WorklistScreen(ws, ws.clock)
    qtbot.addWidget(screen)
    screen.refresh()
    model = screen.model
    qtmodeltester.check(model)

    shown = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert [row[1] for row in shown] == [third, second, first]
    assert shown[0][0] == "Today" and shown[0][5] == "Checking"
    assert shown[2][0] == (ws.site_today() + timedelta(days=2)).isoformat()
    assert shown[2][3] == "1" and shown[2][2] == "ZXM"
    assert shown[1][4].startswith("Placebo")
    assert screen.table.rowHeight(0) >= max(44, ROW_HEIGHT)

    qtbot.keyClicks(screen.search, second[-3:])
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [second]
    qtmodeltester.check(model)

    _type(qtbot, screen.search, "HPV-999")
    assert model.rowCount() == 0
    assert screen.pages.currentIndex() == 1
    assert "No session matches" in screen.empty_title.text()


def test_second_instance_lock_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "infusion.sqlite3"
    first = launch_module.acquire_instance_lock(db)
    assert isinstance(first, QLockFile)
    assert launch_module.acquire_instance_lock(db) is None
    first.unlock()
    again = launch_module.acquire_instance_lock(db)
    assert again is not None
    again.unlock()


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes from ``launch`` caught instead of shown (a modal box would block)."""
    shown: list[str] = []
    monkeypatch.setattr(
        launch_module, "show_problem", lambda title, text, quiet=False: shown.append(text)
    )
    monkeypatch.setattr(launch_module, "configure_logging", lambda folder=None: None)
    return shown


def test_launch_refuses_a_database_open_elsewhere(tmp_path: Path, problems: list[str]) -> None:
    db = tmp_path / "infusion.sqlite3"
    other = QLockFile(f"{db}.lock")
    assert other.tryLock(0)
    try:
        code = launch_module.launch(argparse.Namespace(db=db, self_test=True))
    finally:
        other.unlock()
    assert code == 1
    assert problems == [f"The infusion logger is already open on this database file:\n{db}"]


def test_launch_shows_a_protocol_problem_in_one_message(
    tmp_path: Path, problems: list[str]
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[protocol]\nid = \n", encoding="utf-8")
    args = argparse.Namespace(db=tmp_path / "infusion.sqlite3", self_test=True)
    assert launch_module.launch(args, protocol_path=broken) == 2
    assert len(problems) == 1 and "broken.toml" in problems[0]
    assert "Traceback" not in problems[0]


def test_launch_self_test_opens_the_window_and_releases_the_lock(
    tmp_path: Path, problems: list[str]
) -> None:
    db = tmp_path / "infusion.sqlite3"
    assert launch_module.launch(argparse.Namespace(db=db, self_test=True)) == 0
    assert problems == []
    lock = launch_module.acquire_instance_lock(db)
    assert lock is not None
    lock.unlock()


def test_logging_goes_to_a_rotating_file(tmp_path: Path) -> None:
    level = logging.getLogger().level
    handler = launch_module.configure_logging(tmp_path / "logs")
    try:
        logging.getLogger("log.ui").info("hello from the test")
        handler.flush()
        assert "hello from the test" in (tmp_path / "logs" / "infusion-app.log").read_text("utf-8")
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(level)
        handler.close()
