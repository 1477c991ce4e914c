"""A set of vital signs not taken, or partly taken, as the nurse meets it: the "Not taken…"
button beside "Record vitals…" opens the reasons as large buttons; the schedule, the worklist,
the record screen and the vitals table then say what was (not) measured, and why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from infusion_app.domain.roles import Role
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.worklist import worklist
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.infusion.vitals_dialog import VitalsDialog
from infusion_app.ui.session.summary_screen import SummaryScreen
from infusion_app.ui.vitals.not_taken_dialog import REASON_BUTTON_PX, NotTakenDialog
from infusion_app.ui.vitals.vitals_table import VitalsTableWidget
from infusion_app.ui.worklist_model import STATUS, WorklistModel
from tests.conftest import GOOD_VITALS
from tests.services.replay_day import Day
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
NURSE = Actor("nurse.li", "Li Na", Role.NURSE)


def button(root: QWidget, text: str) -> QPushButton:
    """The shown button with this visible text (as a person finds it)."""
    found = [b for b in root.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, [b.text() for b in root.findChildren(QPushButton)]
    return found[0]


@pytest.fixture
def infusing(site: Workspace) -> Day:
    day = Day(site)
    day.prepare()
    day.ok("mark_ready", session_id=day.session_id)
    day.ok("start_infusion", session_id=day.session_id)
    return day


def test_the_nurse_taps_a_reason_and_the_schedule_says_not_taken(infusing: Day, qtbot) -> None:
    infusing.clock.advance(15 * 60)
    screen = InfusionScreen(infusing.ws, NURSE, infusing.session_id)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    seen: list[str] = []

    def tap_asleep(dialog: QDialog) -> int:
        assert isinstance(dialog, NotTakenDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.extend(b.text() for b in dialog.reason_buttons.values())
        buttons = dialog.reason_buttons.values()
        qtbot.waitUntil(lambda: all(b.height() >= REASON_BUTTON_PX for b in buttons))
        dialog.note.setText("sleeping; not woken")
        qtbot.mouseClick(button(dialog, "Participant asleep"), Qt.MouseButton.LeftButton)
        return dialog.result()

    screen.run_dialog = tap_asleep
    qtbot.mouseClick(button(screen, "Not taken…"), Qt.MouseButton.LeftButton)
    assert seen == [
        "Participant asleep",
        "Participant refused",
        "Participant away from the bed",
        "Emergency elsewhere",
        "Equipment unavailable",
    ]
    assert infusing.event_types()[-1] == "vitals.not_taken"
    screen.readings.setCurrentWidget(screen.schedule)
    qtbot.waitUntil(lambda: "during@15" in screen.schedule.rows)
    state = screen.schedule.rows["during@15"][3]
    qtbot.waitUntil(lambda: state.text() == "Not taken: Participant asleep (sleeping; not woken)")
    assert state.property("kind") == "not_taken"
    screen.close()


def test_the_worklist_and_the_record_screen_show_the_set_not_taken(infusing: Day, qtbot) -> None:
    infusing.clock.advance(30 * 60)
    infusing.ok(
        "complete_infusion", session_id=infusing.session_id, bag_empty=True, line_flushed=True
    )
    infusing.ok("record_vitals", session_id=infusing.session_id, vitals=GOOD_VITALS)
    infusing.ok("begin_observation", session_id=infusing.session_id)
    infusing.clock.advance(30 * 60)
    infusing.ok("record_vitals_not_taken", session_id=infusing.session_id, reason="away")
    ws = infusing.ws
    model = WorklistModel()
    model.set_rows(worklist(ws, ws.site_today()), ws.site_today())
    assert model.data(model.index(0, STATUS)) == "Observing · ⊘ vitals not taken: follow-up due"
    screen = SummaryScreen(ws, NURSE, infusing.session_id)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    assert button(screen, "Not taken…").isEnabled()
    shown = " ".join(label.text() for label in screen.sections.findChildren(type(screen.title)))
    assert "⊘ Not taken: Participant away from the bed" in shown


def test_a_partial_set_shows_an_incomplete_news2_never_a_low_score(infusing: Day, qtbot) -> None:
    infusing.clock.advance(15 * 60)
    partial = {**GOOD_VITALS, "systolic_mmhg": "", "diastolic_mmhg": "", "temperature_c": ""}
    partial.pop("consciousness")
    infusing.ok(
        "record_vitals",
        session_id=infusing.session_id,
        vitals=partial,
        partial_reason="equipment_unavailable",
    )
    table = VitalsTableWidget(infusing.ws, infusing.session_id)
    qtbot.addWidget(table)
    model = table.model
    columns = model.COLUMNS
    last = model.rowCount() - 1  # the baseline from the checks comes first
    row = {name: model.data(model.index(last, i)) for i, name in enumerate(columns)}
    assert row["news2"] == "incomplete (4 of 7)"  # the column is titled NEWS2
    tip = model.data(model.index(last, columns.index("news2")), Qt.ItemDataRole.ToolTipRole)
    assert tip == "NEWS2 incomplete — 4 of 7 parameters"
    assert row["bp"] == "—/—" and row["temp"] == "—" and row["hr"] == "72"
    assert row["slot"] == "15 min after start — partly taken: Equipment unavailable"


def test_the_vitals_dialog_records_a_partial_set_with_its_reason(infusing: Day, qtbot) -> None:
    infusing.clock.advance(15 * 60)
    screen = InfusionScreen(infusing.ws, NURSE, infusing.session_id)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    shown: list[str] = []

    def partly(dialog: QDialog) -> int:
        assert isinstance(dialog, VitalsDialog)
        dialog.show()
        form = dialog.vitals_form
        form.set_values({**GOOD_VITALS})
        for name in ("systolic_mmhg", "diastolic_mmhg", "temperature_c"):
            form.fields[name].clear()
        qtbot.mouseClick(button(dialog, "Record"), Qt.MouseButton.LeftButton)
        assert "Systolic BP" in form.problems["systolic_mmhg"].text()  # no reason: refused
        index = dialog.partial_reason.findText("Equipment unavailable")
        dialog.partial_reason.setCurrentIndex(index)
        qtbot.waitUntil(dialog.partial_note.isVisible)
        dialog.partial_note.setText("cuff broken")
        qtbot.mouseClick(button(dialog, "Record"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.result.isVisible)
        shown.extend(label.text() for label in dialog.result.findChildren(QLabel))
        return QDialog.DialogCode.Accepted

    screen.run_dialog = partly
    qtbot.mouseClick(button(screen, "Record vitals…"), Qt.MouseButton.LeftButton)
    assert "NEWS2 incomplete — 5 of 7 parameters" in shown
    event = list(infusing.ws.store.events(session=infusing.session_id))[-1]
    assert event.payload["partial_reason"] == "equipment_unavailable"
    assert event.payload["partial_note"] == "cuff broken"
    assert event.payload["vitals"]["systolic_mmhg"] is None
    screen.close()
