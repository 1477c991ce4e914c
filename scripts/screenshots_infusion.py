"""Render the infusion screen in its typical states offscreen.

Writes docs/screenshots/infusion_*.png at 1280×800. Run:
``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_infusion.py``.
Demo data is made through the services on a scratch database with a fake clock.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from infusion_app.demo import cast, good_day
from infusion_app.domain.clock import FakeClock
from infusion_app.domain.outcomes import Refusal
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.infusion.asking import Reason
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.infusion.state_dialogs import AcknowledgeDialog
from infusion_app.ui.launch import apply_look

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)
NURSE = cast.NURSE.actor
TAP_GAPS = (0.86, 0.85, 0.86, 1.72, 0.86, 0.85)  # the fourth gap hides a missed tap


def _ok(result: object) -> object:
    if isinstance(result, Refusal):
        raise SystemExit(f"demo data refused: {result.reason}")
    return result


def _save(widget: QWidget, app: QApplication, name: str, overlay: QWidget | None = None) -> None:
    if isinstance(widget, InfusionScreen):
        widget.render()  # as the next tick would, with the fake clock's time
    app.processEvents()
    shot = widget.grab()
    if overlay is not None:
        overlay.adjustSize()
        app.processEvents()
        top = overlay.grab()
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 90))  # the modal dialog's shade
        painter.drawPixmap(
            QPoint((shot.width() - top.width()) // 2, (shot.height() - top.height()) // 2), top
        )
        painter.end()
    path = OUT / name
    if not shot.save(str(path)):
        raise SystemExit(f"could not write {path}")
    sys.stdout.write(f"wrote {path}\n")


def _tap(screen: InfusionScreen, clock: FakeClock, gaps: tuple[float, ...]) -> None:
    pad = screen.readings.tap_pad
    pad.tap()
    for gap in gaps:
        clock.advance(gap)
        pad.tap()


def _shots(ws: Workspace, clock: FakeClock, session_id: str, app: QApplication) -> None:
    screen = InfusionScreen(ws, NURSE, session_id)
    screen.resize(*SIZE)
    screen.show()
    clock.advance(120)
    screen.start()
    clock.advance(240)
    _tap(screen, clock, (0.857,) * 9)  # ten taps: recorded by itself at 70/min
    clock.advance(300)
    _save(screen, app, "infusion_running.png")

    readings = screen.readings
    readings.setCurrentWidget(readings.widget(1))
    readings.timed_count.durations.button(30).click()
    readings.timed_count.drops.setText("26")
    readings.timed_count.submit()  # 52/min: amber
    clock.advance(50)
    _save(screen, app, "infusion_amber.png")

    acknowledge = AcknowledgeDialog(
        "160.0 gtt/min is outside the safe limits 40–120: stop and check the line; "
        "acknowledge with a reason.",
        screen,
    )
    acknowledge.reason.setText("Clamp closed, line checked, rate set again")

    def ask_reason(parent: QWidget | None, message: str) -> str:
        _save(screen, app, "infusion_red_acknowledge.png", acknowledge)
        return acknowledge.text()

    readings.recorder.ask_reason = ask_reason
    readings.timed_count.drops.setText("40")
    readings.timed_count.durations.button(15).click()
    readings.timed_count.submit()  # 160/min: red, recorded with the reason
    clock.advance(20)
    _save(screen, app, "infusion_red.png")

    readings.setCurrentWidget(readings.widget(2))
    readings.pump.rate.setText("210")
    readings.pump.submit()  # 70/min again
    clock.advance(200)
    screen.ask_end_reason = lambda *args: Reason("participant_request")
    screen.pause()
    clock.advance(190)
    _save(screen, app, "infusion_paused.png")
    screen.resume()

    readings.setCurrentWidget(readings.widget(0))
    _tap(screen, clock, TAP_GAPS)
    _save(screen, app, "infusion_tap_pad.png")
    readings.tap_pad.clear()

    readings.setCurrentWidget(readings.widget(1))
    readings.timed_count.durations.button(30).click()
    readings.timed_count.drops.clear()
    readings.timed_count.problem.hide()
    readings.timed_count.band.hide()
    readings.timed_count.start()
    clock.advance(12.4)
    readings.timed_count.render()
    _save(screen, app, "infusion_timed_count.png")

    readings.setCurrentWidget(readings.widget(3))
    metronome = readings.metronome
    metronome.set_running(True)
    clock.advance(60 / metronome.rate * 3 + 0.05)  # just after a beat: the pulse is lit
    metronome.render()
    _save(screen, app, "infusion_metronome.png")
    screen.close_screen()
    screen.close()


def main() -> int:
    """Write the infusion screenshots; 0 on success."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_look(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock()
        ws = open_workspace(Path(folder) / "demo.sqlite3", clock)
        try:
            _shots(ws, clock, good_day.session_ready(ws), app)
        finally:
            ws.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
