"""The infusion screen driven like a nurse would: real widgets, real SQLite, a fake clock.

Sound stays off (``sounds`` is None or disabled): QtMultimedia is never imported here.
"""

from __future__ import annotations

import wave
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.guardrails import Band
from infusion_app.domain.session_state import SessionState
from infusion_app.services import infusion, session_flow
from infusion_app.services.context import Accepted, Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.infusion.alarm_sounds import TONES, AlarmKind, AlarmSounds, write_tone
from infusion_app.ui.infusion.asking import Reason
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.infusion.look import clock_text
from infusion_app.ui.infusion.metronome import MetronomeWidget
from infusion_app.ui.infusion.state_dialogs import ReasonDialog
from infusion_app.ui.infusion.tap_pad import TapPadWidget
from infusion_app.ui.infusion.vitals_dialog import VitalsDialog
from infusion_app.ui.session.summary_sections import SummarySections
from tests.conftest import GOOD_VITALS
from tests.ui.conftest import NURSE, OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)

# The users of the `site` fixture in tests/conftest.py (tests/ui overrides `nurse`).
BEAT_70 = 60 / 70  # seconds between drops at 70/min
LEFT = Qt.MouseButton.LeftButton


def open_screen(qtbot, ws: Workspace, session_id: str, **kwargs) -> InfusionScreen:
    screen = InfusionScreen(ws, NURSE, session_id, **kwargs)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def tap_with_space(qtbot, pad: TapPadWidget, clock: FakeClock, gaps: list[float]) -> None:
    """Press Space on the pad once, then once after each gap (the fake clock moves between)."""
    qtbot.keyClick(pad.pad, Qt.Key.Key_Space)
    for gap in gaps:
        clock.advance(gap)
        qtbot.keyClick(pad.pad, Qt.Key.Key_Space)


def state_of(ws: Workspace, session_id: str) -> SessionState:
    return infusion.infusion_status(ws, session_id).state


