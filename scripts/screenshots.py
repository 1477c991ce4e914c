"""Render the screens offscreen to docs/screenshots/.

first_run, sign_in, main_window, lock_screen, signature_dialog, users and audit_trail.

Run: ``.venv/bin/python scripts/screenshots.py``. Demo data is made through the services on a
scratch database in a temporary folder; nothing touches the real user's files.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from infusion_app.demo import cast, good_day
from infusion_app.demo.cast import DEMO_PASSWORD
from infusion_app.domain.clock import FakeClock
from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.signatures import SignatureMeaning
from infusion_app.services import corrections, participants, session_flow
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.signing import COUNTER_MEANINGS
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.launch import apply_look
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.signature_dialog import SignatureDialog

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)
DEMO = [  # subject number, initials, arm, days from today, advance to checking?
    (3, "CQ", "huc_msc", 0, True),
    (1, "LHY", "placebo", 0, False),
    (2, "ZXM", "huc_msc", 1, False),
    (4, "WJ", "placebo", 7, False),
]


def _ok(result: object) -> object:
    if isinstance(result, Refusal):
        raise SystemExit(f"demo data refused: {result.reason}")
    return result


def _staff(ws: Workspace) -> tuple[Actor, Actor]:
    """Set up the site (the good day's staff) and return (investigator, nurse)."""
    good_day.play(ws, good_day.set_up_site((cast.INVESTIGATOR, cast.NURSE)))
    return cast.INVESTIGATOR.actor, cast.NURSE.actor


def _demo_sessions(ws: Workspace) -> None:
    investigator, nurse = _staff(ws)
    example = ws.protocol.site.subject_code_example
    for number, initials, arm, days, check in DEMO:
        code = example[: -len(str(number))] + str(number)
        _ok(
            participants.register_participant(
                ws,
                investigator,
                subject_code=code,
                initials=initials,
                year_of_birth=1982,
                arm=arm,
                consent_date=ws.site_today().isoformat(),
            )
        )
        day = (ws.site_today() + timedelta(days=days)).isoformat()
        scheduled = _ok(
            participants.schedule_session(ws, investigator, subject_code=code, scheduled_for=day)
        )
        if check:
            session_id = scheduled.created["session_id"]  # type: ignore[attr-defined]
            _ok(session_flow.begin_checks(ws, nurse, session_id=session_id))


def _save(widget: QWidget, app: QApplication, name: str) -> None:
    app.processEvents()
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    sys.stdout.write(f"wrote {path}\n")


def _window(ws: Workspace, app: QApplication) -> MainWindow:
    window = MainWindow(ws)
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    return window


def _sign_in(window: MainWindow, username: str) -> None:
    window.sign_in.reset(username)
    window.sign_in.password.setText(DEMO_PASSWORD)
    window.sign_in.submit()


def _correct_initials(ws: Workspace) -> None:
    """The investigator corrects HPV-001's initials: the audit trail then shows old → new."""
    investigator = cast.INVESTIGATOR.actor
    code = ws.protocol.site.subject_code_example[:-1] + "1"
    event_id = ws.db.execute(
        "SELECT id FROM events WHERE type = ? AND participant = ?",
        [EventType.PARTICIPANT_REGISTERED, code],
    ).fetchone()[0]
    ws.clock.advance(600)  # type: ignore[attr-defined]
    _ok(
        corrections.correct_value(
            ws,
            investigator,
            event_id=event_id,
            field="initials",
            new_value="LHX",
            reason="transcription_error",
            reason_text="",
        )
    )


def _signature_dialog(ws: Workspace, app: QApplication) -> None:
    investigator = cast.INVESTIGATOR.actor
    dialog = SignatureDialog(
        investigator,
        "Infusion session 1 of HPV-003 (24 Nov 2026), signed by Li Na (nurse)",
        COUNTER_MEANINGS,
        lambda password, meaning: Refusal("demo", "not recorded in the demo"),
    )
    dialog.choose(SignatureMeaning.REVIEWED)
    dialog.password.setText(DEMO_PASSWORD)
    dialog.show()
    dialog.adjustSize()
    dialog.password.deselect()
    _save(dialog, app, "signature_dialog.png")
    dialog.close()


def _later_screens(ws: Workspace, app: QApplication) -> None:
    """Lock screen (nurse), users (admin), audit trail (investigator), signature dialog."""
    window = _window(ws, app)
    _sign_in(window, cast.NURSE.username)
    window.lock()
    window.lock_screen.password.setFocus()
    _save(window, app, "lock_screen.png")
    window.close()
    window = _window(ws, app)
    _sign_in(window, cast.ADMIN.username)
    window.show_screen(window.users)
    window.users.select(cast.NURSE.username)
    _save(window, app, "users.png")
    window.close()
    _correct_initials(ws)
    window = _window(ws, app)
    _sign_in(window, cast.INVESTIGATOR.username)
    window.show_screen(window.audit_trail)
    model = window.audit_trail.model
    for row in range(model.rowCount()):
        if model.row_at(row).type == EventType.RECORD_CORRECTED:
            window.audit_trail.table.selectRow(row)
    _save(window, app, "audit_trail.png")
    window.close()
    _signature_dialog(ws, app)


def main() -> int:
    """Render every screenshot; returns 0."""
    app = QApplication(sys.argv[:1])
    apply_look(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        ws = open_workspace(Path(folder) / "demo.sqlite3", clock=FakeClock())
        window = _window(ws, app)
        _save(window, app, "first_run.png")
        window.close()
        _demo_sessions(ws)
        window = _window(ws, app)
        window.sign_in.reset(cast.NURSE.username)
        _save(window, app, "sign_in.png")
        window.sign_in.password.setText(DEMO_PASSWORD)
        window.sign_in.submit()
        _save(window, app, "main_window.png")
        window.close()
        _later_screens(ws, app)
        ws.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
