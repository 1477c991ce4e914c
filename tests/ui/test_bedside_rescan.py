"""A bedside check older than the protocol allows before the start: the infusion screen says
so with the check's age and the limit, offers the new scan, and the bedside screen opens for
two people to scan again; after that the infusion starts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from infusion_app.demo.cast import DEMO_PASSWORD
from infusion_app.domain.clock import FakeClock
from infusion_app.services import records, vitals
from infusion_app.services.administration import bedside_rescan_needed
from infusion_app.services.context import Accepted, Workspace
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.product.bedside_check_screen import BedsideCheckScreen
from infusion_app.ui.session_host import SessionHost
from tests.conftest import GOOD_VITALS
from tests.services.replay_day import BAG_SCAN
from tests.ui.conftest import NURSE, OFFSCREEN_DIALOG_WARNING
from tests.ui.test_product_ui import scan

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
LEFT = Qt.MouseButton.LeftButton


def _texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def _button(window: MainWindow, text: str) -> QPushButton:
    [found] = [b for b in window.findChildren(QPushButton) if b.isVisible() and b.text() == text]
    return found


def _screen(window: MainWindow) -> object:
    host = window.session.findChild(SessionHost)
    return host.screen if host is not None else None


def test_a_stale_bedside_check_is_scanned_again_before_the_start(
    qtbot, site: Workspace, ready: str
) -> None:
    clock = site.clock
    assert isinstance(clock, FakeClock)
    assert bedside_rescan_needed(site, ready) is None  # checked at 09:00, ready at 09:00
    clock.advance(75 * 60)  # 10:15 (advanced before sign-in: the screen locks when idle)
    window = MainWindow(site)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.sign_in.username.setText("nurse.li")
    window.sign_in.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(window.sign_in.signed_in):
        qtbot.mouseClick(window.sign_in.sign_in_button, LEFT)
    window.open_session(ready)
    qtbot.waitUntil(lambda: isinstance(_screen(window), InfusionScreen))
    qtbot.waitUntil(
        lambda: any(
            "The bedside check was 75 min ago (limit 60 min before the start)" in text
            for text in _texts(window)
        )
    )
    qtbot.mouseClick(_button(window, "▶ Start"), LEFT)  # refused: the same words, at Start
    qtbot.waitUntil(lambda: any("(limit 60 min)" in text for text in _texts(window)))
    assert records.session_state(site, ready) == "ready"

    qtbot.mouseClick(_button(window, "Scan the bag again…"), LEFT)
    qtbot.waitUntil(lambda: isinstance(_screen(window), BedsideCheckScreen))
    bedside = _screen(window)
    assert isinstance(bedside, BedsideCheckScreen)
    assert "Scan again — the bedside check is too old" in _texts(window)
    assert any("The check was 75 min ago; the protocol allows 60 min" in t for t in _texts(window))
    assert _button(window, "‹ Back to the infusion")
    scan(qtbot, bedside.first.bag, BAG_SCAN)
    scan(qtbot, bedside.first.wristband, "HPV-001")
    scan(qtbot, bedside.first.password, DEMO_PASSWORD)
    qtbot.waitUntil(lambda: bedside.second.bag.isEnabled())
    scan(qtbot, bedside.second.bag, BAG_SCAN)
    scan(qtbot, bedside.second.wristband, "HPV-001")
    scan(qtbot, bedside.second.username, "pharm.zhao")
    scan(qtbot, bedside.second.password, DEMO_PASSWORD)
    qtbot.waitUntil(lambda: isinstance(_screen(window), InfusionScreen))  # verified: back
    assert not any("bedside check was" in text for text in _texts(window))
    # 75 min on, the baseline vital signs are too old as well: a new set, then the start.
    baseline = vitals.record_vitals(site, NURSE, session_id=ready, vitals=GOOD_VITALS)
    assert isinstance(baseline, Accepted), baseline
    qtbot.mouseClick(_button(window, "▶ Start"), LEFT)
    qtbot.waitUntil(lambda: records.session_state(site, ready) == "infusing")
    window.session.clear()