def test_a_whole_infusion_through_the_screen(
    qtbot, site: Workspace, ready: str, clock: FakeClock, db_path: Path
) -> None:
    screen = open_screen(qtbot, site, ready)
    buttons = screen.buttons
    assert buttons["start_infusion"].isEnabled() and not buttons["pause_infusion"].isEnabled()

    qtbot.mouseClick(buttons["start_infusion"], LEFT)
    assert state_of(site, ready) is SessionState.INFUSING
    assert screen.status_panel.elapsed.text() == "0:00:00"
    assert not buttons["start_infusion"].isEnabled() and buttons["pause_infusion"].isEnabled()
    started = clock.now()

    # Ten taps at 70/min with Space: the pad records by itself and the rate is in band.
    clock.advance(60)
    tap_with_space(qtbot, screen.readings.tap_pad, clock, [BEAT_70] * 9)
    assert (
        "✓" in screen.status_panel.rate.text() and "70 gtt/min" in screen.status_panel.rate.text()
    )
    assert screen.readings.tap_pad.taps == []

    # A timed count: the countdown is read from the clock; then the count is typed.
    count = screen.readings.timed_count
    qtbot.mouseClick(count.durations.button(30), LEFT)
    qtbot.mouseClick(count.start_button, LEFT)
    clock.advance(30)
    qtbot.waitUntil(lambda: count.countdown.text() == "Stop")
    qtbot.keyClicks(count.drops, "35")
    qtbot.mouseClick(count.record_button, LEFT)
    assert "✓" in count.band.text() and "70 gtt/min" in count.band.text()
    assert "70.0" not in count.band.text(), "35 drops in 30 s is 70, as counted"

    # Amber: too slow, recount due in two minutes, then overdue.
    qtbot.keyClicks(count.drops, "26")
    qtbot.keyClick(count.drops, Qt.Key.Key_Return)
    status_rate = screen.status_panel.rate
    assert status_rate.property("kind") == "out_of_band" and "⚠" in status_rate.text()
    assert "adjust the clamp and recount" in status_rate.text()
    assert screen.reminders.recount.property("kind") == "due"
    assert "2:00" in screen.reminders.recount.text()
    clock.advance(121)
    screen.render()
    assert screen.reminders.recount.property("kind") == "overdue"
    assert "RECOUNT NOW" in screen.reminders.recount.text()

    # Red: nothing is recorded until a reason is given.
    asked: list[str] = []
    screen.readings.recorder.ask_reason = lambda parent, message: asked.append(message) or ""
    qtbot.keyClicks(count.drops, "80")
    qtbot.mouseClick(count.record_button, LEFT)
    assert len(asked) == 1 and "160 gtt/min is outside the safe limits" in asked[0]
    readings = site.db.execute("SELECT count(*) FROM drip_readings").fetchone()[0]
    assert readings == 3
    screen.readings.recorder.ask_reason = lambda parent, message: "Clamp closed, line checked"
    qtbot.mouseClick(count.record_button, LEFT)
    assert screen.status_panel.rate.property("kind") == "outside_hard_limits"
    assert "✖" in screen.status_panel.rate.text()
    row = site.db.execute(
        "SELECT payload FROM events WHERE type = 'drip.reading_recorded' ORDER BY seq DESC"
    ).fetchone()
    assert "Clamp closed, line checked" in row[0]

    # Back in band with the pump, then pause with a reason and resume.
    screen.readings.pump.rate.setText("210")
    qtbot.mouseClick(screen.readings.pump.record_button, LEFT)
    assert screen.status_panel.rate.property("kind") == "in_band"
    screen.ask_end_reason = lambda parent, title, action: Reason("occlusion")
    qtbot.mouseClick(buttons["pause_infusion"], LEFT)
    assert state_of(site, ready) is SessionState.PAUSED
    clock.advance(180)
    screen.render()
    assert "PAUSED" in screen.status_panel.state_word.text()
    assert "0:03:00" in screen.status_panel.state_word.text()
    assert screen.status_panel.elapsed.property("paused") == "true"
    assert "paused the infusion (occlusion)" in "\n".join(screen.timeline.lines())
    qtbot.mouseClick(buttons["resume_infusion"], LEFT)
    assert state_of(site, ready) is SessionState.INFUSING
    clock.advance(240)
    screen.render()
    elapsed_before = screen.status_panel.elapsed.text()
    volume_before = screen.status_panel.volume.text()
    assert "paused 0:03:00" in screen.status_panel.running.text()

    # A restart mid-infusion: close the screen and the database, open both again.
    screen.close_screen()
    screen.close()
    site.db.close()
    reopened = open_workspace(db_path, clock)
    try:
        again = open_screen(qtbot, reopened, ready)
        assert again.status_panel.elapsed.text() == elapsed_before
        assert again.status_panel.elapsed.text() == clock_text(clock.now() - started)
        assert again.status_panel.volume.text() == volume_before
        assert again.buttons["pause_infusion"].isEnabled()

        # Complete: both ticks are needed; the service decides.
        again.ask_completion = lambda parent: (True, False)
        qtbot.mouseClick(again.buttons["complete_infusion"], LEFT)
        assert again.message.isVisible() and again.message.text().startswith("⚠")
        assert state_of(reopened, ready) is SessionState.INFUSING
        again.ask_completion = lambda parent: (True, True)
        with qtbot.waitSignal(again.ended) as ended:
            qtbot.mouseClick(again.buttons["complete_infusion"], LEFT)
        assert ended.args == ["completed"]
        assert state_of(reopened, ready) is SessionState.ENDED
        assert not any(button.isEnabled() for button in again.buttons.values())
        frozen = again.status_panel.elapsed.text()
        clock.advance(600)
        again.render()
        assert again.status_panel.elapsed.text() == frozen
        assert "completed the infusion" in again.timeline.lines()[-1]
        with qtbot.waitSignal(again.closed):
            qtbot.mouseClick(again.close_button, LEFT)
    finally:
        reopened.db.close()


