"""A NEWS2 escalation as the nurse meets it: on the infusion screen (until she records whom
she informed), on the worklist, and on the lock screen's status strip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from infusion_app.domain.roles import Role
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.worklist import worklist
from infusion_app.ui.infusion.escalation_panel import InformedDialog
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.window_status import running_lines
from infusion_app.ui.worklist_model import STATUS, WorklistModel
from tests.conftest import GOOD_VITALS
from tests.services.replay_day import Day
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
NURSE = Actor("nurse.li", "Li Na", Role.NURSE)
EMERGENCY = {**GOOD_VITALS, "resp_rate_per_min": 26, "spo2_pct": 91, "heart_rate_bpm": 115}


@pytest.fixture
def escalated(site: Workspace) -> Day:
    day = Day(site)
    day.prepare()
    day.ok("mark_ready", session_id=day.session_id)
    day.ok("start_infusion", session_id=day.session_id)
    day.clock.advance(5 * 60)
    day.ok("record_vitals", session_id=day.session_id, vitals=EMERGENCY)
    return day


def test_the_infusion_screen_keeps_the_escalation_until_whom_is_recorded(
    escalated: Day, qtbot
) -> None:
    screen = InfusionScreen(escalated.ws, NURSE, escalated.session_id)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    panel = screen.escalations
    qtbot.waitUntil(panel.isVisible)
    assert "NEWS2 8 at 09:05: EMERGENCY RESPONSE" in panel.label.text()
    assert panel.label.property("kind") == "overdue"

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, InformedDialog)
        if not dialog.informed.text():
            dialog.informed.setText("Dr Wang (investigator)")
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    panel.run_dialog = answer
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert escalated.event_types()[-1] == "escalation.acknowledged"
    screen.close()  # its clock stops before the database closes
    assert (
        "NEWS2" in screen.timeline.toPlainText()
        if hasattr(screen.timeline, "toPlainText")
        else True
    )


def test_the_worklist_and_the_status_strip_say_someone_must_be_informed(
    qapp, escalated: Day
) -> None:
    ws = escalated.ws
    model = WorklistModel()
    model.set_rows(worklist(ws, ws.site_today()), ws.site_today())
    status = model.data(model.index(0, STATUS))
    assert status == "Infusing · ⚠ NEWS2: inform"
    (line,) = running_lines(ws, ws.clock.now())
    assert "NEWS2 8: INFORM (record whom)" in line
