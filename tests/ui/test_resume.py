"""After an unexpected stop, the start-up sets the session that was running, and the first
sign-in opens it at once (the recovery message has already said what was recovered)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from infusion_app.services.context import Workspace
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.session_host import SessionHost
from tests.ui.conftest import PASSWORDS


def test_the_first_sign_in_reopens_the_recovered_session(
    qtbot: QtBot, site_ws: Workspace, observing_session: str
) -> None:
    window = MainWindow(site_ws)
    qtbot.addWidget(window)
    window.resume_session = observing_session
    window.show()
    qtbot.waitExposed(window)
    window.sign_in.username.setText("li.na")
    window.sign_in.password.setText(PASSWORDS["li.na"])
    with qtbot.waitSignal(window.sign_in.signed_in):
        qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.session
    assert isinstance(window.session.screen, SessionHost)
    assert window.session.screen.session_id == observing_session
    assert window.resume_session is None, "only the first sign-in reopens it"