def test_stop_needs_a_reason_and_says_stopped(
    qtbot, site: Workspace, ready: str, clock: FakeClock
) -> None:
    screen = open_screen(qtbot, site, ready)
    qtbot.mouseClick(screen.buttons["start_infusion"], LEFT)
    screen.ask_end_reason = lambda parent, title, action: None  # cancelled
    qtbot.mouseClick(screen.buttons["stop_infusion"], LEFT)
    assert state_of(site, ready) is SessionState.INFUSING
    screen.ask_end_reason = lambda parent, title, action: Reason("reaction", "rash")
    with qtbot.waitSignal(screen.ended) as ended:
        qtbot.mouseClick(screen.buttons["stop_infusion"], LEFT)
    assert ended.args == ["stopped"]
    assert "stopped the infusion (reaction: rash)" in screen.timeline.lines()[-1]


def test_the_reason_dialog_asks_for_words_with_other(qtbot) -> None:
    dialog = ReasonDialog("Pause the infusion", "Pause")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.message.text().startswith("⚠") and dialog.result() == 0
    qtbot.mouseClick(dialog.choices.button("other"), LEFT)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result() == 0
    qtbot.keyClicks(dialog.details, "line kinked")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result() == 1 and (dialog.reason(), dialog.text()) == ("other", "line kinked")


def test_vitals_due_then_overdue_and_an_alert_offers_pause_and_adverse_event(
    qtbot, site: Workspace, ready: str, clock: FakeClock
) -> None:
    screen = open_screen(qtbot, site, ready)
    qtbot.mouseClick(screen.buttons["start_infusion"], LEFT)
    assert "Next vital signs" in screen.reminders.vitals.text()
    clock.advance(15 * 60)
    screen.render()
    assert screen.reminders.vitals.property("kind") == "due"
    clock.advance(6 * 60)
    screen.render()
    assert screen.reminders.vitals.property("kind") == "overdue"
    assert "VITALS OVERDUE" in screen.reminders.vitals.text()

    shown: list[VitalsDialog] = []

    def fill_and_record(dialog: VitalsDialog) -> int:
        shown.append(dialog)
        for name, value in {**GOOD_VITALS, "temperature_c": 38.4}.items():
            if name in dialog.vitals_form.fields:
                dialog.vitals_form.fields[name].setText(str(value))
        qtbot.mouseClick(dialog.ok_button, LEFT)
        assert "NEWS2" in "\n".join(
            label.text() for label in dialog.result.findChildren(type(dialog.message))
        )
        pause, report = dialog.alert_buttons[0]
        if len(shown) == 1:
            with qtbot.waitSignal(screen.adverse_event_requested) as requested:
                qtbot.mouseClick(report, LEFT)
            assert "38.0" in requested.args[0]
        else:
            qtbot.mouseClick(pause, LEFT)
        return 1

    screen.run_dialog = fill_and_record
    qtbot.mouseClick(screen.vitals_button, LEFT)
    assert shown and screen.reminders.vitals.property("kind") != "overdue"
    assert "vital signs" in screen.timeline.lines()[-1]

    # "Pause infusion" from an alert asks the reason and pauses.
    screen.ask_end_reason = lambda parent, title, action: Reason("reaction")
    qtbot.mouseClick(screen.vitals_button, LEFT)
    assert len(shown) == 2 and state_of(site, ready) is SessionState.PAUSED


