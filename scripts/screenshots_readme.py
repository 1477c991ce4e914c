"""Render the README's screenshots from the demo site (offscreen, 1366×768: a ward laptop).

Usage: python scripts/screenshots_readme.py   → docs/screenshots/readme_*.png
The demo is built afresh in a temporary folder with `infusion-app demo`, then the real main
window is driven as a nurse would: sign in, the worklist, the running infusion, a signed record.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from infusion_app.services.auth import sign_in
from infusion_app.services.file_keys import key_from_password
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.launch import apply_look
from infusion_app.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSWORD = "demo-password-2026"


def _grab(app: QApplication, window: MainWindow, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(OUT / name))
    print(f"wrote {OUT / name}")


def _session(ws, state: str) -> str:  # type: ignore[no-untyped-def]
    row = ws.db.execute(
        "SELECT id FROM sessions WHERE state = ? ORDER BY scheduled_for DESC", [state]
    ).fetchone()
    return str(row[0])


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="infusion-readme-"))
    db = folder / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "infusion_app", "demo", "--db", str(db)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    app = QApplication.instance() or QApplication(sys.argv)
    apply_look(app)
    # The demo's file is encrypted: the nurse's password opens it, as her first sign-in does.
    ws = open_workspace(db, key=key_from_password(db, "nurse.li", PASSWORD))
    window = MainWindow(ws)
    window.resize(1366, 768)
    window.show()
    actor = sign_in(ws, username="nurse.li", password=PASSWORD)
    window.sign_in.signed_in.emit(actor)
    _grab(app, window, "main_window.png")
    window.open_session(_session(ws, "infusing"))
    _grab(app, window, "readme_infusion.png")
    window.open_session(_session(ws, "signed"))
    _grab(app, window, "readme_record.png")
    window.close()
    ws.db.close()


if __name__ == "__main__":
    main()
