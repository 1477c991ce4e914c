"""At the bedside, with gloves and a keyboard: a dialog opens with the cursor in its first
field and Enter moves on; one tap opens a worklist row."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from infusion_app.services.context import Workspace
from infusion_app.ui.adverse_events.adverse_event_dialog import AdverseEventDialog
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.infusion.state_dialogs import ReasonDialog
from infusion_app.ui.infusion.vitals_dialog import VitalsDialog
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.session_host import SessionHost
from tests.ui.conftest import NURSE, OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
LEFT = Qt.MouseButton.LeftButton
ENTER = Qt.Key.Key_Return


def shown(qtbot, dialog: QDialog) -> QDialog:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def test_record_vitals_opens_with_the_cursor_in_systolic_and_enter_moves_on(
    qtbot,
    site: Workspace,
    ready: str,
) -> None:
    """Before, the focus was on Cancel: typed numbers went nowhere and Enter cancelled."""
    screen = InfusionScreen(site, NURSE, ready)
    qtbot.addWidget(screen)
    screen.resize(1366, 673)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.mouseClick(screen.buttons["start_infusion"], LEFT)
    seen: list[VitalsDialog] = []

    def type_into(dialog: QDialog) -> int:
        assert isinstance(dialog, VitalsDialog)
        seen.append(dialog)
        shown(qtbot, dialog)
        fields = dialog.vitals_form.fields
        assert QApplication.focusWidget() is fields["systolic_mmhg"]
        for value in ("128", "76", "72"):
            qtbot.keyClicks(QApplication.focusWidget(), value)
            qtbot.keyClick(QApplication.focusWidget(), ENTER)
        assert fields["systolic_mmhg"].text() == "128" and fields["diastolic_mmhg"].text() == "76"
        assert fields["heart_rate_bpm"].text() == "72"
        assert QApplication.focusWidget() is fields["resp_rate_per_min"]
        assert dialog.isVisible()  # Enter moved on; it neither cancelled nor recorded
        dialog.reject()
        return 0

    screen.run_dialog = type_into
    qtbot.mouseClick(screen.vitals_button, LEFT)
    assert len(seen) == 1


def test_every_infusion_dialog_opens_in_its_first_field(
    qtbot,
    site: Workspace,
    ready: str,
) -> None:
    dialogs: list[tuple[QDialog, Callable[[QDialog], object]]] = [
        (
            AdverseEventDialog(site, NURSE, ready),
            lambda d: d.term,  # type: ignore[attr-defined]
        ),
        (ReasonDialog("Pause the infusion", "Pause"), lambda d: d.choices.buttons()[0]),  # type: ignore[attr-defined]
    ]
    for dialog, first in dialogs:
        qtbot.addWidget(dialog)
        shown(qtbot, dialog)
        assert QApplication.focusWidget() is first(dialog), type(dialog).__name__
        dialog.close()


def test_one_tap_opens_a_worklist_row(
    qtbot, signed_in_window: Callable[[str], MainWindow], observing_session: str
) -> None:
    """Before, a single tap only selected the row; it took a double-click to open it."""
    window = signed_in_window("li.na")
    table = window.worklist.table
    assert window.worklist.model.rowCount() == 1
    cell = table.visualRect(window.worklist.model.index(0, 1)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=cell)
    assert window.stack.currentWidget() is window.session
    host = window.session.screen
    assert isinstance(host, SessionHost) and host.session_id == observing_session
