"""Automatic screen lock, unlock, lockout and hand-over, through the real main window."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTableView, QWidget

from infusion_app.services import users
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui import screen_lock
from tests.ui.conftest import ADMIN, PASSWORDS, SUBJECT


def _visible_texts(root: QWidget) -> str:
    """Every text a person can read in ``root`` right now (labels and fields)."""
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QLineEdit) if w.isVisible()]
    for view in root.findChildren(QTableView):
        if view.isVisible():
            model = view.model()
            texts += [
                str(model.index(r, c).data())
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            ]
    return "\n".join(texts)


def _idle_past_limit(ws: Workspace) -> None:
    ws.clock.advance(ws.protocol.site.screen_lock_minutes * 60 + 1)


def _events(ws: Workspace, event_type: str) -> list[tuple[str, dict]]:
    rows = ws.db.execute(
        "SELECT actor, payload FROM events WHERE type = ? ORDER BY seq", [event_type]
    )
    return [(row[0], json.loads(row[1])) for row in rows]


def test_locks_after_inactivity_and_shows_no_worklist_data(
    qtbot, signed_in_window, site_ws: Workspace, nurse: Actor, observing_session: str
) -> None:
    window = signed_in_window("li.na")
    subject = SUBJECT
    assert subject in _visible_texts(window)  # the worklist shows the participant
    window.watcher.check()
    assert not window.locked  # not idle yet

    _idle_past_limit(site_ws)
    qtbot.waitUntil(lambda: window.locked, timeout=3 * screen_lock.TICK_MS)

    shown = _visible_texts(window)
    assert subject not in shown and "LXM" not in shown
    assert not window.worklist.isVisible()
    assert "Site SH-TJ01" in shown
    assert "Li Na · Nurse" in shown
    assert "09:" in window.lock_screen.time_label.text()
    assert window.lock_screen.status_strip.text() == "No infusion running"
    locked = _events(site_ws, "user.screen_locked")
    assert locked == [
        ("li.na", {"idle_seconds": site_ws.protocol.site.screen_lock_minutes * 60 + 1})
    ]


def test_typing_keeps_the_screen_unlocked(qtbot, signed_in_window, site_ws: Workspace) -> None:
    window = signed_in_window(ADMIN["username"])
    window.worklist.search.setFocus()
    site_ws.clock.advance(site_ws.protocol.site.screen_lock_minutes * 60 - 10)
    # Through the window, as the platform delivers a key press, to the focused field.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_H)
    assert window.worklist.search.text() == "h"
    site_ws.clock.advance(20)
    window.watcher.check()
    assert not window.locked
    site_ws.clock.advance(site_ws.protocol.site.screen_lock_minutes * 60)
    window.watcher.check()
    assert window.locked  # and without input it locks after all


def test_a_click_or_typing_in_a_dialog_keeps_the_screen_unlocked(
    qtbot, signed_in_window, site_ws: Workspace
) -> None:
    window = signed_in_window(ADMIN["username"])
    limit = site_ws.protocol.site.screen_lock_minutes * 60
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()
    site_ws.clock.advance(limit - 10)
    QTest.mouseClick(dialog.windowHandle(), Qt.MouseButton.LeftButton)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_5)
    assert field.text() == "5"
    site_ws.clock.advance(20)
    window.watcher.check()
    assert not window.locked
    dialog.reject()


def test_no_lock_while_nobody_is_signed_in(qtbot, site_ws: Workspace, signed_in_window) -> None:
    window = signed_in_window(ADMIN["username"])
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    _idle_past_limit(site_ws)
    window.watcher.check()
    assert not window.locked
    assert window.stack.currentWidget() is window.sign_in


def test_lock_now_then_unlock_with_the_right_password(
    qtbot, signed_in_window, site_ws: Workspace
) -> None:
    window = signed_in_window(ADMIN["username"])
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert window.locked
    assert not window.lock_button.isVisible() and not window.sign_out_button.isVisible()

    qtbot.keyClicks(window.lock_screen.password, ADMIN["password"])
    with qtbot.waitSignal(window.lock_screen.unlocked):
        qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)

    assert not window.locked
    assert window.stack.currentWidget() is window.worklist
    assert window.actor is not None and window.actor.username == ADMIN["username"]
    assert [actor for actor, _ in _events(site_ws, "user.unlocked")] == [ADMIN["username"]]
    _idle_past_limit(site_ws)  # watching again after the unlock
    window.watcher.check()
    assert window.locked


def test_wrong_password_shows_the_reason_and_stays_locked(
    qtbot, signed_in_window, site_ws: Workspace
) -> None:
    window = signed_in_window(ADMIN["username"])
    window.lock()
    qtbot.keyClicks(window.lock_screen.password, "not my password")
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)

    assert window.locked
    assert window.lock_screen.message.isVisible()
    assert window.lock_screen.message.text() == "⚠  The user name or password is not right."
    assert window.lock_screen.password.text() == ""


def test_repeated_wrong_passwords_show_the_lockout_minutes(
    qtbot, signed_in_window, site_ws: Workspace, nurse: Actor
) -> None:
    window = signed_in_window("li.na")  # an administrator's lockouts are shorter (1, 2, 4 … min)
    window.lock()
    for _ in range(site_ws.protocol.site.lockout_attempts):
        window.lock_screen.password.setText("not my password")
        window.lock_screen.submit_unlock()
    minutes = site_ws.protocol.site.lockout_minutes
    assert f"locked for {minutes} more minutes" in window.lock_screen.message.text()
    window.lock_screen.password.setText(PASSWORDS["li.na"])  # right, but locked out now
    window.lock_screen.submit_unlock()
    assert window.locked
    assert "locked for" in window.lock_screen.message.text()


def test_another_user_takes_over(
    qtbot, signed_in_window, site_ws: Workspace, nurse: Actor, investigator: Actor
) -> None:
    window = signed_in_window("li.na")
    window.lock()
    screen = window.lock_screen
    qtbot.keyClicks(screen.other_username, "zhao.min")
    qtbot.keyClicks(screen.other_password, "wrong one")
    qtbot.mouseClick(screen.take_over_button, Qt.MouseButton.LeftButton)
    assert window.locked
    assert screen.other_message.text().startswith("⚠")
    assert screen.other_username.text() == "zhao.min"  # kept for the next try

    qtbot.keyClicks(screen.other_password, PASSWORDS["zhao.min"])
    with qtbot.waitSignal(screen.handed_over):
        qtbot.mouseClick(screen.take_over_button, Qt.MouseButton.LeftButton)

    assert not window.locked
    assert window.user_label.text() == "Zhao Min · Investigator"
    assert window.actor == investigator
    assert window.nav_buttons["audit"].isVisible()
    assert _events(site_ws, "user.handed_over") == [
        ("zhao.min", {"from": "li.na", "to": "zhao.min"})
    ]


def test_an_open_dialog_is_cancelled_when_the_screen_locks(
    qtbot, signed_in_window, site_ws: Workspace
) -> None:
    window = signed_in_window(ADMIN["username"])
    dialog = QDialog(window)
    dialog.show()
    window.lock()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_navigation_follows_the_role_and_sign_out_forgets_the_trail(
    qtbot, signed_in_window, site_ws: Workspace, nurse: Actor
) -> None:
    window = signed_in_window(ADMIN["username"])
    assert window.nav_bar.isVisible()
    shown = {key for key, button in window.nav_buttons.items() if button.isVisible()}
    assert shown == {"worklist", "users", "audit"}  # an administrator's screens
    qtbot.mouseClick(window.nav_buttons["audit"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.audit_trail
    assert window.audit_trail.model.rowCount() > 0
    qtbot.mouseClick(window.nav_buttons["users"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.users
    assert window.users.model.rowCount() == 2

    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    assert window.audit_trail.model.rowCount() == 0
    assert window.users.model.rowCount() == 0
    window.sign_in.username.setText("li.na")
    window.sign_in.password.setText(PASSWORDS["li.na"])
    window.sign_in.submit()
    assert not window.nav_bar.isVisible()  # a nurse has only the worklist
    assert window.stack.currentWidget() is window.worklist


@pytest.mark.parametrize("leave", ["lock by hand", "idle", "sign out"])
def test_a_user_deactivated_while_signed_in_is_sent_to_the_sign_in_screen(
    qtbot, signed_in_window, site_ws: Workspace, nurse: Actor, admin: Actor, leave: str
) -> None:
    """Deactivated meanwhile (here by the administrator's service; on another laptop, by
    sync): locking by hand or after inactivity and signing out record nothing, and the window
    goes back to the sign-in screen saying why."""
    window = signed_in_window("li.na")
    done = users.deactivate_user(site_ws, admin, username="li.na", reason="left the ward")
    assert not hasattr(done, "code"), done
    before = site_ws.store.count()
    if leave == "lock by hand":
        qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    elif leave == "idle":
        _idle_past_limit(site_ws)
    else:
        qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in, timeout=3000)
    assert not window.locked and window.actor is None
    assert window.sign_in.message.text().endswith("The user li.na is deactivated.")
    assert site_ws.store.count() == before  # no lock, no sign-out event