def test_the_tap_pad_alone_live_rate_missed_tap_and_clear(qtbot, site: Workspace) -> None:
    clock: FakeClock = site.clock  # type: ignore[assignment]
    pad = TapPadWidget(clock, site.protocol.drip, auto_commit_after=10)
    qtbot.addWidget(pad)
    pad.show()
    tap_with_space(qtbot, pad, clock, [BEAT_70])
    assert pad.rate.text().startswith("—") and not pad.commit_button.isEnabled()
    clock.advance(BEAT_70)
    qtbot.keyClick(pad, Qt.Key.Key_Space)  # Space on the widget itself counts too
    assert pad.rate.text().startswith("70 ±") and pad.commit_button.isEnabled()
    assert "In band" in pad.band.text()
    clock.advance(2 * BEAT_70)  # one drop not tapped
    qtbot.keyClick(pad.pad, Qt.Key.Key_Space)
    clock.advance(BEAT_70)
    qtbot.keyClick(pad.pad, Qt.Key.Key_Space)
    assert "1 missed tap counted" in pad.notes.text()
    assert pad.rate.text().startswith("70 ±")
    qtbot.mouseClick(pad.clear_button, LEFT)
    assert pad.taps == [] and pad.rate.text().startswith("—") and pad.notes.text() == ""
    tap_with_space(qtbot, pad, clock, [BEAT_70] * 2)
    with qtbot.waitSignal(pad.committed) as committed:
        qtbot.mouseClick(pad.commit_button, LEFT)
    assert len(committed.args[0]) == 3 and pad.taps == []


def test_a_count_that_is_not_a_number_is_refused_at_the_field_and_kept(
    qtbot, site: Workspace, ready: str
) -> None:
    screen = open_screen(qtbot, site, ready)
    qtbot.mouseClick(screen.buttons["start_infusion"], LEFT)
    count = screen.readings.timed_count
    qtbot.keyClicks(count.drops, "3o")
    qtbot.mouseClick(count.record_button, LEFT)
    assert not count.problem.isHidden() and count.problem.text().startswith("⚠")
    assert count.drops.text() == "3o"
    assert site.db.execute("SELECT count(*) FROM drip_readings").fetchone()[0] == 0
    screen.readings.pump.rate.setText("fast")
    qtbot.mouseClick(screen.readings.pump.record_button, LEFT)
    assert screen.readings.pump.problem.text().startswith("⚠")
    assert screen.readings.pump.rate.text() == "fast"


def test_the_metronome_pulses_from_the_clock_within_the_band(qtbot, site: Workspace) -> None:
    clock: FakeClock = site.clock  # type: ignore[assignment]
    metronome = MetronomeWidget(clock, site.protocol.drip)
    qtbot.addWidget(metronome)
    assert metronome.rate == 70 and not metronome.is_running()
    qtbot.mouseClick(metronome.toggle, LEFT)
    assert metronome.is_running() and metronome.pulse.level == 1.0
    clock.advance(BEAT_70 * 2.5)
    metronome.render()
    assert metronome.beat()[0] == 2 and metronome.pulse.level == 0.0
    for _ in range(20):
        qtbot.mouseClick(metronome.faster, LEFT)
    assert metronome.rate == 80 and not metronome.faster.isEnabled()
    qtbot.mouseClick(metronome.toggle, LEFT)
    assert not metronome.is_running()


def test_projected_end_raises_the_alarm_once(
    qtbot, site: Workspace, ready: str, clock: FakeClock
) -> None:
    sounds = AlarmSounds(clock, enabled=False)  # records what would sound; plays nothing
    screen = open_screen(qtbot, site, ready, sounds=sounds)
    qtbot.mouseClick(screen.buttons["start_infusion"], LEFT)
    screen.readings.pump.rate.setText("240")  # 80/min at 20 gtt/mL: 100 mL in 25 min
    qtbot.mouseClick(screen.readings.pump.record_button, LEFT)
    status = infusion.infusion_status(site, ready)
    assert status.last_band is Band.IN_BAND and status.volume is not None
    assert status.volume.projected_end == clock.now() + timedelta(minutes=25)
    assert not screen.alarm.isVisible()
    clock.advance(25 * 60)
    screen.render()
    screen.render()
    assert screen.alarm.isVisible() and "Projected end reached" in screen.alarm.text()
    assert list(sounds.played).count(AlarmKind.PROJECTED_END) == 1


