"""The adverse-event form and list driven like a nurse would: real widgets, real SQLite, a fake
clock; grades and definitions come from CTCAE v5.0 as the domain holds them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from infusion_app.domain.adverse_events import term
from infusion_app.domain.clock import FakeClock
from infusion_app.services import adverse_events, session_flow
from infusion_app.services.adverse_events import AdverseEventRow
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.ui.adverse_events.adverse_event_dialog import AdverseEventDialog
from infusion_app.ui.adverse_events.adverse_event_list import (
    AdverseEventListWidget,
    UpdateOutcomeDialog,
)
from tests.ui.conftest import NURSE, OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def started(site: Workspace, ready: str, clock: FakeClock) -> str:
    clock.advance(600)
    assert isinstance(session_flow.start_infusion(site, NURSE, session_id=ready), Accepted)
    clock.advance(30 * 60)
    return ready


def open_dialog(qtbot, ws: Workspace, session_id: str, **kwargs) -> AdverseEventDialog:
    dialog = AdverseEventDialog(ws, NURSE, session_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_term(dialog: AdverseEventDialog, code: str) -> None:
    dialog.term.setCurrentIndex(dialog.term.findData(code))


def test_the_grades_offered_are_those_the_term_defines_with_their_definitions(
    qtbot, site: Workspace, started: str
) -> None:
    dialog = open_dialog(qtbot, site, started)
    assert dialog.grade.buttons == {} and dialog.grade_hint.isVisible()

    choose_term(dialog, "anaphylaxis")
    assert sorted(dialog.grade.buttons) == [3, 4, 5]
    anaphylaxis = term("anaphylaxis")
    assert anaphylaxis is not None
    for grade, label in dialog.grade.definitions.items():
        assert label.text() == anaphylaxis.grades[grade] and label.isVisible()
    assert not dialog.grade_hint.isVisible()

    qtbot.mouseClick(dialog.grade.buttons[4], LEFT)
    choose_term(dialog, "chills")
    assert sorted(dialog.grade.buttons) == [1, 2, 3]
    assert dialog.grade.grade() is None  # chills has no grade 4: the choice is not carried
    qtbot.mouseClick(dialog.grade.buttons[2], LEFT)
    choose_term(dialog, "fever")
    assert sorted(dialog.grade.buttons) == [1, 2, 3, 4, 5]
    assert dialog.grade.grade() == 2  # still defined: kept
    assert dialog.grade.definitions[1].text() == "38.0 - 39.0 degrees C (100.4 - 102.2 degrees F)"

    assert not dialog.other_term.isVisible()
    choose_term(dialog, "other")
    assert dialog.other_term.isVisible()
    assert sorted(dialog.grade.buttons) == [1, 2, 3, 4, 5]
    assert dialog.grade.definitions[4].text().startswith("Life-threatening")


def test_nothing_chosen_is_refused_at_each_field(qtbot, site: Workspace, started: str) -> None:
    dialog = open_dialog(qtbot, site, started, alert="Temperature ≥ 38.0 °C")
    assert dialog.description.toPlainText() == "Temperature ≥ 38.0 °C"
    qtbot.mouseClick(dialog.ok_button, LEFT)
    for field in ("term", "action", "outcome"):
        assert dialog.problems[field].isVisible()
        assert dialog.problems[field].text().startswith("⚠")
    assert not dialog.problems["grade"].isVisible()  # no term yet: grades are not offered
    assert dialog.isVisible()
    assert adverse_events.adverse_events(site, started) == []


def test_a_refusal_keeps_every_entry(qtbot, site: Workspace, started: str) -> None:
    dialog = open_dialog(qtbot, site, started)
    choose_term(dialog, "other")  # … but no name typed: the service refuses
    qtbot.mouseClick(dialog.grade.buttons[2], LEFT)
    qtbot.mouseClick(dialog.criteria["hospitalization"], LEFT)
    qtbot.mouseClick(dialog.action.button("infusion_paused"), LEFT)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("ongoing"))
    qtbot.keyClicks(dialog.description, "Rash on both forearms")
    qtbot.mouseClick(dialog.onset.earlier_button, LEFT)
    onset = dialog.onset.edit.dateTime()

    qtbot.mouseClick(dialog.ok_button, LEFT)

    assert dialog.problems["other_term"].isVisible()
    assert dialog.problems["other_term"].text() == "⚠  Name the adverse event."
    assert dialog.serious.isVisible() and "Serious" in dialog.serious.text()
    assert dialog.term_code() == "other" and dialog.grade.grade() == 2
    assert dialog.criteria["hospitalization"].isChecked()
    assert dialog.action.value() == "infusion_paused"
    assert dialog.outcome.currentData() == "ongoing"
    assert dialog.description.toPlainText() == "Rash on both forearms"
    assert dialog.onset.edit.dateTime() == onset
    assert dialog.isVisible() and adverse_events.adverse_events(site, started) == []

    qtbot.keyClicks(dialog.other_term, "Urticaria")
    with qtbot.waitSignal(dialog.recorded) as saved:
        qtbot.mouseClick(dialog.ok_button, LEFT)
    (row,) = adverse_events.adverse_events(site, started)
    assert saved.args == [row.id]
    assert (row.term_name, row.grade, row.serious, row.outcome) == ("Urticaria", 2, True, "ongoing")


def test_a_saved_event_is_listed_and_its_outcome_updated(
    qtbot, site: Workspace, started: str, clock: FakeClock
) -> None:
    dialog = open_dialog(qtbot, site, started)
    choose_term(dialog, "fever")
    qtbot.mouseClick(dialog.grade.buttons[1], LEFT)
    qtbot.mouseClick(dialog.action.button("infusion_paused"), LEFT)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("ongoing"))
    qtbot.mouseClick(dialog.onset.earlier_button, LEFT)
    with qtbot.waitSignal(dialog.recorded):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    (row,) = adverse_events.adverse_events(site, started)
    assert row.onset_at.startswith("2026-11-24T01:35")  # 09:40 now, set back 5 min

    listing = AdverseEventListWidget(site, NURSE, started)
    qtbot.addWidget(listing)
    listing.show()
    model = listing.model
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert shown == ["2026-11-24 09:35", "Fever", "1", "No", "Not recovered / ongoing"]
    assert not listing.update_button.isEnabled()

    def ask_update(parent: QWidget, ws: Workspace, actor: Actor, event: AdverseEventRow) -> bool:
        update = UpdateOutcomeDialog(ws, actor, event, parent)
        qtbot.addWidget(update)
        assert sorted(update.grade.buttons) == [1, 2, 3, 4, 5] and update.grade.grade() == 1
        update.outcome.setCurrentIndex(update.outcome.findData("recovered"))
        qtbot.keyClicks(update.note, "Paracetamol; 37.2 °C at 10:20")
        update.submit()
        return update.result() == UpdateOutcomeDialog.DialogCode.Accepted

    listing.ask_update = ask_update
    clock.advance(timedelta(minutes=40).total_seconds())
    listing.view.selectRow(0)
    assert listing.update_button.isEnabled()
    with qtbot.waitSignal(listing.updated) as updated:
        qtbot.mouseClick(listing.update_button, LEFT)
    assert updated.args == [row.id]
    assert model.index(0, 4).data() == "Recovered"
    assert adverse_events.adverse_events(site, started)[0].outcome == "recovered"


def test_the_list_model(qtbot, qtmodeltester, site: Workspace, started: str) -> None:
    for code, grade in (("fever", 1), ("anaphylaxis", 3)):
        result = adverse_events.record_adverse_event(
            site,
            NURSE,
            session_id=started,
            term_code=code,
            grade=grade,
            onset_at="2026-11-24T01:30:00Z",
            action="infusion_stopped",
            outcome="ongoing",
            serious_criteria=["life_threatening"] if code == "anaphylaxis" else [],
        )
        assert isinstance(result, Accepted), result
    listing = AdverseEventListWidget(site, NURSE, started)
    qtbot.addWidget(listing)
    qtmodeltester.check(listing.model)
    assert listing.model.rowCount() == 2
    serious = [listing.model.index(r, 3).data() for r in range(2)]
    assert sorted(serious) == ["No", "⚠ Serious (SAE)"]
