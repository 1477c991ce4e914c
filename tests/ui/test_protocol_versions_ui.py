"""A session opened after the protocol file changed is shown by the version it was scheduled
under: the metronome keeps its band, the record names its file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from infusion_app.demo.cast import DEMO_PASSWORD
from infusion_app.services.context import Workspace
from infusion_app.ui.main_window import MainWindow
from tests.services.test_protocol_versions import amended  # noqa: F401 -- the fixture
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)


def _labels(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)]


def test_the_old_session_opens_with_its_own_band(
    qtbot,
    amended: tuple[Workspace, str],  # noqa: F811
) -> None:
    ws, old = amended
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.sign_in.username.setText("nurse.li")
    window.sign_in.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(window.sign_in.signed_in):
        qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    window.open_session(old)
    qtbot.waitUntil(lambda: any("(band 60–80/min)" in text for text in _labels(window)))
    assert not any("(band 60–90/min)" in text for text in _labels(window))
    window.session.clear()
