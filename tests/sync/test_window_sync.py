"""The main window syncs on its own once the laptop is enrolled: the header says when, how many
events wait and what went wrong; an investigator reaches the discrepancies from the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from infusion_app.ui.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.sync.conftest import Laptop, session_begun_on_two_laptops
from tests.sync.helpers import INVESTIGATOR, NURSE, filler, set_up_site


def _sign_in(qtbot: QtBot, window: MainWindow, username: str) -> None:
    button = window.sign_in.sign_in_button
    qtbot.waitUntil(lambda: button.height() > 0)  # laid out, so the click lands on it
    window.sign_in.username.setText(username)
    window.sign_in.password.setText(PASSWORD)
    with qtbot.waitSignal(window.sign_in.signed_in):
        qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)


def test_the_window_syncs_soon_after_opening_and_the_header_counts_down(
    qtbot: QtBot, laptop: Laptop
) -> None:
    ward = laptop("ward")
    set_up_site(ward)
    filler(ward, 200)
    window = MainWindow(ward)
    qtbot.addWidget(window)
    window.show()
    status = window.sync_status
    assert status.isVisible() and "waiting" in status.text()
    assert "never" in status.text()
    with qtbot.waitSignal(status.worker.succeeded, timeout=20_000) as done:
        pass  # nobody asked: the window's first sync starts by itself
    assert done.args[0] >= 200
    qtbot.waitUntil(lambda: "never" not in status.text(), timeout=5_000)
    assert "0 waiting" in status.text() and "Sync: running" not in status.text()
    _sign_in(qtbot, window, NURSE.username)  # a sign-in is an event: one more waits
    window._show_time()  # the clock tick
    assert "1 waiting" in status.text()
    window.close()
    assert not status.worker.running


def test_an_investigator_resolves_a_discrepancy_from_the_window(
    qtbot: QtBot, laptop: Laptop
) -> None:
    second, _ = session_begun_on_two_laptops(laptop)
    window = MainWindow(second)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _sign_in(qtbot, window, INVESTIGATOR.username)
    button = window.nav_buttons["discrepancies"]
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    screen = window.discrepancies.screen
    assert screen is not None and screen.isVisible()
    assert screen.list.count() == 1 and screen.list.item(0).text().startswith("⚠")
    screen.reason.setText("the first laptop was at the bedside")
    qtbot.mouseClick(screen.resolve_button, Qt.MouseButton.LeftButton)
    assert screen.list.item(0).text().startswith("✔")
    window.close()
