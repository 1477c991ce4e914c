"""Render the vitals chart, schedule, table and the adverse-event form offscreen.

Writes docs/screenshots/vitals_*.png and adverse_event_*.png at 1280×800. Run:
``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_vitals.py``.
A realistic infusion is made through the services on a scratch database with a fake clock:
baseline, vitals at 15, 30 (fever) and 45 min, a pause, drip readings with one out of band.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from infusion_app.demo import cast, good_day
from infusion_app.domain.clock import FakeClock, utc_iso
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import (
    adverse_events,
    infusion,
    session_flow,
    vitals,
)
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.adverse_events.adverse_event_dialog import AdverseEventDialog
from infusion_app.ui.adverse_events.adverse_event_list import AdverseEventListWidget
from infusion_app.ui.launch import apply_look
from infusion_app.ui.vitals.schedule_panel import SchedulePanel
from infusion_app.ui.vitals.vitals_chart import VitalsChartWidget
from infusion_app.ui.vitals.vitals_table import VitalsTableWidget

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)
NURSE = cast.NURSE.actor
BASELINE = good_day.GOOD_VITALS
# (minute from the start, changes from the baseline): the 30-min set has a fever.
VITALS = (
    (15, {"heart_rate_bpm": 78, "temperature_c": 36.9}),
    (
        30,
        {
            "heart_rate_bpm": 104,
            "temperature_c": 38.4,
            "systolic_mmhg": 108,
            "resp_rate_per_min": 21,
            "spo2_pct": 96,
            "diastolic_mmhg": 70,
        },
    ),
    (51, {"heart_rate_bpm": 88, "temperature_c": 37.9, "systolic_mmhg": 114}),
)
DRIPS = ((2, 35), (10, 34), (20, 26), (23, 34), (43, 36), (50, 35))  # (minute, drops in 30 s)


def _ok(result: object) -> object:
    if isinstance(result, Refusal):
        raise SystemExit(f"demo data refused: {result.reason}")
    return result


def _infusion(ws: Workspace, clock: FakeClock, session_id: str) -> None:
    """Start; readings and vitals on their minutes; pause 32–40 for the fever; end at 55."""
    clock.advance(600)
    _ok(session_flow.start_infusion(ws, NURSE, session_id=session_id))
    events: list[tuple[float, str, object]] = [(m, "drip", d) for m, d in DRIPS]
    events += [(m, "vitals", c) for m, c in VITALS]
    events += [(32, "pause", None), (40, "resume", None), (55, "end", None)]
    minute = 0.0
    for at, kind, detail in sorted(events, key=lambda e: e[0]):
        clock.advance((at - minute) * 60)
        minute = at
        if kind == "drip":
            _ok(
                infusion.record_count_reading(
                    ws, NURSE, session_id=session_id, drops=detail, seconds=30
                )
            )
        elif kind == "vitals":
            _ok(
                vitals.record_vitals(
                    ws,
                    NURSE,
                    session_id=session_id,
                    vitals={**BASELINE, **detail},
                    confirmed_unusual=True,
                )
            )
        elif kind == "pause":
            _ok(session_flow.pause_infusion(ws, NURSE, session_id=session_id, reason="reaction"))
        elif kind == "resume":
            _ok(session_flow.resume_infusion(ws, NURSE, session_id=session_id))
        else:
            _ok(
                session_flow.complete_infusion(
                    ws, NURSE, session_id=session_id, bag_empty=True, line_flushed=True
                )
            )
    clock.advance(7 * 60)  # 62 min: the end-of-infusion set is overdue


def _save(widget: QWidget, app: QApplication, name: str, overlay: QWidget | None = None) -> None:
    app.processEvents()
    shot = widget.grab()
    if overlay is not None:
        overlay.show()
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


def _framed(inner: QWidget) -> QWidget:
    page = QWidget()
    page.setObjectName("page")
    column = QVBoxLayout(page)
    column.setContentsMargins(16, 16, 16, 16)
    column.addWidget(inner)
    page.resize(*SIZE)
    page.show()
    return page


def _shots(ws: Workspace, clock: FakeClock, session_id: str, app: QApplication) -> None:
    chart = VitalsChartWidget(ws, session_id)
    page = _framed(chart)
    _save(page, app, "vitals_chart.png")
    _save(_framed(SchedulePanel(ws, session_id)), app, "vitals_schedule.png")
    _save(_framed(VitalsTableWidget(ws, session_id)), app, "vitals_table.png")

    dialog = AdverseEventDialog(ws, NURSE, session_id, page)
    dialog.term.setCurrentIndex(dialog.term.findData("fever"))
    dialog.grade_buttons.button(1).setChecked(True)
    _save(page, app, "adverse_event_dialog.png", dialog)
    dialog.term.setCurrentIndex(dialog.term.findData("anaphylaxis"))
    dialog.submit()  # refused at the fields: no grade, action or outcome chosen
    _save(page, app, "adverse_event_refused.png", dialog)
    dialog.close()

    onset = clock.now().timestamp() - 32 * 60
    _ok(
        adverse_events.record_adverse_event(
            ws,
            NURSE,
            session_id=session_id,
            term_code="fever",
            grade=1,
            onset_at=utc_iso(clock.now().fromtimestamp(onset, tz=clock.now().tzinfo)),
            action="infusion_paused",
            outcome="recovering",
            description="38.4 °C at 30 min",
        )
    )
    listing = AdverseEventListWidget(ws, NURSE, session_id)
    listing.view.selectRow(0)
    _save(_framed(listing), app, "adverse_event_list.png")


def main() -> None:
    """Write the screenshots."""
    app = QApplication.instance() or QApplication(sys.argv)
    apply_look(app)  # type: ignore[arg-type]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock()
        ws = open_workspace(Path(folder) / "demo.sqlite3", clock=clock)
        session_id = good_day.session_ready(ws)
        _infusion(ws, clock, session_id)
        _shots(ws, clock, session_id, app)  # type: ignore[arg-type]
        ws.db.close()


if __name__ == "__main__":
    main()
