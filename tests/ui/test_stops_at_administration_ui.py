"""The stops at administration as a nurse meets them: on the checklist and on the infusion screen.

``site`` comes before ``qtbot`` so that the screens close before the database does.

The sessions are prepared through replay lines (tests/services/replay_day.py); the nurse then
presses the screen's own button.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from infusion_app.services.context import Workspace
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.session.checklist_screen import ChecklistScreen
from tests.services.replay_day import Day
from tests.ui.conftest import NURSE, OFFSCREEN_DIALOG_WARNING
from tests.ui.layout_checks import cut_at_the_side

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)


def test_the_checklist_shows_the_dose_stop_and_what_to_do(site: Workspace, qtbot) -> None:
    day = Day(site)
    day.prepare(receipt={"weight_kg": 60, "total_viable_cells": 6.0e7}, weight={"weight_kg": 45})
    screen = ChecklistScreen(site, NURSE, day.session_id, language="en")
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.mouseClick(screen.ready_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.ready_message.isVisible)
    text = screen.ready_message.text()
    assert "STOP — do not infuse" in text and "today's weight 45 kg needs 4.5×10⁷ cells" in text
    assert "Call the pharmacist and the investigator" in text
    assert cut_at_the_side(screen) == []
    assert day.state() == "checking"
    screen.close()


def test_the_infusion_screen_shows_the_product_stop_at_start(site: Workspace, qtbot) -> None:
    day = Day(site)
    day.prepare(
        receipt={"expires_at": "2026-11-24T02:15:00Z"}, drop_factor={"drop_factor_gtt_ml": 60}
    )
    assert day.mark_ready()["status"] == "accepted"
    day.clock.advance(10 * 60)
    screen = InfusionScreen(site, NURSE, day.session_id)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.start()
    qtbot.waitUntil(screen.message.isVisible)
    assert "STOP — do not start the infusion" in screen.message.text()
    assert "before the projected end 02:50 UTC" in screen.message.text()
    assert day.state() == "ready"
    screen.close()  # its clock stops before the database closes
