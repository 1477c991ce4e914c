"""Render sets of vital signs not taken or partly taken, offscreen, in English and Chinese, at
1366×768 and 1024×700.

Writes docs/screenshots/not_taken_*.png: the infusion screen with its "Not taken…" button and
the schedule saying "Not taken: Participant asleep" (not_taken_infusion_*), the dialog with the
reasons as large buttons over it (not_taken_dialog_*), the vitals dialog recording a set partly
taken (not_taken_partial_*), the record screen of an observed
session with a set not taken and a partial set whose NEWS2 is incomplete (not_taken_record_*,
scrolled to its vital signs: not_taken_record_vitals_*,
and its vitals table, not_taken_table_*), and the worklist (not_taken_worklist_*). Each
picture is also checked for clipped or overlapping text (printed when found).
Run: ``.venv/bin/python scripts/screenshots_not_taken.py``. Data is made on a scratch database.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402

from infusion_app.domain.clock import FakeClock  # noqa: E402
from infusion_app.services.context import Workspace  # noqa: E402
from infusion_app.services.workspace_factory import open_workspace  # noqa: E402
from infusion_app.ui.infusion.infusion_screen import InfusionScreen  # noqa: E402
from infusion_app.ui.infusion.vitals_dialog import VitalsDialog  # noqa: E402
from infusion_app.ui.launch import apply_look  # noqa: E402
from infusion_app.ui.preferences import install_language  # noqa: E402
from infusion_app.ui.session.summary_screen import SummaryScreen  # noqa: E402
from infusion_app.ui.vitals.not_taken_dialog import NotTakenDialog  # noqa: E402
from infusion_app.ui.worklist_screen import WorklistScreen  # noqa: E402
from scripts.screenshots_stops import NURSE, OUT, SIZES, VITALS, Script, _done  # noqa: E402
from tests.ui.layout_checks import cut_at_the_side, overlapping, squeezed  # noqa: E402

PARTIAL = {**VITALS, "systolic_mmhg": "", "diastolic_mmhg": "", "temperature_c": ""}


def _save(widget: QWidget, app: QApplication, name: str) -> None:
    for _ in range(4):
        app.processEvents()
    problems = squeezed(widget) + cut_at_the_side(widget) + overlapping(widget)
    for problem in problems:
        sys.stdout.write(f"  {name}: {problem}\n")
    if not widget.grab().save(str(OUT / name)):
        raise SystemExit(f"could not write {OUT / name}")
    sys.stdout.write(f"wrote {OUT / name}\n")


def _shown(widget: QWidget, size: tuple[int, int]) -> QWidget:
    widget.resize(*size)
    widget.show()
    return widget


def _shots(ws: Workspace, app: QApplication, infusing: str, observed: str, suffix: str) -> None:
    for width, height in SIZES:
        screen = _shown(InfusionScreen(ws, NURSE, infusing), (width, height))
        assert isinstance(screen, InfusionScreen)
        screen.readings.setCurrentWidget(screen.schedule)
        screen.render()
        _save(screen, app, f"not_taken_infusion_{suffix}_{width}.png")
        dialog = NotTakenDialog(ws, NURSE, infusing, screen)
        dialog.note.setText("已入睡" if suffix == "zh" else "sleeping after the night shift")
        dialog.show()
        _save(dialog, app, f"not_taken_dialog_{suffix}_{width}.png")
        dialog.reject()
        vitals = VitalsDialog(ws, NURSE, infusing, screen)
        vitals.vitals_form.set_values({k: v for k, v in VITALS.items() if "mmhg" not in k})
        vitals.partial_reason.setCurrentIndex(vitals.partial_reason.count() - 1)
        vitals.partial_note.setText("袖带损坏" if suffix == "zh" else "cuff broken")
        vitals.show()
        _save(vitals, app, f"not_taken_partial_{suffix}_{width}.png")
        vitals.reject()
        _done(screen)
        record = _shown(SummaryScreen(ws, NURSE, observed), (width, height))
        _save(record, app, f"not_taken_record_{suffix}_{width}.png")
        scroll = record.findChild(QScrollArea)
        scroll.ensureWidgetVisible(record.sections.blocks["vitals"], 0, 0)
        _save(record, app, f"not_taken_record_vitals_{suffix}_{width}.png")
        assert isinstance(record, SummaryScreen)
        record.vitals_table.resize(width - 48, 300)
        _save(record.vitals_table, app, f"not_taken_table_{suffix}_{width}.png")
        _done(record)
        worklist = _shown(WorklistScreen(ws, ws.clock), (width, height))
        assert isinstance(worklist, WorklistScreen)
        worklist.refresh()
        _save(worklist, app, f"not_taken_worklist_{suffix}_{width}.png")
        _done(worklist)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    apply_look(app)  # type: ignore[arg-type]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        ws = open_workspace(Path(folder) / "not_taken.sqlite3", FakeClock())
        assert isinstance(ws.clock, FakeClock)
        script = Script(ws)
        observed = script.session("HPV-001", {}, {})
        infusing = script.session("HPV-002", {}, {})
        for session in (observed, infusing):
            script.line("mark_ready", session_id=session)
            script.line("start_infusion", session_id=session)
        ws.clock.advance(15 * 60)
        script.line("record_vitals_not_taken", session_id=infusing, reason="asleep")
        script.line(
            "record_vitals",
            session_id=observed,
            vitals=PARTIAL,
            partial_reason="equipment_unavailable",
            partial_note="cuff broken",
        )
        ws.clock.advance(15 * 60)
        script.line("complete_infusion", session_id=observed, bag_empty=True, line_flushed=True)
        script.line("record_vitals", session_id=observed, vitals=VITALS)
        script.line("begin_observation", session_id=observed)
        for _ in range(2):  # the infusing session's sets at 30 and 45 min are taken
            script.line("record_vitals", session_id=infusing, vitals=VITALS)
            ws.clock.advance(15 * 60)
        script.line("record_vitals_not_taken", session_id=observed, reason="away")
        for language in ("en", "zh_CN"):
            install_language(app, language)
            _shots(ws, app, infusing, observed, "zh" if language == "zh_CN" else "en")
        ws.db.close()


if __name__ == "__main__":
    main()
