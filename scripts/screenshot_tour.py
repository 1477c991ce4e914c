"""Render a tour of every main screen in English and Chinese (offscreen, 1366×768: a ward laptop).

Usage: .venv/bin/python scripts/screenshot_tour.py   → docs/screenshots/tour/<screen>_<en|zh>.png
The demo site is built afresh in a temporary folder, then the real main window is driven by
each role in turn. docs/tour.md shows the pictures. Needs the .qm (scripts/build_translations.sh)
and a CJK font (fonts-wqy-microhei, installed by scripts/bootstrap.sh).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from infusion_app.demo import DEMO_PASSWORD, make_demo
from infusion_app.services import participants
from infusion_app.services.auth import sign_in
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.preferences import Preferences, install_language
from infusion_app.ui.session.checklist_screen import ChecklistScreen
from infusion_app.ui.session_host import SessionHost
from infusion_app.ui.settings_dialog import SettingsDialog
from infusion_app.ui.themes import apply_look

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "tour"
SIZE = (1366, 768)


def grab(app: QApplication, widget: QWidget, name: str, language: str) -> None:
    """Let the screen settle, then save it as ``<name>_<language>.png``."""
    for _ in range(6):
        app.processEvents()
    path = OUT / f"{name}_{language}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def session_in(ws: Workspace, state: str) -> str:
    """The most recent session in ``state``."""
    row = ws.db.execute(
        "SELECT id FROM sessions WHERE state = ? ORDER BY scheduled_for DESC", [state]
    ).fetchone()
    return str(row[0])


def schedule_one(ws: Workspace) -> str:
    """Give a participant without a session one today, for the checklist's picture."""
    code = ws.db.execute(
        "SELECT subject_code FROM participants WHERE subject_code NOT IN "
        "(SELECT subject_code FROM sessions) ORDER BY subject_code"
    ).fetchone()[0]
    investigator = sign_in(ws, username="dr.wang", password=DEMO_PASSWORD)
    assert isinstance(investigator, Actor), investigator
    done = participants.schedule_session(
        ws, investigator, subject_code=code, scheduled_for=ws.site_today().isoformat()
    )
    assert isinstance(done, Accepted), done
    return str(done.created["session_id"])


def as_user(window: MainWindow, ws: Workspace, username: str) -> None:
    """Sign ``username`` in through the sign-in screen's signal (the password is the demo's)."""
    if window.actor is not None:
        window.sign_out()
    window.sign_in.signed_in.emit(sign_in(ws, username=username, password=DEMO_PASSWORD))


def session_screens(app: QApplication, window: MainWindow, ws: Workspace, lang: str) -> None:
    checks = session_in(ws, "checking") if lang != "en" else session_in(ws, "scheduled")
    """Checklist and bedside check of the next session, the running infusion, a signed record."""
    as_user(window, ws, "nurse.li")
    window.open_session(checks)
    grab(app, window, "checklist", lang)
    checklist = window.session.findChild(ChecklistScreen)
    if checklist is not None:
        checklist.go_to(1)  # every criterion on one screen
        grab(app, window, "eligibility", lang)
    host = window.session.findChild(SessionHost)
    if host is not None:
        host.show_bedside_check()
        grab(app, window, "bedside_check", lang)
    window.open_session(session_in(ws, "infusing"))
    grab(app, window, "infusion", lang)
    window.open_session(session_in(ws, "signed"))
    grab(app, window, "session_record", lang)


def tour(app: QApplication, ws: Workspace, lang: str) -> None:
    """Every main screen in the language installed now."""
    window = MainWindow(ws)
    window.resize(*SIZE)
    window.show()
    grab(app, window, "sign_in", lang)
    as_user(window, ws, "nurse.li")
    grab(app, window, "worklist", lang)
    session_screens(app, window, ws, lang)
    steps: list[tuple[str, str, Callable[[], None]]] = [
        ("pharm.zhao", "receipt", lambda: window.show_screen(window.pharmacy)),
        ("dr.wang", "audit_trail", lambda: window.show_screen(window.audit_trail)),
        ("dr.wang", "discrepancies", lambda: window.show_screen(window.discrepancies)),
        ("admin", "users", lambda: window.show_screen(window.users)),
    ]
    for username, name, show in steps:
        as_user(window, ws, username)
        show()
        grab(app, window, name, lang)
    window.lock()
    grab(app, window, "lock_screen", lang)
    dialog = SettingsDialog(Preferences(), window)
    dialog.show()
    grab(app, dialog, "settings", lang)
    dialog.close()
    window.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    db = Path(tempfile.mkdtemp(prefix="infusion-tour-")) / "demo.sqlite3"
    make_demo(db)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    apply_look(app)
    ws = open_workspace(db)
    schedule_one(ws)
    try:
        for lang, code in (("en", "en"), ("zh", "zh_CN")):
            if install_language(app, code) != code:
                raise SystemExit("no Chinese .qm: run scripts/build_translations.sh first")
            tour(app, ws, lang)
    finally:
        ws.db.close()


if __name__ == "__main__":
    main()
