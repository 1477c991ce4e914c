"""Child process for bench/run_all.py: the app's main window on the demo site, signed in, with
the running infusion open and its live chart shown, then the screen locked and unlocked with the
password while the session runs; prints the peak resident set (KiB).

Modules are imported in the order the app imports them (sqlite-utils first with numpy hidden,
the chart only when a session opens), and the unlock is there because every unlock and every
signature verifies a password with argon2id on top of everything already open.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_PASSWORD = "demo-password-2026"


def main() -> None:
    db = Path(tempfile.mkdtemp(prefix="bench-memory-")) / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "infusion_app", "demo", "--db", str(db)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    from infusion_app.store.lean_import import import_sqlite_utils_without_numpy

    import_sqlite_utils_without_numpy()  # as infusion_app.app does before the window
    from PySide6.QtWidgets import QApplication

    from infusion_app.services.auth import lock_screen, sign_in, unlock
    from infusion_app.services.file_keys import key_from_password
    from infusion_app.services.workspace_factory import open_workspace
    from infusion_app.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    # The first sign-in of a run: the key unwrapped from nurse.li's slot opens the file.
    ws = open_workspace(db, key=key_from_password(db, "nurse.li", DEMO_PASSWORD))
    window = MainWindow(ws)
    window.show()
    actor = sign_in(ws, username="nurse.li", password=DEMO_PASSWORD)
    window.sign_in.signed_in.emit(actor)
    session = ws.db.execute("SELECT id FROM sessions WHERE state = 'infusing'").fetchone()[0]
    window.open_session(session)
    from infusion_app.ui.vitals.vitals_chart import VitalsChartWidget  # as the session screen

    chart = VitalsChartWidget(ws, session)
    chart.show()
    for _ in range(20):
        app.processEvents()
    lock_screen(ws, actor)
    unlock(ws, actor, password=DEMO_PASSWORD)
    app.processEvents()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main()