def test_tones_are_wav_files_and_sound_degrades_silently(tmp_path: Path, clock: FakeClock) -> None:
    for kind, segments in TONES.items():
        path = write_tone(tmp_path / f"{kind}.wav", segments)
        with wave.open(str(path)) as tone:
            assert tone.getnchannels() == 1 and tone.getnframes() > 0
    sounds = AlarmSounds(clock, enabled=False)
    assert not sounds.play(AlarmKind.VITALS_OVERDUE)
    sounds.mute_for(5)
    assert sounds.muted_seconds_left() == 300
    clock.advance(301)
    assert sounds.muted_seconds_left() == 0


def test_closing_the_window_stops_the_infusion_screen_ticking(
    qtbot, site: Workspace, ready: str
) -> None:
    """Before: the running infusion's screen kept re-reading the database after the window
    closed, and failed once the workspace was closed after it ("Cannot operate on a closed
    database", seen in a CI run)."""
    from PySide6.QtCore import QTimer

    from infusion_app.ui.main_window import MainWindow

    assert isinstance(session_flow.start_infusion(site, NURSE, session_id=ready), Accepted)
    window = MainWindow(site)
    qtbot.addWidget(window)
    window.show()
    window.sign_in.signed_in.emit(NURSE)
    window.open_session(ready)
    screen = window.findChild(InfusionScreen)
    assert screen is not None
    qtbot.waitUntil(lambda: any(t.isActive() for t in screen.findChildren(QTimer)))
    window.close()
    qtbot.waitUntil(lambda: not any(t.isActive() for t in screen.findChildren(QTimer)))


def test_vitals_measured_long_ago_ask_why_and_the_timeline_says_so(
    qtbot, site: Workspace, ready: str, clock: FakeClock
) -> None:
    """Beyond the site's backdating limit (60 min) the nurse is asked why, and the reason is
    kept with the set; without one nothing is recorded and the form stays filled."""
    screen = open_screen(qtbot, site, ready)
    qtbot.mouseClick(screen.buttons["start_infusion"], LEFT)
    clock.advance(120 * 60)
    screen.render()
    asked: list[str] = []
    answers = iter(["", "typed in from the paper chart after the emergency"])

    def late_reason(parent, message: str) -> str:
        asked.append(message)
        return next(answers)

    def fill_and_record(dialog: VitalsDialog) -> int:
        dialog.ask_late_reason = late_reason
        for name, value in GOOD_VITALS.items():
            if name in dialog.vitals_form.fields:
                dialog.vitals_form.fields[name].setText(str(value))
        dialog.vitals_form.set_measured_time(clock.now() - timedelta(minutes=90))
        qtbot.mouseClick(dialog.ok_button, LEFT)  # cancelled: nothing recorded, form kept
        assert not dialog.vitals_form.isHidden() and dialog.result.isHidden()
        qtbot.mouseClick(dialog.ok_button, LEFT)
        qtbot.waitUntil(lambda: not dialog.result.isHidden())
        return 1

    screen.run_dialog = fill_and_record
    qtbot.mouseClick(screen.vitals_button, LEFT)
    assert len(asked) == 2 and "90 minutes ago" in asked[0]
    [event] = [e for e in site.store.events() if e.type == "vitals.recorded"]
    assert event.payload["backdated"]["reason"].startswith("typed in from the paper chart")
    qtbot.waitUntil(lambda: "recorded 90 min after it happened" in screen.timeline.lines()[-1])
    record = SummarySections(site, ready)  # the record screen's sections
    qtbot.addWidget(record)
    record.refresh()
    assert (
        "BACKDATED: vital signs at 09:30, recorded 90 min later — reason: typed in from the "
        "paper chart after the emergency" in record.blocks["infusion"].text()
    )
