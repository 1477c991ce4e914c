"""An open NEWS2 escalation shows in the main window's status strip on every screen, with its
tone, plain words, the participant and the minutes open, until a nurse records whom she
informed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from infusion_app.demo.cast import DEMO_PASSWORD
from infusion_app.domain.clock import FakeClock, utc_iso
from infusion_app.services import escalation, session_flow, vitals
from infusion_app.services.context import Accepted, Workspace
from infusion_app.ui.infusion.alarm_sounds import AlarmKind, AlarmSounds
from infusion_app.ui.main_window import MainWindow
from tests.conftest import GOOD_VITALS
from tests.ui.conftest import NURSE, OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
EMERGENCY = {**GOOD_VITALS, "resp_rate_per_min": 26, "spo2_pct": 91, "heart_rate_bpm": 115}


def _strip_text(window: MainWindow) -> str:
    shown = [
        label.text()
        for label in window.statusBar().findChildren(QLabel)
        if label.isVisible() and "NEWS2" in label.text()
    ]
    return shown[0] if shown else ""


def test_an_open_escalation_shows_in_the_status_strip_until_answered(
    qtbot, site: Workspace, ready: str
) -> None:
    clock = site.clock
    assert isinstance(clock, FakeClock)
    tones = AlarmSounds(clock, enabled=False)  # records what would sound; plays nothing
    window = MainWindow(site, tones)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.sign_in.username.setText("nurse.li")
    window.sign_in.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(window.sign_in.signed_in):
        qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    assert _strip_text(window) == ""
    assert isinstance(session_flow.start_infusion(site, NURSE, session_id=ready), Accepted)
    clock.advance(5 * 60)
    raised = vitals.record_vitals(site, NURSE, session_id=ready, vitals=EMERGENCY)
    assert isinstance(raised, Accepted), raised
    qtbot.waitUntil(
        lambda: "NEWS2 8: EMERGENCY response for HPV-001, open 0 min" in _strip_text(window)
    )
    assert list(tones.played).count(AlarmKind.ESCALATION) == 1
    clock.advance(4 * 60)
    window.show_screen(window.worklist)  # another screen: still there, minutes counting
    qtbot.waitUntil(lambda: "open 4 min" in _strip_text(window))
    assert "record whom you informed" in _strip_text(window)
    assert list(tones.played).count(AlarmKind.ESCALATION) == 1  # sounded once, shown until answered
    answered = escalation.acknowledge_escalation(
        site,
        NURSE,
        session_id=ready,
        vitals_event_id=raised.events[0].id,
        informed="Dr Wang (investigator)",
        informed_at=utc_iso(clock.now()),
    )
    assert isinstance(answered, Accepted), answered
    qtbot.waitUntil(lambda: _strip_text(window) == "")
    window.close()
