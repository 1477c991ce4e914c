"""Registering a participant and importing the randomization list through the real dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.randomization import allocated_arm, import_randomization
from infusion_app.ui.participants.randomization_import import RandomizationImportDialog
from infusion_app.ui.participants.register_dialog import RegisterParticipantDialog
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
LEFT = Qt.MouseButton.LeftButton
CSV = (
    "subject_code,arm\n"
    "HPV-010,huc_msc\n"
    "HPV-011,placebo\n"
    "HPV-12,huc_msc\n"
    "HPV-013,saline\n"
    "HPV-011,huc_msc\n"
    "HPV-014,Placebo comparator: normal saline with 5 % albumin\n"
)


def _register_dialog(qtbot, ws: Workspace, actor: Actor) -> RegisterParticipantDialog:
    dialog = RegisterParticipantDialog(ws, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _participant(ws: Workspace, code: str) -> tuple | None:
    sql = "SELECT initials, year_of_birth, arm FROM participants WHERE subject_code = ?"
    return ws.db.execute(sql, [code]).fetchone()


def test_register_refusals_appear_at_their_field_and_keep_the_entries(
    qtbot, site_ws: Workspace, investigator: Actor
) -> None:
    dialog = _register_dialog(qtbot, site_ws, investigator)
    today = site_ws.site_today().isoformat()
    assert dialog.subject_code.placeholderText() == "HPV-001"
    qtbot.keyClicks(dialog.subject_code, "hpv-20")
    qtbot.keyClicks(dialog.initials, "lm")
    qtbot.keyClicks(dialog.year_of_birth, "1958")
    qtbot.keyClicks(dialog.consent_date, today)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    problem = dialog.problems["subject_code"]
    assert problem.isVisible()
    assert problem.text() == (
        "⚠  The subject code 'HPV-20' is not in the site's format, e.g. HPV-001."
    )
    assert dialog.isVisible()

    dialog.subject_code.setText("HPV-020")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.problems["subject_code"].isVisible()
    assert dialog.problems["year_of_birth"].text().startswith("⚠  Born in 1958")
    assert [dialog.initials.text(), dialog.consent_date.text()] == ["lm", today]

    dialog.year_of_birth.setText("1986")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.problems["arm"].text() == (
        "⚠  HPV-020 is not on the randomization list: enter the arm."
    )
    dialog.arm.setCurrentIndex(dialog.arm.findData("placebo"))
    qtbot.keyClicks(dialog.first_session_date, "2026-11-2")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert (
        dialog.problems["first_session_date"]
        .text()
        .startswith("⚠  The first session date must be a date")
    )

    qtbot.keyClicks(dialog.first_session_date, "5")
    with qtbot.waitSignal(dialog.registered) as registered:
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert registered.args == ["HPV-020"]
    assert isinstance(dialog.outcome, Accepted)
    assert _participant(site_ws, "HPV-020") == ("LM", 1986, "placebo")
    assert len(dialog.outcome.created["session_ids"]) == 1


def test_the_arm_comes_from_the_randomization_list_when_allocated(
    qtbot, site_ws: Workspace, investigator: Actor
) -> None:
    imported = import_randomization(site_ws, investigator, csv_text=CSV, source_name="list.csv")
    assert isinstance(imported, Accepted), imported
    dialog = _register_dialog(qtbot, site_ws, investigator)
    assert dialog.arm.itemText(0) == "Choose the arm (not on the list)"
    qtbot.keyClicks(dialog.subject_code, "HPV-010")
    assert dialog.arm.itemText(0) == (
        "From the randomization list: Experimental: hUC-MSC 1×10⁶ cells/kg"
    )
    assert dialog.arm.currentData() == ""
    qtbot.keyClicks(dialog.initials, "CQ")
    qtbot.keyClicks(dialog.year_of_birth, "1990")
    qtbot.keyClicks(dialog.consent_date, site_ws.site_today().isoformat())
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert _participant(site_ws, "HPV-010") == ("CQ", 1990, "huc_msc")


def test_a_nurse_cannot_register(qtbot, site_ws: Workspace, nurse: Actor) -> None:
    dialog = _register_dialog(qtbot, site_ws, nurse)
    qtbot.keyClicks(dialog.subject_code, "HPV-030")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.message.text().startswith("⚠  Only an investigator may do this")
    assert dialog.subject_code.text() == "HPV-030"
    assert _participant(site_ws, "HPV-030") is None


def _import_dialog(qtbot, ws: Workspace, actor: Actor, path: Path) -> RandomizationImportDialog:
    dialog = RandomizationImportDialog(ws, actor)
    qtbot.addWidget(dialog)
    dialog.ask_open_path = lambda parent: path
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    return dialog


def _rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_randomization_preview_lists_rejected_rows_and_imports_the_accepted(
    qtbot, site_ws: Workspace, investigator: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "randomization.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = _import_dialog(qtbot, site_ws, investigator, path)
    assert dialog.file_label.text() == "randomization.csv"
    assert [row[:2] for row in _rows(dialog.accepted_table)] == [
        ["2", "HPV-010"],
        ["3", "HPV-011"],
        ["7", "HPV-014"],
    ]
    assert _rows(dialog.rejected_table) == [
        ["4", "HPV-12,huc_msc", "subject code 'HPV-12' is not in the site's format (e.g. HPV-001)"],
        ["5", "HPV-013,saline", "arm 'saline' is not one of huc_msc, placebo"],
        ["6", "HPV-011,huc_msc", "HPV-011 is listed twice (first on line 3)"],
    ]
    assert dialog.rejected_table.isVisible()
    assert dialog.summary.text() == "3 row(s) will be imported; 3 row(s) are rejected."
    assert allocated_arm(site_ws, "HPV-010") is None  # nothing recorded by a preview

    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert imported.args == [3]
    arms = [allocated_arm(site_ws, code) for code in ("HPV-010", "HPV-011", "HPV-014", "HPV-013")]
    assert arms == ["huc_msc", "placebo", "placebo", None]


def test_a_file_without_the_columns_is_refused_and_nothing_can_be_imported(
    qtbot, site_ws: Workspace, investigator: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("code;group\nHPV-010;huc_msc\n", encoding="utf-8")
    dialog = _import_dialog(qtbot, site_ws, investigator, path)
    assert dialog.message.text() == (
        "⚠  The first line must name the columns subject_code and arm."
    )
    assert not dialog.ok_button.isEnabled()
    assert dialog.accepted_table.rowCount() == 0
    assert not dialog.rejected_table.isVisible()


def test_cancelling_the_file_choice_changes_nothing(
    qtbot, site_ws: Workspace, investigator: Actor
) -> None:
    dialog = _import_dialog(qtbot, site_ws, investigator, None)  # type: ignore[arg-type]
    assert dialog.file_label.text() == "No file chosen."
    assert not dialog.ok_button.isEnabled()
