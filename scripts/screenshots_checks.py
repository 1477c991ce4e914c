"""Render the pre-infusion checklist, the vitals form and the participant dialogs offscreen.

Writes docs/screenshots/checks_*.png. Run: ``.venv/bin/python scripts/screenshots_checks.py``.
Demo data is made through the services on a scratch database in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from infusion_app.demo import cast, good_day
from infusion_app.demo.cast import DEMO_PASSWORD
from infusion_app.domain.clock import FakeClock
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import checks, participants
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.launch import apply_look
from infusion_app.ui.participants.randomization_import import RandomizationImportDialog
from infusion_app.ui.participants.register_dialog import RegisterParticipantDialog
from infusion_app.ui.session.checklist_screen import ChecklistScreen

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)
PASSWORD = DEMO_PASSWORD
INVESTIGATOR = cast.INVESTIGATOR.actor
NURSE = cast.NURSE.actor
CSV = (
    "subject_code,arm\n"
    "HPV-010,huc_msc\n"
    "HPV-011,placebo\n"
    "HPV-12,huc_msc\n"
    "HPV-013,saline\n"
    "HPV-011,huc_msc\n"
    "HPV-014,Placebo comparator: normal saline with 5 % albumin\n"
)


def _ok(result: object) -> object:
    if isinstance(result, Refusal):
        raise SystemExit(f"demo data refused: {result.reason}")
    return result


def _site(ws: Workspace) -> None:
    good_day.play(ws, good_day.set_up_site((cast.INVESTIGATOR, cast.NURSE)))


def _session(ws: Workspace, code: str, initials: str) -> str:
    """Register ``code`` (born 1985) with one session today; returns the session id."""
    result = _ok(
        participants.register_participant(
            ws,
            INVESTIGATOR,
            subject_code=code,
            initials=initials,
            year_of_birth=1985,
            arm="huc_msc",
            consent_date=ws.site_today().isoformat(),
            first_session_date=ws.site_today().isoformat(),
        )
    )
    return str(result.created["session_ids"][0])  # type: ignore[attr-defined]


def _save(widget: QWidget, app: QApplication, name: str) -> None:
    app.processEvents()
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    sys.stdout.write(f"wrote {path}\n")


def _done(widget: QWidget) -> None:
    """Close and delete a shot's widget now (not at interpreter exit, after the app)."""
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _screen(ws: Workspace, session_id: str, language: str = "en") -> ChecklistScreen:
    screen = ChecklistScreen(ws, NURSE, session_id, language=language)
    screen.resize(*SIZE)
    screen.show()
    return screen


def _answer(ws: Workspace, session_id: str, step: str, answer: dict) -> None:
    _ok(checks.answer_check(ws, NURSE, session_id=session_id, step=step, answer=answer))


def _checklist_shots(ws: Workspace, app: QApplication) -> None:
    session_id = _session(ws, "HPV-001", "LXM")
    screen = _screen(ws, session_id)
    identity = screen.steps[0]
    identity.subject_code.setText("HPV-001")  # type: ignore[attr-defined]
    identity.second_identifier.setText("1985")  # type: ignore[attr-defined]
    identity.wristband.setFocus()  # type: ignore[attr-defined]
    _save(screen, app, "checks_identity.png")
    identity.wristband.setText("HPV-001")  # type: ignore[attr-defined]
    screen.record(0, identity.collect())
    screen.go_to(1)
    eligibility = screen.steps[1]
    for item in list(ws.protocol.eligibility)[:7]:
        eligibility.items[item.id].set_value(item.kind.value == "inclusion")  # type: ignore[attr-defined]
    eligibility._count()  # type: ignore[attr-defined]
    _save(screen, app, "checks_eligibility.png")
    scroll = screen.pages.currentWidget()
    assert isinstance(scroll, QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    _save(screen, app, "checks_eligibility_end.png")
    _done(screen)
    good = {item.id: item.kind.value == "inclusion" for item in ws.protocol.eligibility}
    _answer(ws, session_id, "eligibility", {"items": good})
    _answer(ws, session_id, "consent", {"on_file": True})
    _answer(ws, session_id, "pregnancy", {"childbearing_potential": True, "result": "negative"})
    screen = _screen(ws, session_id)
    screen.steps[4].weight.setText("58.5")  # type: ignore[attr-defined]
    screen.next()
    _save(screen, app, "checks_weight.png")
    screen.go_to(5)
    form = screen.steps[5].form  # type: ignore[attr-defined]
    for name, value in zip(form.fields, ("118", "76", "72", "16", "36.6", "150"), strict=True):
        form.fields[name].setText(value)
    screen.next()
    _save(screen, app, "checks_vitals_error.png")
    form.fields["spo2_pct"].setText("97")
    form.fields["systolic_mmhg"].setText("168")
    screen.next()
    _save(screen, app, "checks_needs_decision.png")
    _done(screen)


def _hard_stop_shot(ws: Workspace, app: QApplication) -> None:
    session_id = _session(ws, "HPV-002", "CQ")
    screen = _screen(ws, session_id)
    step = screen.steps[0]
    step.subject_code.setText("HPV-002")  # type: ignore[attr-defined]
    step.second_identifier.setText("CQ")  # type: ignore[attr-defined]
    step.wristband.setText("HPV-003")  # type: ignore[attr-defined]
    screen.next()
    _save(screen, app, "checks_hard_stop.png")
    _done(screen)


def _chinese_shot(ws: Workspace, app: QApplication) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    session_id = _session(ws, "HPV-004", "WJ")
    screen = _screen(ws, session_id, language="zh_CN")
    screen.go_to(1)
    _save(screen, app, "checks_eligibility_zh.png")
    scroll = screen.pages.currentWidget()
    assert isinstance(scroll, QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    _save(screen, app, "checks_eligibility_zh_end.png")
    _done(screen)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _dialog_shots(ws: Workspace, app: QApplication) -> None:
    dialog = RegisterParticipantDialog(ws, INVESTIGATOR)
    dialog.subject_code.setText("HPV-020")
    dialog.initials.setText("LM")
    dialog.year_of_birth.setText("1958")
    dialog.consent_date.setText(ws.site_today().isoformat())
    dialog.show()
    dialog.submit()
    _save(dialog, app, "checks_register.png")
    _done(dialog)
    importer = RandomizationImportDialog(ws, INVESTIGATOR)
    importer.load(CSV, "randomization-2026-11.csv")
    importer.resize(1000, 760)
    importer.show()
    _save(importer, app, "checks_randomization.png")
    _done(importer)


def main() -> int:
    """Write every checks_*.png; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_look(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        ws = open_workspace(Path(folder) / "demo.sqlite3", FakeClock())
        try:
            _site(ws)
            _checklist_shots(ws, app)
            _hard_stop_shot(ws, app)
            _chinese_shot(ws, app)
            _dialog_shots(ws, app)
        finally:
            ws.db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
