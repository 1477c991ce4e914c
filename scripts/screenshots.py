"""Render the first screens offscreen to docs/screenshots/ (first_run, sign_in, main_window).

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

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services import participants, session_flow, users
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.launch import apply_look
from infusion_app.ui.main_window import MainWindow

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
    """Set up the site and return (investigator, nurse)."""
    _ok(
        users.initialize_site(
            ws,
            site_code="SH-TJ01",
            username="wang.li",
            full_name="Wang Li",
            password="demo password",
        )
    )
    admin = Actor("wang.li", "Wang Li", Role.ADMIN)
    _ok(
        users.add_user(
            ws,
            admin,
            username="zhao.min",
            full_name="Zhao Min",
            role="investigator",
            password="demo password",
        )
    )
    _ok(
        users.add_user(
            ws, admin, username="li.na", full_name="Li Na", role="nurse", password="demo password"
        )
    )
    return Actor("zhao.min", "Zhao Min", Role.INVESTIGATOR), Actor("li.na", "Li Na", Role.NURSE)


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


def main() -> int:
    """Render the three screenshots; returns 0."""
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
        window.sign_in.reset("li.na")
        _save(window, app, "sign_in.png")
        window.sign_in.password.setText("demo password")
        window.sign_in.submit()
        _save(window, app, "main_window.png")
        window.close()
        ws.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
