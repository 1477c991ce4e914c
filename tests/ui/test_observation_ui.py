"""The record screen during observation: what is left, why signing waits, and the early end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from infusion_app.domain.clock import FakeClock
from infusion_app.services import vitals
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.ui.infusion.alarm_sounds import AlarmKind, AlarmSounds
from infusion_app.ui.session.observation_panel import EndObservationDialog
from infusion_app.ui.session.summary_screen import SummaryScreen
from tests.conftest import GOOD_VITALS
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
LEFT = Qt.MouseButton.LeftButton


def _summary(qtbot, ws: Workspace, actor: Actor, session_id: str) -> SummaryScreen:
    screen = SummaryScreen(ws, actor, session_id)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _record(ws: Workspace, nurse: Actor, session_id: str) -> None:
    result = vitals.record_vitals(ws, nurse, session_id=session_id, vitals=GOOD_VITALS)
    assert isinstance(result, Accepted), result


def test_the_nurse_sees_what_is_left_and_why_signing_waits(
    qtbot, site_ws: Workspace, nurse: Actor, observing_session: str, clock: FakeClock
) -> None:
    """Ended 09:02: checks due at 09:02 (end), 09:32, 10:02 and 11:02."""
    screen = _summary(qtbot, site_ws, nurse, observing_session)
    panel = screen.observation
    assert panel.isVisible()
    assert panel.status.text() == "◐  Observation: 4 of 4 checks left, next 09:02"
    assert panel.status.property("kind") == "due"
    assert "an investigator ends observation early" in panel.why.text()
    assert screen.buttons["sign"].isVisible() and not screen.buttons["sign"].isEnabled()
    assert not panel.end_early_button.isVisible()  # only an investigator ends it early

    _record(site_ws, nurse, observing_session)
    screen.refresh()
    assert panel.status.text() == "◐  Observation: 3 of 4 checks left, next 09:32"
    assert panel.status.property("kind") == ""
    clock.advance(45 * 60)  # 09:48: the 30-minute check is overdue
    screen.refresh()
    assert panel.status.text().endswith("next 09:32 · overdue")
    assert panel.status.property("kind") == "overdue"
    for minutes in (0, 15, 60):  # late at 09:48; 10:03 and 11:03 on time
        clock.advance(minutes * 60)
        _record(site_ws, nurse, observing_session)
    screen.refresh()
    assert panel.status.text() == "✔  Observation complete: all 4 checks done."
    assert not panel.why.isVisible()
    assert screen.buttons["sign"].isEnabled()


def test_an_investigator_ends_observation_early_with_a_reason(
    qtbot, site_ws: Workspace, investigator: Actor, observing_session: str
) -> None:
    screen = _summary(qtbot, site_ws, investigator, observing_session)
    panel = screen.observation
    asked: list[str] = []
    assert panel.end_early_button.isVisible()
    assert "You may end observation early" in panel.why.text()

    def cancel(parent: QWidget, remaining: str) -> str | None:
        asked.append(remaining)
        return None

    panel.ask_reason = cancel
    qtbot.mouseClick(panel.end_early_button, LEFT)
    assert asked == ["Observation: 4 of 4 checks left, next 09:02"]
    assert not screen.buttons["sign"].isEnabled()

    panel.ask_reason = lambda parent, remaining: "   "
    qtbot.mouseClick(panel.end_early_button, LEFT)
    assert panel.message.text() == "⚠  Give the reason for ending observation early."

    panel.ask_reason = lambda parent, remaining: "Transferred to the ward, observed there"
    with qtbot.waitSignal(screen.changed):
        qtbot.mouseClick(panel.end_early_button, LEFT)
    assert panel.status.text() == (
        "Observation ended early by Zhao Min at 09:03: Transferred to the ward, observed there"
    )
    assert not panel.message.isVisible() and not panel.end_early_button.isVisible()
    assert screen.buttons["sign"].isEnabled()
    assert "ended observation early" in screen.timeline.lines()[-1]


def test_the_reason_dialog_needs_a_reason(qtbot) -> None:
    dialog = EndObservationDialog("Observation: 2 of 4 checks left, next 10:02")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and dialog.message.text() == "⚠  Give the reason."
    qtbot.keyClicks(dialog.reason, "  participant left against advice ")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.text() == "participant left against advice"


def test_the_record_screen_follows_the_clock_and_sounds_the_checks(
    qtbot, site_ws: Workspace, nurse: Actor, observing_session: str, clock: FakeClock
) -> None:
    """Nobody touches the screen: its tick shows each check falling due, then overdue."""
    sounds = AlarmSounds(clock, enabled=False)
    screen = SummaryScreen(site_ws, nurse, observing_session, sounds)
    qtbot.addWidget(screen)
    screen.show()
    panel = screen.observation
    assert list(sounds.played) == [AlarmKind.VITALS_DUE]  # the check at the end, due now
    _record(site_ws, nurse, observing_session)
    clock.advance(30 * 60)  # 09:32: the 30-minute check falls due
    qtbot.waitUntil(lambda: "3 of 4 checks left, next 09:32" in panel.status.text())
    assert panel.status.property("kind") == "due"
    assert list(sounds.played) == [AlarmKind.VITALS_DUE] * 2
    clock.advance(20 * 60)  # 09:52: overdue
    qtbot.waitUntil(lambda: panel.status.property("kind") == "overdue")
    assert "overdue" in panel.status.text()
    assert sounds.played[-1] is AlarmKind.VITALS_OVERDUE
    screen.tick()
    screen.tick()  # more repaints: each occasion sounds once, not on every one
    assert list(sounds.played).count(AlarmKind.VITALS_OVERDUE) == 1


def test_signing_lists_the_stop_criteria_met_as_the_printed_record_does(
    qtbot, site_ws: Workspace, nurse: Actor, observing_session: str
) -> None:
    """The open alerts at signing and in the PDF come from one function: a fever set recorded
    after the infusion shows on the record screen as it prints in the record."""
    from infusion_app.reports.session_record import gather

    fever = {**GOOD_VITALS, "temperature_c": 38.4}
    result = vitals.record_vitals(site_ws, nurse, session_id=observing_session, vitals=fever)
    assert isinstance(result, Accepted), result
    printed = [a for a in gather(site_ws, observing_session).open_alerts if "stop criterion" in a]
    assert len(printed) == 1
    met = [c for c in site_ws.protocol.stop_criteria if c.id in printed[0].split("criterion ")[1]]
    assert met, printed

    screen = _summary(qtbot, site_ws, nurse, observing_session)
    shown = screen.sections.blocks["alerts"].text().splitlines()
    stop_lines = [line for line in shown if "Stop criterion met at" in line]
    assert len(stop_lines) == 1, shown
    assert all(c.text.en in stop_lines[0] for c in met), (stop_lines, met)
