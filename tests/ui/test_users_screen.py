"""The administrator's users screen: list, add, reset a password, deactivate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from infusion_app.services.auth import sign_in
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.user_dialogs import AddUserDialog, DeactivateUserDialog, ResetPasswordDialog
from infusion_app.ui.users_screen import UsersScreen
from tests.ui.conftest import ADMIN, OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)


def _screen(qtbot, ws: Workspace, actor: Actor) -> UsersScreen:
    screen = UsersScreen(ws)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    screen.show_for(actor)
    return screen


def _column(screen: UsersScreen, column: int) -> list[str]:
    return [screen.model.index(r, column).data() for r in range(screen.model.rowCount())]


def test_admin_sees_every_user(qtbot, qtmodeltester, site_ws: Workspace, admin, nurse) -> None:
    screen = _screen(qtbot, site_ws, admin)
    qtmodeltester.check(screen.model)
    assert _column(screen, 0) == ["li.na", ADMIN["username"]]
    assert _column(screen, 2) == ["Nurse", "Administrator"]
    assert _column(screen, 3) == ["Active", "Active"]
    assert _column(screen, 4)[0] == "Never"
    assert _column(screen, 4)[1].startswith("2026-11-24 09:00")
    assert not screen.reset_button.isEnabled() and not screen.deactivate_button.isEnabled()


def test_admin_adds_a_user_and_a_refusal_keeps_the_entries(
    qtbot, site_ws: Workspace, admin: Actor
) -> None:
    screen = _screen(qtbot, site_ws, admin)
    seen: list[AddUserDialog] = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, AddUserDialog)
        seen.append(dialog)
        qtbot.keyClicks(dialog.username, "Chen Jing")  # not a valid user name
        qtbot.keyClicks(dialog.full_name, "Chen Jing")
        dialog.role.setCurrentIndex(dialog.role.findData("pharmacist"))
        qtbot.keyClicks(dialog.password, "pharmacy pass 1")
        qtbot.keyClicks(dialog.password_again, "pharmacy pass 1")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == 0
        assert dialog.message.text().startswith("⚠  A user name is")
        assert dialog.full_name.text() == "Chen Jing"
        assert dialog.role.currentData() == "pharmacist"
        dialog.username.setText("chen.jing")
        dialog.password.setText("pharmacy pass 1")
        dialog.password_again.setText("pharmacy pass 1")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    screen.run_dialog = fill
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)

    assert seen
    assert "chen.jing" in _column(screen, 0)
    assert screen.selected_user() is not None
    assert screen.selected_user().username == "chen.jing"
    assert screen.done_label.text() == "✓ Added chen.jing."
    assert isinstance(sign_in(site_ws, username="chen.jing", password="pharmacy pass 1"), Actor)


def test_admin_deactivates_a_user_with_a_reason(
    qtbot, qtmodeltester, site_ws: Workspace, admin: Actor, nurse: Actor
) -> None:
    screen = _screen(qtbot, site_ws, admin)
    screen.select("li.na")
    assert screen.deactivate_button.isEnabled()

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, DeactivateUserDialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason yet
        assert dialog.message.text() == "⚠  Say why the user is deactivated."
        qtbot.keyClicks(dialog.reason, "left the ward")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        return dialog.result()

    screen.run_dialog = fill
    qtbot.mouseClick(screen.deactivate_button, Qt.MouseButton.LeftButton)

    qtmodeltester.check(screen.model)
    row = _column(screen, 0).index("li.na")
    assert screen.model.index(row, 3).data() == "Deactivated"
    assert screen.model.index(row, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not screen.deactivate_button.isEnabled()  # still selected, already inactive
    assert screen.done_label.text() == "✓ Deactivated li.na."
    assert not isinstance(sign_in(site_ws, username="li.na", password="nurse pass 1"), Actor)


def test_reset_password_lifts_a_lockout(
    qtbot, site_ws: Workspace, admin: Actor, nurse: Actor
) -> None:
    for _ in range(site_ws.protocol.site.lockout_attempts):
        sign_in(site_ws, username="li.na", password="wrong")
    screen = _screen(qtbot, site_ws, admin)
    row = _column(screen, 0).index("li.na")
    assert screen.model.index(row, 5).data() == "2026-11-24 09:15"
    screen.select("li.na")

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ResetPasswordDialog)
        dialog.password.setText("fresh start 1")
        dialog.password_again.setText("fresh start 2")
        dialog.submit()
        assert dialog.message.text() == "⚠  The two passwords differ."
        dialog.password.setText("fresh start 1")
        dialog.password_again.setText("fresh start 1")
        dialog.submit()
        return dialog.result()

    screen.run_dialog = fill
    qtbot.mouseClick(screen.reset_button, Qt.MouseButton.LeftButton)
    assert screen.model.index(row, 5).data() == ""
    assert isinstance(sign_in(site_ws, username="li.na", password="fresh start 1"), Actor)


def test_a_nurse_sees_the_refusal_not_the_list(qtbot, site_ws: Workspace, nurse: Actor) -> None:
    screen = _screen(qtbot, site_ws, nurse)
    assert screen.model.rowCount() == 0
    assert not screen.table.isVisible()
    assert screen.message.text() == "⚠  Only an administrator may do this (list users)."
